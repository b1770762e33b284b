"""Which claim a denial denies, in the article that reports both.

A denial disputes the claim whose words it takes ("the MEK said one of its
members had been killed, which Tirana denied"), the claim it names, another
speaker's ("Kirby contradicted Biden's claim that ..."), or the claim it
points back to ("The brothers denied these claims"); a denial over an event
disputes the event it tells first, not a denial of one's part in it
("denies any role in the killing"). :mod:`.statements` reads these onto
its statements; :mod:`.align` judges them. An article that denies a count
tells it elsewhere only as the claim it answers (:func:`without_answered`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from ..extractors.claims.cues import NOUN_CUES
from ..extractors.claims.speakers import NEGATIVE_SOURCE_RE
from ..records import Article, Claim, Event, Span
from .words import has_verb

PROPOSALS = frozenset({"suggestion"})
"""Reporting nouns for what someone proposes, not asserts: turning one down
("rejected Democrats' suggestion that he act alone") disputes no claim."""
_CLAIM_NOUNS = "|".join(
    rf"{noun}s?"
    for noun in sorted(
        {
            noun.removesuffix("s")
            for noun, stance in NOUN_CUES.items()
            if stance in ("asserts", "claims", "reports")
        }
        - PROPOSALS
    )
)
"""The reporting nouns of ``claims.rules.v1`` for what someone asserts."""
CLAIM_NOUN = re.compile(rf"\b(?:{_CLAIM_NOUNS})\s*$", re.IGNORECASE)
"""A noun that names what another asserted, just before the words of its
proposition ("Biden's claim that ...")."""
ACCOUNT_NOUNS = "accounts?|versions?|characterizations?|descriptions?"
"""Nouns for how someone told what happened ("disputed their account"): no
cue of a claim of their own, but what a denial may point back at."""
CLAIM_ANAPHOR = re.compile(
    rf"(?:these|those|the|such|that|this|his|her|their|its)\s+"
    rf"(?:{_CLAIM_NOUNS}|{ACCOUNT_NOUNS})",
    re.IGNORECASE,
)
"""A denial's content that only points back at a claim ("these claims", "the
allegations", "their account")."""
REPORTED_SHARE = 0.5
"""Share of a denial's content another claim must report for the denial to
deny that report."""
# "denies any role in the killing": a denial of one's part in an event, not of the event
_INVOLVEMENT = re.compile(
    r"\b(role|part|involvement|responsibility|knowledge|link|links|connection|hand|"
    r"complicity|participation|wrongdoing)\b",
    re.IGNORECASE,
)


def disputing(article: Article, claim: Claim) -> bool:
    """True for a denial by someone: not one whose source says no one holds
    the proposition ("..., which nobody expects in Elian's case", "No country
    has recognized ..."), which disputes no claim of its article."""
    if claim.stance != "denies":
        return False
    return claim.source is None or not NEGATIVE_SOURCE_RE.match(
        article.span_text(claim.source)
    )


def denied_event(article: Article, event: Event) -> Claim | None:
    """The denying claim whose main (first) event is ``event``, if any: "one
    of its members had been killed during a raid ..., which Tirana denied"."""
    for claim in article.claims:
        if not disputing(article, claim) or not _reported(article, claim):
            continue
        inside = [
            e
            for e in article.events
            if e.trigger and claim.content.start <= e.trigger.start < claim.content.end
        ]
        first = (
            min(inside, key=lambda e: e.trigger.start if e.trigger else 0)
            if inside
            else None
        )
        if first is event and event.trigger is not None:
            lead = article.text[claim.content.start : event.trigger.start]
            if not _INVOLVEMENT.search(lead):
                return claim
    return None


FALSE_ADVERBS = ("falsely", "wrongly", "erroneously", "incorrectly", "mistakenly",
                 "inaccurately", "untruthfully", "baselessly")  # fmt: skip
"""Adverbs by which a writer calls false what is reported ("Clinton wrongly
claimed that the videos exist", "falsely said the election was stolen")."""
_FALSE_BEFORE = re.compile(
    rf"\b({'|'.join(FALSE_ADVERBS)})\s+(?:(?:has|had|have|also)\s+)?\S+$",
    re.IGNORECASE,
)
_FALSE_AFTER = re.compile(rf"^\s+({'|'.join(FALSE_ADVERBS)})\b", re.IGNORECASE)
VERDICT_EXTRACTOR = "verdict.adverb"
"""The extractor named on a writer's verdict read from its adverb."""


