"""Whom a sentence is about: the person its main clause's subject names.

A "he" or "she" that opens a sentence most often stands for the person the
sentence before was about, whoever spoke last ("... Gingrich said. Clinton
began Sunday with a tweet ... Hours later, she issued a statement"): read by
:mod:`.sources` before the nearest earlier speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...names.vocabulary import given_name, surname_like
from ...records import Span
from ...segment.asides import CREDIT_LINE_CHARS, photo_credit
from ...syntax import doc_text
from .marks import open_quotation

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
HE_OR_SHE = frozenset({"he", "she"})


@dataclass(frozen=True)
class Subject:
    """A sentence (its character span), the person its root's subject names
    and every person named as the subject of one of its verbs, in order."""

    sentence: Span
    name: Span | None
    named: tuple[Span, ...] = ()
    quoted: bool = False  # its main verb stands inside a quotation
    pronoun: str | None = None  # its root's subject, when a "he" or "she"
    bodies: tuple[Span, ...] = ()  # bodies named as the subject of one of its verbs


def person_subjects(doc: Doc) -> list[Subject]:
    """Each sentence of a parsed text with the persons its subjects name: the
    subject itself when it is a name ("Clinton began Sunday"), or a name set
    beside it ("Clinton's chief rival, Sen. Bernie Sanders of Vermont, was
    the only candidate who skipped it"); not a pronoun, a noun or a name of
    no person. Read once and kept on the Doc: claims and acts both ask."""
    kept = doc.user_data.get(_SUBJECTS_KEY)
    if kept is None:
        kept = doc.user_data[_SUBJECTS_KEY] = _person_subjects(doc)
    return list(kept)


_SUBJECTS_KEY = "corroborate.subjects"


def _person_subjects(doc: Doc) -> list[Subject]:
    found = []
    text = doc_text(doc)
    for sent in doc.sents:
        if sent.root.tag_ in ("VBZ", "VBP") and _captions_a_photo(
            text, sent.start_char
        ):
            found.append(Subject(Span(sent.start_char, sent.end_char), None))
            continue  # who a photo shows is not whom the text goes on about
        named = [
            person
            for token in sent
            if token.dep_ in SUBJECT_DEPS and (person := _subject_person(token))
        ]
        if (topic := _topic_person(sent)) is not None:
            named.insert(0, topic)
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
        name = next((p for c in subjects if (p := _subject_person(c))), None)
        pronoun = next((c.lower_ for c in subjects if c.lower_ in HE_OR_SHE), None)
        bodies = [
            body
            for token in sent
            if token.dep_ in SUBJECT_DEPS and (body := _subject_body(token))
        ]
        found.append(
            Subject(
                Span(sent.start_char, sent.end_char),
                name,
                tuple(named),
                _quoted(sent.root),
                pronoun if name is None else None,
                tuple(bodies),
            )
        )
    return found


TOPIC_OPENERS = frozenset({"as for", "as to", "as regards"})
"""Words that open a sentence on the person it goes on to tell of ("As for
Trump, he said he's not worried": the "he" is Trump)."""


def _topic_person(sent: SpacySpan) -> Span | None:
    """The person a sentence opens by naming as its topic (:data:`TOPIC_OPENERS`),
    whom a "he" or "she" after it stands for; None for any other sentence
    ("As a senator, he voted ..." names no one)."""
    if len(sent) < 3 or f"{sent[0].lower_} {sent[1].lower_}" not in TOPIC_OPENERS:
        return None
    topic = next((c for c in sent[1].children if c.dep_ == "pobj"), None)
    return None if topic is None else _subject_person(topic)


def _captions_a_photo(text: str, start: int) -> bool:
    """True for a sentence opening a paragraph right after a photo's credit
    line ("POOL New/Reuters." then "Sanford police officer Timothy Smith
    holds up the gun ..."): a caption the scrape kept in the body, when told
    in the present, as captions are (not "Paul then interjected, ..." after
    "Scott Olson via Getty Images.")."""
    paragraph = text.rfind("\n", 0, start) + 1
    end = paragraph  # the line before, blank lines aside, read in place
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    return (
        0 < len(line) <= CREDIT_LINE_CHARS
        and photo_credit(line) is not None
        and not text[paragraph:start].strip()
    )


def _subject_person(subject: Token) -> Span | None:
    """The person a subject names, itself or by a name beside it; not one
    named inside a quotation (the speaker's words, "'Everybody thought
    Hillary Clinton was unbeatable,' he told Fox News"), nor one told by
    whom a pronoun stands for ("His opponent, Hillary Clinton, won Georgia.
    He told the crowd ..."), nor one of several joined ("Jeb Bush and Ted Cruz
    both floated ...")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "Jeb Bush and Ted Cruz both floated ...": no one "he"
    if _quoted(subject):
        return None
    return _person(subject) or next(
        (p for c in subject.children if c.dep_ == "appos" and (p := _person(c))), None
    )


BODY_NOUNS = frozenset(
    """administration government agency department ministry committee commission
    council board court company firm group campaign party organization union
    association coalition office bureau service network newspaper""".split()
)
"""Nouns of a body that can speak as "it" ("The campaign committee for House
Republicans unleashed an attack ... Older Americans, it said, ...")."""


def _subject_body(subject: Token) -> Span | None:
    """The body a subject names: an organisation's name, or a noun of a body
    (:data:`BODY_NOUNS`) with its words; not one inside a quotation."""
    if _quoted(subject) or any(c.dep_ == "conj" for c in subject.children):
        return None
    if subject.ent_type_ != "ORG" and subject.lemma_.lower() not in BODY_NOUNS:
        return None
    clauses = {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos")
               for t in c.subtree}  # fmt: skip
    words = [t for t in subject.subtree if t.i not in clauses and not t.is_punct]
    return Span(words[0].idx, words[-1].idx + len(words[-1].text))


def _named_before_in_sentence(
    subjects: Sequence[Subject],
    at: int,
    names: Callable[[Subject], tuple[Span, ...]],
) -> tuple[int, tuple[Span, Span] | None]:
    """The index of the sentence holding character ``at`` (-1 for none) and
    the last of its ``names`` (persons or bodies named as subjects) before
    ``at``, with the sentence."""
    k = bisect.bisect_right(subjects, at, key=lambda s: s.sentence.start) - 1
    if k < 0:
        return k, None
    named = [n for n in names(subjects[k]) if n.end <= at]
    return k, ((named[-1], subjects[k].sentence) if named else None)


def body_before(subjects: Sequence[Subject], at: int) -> tuple[Span, Span] | None:
    """The body an "it" at character ``at`` most likely stands for, with the
    sentence that names it: one named as a subject before it in its own
    sentence ("As the Trump administration struggles ..., it has shown ..."),
    else the one the sentence before is about, when its own subject is no
    name of a person or body."""
    k, found = _named_before_in_sentence(subjects, at, lambda s: s.bodies)
    if found is not None or k < 1 or subjects[k].name is not None:
        return found
    before = subjects[k - 1]
    return (before.bodies[-1], before.sentence) if before.bodies else None


def _quoted(token: Token) -> bool:
    """True for a word inside a quotation opened before it in its paragraph."""
    return open_quotation(doc_text(token.doc), token.idx)


def _person(token: Token) -> Span | None:
    """The person's name a token is the head of, if it is one: tagged so, or
    a lone name the tagger missed here but tags as a person's elsewhere in
    the text (a paragraph opening "Rubio disagreed." after a quotation;
    "Sanders appeared to dismiss ...", the surname tagged as a common noun
    at the sentence's start)."""
    if token.ent_type_ != "PERSON":
        if (
            (token.ent_type_ and not _alone(token))
            or token.pos_ not in ("PROPN", "NOUN")
            or not token.text[:1].isupper()
            or token.text not in _surnames(token.doc)
        ):
            return None
        if any(c.dep_ == "compound" for c in token.children):
            return None
        return Span(token.idx, token.idx + len(token.text))
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.root.i != token.i:
        return None  # "Clinton's" in "Clinton's chief rival": not the subject
    return Span(entity.start_char, entity.end_char)


def _surnames(doc: Doc) -> frozenset[str]:
    """The last words of the full names (two words or more) the tagger reads
    as persons' in a text, but for words it reads as something else
    somewhere: "Facebook", tagged a person's name alone, is no surname. A
    word tagged alone as something else is still the surname of a full name
    that starts with a given name ("Bernie Sanders", then "Sanders" read as
    an organisation eight times), unless it names an institution or a party."""
    kept = doc.user_data.get(_SURNAMES_KEY)
    if kept is None:
        others = [e for e in doc.ents if e.label_ != "PERSON"]
        within = {t.text for e in others if len(e) > 1 for t in e}
        alone = {e.text for e in others if len(e) == 1}
        people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        given = {
            e[-1].text
            for e in people
            if given_name(e[0].text) and surname_like(e[-1].lower_)
        }
        full = {e[-1].text for e in people}
        kept = frozenset((full - alone | given) - within)
        doc.user_data[_SURNAMES_KEY] = kept
    return kept


def _alone(token: Token) -> bool:
    """True for a token that is an entity of one word."""
    return token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )


_SURNAMES_KEY = "corroborate.surnames"


def subject_before(
    subjects: Sequence[Subject], at: int, pronoun: str | None = None
) -> tuple[Span, Span] | None:
    """The person a "he" or "she" at character ``at`` most likely stands for,
    with the sentence that names them: one named as a subject before it in
    its own sentence ("When President Biden took office, he vowed"); else,
    when its sentence's own subject names no one (a pronoun, as "he" gave a
    speech), the person the sentence before is about, past the sentences of
    a quotation between them (up to ``QUOTED_SENTENCES``: "Clinton began
    Sunday with a tweet. 'Woke up to ... . As we wait ..., my thoughts are
    with those affected.' Hours later, she issued a statement") and, for
    ``pronoun``, past sentences whose subject is that pronoun too (up to
    ``PRONOUN_SENTENCES``: "Clinton appeared to have the most to gain. She
    skirted the opening question. She also maneuvered around ... . '...,'
    she said": all Clinton)."""
    k, found = _named_before_in_sentence(subjects, at, lambda s: s.named)
    if found is not None or k < 0 or subjects[k].name is not None:
        return found
    quoted = chained = 0
    for before in (subjects[i] for i in range(k - 1, -1, -1)):
        if before.quoted:
            if quoted == QUOTED_SENTENCES:
                return None
            quoted += 1
        elif before.name is not None:
            return before.name, before.sentence
        elif pronoun and before.pronoun == pronoun and chained < PRONOUN_SENTENCES:
            chained += 1
        else:
            return None
    return None


QUOTED_SENTENCES = 3
"""Sentences of a quotation a pronoun looks past for the sentence before."""
PRONOUN_SENTENCES = 3
"""Sentences with the same "he" or "she" for subject a pronoun looks past."""
