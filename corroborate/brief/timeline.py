"""A story's timeline: its dated events and acts in date order, one row per
date with each sentence that tells one, the story's own apart from the
background; and dates written for people ("weekend of 2013-04-06", "2016-08
morning")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from ..facts.labels import FEWEST_WORDS, SPEAKER_WORDS, around, named_speaker
from ..facts.timeline import event_phrase, phrase_span, report_of
from ..records import Act, Article, Claim, Event, Span
from ..timex.lexicon import MONTH_RE, WEEKDAY_RE, YEAR_RE

MAX_TIMELINE = 25  # timeline rows
UNTOLD = frozenset({"hypothetical", "negated", "intended"})
"""Modalities of events the timeline leaves out: what might or did not happen then."""


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
            text, what = article.text[span.start : span.end], _what(article, event)
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
                "reported": (report := report_of(article, event)) is not None,
                "reported_by": _teller(article, report) if report else None,
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
            if told is None and (twin := _told_and_reported(row["accounts"], account)):
                # one sentence tells an act of its day and reports what was
                # said that day ("Bill Clinton unloaded on Sanders in a speech
                # Sunday, accusing ..."): the act's own account, once, in the
                # reported one's words where they go on from its own ("...
                # threatened" / "... threatened to close the southern border"),
                # not another act's ("Obama announced Monday that he had signed")
                own, said = (
                    (what, twin["what"]) if twin["reported"] else (twin["what"], what)
                )
                shown = said if said.startswith(own) else own
                twin.update(what=shown, reported=False, reported_by=None)
                first_told.setdefault((article.outlet, text, what), twin)
                continue
            if told is None and (longer := _one_phrase(row["accounts"], account)):
                # one act read twice from one sentence, once with what it is
                # done for ("the administration will push", "... will push for
                # a bipartisan deal"): once, in the longer words, expected if
                # either reading is
                if len(what) > len(longer["what"]):
                    longer["what"] = what
                longer["expected"] = longer["expected"] or account["expected"]
                first_told.setdefault((article.outlet, text, what), longer)
                continue
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


SUBJECT_GAP_WORDS = 10
"""Words between an act's subject and its words that a timeline label still
shows whole ("The two guards accused of helping Miller will face trial");
past them it shows the subject, an ellipsis, then the act's words."""
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:and|but|or|nor|since|when|where|while|as|though|although|because|after|"
    r"before|until|if|that|which|who|whom|whose)\b|[;:()\u2014\u2013]",
    re.IGNORECASE,
)
"""Words between a subject and an act's words that may open another clause,
whose doer the act may be ("The Senate voted Wednesday and the House
followed suit"): the subject is shown with the act only with all the words
between."""
POSSESSIVES = frozenset("its their his her our my your".split())
"""Whose act a noun's owner tells, no subject to open a label with ("their
deal to avoid a shutdown")."""


def _what(article: Article, told: Event | Act) -> str:
    """What happened, as the timeline names it: who did what to whom as
    written (:func:`.facts.timeline.event_phrase`), read with the words around
    it when that is a word or two ("…Clinton's town hall, sponsored by CNN
    this week…", not "sponsored"); those words start at the act's subject
    when its sentence names one before it ("Jones met with the council to
    discuss…", not "…to act emerged early Tuesday, as Jones met"; "The two
    guards accused of helping Miller will face trial", never "…helping
    Miller will face trial"), and past :data:`SUBJECT_GAP_WORDS` the
    subject, an ellipsis and the act's own words, when no word between may
    open another clause ("lawyers for the city … asked the court to
    block…")."""
    what = event_phrase(article.text, told)
    if not what or len(what.split()) >= FEWEST_WORDS:
        return what
    text, span, sentence = article.text, phrase_span(article.text, told), told.evidence
    parties = [
        *told.actors,
        *(told.objects if isinstance(told, Act) else told.recipients),
    ]
    ahead = [a for a in parties if sentence.start <= a.start and a.end <= span.start]
    near = [
        a for a in ahead if len(text[a.end : span.start].split()) <= SUBJECT_GAP_WORDS
    ]
    opens = any(
        a.start == span.start and text[a.start : a.end].lower() not in POSSESSIVES
        for a in told.actors
    )
    if near or opens:
        start = near[0].start if near else span.start
        words = len(text[start : span.start].split()) or 1  # all of them
        return around(text, span, Span(start, sentence.end), words).rstrip(".")
    doer = next(
        (
            a
            for a in told.actors
            if a in ahead and not _ANOTHER_CLAUSE.search(text, a.end, span.start)
        ),
        None,
    )
    if doer is None:
        return around(text, span, _aside_of(text, span, sentence)).rstrip(".")
    shown = around(text, span, Span(span.start, sentence.end), 1).rstrip(".")
    return f"{' '.join(text[doer.start : doer.end].split())} \u2026 {shown}"


