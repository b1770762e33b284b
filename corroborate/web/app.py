"""HTML pages and their ``.json`` twins, both over the same query functions.

Every page ``/x`` has a twin ``/x.json``: the HTML route calls the JSON
route's function and only renders what it returns (datasette's rule), so the
web layer adds presentation, never logic. Article ids contain ``#``; links
encode it as ``%23``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import CorroborateError, NotFoundError
from ..kb import KnowledgeBase
from ..records import Article, Size
from . import charts

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
ARTICLE_LIST_LIMIT = 500  # rows on /articles; the JSON twin takes ?limit=
LATEST_COUNT = 10  # stories and articles on the overview

router = APIRouter()


def create_app(db_path: str | Path) -> FastAPI:
    """The web app over one knowledge base.

    Args:
        db_path: the knowledge base (``corroborate ingest`` made it): a SQLite
            file, or ``postgresql://USER@HOST/DATABASE``.

    Returns:
        A FastAPI app: HTML pages, ``.json`` twins, ``/openapi.json``, ``/docs``.

    Raises:
        StoreError: it cannot be opened (no file at a SQLite path).
    """
    kb = KnowledgeBase(db_path, must_exist=True)
    app = FastAPI(
        title="corroborate",
        summary="Who did what to whom, according to whom; which sources agree.",
        version=_version(),
    )
    app.state.kb = kb
    app.router.lifespan_context = _lifespan
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(router)
    app.add_exception_handler(CorroborateError, _on_error)
    app.add_exception_handler(StarletteHTTPException, _on_error)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("corroborate")
    except PackageNotFoundError:
        return "0"


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["q"] = quote_id
    templates.env.filters["size"] = lambda data: Size.from_dict(data).text()
    templates.env.globals["evidence_url"] = evidence_url
    return templates


def quote_id(value: str) -> str:
    """An id as one URL path segment (``#`` becomes ``%23``)."""
    return quote(str(value), safe="")


def evidence_url(
    article_id: str, start: int | None = None, end: int | None = None
) -> str:
    """The article page with the span ``[start, end)`` highlighted and scrolled to."""
    url = f"/articles/{quote_id(article_id)}"
    return url if start is None or end is None else f"{url}?start={start}&end={end}#hl"


def _kb(request: Request) -> KnowledgeBase:
    """The app's knowledge base (each server thread has its own connection)."""
    kb: KnowledgeBase = request.app.state.kb
    return kb


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Close the knowledge base's connections when the server stops."""
    yield
    app.state.kb.close()


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context)


async def _on_error(request: Request, exc: Exception) -> Response:
    """JSON for ``.json`` paths, an HTML page otherwise; 404 for an unknown id,
    400 for other bad input."""
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 400
    status = 404 if isinstance(exc, NotFoundError) else status
    detail = exc.detail if isinstance(exc, StarletteHTTPException) else str(exc)
    if request.url.path.endswith(".json") or request.url.path.startswith("/docs"):
        return JSONResponse({"detail": detail}, status_code=status)
    page = _render(request, "error.html", status=status, detail=detail)
    page.status_code = status
    return page


# -- API reference ----------------------------------------------------------


@router.get("/api", response_class=HTMLResponse, include_in_schema=False)
def api_page(request: Request) -> HTMLResponse:
    """The JSON endpoints, from the OpenAPI schema (readable offline, unlike /docs)."""
    return _render(request, "api.html", spec=request.app.openapi())


# -- overview ---------------------------------------------------------------


@router.get("/.json", tags=["overview"])
def overview_json(request: Request) -> dict[str, Any]:
    """Counts, the largest stories and the latest articles (``kb.overview``)."""
    return _kb(request).overview(latest=LATEST_COUNT)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request) -> HTMLResponse:
    return _render(request, "index.html", data=overview_json(request))


# -- articles ---------------------------------------------------------------


@router.get("/articles.json", tags=["articles"])
def articles_json(
    request: Request, limit: int = ARTICLE_LIST_LIMIT
) -> list[dict[str, Any]]:
    """Every article, summarised, in ingest order (``kb.articles``)."""
    return _kb(request).articles(limit=limit)


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page(request: Request, limit: int = ARTICLE_LIST_LIMIT) -> HTMLResponse:
    return _render(request, "articles.html", rows=articles_json(request, limit))


@router.get("/articles/{article_id}.json", tags=["articles"])
def article_json(request: Request, article_id: str) -> dict[str, Any]:
    """One article with all its annotations (``query.show_article``)."""
    from ..query import show_article

    return show_article(_load_article(request, article_id))


@router.get(
    "/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False
)
def article_page(
    request: Request, article_id: str, start: int | None = None, end: int | None = None
) -> HTMLResponse:
    from ..query import show_article

    article = _load_article(request, article_id)
    data = show_article(article)
    mark = (start, end) if start is not None and end is not None else None
    points = charts.build_map_points([article])
    return _render(
        request,
        "article.html",
        data=data,
        zones=build_zones(data, [z.to_dict() for z in article.zones], mark=mark),
        map_svg=charts.render_map_svg(points, link=evidence_url) if points else "",
    )


