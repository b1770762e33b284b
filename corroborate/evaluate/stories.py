"""Story clustering scored with B-cubed P/R/F1 on the PAC multi-outlet set."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cluster import JOIN_SCORE, StoryClusterer
from ..errors import PipelineError
from ..nlp import load_nlp
from ..pipeline import DEFAULT_EXTRACTORS, Pipeline
from ..records import Article, PubDate, Zone
from . import BENCH_DIR, task

PAC_DIR = BENCH_DIR / "stories" / "pac"


def load_pac(
    data: Path, *, limit: int | None = None, splits: Sequence[str] | None = None
) -> list[tuple[Article, str, str]]:
    """Read PAC JSON files as (article, gold story, PAC split), sorted by file name.

    Args:
        data: folder of ``STORY_<n>_DOCUMENT_<k>.json`` files.
        limit: keep only the first ``limit`` stories (all their documents).
        splits: keep only these PAC splits ("train", "dev", "test").

    Returns:
        One triple per document.
    """
    rows = []
    for path in sorted(data.glob("STORY_*_DOCUMENT_*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if splits and record.get("split") not in splits:
            continue
        rows.append(
            (
                _to_article(path.stem, record),
                path.stem.split("_DOCUMENT_")[0],
                str(record.get("split")),
            )
        )
    if limit is not None:
        keep = sorted({gold for _, gold, _ in rows})[:limit]
        rows = [row for row in rows if row[1] in keep]
    return rows


def _to_article(stem: str, record: dict[str, Any]) -> Article:
    """One PAC document as an Article: headline line, then the body sentences."""
    title = str(record.get("title") or "")
    body = " ".join(str(s.get("text", "")) for s in record.get("news", []))
    text = f"{title}\n\n{body}" if title else body
    published = (
        PubDate(record["date"], "day", "metadata", 1.0)
        if record.get("date")
        else PubDate()
    )
    zones = [Zone(0, len(title), "headline")] if title else []
    zones.append(Zone(len(text) - len(body), len(text), "body"))
    return Article(
        id=stem,
        document_id=stem,
        text=text,
        title=title or None,
        outlet=record.get("source"),
        published=published,
        zones=zones,
    )


def annotate_articles(
    pipeline: Pipeline, articles: list[Article], failed: list[str]
) -> list[Article]:
    """Run a pipeline's extractors on articles, leaving out (and naming) failures.

    Args:
        pipeline: the extractors to run.
        articles: articles to annotate in place.
        failed: receives the ids of articles an extractor failed on.

    Returns:
        The articles annotated without error.
    """
    nlp = load_nlp()
    done = []
    for article, sdoc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        try:
            done.append(pipeline.run(article, sdoc))
        except PipelineError:
            failed.append(article.id)
    return done


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels.

    Args:
        predicted: item -> predicted cluster.
        gold: item -> gold cluster (same items).

    Returns:
        ``precision``, ``recall``, ``f1`` rounded to 4 places.
    """
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item in gold:
        by_pred.setdefault(predicted[item], set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    p = r = 0.0
    for item in gold:
        same = len(by_pred[predicted[item]] & by_gold[gold[item]])
        p += same / len(by_pred[predicted[item]])
        r += same / len(by_gold[gold[item]])
    p, r = p / len(gold), r / len(gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _run(
    rows: list[tuple[Article, str, str]],
    order_seed: int | None,
    join_score: float | None,
) -> dict[str, Any]:
    """Cluster rows incrementally (file order or shuffled) and score them."""
    rows = list(rows)
    if order_seed is not None:
        random.Random(order_seed).shuffle(rows)
    clusterer = StoryClusterer(
        join_score=JOIN_SCORE if join_score is None else join_score
    )
    for article, _, _ in rows:
        article.story_id = None
        clusterer.add(article)
    predicted = {a.id: str(a.story_id) for a, _, _ in rows}
    gold = {a.id: g for a, g, _ in rows}
    figures: dict[str, Any] = bcubed(predicted, gold)
    figures["per_split"] = {
        split: bcubed(
            {a.id: predicted[a.id] for a, _, s in rows if s == split},
            {a.id: g for a, g, s in rows if s == split},
        )
        for split in sorted({s for _, _, s in rows})
    }
    figures["stories"] = len(set(predicted.values()))
    figures["gold_stories"] = len(set(gold.values()))
    return figures


@task("stories", PAC_DIR)
def evaluate_stories(
    *,
    data: Path | None = None,
    limit: int | None = None,
    annotate: bool = False,
    join_score: float | None = None,
    shuffles: int = 3,
    splits: Sequence[str] | None = None,
    **_: Any,
) -> dict[str, Any]:
    """B-cubed P/R/F1 of incremental story clustering on PAC (one corpus).

    Articles are added one at a time in file order, then again in
    ``shuffles`` random orders (seeds 0..n-1) to show order sensitivity.
    ``per_split`` scores each PAC split's articles among themselves, from the
    same run.

    Args:
        data: PAC folder (default ``BENCH_DIR/stories/pac``).
        limit: use only the first ``limit`` stories.
        annotate: run the registered extractors (spaCy) first, so entity
            mentions, dates and places feed the clustering.
        join_score: override ``cluster.JOIN_SCORE``.
        shuffles: how many shuffled orders to score as well.
        splits: restrict to PAC splits, e.g. ``("train",)`` for calibration.

    Returns:
        Figures for file order, the mean F1 over shuffles, and counts.
    """
    rows = load_pac(data or PAC_DIR, limit=limit, splits=splits)
    failed: list[str] = []
    if annotate:
        pipeline = Pipeline(names=DEFAULT_EXTRACTORS, strict=True)
        annotate_articles(pipeline, [a for a, _, _ in rows], failed)
    figures = _run(rows, None, join_score)
    runs = [_run(rows, seed, join_score)["f1"] for seed in range(shuffles)]
    figures["shuffled_f1"] = runs
    figures["articles"] = len(rows)
    figures["annotated"] = annotate
    if annotate:
        figures["annotation_failures"] = failed
    return figures
