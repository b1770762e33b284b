"""What a number of an article allows and which slot it fills.

A number is compared with another outlet's only as the value of one slot
(:func:`slot`: its kind, counted thing, role, currency and year), and only
through the range its hedge allows (:func:`number_interval`: "nearly 50" is
45 to 50, "more than 300" has no upper bound). Who tells a number: the claim
it is linked to (:func:`claim_source`); a count of anonymous sources is how
many tell a claim, not a fact (:func:`in_source`). Read by :mod:`.statements`
into number statements and by :mod:`.compatible`.
"""

from __future__ import annotations

import math
import re
from typing import Protocol

from ..extractors.quantities.roles import ROLES
from ..records import Article, Quantity, Size, Span
from .words import WORD, stem

SAME_VALUE_MIN = 20
"""Numbers (not tallies) from this size up are distinctive enough that two
outlets giving the same value of the same thing state one fact
(:func:`.compatible.same_value`), or that one outlet's denial of it answers
the other (:mod:`.statements`)."""


class Counted(Protocol):
    """What :func:`slot` and :func:`counted` read of a number statement."""

    @property
    def qkind(self) -> str | None: ...
    @property
    def unit(self) -> frozenset[str]: ...
    @property
    def unit_text(self) -> str | None: ...
    @property
    def role(self) -> str | None: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def year(self) -> str | None: ...


OWN_YEAR_CHARS = 40
"""A year this close to a number (in characters) is the number's own year."""
HEDGE_TOLERANCE = 0.1
"""Relative width given to "about"/"nearly"/"some" numbers (10 %), at most
the place of their last non-zero digit: "about 50" is 45 to 55, "about
5,200" 5,100 to 5,300 (written to the hundred, it is not 5,700)."""

_APPROX = ("about", "around", "approximately", "roughly", "some", "estimated",
           "an estimated", "close to", "nearly", "almost", "as many as")  # fmt: skip
"""Hedges of a number near its value; "as many as 20" is a source's toll of
about 20, told as large (not "20 or more": "as many as 20 people, Iraqi
officials said" and "about 20 killed" agree)."""
_LOWER_BOUND = ("more than", "over", "at least", "minimum")
_UPPER_BOUND = ("fewer than", "less than", "under", "up to", "at most", "maximum")
_NEAR_BELOW = ("nearly", "almost", "close to")
STRICT_CEILING = ("fewer than", "less than", "under")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
"""A year written in digits."""


_TO_NUMBER = re.compile(r"\bto\s+(?:[a-z]+\s+)?\$?\d")
_TO_END = re.compile(r"\bto\s+(?:[a-z]+\s+)?$")
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
"""A change "from" one value "to" another: a year beside one is not the other's."""


def own_year(text: str, sentence: Span, quantity: Quantity) -> str | None:
    """The year written closest to a number in its sentence, within a few words
    ("46.7 miles per gallon projected in 2025"), if any; not across the "to"
    of a change ("from 54 miles per gallon by 2025 to about 40": 2025 is the
    54's, not the 40's)."""
    near = []
    for m in YEAR.finditer(text, sentence.start, sentence.end):
        if quantity.start <= m.start() < quantity.end:
            continue
        if m.start() >= quantity.end:  # "from 54 to 40 mpg by 2025": the 40's
            gap = text[quantity.end : m.start()]
            other = _TO_NUMBER.search(gap)
        else:  # "from 54 mpg by 2025 to about 40": the 54's
            gap = text[m.end() : quantity.start]
            other = _TO_END.search(gap) and _FROM.search(
                text, sentence.start, m.start()
            )
        if len(gap) <= OWN_YEAR_CHARS and not other:
            near.append((len(gap), m.group()))
    return min(near)[1] if near else None


def slot_event(article: Article, quantity: Quantity) -> int | None:
    """The index of the event a quantity counts for: its link, else the event
    around it that has it as its size or holds it in a participant."""
    link = quantity.linked_to or ""
    if link.startswith("event:") and 0 <= int(link.split(":")[1]) < len(article.events):
        return int(link.split(":")[1])
    around = [
        i
        for i, e in enumerate(article.events)
        if e.evidence.start <= quantity.start and quantity.end <= e.evidence.end
    ]
    size = Size.of(quantity)
    sized = [i for i in around if size in article.events[i].size.values()]
    inside = [
        i
        for i in around
        for s in article.events[i].recipients + article.events[i].actors
        if s.start <= quantity.start and quantity.end <= s.end
    ]
    found = sized or inside
    return found[0] if found else None


def number_interval(quantity: Quantity | Size) -> tuple[float, float] | None:
    """The range a number allows, widened by its hedge; a vague plural
    ("dozens") allows its bounds, never one guessed number."""
    hedge = (quantity.hedge or "").lower()
    if quantity.low is not None or quantity.high is not None:
        low = quantity.low if quantity.low is not None else 0.0
        high = quantity.high if quantity.high is not None else math.inf
        if quantity.value is not None and hedge.startswith(_NEAR_BELOW):
            low = min(low, quantity.value * (1 - HEDGE_TOLERANCE))
        return low, high
    if quantity.value is None:
        return None
    value = quantity.value
    width = _hedge_width(value)
    if hedge.startswith(_LOWER_BOUND):
        return value, math.inf
    if hedge.startswith(_NEAR_BELOW):
        return value - width, value
    if hedge.startswith(_UPPER_BOUND):
        return 0.0, value
    if hedge.startswith(_APPROX):
        return value - width, value + width
    return value, value


