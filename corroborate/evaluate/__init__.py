"""``corroborate eval TASK``: score a stage against public annotated data.

Each task module registers a function with :func:`task`. A task takes the
path of its data (defaulting to ``../shared/bench/...``) and returns a dict
of figures that the CLI prints as JSON (and as a table with ``--table``).
"""

from __future__ import annotations

import importlib
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError

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


TASK_DATA: dict[str, Path] = {}
"""Each task's default data: a path under ``BENCH_DIR`` (relative to it, or
already joined to it by the task's module)."""


def task(name: str, data: str | Path) -> Callable[[TaskFn], TaskFn]:
    """Register an evaluation task under ``name``, reading ``data`` (a path
    under ``BENCH_DIR``) unless it is given another."""

    def wrap(fn: TaskFn) -> TaskFn:
        TASKS[name] = fn
        TASK_DATA[name] = Path(data)
        return fn

    return wrap


def missing_data(name: str, data: Path | None) -> str | None:
    """Why task ``name`` cannot run on ``data`` (its default when None): the
    path does not exist or is an empty folder; None when it can."""
    path = Path(data) if data else BENCH_DIR / TASK_DATA[name]
    if path.is_file() or (path.is_dir() and any(path.iterdir())):
        return None
    where = "an empty folder" if path.is_dir() else "not found"
    return (
        f"eval {name}: {path}: {where}; the public data goes beside the"
        " repository (../shared/bench), or set CORROBORATE_BENCH to its folder,"
        " or pass --data"
    )


def load_tasks() -> dict[str, TaskFn]:
    """Import every task module that exists and return the task table."""
    for module in TASK_MODULES:
        try:
            importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
    return TASKS


def read_xml(path: Path) -> ET.Element:
    """The root of an XML data file.

    Raises:
        ConfigError: the file is not well-formed XML (named with where it breaks).
    """
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as error:
        raise ConfigError(f"{path}: not well-formed XML ({error})") from error


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
