"""Tests for the Markdown story briefing."""

from __future__ import annotations

import dataclasses
import json

import pytest

from corroborate.brief import (
    NONE_FOUND,
    ONE_OUTLET,
    SINGLE_SOURCE,
    after_shared_start,
    brief_markdown,
    build_brief,
    render_brief,
)
from corroborate.brief.copies import one_text
from corroborate.brief.timeline import (
    _timeline_key,
    readable_date,
    story_timeline,
    told_day,
)
from corroborate.facts import align_facts, check_consistency
from corroborate.records import (
    Article,
    Claim,
    Discrepancy,
    Event,
    Evidence,
    Fact,
    PubDate,
    Quantity,
    Size,
    Span,
    Story,
)

EX = "test.v1"


def _article(
    doc: str, number: int, outlet: str, day: str, dateline: str = ""
) -> Article:
    headline = f"Storm closes the harbour of Peltra for {doc}"
    body = f"{dateline}Officials evacuated {number} families from Peltra on {day}."
    text = f"{headline}\n\n{body}"
    start = text.index("Officials")
    article = Article(
        id=f"{doc}#1",
        document_id=doc,
        text=text,
        outlet=outlet,
        published=PubDate("2022-11-03", "day", "metadata", 1.0),
    )
    quantity = text.index(f"{number} families")
    date_at = text.index(day)
    article.events.append(
        Event(
            Span(start, len(text)),
            "COERCE",
            EX,
            mode="evacuate",
            trigger=Span(text.index("evacuated"), text.index("evacuated") + 9),
            actors=[Span(start, start + 9)],
            recipients=[Span(quantity, quantity + len(str(number)) + 9)],
            date="2022-11-02",
            date_span=Span(date_at, date_at + len(day)),
            size={"evacuated": Size(float(number))},
        )
    )
    article.quantities.append(
        Quantity(
            quantity,
            quantity + len(str(number)) + 9,
            EX,
            value=float(number),
            unit="family",
            linked_to="event:0",
        )
    )
    return article


@pytest.mark.parametrize("numbers", [(120, 300)])
def test_brief_shows_conflict_side_by_side(numbers):
    articles = [
        _article("a", numbers[0], "Coast Daily", "Wednesday"),
        _article("b", numbers[1], "Harbour News", "Wednesday"),
    ]
    story = Story("s1", [a.id for a in articles], title="Storm in Peltra")
    facts, found = align_facts(story, articles)
    for article in articles:
        found += check_consistency(article)
    text = render_brief(story, articles, facts, found)
    assert text.startswith("# Storm in Peltra")
    assert "## Disputes and conflicts" in text
    conflict = text.split("## Disputes and conflicts")[1]
    assert f"{numbers[0]} families" in conflict and f"{numbers[1]} families" in conflict
    assert "Coast Daily" in conflict and "Harbour News" in conflict
    assert "## Timeline" in text and "2022-11-02" in text
    assert "Harbour News" in text.split("## Sources")[1]


def test_brief_names_the_agency_whose_story_an_outlet_runs():
    """A dateline's credit says whose report an article is: the sources, the
    grid's column and each account name the agency beside the outlet."""
    own = _article("a", 120, "Coast Daily", "Wednesday")
    wire = Article(
        id="b#1",
        document_id="b",
        text="Storm closes the harbour\n\nPELTRA (AP) \u2014 Officials evacuated "
        "300 families from Peltra on Wednesday.",
        outlet="Coast Daily",
        published=own.published,
    )
    story = Story("s1", [own.id, wire.id], title="Storm in Peltra")
    facts, found = align_facts(story, [own, wire])
    brief = build_brief(story, [own, wire], facts, found)
    assert [a["wire"] for a in brief["articles"]] == [None, "AP"]
    assert [c["heading"] for c in brief["grid"]["articles"]][-1].endswith("(AP)")
    text = render_brief(story, [own, wire], facts, found)
    sources = text.split("## Sources")[1].split("##")[0]
    assert "Coast Daily (story by AP)" in sources


def test_brief_grid_cells_of_accounts_that_open_alike_show_where_they_part():
    told = {
        "a": "Harbor master Lena Ortiz of Peltra on Friday reopened the port",
        "b": "Harbor master Lena Ortiz of Peltra has yet to reopen the port",
    }
    assert after_shared_start(told) == {
        "a": "\u2026on Friday reopened the port",
        "b": "\u2026has yet to reopen the port",
    }
    short = {"a": "Ortiz reopened the port", "b": "Ortiz closed the port"}
    assert after_shared_start(short) == short  # too few words alike to drop
    within = {"a": "Ortiz reopened the port", "b": "Ortiz reopened the port today"}
    assert after_shared_start(within) == within  # one says no more than the other


def test_brief_counts_an_outlet_s_own_report_and_an_agency_s_it_runs_as_two():
    """An outlet's own article and the agency story it runs are two sources,
    as alignment counts them: no note that one outlet tells the story."""
    own = _article("a", 300, "Coast Daily", "Wednesday")
    wire = _article("b", 300, "Coast Daily", "Wednesday", "PELTRA (AP) \u2014 ")
    story = Story("s1", [own.id, wire.id], title="Storm in Peltra")
    facts, found = align_facts(story, [own, wire])
    brief = build_brief(story, [own, wire], facts, found)
    assert brief["one_outlet"] is None
    assert brief["none_found"] == NONE_FOUND
    alone = _article("b", 300, "Coast Daily", "Wednesday")
    brief = build_brief(story, [own, alone], *align_facts(story, [own, alone]))
    assert brief["one_outlet"] == ONE_OUTLET.format("Coast Daily")


def test_brief_points_an_act_both_tell_to_the_count_they_tell_apart():
    """The evacuation both outlets tell is corroborated, its count is not: the
    act's line says so, so the brief does not seem to corroborate the count."""
    articles = [
        _article("a", 120, "Coast Daily", "Wednesday"),
        _article("b", 300, "Harbour News", "Wednesday"),
    ]
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    brief = build_brief(story, articles, facts, found)
    (conflict,) = brief["discrepancies"]
    act = next(
        f for f in brief["facts"] if f["label"] == "Officials evacuated families"
    )
    day = next(f for f in brief["facts"] if f["label"].startswith("date of"))
    assert act["differs_in"] == [conflict["id"]] and day["differs_in"] == []
    assert f"but see `{conflict['id']}`" in brief_markdown(brief)


