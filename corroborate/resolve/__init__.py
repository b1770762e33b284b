"""Corpus resolution: mentions become entities with stable ids, aliases, roles.

Three steps, one module each: :mod:`.mentions` reads one article's names
into nodes and the aliases the article defines; :mod:`.graph` joins nodes
across the corpus; :mod:`.entities` turns the joined nodes into entities
with ids that survive reruns. :func:`resolve_entities` runs them over a list
of articles in memory; :mod:`corroborate.corpus` runs them on a store,
reading only the new articles and the nodes they touch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Article, Entity
from .entities import (
    apply_decisions,
    assign_ids,
    build_entity,
    entity_id,
    known_spellings,
    node_stats,
)
from .graph import (
    AUTO_MERGE_THRESHOLD,
    BLOCK_PREFIX_CHARS,
    blocks_of,
    clusters,
    link_nodes,
    relations,
)
from .mentions import KIND_OF_LABEL, clean_surface, read_names, set_mention_ids

ACRONYM_REVIEW_SCORE = round(AUTO_MERGE_THRESHOLD - 0.01, 2)
"""An acronym never defined in the corpus ("GM" ~ "General Motors") is only a
candidate: listed for review just under the automatic threshold."""

__all__ = [
    "ACRONYM_REVIEW_SCORE",
    "AUTO_MERGE_THRESHOLD",
    "BLOCK_PREFIX_CHARS",
    "KIND_OF_LABEL",
    "clean_surface",
    "entity_id",
    "read_names",
    "resolve_entities",
    "schema_of_kind",
    "set_mention_ids",
]


def resolve_entities(
    articles: Sequence[Article],
    *,
    existing: Sequence[Entity] = (),
    decisions: Sequence[dict[str, Any]] = (),
) -> list[Entity]:
    """Resolve the articles' mentions into entities and set ``Mention.entity_id``.

    Args:
        articles: annotated articles (``mentions`` filled); their mention lists
            are updated in place with entity ids.
        existing: entities from earlier runs; a cluster none of whose
            mentions carries an id yet takes the id of one it shares a
            spelling with. Mentions that carry an ``entity_id`` from an
            earlier run keep it while their cluster keeps most of them,
            whatever its canonical name becomes.
        decisions: human decisions applied in order:
            ``{"action": "merge", "a": id, "b": id}`` folds ``b`` into ``a``;
            ``{"action": "split", "entity_id": id, "alias": name}`` moves the
            mentions spelled like ``alias`` out into an entity of their own.

    Returns:
        Entities sorted by id, each with aliases (with evidence and counts),
        roles and article ids.
    """
    names = [read_names(a) for a in sorted(articles, key=lambda a: a.id)]
    stats = node_stats(o for n in names for o in n.occurrences)
    nodes = {name: s.node(name) for name, s in stats.items()}
    found = relations(nodes, blocks_of(nodes.values()), dirty=nodes.keys())
    graph = link_nodes(nodes, [link for n in names for link in n.links], found)
    grouped = assign_ids(
        clusters(graph, nodes), nodes, known_spellings(existing), decisions
    )
    grouped = apply_decisions(grouped, nodes, decisions)
    entity_of = {node: eid for eid, members in grouped.items() for node in members}
    set_mention_ids(articles, names, entity_of)
    entities = [
        build_entity(eid, members, stats, graph.link_kind)
        for eid, members in grouped.items()
    ]
    return sorted(entities, key=lambda e: e.id)


def schema_of_kind(kind: str) -> str | None:
    """Schema to compare names of this kind with (places have none)."""
    return None if kind == "Place" else kind
