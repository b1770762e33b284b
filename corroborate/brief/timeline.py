"""A story's timeline: its dated events and acts in date order, one row per
date with each sentence that tells one, the story's own apart from the
background; and dates written for people ("weekend of 2013-04-06", "2016-08
morning")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from ..facts.timeline import dated_by_report, event_phrase
from ..records import Act, Article, Event

MAX_TIMELINE = 25  # timeline rows
UNTOLD = frozenset({"hypothetical", "negated", "intended"})


def story_timeline(
    articles: Sequence[Article], background: set[tuple[str, int]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Dated events in date order (not what is told as might or did not
    happen), one row per date with each sentence that tells one (once, with
    ``also_in`` the other articles that carry the same sentence), split into
    the story's own and the background: events a
    background fact's evidence names (``(article id, event index)``), and
    events dated in a year before the story's first article was published
    (the rule that marks background facts)."""
    rows: tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]] = ({}, {})
    years = [
        int(v[:4]) for a in articles if (v := a.published.value or "")[:4].isdigit()
    ]
    first_year = min(years, default=None)
    # (outlet, sentence, what) -> the account that tells it first
    first_told: dict[tuple[str | None, str, str], dict[str, Any]] = {}
    for article in sorted(articles, key=lambda a: (a.published.value or "~", a.id)):
        for index, event in dated_acts(article):
            if not event.date or not re.match(r"(\d{4}|XXXX)", event.date):
                continue
            if event.modality in UNTOLD:
                continue  # "you could always deport her 10 years from now"
            before_story = (
                first_year is not None
                and event.date[:4].isdigit()
                and int(event.date[:4]) < first_year
            )
            span = event.evidence
            text, what = (
                article.text[span.start : span.end],
                event_phrase(article.text, event),
            )
            first = first_told.get((article.outlet, text, what))
            if first is not None and article.id not in _carried_by(first):
                # a sentence an outlet runs again word for word keeps the day
                # of its first telling (facts/updates.py): told once, there
                first.setdefault("also_in", []).append(article.id)
                continue
            side = rows[(article.id, index) in background or before_story]
            row = side.setdefault(
                event.date, {"date": event.date, "events": [], "accounts": []}
            )
            label = coded(event)
            if label not in row["events"]:
                row["events"].append(label)
            account = {
                "article_id": article.id,
                "span": {"start": span.start, "end": span.end},
                "what": what,
                "expected": event.modality == "future"
                and _not_before(event.date, article.published.value),
                "date_text": article.text[event.date_span.start : event.date_span.end]
                if event.date_span
                else readable_date(event.date),
                # the day of the report that tells it: then or before
                "reported": dated_by_report(article, event),
                "text": text,
            }
            told = next(
                (
                    a
                    for a in row["accounts"]
                    if a["text"] == text and what in a["what"].split(EVENTS_APART)
                ),
                None,
            )
            if told is None and (one := _same_telling(row["accounts"], account)):
                # two events one sentence tells of one day ("The initial
                # evacuation deal was mediated late Tuesday"): the sentence
                # once, each event named
                one["what"] += EVENTS_APART + what
                first_told.setdefault((article.outlet, text, what), one)
                continue
            if told is None:
                row["accounts"].append(account)
            elif article.id not in _carried_by(told):
                # the same sentence in another copy (a wire story twice): one
                # telling, listed once with every article that carries it
                told.setdefault("also_in", []).append(article.id)
            first_told.setdefault((article.outlet, text, what), told or account)
    own, earlier = ([side[d] for d in sorted(side, key=_timeline_key)] for side in rows)
    return own[:MAX_TIMELINE], earlier[:MAX_TIMELINE]


def dated_acts(article: Article) -> list[tuple[int | None, Event | Act]]:
    """An article's events (with their index) and the acts no event tells (a
    verb the PLOVER lexicon does not type: "Politico on Monday published a
    draft"), in text order."""
    told = {e.trigger for e in article.events if e.trigger}
    acts: list[tuple[int | None, Event | Act]] = [
        (None, a) for a in article.acts if a.trigger not in told
    ]
    return sorted(
        [*enumerate(article.events), *acts], key=lambda p: p[1].evidence.start
    )


