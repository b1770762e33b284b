"""Acts (``acts.deps.v1``): who did what to whom, for the verbs the PLOVER
lexicon leaves out ("The Senate passed the bill on Thursday", "Krasner was
impeached Wednesday by the House"). PLOVER types what states do to each other;
a beat's central facts are as often a legislature passing a bill, a candidate
winning a caucus, a company ending a project. Corroboration lines these up
across outlets by verb, named actor, object and date (``facts.statements``).

An act is kept only when a name (a person, organisation or place mention)
or a definite institution ("the state senate", "the court": outlets that
write bodies in lower case name them so) stands in its actor: "lawmakers
hoped" or "it said" tell no one in particular;
or, told in the passive with no one doing it, in what it is done to
("Krasner, who was reelected last year", "The NDAA was passed earlier this
month": one outlet names the doer, the other leaves it out); and not inside
a quotation, where the quote is what is told. An actor "he"
or "she" is the last person named before it, in its sentence or the one
before ("Trump vetoed the bill. He issued his first veto in March.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Act, Article, Span
from ...registry import ExtractFn, extractor
from ...scopes import INSTITUTION_LAST_WORDS
from ...syntax import object_relative_clause, subjects_of
from ..claims.cues import SPEECH_VERBS
from ..claims.marks import open_quotation
from ..claims.subjects import Subject, person_subjects, subject_before
from .circumstances import date_of, line_sentence
from .modality import told_modality
from .phrases import gap_object, np_spans, verb_span
from .whereabouts import place_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME = "acts.deps.v1"
LIGHT_VERBS = frozenset(
    """be have do make take get go come give put keep let seem become say tell
    know think see look want need try use include add call feel find mean
    begin start continue remain stay hold""".split()
)
"""Verbs that say little by themselves ("made a decision", "took a vote"):
their noun carries the act, and PLOVER's noun lexicon or the clauses read it."""
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
OBJECT_LABELS = NAMED_LABELS | {"LAW"}
"""What a passive act with no doer may be done to: a name, or a bill's ("The
NDAA was passed")."""
FRAMED_DEPS = frozenset({"xcomp", "oprd", "ccomp", "acomp"})
"""Links from a passive verb to the verb or complement it frames ("is set to
sign", "was considered a candidate"): that is the act, not the passive."""
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})
OBLIQUE_DEPS = frozenset({"pobj"})
"""A person named in a prepositional phrase ("with Clinton") is the least
likely one a later "he" stands for."""
INHERITS_SUBJECT = frozenset({"xcomp", "conj"})
"""A verb with no subject of its own takes its head's ("the House voted
Wednesday to impeach him", "passed the bill and sent it to the House")."""
OWNED_ACT_NOUNS = frozenset("decision move vote plan choice".split())
"""Nouns whose infinitive is their owner's act ("Sessions's decision to sue
California", "the House's vote to repeal the law"): the owner is its actor
(how it is told, decided or planned, is :func:`.modality.modality_of`'s)."""


@extractor(NAME, assigns=("acts",), requires=("mentions", "dates", "events"))
def make_act_extractor() -> ExtractFn:
    """Find acts by named actors that no PLOVER event already tells.

    Returns:
        An extractor appending ``Act`` records to ``article.acts``.
    """

    def extract(article: Article, sdoc: Doc) -> None:
        triggers = {e.trigger.start for e in article.events if e.trigger}
        subjects = person_subjects(sdoc)
        for token in sdoc:
            if token.pos_ == "VERB" and token.idx not in triggers:
                act = _act_at(article, token, subjects)
                if act is not None:
                    article.acts.append(act)

    return extract


def _act_at(article: Article, token: Token, subjects: list[Subject]) -> Act | None:
    """The act told by the verb ``token``, or None."""
    lemma = token.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in SPEECH_VERBS or token.dep_ in ("amod", "aux"):
        return None
    if any(
        c.dep_ == "ccomp" and not object_relative_clause(token, c)
        for c in token.children
    ):
        return None  # a reporting verb: a claim, not an act
    sent = line_sentence(token)
    if open_quotation(article.text, token.idx):
        return None  # someone's words: the quote is the fact (claims.rules.v1)
    actors, objects = _roles(token)
    actors = [_antecedent(article, token, span, subjects) or span for span in actors]
    named_doer = any(
        _named(article, span) or _institution(article, span) for span in actors
    )
    done_to_a_name = (
        not actors
        and _passive(token)
        and any(_named(article, span, OBJECT_LABELS) for span in objects)
    )
    if not (named_doer or done_to_a_name):
        return None
    date, date_span = date_of(article, token, sent)
    return Act(
        evidence=sent, trigger=verb_span(token), predicate=lemma, extractor=NAME,
        actors=actors, objects=objects, date=date, date_span=date_span,
        modality=told_modality(article, token, sent, date),
        place=place_of(article, token, sent, actors + objects),
    )  # fmt: skip


