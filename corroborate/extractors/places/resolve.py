"""Which place each toponym names: GeoNames candidates scored by population, the
article's other places, its flags and qualifiers ("Paris, Texas"), one sense
per article."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ...gazetteer import (
    CITY_FEATURES,
    FEATURE_CAPITAL,
    FEATURE_CONTINENT,
    FEATURE_COUNTRY,
    FEATURE_COUNTY,
    FEATURE_STATE,
    Gazetteer,
    GeoEntry,
    load_gazetteer,
    normalize_name,
    place_distance_km,
)
from ...records import Place
from .qualifiers import (
    REGION_FEATURES,
    in_qualifier,
    qualifier,
    qualifying,
    qualifying_region,
    qualifying_town,
)
from .states import TITLE_AFTER, listed_state, titled_state
from .toponyms import (
    ACRONYM,
    NAME,
    PARTY_DASH,
    STREET_WORDS,
    UNRESOLVED_LABELS,
    Toponym,
    heads_body,
    region_follows,
)
from .words import POINT_FEATURES, a_word_not_a_place

if TYPE_CHECKING:
    pass

LOCAL_STATE_MIN_PLACES = 2
"""A US state with this many of the article's chosen towns/counties is its local
state, as if named ("local news" bias)."""
SHORT_TITLE = re.compile(r"[A-Z][a-z]{1,3}\.")
"""A title or month abbreviation ("Sen.", "Mrs.", "Nov.") is no town's name:
such a short word with a period is only a state abbreviation ("Ga.", "Ind.")."""
COUNTY_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)?)*"
    r"\s+([Cc]ounties|County|COUNTY|[Pp]arish(?:es)?)\b"
)
"""'Becker' in "Becker, Clay and Grant counties" or "Becker County" is the county."""
ADMIN_AFFIX = re.compile(
    r"(?:(?:City|Town|Township|Village|State|County|Borough) of\s+(.+))|"
    r"(.+?)\s+(?:City|Town|Township|Twp\.?|Village|Borough)"
)

# Scoring weights, calibrated together on geo/lgl.xml (train/dev use only):
# a candidate's score is log10(population) plus these bonuses.
COUNTRY_CONTEXT_WEIGHT = 3.0  # times the share of the article's places in its country
STATE_CONTEXT_WEIGHT = 2.5  # its US state is named in the article
STATE_FOCUS = 3
"""An article naming more US states than this (a primary night, a national
race) tells less by each: the state's bonus is shared among them, so
"downtown Baltimore" in a Super Tuesday report stays in Maryland, not the
Ohio village, for Ohio being one of twelve states named."""
QUALIFIER_WEIGHT = 6.0  # "Paris, Texas": the next name is its state or country
NEAR_WEIGHT = 3.0  # another resolved place of the article lies within NEAR_KM
NEAR_KM = 100.0
FOREIGN_PENALTY = 3.0  # a town or county in a country none of the other names is in
FOREIGN_MIN_CONTEXT = 1  # distinct other places needed to judge that
COUNTRY_NAME_BONUS = 2.0
# a town called so only by an alternate name (Sahiwal, once Montgomery)
ALIAS_PENALTY = 1.0
CAPITAL_BONUS = 1.5  # "Washington" alone is the capital more often than the state
NAMED_CAPITAL_BONUS = 3.0
"""For the capital of a country the article names, called by its own name
("Dublin" in an article naming Ireland is not Dublin, California, however
many US states and towns a Washington story names). Tried at 1.5 and 3.0
(geo/lgl.xml, TR-News, GeoVirus): 1.5 left that Dublin in California."""
CAPITAL_OVER_NAMESAKE = 50
"""How many times larger than the best-scored town a capital bearing its name
must be to take the name when nothing local speaks for the town (see
``_world_capital``): Paris, France and Paris, Arkansas, 600 times; Paris,
Texas, 86 times. First set at 100, which left "the attacks Nov. 13 in Paris"
of national reports naming Florida and California in Texas (34 places of the
924 PolNeAR texts, 17 of them moved by this); at 50, LGL, TR-News and
GeoVirus score alike, as at 100."""
NAMESAKE_KM = 250.0
"""A town of the article this near a capital's namesake speaks for the
namesake ("Firefighters from Dallas and Tyler helped crews in Paris": Paris,
Texas, 150 km from both)."""
WORLD_CAPITAL_CONFIDENCE = 0.5
"""A capital taken against the scores is as sure as a coin's toss."""
CAPITAL_BONUS_MIN_POPULATION = 300_000  # not "Victoria" (Seychelles) over Victoria, BC  # a country's own name beats a town named after it
RENAMED_SIZE_RATIO = 50
"""How many times smaller than a town bearing a name a town called so only by
another name must be to lose its nearness (New Philadelphia, Ohio, 88 times
Philadelphia's size below; Avondale Estates, 27 times below Avondale)."""
SUPPORT_WEIGHT = (
    2.0  # per other name of the article that could lie near (1, 2, 3 tried)
)
SUPPORT_KM = 100.0
SUPPORT_AMBIGUITY_EXPONENT = (
    0.5  # a name with n candidates supports with weight n**-0.5
)
UNRESOLVED_CONFIDENCE = 0.2
REGION_OF_COUNTRIES = re.compile(
    r"\s+(?:countr(?:y|ies)|nations?|kingdoms?|republics?|monarch(?:y|ies)|states)\b"
)
"""A name before a word for countries describes a region ("the Balkan country")."""
ERA_AFTER_YEAR = re.compile(r"\d\s*$")
ERA_NAMES = frozenset({"bc", "bce", "ad", "ce"})
"""Era markers after a year ("250 B.C.") that also abbreviate places."""
MAX_ABBREVIATION_CHARS = 4
"""An unresolved name this short is more likely "Mrs." or "Sen." than a place."""
PLACE_TYPE_WORDS = frozenset(
    "river rivers creek brook lake lakes pond reservoir bay sea ocean gulf strait "
    "channel sound island islands isle peninsula mountain mountains mount mt hill "
    "hills valley canyon desert forest woods park beach coast shore falls springs "
    "harbor harbour port county parish township province region district territory "
    "street st road rd avenue ave drive dr boulevard blvd lane highway interstate "
    "route freeway parkway pkwy square bridge airport plaza trail pike turnpike "
    "heights village borough city town strip basin delta plains plain prairie "
    "glacier ridge peak pass cape point refuge reserve".split()
)
"""Words that make a name a place by themselves ("Neches River", "Lake Vermont")."""
FAR_FEATURE_WORDS = frozenset(
    "sea ocean gulf strait channel sound peninsula desert region province "
    "territory district".split()
)
LOCAL_FEATURE_WORDS = (
    STREET_WORDS | PLACE_TYPE_WORDS | frozenset("station center centre mall".split())
) - FAR_FEATURE_WORDS
"""An unknown name ending so (a street, park, creek) is placed at the article's
most-named town: local features lie near the town the article is about. It
keeps ``geonameid`` None and the low unresolved confidence."""
ADMIN_FEATURES = frozenset({FEATURE_STATE, FEATURE_COUNTY})
PARTY_LABEL_BEFORE = re.compile(rf"\b[RDI]\s*{PARTY_DASH}\s*$")
"""A party label before a name: "(D\u2013Rockingham)", "Ricky Moye, D-Raleigh"."""
REGION_WORD_AFTER = re.compile(r"\s+(?:state|province|region)\b")
REGION_WORD_BEFORE = re.compile(r"\b(?:state|province|region) of\s+$")
"""A name with a lower-case word for a region next to it names the region."""
TITLE_BEFORE = re.compile(
    r"(?:\b(?:[Gg]overnor|[Ss]enator|[Rr]epresentative|[Cc]ongress(?:man|woman)|"
    r"[Ll]awmaker|Democrat|Republican) (?:from|of) |\b[RDI]\s*" + PARTY_DASH + r"\s*|"
    r"\b(?:Republican|Democratic|Democrat) of )$"
)
"""A title or party label right before it: "governor of Arkansas", "(R-Ark.)"."""
EVIDENCE_WORDS = frozenset("in near outside".split())
"""Prepositions before an unknown name that make it a place ("near Crabgrass")."""