def _load_article(request: Request, article_id: str) -> Article:
    """The article with this id, or a 404."""
    return _kb(request).get_article(article_id)


# -- annotations highlighted in the text ----------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class _Layer:
    """One annotation drawn over the text: its span, CSS classes and tooltip line."""

    start: int
    end: int
    css: str
    title: str


def build_zones(
    data: dict[str, Any],
    zones: list[dict[str, Any]],
    *,
    mark: tuple[int, int] | None = None,
) -> list[dict[str, Any]]:
    """The article's zones cut into pieces that carry the annotations covering them.

    Args:
        data: an article as ``query.show_article`` returns it.
        zones: its zones with offsets (``Zone.to_dict()``).
        mark: a span to highlight (evidence a link points at), or None.

    Returns:
        ``[{"kind", "start", "pieces": [{"text", "css", "title", "anchor"}]}]``;
        text outside every zone (blank lines) is left out.
    """
    layers = _layers(data)
    if mark is not None:
        layers.append(_Layer(mark[0], mark[1], "hl", "linked evidence"))
    zones = zones or [{"start": 0, "end": len(data["text"]), "kind": "body"}]
    return [
        {"kind": z["kind"], "start": z["start"],
         "pieces": _pieces(data["text"], z["start"], z["end"], layers, mark)}
        for z in zones
    ]  # fmt: skip


def _pieces(text: str, start: int, end: int, layers: list[_Layer],
            mark: tuple[int, int] | None) -> list[dict[str, Any]]:  # fmt: skip
    """Cut ``text[start:end]`` at every annotation boundary inside it."""
    inside = [x for x in layers if x.start < end and x.end > start and x.end > x.start]
    cuts = sorted(
        {start, end} | {b for x in inside for b in (x.start, x.end) if start < b < end}
    )
    pieces = []
    anchor_at = (
        max(mark[0], start) if mark and mark[0] < end and mark[1] > start else None
    )
    for low, high in zip(cuts, cuts[1:], strict=False):
        covering = [x for x in inside if x.start <= low and high <= x.end]
        pieces.append({
            "text": text[low:high],
            "css": " ".join(dict.fromkeys(c for x in covering for c in x.css.split())),
            "title": "\n".join(dict.fromkeys(x.title for x in covering)),
            "anchor": low == anchor_at,
        })  # fmt: skip
    return pieces


def _layers(data: dict[str, Any]) -> list[_Layer]:
    """Mentions, dates, places, quantities, claim parts and event triggers."""
    layers = [_Layer(m["start"], m["end"], f"m m-{m['label']}",
                     f"{m['label']}" + (f" → {m['entity_id']}" if m.get("entity_id") else "")
                     + f" · {m['extractor']}") for m in data["mentions"]]  # fmt: skip
    layers += [_Layer(d["start"], d["end"], "d", f"date {d['value'] or '?'}"
                      f" ({d.get('precision') or d['type']}) · {d['extractor']}")
               for d in data["dates"]]  # fmt: skip
    layers += [_Layer(p["start"], p["end"], "p", f"place {p.get('name') or '?'}"
                      f" [{p.get('country') or '?'}, GeoNames {p.get('geonameid')}] · {p['extractor']}")
               for p in data["places"]]  # fmt: skip
    layers += [_Layer(q["start"], q["end"], "n", f"quantity {_amount(q)} {q.get('unit') or ''}"
                      f" · {q['extractor']}") for q in data["quantities"]]  # fmt: skip
    layers += [layer for claim in data["claims"] for layer in _claim_layers(claim)]
    layers += [_Layer(e["trigger"]["start"], e["trigger"]["end"], "ev",
                      f"event {e['type']} {e.get('mode') or ''} ({e['modality']}) · {e['extractor']}")
               for e in data["events"] if e.get("trigger")]  # fmt: skip
    return layers


def _claim_layers(claim: dict[str, Any]) -> list[_Layer]:
    """Source, cue and content of one claim."""
    about = f"{claim['stance']}, according to {claim.get('according_to') or '?'} · {claim['extractor']}"
    parts = (("source", "cs"), ("cue", "cc"), ("content", "ct"))
    return [_Layer(claim[part]["start"], claim[part]["end"], css, f"claim {part}: {about}")
            for part, css in parts if claim.get(part)]  # fmt: skip


def _amount(quantity: dict[str, Any]) -> str:
    """A quantity's value, or its range, as text."""
    if quantity.get("value") is not None:
        return f"{quantity['value']:g}"
    low, high = quantity.get("low"), quantity.get("high")
    return f"{low if low is not None else '?'}–{high if high is not None else '?'}"


# -- search -----------------------------------------------------------------


