"""Splitting documents into articles: headline, captions, dateline and body.

Scraped plain text runs articles together, repeats headlines and photo
captions, and leaves stray agency tags between them. The segmenter reads a
document line by line, scores each line as a possible article start, and
rebuilds each article's text as headline, captions, then body, keeping each
repeated line once. ``Article.zones`` say which part is which (a teaser,
promotion or caption inside the body is an ``aside``: :mod:`.asides`);
offsets of all later annotations point into this rebuilt text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ..pubdate import published_from_metadata
from ..records import Article, Document, PubDate, Zone
from .asides import CAPTION_LABEL_RE, carve, carve_asides, photo_credit

log = logging.getLogger(__name__)

MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250
MAX_LABEL_TITLE_WORDS = 16
"""Words, at most, of a record's first sentence shown as its title in place of
a label."""
REPEAT_WINDOW_LINES = 8
"""A headline counts as repeated when it recurs within this many non-blank lines."""
START_SCORE = 3
"""Score at which a headline-like line starts a new article. Calibrated on the
``corroborate eval segment`` set (PAC articles concatenated and perturbed);
the weights in :func:`_start_score` are a set: don't tune one in isolation."""

TITLE_CASE_RATIO = 0.6
"""Share of capitalised words (over 3 letters) that marks a Title Case headline."""
MAX_TAG_WORDS = 3
"""A header line this short, unpunctuated and not the headline is a tag or button."""

_TERMINAL = tuple(".!?:;\"\u201d\u2019'),")
_TAG_RE = re.compile(r"^[A-Z]{1,4}$")
_DATELINE_RE = re.compile(
    r"^(?:[A-Z][A-Za-z.'\u2019-]+(?: [A-Z][A-Za-z.'\u2019-]+){0,3}"
    r"(?:, [A-Z][A-Za-z. ]{1,30}){0,2}\s*(?:\([A-Za-z. ]{2,40}\))?|\([A-Za-z. ]{2,40}\))"
    r"\s*[-\u2013\u2014]{1,2}\s+"
)
_IDENTIFIER_RE = re.compile(r"(?=\S*[_\d])[a-z0-9_./-]+")
"""A title that is a file or record label, no headline ("abortion_9_2",
"story-12.html"): lower case, no spaces, an underscore or a digit."""
_FLAG_RE = re.compile(r"([\U0001F1E6-\U0001F1FF]{2})")
_FLAG_PREFIX_RE = re.compile(
    r"^\s*(?:[\U0001F1E6-\U0001F1FF]{2}\s*)+[-\u2013\u2014:|]*\s*"
)


@dataclass
class _Block:
    """Lines of one article while it is being read."""

    headline: str | None = None
    captions: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    flags: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return any(line.strip() for line in self.body)


def segment_document(doc: Document) -> list[Article]:
    """Split a document into articles.

    Plain text is split into run-together articles; HTML and JSON Lines
    records are one article each (their text is kept byte for byte).

    Args:
        doc: the ingested document.

    Returns:
        The articles, numbered ``<doc.id>#1``, ``#2``, ...
    """
    published = _published(doc)
    if doc.content_type != "text/plain":
        return [_single_article(doc, published)]
    blocks = split_blocks(doc.text)
    articles = [
        _build_article(doc, i, block, published) for i, block in enumerate(blocks, 1)
    ]
    return [a for a in articles if a.text.strip()]


def _published(doc: Document) -> PubDate:
    """The document's publication date from its metadata, with a warning
    naming it when the metadata gives no calendar day ("7:58 AM ET", "Wed
    Nov 23"): its articles' dates are then read from their text."""
    published = published_from_metadata(doc.published)
    if doc.published and doc.published.strip() and published.value is None:
        log.warning(
            "%s: published %r is no date with a day, month and year; "
            "the article's date is read from its text",
            doc.source_path,
            doc.published,
        )
    return published


