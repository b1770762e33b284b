"""Names that qualify a place written before them: "<town>, <state or
country>" ("Paris, Texas", "Maineville, Ohio"; not a list of states,
"Alaska, Alabama, Arizona") and "<hamlet>, <town>" ("Greenlane, Auckland"),
read by :mod:`.resolve`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...gazetteer import (
    CITY_FEATURES,
    FEATURE_COUNTRY,
    FEATURE_STATE,
    Gazetteer,
    GeoEntry,
    load_gazetteer,
    normalize_name,
)
from .toponyms import Toponym

REGION_FEATURES = frozenset({FEATURE_COUNTRY, FEATURE_STATE})


def in_qualifier(
    text: str, toponym: Toponym, toponyms: Sequence[Toponym], entry: GeoEntry
) -> bool:
    """ "Marion, Ohio": the state or country after the name holds ``entry``."""
    return bool(qualifier(text, toponym, toponyms) & {entry.country, entry.admin1})


def qualifying_region(
    text: str, toponym: Toponym, toponyms: Sequence[Toponym], gazetteer: Gazetteer
) -> GeoEntry | None:
    """The US state or country in "<toponym>, <region>" ("Maineville, Ohio")."""
    codes = qualifier(text, toponym, toponyms)
    for code in sorted(codes):
        entry = gazetteer.states.get(code) or gazetteer.countries.get(code)
        if entry is not None:
            return entry
    return None


def qualifying_town(
    text: str,
    index: int,
    toponyms: Sequence[Toponym],
    picks: Sequence[tuple[GeoEntry, float] | None],
) -> GeoEntry | None:
    """The town in "<toponym>, <town>" ("Greenlane, Auckland"): a suburb or
    hamlet the gazetteer lacks lies in the town that follows it."""
    pick = picks[index + 1] if index + 1 < len(picks) else None
    if pick is None or pick[0].feature not in CITY_FEATURES:
        return None
    between = text[toponyms[index].end : toponyms[index + 1].start]
    return pick[0] if re.fullmatch(r",\s*", between) else None


def qualifying(text: str, toponyms: Sequence[Toponym]) -> dict[str, set[str]]:
    """Names (normalised) the article gives only right after another place
    and a comma ("Beaumont, Tex."), each with the names of the places it
    qualifies: it says where those lie, and speaks for no other town."""
    ends = {t.end: normalize_name(t.text) for t in toponyms}
    qualifies: dict[str, set[str]] = {}
    elsewhere: set[str] = set()
    for toponym in toponyms:
        key = normalize_name(toponym.text)
        comma = text.rfind(",", 0, toponym.start)
        if comma in ends and not text[comma + 1 : toponym.start].strip():
            qualifies.setdefault(key, set()).add(ends[comma])
        else:
            elsewhere.add(key)
    return {key: towns for key, towns in qualifies.items() if key not in elsewhere}


def qualifier(text: str, toponym: Toponym, toponyms: Sequence[Toponym]) -> set[str]:
    """Country and state codes of a name right after "<toponym>, "."""
    following = next((t for t in toponyms if t.start > toponym.end), None)
    if following is None or not re.fullmatch(
        r",\s*", text[toponym.end : following.start]
    ):
        return set()
    gazetteer = load_gazetteer()
    regions = [
        e
        for e in gazetteer.lookup(following.text)
        if e.feature in {FEATURE_COUNTRY, FEATURE_STATE}
    ]
    if _is_region_list(toponym, following, regions, gazetteer):
        return set()
    return {
        e.admin1 if e.feature == FEATURE_STATE and e.admin1 else e.country
        for e in regions
    }


def _is_region_list(
    toponym: Toponym,
    following: Toponym,
    regions: Sequence[GeoEntry],
    gazetteer: Gazetteer,
) -> bool:
    """ "Alaska, Alabama, Arizona", "Russia, Romania": a name that is itself a
    state (country) before another state (country) written out is listed with
    it, not a town it qualifies ("Paris, Texas"; "Victoria, Australia" is a
    state in its country; an abbreviation only qualifies: "California, Pa.",
    "Victoria, BC")."""
    if "." in following.text or following.text.isupper():
        return False
    key = normalize_name(toponym.text)
    own = {
        e.feature
        for e in gazetteer.lookup(toponym.text)
        if e.feature in REGION_FEATURES and normalize_name(e.name) == key
    }
    return bool(own & {e.feature for e in regions})
