"""The per-article annotation pipeline: one spaCy Doc, ordered extractors."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from . import extractors as _builtins  # noqa: F401  (registers built-ins)
from .errors import PipelineError
from .nlp import load_nlp
from .records import Article
from .registry import ExtractFn, get_extractor

log = logging.getLogger(__name__)

DEFAULT_EXTRACTORS: tuple[str, ...] = (
    "entities.news.v1",
    "dates.rules.v1",
    "places.geonames.v1",
    "quantities.rules.v1",
    "claims.rules.v1",
    "events.plover.v1",
)
"""Extractors run by default, in order; each sees what earlier ones assigned."""


@dataclass
class Pipeline:
    """spaCy once per article, then the named extractors on its Doc."""

    names: Sequence[str] = DEFAULT_EXTRACTORS
    model: str | None = None
    strict: bool = False
    """Raise on an extractor failure instead of recording it on the article."""
    stages: list[tuple[str, ExtractFn]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stages = [(name, get_extractor(name)) for name in self.names]

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int = 32
    ) -> Iterator[Article]:
        """Annotate articles in order, running spaCy with ``nlp.pipe``."""
        nlp = load_nlp(self.model) if self.model else load_nlp()
        items = list(articles) if not isinstance(articles, list) else articles
        docs = nlp.pipe((a.text for a in items), batch_size=batch_size)
        for article, sdoc in zip(items, docs, strict=True):
            yield self.run(article, sdoc)

    def annotate(self, text: str, *, article_id: str = "text#1") -> Article:
        """Annotate one text as a single article, without segmenting it."""
        article = Article(
            id=article_id, document_id=article_id.split("#")[0], text=text
        )
        nlp = load_nlp(self.model) if self.model else load_nlp()
        return self.run(article, nlp(text))

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
