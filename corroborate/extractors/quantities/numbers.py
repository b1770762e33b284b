"""Reading numbers in digits or words, and the hedges written before them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WORD_NUMBERS: dict[str, float] = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0,
     "eighty": 80.0, "ninety": 90.0, "hundred": 100.0, "thousand": 1e3,
     "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0}  # fmt: skip
SCALES: dict[str, float] = {
    "dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12,
}  # fmt: skip
"""Words that multiply what precedes them ("two dozen", "3.5 billion", "$3.6bn")."""
ARTICLES = frozenset({"a", "an"})  # "a dozen" = 12, "half a million" = 500,000
FRACTIONS: dict[str, float] = {"half": 2.0, "halves": 2.0, "third": 3.0,
                               "thirds": 3.0, "quarter": 4.0, "quarters": 4.0,
                               "fourth": 4.0, "fourths": 4.0, "fifth": 5.0,
                               "fifths": 5.0}  # fmt: skip
"""Fraction words and what they divide by, as a whole number's fraction is told
("two and a half million", "16 and two-thirds percent") and a group's share
("two-thirds of voters")."""
NUMERATORS: dict[str, float] = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0,
                                "three": 3.0, "four": 4.0}  # fmt: skip
"""Words that count the fraction words after them ("a half", "two-thirds")."""

# Vague plurals ("dozens of injuries"): (low, high) read as "at least two of
# the unit" up to just below the next order; a convention, not calibrated.
VAGUE_RANGES: dict[str, tuple[float, float]] = {
    "dozen": (24.0, 99.0), "score": (40.0, 99.0), "hundred": (200.0, 999.0),
    "thousand": (2e3, 9999.0), "million": (2e6, 9.99e6), "billion": (2e9, 9.99e9),
}  # fmt: skip

HEDGES: tuple[str, ...] = (
    "no more than",  # a bound turned: at most, not more than
    "no fewer than",
    "no less than",
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
_HEDGE_WORDS = [(hedge, hedge.split()) for hedge in HEDGES]
MAX_HEDGE_WORDS = max(len(words) for _, words in _HEDGE_WORDS)
LOWER_BOUND_HEDGES = frozenset(
    {"more than", "over", "at least", "no fewer than", "no less than"}
)
UPPER_BOUND_HEDGES = frozenset(
    {"less than", "fewer than", "up to", "at most", "under", "no more than"}
)

DIGITS_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_FRACTIONS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
NUMBER_PATTERN = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|(?:(?:half\s+)?an?\s+(?=hundred|thousand|million|billion|dozen))?"
    rf"(?:{_WORDS})(?:[\s-]+(?:and\s+)?(?:{_WORDS}))*)"
    rf"(?:\s+and\s+(?:{'|'.join(NUMERATORS)})[\s-]+(?:{_FRACTIONS}))?"
    r"(?:[\s-](?:hundred|thousand|million|billion|trillion))?"
)
"""A number in digits or words, with its fraction and a scale word:
"5,687.75", "3.5 billion", "two hundred and fifty", "half a million", "16 and
two-thirds", "two and a half million". Matched case-insensitively on word
boundaries by the patterns that use it."""
HAS_NUMBER_RE = re.compile(rf"\d|\b(?:{_WORDS}|{_FRACTIONS})\b")
"""A lower-cased text with a number or a fraction in it ("a third of the
seats"), the only ones worth scanning for patterns
(case-sensitive: a case-blind alternation of words scans several times slower)."""


def parse_number(text: str) -> float | None:
    """The value of a number written in digits and/or words, or None.

    Args:
        text: e.g. ``"5,687.75"``, ``"3.5 billion"``, ``"a dozen"``,
            ``"half a million"``, ``"two hundred and fifty"``, ``"3.6bn"``,
            ``"16 and two-thirds"`` (16.67), ``"two and a half million"``.

    Returns:
        The number, or None when a word is not part of a number.
    """
    words = re.sub(r"(\d)([a-z]+)$", r"\1 \2", text.lower().replace("-", " ")).split()
    words = _with_fraction(words)
    factor = 0.5 if words[:1] == ["half"] else 1.0
    value = current = 0.0
    for word in words[1:] if factor != 1.0 else words:
        if word == "and":
            continue
        number = (
            1.0
            if word in ARTICLES
            else float(word.replace(",", ""))
            if DIGITS_RE.match(word)
            else SCALES.get(word, WORD_NUMBERS.get(word))
        )
        if number is None:
            return None
        if word in SCALES and current:
            current *= number
            if number >= 1000:
                value, current = value + current, 0.0
        else:
            current += number
    return (value + current) * factor if words else None


def _with_fraction(words: list[str]) -> list[str]:
    """The words of a number with the fraction told after its whole part added
    to that part, as digits: "two and a half million" -> "2.5 million"; other
    words as they are (unreadable ones are left for the caller to refuse)."""
    for j, word in enumerate(words):
        if word in FRACTIONS and j >= 3 and words[j - 2] == "and":
            whole = parse_number(" ".join(words[: j - 2]))
            numerator = NUMERATORS.get(words[j - 1])
            if whole is not None and numerator is not None:
                mixed = whole + numerator / FRACTIONS[word]
                return [str(mixed), *words[j + 1 :]]
    return words


def read_amount(
    first: str, second: str | None = None, scale: float = 1.0
) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high) of one number or of a range of two, times ``scale``.

    A range has no value, only its bounds, and a scale written once is shared:
    "two to three million" is 2e6 to 3e6. None when a number is unreadable.
    """
    low = parse_number(first)
    high = parse_number(second) if second else None
    if low is None or (second and high is None):
        return None
    if high is None:
        return low * scale, None, None
    last = second.lower().split()[-1] if second else ""
    if last in SCALES and first.lower().split()[-1] not in SCALES:
        low *= SCALES[last]
    return None, low * scale, high * scale


def is_number_word(token: Token) -> bool:
    """True for a token written as a number: "17,000", "2.5", "fifty", "million"."""
    low = token.lower_
    if low[:1].isdigit():
        return bool(DIGITS_RE.match(low))
    if "-" in low:  # "twenty-five"
        return all(w in WORD_NUMBERS for w in low.split("-"))
    return low in WORD_NUMBERS


def find_hedge(first: Token, start: int | None = None) -> tuple[int, str | None]:
    """Start offset and text of a hedge right before the number ("about", "at least").
    A verb's particle is none ("handed over $25 million", "turned over 300
    documents").

    Args:
        first: the number's first token.
        start: where the number's written pattern starts, which the token
            holding it may start before; given back when there is no hedge.
    """
    doc = first.doc
    before = [t.lower_ for t in doc[max(0, first.i - MAX_HEDGE_WORDS) : first.i]]
    for hedge, words in _HEDGE_WORDS:
        if len(words) <= len(before) and before[len(before) - len(words) :] == words:
            if doc[first.i - 1].dep_ == "prt":
                break
            return doc[first.i - len(words)].idx, hedge
    return first.idx if start is None else start, None


def hedged_bounds(
    value: float | None, low: float | None, high: float | None, hedge: str | None
) -> tuple[float | None, float | None]:
    """(low, high) once a one-sided hedge is read: "more than 50" is (50, None)."""
    if hedge in LOWER_BOUND_HEDGES:
        return value, None
    if hedge in UPPER_BOUND_HEDGES:
        return None, value
    return low, high
