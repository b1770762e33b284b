"""Named, versioned extractors, loaded like plugins (spaCy ``catalogue``).

Built-in extractors register through the same entry-point group that
third-party packages use (``corroborate.extractors``), so the plugin path
is always exercised. Names follow ``<kind>.<impl>.v<N>``; when behaviour
changes, register ``v2`` and keep ``v1``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import catalogue

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Article

ExtractFn = Callable[["Article", "Doc"], None]
"""An extractor appends its annotations to the article it is given."""


@runtime_checkable
class BatchExtractor(Protocol):
    """An extractor with work best done over many articles at once (a model
    run): the :class:`~corroborate.pipeline.Pipeline` calls ``prepare`` on
    each batch of articles and their Docs before any extractor runs on them,
    then the extractor on each article as usual. The extractor must still
    work on a Doc that was not prepared."""

    def __call__(self, article: Article, doc: Doc, /) -> None: ...

    def prepare(self, batch: Sequence[tuple[Article, Doc]], /) -> None: ...


extractors = catalogue.create("corroborate", "extractors", entry_points=True)


@dataclass(frozen=True, slots=True)
class ExtractorInfo:
    """What an extractor reads and writes, for ``corroborate check``."""

    name: str
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()


_INFO: dict[str, ExtractorInfo] = {}


def extractor(
    name: str, *, assigns: tuple[str, ...], requires: tuple[str, ...] = ()
) -> Callable[[Callable[..., ExtractFn]], Callable[..., ExtractFn]]:
    """Register a factory that returns an extractor.

    Args:
        name: registry name, ``<kind>.<impl>.v<N>``.
        assigns: ``Article`` fields the extractor fills.
        requires: ``Article`` fields it reads, filled by earlier extractors.
    """

    def wrap(factory: Callable[..., ExtractFn]) -> Callable[..., ExtractFn]:
        _INFO[name] = ExtractorInfo(name, assigns, requires)
        extractors.register(name, func=factory)
        return factory

    return wrap


def get_extractor(name: str, **config: Any) -> ExtractFn:
    """Build the extractor registered as ``name``."""
    factory = extractors.get(name)
    return factory(**config)  # type: ignore[no-any-return]


def get_info(name: str) -> ExtractorInfo:
    """Return what the extractor ``name`` assigns and requires."""
    extractors.get(name)  # raises RegistryError naming the known ones
    return _INFO.get(name, ExtractorInfo(name, ()))


def names() -> list[str]:
    """All registered extractor names, sorted."""
    return sorted(extractors.get_all())
