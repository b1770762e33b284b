"""HTML pages and their ``.json`` twins, both over the same query functions.

Every page ``/x`` has a twin ``/x.json``: the HTML route calls the JSON
route's function and only renders what it returns (datasette's rule), so the
web layer adds presentation, never logic. Article ids contain ``#``; links
encode it as ``%23``. Every query parameter is checked (a 422 naming it, never
a 500); headers, hosts and who may write are ``security``'s.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Form, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import AfterValidator
from starlette.exceptions import HTTPException as StarletteHTTPException
from swagger_ui_bundle import swagger_ui_path

from ..brief import GRID_MORE, grid_mark, what_happened, who_is_who
from ..brief.timeline import readable_date, told_day
from ..errors import CorroborateError, NotFoundError
from ..export import DISCREPANCY_KINDS
from ..kb import KnowledgeBase
from ..records import Article, Size
from . import charts, security
from .zones import build_zones

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
ARTICLE_LIST_LIMIT = 500  # rows on /articles; the JSON twin takes ?limit=
LIST_PAGE_ROWS = 100  # rows per page of /stories and /entities (?limit=, ?offset=)
MAX_LIMIT = 5000  # the most rows any ?limit= may ask for
MAX_TEXT = 1000  # characters in a text parameter (words, names, filters)
MAX_OFFSET = 10_000_000  # beyond any article's length
EARTH_HALF_CIRCUMFERENCE_KM = 20_038.0  # the farthest two places can be
LATEST_COUNT = 10  # stories and articles on the overview

router = APIRouter()


def create_app(
    db_path: str | Path,
    *,
    allowed_hosts: Sequence[str] = (),
    token: str | None = None,
    read_only: bool = False,
) -> FastAPI:
    """The web app over one knowledge base.

    Args:
        db_path: the knowledge base (``corroborate ingest`` made it): a SQLite
            file, or ``postgresql://USER@HOST/DATABASE``.
        allowed_hosts: Host header values to accept besides the loopback names.
        token: the secret that writes need (bearer header or ``/login``); None
            serves writes to loopback clients only.
        read_only: refuse every write.

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
        docs_url=None,  # /docs below: Swagger UI from the package, no inline script
        redoc_url=None,
    )
    app.state.kb = kb
    app.router.lifespan_context = _lifespan
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/swagger-ui", StaticFiles(directory=swagger_ui_path), name="swagger-ui")
    app.include_router(router)
    app.add_exception_handler(CorroborateError, _on_error)
    app.add_exception_handler(StarletteHTTPException, _on_error)
    app.add_exception_handler(RequestValidationError, _on_error)
    access = security.Access(token=token or None, read_only=read_only)
    security.secure(app, allowed_hosts=allowed_hosts, access=access)
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
    templates.env.filters["readable_date"] = readable_date
    templates.env.filters["told_day"] = told_day
    templates.env.globals["evidence_url"] = evidence_url
    templates.env.globals["grid_mark"] = grid_mark
    templates.env.globals["grid_more"] = GRID_MORE
    templates.env.filters["what_happened"] = what_happened
    templates.env.filters["who_is_who"] = who_is_who
    templates.env.globals["csrf_input"] = security.csrf_input
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
    page = templates.TemplateResponse(request, template, context)
    security.set_cookies(request, page)
    return page


async def _on_error(request: Request, exc: Exception) -> Response:
    """JSON for ``.json`` paths and writes, an HTML page otherwise.

    404 for an id that names nothing, 400 for corroborate's other errors (bad
    input), 422 naming each bad parameter, an HTTP error's own status.
    """
    headers = None
    if isinstance(exc, StarletteHTTPException):
        status, detail, headers = exc.status_code, exc.detail, exc.headers
    elif isinstance(exc, RequestValidationError):
        status, detail = 422, _validation_message(exc)
    elif isinstance(exc, NotFoundError):
        status, detail = 404, str(exc)
    else:
        status, detail = 400, str(exc)
    wants_json = (
        request.url.path.endswith(".json") or "authorization" in request.headers
    )
    if wants_json or request.url.path.startswith("/docs"):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    page = _render(request, "error.html", status=status, detail=detail)
    page.status_code = status
    return page


def _validation_message(exc: RequestValidationError) -> str:
    """One line per bad parameter: ``limit: Input should be less than ...``."""
    return "; ".join(
        f"{error['loc'][-1]}: {error['msg']}".replace("Value error, ", "")
        for error in exc.errors()
    )


# -- query parameters ---------------------------------------------------------


