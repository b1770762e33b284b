"""The facts of dates: the day of one act two articles tell (conflicting or
corroborated), the day one speaker spoke, one calendar day several outlets
write, and the year two outlets give one distinctive count. :mod:`.days`
finds the statements; :mod:`.align` adds these facts to the story's."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from ..records import Discrepancy, Fact, Span, Story
from . import compatible, labels
from .days import SAME_DAY_MATCH, speaker_named
from .groups import (
    Group,
    dated_evidence,
    fact_confidence,
    fact_id,
    fact_status,
    make_discrepancy,
)
from .statements import Statement

IN_YEAR = re.compile(r"\b[Ii]n ((?:1[89]|20)\d\d)\b")
"""A year a sentence dates its act by ("In 2008, ... launched", "... in 2006")."""


def date_fact(
    story: Story,
    members: Sequence[Statement],
    score: float,
    conflict: bool,
    about: str | None = None,
) -> tuple[Fact, list[Discrepancy], Group]:
    """The date of one act two articles tell (or one day several write):
    conflicting, with a discrepancy, or corroborated ("on Wednesday", "this
    morning" in Wednesday's paper) when they are two outlets; two copies from
    one outlet are one source. ``about`` says what is dated when it is no act
    ("day TC Energy spoke")."""
    members = list(members)
    group = Group("date", members, score)
    about = about or f"date of {labels.about('event', members)}"
    evidence = [
        dataclasses.replace(dated_evidence(s), span=s.date_span or s.sentence)
        if not conflict
        else dated_evidence(s)
        for s in members
    ]
    if conflict:
        # where a day told apart from its act is told ("after Wednesday's vote")
        evidence += [
            dataclasses.replace(dated_evidence(s), span=s.day_sentence)
            for s in members
            if s.day_sentence
        ]
    evidence = list({(e.article_id, e.span): e for e in evidence}.values())  # once each
    joined = " vs " if conflict else " and "
    told = sorted({f"{s.date_text} ({s.outlet})" for s in members})  # one order:
    label = f"{about}: " + joined.join(told)  # the same line from other copies
    fact = Fact(
        fact_id(story, "date", members), story.id, "date", about,
        "conflicting" if conflict else fact_status(members, []), list(evidence),
        label=label, confidence=fact_confidence(group),
    )  # fmt: skip
    if not conflict:
        return fact, [], group
    note = "dated " + " and ".join(s.date_text or "" for s in members)
    found = make_discrepancy(story, "conflicting", about, evidence, note, label, score)
    found.fact_id = fact.id
    return fact, [found], group


def spoken_day_fact(
    story: Story, members: Sequence[Statement], *, conflict: bool = False
) -> tuple[Fact, list[Discrepancy], Group]:
    """The day one speaker spoke, as two or more articles date it (the first
    two of ``members`` from two outlets): a fact of its own family, which any
    other fact on its sentences takes in (the claim told, the speaker's
    office) rather than the other way round; with ``conflict``, two days for
    one statement."""
    about = f"day {speaker_named(members[0])} spoke"
    fact, found, group = date_fact(story, members, SAME_DAY_MATCH, conflict, about)
    return fact, found, dataclasses.replace(group, family="spoken")


WRITTEN_DAY = "day in \u201c"
"""How the slot of a calendar day several outlets write begins."""


def written_day_fact(
    story: Story, members: Sequence[Statement]
) -> tuple[Fact, list[Discrepancy], Group]:
    """One calendar day several outlets write, about what the first one says
    around it ("day in \u201c\u2026enrollment in Obamacare \u2013 from October 15 to
    November 15\u201d")."""
    first = members[0]
    told = labels.around(
        first.article.text, first.date_span or first.span, first.sentence
    )
    about = f"{WRITTEN_DAY}{told}\u201d"
    return date_fact(story, members, SAME_DAY_MATCH, False, about)


def years_apart(
    story: Story, groups: Sequence[Group]
) -> list[tuple[Fact, list[Discrepancy], Group]]:
    """A conflicting date for one distinctive count two outlets date by
    different years: the same value of the same thing
    (:func:`compatible.same_value`) in sentences that each date their act by
    one year, "in" it ("In 2008, ... 6,000 National Guard troops were
    deployed", "sent 6,000 National Guard troops ... in 2006"). The count
    stays corroborated; its year is the fact the outlets disagree on."""
    found = []
    for group in groups:
        if group.family != "number":
            continue
        dated: dict[str, tuple[Statement, re.Match[str]]] = {}
        for s in group.members:
            years = list(IN_YEAR.finditer(s.sentence_text))
            if len(years) == 1:
                dated.setdefault(s.article.id, (s, years[0]))
        apart = [
            (x, y)
            for x, y in itertools.combinations(dated.values(), 2)
            if x[1][1] != y[1][1] and compatible.same_value(x[0], y[0])
        ]
        if not apart:
            continue
        told = apart[0]
        written = min((s.text for s in group.members), key=lambda t: (len(t), t))
        about = f"year of the {written}"  # "year of the 6,000 National Guard troops"
        evidence = [
            dataclasses.replace(
                dated_evidence(s),
                span=Span(
                    s.sentence.start + year.start(1), s.sentence.start + year.end(1)
                ),
                value=year[1],
            )
            for s, year in told
        ]
        label = f"{about}: " + " vs ".join(f"{y[1]} ({s.outlet})" for s, y in told)
        members = [s for s, _ in told]
        fact = Fact(
            fact_id(story, "date", members), story.id, "date", about, "conflicting",
            evidence, label=label, confidence=fact_confidence(group),
        )  # fmt: skip
        note = "dated " + " and ".join(y[1] for _, y in told)
        discrepancy = make_discrepancy(story, "conflicting", about, evidence, note, label,
                                   group.score)  # fmt: skip
        discrepancy.fact_id = fact.id
        found.append((fact, [discrepancy], Group("date", members, group.score)))
    return found
