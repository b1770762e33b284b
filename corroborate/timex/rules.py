"""The rules of time expressions: each a pattern and a handler that turns
its match into a TIMEX3 value.

A handler gets the match, the anchor (or None) and the tense ("past",
"future", "present" or None) and returns (value, type, anchored). ``expressions.find_timexes``
runs the rules, drops false matches and keeps the longest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import (
    Result,
    add_months,
    duration_value,
    iso_week,
    parse_iso,
    precision_of,
    shift_date,
    weekday_offset,
    year_for,
    year_for_month,
    year_of_weekday,
)
from .lexicon import (
    CLOCK_RE,
    DAY_RE,
    DAYPART_RE,
    DAYPARTS,
    DECADE_WORDS,
    EVENT_NOUN_RE,
    EVENT_OF_RE,
    HABIT_AFTER_TODAY,
    HABIT_BEFORE_TODAY,
    HOLIDAY_RE,
    MONTH_RE,
    NAMED_EVENT_DAYS,
    NAMED_EVENT_RE,
    NAMED_EVENTS,
    NUM_RE,
    ORD_RE,
    REL_RE,
    SEASON_RE,
    SEASON_START_MONTHS,
    SEASONS,
    STRETCH_BEFORE,
    STRETCH_RELS,
    STRETCH_UNITS,
    THAT_RE,
    UNIT_RE,
    WEEKDAY_FULL_RE,
    YEAR_ANY_RE,
    YEAR_RE,
    month_number,
    parse_number,
    weekday_number,
    year_digits,
)
from .periods import holiday, quarter, season

Handler = Callable[[re.Match[str], date | None, str | None], Result]


SATURDAY, SUNDAY = 6, 7
"""ISO weekday numbers of the weekend."""


COMMA = r"(?:\s*,)?"
"""A comma between a date's parts, as news writes it ("June 8, 2022") or as
tokenised text does ("June 8 , 2022")."""


def _full_date(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    g = m.groupdict()
    month = month_number(g["m"])
    day = int(re.sub(r"\D", "", g["d"])) if g.get("d") else None
    if g.get("y"):
        year, anchored = year_digits(g["y"]), False
    elif day is not None and (event := _event_year(m, month, day, anchor)):
        year, anchored = str(event), False
    elif day is not None:
        year, anchored = year_for(month, day, anchor, tense), anchor is not None
        year = year_of_weekday(m.group(0), month, day, year)
    else:
        year, anchored = year_for_month(month, anchor, tense), anchor is not None
    if day is None:
        return f"{year}-{month:02d}", "DATE", anchored
    return f"{year}-{month:02d}-{day:02d}", "DATE", anchored


def _event_year(
    m: re.Match[str], month: int, day: int, anchor: date | None
) -> int | None:
    """The year of the event a year-less day names ("the Sept. 11 attacks",
    "the attacks of Sept. 11"), when a word for the event follows or comes
    before with "of", and the event is not after the anchor."""
    year = NAMED_EVENT_DAYS.get((month, day))
    if year is None or (anchor is not None and anchor.year < year):
        return None
    named = re.match(EVENT_NOUN_RE, m.string[m.end() :], re.I) or re.search(
        EVENT_OF_RE, m.string[max(0, m.start() - 30) : m.start()]
    )
    return year if named else None


def _named_event(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "9/11", "the attack on Pearl Harbor": the day of that event."""
    day = NAMED_EVENTS[re.sub(r"\s+", " ", m.group("e").lower())]
    return day.isoformat(), "DATE", False


