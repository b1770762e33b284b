"""Inferring an article's publication date from its own text, saying how.

Order of evidence (first that applies wins):

1. a full date in a caption or dateline whose weekday agrees with a body
   "on Friday" (``caption+weekday``);
2. a full date in a dateline (``dateline``) or caption (``caption``);
3. a full date standing alone on one of the first lines, as a dateline
   printed above the body (``leading-line``);
4. a full date written as a day's stamp (with its weekday, or ending its
   line or sentence as a caption's or an embedded post's date does) whose
   weekday agrees with "on Friday" (``text+weekday``);
5. "about two weeks ago" in a sentence sharing a noun with a sentence that
   dates the same event ("the raid ... on June 20") (``ago+dated-event``);
   without a year this gives only a partial month (``XXXX-07``);
6. otherwise unknown. A year is never guessed.

A date on a copyright line ("(c) 2024", "© 3 June 2024 Reuters",
"Copyright 2023 ... All rights reserved") says when the text was claimed,
not when it was published: it is never evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .records import PubDate, Span, Zone
from .timex import Timex, parse_iso

CONFIDENCE = {
    "caption+weekday": 0.95,
    "dateline+weekday": 0.95,
    "dateline": 0.8,
    "caption": 0.6,
    "leading-line": 0.7,
    "text+weekday": 0.5,
    "ago+dated-event": 0.4,
}
"""How far each kind of evidence is trusted (judgement, not calibrated: the
bench has no undated articles with a known publication date)."""

LEADING_LINES = 3
"""How many of the first lines of an article a lone date may stand on."""

APPROX_DAYS = 3
"""Slack around "about two weeks ago" before a month is claimed."""

_COPYRIGHT = re.compile(
    r"©|&copy;|\(c\)\s*\d|\bcopyright\b|\ball rights reserved\b", re.I
)
"""What marks a line as a copyright notice."""

UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's extent and its content lemmas (nouns), for event matching."""

    start: int
    end: int
    nouns: frozenset[str]


def _zone_kind(zones: Sequence[Zone], offset: int) -> str:
    for zone in zones:
        if zone.start <= offset < zone.end:
            return zone.kind
    return "body"


WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_WEEKDAY = rf"\b({'|'.join(WEEKDAY_STEMS)})day\b"
"""A weekday's name; its group is the stem, in ISO order."""


def _weekday_mentions(timexes: Sequence[Timex], zones: Sequence[Zone]) -> set[int]:
    """Weekdays named alone ("on Friday") in the body, as ISO numbers."""
    days = set()
    for t in timexes:
        m = re.fullmatch(rf"(?:this\s+)?{_WEEKDAY}", t.text, re.I)
        if m and _zone_kind(zones, t.start) not in {"caption", "headline"}:
            days.add(WEEKDAY_STEMS.index(m.group(1).lower()) + 1)
    return days


def _full_dates(timexes: Sequence[Timex]) -> list[tuple[Timex, date]]:
    """Expressions giving a complete date on their own (no anchor used)."""
    out = []
    for t in timexes:
        day = parse_iso(t.value)
        if day is not None and not t.anchored:
            out.append((t, day))
    return out


def infer_pubdate(
    timexes: Sequence[Timex],
    *,
    zones: Sequence[Zone] = (),
    sentences: Sequence[Sentence] = (),
    text: str = "",
) -> PubDate:
    """Infer a publication date from an article's own time expressions.

    Args:
        timexes: the article's expressions, normalised without an anchor.
        zones: the article's zones (headline, caption, dateline, body).
        sentences: sentences with their nouns, for the "ago" + dated-event rule.
        text: the article text, to find a date standing alone on a leading line.

    Returns:
        A PubDate with ``how`` and ``confidence``; ``how="unknown"`` and
        value None when nothing supports a date.
    """
    timexes = [t for t in timexes if not _on_copyright_line(text, t)]
    weekdays = _weekday_mentions(timexes, zones)
    dated = _full_dates(timexes)
    for kind in ("dateline", "caption"):
        for t, day in dated:
            if _zone_kind(zones, t.start) == kind and day.isoweekday() in weekdays:
                return _pub(day.isoformat(), "day", f"{kind}+weekday", t)
    for kind in ("dateline", "caption"):
        for t, day in dated:
            if _zone_kind(zones, t.start) == kind:
                return _pub(day.isoformat(), "day", kind, t)
    for t, day in dated:
        if _alone_on_leading_line(text, t):
            return _pub(day.isoformat(), "day", "leading-line", t)
    agreeing = [
        (t, day)
        for t, day in dated
        if day.isoweekday() in weekdays and _stamped(text, t)
    ]
    if agreeing:
        t, day = max(agreeing, key=lambda pair: pair[1])
        return _pub(day.isoformat(), "day", "text+weekday", t)
    return _infer_from_ago(timexes, sentences) or PubDate()


_WEEKDAY_BEFORE = re.compile(rf"(?i){_WEEKDAY},?\s*$")
_WEEKDAY_IN = re.compile(rf"(?i){_WEEKDAY}")
_STAMP_END = re.compile(r"[\s.]*(?:\n|$)|\s*\.\s")
"""The end of a line or of a sentence, right after a date."""


