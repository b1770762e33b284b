"""What each article states: its annotations read as propositions.

A :class:`Statement` is one article's account of one proposition: who (the
entity ids in its clause), did what (the event's trigger and type, or the
cue of a claim), to whom, when, with which quantity of which counted thing
in which role, said by whom, asserted or denied. Alignment
(:mod:`.compatible`) compares statements, never bare verbs or numbers.

Kinds read from an annotated article:

* ``number``: a quantity (count, money, percent, vote tally) with its unit,
  role ("killed"), currency, the range its hedge allows, and its sentence
  (the range and the slot: :mod:`.numbers`);
* ``event``: a PLOVER event with its trigger, participants, date and
  modality (asserted, negated, future, expected, threatened: :mod:`.intents`);
* ``claim`` / ``quote``: an attributed statement with its speaker and
  content (a quote when the content is in quotation marks);
* ``party``: a person's party label ("Chris Murphy (D-Conn.)");
* ``office``: a person's office ("CBO Director Phillip Swagel"), of the
  ``party`` family: both say who a person is;
* ``age``: a person's age ("Gerson Fuentes, 27,", "the 27-year-old"), of
  the ``party`` family too;
* ``sentence``: every sentence, for statements no extractor reads whole
  ("the bill has little chance in the Senate"), aligned only when two
  sentences say nearly the same;
* ``clause``: each part of a sentence that says several things, cut at
  punctuation and connectives ("..., which ...", "... and ..."), for one thing
  two outlets say inside sentences that otherwise differ.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..extractors.claims.marks import QUOTE_MARKS
from ..records import Act, Article, Claim, Event, Quantity, Span
from .affiliations import read_affiliation
from .ages import ages_after_names, ages_year_old
from .denials import (
    claim_denied_back,
    denied_event,
    denies,
    disputing,
    without_answered,
    writers_verdict,
)
from .index import ArticleIndex, Whereabouts
from .intents import announced, requested, threatened_act
from .numbers import (
    SAME_VALUE_MIN,
    STRICT_CEILING,
    YEAR,
    claim_source,
    counted,
    counts_no_slot,
    in_source,
    number_interval,
    own_year,
    slot,
    slot_event,
)
from .offices import read_office
from .passages import (
    bare_name,
    common_words,
    day_introduced,
    day_named,
    introduces,
    quoted,
    quoted_by,
    relayed,
    unattributed,
    verb_before,
    who_spoke,
)
from .timeline import When, dated_by_report, event_phrase, event_when, phrase_span
from .words import SAME_WORDS_MIN, WORD, act_stem, clauses, content_words

MIN_CLAIM_WORDS = 2
"""Lower-case content words a claim's content needs to state something."""
ENTITY_ID = re.compile(r"[a-z]{3}-[0-9a-f]{6,}")
"""An entity id ("per-0ccada646d61"), as against a participant's bare word."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
NEGATION = re.compile(
    r"\b(not|cannot|no|never|n't|nor|neither|none|nobody|nothing|without|"
    r"refus\w*|den(?:y|ies|ied)|declin\w*|fail\w*|reject\w*|yet\s+to)\b|n\u2019t\b",
    re.IGNORECASE,
)
CONDITION = re.compile(r"\b(if|unless|would|could|might|whether)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(yet|so far|still|as of)\b", re.IGNORECASE)
_EXPECTED = re.compile(
    r"\b(expected|scheduled|set|due|poised|planned|plans|plan|likely(?=\s+to\b)|"
    r"(?:is|are|was|were|be|seems?|most|very|more|less)\s+likely|"
    r"will|would|is to|are to|to be)\b",
    re.IGNORECASE,
)
"""A number told as to come; not "likely voters", a poll's population."""
_LOOKS_FORWARD = re.compile(r"\b(expects?|expecting|hopes?|hoping)\s+to\s*$", re.I)
"""An act its actor looks forward to ("he expects to win", "hopes to pass")."""
PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
DURATION = re.compile(r"P\d+(?:\.\d+)?[DWMY]")
"""A TIMEX duration of a stated length ("P15W"; not "PXY", "for years")."""


