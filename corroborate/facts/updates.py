"""Reports of one story over time.

A later report may overtake an earlier one: what was expected or not yet
done is done (:func:`superseded`), a toll counted again has grown
(:func:`toll_rose`). Neither is a disagreement between outlets; both
publication dates stay in the evidence. And an outlet may run a sentence of
an earlier report again, word for word: it keeps the days it was written
for (:func:`as_first_told`). One outlet's articles never disagree with one
another (:func:`one_source`): where their values differ, the later may update
the earlier or tell of another thing, and only a toll that rose is known to
be the first. A wire report two outlets run as near-duplicates is one
report: what only its copies tell corroborates nothing (:func:`copied_from`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..records import Story
from .statements import Statement, not_yet


def copied_from(story: Story, statements: list[Statement]) -> list[Statement]:
    """Statements of near-duplicate articles of two or more outlets (a wire
    copy each outlet runs: ``Story.duplicates``) marked with one outlet of
    their group, the first by name: the copies are one report, so what only
    they tell is single-source, not two outlets agreeing."""
    outlets = {s.article.id: s.outlet for s in statements}
    copies: dict[str, str] = {}
    for group in story.duplicates:
        told = sorted({outlets[i] for i in group if i in outlets})
        if len(told) > 1:
            copies.update(dict.fromkeys(group, told[0]))
    if not copies:
        return statements
    return [
        dataclasses.replace(s, copied_from=copies[s.article.id])
        if s.article.id in copies
        else s
        for s in statements
    ]


def as_first_told(statements: list[Statement]) -> list[Statement]:
    """Give a sentence an outlet re-runs word for word in a later article (a
    wire story's update repeating a paragraph) the days of its first telling:
    it was written then, so its "Thursday" is the Thursday before the first
    publication, not before the re-run's."""
    first: dict[tuple[object, ...], Statement] = {}
    dated = sorted(
        (s for s in statements if s.kind == "event" and s.when is not None),
        key=lambda s: (s.article.published.value or "~", s.article.id),
    )
    for statement in dated:
        first.setdefault(retold_key(statement), statement)
    return [
        dataclasses.replace(s, when=first[retold_key(s)].when)
        if s.kind == "event" and s.when is not None
        else s
        for s in statements
    ]


def retold_key(statement: Statement) -> tuple[object, ...]:
    """What one telling shares with its re-runs: outlet, sentence as written,
    where the event sits in it."""
    return (
        statement.outlet,
        " ".join(statement.sentence_text.split()),
        statement.span.start - statement.sentence.start,
        statement.predicate,
    )


TOLL_ROLES = frozenset(
    "killed dead wounded injured arrested detained evacuated displaced".split()
)
"""Incident roles whose count only grows as reports come in (the dead and
wounded are found, more people arrested or evacuated)."""


def toll_rose(a: Statement, b: Statement) -> bool:
    """True when two counts of one toll differ as reports of two days do: the
    one published later counts more ("11 Americans" killed on 8 August, "12
    Americans" on 11 August). The earlier report is overtaken, not disputed;
    a later count lower than an earlier one stays a conflict."""
    first, last = sorted((a, b), key=lambda s: s.article.published.value or "")
    day = first.article.published.value, last.article.published.value
    if (
        a.role not in TOLL_ROLES
        or not (day[0] and day[1])
        or day[0][:10] >= day[1][:10]
    ):
        return False
    return bool(
        first.interval and last.interval and first.interval[1] < last.interval[0]
    )


def one_source(a: Statement, b: Statement) -> bool:
    """True when one named outlet published both statements' articles.
    Where their values differ they are no two sources disagreeing: an update
    of its own report (a toll revised) or two of its stories the clustering
    joined (a wire's results of two games, one stock's moves on two days,
    one company's 10% rise and another's 36%; a news site's undated reports
    of an outbreak's deaths). Which one a later value is cannot be told, so
    neither conflicts nor supersedes; a toll that rose does
    (:func:`toll_rose`). An article with no outlet is a source of its own."""
    return bool(a.article.outlet and a.article.outlet == b.article.outlet)


def superseded(members: Sequence[Statement]) -> Statement | None:
    """The earlier report a later one overtakes, if the disagreement is one of
    time: a telling of a status so far ("not yet", "expected to", "is set to
    sign") published before a telling of it done."""
    dated = [s for s in members if s.article.published.value]
    pending = [s for s in dated if _pending(s)]
    done = [s for s in dated if s.stance == "asserts" and s.modality == "asserted"]
    if not pending or not done:
        return None
    first = min(pending, key=lambda s: s.article.published.value or "")
    last = max(done, key=lambda s: s.article.published.value or "")
    if (first.article.published.value or "") >= (last.article.published.value or ""):
        return None
    return first


def _pending(statement: Statement) -> bool:
    """True for a telling of what is still to come or not yet done."""
    return statement.modality in ("expected", "future") or (
        statement.stance == "denies" and not_yet(statement)
    )
