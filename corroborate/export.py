"""Exports: the article JSON Lines contract, stories, entities, designations,
discrepancies, PLOVER events and FollowTheMoney entities."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .errors import ConfigError
from .query import build_article_output
from .records import Fact
from .store import Store


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
    elif fmt == "facts":
        for fact in store.facts():
            yield fact.to_dict()
    elif fmt == "discrepancies":
        for discrepancy in store.discrepancies():
            yield discrepancy.to_dict()
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
