"""Server-side SVG pictures: a story timeline and a map of places."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from typing import Any

from ..brief import shorten
from ..brief.timeline import UNTOLD, coded, dated_acts, readable_date, week_monday
from ..records import Article, DateRef

Link = Callable[[str, int, int], str]  # (article_id, start, end) -> URL

TIMELINE_WIDTH_PX = 960
TIMELINE_LABEL_PX = 230  # room for the row labels on the left
TIMELINE_ROW_PX = 64
TIMELINE_AXIS_PX = 36
TICK_LABEL_PX = 60  # half the width of the longest tick label ("07 Dec 2015")
TIMELINE_MIN_SPAN_DAYS = 14  # a single day still gets a readable axis
YEAR_TICKS_AFTER_DAYS = 3 * 365  # longer axes are labelled by year (about six ticks)
MONTH_TICKS_AFTER_DAYS = 120  # then by month, shorter ones by day
NOMINAL_YEAR = 2000  # leap year, so "--02-29" has a place when no year is known
MAX_ROW_LABEL_CHARS = 34
MAX_POINT_LABEL_CHARS = 18
LABEL_LANES = 2  # labels above and below a row; crowded marks keep their tooltip
STORY_BEFORE_DAYS = 180  # a story's axis starts this long before its first article
STORY_AFTER_DAYS = 90  # ... and ends this long after its last

MAP_WIDTH_PX = 960
MAP_MIN_SPAN_DEG = 24.0  # zoom no closer than this many degrees of longitude
MAP_MIN_ASPECT = 0.4  # height/width: no flatter than this, a strip is hard to read
MAP_PAD_DEG = 6.0  # margin around the outermost point
MAP_COUNTRY_MAX_DEG = 90.0  # a country wider than this is shown by its points alone
MAP_OUTLINE_DECIMALS = 1  # outline coordinates rounded to 0.1 degree (~11 km)

_TIMEX = re.compile(r"^(\d{4}|\d{3}X|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
"""An ISO week ("2022-W51") or its weekend ("2013-W14-WE")."""


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One dated thing on a timeline row."""

    value: str  # the TIMEX value as stored, e.g. "XXXX-06-03"
    kind: str  # "published" | "event" | "date"
    label: str  # what happened, as written ("returned"), or the date's text
    article_id: str
    start: int  # evidence offsets into the article's text
    end: int
    detail: str = ""  # an event's PLOVER type and mode ("CONCEDE return")
    reckoned: bool = False  # its year is worked out from another date, not written


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One outlet's or article's line of the timeline."""

    label: str
    article_id: str
    points: list[TimelinePoint] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A place mentioned, with how often and where."""

    name: str
    lat: float
    lon: float
    count: int
    geonameid: int | None
    article_id: str
    start: int  # first mention
    end: int
    country: str | None = None  # ISO 3166-1 alpha-2: the map shows the whole country


def build_timeline_rows(articles: Sequence[Article]) -> list[TimelineRow]:
    """One row per article: its publication date, dated events and dates.

    Args:
        articles: the story's articles.

    Returns:
        Rows with every point whose value is a calendar date (day or month).
    """
    return [
        TimelineRow(
            label=_row_label(article),
            article_id=article.id,
            points=_article_points(article),
        )
        for article in articles
    ]


def _row_label(article: Article) -> str:
    """The outlet if known, else the headline, else the id."""
    return shorten(article.outlet or article.title or article.id, MAX_ROW_LABEL_CHARS)


def _article_points(article: Article) -> list[TimelinePoint]:
    """The dated points of one article, events and acts first so they win a shared span;
    not events told as might or did not happen (``UNTOLD``), as in the brief's
    timeline: their date is a date the article mentions."""
    points: list[TimelinePoint] = []
    published = article.published
    if published.value and _TIMEX.match(published.value):
        span = published.evidence
        points.append(TimelinePoint(published.value, "published", "published",
                                    article.id, span.start if span else 0,
                                    span.end if span else 0))  # fmt: skip
    used: set[tuple[int, int]] = set()
    refs = {(ref.start, ref.end): ref for ref in article.dates}
    for _, event in dated_acts(article):
        if event.date and _dated(event.date) and event.modality not in UNTOLD:
            told = event.trigger
            label = article.text[told.start : told.end] if told else coded(event)
            span = event.date_span
            ref = refs.get((span.start, span.end)) if span is not None else None
            points.append(TimelinePoint(event.date, "event", label, article.id,
                                        event.evidence.start, event.evidence.end,
                                        coded(event), _reckoned(ref)))  # fmt: skip
            if span is not None:
                used.add((span.start, span.end))
    for ref in article.dates:
        if ref.value and ref.type == "DATE" and _dated(ref.value):
            if (ref.start, ref.end) not in used:
                text = article.text[ref.start : ref.end]
                points.append(TimelinePoint(ref.value, "date", text, article.id,
                                            ref.start, ref.end, "", _reckoned(ref)))  # fmt: skip
    return points