def resolve_toponyms(
    text: str,
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    *,
    flags: Sequence[str] = (),
) -> list[Place]:
    """Choose one gazetteer entry per toponym, using the article as context.

    Args:
        text: the article text (for "Paris, Texas" qualifiers).
        toponyms: spans from :func:`find_toponyms`.
        gazetteer: the loaded gazetteer.
        flags: ISO codes of flag emojis in the article, as country context.

    Returns:
        One Place per toponym, unresolved ones with ``geonameid`` None.
    """
    candidates = [_candidates(t, gazetteer, text) for t in toponyms]
    support, local = _support(
        toponyms, candidates, _titles_only(text, toponyms), qualifying(text, toponyms)
    )
    countries, states = _context(candidates, flags, picks=None)
    picks = [
        _best(t, c, text, toponyms, countries, states, [], support, local)
        for t, c in zip(toponyms, candidates, strict=True)
    ]
    countries, states = _context(candidates, flags, picks=picks)
    named = {p[0].country for p in picks if p and p[0].feature == FEATURE_COUNTRY}
    placed = [
        (normalize_name(t.text), p[0])
        for t, p in zip(toponyms, picks, strict=True)
        if p
    ]
    picks = [
        # a place is "near" others of the article, never near its own first guess
        _best(
            t,
            c,
            text,
            toponyms,
            countries,
            states,
            [e for n, e in placed if n != key],
            support,
            local,
            named,
        )
        for t, c in zip(toponyms, candidates, strict=True)
        for key in [normalize_name(t.text)]
    ]
    picks = [
        titled_state(t, c, text) or p
        for t, c, p in zip(toponyms, candidates, picks, strict=True)
    ]
    picks = [
        listed_state(i, toponyms, candidates, picks, text) or p
        for i, p in enumerate(picks)
    ]
    home = _home_town(picks)
    out = []
    for index, (toponym, pick) in enumerate(zip(toponyms, picks, strict=True)):
        if pick and a_word_not_a_place(toponym, pick[0], local, toponyms, picks):
            continue
        if pick and not heads_body(
            toponym,
            pick[0],
            id(pick[0]) in local or in_qualifier(text, toponym, toponyms, pick[0]),
        ):
            continue  # fmt: skip
        place = _place(toponym, pick, text)
        if place is None:
            continue
        if place.lat is None and not toponym.seat:
            town = qualifying_town(text, index, toponyms, picks)
            region = qualifying_region(text, toponym, toponyms, gazetteer)
            if town:
                place = _in_town(place, town, text)
            elif region and not (home and region.admin1 in {None, home.admin1}
                               and region.country == home.country):  # fmt: skip
                place = _in_town(place, region, text)
            elif home:
                place = _in_town(place, home, text)
        out.append(place)
    return out


