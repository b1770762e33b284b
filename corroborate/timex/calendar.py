"""Calendar arithmetic on TIMEX3 values: ISO weeks, month steps, holiday
dates, durations, precision, the interval a value covers, and which year or
which week a year-less date or a bare weekday falls in, from its anchor and
the tense of its clause."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import (
    DAYS_AFTER_THANKSGIVING,
    EASTER_OFFSETS,
    FIXED_HOLIDAYS,
    NTH_WEEKDAY_HOLIDAYS,
    UNIT_CODES,
    WEEKDAY_FULL_RE,
    weekday_number,
)

Result = tuple[str | None, str, bool]
"""What a rule makes of an expression: its TIMEX3 value (None when it has
none), its type, and whether an anchor placed it."""


def add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def precision_of(value: str | None) -> str | None:
    """The precision of a TIMEX3 value: day, week, month, year, decade, ...

    Args:
        value: a TIMEX3 value such as ``2023-06-20`` or ``198X``.

    Returns:
        ``"time"``, ``"day"``, ``"week"``, ``"month"``, ``"quarter"``,
        ``"season"``, ``"year"``, ``"decade"``, ``"century"`` or None
        (durations and PRESENT_REF-style values).
    """
    if not value or value.startswith("P") or value.endswith("_REF"):
        return None
    patterns = (
        (r".*T.*", "time"), (r"[\dX]{4}-[\dX]{2}-[\dX]{2}", "day"),
        (r"[\dX]{4}-W[\dX]{2}-\d", "day"), (r"[\dX]{4}-W[\dX]{2}", "week"), (r"[\dX]{4}-W[\dX]{2}-WE", "week"),
        (r"[\dX]{4}-[\dX]{2}", "month"), (r"[\dX]{4}-Q\d", "quarter"),
        (r"[\dX]{4}-H\d", "quarter"), (r"[\dX]{4}-(SP|SU|FA|WI)", "season"),
        (r"\d{3}X", "decade"), (r"\d{2}XX", "century"), (r"[\dX]{4}", "year"),
        (r"\d{3}", "decade"), (r"\d{2}", "century"),
    )  # fmt: skip
    for pattern, name in patterns:
        if re.fullmatch(pattern, value):
            return name
    return None


def parse_iso(value: str | None) -> date | None:
    """A date from an ISO day value (``2024-10-04``), else None."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def timex_interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX value covers, for ``search --from/--to``.

    Args:
        value: ``2024-10-04``, ``2024-10``, ``2024-W40``, ``2024-Q3``, ``2024``,
            ``198X``, ``2024-10-04T10:00`` ...

    Returns:
        ``(first, last)`` days, inclusive, or None for partial values
        (``XXXX-06-20``), durations and ``*_REF``.
    """
    if not value or not value[:3].isdigit():
        return None
    value = value.split("T")[0]
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = parse_iso(value)
        return (day, day) if day else None
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, month = int(m.group(1)), int(m.group(2))
        nxt_year, nxt_month = add_months(date(year, month, 1), 1)
        return date(year, month, 1), date(nxt_year, nxt_month, 1) - timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value):
        first = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return first, first + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
        months = 3 if m.group(2) == "Q" else 6
        start = date(int(m.group(1)), (int(m.group(3)) - 1) * months + 1, 1)
        year, month = add_months(start, months)
        return start, date(year, month, 1) - timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})(?:-(?:SP|SU|FA|WI))?", value):
        return date(int(m.group(1)), 1, 1), date(int(m.group(1)), 12, 31)
    if m := re.fullmatch(r"(\d{3})X", value):
        return date(int(m.group(1)) * 10, 1, 1), date(int(m.group(1)) * 10 + 9, 12, 31)
    if m := re.fullmatch(r"(\d{2})XX", value):
        return date(int(m.group(1)) * 100, 1, 1), date(
            int(m.group(1)) * 100 + 99, 12, 31
        )
    return None


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    sunday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * sunday) // 451
    month, day = divmod(h + sunday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(name: str, year: int) -> date:
    """The date of a named holiday in ``year``."""
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name.startswith(("easter", "good friday")):
        return easter(year) + timedelta(days=EASTER_OFFSETS.get(name, 0))
    if name in DAYS_AFTER_THANKSGIVING:
        days = DAYS_AFTER_THANKSGIVING[name]
        return holiday_date("thanksgiving", year) + timedelta(days=days)
    if name == "election day":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(1 - first.isoweekday()) % 7 + 1)
    month, weekday, nth = NTH_WEEKDAY_HOLIDAYS[name]
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def duration_value(number: float | None, unit: str) -> str:
    """TIMEX3 duration value for a number of units (X when vague)."""
    unit = unit.lower().rstrip("s").replace("centurie", "century")
    letter, is_time = UNIT_CODES.get(unit, ("D", False))
    if number is None:
        amount, letter = ("X", "Y") if unit in {"decade", "century"} else ("X", letter)
    elif unit == "fortnight":
        amount = str(int(number * 2))
    elif unit == "decade" and number == int(number):
        amount, letter = str(int(number * 10)), "Y"  # TimeBank writes P20Y, not P2DE
    elif unit == "century" and number == int(number):
        amount, letter = str(int(number * 100)), "Y"
    elif number != int(number):
        return _fractional_duration(number, letter, is_time)
    else:
        amount = str(int(number))
    return ("PT" if is_time else "P") + amount + letter


def _fractional_duration(number: float, letter: str, is_time: bool) -> str:
    """ "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, else a decimal (P1.5W)."""
    whole, rest = int(number), number - int(number)
    smaller = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24)}.get(letter)
    if is_time and letter == "M":
        smaller = ("S", 60)
    if smaller is None or not (rest * smaller[1]).is_integer():
        return ("PT" if is_time else "P") + f"{number:g}{letter}"
    head = f"{whole}{letter}" if whole else ""
    tail = f"{int(rest * smaller[1])}{smaller[0]}"
    if letter == "D":  # the hours go after "T"
        return f"P{head}T{tail}"
    return ("PT" if is_time else "P") + head + tail


def shift_date(anchor: date, number: float, unit: str) -> str:
    """The date ``number`` units after the anchor, at that unit's precision."""
    unit = unit.lower().rstrip("s").replace("centurie", "century")
    whole = int(number)
    if unit in {"day", "night"}:
        return (anchor + timedelta(days=whole)).isoformat()
    if unit in {"week", "fortnight"}:
        return iso_week(
            anchor + timedelta(weeks=whole * (2 if unit == "fortnight" else 1))
        )
    if unit == "month":
        year, month = add_months(anchor, whole)
        return f"{year}-{month:02d}"
    if unit == "decade":
        return f"{str(anchor.year + 10 * whole)[:3]}X"
    if unit in {"hour", "minute", "second"}:
        return anchor.isoformat()
    return str(anchor.year + whole)


HALF_YEAR_DAYS = 183
PLANNED = "planned"
"""A direction ``tense_at`` may give: what a plan, a threat or a call told in
the past puts on a day ("was scheduled to leave late Tuesday", "threatened
to strike in September", "called for a ban in December"). A weekday is then
the nearest of its name, a month the one just past when recent
(:data:`RECENT_PLAN_DAYS`), else the next; anything else lies ahead."""
RECENT_PLAN_DAYS = 120
"""How far back a month a plan, threat or call told in the past is for may
be and still be the one just past ("threatened to shoot up her classroom in
late March", written in May; "promised a vote in January", written in June,
is next January): about four months, past which a writer would name the
year."""


