"""When things happened: day ranges of dated events, and each article's
consistency with its own timeline (a return dated before the seizure it undoes).

A date is a day range within a year, ``(year or None, first day, last day)``
(days of a common year), so that a month, a partial date with no year
("--06-20") and a weekday known only to lie near the publication date can be
compared with a full date by asking whether the two ranges can hold the same
day.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import re
from datetime import date, timedelta

from ..records import Act, Article, Claim, Discrepancy, Event, Evidence, Span
from ..timex.lexicon import WEEKDAY_FULL_RE

When = tuple[int | None, int, int]

DATE_TOLERANCE_DAYS = 1
"""Dates one day apart are not a conflict (time zones, "late Tuesday" filed on
Wednesday); more than that is."""

WEEKDAY_WINDOW_DAYS = 7
"""A date given only as a weekday lies within a week of the publication date."""

PHRASE_GAP = 30
"""Characters between an event's trigger and a participant that still make one phrase."""
LIST_GAP = 6
"""Characters between two of an event's recipients that make one list (", ",
" and ", ", and "): the phrase holds them all."""
PLACE_GAP = 4
"""Characters between an event's phrase and its place that make one phrase:
a short preposition and its spaces (" in ", " at ")."""

INCIDENT_WINDOW_DAYS = 62
"""An effect dated at most this long before its cause may be the same incident
misdated (a return on 3 June, the seizure it undoes on 20 June); dated further
apart, or only to the year, they are two incidents ("releasing a letter" in
2013, an arrest in 2018), not an inconsistency."""

PARTY_LABELS = frozenset({"PERSON", "ORG"})
"""Mentions that name who an event befalls (a place in the phrase, "a Berlin
woman", only says where they are from)."""

# An event of the first kind cannot precede the events it follows from: things
# are handed back after they were seized, people tried after they were held.
DEPENDS_ON: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("CONCEDE", "return"): (("COERCE", "seize"), ("COERCE", "raid")),
    ("CONCEDE", "release"): (("COERCE", "arrest"), ("COERCE", "seize")),
    ("ACCUSE", "sue"): (("COERCE", "arrest"),),
    ("RETREAT", "withdraw"): (("ASSAULT", "invade"),),
}


def event_when(event: Event | Act, article: Article) -> When | None:
    """When an event or act happened, as a day range (None when it is not dated)."""
    value = event.date or ""
    if re.fullmatch(r"XXXX-WXX-\d", value):
        return weekday_window(article)
    return parse_when(value)


_REPORT_DAY = re.compile(r"\s*(?:(?:on|late|early|last)\s+)*")
"""What may stand between a cue and a day that is the report's ("said on
Wednesday he ...", "said late Monday that ...")."""


def dated_by_report(article: Article, event: Event | Act) -> bool:
    """True when an act told in reported speech has its report's day ("Kidnappers
    have seized a Dutch couple ..., authorities said on Monday"): its date
    lies outside the claim that tells the act. The act happened that day or
    before ("said on Wednesday he had been released after ... detention"):
    the day bounds it and fixes it only as well as reports are prompt."""
    return report_of(article, event) is not None


def report_of(article: Article, event: Event | Act) -> Claim | None:
    """The claim that tells an act and gives it its own day (see
    :func:`dated_by_report`), if any."""
    span, trigger = event.date_span, event.trigger
    if span is None or trigger is None:
        return None
    return next(
        (
            claim
            for claim in article.claims
            if claim.content.start <= trigger.start < claim.content.end
            and _day_with(article.text, claim, span)
            and (
                not claim.content.start <= span.start < claim.content.end
                or (  # "said on Wednesday he had been released"
                    claim.cue.end <= span.start
                    and _REPORT_DAY.fullmatch(article.text[claim.cue.end : span.start])
                    is not None
                )
            )
        ),
        None,
    )


NEAR_CHARS = 40
"""How far from a claim its report's day may be written, in its sentence."""
_BOUNDARY = re.compile(r"[.!?]\s|\n")


def _day_with(text: str, claim: Claim, day: Span) -> bool:
    """True when a day is written with the claim, in its sentence ("said
    Thursday that", "..., Trump said Thursday", "On Friday, Trump said"),
    not in another sentence that names the act's day (the day an act takes
    from a noun elsewhere dates the act, not the saying)."""
    parts = [p for p in (claim.cue, claim.content, claim.source) if p is not None]
    lo, hi = min(p.start for p in parts), max(p.end for p in parts)
    if lo <= day.start and day.end <= hi:
        return True
    gap = text[hi : day.start] if day.start >= hi else text[day.end : lo]
    return len(gap) <= NEAR_CHARS and not _BOUNDARY.search(gap)


