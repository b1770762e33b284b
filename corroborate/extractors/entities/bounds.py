"""Where a mention begins and ends: a name the NER split at a hyphen joined
again, a trailing numeral taken in."""

from __future__ import annotations

import re

from .ner import NewsSpan

# Between two parts of one name: "-e-", "-ul-", "-al-", "-e ", "-".
_HYPHEN_JOIN = re.compile(r"-(?:[a-z]{1,3}-?)?\s?|-")
SPACED_HYPHENS = frozenset({" - ", " \u2013 ", " \u2011 "})
"""A hyphen as tokenised text writes it, a space each side."""
_TRAILING_NUMERAL = re.compile(r"[ -](?:\d{1,3}|[IVX]{1,4})\b")


def join_hyphenated(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """Join names split at hyphenated particles ("Mujahedin-e-Khalq"), and a
    person's double surname that tokenised text writes with a spaced hyphen
    ("Alexandria Ocasio - Cortez", "Karine Jean - Pierre"): a person's name of
    two words or more, then one capitalised word. A single name before the
    hyphen stays apart ("the Clinton - Kaine ticket")."""
    spans = sorted(spans)
    out: list[NewsSpan] = []
    for span in spans:
        gap = text[out[-1][1] : span[0]] if out else ""
        places = out and {out[-1][2], span[2]} & {"GPE", "NORP"}
        if out and _HYPHEN_JOIN.fullmatch(gap) and not (gap == "-" and places):
            prev = out.pop()
            span = (prev[0], span[1], prev[2], min(prev[3], span[3]))
        elif out and gap in SPACED_HYPHENS and _double_surname(text, out[-1], span):
            prev = out.pop()
            span = (prev[0], span[1], "PERSON", min(prev[3], span[3]))
        out.append(span)
    return out


def _double_surname(text: str, first: NewsSpan, second: NewsSpan) -> bool:
    """True for a person's name of two words or more followed by one
    capitalised word the NER took apart (as a person, place or body)."""
    words = text[second[0] : second[1]].split()
    return (
        first[2] == "PERSON"
        and len(text[first[0] : first[1]].split()) >= 2
        and len(words) == 1
        and words[0][:1].isupper()
        and second[2] in ("PERSON", "GPE", "ORG")
    )


def extend_numeral(text: str, span: NewsSpan) -> NewsSpan:
    """Take in a trailing number of a place or organisation ("Camp X 3")."""
    start, end, label, confidence = span
    match = _TRAILING_NUMERAL.match(text, end)
    # "Team 22" in a results table is a score: only FAC takes a bare number
    if match and (
        label == "FAC" or match.group()[0] == "-" or match.group()[1:].isalpha()
    ):
        return start, match.end(), label, confidence
    return span
