"""Toponyms and demonyms resolved to GeoNames records, offline
(``places.geonames.v1``): which spans name places (``toponyms``), which place
each names (``resolve``). Importing the package registers the extractor."""

from .extract import make_place_extractor
from .resolve import resolve_toponyms
from .toponyms import NAME, Toponym, find_toponyms

__all__ = [
    "NAME",
    "Toponym",
    "find_toponyms",
    "make_place_extractor",
    "resolve_toponyms",
]
