"""Money: an amount with its ISO 4217 currency ("$3.6bn", "2 million euros", "£300")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Quantity
from .numbers import (
    NUMBER_PATTERN,
    SCALES,
    find_hedge,
    hedged_bounds,
    parse_number,
    read_amount,
)
from .roles import find_role, paid_for

if TYPE_CHECKING:
    from spacy.tokens import Span

SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD",
    "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD", "r$": "BRL",
    "mx$": "MXN", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "₪": "ILS", "₩": "KRW",
}  # fmt: skip
"""Currency signs; a bare "$" is the US dollar, "¥" the yen (the yuan is written out)."""
CODES = frozenset(
    {"USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CNY", "RUB", "CHF", "INR"}
)
WORDS: dict[str, str] = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "ruble": "RUB",
    "rouble": "RUB", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR",
    "shekel": "ILS", "riyal": "SAR", "rial": "IRR", "lira": "TRY", "lire": "TRY",
    "hryvnia": "UAH", "zloty": "PLN", "franc": "CHF", "forint": "HUF", "lek": "ALL",
    "leke": "ALL",
}  # fmt: skip
"""Currency names written after the amount; names several countries share
(peso, dinar, krona) are left out rather than guessed."""
DOLLARS: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD",
    "australian": "AUD", "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD",
    "taiwan": "TWD",
}  # fmt: skip
"""Whose dollars: "Canadian dollars" are CAD."""

_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_ABBR = (
    r"(?:\s?(?:bn|mn|tn)|m|k|b|t)"  # "$3.6bn", "€20m", "$3.5T": one letter, no space
)
ABBREVIATED = {**SCALES, "b": 1e9, "t": 1e12}
"""Scales written after an amount: SCALES, and "B" and "T" as US headlines
write billions and trillions ("the $3.5T deal"); only here, next to a sum."""
_AMOUNT = (
    rf"(?P<num>{NUMBER_PATTERN})"
    rf"(?:\s?(?:-|–|to)\s?(?P<num2>{NUMBER_PATTERN}))?(?P<abbr>{_ABBR})?"
)
_CURRENCY = rf"(?P<cur>{_SYMBOL}|(?-i:{'|'.join(sorted(CODES))})\s?)"
_PREFIXED = re.compile(
    rf"(?<![\w$]){_CURRENCY}\s?{_AMOUNT}(?!\w)",
    re.IGNORECASE,
)
_PREFIXED_ONE = re.compile(
    rf"(?<![\w$]){_CURRENCY}\s?(?P<num>{NUMBER_PATTERN})(?P<num2>(?!))?"
    rf"(?P<abbr>{_ABBR})?(?!\w)",
    re.IGNORECASE,
)
"""One sum where :data:`_PREFIXED` read a range that is none (:func:`_no_range`)."""
_SHARE_AFTER = re.compile(r"\s?(?:%|percent\b|per\s?cent\b)", re.IGNORECASE)
_PREFIXED_RANGE = re.compile(
    rf"(?<![\w$])(?:(?P<between>between\s+)?{_CURRENCY}\s?(?P<num>{NUMBER_PATTERN})"
    rf"\s?(?P<sep>-|–|to|and)\s?(?:{_SYMBOL})\s?(?P<num2>{NUMBER_PATTERN})(?P<abbr>{_ABBR})?)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""A range with the sign written twice: "between $1 and $1.5 trillion", "$5 to
$10 million" ("and" only after "between": "$5 and $10 million" may be two sums)."""
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
"""Before "$5 to $10 million": a change from one sum to another, not a range."""
_NAMED = re.compile(
    rf"(?<![\w.,$€£]){_AMOUNT}\s(?P<whose>(?:{'|'.join(DOLLARS)})\s)?"
    r"(?P<word>(?:dollar|euro|pound|ruble|rouble|rupee|shekel|riyal|rial|franc"
    r"|hryvnia|zloty|forint)s?|yuan|renminbi|yen|lira|lire|lek|leke)"
    r"(?:\s+sterling)?\b(?!\s+cents?\b)",
    re.IGNORECASE,
)
_WHOSE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in DOLLARS)
_WHOSE_AFTER = re.compile(rf"\s+(?P<whose>{_WHOSE})\s+dollars?\b", re.IGNORECASE)
"""Whose dollars a "$" sum is, written after it: "$1.3bn Canadian dollars"."""
_CENTS = re.compile(
    rf"(?<![\w.,$€£]){_AMOUNT}\s(?P<euro>euro\s)?(?P<word>cents?|pence)\b",
    re.IGNORECASE,
)
"""Hundredths written out: "fell 50 cents" is $0.50, "20 euro cents" €0.20,
"99 pence" £0.99 (a bare "cents" is the US dollar's, as a bare "$" is)."""
_WEIGHT = re.compile(r"\bweigh|\bpounds? of\b", re.IGNORECASE)
"""A sentence about weight: its "pounds" are not money."""