def _roles(token: Token) -> tuple[list[Span], list[Span]]:
    """Actor and object noun phrases, the passive read as the active ("was
    impeached by the House": the House the actor, the impeached the object)."""
    subjects = subjects_of(token)
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    agents = [
        o
        for c in token.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    objects = [c for c in token.children if c.dep_ == "dobj"] + passive
    objects = objects or gap_object(token)  # "the sanctions Obama imposed"
    head = token
    while not subjects and not agents and head.dep_ in INHERITS_SUBJECT:
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and not agents and _owned_infinitive(token):
        subjects = [c for c in token.head.children if c.dep_ == "poss"]
    return np_spans(subjects + agents, token), np_spans(objects, token)


def _owned_infinitive(token: Token) -> bool:
    """True for the infinitive of a noun of :data:`OWNED_ACT_NOUNS` ("his
    decision to file a lawsuit")."""
    return (
        token.dep_ == "acl"
        and token.head.lemma_.lower() in OWNED_ACT_NOUNS
        and any(c.tag_ == "TO" for c in token.children)
    )


def _as_named(article: Article, person: Span) -> Span:
    """A person's name where the tagger named it: the span itself, or, for a
    name it missed there (:func:`.subjects.subject_before` reads those too),
    the last mention before it that ends with the same word."""
    word = article.text[person.start : person.end].split()[-1]
    named = [m for m in article.mentions if m.label == "PERSON"
             and m.end <= person.end and article.span_text(m).split()[-1:] == [word]]  # fmt: skip
    if not named or (named[-1].start, named[-1].end) == (person.start, person.end):
        return person
    return Span(named[-1].start, named[-1].end)


def _antecedent(
    article: Article, token: Token, span: Span, subjects: list[Subject]
) -> Span | None:
    """The person an actor "he" or "she" (or an owner "his" or "her")
    stands for: the last person named before it in its sentence or the one
    before, passing over those named in
    a prepositional phrase when another is named ("even if Sanders split
    delegates with Clinton, he would need ...": Sanders; "Trump mocked Marco
    Rubio because he did not win": Rubio); but a "he" or "she" its own
    sentence names no one before first stands for the person the sentences
    before are about (:func:`.subjects.subject_before`: "Ginsburg criticized
    Trump. She joked about moving if Trump is elected. She escalated ...":
    Ginsburg, twice). None for any other actor."""
    pronoun = article.text[span.start : span.end].lower()
    if pronoun not in PERSON_PRONOUNS:
        return None
    doc, sent = token.doc, token.sent
    own = any(m.label == "PERSON" and sent.start_char <= m.start < span.start
              for m in article.mentions)  # fmt: skip
    if pronoun in ("he", "she") and not own:
        about = subject_before(subjects, span.start, pronoun)
        if about is not None:
            return _as_named(article, about[0])
        if _chained(subjects, sent.start_char, pronoun):
            return None  # a chain of "she" whose start names no one
    first = doc[sent.start - 1].sent.start_char if sent.start else 0
    named = [
        m
        for m in article.mentions
        if m.label == "PERSON" and first <= m.start and m.end <= span.start
    ]
    salient = [
        m
        for m in named
        if (words := doc.char_span(m.start, m.end, alignment_mode="expand")) is None
        or words.root.dep_ not in OBLIQUE_DEPS
    ]
    chosen = (salient or named)[-1:]
    return Span(chosen[0].start, chosen[0].end) if chosen else None


def _chained(subjects: list[Subject], start: int, pronoun: str) -> bool:
    """True when the sentence before the one starting at ``start`` has that
    same pronoun for its subject."""
    before = [s for s in subjects if s.sentence.end <= start]
    return bool(before) and before[-1].pronoun == pronoun


def _named(article: Article, span: Span, labels: frozenset[str] = NAMED_LABELS) -> bool:
    """True when a name mention (of one of ``labels``) lies inside the span."""
    return any(
        m.label in labels and span.start <= m.start and m.end <= span.end
        for m in article.mentions
    )


def _institution(article: Article, span: Span) -> bool:
    """True for an institution told by its kind ("the state senate", "the
    house", "the appeals court"): one body of the story, as a name is."""
    words = article.text[span.start : span.end].lower().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in INSTITUTION_LAST_WORDS


def _passive(token: Token) -> bool:
    """True when the verb is told in the passive ("was reelected"), and not as
    what frames another verb ("is set to sign", "is expected to pass",
    "was considered a candidate": that verb is the act)."""
    deps = {c.dep_ for c in token.children}
    return "auxpass" in deps and not deps & FRAMED_DEPS
