"""Claims read from the text's layout and marks alone, before any parse: a
paragraph that goes on a quotation, a quotation resuming a signed one in its
paragraph, one that opens a quotation a later paragraph closes and signs, a
quotation signed with a dash, a "Name: what they said" line."""

from __future__ import annotations

import bisect
import dataclasses
import re

from ...records import Claim, Span
from .marks import (
    CLOSE_QUOTES,
    DOUBLE_OPENERS,
    MAX_QUOTE_CHARS,
    OPEN_QUOTES,
    QUOTE_MARKS,
    closing_mark,
    open_quotation,
    signed,
)
from .speakers import PERSON_HEADS, PRONOUNS, says

COLON_LINE_RE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*):[ \t]+([^\n]*[^\s])[ \t]*$",
    re.MULTILINE,
)
"""A line that opens with 1-4 capitalised words and a colon: "Name: statement"."""
COLON_LABELS = frozenset(
    "latest update updates note breaking watch look video photos photo exclusive "
    "email e-mail name age city job pay contributing pledged related read more see "
    "also correction listen transcript advertisement editor's by credit caption "
    "source sources file tags topics analysis opinion commentary explainer "
    "recap live busted check factcheck".split()
)
"""Last words of a news page's rubrics and field labels ("Editor's Note:",
"WATCH:", "Fact Check:"); not "Poll:", whose poll PolNeAR marks as the
source of what follows ("Poll: Clinton and Trump in dead heat")."""
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
    uncomfortable ... last night."'), also after words of someone named that
    end a quotation in the paragraph before, one opened paragraphs before
    ('It felt like 2016 all over again," Darcy complained.') or inside a
    paraphrase ('She said Rodriquez was doing "her best to get me removed
    ..."'). Its cue is its opening mark."""
    found: list[Claim] = []
    previous: tuple[int, int] | None = None
    for paragraph in PARAGRAPH_RE.finditer(text):
        start, end = paragraph.span()
        quoted = [
            c
            for c in claims + found
            if previous
            and previous[0] <= c.content.start < previous[1]
            and (
                _after_opening_mark(text, c.content.start)
                or (_closes_quotation(text, c.content.end) and _names_someone(text, c))
            )
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


def signed_in_their_paragraph(text: str, claims: list[Claim]) -> list[Claim]:
    """Claims without those whose content is a quotation of a paragraph after
    their cue's that a claim of its own paragraph signs by a name ("The group
    is also known by the acronyms ISIL and ISIS." then a paragraph '“...,”
    Obama said.': Obama's, not the acronyms'; the parser hangs a paragraph
    break on the sentence before it). One a "he said" signs stays: the cue
    before it is whom the "he" stands for ("Abbott vowed." then '“...,” he
    said')."""

    def signs(other: Claim, quotation: Span, start: int) -> bool:
        return (
            start <= other.cue.start
            and other.content.start < quotation.end
            and quotation.start < other.content.end
            and _by_name(text, other)
        )

    kept = []
    for claim in claims:
        start = text.rfind("\n", 0, claim.content.start) + 1
        apart = claim.cue.end <= start and _after_opening_mark(
            text, claim.content.start
        )
        if apart and any(
            signs(other, claim.content, start) for other in claims if other is not claim
        ):
            continue
        kept.append(claim)
    return kept


SIGNING_CHARS = 120
"""At most this many characters between a signed quotation and the one that
resumes it ('...,” Quint told the Gazette. “...')."""


def resumed_quotes(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each quotation that a quotation resumes right after the
    sentence signing it, in the same paragraph and with no claim of its own,
    holding both, as news write one speaker's words ('“We were not told,”
    Quint said. “Nobody asked the dock workers.”'; PolNeAR marks both as one
    content): the speaker of the second is the first's."""
    starts = {c.content.start for c in claims} | {c.cue.start for c in claims}
    return [_resumed(text, claim, starts) for claim in claims]


def _resumed(text: str, claim: Claim, starts: set[int]) -> Claim:
    """``claim`` with its content run to the end of the quotation resuming it,
    if one does (see :func:`resumed_quotes`)."""
    if not _after_opening_mark(text, claim.content.start):
        return claim
    first = min(claim.cue.start, claim.source.start if claim.source else len(text))
    if first < claim.content.end or not (
        signed(text, claim.content.end, first)
        or (
            text[claim.content.end - 1] in CLOSE_QUOTES
            and not text[claim.content.end : first].strip()
        )
    ):
        return claim  # not a quotation its cue or speaker signs after it
    after = max(claim.cue.end, claim.source.end if claim.source else 0)
    stop = text.find(".", after)
    if stop < 0 or stop - claim.content.end > SIGNING_CHARS:
        return claim
    opening = stop + 1
    while opening < len(text) and text[opening] in " \t\u00a0":
        opening += 1
    if (
        opening >= len(text)
        or text[opening] not in DOUBLE_OPENERS
        or "\n" in text[claim.content.end : opening]
        or any(opening <= start <= opening + 1 for start in starts)
    ):
        return claim  # no quotation there, or one with a claim of its own
    close = closing_mark(text, opening)
    if close < 0 or close - opening > MAX_QUOTE_CHARS or "\n" in text[opening:close]:
        return claim
    if any(opening < start < close for start in starts):
        return claim  # a claim inside it: signed on its own
    return dataclasses.replace(claim, content=Span(claim.content.start, close + 1))


MARKS_AND_SPACES = "".join(QUOTE_MARKS) + " \t\u00a0"


def opened_sentences_before(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each that signs a quotation opened sentences before its
    content in the same paragraph holding the whole quotation ('"The plan
    failed. We will try again," Clarke said.': the parser reads only the
    last sentence as what was said), unless a claim of its own starts in
    the quotation before it."""
    starts = {c.content.start for c in claims} | {c.cue.start for c in claims}
    return [_opened_before(text, claim, starts) for claim in claims]


def _opened_before(text: str, claim: Claim, starts: set[int]) -> Claim:
    """``claim`` with its content from the mark that opened its quotation,
    if one opened sentences before it (see :func:`opened_sentences_before`)."""
    content = claim.content
    if content.end > claim.cue.start or not open_quotation(text, content.start):
        return claim  # not a quotation signed after it
    if not signed(text, content.end, claim.cue.start) and not (
        claim.source is not None and signed(text, content.end, claim.source.start)
    ):
        return claim
    paragraph = text.rfind("\n", 0, content.start) + 1
    opening = next(
        (
            at
            for at in range(content.start - 1, paragraph - 1, -1)
            if text[at] in QUOTE_MARKS
            and not open_quotation(text, at)
            and open_quotation(text, at + 1)
        ),
        None,
    )
    if opening is None or not text[opening : content.start].strip(MARKS_AND_SPACES):
        return claim  # the content opens the quotation itself
    if any(opening < start < content.start for start in starts):
        return claim  # a claim inside it: signed on its own
    closing = CLOSING_RE.match(text, content.end)  # its closing mark with it
    end = closing.end() if closing else content.end
    return dataclasses.replace(claim, content=Span(opening, end))


CLOSING_RE = re.compile(r"[,.!?]?[ \t]*[\"\u201d]")
"""The closing mark right after a quotation's last words, a comma before it."""


OPENED_PARAGRAPHS = 3
"""At most this many paragraphs of one quotation before the one that closes it."""


def opened_quotes(text: str, claims: list[Claim], extractor: str) -> list[Claim]:
    """Paragraphs of a quotation that a later paragraph closes and signs: the
    first opens it and no paragraph until the signed one holds a quotation
    mark ('" God has offered me a solution ... .' then 'I did n't need to
    suffer ... , " Kaitlyn said .', a long quote a layout split in two). Each
    is the signing claim's speaker's, with its opening mark, or the first
    paragraph's, as cue. A paragraph between that tells someone saying
    something is no part of it; one with a claim of another cue is ('“They
    chose a bill ...\n\nAbout 10% of Americans support late-term abortion
    ...\n\nMy legislation is a counter to their proposal,” Graham said.':
    Graham's figure, not a claim of the 10%)."""
    paragraphs = [m.span() for m in PARAGRAPH_RE.finditer(text)]
    opening: dict[int, list[Claim]] = {}  # claims by where their words start
    for claim in claims:
        opening.setdefault(_words_start(text, claim), []).append(claim)
    cues = sorted(c.cue.start for c in claims if says(text, c))
    found: list[Claim] = []
    for k, (start, end) in enumerate(paragraphs):
        signing = _signing_claim(text, opening.get(start, []), end)
        if signing is None or text[start] in OPEN_QUOTES:
            continue
        held: list[tuple[int, int]] = []
        for before in reversed(paragraphs[max(0, k - OPENED_PARAGRAPHS) : k]):
            if bisect.bisect_left(cues, before[0]) < bisect.bisect_left(
                cues, before[1]
            ):
                break  # a paragraph telling a saying of its own is no part of it
            marks = sum(text.count(q, *before) for q in QUOTE_MARKS)
            if marks == 0:
                held.append(before)
                continue
            if marks == 1 and text[before[0]] in DOUBLE_OPENERS:
                held.append(before)
                if end - before[0] <= MAX_QUOTE_CHARS:
                    found += [_claim_like(signing, Span(*p), before[0], extractor)
                              for p in reversed(held)]  # fmt: skip
            break
    return found


def _signing_claim(text: str, opening: list[Claim], end: int) -> Claim | None:
    """Of the claims whose words open a paragraph (``opening``), the one that
    ends at a closing mark its cue or speaker signs, in that paragraph."""
    for claim in opening:
        first = min(claim.cue.start, claim.source.start if claim.source else end)
        if first < end and signed(text, claim.content.end, first):
            return claim
    return None


def _claim_like(signing: Claim, content: Span, opening: int, extractor: str) -> Claim:
    """A paragraph of the quotation ``signing`` closes: its speaker's words."""
    return Claim(
        cue=Span(opening, opening + 1), content=content, extractor=extractor,
        source=signing.source, stance="asserts", confidence=0.6,
    )  # fmt: skip


def _words_start(text: str, claim: Claim) -> int:
    """Where a claim's content starts, after any quotation mark and space."""
    start = claim.content.start
    while start < claim.content.end and text[start] in f"{OPEN_QUOTES} ":
        start += 1
    return start


def _length(claim: Claim) -> int:
    return claim.content.end - claim.content.start


def _names_someone(text: str, claim: Claim) -> bool:
    """True when a claim's source names someone, is a person's pronoun or a
    person by their office ("Darcy", "She", "the pope"; not "the notion that
    the legislation ... are linked")."""
    words = text[claim.source.start : claim.source.end].split() if claim.source else []
    if not words:
        return False
    return (
        any(w[:1].isupper() for w in words)
        or " ".join(words).lower() in PRONOUNS
        or words[-1].lower() in PERSON_HEADS
    )


def _by_name(text: str, claim: Claim) -> bool:
    """True when a claim's source names someone by name, not by a pronoun."""
    if claim.source is None:
        return False
    words = text[claim.source.start : claim.source.end].split()
    return any(w[:1].isupper() and w.lower() not in PRONOUNS for w in words)


def _closes_quotation(text: str, end: int) -> bool:
    """True when a content ends at a closing quotation mark, or right before
    one after its comma ('... all over again," Darcy complained')."""
    return any(mark in CLOSE_QUOTES for mark in text[end - 1 : end + 2])


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