def _home_town(picks: Sequence[tuple[GeoEntry, float] | None]) -> GeoEntry | None:
    """The town the article names most often (first named on ties)."""
    towns = [p[0] for p in picks if p and p[0].feature in CITY_FEATURES]
    if not towns:
        return None
    counts = Counter(e.geonameid for e in towns)
    return max(towns, key=lambda e: counts[e.geonameid])


def _in_town(place: Place, home: GeoEntry, text: str) -> Place:
    """A street, park, creek or hamlet the gazetteer lacks lies near the town
    the article is about (not a sea, desert or province)."""
    words = text[place.start : place.end].lower().split()
    local = len(words) > 1 and words[-1].rstrip(".") in LOCAL_FEATURE_WORDS
    if not (local or not set(words) & FAR_FEATURE_WORDS):
        return place
    return replace(place, lat=home.lat, lon=home.lon, country=home.country or None)


def _titles_only(text: str, toponyms: Sequence[Toponym]) -> set[str]:
    """Names (normalised) the article gives only in someone's title or party
    label ("former Arkansas governor Mike Huckabee", "Sen. Tom Cotton
    (R-Ark.)"): they say where a person comes from, not where the news is."""
    titled: dict[str, bool] = {}
    for toponym in toponyms:
        key = normalize_name(toponym.text)
        in_title = bool(
            TITLE_AFTER.match(text, toponym.end)
            or TITLE_BEFORE.search(text, max(0, toponym.start - 40), toponym.start)
        )
        titled[key] = titled.get(key, True) and in_title
    return {key for key, only in titled.items() if only}


