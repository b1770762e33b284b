"""Place names that are also English words ("Earth", "None", "Atlantic"):
read as a small town or region only when the article backs them."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...gazetteer import (
    CITY_FEATURES,
    FEATURE_COUNTRY,
    FEATURE_COUNTY,
    GeoEntry,
    normalize_name,
)
from ...lexicon import words_beyond_names
from .toponyms import PREFIX_MIN_POPULATION, UNTAGGED_MIN_POPULATION, Toponym

POINT_FEATURES = CITY_FEATURES | {FEATURE_COUNTY}
"""Features of a place that is a point: a town, a capital, a county."""


def a_word_not_a_place(
    toponym: Toponym,
    entry: GeoEntry,
    local: Collection[int],
    toponyms: Sequence[Toponym],
    picks: Sequence[tuple[GeoEntry, float] | None],
) -> bool:
    """A name that is also an English word (not a noun only, as the proper
    names of WordNet are: see :func:`lexicon.words_beyond_names`), read as a
    small place (see :func:`_is_small`) that nothing of the article speaks
    for, is the word: "every other country on Earth" (Earth, Texas),
    "Medicare for None" (None, Italy), "a fellow at the Atlantic Council"
    (Atlantic, Iowa). A town is spoken for by a town of another name near
    it or its state named (``local``, see :func:`.resolve._support`): "Hope, Ark." or
    "Hope and Texarkana" stay; a region by another place of its country
    ("floods hit Central, Ghana"); a country always ("Chad", "Turkey")."""
    word = toponym.text.lower()
    if (
        toponym.demonym
        or " " in word
        or word not in words_beyond_names()
        or not _is_small(entry)
    ):
        return False
    if entry.feature in POINT_FEATURES:
        return id(entry) not in local
    key = normalize_name(toponym.text)
    return not any(
        p and p[0].country == entry.country and normalize_name(t.text) != key
        for t, p in zip(toponyms, picks, strict=True)
    )


def _is_small(entry: GeoEntry) -> bool:
    """A town or county below ``PREFIX_MIN_POPULATION`` (Earth, Texas, 1,012;
    not Mobile, Alabama, 190,000), or a region, not a country, below
    ``UNTAGGED_MIN_POPULATION`` (GeoNames counts some regions as towns:
    Central, Ghana; Texas is no small region)."""
    if entry.feature in POINT_FEATURES:
        return entry.population < PREFIX_MIN_POPULATION
    return (
        entry.feature != FEATURE_COUNTRY and entry.population < UNTAGGED_MIN_POPULATION
    )
