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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..names import normalize_name
from ..records import Article
from .entities import NodeStats, apply_decisions, assign_ids, build_entity
from .graph import (
    MAX_BLOCK_SIZE,
    PART,
    Block,
    Node,
    Relation,
    clusters,
    holding,
    link_nodes,
    relations,
)
from .mentions import ArticleNames, node_key, read_names, set_mention_ids

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
    stored = store.name_nodes(touched, stats=True)
    stats = {n: NodeStats.from_dict(stored[n].stats or {}) for n in stored}
    for occ in sorted(
        (o for n in names for o in n.occurrences), key=lambda o: o.position
    ):
        stats.setdefault(occ.node, NodeStats()).add(occ)
    _record_names(store, names)
    nodes = {}
    for name in touched:
        row = stored.get(name)
        prior = {row.entity_id: stats[name].weight} if row and row.entity_id else None
        nodes[name] = stats[name].node(name, prior)
    store.set_name_keys(touched, [(k, n) for n in touched for k in _keys(nodes[n])])
    dirty = {
        n
        for n in touched
        if n not in stored
        or (stored[n].spelling, stored[n].kind) != (nodes[n].spelling, nodes[n].kind)
    }
    dirty |= _shrunk(store, stored, nodes, dirty)
    region = _Region(store, nodes)
    region.load(dirty)
    blocks = store.nodes_with_keys(
        _block_key(b) for n in dirty for b in region.nodes[n].blocks
    )
    mates = {b: m for b, m in blocks.items() if len(m) <= MAX_BLOCK_SIZE}
    region.load(m for members in mates.values() for m in members)
    fresh = relations(
        region.nodes,
        {_block(key): members for key, members in mates.items()},
        dirty,
        sizes={_block(key): len(m) for key, m in blocks.items()},
    )
    stale = store.name_pairs(dirty)
    seed = touched | dirty | {n for r in fresh | stale for n in r[:2]}
    seed |= {n for name in names for link in name.links for n in link[:2]}
    seed |= store.nodes_of_entities(_decision_ids(store.decisions()))  # undone too
    region.close(seed)
    known = {r for r in region.pairs if not (set(r[:2]) & dirty)}
    joined = {n: region.nodes[n] for n in region.names if n in region.nodes}
    found = relations(region.nodes, {}, (), known=known, sizes=region.block_sizes()) | {
        r for r in fresh if r[0] in region.names or r[1] in region.names
    }
    graph = link_nodes(joined, region.links, found, region.outside(found, joined))
    rows = {n: r for n, r in region.rows.items() if n in joined}
    grouped = assign_ids(clusters(graph, joined), joined, _known(rows), decisions)
    grouped = apply_decisions(grouped, joined, decisions)
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
            for n, r in store.name_nodes(needed, stats=True).items()
        }
    )
    entities = [
        build_entity(eid, grouped[eid], stats, graph.link_kind)
        for eid in sorted(changed)
    ]
    if store.count("name_nodes"):
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
        dirty, [r for r in fresh if r[0] in dirty or r[1] in dirty]
    )
    set_mention_ids(new, names, entity_of)
    renamed = sorted(n for n in rows if entity_of.get(n) != rows[n].entity_id)
    return Resolution(
        store.count("entities"),
        _restamp(store, renamed, entity_of, new),
        {normalize_name(a.name) for e in entities for a in e.aliases},
        set(before) - set(grouped),
    )