def _support(
    toponyms: Sequence[Toponym],
    candidates: Sequence[Sequence[GeoEntry]],
    titled: Collection[str] = frozenset(),
    qualifying: Mapping[str, set[str]] | None = None,
) -> tuple[dict[int, float], set[int]]:
    """Spatial coherence: for each candidate (by ``id``), how many of the
    article's other names could be near it (a town within ``NEAR_KM``, or its
    state/region), each name weighted down by its own ambiguity; and the
    candidates something local speaks for: another name's town or county
    could lie near, or their state is named other than in a title
    (``titled``, see :func:`_titles_only`) and other than only to say where
    another town lies (``qualifying``, see :func:`_qualifying`: "Beaumont,
    Tex." speaks for Beaumont, not for Paris, Texas)."""
    qualifying = qualifying or {}
    import numpy as np

    names: dict[str, list[GeoEntry]] = {}
    for toponym, entries in zip(toponyms, candidates, strict=True):
        if entries:
            names.setdefault(normalize_name(toponym.text), list(entries))
    keys = list(names)
    if len(keys) < 2:
        return {}, set()
    points = [
        (i, e)
        for i, k in enumerate(keys)
        for e in names[k]
        if e.feature in POINT_FEATURES
    ]
    owner = np.array([i for i, _ in points], dtype=np.int64)
    lat = np.radians([e.lat for _, e in points])
    lon = np.radians([e.lon for _, e in points])
    weight = np.array([len(names[k]) ** -SUPPORT_AMBIGUITY_EXPONENT for k in keys])
    regions: dict[tuple[str, str], set[int]] = {}
    for i, k in enumerate(keys):
        for e in names[k]:
            if e.feature == FEATURE_STATE and e.admin1:
                regions.setdefault((e.country, e.admin1), set()).add(i)
    local_regions = {
        region: {i for i in held if keys[i] not in titled}
        for region, held in regions.items()
    }

    def speaks_for(j: int, name: str) -> bool:
        """Whether region name ``j`` speaks for a town called ``name``."""
        towns = qualifying.get(keys[j])
        return towns is None or name in towns

    inside: dict[tuple[str, str], set[int]] = {}
    for i, e in points:
        if e.admin1:
            inside.setdefault((e.country, e.admin1), set()).add(i)
    # a state among many the article names speaks less for a town in it
    focus = min(1.0, STATE_FOCUS / len(regions)) if regions else 1.0
    out: dict[int, float] = {}
    local: set[int] = set()  # candidates something local speaks for
    for i, k in enumerate(keys):
        for e in names[k]:
            near: set[int] = set()
            held: set[int] = set()  # the names of the state it lies in
            if e.feature in POINT_FEATURES:
                la, lo = math.radians(e.lat), math.radians(e.lon)
                a = (
                    np.sin((lat - la) / 2) ** 2
                    + math.cos(la) * np.cos(lat) * np.sin((lon - lo) / 2) ** 2
                )
                close = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(a, 1.0))) < SUPPORT_KM
                near.update(int(j) for j in np.unique(owner[close]))
                region = (e.country, e.admin1 or "")
                regional = {
                    j for j in local_regions.get(region, set()) if speaks_for(j, k)
                }
                if near - {i} or regional - {i}:
                    local.add(id(e))
                held = regions.get(region, set()) - near
            elif e.feature == FEATURE_STATE and e.admin1:
                near |= inside.get((e.country, e.admin1), set())
            near.discard(i)
            held.discard(i)
            if near or held:
                out[id(e)] = float(
                    sum(weight[j] for j in near) + focus * sum(weight[j] for j in held)
                )
    return out, local


def _candidates(
    toponym: Toponym, gazetteer: Gazetteer, text: str = ""
) -> list[GeoEntry]:
    if toponym.seat:
        return []  # "at the White House" is no town called White House
    if toponym.demonym:
        entry = gazetteer.demonym(toponym.text)
        return [entry] if entry else []
    after = COUNTY_AFTER.match(text, toponym.end)
    if after:
        kind = "Parish" if after.group(1).lower().startswith("parish") else "County"
        counties = gazetteer.lookup(f"{toponym.text} {kind}")
        if counties:
            return counties
    if ERA_AFTER_YEAR.search(text[max(0, toponym.start - 12) : toponym.start]) and (
        normalize_name(toponym.text) in ERA_NAMES
    ):
        return []  # "built about 100 B.C." is a date, not British Columbia
    entries = gazetteer.lookup(toponym.text) or _affix_stripped(toponym.text, gazetteer)
    if PARTY_LABEL_BEFORE.search(
        text, max(0, toponym.start - 6), toponym.start
    ) and not any(e.feature in REGION_FEATURES for e in entries):
        entries = entries + _counties(toponym.text, gazetteer)
    if REGION_OF_COUNTRIES.match(text, toponym.end):
        # "the Balkan country", "the Gulf states": a region holding countries, not
        # the province or town of that name; a continent may stand for it
        return [e for e in entries if e.feature == FEATURE_CONTINENT]
    if _named_as_region(text, toponym):
        # "Washington state", "the province of Laguna": the region, not a town
        entries = [e for e in entries if e.feature in ADMIN_FEATURES] or entries
    if SHORT_TITLE.fullmatch(toponym.text):
        # "Sen. Ray Miller", "Miss Butler County", "Nov. 13": only "Ga." is a place
        entries = [e for e in entries if e.feature == FEATURE_STATE]
    # "MEK" is no town's alias; "UK", "UAE" are names
    if ACRONYM.fullmatch(toponym.text):
        key = normalize_name(toponym.text)
        entries = [
            e for e in entries
            if e.feature not in CITY_FEATURES or normalize_name(e.name) == key
        ]  # fmt: skip
    return entries or _demonym_list(toponym.text, gazetteer)


