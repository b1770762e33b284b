"""Acts an actor threatens, vows, pledges or promises to do, or asks for.

"Obama's threat to veto the measure", "a veto threat from President Obama",
"his promise to veto it" and "he will veto both bills" tell one proposition:
a veto announced. None of them tells a veto done: "Trump threatened to veto
the bill" is not "Trump vetoed the bill", and a story that tells both has
two facts. A threatened act is the act threatened (its verb's stem) with the
modality ``"threatened"``, which aligns with acts to come (future, expected)
and never with the act told done (:func:`.compatible.match`). An act a
claim asks for ("urging the president to declare a climate emergency") is
what was asked, which no telling that it may or will come matches
(:func:`requested`, :func:`foretold`).
"""

from __future__ import annotations

import functools
import re

from ..lexicon import REQUEST_HEADS, lemmas
from ..records import Claim, Span
from .words import WORD, act_stem

_INTENT = (
    r"(?:threat(?:s|en(?:s|ed|ing)?)?|vow(?:s|ed|ing)?|"
    r"pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))"
)
"""A word of threat, vow, pledge or promise, as a noun or a verb."""
_INTENT_TO = rf"\b{_INTENT}(?:\s+[\w.]+){{0,2}}\s+to"
"""A threat, vow, pledge or promise and its "to", a day or two words between
("threatened on Monday to")."""
_INTENDED = re.compile(rf"{_INTENT_TO}\s*$", re.IGNORECASE)
_KEPT = re.compile(
    r"\b(?:kept|keeps?|keeping|fulfill?(?:s|ed|ing)?|broke|broken|breaks?|breaking|"
    r"good\s+on|delivered\s+on|delivers?\s+on|honou?r(?:s|ed|ing)?)\s+"
    r"(?:(?:his|her|their|its|our|my|your|a|an|the|that|this)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""Words before a promise or threat that tell it kept or broken ("he's kept
his promise to lower premiums"): the act is told done, or not, no more to
come."""
TOLD_THREAT = re.compile(rf"\b{_INTENT}\s+to\s+\w|\b[a-z]+\s+threats?\b", re.IGNORECASE)
"""A phrase that tells the threat with its act ("his promise to veto it", "a
veto threat"), which "Trump threatened" or "shoot down more aircraft" do not."""
_THREATENS = re.compile(rf"{_INTENT_TO}\s+[a-z]", re.IGNORECASE)
_INTENT_WORD = re.compile(_INTENT, re.IGNORECASE)


def announced(before: str) -> bool:
    """Whether the words before a verb make it an act announced ("threatened
    to", "his promise to", "vowed on Monday to"; not "kept his promise to")."""
    found = _INTENDED.search(before)
    return found is not None and not _KEPT.search(before, 0, found.start())


@functools.lru_cache(maxsize=16384)
def threatens(text: str) -> bool:
    """Whether a passage tells an act threatened, vowed or promised ("Cole
    threatened to veto the plan"): such a passage is no other's telling of
    the act done ("Cole vetoed the plan"), unless the promise is told kept
    or is a thing's (:data:`_OF_A_THING`)."""
    return any(
        not _KEPT.search(text, 0, found.start())
        and not _OF_A_THING.search(text, 0, found.start())
        for found in _THREATENS.finditer(text)
    )


_OF_A_THING = re.compile(r"\b(?:that|which)\s+$", re.IGNORECASE)
"""A relative pronoun right before a promise or threat: a thing's, figurative
("an executive order that promises to halt family separation", "a bill
which threatens to derail the talks"), not someone's intent ("who vowed
to")."""


_VERB_AFTER = re.compile(r"\s+to\s+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def threatened_act(text: str, trigger: Span) -> str | None:
    """The stem of the act a threat, vow, pledge or promise names, when the
    trigger is such a word: the verb after "to" ("threat to veto the
    measure") or the verb that names it ("a veto threat", "bomb threats"; a
    word the lemmatizer knows as a verb and not as an adjective: "a direct
    threat" names no act). None otherwise ("the threat", "a threat to
    democracy")."""
    words = text[trigger.start : trigger.end].split()
    if not words or not _INTENT_WORD.fullmatch(words[-1]):
        return None
    if _KEPT.search(text, max(0, trigger.start - 40), trigger.start):
        return None  # "kept his promise to lower premiums"
    verbs = lemmas("verb")
    after = _VERB_AFTER.match(text, trigger.end)
    if after and after.group(1) in verbs:
        return act_stem(after.group(1))
    before = _WORD_BEFORE.search(text, max(0, trigger.start - 30), trigger.start)
    if (
        before
        and words[-1].lower().startswith("threat")
        and before.group(1) in verbs
        and before.group(1) not in lemmas("adj")
    ):
        return act_stem(before.group(1))
    return None


@functools.cache
def _asking() -> frozenset[str]:
    """Stems of the cues that may ask for an act (read on first use: stems
    need the lemmatizer's tables)."""
    return frozenset(act_stem(verb) for verb in REQUEST_HEADS)


ASKED_FOR = re.compile(r"(?i)(?:(?:also|only|not only|just)\s+)?(?:not\s+)?to\s+\w")
"""An infinitive content: the act asked for."""


FORETOLD = re.compile(
    r"(?i)\b(?:could|may|might|will|would|expected|likely|poised|set\s+to)\b"
)
"""Words that tell an act may or will come."""
ASKED = re.compile(r"(?i)\b(?:must|should|ought|needs?|requests?|demands?)\b")
"""Words that tell an act asked for or owed."""


def foretold(text: str) -> bool:
    """Whether a passage tells an act that may or will come, not one asked
    for or owed ("he could declare a climate emergency as soon as this week";
    not "Mrs. Clinton must turn over her server", "a request Mrs. Clinton's
    team has rejected", "Biden calls for ...")."""
    if not FORETOLD.search(text) or ASKED.search(text):
        return False
    return not any(act_stem(word) in _asking() for word in WORD.findall(text))


def requested(text: str, claim: Claim) -> bool:
    """True for a claim that asks for an act ("Democrats have been urging the
    president ... also to declare a climate emergency", "called for a ban"):
    no telling that it happens or may ("he could declare a climate emergency
    as soon as this week"); not "called the bill a disaster"."""
    cue = text[claim.cue.start : claim.cue.end].split()
    if not cue or act_stem(cue[-1]) not in _asking():  # "have been urging"
        return False
    between = text[claim.cue.end : claim.content.start]
    content = text[claim.content.start : claim.content.end]
    return ASKED_FOR.match(content) is not None or between.rstrip().endswith("for")
