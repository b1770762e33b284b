"""Quotations a noun of saying introduces with a colon, with no verb of
saying: "Jindal's other big applause line at the summit: “That's one down
...”", "Trump's response: “...”", "Her message to voters: “...”". The words
are the possessor's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Claim, Span
from ...syntax import doc_text, lemma_of
from .marks import DOUBLE_OPENERS, MAX_QUOTE_CHARS, closing_mark
from .sources import MESSAGES, subtree_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SAYING_NOUNS = MESSAGES | frozenset(
    """line answer retort quip words verdict advice plea pitch reaction
    explanation excuse defense defence rebuttal riposte refrain mantra slogan
    question""".split()
)
"""Nouns of what someone says (:data:`.sources.MESSAGES` and more: "applause
line", "retort", "advice") that may introduce their words after a colon."""
SENTENCE_ENDS = frozenset(".!?")
"""Marks that end the sentence before a phrase that opens its own."""


def introduced_quotes(sdoc: Doc, extractor: str) -> list[Claim]:
    """The quotations that a possessed noun of saying opening its sentence
    introduces with a colon (:func:`_introduced`): its possessor's words, the
    noun their cue."""
    found = []
    for token in sdoc:
        claim = _introduced(token, extractor)
        if claim is not None:
            found.append(claim)
    return found


def _introduced(noun: Token, extractor: str) -> Claim | None:
    """The claim of a noun of saying (:data:`SAYING_NOUNS`) with a possessor
    ("Trump's", "her"), whose phrase opens a sentence and runs up to a colon
    that a quotation follows ("Her message to voters: “Get out and
    vote.”"); None for any other token, or when the colon introduces no
    quotation ("Trump's response: he doubled down")."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in SAYING_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not _opens_a_sentence(owner.left_edge):
        return None
    doc = noun.doc
    phrase = {t.i for t in noun.subtree}
    colon = noun.i + 1  # the noun's own words up to it ("to voters")
    while colon < len(doc) and colon in phrase and doc[colon].text != ":":
        colon += 1
    if colon >= len(doc) or doc[colon].text != ":":
        return None  # "Trump's response was swift: ...": a clause of its own
    quotation = _quotation_after(doc_text(doc), doc[colon].idx + 1)
    if quotation is None:
        return None
    return Claim(cue=Span(noun.idx, noun.idx + len(noun.text)), content=quotation,
                 extractor=extractor, source=subtree_span(owner),
                 stance="asserts", confidence=0.6)  # fmt: skip


def _opens_a_sentence(token: Token) -> bool:
    """True for the first word of a text, a paragraph or a sentence (after a
    full stop, a question or exclamation mark)."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in SENTENCE_ENDS


def _quotation_after(text: str, start: int) -> Span | None:
    """The quotation opening right after ``start`` (spaces aside), to its
    closing mark, on its line; None when none opens there."""
    begin = start + len(text[start:]) - len(text[start:].lstrip(" \t"))
    if begin >= len(text) or text[begin] not in DOUBLE_OPENERS:
        return None
    close = closing_mark(text, begin)
    if close < 0 or close - begin > MAX_QUOTE_CHARS or "\n" in text[begin:close]:
        return None
    return Span(begin, close + 1)