def _reckoned(ref: DateRef | None) -> bool:
    """True when a date's year is not written where it is told: worked out
    from the report's date or an earlier one ("Tuesday", "November", "two
    days later"), or, with no date of its own, the day of the report."""
    return ref is None or ref.anchor is not None


def _dated(value: str) -> bool:
    """True for a TIMEX value the axis can place: a day, month, year or week."""
    return bool(_TIMEX.match(value) or _WEEK.match(value))


def parse_timex(
    value: str, year: int | None = None, *, years: bool = False
) -> tuple[date, bool] | None:
    """A TIMEX date value as a calendar day (month values fall on the 15th).

    Args:
        value: e.g. ``2024-10-04``, ``2024-10``, ``XXXX-06-03``, ``2022-W51``
            (its Thursday, the middle of the week; a weekend its Saturday).
        year: the year to use when the value has none (``XXXX``).
        years: also place years (on 1 July) and decades (``198X``, mid-decade).

    Returns:
        ``(day, year_known)``, or None for durations and the like, and for
        years and decades unless ``years``.
    """
    week = _WEEK.match(value)
    if week is not None:  # "2022-W51": its Thursday; "2013-W14-WE": its Saturday
        monday = week_monday(week.group(1), week.group(2))
        return (
            (monday + timedelta(days=5 if week.group(3) else 3), True)
            if monday
            else None
        )
    found = _TIMEX.match(value)
    if found is None or found.group(2) is None:
        return _parse_year(found.group(1)) if found and years else None
    if found.group(1).endswith("X") and found.group(1) != "XXXX":
        return None
    known = found.group(1) != "XXXX"
    the_year = int(found.group(1)) if known else (year or NOMINAL_YEAR)
    try:
        day = date(the_year, int(found.group(2)), int(found.group(3) or 15))
    except ValueError:
        return None
    return day, known


def _parse_year(text: str) -> tuple[date, bool] | None:
    """A year ("2003") or decade ("198X") as a day in its middle."""
    if text == "XXXX":
        return None
    if text.endswith("X"):
        return date(int(text[:3]) * 10 + 5, 1, 1), True
    return date(int(text), 7, 1), True


def render_timeline_svg(
    rows: Sequence[TimelineRow], *, link: Link | None = None, years: bool = False
) -> str:
    """Draw rows of dated points on one shared time axis.

    A value without a year takes the story's most common known year and is
    drawn hollow, as is one whose year the text does not write where it tells
    it (worked out from the report's date); with no known year at all the
    axis shows months and days.
    For a story (``years`` off), the axis spans its publication dates, from
    ``STORY_BEFORE_DAYS`` before to ``STORY_AFTER_DAYS`` after: a background
    date ("the Sept. 11, 2001 attacks") sits at the axis's edge with its
    year, instead of squashing the weeks that matter into one spot.

    Args:
        rows: from :func:`build_timeline_rows`.
        link: makes the URL a point links to, from its article and offsets.
        years: also draw values that give only a year or a decade, on an axis
            that spans them all (the designations page).

    Returns:
        An ``<svg>`` element as text (empty message when nothing is dated).
    """
    year = _common_year(rows)
    placed = [
        _by_report([(p, parse_timex(p.value, year, years=years)) for p in row.points])
        for row in rows
    ]
    days = [d[0] for pts in placed for _, d in pts if d is not None]
    if not years:
        days = _story_days(placed, days)
    height = TIMELINE_AXIS_PX * 2 + TIMELINE_ROW_PX * max(len(rows), 1)
    parts = [_svg_open(TIMELINE_WIDTH_PX, height, "timeline")]
    if not days:
        parts.append(
            _text(TIMELINE_WIDTH_PX / 2, height / 2, "no dated events", "empty")
        )
        return "".join(parts) + "</svg>"
    low, high = _day_range(days)
    x_of = functools.partial(_x_of_day, low=low, high=high)
    parts += _axis(low, high, x_of, height, show_year=year is not None)
    place = functools.partial(_x_or_edge, low=low, high=high)
    for i, (row, pts) in enumerate(zip(rows, placed, strict=True)):
        parts += _timeline_row(i, row, pts, place, link)
    return "".join(parts) + "</svg>"


