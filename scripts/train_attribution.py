"""Rebuild ``corroborate/data/attribution/cue_model.json`` from PolNeAR train.

Usage (from the repository root)::

    .venv/bin/python scripts/train_attribution.py [--data ../shared/bench/polnear/train]

Every verb, noun and adjective of the training texts is an example, labelled
1 when it lies inside a gold cue span. The decision threshold is chosen by
5-fold cross-validation over training *documents*: for each fold a model is
fitted on the other folds and the whole claim extractor (rules plus model) is
scored on the held-out documents; the threshold with the best mean overlap
F1 of source, cue and content wins. The final model is fitted on all of
train. Only weights over generic feature names are written, no text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from corroborate import extractors as _builtins  # noqa: F401
from corroborate.attribution_model import (
    MODEL_PATH,
    CueModel,
    cue_features,
    is_candidate,
)
from corroborate.evaluate import prf
from corroborate.evaluate.attribution import (
    ROLES,
    Spans,
    _count,
    _load_pairs,
    _predicted,
)
from corroborate.extractors.claims import extract_claims
from corroborate.nlp import load_nlp
from corroborate.records import Article
from corroborate.registry import get_extractor

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "polnear" / "train"
THRESHOLDS = (0.3, 0.4, 0.5)
DROPS = (0.1, 0.2, 0.3)
FOLDS = 5
L2 = 3e-5


class HeldOutModel(CueModel):
    """A fold's model with its probabilities worked out once per word."""

    def __init__(self, model: CueModel) -> None:
        super().__init__(l2=model.l2)
        self.weights, self.bias = model.weights, model.bias
        self.memo: dict[tuple[int, int], float] = {}

    def token_probability(self, token: Any) -> float:
        key = (id(token.doc), token.i)
        if key not in self.memo:
            self.memo[key] = super().token_probability(token)
        return self.memo[key]


def examples(sdoc: Any, gold: Spans) -> tuple[list[list[str]], list[int]]:
    """Feature rows and 0/1 labels for a document's candidate words."""
    cues = gold["cue"]
    rows, labels = [], []
    for token in sdoc:
        if not is_candidate(token):
            continue
        end = token.idx + len(token.text)
        rows.append(cue_features(token))
        labels.append(int(any(s < end and token.idx < e for s, e in cues)))
    return rows, labels


def prepared(pairs: list[tuple[str, Spans]], docs: list[Any]) -> list[Article]:
    """Articles with entity and quantity mentions, ready for the claim extractor."""
    stages = [get_extractor(n) for n in ("entities.spacy.v1", "quantities.rules.v1")]
    articles = []
    for (text, _), sdoc in zip(pairs, docs, strict=True):
        article = Article(id="polnear#1", document_id="polnear", text=text)
        for stage in stages:
            stage(article, sdoc)
        articles.append(article)
    return articles


def score(
    articles: list[Article], docs: list[Any], golds: list[Spans], model: CueModel | None
) -> dict[str, dict[str, float]]:
    """Overlap P/R/F1 per role of rules plus ``model`` on these documents."""
    counts = {m: {r: [0, 0, 0] for r in ROLES} for m in ("exact", "overlap")}
    for base, sdoc, gold in zip(articles, docs, golds, strict=True):
        article = Article(id=base.id, document_id=base.document_id, text=base.text,
                          mentions=list(base.mentions), quantities=list(base.quantities))  # fmt: skip
        extract_claims(article, sdoc, model)
        _count(counts, gold, _predicted(article))
    return {r: prf(*c) for r, c in counts["overlap"].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--docbin", type=Path, help="cached parses (spaCy DocBin)")
    args = parser.parse_args()
    pairs = _load_pairs(args.data)
    nlp = load_nlp()
    if args.docbin:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(args.docbin).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe([text for text, _ in pairs], batch_size=16))
    golds = [gold for _, gold in pairs]
    data = [examples(sdoc, gold) for sdoc, gold in zip(docs, golds, strict=True)]
    articles = prepared(pairs, docs)
    grid = [(t, d) for t in THRESHOLDS for d in DROPS]
    totals = {g: {m: [0, 0, 0] for m in ROLES} for g in grid}
    for fold in range(FOLDS):
        train = [i for i in range(len(docs)) if i % FOLDS != fold]
        held = [i for i in range(len(docs)) if i % FOLDS == fold]
        rows = [r for i in train for r in data[i][0]]
        labels = [y for i in train for y in data[i][1]]
        model = HeldOutModel(CueModel(l2=L2).fit(rows, labels))
        for t, d in grid:
            model.threshold, model.drop_below = t, d
            figures = score([articles[i] for i in held], [docs[i] for i in held],
                            [golds[i] for i in held], model)  # fmt: skip
            for role in ROLES:
                for k, key in enumerate(("tp", "fp", "fn")):
                    totals[t, d][role][k] += int(figures[role][key])
        print("fold", fold, "done", flush=True)  # noqa: T201
    cv = {g: {r: prf(*c)["f1"] for r, c in by.items()} for g, by in totals.items()}
    for g in grid:
        print(f"cv threshold={g[0]} drop_below={g[1]}", cv[g])  # noqa: T201
    best = max(grid, key=lambda g: sum(cv[g].values()))
    print("chosen", best)  # noqa: T201
    rows = [r for d in data for r in d[0]]
    labels = [y for d in data for y in d[1]]
    model = CueModel(l2=L2, threshold=best[0], drop_below=best[1]).fit(rows, labels)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), indent=0) + "\n", encoding="utf-8")
    print("wrote", args.out, len(model.weights), "weights")  # noqa: T201


if __name__ == "__main__":
    main()
