"""Time expressions, normalised, and the publication date they imply."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .. import plover
from ..pubdate import Sentence, infer_pubdate
from ..records import Article, DateRef, PubDate
from ..registry import ExtractFn, extractor
from ..syntax import doc_text, lemma_of
from ..timex import (
    CLOCK_RE,
    PLANNED,
    PRECISION_RANK,
    Reference,
    Timex,
    find_timexes,
    parse_iso,
    precision_of,
    timex_interval,
)
from ..timex.lexicon import WEEKDAY_ONLY
from ..timex.named import named_in_full, weekdays_as_told
from .claims.cues import NOUN_CUES, SPEECH_VERBS, says_after
from .claims.marks import open_quotation
from .entities import TIMEXES_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME = "dates.rules.v1"
NOUN_POS = frozenset({"NOUN", "PROPN"})
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
        tense_at = _tense_lookup(sdoc, spans)
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
        verbs.append(_governing_verb(_span_head(span)))
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


def _tense_lookup(sdoc: Doc, spans: dict[int, int]) -> Callable[[int], str | None]:
    """A function from the start of a time expression to its direction.

    Args:
        sdoc: the parsed text.
        spans: where each expression found ends, by its start, so that the
            expression's syntactic head can be told from its other words.
    """
    starts = [token.idx for token in sdoc]

    def tense_at(offset: int) -> str | None:
        if not starts:
            return None
        first = max(0, bisect.bisect_right(starts, offset) - 1)
        last = max(first, bisect.bisect_left(starts, spans.get(offset, offset + 1)) - 1)
        return _direction(_span_head(sdoc[first : last + 1]))

    return tense_at


def _span_head(tokens: Span) -> Token:
    """The word of an expression whose head lies outside it."""
    for token in tokens:
        if not tokens.start <= token.head.i < tokens.end or token.head.i == token.i:
            return token
    return tokens[0]


FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
MODALS = frozenset({"would", "should", "may", "might", "can", "must", "'d"})
"""Modals that put an event ahead ("would be paid in January"); "could" is
as often the past of "can" ("could not be reached Wednesday") and says nothing."""
PROSPECTIVE_VERBS = frozenset(
    "plan expect schedule set slate agree intend hope aim want seek propose prepare "
    "promise decide vow threaten be go due likely poised invite".split()
)
"""Verbs (and adjectives) whose infinitive names something still ahead:
"is expected to close Monday", "planned to leave on Thursday", "is to resume",
"has invited Trump to meet on Thursday morning"."""
NOUN_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod"})
PROSPECTIVE_CUES = re.compile(
    r"(?i)\b(?:payable|effective|of\s+record|due|(?:scheduled|set|slated|planned)\s+for|"
    r"(?:sentencing|hearing|trial|arraignment|vote|runoff)\s+for|"
    r"as\s+(?:early|soon)\s+as|(?<![\w-])come|(?<=\w\s)expected)\s+(?:on\s+)?$"
)
"""Words after which a date lies ahead, whatever the tense of the clause:
"declared a dividend payable Dec. 7 to holders of record Nov. 10", "created
an office effective Feb. 1", "set for April", "as early as Tuesday", "a
hearing for June 28" (a session fixed for a day), "come November", "voted
to send the bill to the House for a vote expected Friday" (not an aside:
"The ruling, expected Friday, was delayed")."""
RETROSPECTIVE_CUES = re.compile(r"(?i)\b(?:back\s+(?:in|on)|as\s+far\s+back\s+as)\s+$")
"""Words after which a date lies behind, whatever the clause: "the pledge
to rebuild the bridge back in September still stands", "as far back as
2009". (A month still to come within ``MONTH_DAY_SHIFT_DAYS`` stays this
year's, as TimeBank's past clauses have it.)"""
LIMIT_CUES = re.compile(r"(?i)\b(?:until|till|through|by)\s+$")
"""A deadline or the end of a stretch ("by Jan. 14", "until Tuesday",
"through January") lies ahead, unless the clause is in the past ("it was not
until Tuesday that")."""
DEFERRED_TO = re.compile(r"(?i)\b(?:until|till|through|by|to)\s+$")
DEFERRING_VERBS = frozenset(
    "postpone delay defer adjourn extend suspend give grant recess move push".split()
)
"""Verbs whose "until <day>" or "to <day>" lies ahead even when they are
past: "postponed the hearing until Tuesday", "moved the vote to Friday",
"extended the deadline to Friday", "gave them until 9 a.m. Tuesday" (what
stayed so "until Tuesday" may be over)."""
APART = re.compile(r"\n|[\"“”]|``|''")
"""What a time and its verb cannot have between them: a line end (a
headline's verb over the body's date) or a quotation mark (a quote's verb
for a date outside it: 'Wechsler on Thursday: "... is inaccurate"')."""
AHEAD_ADJECTIVES = frozenset(
    "looming upcoming coming forthcoming impending planned scheduled proposed".split()
)
"""Words that put the noun they modify ahead, and the date that dates it:
"was not hopeful about the looming showdown in July" is next July's."""
REQUEST_VERBS = frozenset("call appeal press push".split())
"""Verbs whose "for" names what is asked, still ahead: "called for a general
strike ... on Thursday" is Thursday's strike, to come."""
PROMISE_VERBS = frozenset("threaten promise pledge vow".split())
ACT_NOUNS = frozenset(
    """shutdown vote veto boycott lawsuit war tariff default filibuster referendum
    election recount impeachment hearing trial review audit response""".split()
)
"""Nouns of acts the PLOVER lexicon does not type, that a promise or a threat
may take as its object."""
"""Verbs whose object is an act still ahead, and so the date told right after
it: "threatened a shutdown in September", "promised a vote in March"."""
SCHEDULING_VERBS = frozenset("schedule reschedule slate plan".split())
"""Verbs that put what they govern ahead even when they are past: "has
scheduled a news conference Thursday", "planned a march on Saturday"."""


def _speech_verb_before(head: Token) -> Token | None:
    """The verb of saying right before a time ("said Monday it would",
    "announced on Tuesday that"): the parser may hang the time on the
    reported clause's verb, whose tense ("would cut") is not the day's."""
    i = head.left_edge.i - 1
    if i >= 0 and head.doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return None
    token = head.doc[i]
    return (
        token if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS else None
    )


def _direction(head: Token) -> str | None:
    """ "past", "future" or "present": where the time headed by ``head`` lies.

    From the verb that governs it (tense, aspect, modality) and from the
    words that introduce it ("since" looks back; "by", "until", "payable"
    look ahead), else None. A date that modifies a noun ("the October
    slaying", "Wednesday's ruling", "the Tuesday deadline") takes only a
    past tense from the verb: the noun's event has its own time. A verb on
    another line or across a quotation mark says nothing (``APART``).
    """
    verb = _governing_verb(head)
    speech = _speech_verb_before(head)
    if speech is not None and verb is not None and speech in verb.ancestors:
        verb = speech
    tense = _verb_tense(verb) if verb is not None else _sentence_tense(head)
    if verb is not None and APART.search(_text_between(head, verb)):
        verb, tense = None, None
    if any(t.lower_ == "since" for t in _path_to(head, verb)):
        return "past"
    edge = int(head.left_edge.idx)
    before = doc_text(head.doc)[max(0, edge - 30) : edge]
    if tense != "pluperfect" and (
        PROSPECTIVE_CUES.search(before) or _dates_ahead(head)
    ):
        return "future"
    if RETROSPECTIVE_CUES.search(before):
        return "past"
    lemma = verb.lemma_.lower() if verb is not None else ""
    if LIMIT_CUES.search(before) and tense not in {"past", "pluperfect"}:
        return "future"
    if tense == "past" and lemma in DEFERRING_VERBS and DEFERRED_TO.search(before):
        return "future"
    if tense == "past" and lemma in SCHEDULING_VERBS:
        return "future"
    if tense == "past" and verb is not None and lemma in REQUEST_VERBS:
        if _after_for(verb, head):
            return "future"
    if tense == "past" and verb is not None and lemma in PROMISE_VERBS:
        if _after_object(verb, head):
            return "future"
    if tense in {"past", "pluperfect"}:
        return "past"
    modifies_noun = (
        head.dep_ in NOUN_MODIFIER_DEPS and head.head.pos_ in NOUN_POS
    ) or _after_a_noun_of_saying(head)
    if modifies_noun and tense == "future" and _what_it_will_be(head.head, verb):
        return "future"  # "Thursday's testimony will be another episode"
    return None if modifies_noun else tense


def _after_a_noun_of_saying(head: Token) -> bool:
    """True for a time right after a noun of saying, which it dates, however
    the parser hangs it ("Priebus' assertion Tuesday night", "his remarks
    on Monday"): the verb of the clause ("cannot trust ... Priebus'
    assertion Tuesday night") does not say when that was said."""
    i = head.left_edge.i - 1
    if i >= 0 and head.doc[i].lower_ == "on":
        i -= 1
    noun = head.doc[i] if i >= 0 else None
    return (
        noun is not None
        and noun.pos_ in NOUN_POS
        and NOUN_CUES.get(noun.lemma_.lower()) in SAYING_STANCES
    )


SAYING_STANCES = frozenset({"asserts", "denies", "claims"})
"""Stances of the nouns of saying that date what was said (:data:`NOUN_CUES`):
not a report, which may be one to come ("the jobs report on Friday"), nor a
promise or a warning."""


def _what_it_will_be(noun: Token, verb: Token | None) -> bool:
    """True for a noun that is the subject of "be" told to come: what the
    thing will be ("Thursday's testimony will be another unfortunate
    episode"), so the thing itself is to come; not one that will be done to
    ("Wednesday's ruling will be appealed") nor one whose effect is ("...
    will allow")."""
    return (
        verb is not None
        and noun.dep_ == "nsubj"
        and noun.head.i == verb.i
        and verb.lemma_.lower() == "be"
    )


def _dates_ahead(head: Token) -> bool:
    """True when a time dates a noun told as ahead (:data:`AHEAD_ADJECTIVES`),
    by "in" or "on" right after it ("the looming showdown in July", which
    the parser may hang on the verb) or as its modifier ("the upcoming July
    vote")."""
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "on"):
        prep = head.head
        nouns = [prep.head, *([head.doc[prep.i - 1]] if prep.i else [])]
    elif head.dep_ in NOUN_MODIFIER_DEPS:
        nouns = [head.head]
    else:
        return False
    return any(
        noun.pos_ in NOUN_POS
        and any(
            c.dep_ == "amod" and c.lower_ in AHEAD_ADJECTIVES for c in noun.children
        )
        for noun in nouns
    )


