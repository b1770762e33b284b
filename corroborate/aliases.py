"""Resolved entities for people and other tools: pairs that may be one entity
(for review), FollowTheMoney export, and names for the NER alias ruler."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .names import REVIEW_THRESHOLD, compare_names, is_acronym_of, name_tokens
from .records import Entity
from .resolve import (
    ACRONYM_REVIEW_SCORE,
    AUTO_MERGE_THRESHOLD,
    BLOCK_PREFIX_CHARS,
    schema_of_kind,
)


def review_candidates(
    entities: Sequence[Entity],
    *,
    low: float = REVIEW_THRESHOLD,
    high: float = AUTO_MERGE_THRESHOLD,
) -> list[dict[str, Any]]:
    """Pairs of entities of one kind whose names nearly match: for a human.

    Args:
        entities: resolved entities.
        low: lowest score listed.
        high: scores at or above this would have merged automatically.

    Returns:
        ``{"a", "b", "a_name", "b_name", "score", "kind"}`` dicts, best first.
    """
    pairs = []
    for i, a in enumerate(entities):
        for b in entities[i + 1 :]:
            if a.kind != b.kind:
                continue
            if _acronym_pair(a, b):
                score = ACRONYM_REVIEW_SCORE
            elif _share_block(a, b):
                score = max(
                    compare_names(x, y, schema=schema_of_kind(a.kind))
                    for x in _spellings(a)
                    for y in _spellings(b)
                )
            else:
                continue
            if low <= score < high:
                pairs.append(
                    {
                        "a": a.id,
                        "b": b.id,
                        "a_name": a.name,
                        "b_name": b.name,
                        "score": score,
                        "kind": a.kind,
                    }
                )
    return sorted(pairs, key=lambda p: (-p["score"], p["a"], p["b"]))


def _acronym_pair(a: Entity, b: Entity) -> bool:
    """Whether one entity's name is an undefined acronym of the other's."""
    if a.kind == "Person":
        return False
    return any(
        is_acronym_of(x, y) or is_acronym_of(y, x)
        for x in _spellings(a)
        for y in _spellings(b)
        if x.isupper() or y.isupper()
    )


def _spellings(entity: Entity) -> set[str]:
    """The entity's name and non-role aliases."""
    return {entity.name} | {a.name for a in entity.aliases if a.kind != "role"}


def _share_block(a: Entity, b: Entity) -> bool:
    """Whether two entities share a token prefix (cheap pre-filter)."""

    def prefixes(e: Entity) -> set[str]:
        return {
            t[:BLOCK_PREFIX_CHARS] for s in _spellings(e) for t in name_tokens(s, None)
        }

    return bool(prefixes(a) & prefixes(b))


# Alias kinds -> FollowTheMoney name properties.
FTM_NAME_PROPERTY = {
    "canonical": "alias",
    "acronym": "alias",
    "transliteration": "alias",
    "translation": "alias",
    "short_form": "weakAlias",
    "weak_alias": "weakAlias",
    "former_name": "previousName",
}


def entity_to_ftm(entity: Entity) -> dict[str, Any]:
    """Export an entity as a FollowTheMoney entity dict (places as ``Address``).

    Args:
        entity: a resolved entity.

    Returns:
        ``{"id", "schema", "properties"}`` built and validated by
        ``followthemoney``; roles become the Person ``position`` property.
    """
    from followthemoney import model

    proxy = model.make_entity("Address" if entity.kind == "Place" else entity.kind)
    proxy.id = entity.id
    proxy.add("name", entity.name)
    for alias in entity.aliases:
        if alias.name != entity.name:
            proxy.add(FTM_NAME_PROPERTY.get(alias.kind, "weakAlias"), alias.name)
    if entity.kind == "Person":
        proxy.add("position", [role.name for role in entity.roles])
    return dict(proxy.to_dict())


LABEL_OF_KIND = {"Person": "PERSON", "Organization": "ORG", "Place": "GPE"}


def known_aliases(
    entities: Sequence[Entity], *, min_count: int = 2
) -> list[tuple[str, str]]:
    """``(name, label)`` pairs to feed ``entities.news.v1``'s alias ruler.

    Args:
        entities: resolved entities.
        min_count: keep spellings seen at least this often (noise guard).

    Returns:
        Multi-letter names and acronyms with the mention label of their kind.
    """
    pairs = set()
    for entity in entities:
        label = LABEL_OF_KIND.get(entity.kind)
        for alias in entity.aliases:
            if label and alias.count >= min_count and len(alias.name) > 2:
                pairs.add((alias.name, label))
    return sorted(pairs)
