"""bench/clones.py: cloned articles keep every annotation pointing at consistent text."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from corroborate.records import (
    Article,
    Claim,
    DateRef,
    Event,
    Mention,
    Place,
    PubDate,
    Span,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from clones import SHIFT_DAYS, Cloner, shift_value, synthetic_name  # noqa: E402

TEXT = (
    "Edi Rama visits Shkoder\n\n"
    "Prime Minister Edi Rama visited flooded Shkoder on Monday. "
    '"The water is still rising," Rama said, and soldiers brought food.'
)


def _span(text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return start, start + len(text)


def _article() -> Article:
    def mention(text: str, label: str, nth: int = 0) -> Mention:
        return Mention(*_span(text, nth), label, "test")

    said, rama = _span(" said"), _span("Rama", 2)
    return Article(
        id="00000000000000aa#1",
        document_id="00000000000000aa",
        text=TEXT,
        title="Edi Rama visits Shkoder",
        mentions=[
            mention("Edi Rama", "PERSON"),
            mention("Shkoder", "GPE"),
            mention("Edi Rama", "PERSON", 1),
            mention("Shkoder", "GPE", 1),
            mention("Rama", "PERSON", 2),
        ],
        dates=[DateRef(*_span("Monday"), "2024-03-04", "test")],
        places=[Place(*_span("Shkoder", 1), "test", geonameid=3184517)],
        claims=[
            Claim(
                cue=Span(said[0] + 1, said[1]),
                content=Span(*_span("The water is still rising")),
                extractor="test",
                source=Span(*rama),
                source_text="Edi Rama",
            )
        ],
        events=[
            Event(
                evidence=Span(*_span("soldiers brought food")),
                type="AID",
                extractor="test",
                trigger=Span(*_span("brought")),
                date="2024-03-04",
            )
        ],
    )


def test_a_clone_has_new_names_where_its_mentions_point():
    original = _article()
    clone = Cloner([original]).clone_article(original, 3, "00000000000000bb")
    edi, rama = synthetic_name("Edi", 3), synthetic_name("Rama", 3)
    assert len(clone.text) == len(original.text)
    names = [clone.span_text(m) for m in clone.mentions if m.label == "PERSON"]
    assert names == [f"{edi} {rama}", f"{edi} {rama}", rama]
    assert rama != "Rama" and edi != "Edi"
    assert [clone.span_text(m) for m in clone.mentions if m.label == "GPE"] == [
        "Shkoder",
        "Shkoder",
    ]
    assert clone.title == clone.text[:23]
    assert clone.title.startswith(f"{edi} {rama} ") and clone.title.endswith(" Shkoder")
    (claim,) = clone.claims
    assert clone.text[claim.cue.start : claim.cue.end] == "said"
    assert claim.source is not None
    assert clone.text[claim.source.start : claim.source.end] == rama
    assert claim.source_text == f"{edi} {rama}"
    (event,) = clone.events
    assert event.trigger is not None
    assert clone.text[event.trigger.start : event.trigger.end] == "brought"
    assert clone.text[event.evidence.start : event.evidence.end].endswith("food")
    assert clone.span_text(clone.dates[0]) == "Monday"


def test_clones_have_distinct_deterministic_ids_and_moved_dates():
    original = _article()
    cloner = Cloner([original])
    first = [d.articles[0] for d in cloner.documents_for(3)]
    again = [d.articles[0] for d in Cloner([original]).documents_for(3)]
    assert first[0].text == TEXT and first[0].id == original.id
    assert len({a.id for a in first}) == 3
    assert [a.to_dict() for a in first] == [a.to_dict() for a in again]
    assert [a.document_id for a in first[1:]] == [a.id.split("#")[0] for a in first[1:]]
    assert first[2].dates[0].value == shift_value("2024-03-04", 2 * SHIFT_DAYS)
    assert first[2].dates[0].value == "2024-03-22"
    assert first[2].events[0].date == "2024-03-22"
    assert [d.articles[0].id for d in cloner.documents_for(3, start=2)] == [first[2].id]


def test_shift_value_keeps_precision_and_leaves_partial_values():
    assert shift_value("2019-12-30", 5) == "2020-01-04"
    assert shift_value("2019-12", 70) == "2020-02"  # from the 1st of the month
    assert shift_value("2019", 200) == "2020"
    assert shift_value("2019-06-20T10:00", 1) == "2019-06-21T10:00"
    for value in ("XXXX-06-20", "P2W", "PAST_REF", None):
        assert shift_value(value, 30) == value


def test_undated_articles_are_cloned_with_the_date_of_the_one_before():
    dated = dataclasses.replace(_article(), published=PubDate("2024-03-04", "day"))
    undated = dataclasses.replace(
        _article(), id="00000000000000bb#1", document_id="00000000000000bb"
    )
    lone = Cloner([undated]).clone_article(undated, 2, "00000000000000cc")
    assert lone.published.value is None  # no dated article to take it from
    cloner = Cloner([undated, dated, undated])
    assert cloner.clone_article(undated, 0).published.value is None
    clone = cloner.clone_article(undated, 2, "00000000000000cc")
    assert clone.published.value == shift_value("2024-03-04", 2 * SHIFT_DAYS)
    assert clone.published.how == "clone"
    again = cloner.clone_article(undated, 3, "00000000000000dd")
    assert again.published.value == shift_value("2024-03-04", 3 * SHIFT_DAYS)
