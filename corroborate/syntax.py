"""Reading a parsed spaCy Doc: its text joined once, the words a token hangs
on, and a clause the parser took for a complement. Loading the pipeline that
makes the Docs is :mod:`.nlp`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept on the Doc: spaCy's ``Doc.text`` joins
    every token again on each call, which made per-token checks quadratic."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "corroborate.text"


def climb(token: Token, steps: int) -> Iterator[Token]:
    """``token``, then the words it hangs on, up to ``steps`` links up (fewer at
    the root of its sentence)."""
    yield token
    for _ in range(steps):
        if token.head.i == token.i:
            return
        token = token.head
        yield token


ADDRESSEE_VERBS = frozenset(
    "tell warn inform assure remind convince persuade notify advise ask urge "
    "promise show teach".split()
)
"""Verbs whose object is the one told: after "told reporters", "that was
false" is what was told, not a clause about the reporters."""


def object_relative_clause(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, parsed as a clausal complement of ``verb``, is in
    fact a relative clause of the verb's object: its subject is the relative
    pronoun that opens it, after a direct object ("signed legislation Tuesday
    that will ban minors", "approved a measure which requires"). "Which" and
    "who" are always relative there; "that" only after an object that is not
    the one told ("told reporters that was false" reports). A clause a
    "that" or "which" opens as its object is one of the noun before it,
    whatever the parser says ("campaigned in the state that she won"),
    unless that noun is the one told ("told the senator that he drove from
    Chicago": the parser makes that "that" an object too)."""
    first = clause.left_edge
    before = clause.doc[first.i - 1] if first.i > 0 else None
    if (
        first.lower_ in ("that", "which")
        and first.dep_ == "dobj"
        and first.head.i == clause.i
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.dep_ not in ("dobj", "dative")
    ):
        return True
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].i != clause.left_edge.i:
        return False
    pronoun = subjects[0].lower_
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    if pronoun in ("which", "who"):
        return bool(objects)
    return (
        pronoun == "that"
        and bool(objects)
        and verb.lemma_.lower() not in ADDRESSEE_VERBS
        and objects[0].pos_ != "PRON"
    )


def token_span(token: Token) -> Span:
    """The character span of one token."""
    return Span(token.idx, token.idx + len(token.text))


CLITIC_LEMMAS = {"\u2019s": "be", "\u2019re": "be", "\u2019m": "be", "\u2019ve": "have",
                 "\u2019ll": "will", "\u2019d": "would"}  # fmt: skip
"""Lemmas of verbs written as clitics with a curly apostrophe ("it\u2019s $5.94
a gallon"), which the lemmatizer leaves as written."""


def lemma_of(token: Token) -> str:
    """A word's lemma, lower case, mended where the tagger errs ("hope" for
    "hopes", which it reads "hop"; "be" for the verb "\u2019s")."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and token.lower_.startswith(("hope", "hoping")):
        return "hope"
    if token.pos_ in ("VERB", "AUX") and token.lower_ in CLITIC_LEMMAS:
        return CLITIC_LEMMAS[token.lower_]
    return lemma


FINITE_TAGS = frozenset({"MD", "VBD", "VBP", "VBZ"})
"""Tags of a verb that carries its own tense (or the modal that does)."""
MODIFIER_CLIMB = 6
"""Links a verb may lie below the participle that modifies a subject noun."""


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects; but for a finite verb the parser hung inside the
    participle phrase of a sentence whose root it made a noun ("The three
    officers accused of helping Smith will stand trial": "Smith will stand"),
    that noun, the sentence's subject: a phrase that modifies a noun
    ("accused of helping Smith") takes no verb with a tense of its own, and a
    sentence has one, so the name at the phrase's end is its object."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    root = verb.sent.root
    finite = verb.tag_ in FINITE_TAGS or any(
        c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children
    )
    if not subjects or not finite or root.pos_ not in ("NOUN", "PROPN"):
        return subjects
    path = list(climb(verb, MODIFIER_CLIMB))
    below = next((t for t in path if t.head.i == root.i and t.i != root.i), None)
    if below is None or below.dep_ != "acl":
        return subjects
    return [root]