def parse_when(value: str) -> When | None:
    """A TIMEX value (``2023-06-20``, ``XXXX-06``, ``2023``) as a day range; a
    time or part of the day (``2023-06-20TNI``, ``2023-06-20T09:00``) is its day."""
    match = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d)(?:T[\w:]+)?)?", value)
    if not match or not (match.group(2) or match.group(1) != "XXXX"):
        return None
    year = None if match.group(1) == "XXXX" else int(match.group(1))
    if not match.group(2):
        return year, 1, 365
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return None
    last_day = calendar.monthrange(2001, month)[1]  # a common year: no leap days
    start = date(2001, month, 1)
    end = date(2001, month, last_day) + timedelta(days=1)
    if match.group(3):
        start = date(2001, month, min(max(int(match.group(3)), 1), last_day))
        end = start + timedelta(days=1)
    return (
        year,
        start.timetuple().tm_yday,
        (end - timedelta(days=1)).timetuple().tm_yday,
    )


def weekday_window(article: Article) -> When | None:
    """A weekday-only date: within a week of the (possibly partial) publication date."""
    published = parse_when(article.published.value or "")
    if published is None:
        return None
    year, first, last = published
    return (
        year,
        max(1, first - WEEKDAY_WINDOW_DAYS),
        min(365, last + WEEKDAY_WINDOW_DAYS),
    )


def disjoint(a: When | None, b: When | None) -> bool:
    """True when two day ranges cannot hold the same day."""
    if a is None or b is None:
        return False
    if a[0] is not None and b[0] is not None and a[0] != b[0]:
        return True
    return a[2] + DATE_TOLERANCE_DAYS < b[1] or b[2] + DATE_TOLERANCE_DAYS < a[1]


_WEEKDAY = re.compile(rf"\b{WEEKDAY_FULL_RE}\b")


def weekdays_apart(first: str, second: str) -> bool:
    """True when two passages name weekdays and none in common: "said at a
    press conference Friday" and "... Thursday" tell two occasions, however
    near their dates (a day apart is no conflict, see :func:`disjoint`)."""
    days_a, days_b = _weekdays(first), _weekdays(second)
    return bool(days_a and days_b and not days_a & days_b)


@functools.lru_cache(maxsize=8192)
def _weekdays(text: str) -> frozenset[str]:
    return frozenset(_WEEKDAY.findall(text))


def check_consistency(article: Article) -> list[Discrepancy]:
    """Flag events dated shortly before an event they depend on, in one article
    (:data:`INCIDENT_WINDOW_DAYS`).

    Args:
        article: an annotated article (events with dates).

    Returns:
        One ``inconsistent`` discrepancy per pair, with both spans.
    """
    found = []
    for i, effect in enumerate(article.events):
        causes = DEPENDS_ON.get((effect.type, effect.mode or ""), ())
        effect_when = event_when(effect, article)
        if not causes or effect_when is None:
            continue
        for j, cause in enumerate(article.events):
            cause_when = event_when(cause, article)
            if (cause.type, cause.mode or "") in causes and cause_when is not None:
                # a cause dated by its report ("said on Wednesday he had been
                # released after ... detention") was by that day, not on it
                if (
                    _misdated(effect_when, cause_when)
                    and not _done_to_others(article, effect, cause)
                    and not dated_by_report(article, cause)
                ):
                    found.append(_inconsistency(article, i, j))
    return found


def _done_to_others(article: Article, effect: Event, cause: Event) -> bool:
    """True when the two events befall named parties none of whom they share:
    the release of one woman does not follow the arrest of another (a police
    blotter's incidents)."""
    named = [
        {
            m.entity_id or article.text[m.start : m.end]
            for m in article.mentions
            for span in event.recipients
            if span.start <= m.start and m.end <= span.end and m.label in PARTY_LABELS
        }
        for event in (effect, cause)
    ]
    return bool(named[0] and named[1] and not named[0] & named[1])


def _misdated(effect: When, cause: When) -> bool:
    """True when an effect is dated before its cause, both known to a day,
    week or month of one year, and at most ``INCIDENT_WINDOW_DAYS`` apart."""
    if effect[0] is not None and cause[0] is not None and effect[0] != cause[0]:
        return False
    if any(last - first >= INCIDENT_WINDOW_DAYS for _, first, last in (effect, cause)):
        return False
    return effect[2] < cause[1] and cause[1] - effect[2] <= INCIDENT_WINDOW_DAYS