@pytest.mark.parametrize("number", [75])
def test_brief_corroborated_without_conflicts(number):
    articles = [
        _article("a", number, "Coast Daily", "Wednesday"),
        _article("b", number, "Harbour News", "Wednesday"),
    ]
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    text = render_brief(story, articles, facts, found)
    disputes = text.split("## Disputes and conflicts")[1].split("## ")[0]
    assert disputes.strip() == NONE_FOUND  # no conflict, and what that means
    corroborated = text.split("## Corroborated facts")[1]
    assert f"{number} families" in corroborated


def test_brief_grid_heads_one_outlets_articles_by_their_days():
    articles = [
        _article("a", 120, "Coast Daily", "Wednesday"),
        _article("b", 120, "Harbour News", "Wednesday"),
        _article("c", 120, "Coast Daily", "Wednesday"),
    ]
    articles[2] = dataclasses.replace(
        articles[2], published=PubDate("2024-03-09", "day", "metadata", 1.0)
    )
    first_day = articles[0].published.value
    assert _headings(articles) == [
        f"Coast Daily {first_day}",
        "Harbour News",
        "Coast Daily 2024-03-09",
    ]
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    assert "| Coast Daily 2024-03-09 |" in render_brief(story, articles, facts, found)


def _headings(articles: list[Article]) -> list[str]:
    """The who-says-what grid's column headings for a story of ``articles``."""
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    return [
        a["heading"]
        for a in build_brief(story, articles, facts, found)["grid"]["articles"]
    ]


def test_brief_grid_heads_one_outlets_articles_of_one_day_by_their_headlines():
    articles = [
        dataclasses.replace(_article(doc, 120, "Coast Daily", "Wednesday"), title=title)
        for doc, title in (("a", "Ferry sinks off the cape"),
                           ("c", "Rescuers search the bay for survivors of the ferry"))
    ]  # fmt: skip
    day = articles[0].published.value
    assert _headings(articles) == [
        f"Coast Daily {day}: Ferry sinks off the cape",
        f"Coast Daily {day}: Rescuers search the bay for\u2026",
    ]


@pytest.mark.parametrize(("numbers", "marks"), [((120, 300), ("120 families", "300 families")),
                                               ((75, 75), ("agrees", "agrees"))])  # fmt: skip
def test_brief_grid_shows_who_says_what(numbers, marks):
    articles = [
        _article("a", numbers[0], "Coast Daily", "Wednesday"),
        _article("b", numbers[1], "Harbour News", "Wednesday"),
    ]
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    grid = build_brief(story, articles, facts, found)["grid"]
    assert [a["outlet"] for a in grid["articles"]] == ["Coast Daily", "Harbour News"]
    row = next(r for r in grid["rows"] if "famil" in r["label"])
    cells = [row["cells"][a.id] for a in articles]
    if marks == ("agrees", "agrees"):
        assert [c["mark"] for c in cells] == ["agrees", "agrees"]
        assert row["valued"]  # a count shows how each article words it
    else:
        assert [(c["mark"], c["value"]) for c in cells] == [
            ("differs", m) for m in marks
        ]
    table = render_brief(story, articles, facts, found).split("## Who says what")[1]
    assert "| | Coast Daily | Harbour News |" in table


# -- ranking, sections and decisions, on hand-made records -----------------------

TEXT = (
    "Dam breaks above Orvel\n\n"
    "Water reached the square by noon. Forty homes were flooded. "
    "The dam was built in 1951."
)


def _said(article: str, words: str) -> Evidence:
    start = TEXT.index(words)
    return Evidence(article, Span(start, start + len(words)), value=words)


def _hand_made() -> tuple[Story, list[Article], list[Fact], list[Discrepancy]]:
    articles = [
        Article(id=f"{d}#1", document_id=d, text=TEXT, outlet=o, input_id=f"{d}.txt",
                published=PubDate("2023-04-02", "day", "metadata", 1.0))
        for d, o in (("p", "Valley Post"), ("q", "Orvel Radio"))
    ]  # fmt: skip
    for article in articles:  # the news on 1 April, and the dam's building
        for words, date in (
            ("Water reached the square", "2023-04-01"),
            ("The dam was built in 1951", "1951"),
        ):
            at = _said(article.id, words).span
            article.events.append(Event(at, "OCCUR", EX, date=date))  # fmt: skip
    both = [_said("p#1", "Forty homes were flooded"), _said("q#1", "Forty homes")]
    facts = [
        Fact("f1", "s9", "event", "FLOOD", "corroborated", both,
             label="Forty homes flooded", confidence=0.7, importance=0.4),
        Fact("f2", "s9", "event", "FLOOD reach", "corroborated",
             [_said("p#1", "Water reached the square"), _said("q#1", "by noon")],
             label="Water reached the square by noon", confidence=0.9, importance=0.8),
        Fact("f3", "s9", "event", "BUILD", "corroborated",
             [dataclasses.replace(_said(a, "The dam was built in 1951"), event=1)
              for a in ("p#1", "q#1")],
             label="The dam was built in 1951", confidence=0.9, background=True),
        Fact("f4", "s9", "event", "FLOOD", "single-source", [_said("q#1", "by noon")],
             label="It happened by noon", confidence=0.5),
        Fact("f5", "s9", "event", "AGREE sign", "rejected", both, decision="reject"),
    ]  # fmt: skip
    found = [
        Discrepancy("d1", "s9", "conflicting", "homes", both, note="40 vs 45",
                    label="40 vs 45 homes flooded", confidence=0.6),
        Discrepancy("d2", "s9", "superseded", "square", both,
                    label="Water expected at the square, then there", confidence=0.9,
                    decision="reject"),
    ]  # fmt: skip
    story = Story("s9", ["p#1", "q#1"], title="Dam breaks above Orvel")
    return story, articles, facts, found