@dataclass(frozen=True)
class Statement:
    """One article's account of one proposition (see the module docstring)."""

    article: Article
    kind: str  # number | event | claim | quote | party | office | age | duration | sentence | clause
    span: Span  # the narrowest evidence: the number, the claim's content ...
    sentence: Span
    value: str | None
    words: frozenset[str] = frozenset()  # stems of its sentence's content words
    entities: frozenset[str] = frozenset()  # entity ids named in its sentence
    # the places its sentence names (a country only locating another left
    # out); an event's: the place it is told at; an act's: also its objects'
    where: Whereabouts = Whereabouts()
    years: frozenset[str] = frozenset()
    according_to: str | None = None
    stance: str = "asserts"  # asserts | denies
    # asserted | negated | future | expected | threatened | intended
    modality: str = "asserted"
    # numbers
    qkind: str | None = None  # count | money | percent | vote
    unit: frozenset[str] = frozenset()
    unit_text: str | None = None  # what it counts, as the extractor gives it
    role: str | None = None
    currency: str | None = None
    interval: tuple[float, float] | None = None
    below: bool = False  # a strict ceiling ("less than $5 billion"): not its value
    stated: float | None = None  # the number as written (rounding checks)
    against: float | None = None
    ambiguous: bool = False  # its article gives other values for the same slot
    # numbers: the only number of its slot in its article; events: the only
    # act of its verb its article tells, or all of them done by or to it
    unique: bool = False
    sole: bool = False  # the only value its article gives of its counted noun
    year: str | None = None  # the year written next to the number ("54 mpg by 2025")
    # events
    predicate: str | None = None  # trigger stem
    type: str | None = None
    mode: str | None = None
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    when: When | None = None
    date_text: str | None = None
    date_span: Span | None = None
    day_sentence: Span | None = None  # the sentence of a day told apart from the act
    by_report: bool = False  # dated by its report's day: then or before
    phrase: str = ""  # events: actor, trigger and recipient as written
    event: int | None = None
    denial: Claim | None = None  # the claim in its own article denying it
    # claims, quotes, parties
    speaker: str | None = None  # entity id, or a name key
    content: str = ""
    cue: str = ""  # claims: the cue as written when what is said follows it ("accused")
    requested: bool = False  # claims and their passages: an act asked for
    bare_name: bool = False  # passages: only a name and its title (a caption)
    who: bool = False  # clauses: only who spoke, as a claim names them
    asks: bool = False  # passages: of a sentence the outlet asks, unquoted
    told: frozenset[str] = frozenset()  # sentences: their words but whom they quote
    common: frozenset[str] = frozenset()  # sentences: words not in a name or title
    negations: int = 0
    conditional: bool = False
    numbers: frozenset[str] = frozenset()
    party: str | None = None  # R, D, I
    state: str | None = None  # a US state's postal code
    office: frozenset[str] = frozenset()  # words of a person's office, lower case
    people: frozenset[str] = frozenset()  # numbers: whom their "he" stands for
    # whose report its article is, where not its outlet: the agency whose
    # story it runs, or the outlet of the near-duplicates it is one of
    copied_from: str | None = None
    wire: str | None = None  # the agency whose story its article runs

    @property
    def text(self) -> str:
        return self.article.text[self.span.start : self.span.end]

    @property
    def sentence_text(self) -> str:
        return self.article.text[self.sentence.start : self.sentence.end]

    @property
    def outlet(self) -> str:
        """The outlet, else the id its input gave the article (a file name)."""
        return self.article.outlet or self.article.input_id or self.article.document_id

    @property
    def source(self) -> str:
        """Whose report it is: its outlet, or the outlet whose copy it carries
        (:func:`.updates.copied_from`)."""
        return self.copied_from or self.outlet


def read_statements(article: Article) -> list[Statement]:
    """Every statement of one annotated article (see the module docstring)."""
    index = ArticleIndex(article)
    found: list[Statement] = []
    for i, event in enumerate(article.events):
        if event.modality != "hypothetical":
            found.append(_event_statement(index, i, event))
    found += [
        _act_statement(index, act)
        for act in article.acts
        if act.modality != "hypothetical"
    ]
    found = _mark_sole_acts(found)
    numbers = [s for q in article.quantities if (s := _number_statement(index, q))]
    found += _mark_ambiguous(numbers)
    found += _claim_statements(index)
    found += _party_statements(index)
    found += _office_statements(index)
    found += _age_statements(index)
    found += _duration_statements(index)
    told = [s for s in index.sentences if not _frames_a_quote(article, s)]
    found += [_passage_statement(index, s) for s in told]
    found += [
        _passage_statement(index, sentence, clause)
        for sentence in told
        for clause in clauses(article.text, sentence)
    ]
    return without_answered(found)