@router.get("/search.json", tags=["articles"])
def search_json(
    request: Request,
    q: str | None = None,
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    near: str | None = None,
    km: float = 100.0,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Articles matching words (FTS5 syntax on SQLite, web-search syntax on
    PostgreSQL), dates mentioned, and/or a place nearby (``kb.search``)."""
    return _kb(request).search(q or None, date_from=date_from or None,
                               date_to=date_to or None, near=near or None, km=km,
                               limit=limit)  # fmt: skip


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request,
    q: str | None = None,
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    near: str | None = None,
    km: float = 100.0,
) -> HTMLResponse:
    asked = any((q, date_from, date_to, near))
    rows = search_json(request, q, date_from, date_to, near, km) if asked else None
    form = {
        "q": q or "",
        "from": date_from or "",
        "to": date_to or "",
        "near": near or "",
        "km": km,
    }
    return _render(request, "search.html", rows=rows, form=form)


# -- stories ----------------------------------------------------------------


@router.get("/stories.json", tags=["stories"])
def stories_json(request: Request) -> list[dict[str, Any]]:
    """Stories with their size and fact counts by status (``kb.stories``)."""
    return _kb(request).stories()


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(request: Request) -> HTMLResponse:
    return _render(request, "stories.html", rows=stories_json(request))


@router.get("/stories/{story_id}.json", tags=["stories"])
def story_json(request: Request, story_id: str) -> dict[str, Any]:
    """A story's briefing: articles, facts, discrepancies with quotes, timeline, places."""
    return _kb(request).story(story_id)


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    data = story_json(request, story_id)
    rows = [
        charts.TimelineRow(r["label"], r["article_id"],
                           [charts.TimelinePoint(**p) for p in r["points"]])
        for r in data["timeline"]
    ]  # fmt: skip
    points = [charts.MapPoint(**p) for p in data["places"]]
    return _render(
        request,
        "story.html",
        data=data,
        timeline_svg=charts.render_timeline_svg(rows, link=evidence_url),
        map_svg=charts.render_map_svg(points, link=evidence_url) if points else "",
    )


# -- entities ---------------------------------------------------------------


@router.get("/entities.json", tags=["entities"])
def entities_json(request: Request, kind: str | None = None) -> list[dict[str, Any]]:
    """Entities (optionally of one kind) with counts (``kb.entities``)."""
    return _kb(request).entities(kind=kind or None)


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(request: Request, kind: str | None = None) -> HTMLResponse:
    rows = entities_json(request, kind)
    return _render(request, "entities.html", rows=rows, kind=kind or "")


@router.get("/entities/{entity_id}.json", tags=["entities"])
def entity_json(request: Request, entity_id: str) -> dict[str, Any]:
    """One entity: aliases with counts and evidence, roles, articles."""
    return _kb(request).entity(entity_id)


@router.get(
    "/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False
)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    return _render(request, "entity.html", data=entity_json(request, entity_id))


@router.get("/match.json", tags=["entities"])
def match_json(
    request: Request, name: str, schema: str | None = None, limit: int = 10
) -> list[dict[str, Any]]:
    """The knowledge base's entities ranked against a name (``kb.match``)."""
    return _kb(request).match(name, schema=schema or None, limit=limit)


@router.get("/match", response_class=HTMLResponse, include_in_schema=False)
def match_page(
    request: Request, name: str | None = None, schema: str | None = None
) -> HTMLResponse:
    rows = match_json(request, name, schema) if name else None
    form = {"name": name or "", "schema": schema or ""}
    return _render(request, "match.html", rows=rows, form=form)


# -- designations -------------------------------------------------------------


@router.get("/designations.json", tags=["designations"])
def designations_json(
    request: Request, org: str | None = None, authority: str | None = None
) -> list[dict[str, Any]]:
    """Status per authority and organisation over time (``kb.designations``)."""
    return _kb(request).designations(org=org or None, authority=authority or None)


@router.get("/designations", response_class=HTMLResponse, include_in_schema=False)
def designations_page(
    request: Request, org: str | None = None, authority: str | None = None
) -> HTMLResponse:
    rows = designations_json(request, org, authority)
    form = {"org": org or "", "authority": authority or ""}
    dated = _status_rows(rows)
    svg = (
        charts.render_timeline_svg(dated, link=evidence_url, years=True)
        if dated
        else ""
    )
    return _render(request, "designations.html", rows=rows, form=form, timeline_svg=svg)


def _status_rows(rows: list[dict[str, Any]]) -> list[charts.TimelineRow]:
    """The dated actions of each authority/organisation pair as timeline rows."""
    return [
        charts.TimelineRow(
            f"{row['authority']} → {row['organization']}",
            row["history"][0]["article_id"] if row["history"] else "",
            [
                charts.TimelinePoint(
                    h["date"],
                    "event",
                    h["action"],
                    h["article_id"],
                    h["evidence"]["start"],
                    h["evidence"]["end"],
                )
                for h in row["history"]
                if h["date"]
            ],
        )  # fmt: skip
        for row in rows
        if any(h["date"] for h in row["history"])
    ]
