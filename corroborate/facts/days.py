"""The day of one act, or of one statement, as two articles of a story give it.

Two outlets' tellings of one act that both date it are paired
(:func:`dated_pairs`): the same act by the rules of :mod:`.compatible`, or,
on the same single day, acts of one PLOVER type and mode, one verb by a
named actor, or a vote and the decision it takes (:func:`same_day_act`).
One speaker's claims two outlets date to the same day are paired too
(:func:`spoken_days`), and so are the sentences of two outlets that write
one calendar day with its day of the month (:func:`written_days`).
:mod:`.align` makes facts of the pairs.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from ..extractors.claims.marks import QUOTE_MARKS
from ..extractors.events.circumstances import DECIDED_BY_VOTE
from ..records import Article, DateRef, Mention, Span
from . import agreement, compatible
from .apart import told_of_others
from .index import persons
from .passages import POSSESSIVE, SPOKEN, WRITTEN, quoted
from .statements import ENTITY_ID, Statement
from .timeline import When, disjoint, parse_when, weekdays_apart
from .updates import one_source
from .words import act_stem, act_stems

DATE_STRONG = 0.6
"""Match above which two dated events are one event even with no shared participant."""
SAME_DATES_BONUS = 0.1
"""Added to a pair's match, to choose each act's best match, when both give
the same dates."""
SAME_DAY_MATCH = 0.3
"""Score of two events of one type and mode on the same day (no shared words needed)."""
THEIR_PEOPLE = re.compile(
    r"\s+(?:campaign|administration|camp|team|aides?|allies|staff|spokes(?:man|woman|person)"
    r"|lawyers?|attorneys?)\b"
)
"""Nouns after a name that make it whose people speak ("the Sanders campaign")."""
DAY_OF_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
"""A day of the month as written ("15", "9th"), beside the month's name."""


def dated_pairs(
    statements: list[Statement], weights: dict[str, float]
) -> list[tuple[float, int, int, bool]]:
    """Pairs of tellings of one act that both date, as ``(score, i, j,
    conflict)``: each other's best match among the dated events of the other
    article, the same act (the same verb with a shared participant, the same
    PLOVER mode with a shared named one, or the same mode on the same day),
    their dates either impossible to reconcile (``conflict``) or agreeing.
    Dates of an act told done and of one told to come never conflict: "did
    win Rhode Island on Tuesday" is not "expects to win that state's May 10
    primary" (nor, reported the day before, "expected to vote Thursday" a
    vote held Wednesday: that is a report overtaken). Taken across groups, as
    an article may tell one event twice and either telling may carry the
    date."""
    dated = [i for i, s in enumerate(statements) if s.kind == "event" and s.when]
    best: dict[tuple[int, str], tuple[float, int, float]] = {}
    for i in dated:
        for j in dated:
            a, b = statements[i], statements[j]
            if a.article.id == b.article.id:
                continue  # neither rule pairs two tellings of one article
            score = compatible.event_context(a, b, weights)
            if not score and same_day_act(a, b):
                # "Tirana launched the raid on 20 June", "a raid by hundreds of
                # Albanian police officers" on June 20
                score = SAME_DAY_MATCH
            key = (i, statements[j].article.id)
            # of two tellings as close, the one of the same dates ("found
            # guilty ... last month" twice, beside "found guilty ... last year")
            rank = score + SAME_DATES_BONUS * (score > 0 and a.when == b.when)
            if rank > best.get(key, (0.0, -1, 0.0))[0]:
                best[key] = (rank, j, score)
    found = []
    for (i, _), (_, j, score) in sorted(best.items()):
        a, b = statements[i], statements[j]
        if not (i < j and best.get((j, a.article.id), (0.0, -1, 0.0))[1] == i):
            continue
        shared = (a.actors & b.actors) | (a.recipients & b.recipients)
        same_act = (
            (a.predicate == b.predicate and bool(shared) and not doers_apart(a, b))
            or (
                bool(a.mode) and a.mode == b.mode and any(map(compatible.named, shared))
            )
            or same_day_act(a, b)
            or score >= DATE_STRONG
        )
        if same_act and agreement.dates_conflict(a, b):
            # done against to come: two acts; one outlet: one source
            if _told_done(a) == _told_done(b) and not one_source(a, b):
                found.append((score, i, j, True))
        elif same_act and agreement.dates_agree(a, b):
            found.append((score, i, j, False))
    return found


