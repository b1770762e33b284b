"""A user's decisions on facts and discrepancies: confirm, reject, undo.

A fact is an alignment of accounts across articles; a discrepancy is where
they disagree. A user who has read the evidence may confirm either or
reject it. Decisions go to the store's append-only ``fact_decisions`` log
and are applied after every alignment (``corpus.compare_stories``), so a
re-run keeps them, as entity merges and splits are kept. An entry is::

    {"action": "confirm" | "reject", "target": "fact" | "discrepancy",
     "item_id": ID, "story_id": STORY, "note": TEXT | None}
    {"action": "undo", "target": ..., "decision": N}

What a decision does to a record (:func:`.facts.decisions.apply_fact_decisions`):

- confirm: ``decision = "confirm"`` and ``confidence = 1.0``; the status or
  kind stays what the alignment found.
- reject a fact: ``status = "rejected"``, ``decision = "reject"``; the
  discrepancies found inside that alignment (``fact_id``) are rejected with it
  unless the user decided on them too.
- reject a discrepancy: ``decision = "reject"``; it keeps its kind, and
  listings and briefs leave it out unless asked for everything (``--all``).

The last decision on an item wins; an undone decision counts as never made.
"""

from __future__ import annotations

from typing import Any

from .errors import ConfigError, CorroborateError, NotFoundError
from .facts.decisions import ACTIONS
from .records import Discrepancy, Fact
from .store import Store

TARGETS = ("fact", "discrepancy")
LISTING = {"fact": "facts --all", "discrepancy": "discrepancies --all"}
"""The command listing each target's records, for messages."""


def record_fact_decision(
    store: Store,
    target: str,
    action: str,
    item_id: str,
    *,
    note: str | None = None,
) -> dict[str, Any]:
    """Log a confirm or reject and bring the item's story up to date with it.

    The story is aligned again and every logged decision applied (what the
    next ``update_corpus`` would store), so the stored record changes at once.

    Args:
        store: the knowledge base.
        target: ``fact`` or ``discrepancy``.
        action: ``confirm`` or ``reject``.
        item_id: the fact's or discrepancy's id.
        note: why, in the user's words (kept in the log).

    Returns:
        ``{"decision": N, "target", "action", "item_id", "story_id"}``.

    Raises:
        ConfigError: unknown target or action.
        NotFoundError: no stored fact (discrepancy) has this id.
    """
    _check(target, action)
    record = _get(store, target, item_id)
    if record is None:
        raise NotFoundError(target, item_id, LISTING[target], page=None)
    entry = {
        "action": action,
        "target": target,
        "item_id": item_id,
        "story_id": record.story_id,
        "note": note,
    }
    with store.corpus_lock():
        number = store.add_fact_decision(entry)
        _realign(store, record.story_id)
    return {"decision": number, **{k: v for k, v in entry.items() if k != "note"}}


def undo_fact_decision(store: Store, target: str, number: int) -> dict[str, Any]:
    """Log an undo of decision ``number`` and bring its story up to date.

    Returns:
        ``{"decision": N (the undo's own number), "target", "action": "undo",
        "undone": number, "story_id"}``.

    Raises:
        NotFoundError: no confirm or reject on a ``target`` has this number.
        CorroborateError: it was undone already.
    """
    _check(target, "confirm")
    log = store.fact_decisions()
    found = next(
        (
            d
            for d in log
            if d["id"] == number
            and d.get("target") == target
            and d["action"] in ACTIONS
        ),
        None,
    )
    plural = LISTING[target].split()[0]
    if found is None:
        raise NotFoundError(
            f"{target} decision", str(number), f"{plural} decisions", page=None
        )
    if any(d["action"] == "undo" and d.get("decision") == number for d in log):
        raise CorroborateError(
            f"{target} decision {number} is undone already; "
            f"see `corroborate {plural} decisions`"
        )
    with store.corpus_lock():
        own = store.add_fact_decision(
            {"action": "undo", "target": target, "decision": number}
        )
        _realign(store, found.get("story_id"))
    return {
        "decision": own,
        "target": target,
        "action": "undo",
        "undone": number,
        "story_id": found.get("story_id"),
    }


def list_fact_decisions(
    store: Store, target: str | None = None
) -> list[dict[str, Any]]:
    """The decision log, optionally of one target, each entry saying whether it
    is in force (``undone``: the undo's number) and whether its item still exists.

    A decision on an item a later alignment no longer produces is kept (the
    log is never rewritten) and shown with ``found: False``.
    """
    log = store.fact_decisions()
    undone_by = {d["decision"]: d["id"] for d in log if d["action"] == "undo"}
    rows = []
    for entry in log:
        if target is not None and entry.get("target") != target:
            continue
        row = {
            "id": entry["id"],
            "created_at": entry["created_at"],
            "action": entry["action"],
            "target": entry.get("target"),
            "item_id": entry.get("item_id"),
            "story_id": entry.get("story_id"),
            "note": entry.get("note"),
            "undoes": entry.get("decision"),
            "undone_by": undone_by.get(entry["id"]),
        }
        if entry["action"] in ACTIONS:
            row["found"] = _get(store, row["target"], row["item_id"]) is not None
        rows.append(row)
    return rows


def _check(target: str, action: str) -> None:
    if target not in TARGETS:
        raise ConfigError(f"unknown target {target!r}; known: {', '.join(TARGETS)}")
    if action not in ACTIONS:
        raise ConfigError(f"unknown decision {action!r}; known: {', '.join(ACTIONS)}")


def _get(store: Store, target: str, item_id: str) -> Fact | Discrepancy | None:
    return (
        store.get_fact(item_id) if target == "fact" else store.get_discrepancy(item_id)
    )


def _realign(store: Store, story_id: str | None) -> None:
    """Align one story again, decisions applied, as the corpus stage does."""
    from .corpus import compare_stories

    story = store.get_story(story_id) if story_id else None
    if story is None:
        return
    compare_stories(store, [story], {story.id})
