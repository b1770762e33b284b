"""Ranking a knowledge base's entities by how well one of their names
matches a name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .compare import MATCH_THRESHOLD, REVIEW_THRESHOLD, compare_names

if TYPE_CHECKING:
    from ..records import Entity

ORG_SCHEMAS = frozenset({"Organization", "Company", "LegalEntity", "PublicBody"})


def is_schema_compatible(query: str | None, kind: str) -> bool:
    """Whether an entity of FollowTheMoney schema ``kind`` can answer ``query``."""
    if query is None or query == kind or query in ("Thing", "LegalEntity"):
        return True
    return query in ORG_SCHEMAS and kind in ORG_SCHEMAS


def match_entities(
    name: str,
    entities: Sequence[Entity],
    *,
    schema: str | None = None,
    limit: int = 10,
    min_score: float = REVIEW_THRESHOLD,
) -> list[dict[str, Any]]:
    """Rank entities by how well one of their names matches ``name``.

    Args:
        name: the name to look up.
        entities: the knowledge base's entities.
        schema: restrict to this FollowTheMoney schema (and compatible ones).
        limit: how many candidates to return at most.
        min_score: drop candidates scoring below this.

    Returns:
        Dicts ``{"entity_id", "name", "kind", "score", "match",
        "matched_alias"}``, best first.
    """
    results: list[dict[str, Any]] = []
    for entity in entities:
        if not is_schema_compatible(schema, entity.kind):
            continue
        compare_as = schema or (entity.kind if entity.kind != "Place" else None)
        spellings = {entity.name} | {a.name for a in entity.aliases if a.kind != "role"}
        score, alias = max(
            (compare_names(name, s, schema=compare_as), s) for s in sorted(spellings)
        )
        if score >= min_score:
            results.append(
                {
                    "entity_id": entity.id,
                    "name": entity.name,
                    "kind": entity.kind,
                    "score": score,
                    "match": score >= MATCH_THRESHOLD,
                    "matched_alias": alias,
                }
            )
    results.sort(key=lambda r: (-float(r["score"]), str(r["entity_id"])))
    return results[:limit]