def test_brief_leads_with_discrepancies_then_facts_by_importance():
    brief = build_brief(*_hand_made())
    assert [d["id"] for d in brief["discrepancies"]] == ["d1"]  # d2 was rejected
    assert [f["id"] for f in brief["facts"]] == ["f2", "f1"]
    assert brief["hidden"] == {"single_source": 1, "background": 1, "rejected": 2}
    assert "background" not in brief and "single_source" not in brief
    (first, second) = brief["facts"][1]["evidence"]
    assert (first["outlet"], first["input_id"], first["published"]) == (
        "Valley Post",
        "p.txt",
        "2023-04-02",
    )
    assert second["text"] == "Forty homes"
    text = brief_markdown(brief)
    order = [text.index(s) for s in ("## Sources", "## Disputes and conflicts",
                                     "## Corroborated facts", "Not shown:")]  # fmt: skip
    assert order == sorted(order)
    assert text.index("Water reached the square by noon") < text.index(
        "Forty homes flooded"
    )
    assert "**40 vs 45 homes flooded** [conflicting, confidence 0.60]" in text
    assert "(Valley Post, Orvel Radio)" in text
    assert "“**Forty homes** were flooded.”" in text  # two words: in their sentence
    assert "1951" not in text.split("## Corroborated facts")[1].split("Not shown")[0]
    assert "Not shown: 1 single-source, 1 background, 2 rejected" in text
    assert [row["date"] for row in brief["timeline"]] == ["2023-04-01"]
    (row,) = brief["timeline"]
    # both articles carry the same sentence: one telling, listed with both
    (account,) = row["accounts"]
    assert (account["article_id"], account["also_in"]) == ("p#1", ["q#1"])


def test_brief_all_keeps_background_single_source_and_rejected_apart():
    brief = build_brief(*_hand_made(), include_all=True)
    assert [f["id"] for f in brief["background"]] == ["f3"]
    assert [f["id"] for f in brief["single_source"]] == ["f4"]
    assert [r["id"] for r in brief["rejected"]] == ["f5", "d2"]
    assert [row["date"] for row in brief["background_timeline"]] == ["1951"]
    assert [row["date"] for row in brief["timeline"]] == ["2023-04-01"]
    assert brief["hidden"] == {}
    text = brief_markdown(brief)
    background = text.split("## Background\n")[1].split("## ")[0]
    assert "The dam was built in 1951" in background
    earlier = text.split("## Background timeline")[1].split("## ")[0]
    assert (
        "**1951**" in earlier
        and "1951" not in text.split("## Timeline")[1].split("## ")[0]
    )
    rejected = text.split("## Rejected by a user")[1]
    assert "AGREE sign" in rejected and "rejected by a user" in rejected
    assert "Not shown" not in text
    assert json.loads(json.dumps(brief)) == brief  # --json prints it as it is


def test_brief_confirmed_single_source_fact_leads():
    story, articles, facts, found = _hand_made()
    facts[3].decision, facts[3].confidence = "confirm", 1.0
    brief = build_brief(story, articles, facts, found)
    assert [f["id"] for f in brief["facts"]] == ["f2", "f1", "f4"]
    assert "confirmed by a user" in brief_markdown(brief)


def test_brief_an_event_dated_before_the_story_is_background_timeline():
    article = _article("a", 120, "Outlet A", "Wednesday")
    text = article.text + " In 1998 the old dam had flooded Peltra."
    article = dataclasses.replace(article, text=text)
    at = text.index("In 1998")
    article.events.append(
        Event(
            Span(at, len(text)),
            "ASSAULT",
            EX,
            trigger=Span(at + 20, at + 27),
            date="1998",
            date_span=Span(at + 3, at + 7),
        )  # fmt: skip
    )
    story = Story("s1", [article.id])
    facts, found = align_facts(story, [article])
    brief = build_brief(story, [article], facts, found, include_all=True)
    assert [row["date"] for row in brief["timeline"]] == ["2022-11-02"]
    assert [row["date"] for row in brief["background_timeline"]] == ["1998"]


def test_brief_timeline_orders_a_week_by_its_monday_and_names_a_part_of_day():
    story, articles, facts, found = _hand_made()
    p = articles[0]
    for words, when in (("Forty homes were flooded", "2023-04-01TNI"),
                        ("by noon", "2023-W13")):  # fmt: skip
        at = _said(p.id, words).span
        p.events.append(Event(at, "OCCUR", EX, date=when))
    brief = build_brief(story, articles, facts, found)
    # week 13 of 2023 starts on Monday 27 March: before 1 April, not after it
    assert [row["date"] for row in brief["timeline"]] == [
        "2023-W13", "2023-04-01", "2023-04-01TNI"
    ]  # fmt: skip
    timeline = brief_markdown(brief).split("## Timeline")[1]
    assert "**2023-04-01 night**" in timeline and "TNI" not in timeline


def test_a_weekend_sorts_after_the_days_of_its_week():
    values = ["2019-06-22", "2019-W25-WE", "2019-06-20", "2019-W25", "2019-06-24"]
    assert sorted(values, key=_timeline_key) == [
        "2019-W25", "2019-06-20", "2019-06-22", "2019-W25-WE", "2019-06-24"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2018-FA", "2018 fall"), ("2023-04-01TMO", "2023-04-01 morning"),
     ("2022-W51", "week of 2022-12-19"), ("2023-04-01", "2023-04-01"),
     ("2013-W14-WE", "weekend of 2013-04-06"), ("2020-W54", "2020-W54"),
     ("201X", "the 2010s"),
     ("XXXX-WXX-2", "a Tuesday, week unknown"),
     ("XXXX-WXX-2TMO", "a Tuesday morning, week unknown"),
     ("XXXX-03-02", "2 March, year unknown"), ("XXXX-10", "October, year unknown"),
     ("XXXX-13", "XXXX-13")],
)  # fmt: skip
def test_readable_date_names_parts_of_day_seasons_weeks_and_unknown_years(value, shown):
    assert readable_date(value) == shown


