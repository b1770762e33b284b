"""How a claim stands beyond its cue's own stance: a cue said with "not"
("did not say", "nor did he acknowledge": declined, or denied where English
moves the negation into the content), a verdict that finds something false
("deemed those statements false"), and an "it" that stands for no one
before the writer's own judgement ("It's fair to wonder ...": no claim)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Span
from ...syntax import lemma_of
from .cues import CUE_STANCES, FALSE_WORDS, STANCE_OVERRIDES
from .sources import subtree_span

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
NEG_RAISING = frozenset(
    "think believe expect suppose imagine feel anticipate reckon".split()
)
"""Cues whose negation holds of their content: "did not think the talks would
fail" tells the talks would not fail (the speaker denies it)."""


def negated_stance(stance: str, lemma: str) -> str:
    """The stance of a cue said with "not", "never" or "nor". Not saying is not
    denying: "did not say that the talks had failed", "nor did he acknowledge
    that ...", "never claimed", "did not deny" neither assert nor deny
    (``declines``), save where English moves the negation into the content
    ("did not think that ..."); "did not back the bill" opposes it."""
    if stance == "supports":
        return "opposes"
    if lemma in NEG_RAISING and stance == "asserts":
        return "denies"
    return "declines"


UNSAID_STANCES = frozenset(("asserts", "claims", "reports", "believes"))
"""Stances of cues that, negated with a mere object, say nothing at all: the
claim's stance is then ``declines`` (its speaker neither asserts nor denies)."""


REFUSALS = frozenset({"refuse", "decline"})
"""Verbs of not saying what their infinitive of saying tells ("declined to
comment", "declined to say whether ...", "refused to confirm that ...")."""


def refuses(token: Token) -> bool:
    """True for a verb of refusal (:data:`REFUSALS`) whose infinitive is a
    verb of saying (:data:`.cues.CUE_STANCES`, not one of taking a side):
    a word not said, no proposition of its subject's. Not an act refused
    ("refused to apologize for the membership", "declined to attend"), nor
    a side not taken ("refused to endorse Mr Ryan"), which take a side
    against it and, against an outlet telling it done, are a dispute; nor
    one with an object ("declined the offer")."""
    return lemma_of(token) in REFUSALS and any(
        c.dep_ == "xcomp"
        and lemma_of(c) in CUE_STANCES.keys() - STANCE_OVERRIDES.keys()
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    )


def is_negated(token: Token) -> bool:
    """ "did not say", "never claimed", the second verb of "did not X, nor
    did he acknowledge ..." (the "nor" hangs on the first verb), and a verb
    of saying refused (:func:`refuses`: "declined to say whether ...",
    "refused to confirm that ...")."""
    if token.dep_ == "xcomp" and refuses(token.head):
        return True
    if any(
        c.dep_ in ("neg", "preconj") and (c.lower_ in NEGATORS or c.norm_ in NEGATORS)
        for c in token.children
    ):
        return True
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in ("nor", "neither") and c.i < token.i
        and not any(c.i < t.i < token.i for t in token.head.children
                    if t.dep_ == "conj")
        for c in token.head.children
    )  # fmt: skip


JUDGING_PARTICIPLES = frozenset(
    """telling revealing striking worrying interesting encouraging disturbing
    troubling surprising amazing astonishing concerning reassuring frustrating
    puzzling alarming shocking heartening depressing fascinating""".split()
)
"""Participles that judge what follows ("It is telling that ..."), not a
body's saying ("it is warning that ...")."""


def expletive(source: Token, cue: Token) -> bool:
    """True for an "it" that stands for no one, before the writer's own
    judgement: "It's fair to wonder how ...", "It's safe to say ...", "It may
    feel unfair that ...", "It is telling that ..."; not "It said the plan
    would fail", nor a firm's "it is warning that ..."."""
    if source.lower_ != "it":
        return False
    head = cue.head if cue.dep_ == "xcomp" else cue
    if any(c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" for c in head.children):
        return True
    return cue.lower_ in JUDGING_PARTICIPLES and not any(
        c.dep_ in ("dobj", "dative") for c in cue.children
    )


def judged_false(token: Token) -> Span | None:
    """What a verdict verb finds false, when it does ("deemed those statements
    false", "found her statement inaccurate"): its object, or the subject of
    its adjective; None for any other use, or a verdict negated ("not false")."""
    for adj in token.children:
        if adj.dep_ not in ("oprd", "ccomp", "acomp", "xcomp"):
            continue
        if adj.lemma_.lower() not in FALSE_WORDS or any(
            c.dep_ == "neg" for c in adj.children
        ):
            continue
        what = [c for c in token.children if c.dep_ == "dobj"] or [
            c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")
        ]
        if what:
            return subtree_span(what[0])
    return None
