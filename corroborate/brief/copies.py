"""One report told by several outlets: passages two outlets print in the
same words, outside quotation marks, or inside a long stretch both print (one
copied the other, both ran one wire story, or both reproduce one document).
The brief says so of a fact's accounts (:func:`one_text`); the status still
counts outlets."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..facts.passages import quoted
from ..facts.quotes import wording

ONE_TEXT_WORDS = 8
"""Words a passage needs, the same in two outlets and outside quotation marks,
for the brief to say they told it in one text."""
COPIED_CHARS = 400
COPIED_WORDS = 25
"""Words in a row, outside quotation marks, that two outlets print within
``COPIED_CHARS`` of a fact's passages for the brief to say they told it in
one text ("(via Politico)": paragraphs copied whole, a senator's quotes with
them)."""
ONE_TEXT_SHARE = 0.9
"""Share of two passages' words that must be the same, in order."""


def one_text(row: Mapping[str, Any], texts: Mapping[str, str]) -> bool:
    """True when two outlets of a fact tell it in the same words, at least
    ``ONE_TEXT_WORDS`` of them, outside quotation marks (``texts``: the
    articles' texts by id), or stand in a stretch of ``COPIED_WORDS`` words
    in a row outside quotation marks that both print: one copied the other,
    both ran one wire story, or both reproduce one document, so they are one
    report, not two (the brief says so; the status still counts outlets).
    Two outlets quoting one speaker alike, each in its own words around the
    quote, are not."""
    by_outlet: dict[str, set[tuple[str, ...]]] = {}
    around: dict[str, list[tuple[str, ...]]] = {}
    for evidence in row["evidence"]:
        words = wording(evidence["text"])
        text = texts.get(evidence["article_id"], "")
        start = evidence["span"]["start"]
        outlet = evidence["outlet"] or ""
        if len(words) >= ONE_TEXT_WORDS and not quoted(text, start, evidence["text"]):
            by_outlet.setdefault(outlet, set()).add(words)
        around.setdefault(outlet, []).append(_narration(text, start))
    return _two_outlets(_alike, list(by_outlet.values())) or _two_outlets(
        _copied, list(around.values())
    )


def _two_outlets(
    same: Callable[[tuple[str, ...], tuple[str, ...]], bool],
    told: Sequence[Iterable[tuple[str, ...]]],
) -> bool:
    """True when ``same`` holds of words of two outlets (``told``: each
    outlet's passages)."""
    return any(
        same(x, y)
        for i, first in enumerate(told)
        for second in told[i + 1 :]
        for x in first
        for y in second
    )


_UNMARKED = re.compile(r"[^\"\u201c\u201d'`<>\n]+")
"""A stretch of text with no mark that may open or close a quotation (nor a
line break, nor a tag): quoted throughout or not at all."""


def _narration(text: str, at: int) -> tuple[str, ...]:
    """The words around an offset (``COPIED_CHARS`` each side) outside
    quotation marks: what the outlet wrote itself. Whether a stretch is
    quoted is asked once per stretch between marks, not once per word (the
    story page reads every fact's passages)."""
    low, high = max(0, at - COPIED_CHARS), at + COPIED_CHARS
    return tuple(
        word.lower()
        for stretch in _UNMARKED.finditer(text, low, high)
        if not quoted(text, stretch.start(), "")
        for word in re.findall(r"\w+", stretch.group())
    )


def _copied(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """True when two outlets' words share ``COPIED_WORDS`` in a row."""
    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    block = matcher.find_longest_match(0, len(first), 0, len(second))
    return block.size >= COPIED_WORDS


def _alike(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """True when two passages are the same words but for about one in ten
    ("fumed to senators", "fumed at senators")."""
    return (
        difflib.SequenceMatcher(None, first, second, autojunk=False).ratio()
        >= ONE_TEXT_SHARE
    )
