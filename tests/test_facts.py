"""Tests for fact alignment, conflicts, disputes and within-article consistency."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from corroborate import records
from corroborate.extractors.quantities import VAGUE_RANGES
from corroborate.facts import align_facts, check_consistency
from corroborate.facts.lines import _told_by_more, rank
from corroborate.facts.passages import quoted
from corroborate.facts.words import has_verb
from corroborate.records import (
    Article,
    Claim,
    Discrepancy,
    Event,
    Evidence,
    Fact,
    Mention,
    Quantity,
    Size,
    Span,
    Story,
)

EX = "test.v1"


def _span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


def _sentence(text: str, part: str) -> Span:
    span = _span(text, part)
    start = text.rfind(".", 0, span.start) + 1
    end = text.find(".", span.end) + 1 or len(text)
    return Span(start, end)


def _seizure(doc: str, text: str, number: str, unit: str, value: float) -> Article:
    article = Article(id=f"{doc}#1", document_id=doc, text=text)
    quantity = _span(text, f"{number} {unit}")
    event = Event(
        _sentence(text, number),
        "COERCE",
        EX,
        mode="seize",
        trigger=_span(text, "seized"),
        recipients=[quantity],
        actors=[_span(text, "Police")],
        size={"seized": Size(value)},
    )
    article.events.append(event)
    article.quantities.append(
        Quantity(
            quantity.start,
            quantity.end,
            EX,
            value=value,
            unit="rifle",
            linked_to="event:0",
        )
    )
    return article


def _story(*articles: Article) -> Story:
    return Story("s1", [a.id for a in articles])


@pytest.mark.parametrize("first,second,conflict", [(40, 65, True), (40, 40, False)])
def test_compare_quantity_conflict(first, second, conflict):
    one = _seizure(
        "a",
        f"Police seized {first} rifles in the port of Valdor.",
        str(first),
        "rifles",
        first,
    )
    two = _seizure(
        "b",
        f"Police seized {second} rifles at the Valdor docks.",
        str(second),
        "rifles",
        second,
    )
    facts, found = align_facts(_story(one, two), [one, two])
    (fact,) = [f for f in facts if f.kind == "number"]
    assert len({e.article_id for e in fact.evidence}) == 2
    assert (fact.status == "conflicting") is conflict
    assert any(d.kind == "conflicting" for d in found) is conflict
    if not conflict:
        assert fact.status == "corroborated"


def _injuries(doc: str, text: str, words: str) -> Article:
    """An article whose attack is sized by ``words`` ("dozens of injuries", "30
    injuries"); the quantity is not linked: its size makes it the event's."""
    article = Article(id=f"{doc}#1", document_id=doc, text=text)
    span = _span(text, words)
    first = words.split()[0]
    vague = VAGUE_RANGES.get(first.rstrip("s"))
    quantity = Quantity(
        span.start,
        span.end,
        EX,
        value=None if vague else float(first),
        low=vague[0] if vague else None,
        high=vague[1] if vague else None,
        unit="injury",
        hedge=first if vague else None,
    )
    article.events.append(
        Event(
            _sentence(text, words),
            "ASSAULT",
            EX,
            trigger=_span(text, "attacked"),
            actors=[_span(text, "Rebels")],
            size={"injured": Size.of(quantity)},
        )
    )
    article.quantities.append(quantity)
    return article


@pytest.mark.parametrize(
    ("other", "conflict"),
    [("30 injuries", False), ("90 injuries", False), ("5 injuries", True)],
)
def test_compare_dozens_is_a_range_not_a_count(other, conflict):
    one = _injuries(
        "a",
        "Rebels attacked the convoy, with dozens of injuries.",
        "dozens of injuries",
    )
    two = _injuries("b", f"Rebels attacked the convoy, leaving {other}.", other)
    assert one.events[0].size["injured"] == Size(None, 24.0, 99.0, "dozens")
    facts, found = align_facts(_story(one, two), [one, two])
    (fact,) = [f for f in facts if f.kind == "number"]
    assert fact.about == "number of injuries"
    assert {e.event for e in fact.evidence} == {0}
    assert (fact.status == "conflicting") is conflict
    assert any(d.kind == "conflicting" for d in found) is conflict


def _agreement(
    doc: str,
    text: str,
    number: str,
    value: float,
    low: float | None,
    high: float | None,
) -> Article:
    article = Article(id=f"{doc}#1", document_id=doc, text=text)
    quantity = _span(text, number)
    article.events.append(
        Event(_sentence(text, number), "AGREE", EX, trigger=_span(text, "agree"))
    )
    article.quantities.append(
        Quantity(
            quantity.start,
            quantity.end,
            EX,
            value=value,
            low=low,
            high=high,
            unit="settler",
            linked_to="event:0",
        )
    )
    return article


@pytest.mark.parametrize("years", [("2011", "2012")])
def test_compare_different_years_not_compared(years):
    one = _agreement(
        "a",
        f"Under an agreement in {years[0]} the island took 900 "
        "settlers from the coast.",
        "900 settlers",
        900,
        None,
        None,
    )
    two = _agreement(
        "b",
        f"About 300 settlers have lived on the island since "
        f"{years[1]} under an agreement with the coast.",
        "About 300 settlers",
        300,
        None,
        None,
    )
    facts, found = align_facts(_story(one, two), [one, two])
    assert not [d for d in found if d.kind == "conflicting"]
    assert all(
        len({e.article_id for e in f.evidence}) == 1
        for f in facts
        if f.kind == "number"
    )


@pytest.mark.parametrize(
    ("cue", "label"),
    [
        ("denied", "denied by the ministry"),
        ("rejected", "rejected by the ministry"),  # the label reads as the text
        ("contradicted", "contradicted by the ministry"),
    ],
)
def test_a_disputes_label_reads_as_its_denial_is_told(cue, label):
    text = f"The union said a guard had been injured, which the ministry {cue}."
    article = Article(id="a#1", document_id="a", text=text)
    content = _span(text, "a guard had been injured")
    article.claims += [
        Claim(_span(text, "said"), content, EX, source=_span(text, "The union"),
              according_to="The union"),
        Claim(_span(text, cue), content, EX, source=_span(text, "the ministry"),
              according_to="the ministry", stance="denies"),
    ]  # fmt: skip
    facts, _ = align_facts(_story(article), [article])
    (dispute,) = [f for f in facts if f.status == "disputed"]
    assert dispute.label.endswith(label)


@pytest.mark.parametrize("denier", ["the ministry"])
def test_compare_denied_claim_is_disputed(denier):
    text = (
        f"The union said a guard had been injured during the strike, which {denier} "
        "denied."
    )
    article = Article(id="a#1", document_id="a", text=text)
    content = _span(text, "a guard had been injured during the strike")
    article.claims += [
        Claim(
            _span(text, "said"),
            content,
            EX,
            source=_span(text, "The union"),
            according_to="The union",
        ),
        Claim(
            _span(text, "denied"),
            content,
            EX,
            source=_span(text, denier),
            according_to=denier,
            stance="denies",
        ),
    ]
    facts, found = align_facts(_story(article), [article])
    (dispute,) = [f for f in facts if f.status == "disputed"]
    stances = {(e.according_to, e.stance) for e in dispute.evidence}
    assert ("The union", "asserts") in stances
    assert (denier, "denies") in stances
    # one article reports both: the outlets do not disagree
    assert not [d for d in found if d.kind == "disputed"]


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "label"),
    [
        # said right after its cue: one sentence
        ("The union accused the port of hiding the injuries of its guards",
         "accused", "the port of hiding the injuries of its guards",
         "The union accused the port of hiding the injuries of its guards"),
        # told by a noun ("the union's claim that"): speaker and content
        ("The port rejected the union's claim that guards were hurt in the strike",
         "claim", "that guards were hurt in the strike",
         "The union: that guards were hurt in the strike"),
    ],
)  # fmt: skip
def test_a_claims_label_reads_as_its_cue_tells_it(sentence, cue, content, label):
    articles = []
    for doc, text in (("a", f"{sentence}."), ("b", f"{sentence}, its chief said.")):
        article = Article(id=f"{doc}#1", document_id=doc, text=text, outlet=doc)
        source = _span(text, "union") if "union's" in text else _span(text, "The union")
        article.claims.append(
            Claim(
                _span(text, cue),
                _span(text, content),
                EX,
                source=source,
                according_to="The union",
            )  # fmt: skip
        )
        articles.append(article)
    facts, _ = align_facts(_story(*articles), articles)
    assert label in {f.label for f in facts if f.kind == "claim"}