def _frames_a_quote(article: Article, sentence: Span) -> bool:
    """True for a sentence that only introduces what follows ("EPA
    Administrator Andrew Wheeler said in a statement on Tuesday:"): it tells
    who spoke, which the quote's own claim carries, not a fact of its own."""
    return article.text[sentence.start : sentence.end].rstrip().endswith(":")


def weigh(statements: Iterable[Statement]) -> dict[str, float]:
    """Inverse sentence frequency of each word stem over a story's sentences:
    a word every article repeats ("bill", "abortion") says little about which
    proposition a sentence states."""
    sentence_words = {
        (s.article.id, s.sentence.start): s.words
        for s in statements
        if s.kind == "sentence"
    }
    counts = Counter(w for words in sentence_words.values() for w in words)
    total = max(len(sentence_words), 1)
    return {w: math.log(1 + total / n) for w, n in counts.items()}


def _event_statement(index: ArticleIndex, i: int, event: Event) -> Statement:
    trigger = (
        index.article.text[event.trigger.start : event.trigger.end]
        if event.trigger
        else ""
    )
    place = event.place
    where = index.places_in(place) if place else Whereabouts()
    threatened = (
        threatened_act(index.article.text, event.trigger) if event.trigger else None
    )
    return _told_act(
        index,
        event,
        f"{event.type} {event.mode}" if event.mode else event.type,
        threatened or (act_stem(trigger.split()[0]) if trigger.split() else None),
        threatened=bool(threatened),
        according_to=event.according_to,
        type=event.type,
        mode=event.mode,
        event=i,
        denial=denied_event(index.article, event),
        where=where,
    )


def _act_statement(index: ArticleIndex, act: Act) -> Statement:
    """An act ("The Senate passed the bill") as an event statement with no
    PLOVER type: it aligns with another telling of the same verb only. Its
    places are where it was done and those its objects name ("won the
    Missouri Democratic Primary", "won the primary in Ohio": two acts), else
    those of its sentence."""
    where = index.places_in(*filter(None, (act.place, *act.objects)), in_names=True)
    if not where.ids:  # "won at least three primaries on Tuesday: Florida, Ohio ..."
        sentence = index.sentence_of(act.evidence.start, act.evidence.end)
        where = index.places_in(sentence, in_names=True)
    return _told_act(
        index,
        act,
        act.predicate,
        act_stem(act.predicate),
        where=where,
    )


def _told_act(
    index: ArticleIndex,
    told: Event | Act,
    value: str,
    predicate: str | None,
    threatened: bool = False,
    **known: Any,
) -> Statement:
    """The statement of a PLOVER event or an act: its sentence, participants,
    date, modality as the governing words tell ("threatened" when a threat
    names the act: :mod:`.intents`), and what only events have (``known``:
    type, mode, denial ...)."""
    article = index.article
    sentence = index.sentence_of(told.evidence.start, told.evidence.end)
    text = article.text[sentence.start : sentence.end]
    at = told.trigger.start if told.trigger else told.evidence.start
    modality, negations = _governed(article, sentence, at, told.modality)
    if threatened and modality != "negated":
        modality = "threatened"
    phrase = event_phrase(article.text, told)
    return Statement(
        article,
        "event",
        phrase_span(article.text, told),
        sentence,
        value,
        words=content_words(text),
        entities=index.entities_in(sentence.start, sentence.end),
        years=frozenset(YEAR.findall(text)),
        stance="denies" if modality == "negated" else "asserts",
        modality=modality,
        predicate=predicate,
        actors=index.participants(told.actors),
        recipients=index.participants(told.recipients),
        when=event_when(told, article),
        date_text=(
            article.text[told.date_span.start : told.date_span.end]
            if told.date_span
            else told.date
        ),
        date_span=told.date_span,
        day_sentence=(
            index.sentence_of(told.date_span.start, told.date_span.end)
            if told.date_span
            and not sentence.start <= told.date_span.start < sentence.end
            else None
        ),
        by_report=dated_by_report(article, told),
        phrase=phrase,
        numbers=frozenset(n.replace(",", "") for n in _NUMBER.findall(phrase)),
        negations=negations,
        **known,
    )


