"""Time expressions: finding them in text and normalising them to TIMEX3 values.

Pure Python (no spaCy). ``expressions`` runs the rules and widens spans over
their modifier words; ``rules`` holds the patterns and their handlers,
``lexicon`` the words and regex building blocks, ``calendar`` the arithmetic
on dates and values. What the rest of the package uses is re-exported here.
"""

from __future__ import annotations

from .calendar import PLANNED, parse_iso, precision_of, timex_interval
from .expressions import (
    MODS,
    PRECISION_RANK,
    Reference,
    Timex,
    find_timexes,
    normalize_timex,
    timex_mod,
)
from .lexicon import CLOCK_RE

__all__ = [
    "CLOCK_RE",
    "MODS",
    "PLANNED",
    "PRECISION_RANK",
    "Reference",
    "Timex",
    "find_timexes",
    "normalize_timex",
    "parse_iso",
    "precision_of",
    "timex_interval",
    "timex_mod",
]
