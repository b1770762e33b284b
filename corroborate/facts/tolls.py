"""Counts two sources give of one thing inside one article.

"... killing as many as 20 people, Iraqi officials said" and, further down,
"The U.S. military said preliminary reports indicated eight people were
killed": one report tells two tolls of one attack, each a source's. Between
outlets, :mod:`.align` flags such counts as conflicting; inside one article
it cannot tell which value the other outlet means, so these are found here:
the counts of one slot (what is counted, its role) that exactly two named
sources give in one article, one value each, that cannot both be right. The
conflict is the article's to report, not a disagreement between outlets: it
is shown with the disputes one report tells (:mod:`corroborate.brief`), and
is no discrepancy between outlets (:func:`.align._within_one_report`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..records import Discrepancy, Fact, Story
from . import labels
from .agreement import values_apart
from .groups import Group, fact_evidence, fact_id, make_discrepancy
from .numbers import slot
from .statements import Statement
from .words import WORD

TOLL_ROLES = frozenset(
    {"killed", "wounded", "arrested", "detained", "missing", "kidnapped",
     "displaced", "evacuated", "hospitalised"}
)  # fmt: skip
"""Roles of what a toll counts: people killed, wounded, held or driven out."""


def reported_conflicts(
    story: Story, statements: Sequence[Statement]
) -> list[tuple[Fact, list[Discrepancy], Group]]:
    """The tolls two sources of one article give apart, each a conflicting
    fact with its discrepancy and the pair it rests on (as ``align`` judges
    groups, for :func:`.lines.merge`)."""
    by_slot: defaultdict[tuple[str, object], list[Statement]] = defaultdict(list)
    for s in statements:
        if s.kind == "number" and s.role in TOLL_ROLES and s.according_to:
            by_slot[(s.article.id, slot(s))].append(s)
    found = []
    for key in sorted(by_slot, key=repr):
        told = by_slot[key]
        if len(told) != 2 or _one_source(*told) or told[0].stated == told[1].stated:
            continue
        if not values_apart(*told):
            continue
        found.append(_conflict(story, told))
    return found


def _one_source(a: Statement, b: Statement) -> bool:
    """True when two counts are one source's, however each names it ("city
    officials", then "the officials": the same last word)."""
    first, second = (WORD.findall(s.according_to or "") for s in (a, b))
    return first[-1:] == second[-1:]


def _conflict(
    story: Story, told: list[Statement]
) -> tuple[Fact, list[Discrepancy], Group]:
    about = labels.about("number", told)
    evidence = [e for s in told for e in fact_evidence(s)]
    first, second = told
    label = (
        f"{about}: {labels.short(first.text, 60)} vs {labels.short(second.text, 60)}"
        f" (two sources in one {first.outlet} report)"
    )
    discrepancy = make_discrepancy(
        story, "conflicting", about, evidence,
        "two sources of one report: " + labels.values(told), label, 1.0,
    )  # fmt: skip
    kind = labels.fact_kind("number", told)
    fact = Fact(fact_id(story, kind, told), story.id, kind, about, "conflicting",
                evidence, label=label, confidence=1.0)  # fmt: skip
    discrepancy.fact_id = fact.id
    return fact, [discrepancy], Group("number", list(told))
