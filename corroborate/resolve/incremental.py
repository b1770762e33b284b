"""Resolution on a store: read the new articles' names, join every node again
from what the index keeps, and write back only what changed.

Per run, the work in proportion to the corpus is reading the small columns of
every node, the links and the related pairs, and joining them (cheap, no name
comparison); names are compared only for nodes whose spelling or kind is new,
and only the entities and articles whose nodes changed are written. With the
index emptied (:meth:`Store.clear_names`) the same code reads every article
again: that is the rebuild an incremental run must equal.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..names import normalize_name
from ..records import Article
from .entities import NodeStats, apply_decisions, assign_ids, build_entity
from .graph import (
    MAX_BLOCK_SIZE,
    Block,
    Node,
    blocks_of,
    clusters,
    link_nodes,
    relations,
)
from .mentions import KIND_OF_LABEL, ArticleNames, node_key, read_names

if TYPE_CHECKING:
    from ..store import Store
    from ..store.names import NodeRow


@dataclass
class Resolution:
    """What a run changed: the entity count, and the stored articles (other
    than the new ones) whose mentions now name another entity."""

    entities: int
    changed: list[Article] = field(default_factory=list)
    renamed: set[str] = field(default_factory=set)  # name keys of changed entities
    removed: set[str] = field(default_factory=set)  # ids no entity has any more


def resolve_store(
    store: Store, new: Sequence[Article], decisions: Sequence[dict[str, Any]]
) -> Resolution:
    """Resolve the ``new`` articles' mentions into the store's entities.

    The new articles' mentions get their entity ids in place; stored
    articles whose ids change are returned (not yet written back).
    """
    names = [read_names(a) for a in sorted(new, key=lambda a: a.id)]
    touched = {o.node for n in names for o in n.occurrences}
    stored = store.name_nodes(touched)
    stats = {n: NodeStats.from_dict(stored[n].stats or {}) for n in stored}
    for occ in sorted(
        (o for n in names for o in n.occurrences), key=lambda o: o.position
    ):
        stats.setdefault(occ.node, NodeStats()).add(occ)
    _record_names(store, names)
    rows = store.name_nodes()
    rows.update(stored)
    nodes = {n: _node(row) for n, row in rows.items()}
    for name in touched:
        row = rows.get(name)
        prior = {row.entity_id: stats[name].weight} if row and row.entity_id else None
        nodes[name] = stats[name].node(name, prior)
    blocks = blocks_of(nodes.values())
    dirty = _dirty(nodes, rows, touched, blocks)
    found = relations(nodes, blocks, dirty, known=store.name_pairs())
    graph = link_nodes(nodes, store.name_links(), found)
    known = _known(rows)
    grouped = assign_ids(clusters(graph, nodes), nodes, known, decisions)
    grouped = apply_decisions(grouped, nodes, decisions)
    entity_of = {node: eid for eid, members in grouped.items() for node in members}
    before: dict[str, set[str]] = defaultdict(set)
    for name, row in rows.items():
        if row.entity_id:
            before[row.entity_id].add(name)
    changed = {
        eid
        for eid, members in grouped.items()
        if set(members) != before.get(eid)
        or any(
            m in touched or graph.link_kind.get(m) != _link_kind(rows.get(m))
            for m in members
        )
    }
    needed = {m for eid in changed for m in grouped[eid]} - stats.keys()
    stats.update(
        {
            n: NodeStats.from_dict(r.stats or {})
            for n, r in store.name_nodes(needed).items()
        }
    )
    entities = [
        build_entity(eid, grouped[eid], stats, graph.link_kind)
        for eid in sorted(changed)
    ]
    if rows:
        store.update_entities(entities, removed=before.keys() - grouped.keys())
    else:  # a new index (a first run, a rebuild, an older store): all entities
        store.replace_entities(entities)
    store.save_name_nodes(
        _stored_row(n, stats[n], nodes[n], entity_of.get(n), graph.link_kind.get(n))
        for n in sorted(touched)
    )
    moved = sorted(
        n
        for n in rows.keys() - touched
        if entity_of.get(n) != rows[n].entity_id
        or graph.link_kind.get(n) != rows[n].link_kind
    )
    store.set_node_entities(
        (n, entity_of.get(n), graph.link_kind.get(n)) for n in moved
    )
    store.replace_name_pairs(
        dirty, [r for r in found if r[0] in dirty or r[1] in dirty]
    )
    _set_new_ids(new, names, entity_of)
    renamed = sorted(n for n in rows if entity_of.get(n) != rows[n].entity_id)
    return Resolution(
        store.count("entities"),
        _restamp(store, renamed, entity_of, new),
        {normalize_name(a.name) for e in entities for a in e.aliases},
        set(before) - set(grouped),
    )


def _record_names(store: Store, names: Sequence[ArticleNames]) -> None:
    store.add_article_names(
        ((o.article_id, o.start, o.end, o.node) for n in names for o in n.occurrences),
        (
            (n.article_id, seq, a, b, kind)
            for n in names
            for seq, (a, b, kind) in enumerate(n.links)
        ),
        (n.article_id for n in names),
    )


def _node(row: NodeRow) -> Node:
    head = row.head
    return Node(
        row.node,
        row.spelling,
        row.kind,
        row.weight,
        votes=head["votes"],
        anchor=tuple(head["anchor"]),
        prior={row.entity_id: row.weight} if row.entity_id else {},
        geonameids=tuple(head.get("geonameids", ())),
        geo_kind=head.get("geo_kind", ""),
        unscoped_place=head.get("unscoped_place", False),
        blocks=tuple(tuple(b) for b in head.get("blocks", ())),
    )


def _stored_row(
    name: str,
    stats: NodeStats,
    node: Node,
    entity_id: str | None,
    link_kind: str | None,
) -> NodeRow:
    from ..store.names import NodeRow

    head = {
        "votes": node.votes,
        "anchor": list(node.anchor),
        "geonameids": list(node.geonameids),
        "geo_kind": node.geo_kind,
        "unscoped_place": node.unscoped_place,
        "blocks": [list(b) for b in node.blocks],
    }
    kept = dataclasses.replace(stats, prior={})  # the entity id stands for it
    return NodeRow(
        name,
        node.spelling,
        node.kind,
        node.weight,
        entity_id,
        link_kind,
        head,
        kept.to_dict(),
    )


def _link_kind(row: NodeRow | None) -> str | None:
    return row.link_kind if row else None


def _dirty(
    nodes: Mapping[str, Node],
    rows: Mapping[str, NodeRow],
    touched: set[str],
    blocks: Mapping[Block, list[str]],
) -> set[str]:
    """Nodes to compare afresh: new ones, those whose spelling or kind changed,
    and the members of a block that has shrunk back to a comparable size."""
    dirty = {
        n
        for n in touched
        if n not in rows
        or (rows[n].spelling, rows[n].kind) != (nodes[n].spelling, nodes[n].kind)
    }
    left: dict[Block, int] = defaultdict(int)  # block -> nodes that left it
    for name in dirty & rows.keys():
        for block in {tuple(b) for b in rows[name].head.get("blocks", ())}:
            if block not in nodes[name].blocks:
                left[block] += 1
    for block, gone in left.items():
        members = blocks.get(block, [])
        if len(members) <= MAX_BLOCK_SIZE < len(members) + gone:
            dirty.update(members)
    return dirty


def _known(rows: Mapping[str, NodeRow]) -> dict[tuple[str, str], str]:
    """(kind, name key) -> the smallest entity id with a node of that key."""
    known: dict[tuple[str, str], str] = {}
    for name, row in sorted(rows.items(), key=lambda item: item[1].entity_id or ""):
        if row.entity_id:
            known.setdefault((row.kind, node_key(name)), row.entity_id)
    return known


def _set_new_ids(
    articles: Sequence[Article],
    names: Sequence[ArticleNames],
    entity_of: Mapping[str, str],
) -> None:
    ids = {o.position: entity_of.get(o.node) for n in names for o in n.occurrences}
    for article in articles:
        article.mentions = [
            dataclasses.replace(m, entity_id=ids.get((article.id, m.start, m.end)))
            if m.label in KIND_OF_LABEL
            else m
            for m in article.mentions
        ]


def _restamp(
    store: Store,
    nodes: Sequence[str],
    entity_of: Mapping[str, str],
    new: Sequence[Article],
) -> list[Article]:
    """Stored articles with mentions of ``nodes``, their ids set anew."""
    fresh = {a.id for a in new}
    ids: dict[str, dict[tuple[int, int], str | None]] = defaultdict(dict)
    for article_id, start, end, node in store.mentions_of_nodes(nodes):
        if article_id not in fresh:
            ids[article_id][(start, end)] = entity_of.get(node)
    articles = list(store.articles(ids=sorted(ids)))
    for article in articles:
        own = ids[article.id]
        article.mentions = [
            dataclasses.replace(m, entity_id=own[(m.start, m.end)])
            if (m.start, m.end) in own
            else m
            for m in article.mentions
        ]
    return articles
