"""dates.rules.v1: dates in articles and the publication date they imply."""

from __future__ import annotations

import pytest

from corroborate.extractors.dates import make_date_extractor
from corroborate.nlp import load_nlp
from corroborate.records import Article, PubDate, Zone


def _article(parts: list[tuple[str, str]], published: PubDate | None = None) -> Article:
    text, zones = "", []
    for kind, part in parts:
        if text:
            text += "\n\n"
        zones.append(Zone(len(text), len(text) + len(part), kind))
        text += part
    article = Article(id="t#1", document_id="t", text=text, zones=zones)
    if published is not None:
        article.published = published
    return article


def _run(article: Article) -> Article:
    make_date_extractor()(article, load_nlp()(article.text))
    return article


def _values(body: str, published: str) -> dict[str, str | None]:
    """The value of each expression of a body published on ``published``."""
    article = _run(
        _article([("body", body)], PubDate(published, "day", "metadata", 1.0))
    )
    return {article.span_text(d): d.value for d in article.dates}


@pytest.mark.parametrize(
    ("caption", "body", "value", "how"),
    [
        ("Crowds gather in the square, March 5, 2021. Photo: agency",
         "The ministry said on Friday that talks would resume.", "2021-03-05", "caption+weekday"),
        ("Crowds gather in the square, March 5, 2021. Photo: agency",
         "The ministry said that talks would resume.", "2021-03-05", "caption"),
    ],
)  # fmt: skip
def test_dates_publication_from_caption(caption, body, value, how):
    article = _run(
        _article(
            [("headline", "Talks to resume"), ("caption", caption), ("body", body)]
        )
    )
    assert (article.published.value, article.published.how) == (value, how)
    assert (
        article.published.precision == "day" and article.published.evidence is not None
    )


@pytest.mark.parametrize(
    "body",
    ["Officials said on Tuesday that the fire, which started on 14 August, was out."],
)
def test_dates_no_year_is_never_guessed(body):
    article = _run(_article([("headline", "Fire out"), ("body", body)]))
    assert article.published.value is None or article.published.value.startswith("XXXX")
    values = {article.span_text(d): d.value for d in article.dates}
    assert values["14 August"] == "XXXX-08-14"


@pytest.mark.parametrize(
    ("body", "value"),
    [("The flood destroyed the bridge on 3 May. The bridge collapsed about three weeks ago,"
      " engineers said on Monday.", "XXXX-05")],
)  # fmt: skip
def test_dates_publication_from_ago_and_dated_event(body, value):
    article = _run(_article([("headline", "Bridge"), ("body", body)]))
    assert article.published.how == "ago+dated-event"
    assert article.published.value == value


@pytest.mark.parametrize(
    ("body", "expected"),
    [("The minister resigned on Monday. Elections were held last month.",
      {"Monday": "2022-02-07", "last month": "2022-01"})],
)  # fmt: skip
def test_dates_resolved_against_metadata_date(body, expected):
    published = PubDate("2022-02-09", "day", "metadata", 1.0)
    article = _run(_article([("body", body)], published))
    values = {article.span_text(d): d for d in article.dates}
    for text, value in expected.items():
        assert values[text].value == value
        assert values[text].anchor == "publication"
    assert article.published.how == "metadata"


def _copy(article: Article) -> Article:
    return Article.from_dict(article.to_dict())


@pytest.mark.parametrize(
    ("key", "value", "how"),
    [("004#2", "2024-10-04", "caption+weekday")],
)
def test_dates_sample_publication_date(sample_articles, key, value, how):
    article = _run(_copy(sample_articles[key]))
    assert (article.published.value, article.published.how) == (value, how)


@pytest.mark.parametrize(
    ("key", "expression", "value"),
    [("004#1", "June 20", "XXXX-06-20"), ("000#1", "20 June", "XXXX-06-20"),
     ("004#1", "the early eighties", "198X"), ("004#2", "October 4, 2024", "2024-10-04")],
)  # fmt: skip
def test_dates_sample_values(sample_articles, key, expression, value):
    article = _run(_copy(sample_articles[key]))
    values = [d.value for d in article.dates if article.span_text(d) == expression]
    assert values and set(values) == {value}
    if key != "004#2":
        assert article.published.value is None or article.published.value.startswith(
            "XXXX"
        )


@pytest.mark.bench
@pytest.mark.parametrize("corpus", ["tempeval3", "meantime"])
def test_dates_eval_timex_runs_on_bench(corpus):
    from corroborate.evaluate.timex import MEANTIME_DIR, TEMPEVAL_DIR, evaluate_timex

    folder = {"tempeval3": TEMPEVAL_DIR, "meantime": MEANTIME_DIR}[corpus]
    if not folder.exists():
        pytest.skip(f"{folder} is absent (bench data is not in the repository)")
    figures = evaluate_timex(data=folder, limit=4)[folder.name]
    assert figures["documents"] == 4
    assert figures["relaxed"]["f1"] > 0.6 and figures["value"]["f1"] > 0.4