def test_brief_lists_a_dispute_one_report_tells_apart():
    text = (
        "Port strike enters its second week\n\n"
        "The union said a guard had been injured during the strike, which the "
        "ministry denied."
    )
    article = Article(
        id="a#1",
        document_id="a",
        text=text,
        outlet="Coast Daily",
        published=PubDate("2022-11-03", "day", "metadata", 1.0),
    )
    content = Span(text.index("a guard"), text.index(" during"))
    article.claims += [
        Claim(Span(text.index("said"), text.index("said") + 4), content, EX,
              source=Span(text.index("The union"), text.index(" said")),
              according_to="The union"),
        Claim(Span(text.index("denied"), text.index("denied") + 6), content, EX,
              source=Span(text.index("the ministry"), text.index(" denied")),
              according_to="the ministry", stance="denies"),
    ]  # fmt: skip
    story = Story("s1", [article.id], title="Port strike")
    facts, found = align_facts(story, [article])
    assert not found  # the outlets do not disagree: one outlet tells both
    brief = build_brief(story, [article], facts, found)
    (dispute,) = brief["reported_disputes"]
    assert {(e["according_to"], e["stance"]) for e in dispute["evidence"]} >= {
        ("The union", "asserts"),
        ("the ministry", "denies"),
    }
    rendered = render_brief(story, [article], facts, found)
    assert "## Disputes and conflicts" not in rendered
    assert "denied by the ministry" in rendered.split("## Disputes one report tells")[1]
    # about earlier events too: a dispute is shown, not hidden as background
    earlier = [dataclasses.replace(f, background=f.status == "disputed") for f in facts]
    brief = build_brief(story, [article], earlier, found, include_all=True)
    assert [f["id"] for f in brief["reported_disputes"]] == [dispute["id"]]
    assert dispute["id"] not in [f["id"] for f in brief["background"]]


def test_a_denial_every_outlet_tells_reads_as_no_dispute():
    """Two outlets quote the ministry denying the same thing: a corroborated
    fact, its accounts not marked "(denies)" as a dispute's side would be."""
    articles = []
    for doc, outlet in (("a", "Coast Daily"), ("b", "Harbour News")):
        text = (
            "Port strike enters its second week\n\n"
            "The ministry denied that a guard had been injured during the strike "
            "at the northern terminal."
        )
        article = Article(id=f"{doc}#1", document_id=doc, text=text, outlet=outlet,
                          published=PubDate("2022-11-03", "day", "metadata", 1.0))  # fmt: skip
        cue = Span(text.index("denied"), text.index("denied") + 6)
        content = Span(text.index("that a guard"), len(text) - 1)
        article.claims.append(
            Claim(cue, content, EX, source=Span(text.index("The ministry"), cue.start - 1),
                  according_to="The ministry", stance="denies")
        )  # fmt: skip
        articles.append(article)
    story = Story("s1", [a.id for a in articles], title="Port strike")
    facts, found = align_facts(story, articles)
    told = [f for f in facts if f.status == "corroborated"]
    assert told and not found, [(f.label, f.status) for f in facts]
    rendered = render_brief(story, articles, facts, found)
    corroborated = rendered.split("## Corroborated facts")[1].split("\n## ")[0]
    assert "The ministry" in corroborated and "(denies)" not in corroborated, rendered


def _flooded(doc: str, text: str, published: str, date: str, written: str) -> Article:
    """An article whose first sentence tells the old dam flooded, dated ``date``
    as ``written``."""
    article = Article(id=f"{doc}#1", document_id=doc, text=text, outlet="Valley Post",
                      published=PubDate(published, "day", "metadata", 1.0))  # fmt: skip
    dam, flooded = text.lower().index("the old dam"), text.index("flooded")
    at = text.index(written)
    article.events.append(
        Event(
            Span(0, text.index(".") + 1),
            "OCCUR",
            EX,
            trigger=Span(flooded, flooded + len("flooded")),
            actors=[Span(dam, dam + len("the old dam"))],
            date=date,
            date_span=Span(at, at + len(written)),
        )  # fmt: skip
    )
    return article


def test_brief_timeline_says_what_happened_on_each_date():
    text = "In 1998 the old dam flooded Peltra. It was rebuilt."
    article = _flooded("t", text, "2023-04-02", "1998", "1998")
    story = Story("s1", [article.id])
    brief = build_brief(story, [article], [], [], include_all=True)
    (row,) = brief["background_timeline"]
    assert [a["what"] for a in row["accounts"]] == ["the old dam flooded"]
    assert "the old dam flooded (1998): “In 1998 the old dam" in brief_markdown(brief)


def _mayor_says(article: Article, cue: str) -> None:
    """The mayor's claim at ``cue``: that the old dam flooded, to the end of
    the sentence."""
    text = article.text
    at, content = text.index(cue), text.index("the old dam")
    article.claims.append(
        Claim(
            Span(at, at + len(cue)),
            Span(content, len(text) - 1),
            EX,
            source=Span(0, len("The mayor")),
            according_to="The mayor",
        )  # fmt: skip
    )


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The mayor said on Monday that the old dam flooded Peltra.", True),
        ("The mayor said that the old dam flooded Peltra on Monday.", False),
    ],
)
def test_brief_timeline_says_when_a_day_is_the_report_s(text, reported):
    article = _flooded("t", text, "2023-04-04", "2023-04-03", "Monday")
    _mayor_says(article, "said")
    brief = build_brief(Story("s1", [article.id]), [article], [], [])
    (row,) = brief["timeline"]
    assert [a["reported"] for a in row["accounts"]] == [reported]
    # then or before, as its teller told it that day
    shown = "the old dam flooded (The mayor said Monday)"
    assert (shown in brief_markdown(brief)) is reported


def test_brief_timeline_takes_no_report_s_day_from_another_sentence():
    """An act a claim tells, dated by a day another sentence writes ("The
    flood on Monday ..."), is dated by that day, not by the claim's report."""
    text = "The mayor said that the old dam flooded Peltra. The flood on Monday hit it."
    article = _flooded("t", text, "2023-04-04", "2023-04-03", "Monday")
    said, content = text.index("said"), text.index("the old dam")
    article.claims.append(
        Claim(
            Span(said, said + 4),
            Span(content, text.index(".")),
            EX,
            source=Span(0, len("The mayor")),
            according_to="The mayor",
        )  # fmt: skip
    )
    brief = build_brief(Story("s1", [article.id]), [article], [], [])
    (row,) = brief["timeline"]
    assert [a["reported"] for a in row["accounts"]] == [False]