def writers_verdict(article: Article, claim: Claim) -> Claim | None:
    """The writer's own denial of a claim its article reports with an adverb
    of falsehood on the cue ("wrongly claimed", "has falsely said", "claimed
    falsely that"): a denial by no one named, of the claim's words, whose cue
    is the adverb. None for a claim that is itself a denial, or whose content
    tells no proposition ("mistakenly released an internal memo": done by
    mistake, nothing called false)."""
    text = article.text
    if claim.stance == "denies" or not has_verb(article.span_text(claim.content)):
        return None
    # before the cue's last word, inside its span or ahead of it
    found = _FALSE_BEFORE.search(text, max(0, claim.cue.start - 40), claim.cue.end)
    if found is None:
        found = _FALSE_AFTER.match(text, claim.cue.end, claim.cue.end + 20)
    if found is None:
        return None
    return Claim(
        cue=Span(found.start(1), found.end(1)),
        content=claim.content,
        extractor=VERDICT_EXTRACTOR,
        stance="denies",
    )


def _reported(article: Article, denial: Claim) -> bool:
    """True when what a denial denies is reported as someone's claim in the
    same article ("MEK said ..., which Tirana denied"); a verb of refusal over
    an act ("the Senate rejected an amendment") denies no one's report."""
    return any(_reports(c, denial) for c in article.claims)


def claim_denied_back(
    article: Article, sentence_of: Callable[[int], Span], denial: Claim
) -> Claim | None:
    """The claim a denial points back to with a noun ("Smollett claimed that
    ... The brothers denied these claims"): the last claim before it, another
    source's, told in its sentence or reaching into the one before (a
    quotation of several sentences: "... “He is becoming the group's best
    recruiter. They are showing videos of him.” Fact-checkers deemed those
    statements false")."""
    text = article.text
    if not CLAIM_ANAPHOR.fullmatch(text[denial.content.start : denial.content.end]):
        return None
    sentence = sentence_of(denial.cue.start)
    before = sentence_of(max(0, sentence.start - 1))
    earlier = [
        c
        for c in article.claims
        if c.stance != "denies"
        and before.start < c.content.end <= denial.cue.start
        and c.according_to != denial.according_to
    ]
    return max(earlier, key=lambda c: (c.content.end, c.content.start), default=None)


def _reports(claim: Claim, denial: Claim) -> bool:
    """True when a claim that is no denial tells most of what a denial denies,
    and not by telling the denial itself ("The Washington Times reported that
    a spokeswoman ... denied any plans to incinerate the rations": the paper
    reports the denial, no one the plans). A denial that points back at what
    the claim tells ("allegations that he assaulted her, which he has
    denied") still denies it."""
    size = denial.content.end - denial.content.start
    shared = min(claim.content.end, denial.content.end) - max(
        claim.content.start, denial.content.start
    )
    told_inside = (
        claim.content.start <= denial.cue.start < claim.content.end
        and denial.cue.end <= denial.content.start
    )
    return (
        claim.stance != "denies" and not told_inside and shared >= REPORTED_SHARE * size
    )


def denies(denial: Claim, claim: Claim, text: str) -> bool:
    """True when a denial denies this claim of its article: the same words
    ("MEK said ..., which Tirana denied"), or the claim it names, another
    speaker's ("Kirby contradicted Biden's claim that al Qaeda is 'gone'":
    Biden's claim "that al Qaeda is 'gone'"). A speaker's own denial inside
    what they grant ("acknowledged that ..., though he denied that ..."),
    a proposal turned down ("rejected suggestions by Democrats that he act
    alone") and a claim told further on in the denial's words ("pointing to a
    tweet explaining that ...") deny no claim."""
    if denial.content == claim.content:
        return True
    return (
        denial.content.start <= claim.content.start
        and claim.content.end <= denial.content.end
        and claim.according_to != denial.according_to
        and _reports(claim, denial)
        and CLAIM_NOUN.search(text[denial.content.start : claim.content.start])
        is not None
    )


class Told(Protocol):
    """What :func:`without_answered` reads of a statement (a protocol, as
    :mod:`.statements` imports this module)."""

    @property
    def kind(self) -> str: ...
    @property
    def stance(self) -> str: ...
    @property
    def qkind(self) -> str | None: ...
    @property
    def unit(self) -> frozenset[str]: ...
    @property
    def stated(self) -> float | None: ...
    @property
    def sentence(self) -> Span: ...
    @property
    def numbers(self) -> frozenset[str]: ...


T = TypeVar("T", bound=Told)


def without_answered(statements: list[T]) -> list[T]:
    """An article's statements without those that tell a count it says
    elsewhere is not so: an article that writes "there's no plan to add
    87,000 agents" tells "the agency is poised to hire 87,000 new agents" as
    the claim it answers, not as its own (its number, and the sentences and
    clauses that hold it)."""
    denials = [s for s in statements if s.kind == "number" and s.stance == "denies"]
    if not denials:
        return statements
    denied = {(s.qkind, s.unit, s.stated) for s in denials}
    written = {f"{s.stated:.0f}" for s in denials if s.stated is not None}
    own = {s.sentence for s in denials}

    def answered(s: T) -> bool:
        if s.kind == "number":
            return s.stance != "denies" and (s.qkind, s.unit, s.stated) in denied
        return (
            s.kind in ("sentence", "clause")
            and s.sentence not in own
            and bool(s.numbers & written)
        )

    return [s for s in statements if not answered(s)]
