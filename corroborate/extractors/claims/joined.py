"""Whether a speaker's words name two persons "and" joins, where the tagger
missed the names: a "he" or "she" stands for one of them at most."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...records import Article, Span

NAMES_JOINED_RE = re.compile(
    r"\b(?P<first>[A-Z][\w.'\u2019-]*)\s+(?:and|&)\s+(?P<second>[A-Z][\w.'\u2019-]*)"
)
"""Two capitalised words "and" joins ("Ruiz and Ortega-Smith")."""
HEAD_PART_RE = re.compile(r"\s*(?:[,(\u2014\u2013]|--)")
"""Where a source's own words end and an apposition or aside begins ("Ruiz
and Ortega-Smith — both of whom ...")."""


TITLE_HEADS = frozenset(
    {"founder", "officer", "chair", "chairman", "chairwoman", "partner"}
)
"""Words of a title that the caller's ``titles`` lacks ("Founder and CEO ...")."""


def names_joined(article: Article, source: Span, titles: frozenset[str]) -> bool:
    """True for a source whose words before any apposition join two names,
    whatever the tagger made of them ("Ruiz and Ortega - Smith — both of
    whom ...", the names read as bodies or not at all); not titles ("Vice
    President and Chief Policy Officer Neil Bradley", "Founder and CEO ..."),
    nor an "and" inside one name ("Health and Human Services Secretary ...").
    ``titles``: lower-case words of persons' titles and roles."""
    head = HEAD_PART_RE.split(article.span_text(source), maxsplit=1)[0]
    joined = NAMES_JOINED_RE.search(head)
    if joined is None or any(
        w.isupper() or w.lower().rstrip("s") in titles | TITLE_HEADS
        for w in joined.group("first", "second")
    ):
        return False
    at = source.start + joined.end("first")
    return not any(m.start <= at < m.end for m in article.mentions)
