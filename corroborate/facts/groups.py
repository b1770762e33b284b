"""A group of aligned statements and the records made of it: the fact's id,
status and confidence, each statement's evidence, and a discrepancy with a
deterministic id. :mod:`.align` groups the statements; :mod:`.dating` makes
the facts of their dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..extractors.claims.speakers import PRONOUNS
from ..records import Discrepancy, Evidence, Story
from .statements import Statement
from .timeline import make_id

SINGLE_SOURCE_CONFIDENCE = 0.5
"""The confidence of a fact one outlet tells: the floor of an alignment's, so
no single-source line reads surer than a corroborated one (it was 0.95)."""
INDEPENDENT_OUTLETS = 2  # outlets needed for "corroborated"
_WHEN_SAID = re.compile(
    r"(?i)\s*,?\s+(?:(?:on|late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|yesterday|tonight|(?:this|last|that|yesterday)\s+(?:morning|afternoon"
    r"|evening|night|week))(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)
"""When a speaker spoke, as a source span ends with it ("Donald Trump on
Friday", "Abbott, flanked by members of the legislature this morning"): the
day is the statement's, not part of who."""
OWNERS = frozenset("his her its their our my your".split())
"""Possessive pronouns: "his claim that ..." left unresolved is no one."""


def speaker(according_to: str | None) -> str | None:
    """Who an account is according to, without when they spoke; None for a
    bare pronoun (``claims.sources.PRONOUNS``, :data:`OWNERS`): an account
    "according to she" or "according to his" names nobody, and its words say
    "she said" or "his claim" already."""
    if not according_to or according_to.strip().lower() in PRONOUNS | OWNERS:
        return None
    return _WHEN_SAID.sub("", according_to) or according_to


@dataclass
class Group:
    """Aligned statements, with the score of their weakest link."""

    family: str
    members: list[Statement]
    score: float = 1.0
    retold: list[Statement] = field(default_factory=list)  # align._retellings


def fact_id(story: Story, kind: str, members: Sequence[Statement]) -> str:
    """A fact's id: its story, kind and the spans of its statements."""
    keys = sorted(f"{s.article.id}:{s.span.start}:{s.span.end}" for s in members)
    return make_id("f", story.id, kind, *keys)


def fact_status(members: Sequence[Statement], found: Sequence[Discrepancy]) -> str:
    """A fact's status: its strongest disagreement, else corroborated when
    ``INDEPENDENT_OUTLETS`` sources tell it (outlets; near-duplicates of two
    outlets are one source), else single-source."""
    kinds = {d.kind for d in found}
    for status in ("conflicting", "disputed", "superseded"):
        if status in kinds:
            return status
    if "misquoted" in kinds:
        return "conflicting"
    sources = {s.source for s in members}  # a wire copy each outlet runs is one
    return "corroborated" if len(sources) >= INDEPENDENT_OUTLETS else "single-source"


def fact_confidence(group: Group) -> float:
    """How sure the alignment is: its weakest link, from 0.5 up; a fact only
    one outlet tells has no alignment to be sure of (``SINGLE_SOURCE_CONFIDENCE``)."""
    if len({s.source for s in group.members}) < INDEPENDENT_OUTLETS:
        return SINGLE_SOURCE_CONFIDENCE
    return round(min(0.95, 0.5 + group.score / 2), 2)


def fact_evidence(statement: Statement) -> list[Evidence]:
    """A statement's evidence; an in-article denial adds the denying cue."""
    article = statement.article
    main = Evidence(
        article.id, statement.span, statement.text, statement.outlet,
        speaker(statement.according_to),
        "asserts" if statement.denial else statement.stance,
        statement.event, article.published.value, article.input_id,
    )  # fmt: skip
    if statement.denial is None:
        return [main]
    claim = statement.denial
    source = article.text[claim.source.start : claim.source.end] if claim.source else ""
    denier = claim.source_text or claim.according_to or source or None
    denied = Evidence(
        article.id, claim.cue, article.text[claim.cue.start : claim.cue.end],
        statement.outlet, speaker(denier), "denies", statement.event,
        article.published.value, article.input_id,
    )  # fmt: skip
    return [main, denied]


def dated_evidence(statement: Statement) -> Evidence:
    """The evidence of when a statement's act was done or its words said: the
    outlet's, not the speaker's, for a day written outside what was said
    ("Trump said Friday that ...": the report dates the speech)."""
    article = statement.article
    said, day = statement.span, statement.date_span
    outside = statement.kind in ("claim", "quote") and (
        day is None or not said.start <= day.start < said.end
    )
    return Evidence(
        article.id, statement.sentence, statement.date_text, statement.outlet,
        None if outside else speaker(statement.according_to), statement.stance,
        statement.event, article.published.value, article.input_id,
    )  # fmt: skip


def make_discrepancy(
    story: Story, kind: str, about: str, evidence: list[Evidence], note: str,
    label: str, score: float,
) -> Discrepancy:  # fmt: skip
    """A discrepancy record with a deterministic id."""
    keys = sorted(f"{e.article_id}:{e.span.start}:{e.span.end}" for e in evidence)
    return Discrepancy(
        make_id("d", story.id, kind, about, *keys),
        story.id,
        kind,
        about,
        evidence,
        note,
        label=label,
        confidence=round(min(0.95, 0.5 + score / 2), 2),
    )