def _by_report(
    points: list[tuple[TimelinePoint, Any]],
) -> list[tuple[TimelinePoint, Any]]:
    """An article's points, a week or a month that holds its report's day
    drawn no later than that day ("had asked ... this week", written on a
    Wednesday, is not drawn on the Thursday after the report)."""
    published = next((d[0] for p, d in points if d and p.kind == "published"), None)
    if published is None:
        return points
    return [
        (p, (published, d[1]))
        if d is not None
        and d[0] > published
        and (start := _period_start(p.value, d[0])) is not None
        and start <= published
        else (p, d)
        for p, d in points
    ]


def _period_start(value: str, day: date) -> date | None:
    """The first day of a week or a month value drawn on ``day``; None for a day."""
    week = _WEEK.match(value)
    if week is not None:
        return week_monday(week.group(1), week.group(2))
    found = _TIMEX.match(value)
    if found is not None and found.group(2) is not None and found.group(3) is None:
        return day.replace(day=1)
    return None


def _story_days(
    placed: list[list[tuple[TimelinePoint, Any]]], days: list[date]
) -> list[date]:
    """The days of a story's axis: those near its publication dates (all of
    them when no article's publication date is known)."""
    published = [d[0] for pts in placed for p, d in pts if d and p.kind == "published"]
    if not published:
        return days
    first = date.fromordinal(min(published).toordinal() - STORY_BEFORE_DAYS)
    last = date.fromordinal(max(published).toordinal() + STORY_AFTER_DAYS)
    return [d for d in days if first <= d <= last]


def _x_or_edge(day: date, *, low: date, high: date) -> tuple[float, str]:
    """A day's position, or the axis edge with a mark of its year for a day
    outside the axis ("‹ 2001")."""
    if day < low:
        return _x_of_day(low, low=low, high=high) - 8, f"\u2039 {day.year}"
    if day > high:
        return _x_of_day(high, low=low, high=high) + 8, f"{day.year} \u203a"
    return _x_of_day(day, low=low, high=high), ""


def _common_year(rows: Sequence[TimelineRow]) -> int | None:
    """The most common explicit year among the points, or None."""
    years = [p.value[:4] for row in rows for p in row.points
             if p.value[:4].isdigit() and parse_timex(p.value) is not None]  # fmt: skip
    return int(max(sorted(set(years)), key=years.count)) if years else None


def _day_range(days: list[date]) -> tuple[date, date]:
    """The axis range: all days, widened to a minimum span."""
    low, high = min(days), max(days)
    missing = TIMELINE_MIN_SPAN_DAYS - (high - low).days
    if missing > 0:
        low = date.fromordinal(low.toordinal() - missing // 2 - 1)
        high = date.fromordinal(high.toordinal() + missing - missing // 2 + 1)
    return low, high


def _x_of_day(day: date, *, low: date, high: date) -> float:
    """Horizontal position of a day on the axis."""
    left, right = TIMELINE_LABEL_PX + 10, TIMELINE_WIDTH_PX - 30
    share = (day.toordinal() - low.toordinal()) / max(
        high.toordinal() - low.toordinal(), 1
    )
    return left + share * (right - left)


def _axis(low: date, high: date, x_of: Callable[[date], float], height: int,
          *, show_year: bool) -> list[str]:  # fmt: skip
    """Axis line and month (or day) ticks at the bottom."""
    y = height - TIMELINE_AXIS_PX
    parts = [
        f'<line class="axis" x1="{x_of(low):.1f}" y1="{y}" x2="{x_of(high):.1f}" y2="{y}"/>'
    ]
    span = (high - low).days
    fmt = "%d %b %Y" if show_year else "%d %b"
    if span > YEAR_TICKS_AFTER_DAYS:
        fmt = "%Y"
    elif span > MONTH_TICKS_AFTER_DAYS:
        fmt = "%b %Y" if show_year else "%b"
    for tick in _ticks(low, high):
        x = x_of(tick)
        parts.append(
            f'<line class="tick" x1="{x:.1f}" y1="{TIMELINE_AXIS_PX / 2}" x2="{x:.1f}" y2="{y + 4}"/>'
        )
        # the last ticks sit near the right edge: their labels end there, uncut
        anchor = "end" if x > TIMELINE_WIDTH_PX - TICK_LABEL_PX else "middle"
        parts.append(_text(x, y + 20, tick.strftime(fmt), "tick-label", anchor=anchor))
    return parts


def _ticks(low: date, high: date) -> list[date]:
    """About six round dates between low and high: years, months or days."""
    span = (high - low).days
    if span > YEAR_TICKS_AFTER_DAYS:
        step = next(n for n in (1, 2, 5, 10, 20, 50, 100, 10_000) if n >= span / 2190)
        first = -(-low.year // step) * step  # the first round year at or after low
        ticks = [date(y, 1, 1) for y in range(first, high.year + 1, step)]
    elif span > MONTH_TICKS_AFTER_DAYS:
        step = max(1, round(span / 30 / 6))
        months = range(low.year * 12 + low.month, high.year * 12 + high.month + 1, step)
        ticks = [date(m // 12 - (m % 12 == 0), m % 12 or 12, 1) for m in months]
    else:
        step = max(1, round(span / 6))
        ticks = [
            date.fromordinal(o)
            for o in range(low.toordinal(), high.toordinal() + 1, step)
        ]
    return [t for t in ticks if low <= t <= high]


def _timeline_row(i: int, row: TimelineRow, pts: list[tuple[TimelinePoint, Any]],
                  x_of: Callable[[date], tuple[float, str]],
                  link: Link | None) -> list[str]:  # fmt: skip
    """One row: its label, a guide line and its points with short labels."""
    y = TIMELINE_AXIS_PX + TIMELINE_ROW_PX * i + TIMELINE_ROW_PX / 2
    parts = [
        f'<line class="row" x1="{TIMELINE_LABEL_PX}" y1="{y}" x2="{TIMELINE_WIDTH_PX - 20}" y2="{y}"/>',
        _text(TIMELINE_LABEL_PX - 8, y + 4, row.label, "row-label", anchor="end"),
    ]
    lanes: list[list[float]] = []
    for point, placed in pts:
        if placed is None:
            continue
        x, edge = x_of(placed[0])
        lane = _free_lane(lanes, x) if point.kind != "date" else 0  # no label
        parts.append(_point(point, x, y, year_known=placed[1], lane=lane,
                            link=link, edge=edge))  # fmt: skip
    return parts


def _free_lane(lanes: list[list[float]], x: float) -> int:
    """The first lane (above, below, above ...) with no label within 90 px of
    ``x``, so neighbours do not overwrite each other."""
    for lane, taken in enumerate(lanes):
        if all(abs(x - other) > 90 for other in taken):
            taken.append(x)
            return lane
    lanes.append([x])
    return len(lanes) - 1


def _point(point: TimelinePoint, x: float, y: float, *, year_known: bool,
           lane: int, link: Link | None, edge: str = "") -> str:  # fmt: skip
    """A marker with a tooltip, a short label (in the first ``LABEL_LANES``
    lanes only: crowded marks keep their tooltip) and a link to its evidence;
    ``edge`` marks a day beyond the axis ("‹ 2001")."""
    written = year_known and not point.reckoned
    css = f"pt {point.kind}" + ("" if written else " no-year")
    detail = f" ({point.detail})" if point.detail else ""
    when = readable_date(point.value)  # "week of 2022-12-19", not "2022-W51"
    unknown = "" if year_known or "year unknown" in when else " (year unknown)"
    if year_known and point.reckoned:
        unknown = " (worked out from the report's date)"
    title = escape(f"{point.label}{detail} — {when}{unknown}")
    shape = (
        f'<rect class="{css}" x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10"/>'
        if point.kind == "published"
        else f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="{6 if point.kind == "event" else 4}"/>'
    )
    offset = (-12 - 11 * (lane // 2)) if lane % 2 == 0 else (20 + 11 * (lane // 2))
    anchor = "end" if x > TIMELINE_WIDTH_PX - 90 else "middle"
    text = shorten(point.label.replace("_", " "), MAX_POINT_LABEL_CHARS)
    shown = point.kind != "date" and lane < LABEL_LANES
    label = _text(x, y + offset, text, f"pt-label {point.kind}", anchor=anchor)
    mark = _text(x, y + 18, edge.strip(), "pt-label edge") if edge else ""
    body = f"<g><title>{title}</title>{shape}{label if shown else ''}{mark}</g>"
    if link is None:
        return body
    return (
        f'<a href="{escape(link(point.article_id, point.start, point.end))}">{body}</a>'
    )


def build_map_points(articles: Sequence[Article]) -> list[MapPoint]:
    """The located places of some articles, one point per GeoNames record.

    Args:
        articles: an article, or a story's articles.

    Returns:
        Points with their mention counts, most mentioned first.
    """
    found: dict[Any, MapPoint] = {}
    for article in articles:
        for place in article.places:
            if place.lat is None or place.lon is None:
                continue
            key = place.geonameid or (round(place.lat, 2), round(place.lon, 2))
            seen = found.get(key)
            if seen is None:
                name = place.name or article.text[place.start : place.end]
                found[key] = MapPoint(name, place.lat, place.lon, 1, place.geonameid,
                                      article.id, place.start, place.end,
                                      place.country)  # fmt: skip
            else:
                found[key] = dataclasses.replace(seen, count=seen.count + 1)
    return sorted(found.values(), key=lambda p: (-p.count, p.name))


def render_map_svg(points: Sequence[MapPoint], *, link: Link | None = None,
                   outline: bool = True) -> str:  # fmt: skip
    """An equirectangular map around the points, with country outlines.

    Coordinates are degrees (x = longitude, y = -latitude) inside the
    ``viewBox``, so the picture zooms to the points without reprojection.

    Args:
        points: from :func:`build_map_points`.
        link: makes the URL a point links to (its first mention).
        outline: draw country outlines (from the installed countryinfo data).

    Returns:
        An ``<svg>`` element as text.
    """
    west, south, east, north = _map_bounds(points)
    span = east - west
    height_px = round(MAP_WIDTH_PX * (north - south) / span)
    box = f"{west:.2f} {-north:.2f} {span:.2f} {north - south:.2f}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="{box}" '
        f'width="{MAP_WIDTH_PX}" height="{height_px}" role="img" '
        f'preserveAspectRatio="xMidYMid meet"><title>map</title>',
        f'<rect class="sea" x="{west:.2f}" y="{-north:.2f}" width="{span:.2f}" height="{north - south:.2f}"/>',
    ]
    if outline:
        parts.append(
            f'<path class="land" d="{outline_path(west, south, east, north)}"/>'
        )
    parts += _graticule(west, south, east, north)
    unit = span / MAP_WIDTH_PX  # degrees per pixel
    labelled: list[MapPoint] = []
    for point in points:  # most mentioned first, so they keep their labels
        show = all(_apart(point, other, unit) for other in labelled)
        labelled += [point] if show else []
        parts.append(_map_point(point, unit, link, label=show))
    return "".join(parts) + "</svg>"


def _map_bounds(points: Sequence[MapPoint]) -> tuple[float, float, float, float]:
    """West, south, east, north: the points and the main land of their
    countries (a map of one town in Kansas shows the United States, not a
    blank square of prairie), plus a margin, at least a minimum span."""
    if not points:
        return -180.0, -60.0, 180.0, 80.0
    boxes = [(p.lon, p.lat, p.lon, p.lat) for p in points]
    boxes += [box for p in points if (box := country_box(p.country)) is not None]
    west = min(b[0] for b in boxes) - MAP_PAD_DEG
    east = max(b[2] for b in boxes) + MAP_PAD_DEG * 2  # room for the labels
    south = min(b[1] for b in boxes) - MAP_PAD_DEG
    north = max(b[3] for b in boxes) + MAP_PAD_DEG
    west, east = _widen(west, east, MAP_MIN_SPAN_DEG, -180.0, 180.0)
    tall = max(MAP_MIN_SPAN_DEG / 2, (east - west) * MAP_MIN_ASPECT)
    south, north = _widen(south, north, tall, -90.0, 90.0)
    return west, south, east, north


def _widen(
    low: float, high: float, minimum: float, floor: float, ceiling: float
) -> tuple[float, float]:
    """Grow [low, high] around its middle to ``minimum``, kept inside the limits."""
    if high - low < minimum:
        middle = (low + high) / 2
        low, high = middle - minimum / 2, middle + minimum / 2
    return max(low, floor), min(high, ceiling)


def _graticule(west: float, south: float, east: float, north: float) -> list[str]:
    """Meridians and parallels every 10 degrees (30 when zoomed out)."""
    step = 10 if east - west <= 90 else 30
    lines = [f"M{lon} {-north:.2f}V{-south:.2f}" for lon in range(-180, 181, step)
             if west <= lon <= east]  # fmt: skip
    lines += [f"M{west:.2f} {-lat}H{east:.2f}" for lat in range(-90, 91, step)
              if south <= lat <= north]  # fmt: skip
    return [f'<path class="graticule" d="{"".join(lines)}"/>']


def _apart(point: MapPoint, other: MapPoint, unit: float) -> bool:
    """Whether two points are far enough apart on screen to label both."""
    return (
        abs(point.lat - other.lat) > 16 * unit or abs(point.lon - other.lon) > 90 * unit
    )


def _map_point(
    point: MapPoint, unit: float, link: Link | None, *, label: bool = True
) -> str:
    """A dot sized by mentions, its name (unless crowded), and a tooltip."""
    radius = unit * (4 + 2 * min(point.count, 6))
    label_size = unit * 13
    title = escape(f"{point.name} — {point.count} mention(s)"
                   + (f", GeoNames {point.geonameid}" if point.geonameid else ""))  # fmt: skip
    body = (
        f"<g><title>{title}</title>"
        + f'<circle class="place" cx="{point.lon:.3f}" cy="{-point.lat:.3f}" r="{radius:.3f}"/>'
        + (
            f'<text class="place-label" x="{point.lon + radius * 1.3:.3f}" y="{-point.lat + label_size / 3:.3f}" '
            f'font-size="{label_size:.3f}" stroke-width="{unit * 3:.3f}">{escape(point.name)}</text>'
            if label
            else ""
        )
        + "</g>"
    )
    if link is None:
        return body
    return (
        f'<a href="{escape(link(point.article_id, point.start, point.end))}">{body}</a>'
    )


def outline_path(west: float, south: float, east: float, north: float) -> str:
    """SVG path data of the country outlines that reach into a box (degrees)."""
    return "".join(
        path
        for (w, s, e, n), path in _world_rings()
        if w <= east and e >= west and s <= north and n >= south
    )


def country_box(code: str | None) -> tuple[float, float, float, float] | None:
    """West, south, east, north of a country's largest outline ring (the
    contiguous United States, metropolitan France), None when unknown or
    wider than :data:`MAP_COUNTRY_MAX_DEG` (Russia: its point is enough)."""
    box = _country_boxes().get((code or "").upper())
    if box is None or box[2] - box[0] > MAP_COUNTRY_MAX_DEG:
        return None
    return box


@functools.lru_cache(maxsize=1)
def _country_boxes() -> dict[str, tuple[float, float, float, float]]:
    """The bounding box of each country's largest outer ring, by ISO alpha-2 code."""
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for code, box, outer, _ in _outlines():
        if outer and code and (code not in boxes or _area(box) > _area(boxes[code])):
            boxes[code] = box
    return boxes


def _area(box: tuple[float, float, float, float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


@functools.lru_cache(maxsize=1)
def _world_rings() -> tuple[tuple[tuple[float, float, float, float], str], ...]:
    """Every ring of the outlines with its bounding box."""
    return tuple((box, path) for _, box, _, path in _outlines())


Ring = tuple[str | None, tuple[float, float, float, float], bool, str]
"""A ring of a country's outline: its country's ISO alpha-2 code, its bounding
box (west, south, east, north), whether it is a polygon's outer ring, its
path data."""


@functools.lru_cache(maxsize=1)
def _outlines() -> tuple[Ring, ...]:
    """Every ring of countryinfo's GeoJSON outlines, read once."""
    import countryinfo

    rings: list[Ring] = []
    for country in countryinfo.all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        for feature in (info.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", [])
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            rings += [
                (code, _bbox(ring), i == 0, _ring_path(ring))
                for polygon in polygons
                for i, ring in enumerate(polygon)
            ]
    return tuple(rings)


def _bbox(ring: Sequence[Sequence[float]]) -> tuple[float, float, float, float]:
    """A ring's bounding box: west, south, east, north."""
    lons = [point[0] for point in ring]
    lats = [point[1] for point in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _ring_path(ring: Sequence[Sequence[float]]) -> str:
    """One closed ring as path data, rounded, with repeated points dropped."""
    points: list[str] = []
    for lon, lat, *_ in ring:
        point = (
            f"{round(lon, MAP_OUTLINE_DECIMALS)} {round(-lat, MAP_OUTLINE_DECIMALS)}"
        )
        if not points or points[-1] != point:
            points.append(point)
    return "M" + "L".join(points) + "Z" if len(points) > 2 else ""


def _svg_open(width: int, height: int, css: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img"><title>{css}</title>'
    )


def _text(x: float, y: float, text: str, css: str, *, anchor: str = "middle") -> str:
    return (
        f'<text class="{css}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">'
        f"{escape(text)}</text>"
    )
