"""Reports of one story over time.

A later report may overtake an earlier one: what was expected or not yet
done is done (:func:`superseded`), a toll counted again has grown
(:func:`toll_rose`). Neither is a disagreement between outlets; both
publication dates stay in the evidence. And an outlet may run a sentence of
an earlier report again, word for word: it keeps the days it was written
for (:func:`as_first_told`). One outlet's articles never disagree with one
another (:func:`one_source`): where their values differ, the later may update
the earlier or tell of another thing, and only a toll that rose is known to
be the first. A wire report two outlets run, as near-duplicates or as the
agency's story their datelines credit, is one report: what only its copies
tell corroborates nothing, and an outlet's own report and the agency's it
runs are two (:func:`copied_from`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..records import Article, Story
from .statements import Statement, not_yet

WIRES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "UPI": ("UPI", "United Press International"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "TASS": ("TASS",),
    "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "Bernama": ("Bernama",),
    "AAP": ("AAP", "Australian Associated Press"),
    "Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
}
"""News agencies by the names their credits and their own sites go by."""
_AGENCY = {name.casefold(): wire for wire, names in WIRES.items() for name in names}
_DATELINE_WORDS = (
    r"[A-Z][A-Za-z.'\u2019-]*(?:[ \t]+(?:[A-Z][A-Za-z.'\u2019-]*|\d{1,2})){0,4}"
)
WIRE_CREDIT = re.compile(
    rf"^[ \t]*(?:{_DATELINE_WORDS}(?:[ \t]*,[ \t]*{_DATELINE_WORDS}){{0,3}})?"
    r"[ \t]*\((?P<credit>[A-Za-z .-]{2,40})\)[ \t]*(?:\u2014|\u2013|--|-)",
    re.MULTILINE,
)
"""A dateline's credit at the head of a line: "WASHINGTON (AP) —", "NEW YORK,
Dec. 11 (UPI) —", "Cleveland (AFP) –", "Dec 29 (Reuters) -", or the credit
alone where the place was cut ("(AP) — ...")."""
CREDIT_WITHIN = 300
"""Characters from the start of a text where a dateline may stand (after a
byline or a line of tags)."""


def wire_of(article: Article) -> str | None:
    """The news agency whose story an article runs, as its dateline credits it
    ("WASHINGTON (AP) — ..."), when the article's outlet is not that agency:
    the agency is whose report it is."""
    found = WIRE_CREDIT.search(article.text[:CREDIT_WITHIN])
    wire = _AGENCY.get(found.group("credit").strip().casefold()) if found else None
    if wire is None or _AGENCY.get((article.outlet or "").casefold()) == wire:
        return None
    return wire


def copied_from(story: Story, statements: list[Statement]) -> list[Statement]:
    """Statements marked with whose report they are, where that is not their
    outlet: an agency's story an outlet runs (:func:`wire_of`: two outlets
    running one agency's story are one source, an outlet's own report and the
    agency's it runs are two), and near-duplicate articles of two or more
    outlets (a wire copy each runs: ``Story.duplicates``), whose group is one
    report, the agency's if a copy credits one, else the first outlet's by
    name: what only the copies tell is single-source, not two outlets
    agreeing."""
    outlets = {s.article.id: s.outlet for s in statements}
    articles = {s.article.id: s.article for s in statements}
    wires = {i: wire for i, a in articles.items() if (wire := wire_of(a))}
    copies = dict(wires)
    for group in story.duplicates:
        told = sorted({outlets[i] for i in group if i in outlets})
        credited = sorted({wires[i] for i in group if i in wires})
        if credited or len(told) > 1:
            copies.update(dict.fromkeys(group, (credited or told)[0]))
    if not copies:
        return statements
    return [
        dataclasses.replace(
            s, copied_from=copies[s.article.id], wire=wires.get(s.article.id)
        )
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
    """True when one named outlet published both statements' articles, or
    both run one agency's story (:func:`wire_of`); an outlet's own report and
    the agency's it runs are two.
    Where their values differ they are no two sources disagreeing: an update
    of its own report (a toll revised) or two of its stories the clustering
    joined (a wire's results of two games, one stock's moves on two days,
    one company's 10% rise and another's 36%; a news site's undated reports
    of an outbreak's deaths). Which one a later value is cannot be told, so
    neither conflicts nor supersedes; a toll that rose does
    (:func:`toll_rose`). An article with no outlet is a source of its own."""
    if not (a.article.outlet and b.article.outlet):
        return False
    return (a.wire or a.article.outlet) == (b.wire or b.article.outlet)


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