def test_brief_timeline_tells_an_act_and_what_was_said_with_it_once():
    """ "The mayor toured Peltra on Monday, saying the old dam flooded it.":
    the tour is Monday's own act, the flood what the mayor said that day;
    the sentence is one account, the tour's."""
    text = "The mayor toured Peltra on Monday, saying the old dam flooded it."
    article = _flooded("t", text, "2023-04-04", "2023-04-03", "Monday")
    toured = text.index("toured")
    tour = dataclasses.replace(
        article.events[0],
        type="CONSULT",
        trigger=Span(toured, toured + len("toured")),
        actors=[Span(0, len("The mayor"))],
    )
    article.events.insert(0, tour)
    _mayor_says(article, "saying")
    brief = build_brief(Story("s1", [article.id]), [article], [], [])
    (row,) = brief["timeline"]
    (account,) = row["accounts"]
    assert not account["reported"] and account["what"].startswith("The mayor toured")


def test_brief_timeline_tells_a_sentence_two_copies_carry_once():
    text = "The old dam flooded Peltra on Monday. It was rebuilt."
    # one wire story, carried twice
    copies = [
        _flooded(d, text, "2023-04-05", "2023-04-03", "Monday") for d in ("w1", "w2")
    ]
    brief = build_brief(Story("s1", [a.id for a in copies]), copies, [], [])
    (row,) = brief["timeline"]
    (account,) = row["accounts"]
    assert (account["article_id"], account["also_in"]) == ("w1#1", ["w2#1"])
    assert "`w1#1` `w2#1`" in brief_markdown(brief)


def test_brief_timeline_tells_a_sentence_of_two_events_of_one_day_once():
    text = "The old dam flooded Peltra on Monday and crews closed the road. It was rebuilt."
    article = _flooded("t", text, "2023-04-05", "2023-04-03", "Monday")
    closed, crews = text.index("closed"), text.index("crews")
    flood = article.events[0]
    article.events.append(
        dataclasses.replace(
            flood,
            trigger=Span(closed, closed + len("closed")),
            actors=[Span(crews, crews + len("crews"))],
        )
    )
    brief = build_brief(Story("s1", [article.id]), [article], [], [])
    (row,) = brief["timeline"]
    (account,) = row["accounts"]
    whats = account["what"].split("; ")
    assert len(whats) == 2 and whats[0] == "The old dam flooded"
    assert "crews closed" in whats[1]
    assert brief_markdown(brief).count("“The old dam flooded Peltra") == 1
    # a copy of the wire story is that telling again, not another one
    copy = dataclasses.replace(article, id="u#1", document_id="u", outlet="Hill News")
    brief = build_brief(Story("s1", [article.id, copy.id]), [article, copy], [], [])
    (row,) = brief["timeline"]
    (account,) = row["accounts"]
    assert account["also_in"] == ["u#1"]


def test_brief_timeline_tells_a_sentence_an_outlet_runs_again_on_its_first_day():
    text = "The old dam flooded Peltra on Monday. It was rebuilt."
    # a wire update a week later repeats the paragraph: its "Monday" is the
    # first report's
    first = _flooded("w1", text, "2023-04-05", "2023-04-03", "Monday")
    again = _flooded("w2", text, "2023-04-12", "2023-04-10", "Monday")
    brief = build_brief(Story("s1", [first.id, again.id]), [again, first], [], [])
    (row,) = brief["timeline"]
    assert row["date"] == "2023-04-03"
    (account,) = row["accounts"]
    assert (account["article_id"], account["also_in"]) == ("w1#1", ["w2#1"])


def test_brief_timeline_leaves_out_what_might_happen_and_marks_what_is_expected():
    text = (
        "The council will vote on Friday. It could close the dam in 2030. "
        "In 2013 the town agreed to build it."
    )
    article = Article(id="m#1", document_id="m", text=text, outlet="Valley Post",
                      published=PubDate("2023-04-05", "day", "metadata", 1.0))  # fmt: skip
    for word, date, modality in (("vote", "2023-04-07", "future"),
                                 ("close", "2030", "hypothetical"),
                                 ("build", "2013", "future")):  # fmt: skip
        at = text.index(word)
        start = text.rfind(". ", 0, at) + 1
        sentence = Span(start + (start > 0), text.index(".", at) + 1)
        article.events.append(Event(sentence, "OCCUR", EX,
                                    trigger=Span(at, at + len(word)), date=date,
                                    modality=modality))  # fmt: skip
    brief = build_brief(Story("s1", [article.id]), [article], [], [], include_all=True)
    assert [row["date"] for row in brief["background_timeline"]] == ["2013"]
    assert [row["date"] for row in brief["timeline"]] == ["2023-04-07"]
    text = brief_markdown(brief)
    # a bare verb reads in its sentence
    assert "The council will vote on Friday, expected (" in text
    assert "In 2013 the town agreed to build it (2013)" in text


def _told(outlet: str, article: str, text: str, passage: str) -> dict:
    start = text.index(passage)
    return {"outlet": outlet, "article_id": article, "text": passage,
            "span": {"start": start, "end": start + len(passage)}}  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        # one wording but for a word: one outlet copied the other
        ("In a private meeting Monday, the mayor fumed at aides about the budget cuts.",
         "In a private meeting Monday, the mayor fumed to aides about the budget cuts.",
         True),
        # the same words, quoted: two outlets quoting one speaker
        ('"In a private meeting Monday, the mayor fumed at aides about the cuts."',
         '"In a private meeting Monday, the mayor fumed at aides about the cuts."',
         False),
        # one fact told in two wordings: two reports
        ("In a private meeting Monday, the mayor fumed at aides about the budget cuts.",
         "The mayor, meeting aides privately on Monday, raged over the planned cuts.",
         False),
    ],
)  # fmt: skip
def test_a_fact_two_outlets_tell_in_one_text_says_so(first, second, alike):
    row = {"evidence": [_told("A", "a#1", first, first.strip('"')),
                        _told("B", "b#1", second, second.strip('"'))]}  # fmt: skip
    assert one_text(row, {"a#1": first, "b#1": second}) == alike


