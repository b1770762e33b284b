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
from datetime import date
from functools import lru_cache

from .calendar import PLANNED, parse_iso, precision_of, timex_interval
from .lexicon import MONTH_RE, SEASONS, UNDER_100_RE, UNITS_WORD_RE, WEEKDAY_FULL_RE
from .periods import holiday, season
from .rules import (
    _RULES,
    Handler,
    _ago,
    _month_only,
    _next_daypart,
    _relative_month,
    _relative_unit,
    _set,
    _span_duration,
    _the_day,
    _the_unit,
    _this_daypart,
    _weekday_rule,
    _year,
    has_lowercase_month,
)

__all__ = [
    "MODS",
    "Reference",
    "Timex",
    "find_timexes",
    "normalize_timex",
    "parse_iso",
    "precision_of",
    "timex_interval",
]


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
    anaphoric: bool = False  # points back to a time named in the text ("that day")
    mod: str | None = None  # TIMEX3 mod: "START", "END", "APPROX", "MORE_THAN", ...


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    for pattern, _fn, index in _RULES:
        for m in _line_matches(pattern, text):
            start, end = m.span()
            while end > start and text[end - 1] in " ,":
                end -= 1
            if end > start:
                found.append((start, end, index, m))
    return found


def _line_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern``, none running over a line end: a headline's
    last word and the dateline under it ("... until Friday\nSeptember 18,
    2008") are two expressions, so a match across lines is tried again on
    each of its lines."""
    out = []
    for m in pattern.finditer(text):
        if "\n" not in m.group(0):
            out.append(m)
            continue
        line_start = m.start()
        for line in m.group(0).split("\n"):
            line_end = line_start + len(line)
            out.extend(pattern.finditer(text, line_start, line_end))
            line_start = line_end + 1
    return out


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
    if re.match(r",\s+who\b", after):
        return True  # "a defeat for May, who resigned": a person
    before = text[max(0, start - 8) : start].lower()
    if re.search(r"\b(?:in|since|until|early|late|mid|last|next)\s+$", before):
        return False  # "in May compared with April": no modal after these
    if re.match(
        r"\s+(be|have|not|also|well|still|never|even|soon|help|need|\w+ed\b)", after
    ):
        return True
    return not _MONTH_BEFORE.search(text[max(0, start - 24) : start])


_MONTH_BEFORE = re.compile(
    r"(?i)\b(?:in|of|since|by|until|till|early|late|mid|last|next|this|from|to|for|"
    r"during|after|before|through|throughout|between|around|as\s+of|into)\s+$"
    rf"|\b{MONTH_RE}\s+(?:and|or|to|through)\s+$"
)
"""Words after which "May", "March" is the month: "scheduled for March",
"during May", "between March and May" ("after May resigned", the name,
is told apart by the verb after it)."""


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
    if re.match(r"\s+index\b", text[end : end + 7], re.IGNORECASE):
        return False  # "the Russell 2000 Index": a name
    if not BARE_YEAR_MIN <= int(text[start:end]) <= BARE_YEAR_MAX:
        return False
    return not counts_noun


BARE_YEAR_MIN, BARE_YEAR_MAX = 1900, 2039
"""A four-digit number alone is a year in this range (183 of 188 on TimeBank train)."""
NOT_COUNTED = frozenset(
    {"was", "has", "is", "as", "its", "this", "plus", "versus", "does"}
)


_COMPOUND_FRAGMENT = re.compile(r"(?i)-(?:round|to-|by-|in-|old)\b")
_UNIT_END = re.compile(
    r"(?i)\b(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)$"
)
"""A unit word that a hyphen joins to a word that makes it no time
("year-round", "day-to-day", "year-in, year-out") is part of a modifier;
"year-ago", "year-end" and "day-long" are times."""


_TITLE_WORDS = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks "
    "weekend month months quarter year years decade decades "
    "morning afternoon evening today tonight tomorrow yesterday now this the last "
    "next ago".split()
)
"""Words a time expression writes in small letters: with a capital inside a
sentence they are a title's ("CBS's 60 Minutes", "ABC's This Week", "told
USA Today", "NBC's Today show")."""
_PAPER_AFTER_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Independent|Star|"
    r"Age|Sport|People|Mail|Night\s+Live)\b"
)
_PAPER_BEFORE_WEEKDAY = re.compile(r"\b(?:Mail|Independent)\s+on\s+$")
"""A weekday in a paper's or a show's name: "the Sunday Times", "The Mail
on Sunday", "Saturday Night Live"."""
_BEFORE_WORD = re.compile(r"[\s\"'`\u201c\u201d\u2018\u2019(\[]*$")
_OPENING_QUOTE = re.compile(r"[\"`\u201c\u2018]|''|(?:^|\s)'")
_CLOSING_QUOTE = re.compile(r"[,.]?\s?(?:[\"\u201d\u2019]|'')")
_SENTENCE_END = re.compile(r"[.!?:;_\-\u2010-\u2015]$")
"""What may come right before a sentence's first word: an opening quotation
mark (``_OPENING_QUOTE``), a line end, a stop, a colon or a dash."""
_TITLE_CASE_SHARE = 0.75
"""A line whose other long words are capitalised at least this often is a
headline, whose capitals say nothing ("Senate To Vote On Budget This Week")."""