def _aside_of(text: str, span: Span, sentence: Span) -> Span:
    """The bracketed aside of a sentence that holds a span ("appeared before
    the court (hearing arguments by video link) to argue": "hearing
    arguments by video link"), else the sentence."""
    opened = text.rfind("(", sentence.start, span.start)
    closed = text.find(")", span.end, sentence.end)
    if opened < 0 or closed < 0 or ")" in text[opened : span.start]:
        return sentence
    return Span(opened + 1, closed)


def _teller(article: Article, claim: Claim) -> str | None:
    """Who a claim is told by, named in a few words ("Mr. Priebus"): as its
    source names them, else as the article first names the entity it is
    linked to ("Hillary Rodham Clinton" for "The former first lady and
    potential Democratic presidential candidate"); None for a claim with no
    source ("it was reported")."""
    source = claim.source_text or (
        article.text[claim.source.start : claim.source.end] if claim.source else ""
    )
    name = named_speaker([source])
    if name is None or len(name.split()) <= SPEAKER_WORDS:
        return name
    named = [
        article.text[m.start : m.end]
        for m in article.mentions
        if claim.according_to and m.entity_id == claim.according_to
    ]
    return named[0] if named else None


def told_day(account: Mapping[str, Any]) -> str:
    """The day of a timeline account as the brief and the story page show it:
    its date as written, or, for an act dated by the report that tells it,
    who said it that day ("Mr. Priebus said Monday": the act then or
    before)."""
    day = str(account["date_text"])
    if not account.get("reported"):
        return day
    teller = account.get("reported_by")
    said = f"said {_after_verb(day)}"
    return f"{teller} {said}" if teller else said


_YEAR_OR_MONTH = re.compile(rf"(?:{MONTH_RE}\s*)?(?:{YEAR_RE})?")
_NAMED_DAY = re.compile(rf"{MONTH_RE}|{WEEKDAY_RE}|[A-Z][a-z]+ (?:Day|Eve|Friday)\b")


def _after_verb(day: str) -> str:
    """A date as written, set after a verb: a year or a month with "in"
    ("said in 2017", "in March 2020"), a first word that is no name in lower
    case ("said last April", "said five years ago")."""
    if day and _YEAR_OR_MONTH.fullmatch(day):
        return f"in {day}"
    if not _NAMED_DAY.match(day):
        return day[:1].lower() + day[1:]
    return day


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


_ONE_SENTENCE = ("article_id", "text", "date_text", "expected")
"""What two accounts of one sentence of one article, of one day, share."""
EVENTS_APART = "; "
"""Between the events a timeline account names (one sentence, two events)."""


def _same_telling(
    accounts: Sequence[dict[str, Any]], account: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The account on a timeline row of the same sentence of the same article,
    its date written alike, told as alike expected and dated alike by its
    report, if any."""
    return next(
        (
            a
            for a in _of_one_sentence(accounts, account)
            if (a["reported"], a["reported_by"])
            == (account["reported"], account["reported_by"])
        ),
        None,
    )


def _told_and_reported(
    accounts: Sequence[dict[str, Any]], account: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The account of the same sentence and day that one of the two tells as
    the act's own day and the other as the day it was said, if any."""
    return next(
        (
            a
            for a in _of_one_sentence(accounts, account)
            if a["reported"] != account["reported"]
        ),
        None,
    )


def _one_phrase(
    accounts: Sequence[dict[str, Any]], account: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The account of the same sentence of the same article, its date written
    alike, whose words of what happened begin with the other's, if any."""
    what = account["what"]
    for a in accounts:
        if (a["article_id"], a["text"], a["date_text"]) != (
            account["article_id"],
            account["text"],
            account["date_text"],
        ):
            continue
        shorter, longer = sorted((a["what"], what), key=len)
        if shorter and longer.startswith(shorter + " "):
            return a
    return None


def _of_one_sentence(
    accounts: Sequence[dict[str, Any]], account: Mapping[str, Any]
) -> Iterator[dict[str, Any]]:
    """The accounts of the same sentence of the same article as ``account``,
    its date written alike and told as alike expected."""
    return (a for a in accounts if all(a[k] == account[k] for k in _ONE_SENTENCE))


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
