"""Counted quantities: a number, what it counts, and how it is hedged."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Article, Quantity
from ...registry import ExtractFn, extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME = "quantities.rules.v1"

WORD_NUMBERS: dict[str, float] = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0,
     "eighty": 80.0, "ninety": 90.0, "hundred": 100.0, "thousand": 1e3,
     "million": 1e6, "billion": 1e9, "dozen": 12.0}  # fmt: skip

# Vague plurals ("dozens of injuries"): (low, high) read as "at least two of
# the unit" up to just below the next order; a convention, not calibrated.
VAGUE_RANGES: dict[str, tuple[float, float]] = {
    "dozen": (24.0, 99.0), "score": (40.0, 99.0), "hundred": (200.0, 999.0),
    "thousand": (2e3, 9999.0), "million": (2e6, 9.99e6), "billion": (2e9, 9.99e9),
}  # fmt: skip

HEDGES: tuple[str, ...] = (
    "at least",
    "at most",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "as many as",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "an estimated",
    "estimated",
    "close to",
)
SKIP_ENTS = frozenset(
    {
        "DATE",
        "TIME",
        "PERCENT",
        "MONEY",
        "ORDINAL",
        "FAC",
        "ORG",
        "GPE",
        "PERSON",
        "LOC",
        "PRODUCT",
        "WORK_OF_ART",
        "EVENT",
        "LAW",
    }
)
"""Entity types whose numbers are not counts (dates, money, "Camp X 3")."""
_NUM_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


@extractor(NAME, assigns=("quantities",), requires=("dates",))
def make_quantity_extractor() -> ExtractFn:
    """Find counted quantities ("nearly 17,000 Iranians", "dozens of injuries").

    Returns:
        An extractor appending ``Quantity`` records to ``article.quantities``.
    """

    def extract(article: Article, sdoc: Doc) -> None:
        dated = [(d.start, d.end) for d in article.dates]
        for sent in sdoc.sents:
            last_unit: str | None = None
            for quantity in _sentence_quantities(sent, dated, article.text):
                if quantity.unit is None and last_unit is not None:
                    quantity = _with_unit(quantity, last_unit)
                last_unit = quantity.unit or last_unit
                article.quantities.append(quantity)

    return extract


def _with_unit(quantity: Quantity, unit: str) -> Quantity:
    """Copy a quantity with an elliptic unit taken from an earlier one ("of 17,000 X, 12,000")."""
    from dataclasses import replace

    return replace(quantity, unit=unit, confidence=0.6)


def _sentence_quantities(
    sent: Span, dated: list[tuple[int, int]], text: str
) -> list[Quantity]:
    """Quantities in one sentence, left to right."""
    found: list[Quantity] = []
    for token in sent:
        if not _is_number_head(token) or _inside(token, dated) or _names_a_thing(token):
            continue
        quantity = _build_quantity(token, text)
        if quantity is not None:
            found.append(quantity)
    return found


def _is_number_head(token: Token) -> bool:
    """True for the last token of a number ("2.5 million" -> "million") or a vague plural."""
    if token.ent_type_ in SKIP_ENTS:
        return False
    low = token.lower_
    if token.tag_ == "NNS" and token.lemma_.lower() in VAGUE_RANGES:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if not (_NUM_RE.match(low) or low in WORD_NUMBERS):
        return False
    if low in ("one", "zero") and token.pos_ != "NUM":
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not (nxt is not None and (nxt.lower_ in WORD_NUMBERS) and nxt.pos_ == "NUM")


def _names_a_thing(token: Token) -> bool:
    """True for a number that is part of a name ("Camp X 3", "Route 9")."""
    return (
        token.dep_ == "nummod" and token.head.pos_ == "PROPN" and token.head.i < token.i
    )


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    """True when the token falls inside one of the (start, end) spans."""
    return any(s <= token.idx < e for s, e in spans)


def _build_quantity(token: Token, text: str) -> Quantity | None:
    """Turn a number head token into a Quantity, or None for a year-like bare number."""
    first = _number_start(token)
    value, low, high, hedge = _read_value(token, first)
    if value is None and low is None:
        return None
    hedge_start, hedge = _find_hedge(first, hedge)
    unit_token = _unit_token(token)
    if unit_token is None and value is not None and 1900 <= value <= 2100:
        return None  # a bare year the date extractor did not claim
    unit = _unit_text(unit_token) if unit_token is not None else None
    end = max(token.idx + len(token.text), _unit_end(unit_token))
    if hedge in ("more than", "over", "at least"):
        low, high = value, None
    elif hedge in ("less than", "fewer than", "up to", "at most", "under"):
        low, high = None, value
    return Quantity(hedge_start, end, NAME, value=value, low=low, high=high,
                    unit=unit, hedge=hedge)  # fmt: skip


def _number_start(token: Token) -> Token:
    """The first token of a multi-token number ("2.5 million", "two hundred")."""
    first = token
    while first.i > 0:
        prev = first.nbor(-1)
        if (
            prev.dep_ in ("compound", "nummod", "quantmod")
            and prev.head.i == token.i
            and (_NUM_RE.match(prev.lower_) or prev.lower_ in WORD_NUMBERS)
        ):
            first = prev
        else:
            break
    return first


def _read_value(
    token: Token, first: Token
) -> tuple[float | None, float | None, float | None, str | None]:
    """(value, low, high, vague hedge) of the number between ``first`` and ``token``."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNS" and lemma in VAGUE_RANGES and first.i == token.i:
        low, high = VAGUE_RANGES[lemma]
        return None, low, high, token.lower_
    value = 0.0
    current = 0.0
    for tok in token.doc[first.i : token.i + 1]:
        word = tok.lower_
        number = (
            float(word.replace(",", ""))
            if _NUM_RE.match(word)
            else WORD_NUMBERS.get(word)
        )
        if number is None:
            return None, None, None, None
        if number >= 100 and current:
            current *= number
            if number >= 1000:
                value, current = value + current, 0.0
        else:
            current += number
    value += current
    return value, None, None, None


def _find_hedge(first: Token, vague: str | None) -> tuple[int, str | None]:
    """Start offset and text of a hedge right before the number ("about", "at least")."""
    if vague is not None:
        return first.idx, vague
    doc = first.doc
    for hedge in HEDGES:
        words = hedge.split()
        i = first.i - len(words)
        if i >= 0 and [t.lower_ for t in doc[i : first.i]] == words:
            return doc[i].idx, hedge
    return first.idx, None


def _unit_token(token: Token) -> Token | None:
    """The noun a number counts: its head ("150 devices") or its "of" object ("dozens of injuries")."""
    if token.dep_ in ("nummod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head if token.head.i > token.i else None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                return objs[0]
    return None


def _unit_text(unit: Token) -> str:
    """Lemmatised unit with its noun compounds ("computer devices" -> "computer device")."""
    parts = [c for c in unit.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    head = unit.lemma_ if unit.pos_ == "NOUN" else unit.text.rstrip("s")
    return " ".join([p.lemma_ for p in parts] + [head])


def _unit_end(unit: Token | None) -> int:
    """End offset of the unit noun, or -1 when there is none."""
    return unit.idx + len(unit.text) if unit is not None else -1