def _is_in_a_title(text: str, start: int, end: int) -> bool:
    """A time expression that is part of the name of a show, a paper or
    another work: a word a time writes small written with a capital inside
    a sentence of ordinary case ("appeared on ABC's This Week", "told CBS's
    60 Minutes"), or a weekday before or after a paper's name ("the Sunday
    Times", "the Mail on Sunday")."""
    words = list(re.finditer(r"[A-Za-z]+", text[start:end]))
    head = text[max(0, start - 12) : start]
    lead = _BEFORE_WORD.search(head).group(0)  # type: ignore[union-attr]
    quoted = bool(_OPENING_QUOTE.search(lead))
    opens = (
        quoted
        or "\n" in lead
        or start == len(lead)
        or bool(_SENTENCE_END.search(head[: len(head) - len(lead)]))
    )
    # a single word quoted alone is a title ("told NBC's “Today” on Monday")
    alone = quoted and len(words) == 1 and bool(_CLOSING_QUOTE.match(text, end))
    capitals = [
        w
        for i, w in enumerate(words)
        if w.group(0).lower() in _TITLE_WORDS
        and w.group(0)[0].isupper()
        and w.group(0)[1:].islower()
        and not (i == 0 and opens and not alone)
    ]
    weekday_paper = bool(
        re.fullmatch(WEEKDAY_FULL_RE, text[start:end])
        and (
            _PAPER_AFTER_WEEKDAY.match(text, end)
            or _PAPER_BEFORE_WEEKDAY.search(text, max(0, start - 20), start)
        )
    )
    if not capitals and not weekday_paper:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = (
        text[line_start:start] + " " + text[end : line_end if line_end >= 0 else None]
    )
    line_words = re.findall(r"[A-Za-z]{4,}", line)
    titled = sum(w[0].isupper() for w in line_words)
    return bool(titled < _TITLE_CASE_SHARE * len(line_words))


_AWARD_UNIT = re.compile(r"the\s+(?:Year|Month|Week|Day|Decade|Century)")
"""A unit with a capital after "the", as an award's name writes it."""
_OF_BEFORE = re.compile(r"\bof\s+$")
_DEFINED_AFTER = re.compile(
    r"\s+(?:following|since|after|before|preceding|leading\s+up\s+to|that|when|"
    r"in\s+which)\b",
    re.IGNORECASE,
)
"""Words after "the year", "the week" that say which one: one counted from
a thing ("reflected on the year following her brother's death", "the week
since the storm"), not the report's own."""
_COPYRIGHT_BEFORE = re.compile(r"(?i)(?:\bcopyright|©|\(c\))\s*(?:©\s*)?$")
"""A copyright notice before a year ("Copyright © 2021 The Washington Times",
"© 2016 Reuters"): the rights' year, no time the text tells of."""