@pytest.mark.parametrize(
    ("body", "published", "expression", "value"),
    [
        ("The board approved a new pension plan, effective March 1.",
         "2021-10-20", "March 1", "2022-03-01"),
        ("The bonus would be paid in February, the firm said.",
         "2021-10-20", "February", "2022-02"),
        ("The merger is expected to close Monday.", "2021-10-21", "Monday", "2021-10-25"),
        ("The mayor has invited the council to meet on Thursday morning.",
         "2021-10-22", "Thursday morning", "2021-10-28TMO"),
        ("Police have been looking for the driver since the Nov. 3 crash.",
         "2021-05-10", "Nov. 3", "2020-11-03"),
        ("The mayor declined to comment Saturday.", "2021-10-25", "Saturday", "2021-10-23"),
        ("It was not until Tuesday that the results came in.",
         "2021-10-21", "Tuesday", "2021-10-19"),
        ("The company must file its plan by Jan. 14.", "2021-12-20", "Jan. 14", "2022-01-14"),
        ("The mayor's pledge to rebuild the bridge back in September still stands.",
         "2022-06-22", "September", "2021-09"),  # "back in" looks back
    ],
)  # fmt: skip
def test_dates_direction_from_the_clause(body, published, expression, value):
    """Modals, prospective infinitives, "effective", "by" look ahead; "since",
    the past and a date attached to another verb look back."""
    article = _run(
        _article([("body", body)], PubDate(published, "day", "metadata", 1.0))
    )
    values = {article.span_text(d): d.value for d in article.dates}
    assert values[expression] == value


@pytest.mark.parametrize(
    ("body", "published", "value"),
    [
        ("The governor refused to endorse the mayor in her campaign for "
         "re-election in November.", "2016-08-06", "2016-11"),
        ("The governor refused to endorse the mayor in her campaign for "
         "re-election in November.", "2016-12-10", "2016-11"),
        ("The mayor ran for re-election in March.", "2016-12-10", "2016-03"),
    ],
)  # fmt: skip
def test_dates_the_election_a_campaign_is_for_is_the_nearest(body, published, value):
    """ "campaign for re-election in November": the election sought, the
    nearest of that name whatever the clause's tense."""
    assert (
        _values(body, published)["November" if "November" in body else "March"] == value
    )


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Voters cannot trust the mayor or the chief's assertion Tuesday night "
         "that the bridge is safe.", "2016-05-03TNI"),
        ("His remarks on Tuesday night may sway the council.", "2016-05-03TNI"),
        ("The council will vote Tuesday night.", "2016-05-10TNI"),
    ],
)  # fmt: skip
def test_dates_a_time_after_a_noun_of_saying_dates_the_saying(body, value):
    """A time right after a noun of saying dates what was said, however the
    parser hangs it: a modal of the clause does not put it ahead."""
    assert _values(body, "2016-05-05")["Tuesday night"] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The mayor should get a lift from the win Tuesday, aides said.", "2016-05-03"),
        ("A lunch session with donors in Chicago on Tuesday would focus on taxes, "
         "she expected.", "2016-05-03"),
        ("The loss Tuesday may cost the team its coach.", "2016-05-03"),
        ("The mayor is coming off a strong debate Tuesday.", "2016-05-03"),
        # the verb's own object: the verb's act, ahead
        ("The council will hold a vote Tuesday.", "2016-05-10"),
        ("The mayor will give a speech on Tuesday.", "2016-05-10"),
        ("The mayor will face her rival in a primary on Tuesday.", "2016-05-10"),
        ("The mayor will speak at a rally Tuesday.", "2016-05-10"),
        # no occasion before it
        ("The mayor will meet the governor Tuesday.", "2016-05-10"),
    ],
)  # fmt: skip
def test_dates_a_time_after_a_noun_of_an_occasion_dates_the_occasion(body, value):
    """Written Thursday 5 May 2016: a weekday right after a noun of an
    occasion ("the win Tuesday") dates it, the nearest of that name; the
    modal or future of its clause does not put it ahead."""
    assert _values(body, "2016-05-05")["Tuesday"] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The mayor shocked council members on Tuesday when he resigned.",
         "Tuesday", "2016-08-02"),  # "shocked" parsed as an adjective: no verb
        ("The mayor shocked council members on Tuesday when he says he will quit.",
         "Tuesday", "2016-08-09"),  # the tenses differ: the nearest Tuesday
    ],
)  # fmt: skip
def test_dates_a_time_no_verb_governs_takes_its_sentences_past(body, expression, value):
    article = _run(
        _article([("body", body)], PubDate("2016-08-06", "day", "metadata", 1.0))
    )
    values = {article.span_text(d): d.value for d in article.dates}
    assert values[expression] == value


def test_dates_that_day_follows_a_weekday_named_before():
    published = PubDate("2022-02-09", "day", "metadata", 1.0)
    article = _run(
        _article(
            [
                (
                    "body",
                    "The minister resigned on Monday. Later that day, parliament met.",
                )
            ],
            published,
        )
    )
    values = {article.span_text(d): d for d in article.dates}
    assert values["Later that day"].value == "2022-02-07"
    assert values["Later that day"].anchor.startswith("text:")