def _governed(
    article: Article, sentence: Span, at: int, modality: str
) -> tuple[str, int]:
    """An act's modality as the words governing it tell ("is expected to
    vote", "refused to apologize"), and how many negations they hold."""
    before = " ".join(
        re.split(r"[,;:\u2014]", article.text[max(sentence.start, at - 60) : at])[
            -1
        ].split()[-4:]
    )
    if modality in ("asserted", "future") and announced(before):
        modality = "threatened"  # "threatened to veto", "his promise to veto"
    if modality == "asserted" and (
        _EXPECTED.search(before) or _LOOKS_FORWARD.search(before)
    ):
        modality = "expected"
    if modality == "asserted" and NEGATION.search(before):
        modality = "negated"
    return modality, len(NEGATION.findall(before))


_LEAD_BOUND = re.compile(
    r"\b(?:an?\s+)?(minimum of|at minimum|at least|maximum of|at most)\s*$",
    re.IGNORECASE,
)
"""A bound written before a number the quantities extractor gave no hedge."""


def _number_statement(index: ArticleIndex, quantity: Quantity) -> Statement | None:
    """A quantity as a statement, or None when what it counts is unknown or it
    counts only a part ("16 other states")."""
    article = index.article
    qkind = getattr(quantity, "kind", "count") or "count"
    unit = content_words(quantity.unit or "")
    unit_text = quantity.unit
    # a denial names what it denies, a distinctive count of something ("no
    # plan to add 87,000 agents"), not "did not hear the one statement"
    denied = quantity.denied and bool(unit) and (quantity.value or 0) >= SAME_VALUE_MIN
    interval = number_interval(quantity)
    if interval is None:
        return None
    if qkind == "count" and counts_no_slot(article.text, quantity, unit):
        return None
    written = article.text[quantity.start : quantity.end]
    if qkind == "count" and in_source(article, quantity):
        return None  # who tells it: "according to two people familiar with the meeting"
    sentence = index.sentence_of(quantity.start, quantity.end)
    text = article.text[sentence.start : sentence.end]
    where = index.places_in(sentence)
    lead = article.text[max(sentence.start, quantity.start - 18) : quantity.start]
    bound = _LEAD_BOUND.search(lead)
    start = quantity.start
    if denied:  # told with what denies it: "no plan to add 87,000 agents"
        cues = list(NEGATION.finditer(article.text, sentence.start, quantity.start))
        start = cues[-1].start() if cues else start
        written = article.text[start : quantity.end]
    elif quantity.hedge is None and quantity.value is not None and bound:
        interval = (
            (quantity.value, math.inf)
            if bound.group(1).lower().startswith(("min", "at l"))
            else (0.0, quantity.value)
        )  # told with its bound: "a minimum of $ 10,000", not "$ 10,000"
        start = quantity.start - len(lead) + bound.start()
        written = article.text[start : quantity.end]
    modality = "expected" if _EXPECTED.search(text) else "asserted"
    return Statement(
        article,
        "number",
        Span(start, quantity.end),
        sentence,
        written,
        words=content_words(text),
        entities=index.entities_in(sentence.start, sentence.end),
        people=index.people_told_of(sentence),
        where=where,
        years=frozenset(YEAR.findall(text.replace(written, ""))),
        according_to=claim_source(article, quantity),
        qkind=qkind,
        unit=unit,
        unit_text=unit_text,
        role=getattr(quantity, "role", None),
        currency=getattr(quantity, "currency", None),
        interval=interval,
        below=(quantity.hedge or "").lower().startswith(STRICT_CEILING),
        stated=quantity.value,
        against=getattr(quantity, "against", None),
        modality="negated" if denied else modality,
        stance="denies" if denied else "asserts",
        negations=int(denied),
        event=slot_event(article, quantity),
        year=own_year(article.text, sentence, quantity),
    )