def _date_prefix(value: str | None) -> str | None:
    """A date as an ISO prefix, ``2024``, ``2024-06`` or ``2024-06-03``, of a real day."""
    if not value:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        raise ValueError(f"{value!r} is no date: give YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError as exc:
        raise ValueError(f"{value!r} is no date: {exc}") from None
    return value


Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Kind = Annotated[str | None, Query(pattern=r"^[A-Za-z]{0,40}$")]  # Person, Organization
DateFrom = Annotated[
    str | None, Query(alias="from", max_length=10), AfterValidator(_date_prefix)
]
DateTo = Annotated[
    str | None, Query(alias="to", max_length=10), AfterValidator(_date_prefix)
]
Km = Annotated[float, Query(gt=0, le=EARTH_HALF_CIRCUMFERENCE_KM, allow_inf_nan=False)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int | None, Query(ge=0, le=MAX_OFFSET)]
Skip = Annotated[int, Query(ge=0, le=MAX_OFFSET)]  # rows before a page
DiscrepancyKind = Annotated[Literal[DISCREPANCY_KINDS] | None, Query()]  # type: ignore[valid-type]
# ?all=true: also single-source and background facts, and what a user rejected
ShowAll = Annotated[bool, Query(alias="all")]


# -- pages of a list ------------------------------------------------------------


def _paging(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Where one page of a list sits: the numbers of its first and last rows, the
    total, and links (path and query) to the pages before and after, or None."""

    def link(at: int) -> str:
        url = request.url.include_query_params(limit=limit, offset=at)
        return f"{url.path}?{url.query}"

    return {
        "total": total,
        "first": offset + 1,  # past the last when the page is empty
        "last": min(offset + limit, total),
        "previous": link(max(0, offset - limit)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


def _set_paging_headers(response: Response, paging: dict[str, Any]) -> None:
    """``X-Total-Count`` and an RFC 8288 ``Link`` header for a JSON list's page."""
    response.headers["X-Total-Count"] = str(paging["total"])
    links = [
        f'<{paging[key]}>; rel="{rel}"'
        for key, rel in (("previous", "prev"), ("next", "next"))
        if paging[key]
    ]
    if links:
        response.headers["Link"] = ", ".join(links)


# -- API reference ----------------------------------------------------------


@router.get("/api", response_class=HTMLResponse, include_in_schema=False)
def api_page(request: Request) -> HTMLResponse:
    """The JSON endpoints, from the OpenAPI schema, as a plain table."""
    return _render(request, "api.html", spec=request.app.openapi())


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs_page(request: Request) -> HTMLResponse:
    """Swagger UI, its files from the ``swagger-ui-bundle-v2`` package (no CDN)."""
    return _render(request, "docs.html")


# -- who may write --------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_page(request: Request, next: Text = "/") -> HTMLResponse:
    access: security.Access = request.app.state.access
    return _render(
        request,
        "login.html",
        next=_local_path(next),
        needs_token=access.token is not None,
        logged_in=security.logged_in(request),
        read_only=access.read_only,
    )


@router.post("/login", include_in_schema=False)
async def login(
    request: Request,
    token: Annotated[str, Form(max_length=MAX_TEXT)],
    next: Annotated[str, Form(max_length=MAX_TEXT)] = "/",
) -> Response:
    """Check the token once and keep a session cookie (``SameSite=Strict``)."""
    await security.check_csrf(request)
    access: security.Access = request.app.state.access
    if not security.token_matches(access, token):
        raise HTTPException(401, "wrong token; it is the one given to serve --token")
    response = RedirectResponse(_local_path(next), status_code=303)
    response.set_cookie(security.SESSION_COOKIE, security.session_value(access),
                        httponly=True, samesite="strict", path="/")  # fmt: skip
    return response


@router.post("/logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    await security.check_csrf(request)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(security.SESSION_COOKIE, path="/")
    return response


def _local_path(target: str | None) -> str:
    """``target`` if it is a path on this site, else ``/`` (no open redirect)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


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
    request: Request, limit: Limit = ARTICLE_LIST_LIMIT
) -> list[dict[str, Any]]:
    """Every article, summarised, in ingest order (``kb.articles``)."""
    return _kb(request).articles(limit=limit)


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page(request: Request, limit: Limit = ARTICLE_LIST_LIMIT) -> HTMLResponse:
    return _render(request, "articles.html", rows=articles_json(request, limit))


@router.get("/articles/{article_id}.json", tags=["articles"])
def article_json(request: Request, article_id: str) -> dict[str, Any]:
    """One article with all its annotations (``query.show_article``), less its
    input file's local path (``input_id`` names the input)."""
    return _shown_article(_load_article(request, article_id))


def _shown_article(article: Article) -> dict[str, Any]:
    """``query.show_article`` without ``source_path``: no local path leaves the server."""
    from ..query import show_article

    data = show_article(article)
    del data["source_path"]
    return data


@router.get(
    "/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False
)
def article_page(
    request: Request, article_id: str, start: Offset = None, end: Offset = None
) -> HTMLResponse:
    article = _load_article(request, article_id)
    data = _shown_article(article)
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


# -- search -----------------------------------------------------------------


@router.get("/search.json", tags=["articles"])
def search_json(
    request: Request,
    q: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    near: Text = None,
    km: Km = 100.0,
    limit: Limit = 50,
) -> list[dict[str, Any]]:
    """Articles matching words (FTS5 syntax on SQLite, web-search syntax on
    PostgreSQL), dates mentioned, and/or a place nearby (``kb.search``)."""
    return _kb(request).search(q or None, date_from=date_from or None,
                               date_to=date_to or None, near=near or None, km=km,
                               limit=limit)  # fmt: skip


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request,
    q: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    near: Text = None,
    km: Km = 100.0,
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
def stories_json(
    request: Request,
    response: Response,
    limit: Limit = LIST_PAGE_ROWS,
    offset: Skip = 0,
) -> list[dict[str, Any]]:
    """One page of stories, largest first, with their size and fact counts by
    status (``kb.stories``); the total is in the ``X-Total-Count`` header, the
    pages before and after in ``Link`` (``rel="prev"``, ``rel="next"``)."""
    rows, paging = _stories(request, limit, offset)
    _set_paging_headers(response, paging)
    return rows


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(
    request: Request, limit: Limit = LIST_PAGE_ROWS, offset: Skip = 0
) -> HTMLResponse:
    rows, paging = _stories(request, limit, offset)
    return _render(request, "stories.html", rows=rows, paging=paging)


def _stories(
    request: Request, limit: int, offset: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    kb = _kb(request)
    rows = kb.stories(limit=limit, offset=offset)
    return rows, _paging(request, kb.count_stories(), limit, offset)


@router.get("/stories/{story_id}.json", tags=["stories"])
def story_json(
    request: Request, story_id: str, show_all: ShowAll = False
) -> dict[str, Any]:
    """A story: articles, facts, discrepancies with quotes, timeline, places, and
    ``brief`` (``corroborate brief --json``; ``?all=true`` for ``--all``)."""
    return _kb(request).story(story_id, brief=True, include_all=show_all)


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(
    request: Request, story_id: str, show_all: ShowAll = False
) -> HTMLResponse:
    data = story_json(request, story_id, show_all)
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
        show_all=show_all,
        write=security.write_state(request),
        timeline_svg=charts.render_timeline_svg(rows, link=evidence_url),
        map_svg=charts.render_map_svg(points, link=evidence_url) if points else "",
    )


@router.get("/discrepancies.json", tags=["stories"])
def discrepancies_json(
    request: Request,
    story: Text = None,
    kind: DiscrepancyKind = None,
    outlet: Text = None,
    show_all: ShowAll = False,
) -> list[dict[str, Any]]:
    """Where outlets disagree, every story's (``corroborate discrepancies``): by
    story, kind (conflicting, disputed, superseded, misquoted, inconsistent)
    and outlet; ``?all=true`` adds the ones a user rejected."""
    return _kb(request).discrepancies(story_id=story or None, kind=kind,
                                      outlet=outlet or None, include_all=show_all)  # fmt: skip


@router.get("/discrepancies", response_class=HTMLResponse, include_in_schema=False)
def discrepancies_page(
    request: Request,
    story: Text = None,
    kind: DiscrepancyKind = None,
    outlet: Text = None,
    show_all: ShowAll = False,
) -> HTMLResponse:
    rows = discrepancies_json(request, story, kind, outlet, show_all)
    form = {"story": story or "", "kind": kind or "", "outlet": outlet or ""}
    return _render(request, "discrepancies.html", rows=rows, form=form,
                   kinds=DISCREPANCY_KINDS, show_all=show_all)  # fmt: skip


@router.post(
    "/stories/{story_id}/decisions", tags=["stories"], dependencies=[security.WRITE]
)
def story_decision(
    request: Request,
    story_id: str,
    target: Annotated[Literal["fact", "discrepancy"], Form()],
    action: Annotated[Literal["confirm", "reject"], Form()],
    item_id: Annotated[str, Form(min_length=1, max_length=MAX_TEXT)],
    note: Annotated[str | None, Form(max_length=MAX_TEXT)] = None,
) -> Response:
    """Confirm or reject one of the story's facts (an alignment) or discrepancies;
    logged and kept on every re-run, as ``corroborate facts confirm|reject``.
    Needs write access: a form post from the story page, or ``Authorization:
    Bearer TOKEN``. Answers 303 to the story page; 404 for an id the story lacks.
    """
    decide = _kb(request).confirm if action == "confirm" else _kb(request).reject
    decide(target, item_id, note=note or None, story_id=story_id)
    return RedirectResponse(f"/stories/{quote_id(story_id)}", status_code=303)


# -- entities ---------------------------------------------------------------


@router.get("/entities.json", tags=["entities"])
def entities_json(
    request: Request,
    response: Response,
    kind: Kind = None,
    limit: Limit = LIST_PAGE_ROWS,
    offset: Skip = 0,
) -> list[dict[str, Any]]:
    """One page of entities (optionally of one kind) by name, with counts
    (``kb.entities``); the total is in the ``X-Total-Count`` header, the pages
    before and after in ``Link`` (``rel="prev"``, ``rel="next"``)."""
    rows, paging = _entities(request, kind or None, limit, offset)
    _set_paging_headers(response, paging)
    return rows


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(
    request: Request, kind: Kind = None, limit: Limit = LIST_PAGE_ROWS, offset: Skip = 0
) -> HTMLResponse:
    rows, paging = _entities(request, kind or None, limit, offset)
    return _render(request, "entities.html", rows=rows, kind=kind or "", paging=paging)


def _entities(
    request: Request, kind: str | None, limit: int, offset: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    kb = _kb(request)
    rows = kb.entities(kind=kind, limit=limit, offset=offset)
    return rows, _paging(request, kb.count_entities(kind=kind), limit, offset)


@router.get("/entities/{entity_id}.json", tags=["entities"])
def entity_json(
    request: Request,
    response: Response,
    entity_id: str,
    limit: Limit = LIST_PAGE_ROWS,
    offset: Skip = 0,
) -> dict[str, Any]:
    """One entity: aliases with counts and evidence, roles, and one page of the
    articles that mention it, newest first (``article_count`` and the
    ``X-Total-Count`` header say how many in all; ``Link`` gives the pages
    before and after)."""
    data, paging = _entity(request, entity_id, limit, offset)
    _set_paging_headers(response, paging)
    return data


@router.get(
    "/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False
)
def entity_page(
    request: Request, entity_id: str, limit: Limit = LIST_PAGE_ROWS, offset: Skip = 0
) -> HTMLResponse:
    data, paging = _entity(request, entity_id, limit, offset)
    return _render(
        request,
        "entity.html",
        data=data,
        paging=paging,
        write=security.write_state(request),
    )


def _entity(
    request: Request, entity_id: str, limit: int, offset: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    data = _kb(request).entity(entity_id, limit=limit, offset=offset)
    return data, _paging(request, data["article_count"], limit, offset)


@router.post(
    "/entities/{entity_id}/decisions", tags=["entities"], dependencies=[security.WRITE]
)
def entity_decision(
    request: Request,
    entity_id: str,
    action: Annotated[Literal["merge", "split"], Form()],
    other: Annotated[str | None, Form(max_length=MAX_TEXT)] = None,
    alias: Annotated[str | None, Form(max_length=MAX_TEXT)] = None,
) -> Response:
    """Merge entity ``other`` into this one, or move the mentions spelled
    ``alias`` to an entity of their own; logged and kept on every re-run, as
    ``corroborate entities merge|split``. Needs write access: a form post from
    the entity page, or ``Authorization: Bearer TOKEN``. Answers 303 to the page.
    """
    if action == "merge" and not other:
        raise HTTPException(
            422, "other: give the id of the entity to merge into this one"
        )
    if action == "split" and not alias:
        raise HTTPException(422, "alias: give the name whose mentions to split off")
    if other:
        _kb(request).merge(entity_id, other)
    else:
        _kb(request).split(entity_id, str(alias))
    return RedirectResponse(f"/entities/{quote_id(entity_id)}", status_code=303)


@router.get("/match.json", tags=["entities"])
def match_json(
    request: Request,
    name: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)],
    schema: Kind = None,
    limit: Limit = 10,
) -> list[dict[str, Any]]:
    """The knowledge base's entities ranked against a name (``kb.match``)."""
    return _kb(request).match(name, schema=schema or None, limit=limit)


@router.get("/match", response_class=HTMLResponse, include_in_schema=False)
def match_page(
    request: Request, name: Text = None, schema: Kind = None
) -> HTMLResponse:
    rows = match_json(request, name, schema) if name else None
    form = {"name": name or "", "schema": schema or ""}
    return _render(request, "match.html", rows=rows, form=form)


# -- designations -------------------------------------------------------------


@router.get("/designations.json", tags=["designations"])
def designations_json(
    request: Request, org: Text = None, authority: Text = None
) -> list[dict[str, Any]]:
    """Status per authority and organisation over time (``kb.designations``)."""
    return _kb(request).designations(org=org or None, authority=authority or None)


@router.get("/designations", response_class=HTMLResponse, include_in_schema=False)
def designations_page(
    request: Request, org: Text = None, authority: Text = None
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