def test_dates_mod_on_daterefs_and_in_export():
    from corroborate.query import build_article_output

    body = ("Prices peaked in the early eighties and fell for more than three years; "
            "the firm expects a recovery by the end of the year.")  # fmt: skip
    article = _run(_article([("body", body)], PubDate("2021-03-12", "day", "metadata")))
    mods = {article.span_text(d): (d.value, d.mod) for d in article.dates}
    assert mods["the early eighties"] == ("198X", "START")
    assert mods["more than three years"] == ("P3Y", "MORE_THAN")
    assert mods["the end of the year"] == ("2021", "END")
    exported = {d["text"]: d["mod"] for d in build_article_output(article)["dates"]}
    assert exported["the early eighties"] == "START"


def test_dates_mod_round_trips_and_old_records_load():
    from corroborate.records import DateRef

    ref = DateRef(0, 9, "2023", "dates.rules.v1", precision="year", mod="END")
    assert DateRef.from_dict(ref.to_dict()) == ref
    old = {k: v for k, v in ref.to_dict().items() if k != "mod"}
    assert DateRef.from_dict(old).mod is None


def _timex3(tid: str, kind: str, value: str, text: str, mod: str = "") -> str:
    """A TIMEX3 tag for a made-up TimeML document."""
    extra = f' mod="{mod}"' if mod else ""
    return f'<TIMEX3 tid="{tid}" type="{kind}" value="{value}"{extra}>{text}</TIMEX3>'


def test_dates_eval_timex_scores_mod(tmp_path):
    from corroborate.evaluate.timex import evaluate_timex

    body = (
        f"The mill closed in {_timex3('t1', 'DATE', '198X', 'the early eighties', 'START')}"
        f" after {_timex3('t2', 'DURATION', 'P3Y', 'more than three years', 'MORE_THAN')}"
        f" of losses; it reopened {_timex3('t3', 'DATE', '2020', 'last year')}."
    )
    dct = _timex3("t0", "DATE", "2021-03-12", "March 12, 2021")
    (tmp_path / "doc.tml").write_text(
        f"<TimeML><DCT>{dct}</DCT><TEXT>{body}</TEXT></TimeML>", encoding="utf-8"
    )
    figures = evaluate_timex(data=tmp_path)[tmp_path.name]
    assert figures["value"]["f1"] == 1.0
    assert (figures["mod_accuracy"], figures["mod_spans"]) == (1.0, 2)


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The council is expected to vote Thursday on the budget.", "Thursday", "2024-07-18"),
        ("The council voted Wednesday to raise the levy.", "Wednesday", "2024-07-10"),
        ("The panel will meet this Tuesday to hear the appeal.", "this Tuesday", "2024-07-16"),
        ("The panel met this Tuesday to hear the appeal.", "this Tuesday", "2024-07-09"),
        ("Ferries will resume sailing on Friday.", "Friday", "2024-07-12"),
        ("The mayor resigned on Friday.", "Friday", "2024-07-12"),
        ("Crews will reopen the bridge next Friday.", "next Friday", "2024-07-19"),
        # what a day's thing will be: the thing is to come
        ("Aides believe Tuesday's hearing will be another unfortunate episode.",
         "Tuesday", "2024-07-16"),
    ],
)  # fmt: skip
def test_dates_weekday_direction_from_tense_and_this(body, expression, value):
    """Published on Friday 12 July 2024: a future clause looks ahead, a past one
    back, "this" follows the tense, and the publication day names itself."""
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The mayor speaks to the council later Thursday.", "later Thursday", "2024-07-11"),
        ("The mayor will speak to the council later Friday.", "later Friday", "2024-07-12"),
        ("The mayor met the council earlier Thursday.", "earlier Thursday", "2024-07-11"),
    ],
)  # fmt: skip
def test_dates_later_or_earlier_weekday_is_the_day_of_writing(body, expression, value):
    """Published on Friday 12 July 2024: "later Thursday" is the day the report
    was written (the day before its date), not a Thursday a week ahead."""
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [("He was scheduled to leave the capital late Tuesday.", "late Tuesday",
      "2024-07-09"),
     ("Leaders were quick to offer condolences on Monday.", "Monday", "2024-07-08"),
     ("The mayor was set to receive an endorsement on Friday.", "Friday",
      "2024-07-12"),
     # a plan told in the present perfect lies ahead, and so does a month
     ("The council has invited Lopez to meet on Tuesday morning.", "Tuesday morning",
      "2024-07-16TMO"),
     ("She planned to visit the port before January.", "January", "2025-01")],
)  # fmt: skip
def test_dates_a_plan_told_in_the_past_is_on_the_nearest_weekday(
    body, expression, value
):
    """Published on Wednesday 10 July 2024: the day of a plan told in the past
    ("was scheduled to leave late Tuesday") may be over by the report."""
    assert _values(body, "2024-07-10")[expression] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [("The ship was turned away in 1939. The next year, the war spread.", "1940"),
     ("The ship was turned away in 1939. Some 10,000 are expected over the next "
      "year.", "2025"),
     ("The ship was turned away in 1939. Officials will review the rule over the "
      "next year.", "2025")],
)  # fmt: skip
def test_dates_the_next_year_told_ahead_counts_from_the_report(body, value):
    """Published in 2024: "the next year" after a year named is that year's
    next in a past clause, and the coming one in a present or future clause."""
    assert _values(body, "2024-07-10")["next year"] == value


@pytest.mark.parametrize(
    "body",
    ["The region has seen new cases drop sharply, from 54,674 on Saturday to "
     "39,950 on Monday.",
     "Cases fell from 54,674 on Saturday to 39,950 on Monday."],
)  # fmt: skip
def test_dates_a_range_of_two_weekdays_runs_forward(body):
    """Published on Wednesday 10 July 2024: the Saturday nothing placed (the
    nearest was the coming one) comes before the past Monday it runs to."""
    values = _values(body, "2024-07-10")
    assert (values["Saturday"], values["Monday"]) == ("2024-07-06", "2024-07-08")


@pytest.mark.parametrize(
    ("body", "published", "value"),
    [
        ("The strike began last spring.", "2024-12-02", "2024-SP"),
        ("The strike began last spring.", "2024-04-15", "2023-SP"),
        ("The strike began last fall.", "2024-05-07", "2023-FA"),
        ("The yard closed last winter.", "2024-12-02", "2023-WI"),
        ("The yard reopens next fall.", "2024-03-10", "2024-FA"),
        ("The yard reopens next spring.", "2024-12-02", "2025-SP"),
    ],
)  # fmt: skip
def test_dates_last_season_is_the_latest_one_over(body, published, value):
    """ "Last spring" written in December is that year's; "next fall" written in
    March is that year's."""
    (found,) = _values(body, published).values()
    assert found == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Voters head to the polls on Sunday.", "Sunday", "2024-07-14"),
        ("The bridge is reopening on Tuesday after repairs.", "Tuesday", "2024-07-16"),
        ("Officials say the bridge reopens Tuesday.", "Tuesday", "2024-07-16"),
        ("The minister arrives in Paris on Wednesday.", "Wednesday", "2024-07-10"),
        ("The index has seen shares drop sharply on Monday.", "Monday", "2024-07-08"),
        ("Weak chip stocks hurt the index on Monday.", "Monday", "2024-07-08"),
        ("Governor slams plan\nThe governor criticised the plan on Monday.", "Monday",
         "2024-07-08"),
        ("Officials moved the vote to Monday.", "Monday", "2024-07-15"),
        ("The hearing was pushed back to Tuesday.", "Tuesday", "2024-07-16"),
        ("Prices fell from Friday to Monday.", "Monday", "2024-07-08"),
        ("Reply from the lawyer on Monday ``Without commenting on the claims, we say "
         "that any such suggestion is wrong.''", "Monday", "2024-07-08"),
        ('"We meet again on Monday," the mayor said.', "Monday", "2024-07-15"),
    ],
)  # fmt: skip
def test_dates_present_tense_weekday_lies_ahead(body, expression, value):
    """Published on Wednesday 10 July 2024: a weekday in a present clause is
    a coming one (or the day itself); not when the present form may be a
    past ("hurt") or a bare infinitive ("seen shares drop"), nor when the
    verb is a headline's on another line or inside a quotation the day is
    outside of. A day a vote is moved to lies ahead."""
    assert _values(body, "2024-07-10")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Airport checks have grown stricter since the Sept. 11 attacks.", "Sept. 11",
         "2001-09-11"),
        ("The memorial lists everyone killed on 9/11.", "9/11", "2001-09-11"),
        ("Veterans of the attack on Pearl Harbor gathered in Ohio.", "Pearl Harbor",
         "1941-12-07"),
        ("The Jan. 6 committee released its last report.", "Jan. 6", "2021-01-06"),
        ("The market reopens on Sept. 11, traders said.", "Sept. 11", "2024-09-11"),
        ("The law passed soon after the attacks of Sept. 11.", "Sept. 11", "2001-09-11"),
        ("Airlines changed in the post-9/11 era.", "post-9/11", "2001-09-11"),
        ("Guards repelled an attack on Sept. 11 at the embassy.", "Sept. 11", "2023-09-11"),
    ],
)  # fmt: skip
def test_dates_named_historical_events_keep_their_year(body, expression, value):
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The judge set sentencing for June 28.", "2025-06-28"),
        ("The trio will be sentenced on June 28.", "2025-06-28"),
        ("The trio was sentenced on June 28.", "2024-06-28"),
    ],
)  # fmt: skip
def test_dates_future_day_already_past_this_year_is_next_years(body, value):
    """In an article of 12 July, a sentencing still to come on June 28 is next
    year's; one that took place is this year's."""
    assert _values(body, "2024-07-12")["June 28"] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The ferry docked on Monday. That day the mayor met the crew.",
         "That day", "2024-07-08"),
        # no time named before: not the report's day, none
        ("On the same day he toured the harbour, the board said prices rose.",
         "the same day", None),
        ("The clinic filed a records request that month.", "that month", None),
        # a speaker's days inside a quotation are not the report's
        ('The ferry docked on Monday. "We sail on Friday," the captain said.\n\n'
         "Earlier in the day, the mayor met the crew.", "Earlier in the day",
         "2024-07-08"),
    ],
)  # fmt: skip
def test_dates_that_day_is_the_day_named_before_or_none(body, expression, value):
    """Published Thursday 11 July 2024: "that day", "the same day" point back
    to a time the text named; with none named they name no day."""
    assert _values(body, "2024-07-11")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Officials postponed until Tuesday morning any action on the permit.",
         "Tuesday morning", "2024-07-16TMO"),
        ("The agency has given the family until 9 a.m. Tuesday to sign.",
         "9 a.m. Tuesday", "2024-07-16T09:00"),
        ("Protesters planned a large march downtown on Saturday.", "Saturday", "2024-07-13"),
        ("The prosecutor has scheduled a news conference Monday.", "Monday", "2024-07-15"),
        ("The store stayed closed until Tuesday.", "Tuesday", "2024-07-09"),
        ("The mayor postponed the vote on Tuesday.", "Tuesday", "2024-07-09"),
        # what is called for lies ahead; the call's own day does not
        ("The council called for a general strike in the region on Saturday.",
         "Saturday", "2024-07-13"),
        ("The council called on Tuesday for a general strike.", "Tuesday",
         "2024-07-09"),
        # a date of what is told as ahead ("the looming showdown in March"),
        # not of a noun told plainly ("the vote in March")
        ("She was not hopeful about the looming showdown in March.", "March",
         "2025-03"),
        ("Delegates discussed the upcoming November vote.", "November", "2024-11"),
        ("The vote in March was close.", "March", "2024-03"),
    ],
)  # fmt: skip
def test_dates_deadlines_and_plans_lie_ahead_of_a_past_verb(body, expression, value):
    """Published Thursday 11 July 2024: what was put off "until Tuesday" or
    scheduled for Monday is still to come; a state that lasted "until Tuesday",
    or the day the putting-off happened, is past."""
    assert _values(body, "2024-07-11")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("Exports fell 12% in March, compared with the same month a year ago.",
         "the same month a year ago", "2023-03"),
        ("Orders rose 8% in May compared to the same period last year.",
         "the same period last year", "2023-05"),
        ("Profit doubled in the second quarter. In the year-ago quarter the bank lost"
         " $4 million.", "the year-ago quarter", "2023-Q2"),
        ("Profit doubled in the second quarter. In the corresponding period last year"
         " the bank lost $4 million.", "the corresponding period last year", "2023-Q2"),
        ("The fund said in January that it would grow. Profit doubled in the second"
         " quarter, from the same period a year earlier.",
         "the same period a year earlier", "2023-Q2"),
        ("Costs were lower than in the same period last year.",
         "the same period last year", "2023"),
    ],
)  # fmt: skip
def test_dates_same_period_a_year_back_follows_the_period_named(
    body, expression, value
):
    """Published 12 July 2024: "the same month a year ago" is the month just
    named, a year back; "the same period" the quarter or month its sentence
    names (else the last quarter); with none named, last year."""
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The blast in the port occurred at about 10:35 a.m. (0735 GMT) Thursday, toppling a wall.",
         "10:35 a.m.", "2024-07-11T10:35"),
        ("The jet landed on Tuesday in Denver at 18:00 UTC.", "18:00 UTC",
         "2024-07-09T18:00Z"),
        ("He will leave at 4 in the morning (4 a.m. EDT Saturday), his lawyer said.",
         "4 in the morning", "2024-07-13T04:00"),
        ("Polls open at 7 a.m. and close at 8 p.m.", "8 p.m.", "2024-07-12T20:00"),
        ("On a 9 a.m. call, the editor praised the host, who argued on Wednesday"
         " night with a guest.", "9 a.m.", "2024-07-12T09:00"),
    ],
)  # fmt: skip
def test_dates_clock_time_on_the_day_its_clause_names(body, expression, value):
    """Published Friday 12 July 2024: a clock time takes the one day its
    clause names; with none, or one in another clause, it stays on the
    publication day."""
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The museum will reopen in October.", "2024-10"),
        ("The museum will reopen in March.", "2025-03"),
        ("The museum reopened in October.", "2024-10"),
    ],
)  # fmt: skip
def test_dates_month_still_to_come_is_this_years_while_it_lasts(body, value):
    """Published 27 October 2024: "will reopen in October" is this October."""
    values = _values(body, "2024-10-27")
    assert [v for k, v in values.items() if k in {"October", "March"}] == [value]


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The brewery lost money in the third quarter of 2019. "
         "Sales in that quarter fell by a fifth.", "that quarter", "2019-Q3"),
        ("The quarry shut in 2009. That winter, the village emptied.",
         "That winter", "2009-WI"),
        # "the month" after a month named: that month, not the report's
        ("The party raised $11 million in May. The mayor raised $9 million during "
         "the month.", "the month", "2024-05"),
        ("The party raised $11 million during the month.", "the month", "2024-07"),
    ],
)  # fmt: skip
def test_dates_that_quarter_and_that_season_follow_the_time_named_before(
    body, expression, value
):
    """ "that quarter" is the quarter named before, "that winter" the one of
    the year named before; neither the publication's (2024)."""
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The ferry sank on Tuesday. Divers reached it in the afternoon.",
         "the afternoon", "2024-07-09TAF"),
        ("Divers reached the wreck in the afternoon.", "the afternoon", "2024-07-12TAF"),
    ],
)  # fmt: skip
def test_dates_in_the_afternoon_is_of_the_day_named_before(body, expression, value):
    """ "in the afternoon" is the afternoon of the day the text is on: the
    day named before, else the publication day (Friday 12 July 2024)."""
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The bakery chain said Tuesday it would shut four shops.", "Tuesday", "2024-07-09"),
        ("The port said on Wednesday it would reopen the quay.", "Wednesday", "2024-07-10"),
        ("The port said the quay will reopen Wednesday.", "Wednesday", "2024-07-17"),
    ],
)  # fmt: skip
def test_dates_a_day_right_after_said_is_the_saying(body, expression, value):
    """ "said Tuesday it would shut" is Tuesday's saying (published Friday
    12 July 2024), though the parser hangs the day on "would shut"; a day
    inside the reported clause still takes its tense."""
    assert _values(body, "2024-07-12")[expression] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Harbour company to close its Peltra plant in October", "2022-10"),
        ("Senate to vote on the harbour bill in October", "2022-10"),
        # a finite verb's tense decides as before
        ("The harbour company closed its Peltra plant in October.", "2021-10"),
    ],
)  # fmt: skip
def test_dates_a_headlines_infinitive_lies_ahead(body, value):
    """Published 31 March 2022: a headline's "X to do Y in October" tells what
    is to come, so its October is the next one, not the last."""
    assert _values(body, "2022-03-31")["October"] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The orchard board scheduled the auction for March.", "March", "2025-03"),
        ("Rainfall was low during May.", "May", "2024-05"),
        ("Ferry traffic fell after March.", "March", "2024-03"),
        ("The trail stays open through March.", "March", "2025-03"),
        ("Lambing runs between March and May.", "May", "2024-05"),
    ],
)  # fmt: skip
def test_dates_may_and_march_after_a_preposition_are_months(body, expression, value):
    """ "May" and "March" are months after "for", "during", "after",
    "through", "between ... and", as after "in" (published 10 July 2024)."""
    assert _values(body, "2024-07-10").get(expression) == value


@pytest.mark.parametrize(
    "body",
    ["Trust in May, who had led the talks, collapsed.",
     "The vote was a blow for May, who had staked her job on it."],
)  # fmt: skip
def test_dates_may_the_person_is_no_month(body):
    """A name followed by ", who" is no month, whatever comes before it."""
    assert "May" not in _values(body, "2024-07-10")


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The ferry captain is due to be sentenced on June 28.", "June 28", "2025-06-28"),
        ("The tunnel is expected to be reopened Monday.", "Monday", "2024-07-15"),
        ("The tunnel had been expected to be reopened in March.", "March", "2024-03"),
        ("The ruling was to be issued on Monday.", "Monday", "2024-07-08"),
    ],
)  # fmt: skip
def test_dates_a_passive_infinitive_looks_ahead_as_an_active_one(
    body, expression, value
):
    """ "is due to be sentenced on June 28" (published Wednesday 10 July
    2024) is next year's, as "is due to appear on June 28"; told in the past
    perfect it stays behind, and a plan told in the past ("was to be
    issued on Monday") may be over: the nearest Monday."""
    assert _values(body, "2024-07-10")[expression] == value


@pytest.mark.parametrize(
    ("body", "gone", "kept"),
    [
        ("The mayor told a Boston paper and CBS's 60 Minutes that she would run.",
         "60 Minutes", None),
        ("The envoy appeared on ABC's This Week with its host on Sunday.", "This Week", "Sunday"),
        ("The coach told USA Today that the team would stay.", "Today", None),
        ("The chef cooked on NBC's Today show before flying home.", "Today", None),
        ("A reader wrote to the Sunday Times about the ferry.", "Sunday", None),
        ("The Mail on Sunday printed the letters.", "Sunday", None),
        ("Ferry Strike To End This Week", None, "This Week"),
        ("The ferry strike will end this week.", None, "this week"),
        ("Today the ferries run again.", None, "Today"),
        ("The mayor told NBC's \u201cToday\u201d on Monday that the ferries would run.",
         "Today", "Monday"),
        ("The mayor said, \u201cTonight the ferries run again.\u201d", None, "Tonight"),
        ("The ferries stopped.\u00a0This year they run again.", None, "This year"),
    ],
)  # fmt: skip
def test_dates_a_shows_or_papers_name_is_no_time(body, gone, kept):
    """A time word with a capital inside a sentence of ordinary case names a
    show, paper or work, as does a weekday in a paper's name; a headline's
    capitals and a sentence's first word say nothing."""
    values = _values(body, "2024-07-10")
    assert gone is None or gone not in values
    assert kept is None or kept in values


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        ("The regatta will be held on Tuesday, July 2.", "Tuesday, July 2", "2024-07-02"),
        ("The regatta returns on Monday, Jan. 6.", "Monday, Jan. 6", "2025-01-06"),
        ("The regatta ended on Thursday, 4 July.", "Thursday, 4 July", "2024-07-04"),
    ],
)  # fmt: skip
def test_dates_a_day_named_with_its_weekday_takes_that_weekdays_year(
    body, expression, value
):
    """A year-less day with its weekday is in the nearby year where it falls
    on that weekday (published 10 July 2024; 2 July 2025 is a Wednesday),
    whatever the tense says."""
    assert _values(body, "2024-07-10")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        # a quotation's own times are told from the day its speaker spoke
        ("\u201cLast night, our city was attacked,\u201d the mayor said Sunday.",
         "Last night", "2016-06-11TNI"),
        ("The mayor said Sunday: \u201cWe were attacked. Today we mourn.\u201d",
         "Today", "2016-06-12"),
        ("\u201cWe will vote on Tuesday,\u201d she told reporters on Sunday.",
         "Tuesday", "2016-06-14"),
        # a part of its day is that day too
        ("\u201cI just found out today,\u201d the teacher told CNN Sunday night.",
         "today", "2016-06-12"),
        ("\u201cToday we mourn,\u201d the mayor said Sunday evening.", "Today",
         "2016-06-12"),
        # a quotation over two paragraphs, signed in the second
        ("\u201cToday we mourn.\n\nWe will rebuild,\u201d the mayor said Sunday.",
         "Today", "2016-06-12"),
        # ... not one closed before a paragraph that reports on Sunday
        ("\u201cToday we mourn.\u201d\n\nThe mayor said Sunday that it will be "
         "rebuilt.", "Today", "2016-06-13"),
        # a quotation signed to a pronoun right after goes on from that day
        ("\u201cWe were attacked,\u201d the mayor said Sunday.\n\n\u201cToday we "
         "mourn,\u201d he added.", "Today", "2016-06-12"),
        ("\u201cWe were attacked,\u201d the mayor said Sunday. \u201cTonight we "
         "will hold a vigil,\u201d she told reporters.", "Tonight", "2016-06-12TNI"),
        # ... not after a sentence of the report between them
        ("\u201cWe were attacked,\u201d the mayor said Sunday. The city is quiet."
         "\n\n\u201cToday we mourn,\u201d he added.", "Today", "2016-06-13"),
        # no day of saying written: the report's day, as before
        ("The mayor said: \u201cToday we mourn.\u201d", "Today", "2016-06-13"),
        # the report's own times stay the report's
        ("\u201cWe mourn,\u201d the mayor said Sunday. Today he will speak.", "Today",
         "2016-06-13"),
        # archive marks: two backticks open, two apostrophes close
        ("``It is a hole,'' he said Sunday. In Riyadh, today is quiet.", "today",
         "2016-06-13"),
    ],
)  # fmt: skip
def test_dates_a_quotation_tells_its_times_from_the_day_it_was_spoken(
    body, expression, value
):
    assert _values(body, "2016-06-13")[expression] == value


def test_dates_a_day_told_after_one_told_after_another_counts_from_it():
    """Published on Wednesday 15 June 2016: "Two days later" is two days after
    Friday's strike; "The next day" is the day after that, not after Friday."""
    published = PubDate("2016-06-15", "day", "metadata", 1.0)
    body = (
        "The strike began on Friday. Two days later, the union met the owners. "
        "The next day, the mayor resigned."
    )
    article = _run(_article([("body", body)], published))
    values = {article.span_text(d): d for d in article.dates}
    assert values["Two days later"].value == "2016-06-12"
    assert values["next day"].value == "2016-06-13"
    assert values["next day"].anchor == f"text:{body.index('Two days later')}"


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        # the tagger reads "hopes" as the verb "hop": still a hope, ahead
        ("The senator hopes to win on Election Day.", "Election Day", "2016-11-08"),
        ("Come November, voters will choose.", "November", "2016-11"),
        ("The governor is favored to win come November.", "November", "2016-11"),
    ],
)
def test_dates_a_hope_or_come_looks_ahead(body, expression, value):
    """Published on Wednesday 10 February 2016."""
    assert _values(body, "2016-02-10")[expression] == value


@pytest.mark.parametrize(
    ("body", "expression", "value"),
    [
        # the act threatened or promised lies ahead of the threat, and so its
        # day: a month ahead of the report, or one just past
        ("He threatened a shutdown in September.", "September", "2018-09"),
        ("She promised a vote in January.", "January", "2019-01"),
        ("He planned to visit the port before March.", "March", "2019-03"),
        ("She promised a vote in March.", "March", "2018-03"),
        ("A teacher threatened to shoot up her classroom in late March.",
         "late March", "2018-03"),
        # the day of the threat itself, before what is threatened
        ("He threatened in September to shut down the agency.", "September", "2017-09"),
        # a person threatened: the threat's day
        ("He threatened the reporter on Monday.", "Monday", "2018-06-18"),
    ],
)  # fmt: skip
def test_dates_a_threatened_or_promised_acts_day_lies_ahead(body, expression, value):
    """Published on Tuesday 19 June 2018."""
    assert _values(body, "2018-06-19")[expression] == value