def _mark_ambiguous(statements: list[Statement]) -> list[Statement]:
    """Mark numbers whose article gives other values for the same slot (which
    one another outlet's number should be compared with is then unclear),
    numbers that are the only one of their slot in their article, and numbers
    whose value is the only one the article gives of their counted noun."""
    values: dict[tuple[object, ...], list[tuple[float, float]]] = {}
    nouns: dict[tuple[object, ...], set[tuple[float, float]]] = {}
    for s in statements:
        values.setdefault(slot(s), []).append(s.interval or (0.0, 0.0))
        nouns.setdefault(counted(s), set()).add(s.interval or (0.0, 0.0))
    return [
        replace(
            s,
            ambiguous=len(set(values[slot(s)])) > 1,
            unique=len(values[slot(s)]) == 1,
            sole=len(nouns[counted(s)]) == 1,
        )
        for s in statements
    ]


def _mark_sole_acts(events: list[Statement]) -> list[Statement]:
    """Mark the acts that are the only one of their verb an article tells, but
    for its other tellings (each naming an entity it names: a headline "House
    passes gun bill" and its first sentence)."""
    by_verb: dict[str | None, list[Statement]] = {}
    for s in events:
        by_verb.setdefault(s.predicate, []).append(s)

    def named(s: Statement) -> frozenset[str]:
        return frozenset(p for p in s.actors | s.recipients if ENTITY_ID.fullmatch(p))

    return [
        replace(
            s,
            unique=all(named(s) & named(o) for o in by_verb[s.predicate] if o is not s),
        )
        for s in events
    ]


def _claim_statements(index: ArticleIndex) -> list[Statement]:
    """The article's claims; a denial of what another claim of the article
    reports ("X said ..., which Y denied") is kept on that claim."""
    claims, text = index.article.claims, index.article.text
    denials = [c for c in claims if disputing(index.article, c)]
    named_back = {
        id(t): d
        for d in denials
        if (t := claim_denied_back(index.article, index.sentence_of, d))
    }
    found = []
    for claim in claims:
        if claim.stance == "declines":
            continue  # "did not confirm the plans": no proposition either way
        if _only_names(index, claim.content):
            continue  # "endorse House Speaker Paul Ryan": a name, not a proposition
        denial = (
            named_back.get(id(claim))
            or next((d for d in denials if denies(d, claim, text)), None)
            or writers_verdict(index.article, claim)
        )
        if claim.stance == "denies" and any(
            c.content == claim.content and c.stance != "denies" for c in claims
        ):
            continue  # told with the claim it denies
        if relayed(claim, claims, text):
            continue  # "Licht said, according to Stelter": Licht's words
        statement = _claim_statement(index, claim)
        if denial is not None and claim.stance != "denies":
            statement = replace(statement, denial=denial)
        found.append(statement)
    return found


def _only_names(index: ArticleIndex, content: Span) -> bool:
    """True when a claim's content says nothing but who: fewer than two
    content words written in lower case ("House Speaker Paul Ryan"), unless
    it is a quotation of some words ("That's one down, that's 434 more to
    go": short words, no name)."""
    text = index.article.text
    written = WORD.findall(text[content.start : content.end])
    marked = text[max(0, content.start - 2) : content.end]
    if len(written) >= SAME_WORDS_MIN and any(m in marked for m in QUOTE_MARKS):
        return False
    return len(content_words(" ".join(w for w in written if w.islower()))) < (
        MIN_CLAIM_WORDS
    )


def _claim_statement(index: ArticleIndex, claim: Claim) -> Statement:
    article = index.article
    content = article.text[claim.content.start : claim.content.end]
    sentence = index.sentence_of(claim.content.start, claim.content.end)
    quoted = any(mark in content for mark in QUOTE_MARKS) or any(
        mark in article.text[max(0, claim.content.start - 2) : claim.content.start]
        for mark in QUOTE_MARKS
    )
    # the day it was said: the one its sentence names outside what is said
    # ("Kirby said Thursday", "In a statement on Wednesday, TC Energy said")
    day = day_named(article, sentence, outside=claim.content, owned=False)
    before = None if day else index.sentence_before(sentence)
    if before is not None and introduces(article, claim, before):
        day = day_introduced(article, before)
    before = before if day else None
    return Statement(
        article,
        "quote" if quoted else "claim",
        claim.content,
        sentence,
        content,
        when=day[0] if day else None,
        date_text=article.text[day[1].start : day[1].end] if day else None,
        date_span=day[1] if day else None,
        day_sentence=before,
        where=index.places_in(claim.content, in_names=True),
        words=content_words(content),
        entities=index.entities_in(claim.content.start, claim.content.end),
        years=frozenset(YEAR.findall(content)),
        according_to=claim.source_text or claim.according_to,
        stance="denies" if claim.stance == "denies" else "asserts",
        speaker=_speaker(index, claim),
        content=content,
        cue=verb_before(article, claim),
        requested=requested(article.text, claim),
        negations=len(NEGATION.findall(content)),
        conditional=bool(CONDITION.search(content)),
        numbers=frozenset(n.replace(",", "") for n in _NUMBER.findall(content)),
    )