def test_compare_a_denial_by_no_one_disputes_no_claim():
    text = (
        "The union said a guard had been injured during the strike, which nobody "
        "expects to happen again."
    )
    article = Article(id="a#1", document_id="a", text=text)
    content = _span(text, "a guard had been injured during the strike")
    article.claims += [
        Claim(_span(text, "said"), content, EX, source=_span(text, "The union"),
              according_to="The union"),
        Claim(_span(text, "expects"), content, EX, source=_span(text, "nobody"),
              unnamed=True, stance="denies"),
    ]  # fmt: skip
    facts, _ = align_facts(_story(article), [article])
    assert not [f for f in facts if f.status == "disputed"]


def test_compare_a_speaker_rejecting_one_idea_and_saying_another_disputes_nothing():
    """'X rejected the idea that A, saying B': the parser may put B inside the
    rejected clause; X denying what X says is no dispute."""
    text = (
        "Campaign manager Tom Hale rejected the idea that Reyes is a drag, saying "
        "the huge crowds he draws at rallies prove that voters are with him."
    )
    article = Article(id="a#1", document_id="a", text=text)
    hale = "Campaign manager Tom Hale"
    rejected = _span(text, text[text.index("the idea") : -1])
    said = _span(text, text[text.index("the huge") : -1])
    name = _span(text, "Tom Hale")  # "he draws": the person named before it
    article.mentions.append(
        Mention(name.start, name.end, "PERSON", EX, "per-00000000abcd")
    )
    article.claims += [
        Claim(_span(text, "rejected"), rejected, EX, source=_span(text, hale),
              according_to="per-00000000abcd", source_text=hale, stance="denies"),
        Claim(_span(text, "saying"), said, EX, source=_span(text, hale),
              according_to=hale),
    ]  # fmt: skip
    article.events.append(
        Event(
            said,
            "CONSULT",
            EX,
            trigger=_span(text, "draws"),
            actors=[name],
            according_to=hale,
        )  # fmt: skip
    )
    facts, _ = align_facts(_story(article), [article])
    assert not [f for f in facts if f.status == "disputed"]