def doers_apart(a: Statement, b: Statement) -> bool:
    """True when one act names a person doing it and the other's sentence
    names people, none of them that person: "Cruz, after suspending his
    campaign Tuesday night" is not "Ohio Gov. John Kasich suspended his
    presidential campaign Wednesday evening", whatever noun the two share."""
    apart = told_of_others
    return apart(persons(a.actors), b) or apart(persons(b.actors), a)


def same_day_act(a: Statement, b: Statement) -> bool:
    """Two outlets' events on the same day, to the day, in one story, of one
    PLOVER type and mode (one act, whoever each says did it), or told done
    with one verb, a named actor and no two named actors apart ("approve the
    ... Program" late on Monday night, "Evanston approved a reparations
    program Monday night"), or a vote and the decision one named body takes
    by it ("the House on Wednesday passed bills", "The House voted
    Wednesday"): the day is one both outlets give, whatever else each says,
    unless both name whom the act is done to and none in common ("unleashed a
    harsh attack on Ben Carson" is not "his attacks on Rubio")."""
    if (
        a.article.id == b.article.id
        or a.when is None
        or a.when != b.when
        or a.when[1] != a.when[2]
    ):
        return False
    named_a = set(filter(compatible.named, a.actors))
    named_b = set(filter(compatible.named, b.actors))
    if compatible.done_to_others(a, b):
        return False
    if bool(a.mode) and (a.type, a.mode) == (b.type, b.mode):
        # one act, whoever each says did it, unless each names a person or
        # an organisation and none in common ("The Security Council
        # condemned the bombing ... on Thursday", "President Bill Clinton
        # Thursday condemned ...")
        return not _apart(_bodies(a.actors), _bodies(b.actors))
    if not (_told_done(a) and _told_done(b)) or _apart(named_a, named_b):
        return False
    if named_a & named_b and {a.predicate, b.predicate} - act_stems(
        DECIDED_BY_VOTE
    ) == {act_stem("vote")}:
        return True
    if not (named_a or named_b):  # "could help prevent sexual assault" Thursday
        return False
    return a.predicate == b.predicate


def _apart(first: set[str], second: set[str]) -> bool:
    """True when both acts name some and none in common."""
    return bool(first and second and not first & second)


def _bodies(participants: frozenset[str]) -> set[str]:
    """The people and organisations among participants, by entity id."""
    return {p for p in participants if p.startswith(("per-", "org-"))}


def _told_done(statement: Statement) -> bool:
    return statement.modality == "asserted" and not statement.negations


def spoken_days(statements: Sequence[Statement]) -> list[list[Statement]]:
    """One speaker's claims that two outlets date to the same day ("In a
    statement on Wednesday, TC Energy said ...", "In its announcement
    Wednesday, TC Energy gave ..."): for each speaker, day and pair of
    outlets, the first pair, in the outlets' order, whose occasions are not
    two (:func:`_occasions_apart`), then every other claim either outlet
    dates so on no other occasion than the pair's ("said on Wednesday he was
    girding for an epic battle", "in his speech on Wednesday": one day, each
    telling its evidence). Only agreement is read: one speaker's claims on
    two days are as often two statements as one misdated."""
    told: dict[tuple[str, When], dict[str, list[Statement]]] = {}  # -> outlet -> claims
    for s in statements:
        if s.kind not in ("claim", "quote") or not s.speaker or s.when is None:
            continue
        if not ENTITY_ID.fullmatch(s.speaker) or _only_possessive(s):
            continue  # a name word or a head noun ("officials") may be two people
        if _told_in_a_quote(s):
            continue  # another speaker's words tell it, dated by their report
        told.setdefault((s.speaker, s.when), {}).setdefault(s.outlet, []).append(s)
    found = []
    for by_outlet in told.values():
        for a, b in itertools.combinations(sorted(by_outlet), 2):
            pairs = itertools.product(by_outlet[a], by_outlet[b])
            pair = next((p for p in pairs if not _occasions_apart(*p)), None)
            if pair:
                found.append(list(pair) + [
                    s for s in by_outlet[a] + by_outlet[b]
                    if s not in pair and not any(_occasions_apart(s, p) for p in pair)
                ])  # fmt: skip
    return found