def test_brief_shows_a_whole_quotation_in_one_pair_of_marks():
    quotation = (
        "\u201cThe harbour of Peltra stays shut until the storm has passed.\u201d"
    )
    articles = [
        _article("a", 120, "Coast Daily", "Wednesday"),
        _article("b", 120, "Harbour News", "Wednesday"),
    ]
    for article in articles:
        article.text += f"\n\n{quotation}"
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    text = render_brief(story, articles, facts, found)
    assert "\u201cThe harbour of Peltra stays shut" in text
    assert "\u201c\u201c" not in text and "\u201d\u201d" not in text


def test_brief_tells_the_overlapping_accounts_of_one_article_once():
    articles = [
        _article("a", 75, "Coast Daily", "Wednesday"),
        _article("b", 75, "Harbour News", "Wednesday"),
    ]
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    (line,) = [f for f in facts if "75 families" in (f.label or "")]
    assert len(line.evidence) > 2  # the number and the act, in each article
    brief = build_brief(story, articles, facts, found)
    (row,) = [r for r in brief["facts"] if r["id"] == line.id]
    sentence = "Officials evacuated 75 families from Peltra on Wednesday."
    assert [(e["article_id"], e["text"]) for e in row["evidence"]] == [
        ("a#1", sentence),
        ("b#1", sentence),
    ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\u201c The port stays shut until May .", "\u201cThe port stays shut until May .\u201d"),
        ('" The port stays shut', "\u201cThe port stays shut\u201d"),
        ("stays shut until May , \u201d she said .", "\u201cstays shut until May , \u201d she said .\u201d"),
        ("until May .\u201d", "\u201cuntil May .\u201d"),
        ("\u201cThe port\u201d stays shut", "\u201c\u201cThe port\u201d stays shut\u201d"),
    ],
)  # fmt: skip
def test_brief_quotes_evidence_without_a_mark_it_does_not_pair(text, shown):
    from corroborate.brief import _quote

    assert _quote(text) == shown


def test_brief_grid_tells_near_duplicate_copies_in_one_column():
    from corroborate.brief import _grid

    articles = [
        Article(id=f"{d}#1", document_id=d, text="x", outlet=outlet)
        for d, outlet in (
            ("a", "Coast Daily"),
            ("b", "Coast Daily"),
            ("c", "Harbour News"),
        )
    ]
    item = {"id": "f1", "status": "corroborated", "kind": "sentence", "label": "l",
            "about": "l", "evidence": [
                {"article_id": "b#1", "stance": "asserts", "value": None, "text": "t"},
                {"article_id": "c#1", "stance": "asserts", "value": None, "text": "t"}]}  # fmt: skip
    grid = _grid(articles, [item], [["a#1", "b#1"]])
    assert [c["heading"] for c in grid["articles"]] == ["Coast Daily", "Harbour News"]
    assert set(grid["rows"][0]["cells"]) == {"a#1", "c#1"}  # the copy's, in its column


@pytest.mark.parametrize("facts", [12, 14])
def test_brief_grid_says_how_many_facts_it_leaves_out(facts):
    from corroborate.brief import GRID_MORE, MAX_GRID_ROWS, _grid, _grid_section

    articles = [
        Article(id=f"{d}#1", document_id=d, text="x", outlet=outlet)
        for d, outlet in (("a", "Coast Daily"), ("b", "Harbour News"))
    ]
    items = [{"id": f"f{i}", "status": "corroborated", "kind": "sentence", "label": "l",
              "about": "l", "evidence": [
                  {"article_id": d, "stance": "asserts", "value": None, "text": "t"}
                  for d in ("a#1", "b#1")]} for i in range(facts)]  # fmt: skip
    grid = _grid(articles, items)
    more = facts - MAX_GRID_ROWS
    assert len(grid["rows"]) == MAX_GRID_ROWS and grid["more"] == more
    assert (GRID_MORE.format(more) in _grid_section(grid)) is (more > 0)


@pytest.mark.parametrize("also_an_event", [False, True])
def test_brief_timeline_tells_an_act_no_event_types_once(also_an_event):
    from corroborate.records import Act

    text = "The council published the harbour plan on Monday."
    article = Article(id="p#1", document_id="p", text=text, outlet="Coast Daily",
                      published=PubDate("2023-04-05", "day", "metadata", 1.0))  # fmt: skip
    trigger = Span(text.index("published"), text.index("published") + 9)
    day = Span(text.index("Monday"), text.index("Monday") + 6)
    article.acts.append(Act(Span(0, len(text)), trigger, "publish", EX,
                            actors=[Span(0, 11)], date="2023-04-03", date_span=day))  # fmt: skip
    if also_an_event:
        article.events.append(Event(Span(0, len(text)), "CONSULT", EX, trigger=trigger,
                                    date="2023-04-03", date_span=day))  # fmt: skip
    brief = build_brief(Story("s1", [article.id]), [article], [], [])
    (row,) = brief["timeline"]
    assert row["date"] == "2023-04-03"
    assert row["events"] == (["CONSULT"] if also_an_event else ["publish"])
    assert len(row["accounts"]) == 1


def test_brief_timeline_tells_one_act_read_twice_from_its_sentence_once():
    """An event of a noun and an act of the verb before it, one read with
    what it is done for ("the council will push for a harbour plan", "the
    council will push"), told as expected or not: one account, in the longer
    words, expected."""
    from corroborate.records import Act

    text = "Mayor Ortiz said Monday the council will push for a harbour plan."
    article = Article(id="p#1", document_id="p", text=text, outlet="Coast Daily",
                      published=PubDate("2023-04-03", "day", "metadata", 1.0))  # fmt: skip
    push = Span(text.index("push"), text.index("push") + 4)
    plan = Span(text.index("a harbour plan"), len(text) - 1)
    council = Span(text.index("the council"), text.index("the council") + 11)
    day = Span(text.index("Monday"), text.index("Monday") + 6)
    noun = Span(text.index("plan."), text.index("plan.") + 4)
    article.events.append(Event(Span(0, len(text)), "CONSULT", EX, trigger=noun,
                                actors=[council], recipients=[plan],
                                date="2023-04-03", date_span=day))  # fmt: skip
    article.acts.append(Act(Span(0, len(text)), push, "push", EX, actors=[council],
                            date="2023-04-03", date_span=day,
                            modality="future"))  # fmt: skip
    brief = build_brief(Story("s1", [article.id]), [article], [], [])
    (row,) = brief["timeline"]
    (account,) = row["accounts"]
    assert account["what"].endswith("will push for a harbour plan"), account["what"]
    assert account["expected"]


