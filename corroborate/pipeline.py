"""The per-article annotation pipeline: one spaCy Doc, ordered extractors.

An article longer than :data:`PIECE_CHARS` is annotated in pieces cut at
paragraph (else line, sentence, word) boundaries, each piece on its own
spaCy Doc, and the annotations shifted back into the article text: memory
and time grow with the length, never past it (spaCy refuses a text over
``nlp.max_length``, 1,000,000 characters, and needs about 1 GB per 100,000).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import extractors as _builtins  # noqa: F401  (registers built-ins)
from .errors import PipelineError
from .nlp import load_nlp
from .records import Article, Zone
from .registry import BatchExtractor, ExtractFn, get_extractor
from .segment.asides import reported_text

log = logging.getLogger(__name__)

DEFAULT_EXTRACTORS: tuple[str, ...] = (
    "entities.news.v1",
    "dates.rules.v1",
    "places.geonames.v1",
    "quantities.rules.v1",
    "claims.rules.v1",
    "events.plover.v1",
    "acts.deps.v1",
)
"""Extractors run by default, in order; each sees what earlier ones assigned."""

PIECE_CHARS = 100_000
"""Longest text annotated on one spaCy Doc; longer articles go in pieces of
at most this many characters (a long news article is 20,000)."""
ANNOTATIONS = (
    "mentions", "dates", "places", "quantities", "claims", "events", "acts",
)  # fmt: skip
"""The article fields a piece's annotations are merged into, in this order."""
_BREAKS = ("\n\n", "\n", ". ", " ")
"""Where a piece may end, best first: paragraph, line, sentence, word."""
_LINK = re.compile(r"(event|claim):(\d+)")
WARM_UP_TEXT = (
    "Council approves harbour plan\n\n"
    "SPRINGFIELD, Illinois, March 3, 2021 - Mayor Jane Doe said on Monday "
    "that the council had approved 12 new ferries for $4 million. Police "
    "arrested two protesters who attacked the town hall, officials said."
)
"""What :meth:`Pipeline.warm_up` annotates: a headline, a dateline, a place,
a date, numbers, a claim and an attack, so that every extractor loads its data."""


