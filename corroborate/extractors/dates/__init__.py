"""Time expressions, normalised, and the publication date they imply."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ...pubdate import Sentence, infer_pubdate
from ...records import Article, DateRef, PubDate
from ...registry import ExtractFn, extractor
from ...syntax import doc_text
from ...timex import (
    CLOCK_RE,
    PRECISION_RANK,
    Reference,
    Timex,
    find_timexes,
    parse_iso,
    precision_of,
    timex_interval,
)
from ...timex.lexicon import WEEKDAY_ONLY
from ...timex.named import named_in_full, on_day, weekdays_as_told
from ..claims.cues import SPEECH_VERBS
from ..claims.marks import open_quotation
from ..entities import TIMEXES_KEY
from .tenses import NOUN_POS, governing_verb, span_head, tense_lookup

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME = "dates.rules.v1"
CHAIN_PASSES = 2
"""Passes over a text's expressions: the second resolves one that points back
to an expression that itself pointed back ("Two days later ... The next day")."""
RELATIVE_CONFIDENCE = 0.8
"""Confidence of a value that depends on an anchor (publication or text date)."""


@extractor(NAME, assigns=("dates", "published"))
def make_date_extractor() -> ExtractFn:
    """Find and normalise time expressions; infer ``published`` when unknown."""

    def extract(article: Article, sdoc: Doc) -> None:
        found = sdoc.user_data.pop(TIMEXES_KEY, None)
        if found is None:  # no NewsNer before: find them here
            found = find_timexes(article.text)
        spans = {t.start: t.end for t in found}
        tense_at = tense_lookup(sdoc, spans)
        if article.published.value is None or article.published.how == "unknown":
            article.published = _infer(article, sdoc, tense_at)
        anchor = anchor_date(article.published)
        first = find_timexes(article.text, anchor=anchor, tense_at=tense_at)
        anchor_at = _spoken_day_lookup(first, article.text, sdoc)
        timexes = first
        for _ in range(CHAIN_PASSES):
            reference_at = _reference_lookup(timexes, article.text)
            timexes = find_timexes(
                article.text,
                anchor=anchor,
                tense_at=tense_at,
                reference_at=reference_at,
                anchor_at=anchor_at,
            )
        timexes = named_in_full(article.text, timexes, anchor, tense_at)
        timexes = weekdays_as_told(timexes, anchor, tense_at)
        timexes = _align_year_ago(timexes, sdoc)
        timexes = _date_clock_times(timexes, sdoc)
        timexes = _weekdays_of_the_saying(timexes, article.text, sdoc)
        timexes = _ranges_in_order(timexes, article.text, tense_at)
        article.dates.extend(to_dateref(t, reference_at) for t in timexes)

    return extract


def anchor_date(published: PubDate) -> date | None:
    """The publication date as a ``date`` when known to the day, else None."""
    return parse_iso(published.value) if published.precision == "day" else None


def to_dateref(
    t: Timex, reference_at: Callable[[int], Reference | None] | None = None
) -> DateRef:
    """Turn a Timex into the shared DateRef record, naming its anchor.

    Args:
        t: a normalised expression.
        reference_at: the lookup used for "later"/"earlier" expressions, so
            the anchor can name the text date it used.

    Returns:
        A DateRef whose ``anchor`` is "publication", "text:<start>" or None.
    """
    anchor = None
    if t.anchored:
        anchor = "publication" if t.relative_to == "anchor" else "text"
        if t.relative_to == "reference" and reference_at is not None:
            anchor = getattr(reference_at, "last_start", {}).get(t.start, "text")
    confidence = RELATIVE_CONFIDENCE if t.anchored else 1.0
    if t.value is None:
        confidence = 0.5
    return DateRef(
        t.start, t.end, t.value, NAME, t.type, t.precision, anchor, confidence, t.mod
    )


YEAR_AGO = re.compile(
    r"(?i)(?:a\s+|the\s+)?(?:(?:same|corresponding|comparable)\s+)?year[- ](?:ago|earlier)"
    r"(?:\s+(?:\w+[- ])?(?P<unit>quarter|half|period|month|week))?"
)
SAME_PERIOD = re.compile(
    r"(?i)the\s+(?:same|corresponding|comparable|year-ago|year-earlier)\s+"
    r"(?P<unit>period|quarter|half|month|week|time)\b.*"
    r"|the\s+(?P<unit2>quarter|month|period)\s+a\s+year\b.*"
)
LAST_YEAR = re.compile(r"(?i)last\s+year")
PERIOD_VALUES = {
    "quarter": re.compile(r"\d{4}-[QH]\d"),
    "month": re.compile(r"\d{4}-\d\d"),
    "week": re.compile(r"\d{4}-W\d\d"),
}
"""The values of the periods a report compares with the year before."""
UNIT_PERIODS = {"quarter": "quarter", "half": "quarter", "month": "month",
                "week": "week", "period": "period", "time": "period"}  # fmt: skip


def _align_year_ago(timexes: list[Timex], sdoc: Doc) -> list[Timex]:
    """In a report on a period, the period a year before is that period last year.

    "a year ago"/"year-earlier" follow the last quarter named anywhere before;
    "the same month last year", "the year-ago week" the last month or week
    named; "the same period a year ago" the last quarter or month its own
    sentence names, else the last quarter; "last year" only when its own
    sentence speaks of a quarter.
    """
    out: list[Timex] = []
    last: dict[str, tuple[int, str]] = {}
    for t in timexes:
        for kind, pattern in PERIOD_VALUES.items():
            if pattern.fullmatch(t.value or ""):
                last[kind] = (t.start, t.value or "")
        value = _period_compared(t, sdoc, last)
        if value is not None:
            value = f"{int(value[:4]) - 1}{value[4:]}"
            t = dataclasses.replace(t, value=value, precision=precision_of(value))
        out.append(t)
    return out


def _period_compared(
    t: Timex, sdoc: Doc, last: dict[str, tuple[int, str]]
) -> str | None:
    """The value of the period named before that ``t`` names a year back
    ("the same month last year": the last month), or None."""
    unit = None
    if m := SAME_PERIOD.fullmatch(t.text):
        unit = UNIT_PERIODS[(m.group("unit") or m.group("unit2")).lower()]
    elif m := YEAR_AGO.fullmatch(t.text):
        unit = UNIT_PERIODS[(m.group("unit") or "quarter").lower()]
    elif LAST_YEAR.fullmatch(t.text) and _in_sentence_with(sdoc, t.start, "quarter"):
        unit = "quarter"
    if unit != "period":
        return last[unit][1] if unit in last else None
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    begins = span.sent.start_char if span is not None else t.start
    near = [last[k] for k in ("quarter", "month") if k in last and last[k][0] >= begins]
    if near:
        return max(near)[1]
    return last["quarter"][1] if "quarter" in last else None


CLOCK_ONLY = re.compile(
    rf"(?i)(?:(?:early|late)\s+)?(?:{CLOCK_RE}|noon|midnight|mid-?day)"
    r"(?:\s+(?:UTC|GMT|[ECMP][SD]T))?"
)


def _date_clock_times(timexes: list[Timex], sdoc: Doc) -> list[Timex]:
    """A clock time with no day of its own ("at 10:35 a.m.") is on the day its
    clause names ("The blast occurred at 10:35 a.m. Friday", "landed
    Tuesday ... at 18:00 UTC", "at 4 in the morning (4 a.m. EDT Thursday)"),
    when the clause names exactly one day; otherwise it stays on the
    publication day."""
    out: list[Timex] = []
    for t in timexes:
        if t.type == "TIME" and t.value and CLOCK_ONLY.fullmatch(t.text):
            days = {
                other.value[:10]
                for other in timexes
                if other.value
                and parse_iso(other.value[:10]) is not None
                and not CLOCK_ONLY.fullmatch(other.text)
                and _same_clause(sdoc, t, other)
            }
            if len(days) == 1:
                value = f"{days.pop()}T{t.value.split('T', 1)[1]}"
                t = dataclasses.replace(t, value=value, relative_to="reference")
        out.append(t)
    return out


ONE_WEEK = timedelta(days=7)
"""How far apart a weekday's last day and its next lie."""


def _weekdays_of_the_saying(timexes: list[Timex], text: str, sdoc: Doc) -> list[Timex]:
    """A bare weekday told in what a verb of saying reports, the weekday of
    that verb's own day, is that day: "sources said Friday afternoon that
    ..., who plans to address the charges at a news conference Friday night"
    in Saturday's paper is the Friday just past, not the next one a plan's
    tense puts it on. Another weekday keeps its value ("said Friday that
    he will meet them on Monday")."""
    out = list(timexes)
    for sent in sdoc.sents:
        said = _said_verb_and_day(sent, timexes, text)
        if said is None:
            continue
        verb, day = said
        for k, t in enumerate(out):
            told = parse_iso((t.value or "")[:10])
            if (
                sent.start_char <= t.start < sent.end_char
                and told is not None
                and abs(told - day) == ONE_WEEK
                and WEEKDAY_ONLY.fullmatch(t.text)
                and _reported_by(sdoc, t, verb)
            ):
                out[k] = on_day(t, day)
    return out


def _reported_by(sdoc: Doc, t: Timex, verb: Token) -> bool:
    """True for a time whose verb the verb of saying governs."""
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    governing = governing_verb(span_head(span)) if span is not None else None
    return governing is not None and verb in governing.ancestors


FROM_BEFORE = re.compile(r"(?i)\bfrom\b[^.;\n]{0,40}$")
TO_BETWEEN = re.compile(
    r"(?i)^[^.;\n]{0,40}?\b(?:to|through|until|till)\b[^.;\n]{0,20}$"
)


def _ranges_in_order(
    timexes: list[Timex], text: str, tense_at: Callable[[int], str | None]
) -> list[Timex]:
    """A range told by two weekdays runs forward: "from 54,674 on Saturday to
    39,950 on Monday" written on a Wednesday is last Saturday to Monday. Of
    the two, the one nothing in its clause placed (a bare weekday is the
    nearest) moves a week: the first back, or else the second ahead."""
    out = list(timexes)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not (
            first.value
            and second.value
            and WEEKDAY_ONLY.fullmatch(first.text)
            and WEEKDAY_ONLY.fullmatch(second.text)
            and FROM_BEFORE.search(text, max(0, first.start - 60), first.start)
            and TO_BETWEEN.match(text[first.end : second.start])
        ):
            continue
        start, end = parse_iso(first.value[:10]), parse_iso(second.value[:10])
        if not (start and end and timedelta(0) < start - end < timedelta(days=7)):
            continue
        if tense_at(first.start) is None:
            day, moved = (start - timedelta(days=7)).isoformat(), first
        elif tense_at(second.start) is None:
            day, moved = (end + timedelta(days=7)).isoformat(), second
        else:
            continue
        out[out.index(moved)] = dataclasses.replace(
            moved, value=day + (moved.value or "")[10:]
        )
    return out


def _same_clause(sdoc: Doc, t: Timex, other: Timex) -> bool:
    """Both expressions on one line and governed by one verb ("occurred at
    10:35 a.m. Friday"); not "on a 9 a.m. call, he praised her, who battled
    on Wednesday night": that day belongs to another clause."""
    if "\n" in doc_text(sdoc)[min(t.start, other.start) : max(t.end, other.end)]:
        return False
    verbs = []
    for x in (t, other):
        span = sdoc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None:
            return False
        verbs.append(governing_verb(span_head(span)))
    return verbs[0] is not None and verbs[0] == verbs[1]


def _in_sentence_with(sdoc: Doc, offset: int, lemma: str) -> bool:
    span = sdoc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and any(tok.lemma_.lower() == lemma for tok in span.sent)


def _infer(
    article: Article, sdoc: Doc, tense_at: Callable[[int], str | None]
) -> PubDate:
    timexes = find_timexes(article.text, anchor=None, tense_at=tense_at)
    sentences = [
        Sentence(
            s.start_char,
            s.end_char,
            frozenset(t.lemma_.lower() for t in s if t.pos_ in NOUN_POS),
        )  # fmt: skip
        for s in sdoc.sents
    ]
    return infer_pubdate(
        timexes, zones=article.zones, sentences=sentences, text=article.text
    )


SAYING_VERBS = SPEECH_VERBS | frozenset({"tweet", "write", "declare", "post"})
"""Verbs whose day is the day the words they sign were spoken or written."""


def _spoken_day_lookup(
    timexes: list[Timex], text: str, sdoc: Doc
) -> Callable[[int], date | None]:
    """The day a quotation was spoken, where its signing sentence gives the
    day of its verb of saying ("“Last night, our nation was attacked,” Trump
    said Sunday"; "Trump said Sunday: “...”"): its own times ("last night",
    "today", "on Monday") are the speaker's, told from that day, not from
    the day the report came out. Quoted sentences of its paragraph next to
    the signing one are its quotation too, and those of the paragraph before
    when the signing sentence closes a quotation that paragraph opened. A
    quotation signed to a pronoun right after ("“Today, they are making
    those reviews available,” he added") goes on from the same day."""
    regions: list[tuple[int, int, date]] = []
    sentences = list(sdoc.sents)
    signed: tuple[int, date] | None = None  # the last quotation's last sentence
    for k, sent in enumerate(sentences):
        said = _said_verb_and_day(sent, timexes, text)
        if said is None and (signed is None or not _signed_again(sent, text)):
            continue
        first, last = _quoted_around(k, sentences, text)
        if said is not None:
            day = said[1]
        elif signed is not None and signed[0] == first - 1:
            day = signed[1]  # '"...," Kirby said Thursday. "Today, ...," he added.'
        else:
            continue
        regions.append((sentences[first].start_char, sentences[last].end_char, day))
        signed = (last, day)

    def anchor_at(offset: int) -> date | None:
        for start, end, day in regions:
            if start <= offset < end and open_quotation(text, offset):
                return day
        return None

    return anchor_at


def _quoted_around(k: int, sentences: list[Span], text: str) -> tuple[int, int]:
    """The first and last sentences of the quotation sentence ``k`` signs:
    quoted sentences of its paragraph next to it, and those of the paragraph
    before when it closes a quotation that paragraph opened."""
    first = last = k
    if k > 0 and _closes_paragraph_before(text, sentences[k - 1], sentences[k]):
        # "“Today ... ‘great.’\n\nJust like ...,” Biden tweeted Sunday"
        first = k - 1
    while (
        first > 0
        and open_quotation(text, sentences[first].start_char)
        and "\n"
        not in text[sentences[first - 1].start_char : sentences[first].start_char]
    ):
        first -= 1
    while (
        last + 1 < len(sentences)
        and open_quotation(text, sentences[last + 1].start_char)
        and "\n" not in text[sentences[last].end_char : sentences[last + 1].start_char]
    ):
        last += 1
    return first, last


def _signed_again(sent: Span, text: str) -> bool:
    """True for a sentence that signs a quotation to a pronoun ("“Today, they
    are making those reviews available,” he added"): the speaker of the
    quotation signed just before goes on, on the same day."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in SAYING_VERBS
        and not open_quotation(text, t.idx)
        and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in t.children)
        for t in sent
    ) and any(open_quotation(text, t.idx) for t in sent)


def _closes_paragraph_before(text: str, before: Span, signing: Span) -> bool:
    """True for a signing sentence that opens its paragraph and closes a
    quotation the paragraph before left open: the quotation is signed here."""
    end = before.start_char + len(before.text.rstrip())
    return "\n" in text[end : signing.start_char] and open_quotation(text, end)


def _said_verb_and_day(
    sent: Span, timexes: list[Timex], text: str
) -> tuple[Token, date] | None:
    """The verb of saying outside quotation marks a sentence gives a single
    day ("said Sunday", "told reporters on Monday", "said Friday afternoon")
    and that day, if any."""
    verbs = [
        t
        for t in sent
        if t.pos_ == "VERB"
        and t.lemma_.lower() in SAYING_VERBS
        and not open_quotation(text, t.idx)
    ]
    if not verbs:
        return None
    for t in timexes:
        if not sent.start_char <= t.start < sent.end_char or t.type not in (
            "DATE",
            "TIME",
        ):
            continue
        interval = timex_interval(t.value)
        if (
            interval is None
            or interval[0] != interval[1]
            or open_quotation(text, t.start)
        ):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep" and head.lower_ == "on":
            head = head.head
        verb = next((v for v in verbs if head.i == v.i), None)
        if verb is not None:
            return verb, interval[0]
    return None


def _reference_lookup(
    timexes: list[Timex], text: str
) -> Callable[[int], Reference | None]:
    """The last date named before an offset, for "10 years later", "that day".

    Any dated mention counts ("on Monday", "in 1962", "last week"), with its
    precision, except the anaphoric ones themselves, and for an offset
    outside quotation marks one inside them: a speaker's days are not the
    report's ("... says he's neutral on Monday, pro-Israel on Tuesday and who
    knows what on Wednesday." / "Earlier in the day, Trump told ...").
    """
    dated = []
    for t in timexes:
        interval = (
            None
            if (t.anaphoric and t.relative_to != "reference")
            or t.type not in {"DATE", "TIME"}
            else timex_interval(t.value)
        )
        if interval is not None and t.precision in PRECISION_RANK:
            reference = Reference(interval[0], t.precision or "year")
            dated.append((t, reference, open_quotation(text, t.start)))
    last_start: dict[int, str] = {}

    def reference_at(offset: int) -> Reference | None:
        quoted = open_quotation(text, offset)
        before = [r for r in dated if r[0].end <= offset and (quoted or not r[2])]
        if not before:
            return None
        last_start[offset] = f"text:{before[-1][0].start}"
        return before[-1][1]

    reference_at.last_start = last_start  # type: ignore[attr-defined]
    return reference_at
