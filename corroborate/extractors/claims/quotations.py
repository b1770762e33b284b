"""Claims read from the text's layout and marks alone, before any parse: a
paragraph that goes on a quotation, a quotation signed with a dash, a
"Name: what they said" line."""

from __future__ import annotations

import re

from ...records import Claim, Span
from .marks import MAX_QUOTE_CHARS, OPEN_QUOTES, closing_mark

COLON_LINE_RE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*):[ \t]+([^\n]*[^\s])[ \t]*$",
    re.MULTILINE,
)
"""A line that opens with 1-4 capitalised words and a colon: "Name: statement"."""
COLON_LABELS = frozenset(
    "latest update updates note breaking watch look video photos photo exclusive "
    "email e-mail name age city job pay contributing pledged related read more see "
    "also correction listen transcript advertisement editor's by credit caption "
    "source sources file tags topics".split()
)
"""Last words of a news page's rubrics and field labels ("Editor's Note:", "WATCH:")."""
MIN_COLON_WORDS = 4
DASH_SIGNED_RE = re.compile(
    r"([”\"])[ \t\u00a0]*([―—–])[ \t\u00a0]*([A-Z][^\n]{0,60}?)[ \t\u00a0.]*$",
    re.MULTILINE,
)
"""A quotation closed and signed on the same line: '” ― Jane Doe'."""
PARAGRAPH_RE = re.compile(r"[^\n]+")


def continued_quotes(text: str, claims: list[Claim], extractor: str) -> list[Claim]:
    """A paragraph that is only a quotation, with no claim of its own, goes on
    quoting whom the paragraph before it quotes, as news write a long quote
    ('"..." Licht said.' then a paragraph '"While we all may have been
    uncomfortable ... last night."'). Its cue is its opening mark."""
    found: list[Claim] = []
    previous: tuple[int, int] | None = None
    for paragraph in PARAGRAPH_RE.finditer(text):
        start, end = paragraph.span()
        quoted = [
            c
            for c in claims + found
            if previous
            and previous[0] <= c.content.start < previous[1]
            and _after_opening_mark(text, c.content.start)
        ]
        previous = (start, end)
        if text[start] not in OPEN_QUOTES or not quoted:
            continue
        if any(
            start <= c.content.start < end or start <= c.cue.start < end for c in claims
        ):
            continue
        content = _quotation(text, start)
        if content is None:
            continue
        # the last quotation's own speaker: of two claims on it, the one
        # holding less than its whole sentence ('"...," Licht said, according
        # to Stelter': Licht, not Stelter)
        last = max(quoted, key=lambda c: (_words_start(text, c), -_length(c)))
        found.append(Claim(
            cue=Span(start, start + 1), content=content, extractor=extractor,
            source=last.source, stance="asserts", confidence=0.6,
        ))  # fmt: skip
        previous = (start, content.end)
    return found


def _words_start(text: str, claim: Claim) -> int:
    """Where a claim's content starts, after any quotation mark and space."""
    start = claim.content.start
    while start < claim.content.end and text[start] in f"{OPEN_QUOTES} ":
        start += 1
    return start


def _length(claim: Claim) -> int:
    return claim.content.end - claim.content.start


def _after_opening_mark(text: str, start: int) -> bool:
    """True when a content opens with a quotation mark, or right after one
    (tokenised text sets the mark apart: '" The transportation ...')."""
    return text[start] in OPEN_QUOTES or text[:start].rstrip(" ")[-1:] in OPEN_QUOTES


def _quotation(text: str, start: int) -> Span | None:
    """The quotation opening at ``start`` (doubled marks allowed) when it closes
    at the end of a paragraph, its own or a later one (a long quote's middle
    paragraphs are left open); None for a quoted title ('"Reliable Sources"
    reported')."""
    close = closing_mark(text, start)
    if close < 0 or close - start > MAX_QUOTE_CHARS:
        return None
    line_end = text.find("\n", close)
    rest = text[close + 1 : line_end if line_end >= 0 else len(text)]
    return Span(start, close + 1) if not rest.strip() else None


def dash_signed_quotes(text: str, extractor: str) -> list[Claim]:
    """'“...” ― Name': a quotation signed with a dash; the name is the source."""
    claims = []
    for match in DASH_SIGNED_RE.finditer(text):
        close = match.start(1)
        opening = max(text.rfind(q, 0, close) for q in OPEN_QUOTES)
        if opening < 0 or close - opening > MAX_QUOTE_CHARS:
            continue
        claims.append(Claim(
            cue=Span(match.start(2), match.end(2)), content=Span(opening, close + 1),
            extractor=extractor, source=Span(match.start(3), match.end(3)),
            stance="asserts", confidence=0.5,
        ))  # fmt: skip
    return claims


def colon_headlines(text: str, extractor: str) -> list[Claim]:
    """'Name: what they said' lines (headline style); the name is the source."""
    claims = []
    for match in COLON_LINE_RE.finditer(text):
        words = match.group(1).lower().replace("’", "'").split()
        if words[0] in ("the", "a", "an") or words[-1] in COLON_LABELS:
            continue  # "The Latest: ...", "Editor's Note: ...": a rubric, not a speaker
        if len(match.group(2).split()) < MIN_COLON_WORDS:
            continue  # "Clinton: 2,316.": a tally or list entry, not a statement
        source = Span(match.start(1), match.end(1))
        cue = Span(match.end(1), match.end(1) + 1)
        content = Span(match.start(2), match.end(2))
        claims.append(Claim(cue=cue, content=content, extractor=extractor, source=source,
                            stance="asserts", confidence=0.5))  # fmt: skip
    return claims