def _is_false_match(
    fn: Handler, m: re.Match[str], text: str, start: int, end: int
) -> bool:
    """Matches that look like time but are not: "may", "fall", "three-quarters",
    "the year" of "the year-round use", "the Year" of an award's name
    ("Speaker of the Year", "Employee of the Month"), "the year" that the
    words after it count from a thing (:data:`_DEFINED_AFTER`), the year of
    a copyright notice."""
    if _COPYRIGHT_BEFORE.search(text, max(0, start - 16), start):
        return True
    if _COMPOUND_FRAGMENT.match(text, end) and _UNIT_END.search(text, start, end):
        return True
    if fn is not holiday and _is_in_a_title(text, start, end):
        return True
    if (
        fn is _the_unit
        and m.group(0).lower().startswith("the")
        and _DEFINED_AFTER.match(text, end)
    ):
        return True
    if _AWARD_UNIT.fullmatch(m.group(0)) and _OF_BEFORE.search(
        text, max(0, start - 4), start
    ):
        return True
    if has_lowercase_month(m) or (
        fn is _month_only and _is_false_month(text, start, end)
    ):
        return True
    if fn is _year:
        return not _is_year_context(text, start, end)
    if fn is _weekday_rule and re.search(
        r"\b(?:Black|Super)\s+$", text[max(0, start - 6) : start]
    ):
        return True  # "Black Monday", "Super Tuesday": named days, not a coming one
    if fn is _set and m.group(0).lower() == "daily":  # "the daily Haaretz": a paper
        return bool(re.match(r"\s+(?:[A-Z][a-z]|[A-Z]{2,}\b)", text[end : end + 4]))
    if fn is _set and m.group(0).lower() == "annually":  # "rise 8% annually": a rate
        return bool(
            re.search(
                r"\d[\d,.]*\s*(?:%|percent\b)?\s*(?:\w+\s+){0,2}$",
                text[max(0, start - 30) : start],
            )
        )
    if fn is season and not (m.group("rel") or m.group("y")):
        before = text[max(0, start - 12) : start].lower()
        return not re.search(
            r"\b(?:the|in|this|last|next|early|late|mid|by|during)\s+$", before
        ) and not re.match(r"(?i)the", m.group(0))
    if fn is _span_duration:
        return _is_false_duration(m, text, end)
    if fn is _the_day:
        return not _is_day_of_the_text(text, start, end)
    return False


_DAY_OF_TEXT_BEFORE = re.compile(
    r"(?i)(?:\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing)"
    r"|(?<!back\s)\b(?:early|earlier|late|later)\s+in|\bfor|\b(?:start|end|beginning)\s+of)\s+$"
)
_IDIOM_BEFORE = re.compile(r"(?i)\bat\s+the\s+end\s+of\s+$")
"""'at the end of the day' is mostly 'when all is said', not an evening."""
_DAY_OF_TEXT_AFTER = re.compile(
    r"(?i)\s+(?:before|after|of|when|that|which|on|he|she|it|they)\b"
)


def _is_day_of_the_text(text: str, start: int, end: int) -> bool:
    """ "the day" as the day the text is about: "ended the day at 8,017",
    "later in the day", "for the day", "the start of the day", "late in the day
    after a fall"; not "the day after his death", "the day he left", "back
    in the day", "at the end of the day" (the idiom)."""
    before = _DAY_OF_TEXT_BEFORE.search(text[max(0, start - 25) : start])
    if before is None or _IDIOM_BEFORE.search(text[max(0, start - 20) : start]):
        return False
    # "later in the day after the vote" is that day still
    return before.group(0).lower().rstrip().endswith(" in") or not (
        _DAY_OF_TEXT_AFTER.match(text, end)
    )


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
        return "-" in m.group(0) or bool(re.match(r",?\s+of\b", after))
    if re.fullmatch(r"(?i)an?\s+second", m.group(0)):
        word = re.match(r"\s+([a-z]\w*)", after)
        return bool(word and word.group(1) not in NOT_AFTER_ORDINAL)
    return False


ANAPHORIC_RELS = frozenset({"that", "the same", "following", "previous"})
"""Words that point back to a time named in the text: "that year", "the following year"."""
UNIT_PRECISION = {
    "year": "year", "decade": "year", "century": "year", "quarter": "quarter",
    "month": "month", "week": "week", "weekend": "week", "day": "day",
} | dict.fromkeys(SEASONS, "year")  # fmt: skip
PRECISION_RANK = {
    "year": 0, "quarter": 1, "season": 1, "month": 2, "week": 2, "day": 3, "time": 3,
}  # fmt: skip
"""How much of a date a text names; a reference serves an expression that
needs no more ("that day" needs a day, "the following month" a month, "that
quarter" a quarter, "that summer" a year: "the mill closed in 1985; that
summer" is 1985's)."""


