"""Finding time expressions in text and normalising them to TIMEX3 values.

Pure Python (no spaCy): ``find_timexes(text, anchor=...)`` returns every
expression with its TIMEX3-style value, type and precision;
``normalize_timex(text, anchor=...)`` normalises one expression. Relative
expressions ("on Friday", "last month", "two weeks ago") are resolved
against ``anchor`` (usually the publication date); without an anchor they
stay partial (``XXXX-06-20``, ``XXXX-WXX-5``) or unresolved (value None)
rather than getting a guessed year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "half": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE_NUMBERS = frozenset(
    {"several", "few", "a few", "some", "many", "couple", "a couple of"}
)
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
UNIT_CODES = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}  # (TIMEX3 duration letter, is a time unit needing "T")
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DAYPARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "tonight": "NI", "overnight": "NI",
}  # fmt: skip

# --- building blocks of the patterns -------------------------------------
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
    r"June?\.?|July?\.?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|"
    r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|"
    r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
)
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNDER_100 = (
    rf"(?:{_TENS_WORD}(?:[- ]{_UNITS_WORD})?|{_TEENS_WORD}|oh[- ]{_UNITS_WORD})"
)
_SPELLED_YEAR = (
    rf"(?:(?:sixteen|seventeen|eighteen|nineteen)\s+(?:{_UNDER_100}|hundred)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_UNDER_100}|{_UNITS_WORD}))?)"
)  # "nineteen ninety-six", "two thousand and one": years as spoken
_YEAR_ANY = rf"(?:{_YEAR}|{_SPELLED_YEAR})"
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
    r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|a hundred|hundred|a|an|several|a few|few|some|many|"
    r"a couple of|couple of|\d+(?:\.\d+)?)"
)
_NUM = rf"(?:\d+\s+1/2|{_NUM_WORD}(?: and a half)?)"
_UNIT = r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_DAYPART = r"(?:morning|afternoon|evening|night)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_REL = r"(?:last|next|past|previous|coming|following|this|that|the same|this past)"
_CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:UTC|GMT|hours\b))"  # "0800 UTC"
    r"|(?:1[0-2]|0?[1-9])(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening))"  # "4 in the morning"
)


@dataclass(frozen=True, slots=True)
class Timex:
    """One normalised time expression; ``start``/``end`` are offsets into the text."""

    start: int
    end: int
    text: str
    value: str | None
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    precision: str | None = None
    anchored: bool = False  # True when the value depends on the anchor
    relative_to: str = "anchor"  # "anchor" or "reference" (an earlier date in the text)


# --- small date helpers ----------------------------------------------------


def _number(text: str) -> float | None:
    """Parse "two", "twenty-four", "12", "a few" ... (None when vague)."""
    text = text.lower().replace("-", " ").strip()
    half = 0.5 if text.endswith(" and a half") else 0.0
    text = re.sub(r"\s+and a half$", "", text)
    if text in VAGUE_NUMBERS or text.endswith("couple of"):
        return None if text not in {"couple", "a couple of", "couple of"} else 2
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    if re.fullmatch(r"\d+\s+1/2", text):  # "2 1/2"
        return float(text.split()[0]) + 0.5
    total = half
    for word in text.split():
        if word not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[word]
    return total


def _year_digits(text: str) -> str:
    """ "1996" -> "1996"; "nineteen ninety-six" -> "1996"; "two thousand and one" -> "2001"."""
    if text.isdigit():
        return text
    words = re.sub(r"\s+and\s+", " ", text.lower().replace("-", " ")).split()
    if words[:2] == ["two", "thousand"]:
        century, rest = 2000, words[2:]
    else:
        century, rest = int(NUMBER_WORDS[words[0]]) * 100, words[1:]
    rest = [w for w in rest if w not in {"oh", "hundred"}]
    return str(century + (int(_number(" ".join(rest)) or 0) if rest else 0))


def _month(text: str) -> int:
    return MONTHS[text.lower().strip(".")[:3]]


def _weekday(text: str) -> int:
    return WEEKDAYS[text.lower()[:3]]


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _week(day: date) -> str:
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


# --- the rules: (pattern, handler) ------------------------------------------
# A handler gets the match, the anchor (or None) and the tense ("past",
# "future" or None) and returns (value, type) with anchored-ness.

Result = tuple[str | None, str, bool]
Handler = Callable[[re.Match[str], date | None, str | None], Result]


def _year_for(month: int, day: int, anchor: date | None, tense: str | None) -> str:
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
    elif tense == "future" and anchor - candidate > timedelta(
        days=MONTH_DAY_SHIFT_DAYS
    ):
        year += 1
    elif tense is None and abs((candidate - anchor).days) > HALF_YEAR_DAYS:
        year += 1 if candidate < anchor else -1  # the nearest such day
    return str(year)


HALF_YEAR_DAYS = 183


MONTH_DAY_SHIFT_DAYS = 60
"""A year-less date further than this from the anchor, against the tense,
belongs to the neighbouring year (judged on TimeBank train)."""


def _full_date(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    g = m.groupdict()
    month = _month(g["m"])
    day = int(re.sub(r"\D", "", g["d"])) if g.get("d") else None
    if g.get("y"):
        year, anchored = _year_digits(g["y"]), False
    elif day is not None:
        year, anchored = _year_for(month, day, anchor, tense), anchor is not None
    else:
        year, anchored = _year_for(month, 15, anchor, tense), anchor is not None
    if day is None:
        return f"{year}-{month:02d}", "DATE", anchored
    return f"{year}-{month:02d}-{day:02d}", "DATE", anchored


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
    return _year_digits(m.group("y")), "DATE", False


def _decade(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    g = m.groupdict()
    if g.get("word"):
        century = g.get("c")
        return (
            f"{century[:2] if century else '19'}{DECADE_WORDS[g['word'].lower()]}X",
            "DATE",
            False,
        )
    digits = g["dd"]
    if len(digits) == 4:
        return digits[:3] + "X", "DATE", False
    century = "20" if int(digits[0]) < 3 else "19"
    return f"{century}{digits[0]}X", "DATE", False


def _weekday_rule(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "Friday", "last Tuesday", "the following Monday", "Friday morning"."""
    g = m.groupdict()
    target = _weekday(g["wd"])
    rel = re.sub(r"^the\s+", "", (g.get("rel") or "").lower())
    part = DAYPARTS[g["part"].lower()] if g.get("part") else None
    if anchor is None:
        value = f"XXXX-WXX-{target}"
        return (f"{value}T{part}", "TIME", False) if part else (value, "DATE", False)
    delta = target - anchor.isoweekday()
    if rel in FORWARD_WORDS or (not rel and tense == "future"):
        delta = delta if delta > 0 else delta + 7
    elif rel in BACKWARD_WORDS or (not rel and tense == "past"):
        delta = delta if delta <= 0 else delta - 7
        if rel != "this past" and rel in BACKWARD_WORDS and delta == 0:
            delta = -7
    else:  # no tense to go by: the nearest such day, the past one on a tie
        delta = delta if -4 < delta <= 3 else delta - 7 if delta > 3 else delta + 7
    value = (anchor + timedelta(days=delta)).isoformat()
    return (f"{value}T{part}", "TIME", True) if part else (value, "DATE", True)


