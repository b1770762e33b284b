"""Tests for the Markdown story briefing."""

from __future__ import annotations

import pytest

from corroborate.brief import render_brief
from corroborate.compare import align_facts, check_consistency
from corroborate.records import Article, Event, PubDate, Quantity, Size, Span, Story

EX = "test.v1"


def _article(doc: str, number: int, outlet: str, day: str) -> Article:
    headline = f"Storm closes the harbour of Peltra for {doc}"
    body = f"Officials evacuated {number} families from Peltra on {day}."
    text = f"{headline}\n\n{body}"
    start = len(headline) + 2
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


@pytest.mark.parametrize("number", [75])
def test_brief_corroborated_without_conflicts(number):
    articles = [
        _article("a", number, "Coast Daily", "Wednesday"),
        _article("b", number, "Harbour News", "Wednesday"),
    ]
    story = Story("s1", [a.id for a in articles])
    facts, found = align_facts(story, articles)
    text = render_brief(story, articles, facts, found)
    assert "## Disputes and conflicts" not in text
    corroborated = text.split("## Corroborated facts")[1]
    assert f"{number} families" in corroborated
