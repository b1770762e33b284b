"""Segmentation of run-together scraped articles."""

from __future__ import annotations

import pytest

from corroborate.pubdate import published_from_metadata
from corroborate.records import Article, Document
from corroborate.segment import segment_document
from corroborate.segment.asides import photo_credit

HEADLINES = {
    "000#1": "Albania hands over MEK hard drives to Iran: Official",
    "004#1": "Iran Receives Mojahedin-e Khalq's Computers Seized by Albania",
    "004#2": "Russia Has Decided 'at Highest Level' to Remove Taliban from Terrorist List",
}


@pytest.mark.parametrize("key,headline", sorted(HEADLINES.items()))
def test_segment_headlines(
    sample_articles: dict[str, Article], key: str, headline: str
):
    article = sample_articles[key]
    assert article.title == headline
    assert article.zone_text("headline") == [headline]
    assert article.text.count(headline) == 1


@pytest.mark.parametrize("key", ["004#1", "004#2"])
def test_segment_caption_once_and_not_in_body(
    sample_articles: dict[str, Article], key: str
):
    article = sample_articles[key]
    (caption,) = article.zone_text("caption")
    assert article.text.count(caption) == 1
    assert caption not in article.body


def test_segment_caption_text(sample_articles: dict[str, Article]):
    assert sample_articles["004#1"].zone_text("caption") == [
        "Members of the People's Mojahedin Organization in front of the entrance to "
        "Camp Ashraf 3 near the Albanian capital, Tirana, on June 20 (AFP)"
    ]


@pytest.mark.parametrize("key", sorted(HEADLINES))
def test_segment_no_stray_tags(sample_articles: dict[str, Article], key: str):
    lines = [line.strip() for line in sample_articles[key].text.split("\n")]
    assert "TT" not in lines
    non_blank = [line for line in lines if line]
    assert len(non_blank) == len(set(non_blank)), "a line is repeated"


def test_segment_flags_are_metadata(sample_articles: dict[str, Article]):
    article = sample_articles["000#1"]
    assert article.flags == ["AL", "IR"]
    assert "\U0001f1e6" not in article.text


@pytest.mark.parametrize("key", sorted(HEADLINES))
def test_segment_zones_tile_the_text(sample_articles: dict[str, Article], key: str):
    article = sample_articles[key]
    assert article.zones[0].start == 0 and article.zones[-1].end == len(article.text)
    for left, right in zip(article.zones, article.zones[1:], strict=False):
        assert left.end <= right.start
        assert article.text[left.end : right.start].strip() == ""


def test_segment_two_articles_split_at_the_second_headline():
    text = (
        "First Headline About Trade Talks\n\nBody of the first article. It goes on.\n"
        "More of the first article.\n\n\n"
        "Second Headline On Floods In The Valley\n\nThe second body starts here.\n"
    )
    doc = Document("d", text, "x.txt", "text/plain")
    articles = segment_document(doc)
    assert [a.title for a in articles] == [
        "First Headline About Trade Talks",
        "Second Headline On Floods In The Valley",
    ]
    assert articles[1].body == "The second body starts here."


def test_segment_dateline_is_its_own_zone():
    text = "Storm Hits Coast\n\nMIAMI (Reuters) - A storm hit the coast on Monday.\n"
    (article,) = segment_document(Document("d", text, "x.txt", "text/plain"))
    assert article.zone_text("dateline") == ["MIAMI (Reuters) -"]
    assert article.body == "A storm hit the coast on Monday."


def test_segment_jsonl_text_is_kept_byte_for_byte():
    text = "Line one.\n\nLine  two with  spaces.\n"
    doc = Document("d", text, "x.jsonl#1", "application/jsonl", title="T")
    (article,) = segment_document(doc)
    assert article.text == text and article.title == "T"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Dam bursts after storm\nA dam gave way on Saturday.",
            "Dam bursts after storm",
        ),
        # a sentence, or a line with nothing under it, is no headline
        ("A dam gave way on Saturday.\nCrews came.", None),
        ("Dam bursts after storm", None),
    ],
)
def test_segment_a_record_without_title_takes_its_headline_line(text, title):
    doc = Document("d", text, "x.jsonl#1", "application/jsonl")
    (article,) = segment_document(doc)
    assert article.text == text and article.title == title
    assert article.zone_text("headline") == ([title] if title else [])


