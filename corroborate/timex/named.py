"""One day a text names twice: once in full, once in short.

News write a date in full once ("testimony on November 12, 2012", "ahead of
the state's April 19 primary") and then in short ("the November 12th
admission", "Tuesday's New York primary"). Read alone, the short form takes
the year or the week of the report, which is wrong when the report looks
back years or ahead a week. :func:`named_in_full` gives the short form the
full one's date: a month and day without a year take the year the text
writes them with, and a bare weekday takes the one date of that weekday the
text writes with its month, of the same thing (a word around both: "primary"),
within a week of the report, on the side of the report its tense allows.
:func:`weekdays_as_told` gives a bare weekday whose clause tells no side of
the report ("Thursday's indictment will lead to ...") the day the text's
other mentions of it take from their tense.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date, timedelta

from .calendar import parse_iso
from .expressions import Timex
from .lexicon import MONTH_RE, WEEKDAY_FULL_RE, WEEKDAY_ONLY, weekday_number

WRITTEN_YEAR = re.compile(r"\b\d{4}\b|['\u2019]\d\d\b")
MONTH_DAY = re.compile(rf"(?i)\b{MONTH_RE}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b")
"""A month's name and a day of it ("November 12th", "Sept. 11")."""
WEEK = timedelta(days=6)
"""How far from the report a weekday named in full may lie."""
WRITTEN_BEFORE = timedelta(days=1)
"""How long before its report's date a text may have been written: a day it
tells as to come may be the day before the report's ("On Saturday, the pair
will lead a march", "the march at 10 a.m. on Saturday, May 22" in a story
dated Sunday, May 23)."""


def named_in_full(
    text: str,
    timexes: list[Timex],
    anchor: date | None,
    tense_at: Callable[[int], str | None] | None = None,
) -> list[Timex]:
    """``timexes`` of ``text`` with each short form of a day the text names
    in full given that day (see the module's docstring)."""
    years = {(d.month, d.day): d.year for t in timexes if (d := _full_day(t))}
    written = [
        (d, _words_around(text, t))
        for t in timexes
        if MONTH_DAY.search(t.text) and (d := _day(t))
    ]
    out = []
    for t in timexes:
        day = _day(t)
        value = None
        if day is not None and _month_day_only(t):
            year = years.get((day.month, day.day))
            if year is not None and year != day.year:
                value = day.replace(year=year)
        elif day is not None and anchor is not None and WEEKDAY_ONLY.fullmatch(t.text):
            tense = tense_at(t.start) if tense_at else None
            near = _words_around(text, t)
            days = [d for d, words in written if words & near]
            value = _the_weekday_in_full(t, days, anchor, tense)
        if value is not None and value != day:
            t = on_day(t, value)
        out.append(t)
    return out


def _the_weekday_in_full(
    t: Timex, written: list[date], anchor: date, tense: str | None
) -> date | None:
    """The one day written with its month with the weekday ``t`` names,
    within a week of the report and not on the side its tense rules out (a
    future allows the day before the report's, :data:`WRITTEN_BEFORE`)."""
    weekday = weekday_number(re.match(WEEKDAY_FULL_RE, t.text, re.I).group())  # type: ignore[union-attr]
    candidates = {
        d
        for d in written
        if d.isoweekday() == weekday
        and abs(d - anchor) <= WEEK
        and not (tense == "past" and d > anchor)
        and not (tense == "future" and d < anchor - WRITTEN_BEFORE)
    }
    return candidates.pop() if len(candidates) == 1 else None


def weekdays_as_told(
    timexes: list[Timex],
    anchor: date | None,
    tense_at: Callable[[int], str | None],
) -> list[Timex]:
    """``timexes`` with each bare weekday whose clause gives no side of the
    report ("while Thursday's indictment will lead to ...": the noun's day,
    not the verb's) given the day the text's other mentions of that weekday
    take from their tense ("On Thursday, Trump became the first former
    president ... to face criminal charges"), when they all take one, within
    a week of the report: one weekday named in one report is one day."""
    if anchor is None:
        return timexes
    told: dict[int, set[date]] = {}
    undirected: set[int] = set()
    for t in timexes:
        day = _day(t)
        if (
            day is None
            or not WEEKDAY_ONLY.fullmatch(t.text)
            or abs(day - anchor) > WEEK
        ):
            continue
        tense = tense_at(t.start)
        if tense in ("past", "future"):
            told.setdefault(day.isoweekday(), set()).add(day)
        elif tense is None:
            undirected.add(t.start)
    out = []
    for t in timexes:
        day = _day(t)
        days = (
            told.get(day.isoweekday(), set())
            if day and t.start in undirected
            else set()
        )
        if len(days) == 1 and (value := next(iter(days))) != day:
            t = on_day(t, value)
        out.append(t)
    return out


def on_day(t: Timex, day: date) -> Timex:
    """``t`` moved to ``day``, keeping a part of the day or a clock time."""
    return dataclasses.replace(t, value=day.isoformat() + (t.value or "")[10:])


AROUND_WORDS = 3
"""Words read on each side of a day for what it is the day of."""
WORD = re.compile(r"[A-Za-z]{4,}")
SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?;]\s|\n")
NOT_WHAT = frozenset(
    "that this with from will would have been were they their there which "
    "when what after before than then".split()
)


def _words_around(text: str, t: Timex) -> frozenset[str]:
    """What a day is told with: the longer words right before and after it,
    past the words that tell nothing of it ("the state's April 19 primary",
    "Tuesday's New York primary": one primary; "On Saturday, the pair will
    lead a march": a march; "win Monday's debate" is not "conducted from
    Sept. 19")."""
    before = SENTENCE_END.split(text[max(0, t.start - 40) : t.start])[-1]
    after = SENTENCE_END.split(text[t.end : t.end + 40])[0]
    before_words = [w.lower() for w in WORD.findall(before)]
    after_words = [w.lower() for w in WORD.findall(after)]
    words = [w for w in before_words if w not in NOT_WHAT][-AROUND_WORDS:] + [
        w for w in after_words if w not in NOT_WHAT
    ][:AROUND_WORDS]
    return frozenset(words)


def _full_day(t: Timex) -> date | None:
    """The day of a timex that writes a month, a day of it and a year."""
    if MONTH_DAY.search(t.text) and WRITTEN_YEAR.search(t.text):
        return _day(t)
    return None


def _month_day_only(t: Timex) -> bool:
    """True for a month and a day of it with no year written."""
    return bool(MONTH_DAY.search(t.text)) and not WRITTEN_YEAR.search(t.text)


def _day(t: Timex) -> date | None:
    """The calendar day a timex's value names, if it names one."""
    return parse_iso((t.value or "")[:10])
