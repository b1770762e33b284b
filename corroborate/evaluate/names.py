"""``corroborate eval names``: pairwise name matching on labelled name pairs."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from ..names import MATCH_THRESHOLD, compare_names
from . import BENCH_DIR, prf, task

NAMES_CASES = Path("names") / "cases.csv"


@task("names")
def evaluate_names(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score :func:`compare_names` at :data:`MATCH_THRESHOLD` on labelled pairs.

    Args:
        data: CSV with ``schema,name1,name2,is_match`` columns; defaults to
            ``BENCH_DIR/names/cases.csv``.
        limit: score only the first ``limit`` pairs.

    Returns:
        Overall P/R/F1 and the same per schema, plus the threshold used.
    """
    path = Path(data) if data else BENCH_DIR / NAMES_CASES
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    counts: dict[str, Counter[str]] = {"all": Counter()}
    for row in rows:
        score = compare_names(row["name1"], row["name2"], schema=row["schema"] or None)
        outcome = _outcome(score >= MATCH_THRESHOLD, row["is_match"] == "true")
        for key in ("all", row["schema"]):
            counts.setdefault(key, Counter())[outcome] += 1
    figures = {key: prf(c["tp"], c["fp"], c["fn"]) for key, c in counts.items()}
    return {"pairs": len(rows), "threshold": MATCH_THRESHOLD, **figures}


def _outcome(predicted: bool, gold: bool) -> str:
    """Confusion cell of one pair: tp, fp, fn or tn."""
    if predicted:
        return "tp" if gold else "fp"
    return "fn" if gold else "tn"