def _numeric_date(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    g = m.groupdict()
    year = g["y"] if len(g["y"]) == 4 else ("19" if int(g["y"]) > 30 else "20") + g["y"]
    month, day = int(g["m"]), int(g["d"])
    if month > 12:
        month, day = day, month
    value = f"{year}-{month:02d}-{day:02d}"
    if g.get("t"):
        return value + "T" + _clock(g["t"]), "TIME", False
    return value, "DATE", False


def _iso(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    value = m.group("v")
    if m.group("t"):
        return value + "T" + m.group("t")[:5], "TIME", False
    return value, "DATE", False


def _year(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    return year_digits(m.group("y")), "DATE", False


def _decade(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the 1990s", "the late '80s", "the sixties"; a round hundred before
    2000 is a century: "the late 1800s" are the 1800s to 1899 (18XX), where
    "the 2000s" are the decade news mean by them."""
    g = m.groupdict()
    if g.get("word"):
        century = g.get("c")
        return (
            f"{century[:2] if century else '19'}{DECADE_WORDS[g['word'].lower()]}X",
            "DATE",
            False,
        )
    digits = g["dd"]
    if len(digits) == 4 and digits.endswith("00") and digits < "2000":
        return digits[:2] + "XX", "DATE", False
    if len(digits) == 4:
        return digits[:3] + "X", "DATE", False
    century = "20" if int(digits[0]) < 3 else "19"
    return f"{century}{digits[0]}X", "DATE", False


def _weekday_rule(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "Friday", "last Tuesday", "the following Monday", "Friday morning",
    "later Monday"."""
    g = m.groupdict()
    target = weekday_number(g["wd"])
    rel = re.sub(r"^the\s+", "", (g.get("rel") or "").lower())
    part = DAYPARTS[g["part"].lower()] if g.get("part") else None
    if anchor is None:
        value = f"XXXX-WXX-{target}"
        return (f"{value}T{part}", "TIME", False) if part else (value, "DATE", False)
    # "later Monday", "earlier Tuesday": the day the report was written, the
    # nearest of that name whatever the tense ("when he speaks later Monday"
    # in a report dated Tuesday morning)
    delta = weekday_offset(
        target - anchor.isoweekday(), rel, None if g.get("same") else tense
    )
    value = (anchor + timedelta(days=delta)).isoformat()
    return (f"{value}T{part}", "TIME", True) if part else (value, "DATE", True)


def _deictic(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "today", "yesterday", "tomorrow night", "the day before yesterday";
    "today" beside an adverb of habit is the present age (:data:`HABIT_ADVERBS`)."""
    word = m.group(0).lower()
    if word == "today" and (
        HABIT_BEFORE_TODAY.search(m.string, max(0, m.start() - 16), m.start())
        or HABIT_AFTER_TODAY.match(m.string, m.end())
    ):
        return "PRESENT_REF", "DATE", False
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
    for key, days in offsets.items():
        if key in word:
            if "day before" in word or "day after" in word:
                days += -1 if "before" in word else 1
            if anchor is None:
                return None, "DATE", False
            value = (anchor + timedelta(days=days)).isoformat()
            part = next(
                (c for p, c in DAYPARTS.items() if p in word and p != "tonight"), None
            )
            if key == "tonight" or part:
                return f"{value}T{part or 'NI'}", "TIME", True
            return value, "DATE", True
    return None, "DATE", False


def _week_of(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the week of March 6": the ISO week holding that day."""
    found = _day_value(m.group("day"), anchor, tense)
    day = parse_iso(found.value if found else None)
    if found is None or day is None:
        return None, "DATE", False
    return iso_week(day), "DATE", found.anchored


def _year_ago(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the year-ago period", "the same month last year": last year (the
    date extractor narrows it to the period named before, a year back)."""
    return (str(anchor.year - 1), "DATE", True) if anchor else (None, "DATE", False)


def _year_period(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the 1988 third quarter", "the 1988 period"."""
    if not m.group("q") or m.group("unit").lower() not in {"quarter", "half"}:
        return m.group("y"), "DATE", False
    q = m.group("q").lower()
    number = (
        int(q[0])
        if q[0].isdigit()
        else ["first", "second", "third", "fourth"].index(q) + 1
    )
    code = "H" if m.group("unit").lower() == "half" else "Q"
    return f"{m.group('y')}-{code}{number}", "DATE", False


def _century(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    return f"{int(m.group('c')) - 1:02d}XX", "DATE", False


def _next_daypart(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "last night" (the evening before), "the next morning" (the day after)."""
    part = DAYPARTS[m.group("part").lower()]
    if anchor is None:
        return None, "TIME", False
    step = -1 if m.group(0).lower().startswith(("last", "the previous")) else 1
    return f"{(anchor + timedelta(days=step)).isoformat()}T{part}", "TIME", True


def _weekend(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    if anchor is None:
        return None, "DATE", False
    word = m.group(0).lower()
    # "spoke over the weekend", "voted this weekend" written on a Monday:
    # the one just past
    past = word.startswith(("the", "this")) and tense == "past"
    step = -1 if word.startswith("last") or past else 0
    if past and anchor.isoweekday() >= SATURDAY:
        step = 0  # "over the weekend" written on a Saturday or Sunday: this one
    step = 1 if word.startswith("next") else step
    return iso_week(anchor + timedelta(weeks=step)) + "-WE", "DATE", True


def _the_day(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "ended the day at 8,017", "later in the day": the day the text is
    about (the last day named, else the anchor)."""
    return (anchor.isoformat(), "DATE", True) if anchor else (None, "DATE", False)


def _the_unit_year(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    return (str(anchor.year), "DATE", True) if anchor else (None, "DATE", False)


def _this_daypart(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "this morning", "mid-afternoon" (of the anchor day), "late morning
    yesterday", "in the afternoon" (of the day named before, see
    ``expressions._anaphora``)."""
    part = DAYPARTS[m.group("part").lower()]
    day = m.groupdict().get("day")
    if day:
        found = _day_value(day, anchor, tense)
        if found is not None and found.value and precision_of(found.value) == "day":
            return f"{found.value}T{part}", "TIME", found.anchored
    if anchor is None:
        return None, "TIME", False
    return f"{anchor.isoformat()}T{part}", "TIME", True


def _year_ended(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the year ended March 31": a twelve-month period, whose end is dated apart."""
    return "P1Y", "DURATION", False


def _latest_period(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the latest period" of a report: the quarter just ended."""
    if anchor is None:
        return None, "DATE", False
    year, month = add_months(anchor, -3)
    return f"{year}-Q{(month - 1) // 3 + 1}", "DATE", True


def _ref(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    word = m.group(0).lower()
    if "future" in word or word.endswith("term"):
        return "FUTURE_REF", "DATE", False
    if word.endswith("past") or "recent" in word or "formerly" in word:
        return "PAST_REF", "DATE", False
    return "PRESENT_REF", "DATE", True


def _some_day(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "will one day be", "hopes to one day run": an unnamed time ahead."""
    return "FUTURE_REF", "DATE", False


OF_AFTER = re.compile(r"\s+of\b")
"""A unit that a part of something else is: "in the last week of March"."""


def _relative_unit(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "last week", "this month", "next year", "earlier this year"; "(over)
    the next week" a stretch (:data:`STRETCH_UNITS`), not "in the last week
    of March"."""
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    if (
        rel in STRETCH_RELS
        and unit in STRETCH_UNITS
        and STRETCH_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        and not OF_AFTER.match(m.string, m.end())
    ):
        return STRETCH_UNITS[unit], "DURATION", False
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
            "following": 1}.get(rel.split()[-1], 0)  # fmt: skip
    if anchor is None:
        return None, "DATE", False
    earlier = m.group(0).lower().startswith("earlier")
    if rel == "this" and earlier and _first_day(anchor, unit):
        step = -1  # "earlier this month" dated the 1st: written on the 31st
    if unit == "week":
        # news write weeks from Sunday: "last week" on a Sunday is the week
        # that ends that day, "next week" the one after the coming Monday,
        # "this week" the coming one unless told in the past
        sunday = anchor.isoweekday() == SUNDAY and not (
            rel == "this" and tense == "past"
        )
        begins = anchor + timedelta(days=1) if sunday else anchor
        return iso_week(begins + timedelta(weeks=step)), "DATE", True
    if unit == "weekend":
        return iso_week(anchor + timedelta(weeks=step)) + "-WE", "DATE", True
    if unit == "month":
        year, month = add_months(anchor, step)
        return f"{year}-{month:02d}", "DATE", True
    if unit == "quarter":
        year, month = add_months(anchor, 3 * step)
        return f"{year}-Q{(month - 1) // 3 + 1}", "DATE", True
    if unit == "decade":
        return f"{str(anchor.year + 10 * step)[:3]}X", "DATE", True
    if unit == "century":
        return f"{str(anchor.year + 100 * step)[:2]}XX", "DATE", True
    if unit in SEASONS:
        code = SEASONS[unit]
        first = SEASON_START_MONTHS[code]
        if rel in {"this past", "this coming"}:  # the nearest one before/after
            begun = date(anchor.year, first, 1) <= anchor
            step = (0 if begun else -1) if rel == "this past" else (1 if begun else 0)
        elif step < 0 and code != "WI" and first + 2 < anchor.month:
            step = 0  # the latest one over: "last spring" written in December
        elif step > 0 and first > anchor.month:
            step = 0  # the first one to begin: "next fall" written in March
        return f"{anchor.year + step}-{code}", "DATE", True
    if unit == "day":
        return (anchor + timedelta(days=step)).isoformat(), "DATE", True
    return str(anchor.year + step), "DATE", True


def _first_day(day: date, unit: str) -> bool:
    """Whether ``day`` begins its month or year: nothing of that unit lies
    before it. (Not a week: news write "earlier this week" of a Monday's own
    morning, or of the Sunday that begins their week.)"""
    first = {"month": day.day == 1, "year": (day.month, day.day) == (1, 1)}
    return first.get(unit, False)


def _relative_month(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "last March", "this April", "this past September" (the last begun),
    "this coming May" (the next not ended), "that November" (see _anaphora)."""
    month = month_number(m.group("m"))
    rel = " ".join(m.group("rel").lower().split())
    if anchor is None:
        return f"XXXX-{month:02d}", "DATE", False
    back = (rel in {"last", "past", "previous"} and month >= anchor.month) or (
        rel == "this past" and month > anchor.month
    )
    ahead = (rel in {"next", "coming"} and month <= anchor.month) or (
        rel == "this coming" and month < anchor.month
    )
    return f"{anchor.year - back + ahead}-{month:02d}", "DATE", True


def _month_of_year(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "June last year", "October of next year", "March 3 this year": the
    month (or day) of the year the relative words name."""
    month = month_number(m.group("m"))
    day = int(re.sub(r"\D", "", m.group("d"))) if m.group("d") else None
    if anchor is None:
        year = "XXXX"
    else:
        step = {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
        year = str(anchor.year + step)
    value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
    return value, "DATE", anchor is not None


def _ago(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "two weeks ago", "10 years later", "a year earlier". A vague count
    counted from now is still a side of it: "a few years ago" PAST_REF,
    "several months from now" FUTURE_REF (not counted from a time the text
    named, as "a few years later" may be)."""
    number = parse_number(m.group("n"))
    unit = m.group("unit")
    direction = -1 if m.group("dir").lower() in {"ago", "earlier"} else 1
    if number is None:
        vague = {"ago": "PAST_REF", "from now": "FUTURE_REF"}
        return vague.get(m.group("dir").lower()), "DATE", False
    if anchor is None:
        return None, "DATE", False
    return shift_date(anchor, direction * number, unit), "DATE", True


def _span_duration(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "two weeks", "the past four decades", "a five-year", "a minute and a half"."""
    number = parse_number(m.group("n"))
    if number is not None and m.group("half"):
        number += 0.5
    return duration_value(number, m.group("unit")), "DURATION", False


def _bare_units(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "years", "months", "decades": vague durations."""
    return duration_value(None, m.group("unit")), "DURATION", False


def _set(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    word = m.group(0).lower()
    simple = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}  # fmt: skip
    if word in simple:
        return simple[word], "SET", False
    if m.groupdict().get("m"):  # "each July"
        return f"XXXX-{month_number(m.group('m')):02d}", "SET", False
    if m.groupdict().get("s"):  # "every summer"
        return f"XXXX-{SEASONS[m.group('s').lower()]}", "SET", False
    wd = re.search(WEEKDAY_FULL_RE, m.group(0), re.I)
    if wd:
        return f"XXXX-WXX-{weekday_number(wd.group(0))}", "SET", False
    unit = re.search(r"(second|minute|hour|day|night|week|month|quarter|year)", word)
    return duration_value(1, unit.group(1) if unit else "day"), "SET", False


def _clock(text: str) -> str:
    """ "10:35 a.m." -> "10:35"; "3 p.m." -> "15:00"."""
    hm = re.match(r"(\d\d)(\d\d)\b|(\d{1,2})(?::(\d\d))?", text)
    assert hm is not None
    hour = int(hm.group(1) or hm.group(3))
    minute = int(hm.group(2) or hm.group(4) or 0)
    low = text.lower()
    if (
        "p.m." in low or "pm" in low or re.search(r"afternoon|evening", low)
    ) and hour < 12:
        hour += 12
    if ("a.m." in low or "am" in low) and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _time(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "10:35 a.m.", "noon", "4 a.m. EDT Thursday", "5 p.m. EST Nov. 9".
    A midnight told in the past with no day is the one the publication day
    began with: the midnight that ends that day has not yet come ("Shortly
    before midnight, Sanders had a huge lead", written the next morning)."""
    text = m.group(0).lower()
    if text.startswith("midnight"):
        clock = "24:00"
        if anchor is not None and tense == "past" and not m.group("day"):
            anchor -= timedelta(days=1)
    elif text.startswith(("noon", "mid")):  # "midday"
        clock = "12:00"
    else:
        clock = _clock(m.group("clock"))
    zone = "Z" if (m.group("zone") or "").upper() in {"UTC", "GMT"} else ""
    if m.group("day"):  # the clock on a named day: that day's date
        day = _day_value(m.group("day"), anchor, tense)
        if day is not None and day.value and precision_of(day.value) == "day":
            return f"{day.value.split('T')[0]}T{clock}{zone}", "TIME", day.anchored
    base = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return f"{base}T{clock}{zone}", "TIME", anchor is not None


def _month_only(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    month = month_number(m.group("m"))
    if anchor is None:
        return f"XXXX-{month:02d}", "DATE", False
    return f"{year_for_month(month, anchor, tense)}-{month:02d}", "DATE", True


def _the_unit(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the week", "the year": the current unit of the anchor."""
    unit = m.group("unit").lower()
    if anchor is None:
        return None, "DATE", False
    if unit == "week":
        return iso_week(anchor), "DATE", True
    if unit == "month":
        return f"{anchor.year}-{anchor.month:02d}", "DATE", True
    if unit == "quarter":
        # "the quarter" in a report is the one just ended, unless future
        current = tense == "future" or bool(
            re.search(r"(?i)current|present", m.group(0))
        )
        year, month = add_months(anchor, 0 if current else -3)
        return f"{year}-Q{(month - 1) // 3 + 1}", "DATE", True
    return str(anchor.year), "DATE", True


_RULES_SRC: list[tuple[str, Handler]] = [
    (NAMED_EVENT_RE, _named_event),
    (r"(?P<v>\d{4}-\d\d-\d\d)(?:[T ](?P<t>\d\d:\d\d(?::\d\d)?))?", _iso),
    (
        r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d\d)(?:\s+(?P<t>\d\d:\d\d(?::\d\d)?))?",
        _numeric_date,
    ),
    (
        rf"(?:(?:{WEEKDAY_FULL_RE}){COMMA}\s+)?(?:the\s+)?(?P<d>{DAY_RE})(?:\s+of)?\s+(?P<m>{MONTH_RE})(?:{COMMA}\s+(?P<y>{YEAR_ANY_RE}))?\b",
        _full_date,
    ),
    (
        rf"(?:(?:{WEEKDAY_FULL_RE}){COMMA}\s+)?(?P<m>{MONTH_RE})\s+(?P<d>{DAY_RE})(?:{COMMA}\s+(?P<y>{YEAR_ANY_RE}))?\b(?!:\d)",
        _full_date,
    ),
    (
        rf"(?:(?:early|mid|late)[- ])?(?P<m>{MONTH_RE})(?:\s+of)?{COMMA}\s+(?P<y>{YEAR_ANY_RE})\b",
        _full_date,
    ),
    (
        rf"(?:(?:early|mid|late)[- ])?(?P<m>{MONTH_RE})(?:\s+(?P<d>{DAY_RE}))?,?(?:\s+of)?"
        r"\s+(?P<rel>last|next|this)\s+year\b(?!'s)",
        _month_of_year,
    ),
    (
        # not before a day, even past an abbreviation's full stop: "last Oct. 23"
        # is that day (the full date), not last October; "that November": THAT_RE
        rf"(?P<rel>last|next|this|this past|this coming|past|coming|previous|{THAT_RE})\s+(?P<m>{MONTH_RE})\b(?!\.?\s+\d)",
        _relative_month,
    ),
    (
        rf"(?:(?P<same>later|earlier)\s+(?=\w+day\b))?(?:(?P<rel>last|next|this|this past|this coming|coming|past|the\s+(?:previous|following|next))\s+)?(?P<wd>{WEEKDAY_FULL_RE})(?:\s+(?P<part>{DAYPART_RE}))?",
        _weekday_rule,
    ),
    (
        rf"the\s+week\s+of\s+(?P<day>{MONTH_RE}\s+{DAY_RE}(?:{COMMA}\s+{YEAR_RE})?|{DAY_RE}\s+{MONTH_RE}(?:\s+{YEAR_RE})?)",
        _week_of,
    ),
    (
        rf"(?:the\s+)?(?:(?:same|corresponding|comparable)\s+)?year[- ](?:ago|earlier)"
        rf"(?:\s+(?:{ORD_RE}[- ])?(?:quarter|half|period|month|week)\b)?",
        _year_ago,
    ),
    (
        r"the\s+(?:same|corresponding|comparable|year-ago|year-earlier)\s+"
        r"(?:period|quarter|half|month|week|time)(?:\s+of)?\s+(?:the\s+)?"
        r"(?:last\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:previous|prior)\s+year"
        r"|year\s+before)|the\s+(?:quarter|month|period)\s+a\s+year\s+(?:ago|earlier)",
        _year_ago,
    ),
    (
        rf"(?:the\s+)?(?P<y>{YEAR_RE})\s+(?:(?P<q>{ORD_RE})[- ])?(?P<unit>quarter|half|period|fiscal\s+year)",
        _year_period,
    ),
    (r"(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century", _century),
    (
        rf"(?:last|the\s+next|the\s+previous|the\s+following)\s+(?P<part>night|{DAYPART_RE})",
        _next_daypart,
    ),
    (r"(?:the|this|last|next)\s+weekend", _weekend),
    (r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)", _year_ended),
    (r"the\s+day\b", _the_day),
    (r"(?:the|this)\s+(?:current\s+)?fiscal\s+year", _the_unit_year),
    (
        r"(?:the\s+)?(?:(?:fiscal\s+)?year[- ]end|year's\s+end|end\s+of\s+the\s+year)",
        _the_unit_year,
    ),
    (
        # not the newspaper ("USA TODAY", "USA Today reported"), nor the
        # present age ("today's youth", "in today's world")
        r"(?:the\s+day\s+(?:before|after)\s+)?(?:(?<!\busa\s)today(?!['\u2019]s\s+(?:[a-z]+\s+)?(?:youth|young|world|society|generations?|children|kids|teens|teenagers|students|families|parents|culture)\b)|yesterday|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?",
        _deictic,
    ),
    (rf"(?:this|that)\s+(?P<part>{DAYPART_RE})", _this_daypart),
    (
        # "placed orders in the morning": the part of the day the text is on;
        # not "the night of May 3", "the morning after the vote", nor a noun's
        # modifier ("in the morning shows"): only a stop or a small word after
        r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=during\s)|(?<=until\s)|(?<=through\s))"
        r"the\s+(?P<part>morning|afternoon|evening|night)\b"
        r"(?=\s*(?:[^\w\s]|$)|\s+(?:and|or|but|to|in|on|at|for|with|when|while|as|until"
        r"|he|she|it|they|we|i|you|his|her|their|its)\b)",
        _this_daypart,
    ),
    (
        rf"(?:early|late|mid)[- ]?(?P<part>morning|afternoon|evening)"
        rf"(?:,?\s+(?:on\s+)?(?P<day>yesterday|today|tomorrow|{WEEKDAY_FULL_RE}))?",
        _this_daypart,
    ),
    (
        # "last fiscal year" is a year as "last year" is, and so is
        # "last-year's ban" ("last - year 's" as a tokenizer left it), not
        # "next-day delivery"
        rf"(?:(?:earlier|later)\s+)?(?P<rel>{REL_RE})(?:\s+|\s*-\s*(?=year|month|week\b|decade))(?:fiscal\s+(?=year))?(?P<unit>week(?:end)?|month|(?<!th[ie][st]\s)quarter|year|decade|century|day|{SEASON_RE})\b(?!s)",
        _relative_unit,
    ),
    (
        rf"(?:(?P<rel>this|last|next)\s+year's\s+|the\s+)?(?P<q>{ORD_RE}|final|last(?=\s+(?:quarter|half)\s+of\s+(?:fiscal\s+)?(?:\d|the\s+year|this|last|next)))[- ](?P<unit>quarter|half)"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR_ANY_RE})|the\s+year|(?P<rel2>this|last|next|"
        r"the\s+(?:current|previous|next|following))\s+(?:fiscal\s+)?year))?",
        quarter,
    ),
    (
        rf"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<s>{SEASON_RE})(?:\s+(?:of\s+)?(?P<y>{YEAR_ANY_RE}))?\b",
        season,
    ),
    (
        # "a week or so ago": "or so" leaves the count as it is
        rf"(?:(?:about|around|nearly|almost|some)\s+)?(?P<n>{NUM_RE})[- ](?P<unit>{UNIT_RE})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from now)\b",
        _ago,
    ),
    (
        r"(?:the\s+)?(?:(?:early|mid|late)[- ]|first\s+half\s+of\s+the\s+)?(?:(?P<c>19|20)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
        _decade,
    ),
    (
        r"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:['\u2018\u2019]|(?<=[\s-])|(?<=^))(?P<dd>(?:1[5-9]|20)?\d0)['\u2019]?s\b",
        _decade,
    ),
    (rf"(?:(?:early|mid|late)[- ])?(?P<m>{MONTH_RE})\b(?!\s*\d)(?!-)", _month_only),
    (
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY_RE})(?:,?\s+(?:of\s+)?(?P<y>{YEAR_ANY_RE}))?",
        holiday,
    ),
    (
        r"(?:(?<=will\s)|(?<=would\s)|(?<=could\s)|(?<=might\s)|(?<=may\s)|(?<=can\s)"
        r"|(?<=should\s)|(?<=must\s)|(?<=\bto\s)|(?<='ll\s))(?:one|some)\s+day\b(?=\s+[a-z])",
        _some_day,
    ),
    (
        rf"(?:(?:the|a|an|about|around|nearly|almost|some|the (?:last|past|next|coming|first|previous|following))\s+){{0,3}}(?P<n>{NUM_RE})[- ](?:(?:straight|consecutive|full|more|additional|long|trading|business|working)\s+){{0,2}}(?P<unit>{UNIT_RE})(?:-long)?(?P<half>\s+and\s+a\s+half)?\b(?!-old|-olds)",
        _span_duration,
    ),
    (
        rf"(?:every|each)\s+(?:(?P<m>{MONTH_RE})|(?P<s>{SEASON_RE}))\b(?!\s+\d)|"
        r"(?:every|each|per)\s+(?:day|night|week|month|quarter|year|hour|minute|morning|evening|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|daily|weekly|monthly|yearly|annually|hourly|(?:once|twice|three times)\s+(?:a|an|per)\s+(?:day|week|month|year|hour)",
        _set,
    ),
    (
        rf"(?:(?P<clock>{CLOCK_RE})|noon|midnight|mid-?day)(?:\s+(?P<zone>UTC|GMT|[ECMP][SD]T))?"
        rf"(?:,?\s+(?P<day>{WEEKDAY_FULL_RE}|today|yesterday|tomorrow|{MONTH_RE}\s+{DAY_RE}"
        rf"(?:,?\s+{YEAR_RE})?|{DAY_RE}\s+{MONTH_RE}(?:\s+{YEAR_RE})?)\b)?",
        _time,
    ),
    (
        r"(?:the\s+)?(?:(?:past|recent|last|next|coming)\s+(?:several|few)\s+|coming\s+)?(?P<unit>years|months|decades|weeks|days|centuries)\b",
        _bare_units,
    ),
    (
        r"\b(?:now|currently|current|the\s+(?:near\s+)?future|"
        r"the\s+past|recently|nowadays|at\s+present|these\s+days|"
        r"the\s+(?:near|short|long|medium)\s+term|future\s+(?:weeks|months|quarters|years|decades)|"
        r"recent(?:\s+(?:days|weeks|months|years|decades))?)\b",
        _ref,
    ),
    (
        r"(?:the|this)\s+(?:latest\s+|current\s+|present\s+|full\s+)?(?P<unit>week|month|year|quarter)\b(?!\s+of\s+[A-Z0-9])",
        _the_unit,
    ),
    (r"the\s+latest\s+period", _latest_period),
    (
        rf"(?:(?:fiscal|calendar)\s+|(?:mid|early|late|pre|post)-|the\s+year\s+)?(?P<y>{YEAR_ANY_RE})"
        r"\b(?![-.,]\d|\s*(?:%|percent))",
        _year,
    ),
]
_RULES: list[tuple[re.Pattern[str], Handler, int]] = [
    (re.compile(rf"(?<![\w/-])(?:{src})(?![\w])", re.IGNORECASE), fn, i)
    for i, (src, fn) in enumerate(_RULES_SRC)
]


def _day_value(text: str, anchor: date | None, tense: str | None) -> DayValue | None:
    """The value of a day named inside a longer expression ("the week of
    March 6", "noon Friday"): the first rule that matches all of it."""
    for pattern, fn, _ in _RULES:
        m = pattern.fullmatch(text)
        if m is not None and not has_lowercase_month(m):
            value, _type, anchored = fn(m, anchor, tense)
            return DayValue(value, anchored)
    return None


@dataclass(frozen=True, slots=True)
class DayValue:
    """A nested day's value and whether it depends on the anchor."""

    value: str | None
    anchored: bool


def has_lowercase_month(m: re.Match[str]) -> bool:
    """Month names must be capitalised: "may" and "march" are words too."""
    month = m.groupdict().get("m")
    return isinstance(month, str) and month[:1].isalpha() and month[:1].islower()