def split_blocks(text: str) -> list[_Block]:
    """Read plain text into article blocks (headline, captions, body lines)."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    blocks: list[_Block] = []
    block = _Block()
    in_header = True
    for k, i in enumerate(content):
        line = lines[i].strip()
        upcoming = [
            lines[j].strip() for j in content[k + 1 : k + 1 + REPEAT_WINDOW_LINES]
        ]
        repeated = _key(line) in map(_key, upcoming)
        if block.has_body and _is_headline_like(line, repeated=repeated):
            blanks = _blank_lines_before(lines, i)
            previous = lines[content[k - 1]].strip() if k else ""
            if _start_score(line, upcoming, blanks, previous) >= START_SCORE:
                blocks.append(block)
                block, in_header = _Block(), True
        in_header = _add_line(block, line, upcoming, in_header, lines, i)
    blocks.append(block)
    return [b for b in blocks if b.headline or b.has_body]


def _add_line(
    block: _Block,
    line: str,
    upcoming: list[str],
    in_header: bool,
    lines: list[str],
    i: int,
) -> bool:
    """Place one non-blank line in the block; return whether still in the header."""
    key = _key(line)
    if in_header and (_TAG_RE.match(line) or _is_boilerplate(line, block)):
        block.dropped.append(line)
        return in_header
    if key in block.seen and in_header:
        block.dropped.append(line)
        return in_header
    if block.headline is None and not block.body and not block.captions:
        flags, rest = _strip_flags(line)
        block.flags.extend(flags)
        if _is_headline_like(rest):
            block.headline = rest
            block.seen.add(_key(rest))
            block.seen.add(key)
            return True
        line = rest
    if in_header and (key in map(_key, upcoming) or _credits_a_photo(line)):
        block.captions.append(line)
        block.seen.add(key)
        return True
    if block.body and _blank_lines_before(lines, i):
        block.body.append("")
    block.body.append(line)
    return False


def _start_score(line: str, upcoming: list[str], blanks: int, previous: str) -> int:
    """How strongly a headline-like line after body text starts a new article."""
    score = 0
    key = _key(line)
    if key in map(_key, upcoming):
        score += 3  # headline block repeated, as scrapers of galleries do
    score += 2 if blanks >= 2 else blanks
    if not line.endswith(_TERMINAL):
        score += 1
    if _title_case_ratio(line) >= TITLE_CASE_RATIO:
        score += 1
    if previous.endswith(_TERMINAL):
        score += 1
    else:
        score -= 1  # the previous line runs on: more likely a sub-heading
    if upcoming and _credits_a_photo(upcoming[0]):
        score += 1
    if len(line.split()) < 3:
        score -= 2  # "Related", "Watch:", bylines
    return score


def _credits_a_photo(line: str) -> bool:
    """Whether a header line is a photo's caption by its credit or label
    ("... near Tirana, on June 20 (AFP)", "Photo: ...")."""
    return bool(photo_credit(line) or CAPTION_LABEL_RE.match(line))


def _is_headline_like(line: str, *, repeated: bool = False) -> bool:
    """Short, capitalised, and not ending like a sentence (unless repeated)."""
    words = line.split()
    return (
        1 <= len(words) <= MAX_HEADLINE_WORDS
        and len(line) <= MAX_HEADLINE_CHARS
        and not line.endswith((",", ";"))
        and (
            not line.endswith(".")
            or (repeated and _title_case_ratio(line) >= TITLE_CASE_RATIO)
        )
        and (line[0].isupper() or line[0].isdigit() or line[0] in "'\"\u2018\u201c")
    )


def _short_title(line: str) -> bool:
    """True for a line short enough to stand for a title, capitalised."""
    return 1 <= len(line.split()) <= MAX_LABEL_TITLE_WORDS and line[:1].isupper()


def _is_boilerplate(line: str, block: _Block) -> bool:
    """A short unpunctuated line between header lines ("Share", "READ MORE")."""
    return (
        block.headline is not None
        and len(line.split()) <= MAX_TAG_WORDS
        and not line.endswith(_TERMINAL)
    )


def _title_case_ratio(line: str) -> float:
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if len(w) > 3]
    if not words:
        return 0.0
    capitalised: int = sum(w[0].isupper() for w in words)
    return capitalised / len(words)


def _blank_lines_before(lines: list[str], i: int) -> int:
    count = 0
    while i - count - 1 >= 0 and not lines[i - count - 1].strip():
        count += 1
    return count


def _key(line: str) -> str:
    return " ".join(_FLAG_PREFIX_RE.sub("", line).split()).casefold()


def _strip_flags(line: str) -> tuple[list[str], str]:
    """Flag emojis at the start of a line become ISO country codes."""
    match = _FLAG_PREFIX_RE.match(line)
    if not match or not _FLAG_RE.search(match.group(0)):
        return [], line
    codes = [
        "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in pair)
        for pair in _FLAG_RE.findall(match.group(0))
    ]
    return codes, line[match.end() :].strip()


def _build_article(doc: Document, n: int, block: _Block, published: PubDate) -> Article:
    parts: list[tuple[str, str]] = []
    if block.headline:
        parts.append(("headline", block.headline))
    parts.extend(("caption", c) for c in block.captions)
    body = "\n".join(block.body).strip("\n")
    dateline = _DATELINE_RE.match(body)
    if dateline and len(body) > dateline.end():
        parts.append(("dateline", body[: dateline.end()].rstrip()))
        body = body[dateline.end() :]
    if body:
        parts.append(("body", body))
    text, zones = _join_zones(parts)
    return _new_article(
        doc, n, text, zones, published, title=block.headline, flags=block.flags
    )


def _new_article(
    doc: Document,
    n: int,
    text: str,
    zones: list[Zone],
    published: PubDate,
    *,
    title: str | None,
    flags: list[str] | None = None,
) -> Article:
    """The ``n``-th article of a document, with the document's metadata."""
    return Article(
        id=f"{doc.id}#{n}",
        document_id=doc.id,
        text=text,
        source_path=doc.source_path,
        input_id=doc.input_id,
        title=title,
        outlet=doc.outlet,
        url=doc.url,
        published=published,
        zones=carve_asides(text, zones),
        flags=flags or [],
    )