FORWARD_WORDS = frozenset({"next", "coming", "this coming", "following"})
BACKWARD_WORDS = frozenset({"last", "this past", "past", "previous"})


def _deictic(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    word = m.group(0).lower()
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
    found = normalize_timex(m.group("day"), anchor=anchor, tense=tense)
    day = parse_iso(found.value if found else None)
    if found is None or day is None:
        return None, "DATE", False
    return _week(day), "DATE", found.anchored


def _year_ago(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the year-ago period": last year."""
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
    step = (
        -1
        if word.startswith("last") or (word.startswith("the") and tense == "past")
        else 0
    )
    step = 1 if word.startswith("next") else step
    return _week(anchor + timedelta(weeks=step)) + "-WE", "DATE", True


def _the_unit_year(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    return (str(anchor.year), "DATE", True) if anchor else (None, "DATE", False)


def _this_daypart(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "this morning", "mid-afternoon" (of the anchor day), "late morning yesterday"."""
    part = DAYPARTS[m.group("part").lower()]
    day = m.groupdict().get("day")
    if day:
        found = normalize_timex(day, anchor=anchor, tense=tense)
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
    year, month = _add_months(anchor, -3)
    return f"{year}-Q{(month - 1) // 3 + 1}", "DATE", True


def _ref(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    word = m.group(0).lower()
    if "future" in word or word.endswith("term"):
        return "FUTURE_REF", "DATE", False
    if word.endswith("past") or "recent" in word or "formerly" in word:
        return "PAST_REF", "DATE", False
    return "PRESENT_REF", "DATE", True


def _relative_unit(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "last week", "this month", "next year", "earlier this year"."""
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
            "following": 1}.get(rel.split()[-1], 0)  # fmt: skip
    if anchor is None:
        return None, "DATE", False
    if unit == "week" or unit == "weekend":
        value = _week(anchor + timedelta(weeks=step))
        return value + ("-WE" if unit == "weekend" else ""), "DATE", True
    if unit == "month":
        year, month = _add_months(anchor, step)
        return f"{year}-{month:02d}", "DATE", True
    if unit == "quarter":
        year, month = _add_months(anchor, 3 * step)
        return f"{year}-Q{(month - 1) // 3 + 1}", "DATE", True
    if unit == "decade":
        return f"{str(anchor.year + 10 * step)[:3]}X", "DATE", True
    if unit == "century":
        return f"{str(anchor.year + 100 * step)[:2]}XX", "DATE", True
    if unit in SEASONS:
        return f"{anchor.year + step}-{SEASONS[unit]}", "DATE", True
    if unit == "day":
        return (anchor + timedelta(days=step)).isoformat(), "DATE", True
    return str(anchor.year + step), "DATE", True


def _relative_month(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "last March", "next June", "this April"."""
    month = _month(m.group("m"))
    rel = m.group("rel").lower()
    if anchor is None:
        return f"XXXX-{month:02d}", "DATE", False
    year = anchor.year
    if rel in {"last", "past", "previous"} and month >= anchor.month:
        year -= 1
    elif rel in {"next", "coming"} and month <= anchor.month:
        year += 1
    return f"{year}-{month:02d}", "DATE", True


def _duration(number: float | None, unit: str) -> str:
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


def _shift(anchor: date, number: float, unit: str) -> str:
    """The date ``number`` units after the anchor, at that unit's precision."""
    unit = unit.lower().rstrip("s").replace("centurie", "century")
    whole = int(number)
    if unit in {"day", "night"}:
        return (anchor + timedelta(days=whole)).isoformat()
    if unit in {"week", "fortnight"}:
        return _week(
            anchor + timedelta(weeks=whole * (2 if unit == "fortnight" else 1))
        )
    if unit == "month":
        year, month = _add_months(anchor, whole)
        return f"{year}-{month:02d}"
    if unit == "decade":
        return f"{str(anchor.year + 10 * whole)[:3]}X"
    if unit in {"hour", "minute", "second"}:
        return anchor.isoformat()
    return str(anchor.year + whole)


def _ago(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "two weeks ago", "10 years later", "a year earlier"."""
    number = _number(m.group("n"))
    unit = m.group("unit")
    direction = -1 if m.group("dir").lower() in {"ago", "earlier"} else 1
    if number is None or anchor is None:
        return None, "DATE", False
    return _shift(anchor, direction * number, unit), "DATE", True


def _span_duration(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "two weeks", "the past four decades", "a five-year", "a minute and a half"."""
    number = _number(m.group("n"))
    if number is not None and m.group("half"):
        number += 0.5
    return _duration(number, m.group("unit")), "DURATION", False


def _bare_units(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "years", "months", "decades": vague durations."""
    return _duration(None, m.group("unit")), "DURATION", False


def _set(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    word = m.group(0).lower()
    simple = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}  # fmt: skip
    if word in simple:
        return simple[word], "SET", False
    wd = re.search(_WEEKDAY_FULL, m.group(0), re.I)
    if wd:
        return f"XXXX-WXX-{_weekday(wd.group(0))}", "SET", False
    unit = re.search(r"(second|minute|hour|day|night|week|month|quarter|year)", word)
    return _duration(1, unit.group(1) if unit else "day"), "SET", False


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
    """ "10:35 a.m.", "noon", "4 a.m. EDT Thursday", "5 p.m. EST Nov. 9"."""
    text = m.group(0).lower()
    if text.startswith("midnight"):
        clock = "24:00"
    elif text.startswith(("noon", "mid")):  # "midday"
        clock = "12:00"
    else:
        clock = _clock(m.group("clock"))
    zone = "Z" if (m.group("zone") or "").upper() in {"UTC", "GMT"} else ""
    if m.group("day"):  # the clock on a named day: that day's date
        day = normalize_timex(m.group("day"), anchor=anchor, tense=tense)
        if day is not None and day.value and precision_of(day.value) == "day":
            return f"{day.value.split('T')[0]}T{clock}{zone}", "TIME", day.anchored
    base = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return f"{base}T{clock}{zone}", "TIME", anchor is not None


def _quarter(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the third quarter", "the first half of 1990", "next year's first quarter",
    "the final quarter of last year"."""
    half = m.group("unit").lower() == "half"
    q = m.group("q").lower()
    if q == "final":
        number = 2 if half else 4
    elif q[0].isdigit():
        number = int(q[0])
    else:
        number = ["first", "second", "third", "fourth"].index(q) + 1
    code = f"H{number}" if half else f"Q{number}"
    if m.group("y"):
        return f"{_year_digits(m.group('y'))}-{code}", "DATE", False
    if anchor is None:
        return f"XXXX-{code}", "DATE", False
    rel = (m.group("rel") or m.group("rel2") or "").lower().split()
    step = -1 if rel[-1:] in (["last"], ["previous"]) else 0
    step = 1 if rel[-1:] in (["next"], ["following"]) else step
    return f"{anchor.year + step}-{code}", "DATE", True


def _season(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    code = SEASONS[m.group("s").lower()]
    if m.group("y"):
        return f"{_year_digits(m.group('y'))}-{code}", "DATE", False
    rel = (m.group("rel") or "").lower()
    if anchor is None:
        return f"XXXX-{code}", "DATE", False
    step = (
        -1
        if rel in {"last", "past", "previous"}
        else 1
        if rel in {"next", "coming"}
        else 0
    )
    return f"{anchor.year + step}-{code}", "DATE", True


FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31), "veterans day": (11, 11), "christmas eve": (12, 24),
    "christmas": (12, 25), "christmas day": (12, 25), "boxing day": (12, 26),
}  # fmt: skip
NTH_WEEKDAY_HOLIDAYS = {
    "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3),
    "mother's day": (5, 7, 2), "memorial day": (5, 1, -1), "father's day": (6, 7, 3),
    "labor day": (9, 1, 1), "columbus day": (10, 1, 2), "thanksgiving": (11, 4, 4),
    "thanksgiving day": (11, 4, 4),
}  # fmt: skip
"""(month, ISO weekday, nth; -1 = the last) of the US holidays."""
EASTER_OFFSETS = {
    "easter": 0,
    "easter sunday": 0,
    "good friday": -2,
    "easter monday": 1,
}
_HOLIDAY = (
    r"(?:new\s+year's\s+(?:day|eve)|valentine's\s+day|st\.\s+patrick's\s+day|"
    r"(?:the\s+)?fourth\s+of\s+july|july\s+fourth|halloween|veterans\s+day|"
    r"christmas(?:\s+(?:eve|day))?|boxing\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|"
    r"presidents'\s+day|mother's\s+day|memorial\s+day|father's\s+day|labor\s+day|"
    r"columbus\s+day|thanksgiving(?:\s+day)?|election\s+day|easter(?:\s+(?:sunday|monday|week))?|"
    r"good\s+friday)"
)


def _easter(year: int) -> date:
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


def _holiday_date(name: str, year: int) -> date:
    """The date of a named holiday in ``year``."""
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name.startswith(("easter", "good friday")):
        return _easter(year) + timedelta(days=EASTER_OFFSETS.get(name, 0))
    if name == "election day":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(1 - first.isoweekday()) % 7 + 1)
    month, weekday, nth = NTH_WEEKDAY_HOLIDAYS[name]
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _holiday(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "Thanksgiving Day", "last Christmas", "Easter 1998", "Election Day"."""
    name = re.sub(r"\s+", " ", m.group("h").lower()).removeprefix("the ")
    name = re.sub(r"martin luther king.*day", "martin luther king day", name)
    week = name == "easter week"
    name = "easter" if week else name
    year = int(_year_digits(m.group("y"))) if m.group("y") else None
    if year is None and anchor is None:
        fixed = FIXED_HOLIDAYS.get(name)
        return (f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None), "DATE", False
    if year is None:
        assert anchor is not None
        rel = (m.group("rel") or "").lower()
        day = _holiday_date(name, anchor.year)
        slack = timedelta(0) if rel else timedelta(days=MONTH_DAY_SHIFT_DAYS)
        if rel == "last" or (not rel and tense == "past"):
            shift = day > anchor + slack
        elif rel == "next" or (not rel and tense == "future"):
            shift = day < anchor - slack
        else:
            shift = abs((day - anchor).days) > HALF_YEAR_DAYS
        if shift:
            year = anchor.year + (1 if day < anchor else -1)
    day = _holiday_date(name, year or day.year)
    return (_week(day) if week else day.isoformat()), "DATE", m.group("y") is None


def _month_only(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    month = _month(m.group("m"))
    if anchor is None:
        return f"XXXX-{month:02d}", "DATE", False
    return f"{_year_for(month, 15, anchor, tense)}-{month:02d}", "DATE", True


def _the_unit(m: re.Match[str], anchor: date | None, tense: str | None) -> Result:
    """ "the week", "the year": the current unit of the anchor."""
    unit = m.group("unit").lower()
    if anchor is None:
        return None, "DATE", False
    if unit == "week":
        return _week(anchor), "DATE", True
    if unit == "month":
        return f"{anchor.year}-{anchor.month:02d}", "DATE", True
    if unit == "quarter":
        # "the quarter" in a report is the one just ended, unless future
        current = tense == "future" or bool(
            re.search(r"(?i)current|present", m.group(0))
        )
        year, month = _add_months(anchor, 0 if current else -3)
        return f"{year}-Q{(month - 1) // 3 + 1}", "DATE", True
    return str(anchor.year), "DATE", True


_RULES_SRC: list[tuple[str, Handler]] = [
    (r"(?P<v>\d{4}-\d\d-\d\d)(?:[T ](?P<t>\d\d:\d\d(?::\d\d)?))?", _iso),
    (
        r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d\d)(?:\s+(?P<t>\d\d:\d\d(?::\d\d)?))?",
        _numeric_date,
    ),
    (
        rf"(?:(?:{_WEEKDAY_FULL}),?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR_ANY}))?\b",
        _full_date,
    ),
    (
        rf"(?:(?:{_WEEKDAY_FULL}),?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR_ANY}))?\b(?!:\d)",
        _full_date,
    ),
    (
        rf"(?:(?:early|mid|late)[- ])?(?P<m>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR_ANY})\b",
        _full_date,
    ),
    (
        rf"(?P<rel>last|next|this|this past|this coming|past|coming|previous)\s+(?P<m>{_MONTH})\b(?!\s+\d)",
        _relative_month,
    ),
    (
        rf"(?:(?P<rel>last|next|this|this past|this coming|coming|past|the\s+(?:previous|following|next))\s+)?(?P<wd>{_WEEKDAY_FULL})(?:\s+(?P<part>{_DAYPART}))?",
        _weekday_rule,
    ),
    (
        rf"the\s+week\s+of\s+(?P<day>{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?)",
        _week_of,
    ),
    (r"(?:the\s+)?year[- ](?:ago|earlier)", _year_ago),
    (
        rf"(?:the\s+)?(?P<y>{_YEAR})\s+(?:(?P<q>{_ORD})[- ])?(?P<unit>quarter|half|period|fiscal\s+year)",
        _year_period,
    ),
    (r"(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century", _century),
    (
        rf"(?:last|the\s+next|the\s+previous|the\s+following)\s+(?P<part>night|{_DAYPART})",
        _next_daypart,
    ),
    (r"(?:the|this|last|next)\s+weekend", _weekend),
    (r"(?:the|this)\s+(?:current\s+)?fiscal\s+year", _the_unit_year),
    (
        r"(?:the\s+day\s+(?:before|after)\s+)?(?:today|yesterday|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?",
        _deictic,
    ),
    (rf"(?:this|that)\s+(?P<part>{_DAYPART})", _this_daypart),
    (
        rf"(?:early|late|mid)[- ]?(?P<part>morning|afternoon|evening)"
        rf"(?:,?\s+(?:on\s+)?(?P<day>yesterday|today|tomorrow|{_WEEKDAY_FULL}))?",
        _this_daypart,
    ),
    (
        rf"(?:(?:earlier|later)\s+)?(?P<rel>{_REL})\s+(?P<unit>week(?:end)?|month|(?<!th[ie][st]\s)quarter|year|decade|century|day|{_SEASON})\b(?!s)",
        _relative_unit,
    ),
    (
        rf"(?:(?P<rel>this|last|next)\s+year's\s+|the\s+)?(?P<q>{_ORD}|final)[- ](?P<unit>quarter|half)"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{_YEAR_ANY})|the\s+year|(?P<rel2>this|last|next|"
        r"the\s+(?:current|previous|next|following))\s+(?:fiscal\s+)?year))?",
        _quarter,
    ),
    (
        rf"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?P<rel>last|next|this|past|coming)?\s*(?P<s>{_SEASON})(?:\s+(?:of\s+)?(?P<y>{_YEAR_ANY}))?\b",
        _season,
    ),
    (
        rf"(?:(?:about|around|nearly|almost|some)\s+)?(?P<n>{_NUM})[- ](?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|later|from now)\b",
        _ago,
    ),
    (
        r"(?:the\s+)?(?:(?:early|mid|late)[- ]|first\s+half\s+of\s+the\s+)?(?:(?P<c>19|20)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
        _decade,
    ),
    (
        r"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:'|(?<=\s)|(?<=^))(?P<dd>(?:1[5-9]|20)?\d0)'?s\b",
        _decade,
    ),
    (rf"(?:(?:early|mid|late)[- ])?(?P<m>{_MONTH})\b(?!\s*\d)(?!-)", _month_only),
    (
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<h>{_HOLIDAY})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR_ANY}))?",
        _holiday,
    ),
    (
        rf"(?:(?:the|a|an|about|around|nearly|almost|some|the (?:last|past|next|coming|first|previous|following))\s+)*(?P<n>{_NUM})[- ](?:(?:straight|consecutive|full|more|additional|long)\s+)?(?P<unit>{_UNIT})(?:-long)?(?P<half>\s+and\s+a\s+half)?\b(?!-old|-olds)",
        _span_duration,
    ),
    (
        r"(?:every|each|per)\s+(?:day|night|week|month|quarter|year|hour|minute|morning|evening|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|daily|weekly|monthly|yearly|annually|hourly|(?:once|twice|three times)\s+(?:a|an|per)\s+(?:day|week|month|year|hour)",
        _set,
    ),
    (
        rf"(?:(?P<clock>{_CLOCK})|noon|midnight|mid-?day)(?:\s+(?P<zone>UTC|GMT|[ECMP][SD]T))?"
        rf"(?:,?\s+(?P<day>{_WEEKDAY_FULL}|today|yesterday|tomorrow|{_MONTH}\s+{_DAY}"
        rf"(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?)\b)?",
        _time,
    ),
    (
        r"(?:the\s+)?(?:(?:past|recent|last)\s+(?:several|few)\s+)?(?P<unit>years|months|decades|weeks|days|centuries)\b",
        _bare_units,
    ),
    (
        r"\b(?:now|currently|current|the\s+(?:near\s+)?future|"
        r"the\s+past|recently|nowadays|at\s+present|these\s+days|"
        r"the\s+(?:near|short|long|medium)\s+term|future\s+(?:weeks|months|quarters|years|decades)|"
        r"recent(?:\s+(?:days|weeks|months|years|decades))?)\b",
        _ref,
    ),
    (r"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)", _year_ended),
    (
        r"(?:the|this)\s+(?:latest\s+|current\s+|present\s+)?(?P<unit>week|month|year|quarter)\b",
        _the_unit,
    ),
    (r"the\s+latest\s+period", _latest_period),
    (
        rf"(?:(?:fiscal|calendar)\s+|(?:mid|early|late|pre|post)-|the\s+year\s+)?(?P<y>{_YEAR_ANY})"
        r"\b(?![-.,]\d|\s*(?:%|percent))",
        _year,
    ),
]
_RULES: list[tuple[re.Pattern[str], Handler, int]] = [
    (re.compile(rf"(?<![\w/-]){src}(?![\w])", re.IGNORECASE), fn, i)
    for i, (src, fn) in enumerate(_RULES_SRC)
]


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    for pattern, _fn, index in _RULES:
        for m in pattern.finditer(text):
            start, end = m.span()
            while end > start and text[end - 1] in " ,":
                end -= 1
            if end > start:
                found.append((start, end, index, m))
    return found


def _non_overlapping(
    found: list[tuple[int, int, int, re.Match[str]]],
) -> list[tuple[int, int, int, re.Match[str]]]:
    """Keep the longest of overlapping matches (earlier rule wins a tie)."""
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    kept: list[tuple[int, int, int, re.Match[str]]] = []
    for cand in found:
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c[0])


def _is_false_month(text: str, start: int, end: int) -> bool:
    """ "May" as a modal verb or name, "March" as a noun, at sentence start."""
    word = text[start:end].strip().lower().rstrip(".")
    if word not in {
        "may",
        "march",
        "jan",
        "sun",
        "sat",
        "wed",
        "mar",
        "jun",
        "dec",
        "oct",
        "aug",
    }:
        return False
    after = text[end : end + 12].lower()
    before = text[max(0, start - 8) : start].lower()
    if re.match(
        r"\s+(be|have|not|also|well|still|never|even|soon|help|need|\w+ed\b)", after
    ):
        return True
    return not re.search(
        r"(in|of|since|by|until|early|late|mid|last|next|this|from|to)\s+$", before
    )


YEAR_PREPOSITIONS = frozenset(
    "in of by to since until till from during before after for between and year "
    "early late mid end fiscal calendar through around summer spring autumn fall "
    "winter than or".split()
)
"""A bare four-digit number is a year after one of these words (TimeBank train)."""


def _is_year_context(text: str, start: int, end: int) -> bool:
    """A bare "2003" is a year after "in", "since", ...; alone, only 1900-2039
    and not before a counted noun ("2003 people"); a spoken "two thousand"
    only after such a word ("in two thousand", "the year two thousand")."""
    before = re.search(r"(\w+)\W{0,2}$", text[max(0, start - 20) : start])
    after_preposition = bool(before and before.group(1).lower() in YEAR_PREPOSITIONS)
    counted = re.match(r"\s+(?:more\s+|other\s+)?([a-z]+s)\b", text[end : end + 20])
    counts_noun = bool(counted and counted.group(1) not in NOT_COUNTED)
    if re.match(r"(?i)two\s+thousand", text[start:end]):
        return after_preposition and not counts_noun
    if not text[start:end].isdigit():
        return True  # "fiscal 1998", "nineteen ninety-six"
    if after_preposition:
        return True
    if not BARE_YEAR_MIN <= int(text[start:end]) <= BARE_YEAR_MAX:
        return False
    return not counts_noun


BARE_YEAR_MIN, BARE_YEAR_MAX = 1900, 2039
"""A four-digit number alone is a year in this range (183 of 188 on TimeBank train)."""
NOT_COUNTED = frozenset(
    {"was", "has", "is", "as", "its", "this", "plus", "versus", "does"}
)


def _is_false_match(
    fn: Handler, m: re.Match[str], text: str, start: int, end: int
) -> bool:
    """Matches that look like time but are not: "may", "fall", "three-quarters"."""
    if _has_lowercase_month(m) or (
        fn is _month_only and _is_false_month(text, start, end)
    ):
        return True
    if fn is _year:
        return not _is_year_context(text, start, end)
    if fn is _set and m.group(0).lower() == "annually":  # "rise 8% annually": a rate
        return bool(
            re.search(
                r"\d[\d,.]*\s*(?:%|percent\b)?\s*(?:\w+\s+){0,2}$",
                text[max(0, start - 30) : start],
            )
        )
    if fn is _season and not (m.group("rel") or m.group("y")):
        before = text[max(0, start - 12) : start].lower()
        return not re.search(
            r"\b(?:the|in|this|last|next|early|late|mid|by|during)\s+$", before
        ) and not re.match(r"(?i)the", m.group(0))
    if fn is _span_duration:
        return _is_false_duration(m, text, end)
    return False


NOT_AFTER_ORDINAL = frozenset(
    "later earlier longer ago before after of or and to in on at for the".split()
)


def _is_false_duration(m: re.Match[str], text: str, end: int) -> bool:
    """An age ("52 years old"), "three-quarters", "a second group" (an ordinal)."""
    after = text[end : end + 20].lower()
    unit = m.group("unit").lower()
    if re.match(r"[- ]old\b", after):
        return True
    if unit.startswith("quarter"):
        return "-" in m.group(0) or after.startswith(" of")
    if re.fullmatch(r"(?i)an?\s+second", m.group(0)):
        word = re.match(r"\s+([a-z]\w*)", after)
        return bool(word and word.group(1) not in NOT_AFTER_ORDINAL)
    return False


def _has_lowercase_month(m: re.Match[str]) -> bool:
    """Month names must be capitalised: "may" and "march" are words too."""
    month = m.groupdict().get("m")
    return isinstance(month, str) and month[:1].isalpha() and month[:1].islower()


ANAPHORIC_RELS = frozenset({"that", "the same", "following", "previous"})
"""Words that point back to a time named in the text: "that year", "the following year"."""


def _is_anaphoric(fn: Handler, m: re.Match[str]) -> bool:
    """ "10 years later", "later that year": relative to the last date in the text.

    Only the year is trusted from a text date here, whose month or day may be
    unknown, so "that day" and "the following month" stay with the anchor.
    """
    if fn is _ago:
        return m.group("dir").lower() not in {"ago", "from now"}
    return (
        fn is _relative_unit
        and m.group("rel").lower() in ANAPHORIC_RELS
        and m.group("unit").lower() == "year"
    )


def find_timexes(
    text: str,
    *,
    anchor: date | None = None,
    tense_at: Callable[[int], str | None] | None = None,
    reference_at: Callable[[int], date | None] | None = None,
) -> list[Timex]:
    """Find and normalise every time expression in ``text``.

    Args:
        text: any text.
        anchor: the date relative expressions are resolved against (the
            publication date), or None to leave them partial/unresolved.
        tense_at: optional callback giving the tense ("past"/"future") of
            the clause at a character offset, used to pick which Friday.
        reference_at: optional callback giving the last date mentioned
            before an offset, the anchor of "10 years later".

    Returns:
        Non-overlapping expressions in text order.
    """
    results = []
    for start, end, index, m in _non_overlapping(_candidates(text)):
        fn = _RULES[index][1]
        if _is_false_match(fn, m, text, start, end):
            continue
        tense = tense_at(start) if tense_at else None
        use = anchor
        relative_to = "anchor"
        if _is_anaphoric(fn, m):
            ref = reference_at(start) if reference_at else None
            if ref is not None:  # "10 years later" than the last date named
                use, relative_to = ref, "reference"
        value, type_, anchored = fn(m, use, tense)
        results.append(
            Timex(
                start,
                end,
                text[start:end],
                value,
                type_,
                precision_of(value),
                anchored,
                relative_to,
            )  # fmt: skip
        )
    return results


def normalize_timex(
    text: str, *, anchor: date | None = None, tense: str | None = None
) -> Timex | None:
    """Normalise one time expression (the whole of ``text``).

    Args:
        text: the expression, e.g. "last month", "20 June", "the early eighties".
        anchor: the date relative expressions are resolved against.
        tense: "past" or "future" to choose between two readings of "Friday".

    Returns:
        The Timex covering the longest part of ``text`` or None if no rule fits.
    """
    found = find_timexes(text, anchor=anchor, tense_at=lambda _: tense)
    if not found:
        return _dateparser_fallback(text, anchor)
    return max(found, key=lambda t: t.end - t.start)


def _dateparser_fallback(text: str, anchor: date | None) -> Timex | None:
    """dateparser for what no rule covers; only explicit, year-bearing dates."""
    if not re.search(r"\d{4}", text):
        return None
    import dateparser  # slow import; only when needed

    parsed = dateparser.parse(
        text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]}
    )
    if parsed is None:
        return None
    value = parsed.date().isoformat()
    return Timex(0, len(text), text, value, "DATE", "day", False)


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
        nxt_year, nxt_month = _add_months(date(year, month, 1), 1)
        return date(year, month, 1), date(nxt_year, nxt_month, 1) - timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value):
        first = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return first, first + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
        months = 3 if m.group(2) == "Q" else 6
        start = date(int(m.group(1)), (int(m.group(3)) - 1) * months + 1, 1)
        year, month = _add_months(start, months)
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
