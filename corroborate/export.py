"""Exports: the article JSON Lines contract, stories, entities, designations,
facts and discrepancies, PLOVER events and FollowTheMoney entities.

Facts and discrepancies follow DESIGN.md's contract (:func:`.items.item_output`),
which ``corroborate facts`` and ``corroborate discrepancies`` list too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .errors import ConfigError
from .items import item_output, rank_items, shown
from .query import build_article_output
from .records import Article, Discrepancy, Fact
from .store import Store

FACT_STATUSES = (
    "corroborated",
    "single-source",
    "conflicting",
    "disputed",
    "superseded",
    "rejected",
)
DISCREPANCY_KINDS = (
    "conflicting",
    "disputed",
    "superseded",
    "misquoted",
    "inconsistent",
)


def export_records(store: Store, fmt: str) -> Iterator[dict[str, Any]]:
    """Yield the records of one export format, one JSON object each.

    Raises:
        ConfigError: the format is unknown.
    """
    if fmt == "jsonl":
        for article in store.articles():
            yield build_article_output(article)
    elif fmt == "stories":
        for story in store.stories():
            yield story.to_dict()
    elif fmt == "entities":
        for entity in store.entities():
            yield entity.to_dict()
    elif fmt == "designations":
        for designation in store.designations():
            yield designation.to_dict()
    elif fmt in ("facts", "discrepancies"):
        yield from list_items(store, fmt, include_all=True)
    elif fmt == "plover":
        yield from _plover(store)
    elif fmt == "ftm":
        yield from _ftm(store)
    else:
        raise ConfigError(f"unknown export format {fmt!r}")


def _plover(store: Store) -> Iterator[dict[str, Any]]:
    """PLOVER records verified against the stored facts of each article's story
    (the alignment ``stories`` and ``brief`` show)."""
    from .plover import build_plover_records

    facts: dict[str, list[Fact]] = {}
    for article in store.articles():
        story = article.story_id
        if story is not None and story not in facts:
            facts[story] = store.facts(story_id=story)
        yield from build_plover_records(article, facts.get(story or "", []))


def _ftm(store: Store) -> Iterator[dict[str, Any]]:
    from .ftm import build_ftm_entities

    yield from build_ftm_entities(store.entities(), store.designations())


def list_items(
    store: Store,
    what: str,
    *,
    story_id: str | None = None,
    status: str | None = None,
    outlet: str | None = None,
    include_all: bool = False,
) -> list[dict[str, Any]]:
    """Facts or discrepancies in the export contract, filtered, ranked per story.

    Args:
        store: the knowledge base.
        what: ``facts`` or ``discrepancies``.
        story_id: only this story's.
        status: only facts of this status, or discrepancies of this kind.
        outlet: only items with evidence from an outlet whose name contains this
            (any case).
        include_all: also background facts and rejected items (a rejected fact
            or discrepancy is also listed when ``status`` asks for ``rejected``).

    Returns:
        One :func:`item_output` dict per item, story by story, facts by
        importance then confidence, discrepancies by confidence.
    """

    items: Sequence[Fact | Discrepancy] = (
        store.facts(story_id=story_id)
        if what == "facts"
        else store.discrepancies(story_id=story_id)
    )
    if status is not None:
        items = [i for i in items if _status(i) == status]
    if not include_all:
        items = [i for i in items if shown(i, asked=status)]
    rows = []
    for _, group in _by_story(items):
        texts = _articles(store, group)
        rows += [item_output(i, texts) for i in rank_items(group)]
    if outlet is not None:
        wanted = outlet.casefold()
        rows = [r for r in rows if any(wanted in o.casefold() for o in r["outlets"])]
    return rows


def show_item(store: Store, item_id: str) -> dict[str, Any] | None:
    """One fact or discrepancy by id in the export contract, or None."""
    item: Fact | Discrepancy | None = store.get_fact(item_id) or store.get_discrepancy(
        item_id
    )
    return None if item is None else item_output(item, _articles(store, [item]))


def account_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Facts or discrepancies (:func:`item_output`) flattened for a table or CSV:
    one row per account, the item's id, status or kind, label, confidence and
    decision repeated on each."""
    flat = []
    for row in rows:
        head = {
            "id": row["id"],
            "story_id": row["story_id"],
            "status" if "status" in row else "kind": row.get("status", row["kind"]),
            "label": row["label"],
            "confidence": row["confidence"],
            "decision": row["decision"],
        }
        for account in row["evidence"]:
            flat.append(
                {
                    **head,
                    "article_id": account["article_id"],
                    "input_id": account["input_id"],
                    "outlet": account["outlet"],
                    "wire": account["wire"],
                    "published": account["published"],
                    "start": account["span"]["start"],
                    "end": account["span"]["end"],
                    "value": account["value"],
                    "according_to": account["according_to"],
                    "stance": account["stance"],
                    "text": account["text"],
                }
            )
    return flat


def _status(item: Fact | Discrepancy) -> str:
    """A fact's status, a discrepancy's kind: what ``--status``/``--kind`` filter."""
    return item.status if isinstance(item, Fact) else item.kind


def _by_story(
    items: Iterable[Fact | Discrepancy],
) -> list[tuple[str, list[Fact | Discrepancy]]]:
    groups: dict[str, list[Fact | Discrepancy]] = {}
    for item in items:
        groups.setdefault(item.story_id or "", []).append(item)
    return sorted(groups.items())


def _articles(store: Store, items: Iterable[Fact | Discrepancy]) -> dict[str, Article]:
    """The articles the items' evidence points at, by id (one story's: few)."""
    ids = sorted({e.article_id for i in items for e in i.evidence})
    return {a.id: a for a in store.articles(ids=ids)}