@pytest.mark.parametrize(
    "words", [("Our harvest was never better", "harvest never better")]
)
def test_compare_same_quote_corroborated(words):
    texts = [
        f"The mayor said: \u201c{words[0]}.\u201d",
        f'The mayor said the "{words[1]}."',
    ]
    articles = []
    for doc, text in zip("ab", texts, strict=True):
        article = Article(
            id=f"{doc}#1", document_id=doc, text=text, outlet=f"outlet {doc}"
        )
        content = Span(text.index("said") + 5, len(text))
        article.claims.append(
            Claim(_span(text, "said"), content, EX, according_to="The mayor")
        )
        articles.append(article)
    facts, found = align_facts(_story(*articles), articles)
    (fact,) = facts
    assert fact.kind == "quote" and fact.status == "corroborated"
    assert not found


def _handover(return_date: str, raid_date: str) -> Article:
    text = (
        f"The border office returned the trucks on {return_date}. "
        f"Customs officers had seized the trucks in a raid on {raid_date}."
    )
    article = Article(id="a#1", document_id="a", text=text, story_id="s1")
    article.events += [
        Event(
            _sentence(text, "returned"),
            "CONCEDE",
            EX,
            mode="return",
            trigger=_span(text, "returned"),
            date=_timex(return_date),
            date_span=_span(text, return_date),
            actors=[_span(text, "The border office")],
            recipients=[_span(text, "the trucks")],
        ),
        Event(
            _sentence(text, "seized"),
            "COERCE",
            EX,
            mode="seize",
            trigger=_span(text, "seized"),
            date=_timex(raid_date),
            date_span=_span(text, raid_date),
            actors=[_span(text, "Customs officers")],
            recipients=[_span(text, "the trucks", 1)],
        ),
    ]
    return article


def _timex(text: str) -> str:
    day, month = text.split()
    return f"XXXX-{['May', 'June', 'July'].index(month) + 5:02d}-{int(day):02d}"


@pytest.mark.parametrize(
    "return_date,raid_date,flagged",
    [
        ("4 May", "19 May", True),
        ("28 June", "19 May", False),
        ("4 May", "19 July", False),  # months apart: two incidents, not one misdated
    ],
)
def test_compare_consistency_effect_before_cause(return_date, raid_date, flagged):
    found = check_consistency(_handover(return_date, raid_date))
    assert bool(found) is flagged
    if flagged:
        (discrepancy,) = found
        assert discrepancy.kind == "inconsistent"
        assert len(discrepancy.evidence) == 2
        assert return_date in (discrepancy.note or "")
        assert "\u201creturned\u201d on" in (discrepancy.label or "")  # as written
        # the short form the summary lists reads as the article tells it
        assert discrepancy.about == (
            f"The border office returned the trucks ({return_date}) dated before "
            f"Customs officers had seized the trucks ({raid_date}), which it follows"
        )
        assert [e.value for e in discrepancy.evidence] == [
            f"returned on {return_date}",
            f"seized on {raid_date}",
        ]


