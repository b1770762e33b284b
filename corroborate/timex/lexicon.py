"""Words and patterns of time expressions: months, weekdays, number words,
seasons, parts of day, holidays, and the regex building blocks of the rules
in ``rules``."""

from __future__ import annotations

import re
from datetime import date

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


# --- named holidays ----------------------------------------------------------
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
DAYS_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
"""Shopping days named after Thanksgiving."""
NAMED_EVENT_DAYS = {(9, 11): 2001, (12, 7): 1941, (1, 6): 2021, (10, 7): 2023}
"""Days that name one event when they modify a word for it ("the Sept. 11
attacks", "the Jan. 6 riot", "the Oct. 7 massacre"): the year of that event,
not the article's."""
EVENT_NOUN_RE = (
    r"\s+(?:(?:terror(?:ist)?|suicide|deadly|surprise)\s+)?(?:attacks?|attackers|"
    r"hijack(?:ers|ings?)|terror(?:ism|ists)?|riots?|rioters|insurrection|"
    r"massacre|bombings?|commission|committee|panel|plot|plotters|victims|"
    r"memorial|museum|era|hijacked|strikes?)\b"
)
"""A word for the event a day names, right after that day."""
EVENT_OF_RE = (
    r"(?i)\b(?:attacks|hijackings|bombings|riots?|insurrection|massacre|events)"
    r"\s+of\s+(?:the\s+)?$"
)
"""A word for the event a day names, before it: "the attacks of Sept. 11",
"the events of Jan. 6" (not "the attack on Sept. 11", which may be any
attack on that day of the year)."""
NAMED_EVENTS = {"9/11": date(2001, 9, 11), "pearl harbor": date(1941, 12, 7)}
"""Events named by a date or a place that are dated by their name alone."""
NAMED_EVENT_RE = (
    r"(?:(?:pre|post)-)?(?P<e>9/11(?!/)|(?:(?<=attack\son\s)|(?<=attacks\son\s)|(?<=bombing\sof\s))"
    r"Pearl\s+Harbor|Pearl\s+Harbor(?=\s+(?:attacks?|bombing)\b))"
)
"""'9/11' alone or after "pre-"/"post-" ("the post-9/11 era"); 'Pearl Harbor'
as the attack ("the attack on Pearl Harbor", "the Pearl Harbor attack"), not
the harbour."""
HOLIDAY_RE = (
    r"(?:new\s+year's\s+(?:day|eve)|valentine's\s+day|st\.\s+patrick's\s+day|"
    r"(?:the\s+)?fourth\s+of\s+july|july\s+fourth|halloween|veterans\s+day|"
    r"christmas(?:\s+(?:eve|day))?|boxing\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|"
    r"presidents'\s+day|mother's\s+day|memorial\s+day|father's\s+day|labor\s+day|"
    r"columbus\s+day|thanksgiving(?:\s+day)?|election\s+day|easter(?:\s+(?:sunday|monday|week))?|"
    r"good\s+friday|black\s+friday|cyber\s+monday)"
)


# --- building blocks of the patterns -------------------------------------
MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
    r"June?\.?|July?\.?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|"
    r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
THAT_RE = (
    r"(?<!said )(?<!says )(?<!say )(?<!told )(?<!think )(?<!thinks )(?<!believe )"
    r"(?<!noted )(?<!added )(?<!expect )(?<!expects )(?<!hope )(?<!hopes )that"
)
"""A "that" pointing back ("that November"), not one after a verb of saying
or thinking ("said that March would be busy")."""
WEEKDAY_RE = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|"
    r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
)
WEEKDAY_FULL_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
UNITS_WORD_RE = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS_WORD_RE = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS_WORD_RE = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
UNDER_100_RE = (
    rf"(?:{TENS_WORD_RE}(?:[- ]{UNITS_WORD_RE})?|{TEENS_WORD_RE}|oh[- ]{UNITS_WORD_RE})"
)
SPELLED_YEAR_RE = (
    rf"(?:(?:sixteen|seventeen|eighteen|nineteen)\s+(?:{UNDER_100_RE}|hundred)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{UNDER_100_RE}|{UNITS_WORD_RE}))?)"
)  # "nineteen ninety-six", "two thousand and one": years as spoken
YEAR_ANY_RE = rf"(?:{YEAR_RE}|{SPELLED_YEAR_RE})"
NUM_WORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
    r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|a hundred|hundred|a|an|several|a few|few|some|many|"
    r"a couple of|couple of|\d+(?:\.\d+)?)"
)
NUM_RE = rf"(?:\d+\s+1/2|{NUM_WORD_RE}(?: and a half)?)"
UNIT_RE = r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
DAYPART_RE = r"(?:morning|afternoon|evening|night)"
WEEKDAY_ONLY = re.compile(rf"(?i){WEEKDAY_FULL_RE}(?:\s+{DAYPART_RE})?")
"""A weekday named alone, with nothing that says which ("Tuesday", "Friday
night"; not "last Tuesday", "Tuesday, April 19")."""
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
ORD_RE = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
REL_RE = r"(?:last|next|past|previous|coming|following|this|that|the same|this past)"
STRETCH_BEFORE = re.compile(r"(?i)\b(?:over|in|within|during|throughout|for)\s+the\s+$")
STRETCH_RELS = frozenset({"next", "coming", "past", "last"})
STRETCH_UNITS = {"week": "P1W", "decade": "P10Y"}
"""Units that "over the next ..." or "in the past ..." count from the day
written, not from the calendar: "over the next week" are the coming seven
days (P1W), not the calendar week after next; "in the past decade" the
last ten years, not the decade before this one. (A year or a month so told
keeps its calendar value, as TimeBank annotates "over the past year".)"""
HABIT_ADVERBS = r"(?:often|usually|generally|typically|commonly|increasingly)"
HABIT_BEFORE_TODAY = re.compile(rf"(?i)\b{HABIT_ADVERBS}\s+$")
HABIT_AFTER_TODAY = re.compile(rf"(?i)\s+{HABIT_ADVERBS}\b")
"""An adverb of habit beside "today", which makes it the present age, not
the report's day: "universities are often today hotbeds of ...", "what is
today typically called regenerative medicine"."""
CLOCK_RE = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:UTC|GMT|hours\b))"  # "0800 UTC"
    r"|(?:1[0-2]|0?[1-9])(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening))"  # "4 in the morning"
)


# --- reading words ---------------------------------------------------------


def parse_number(text: str) -> float | None:
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


def year_digits(text: str) -> str:
    """ "1996" -> "1996"; "nineteen ninety-six" -> "1996"; "two thousand and one" -> "2001"."""
    if text.isdigit():
        return text
    words = re.sub(r"\s+and\s+", " ", text.lower().replace("-", " ")).split()
    if words[:2] == ["two", "thousand"]:
        century, rest = 2000, words[2:]
    else:
        century, rest = int(NUMBER_WORDS[words[0]]) * 100, words[1:]
    rest = [w for w in rest if w not in {"oh", "hundred"}]
    return str(century + (int(parse_number(" ".join(rest)) or 0) if rest else 0))


def month_number(text: str) -> int:
    return MONTHS[text.lower().strip(".")[:3]]


def weekday_number(text: str) -> int:
    return WEEKDAYS[text.lower()[:3]]


SEASON_START_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The month each season's TIMEX3 code starts in."""