@pytest.mark.parametrize(
    ("body", "published", "short", "value"),
    [
        # a month and day without a year: the year the text writes them with
        ("The envoy testified on November 12, 2012. The November 12th "
         "admission came late.", "2015-12-04", "November 12th", "2012-11-12"),
        # a weekday: the one date of that weekday the text writes, ahead
        ("Both campaigned before the state's April 19 primary. He hopes to win "
         "most delegates in Tuesday's primary.", "2016-04-14", "Tuesday", "2016-04-19"),
        # a future allows the day before the report's (written the day before)
        ("The vigil will begin at 7 p.m. on Tuesday, May 18. On Tuesday, the "
         "mayor will hold a vigil downtown.", "2021-05-19", "Tuesday", "2021-05-18"),
        ("The vigil is set for Tuesday, May 18. On Tuesday, the mayor will hold "
         "a vigil downtown.", "2021-05-19", "Tuesday", "2021-05-18"),
        ("The vigil is set for Tuesday, May 18. On Tuesday, the mayor will hold "
         "a vigil downtown.", "2021-05-20", "Tuesday", "2021-05-25"),
        # not where the tense rules it out: that weekday is another
        ("The march was held on Saturday, May 15. On Saturday, the crowd will "
         "march again.", "2021-05-17", "Saturday", "2021-05-22"),
        ("The vote is set for Tuesday, May 18. Lawmakers met on Tuesday to "
         "prepare.", "2021-05-14", "Tuesday", "2021-05-11"),
        # nor a date of another thing ("the poll was conducted from Sept. 19")
        ("Most voters expect Lee to win Monday's debate. The poll was conducted "
         "from Sept. 19 to 22.", "2016-09-25", "Monday", "2016-09-26"),
    ],
)  # fmt: skip
def test_a_day_written_in_short_is_the_one_the_text_writes_in_full(
    body, published, short, value
):
    assert _values(body, published)[short] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # what is expected on a day lies ahead, whatever the clause's tense
        ("Fifteen Republicans voted to send the bill to the House for a vote "
         "expected Friday.", "2022-06-24"),
        # not an aside on what is told past
        ("The ruling, expected Friday, was delayed.", "2022-06-17"),
    ],
)  # fmt: skip
def test_dates_a_day_expected_lies_ahead(body, value):
    """Published on Thursday 23 June 2022."""
    assert _values(body, "2022-06-23")["Friday"] == value