SOURCE_HEAD_END = re.compile(r",|\s(?:of|for|at|from|in|on|who|which|that)\s")
"""Where the head of a source's phrase ends ("A spokesperson for the Trump
Organization", "the mother of the victim")."""
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})


def _speaker(index: ArticleIndex, claim: Claim) -> str | None:
    """Who speaks: the claim's entity id when linked, else the last name word
    of its source's head: the one person of the article with that surname
    ("Sanders himself" -> Bernie Sanders's id), or the word itself ("Sen.
    Chris Murphy" -> "murphy"), else its head noun ("The administration" ->
    "administration", "A spokesperson for the Trump Organization" ->
    "spokesperson"; "some Sanders backers" -> "backers", a name before it
    only qualifying it), never a determiner."""
    article = index.article
    if claim.according_to and ENTITY_ID.fullmatch(claim.according_to):
        return claim.according_to
    if claim.unnamed and not claim.according_to:
        return None  # a source that names no one ("those who say", "No country")
    name = claim.source_text or (
        article.text[claim.source.start : claim.source.end] if claim.source else ""
    )
    head = SOURCE_HEAD_END.split(name, maxsplit=1)[0]
    words: list[str] = [w for w in WORD.findall(head) if w.lower() not in DETERMINERS]
    named = [w for w in words if w[0].isupper()]
    if named and words[-1][0].islower() and words[-1].lower() not in REFLEXIVES:
        return words[-1].lower()  # "some Sanders backers": the backers speak
    if named:
        return index.person_named(named[-1]) or named[-1].lower()
    return words[-1].lower() if words else None


def _party_statements(index: ArticleIndex) -> list[Statement]:
    """A person's party and state written around their name ("Chris Murphy
    (R-CT)", "Abbott, a Republican,", "Thomas Massie of Kentucky", "Texas
    Republican John Cornyn"): see :mod:`.affiliations`."""
    article, found = index.article, []
    for mention in article.mentions:
        if mention.label != "PERSON" or not mention.entity_id:
            continue
        label = read_affiliation(article.text, mention.start, mention.end)
        if label is None:
            continue
        party = PARTIES.get(label.party or "", "")
        found.append(
            Statement(
                article,
                "party",
                Span(min(mention.start, label.start), max(mention.end, label.end)),
                index.sentence_of(mention.start),
                " of ".join(filter(None, (party, label.state))),
                speaker=mention.entity_id,
                party=label.party,
                state=label.state,
                content=article.text[mention.start : mention.end],
            )
        )
    return found


def _office_statements(index: ArticleIndex) -> list[Statement]:
    """A person's office written around their name ("CBO Director Phillip
    Swagel", "Phillip Swagel, the director of the CBO,"): see :mod:`.offices`."""
    article, found, told = index.article, [], set()
    people = sorted(
        (m for m in article.mentions if m.label == "PERSON"), key=lambda m: m.start
    )
    named_before = 0  # where the last name before a mention ends
    for mention in people:
        earliest, named_before = named_before, max(named_before, mention.end)
        if not mention.entity_id:
            continue
        office = read_office(article.text, mention.start, mention.end, earliest)
        if office is None or (mention.entity_id, office.words) in told:
            continue
        told.add((mention.entity_id, office.words))
        span = Span(min(mention.start, office.start), max(mention.end, office.end))
        found.append(
            Statement(
                article,
                "office",
                span,
                index.sentence_of(mention.start),
                " ".join(sorted(office.words)),
                speaker=mention.entity_id,
                office=office.words,
                # the name without the title the mention took in ("Justice X")
                content=article.text[office.name : mention.end],
            )
        )
    return found