@pytest.mark.parametrize(
    ("title", "first", "expected", "zones"),
    [
        ("abortion_9_2", "Dam bursts after storm", "Dam bursts after storm",
         ["headline", "body"]),
        ("story-12.html", "Dam bursts after storm", "Dam bursts after storm",
         ["headline", "body"]),
        # a short sentence is shown as the title and stays in the body
        ("abortion_9_2", "Dam bursts after storm .", "Dam bursts after storm .",
         ["body"]),
        # a long one is a lead, not a title: the label stays
        ("abortion_9_2", "A dam gave way on Saturday after three days of rain "
         "in the hills above the town, flooding streets and cutting the road.",
         "abortion_9_2", ["body"]),
        # a title of words stays, however short or odd
        ("Dams", "Dam bursts after storm", "Dams", ["body"]),
        ("Storm: the day after", "Dam bursts after storm", "Storm: the day after",
         ["body"]),
    ],
)  # fmt: skip
def test_segment_a_record_titled_by_a_label_takes_its_first_line(
    title, first, expected, zones
):
    """A title that only labels the record (a file or story id) gives way to
    the headline its text opens with, or to a short first sentence, shown as
    the title and kept in the body."""
    text = f"{first}\nA dam gave way on Saturday."
    doc = Document("d", text, "x.jsonl#1", "application/jsonl", title=title)
    (article,) = segment_document(doc)
    assert article.text == text and article.title == expected
    assert [z.kind for z in article.zones] == zones


@pytest.mark.parametrize(
    ("title", "heads"),
    [
        ("Ann Lee Refuses to Define Word ‘Harbour’",
         ["Ann Lee Refuses to Define Word ‘Harbour’"]),
        # words of the title inside a longer paragraph are reporting
        ("Ann Lee Refuses", []),
        ("Quay Shut", []),  # no paragraph is the title
    ],
)  # fmt: skip
def test_segment_the_title_printed_again_in_the_body_is_its_headline(title, heads):
    """A page that prints its headline again under the photo's caption: that
    paragraph is read as a headline, as a text's first line with no title is."""
    text = (
        "Judge Ann Lee speaks to the committee in Peltra on March 22, 2022.\n\n"
        "Ann Lee Refuses to Define Word ‘Harbour’\n\n"
        "Ann Lee Refuses to say what a harbour is, the nominee told senators."
    )
    doc = Document("d", text, "x.jsonl#1", "application/jsonl", title=title)
    (article,) = segment_document(doc)
    assert article.text == text
    told = [article.span_text(z) for z in article.zones if z.kind == "headline"]
    assert told == heads


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024-10-04", ("2024-10-04", "day", "metadata")),
        ("2024-10-04T08:00:00Z", ("2024-10-04", "day", "metadata")),
        ("2024-10", ("2024-10", "month", "metadata")),
        # a time zone dateparser does not know leaves the day written
        ("Dec 17, 2016 10:48 AM CT", ("2016-12-17", "day", "metadata")),
        ("11:56 PM, Dec 03, 2016 CT", ("2016-12-03", "day", "metadata")),
        ("Nov 22, 2016 4:30 PM MT", ("2016-11-22", "day", "metadata")),
        (None, (None, None, "unknown")),
    ],
)
def test_segment_published_from_metadata(value, expected):
    pub = published_from_metadata(value)
    assert (pub.value, pub.precision, pub.how) == expected


@pytest.mark.parametrize(
    ("published", "warned"),
    [("7:58 AM ET", True), ("Wed Nov 23", True), ("2024-10-04", False),
     ("October 4, 2024", False), ("", False)],
)  # fmt: skip
def test_segment_published_that_is_no_date_is_named(
    caplog: pytest.LogCaptureFixture, published: str, warned: bool
):
    doc = Document("d1", "A story about rain.", "feed.jsonl#a", "application/jsonl",
                   published=published)  # fmt: skip
    with caplog.at_level("WARNING", logger="corroborate.segment"):
        articles = segment_document(doc)
    assert len(articles) == 1  # kept: its date is read from its text
    named = [r.getMessage() for r in caplog.records]
    assert bool(named) is warned
    assert all(m.startswith("feed.jsonl#a: published") for m in named)


def _asides(text: str) -> list[str]:
    doc = Document("d", text, "x.jsonl#1", "application/jsonl", title="T")
    (article,) = segment_document(doc)
    assert article.text == text  # the text and its offsets stay as they are
    return article.zone_text("aside")