def _inconsistency(article: Article, i: int, j: int) -> Discrepancy:
    """An ``inconsistent`` discrepancy: event ``i`` dated before its cause ``j``."""
    effect, cause = article.events[i], article.events[j]
    coded = f"{event_label(effect)} dated before the {event_label(cause)} it follows"
    evidence = [
        Evidence(
            article.id,
            article.events[k].evidence,
            f"{_as_told(article, article.events[k])} on "
            f"{_date_words(article, article.events[k])}",
            article.outlet or article.document_id,
            article.events[k].according_to,
            event=k,
            published=article.published.value,
            input_id=article.input_id,
        )
        for k in (i, j)
    ]
    effect_on, cause_on = (_date_words(article, e) for e in (effect, cause))
    note = (
        f"\u201c{_as_told(article, effect)}\u201d on {effect_on}, before "
        f"\u201c{_as_told(article, cause)}\u201d on {cause_on} that it follows"
    )
    about = (
        f"{_told_with(article, effect, effect_on)} dated before "
        f"{_told_with(article, cause, cause_on)}, which it follows"
    )
    return Discrepancy(  # the id from the events' types: a rewording keeps it
        make_id("i", article.id, coded, str(effect.evidence.start)),
        article.story_id,
        "inconsistent",
        about,
        evidence,
        note,
        label=f"{article.outlet or 'one article'} tells {note}",
        confidence=0.6,
    )


def event_label(event: Event) -> str:
    """``TYPE mode`` of an event."""
    return f"{event.type} {event.mode}" if event.mode else event.type


def _as_told(article: Article, event: Event) -> str:
    """An event as its trigger writes it ("returned"), else ``TYPE mode``."""
    span = event.trigger
    return article.text[span.start : span.end] if span else event_label(event)


def _told_with(article: Article, event: Event, on: str) -> str:
    """An event as a reader follows it, with its kind when the words do not
    say it and its date: "Tirana launched (raid, 20 June)"."""
    phrase = event_phrase(article.text, event) or event_label(event)
    kind = event.mode or event.type.lower()
    said = kind.lower() in phrase.lower()
    return f"{phrase} ({on})" if said else f"{phrase} ({kind}, {on})"


def _date_words(article: Article, event: Event) -> str:
    """The date of an event as written, else its value."""
    span = event.date_span
    return article.text[span.start : span.end] if span else str(event.date)


def make_id(prefix: str, *parts: str) -> str:
    """``prefix`` + 12 hex chars of the sha1 of the parts: the same input, the same id."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return prefix + digest


def event_phrase(text: str, event: Event | Act) -> str:
    """Who did what to whom, as written (see :func:`phrase_span`), ending
    before an aside it leaves open ("as many as 250,000 Syrian refugees (in
    fact, Obama has proposed" reads "as many as 250,000 Syrian refugees")."""
    if event.trigger is None:
        return ""
    span = phrase_span(text, event)
    phrase = " ".join(text[span.start : span.end].split())
    opened = phrase.rfind("(")
    if opened > 0 and ")" not in phrase[opened:]:
        phrase = phrase[:opened].rstrip(" ,;")
    return phrase


NEGATION_BEFORE = re.compile(
    r"(?i)\b(?:(?:do|does|did|has|have|had|is|are|was|were|will|would|can|could|"
    r"should|may|might|must)\s+(?:not|never)|\w+\s?n[\'\u2019]t|not|never)\s+$"
)
"""A negation, with the auxiliary that carries it, right before a verb ("does
not set", "did n\u2019t", "never")."""
NEGATION_CHARS = 30
"""How far before a verb its negation is looked for."""


def phrase_span(text: str, event: Event | Act) -> Span:
    """Where an event or act is told, as narrowly as a reader can follow it:
    from the first actor through the trigger to the first recipient ("the
    Albanian government delivered a shipment of hard drives") and the others
    listed with it ("Trump has won Georgia, Virginia, Alabama"), and on to its
    place when a preposition is all between ("won the primary in Oklahoma");
    the trigger with its recipient when the actor is far, with the negation
    right before it ("The rule, unlike the plan, does not set a specific
    target": "does not set a specific target", never "set a specific
    target"); the evidence span without a trigger."""
    if event.trigger is None:
        return event.evidence
    start, end = event.trigger.start, event.trigger.end
    sentence = event.evidence
    if (
        event.actors
        and 0 <= start - event.actors[0].end <= PHRASE_GAP
        and event.actors[0].start >= sentence.start
    ):  # not an actor a pronoun stands for, told the sentence before
        start = event.actors[0].start
    elif negation := NEGATION_BEFORE.search(
        text, max(sentence.start, start - NEGATION_CHARS), start
    ):
        start = negation.start()
    if (
        event.recipients
        and 0 <= event.recipients[0].start - end <= PHRASE_GAP
        and event.recipients[0].end <= sentence.end
    ):
        end = event.recipients[0].end
        for listed in event.recipients[1:]:  # "won Georgia, Virginia and Alabama"
            if not 0 <= listed.start - end <= LIST_GAP:
                break
            end = listed.end
    if event.place and 0 <= event.place.start - end <= PLACE_GAP:
        end = max(end, event.place.end)
    return Span(start, end)