def _counties(name: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """The counties called ``name``: a lawmaker's district in a party label,
    when no state's ("R-Ohio" is the state), is as often a county as a town ("State Rep. Renny Cushing
    (D\u2013Rockingham)" of New Hampshire sits for Rockingham County, not
    for the town of Rockingham, North Carolina); the article's state picks
    among them."""
    return [
        e for e in gazetteer.lookup(f"{name} County") if e.feature == FEATURE_COUNTY
    ]


def _named_as_region(text: str, toponym: Toponym) -> bool:
    """ "Washington state", "Punjab province", "the state of Washington"."""
    return bool(
        REGION_WORD_AFTER.match(text, toponym.end)
        or REGION_WORD_BEFORE.search(text[max(0, toponym.start - 20) : toponym.start])
    )


def _affix_stripped(name: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """ "City of Edwardsville", "Readington Township", "Fargo City": the town."""
    m = ADMIN_AFFIX.fullmatch(name)
    core = m and (m.group(1) or m.group(2))
    return gazetteer.lookup(core) if core else []


def _demonym_list(name: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    entry = gazetteer.demonym(name)
    return [entry] if entry else []


def _context(
    candidates: Sequence[Sequence[GeoEntry]],
    flags: Sequence[str],
    *,
    picks: Sequence[tuple[GeoEntry, float] | None] | None,
) -> tuple[Counter[str], set[str]]:
    """Countries (weighted) and US states the article speaks of."""
    countries: Counter[str] = Counter(flags)
    states: set[str] = set()
    chosen = [p[0] for p in picks if p] if picks is not None else [
        c[0] for c in candidates if len(c) == 1 or (c and c[0].feature in {FEATURE_COUNTRY, FEATURE_STATE})
    ]  # fmt: skip
    regions: Counter[str] = Counter()
    for entry in {id(e): e for e in chosen}.values():
        countries[entry.country] += 1
        if entry.feature == FEATURE_STATE and entry.admin1:
            states.add(entry.admin1)
        elif entry.admin1 and entry.country == "US":
            regions[entry.admin1] += 1
    states.update(r for r, n in regions.items() if n >= LOCAL_STATE_MIN_PLACES)
    return countries, states


def _best(
    toponym: Toponym,
    candidates: Sequence[GeoEntry],
    text: str,
    toponyms: Sequence[Toponym],
    countries: Counter[str],
    states: set[str],
    resolved: Sequence[GeoEntry],
    support: dict[int, float],
    local: Collection[int] = frozenset(),
    named: Collection[str] = frozenset(),
) -> tuple[GeoEntry, float] | None:
    """The highest-scoring candidate and a confidence from its margin
    (``named``: the countries the article names, known after a first pass)."""
    if not candidates:
        return None
    codes = qualifier(text, toponym, toponyms)
    total = sum(countries.values()) or 1
    others = Counter(e.country for e in {id(e): e for e in resolved}.values())
    others.pop("", None)
    renamed = _renamed(toponym, candidates)
    outside = _outside_named_region(toponym, candidates, codes) | renamed
    if any(e.feature == FEATURE_COUNTRY for e in candidates):
        named = frozenset()  # "Guatemala": the country, not its capital
    if not any(others[e.country] for e in candidates):
        # every sense is abroad, none more foreign than another: the penalty is
        # for a sense away from the article's countries ("Gaza" beside Egypt and
        # Israel is the city, not the Mozambican province)
        others = Counter()
    scored = sorted(
        (
            (
                _score(e, toponym, codes, countries, total,
                       set() if id(e) in renamed else states,
                       () if id(e) in outside else resolved, named)
                + SUPPORT_WEIGHT * (0.0 if id(e) in outside else support.get(id(e), 0.0))
                - _foreign_penalty(e, others),
                e,
            )
            for e in candidates
        ),
        key=lambda pair: -pair[0],
    )  # fmt: skip
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 5.0
    best = scored[0][1]
    capital = _world_capital(toponym, candidates, best, codes, resolved, local)
    if capital is not None:
        return capital, WORLD_CAPITAL_CONFIDENCE
    return best, round(1 / (1 + math.exp(-margin)), 3)


def _world_capital(
    toponym: Toponym,
    candidates: Sequence[GeoEntry],
    best: GeoEntry,
    qualifier: set[str],
    resolved: Sequence[GeoEntry],
    local: Collection[int],
) -> GeoEntry | None:
    """The capital bearing the name, ``CAPITAL_OVER_NAMESAKE`` times the size
    of the town that scored best, when nothing local speaks for that town: no
    qualifier ("Paris, Texas"), no town of the article within ``NAMESAKE_KM``, no town or
    county of another name that could lie near it, its state named only in
    someone's title if at all ("the Charlie Hebdo attacks in Paris" beside
    "former Arkansas governor Mike Huckabee" are in France)."""
    if best.feature not in POINT_FEATURES or qualifier & {
        best.country,
        best.admin1 or "",
    }:
        return None
    if id(best) in local or _near(best, resolved, POINT_FEATURES, NAMESAKE_KM):
        return None
    floor = CAPITAL_OVER_NAMESAKE * max(best.population, 1)
    return next(
        (e for e in candidates
         if e.feature == FEATURE_CAPITAL and e.population >= floor
         and _bears_name(e, toponym.text)),
        None,
    )  # fmt: skip


def _outside_named_region(
    toponym: Toponym, candidates: Sequence[GeoEntry], qualifier: set[str]
) -> set[int]:
    """Towns (by ``id``) that share the exact name of a country or first-level
    region among the candidates but lie outside it: California, Maryland for
    "California", or are called so only by another name (Mexico City for
    "Mexico"). Their nearness to the article's other places does not count; the
    city of Durres in Durres county keeps it."""
    if qualifier:
        return set()
    key = normalize_name(toponym.text)
    regions = [e for e in candidates
               if e.feature in REGION_FEATURES and normalize_name(e.name) == key]  # fmt: skip
    if not regions:
        return set()
    return {
        id(e) for e in candidates
        if e.feature in CITY_FEATURES
        and (normalize_name(e.name) != key  # "Mexico City" for "Mexico"
             or all(e.country != r.country or e.admin1 not in {None, r.admin1}
                    for r in regions))
    }  # fmt: skip


def _renamed(toponym: Toponym, candidates: Sequence[GeoEntry]) -> set[int]:
    """Towns (by ``id``) called so only by another name and
    ``RENAMED_SIZE_RATIO`` times smaller than a town bearing the name: they
    win on their own size, not on lying near the article's other towns ("New
    Philadelphia", Ohio, Willard, Ohio, once Chicago Junction, and New Haven,
    Missouri, for "Philadelphia", "Chicago" and "Baltimore" in a list of
    teams). A local paper's nearby town, less far below, keeps its nearness
    ("Avondale" for Avondale Estates near Decatur, not Avondale, Arizona;
    Beckley, seat of Raleigh County, for "Raleigh")."""
    bearing = [
        e.population
        for e in candidates
        if e.feature in CITY_FEATURES and _bears_name(e, toponym.text)
    ]
    largest = max(bearing, default=-1)
    return {
        id(e)
        for e in candidates
        if e.feature in CITY_FEATURES
        and not _bears_name(e, toponym.text)
        and e.population * RENAMED_SIZE_RATIO < largest
    }


def _foreign_penalty(entry: GeoEntry, others: Counter[str]) -> float:
    """A town or county abroad in an article whose other places are all
    elsewhere: the Paris of a Texas paper's article on Dallas is in Texas,
    unless France is named; and the county of a town's name is as foreign as
    the town (else "Paris" beside "US" was the département, not the city)."""
    if (
        FOREIGN_PENALTY
        and entry.feature in POINT_FEATURES
        and sum(others.values()) >= FOREIGN_MIN_CONTEXT
        and others[entry.country] == 0
    ):
        return FOREIGN_PENALTY
    return 0.0


def _score(
    entry: GeoEntry,
    toponym: Toponym,
    qualifier: set[str],
    countries: Counter[str],
    total: int,
    states: set[str],
    resolved: Sequence[GeoEntry],
    named: Collection[str] = frozenset(),
) -> float:
    score = math.log10(entry.population + 10)
    if entry.feature in CITY_FEATURES and not _bears_name(entry, toponym.text):
        score -= ALIAS_PENALTY
    score += COUNTRY_CONTEXT_WEIGHT * countries.get(entry.country, 0) / total
    if entry.admin1 and entry.admin1 in states and entry.feature != FEATURE_STATE:
        score += STATE_CONTEXT_WEIGHT * min(1.0, STATE_FOCUS / len(states))
    if qualifier & {entry.country, entry.admin1 or ""}:
        score += QUALIFIER_WEIGHT
    if entry.feature == FEATURE_COUNTRY:
        score += COUNTRY_NAME_BONUS
    elif (
        entry.feature == FEATURE_CAPITAL
        and entry.population >= CAPITAL_BONUS_MIN_POPULATION
    ):
        score += CAPITAL_BONUS
    if (
        entry.feature == FEATURE_CAPITAL
        and entry.country in named
        and _bears_name(entry, toponym.text)
    ):
        score += NAMED_CAPITAL_BONUS
    if entry.feature in CITY_FEATURES and _near(entry, resolved, CITY_FEATURES):
        score += NEAR_WEIGHT
    return score


def _near(
    entry: GeoEntry,
    resolved: Sequence[GeoEntry],
    features: frozenset[str],
    km: float = NEAR_KM,
) -> bool:
    """True when another of the article's resolved places of ``features`` lies
    within ``km`` of ``entry``."""
    return any(
        r.feature in features
        and r.geonameid != entry.geonameid
        and place_distance_km(r.lat, r.lon, entry.lat, entry.lon) < km
        for r in resolved
    )


def _bears_name(entry: GeoEntry, name: str) -> bool:
    """The town's own name is ``name``, or ``name`` and "City" ("New York")."""
    key = normalize_name(name)
    return normalize_name(entry.name) in {key, f"{key} city"}


def _place(
    toponym: Toponym,
    pick: tuple[GeoEntry, float] | None,
    text: str = "",
) -> Place | None:
    if pick is None:
        if toponym.seat:
            return Place(toponym.start, toponym.end, NAME,
                         confidence=UNRESOLVED_CONFIDENCE)  # fmt: skip
        if toponym.label not in UNRESOLVED_LABELS:
            return None
        if len(toponym.text) <= MAX_ABBREVIATION_CHARS:
            return None
        # NER's GPE alone is wrong on most names the gazetteer lacks ("United
        # Way", surnames, acronyms): keep one with a place's syntax or word only
        if not _place_evidence(text, toponym):
            return None
        return Place(toponym.start, toponym.end, NAME, confidence=UNRESOLVED_CONFIDENCE,
                     demonym=toponym.demonym)  # fmt: skip
    entry, confidence = pick
    return Place(
        toponym.start,
        toponym.end,
        NAME,
        entry.geonameid,
        entry.name,
        entry.lat,
        entry.lon,
        entry.country or None,
        entry.feature,
        toponym.demonym
        or entry.name != toponym.text
        and entry.feature == FEATURE_COUNTRY
        and _is_demonym_form(toponym.text),
        confidence,
        entry.admin1,
    )


def _place_evidence(text: str, toponym: Toponym) -> bool:
    """ "Neches River", "Lake Vermont", "near Crabgrass", "Maineville, Ohio"."""
    words = [w.lower().rstrip(".") for w in re.findall(r"[\w.]+", toponym.text)]
    if any(w in PLACE_TYPE_WORDS for w in words[:1] + words[-1:]) and len(words) > 1:
        return True
    before = re.search(r"(\w+)\s+$", text[max(0, toponym.start - 20) : toponym.start])
    if before and before.group(1).lower() in EVIDENCE_WORDS:
        return True
    return region_follows(text, toponym.end)


def _is_demonym_form(text: str) -> bool:
    return load_gazetteer().demonym(text) is not None and not load_gazetteer().lookup(
        text
    )
