"""Time expressions, normalised, and the publication date they imply."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ..pubdate import Sentence, infer_pubdate
from ..records import Article, DateRef, PubDate
from ..registry import ExtractFn, extractor
from ..timex import Timex, find_timexes, parse_iso, precision_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME = "dates.rules.v1"
NOUN_POS = frozenset({"NOUN", "PROPN"})
RELATIVE_CONFIDENCE = 0.8
"""Confidence of a value that depends on an anchor (publication or text date)."""


@extractor(NAME, assigns=("dates", "published"))
def make_date_extractor() -> ExtractFn:
    """Find and normalise time expressions; infer ``published`` when unknown."""

    def extract(article: Article, sdoc: Doc) -> None:
        tense_at = _tense_lookup(sdoc)
        if article.published.value is None or article.published.how == "unknown":
            article.published = _infer(article, sdoc, tense_at)
        anchor = anchor_date(article.published)
        first = find_timexes(article.text, anchor=anchor, tense_at=tense_at)
        reference_at = _reference_lookup(first)
        timexes = find_timexes(
            article.text, anchor=anchor, tense_at=tense_at, reference_at=reference_at
        )
        timexes = _align_year_ago(timexes, sdoc)
        article.dates.extend(to_dateref(t, reference_at) for t in timexes)

    return extract


def anchor_date(published: PubDate) -> date | None:
    """The publication date as a ``date`` when known to the day, else None."""
    return parse_iso(published.value) if published.precision == "day" else None


def to_dateref(
    t: Timex, reference_at: Callable[[int], date | None] | None = None
) -> DateRef:
    """Turn a Timex into the shared DateRef record, naming its anchor.

    Args:
        t: a normalised expression.
        reference_at: the lookup used for "later"/"earlier" expressions, so
            the anchor can name the text date it used.

    Returns:
        A DateRef whose ``anchor`` is "publication", "text:<start>" or None.
    """
    anchor = None
    if t.anchored:
        anchor = "publication" if t.relative_to == "anchor" else "text"
        if t.relative_to == "reference" and reference_at is not None:
            anchor = getattr(reference_at, "last_start", {}).get(t.start, "text")
    confidence = RELATIVE_CONFIDENCE if t.anchored else 1.0
    if t.value is None:
        confidence = 0.5
    return DateRef(
        t.start, t.end, t.value, NAME, t.type, t.precision, anchor, confidence
    )


YEAR_AGO = re.compile(r"(?i)(?:a\s+|the\s+)?year[- ](?:ago|earlier)")
LAST_YEAR = re.compile(r"(?i)last\s+year")
QUARTER_VALUE = re.compile(r"(\d{4})-(Q\d)")


def _align_year_ago(timexes: list[Timex], sdoc: Doc) -> list[Timex]:
    """In a report on a quarter, "a year ago" is that quarter last year.

    "a year ago"/"year-earlier" follow the last quarter named anywhere before;
    "last year" only when its own sentence speaks of a quarter or period.
    """
    out: list[Timex] = []
    quarter: re.Match[str] | None = None
    for t in timexes:
        quarter = QUARTER_VALUE.fullmatch(t.value or "") or quarter
        if quarter and (
            YEAR_AGO.fullmatch(t.text)
            or (
                LAST_YEAR.fullmatch(t.text)
                and _in_sentence_with(sdoc, t.start, "quarter")
            )
        ):
            value = f"{int(quarter.group(1)) - 1}-{quarter.group(2)}"
            t = dataclasses.replace(t, value=value, precision=precision_of(value))
        out.append(t)
    return out


def _in_sentence_with(sdoc: Doc, offset: int, lemma: str) -> bool:
    span = sdoc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and any(tok.lemma_.lower() == lemma for tok in span.sent)


def _infer(
    article: Article, sdoc: Doc, tense_at: Callable[[int], str | None]
) -> PubDate:
    timexes = find_timexes(article.text, anchor=None, tense_at=tense_at)
    sentences = [
        Sentence(
            s.start_char,
            s.end_char,
            frozenset(t.lemma_.lower() for t in s if t.pos_ in NOUN_POS),
        )  # fmt: skip
        for s in sdoc.sents
    ]
    return infer_pubdate(
        timexes, zones=article.zones, sentences=sentences, text=article.text
    )


def _tense_lookup(sdoc: Doc) -> Callable[[int], str | None]:
    """A function from a character offset to the tense of its clause."""
    starts = [token.idx for token in sdoc]

    def tense_at(offset: int) -> str | None:
        if not starts:
            return None
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return _clause_tense(sdoc[i])

    return tense_at


def _clause_tense(token: Token) -> str | None:
    """ "past" or "future" for the verb governing ``token``, else None."""
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            break
        if token.head is token:
            break
        token = token.head
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    aux = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in {"will", "'ll", "shall"} for c in aux):
        return "future"
    if token.tag_ in {"VBD", "VBN"} or any(c.tag_ == "VBD" for c in aux):
        return "past"
    return None


def _reference_lookup(timexes: list[Timex]) -> Callable[[int], date | None]:
    """The last explicit (unanchored) date before an offset, for "10 years later"."""
    explicit = [t for t in timexes if not t.anchored and t.value and t.precision in
                {"day", "month", "year"} and t.value[:4].isdigit()]  # fmt: skip
    last_start: dict[int, str] = {}

    def reference_at(offset: int) -> date | None:
        before = [t for t in explicit if t.end <= offset]
        if not before:
            return None
        ref = before[-1]
        assert ref.value is not None
        last_start[offset] = f"text:{ref.start}"
        parts = [int(p) for p in ref.value.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    reference_at.last_start = last_start  # type: ignore[attr-defined]
    return reference_at