def _title_again(text: str, zones: list[Zone], title: str) -> list[Zone]:
    """The zones with each paragraph of the body that is the record's own title
    again, word for word (a text opening with its headline, a page printing it
    under the photo's caption), made a headline zone, as the first line of a
    text with no title is: read as a headline (its capitals no names), not as
    a sentence of the reporting. Not an aside: a headline tells the story's
    facts too ("Hillary Clinton Wins Delaware's Democratic Primary", which
    another outlet's lead tells)."""
    words = _words_of(title)
    if len(words) < 2:
        return zones

    def title_lines(text: str, start: int, end: int) -> list[Zone]:
        return [
            Zone(start + line.start(), start + line.end(), "headline")
            for line in re.finditer(r"[^\n]+", text[start:end])
            if _words_of(line.group()) == words
        ]

    return carve(text, zones, title_lines)


def _words_of(line: str) -> list[str]:
    """A line's words, lower case, marks left out."""
    return re.findall(r"\w+", line.lower())


def _join_zones(parts: list[tuple[str, str]]) -> tuple[str, list[Zone]]:
    """Concatenate zone texts with blank lines between; the dateline runs on."""
    text = ""
    zones: list[Zone] = []
    for kind, part in parts:
        if text:
            text += " " if zones[-1].kind == "dateline" else "\n\n"
        zones.append(Zone(len(text), len(text) + len(part), kind))
        text += part
    return text, zones


def _single_article(doc: Document, published: PubDate) -> Article:
    """A record as one article, its text as given. With no title of its own,
    a first line that reads as a headline and stands over more text is its
    headline ("Roadside IED kills Russian major general in Syria"). A record
    titled only by a label ("abortion_9_2") takes that line as its title
    too, or, if it reads as a sentence, a short one as the title shown
    ("Matthew McConaughey puts Congress to shame on guns ."), left in the
    body: it may be the lead's first sentence."""
    text, title = doc.text, doc.title
    first = text.split("\n", 1)[0]
    rest = text[len(first) :]
    labelled = title is not None and bool(_IDENTIFIER_RE.fullmatch(title.strip()))
    zones = [Zone(0, len(text), "body")]
    if (title is None or labelled) and rest.strip():
        if _is_headline_like(first.strip()):
            start = len(first) - len(first.lstrip())
            title = first.strip()
            zones = [
                Zone(start, start + len(title), "headline"),
                Zone(len(first), len(text), "body"),
            ]
        elif labelled and _short_title(first.strip()):
            title = first.strip()
    elif title is not None and not labelled:
        zones = _title_again(text, zones, title)
    return _new_article(doc, 1, text, zones, published, title=title)
