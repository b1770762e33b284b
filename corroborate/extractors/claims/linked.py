"""Which claim a quantity is told in: the number inside a claim's content
is its speaker's ("the bill would cost $3.5 trillion, the senator said"),
unless the claim's cue is an act taken on it ("voted against the $732 billion
bill") or its speaker denies or does not say it, and the one who tells it
comes before one who only takes a stance in it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import Article, Claim, Quantity
from ...syntax import lemma_of
from .cues import CUE_STANCES, MODEL_STANCES, NOUN_CUES
from .marks import QUOTE_MARKS
from .stance import REFUSALS

if TYPE_CHECKING:
    from spacy.tokens import Doc

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
UNTOLD = frozenset({"denies", "declines"})
"""Stances of claims whose speaker does not tell the numbers in them: a
denial ("denied that 300 jobs would go"), or what is refused or left unsaid
("refused to pay the $5,000 fine", "did not confirm the $2 billion plan")."""


def _acts(sdoc: Doc, claims: list[Claim]) -> set[int]:
    """The claims whose cue is a verb or noun the cue model found that reports
    no words and whose content is the thing it acts on ("who voted against
    the $732 billion bill", "the lone vote against the measure, which passed
    4-1"), and refusals ("refused to pay the $5,000 fine"): a stance taken by
    an act, its object in the reporter's words."""
    tokens = {t.idx: t for t in sdoc}
    reporting = CUE_STANCES.keys() | MODEL_STANCES.keys() | NOUN_CUES.keys()
    acts = set()
    for i, claim in enumerate(claims):
        cue = tokens.get(claim.cue.start)
        if cue is not None and lemma_of(cue) in REFUSALS:
            acts.add(i)
            continue
        if (
            cue is None
            or cue.pos_ not in ("VERB", "NOUN")
            or lemma_of(cue) in reporting
        ):
            continue
        content = sdoc.char_span(
            claim.content.start, claim.content.end, alignment_mode="expand"
        )
        if content is None:
            continue
        roots = [t for t in content if not content.start <= t.head.i < content.end]
        if roots and all(t.pos_ in NOMINAL for t in roots):
            acts.add(i)
    return acts


_QUOTE_MARK = "[" + re.escape("".join(QUOTE_MARKS)) + "]"
_SPEECH_CUE = re.compile(
    _QUOTE_MARK + r"|(?i:(?:according|sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|"
    r"report(?:s|ed|ing)?|stat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|"
    r"estimat(?:e|es|ed|ing))\b)"
)
"""A cue that tells who says something (a verb of saying, "according to", a
quotation's mark), not only what stance they take."""


def link_quantities(article: Article, sdoc: Doc) -> None:
    """Point quantities inside a claim's content at that claim (``claim:<i>``),
    unless its cue is an act (:func:`_acts`) or its stance one of
    :data:`UNTOLD`: the reporter's numbers, not the actor's words. Of two claims holding one, the one a :data:`_SPEECH_CUE`
    tells comes first."""
    acts = _acts(sdoc, article.claims)
    linked: list[Quantity] = []
    for quantity in article.quantities:
        holding = [i for i, c in enumerate(article.claims)
                   if c.content.start <= quantity.start and quantity.end <= c.content.end
                   and c.stance not in UNTOLD and i not in acts]  # fmt: skip
        # the one who tells it before one who only takes a stance in it
        # ("Democrats also agreed to a request ... to include billions of
        # dollars ..., according to officials briefed on the plan")
        told = [
            i
            for i in holding
            if _SPEECH_CUE.match(article.span_text(article.claims[i].cue))
        ]
        chosen = told or holding
        if chosen and quantity.linked_to is None:
            quantity = replace(quantity, linked_to=f"claim:{chosen[0]}")
        linked.append(quantity)
    article.quantities[:] = linked