@pytest.mark.parametrize(
    ("body", "day", "value"),
    [
        # a weekday told in what a verb of saying reports, the weekday of
        # that verb's own day, is that day, though a plan puts it ahead
        ("Sources said Friday afternoon that prosecutors are preparing charges "
         "against the senator, who plans to address them at a news conference "
         "Friday night.", "Friday night", "2015-03-06TNI"),
        ("Aides said Friday morning that the governor, who is expected to sign the "
         "bill Friday evening, had read it.", "Friday evening", "2015-03-06TEV"),
        ("Aides said Thursday that the mayor, who plans to speak at a rally "
         "Thursday night, would run again.", "Thursday night", "2015-03-05TNI"),
        # another weekday, or one told apart from the saying, keeps its own
        ("Aides said Thursday that the mayor plans to speak on Monday.", "Monday",
         "2015-03-09"),
        ("Aides said Friday that the mayor won. He will speak Friday night.",
         "Friday night", "2015-03-13TNI"),
    ],
)  # fmt: skip
def test_a_weekday_told_under_a_saying_of_that_weekday_is_its_day(body, day, value):
    """Published on Saturday 7 March 2015."""
    assert _values(body, "2015-03-07")[day] == value


@pytest.mark.parametrize(
    ("body", "day", "value"),
    [
        # a weekday whose clause tells no side takes the day the text's other
        # mention of it takes from its tense, past or ahead
        ("On Thursday, the grand jury voted to indict the mayor. Experts say "
         "Thursday's indictment will lead to a rally.", "Thursday", "2023-03-30"),
        ("The council will meet again on Friday. Experts say Friday's session "
         "will be long.", "Friday", "2023-04-07"),
        # told alone, or where the other mentions take two days: the nearest
        ("Experts say Thursday's indictment will lead to a rally.", "Thursday",
         "2023-04-06"),
        ("Experts say Friday's session will be long.", "Friday", "2023-03-31"),
        ("On Thursday, the grand jury voted. The council will meet on Thursday. "
         "Experts say Thursday's indictment will lead to a rally.", "Thursday",
         "2023-04-06"),
    ],
)  # fmt: skip
def test_one_weekday_named_in_one_report_is_one_day(body, day, value):
    """Published on Monday 3 April 2023."""
    assert _values(body, "2023-04-03")[day] == value


@pytest.mark.parametrize(
    ("body", "thursday"),
    [
        # what follows a clause ahead lies ahead with it
        ("Party elections are set for Wednesday, followed by a full House vote "
         "Thursday.", "2015-10-29"),
        # and one told past is past
        ("The party held its elections on Monday, followed by a full House vote "
         "Thursday.", "2015-10-22"),
    ],
)  # fmt: skip
def test_what_follows_a_clause_is_told_in_its_time(body, thursday):
    assert _values(body, "2015-10-26")["Thursday"] == thursday


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # a gerund after a preposition is told in its clause's time
        ("The mayor has been cooperating with the inquiry, including offering in "
         "August to meet investigators.", "2023-08"),
        ("The mayor will keep cooperating with the inquiry, including meeting "
         "investigators in August.", "2024-08"),
        ("The mayor has stayed popular since taking office in August.", "2023-08"),
        # not after one of purpose or manner: that act may come at another time
        ("The mayor has stayed focused on winning the vote in August.", "2024-08"),
    ],
)  # fmt: skip
def test_dates_a_gerund_after_a_preposition_takes_its_clauses_tense(body, value):
    """Published on Sunday 10 March 2024."""
    assert _values(body, "2024-03-10")["August"] == value