def test_compare_consistency_of_a_cause_dated_by_its_report():
    import corroborate

    # the detention took the day of the report that tells it: by March 21,
    # not on it, so a release on March 20 does not come before it
    (article,) = corroborate.process(
        "A human rights activist said on March 21 he had been released after "
        "more than two weeks in detention that followed his call for an inquiry. "
        "Mohammad Dahman, director of the association, said he was freed on "
        "March 20 without being charged."
    )
    assert check_consistency(article) == []


@pytest.mark.parametrize(
    ("arrested", "flagged"),
    [("John Miller", True), ("Mary Jones", False)],  # another's arrest: two incidents
)
def test_compare_consistency_of_one_party_only(arrested, flagged):
    import corroborate

    (article,) = corroborate.process(
        "Police released John Miller on March 3. "
        f"Officers arrested {arrested} on March 20 after a chase."
    )
    assert bool(check_consistency(article)) is flagged


@pytest.mark.parametrize(
    "dates", [(("XXXX-05-04", "4 May"), ("XXXX-WXX-2", "Tuesday"))]
)
def test_compare_weekday_date_against_publication(dates):
    from corroborate.records import PubDate

    articles = []
    for doc, (value, words) in zip("ab", dates, strict=True):
        text = f"The border office returned the trucks to the importers on {words}."
        article = Article(
            id=f"{doc}#1",
            document_id=doc,
            text=text,
            published=PubDate("XXXX-07", "month", "text", 0.5),
        )
        article.events.append(
            Event(
                Span(0, len(text)),
                "CONCEDE",
                EX,
                mode="return",
                trigger=_span(text, "returned"),
                date=value,
                date_span=_span(text, words),
                actors=[_span(text, "The border office")],
            )
        )
        articles.append(article)
    facts, found = align_facts(_story(*articles), articles)
    (conflict,) = [d for d in found if d.kind == "conflicting"]
    assert conflict.about.startswith("date of")
    assert {e.value for e in conflict.evidence} == {"4 May", "Tuesday"}


def _dated_return(doc: str, outlet: str, text: str, actor: str) -> Article:
    """An article whose text tells ``actor`` returned something "on 4 May"."""
    article = Article(id=f"{doc}#1", document_id=doc, text=text, outlet=outlet)
    article.events.append(
        Event(
            Span(0, len(text)), "CONCEDE", EX, mode="return",
            trigger=_span(text, "returned"), date="2023-05-04",
            date_span=_span(text, "4 May"), actors=[_span(text, actor)],
        )
    )  # fmt: skip
    return article


@pytest.mark.parametrize(
    ("outlets", "status"),
    [(("Valdor Times", "Orvel Radio"), "corroborated"),
     (("Valdor Times", "Valdor Times"), "single-source")],  # two copies, one source
)  # fmt: skip
def test_compare_one_date_told_twice_is_corroborated_by_two_outlets(outlets, status):
    text = "The border office returned the trucks to the importers on 4 May."
    articles = [
        _dated_return(doc, outlet, text, "The border office")
        for doc, outlet in zip("ab", outlets, strict=True)
    ]
    facts, found = align_facts(_story(*articles), articles)
    assert not found
    # the act and its date, told alike, are one line holding both
    (dated,) = [f for f in facts if any(e.value == "4 May" for e in f.evidence)]
    assert dated.status == status
    # one outlet: nothing aligned to be sure of, never surer than an aligned fact
    assert (dated.confidence == 0.5) is (status == "single-source")


@pytest.mark.parametrize("phrase", ["{n} other rifles", "{n} of the rifles"])
def test_compare_subset_numbers_not_compared(phrase):
    def make(doc: str, n: int, words: str) -> Article:
        text = f"Police seized {words} in the port of Valdor."
        article = Article(id=f"{doc}#1", document_id=doc, text=text)
        quantity = _span(text, words)
        article.events.append(
            Event(
                _sentence(text, words),
                "COERCE",
                EX,
                mode="seize",
                trigger=_span(text, "seized"),
                recipients=[quantity],
                size={"seized": Size(float(n))},
            )
        )
        article.quantities.append(
            Quantity(
                quantity.start,
                quantity.end,
                EX,
                value=float(n),
                unit="rifle",
                linked_to="event:0",
            )
        )
        return article

    one = make("a", 40, "40 rifles")
    two = make("b", 9, phrase.format(n=9))
    _, found = align_facts(_story(one, two), [one, two])
    assert not [d for d in found if d.kind == "conflicting"]