@pytest.mark.parametrize(
    ("text", "asides"),
    [
        # a teaser of another story, as a paragraph or run into the text
        ("Mayor spoke on Monday.\n\nCOUNCIL VOTES TO CLOSE TWO LIBRARIES AFTER BUDGET FIGHT\n\n"
         "She left.", ["COUNCIL VOTES TO CLOSE TWO LIBRARIES AFTER BUDGET FIGHT"]),
        ("They fled to the U.S . SENATORS PRESS WHITE HOUSE TO ‘ACT NOW ' ON BORDER "
         "Jane Roe , a lawyer , said so .", ["SENATORS PRESS WHITE HOUSE TO ‘ACT NOW ' ON BORDER"]),
        ("Talks ended.\n\n'WE ARE DONE': UNION LEADERS WALK OUT OF WAGE TALKS\n\nMore.",
         ["'WE ARE DONE': UNION LEADERS WALK OUT OF WAGE TALKS"]),
        ("Talks ended.\n\nDOCK STRIKE SPREADS TO THREE PORTS \" The strike is over , \" he said .",
         ["DOCK STRIKE SPREADS TO THREE PORTS"]),
        # a call to sign up, subscribe or download
        ("Cases rose.\n\nGet our weekly newsletter Sign up here to get Health Matters every "
         "Friday .\n\nCases fell.", ["Get our weekly newsletter Sign up here to get Health "
                                     "Matters every Friday ."]),
        ("Cases rose.\n\nFor more, sign up for the Morning Brief newsletter.\n\nCases fell.",
         ["For more, sign up for the Morning Brief newsletter."]),
        ("Cases rose.\n\n(Subscribe to our politics podcast on iTunes.)\n\nCases fell.",
         ["(Subscribe to our politics podcast on iTunes.)"]),
        ("Cases rose.\n\nDownload the Daily News app for breaking news\n\nCases fell.",
         ["Download the Daily News app for breaking news"]),
        # a line pointing to another story
        ("Cases rose.\n\n(RELATED: Mayor Blames Budget For Library Cuts)\n\nCases fell.",
         ["(RELATED: Mayor Blames Budget For Library Cuts)"]),
        ("Cases rose.\n\n( Also on THE HERALD : Port strike spreads )\n\nCases fell.",
         ["( Also on THE HERALD : Port strike spreads )"]),
        # an editor's note on the piece, however long
        ("Editor\u2019s note: The following is part 2 of 3 excerpts from a new book "
         "on the harbour, its history, its strikes and the people who ran it for a "
         "century.\n\nThe harbour opened in 1902.",
         ["Editor\u2019s note: The following is part 2 of 3 excerpts from a new book "
          "on the harbour, its history, its strikes and the people who ran it for a "
          "century."]),
        # a photo's caption or credit
        ("Tax talks.\n\nUNITED STATES - MAY 04: Sen. Jane Roe, D-Ore., speaks at a news "
         "conference on May 4, 2021. (Photo By Ann Lee/CQ-Roll Call, Inc via Getty Images)"
         "\n\nThe bill passed.", ["UNITED STATES - MAY 04: Sen. Jane Roe, D-Ore., speaks at a "
                                  "news conference on May 4, 2021. (Photo By Ann Lee/CQ-Roll "
                                  "Call, Inc via Getty Images)"]),
        ("The law passed.\n\nThe governor signs the bill in Atlanta. John Doe via Getty Images"
         "\n\nIt takes effect.", ["The governor signs the bill in Atlanta. John Doe via "
                                  "Getty Images"]),
        ("He spoke.\n  Image caption Jane Roe: \"A fighter,\" said Mr Doe\n  On Monday he left.",
         ['Image caption Jane Roe: "A fighter," said Mr Doe']),
        ("He spoke.\n\nPhoto: Police at the scene on Monday.\n\nHe left.",
         ["Photo: Police at the scene on Monday."]),
        ("Police came. (AP Photo/Ann Lee)\n\nThey left.", ["Police came. (AP Photo/Ann Lee)"]),
        # a caption in the agencies' style, with no credit
        ("He won.\n\nJane Roe speaks during a forum on November 13 , 2015 in Orlando , "
         "Florida .\n\nHe left.", ["Jane Roe speaks during a forum on November 13 , 2015 "
                                     "in Orlando , Florida ."]),
        ("He won.\n\nSupporters cheer as the mayor arrives, Monday, Jan. 16, 2023, in "
         "Albany.\n\nHe left.", ["Supporters cheer as the mayor arrives, Monday, Jan. 16, "
                                  "2023, in Albany."]),
        # ... or the day with its year ending the line, after "on" or a place
        ("He won.\n\nFarmers march along a highway in Lyon , France , on Monday , March 6 , "
         "2023 .\n\nHe left.", ["Farmers march along a highway in Lyon , France , on "
                                  "Monday , March 6 , 2023 ."]),
        ("He won.\n\nNurses have a rally against the cuts in Leeds on May 2, 2023.\n\nHe "
         "left.", ["Nurses have a rally against the cuts in Leeds on May 2, 2023."]),
        ("He won.\n\nThe mayor hugs a firefighter at the station in Albany, U.S. August 4, "
         "2021.\n\nHe left.", ["The mayor hugs a firefighter at the station in Albany, U.S. "
                                 "August 4, 2021."]),
        # a caption closed by its credit on the line below it
        ("The law passed.\n\nThe governor signed the bill on May 4, 2021.\n\nAnn Lee/AP, "
         "file\n\nIt takes effect.", ["The governor signed the bill on May 4, 2021.\n\n"
                                        "Ann Lee/AP, file"]),
        ("The law passed.\n\nOhio Gov.\n\nJane Roe walks to the podium.\n\nAnn Lee/AP\n\n"
         "It takes effect.", ["Ohio Gov.\n\nJane Roe walks to the podium.\n\nAnn Lee/AP"]),
        ("The law passed.\n\nThe governor walks to the podium.\n\n(Ann Lee/The Daily "
         "Times)\n\nIt takes effect.", ["The governor walks to the podium.\n\n(Ann Lee/The "
                                         "Daily Times)"]),
        # a credit run into a paragraph's first words
        ("The bill stalled.\n\nJane Roe / Reuters Governor Ann Lee signed the order on "
         "Monday.\n\nIt takes effect.", ["Jane Roe / Reuters"]),
        ("The mayor spoke.\n\n| Jim Doe/AFP / Getty Images Mayor loses temper over the "
         "budget The mayor shouted.", ["| Jim Doe/AFP / Getty Images"]),
        # a gallery of other days above the line opening the story's own text
        ("The mayor waves at a parade October 26 in Albany .\n\nThe council may be nearing "
         "a budget deal .\n\nStory highlights Libraries close Albany CNN — The council "
         "voted on Monday to close two libraries .", ["The mayor waves at a parade October 26 "
                                                      "in Albany .\n\nThe council may be "
                                                      "nearing a budget deal .",
                                                      "Story highlights Libraries close "
                                                      "Albany CNN — "]),
        # highlights run into the story's first line, up to its dateline
        ("Story highlights Two libraries close Budget fight goes on Albany CNN — The "
         "council voted on Monday to close two libraries .",
         ["Story highlights Two libraries close Budget fight goes on Albany CNN — "]),
        ("Story highlights Two libraries close ALBANY, N.Y. (AP) — The council voted "
         "on Monday to close two libraries .",
         ["Story highlights Two libraries close ALBANY, N.Y. (AP) — "]),
    ],
)  # fmt: skip
def test_segment_asides_are_set_apart(text, asides):
    assert _asides(text) == asides


