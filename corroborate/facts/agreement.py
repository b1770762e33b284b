"""When the values of two statements of one proposition agree, and when
they conflict.

Values agree when they can describe the same state of the world: number
ranges (after hedges) that overlap, or that a rounding of one gives the
other ("close to 514,000" and "500,000"; "181" and "180"); dates whose day
ranges can hold the same day (one day of tolerance, unless two weekdays are
named). Which statements are of
one proposition is :mod:`.compatible`.
"""

from __future__ import annotations

import math
import re

from ..timex.lexicon import WEEKDAY_FULL_RE
from .statements import Statement
from .timeline import disjoint

FINE_DATE_DAYS = 62
"""A date spanning fewer days than this names a day, a week or a month (a
weekday near a publication date known to the month spans about 45)."""
ROUNDING_MIN = 100
"""Rounding is read only in numbers this large: "nine" and "10" disagree."""
ROUNDING_TOLERANCE = 0.05
"""... and only where it moves the number by 5 % at most (514,000 -> 500,000),
or by 10 % to a number of one significant digit ("$1.07bn" -> "$1 billion")."""
ONE_DIGIT_TOLERANCE = 0.1
POLL = re.compile(
    r"\b(polls?|polling|pollsters?|surveys?|surveyed|margin of (?:sampling )?error)\b",
    re.IGNORECASE,
)
"""Words that tell a figure was measured by a poll."""
ONE_WEEKDAY = re.compile(
    rf"^(?:on\s+|last\s+|this\s+)?({WEEKDAY_FULL_RE})$", re.IGNORECASE
)
"""A date told by a weekday's name alone ("Tuesday", "on Wednesday"): not
"late Tuesday" or "Tuesday night", which may be the next day elsewhere."""
TOLD_ALIKE_WORDS = 6
"""Content words two sentences need, all the same, to be one sentence told twice."""
AHEAD = re.compile(r"\b(?:next|tomorrow|coming|upcoming)\b", re.IGNORECASE)
"""Words of a date that point ahead of the article ("next month", "tomorrow")."""


def numbers_conflict(a: Statement, b: Statement) -> bool:
    """True when two numbers of one slot cannot both be right
    (:func:`values_apart`) and neither article gives other values for the
    slot, unless the two are told in one sentence's words (:func:`told_alike`):
    which value the other outlet means is then clear."""
    if (a.ambiguous or b.ambiguous) and not told_alike(a, b):
        return False
    return values_apart(a, b)


def values_apart(a: Statement, b: Statement) -> bool:
    """True when two numbers of one slot cannot both be right: their ranges do
    not overlap and neither rounds to the other (two polls' shares may
    differ)."""
    if a.interval is None or b.interval is None or _two_polls(a, b):
        return False
    if a.qkind == "vote" and (a.stated, a.against) != (b.stated, b.against):
        return a.against is not None and b.against is not None
    (lo1, hi1), (lo2, hi2) = a.interval, b.interval
    if a.stated == b.stated and {lo1 == a.stated, lo2 == b.stated} == {True, False}:
        return hi1 == math.inf or hi2 == math.inf  # a floor against a ceiling
    if not (hi1 < lo2 or hi2 < lo1):
        return False
    return not (_rounds_to(a.stated, b.stated) or _rounds_to(b.stated, a.stated))


def _two_polls(a: Statement, b: Statement) -> bool:
    """True when either number is a poll's and their sentences name no
    organisation in common: each poll measures its own sample on its own
    days ("17 percent of likely Democratic voters still undecided" in an April
    survey, "40% of Sanders' voters" in a USA TODAY/Suffolk poll; a margin of
    error of 5.7 points and one of four), so two polls' figures do not
    conflict unless the sentences name the same pollster."""
    if not (POLL.search(a.sentence_text) or POLL.search(b.sentence_text)):
        return False
    return not {e for e in a.entities & b.entities if e.startswith("org-")}


def told_alike(a: Statement, b: Statement) -> bool:
    """True when two numbers' sentences have the same content words, at least
    ``TOLD_ALIKE_WORDS`` of them ("Currently, 26 states are likely or almost
    certain to ban abortion" and the same with 85): one sentence, each
    outlet's number in it."""
    return len(a.words) >= TOLD_ALIKE_WORDS and a.words == b.words


