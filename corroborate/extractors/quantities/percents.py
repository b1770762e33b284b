"""Percentages ("45%", "45 per cent", "2 percentage points", "30-40%") and
shares told as so many in so many ("four in 10 Iowa Republicans")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import Quantity
from .numbers import (
    NUMBER_PATTERN,
    find_hedge,
    hedged_bounds,
    parse_number,
    read_amount,
)
from .roles import SHARE_PREPS, find_role, paid_for, unit_of, unit_text

if TYPE_CHECKING:
    from spacy.tokens import Span

POINTS_UNIT = "percentage point"
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})"
    rf"(?:\s?(?:-|–|to)\s?(?P<num2>{NUMBER_PATTERN}))?"
    r"\s?(?:(?P<points>percentage\s+points?)|%|percent|per\s?cent|pct)(?!\w)",
    re.IGNORECASE,
)


_IN_EVERY = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})\s+(?:in|out\s+of)\s+"
    rf"(?P<den>{NUMBER_PATTERN})(?![\w.,-])",
    re.IGNORECASE,
)
"""A share told as so many in so many: "four in 10", "9 out of 10"."""
SHARE_DENOMINATORS = (2, 100)
"""The smallest and largest "in N" that tells a share ("one in three", "four
in 10", "nine out of 100"); "3 in 2016" is a date."""
TIME_UNITS = frozenset("second minute hour day week month year decade century".split())
"""Nouns after which "in N" is a stretch of time: "four in 10 days"."""


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
    for match in _IN_EVERY.finditer(text):
        if not any(q.start < sent.start_char + match.end() for q in found if
                   sent.start_char + match.start() < q.end):  # fmt: skip
            share = _share(sent, match, name)
            found += [share] if share is not None else []
    return _pairs(sorted(found, key=lambda q: q.start), text, sent.start_char)


def _share(sent: Span, match: re.Match[str], name: str) -> Quantity | None:
    """A share told as so many in so many, as a percentage over the range its
    rounding allows ("three in 10" is 25 to 35 percent) and of the noun after
    it ("four in 10 Iowa Republicans"); None for a time ("four in 10 days")."""
    part, whole = parse_number(match["num"]), parse_number(match["den"])
    if part is None or whole is None or not part <= whole:
        return None
    if not SHARE_DENOMINATORS[0] <= whole <= SHARE_DENOMINATORS[1]:
        return None
    start = sent.start_char + match.start()
    numerator = sent.doc.char_span(start, sent.start_char + match.end("num"),
                                   alignment_mode="expand")  # fmt: skip
    denominator = sent.doc.char_span(sent.start_char + match.start("den"),
                                     sent.start_char + match.end("den"),
                                     alignment_mode="expand")  # fmt: skip
    if (
        not numerator
        or not denominator
        or denominator[-1].ent_type_ in ("DATE", "TIME")
    ):
        return None
    noun = unit_of(denominator[-1])
    if noun is not None and noun.lemma_.lower() in TIME_UNITS:
        return None
    hedge_start, hedge = find_hedge(numerator[0], start)
    value = round(100 * part / whole, 1)
    low, high = hedged_bounds(value, 100 * (part - 0.5) / whole,
                              100 * (part + 0.5) / whole, hedge)  # fmt: skip
    end = max(sent.start_char + match.end(), noun.idx + len(noun) if noun else 0)
    unit = (
        unit_text(noun) if noun is not None else paid_for(numerator.root, SHARE_PREPS)
    )
    return Quantity(hedge_start, end, name, value=value, low=low, high=high, unit=unit,
                    hedge=hedge, kind="percent", role=find_role(denominator.root, noun))  # fmt: skip


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