def _sentence_tense(head: Token) -> str | None:
    """ "past" when no verb governs a time, it modifies no noun, and every
    finite verb of its sentence within reach is past: the parse lost the
    verb ("Mr Trump shocked party members on Tuesday when he refused ...",
    "shocked" read as an adjective and "members" as the root). Else None: a
    present tense there may be another clause's, and a noun's date ("a June
    referendum") has its own time. Verbs across a quotation mark or a line
    end (``APART``) are not read."""
    if head.dep_ in NOUN_MODIFIER_DEPS:
        return None
    finite = [
        t
        for t in head.sent
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        and not APART.search(_text_between(head, t))
    ]
    return "past" if finite and all(t.tag_ == "VBD" for t in finite) else None


def _after_for(verb: Token, head: Token) -> bool:
    """True when the time comes after what the verb asks "for" ("called for a
    general strike ... on Thursday"), not before it ("called on Tuesday for
    a two-hour strike": the call's day)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < head.i for c in verb.children
    )


def _after_object(verb: Token, head: Token) -> bool:
    """True when the time comes after the verb's object, an act ("threatened
    a shutdown in September": the parser hangs "in September" on the verb),
    not before it ("threatened in September to shut down": the threat's day),
    nor after a person or thing threatened ("threatened the reporter on
    Monday")."""
    return any(
        c.dep_ == "dobj"
        and c.i < head.i
        and (
            c.lemma_.lower() in ACT_NOUNS
            or plover.lookup_trigger(c.lemma_.lower(), noun=True)
        )
        for c in verb.children
    )


def _text_between(a: Token, b: Token) -> str:
    return doc_text(a.doc)[min(a.idx, b.idx) : max(a.idx, b.idx)]


def _governing_verb(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _path_to(token: Token, verb: Token | None) -> list[Token]:
    """``token`` and its heads up to (not including) ``verb``."""
    path = []
    for _ in range(6):
        if verb is not None and token.i == verb.i:
            break
        path.append(token)
        if token.head.i == token.i:
            break
        token = token.head
    return path


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    """ "past", "pluperfect", "future", "present" or None for one verb.

    Modals ("would be paid", "may be signed") and infinitives ("is expected
    to close Monday", "planned to leave on Thursday", "is due to be
    sentenced June 28") look ahead.
    """
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in aux}
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS:
        return "past" if "have" in words else "future"
    if "had" in words:
        return "pluperfect"
    passive = verb.tag_ == "VBN" and "be" in words and "have" not in words
    if "to" in words and (verb.tag_ == "VB" or passive) and depth < 2:
        matrix = verb.head
        if matrix.pos_ == "ADJ" and matrix.head.i != matrix.i:  # "due to", "likely to"
            matrix = matrix.head
        if matrix.i == verb.i or (
            matrix.pos_ not in {"VERB", "AUX"} and matrix.dep_ == "ROOT"
        ):
            # a headline's infinitive: "Senate to vote in June", "Company to
            # close plant in October" tell what is to come
            return "future"
        if matrix.pos_ not in {"VERB", "AUX"}:
            return None
        # what one planned, agreed or was set to do lies ahead, unless told
        # in the past perfect ("had been due to expire Friday"); after other
        # verbs the date may belong to them ("declined to comment Saturday")
        tense = _verb_tense(matrix, depth + 1)
        prospective = verb.dep_ == "xcomp" and lemma_of(matrix) in PROSPECTIVE_VERBS
        if tense == "pluperfect" or not prospective:
            return tense
        if passive and tense == "past":
            return None  # "was to be issued on Wednesday": that plan's day may be over
        if tense == "past" and not _perfect(matrix):
            return PLANNED  # "was scheduled to leave New Hampshire late Tuesday"
        return "future"
    if any(
        c.tag_ in {"VBD", "VBZ", "VBP"} and c.lower_ in {"has", "have", "'ve"}
        for c in aux
    ):
        return "past"  # the present perfect
    if any(c.tag_ == "VBD" for c in aux):
        return "past"
    if any(c.tag_ in {"VBZ", "VBP"} for c in aux):
        return "present"
    if _in_sequence(verb, aux) and depth < 2:
        # "elections are set for Wednesday, followed by a full House vote
        # Thursday": what follows or precedes is told in the clause's time
        return _verb_tense(verb.head, depth + 1)
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not aux):
        return "past"
    if verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and _finite_present(verb)):
        return "present"
    if says_after(verb) and verb.head.pos_ in {"VERB", "AUX"} and depth < 2:
        # saying set after its clause's verb tells the same occasion ("He
        # dismissed the critique, saying Monday that ...": the Monday past);
        # not a consequence ("..., resulting in closures in the fourth quarter")
        return _verb_tense(verb.head, depth + 1)
    return None