def _return_article(doc: str, actor: str, day: str) -> Article:
    """ "<actor> returned the trucks ... on <day> May." with its CONCEDE return event."""
    text = f"{actor} returned the trucks to the importers on {day} May."
    article = Article(id=f"{doc}#1", document_id=doc, text=text)
    article.events.append(
        Event(
            Span(0, len(text)),
            "CONCEDE",
            EX,
            mode="return",
            trigger=_span(text, "returned"),
            date=f"XXXX-05-{int(day):02d}",
            date_span=_span(text, f"{day} May"),
            actors=[_span(text, actor)],
        )
    )
    return article


def _conflicts(articles: list[Article]) -> bool:
    _, found = align_facts(_story(*articles), articles)
    return bool([d for d in found if d.kind == "conflicting"])


@pytest.mark.parametrize("days,conflict", [(("19", "20"), False), (("19", "25"), True)])
def test_compare_one_day_apart_is_not_a_conflict(days, conflict):
    articles = [
        _return_article(doc, "The border office", day)
        for doc, day in zip("ab", days, strict=True)
    ]
    assert _conflicts(articles) is conflict


@pytest.mark.parametrize(
    "second,conflict",
    [
        (
            "Floods in the delta left {n} families homeless, the relief agency said.",
            True,
        ),
        ("Relief workers reached {n} families by boat after the floods.", False),
    ],
)
def test_compare_number_without_event_needs_same_sentence(second, conflict):
    texts = [
        "Floods in the delta left 120 families homeless, the relief agency said.",
        second.format(n=480),
    ]
    articles = []
    for doc, text in zip("ab", texts, strict=True):
        article = Article(id=f"{doc}#1", document_id=doc, text=text)
        number = re.search(r"\d+ families", text)
        assert number
        article.quantities.append(
            Quantity(
                number.start(),
                number.end(),
                EX,
                value=float(number.group().split()[0]),
                unit="family",
            )
        )
        articles.append(article)
    assert _conflicts(articles) is conflict


@pytest.mark.parametrize(
    "actors,conflict",
    [
        (("The border office", "The border office"), True),
        (("The border office", "A shipping firm"), False),
    ],
)
def test_compare_date_conflict_needs_same_participants(actors, conflict):
    articles = [
        _return_article(doc, actor, day)
        for doc, day, actor in zip("ab", ("4", "25"), actors, strict=True)
    ]
    assert _conflicts(articles) is conflict


@pytest.fixture(scope="module")
def sample_story():
    """The two sample files, annotated and clustered: the multi-outlet story."""
    from pathlib import Path

    from corroborate.build import process_text
    from corroborate.cluster import cluster_articles

    examples = Path(__file__).resolve().parents[1] / "examples"
    articles = []
    for path in sorted(examples.glob("*.txt")):
        articles += process_text(path.read_text(encoding="utf-8"), source=path.name)
    stories, _ = cluster_articles(articles)
    (story,) = [s for s in stories if len(s.article_ids) == 2]
    members = [a for a in articles if a.id in story.article_ids]
    facts, found = align_facts(story, members)
    for article in members:
        found += check_consistency(article)
    return stories, members, found


def _quoted(found, members) -> list[set[str]]:
    by_id = {a.id: a for a in members}
    return [
        {by_id[e.article_id].text[e.span.start : e.span.end] for e in d.evidence}
        | {e.value or "" for e in d.evidence}
        for d in found
    ]


@pytest.mark.parametrize(
    "kind,needles",
    [
        ("conflicting", ("150 computer devices", "200 computers")),
        ("conflicting", ("3 June", "Tuesday")),
        ("inconsistent", ("3 June", "20 June")),
    ],
)
def test_compare_sample_discrepancies(sample_story, kind, needles):
    stories, members, found = sample_story
    assert len(stories) == 2
    flagged = [d for d in found if d.kind == kind]
    texts = _quoted(flagged, members)
    notes = [d.note or "" for d in flagged]
    assert any(
        all(any(n in t for t in texts[i]) or n in notes[i] for n in needles)
        for i in range(len(flagged))
    )