def coded(told: Event | Act) -> str:
    """A timeline's name for what happened: a PLOVER type and mode, or an
    act's verb."""
    if isinstance(told, Act):
        return told.predicate
    return f"{told.type} {told.mode}" if told.mode else told.type


_ONE_TELLING = ("article_id", "text", "date_text", "expected", "reported")
EVENTS_APART = "; "
"""Between the events a timeline account names (one sentence, two events)."""


def _same_telling(
    accounts: Sequence[dict[str, Any]], account: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The account on a timeline row of the same sentence of the same article,
    its date written alike, told as alike expected and dated alike by its
    report, if any."""
    return next(
        (a for a in accounts if all(a[key] == account[key] for key in _ONE_TELLING)),
        None,
    )


def _carried_by(account: Mapping[str, Any]) -> set[str]:
    """The articles a timeline account is told in."""
    return {account["article_id"], *account.get("also_in", ())}


def _timeline_key(value: str) -> str:
    """A TIMEX value as it sorts among dates: a week ("2022-W51") by its
    Monday, its weekend ("2022-W51-WE") by its Saturday, after that day's
    events."""
    week = re.fullmatch(r"(\d{4})-W(\d\d)(.*)", value)
    monday = week_monday(week.group(1), week.group(2)) if week else None
    if week is None or monday is None:
        return value
    if week.group(3).startswith("-WE"):
        return (monday + timedelta(days=5)).isoformat() + week.group(3)
    return monday.isoformat() + week.group(3)


PARTS_OF_DAY = {"TMO": "morning", "TMI": "midday", "TAF": "afternoon",
                "TEV": "evening", "TNI": "night", "TDT": "daytime",
                "SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}  # fmt: skip
"""TIMEX3 parts of the day and seasons ("2016-08-05TNI": Friday night;
"2018-FA": the fall of 2018)."""


WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


def readable_date(value: str) -> str:
    """A TIMEX value as a reader writes it: a part of the day or a season in
    words, a weekday whose week is unknown by its name, a day or month whose
    year is unknown by the month's name ("XXXX-03-02": 2 March, year unknown)."""
    part = re.fullmatch(r"(.+?)-?(T[A-Z]{2}|SP|SU|FA|WI)", value)
    when = PARTS_OF_DAY.get(part.group(2)) if part else None
    stem = part.group(1) if part and when else value
    told = f" {when}" if when else ""
    weekday = re.fullmatch(r"XXXX-WXX-([1-7])", stem)
    if weekday:
        return f"a {WEEKDAYS[int(weekday.group(1)) - 1]}{told}, week unknown"
    partial = re.fullmatch(r"XXXX-(0[1-9]|1[0-2])(?:-(\d\d))?", stem)
    if partial:
        month = calendar.month_name[int(partial.group(1))]
        day = f"{int(partial.group(2))} {month}" if partial.group(2) else month
        return f"{day}{told}, year unknown"
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", stem)
    monday = week_monday(week.group(1), week.group(2)) if week else None
    if week and monday is not None:
        if week.group(3):  # "2013-W14-WE": the weekend of that week
            return f"weekend of {monday + timedelta(days=5)}{told}"
        return f"week of {monday}{told}"
    decade = re.fullmatch(r"(\d{3})X", stem)
    if decade:
        return f"the {decade.group(1)}0s{told}"
    return f"{stem}{told}"


def week_monday(year: str, week: str) -> date | None:
    """The Monday of an ISO week, or None for a week the year does not have."""
    try:
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return None


def _not_before(value: str, published: str | None) -> bool:
    """True when a date lies on or after a publication date, as far as both
    tell (a year against a day compares the year); False when either year
    is unknown."""
    if not published or not value[:4].isdigit() or not published[:4].isdigit():
        return False
    common = min(len(value), len(published), 10)
    return value[:common] >= published[:common]
