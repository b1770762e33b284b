"""Pairs of numbers: vote tallies ("voted 134-63", "a 4-1 decision") and ranges
("between 30 and 40 people", "30 to 40 people", "30-40 people")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Quantity
from ...syntax import climb
from .numbers import NUMBER_PATTERN, find_hedge, read_amount
from .roles import ROLES, find_role, unit_of, unit_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VOTE_UNIT, VOTE_ROLE = "vote", "voted"
VOTE_NOUNS = frozenset({"vote", "ballot", "decision", "ruling", "verdict", "majority",
                        "margin", "tally", "split", "poll"})  # fmt: skip
"""Nouns a tally can qualify: "a 4-1 decision", "by a 52-48 margin"."""
VOTE_LEMMAS = VOTE_NOUNS | frozenset(
    {"pass", "approve", "reject", "adopt", "defeat", "override", "uphold", "overturn",
     "strike", "confirm", "decide", "rule", "elect", "acquit", "convict", "endorse",
     "back", "fail", "block", "ratify", "veto"}
)  # fmt: skip
"""Words that make a pair of numbers in their clause a tally ("passed 60-40")."""
MAX_VOTE_CLIMB = 4  # dependency steps from the pair up to its clause's vote word
MAX_TALLY_DIGITS = 4  # "134-63"; longer runs are codes and phone numbers

_NUM = NUMBER_PATTERN
_VOTES = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})\s+votes?\s+(?:to|against)\s+(?P<b>{_NUM})\b"
    rf"|(?<![\w.,])(?P<a2>{_NUM})\s+(?:in\s+favou?r|for|yes|yeas?|ayes?)"
    rf"(?:,?\s+(?:and|with|to))?\s+(?P<b2>{_NUM})\s+(?:against|opposed|no|nays?|noes)\b",
    re.IGNORECASE,
)
"""Tallies that say so themselves: "134 votes to 63", "52 in favour and 48 against"."""
_DASH = re.compile(
    rf"(?<![\w.,/$€£%-])(?P<a>\d{{1,{MAX_TALLY_DIGITS}}})\s?[-–—]\s?"
    rf"(?P<b>\d{{1,{MAX_TALLY_DIGITS}}})(?![\w%/–—-]|[.,]\d)"
)
_TO = re.compile(rf"(?<![\w.,$€£])(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})\b", re.IGNORECASE)
_TO_UNIT = re.compile(
    rf"(?<![\w.,$€£])(?P<a>{_NUM})\s+(?P<unit>[a-z]+)\s+to\s+(?P<b>{_NUM})\s+(?P=unit)\b",
    re.IGNORECASE,
)
"""A range that writes its unit twice: "winds of 14 mph to 23 mph"."""
_BETWEEN = re.compile(
    rf"\bbetween\s+(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})\b", re.IGNORECASE
)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
"""Before "30 to 40": a change from one number to another, not a range."""
_YEAR = range(1900, 2101)
KNOWN_ROLES = frozenset(ROLES.values())
"""A pair that counts no noun is a range only when one of these happened to it
("killing 30-40"); otherwise it is most often a score."""


def find_tallies(sent: Span, text: str, name: str) -> list[Quantity]:
    """Tallies and ranges in one sentence, in that order of precedence.

    A pair is a tally (kind ``vote``: ``value`` for, ``against`` against, unit
    "vote", role "voted") when it says so ("votes to", "in favour ... against"),
    qualifies a vote noun ("a 4-1 decision") or sits in the clause of a vote word
    ("passed 60-40", "voted 8 to 1", "by a vote of 52 to 48"). Otherwise a rising
    pair is a range of counts (``low``, ``high``, no ``value``) when it counts a
    noun ("30-40 people") or something known happened to it ("killing 30-40");
    a falling pair with no vote word (a match score, "won 3-1") and a bare one
    ("lost 1-3", "aged 18-25") are no quantity at all. A pair of years
    ("1990-1995") and "from 30 to 40" (a change) are left alone.

    Args:
        sent: the sentence.
        text: its text (``sent.text``, computed once by the caller).
        name: the extractor's registry name, recorded on each quantity.
    """
    found: list[Quantity] = []
    for pattern, may_vote, may_range in (
        (_VOTES, True, False),
        (_DASH, True, True),
        (_TO, True, True),
        (_TO_UNIT, False, True),
        (_BETWEEN, False, True),
    ):
        for match in pattern.finditer(text):
            a, b = match["a"] or match["a2"], match["b"] or match["b2"]
            if pattern in (_TO, _TO_UNIT) and _FROM.search(text, 0, match.start()):
                continue
            start = sent.start_char + match.start()
            end = sent.start_char + match.end()
            if any(q.start < end and start < q.end for q in found):
                continue
            quantity = _pair(sent, (start, end), (a, b), name,
                             always_vote=pattern is _VOTES, may_vote=may_vote,
                             may_range=may_range)  # fmt: skip
            if quantity is not None:
                found.append(quantity)
    return found


def _pair(
    sent: Span,
    offsets: tuple[int, int],
    numbers: tuple[str, str],
    name: str,
    *,
    always_vote: bool,
    may_vote: bool,
    may_range: bool,
) -> Quantity | None:
    """A tally, a range, or None for a pair that is neither."""
    span = sent.doc.char_span(*offsets, alignment_mode="expand")
    amount = read_amount(*numbers)
    if span is None or amount is None:
        return None
    _, first, second = amount  # a tally's two numbers, a range's bounds
    if first is None or second is None or int(first) in _YEAR and int(second) in _YEAR:
        return None
    noun = _counted_noun(span)
    is_vote = always_vote or (
        may_vote
        and (noun is None or noun.lemma_.lower() in VOTE_NOUNS)
        and _in_vote_clause(span, noun)
    )
    start, end = offsets
    if is_vote:
        return Quantity(start, end, name, value=first, unit=VOTE_UNIT, kind="vote",
                        role=VOTE_ROLE, against=second)  # fmt: skip
    role = find_role(span.root, noun)
    if not may_range or first >= second or (noun is None and role not in KNOWN_ROLES):
        return None  # a score ("won 3-1", "lost 1-3"), an age band, a change
    hedge_start, hedge = find_hedge(span[0], start)
    if noun is not None:
        end = max(end, noun.idx + len(noun.text))
    return Quantity(hedge_start, end, name, low=first, high=second,
                    unit=unit_text(noun) if noun is not None else None, hedge=hedge,
                    role=role)  # fmt: skip


def _counted_noun(span: Span) -> Token | None:
    """The noun a pair qualifies: "30-40 people", "a 4-1 decision", "14 mph
    to 23 mph"."""
    last = span[-1]
    if (
        len(span) > 1
        and span[-2].like_num
        and not last.like_num
        and last.pos_ == "NOUN"
    ):
        last = span[-2]  # the unit written after each number
    unit = unit_of(last)
    if unit is not None:
        return unit
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and any(t.head.i == nxt.i for t in span):
        return nxt
    return None


def _in_vote_clause(span: Span, noun: Token | None) -> bool:
    """True when the pair, its noun or a word it hangs on (a few steps up) is a
    vote word, or that word is "be" with a vote noun for subject ("the vote was
    65 to 33", "the tally was 61-38"); never above a split told between sides
    ("the Senate, which is split 50-50 between Democrats and Republicans":
    how it is made up, whatever passes in it)."""
    for token in climb(noun if noun is not None else span.root, MAX_VOTE_CLIMB):
        if token.lemma_.lower() == "split" and _has_between(token):
            return False
        if token.lemma_.lower() in VOTE_LEMMAS or _vote_is(token):
            return True
    return False


def _has_between(token: Token) -> bool:
    """True for a word with a "between" of its own ("split ... between
    Democrats and Republicans")."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children)


def _vote_is(token: Token) -> bool:
    """True for the copula of a clause whose subject is a vote noun."""
    return token.lemma_ == "be" and any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in VOTE_NOUNS
        for child in token.children
    )