def said_days_apart(members: Sequence[Statement]) -> tuple[Statement, Statement] | None:
    """Two outlets' tellings of one statement (a group :mod:`.align` made of
    one speaker's words) that date its saying to two days ("Sanders admitted
    Tuesday that it would be “very hard” ...", "Sanders himself acknowledged
    in an MSNBC forum Monday night "it will be very hard for us to win""):
    the first such pair, if any. Only where both name the speaker, neither
    tells it inside another's words, neither takes its day from the sentence
    before it (:func:`.statements._introduced_on`: agreement only), and their
    occasions are not two."""
    told = [
        s for s in members
        if s.kind in ("claim", "quote") and s.speaker and s.when is not None
        and ENTITY_ID.fullmatch(s.speaker) and not _only_possessive(s)
        and not _told_in_a_quote(s) and s.when[1] == s.when[2]
        and s.day_sentence is None
    ]  # fmt: skip
    for a, b in itertools.combinations(told, 2):
        if a.outlet == b.outlet or a.speaker != b.speaker or a.when == b.when:
            continue
        apart = disjoint(a.when, b.when) or weekdays_apart(
            a.date_text or "", b.date_text or ""
        )  # "Monday night" and "Tuesday": a day apart, two days named
        if apart and not _occasions_apart(a, b):
            return a, b
    return None


def _occasions_apart(a: Statement, b: Statement) -> bool:
    """True when one claim's sentence names only a written occasion and the
    other's only a spoken one, outside what is said (:data:`WRITTEN`,
    :data:`SPOKEN`)."""
    kinds = [_occasions(s) for s in (a, b)]
    return all(len(k) == 1 for k in kinds) and kinds[0] != kinds[1]


def _occasions(statement: Statement) -> set[str]:
    """ "written" and "spoken", as the words of a claim's sentence outside its
    content name them."""
    text, sentence, content = statement.article.text, statement.sentence, statement.span
    words = set(
        re.findall(
            r"[\w-]+",
            (
                text[sentence.start : content.start]
                + " "
                + text[content.end : sentence.end]
            ).lower(),
        )
    )
    return {
        kind
        for kind, named in (("written", WRITTEN), ("spoken", SPOKEN))
        if words & named
    }


def speaker_named(statement: Statement) -> str:
    """The speaker of a claim as its sentence names them, else as the article
    first does ("he said in a Dec. 23 statement")."""
    article = statement.article
    named = [m for m in _speaker_mentions(statement) if not _possessive(article, m)]
    named = named or [m for m in article.mentions if m.entity_id == statement.speaker]
    if not named:
        return statement.according_to or "the speaker"
    return article.text[named[0].start : named[0].end]


def _speaker_mentions(statement: Statement) -> list[Mention]:
    """Where a claim's sentence names its speaker, outside what is claimed."""
    article, sentence, content = statement.article, statement.sentence, statement.span
    return [
        m
        for m in article.mentions
        if m.entity_id == statement.speaker
        and sentence.start <= m.start < sentence.end
        and not (content.start < m.end and m.start < content.end)
    ]


def _possessive(article: Article, mention: Mention) -> bool:
    """True when a name is written as a possessive ("Trump's", "Trump 's") or
    names whose people speak ("the Sanders campaign", "the Trump
    administration"): someone else's words."""
    return bool(
        POSSESSIVE.match(article.text, mention.end)
        or THEIR_PEOPLE.match(article.text, mention.end)
    )