@pytest.mark.parametrize(
    "text",
    [
        # a shouted quotation, open or closed on its line, is reporting
        "He wrote:\n\n“TOTAL DISASTER FOR OUR GREAT COUNTRY.\n\nThen he left.",
        'He wrote: "THE VOTE WAS RIGGED AND STOLEN FROM US" in a post.',
        "Trump wrote that in other countries, SCHOOLS ARE OPEN WITH NO PROBLEMS. He left.",
        # an agency's dateline, a line of acronyms, a headline-case sentence
        "WASHINGTON (AP) — NYPD Commissioner Jane Roe said on Monday the plan failed.",
        "NEW YORK — The FBI said.\n\nU.S. GDP\n\nThe NATO summit opened.",
        "Council Votes To Close Two Libraries After Budget Fight\n\nIt did.",
        # a reader signing up in the reporting; a dateline's "(CNN)"
        "About 1,000 volunteers signed up, and more will sign up here next week.",
        "Cases rose.\n\nAlso on Thursday, the mayor said the port would reopen.",
        "Washington (CNN)\n\nThe Senate voted.",
        # a text that is only an aside is what there is to read
        "COUNCIL VOTES TO CLOSE TWO LIBRARIES AFTER BUDGET FIGHT",
        # the article's own headings: items of its list, a lead-in running into
        # its paragraph, a heading opening the text
        "Your daily look:\n\n1. COUNCIL VOTES TO CLOSE TWO LIBRARIES.\n\nThe vote was "
        "5-4.\n\n2. DOCK STRIKE SPREADS TO THREE PORTS.\n\nWorkers walked out.",
        "Good morning.\n\nSHIPPER TO BUY RIVAL FOR $2.1 BILLION The deal is to close in "
        "May. [Reuters.]\n\nFOUR HURT IN BRIDGE COLLAPSE Crews searched all night.",
        "THE COUNCIL'S BUDGET FIGHT.\n\nThe council voted 5-4 on Monday to close two "
        "libraries.",
        # the past, or a day with no year, is reporting
        "He won.\n\nJane Roe spoke during a forum on November 13, 2015 in Orlando.",
        "He won.\n\nJane Roe speaks during a forum on Monday in Orlando, Florida.",
        "He won.\n\nJane Roe, 91, died Thursday, March 5, 2009, in Lebanon.",
        # a caption running on into a post of a live blog is no caption alone
        "He won.\n\nJane Roe speaks at a forum on Feb. 6, 2016, in Manchester, N.H. "
        "Posted 10:01PM Trump Says He Would Do A Lot Worse, the governor said.",
        # a deadline's day, or a day with no "on" or place before it
        "He won.\n\nThe rule holds the rate until June 1, 2023.",
        "The poll gives Roe a lead. This is the Daily Poll for Monday, May 2, 2016.",
        # a credit alone stays, the mark of the caption below it: labelled or
        # ended with a full stop, or under a paragraph too long to be a caption
        "He spoke.\n\nPOOL New/Reuters.\n\nAn officer holds up the gun.",
        "He said it was moving.\n\nImage copyright AP\n\nHe left.",
        "The law passed. "
        + "It takes effect in May and binds every county. " * 8
        + "\n\nSusan Lee/AP\n\nIt takes effect.",
        # no gallery above a paragraph of the story's own
        "The council voted. " * 31 + "\n\nStory highlights Libraries close",
        # a credit line alone stays (the mark of the caption below it)
        "He spoke.\n\nJim Doe/Getty Images.\n\nBorder agents held the families.",
        # a pair of names and a poll's owner opening a sentence are no credit
        "The AP/NORC Poll found support fell.\n\nAnn Lee/Reuters reported it first.",
        # a note named inside the story's sentence is reporting
        "The mayor read the editor's note: the paper had erred.",
    ],
)
def test_segment_reporting_is_no_aside(text):
    assert _asides(text) == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Jane Roe/AP", "/AP"),
        ("Joe Doe/Getty", "/Getty"),
        ("Ann Lee/U.S. Navy via Getty", "via Getty"),
        ("US NAVY via REUTERS", "via REUTERS"),
        ("(Ann Lee/The Daily Times)", "(Ann Lee/The Daily Times)"),
        ("AP Photo/Ann Lee", "AP Photo/Ann Lee"),
        ("Photo by Ann Lee", "Photo by Ann Lee"),
        ("Police at the scene in Tirana, on June 20 (AFP)", "(AFP)"),
        ("She spoke in the legislature on Tuesday. (CBC)", "(CBC)"),
        # a dateline, an acronym closing a sentence, a web address: no credit
        ("Washington (CNN)", None),
        ("NEW YORK (AP)", None),
        ("The rule binds the European Union (EU).", None),
        ("The plan goes to the Environmental Protection Agency (EPA).", None),
        ("http://ap-norcpoll.com.", None),
        ("Thanks to the panel (h/t RCP Video.)", None),
    ],
)  # fmt: skip
def test_segment_photo_credit_closes_a_line(line, credit):
    found = photo_credit(line)
    assert (found.group().strip(" .") if found else None) == credit


def test_segment_a_text_in_capitals_throughout_has_no_aside():
    text = (
        "MAYOR JANE ROE SAID ON MONDAY THE PLAN FAILED.\n\nTHE COUNCIL WILL VOTE AGAIN."
    )
    assert _asides(text) == []


def test_segment_asides_cut_the_body_zone():
    text = "Mayor spoke.\n\nCLICK HERE TO GET THE DAILY NEWS APP\n\nShe left."
    doc = Document("d", text, "x.jsonl#1", "application/jsonl", title="T")
    (article,) = segment_document(doc)
    assert [(z.kind, article.text[z.start : z.end]) for z in article.zones] == [
        ("body", "Mayor spoke."),
        ("aside", "CLICK HERE TO GET THE DAILY NEWS APP"),
        ("body", "She left."),
    ]
    assert article.body == "Mayor spoke.\nShe left."
