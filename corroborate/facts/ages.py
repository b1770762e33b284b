"""A person's age as news write it: after the name ("Gerson Fuentes, 27,")
or as "27-year-old" before whom it describes ("the 27-year-old illegal
immigrant", "27-year-old Gerson Fuentes").

Two outlets giving one age state who the person is in the story (the
suspect, the victim). Ages are compared for agreement only: outlets write
the ages of several people in one story (a 10-year-old victim, her
nine- and ten-year-old siblings), and an age without a name says too little
to tell whose it is, so differing ages are never a conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extractors.quantities.numbers import WORD_NUMBERS

OLDEST = 120
AFTER_NAME = re.compile(r"\s*,\s*(?:aged\s+)?(\d{1,3})\s*,")
"""", 27," or ", aged 27," right after a name."""
YEAR_OLD = re.compile(r"\b(\d{1,3}|[a-z]+)\s*-\s*years?\s*-\s*old\b", re.IGNORECASE)
""""27-year-old" or "nine-year-old", tokenised or not ("27 - year - old")."""
NAME_AFTER = 30
"""Characters from "year-old" to the name it describes, at most
("27-year-old Gerson Fuentes", "the 46-year-old Minneapolis man George Floyd")."""
SENTENCE_END = re.compile(r"[.!?]\s")
"""What a name after "year-old" may not lie beyond: the next sentence's name is
not whom it describes ("assaulted a 10-year-old girl over six years ago.
Rafael Gomez, 27, ...")."""


@dataclass(frozen=True)
class Age:
    """One age written in a text: its value, where it is written, and the
    offsets of the name it belongs to (None when none is written)."""

    years: int
    start: int
    end: int
    name: tuple[int, int] | None


def ages_after_names(text: str, names: list[tuple[int, int]]) -> list[Age]:
    """Ages written right after a name: ``names`` are (start, end) offsets of
    person names in ``text``."""
    found = []
    for start, end in names:
        written = AFTER_NAME.match(text, end)
        if written and 0 < (years := int(written.group(1))) <= OLDEST:
            found.append(Age(years, start, written.end(1), (start, end)))
    return found


def ages_year_old(text: str, names: list[tuple[int, int]]) -> list[Age]:
    """Ages written "27-year-old", with the name right after, if one is."""
    found = []
    for written in YEAR_OLD.finditer(text):
        years = _years(written.group(1))
        if years is None or not 0 < years <= OLDEST:
            continue
        if text[: written.start()].rstrip().endswith("-"):
            continue  # "twenty-five-year-old": not five
        after = [
            (s, e)
            for s, e in names
            if written.end() <= s <= written.end() + NAME_AFTER
            and not SENTENCE_END.search(text, written.end(), s)
        ]
        found.append(
            Age(years, written.start(), written.end(), min(after) if after else None)
        )
    return found


def _years(written: str) -> int | None:
    """An age as a number: digits, or a number word ("nine")."""
    if written.isdigit():
        return int(written)
    value = WORD_NUMBERS.get(written.lower())
    return int(value) if value is not None and value == int(value) else None