def numbers_agree(a: Statement, b: Statement) -> bool:
    """True when two numbers can give one value: the same tally, ranges that
    overlap, or one a rounding of the other. Numbers that neither agree nor
    clearly conflict (an ambiguous number, an article giving both values) are
    two facts, never one corroborated fact."""
    if a.interval is None or b.interval is None:
        return a.stated == b.stated
    if a.qkind == "vote" or b.qkind == "vote":
        return (a.stated, a.against) == (b.stated, b.against)
    if _short_of(a, b) or _short_of(b, a):
        return False
    (lo1, hi1), (lo2, hi2) = a.interval, b.interval
    if not (hi1 < lo2 or hi2 < lo1):
        return True
    return _rounds_to(a.stated, b.stated) or _rounds_to(b.stated, a.stated)


def _short_of(ceiling: Statement, exact: Statement) -> bool:
    """True when a strict ceiling excludes the very value the other gives:
    "less than $5 billion" offered is not the "$5 billion" demanded."""
    return (
        ceiling.below
        and exact.stated == ceiling.stated
        and exact.interval == (exact.stated, exact.stated)
    )


def _rounds_to(exact: float | None, rounded: float | None) -> bool:
    """True when ``rounded`` is ``exact`` rounded to its own last non-zero
    digit: 514,000 -> 500,000; 181 -> 180; 1.07 billion -> 1 billion (numbers
    from ``ROUNDING_MIN``, within ``ROUNDING_TOLERANCE``)."""
    if exact is None or rounded is None or rounded < ROUNDING_MIN or exact == rounded:
        return False
    digits = f"{rounded:.0f}"
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return False
    unit = 10**zeros
    one_digit = len(digits) - zeros == 1
    tolerance = ONE_DIGIT_TOLERANCE if one_digit else ROUNDING_TOLERANCE
    close = abs(exact - rounded) <= tolerance * exact
    return close and math.floor(exact / unit + 0.5) * unit == rounded


def dates_agree(a: Statement, b: Statement) -> bool:
    """True when two asserted, dated tellings of one event can be the same day,
    and say so to the day or month (not only "this year")."""
    return (
        a.modality == b.modality == "asserted"
        and a.when is not None
        and b.when is not None
        and a.when[2] - a.when[1] < 31
        and b.when[2] - b.when[1] < 31
        and not disjoint(a.when, b.when)
        and not _other_weekdays(a, b)
    )


def dates_conflict(a: Statement, b: Statement) -> bool:
    """True when two asserted, dated tellings of one event cannot be the same
    day, both dated as finely (a year against a weekday more likely dates two
    events: "the 2007 lease" and "canceled on Wednesday"), neither by words
    that point ahead of its article ("finds Clinton with a small lead ... in
    the primary next month": a date of something to come in the sentence,
    not of an act told done; a done act dated after publication by a plain
    date, "won on May 10", is the outlet's misdating and conflicts). A day
    taken from the act's report bounds it ("seized ..., authorities said on
    Monday"): against a day the other gives of its own, it conflicts only
    when that day is later. Two days both taken from reports still conflict:
    the outlets disagree on when the act was made known ("Khalaji revealed on
    3 June that the Albanian government delivered", "Albanian authorities
    handed over computer devices to Iran, an Iranian presidency official
    said" on a Tuesday)."""
    fine = [w is not None and w[2] - w[1] < FINE_DATE_DAYS for w in (a.when, b.when)]
    return (
        fine[0] == fine[1]
        and a.modality == b.modality == "asserted"
        and a.stance == b.stance == "asserts"
        and (disjoint(a.when, b.when) or _other_weekdays(a, b))
        and not any(AHEAD.search(s.date_text or "") for s in (a, b))
        and not _bounded(a, b)
    )


def _other_weekdays(a: Statement, b: Statement) -> bool:
    """True when two outlets name the day by two weekdays alone ("passed a gun
    control package Tuesday", "after Wednesday's vote"): a day apart is no
    time zone's doing then (:data:`~.timeline.DATE_TOLERANCE_DAYS`), the
    outlets disagree on the day."""
    first = ONE_WEEKDAY.match((a.date_text or "").strip())
    second = ONE_WEEKDAY.match((b.date_text or "").strip())
    if first is None or second is None:
        return False
    return first.group(1).lower() != second.group(1).lower()


def _bounded(a: Statement, b: Statement) -> bool:
    """True when the day one telling takes from its report may hold the
    other's own day for the act: the report came after it."""
    if a.by_report == b.by_report:
        return False
    report, act = (a, b) if a.by_report else (b, a)
    if report.when is None or act.when is None:
        return False
    if report.when[0] is not None and act.when[0] is not None:
        if report.when[0] != act.when[0]:
            return report.when[0] > act.when[0]
    return report.when[1] > act.when[2]