def _age_statements(index: ArticleIndex) -> list[Statement]:
    """A person's age ("Gerson Fuentes, 27,", "the 27-year-old immigrant"):
    see :mod:`.ages`. Its value is the age; its speaker the person, when a
    name is written with it; ``unique`` when the article writes that age
    only once."""
    article = index.article
    people = {
        (m.start, m.end): m
        for m in article.mentions
        if m.label == "PERSON" and m.entity_id
    }
    names = sorted(people)
    ages = ages_after_names(article.text, names)
    ages += [
        age
        for age in ages_year_old(article.text, names)
        if not any(a.start <= age.start < a.end for a in ages)
    ]
    told = Counter(age.years for age in ages)
    found = []
    for age in ages:
        person = people[age.name] if age.name else None
        found.append(
            Statement(
                article,
                "age",
                Span(age.start, age.end),
                index.sentence_of(age.start),
                str(age.years),
                speaker=person.entity_id if person else None,
                content=article.text[person.start : person.end] if person else "",
                unique=told[age.years] == 1,
            )
        )
    return found


def _duration_statements(index: ArticleIndex) -> list[Statement]:
    """A length of time stated as a fact ("bans abortion after 15 weeks of
    pregnancy", "a six-week ban"): its TIMEX value, the words of its
    sentence, and whether the article gives that length only once. Vague ones ("for years", "PXY") and a duration that is part of
    a date ("two years ago") are left out."""
    article, found = index.article, []
    lengths = [
        ref
        for ref in article.dates
        if ref.type == "DURATION" and DURATION.fullmatch(ref.value or "")
    ]
    told = Counter(ref.value for ref in lengths)
    for ref in lengths:
        sentence = index.sentence_of(ref.start)
        text = article.text[sentence.start : sentence.end]
        found.append(
            Statement(
                article,
                "duration",
                Span(ref.start, ref.end),
                sentence,
                ref.value,
                words=content_words(text),
                entities=index.entities_in(sentence.start, sentence.end),
                years=frozenset(YEAR.findall(text)),
                unique=told[ref.value] == 1,
            )
        )
    return found


def _passage_statement(
    index: ArticleIndex, sentence: Span, clause: Span | None = None
) -> Statement:
    """A sentence, or one ``clause`` of it, as a statement of its words, dated
    by the one day it names, if one; a clause is read by its common words."""
    article = index.article
    who = who_spoke(article, clause) if clause else None
    span = who or clause or sentence
    text = article.text[span.start : span.end]
    day = day_named(article, span)
    where = index.places_in(span)
    return Statement(
        article,
        "sentence" if clause is None else "clause",
        span,
        sentence,
        text,
        when=day[0] if day else None,
        words=content_words(
            text
            if clause is None
            else common_words(article, span, index.mention_starts)
        ),
        told=content_words(unattributed(article, span))
        if clause is None
        else frozenset(),
        common=content_words(
            common_words(article, span, index.mention_starts, headline=True)
        )
        if clause is None
        else frozenset(),
        entities=index.entities_in(span.start, span.end),
        years=frozenset(YEAR.findall(text)),
        numbers=frozenset(n.replace(",", "") for n in _NUMBER.findall(text)),
        negations=len(NEGATION.findall(text)),
        requested=any(a.start < span.end and span.start < a.end for a in index.asked),
        content=text,
        bare_name=bare_name(article, span),
        who=who is not None,
        asks=asked(article.text, sentence),
        where=where,
        according_to=quoted_by(article, span, text),
    )


def asked(text: str, sentence: Span) -> bool:
    """True for a question the outlet asks in its own words ("Is there too
    much big money in politics?"): it states nothing to corroborate. A quoted
    question is someone's words, told as such ("The account asked: 'Did Joe
    Biden just announce he has cancer?'"), also inside a quotation of several
    sentences ("... In Tulsa, an unarmed man with his hands in the air?")."""
    words = text[sentence.start : sentence.end]
    return words.rstrip().endswith("?") and not quoted(text, sentence.start, words)


def not_yet(statement: Statement) -> bool:
    """True for a status that says "so far": "no charges have been filed yet"."""
    return bool(_NOT_YET.search(statement.sentence_text))
