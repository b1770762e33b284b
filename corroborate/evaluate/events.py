"""``corroborate eval events``: event trigger identification and event places
against WikiEvents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..nlp import load_nlp
from ..records import Article
from ..registry import get_extractor
from . import BENCH_DIR, prf, task

EXTRACTORS: tuple[str, ...] = (
    "entities.spacy.v1", "dates.rules.v1", "places.geonames.v1", "quantities.rules.v1",
    "claims.rules.v1", "events.plover.v1",
)  # fmt: skip


@task("events", "wikievents/dev.jsonl")
def evaluate_events(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score ``events.plover.v1`` trigger identification (untyped) on WikiEvents.

    The documents' tokens are joined with single spaces, so gold token
    offsets map to character offsets; a predicted trigger matches a gold
    trigger when they cover the same tokens (exact) or share one (overlap).
    Types are not compared: PLOVER and KAIROS types differ.

    ``place`` scores the place of each event whose trigger matched a gold
    trigger (overlap, one-to-one): our place is a prediction, each gold
    ``Place`` argument of that trigger is gold, and a place matches when its
    span shares a character with a gold Place argument's span. Dates and
    places are extracted first, as in the pipeline (triggers do not use them).

    Args:
        data: WikiEvents JSONL (default ``BENCH_DIR/wikievents/dev.jsonl``).
        limit: score only the first ``limit`` documents.

    Returns:
        ``{"docs", "gold_triggers", "exact": prf, "overlap": prf, "place": prf}``.
    """
    from .. import extractors as _builtins  # noqa: F401  (registers built-ins)

    path = data or BENCH_DIR / "wikievents" / "dev.jsonl"
    docs = [
        json.loads(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    docs = docs[:limit]
    nlp = load_nlp()
    stages = [get_extractor(name) for name in EXTRACTORS]
    counts = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
    places = [0, 0, 0]
    for doc in docs:
        text, starts = _join_tokens(doc["tokens"])
        gold = {
            _char_span(starts, doc["tokens"], m["trigger"])
            for m in doc["event_mentions"]
        }
        gold_places = _gold_places(doc, starts)
        article = Article(id=f"{doc['doc_id']}#1", document_id=doc["doc_id"], text=text)
        sdoc = nlp(text)
        for stage in stages:
            stage(article, sdoc)
        pred = {(e.trigger.start, e.trigger.end) for e in article.events if e.trigger}
        matched = _count(counts, gold, pred)
        ours = {(e.trigger.start, e.trigger.end): e.place
                for e in article.events if e.trigger}  # fmt: skip
        for span, hit in matched.items():
            place = ours.get(span)
            _count_place(
                places,
                (place.start, place.end) if place else None,
                gold_places.get(hit, set()),
            )
    return {"data": str(path), "docs": len(docs),
            "gold_triggers": sum(c for c in counts["exact"][::2]),
            **{mode: prf(*c) for mode, c in counts.items()},
            "place": prf(*places)}  # fmt: skip


def _gold_places(
    doc: dict[str, Any], starts: list[int]
) -> dict[tuple[int, int], set[tuple[int, int]]]:
    """Character spans of the gold ``Place`` arguments, by their trigger's span."""
    tokens = doc["tokens"]
    entities = {m["id"]: m for m in doc.get("entity_mentions", [])}
    found: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for mention in doc["event_mentions"]:
        trigger = _char_span(starts, tokens, mention["trigger"])
        spans = found.setdefault(trigger, set())
        for arg in mention.get("arguments", []):
            entity = entities.get(arg.get("entity_id"))
            if arg.get("role") == "Place" and entity is not None:
                spans.add(_char_span(starts, tokens, entity))
    return found


def _count_place(
    places: list[int], pred: tuple[int, int] | None, gold: set[tuple[int, int]]
) -> None:
    """Add tp/fp/fn for the place of one matched trigger (overlap match)."""
    hits = {g for g in gold if pred is not None and pred[0] < g[1] and g[0] < pred[1]}
    tp = 1 if hits else 0
    places[0] += tp
    places[1] += (pred is not None) - tp
    places[2] += len(gold) - len(hits)


def _join_tokens(tokens: list[str]) -> tuple[str, list[int]]:
    """Text of tokens joined by spaces, and each token's start offset."""
    starts, pos = [], 0
    for token in tokens:
        starts.append(pos)
        pos += len(token) + 1
    return " ".join(tokens), starts


def _char_span(
    starts: list[int], tokens: list[str], trigger: dict[str, Any]
) -> tuple[int, int]:
    """Character span of a token-offset trigger (end token exclusive)."""
    last = trigger["end"] - 1
    return starts[trigger["start"]], starts[last] + len(tokens[last])


def _count(
    counts: dict[str, list[int]], gold: set[tuple[int, int]], pred: set[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """Add tp/fp/fn for one document, exact and overlap (one-to-one).

    Returns:
        Each predicted span matched by overlap, with the gold span it matched.
    """
    counts["exact"][0] += len(gold & pred)
    counts["exact"][1] += len(pred - gold)
    counts["exact"][2] += len(gold - pred)
    unmatched = set(gold)
    tp = 0
    matched: dict[tuple[int, int], tuple[int, int]] = {}
    for span in sorted(pred):
        hit = next(
            (g for g in sorted(unmatched) if span[0] < g[1] and g[0] < span[1]), None
        )
        if hit is not None:
            unmatched.discard(hit)
            matched[span] = hit
            tp += 1
    counts["overlap"][0] += tp
    counts["overlap"][1] += len(pred) - tp
    counts["overlap"][2] += len(unmatched)
    return matched