class _Region:
    """The part of the name graph a run joins again: every node whose entity
    may change, closed over whole entities, and what joining them reads.

    A node is in when it is new or changed, when a pair or link with it
    changed, when it shares a place name or gazetteer entry with a node that
    is in, when it is a lone word that may be part of a node that is in,
    when it is linked to one, and with every node of an entity one of its
    nodes belongs to. Nodes outside keep their entities."""

    def __init__(self, store: Store, fresh: Mapping[str, Node]) -> None:
        self.store = store
        self.fresh = fresh  # the touched nodes, as this run counts them
        self.nodes: dict[str, Node] = dict(fresh)
        self.rows: dict[str, NodeRow] = {}
        self.names: set[str] = set()
        self.links: list[tuple[str, str, str]] = []
        self.pairs: set[Relation] = set()  # the related pairs with its nodes

    def load(self, names: Iterable[str]) -> None:
        """Read stored nodes not read yet (the touched ones as counted now)."""
        wanted = set(names) - self.rows.keys()
        for name, row in self.store.name_nodes(wanted).items():
            self.rows[name] = row
            if name not in self.fresh:
                self.nodes[name] = _node(row)

    def close(self, seed: set[str]) -> None:
        """Grow the region from ``seed`` until nothing more can change."""
        frontier = set(seed)
        while frontier:
            self.names |= frontier
            self.load(frontier)
            more: set[str] = set()
            entities = {self.rows[n].entity_id for n in frontier if n in self.rows}
            more |= self.store.nodes_of_entities(e for e in entities if e)
            keys = [
                k
                for n in frontier
                if n in self.nodes
                for k in _place_keys(self.nodes[n])
            ]
            more |= {
                m
                for members in self.store.nodes_with_keys(keys).values()
                for m in members
            }
            for a, b, rel in self.store.name_pairs(frontier):
                if rel == PART and b in frontier:
                    more.add(a)  # a lone word that may be part of it
            links = self.store.name_links(frontier)
            more |= {n for link in links for n in link[:2]}
            frontier = more - self.names
        self.links = self.store.name_links(self.names)
        self.pairs = self._pull_outside_parts()
        # the longer names outside a lone word inside may be part of: read,
        # so that their pairs count, but not joined again
        self.load(b for a, b, rel in self.pairs if rel == PART and a in self.names)

    def _pull_outside_parts(self) -> set[Relation]:
        """A lone word inside whose every longer name is one entity outside
        joins it: that entity comes in too. Returns the pairs of the region's
        nodes once it has stopped growing."""
        while True:
            pairs = self.store.name_pairs(self.names)
            parts: dict[str, set[str]] = defaultdict(set)
            for a, b, rel in pairs:
                if rel == PART and a in self.names:
                    parts[a].add(b)
            outside = {b for others in parts.values() for b in others} - self.names
            rows = self.store.name_nodes(outside)
            pull = {
                next(iter(labels))
                for others in parts.values()
                if not others & self.names
                and others <= rows.keys()
                and len(
                    labels := {
                        rows[b].entity_id
                        for b in holding({b: rows[b].weight for b in others})
                    }
                )
                == 1
                and None not in labels
            }
            more = self.store.nodes_of_entities(e for e in pull if e) - self.names
            if not more:
                return pairs
            self.close(more)

    def outside(
        self, found: Iterable[Relation], joined: Mapping[str, Node]
    ) -> dict[str, tuple[str, int]]:
        """The entity and the mentions of each name outside the region a lone
        word inside may be part of."""
        names = {
            b for a, b, rel in found if rel == PART and a in joined
        } - joined.keys()
        return {
            n: (r.entity_id or n, r.weight)
            for n, r in self.store.name_nodes(names).items()
        }

    def block_sizes(self) -> dict[Block, int]:
        """How many nodes share each block of the region's nodes."""
        keys = {_block_key(b) for n in self.nodes.values() for b in n.blocks}
        return {_block(k): n for k, n in self.store.key_sizes(keys).items()}


def _keys(node: Node) -> list[str]:
    """Index keys of a node: its blocks and, for places, its name and entries."""
    return [*(_block_key(b) for b in node.blocks), *_place_keys(node)]


def _place_keys(node: Node) -> list[str]:
    """Keys shared by nodes the gazetteer rule may join: the name of a place
    (resolved or not) and its gazetteer entries."""
    if not (node.geonameids or node.unscoped_place):
        return []
    return [f"k:{node_key(node.name)}", *(f"g:{g}" for g in node.geonameids)]


def _block_key(block: Block) -> str:
    return f"b:{block[0]}|{block[1]}"


def _block(key: str) -> Block:
    kind, _, prefix = key[2:].partition("|")
    return kind, prefix


def _decision_ids(decisions: Sequence[dict[str, Any]]) -> set[str]:
    """Entity ids the logged decisions name (those undone too): their
    entities are always joined again."""
    return {str(d[k]) for d in decisions for k in ("a", "b", "entity_id") if d.get(k)}


def _shrunk(
    store: Store,
    stored: Mapping[str, NodeRow],
    nodes: Mapping[str, Node],
    dirty: set[str],
) -> set[str]:
    """Members of blocks that ``dirty`` nodes left and that are back to a
    comparable size: their pairs were never compared."""
    left: dict[str, int] = defaultdict(int)
    for name in dirty & stored.keys():
        for block in {tuple(b) for b in stored[name].head.get("blocks", ())}:
            if block not in nodes[name].blocks:
                left[_block_key(block)] += 1
    sizes = store.key_sizes(left)
    back = [
        k
        for k, gone in left.items()
        if sizes.get(k, 0) <= MAX_BLOCK_SIZE < sizes.get(k, 0) + gone
    ]
    return {m for members in store.nodes_with_keys(back).values() for m in members}


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


def _known(rows: Mapping[str, NodeRow]) -> dict[tuple[str, str], str]:
    """(kind, name key) -> the smallest entity id with a node of that key."""
    known: dict[tuple[str, str], str] = {}
    for name, row in sorted(rows.items(), key=lambda item: item[1].entity_id or ""):
        if row.entity_id:
            known.setdefault((row.kind, node_key(name)), row.entity_id)
    return known


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
