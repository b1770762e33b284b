"""``corroborate eval TASK``: score a stage against public annotated data.

Each task module registers a function with :func:`task`. A task takes the
path of its data (defaulting to ``../shared/bench/...``) and returns a dict
of figures that the CLI prints as JSON (and as a table with ``--table``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

TaskFn = Callable[..., dict[str, Any]]

TASKS: dict[str, TaskFn] = {}
TASK_MODULES = (
    "segment",
    "ner",
    "names",
    "timex",
    "geo",
    "attribution",
    "plover",
    "events",
    "stories",
    "discrepancies",
    "corroboration",
)
BENCH_DIR = Path(
    os.environ.get("CORROBORATE_BENCH")
    or Path(__file__).resolve().parents[3] / "shared" / "bench"
)


def task(name: str) -> Callable[[TaskFn], TaskFn]:
    """Register an evaluation task under ``name``."""

    def wrap(fn: TaskFn) -> TaskFn:
        TASKS[name] = fn
        return fn

    return wrap


def load_tasks() -> dict[str, TaskFn]:
    """Import every task module that exists and return the task table."""
    for module in TASK_MODULES:
        try:
            importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
    return TASKS


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts, rounded to 4 places."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }
