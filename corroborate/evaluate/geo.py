"""``corroborate eval geo``: toponym detection and resolution on LGL and TR-News.

Detection is scored as P/R/F1 over toponym spans, strict (same offsets) and
relaxed (overlap). Resolution is scored on the gold toponyms that have
coordinates and that the system found (relaxed): accuracy within 161 km
(100 miles, the usual geoparsing threshold) and exact GeoNames id. A
prediction with the gold GeoNames id counts as within 161 km even when our
point for it differs (country and US-state points come from countryinfo and
city extents, not GeoNames); ``accuracy_161km_coordinates_only`` does not.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Article, Place
from . import BENCH_DIR, prf, read_xml, task

GEO_DIR = BENCH_DIR / "geo"
CORPORA = ("lgl.xml", "TR-News.xml")
ACCURACY_KM = 161.0
ENTITY_EXTRACTOR = "entities.news.v1"
"""The NER the places extractor reads by default in the pipeline."""


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """An annotated toponym; ``lat``/``lon`` None when the annotators found no entry."""

    start: int
    end: int
    geonameid: int | None
    lat: float | None
    lon: float | None


def read_corpus(path: Path) -> list[tuple[str, str, list[GoldToponym]]]:
    """Read a geoparsing XML corpus: (id, text, toponyms) per article."""
    out = []
    for article in read_xml(path).iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for t in article.iter("toponym"):
            tag = t.find("gaztag")
            lat = tag.findtext("lat") if tag is not None else None
            lon = tag.findtext("lon") if tag is not None else None
            gid = tag.get("geonameid") if tag is not None else None
            phrase = t.findtext("phrase") or ""
            start, end = _align(text, phrase, int(t.findtext("start") or 0))
            gold.append(GoldToponym(start, end,
                                    int(gid) if gid else None, float(lat) if lat else None,
                                    float(lon) if lon else None))  # fmt: skip
        gold.extend(_locations(article, text))
        out.append(
            (article.get("docid") or article.findtext("source") or "", text, gold)
        )
    return out


def _locations(article: ET.Element, text: str) -> list[GoldToponym]:
    """GeoVirus's ``<location>`` records: name, offsets and a point, no GeoNames id."""
    gold = []
    for loc in article.iter("location"):
        lat, lon = loc.findtext("lat"), loc.findtext("lon")
        start, end = _align(
            text, loc.findtext("name") or "", int(loc.findtext("start") or 0)
        )
        gold.append(GoldToponym(start, end, None, float(lat) if lat else None,
                                float(lon) if lon else None))  # fmt: skip
    return gold


ALIGN_WINDOW_CHARS = 40


def _align(text: str, phrase: str, start: int) -> tuple[int, int]:
    """Gold offsets, moved to the phrase when a file's offsets drift by a few chars."""
    phrase = phrase.strip()
    if not phrase or text[start : start + len(phrase)] == phrase:
        return start, start + len(phrase)
    low = max(0, start - ALIGN_WINDOW_CHARS)
    found = text.find(phrase, low, start + len(phrase) + ALIGN_WINDOW_CHARS)
    start = found if found >= 0 else start
    return start, start + len(phrase)


def score_corpus(
    docs: list[tuple[str, str, list[GoldToponym]]],
    *,
    entity_extractor: str = ENTITY_EXTRACTOR,
) -> dict[str, Any]:
    """Run NER and ``places.geonames.v1`` on each text; compare with the gold."""
    from ..extractors import places as _places  # noqa: F401  (registers)
    from ..nlp import load_nlp
    from ..registry import get_extractor

    stages = [get_extractor(entity_extractor), get_extractor("places.geonames.v1")]
    counts = dict.fromkeys(
        ("strict", "relaxed", "system", "gold", "located", "within", "near", "exact"), 0
    )
    for (doc_id, text, gold), sdoc in zip(
        docs, load_nlp().pipe(t for _, t, _ in docs), strict=True
    ):
        article = Article(id=doc_id, document_id=doc_id, text=text)
        for stage in stages:
            stage(article, sdoc)
        _count(gold, article.places, counts)
    return _figures(counts)


def _count(
    gold: list[GoldToponym], places: list[Place], counts: dict[str, int]
) -> None:
    from ..gazetteer import place_distance_km

    counts["system"] += len(places)
    counts["gold"] += len(gold)
    used: set[int] = set()
    for g in gold:
        match = next((i for i, p in enumerate(places) if i not in used
                      and p.start < g.end and g.start < p.end), None)  # fmt: skip
        if match is None:
            continue
        used.add(match)
        place = places[match]
        counts["relaxed"] += 1
        counts["strict"] += (place.start, place.end) == (g.start, g.end)
        if g.lat is None or g.lon is None:
            continue
        counts["located"] += 1
        # GeoVirus gold has no ids: None == None must not count as a match
        same = g.geonameid is not None and place.geonameid == g.geonameid
        near = False
        if place.lat is not None and place.lon is not None:
            near = place_distance_km(g.lat, g.lon, place.lat, place.lon) <= ACCURACY_KM
        counts["near"] += near
        counts["within"] += near or same
        counts["exact"] += same


def _figures(counts: dict[str, int]) -> dict[str, Any]:
    system, gold, located = counts["system"], counts["gold"], counts["located"] or 1
    return {
        "strict": prf(
            counts["strict"], system - counts["strict"], gold - counts["strict"]
        ),
        "relaxed": prf(
            counts["relaxed"], system - counts["relaxed"], gold - counts["relaxed"]
        ),
        "accuracy_161km": round(counts["within"] / located, 4),
        "accuracy_161km_coordinates_only": round(counts["near"] / located, 4),
        "accuracy_exact_id": round(counts["exact"] / located, 4),
        "resolved_scored": counts["located"],
    }


@task("geo", GEO_DIR)
def evaluate_geo(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score toponym detection and resolution on LGL and TR-News.

    Args:
        data: one corpus file; default ``geo/lgl.xml`` and ``geo/TR-News.xml``.
        limit: score only the first ``limit`` articles of each corpus.

    Returns:
        Per corpus: strict and relaxed P/R/F1, accuracy within 161 km and
        exact-id accuracy over found gold toponyms that have coordinates.
    """
    paths = [data] if data else [GEO_DIR / name for name in CORPORA]
    return {p.stem: {"articles": len(d), **score_corpus(d)}
            for p in paths for d in [read_corpus(p)[:limit]]}  # fmt: skip