def _stamped(text: str, t: Timex) -> bool:
    """True for a date written as a day's stamp: with its weekday ("for
    Wednesday, February 3, 2016") or ending its line or its sentence, as a
    caption's, an embedded post's or a correction's date does ("... in
    Moscow, Russia, October 4, 2024. Russian Foreign Ministry/Handout via
    REUTERS"). A date inside a sentence ("died on May 25, 2020, after ...",
    "before the Sept. 11, 2001, attacks") tells of its own event, whatever
    weekday the article names."""
    if not text:
        return True  # no text to read the date in: the expression alone
    before = text[max(0, t.start - 14) : t.start]
    return bool(
        _WEEKDAY_IN.search(t.text)
        or _WEEKDAY_BEFORE.search(before)
        or _STAMP_END.match(text, t.end)
    )


def _line_of(text: str, t: Timex) -> str:
    """The whole line an expression stands on."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    return text[line_start : len(text) if line_end < 0 else line_end]


def _on_copyright_line(text: str, t: Timex) -> bool:
    return bool(text) and _COPYRIGHT.search(_line_of(text, t)) is not None


def _alone_on_leading_line(text: str, t: Timex) -> bool:
    """ "September 01, 2007" on a line of its own among the first lines."""
    if not text or text[: t.start].count("\n") >= LEADING_LINES:
        return False
    return _line_of(text, t).strip(" \t.,") == t.text


def _pub(value: str, precision: str, how: str, t: Timex) -> PubDate:
    return PubDate(value, precision, how, CONFIDENCE[how], Span(t.start, t.end))


_AGO = re.compile(
    r"(?:(?:about|around|nearly|almost|some)\s+)?(?P<n>\S+(?:[- ]\S+)?)[- ]"
    r"(?P<unit>day|night|week|fortnight|month)s?\s+ago",
    re.I,
)


def _infer_from_ago(
    timexes: Sequence[Timex], sentences: Sequence[Sentence]
) -> PubDate | None:
    """ "X about two weeks ago" + "X on June 20" -> published about July 4."""
    from .timex.lexicon import parse_number

    for ago in timexes:
        m = _AGO.fullmatch(ago.text)
        number = parse_number(m.group("n")) if m else None
        ago_sentence = _sentence_at(sentences, ago.start)
        if m is None or number is None or ago_sentence is None:
            continue
        for t in timexes:
            event_sentence = _sentence_at(sentences, t.start)
            if t.precision != "day" or t.anchored or event_sentence is None:
                continue
            if (
                event_sentence == ago_sentence
                or not ago_sentence.nouns & event_sentence.nouns
            ):
                continue
            days = int(number * UNIT_DAYS[m.group("unit").lower()])
            return _shifted_pub(t, days, approximate=ago.text[0].isalpha()
                                and not ago.text[0].isdigit())  # fmt: skip
    return None


_CALENDAR_DAY = re.compile(r"(\d{4}|XXXX)-\d{2}-\d{2}")


def _shifted_pub(t: Timex, days: int, *, approximate: bool) -> PubDate | None:
    """The date ``days`` after a dated event; month only when the year is unknown."""
    if t.value is None or not _CALENDAR_DAY.fullmatch(t.value):
        return None  # a weekday ("XXXX-WXX-2") has day precision but no calendar day
    year, month, day = t.value.split("-")
    base = date(
        2000 if year == "XXXX" else int(year), int(month), int(day)
    )  # leap year
    low = base + timedelta(days=days - APPROX_DAYS)
    high = base + timedelta(days=days + APPROX_DAYS)
    how = "ago+dated-event"
    if year != "XXXX":
        mid = base + timedelta(days=days)
        return PubDate(
            mid.isoformat(), "day", how, CONFIDENCE[how], Span(t.start, t.end)
        )
    if low.month != high.month:
        return None
    value = f"XXXX-{low.month:02d}"
    return PubDate(value, "month", how, CONFIDENCE[how], Span(t.start, t.end))


def _sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _is_calendar_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


TRAILING_ZONE = re.compile(r"(?<=[\dM])\s+[A-Z]{1,4}$")
"""A time zone's abbreviation ending a metadata date-time, which dateparser
may not know ("Dec 17, 2016 10:48 AM CT", "11:56 PM, Dec 03, 2016 CT"): the
day written is the report's day, whatever the zone."""


def published_from_metadata(value: str | None) -> PubDate:
    """Normalise a metadata date (ISO date or datetime, or year-month) to a PubDate."""
    if not value:
        return PubDate()
    text = value.strip()
    for pattern, precision, suffix in (
        (r"\d{4}-\d{2}-\d{2}", "day", ""),
        (r"\d{4}-\d{2}", "month", "-01"),
    ):
        match = re.match(pattern, text)
        if match and _is_calendar_date(match.group(0) + suffix):
            return PubDate(match.group(0), precision, "metadata", 1.0)
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(text, settings=settings)
    if parsed is None and TRAILING_ZONE.search(text):
        parsed = dateparser.parse(TRAILING_ZONE.sub("", text), settings=settings)
    if parsed is None:
        return PubDate(None, None, "unknown", 0.0)
    return PubDate(
        date(parsed.year, parsed.month, parsed.day).isoformat(), "day", "metadata", 0.9
    )