def _hedge_width(value: float) -> float:
    """How far a hedged number may lie from its value (:data:`HEDGE_TOLERANCE`)."""
    width = abs(value) * HEDGE_TOLERANCE
    if value and value == int(value):
        place = 1
        while int(value) % (place * 10) == 0:
            place *= 10
        width = min(width, place)
    return width


def slot(statement: Counted) -> tuple[object, ...]:
    """What a number is the value of: its kind, unit, role, currency and year."""
    s = statement
    return (s.qkind, s.unit, s.role, s.currency, s.year)


def counted(statement: Counted) -> tuple[object, ...]:
    """The noun a number counts, whatever its modifiers and role: its kind,
    currency and the stem of the unit's last word ("troops" of "About 5,200
    American troops" and of "nearly 6,000 troops")."""
    words = WORD.findall(statement.unit_text or "")
    return (statement.qkind, statement.currency, stem(words[-1]) if words else None)


def in_source(article: Article, quantity: Quantity) -> bool:
    """True for a count of the anonymous sources of a claim ("according to
    two people familiar with the meeting", "three officials briefed on the
    talks") or of the one who tells it ("One Nashville drag performer called
    it ...", "one user wrote"): who tells it, not what they tell. Other
    counted sources ("22 Democrats joined ... in saying", "one member voted
    against": what happened to them) may be what the story reports."""
    return any(
        c.source
        and c.source.start <= quantity.start
        and quantity.end <= c.source.end
        and (
            _one_teller(quantity)
            or _ANONYMOUS.search(article.text[c.source.start : c.source.end])
        )
        for c in article.claims
    )


_HAPPENED = frozenset(ROLES.values())
"""Roles that tell what happened to those counted ("killed", "voted"): a count
of one the story reports, even of one who speaks."""


def _one_teller(quantity: Quantity) -> bool:
    """True for a count of one that nothing happened to ("one user wrote"),
    "one" standing for "a"; not "one member voted against"."""
    return quantity.value == 1 and quantity.role not in _HAPPENED


_ANONYMOUS = re.compile(
    r"\b(?:familiar with|(?:direct )?knowledge of|briefed on|close to|"
    r"on (?:the )?condition of anonymity|not authorized to)\b",
    re.IGNORECASE,
)
"""How news describe sources they do not name."""


def claim_source(article: Article, quantity: Quantity) -> str | None:
    """Who a quantity is attributed to, through the claim it is linked to."""
    link = quantity.linked_to or ""
    if link.startswith("claim:"):
        index = int(link.split(":")[1])
        if 0 <= index < len(article.claims):
            claim = article.claims[index]
            return claim.source_text or claim.according_to
    return None


# "16 other states", "one of its members": a part, not the total of the slot
_SUBSET = re.compile(
    r"\b(other|another|additional|further|of (the|its|their|his|her|them|those|"
    r"these|whom|which))\b",
    re.IGNORECASE,
)
_MODIFIER = re.compile(
    r"[\w.,]+\s*-\s*(way|digit|fold|sided|dimensional|star|lane|vote|point)s?"
)
_AGE = re.compile(r"\b(year|month|week)s?\s*-\s*old\b", re.IGNORECASE)
_NUMBERED_NAME = re.compile(
    r"\b(?:Title|Section|Article|Chapter|Proposition|Prop\.|Amendment|Rule|No\.|"
    r"Phase|District|Ward|Route|Highway|Interstate|Flight)\s*$"
)
"""A word that makes the number after it a name or a rank ("Title 42",
"Section 230", "the No. 2 Republican"), which counts nothing."""
_YEAR_BEFORE_NOUN = re.compile(r"(?:1[89]|20)\d\d\s+[^\W\d]")
"""A year written before a noun, which it dates rather than counts ("the 2020
elections", "their 2015 rates", "below 1990 levels")."""
NOTHING_COUNTED = frozenset({"thing"})
"""Counted words, as :func:`.words.content_words` gives them, that count
nothing a source could be checked on ("there is one thing I'd change", "five
things to know")."""


def counts_no_slot(text: str, quantity: Quantity, unit: frozenset[str]) -> bool:
    """True for a count that is no slot two outlets could give: one of
    nothing (:data:`NOTHING_COUNTED`, or no counted word), a part of the slot
    ("16 other states"), an age ("ten - year - old children"), a number that
    qualifies a noun ("a two-way street"; "the 60-vote bar" is a count
    needed), a year before its noun or a name ("Title 42")."""
    written = text[quantity.start : quantity.end]
    return (
        not unit
        or unit <= NOTHING_COUNTED
        or bool(_SUBSET.search(written))
        or bool(_AGE.search(written))
        or (bool(_MODIFIER.fullmatch(written)) and quantity.role != "needed")
        or bool(_YEAR_BEFORE_NOUN.match(written))
        or bool(
            _NUMBERED_NAME.search(text[max(0, quantity.start - 14) : quantity.start])
        )
    )