@pytest.mark.parametrize(
    ("outlets", "said"),
    [(("Coast Daily", "Harbour News"), True), (("Coast Daily", "Coast Daily"), False)],
)
def test_a_brief_says_what_single_source_means_where_outlets_could_match(outlets, said):
    """Where several outlets tell a story, "single-source" means no other
    outlet's words were matched, not that no other outlet tells it."""
    articles = [
        _article(doc, 120, outlet, "Wednesday")
        for doc, outlet in zip("ab", outlets, strict=True)
    ]
    story = Story("s1", [a.id for a in articles], title="Storm in Peltra")
    brief = build_brief(story, articles, *align_facts(story, articles))
    assert (brief["single_source_hint"] == SINGLE_SOURCE) == said
    brief["hidden"]["single_source"] = 2
    assert (SINGLE_SOURCE in brief_markdown(brief)) == said
    brief["hidden"]["single_source"] = 0
    assert SINGLE_SOURCE not in brief_markdown(brief)


@pytest.mark.parametrize(
    ("outlets", "numbers", "said"),
    [(("Coast Daily", "Harbour News"), (120, 120), True),
     (("Coast Daily", "Coast Daily"), (120, 120), False),  # one outlet
     (("Coast Daily", "Harbour News"), (120, 300), False)],  # a conflict shown
)  # fmt: skip
def test_a_brief_says_what_no_disagreement_found_means(outlets, numbers, said):
    articles = [
        _article(doc, number, outlet, "Wednesday")
        for doc, number, outlet in zip("ab", numbers, outlets, strict=True)
    ]
    story = Story("s1", [a.id for a in articles], title="Storm in Peltra")
    facts, found = align_facts(story, articles)
    text = render_brief(story, articles, facts, found)
    assert (NONE_FOUND in text) == said
    assert (
        build_brief(story, articles, facts, found)["none_found"] is not None
    ) == said


@pytest.mark.parametrize(
    ("outlets", "said"),
    [(("Coast Daily", "Coast Daily"), True),  # one outlet, two articles
     (("Coast Daily", "Harbour News"), False)],
)  # fmt: skip
def test_a_brief_says_why_one_outlets_story_has_no_corroborated_fact(outlets, said):
    articles = [
        _article(doc, 120, outlet, "Wednesday")
        for doc, outlet in zip("ab", outlets, strict=True)
    ]
    story = Story("s1", [a.id for a in articles], title="Storm in Peltra")
    facts, found = align_facts(story, articles)
    text = render_brief(story, articles, facts, found)
    assert (ONE_OUTLET.format("Coast Daily") in text) == said


COPIED = (
    "The president wants the full $25 billion upfront and does not understand why "
    "Congress is going to supply him funds in a piecemeal fashion, even though that "
    "is how the spending process typically works."
)


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        # a paragraph copied whole ("via Politico"), the senator's quote with it
        (f"{COPIED}\n\n“He is focused on border security,” said Sen. Ann Lee.",
         f"Here is the report (via Politico):\n\n{COPIED}\n\n“He is focused on "
         "border security,” said Sen. Ann Lee.", True),
        # one long quote, each outlet in its own words around it
        ("“I do know that the most important issue confronting the future of our "
         "country is our deficit and our debt, and we are hoping for seriousness "
         "from the president on spending,” Sen. Ann Lee said on Monday.",
         "Speaking to reporters in the Capitol, the senator, a Republican, "
         "repeated: “I do know that the most important issue confronting the "
         "future of our country is our deficit and our debt, and we are hoping "
         "for seriousness from the president on spending.”", False),
    ],
)  # fmt: skip
def test_a_quote_in_a_copied_stretch_is_told_in_one_text(first, second, alike):
    passage = "He is focused" if "focused" in first else "I do know that"
    row = {"evidence": [_told("A", "a#1", first, passage),
                        _told("B", "b#1", second, passage)]}  # fmt: skip
    assert one_text(row, {"a#1": first, "b#1": second}) == alike


def test_brief_shows_who_someone_is_apart_from_what_happened():
    """A party or office line both outlets write ("Mayor Ann Lee") is listed
    under its own heading, not among the corroborated facts of what happened."""
    story, articles, facts, found = _hand_made()
    facts.append(
        Fact("f6", "s9", "office", "office of Ann Lee", "corroborated",
             [_said("p#1", "Water reached the square"), _said("q#1", "by noon")],
             label="office of Ann Lee: Mayor Ann Lee", confidence=0.9)
    )  # fmt: skip
    brief = build_brief(story, articles, facts, found)
    assert "f6" in [f["id"] for f in brief["facts"]]  # the data keeps every line
    text = brief_markdown(brief)
    happened = text.split("## Corroborated facts")[1].split("## ")[0]
    who = text.split("## Who is who, as the outlets agree")[1].split("## ")[0]
    assert "Mayor Ann Lee" in who and "Mayor Ann Lee" not in happened
    assert "Water reached the square by noon" in happened


def test_brief_grid_row_of_values_names_what_is_valued():
    """A corroborated count's row says what is counted; its cells give each
    outlet's value, so the row is not its label cut short ("…15 mil…")."""
    story, articles, facts, found = _hand_made()
    both = [_said("p#1", "Forty homes"), _said("q#1", "Forty homes")]
    facts.append(
        Fact("f7", "s9", "number", "number of homes, flooded", "corroborated", both,
             label="number of homes, flooded: …Forty homes were flooded. The dam…",
             confidence=0.9, importance=5.0)
    )  # fmt: skip
    grid = build_brief(story, articles, facts, found)["grid"]
    (row,) = [r for r in grid["rows"] if r["id"] == "f7"]
    assert row["label"] == "number of homes, flooded"
    assert {c["value"] for c in row["cells"].values()} == {"Forty homes"}