MONTH_DAY_SHIFT_DAYS = 60
"""A year-less date further than this after the anchor, in a past clause,
belongs to the year before (judged on TimeBank train)."""
FUTURE_SHIFT_DAYS = 1
"""A year-less date more than this before the anchor, in a clause that looks
ahead ("will be sentenced on June 28" in July), is next year's: what is still
to come cannot be past. One day of slack for a clock that has already turned."""


def year_for(month: int, day: int, anchor: date | None, tense: str | None) -> str:
    """The year of a month-day: the anchor's, shifted when tense says so."""
    if anchor is None:
        return "XXXX"
    year = anchor.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return str(year)
    # a past event dated months after the anchor is last year's (and vice versa)
    if tense == "past" and candidate - anchor > timedelta(days=MONTH_DAY_SHIFT_DAYS):
        year -= 1
    elif tense == "future" and anchor - candidate > timedelta(days=FUTURE_SHIFT_DAYS):
        year += 1
    elif tense in {None, "present"} and abs((candidate - anchor).days) > HALF_YEAR_DAYS:
        year += 1 if candidate < anchor else -1  # the nearest such day
    return str(year)


def year_for_month(month: int, anchor: date | None, tense: str | None) -> str:
    """The year of a year-less month, as :func:`year_for` its 15th, except that
    a month still to come is this year's while it lasts ("will open in
    October" in late October), next year's only once it is over, and a month
    a past plan is for (:data:`PLANNED`) is the one just past when recent."""
    if anchor is not None and tense == "future":
        return str(anchor.year + (1 if month < anchor.month else 0))
    if anchor is not None and tense == PLANNED:
        begun = anchor.year if month <= anchor.month else anchor.year - 1
        recent = (anchor - date(begun, month, 15)).days <= RECENT_PLAN_DAYS
        return str(begun if month == anchor.month or recent else begun + 1)
    return year_for(month, 15, anchor, tense)


def year_of_weekday(text: str, month: int, day: int, year: str) -> str:
    """The year next to ``year`` in which a day its text names with its
    weekday ("Tuesday, July 2") falls on that weekday, when ``year``'s does
    not: the weekday dates the day better than the tense of its clause ("will
    be held on Tuesday, July 2" in a story of 10 July 2024 is 2024's)."""
    wd = re.match(WEEKDAY_FULL_RE, text, re.I)
    if wd is None or not year.isdigit():
        return year
    target = weekday_number(wd.group(0))
    for candidate in (int(year), int(year) - 1, int(year) + 1):
        try:
            if date(candidate, month, day).isoweekday() == target:
                return str(candidate)
        except ValueError:
            continue
    return year


FORWARD_WORDS = frozenset({"next", "coming", "this coming", "following"})
BACKWARD_WORDS = frozenset({"last", "this past", "past", "previous"})


def weekday_offset(delta: int, rel: str, tense: str | None) -> int:
    """Days from the anchor to a named weekday ``delta`` days into its week.

    "next"/"coming" look ahead and "last"/"past" back, never to the anchor
    day itself ("this past Friday" may be it). "This Tuesday" and
    a bare "Tuesday" follow the tense of their clause: ahead in a future
    clause ("will vote Thursday", "is expected to vote Thursday") or a
    present one ("opens Tuesday", "is reopening Tuesday": news tells what
    happened in the past tense), back in a past one ("voted Wednesday"), the
    anchor day itself when it is that weekday (news names the day of
    publication by its weekday). Without a
    tense "this Tuesday" is the one of the coming days, a bare "Tuesday" the
    nearest, the past one on a tie.
    """
    if rel in FORWARD_WORDS:
        return delta if delta > 0 else delta + 7
    if rel in BACKWARD_WORDS:
        return delta if delta < 0 or (delta == 0 and rel == "this past") else delta - 7
    if tense in {"future", "present"} or (rel == "this" and tense != "past"):
        return delta if delta >= 0 else delta + 7
    if tense == "past":
        return delta if delta <= 0 else delta - 7
    return delta if -4 < delta <= 3 else delta - 7 if delta > 3 else delta + 7
