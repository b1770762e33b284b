"""``corroborate eval names``: pairwise name matching on labelled name pairs."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from rigour.text.scripts import common_scripts

from ..names import MATCH_THRESHOLD, compare_names
from ..records import Article
from . import BENCH_DIR, prf, read_xml, task

NAMES_CASES = Path("names") / "cases.csv"
CROSS_SCRIPT = "cross_script"  # the pairs whose two names share no script


@task("names", NAMES_CASES)
def evaluate_names(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score :func:`compare_names` at :data:`MATCH_THRESHOLD` on labelled pairs.

    Args:
        data: CSV with ``schema,name1,name2,is_match`` columns; defaults to
            ``BENCH_DIR/names/cases.csv``.
        limit: score only the first ``limit`` pairs.

    Returns:
        Overall P/R/F1, the same per schema and over the pairs written in
        two scripts (``cross_script``), plus the threshold used.
    """
    path = Path(data) if data else BENCH_DIR / NAMES_CASES
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    counts: dict[str, Counter[str]] = {"all": Counter()}
    for row in rows:
        score = compare_names(row["name1"], row["name2"], schema=row["schema"] or None)
        outcome = _outcome(score >= MATCH_THRESHOLD, row["is_match"] == "true")
        keys = ["all", row["schema"]]
        if not common_scripts(row["name1"], row["name2"]):
            keys.append(CROSS_SCRIPT)
        for key in keys:
            counts.setdefault(key, Counter())[outcome] += 1
    figures = {key: prf(c["tp"], c["fp"], c["fn"]) for key, c in counts.items()}
    return {"pairs": len(rows), "threshold": MATCH_THRESHOLD, **figures}


def _outcome(predicted: bool, gold: bool) -> str:
    """Confusion cell of one pair: tp, fp, fn or tn."""
    if predicted:
        return "tp" if gold else "fp"
    return "fn" if gold else "tn"


MEANTIME_DIR = Path("meantime") / "intra_cross-doc_annotation"
MEANTIME_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Mentions, then GeoNames ids (one gazetteer entry is one place entity).
RESOLVE_EXTRACTORS = ("entities.news.v1", "places.geonames.v1")


@task("entities", MEANTIME_DIR)
def evaluate_entities(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score cross-document resolution of named mentions on MEANTIME (B-cubed).

    Gold mentions are MEANTIME's named (``NAM``) person, organisation and
    place mentions with their cross-document instance ids. The pipeline runs
    ``entities.news.v1`` and ``places.geonames.v1``, then
    :func:`resolve_entities` over all documents;
    mentions found with exactly the gold span are scored.

    Args:
        data: the ``intra_cross-doc_annotation`` folder; defaults to
            ``BENCH_DIR/meantime/intra_cross-doc_annotation``.
        limit: use only the first ``limit`` documents (sorted by path).

    Returns:
        B-cubed P/R/F1 over matched mentions, and mention recall.
    """
    from ..nlp import load_nlp
    from ..registry import get_extractor
    from ..resolve import resolve_entities

    root = Path(data) if data else BENCH_DIR / MEANTIME_DIR
    documents = [_read_meantime(p) for p in sorted(root.glob("*/*.xml"))][:limit]
    stages = [get_extractor(name) for name in RESOLVE_EXTRACTORS]
    articles = [article for article, _ in documents]
    sdocs = load_nlp().pipe(a.text for a in articles)
    for article, sdoc in zip(articles, sdocs, strict=True):
        for stage in stages:
            stage(article, sdoc)
    resolve_entities(articles)
    gold: dict[tuple[str, int, int], str] = {}
    for article, spans in documents:
        gold.update({(article.id, s, e): inst for (s, e), inst in spans.items()})
    predicted = {
        (a.id, m.start, m.end): m.entity_id
        for a in articles
        for m in a.mentions
        if (a.id, m.start, m.end) in gold and m.entity_id
    }
    texts = {a.id: a.text for a in articles}
    exact = {item: texts[item[0]][item[1] : item[2]].lower() for item in predicted}
    return {
        "documents": len(documents),
        "gold_mentions": len(gold),
        "baseline_exact_text": _b_cubed(exact, gold),
        "mention_recall": round(len(predicted) / len(gold), 4) if gold else 0.0,
        "b_cubed": _b_cubed(predicted, gold),
    }


def _b_cubed(predicted: dict[Any, str], gold: dict[Any, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering over shared items."""
    by_pred: dict[str, set[Any]] = {}
    by_gold: dict[str, set[Any]] = {}
    for item, cluster in predicted.items():
        by_pred.setdefault(cluster, set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    precision = recall = 0.0
    for item, cluster in predicted.items():
        same = by_pred[cluster] & by_gold[gold[item]]
        precision += len(same) / len(by_pred[cluster])
        recall += len(same) / len(by_gold[gold[item]])
    n = len(predicted) or 1
    p, r = precision / n, recall / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _read_meantime(path: Path) -> tuple[Article, dict[tuple[int, int], str]]:
    """One MEANTIME document: an Article (tokens joined by spaces, sentences
    by newlines) and its named mentions' spans -> cross-document instance ids."""
    root = read_xml(path)
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    position, sentence = 0, None
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            parts[-1] = "\n"
        sentence = token.get("sentence")
        text = token.text or ""
        offsets[token.get("t_id", "")] = (position, position + len(text))
        parts += [text, " "]
        position += len(text) + 1
    instance = {
        e.get("m_id"): e.get("instance_id", "")
        for e in root.iter("ENTITY")
        if e.get("ent_type") in MEANTIME_TYPES
    }
    target = {
        r.find("source").get("m_id"): r.find("target").get("m_id")  # type: ignore[union-attr]
        for r in root.iter("REFERS_TO")
    }
    spans: dict[tuple[int, int], str] = {}
    for mention in root.iter("ENTITY_MENTION"):
        tokens = [offsets[a.get("t_id", "")] for a in mention.iter("token_anchor")]
        inst = instance.get(target.get(mention.get("m_id"), ""))
        if mention.get("syntactic_type") == "NAM" and tokens and inst:
            spans[(tokens[0][0], tokens[-1][1])] = inst
    doc_id = root.get("doc_id", path.stem)
    article = Article(
        id=f"{doc_id}#1", document_id=doc_id, text="".join(parts).rstrip()
    )
    return article, spans
