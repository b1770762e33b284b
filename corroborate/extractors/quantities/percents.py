"""Percentages ("45%", "45 per cent", "2 percentage points", "30-40%")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import Quantity
from .numbers import NUMBER_PATTERN, find_hedge, hedged_bounds, read_amount
from .roles import SHARE_PREPS, find_role, paid_for

if TYPE_CHECKING:
    from spacy.tokens import Span

POINTS_UNIT = "percentage point"
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})"
    rf"(?:\s?(?:-|–|to)\s?(?P<num2>{NUMBER_PATTERN}))?"
    r"\s?(?:(?P<points>percentage\s+points?)|%|percent|per\s?cent|pct)(?!\w)",
    re.IGNORECASE,
)


def find_percents(sent: Span, text: str, name: str) -> list[Quantity]:
    """Percentages in one sentence.

    Args:
        sent: the sentence.
        text: its text (``sent.text``, computed once by the caller).
        name: the extractor's registry name, recorded on each quantity.

    Returns:
        Quantities of kind ``percent``; ``unit`` is "percentage point" for a
        difference in points, else what the share is of ("45% of voters" ->
        "voter"), else None. A falling pair ("from 45 to 30 percent") gives
        each number ("45 percent" then "30 percent").
    """
    found = []
    for match in _PERCENT.finditer(text):
        amount = read_amount(match["num"], match["num2"])
        parts = [(match.start(), match.end(), amount)]
        _, low, high = amount or (None, None, None)
        if low is not None and high is not None and low >= high:
            parts = [(match.start(), match.end("num"), read_amount(match["num"])),
                     (match.start("num2"), match.end(), read_amount(match["num2"]))]  # fmt: skip
        for start, end, part in parts:
            offsets = (sent.start_char + start, sent.start_char + end)
            quantity = _percent(sent, offsets, part, bool(match["points"]), name)
            if quantity is not None:
                found.append(quantity)
    return _pairs(found, text, sent.start_char)


_PAIRED = re.compile(r"\s*(?:to|[-\u2013\u2014])\s*")
"""What joins the two shares of one result ("46 percent to 44 percent")."""
_FROM = re.compile(r"(?i)\bfrom\s+$")
"""Before a pair, a change from one share to another ("fell from 45 to 30
percent"), not a result."""


def _pairs(found: list[Quantity], text: str, offset: int) -> list[Quantity]:
    """Shares told as one result, the first with the second as what it is
    against ("leading Hale 46 percent to 44 percent", "48% to 41%"): a poll's
    result, as "62-36" is a vote's."""
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        between = text[first.end - offset : second.start - offset]
        if (
            first.unit is None
            and second.unit is None
            and first.value is not None
            and second.value is not None
            and _PAIRED.fullmatch(between)
            and not _FROM.search(text, 0, first.start - offset)
        ):
            found[i] = replace(first, against=second.value)
    return found


def _percent(
    sent: Span,
    offsets: tuple[int, int],
    amount: tuple[float | None, float | None, float | None] | None,
    points: bool,
    name: str,
) -> Quantity | None:
    """One percentage (or range of them) with its hedge, role and what it is of."""
    span = sent.doc.char_span(*offsets, alignment_mode="expand")
    if amount is None or span is None:
        return None
    value, low, high = amount
    hedge_start, hedge = find_hedge(span[0], offsets[0])
    low, high = hedged_bounds(value, low, high, hedge)
    unit = POINTS_UNIT if points else paid_for(span.root, SHARE_PREPS)
    return Quantity(hedge_start, offsets[1], name, value=value,
                    low=low, high=high, unit=unit, hedge=hedge, kind="percent",
                    role=find_role(span.root, None))  # fmt: skip