@dataclass(frozen=True, slots=True)
class Reference:
    """A date named earlier in the text, as far as the text named it."""

    day: date  # the first day of what was named
    precision: str  # "day", "week", "month", "quarter", "season" or "year"


def _anaphora(
    fn: Handler, m: re.Match[str], text: str, start: int, tense: str | None = None
) -> str | None:
    """The precision an expression needs from the last date named in the text,
    or None when it is not relative to such a date.

    "10 years later", "later that year", "that day", "that morning", "the
    following month", "the previous Friday", "the next morning", "in the
    afternoon", "during the month" point back to the last date mentioned
    (TimeML anchors them there; with no month named before, "the month" is
    the report's); "next month" and "last Friday" are relative to the
    publication date, and so is "the next year" told in the present or
    future ("10,000 are expected over the next year").
    """
    if fn is _ago:
        return "year" if m.group("dir").lower() not in {"ago", "from now"} else None
    if fn is _relative_unit:
        rel = m.group("rel").lower()
        definite = re.search(r"(?i)\bthe\s+$", text[max(0, start - 4) : start])
        ahead = tense in ("present", "future")
        if rel in ANAPHORIC_RELS or (rel == "next" and definite and not ahead):
            return UNIT_PRECISION.get(m.group("unit").lower(), "day")
        return None
    if fn is _the_day or (
        fn is _this_daypart and m.group(0).split()[0].lower() in ("the", "that")
    ):
        return "day"  # "in the afternoon", "that morning": of the day named before
    if fn is _relative_month and m.group("rel").lower() == "that":
        return "year"  # "In 1972 ... lost the general election that November"
    if fn is _the_unit and m.group("unit").lower() == "month":
        return "month"  # "raised $11.9 million in February ... during the month"
    if fn is _weekday_rule or fn is _next_daypart:
        rel = (m.groupdict().get("rel") or m.group(0)).lower()
        return "day" if re.match(r"the\s+(?:previous|following|next)", rel) else None
    return None


def _same_as_before(fn: Handler, m: re.Match[str]) -> bool:
    """True for "that day", "the same week": the time named before, or none
    (never the publication's, which the text would have named so)."""
    rel = (m.groupdict().get("rel") or "").lower()
    return (fn is _relative_unit and rel in ("that", "the same")) or (
        fn is _relative_month and rel == "that"
    )


@lru_cache(maxsize=64)
def _matches(text: str) -> tuple[tuple[int, int, int, re.Match[str]], ...]:
    """The rule matches of ``text`` that ``find_timexes`` normalises: they do
    not depend on the anchor, and the same text is asked for several times:
    by the news NER for a whole batch of texts (up to 32), then by the date
    extractor for each (to infer the publication date, then with each
    anchor), so the cache holds two batches."""
    return tuple(
        (start, end, index, m)
        for start, end, index, m in _non_overlapping(_candidates(text))
        if not _is_false_match(_RULES[index][1], m, text, start, end)
    )


def find_timexes(
    text: str,
    *,
    anchor: date | None = None,
    tense_at: Callable[[int], str | None] | None = None,
    reference_at: Callable[[int], date | Reference | None] | None = None,
    anchor_at: Callable[[int], date | None] | None = None,
) -> list[Timex]:
    """Find and normalise every time expression in ``text``.

    Args:
        text: any text.
        anchor: the date relative expressions are resolved against (the
            publication date), or None to leave them partial/unresolved.
        tense_at: optional callback giving the tense ("past", "future",
            "present", :data:`PLANNED`) of the clause at a character offset,
            used to pick which Friday.
        reference_at: optional callback giving the last date mentioned
            before an offset, the anchor of "10 years later", "that day",
            "the following month": a ``Reference`` with its precision, or a
            bare date, of which only the year is trusted.
        anchor_at: optional callback giving, for an offset, a day to resolve
            relative expressions against in place of ``anchor`` (the day a
            quotation was spoken), or None.

    Returns:
        Non-overlapping expressions in text order.
    """
    results: list[Timex] = []
    for start, end, index, m in _matches(text):
        fn = _RULES[index][1]
        tense = tense_at(start) if tense_at else None
        if tense == PLANNED and fn is not _month_only:
            tense = None if fn is _weekday_rule else "future"
        use = (anchor_at(start) if anchor_at else None) or anchor
        relative_to = "anchor"
        needs = _anaphora(fn, m, text, start, tense)
        if needs is not None:
            ref = reference_at(start) if reference_at else None
            if isinstance(ref, date):
                ref = Reference(ref, "year")
            if (
                ref is not None
                and PRECISION_RANK.get(ref.precision, -1) >= PRECISION_RANK[needs]
            ):
                use, relative_to = ref.day, "reference"
            elif _same_as_before(fn, m):
                use = None  # "On the same day he traveled to Iowa": no day before
        value, type_, anchored = fn(m, use, tense)
        start = _without_noun_determiner(text, start, end)
        start, end = _modifier_span(
            text, start, end, type_, results[-1].end if results else 0
        )
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
                needs is not None,
                timex_mod(text[start:end], type_),
            )  # fmt: skip
        )
    return results