def find_money(sent: Span, text: str, name: str) -> list[Quantity]:
    """Amounts of money in one sentence.

    Args:
        sent: the sentence.
        text: its text (``sent.text``, computed once by the caller).
        name: the extractor's registry name, recorded on each quantity.

    Returns:
        Quantities of kind ``money``, with ``currency`` and, when the sentence
        says what the money pays for, ``unit``.
    """
    found, ranges = [], []
    for match in _PREFIXED_RANGE.finditer(text):
        if (match["sep"].lower() == "and") != bool(match["between"]):
            continue
        if _FROM.search(text, 0, match.start()):
            continue
        ranges.append(match.span())
        found.append(_money(sent, match, _currency(match), name))
    for match in _PREFIXED.finditer(text):
        if any(start <= match.start() < end for start, end in ranges):
            continue
        if match["num2"] and _no_range(match, text):
            match = _PREFIXED_ONE.match(text, match.start()) or match
        currency = _currency(match)
        named = _WHOSE_AFTER.match(text, match.end())
        if named and currency == "USD" and match["cur"].strip() == "$":
            currency = DOLLARS[" ".join(named["whose"].lower().split())]
        found.append(_money(sent, match, currency, name))
    for match in _NAMED.finditer(text):
        word = match["word"].lower()
        if word.startswith("pound") and _WEIGHT.search(text):
            continue
        currency = WORDS[word.rstrip("s") if word not in WORDS else word]
        if match["whose"] and currency == "USD":
            currency = DOLLARS[match["whose"].strip().lower()]
        found.append(_money(sent, match, currency, name))
    for match in _CENTS.finditer(text):
        currency = "GBP" if match["word"].lower() == "pence" else "USD"
        currency = "EUR" if match["euro"] else currency
        found.append(_money(sent, match, currency, name, hundredths=True))
    return [q for q in found if q is not None]


def _no_range(match: re.Match[str], text: str) -> bool:
    """True when the second number of "$A to B" is no end of a range of sums:
    a share ("income above $400,000 to 5 percent") or one below the first."""
    first, second = parse_number(match["num"]), parse_number(match["num2"])
    return bool(_SHARE_AFTER.match(text, match.end())) or (
        first is not None and second is not None and second < first
    )


def _currency(match: re.Match[str]) -> str:
    """The ISO code of a written sign or code ("$" -> "USD", "C$" -> "CAD")."""
    return SYMBOLS.get(match["cur"].strip().lower(), match["cur"].strip()).upper()


def _money(
    sent: Span,
    match: re.Match[str],
    currency: str,
    name: str,
    *,
    hundredths: bool = False,
) -> Quantity | None:
    """One amount: value (or range) times its scale (``hundredths``: written in
    cents or pence), with hedge, role and what it buys."""
    scale = ABBREVIATED[match["abbr"].strip().lower()] if match["abbr"] else 1.0
    scale /= 100 if hundredths else 1
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    amount = read_amount(match["num"], match["num2"], scale)
    if span is None or amount is None:
        return None
    value, low, high = amount
    hedge_start, hedge = find_hedge(span[0], start)
    low, high = hedged_bounds(value, low, high, hedge)
    unit = paid_for(span.root)
    if unit and unit.split()[-1] in WORDS:
        unit = None  # "$1.3bn Canadian dollars": the currency, not what it buys
    return Quantity(hedge_start, end, name, value=value, low=low,
                    high=high, unit=unit, hedge=hedge, kind="money",
                    currency=currency, role=find_role(span.root, None))  # fmt: skip
