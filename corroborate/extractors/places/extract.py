"""The place extractor (``places.geonames.v1``): find the toponyms, then resolve
them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import (
    load_gazetteer,
)
from ...records import Article
from ...registry import ExtractFn, extractor
from .resolve import resolve_toponyms
from .toponyms import NAME, find_toponyms

if TYPE_CHECKING:
    from spacy.tokens import Doc


@extractor(NAME, assigns=("places",), requires=("mentions",))
def make_place_extractor(*, include_unresolved: bool = True) -> ExtractFn:
    """Resolve the article's place names and demonyms to GeoNames entries.

    Args:
        include_unresolved: also keep toponyms the gazetteer cannot resolve
            (``geonameid`` None), so the text of the place is not lost.
    """

    def extract(article: Article, sdoc: Doc) -> None:
        gazetteer = load_gazetteer()
        toponyms = find_toponyms(article, sdoc, gazetteer)
        article.places.extend(
            p
            for p in resolve_toponyms(
                article.text, toponyms, gazetteer, flags=article.flags
            )
            if include_unresolved or p.geonameid is not None
        )

    return extract
