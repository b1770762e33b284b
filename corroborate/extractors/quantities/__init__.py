"""Quantities: counts, money, percentages, tallies and ranges, with what they count.

One module per kind: ``counts`` (a number token and its noun), ``money``,
``percents``, ``tallies`` (votes and ranges); ``numbers`` reads numbers and
hedges, ``roles`` what happened to what is counted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import Article, Quantity
from ...registry import ExtractFn, extractor
from ...syntax import doc_text
from .counts import build_count, is_number_head, names_a_thing
from .money import find_money
from .numbers import HAS_NUMBER_RE, VAGUE_RANGES
from .percents import find_percents
from .roles import is_denied
from .tallies import find_tallies

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["NAME", "VAGUE_RANGES", "make_quantity_extractor"]

NAME = "quantities.rules.v1"
ELLIPTIC_CONFIDENCE = 0.6  # a unit taken from an earlier count: a guess, often right


@extractor(NAME, assigns=("quantities",), requires=("dates",))
def make_quantity_extractor() -> ExtractFn:
    """Find counted quantities ("nearly 17,000 Iranians", "dozens of injuries").

    Also money with its currency ("$3.6bn"), percentages ("45 per cent"), vote
    tallies ("voted 134-63") and ranges ("30 to 40 people"); each says what it
    counts (``unit``), its ``kind`` and what happened to it (``role``: "killed").

    Returns:
        An extractor appending ``Quantity`` records to ``article.quantities``.
    """

    def extract(article: Article, sdoc: Doc) -> None:
        dated = [(d.start, d.end) for d in article.dates]
        for sent in sdoc.sents:
            last: Quantity | None = None  # the sentence's last count with a unit
            for quantity in _sentence_quantities(sent, dated):
                if _denied(sdoc, quantity):
                    quantity = replace(quantity, denied=True)
                if quantity.kind == "count" and quantity.unit is None and last:
                    quantity = _elliptic(sdoc, quantity, last)
                if quantity.kind == "count" and quantity.unit:
                    last = quantity
                article.quantities.append(quantity)

    return extract


STYLE_RULE = re.compile(r"(?:^|[{;\s])[a-z-]+\s*:\s*-?\d[\w.%]*\s*;")
"""A style sheet's declaration ("width:100%;", "padding-top:20px;"): a page's
markup left in its text, which counts nothing."""


IDIOMS = re.compile(
    r"(?i)(?:\$\s?64,000|(?:64,000|million|billion)[- ]dollar) questions?\b"
    r"|\bthe whole nine yards\b|\bcloud nine\b|\bhigh[- ]fives?\b"
    r"|\bnine[- ]to[- ]five\b|\bfour[- ]letter words?\b|\bat sixes and sevens\b"
    r"|\btwo[- ](?:state solution|party system|way street|horse race|front war)s?\b"
)
"""Set phrases that hold a number and count nothing: "the $64,000
question", "the whole nine yards", "a two-way street", "the two-state
solution"."""


def _sentence_quantities(sent: Span, dated: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities in one sentence, left to right: the written patterns (money,
    percentages, pairs) first, then counts among the numbers they left; none
    in a sentence of style-sheet markup (:data:`STYLE_RULE`) nor in a set
    phrase (:data:`IDIOMS`)."""
    found: list[Quantity] = []
    finders = (find_money, find_percents, find_tallies)
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    if STYLE_RULE.search(text):
        return found
    text = text if HAS_NUMBER_RE.search(text.lower()) else ""  # most have none
    dated = dated + [
        (sent.start_char + m.start(), sent.start_char + m.end())
        for m in IDIOMS.finditer(text)
    ]
    for quantity in (q for find in finders if text for q in find(sent, text, NAME)):
        taken = dated + [(q.start, q.end) for q in found]
        if not any(s < quantity.end and quantity.start < e for s, e in taken):
            found.append(quantity)
    taken = dated + [(q.start, q.end) for q in found]
    for token in sent:
        if not is_number_head(token) or _inside(token, taken) or names_a_thing(token):
            continue
        count = build_count(token, NAME)
        if count is not None:
            found.append(count)
            taken += _partitive_whole(sent, token, count)
    return sorted(found, key=lambda q: q.start)


def _partitive_whole(
    sent: Span, number: Token, count: Quantity
) -> list[tuple[int, int]]:
    """Where a count's "of" names the whole it is taken from ("23 of its 29
    delegates", "30,000 of her 62,000 emails"): no count of its own. The
    other numbers of a list ("100,000, 200,000 or 250,000 refugees") are."""
    for token in number.doc[number.i + 1 : sent.end]:
        if token.idx >= count.end:
            break
        if token.lower_ == "of":
            return [(token.idx, count.end)]
    return []


def _elliptic(sdoc: Doc, quantity: Quantity, last: Quantity) -> Quantity:
    """A count with no noun of its own after one with a noun: a member of
    the earlier count's list ("100,000, 200,000 or 250,000 refugees", inside
    its span) is told as it is, its role and denial; another takes only the
    noun, as a guess ("of 17,000 X, 12,000 died"); a bound of a noun takes
    nothing ("minors under 18")."""
    if last.start <= quantity.start and quantity.end <= last.end:
        return replace(quantity, unit=last.unit, role=last.role, denied=last.denied)
    if _qualifies_a_noun(sdoc, quantity):
        return quantity
    return replace(quantity, unit=last.unit, confidence=ELLIPTIC_CONFIDENCE)


def _denied(sdoc: Doc, quantity: Quantity) -> bool:
    """True when the clause telling a count says it is not so (see
    :func:`.roles.is_denied`)."""
    if quantity.kind != "count":
        return False  # "would not back a $1.2 trillion bill" denies no sum
    span = sdoc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and is_denied(span.root)


def _qualifies_a_noun(sdoc: Doc, quantity: Quantity) -> bool:
    """True when a bare number opens with a preposition right after a noun:
    it bounds that noun ("states ... for people under 18", "minors under 18":
    an age), it is no count of an earlier noun ("Out of 300 soldiers, under
    120 came home" borrows "soldiers")."""
    span = sdoc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    first = span[0] if span is not None and len(span) else None
    if first is None or first.pos_ != "ADP" or first.i == 0:
        return False
    return sdoc[first.i - 1].pos_ in ("NOUN", "PRON", "PROPN")


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    """True when the token falls inside one of the (start, end) spans."""
    return any(s <= token.idx < e for s, e in spans)