@dataclass
class Pipeline:
    """spaCy once per article, then the named extractors on its Doc."""

    names: Sequence[str] = DEFAULT_EXTRACTORS
    model: str | None = None
    strict: bool = False
    """Raise on an extractor failure instead of recording it on the article."""
    piece_chars: int = PIECE_CHARS
    """Articles longer than this are annotated in pieces of at most this length."""
    stages: list[tuple[str, ExtractFn]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stages = [(name, get_extractor(name)) for name in self.names]

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int = 32
    ) -> Iterator[Article]:
        """Annotate articles in order, running spaCy with ``nlp.pipe`` and the
        extractors' batch steps (:meth:`prepare`) on ``batch_size`` at a time.
        The extractors read each text with its asides blanked out
        (:func:`.segment.asides.reported_text`: a teaser, a promotion, a caption gives
        no annotation); the article keeps its text as written."""
        nlp = load_nlp(self.model) if self.model else load_nlp()
        items = list(articles) if not isinstance(articles, list) else articles
        written = [a.text for a in items]
        for article in items:  # annotated without its asides, offsets kept
            article.text = reported_text(article.text, article.zones)
        short = (a.text for a in items if len(a.text) <= self.piece_chars)
        docs = nlp.pipe(short, batch_size=batch_size)
        for first in range(0, len(items), batch_size):
            batch = items[first : first + batch_size]
            pairs = [(a, next(docs)) for a in batch if len(a.text) <= self.piece_chars]
            self.prepare(pairs)
            sdocs = iter(pairs)
            for k, article in enumerate(batch, first):
                try:
                    if len(article.text) <= self.piece_chars:
                        self.run(article, next(sdocs)[1])
                    else:
                        self.run_in_pieces(article, nlp)
                finally:  # the text as written, whatever an extractor did
                    article.text = written[k]
                yield article

    def prepare(self, pairs: Sequence[tuple[Article, Any]]) -> None:
        """Run the batch step of each extractor that has one on ``pairs``.

        A batch step that fails is logged and left out: its extractor then
        does the work on each article alone, where a failure costs that
        article only. With ``strict`` it raises instead.

        Raises:
            PipelineError: a batch step failed and ``strict`` is set.
        """
        for name, stage in self.stages:
            if not pairs or not isinstance(stage, BatchExtractor):
                continue
            try:
                stage.prepare(pairs)
            except Exception as exc:  # name the stage, keep the cause
                message = (
                    f"extractor {name!r} failed on a batch of {len(pairs)} articles "
                    f"({pairs[0][0].id!r}, ...): {exc!r}"
                )
                if self.strict:
                    raise PipelineError(message) from exc
                log.warning("%s; running it on each article alone", message)

    def warm_up(self) -> None:
        """Load what the extractors load on their first article (spaCy, the
        news NER, the gazetteer, the learned models) by annotating a short
        text of this module's own: a pool worker does it as it starts, while
        the process that feeds it is still busy, not on its first batch."""
        self.annotate(WARM_UP_TEXT, article_id="warm-up#1")

    def annotate(self, text: str, *, article_id: str = "text#1") -> Article:
        """Annotate one text as a single article, without segmenting it."""
        article = Article(
            id=article_id, document_id=article_id.split("#")[0], text=text
        )
        return next(self.pipe([article]))

    def run(self, article: Article, sdoc: object) -> Article:
        """Run every extractor on one article and its spaCy Doc.

        An extractor that fails is recorded in ``article.errors`` (and logged),
        and the later extractors still run: one odd sentence must not cost the
        article, nor the batch it came in. With ``strict`` it raises instead.

        Raises:
            PipelineError: an extractor failed and ``strict`` is set.
        """
        for name, stage in self.stages:
            try:
                stage(article, sdoc)  # type: ignore[arg-type]
            except Exception as exc:  # name the stage, keep the cause
                message = (
                    f"extractor {name!r} failed on article {article.id!r}: {exc!r}"
                )
                if self.strict:
                    raise PipelineError(message) from exc
                log.warning("%s (%s)", message, article.source_path)
                article.errors.append(f"{name}: {exc!r}")
        return article

    def run_in_pieces(self, article: Article, nlp: Any) -> Article:
        """Annotate a long article piece by piece, merging the pieces' annotations.

        Each piece sees the article's metadata and the zones inside it; the
        first publication date a piece infers is the article's, and the
        later pieces anchor their relative dates on it.
        """
        for start, end in split_pieces(article.text, self.piece_chars):
            empty: dict[str, Any] = {name: [] for name in (*ANNOTATIONS, "errors")}
            piece = dataclasses.replace(
                article,
                text=article.text[start:end],
                zones=_clip_zones(article.zones, start, end),
                **empty,
            )
            self.run(piece, nlp(piece.text))
            if article.published.value is None and piece.published.value is not None:
                article.published = shifted(piece.published, start)
            counts = {"event": len(article.events), "claim": len(article.claims)}
            for name in ANNOTATIONS:
                getattr(article, name).extend(
                    shifted(x, start, counts) for x in getattr(piece, name)
                )
            article.errors.extend(piece.errors)
        return article


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Cut a text into ``(start, end)`` pieces of at most ``size`` characters.

    A piece ends after the last paragraph break in its second half, else
    the last line break, sentence end or space; a text with none of these
    is cut at ``size``. The pieces cover the text exactly, in order.
    """
    pieces = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for mark in _BREAKS:
            cut = text.rfind(mark, start + size // 2, end - len(mark) + 1)
            if cut >= 0:
                end = cut + len(mark)
                break
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def _clip_zones(zones: Sequence[Zone], start: int, end: int) -> list[Zone]:
    """The parts of zones inside ``[start, end)``, relative to ``start``."""
    return [
        Zone(max(z.start, start) - start, min(z.end, end) - start, z.kind)
        for z in zones
        if z.start < end and z.end > start
    ]


def shifted(value: Any, offset: int, counts: dict[str, int] | None = None) -> Any:
    """An annotation (or list, dict of them) moved ``offset`` characters on.

    Every ``start``/``end`` moves, and so do the offsets written into
    strings (a date's ``anchor`` ``"text:<start>"``); with ``counts``, a
    quantity's ``linked_to`` ``"event:<i>"`` is renumbered past the events
    (claims) the article already holds.
    """
    if isinstance(value, list):
        return [shifted(v, offset, counts) for v in value]
    if isinstance(value, dict):
        return {k: shifted(v, offset, counts) for k, v in value.items()}
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(value):
        item = getattr(value, f.name)
        if f.name in ("start", "end") and isinstance(item, int):
            changes[f.name] = item + offset
        elif f.name == "anchor" and isinstance(item, str) and item.startswith("text:"):
            changes[f.name] = f"text:{int(item[5:]) + offset}"
        elif f.name == "linked_to" and isinstance(item, str) and counts:
            link = _LINK.fullmatch(item)
            if link:
                kind, index = link.group(1), int(link.group(2))
                changes[f.name] = f"{kind}:{index + counts[kind]}"
        elif isinstance(item, list | dict) or dataclasses.is_dataclass(item):
            changes[f.name] = shifted(item, offset, counts)
    return dataclasses.replace(value, **changes)


def check_order(names: Sequence[str]) -> list[str]:
    """Problems with an extractor order: inputs no earlier extractor assigns."""
    from .registry import get_info

    assigned = {"text", "zones", "published", "flags"}
    problems = []
    for name in names:
        info = get_info(name)
        missing = [field for field in info.requires if field not in assigned]
        if missing:
            problems.append(
                f"{name} requires {', '.join(missing)}, which no extractor before it "
                "assigns; put the one that does earlier"
            )
        assigned.update(info.assigns)
    return problems