def test_compare_sample_killing_is_disputed_by_tirana(sample_story):
    """004#1 reports the MEK's claim and Tirana's denial: a disputed fact, not
    a disagreement between the two outlets."""
    stories, members, _ = sample_story
    facts, _ = align_facts(next(s for s in stories if len(s.article_ids) == 2), members)
    by_id = {a.id: a for a in members}
    disputed = [
        {by_id[e.article_id].text[e.span.start : e.span.end] for e in f.evidence}
        | {e.according_to or "" for e in f.evidence}
        for f in facts
        if f.status == "disputed"
    ]
    assert any(
        any("killed" in t for t in texts) and any("Tirana" in t for t in texts)
        for texts in disputed
    )


@pytest.mark.parametrize("needles", [("2,800", "Thousands"), ("Manze", "northwestern")])
def test_compare_sample_not_discrepancies(sample_story, needles):
    _, members, found = sample_story
    for texts in _quoted(found, members):
        assert not all(any(n in t for t in texts) for n in needles)


@pytest.mark.parametrize(
    ("sentence", "told", "background", "kind"),
    [
        ("The council on Thursday released its review of the 2019 flood.",
         "The council on Thursday released its review", False, "event"),
        ("In 2019, the council met with them, the paper noted on Thursday.",
         "the council met with them", True, "event"),
        ("The council met with them in 2019.", "The council met with them", True,
         "event"),
        ("The council met with them last spring.", "The council met with them", False,
         "event"),
        # what lasts to now, and the mark a change is measured from
        ("Ruiz has been talking about the levee since 2009.",
         "Ruiz has been talking about the levee", False, "event"),
        ("Turnout fell by a third, a 30% drop from the last open race, in 2016.",
         "30%", False, "percent"),
        ("Turnout fell by a third in 2016.", "Turnout fell by a third", True, "event"),
        # a year in a clause about someone or something the sentence names
        ("Ruiz, who lost the 2016 race, said the levee must be raised.",
         "the levee must be raised", False, "claim"),
        ("\"It must be raised,\" said Ruiz, who worked with Sen.\n\nAnn Lee in "
         "2019 on a levee bill.", "It must be raised", False, "claim"),
        # not a "when" clause, which as often dates the act before it
        ("Lee had to give up her post when she was indicted in 2008.",
         "Lee had to give up her post", True, "event"),
        ("The levee, which failed in 2016, was raised in 2019.", "The levee",
         True, "event"),
        # unless the evidence lies in that clause, or the clause comes first
        ("The mayor, Ann Ruiz, who resigned in 2016, was cleared.",
         "who resigned", True, "event"),
        ("Ruiz, who in 2016 added two dams to the levee, spoke.", "two dams", True,
         "number"),
    ],
)  # fmt: skip
def test_a_fact_is_background_when_its_sentence_tells_only_earlier_years(
    sentence, told, background, kind
):
    article = Article(id="b#1", document_id="b", text=sentence, outlet="Post",
                      published=records.PubDate("2023-04-07", "day", "metadata", 1.0))  # fmt: skip
    thursday = sentence.find("Thursday")
    if thursday >= 0:
        article.dates.append(
            records.DateRef(thursday, thursday + 8, "2023-04-06", "test.v1")
        )
    spring = sentence.find("last spring")
    if spring >= 0:  # resolved a year off: no written year, so not background
        article.dates.append(records.DateRef(spring, spring + 11, "2022-SP", "test.v1"))
    at = sentence.index(told)
    fact = records.Fact("f1", "s1", kind, "MEET", "single-source",
                [records.Evidence("b#1", Span(at, at + len(told)), outlet="Post")])  # fmt: skip
    rank([fact], [article])
    assert fact.background is background


def test_who_a_person_is_ranks_after_what_happened():
    text = "Spokesman John Kirby said the council released its review."
    article = Article(id="r#1", document_id="r", text=text, outlet="Post")
    office = records.Fact("f1", "s1", "office", "office of John Kirby", "corroborated",
                  [records.Evidence("r#1", Span(0, 20), outlet="Post"),
                   records.Evidence("r#1", Span(0, 20), outlet="Radio")])  # fmt: skip
    released = text.index("the council released")
    act = records.Fact("f2", "s1", "event", "release", "corroborated",
               [records.Evidence("r#1", Span(released, len(text) - 1), outlet=o)
                for o in ("Post", "Radio")])  # fmt: skip
    facts = [office, act]
    rank(facts, [article])
    assert [f.id for f in facts] == ["f2", "f1"]
    # however many more outlets write who he is
    office.evidence += [
        records.Evidence("r#1", Span(0, 20), outlet=o) for o in ("Wire", "Daily")
    ]
    rank(facts, [article])
    assert [f.id for f in facts] == ["f2", "f1"]


