"""Passages as words in order: the same words, a run of words in common, and
quoted words that make two tellings of one speaker one statement (read
wherever passages are compared: :mod:`.compatible`, :mod:`.lines`,
:mod:`.labels`, :mod:`.pairs`, the brief)."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator

from .statements import Statement
from .words import SAME_WORDS_MIN, content_words

_WORDS = re.compile(r"\w+")
QUOTED_WORDS = 2
"""Content words a run of quoted words holds, at least (see ``quoted_alike``)."""
RARE_SENTENCES = 2
"""In how many of a story's sentences a word of a quoted fragment may stand
for two quotes sharing it to be one (see ``quoted_alike``)."""
QUOTED = re.compile('["\u201c]([^"\u201c\u201d]+)(?:["\u201d]|$)')
"""Words between quotation marks, or from an opening one to the end."""


def same_words(first: str, second: str) -> bool:
    """True when two passages are the same words in the same order, at least
    ``SAME_WORDS_MIN`` of them, whatever their punctuation and case."""
    words = wording(first)
    return len(words) >= SAME_WORDS_MIN and words == wording(second)


@functools.lru_cache(maxsize=8192)
def wording(text: str) -> tuple[str, ...]:
    """A passage's words, lower case, whatever their punctuation (kept: a
    story compares each passage with every other)."""
    return tuple(_WORDS.findall(text.lower()))


SAME_RUN = 5
"""Words in a row two passages share that make them the same words (all of
the shorter's when it has fewer, and at least three)."""


def share_run(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """True when two passages' words (:func:`wording`) share ``SAME_RUN``
    words in a row (see there)."""
    n = min(SAME_RUN, len(x), len(y))
    if n < 3:
        return False
    runs = {x[i : i + n] for i in range(len(x) - n + 1)}
    return any(y[i : i + n] in runs for i in range(len(y) - n + 1))


def quoted_alike(a: Statement, b: Statement, weights: dict[str, float]) -> bool:
    """True when both tellings quote the same words of their speaker, two
    content words in a run of two or three, words the story's other sentences
    hardly use ("called the stay 'sooooooo corrupt'" and "'... staying at
    this Trump resort is sooooooo corrupt'"): a paraphrase around a quoted
    fragment is still that statement; "climate change" in two quotes of one
    speaker on climate is not."""
    shared = _quoted_runs(a) & _quoted_runs(b)
    shared |= _fragments(a) & _quoted_runs(b, 1) | _fragments(b) & _quoted_runs(a, 1)
    if not shared:
        return False
    sentences = math.expm1(max(weights.values(), default=0.0))
    return any(
        all(
            _used_in(weights.get(w), sentences) <= RARE_SENTENCES
            for w in content_words(" ".join(run))
        )
        for run in shared
    )


def _used_in(weight: float | None, sentences: float) -> int:
    """In how many of the story's ``sentences`` a word of this weight stands
    (the inverse of ``statements.weigh``; 0 for a word of none)."""
    return 0 if weight is None else round(sentences / math.expm1(weight))


def _quoted_runs(
    statement: Statement, content: int = QUOTED_WORDS
) -> frozenset[tuple[str, ...]]:
    """The two- and three-word runs a claim's quoted words hold (the quotation
    marks may stand in its sentence, around its content), each with
    ``content`` content words."""
    runs: set[tuple[str, ...]] = set()
    for words in _quotations(statement):
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                run = tuple(words[i : i + n])
                if len(content_words(" ".join(run))) >= content:
                    runs.add(run)
    return frozenset(runs)


def _fragments(statement: Statement) -> frozenset[tuple[str, ...]]:
    """The quotations of two or three words a claim holds whole ("admitted
    Tuesday that it would be “very hard” for his campaign to win"): a phrase
    an outlet quotes alone, the speaker's own words within its paraphrase."""
    return frozenset(
        tuple(words) for words in _quotations(statement) if 2 <= len(words) <= 3
    )


def _quotations(statement: Statement) -> Iterator[list[str]]:
    """The words of each quotation in or around a claim, lower case."""
    text, sentence = statement.article.text, statement.sentence
    for quoted in QUOTED.finditer(text, sentence.start, sentence.end):
        if quoted.end() <= statement.span.start or statement.span.end <= quoted.start():
            continue
        yield _WORDS.findall(quoted.group(1).lower())