def _told_in_a_quote(statement: Statement) -> bool:
    """True for a claim whose cue stands inside another speaker's quotation
    ("“... which President Biden himself highlighted in his administration's
    Statement of Administration Policy issued mere weeks ago,” Norton said
    in a statement Thursday": Biden did not speak on Thursday)."""
    article = statement.article
    cues = [c.cue for c in article.claims if c.content == statement.span]
    return any(
        quoted(article.text, cue.start, article.text[cue.start : cue.end])
        and not any(m in article.text[cue.start : cue.end] for m in QUOTE_MARKS)
        for cue in cues
    )


def _only_possessive(statement: Statement) -> bool:
    """True when a claim's sentence names its speaker only as a possessive
    ("Trump's allies said ... Friday", "the Sanders campaign sent out a
    fund-raising email": not the man speaking)."""
    article = statement.article
    sources = [
        c.source for c in article.claims if c.content == statement.span and c.source
    ]
    mentions = [
        m
        for m in article.mentions
        if m.entity_id == statement.speaker
        and any(s.start <= m.start and m.end <= s.end for s in sources)
    ] or _speaker_mentions(statement)  # as its source names them, else its sentence
    return bool(mentions) and all(_possessive(article, m) for m in mentions)


def written_days(statements: Sequence[Statement]) -> list[list[Statement]]:
    """Sentences of several outlets that write one calendar day with its day
    of the month ("The new deadline is January 15, 2015", "Enrollment will
    last until Jan. 15, 2015"), as date statements, one list per day: the
    pair of two outlets' sentences naming it that share the most words (the
    first pair of the first copies when none share more), then for each other
    outlet its sentence sharing the most words with those two. A day within a
    day of either article's publication is left out (datelines, captions and
    tweets name it, whatever they tell), and so is a weekday or "yesterday":
    every act of a story may fall on it. Only agreement is read: two days
    written apart are as often two acts as one misdated."""
    told: dict[When, dict[str, list[Statement]]] = {}  # day -> outlet -> sentences
    for s in statements:
        if s.kind != "sentence":
            continue
        for date in s.article.dates:
            if s.sentence.start <= date.start and date.end <= s.sentence.end:
                day = _calendar_day(s.article, date)
                if day is not None:
                    told.setdefault(day, {}).setdefault(s.outlet, []).append(
                        dataclasses.replace(
                            s,
                            span=Span(date.start, date.end),
                            when=day,
                            date_text=s.article.text[date.start : date.end],
                            date_span=Span(date.start, date.end),
                        )
                    )
    return [_one_day(by_outlet) for by_outlet in told.values() if len(by_outlet) > 1]


def _one_day(by_outlet: dict[str, list[Statement]]) -> list[Statement]:
    """The sentences of one day, one per outlet: the two of two outlets that
    share the most words, then each other outlet's closest to them."""
    pairs = (
        pair
        for a, b in itertools.combinations(sorted(by_outlet), 2)
        for pair in itertools.product(by_outlet[a], by_outlet[b])
    )
    first, second = max(pairs, key=lambda pair: len(pair[0].words & pair[1].words))
    told = [first, second]
    shared = first.words | second.words
    for outlet in sorted(by_outlet):
        if outlet not in (first.outlet, second.outlet):
            told.append(max(by_outlet[outlet], key=lambda s: len(s.words & shared)))
    return told


def _calendar_day(article: Article, date: DateRef) -> When | None:
    """The day a date names when it is written with its day of the month
    and lies more than a day from the day its article was published."""
    value = date.value or ""
    when = parse_when(value) if date.type == "DATE" else None
    if when is None or when[0] is None or when[1] != when[2]:
        return None
    published = parse_when(article.published.value or "")
    if published and not disjoint(published, when):
        return None
    written = article.text[date.start : date.end].replace(value[:4], "")
    return when if DAY_OF_MONTH.search(written) else None