def test_a_passage_one_outlet_tells_without_a_verb_ranks_after_what_happened():
    text = (
        "The committee's ranking member spoke. "
        "The council released its review on Friday."
    )
    article = Article(id="r#1", document_id="r", text=text, outlet="Post")

    def passage(fact_id: str, words: str, outlets: tuple[str, ...]) -> records.Fact:
        at = text.index(words)
        evidence = [records.Evidence("r#1", Span(at, at + len(words)), outlet=o,
                                     value=words) for o in outlets]  # fmt: skip
        return records.Fact(fact_id, "s1", "sentence", words, "corroborated", evidence)

    member = passage("f1", "The committee's ranking member", ("Post", "Radio", "Wire"))
    review = passage("f2", "The council released its review", ("Post", "Radio"))
    facts = [member, review]
    rank(facts, [article])
    assert [f.id for f in facts] == ["f2", "f1"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The committee's ranking member", False),
        ("Mr. Pence's chief of staff", False),
        ("The pipeline would carry tar sands oil", True),
        ("Police arrested Fuentes", True),
        ("Trump says the party is united", True),
        ("the ranking Democrat on the committee, told CBS News", True),
    ],
)
def test_a_passage_has_a_verb_as_written(text, verb):
    assert has_verb(text) is verb


def test_compare_copies_of_two_outlets_give_one_date_line():
    """Two outlets, each article twice (a wire copy, a story re-posted): the
    date each pair of them agrees on is one line, whichever copy comes first."""
    texts = {
        "Valdor Times": "The border office returned the trucks to the importers on 4 May.",
        "Orvel Radio": "On 4 May, the border office returned the trucks to their owners.",
    }
    articles = [
        _dated_return(doc, outlet, texts[outlet], "border office")
        for doc, outlet in zip("abcd", [*texts, *texts], strict=True)
    ]
    facts, _ = align_facts(_story(*articles), articles)
    dated = [f for f in facts if any(e.value == "4 May" for e in f.evidence)]
    assert len(dated) == 1
    assert {e.article_id for e in dated[0].evidence} == {"a#1", "b#1", "c#1", "d#1"}


@pytest.mark.parametrize(
    ("according_to", "who"),
    [
        ("Likely nominee Dana Orr on Friday", "Likely nominee Dana Orr"),
        ("Mayor Orr , flanked by council members this morning", "Mayor Orr , flanked by council members"),
        ("the mayor late Tuesday night", "the mayor"),
        ("Sunday Herald", "Sunday Herald"),  # a name, not a day
        ("Friday", "Friday"),  # nothing else to name
        (None, None),
    ],
)  # fmt: skip
def test_an_account_names_who_without_when_they_spoke(according_to, who):
    from corroborate.facts.groups import speaker

    assert speaker(according_to) == who


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        # both tell the mayor's Tuesday rally, one prints what he said there:
        # the line is the other's sentence, not the quote
        ("\u201cIt is really amazing,\u201d the mayor said at a Tuesday rally in "
         "Riverton.",
         "During a rally Tuesday night in Riverton, the mayor spoke about the dam.",
         "During a rally Tuesday night"),
        # one starts its sentence with "He": the line is the other's, which
        # names him
        ("He spoke at a rally in Riverton on Tuesday night.",
         "The mayor, Tom Hale, spoke at a rally in Riverton on Tuesday night.",
         "The mayor, Tom Hale"),
    ],
)  # fmt: skip
def test_an_events_line_reads_as_an_outlet_tells_it(a, b, label):
    articles = []
    for doc, text in {"a": a, "b": b}.items():
        article = Article(id=f"{doc}#1", document_id=doc, text=text, outlet=doc)
        article.events.append(
            Event(Span(0, len(text)), "PROTEST", EX, mode="demo",
                  trigger=_span(text, "rally"), date="2024-05-07")
        )  # fmt: skip
        articles.append(article)
    facts, _ = align_facts(_story(*articles), articles)
    (rally,) = [f for f in facts if f.kind == "event" and f.status == "corroborated"]
    assert rally.label.startswith(label)


