"""Mentions the news NER missed: an acronym the text defines ("Full Name
(ACR)"), a name after a legislator's title, a known alias found verbatim."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ner import NewsSpan

ALIAS_CONFIDENCE = 0.9  # a known alias found verbatim; not context-checked
ACRONYM_CONFIDENCE = 0.95  # "Full Name (ACR)": defined in the text itself
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
TITLED_CONFIDENCE = 0.8  # a name after a legislator's title, the NER having missed it
_TITLED_NAME = re.compile(
    r"\b(?:Representative|Congressman|Congresswoman|Senator|Governor|Rep\.|Sen\.|Gov\.)"
    r"\s+((?:[A-Z][a-z\u2019'-]+|[A-Z]\.)\s+(?:[A-Z]\.\s+)?[A-Z][a-z\u2019'-]+)\b"
    r"(?!\s+[A-Z])"
)
"""A legislator's or governor's title and the first and last name after it
("Representative Nancy Pelosi"): the news NER, trained on CoNLL's wire
text, finds the name after "Rep." but often not after the title in full.
No capitalised word may follow: in a Title Case headline ("Governor
Expected To Sign") or before a name ("Sen. Majority Leader Chuck
Schumer") the words after the title are no name."""


def _overlaps(
    start: int, end: int, spans: Sequence[tuple[int, int, str, float]]
) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(s < end and start < e for s, e, *_ in spans)


def acronym_spans(
    text: str, spans: Sequence[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """ "Full Name (ACR)": mark ACR with the full name's label when it is missed."""
    found: list[tuple[int, int, str, float]] = []
    for _start, end, label, _ in spans:
        match = _ACRONYM_AFTER.match(text, end)
        if match and not _overlaps(match.start(1), match.end(1), spans):
            found.append((match.start(1), match.end(1), label, ACRONYM_CONFIDENCE))
    return found


def titled_persons(text: str, spans: Sequence[NewsSpan]) -> list[NewsSpan]:
    """Names after a legislator's title that no mention covers
    (:data:`_TITLED_NAME`) as persons."""
    return [
        (match.start(1), match.end(1), "PERSON", TITLED_CONFIDENCE)
        for match in _TITLED_NAME.finditer(text)
        if not _overlaps(match.start(1), match.end(1), spans)
    ]


def apply_aliases(
    text: str, aliases: Sequence[tuple[str, str]], spans: list[NewsSpan]
) -> list[NewsSpan]:
    """Known aliases found verbatim (whole words): they fill gaps, and set the
    label of a mention that covers exactly the same text."""
    exact = {(s, e): i for i, (s, e, _, _) in enumerate(spans)}
    out = list(spans)
    for name, label in sorted(aliases, key=lambda a: -len(a[0])):
        flags = 0 if name.isupper() else re.IGNORECASE  # acronyms stay case-exact
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags)
        for match in pattern.finditer(text):
            index = exact.get((match.start(), match.end()))
            if index is not None:
                out[index] = (*out[index][:2], label, out[index][3])
            elif not _overlaps(match.start(), match.end(), out):
                out.append((match.start(), match.end(), label, ALIAS_CONFIDENCE))
    return out
