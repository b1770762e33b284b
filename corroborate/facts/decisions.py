"""A user's decisions applied to a story's freshly aligned facts and
discrepancies (what each decision does: :mod:`corroborate.decisions`, which
records them)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from ..records import Discrepancy, Fact

ACTIONS = ("confirm", "reject")


def apply_fact_decisions(
    facts: Sequence[Fact],
    discrepancies: Sequence[Discrepancy],
    decisions: Sequence[Mapping[str, Any]],
) -> tuple[list[Fact], list[Discrepancy]]:
    """Apply a user's logged decisions to freshly aligned facts and discrepancies.

    Args:
        facts: a story's facts as the alignment gives them.
        discrepancies: its discrepancies.
        decisions: the ``fact_decisions`` log in order (``Store.fact_decisions``);
            entries naming items not given here are ignored.

    Returns:
        New lists, the same records in the same order, decided ones changed as
        the module docstring says; the inputs are left as they are.
    """
    latest = effective_decisions(decisions)
    decided_facts = [_decide_fact(f, latest.get(("fact", f.id))) for f in facts]
    rejected = {f.id for f in decided_facts if f.decision == "reject"}
    decided = []
    for item in discrepancies:
        found = latest.get(("discrepancy", item.id))
        if found is None and item.fact_id in rejected:
            found = {"action": "reject"}
        decided.append(_decide_discrepancy(item, found))
    return decided_facts, decided


def effective_decisions(
    decisions: Sequence[Mapping[str, Any]],
) -> dict[tuple[str, str], Mapping[str, Any]]:
    """``(target, item id)`` -> the last confirm or reject on it that is not undone."""
    undone = {d.get("decision") for d in decisions if d.get("action") == "undo"}
    latest: dict[tuple[str, str], Mapping[str, Any]] = {}
    for decision in decisions:
        if decision.get("action") in ACTIONS and decision.get("id") not in undone:
            latest[(str(decision.get("target")), str(decision.get("item_id")))] = (
                decision
            )
    return latest


def _decide_fact(fact: Fact, decision: Mapping[str, Any] | None) -> Fact:
    if decision is None:
        return fact
    if decision["action"] == "confirm":
        return dataclasses.replace(fact, decision="confirm", confidence=1.0)
    return dataclasses.replace(fact, decision="reject", status="rejected")


def _decide_discrepancy(
    item: Discrepancy, decision: Mapping[str, Any] | None
) -> Discrepancy:
    if decision is None:
        return item
    if decision["action"] == "confirm":
        return dataclasses.replace(item, decision="confirm", confidence=1.0)
    return dataclasses.replace(item, decision="reject")
