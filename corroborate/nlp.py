"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import MODEL_PACKAGE, TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

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
    paragraphs = _register(PARAGRAPHS_NAME, _paragraph_starts)
    if "parser" in nlp.pipe_names and paragraphs not in nlp.pipe_names:
        nlp.add_pipe(paragraphs, before="parser")
    nlp.add_pipe(_register(APOSTROPHES_NAME, _straight_apostrophes), first=True)
    if isinstance(nlp.tokenizer, Tokenizer):
        for clitic, norm in DETACHED_CLITICS.items():
            for written in (clitic, clitic.upper()):
                nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: norm}])
    return nlp


NEVER_FIRST = frozenset({")", "]", ",", ";", ":"})
"""Tokens no sentence starts with."""


def _paragraph_starts(doc: Doc) -> Doc:
    """A word after a blank line starts a sentence: the parser otherwise
    reads a headline without a full stop and the first sentence under it as
    one ("Senate debates levy / Reyes said ..." made "debates" what Reyes
    said). A single line break may wrap a sentence and is left to the parser.
    A closing bracket, a comma or a colon never starts one, nor does a lower
    case word right after a full stop: in tokenised text an abbreviation's
    point stands alone ("Richard Shelby ( R - Ala . ) , who met with Trump"
    was cut after "Ala .", leaving "who met with Trump" a sentence of its own).
    A dateline opening a line (:data:`DATELINE`) is a sentence of its own.
    A blank line after a title's abbreviation starts none ("said Sen.\n\nEd
    Markey": scraped text broken at the abbreviation's point)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            # not after a title ("said Sen.\n\nEd Markey": a break of the scrape)
            token.is_sent_start = not _title(doc[token.i - 2]) if token.i > 1 else True
        elif token.text in NEVER_FIRST or (
            before.text == "." and token.text[:1].islower()
        ):
            token.is_sent_start = False
    for first, after in _shouted_headlines(doc):
        # a headline in capitals scraped into a paragraph ("... asylum in the
        # U.S . HOUSE REPUBLICANS URGE BIDEN ADMIN TO ... Murad Awawdeh ,
        # executive director ..., accused"): a sentence of its own
        doc[first].is_sent_start = True
        for token in doc[first + 1 : after]:
            token.is_sent_start = False
        if after < len(doc) and doc[after].text not in NEVER_FIRST:
            doc[after].is_sent_start = True
    for found in DATELINE.finditer(doc.text):
        # the lead starts after its dateline ("LOUISVILLE , Ky. — Donald J.
        # Trump accused ...": the town is no part of who accused)
        dateline = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if dateline is None or dateline.end >= len(doc):
            continue
        for token in dateline[1:]:
            token.is_sent_start = False
        doc[dateline.end].is_sent_start = True
    return doc


HEADLINE_WORDS = 4
"""Words in capitals, one after another, that make a headline: fewer are
names and acronyms ("the U.S. and NATO", "WASHINGTON (AP)")."""


def _shouted_headlines(doc: Doc) -> list[tuple[int, int]]:
    """(first token, token after) of each run of :data:`HEADLINE_WORDS` or
    more words written in capitals, with the marks between them, that a
    paragraph's words go on after: a headline of a link the scrape kept."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _shouted(doc[i]):
            i += 1
            continue
        end, words = i, 0
        for token in doc[i:]:
            if _shouted(token):
                words += 1
                end = token.i + 1
            elif not (token.is_punct and token.text not in ".?!") or token.is_space:
                break
        if words >= HEADLINE_WORDS and end < len(doc) and doc[end].text[:1].isupper():
            runs.append((i, end))
        i = max(end, i + 1)
    return runs


def _shouted(token: Token) -> bool:
    """True for a word of two or more letters all in capitals."""
    return len(token.text) > 1 and token.is_alpha and token.text.isupper()


def _title(token: Token) -> bool:
    """True for a title's abbreviation ("Sen.", "Gov.")."""
    return token.text.endswith(".") and token.lower_[:-1] in TITLE_ABBREVIATIONS


DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\u2019-]{2,}(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3}"
    r"(?:[ \t]*,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?){0,2}"
    r"(?:[ \t]*\([ \t]*[A-Za-z. ]{2,20}[ \t]*\))?[ \t]*(?:\u2014|--|\u2013)[ \t]*(?=\S)",
    re.MULTILINE,
)
"""A dateline opening a line: a town in capitals, its state or country and
an agency, then a dash ("WASHINGTON (AP) —", "LOUISVILLE , Ky. —")."""


CURLY_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
"""Curly single quotes and apostrophes, and the straight one the model knows."""


def _straight_apostrophes(doc: Doc) -> Doc:
    """A word written with a curly apostrophe reads to the model as its
    straight twin: the model's features of a word (its norm, first letter,
    last letters and shape) are the twin's. Trained mostly on straight
    apostrophes, the model otherwise parses "three of California \u2019s
    so-called sanctuary laws" as three of California, where "California 's"
    gives three of the laws. Only the features change: the text, the
    offsets and every token's text stay as written. The change is made to
    the word's entry in the vocabulary, the same for every document."""
    vocab = doc.vocab
    for token in doc:
        if "\u2019" not in token.text and "\u2018" not in token.text:
            continue
        lex, twin = token.lex, vocab[token.text.translate(CURLY_APOSTROPHES)]
        if lex.shape != twin.shape or lex.norm != twin.norm:
            lex.norm_ = twin.norm_
            lex.prefix_ = twin.prefix_
            lex.suffix_ = twin.suffix_
            lex.shape_ = twin.shape_
    return doc


def _register(name: str, func: Callable[[Doc], Doc]) -> str:
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
    return name


PARAGRAPHS_NAME = "corroborate_paragraphs"
APOSTROPHES_NAME = "corroborate_apostrophes"