@pytest.mark.parametrize(
    ("second", "agree"),
    [
        # one purpose, told by both: corroborated
        ("The senators fled in 2003 to block the redistricting bill.", "intended"),
        # a purpose is not the act done
        ("The senators blocked the redistricting bill in 2003.", "asserted"),
    ],
)
def test_a_purpose_corroborates_only_a_purpose(second, agree):
    first = "Texas senators fled in 2003 to block a redistricting bill."
    articles = []
    for doc, (text, modality) in {"a": (first, "intended"),
                                  "b": (second, agree)}.items():  # fmt: skip
        article = Article(id=f"{doc}#1", document_id=doc, text=text, outlet=doc)
        article.events.append(
            Event(Span(0, len(text)), "REJECT", EX, trigger=_span(text, "block"),
                  recipients=[_span(text, "redistricting bill")], date="2003",
                  modality=modality)
        )  # fmt: skip
        articles.append(article)
    facts, _ = align_facts(_story(*articles), articles)
    told = [f for f in facts if f.kind == "event" and f.status == "corroborated"]
    assert bool(told) == (agree == "intended")


def _line(fact_id: str, status: str, kind: str, *spans: tuple[str, int, int]) -> Fact:
    return Fact(
        fact_id,
        "s1",
        kind,
        kind,
        status,
        [Evidence(article, Span(start, end)) for article, start, end in spans],
    )


@pytest.mark.parametrize(
    "kind,span,kept",
    [
        ("quote", (120, 150), False),  # inside the passage two outlets tell
        ("quote", (100, 200), False),  # the same passage
        ("quote", (95, 203), False),  # with the marks and spaces at its ends
        ("quote", (180, 260), True),  # reaches past it
        ("quote", (100, 205), True),  # by a word
        ("claim", (400, 450), True),  # elsewhere in the article
        ("number", (120, 130), True),  # a count the passage gives: its own line
    ],
)
def test_a_single_source_line_of_words_a_shared_line_shows_is_not_another_line(
    kind, span, kept
):
    text = "x" * 95 + " \u201c   " + "w" * 100 + "\u201d, a" + "w" * 400
    shared = _line("f1", "corroborated", "quote", ("a#1", 100, 200), ("b#1", 40, 140))
    single = _line("f2", "single-source", kind, ("a#1", *span))
    texts = {"a#1": text, "b#1": text}
    assert (single in _told_by_more([shared, single], [], texts)) is kept
    assert shared in _told_by_more([shared, single], [], texts)


@pytest.mark.parametrize(
    ("article", "value", "kept"),
    [
        ("a#1", "$3.5  Trillion", False),  # the figure again, in another sentence
        ("a#1", "$1 trillion", True),  # another figure
        ("c#1", "$3.5 trillion", True),  # an article the shared line does not hold
    ],
)
def test_a_single_source_figure_a_shared_line_gives_of_its_article_is_no_line(
    article, value, kept
):
    shared = _line("f1", "corroborated", "money", ("a#1", 10, 30), ("b#1", 40, 60))
    shared.evidence = [replace(e, value="$3.5 trillion") for e in shared.evidence]
    single = _line("f2", "single-source", "money", (article, 300, 320))
    single.evidence = [replace(single.evidence[0], value=value)]
    assert (single in _told_by_more([shared, single], [], {})) is kept


def test_a_single_source_line_a_discrepancy_rests_on_stays():
    shared = _line("f1", "corroborated", "quote", ("a#1", 100, 200), ("b#1", 40, 140))
    single = _line("f2", "single-source", "quote", ("a#1", 120, 150))
    found = [Discrepancy("d1", "s1", "inconsistent", "f2", fact_id="f2")]
    assert single in _told_by_more([shared, single], found, {})


def test_a_line_two_copies_of_one_outlet_tell_does_not_take_in_another():
    copies = _line("f1", "single-source", "quote", ("a#1", 100, 200), ("c#1", 100, 200))
    single = _line("f2", "single-source", "quote", ("a#1", 120, 150))
    assert single in _told_by_more([copies, single], [], {})


@pytest.mark.parametrize(
    ("closing", "later_quoted"),
    [
        # left open on its own: the quotation ends with its paragraph
        ("The town had called the crossings \u201creckless\u201d all summer.", False),
        # a quotation over paragraphs that closes: the later one is quoted
        ("Boats sail at noon.\u201d", True),
        # scraped text closing a curly quotation with a straight mark
        ('Boats sail at noon, " he said.', True),
    ],
)  # fmt: skip
def test_a_quotation_left_open_quotes_no_later_paragraph(closing, later_quoted):
    text = (
        "The notice said: \u201cI agree to hold the ferry company harmless.\n\n"
        f"The harbour master added that the boats were full.\n\n{closing}"
    )
    later = "The harbour master added"
    assert quoted(text, text.index(later), later) is later_quoted
