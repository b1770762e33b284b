"""Percentages ("45%", "45 per cent", "2 percentage points", "30-40%") and
shares told as so many in so many ("four in 10 Iowa Republicans") or as a
fraction of a group ("two-thirds of voters", "half of the seats")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import Quantity
from .numbers import (
    FRACTIONS,
    NUMBER_PATTERN,
    NUMERATORS,
    find_hedge,
    hedged_bounds,
    parse_number,
    read_amount,
)
from .roles import SHARE_PREPS, find_role, paid_for, unit_of, unit_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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


_FRACTION_WORDS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_FRACTION = re.compile(
    rf"(?<![\w.,-])(?:(?P<num>{'|'.join(NUMERATORS)})[\s-]+"
    rf"(?P<frac>{_FRACTION_WORDS})|(?P<half>half)(?=\s+of\b))"
    r"(?![\w-])(?!\s*[-\u2013]\s*\w)",
    re.IGNORECASE,
)
"""A fraction word and its numerator: "two-thirds", "two - thirds", "one
third", "a quarter", or "half" before "of"; not a fraction of a word
("one third-party candidate")."""
_WHOLE_NUMBER = re.compile(
    rf"(?i)\s+of\s+(?:an?\s+)?(?:{'|'.join(('hundred', 'thousand', 'million', 'billion', 'dozen'))})\b"
)
"""What makes a fraction part of a number ("a quarter of a million")."""
NOT_A_SHARE_BEFORE = frozenset(
    "first second last latter other top bottom back front".split()
)
"""Words before a fraction that make it a part of a stretch or a ranking
("the first half of the year", "the top half of earners"), not a share of
a group."""


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
    for match in _FRACTION.finditer(text):
        if not any(q.start < sent.start_char + match.end() for q in found if
                   sent.start_char + match.start() < q.end):  # fmt: skip
            share = _fraction_share(sent, match, name)
            found += [share] if share is not None else []
    return _pairs(sorted(found, key=lambda q: q.start), text, sent.start_char)


def _fraction_share(sent: Span, match: re.Match[str], name: str) -> Quantity | None:
    """A fraction of a group as the percentage it is, of what its "of" names
    ("two-thirds of all voters" is 66.7 percent of voters, "a third of the
    seats" 33.3 percent of seats, "one-third die" 33.3 percent); None for a
    fraction that is part of a number ("two and a half million", "a quarter
    of a million") or of a stretch of time ("the first half of 2021")."""
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    text = sent.doc.text
    of = re.match(r"\s+of\b", text[end:]) is not None
    article = (match["num"] or "").lower() in ("a", "an")
    if span is None or not span or _WHOLE_NUMBER.match(text, end):
        return None
    if (article and not of) or _not_a_share(span[0]):
        return None
    fraction = span[-1]
    whole = next((c for p in fraction.children if p.lower_ == "of" for c in p.children
                  if c.dep_ == "pobj"), None)  # fmt: skip
    if whole is not None and (
        whole.ent_type_ in ("DATE", "TIME") or whole.lemma_.lower() in TIME_UNITS
    ):
        return None
    parts = (
        (NUMERATORS[match["num"].lower()], FRACTIONS[match["frac"].lower()])
        if match["num"]
        else (1, 2)
    )
    hedge_start, hedge = find_hedge(span[0], start)
    value = round(100 * parts[0] / parts[1], 1)
    low, high = hedged_bounds(value, None, None, hedge)
    unit = paid_for(fraction, SHARE_PREPS) if of else None
    return Quantity(hedge_start, end, name, value=value, low=low, high=high, unit=unit,
                    hedge=hedge, kind="percent", role=find_role(fraction, None))  # fmt: skip


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


def _not_a_share(first: Token) -> bool:
    """True when the word before a fraction is one of :data:`NOT_A_SHARE_BEFORE`
    or the "and" of a mixed number ("two and a half", "16 and two-thirds")."""
    doc, i = first.doc, first.i
    before = doc[i - 1].lower_ if i > 0 else ""
    mixed = before == "and" and i > 1 and doc[i - 2].like_num
    return mixed or before in NOT_A_SHARE_BEFORE


_PERCENT_SIGN = re.compile(r"(?i)%|percent|per\s?cent|pct")
"""A percentage's own sign or word, which no share is of."""
_PAIRED = re.compile(r"\s*(?:to|[-\u2013\u2014])\s*")
"""What joins the two shares of one result ("46 percent to 44 percent")."""
_FROM = re.compile(r"(?i)\bfrom\s+$")
"""Before a pair, a change from one share to another ("fell from 45 to 30
percent"), not a result."""
_DASHED = re.compile(r"\s*[-\u2013\u2014]\s*")
"""A dash between two shares: one result ("64%-27%"); "1% to 3% support" may
be a range of one share."""
_OF = re.compile(r"(?i)[\s\"'\u201d\u2019)]+of\b")
"""After a share, the whole it is of ("41% of voters")."""


def _pairs(found: list[Quantity], text: str, offset: int) -> list[Quantity]:
    """Shares told as one result, the first with the second as what it is
    against ("leading Hale 46 percent to 44 percent", "48% to 41%"): a poll's
    result, as "62-36" is a vote's. A noun a dashed pair qualifies is no
    whole the second is a share of ("her 64%-27% advantage over Sanders":
    64 percent against 27 percent, no share of an advantage)."""
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        between = text[first.end - offset : second.start - offset]
        qualified = (
            second.unit is not None
            and _DASHED.fullmatch(between) is not None
            and not _OF.match(text, second.end - offset)
        )
        if (
            first.unit is None
            and (second.unit is None or qualified)
            and first.value is not None
            and second.value is not None
            and _PAIRED.fullmatch(between)
            and not _FROM.search(text, 0, first.start - offset)
        ):
            found[i] = replace(first, against=second.value)
            found[i + 1] = replace(second, unit=None)
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
    if unit is not None and _PERCENT_SIGN.fullmatch(unit):
        # "64%-27%", "52-48 percent": the parser hung one on the other's sign
        unit = None
    return Quantity(hedge_start, offsets[1], name, value=value,
                    low=low, high=high, unit=unit, hedge=hedge, kind="percent",
                    role=find_role(span.root, None))  # fmt: skip
