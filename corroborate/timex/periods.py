"""Periods a year is cut into, and its named days: quarters and halves
("the third quarter", "the first half of 1990"), seasons ("last summer",
"the fall of 2019") and holidays ("Christmas", "Election Day"), each a rule
of :mod:`.rules`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import (
    HALF_YEAR_DAYS,
    MONTH_DAY_SHIFT_DAYS,
    Result,
    holiday_date,
    iso_week,
)
from .lexicon import FIXED_HOLIDAYS, SEASON_START_MONTHS, SEASONS, year_digits


def quarter(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the third quarter", "the first half of 1990", "next year's first quarter",
    "the final quarter of last year"."""
    half = m.group("unit").lower() == "half"
    q = m.group("q").lower()
    if q in {"final", "last"}:
        number = 2 if half else 4
    elif q[0].isdigit():
        number = int(q[0])
    else:
        number = ["first", "second", "third", "fourth"].index(q) + 1
    code = f"H{number}" if half else f"Q{number}"
    if m.group("y"):
        return f"{year_digits(m.group('y'))}-{code}", "DATE", False
    if anchor is None:
        return f"XXXX-{code}", "DATE", False
    rel = (m.group("rel") or m.group("rel2") or "").lower().split()
    step = -1 if rel[-1:] in (["last"], ["previous"]) else 0
    step = 1 if rel[-1:] in (["next"], ["following"]) else step
    if (
        not rel
        and not half
        and tense == "past"
        and number > (anchor.month - 1) // 3 + 1
    ):
        step = -1  # "reported a loss for the fourth quarter" in January: last year's
    return f"{anchor.year + step}-{code}", "DATE", True


def season(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "last fall", "the summer of 1994", "in the spring". A season without
    a year or a relative word follows the tense of its clause: in a past one
    it has begun ("closed in the summer" written in March is last year's
    summer), in a future one it is not yet over ("will reopen in the spring"
    written in November is next year's spring). A winter, astride two
    years, keeps the anchor's year."""
    code = SEASONS[m.group("s").lower()]
    if m.group("y"):
        return f"{year_digits(m.group('y'))}-{code}", "DATE", False
    rel = (m.group("rel") or "").lower()
    if anchor is None:
        return f"XXXX-{code}", "DATE", False
    first = SEASON_START_MONTHS[code]
    step = (
        -1
        if rel in {"last", "past", "previous"}
        or (not rel and tense == "past" and code != "WI" and first > anchor.month)
        else 1
        if rel in {"next", "coming"}
        or (not rel and tense == "future" and first + 2 < anchor.month)
        else 0
    )
    return f"{anchor.year + step}-{code}", "DATE", True


def holiday(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "Thanksgiving Day", "last Christmas", "Easter 1998", "Election Day"."""
    name = re.sub(r"\s+", " ", m.group("h").lower()).removeprefix("the ")
    name = re.sub(r"martin luther king.*day", "martin luther king day", name)
    week = name == "easter week"
    name = "easter" if week else name
    year = int(year_digits(m.group("y"))) if m.group("y") else None
    if year is None and anchor is None:
        fixed = FIXED_HOLIDAYS.get(name)
        return (f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None), "DATE", False
    if year is None:
        assert anchor is not None
        rel = (m.group("rel") or "").lower()
        day = holiday_date(name, anchor.year)
        slack = timedelta(0) if rel else timedelta(days=MONTH_DAY_SHIFT_DAYS)
        if rel == "last" or (not rel and tense == "past"):
            shift = day > anchor + slack
        elif rel == "next" or (not rel and tense == "future"):
            shift = day < anchor - slack
        elif name == "election day":
            year, shift = _general_election(anchor), False
        else:
            shift = abs((day - anchor).days) > HALF_YEAR_DAYS
        if shift:
            year = anchor.year + (1 if day < anchor else -1)
    day = holiday_date(name, year or day.year)
    return (iso_week(day) if week else day.isoformat()), "DATE", m.group("y") is None


LOCAL_ELECTION_DAYS = 60
"""Days from an odd year's Election Day within which a report means it (a
governor's or a mayor's race); further off, the general election of an even
year is meant."""


def _general_election(anchor: date) -> int:
    """The year of the Election Day a report means when its tense does not
    say: this odd year's when it is near, else the nearest even year's ("voters
    turning out for him on Election Day", written in February 2016, is
    November 2016, not the local elections of November 2015)."""
    days = {
        y: holiday_date("election day", y)
        for y in range(anchor.year - 1, anchor.year + 2)
    }
    near = [y for y, d in days.items() if abs((d - anchor).days) <= LOCAL_ELECTION_DAYS]
    even = [y for y in days if y % 2 == 0]
    return min(near or even, key=lambda y: abs((days[y] - anchor).days))