_DETERMINER = re.compile(r"(?i)(?:a|an|the)\s+")
_PRENOMINAL = re.compile(
    r"(?i)[\w.]+(?:-\w+)*-(?:second|minute|hour|day|night|week|month|quarter|year|decade"
    r"|century|ago|earlier)"
    rf"|(?:\d{{1,3}}|{UNDER_100_RE}|{UNITS_WORD_RE}|several|few)\s+"
    r"(?:second|minute|hour|day|week|month|year|decade)"
)
"""A length or period written as a noun's modifier: "16-hour", "third-quarter",
"year-ago", "five year" (a singular unit after a number above one)."""
_NOT_A_NOUN = frozenset(
    "of ago later earlier before after and or to from in on at for than that which when "
    "as by with".split()
)


def _without_noun_determiner(text: str, start: int, end: int) -> int:
    """Where an expression starts once the article of the noun it modifies
    is left out: in "a 16-hour flight", "the two-week crisis", "the year-ago
    results" the article belongs to the noun (as TimeML marks it)."""
    det = _DETERMINER.match(text, start, end)
    if det is None or not _PRENOMINAL.fullmatch(text, det.end(), end):
        return start
    noun = re.match(r"\s+([A-Za-z]+)", text[end : end + 30])
    if noun is None or noun.group(1).lower() in _NOT_A_NOUN:
        return start
    return det.end()


MODS = frozenset(
    "BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN MORE_THAN EQUAL_OR_LESS "
    "EQUAL_OR_MORE START MID END APPROX".split()
)
"""The values of the TIMEX3 ``mod`` attribute (TimeML 1.2.1)."""
_BOUND_BEFORE = re.compile(
    r"(?i)(?:(?:more|less|fewer)\s+than|at\s+(?:least|most)|not?\s+(?:more|less|fewer)\s+than"
    r"|up\s+to|(?:just|well)\s+(?:over|under))\s+$"
)
"""A bound on a length, part of its expression ("more than three years",
"at least 72 hours", "up to 180 days"; a bare "over"/"under" only before
"a week", "an hour": "over three years" is as often "during three years")."""
_OVER_BEFORE = re.compile(r"(?i)\b(?:over|under)\s+$")
_PART_BEFORE = re.compile(
    r"(?i)\b(?:(?:very\s+)?(?:early|late|earlier|later)\s+(?:in\s+)?|mid-"
    r"|the\s+(?:very\s+)?(?:end|beginning|start|middle)\s+of\s+)$"
)
"""A part of a date or time named before it, part of its expression: "early
next year", "late Tuesday", "earlier this month", "late in the day", "the
end of November"."""
_OPEN_AFTER = re.compile(r"(?i)\s+(?:or\s+(?:later|earlier|so)|and\s+beyond)\b")
"""An open end after a year ("1994 or later", "1990 and beyond") or a
rounding after any expression ("the next year or so")."""