SEQUENCE_PARTICIPLES = frozenset({"follow", "precede"})
"""Participles set after a clause that tell what comes after or before it."""


def _in_sequence(verb: Token, aux: list[Token]) -> bool:
    """True for "followed by" or "preceded by" set after the clause it hangs on."""
    return (
        verb.tag_ == "VBN"
        and not aux
        and verb.dep_ == "advcl"
        and verb.head.i < verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.lemma_.lower() in SEQUENCE_PARTICIPLES
    )


def _perfect(verb: Token) -> bool:
    """A verb in the present perfect ("has invited Trump to meet")."""
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "'ve"}
        for c in verb.children
    )


SAME_PAST_FORMS = frozenset(
    "bet bid burst cast cost cut fit hit hurt let put quit set shed shut split spread".split()
)
"""Verbs whose past is their present form: "stocks hurt the index on Friday"
may be either."""
BARE_INFINITIVE_HEADS = frozenset("see watch hear feel make let help have".split())
"""Verbs followed by a bare infinitive that a tagger may read as a present:
"has seen new cases drop ... on Monday"."""


def _finite_present(verb: Token) -> bool:
    """A present form (VBP) that is a present: not a form the past shares
    ("cut", "hurt") nor a bare infinitive ("saw prices drop")."""
    return (
        verb.lower_ not in SAME_PAST_FORMS
        and verb.head.lemma_.lower() not in BARE_INFINITIVE_HEADS
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
    when the signing sentence closes a quotation that paragraph opened."""
    regions: list[tuple[int, int, date]] = []
    sentences = list(sdoc.sents)
    for k, sent in enumerate(sentences):
        day = _said_day(sent, timexes, text)
        if day is None:
            continue
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
            and "\n"
            not in text[sentences[last].end_char : sentences[last + 1].start_char]
        ):
            last += 1
        regions.append((sentences[first].start_char, sentences[last].end_char, day))

    def anchor_at(offset: int) -> date | None:
        for start, end, day in regions:
            if start <= offset < end and open_quotation(text, offset):
                return day
        return None

    return anchor_at


def _closes_paragraph_before(text: str, before: Span, signing: Span) -> bool:
    """True for a signing sentence that opens its paragraph and closes a
    quotation the paragraph before left open: the quotation is signed here."""
    end = before.start_char + len(before.text.rstrip())
    return "\n" in text[end : signing.start_char] and open_quotation(text, end)


def _said_day(sent: Span, timexes: list[Timex], text: str) -> date | None:
    """The single day a sentence gives a verb of saying outside quotation
    marks ("said Sunday", "told reporters on Monday"), if any."""
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
        if not sent.start_char <= t.start < sent.end_char or t.type != "DATE":
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
        if any(head.i == v.i for v in verbs):
            return interval[0]
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
