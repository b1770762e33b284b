"""Segmentation of run-together scraped articles."""

from __future__ import annotations

import pytest

from corroborate.pubdate import published_from_metadata
from corroborate.records import Article, Document
from corroborate.segment import segment_document

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