def _modifier_span(
    text: str, start: int, end: int, type_: str, floor: int
) -> tuple[int, int]:
    """Widen an expression over the modifier words next to it (TimeML puts
    them inside the TIMEX3), not reaching back before ``floor``."""
    if type_ == "SET":
        return start, end
    before = text[max(floor, start - 30) : start]
    length = type_ == "DURATION" or re.search(r"(?i)\bago$", text[start:end])
    m = (_BOUND_BEFORE if length else _PART_BEFORE).search(before)
    if m is None and length and re.fullmatch(r"(?i)an?\s+\w+", text[start:end]):
        m = _OVER_BEFORE.search(before)
    if m:
        start -= len(m.group(0))
    after = _OPEN_AFTER.match(text, end)
    if after and (
        after.group(0).lower().endswith(" so") or re.search(r"\d{4}$", text[start:end])
    ):
        end = after.end()
    return start, end


# Modifier words of an expression and their TIMEX3 mod. Follows the table of
# mod values in the TimeML 1.2.1 annotation guidelines: a bound on a length is
# MORE_THAN / LESS_THAN / EQUAL_OR_MORE / EQUAL_OR_LESS ("more than 5 minutes",
# "at least 60 days"), the same bound on a point ("more than a decade ago")
# BEFORE / AFTER / ON_OR_BEFORE / ON_OR_AFTER; "nearly"/"almost" on a length
# is LESS_THAN, as that table reads them ("nearly a decade" falls short of
# one), on a point ("nearly two weeks ago") APPROX, like "about". TimeBank's
# own annotators are split on "nearly" (LESS_THAN, EQUAL_OR_LESS and APPROX).
_MOD_WORDS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(rf"(?:{p})(?=[\s-])", re.IGNORECASE), length, point)
    for p, length, point in [
        (r"(?:no|not)\s+more\s+than|at\s+most|up\s+to", "EQUAL_OR_LESS", "ON_OR_AFTER"),
        (r"(?:no|not)\s+(?:less|fewer)\s+than|at\s+least", "EQUAL_OR_MORE", "ON_OR_BEFORE"),
        (r"more\s+than|(?:just\s+|well\s+)?over", "MORE_THAN", "BEFORE"),
        (r"(?:less|fewer)\s+than|(?:just\s+)?under", "LESS_THAN", "AFTER"),
        (r"nearly|almost", "LESS_THAN", "APPROX"),
        (r"about|around|roughly|approximately|some|circa|an\s+estimated", "APPROX", "APPROX"),
        (r"(?:the\s+)?(?:very\s+)?(?:early|earlier|beginning\s+of|start\s+of|dawn\s+of)",
         "START", "START"),
        (r"(?:the\s+)?(?:mid(?!-?day\b)|middle\s+of)", "MID", "MID"),
        (r"(?:the\s+)?(?:very\s+)?(?:late|later|end\s+of)", "END", "END"),
        (r"pre(?=-)", "BEFORE", "BEFORE"),
        (r"post(?=-)", "AFTER", "AFTER"),
    ]
]  # fmt: skip
_MOD_SUFFIXES = [
    (re.compile(r"(?i)\bor\s+(?:later|after)$|\band\s+beyond$"), "ON_OR_AFTER"),
    (re.compile(r"(?i)\bor\s+(?:earlier|before)$"), "ON_OR_BEFORE"),
    (re.compile(r"(?i)\bor\s+so(?:\s+(?:ago|earlier|later|from\s+now))?$"), "APPROX"),
    (re.compile(r"(?i)(?:\byear[- ]|\byear's\s+)end$"), "END"),
]


def timex_mod(expression: str, type_: str = "DATE") -> str | None:
    """The TIMEX3 ``mod`` of an expression from its modifier words, or None.

    "the early eighties" START, "mid-June" MID, "late 2023" and "the end of
    the year" END, "about two weeks ago" APPROX, "more than three years"
    MORE_THAN, "at least two days" EQUAL_OR_MORE, "no more than 60 days"
    EQUAL_OR_LESS, "nearly a decade" LESS_THAN, "1994 or later" ON_OR_AFTER,
    "a week or so ago" APPROX.
    ``type_`` tells a length (DURATION) from a point: "more than a decade
    ago" is BEFORE. The mod never changes the value.
    """
    if type_ == "SET":
        return None
    words = expression.strip()
    for suffix, mod in _MOD_SUFFIXES:
        if suffix.search(words):
            return mod
    for pattern, on_length, on_point in _MOD_WORDS:
        if pattern.match(words):
            return on_length if type_ == "DURATION" else on_point
    return None


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