@pytest.mark.parametrize(
    ("date_text", "teller", "shown"),
    [
        ("Monday", "Mr. Hale", "Mr. Hale said Monday"),
        ("Last April", "the ministry", "the ministry said last April"),
        ("2017", None, "said in 2017"),
        ("March 2020", "Ms. Reyes", "Ms. Reyes said in March 2020"),
        ("Good Friday", "Ms. Reyes", "Ms. Reyes said Good Friday"),
    ],
)
def test_a_day_of_a_report_names_who_said_it_then(date_text, teller, shown):
    account = {"date_text": date_text, "reported": True, "reported_by": teller}
    assert told_day(account) == shown
    assert told_day({**account, "reported": False}) == date_text


def test_a_day_inside_a_quote_signed_after_it_is_the_act_s():
    text = '"The old dam flooded Peltra on Monday," the mayor said Tuesday.'
    article = _flooded("q", text, "2023-04-05", "2023-04-03", "Monday")
    said = text.index("said")
    article.claims.append(
        Claim(
            Span(said, said + 4),
            Span(0, text.index(" the mayor")),
            EX,
            source=Span(text.index("the mayor"), said - 1),
            according_to="The mayor",
        )  # fmt: skip
    )
    brief = build_brief(Story("s1", [article.id]), [article], [], [])
    (row,) = brief["timeline"]
    assert [a["reported"] for a in row["accounts"]] == [False]
    assert "The old dam flooded (Monday)" in brief_markdown(brief)


def test_a_line_two_outlets_tell_in_the_same_words_says_it_may_be_one_report():
    """Not "told in one text", which reads as if one outlet told it."""
    from corroborate.brief import _standing

    item = {"status": "corroborated", "kind": "quote", "confidence": 0.95,
            "outlets": ["CNN", "New York Post"], "one_text": True}  # fmt: skip
    assert _standing(item) == (
        "[corroborated, confidence 0.95, same words: maybe one report] "
        "(CNN, New York Post)"
    )


def test_a_single_source_line_two_outlets_run_says_it_is_one_report():
    """An outlet running another's paragraphs, naming it, runs its report: the
    line is single-source though it names both outlets, and the brief says why
    (a reader took the two outlets for a mistake in the status)."""
    quay = "The harbour board closed the old quay on Monday after a storm."

    def article(doc: str, outlet: str, text: str) -> Article:
        return Article(id=f"{doc}#1", document_id=doc, text=text, outlet=outlet)

    articles = [
        article("a", "Coast Daily", f"{quay}\n\nThe mayor was away."),
        article("b", "Harbour News",
                f"The board acted fast ( via Coast Daily ) :\n\n{quay}\n\n"
                "Crews came on Tuesday."),
    ]  # fmt: skip
    story = Story("s1", [a.id for a in articles], title="Quay shut")
    facts, found = align_facts(story, articles)
    brief = build_brief(story, articles, facts, found, include_all=True)
    rows = {row["label"]: row for row in brief["single_source"]}
    (run,) = [row for label, row in rows.items() if "quay" in label]
    assert run["one_report"] and len(run["outlets"]) == 2
    assert not any(r["one_report"] for r in rows.values() if len(r["outlets"]) < 2)
    text = brief_markdown(brief)
    (line,) = [line for line in text.splitlines() if run["id"] in line]
    assert "one report several outlets run" in line


def _timeline_words(text: str, trigger: str, day: str, **parties: str) -> list[str]:
    """The timeline's words for one event of a one-sentence article."""
    article = Article(id="t#1", document_id="t", text=text, outlet="Outlet T",
                      published=PubDate("2022-11-03", "day", "metadata", 1.0))  # fmt: skip
    spans = {
        role: [Span(text.index(words), text.index(words) + len(words))]
        for role, words in parties.items()
    }
    at, on = text.index(trigger), text.index(day)
    article.events.append(
        Event(
            Span(0, len(text)),
            "OCCUR",
            EX,
            trigger=Span(at, at + len(trigger)),
            date="2022-11-01",
            date_span=Span(on, on + len(day)),
            **spans,
        )  # fmt: skip
    )
    own, _ = story_timeline([article], set())
    return [account["what"] for row in own for account in row["accounts"]]


@pytest.mark.parametrize(
    ("text", "trigger", "day", "parties", "what"),
    [
        # a short act's words start at its subject, not six words before it
        ("The first signs that the council would act came early Tuesday, as Jones met "
         "with the mayor to discuss the budget.", "met", "early Tuesday",
         {"actors": "Jones"}, "Jones met with the mayor to…"),
        # a subject a few words ahead is shown with them, never a name of its modifier
        # as if it were the doer
        ("The two guards accused of helping Miller will face trial on Tuesday.", "trial",
         "Tuesday", {"recipients": "The two guards"},
         "The two guards accused of helping Miller will face trial on Tuesday"),
        # a subject far ahead: the subject, an ellipsis, the act's own words
        (
            "On Tuesday, lawyers for the city of Peltra, twice beaten in the lower "
            "courts over the long summer months of this year, asked the court to "
            "block the order.",
            "asked",
            "Tuesday",
            {"actors": "lawyers for the city of Peltra"},
            "lawyers for the city of Peltra \u2026 asked the court to block…",
        ),
        # ... but not across words that may open another clause, whose doer the
        # act may be
        (
            "The Senate voted 60 to 40 on Tuesday to pass the spending bill and the "
            "House quickly followed on Wednesday.",
            "followed",
            "Wednesday",
            {"actors": "The Senate"},
            "…spending bill and the House quickly followed on Wednesday",
        ),
        # an act told inside a bracketed aside is read inside it
        ("On Tuesday, lawyers for the city appeared before the court (hearing arguments "
         "again by video link) to argue the case.", "hearing", "Tuesday", {},
         "hearing arguments again by video…"),
    ],
)  # fmt: skip
def test_timeline_label_starts_at_the_act_s_subject(text, trigger, day, parties, what):
    assert _timeline_words(text, trigger, day, **parties) == [what]
