"""Train the PLOVER root classifier on PLV sentences; export to corroborate/data/plover.

Not run in CI. Usage (about a minute on 1 CPU core):

    python scripts/train_plover.py --plv ../shared/bench/plover/PLV_train.tsv

The L2 strength (``L2_GRID``), the lexicon-fallback threshold
(``MIN_PROB_GRID``) and whether lexicon phrases take precedence are chosen
by 3-fold cross-validation on the training file, as inside each fold of
``corroborate eval plover``. Only the labels, the feature names (generic
lemmas, parts of speech and dependency labels) and their weights are
written: no sentence or name from the data set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corroborate.evaluate.plover import parse_relations, read_rows  # noqa: E402
from corroborate.plover import (  # noqa: E402
    ROOT_MODEL_PATH,
    RootClassifier,
    lexicon_phrase,
    normalize_root,
    relation_features,
    token_root,
    tune_settings,
)

DEFAULT_PLV = ROOT.parent / "shared" / "bench" / "plover" / "PLV_train.tsv"
SEED = 0


def main() -> None:
    """Parse, pick L2 and threshold by inner CV, fit on every sentence, write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plv", type=Path, default=DEFAULT_PLV)
    parser.add_argument("--out", type=Path, default=ROOT_MODEL_PATH)
    args = parser.parse_args()
    rows = read_rows(args.plv)
    gold = [normalize_root(r[3]) for r in rows]
    relations = parse_relations(rows)
    feats = [relation_features(*rel) for rel in relations]
    lexicon = [token_root(t) if t is not None else None for t, _s, _t in relations]
    phrases = [lexicon_phrase(t) for t, _s, _t in relations]
    settings = tune_settings(feats, gold, lexicon, phrases, seed=SEED)
    model = RootClassifier(**settings._asdict()).fit(feats, gold)
    data = {
        "about": "PLOVER root classifier for events.plover.v1; see README.md",
        "trained_on": {
            "file": args.plv.name,
            "sha256": hashlib.sha256(args.plv.read_bytes()).hexdigest(),
            "relations": len(rows),
        },
        **model.to_dict(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{settings} features={len(model.features)} -> {args.out}")  # noqa: T201


if __name__ == "__main__":
    main()
