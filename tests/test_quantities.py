"""quantities.rules.v1: numbers with what they count and how they are hedged."""

from __future__ import annotations

import pytest

from corroborate.extractors.quantities import make_quantity_extractor
from corroborate.nlp import load_nlp
from corroborate.records import Article


def _quantities(text: str) -> list[tuple[str, object]]:
    article = Article(id="q#1", document_id="q", text=text)
    make_quantity_extractor()(article, load_nlp()(text))
    return [(article.span_text(q), q) for q in article.quantities]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "hedge"),
    [
        ("Customs officers seized 150 computer devices at the port.", "150 computer devices",
         150.0, "computer device", None),
        ("Of nearly 17,000 residents surveyed, most agreed.", "nearly 17,000 residents",
         17000.0, "resident", "nearly"),
        ("At least six people were hurt in the crash.", "At least six people", 6.0,
         "people", "at least"),
        ("Officials counted about 2.5 million ballots.", "about 2.5 million ballots",
         2.5e6, "ballot", "about"),
    ],
)  # fmt: skip
def test_quantities_numbers_units_hedges(text, span, value, unit, hedge):
    found = dict(_quantities(text))
    assert span in found
    quantity = found[span]
    assert quantity.value == value
    assert quantity.unit == unit
    assert quantity.hedge == hedge


@pytest.mark.parametrize(
    ("text", "span", "low", "unit"),
    [
        ("The clashes left dozens of injuries.", "dozens of injuries", 24.0, "injury"),
        ("Thousands of workers marched downtown.", "Thousands of workers", 2000.0, "worker"),
    ],
)  # fmt: skip
def test_quantities_vague_plurals(text, span, low, unit):
    found = dict(_quantities(text))
    assert span in found
    assert found[span].value is None
    assert found[span].low == low
    assert found[span].unit == unit


@pytest.mark.parametrize(
    "text",
    ["Visitors reached Camp Delta 3 by bus.", "The law was passed in 1998."],
)
def test_quantities_skip_names_and_years(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "elliptic", "unit"),
    [("Out of 300 soldiers deployed, about 120 came home.", "about 120", "soldier")],
)
def test_quantities_elliptic_unit_from_earlier_count(text, elliptic, unit):
    found = dict(_quantities(text))
    assert found[elliptic].unit == unit
