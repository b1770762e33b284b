"""The web app in-process (no network), and its SVG charts."""

from __future__ import annotations

import json
import re
import shutil
import warnings
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from markupsafe import escape

from corroborate.brief import grid_mark, story_brief
from corroborate.cli import cli
from corroborate.designations import designation_status
from corroborate.errors import StoreError
from corroborate.names import match_entities
from corroborate.query import (
    list_articles,
    list_entities,
    list_stories,
    search_articles,
    show_article,
    show_entity,
)
from corroborate.records import (
    Article,
    DateRef,
    Document,
    Event,
    Evidence,
    Fact,
    Mention,
    Place,
    PubDate,
    Span,
    Zone,
)
from corroborate.store import Store
from corroborate.web import create_app
from corroborate.web.app import ARTICLE_LIST_LIMIT, LIST_PAGE_ROWS
from corroborate.web.charts import (
    TIMELINE_WIDTH_PX,
    MapPoint,
    TimelinePoint,
    TimelineRow,
    build_map_points,
    build_timeline_rows,
    parse_timex,
    render_map_svg,
    render_timeline_svg,
)

with warnings.catch_warnings():
    # starlette 1.x asks for the httpx2 fork; plain httpx works the same here
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

SVG = "{http://www.w3.org/2000/svg}"
EVIL_ID = "e1e1e1e1e1e1e1e1#1"
EVIL_HEADLINE = "Evil <script>alert(1)</script> headline"
EVIL_PLACE = "<svg onload=alert(2)>"
MEK_HEADLINE = "Albania hands over MEK hard drives to Iran: Official"


def _evil_document() -> Document:
    """An article whose text, headline and place name carry markup."""
    text = f"{EVIL_HEADLINE}\n\nBody with <b>bold</b> and <i onclick=x()>Tirana</i>."
    body = text.index("Body")
    town = text.index("Tirana")
    article = Article(
        id=EVIL_ID,
        document_id="e1e1e1e1e1e1e1e1",
        text=text,
        title=EVIL_HEADLINE,
        zones=[Zone(0, len(EVIL_HEADLINE), "headline"), Zone(body, len(text), "body")],
        mentions=[Mention(town, town + 6, "GPE", "test.v1")],
        places=[
            Place(
                town,
                town + 6,
                "test.v1",
                geonameid=1,
                name=EVIL_PLACE,
                lat=41.3,
                lon=19.8,
                country="AL",
            )
        ],  # fmt: skip
    )
    return Document(id="e1e1e1e1e1e1e1e1", text=text, source_path="evil.txt",
                    content_type="text/plain", articles=[article])  # fmt: skip


@pytest.fixture(scope="module")
def kb_path(examples_kb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples' knowledge base (a copy) plus one hand-made evil article."""
    from corroborate.corpus import update_corpus

    path = tmp_path_factory.mktemp("web") / "kb.db"
    shutil.copy(examples_kb, path)
    with Store(path) as store:
        store.add_documents([_evil_document()])
        update_corpus(store)
    return path


@pytest.fixture(scope="module")
def client(kb_path: Path) -> TestClient:
    return TestClient(create_app(kb_path), base_url="http://localhost")


@pytest.fixture(scope="module")
def store(kb_path: Path) -> Store:
    with Store(kb_path) as kb:
        yield kb


def _jsonable(value: Any) -> Any:
    """What a JSON round trip makes of a value (tuples become lists)."""
    return json.loads(json.dumps(value))


def _first_story_with(store: Store, size: int) -> str:
    return next(s.id for s in store.stories() if len(s.article_ids) == size)


# -- the app ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/", "/.json", "/articles", "/articles.json", "/stories", "/stories.json",
     "/entities", "/entities.json", "/entities?kind=Person", "/designations",
     "/discrepancies", "/discrepancies.json", "/discrepancies?kind=conflicting",
     "/designations.json", "/search", "/search?q=Albania", "/match", "/match?name=MEK",
     "/match.json?name=MEK", "/docs", "/openapi.json", "/static/style.css", "/api"],
)  # fmt: skip
def test_web_pages_answer(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    if path.endswith(".json") or ".json?" in path:
        assert response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize(
    ("path", "build"),
    [
        ("/articles.json", lambda s: list_articles(s, limit=ARTICLE_LIST_LIMIT)),
        ("/stories.json", lambda s: list_stories(s, limit=LIST_PAGE_ROWS)),
        ("/stories.json?limit=2&offset=1", lambda s: list_stories(s, limit=2, offset=1)),
        ("/entities.json", lambda s: list_entities(s, limit=LIST_PAGE_ROWS)),
        ("/entities.json?kind=Organization&limit=3&offset=2",
         lambda s: list_entities(s, kind="Organization", limit=3, offset=2)),
        ("/designations.json", lambda s: designation_status(s.designations())),
        ("/designations.json?org=taliban",
         lambda s: designation_status(s.designations(), org="taliban")),
        ("/search.json?q=computers", lambda s: search_articles(s, "computers", limit=50)),
        ("/match.json?name=MEK", lambda s: match_entities("MEK", s.entities())),
        (f"/articles/{quote(EVIL_ID, safe='')}.json",  # less the local source_path
         lambda s: {k: v for k, v in show_article(s.get_article(EVIL_ID)).items()
                    if k != "source_path"}),
    ],
)  # fmt: skip
def test_web_json_twin_equals_query_function(
    client: TestClient, store: Store, path: str, build: Any
) -> None:
    assert client.get(path).json() == _jsonable(build(store))


@pytest.mark.parametrize("kind", ["Organization"])
def test_web_entity_json_equals_show_entity(
    client: TestClient, store: Store, kind: str
) -> None:
    entity = max(store.entities(kind=kind), key=lambda e: len(e.aliases))
    response = client.get(f"/entities/{quote(entity.id, safe='')}.json")
    assert response.json() == _jsonable(
        show_entity(store, entity, limit=LIST_PAGE_ROWS)
    )
    page = client.get(f"/entities/{quote(entity.id, safe='')}")
    assert page.status_code == 200 and entity.kind in page.text


def test_web_entity_pages_its_articles_newest_first(
    client: TestClient, store: Store
) -> None:
    entity = max(store.entities(), key=lambda e: len(e.article_ids))
    assert len(entity.article_ids) > 2
    path = f"/entities/{quote(entity.id, safe='')}"
    response = client.get(f"{path}.json?limit=2")
    rows = response.json()["articles"]
    while 'rel="next"' in response.headers.get("link", ""):
        assert response.headers["x-total-count"] == str(len(entity.article_ids))
        found = re.search(r'<([^>]+)>; rel="next"', response.headers["link"])
        assert found
        response = client.get(found.group(1))
        assert response.json()["article_count"] == len(entity.article_ids)
        rows += response.json()["articles"]
    assert sorted(r["id"] for r in rows) == sorted(entity.article_ids)
    dates = [r["published"] for r in rows if r["published"]]
    assert dates == sorted(dates, reverse=True)
    assert all(r["published"] for r in rows[: len(dates)])  # undated ones last
    html = client.get(f"{path}?limit=2").text
    assert f"rows 1–2 of {len(entity.article_ids)}" in html and 'rel="next"' in html


@pytest.mark.parametrize("headline", [MEK_HEADLINE])
def test_web_article_ids_with_hash_are_linked_encoded(
    client: TestClient, store: Store, headline: str
) -> None:
    article = next(a for a in store.articles() if a.title == headline)
    assert "#" in article.id
    listing = client.get("/articles").text
    assert f'href="/articles/{quote(article.id, safe="")}"' in listing
    page = client.get(f"/articles/{quote(article.id, safe='')}")
    assert page.status_code == 200
    assert headline in page.text
    assert 'class="zone zone-headline"' in page.text
    assert "injured dozens (24-99)" in page.text  # a vague size shows no count


def test_web_article_tables_give_the_id_the_user_gave_each_input(
    client: TestClient, store: Store
) -> None:
    listing = client.get("/articles").text
    given = [a for a in store.articles() if a.input_id]
    assert given
    for article in given:
        assert f"{escape(article.input_id)} · {article.id}" in listing


@pytest.mark.parametrize(
    "path", ["/", "/articles", f"/articles/{quote(EVIL_ID, safe='')}"]
)
def test_web_escapes_markup_in_article_text(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold" not in html and "<i onclick" not in html
    assert "<svg onload" not in html


@pytest.mark.parametrize("path", [f"/articles/{quote(EVIL_ID, safe='')}"])
def test_web_article_shows_annotations_with_extractor(
    client: TestClient, path: str
) -> None:
    html = client.get(path).text
    assert 'class="m m-GPE p"' in html
    assert "test.v1" in html  # the extractor, in the tooltip
    assert 'class="map"' in html  # the place is on the map


@pytest.mark.parametrize("quote_text", ["150 computer devices"])
def test_web_evidence_link_marks_the_span(
    client: TestClient, store: Store, quote_text: str
) -> None:
    article = next(a for a in store.articles() if quote_text in a.text)
    start = article.text.index(quote_text)
    url = f"/articles/{quote(article.id, safe='')}?start={start}&end={start + len(quote_text)}"
    html = client.get(url).text
    anchor = html[html.index('id="hl"') - 200 : html.index('id="hl"') + 200]
    assert " hl" in anchor or '"hl' in anchor
    assert quote_text.split()[0] in anchor


@pytest.mark.parametrize(
    "path",
    ["/articles/nope", "/articles/nope.json", "/stories/nope", "/stories/nope.json",
     "/entities/nope", "/entities/nope.json"],
)  # fmt: skip
def test_web_unknown_ids_are_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    if path.endswith(".json"):
        assert "nope" in response.json()["detail"]
    else:
        assert "<html" in response.text and "nope" in response.text


@pytest.mark.parametrize("path", ["/search.json", "/search.json?near=Nowhereville-xyz"])
def test_web_bad_search_is_400_with_a_reason(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_web_story_json_quotes_its_evidence(client: TestClient, store: Store) -> None:
    story_id = _first_story_with(store, 2)
    data = client.get(f"/stories/{story_id}.json").json()
    texts = {a.id: a.text for a in store.articles()}
    assert {a["id"] for a in data["articles"]} == set(
        store.get_story(story_id).article_ids
    )
    evidence = [
        e for item in data["facts"] + data["discrepancies"] for e in item["evidence"]
    ]
    assert evidence, "the two-outlet story has aligned facts"
    for e in evidence:
        assert (
            e["quote"] == texts[e["article_id"]][e["span"]["start"] : e["span"]["end"]]
        )
    assert [row["article_id"] for row in data["timeline"]] == data["article_ids"]


def test_web_story_page_draws_timeline_and_sides(
    client: TestClient, store: Store
) -> None:
    story_id = _first_story_with(store, 2)
    html = client.get(f"/stories/{story_id}").text
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="timeline"' in html
    assert 'class="sides"' in html
    assert "/articles/" in html and "%23" in html and "start=" in html


def test_web_story_page_lists_its_timeline_as_text(client: TestClient, store: Store):
    story_id = _first_story_with(store, 2)
    timeline = client.get(f"/stories/{story_id}.json").json()["brief"]["timeline"]
    assert timeline, "the examples' two-article story has dated events"
    html = client.get(f"/stories/{story_id}").text
    listed = html.split('class="timeline-text"', 1)[1].split("</details>", 1)[0]
    for row in timeline:
        for account in row["accounts"]:
            span = account["span"]
            assert f"?start={span['start']}&amp;end={span['end']}#hl" in listed


def test_web_story_page_tints_no_card_of_a_corroborated_denial(
    examples_kb: Path, tmp_path: Path
) -> None:
    """A quote every outlet gives with its "cannot" is corroborated: its
    cards are not tinted as a dispute's denying side."""
    path = tmp_path / "kb.db"
    shutil.copy(examples_kb, path)
    with Store(path) as store:
        story = next(s for s in store.stories() if len(s.article_ids) == 2)
        told = [
            Evidence(a, Span(0, 10), according_to="the ministry", stance="denies")
            for a in story.article_ids
        ]
        fact = Fact(
            "f-agreed", story.id, "quote", "a denial", "corroborated", told, "agreed"
        )
        store.replace_facts(story.id, [fact], [])
    html = (
        TestClient(create_app(path), base_url="http://localhost")
        .get(f"/stories/{story.id}")
        .text
    )
    card = html[html.index('id="f-agreed"') :].split("</section>")[0]
    assert card.count('class="side"') == 2 and "stance-denies" not in card, card


def test_web_story_page_shows_evidence_of_few_words_in_its_sentence(
    client: TestClient, store: Store
) -> None:
    story_id = _first_story_with(store, 2)
    data = client.get(f"/stories/{story_id}.json").json()
    texts = {a.id: " ".join(a.text.split()) for a in store.articles()}
    brief = data["brief"]  # what the page shows
    short = [
        e
        for item in brief["facts"] + brief["discrepancies"]
        for e in item["evidence"]
        if e["context"]
    ]
    assert short, "the two-outlet story has evidence of one or two words"
    for e in short:
        said = e["context"]["before"] + e["text"] + e["context"]["after"]
        said = said.strip("\u2026")  # a long side is cut with an ellipsis
        assert " ".join(said.split()) in texts[e["article_id"]]
    html = client.get(f"/stories/{story_id}").text
    assert html.count("<mark><a href=") >= len(short)


def test_web_openapi_lists_json_twins_only(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert (
        "/stories/{story_id}.json" in paths and "/articles/{article_id}.json" in paths
    )
    assert "/stories/{story_id}" not in paths
    reference = client.get("/api").text
    assert all(path in reference for path in paths)


@pytest.mark.parametrize("name", ["missing.db"])
def test_web_create_app_needs_a_knowledge_base(tmp_path: Path, name: str) -> None:
    with pytest.raises(StoreError, match="corroborate ingest"):
        create_app(tmp_path / name)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / name)])
    assert result.exit_code == 1 and "no knowledge base" in result.output


# -- charts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "year", "expected"),
    [
        ("2024-10-04", None, (date(2024, 10, 4), True)),
        ("XXXX-06-03", 2023, (date(2023, 6, 3), False)),
        ("2024-10", None, (date(2024, 10, 15), True)),
        ("2024-10-04T10:00", None, (date(2024, 10, 4), True)),
        ("P40Y", None, None),
        ("2014", None, None),
        ("2023-02-30", None, None),
        ("198X-06", None, None),
    ],
)
def test_web_parse_timex(value: str, year: int | None, expected: Any) -> None:
    assert parse_timex(value, year) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2003", (date(2003, 7, 1), True)),
        ("198X", (date(1985, 1, 1), True)),
        ("XXXX", None),
        ("2024-10-04", (date(2024, 10, 4), True)),
    ],
)
def test_web_parse_timex_years_on_request(value: str, expected: Any) -> None:
    assert parse_timex(value, years=True) == expected


def _circles(svg: str) -> dict[str, ET.Element]:
    """The SVG's markers keyed by their tooltip."""
    root = ET.fromstring(svg)
    found = {}
    for group in root.iter(f"{SVG}g"):
        title = group.find(f"{SVG}title")
        shape = group.find(f"{SVG}circle")
        if shape is None:
            shape = group.find(f"{SVG}rect")
        if title is not None and shape is not None:
            found[title.text or ""] = shape
    return found


@pytest.mark.parametrize(
    ("early", "late"), [("XXXX-06-03", "XXXX-06-20"), ("2024-01-31", "2024-03-01")]
)
def test_web_timeline_places_earlier_dates_left(early: str, late: str) -> None:
    rows = [
        TimelineRow(
            "one", "a#1", [TimelinePoint(late, "event", "late <b>", "a#1", 0, 4)]
        ),
        TimelineRow(
            "two", "b#1", [TimelinePoint(early, "event", "early", "b#1", 5, 9)]
        ),
    ]
    svg = render_timeline_svg(rows, link=lambda i, s, e: f"/a/{i}?start={s}&end={e}")
    marks = _circles(svg)  # parsing also proves the labels were escaped
    x = {title.split(" — ")[0]: float(m.get("cx", 0)) for title, m in marks.items()}
    assert x["early"] < x["late <b>"]
    assert "<b>" not in svg and "start=0&amp;end=4" in svg


@pytest.mark.parametrize(("value", "drawn"), [("2022-W37", "at"), ("2022-09", "at"),
                                              ("2022-W38", "after")])  # fmt: skip
def test_web_timeline_draws_a_period_holding_the_report_no_later_than_it(
    value: str, drawn: str
) -> None:
    """Published on Monday 12 September 2022: "this week" (its Thursday) and
    "this month" (its 15th) are drawn on the report's day, not after it; the
    next week stays after it."""
    points = [
        TimelinePoint("2022-09-12", "published", "published", "a#1", 0, 0),
        TimelinePoint(value, "event", "asked", "a#1", 0, 5),
        TimelinePoint("2022-09-01", "event", "began", "a#1", 6, 9),
    ]
    marks = _circles(render_timeline_svg([TimelineRow("one", "a#1", points)]))
    x = {
        title.split(" — ")[0]: float(
            m.get("cx") or float(m.get("x", 0)) + float(m.get("width", 0)) / 2
        )
        for title, m in marks.items()
    }
    assert (x["asked"] == x["published"]) is (drawn == "at"), x
    assert x["asked"] >= x["published"], x


def test_web_story_timeline_keeps_background_dates_at_its_edge() -> None:
    points = [
        TimelinePoint("2021-08-20", "published", "published", "a#1", 0, 0),
        TimelinePoint("2021-08-19", "event", "evacuated", "a#1", 0, 9, "AID"),
        TimelinePoint("2001-09-11", "date", "9/11", "a#1", 10, 14),
    ]
    svg = render_timeline_svg([TimelineRow("one", "a#1", points)])
    ET.fromstring(svg)
    ticks = re.findall(r'class="tick-label"[^>]*>([^<]+)<', svg)
    assert ticks and all("2021" in t for t in ticks)  # the weeks, not two decades
    assert "\u2039 2001" in svg  # the background day, marked at the edge


def test_web_timeline_labels_of_one_row_do_not_overlap() -> None:
    days = ["2021-08-20", "2021-07-15", "2021-08-19", "2021-08-31", "2021-08-18"]
    points = [
        TimelinePoint(day, "event", f"act{i}", "a#1", i, i + 1)
        for i, day in enumerate(days)
    ]
    svg = render_timeline_svg([TimelineRow("one", "a#1", points)])
    labels = [
        (float(x), float(y))
        for x, y in re.findall(r'class="pt-label event" x="([\d.]+)" y="([\d.]+)"', svg)
    ]
    for i, (x, y) in enumerate(labels):
        assert all(abs(x - x2) > 90 for x2, y2 in labels[i + 1 :] if y2 == y), labels


@pytest.mark.parametrize("rows", [[], [TimelineRow("only", "a#1", [])]])
def test_web_timeline_without_dates_says_so(rows: list[TimelineRow]) -> None:
    svg = render_timeline_svg(rows)
    ET.fromstring(svg)
    assert "no dated events" in svg


@pytest.mark.parametrize("year_known", [False])
def test_web_timeline_rows_from_articles(year_known: bool) -> None:
    text = "On 3 June police raided the camp. It lasted two weeks."
    article = Article(
        id="t#1", document_id="t", text=text,
        published=PubDate("2023-06-10", "day", "metadata"),
        dates=[DateRef(3, 9, "XXXX-06-03", "dates.v1"),
               DateRef(41, 50, "P2W", "dates.v1", type="DURATION")],
        events=[Event(Span(0, 33), "COERCE", "events.v1", mode="raid",
                      date="XXXX-06-03", date_span=Span(3, 9))],
    )  # fmt: skip
    (row,) = build_timeline_rows([article])
    kinds = sorted(p.kind for p in row.points)
    assert kinds == ["event", "published"]  # the date is the event's; P2W is no day
    marks = _circles(render_timeline_svg([row]))
    assert any("3 June, year unknown" in t for t in marks) != year_known


@pytest.mark.parametrize(
    ("modality", "kinds"),
    [("asserted", ["event", "published"]), ("negated", ["date", "published"]),
     ("hypothetical", ["date", "published"])],
)  # fmt: skip
def test_web_timeline_marks_no_event_told_as_undone(
    modality: str, kinds: list[str]
) -> None:
    text = "On 3 June the mayor declined to raid the camp."
    article = Article(
        id="t#1", document_id="t", text=text,
        published=PubDate("2023-06-10", "day", "metadata"),
        dates=[DateRef(3, 9, "XXXX-06-03", "dates.v1")],
        events=[Event(Span(0, 46), "COERCE", "events.v1", mode="raid",
                      date="XXXX-06-03", date_span=Span(3, 9), modality=modality)],
    )  # fmt: skip
    (row,) = build_timeline_rows([article])
    assert sorted(p.kind for p in row.points) == kinds


def test_web_timeline_tooltips_name_weeks_as_a_reader_writes_them() -> None:
    points = [
        TimelinePoint("2022-12-20", "published", "published", "a#1", 0, 0),
        TimelinePoint("2022-W51", "event", "talks", "a#1", 0, 5),
    ]
    marks = _circles(render_timeline_svg([TimelineRow("one", "a#1", points)]))
    assert "talks — week of 2022-12-19" in marks
    assert not any("W51" in t for t in marks)


def _place(start: int, name: str, geonameid: int, lat: float, lon: float) -> Place:
    return Place(start, start + len(name), "places.v1", geonameid, name, lat, lon)


@pytest.mark.parametrize("outline", [True, False])
def test_web_map_projects_points_inside_the_view(outline: bool) -> None:
    text = "Tirana and Tehran, then Tirana again."
    article = Article(id="m#1", document_id="m", text=text, places=[
        _place(0, "Tirana", 3183875, 41.33, 19.82),
        _place(11, "Tehran", 112931, 35.69, 51.42),
        _place(24, "Tirana", 3183875, 41.33, 19.82),
    ])  # fmt: skip
    points = build_map_points([article])
    assert [(p.name, p.count) for p in points] == [("Tirana", 2), ("Tehran", 1)]
    svg = render_map_svg(points, outline=outline)
    root = ET.fromstring(svg)
    west, top, width, height = map(float, root.get("viewBox", "").split())
    marks = {t.split(" — ")[0]: m for t, m in _circles(svg).items()}
    for mark in marks.values():
        cx, cy = float(mark.get("cx", 0)), float(mark.get("cy", 0))
        assert west <= cx <= west + width and top <= cy <= top + height
    assert float(marks["Tehran"].get("cx", 0)) > float(marks["Tirana"].get("cx", 0))
    assert float(marks["Tehran"].get("cy", 0)) > float(
        marks["Tirana"].get("cy", 0)
    )  # further south
    land = [p for p in root.iter(f"{SVG}path") if p.get("class") == "land"]
    assert bool(land and "M" in (land[0].get("d") or "")) == outline


@pytest.mark.parametrize(
    ("country", "lon", "wide"), [("US", -97.6, (-124.0, -67.0)), (None, -97.6, None)]
)
def test_web_map_of_a_town_shows_its_country(country, lon, wide) -> None:
    """One town in Kansas: the map spans the contiguous United States, coast
    to coast, not a blank square of prairie (a town of no known country:
    the minimum span around it)."""
    svg = render_map_svg([MapPoint("Salina", 38.8, lon, 1, 1, "x#1", 0, 6, country)])
    west, _, width, _ = map(float, ET.fromstring(svg).get("viewBox", "").split())
    if wide is None:
        assert width < 40
    else:
        assert west <= wide[0] and wide[1] <= west + width


@pytest.mark.parametrize("name", ["<b>Town</b>"])
def test_web_map_escapes_names(name: str) -> None:
    svg = render_map_svg([MapPoint(name, 10.0, 10.0, 1, None, "x#1", 0, 4)])
    ET.fromstring(svg)
    assert "<b>" not in svg and "&lt;b&gt;Town" in svg


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (date(1984, 6, 1), date(2025, 3, 1), [1990, 2000, 2010, 2020]),
        (date(2020, 6, 1), date(2025, 3, 1), [2021, 2022, 2023, 2024, 2025]),
    ],
)
def test_web_timeline_long_axes_tick_round_years(
    low: date, high: date, expected: list[int]
) -> None:
    from corroborate.web.charts import _ticks

    ticks = _ticks(low, high)
    assert [t.year for t in ticks] == expected
    assert all((t.month, t.day) == (1, 1) for t in ticks)


@pytest.mark.parametrize("path", ["/designations"])
def test_web_designations_page_draws_dated_changes(
    client: TestClient, store: Store, path: str
) -> None:
    rows = designation_status(store.designations())
    html = client.get(path).text
    for row in rows:
        assert row["status"] in html
    dated = any(h["date"] for row in rows for h in row["history"])
    assert ('class="timeline"' in html) == dated


def test_web_discrepancies_page_lists_every_story_s_with_its_evidence(
    client: TestClient, store: Store
) -> None:
    found = client.get("/discrepancies.json").json()
    assert {d["id"] for d in found} == {d.id for d in store.discrepancies()}
    assert found, "the examples' knowledge base has discrepancies"
    html = client.get("/discrepancies").text
    for item in found:
        assert f"/stories/{item['story_id']}#{item['id']}" in html
        for ev in item["evidence"]:
            span = ev["span"]
            assert f"?start={span['start']}&amp;end={span['end']}#hl" in html
    kind = found[0]["kind"]
    only = client.get(f"/discrepancies.json?kind={kind}").json()
    assert only and {d["kind"] for d in only} == {kind}
    assert client.get("/discrepancies?kind=agreed").status_code == 422
    assert 'href="/discrepancies"' in client.get("/").text


@pytest.mark.parametrize(
    ("path", "count"),
    [("/stories.json", lambda s: s.count("stories")),
     ("/entities.json", lambda s: s.count("entities")),
     ("/entities.json?kind=Person", lambda s: s.count_entities(kind="Person"))],
)  # fmt: skip
@pytest.mark.parametrize("limit", [1, 3])
def test_web_json_list_pages_by_link_header(
    client: TestClient, store: Store, path: str, count: Any, limit: int
) -> None:
    sep = "&" if "?" in path else "?"
    response = client.get(f"{path}{sep}limit={limit}")
    rows, pages = response.json(), 1
    while 'rel="next"' in response.headers.get("link", ""):
        assert response.headers["x-total-count"] == str(count(store))
        found = re.search(r'<([^>]+)>; rel="next"', response.headers["link"])
        assert found
        response = client.get(found.group(1))
        rows, pages = rows + response.json(), pages + 1
    assert len(rows) == count(store) and len({r["id"] for r in rows}) == len(rows)
    assert rows == client.get(f"{path}{sep}limit={len(rows) or 1}").json()
    assert pages == max(1, -(-len(rows) // limit))


@pytest.mark.parametrize("path", ["/stories", "/entities?kind=Organization"])
def test_web_list_page_shows_total_and_links(
    client: TestClient, store: Store, path: str
) -> None:
    sep = "&" if "?" in path else "?"
    first, second = (
        client.get(f"{path}{sep}limit=1"),
        client.get(f"{path}{sep}limit=1&offset=1"),
    )
    assert 'rel="next"' in first.text and 'rel="prev"' not in first.text
    assert 'rel="prev"' in second.text and "rows 2–2 of" in second.text
    assert "offset=1" in first.text  # the next page's link
    assert client.get(f"{path}{sep}offset=-1").status_code == 422


@pytest.mark.parametrize("table", ["articles", "stories", "designations"])
def test_web_overview_counts_and_newest_first(
    client: TestClient, store: Store, table: str
) -> None:
    data = client.get("/.json").json()
    assert data["counts"][table] == store.count(table)
    shown = [a["published"] for a in data["articles"] if a["published"]]
    every = [a["published"] for a in store.article_summaries() if a["published"]]
    assert shown == sorted(shown, reverse=True) and shown[0] == max(every)
    assert len(data["articles"]) == min(store.count("articles"), 10)


# -- the story's brief, and a user's decisions on its facts -----------------------


def _loopback(path: Path) -> TestClient:
    """A client on this machine (writes allowed without a token) over ``path``."""
    app = create_app(path)
    return TestClient(app, base_url="http://127.0.0.1", client=("127.0.0.1", 50000))


def _csrf(client: TestClient, page: str) -> str:
    """GET a page (the client keeps its CSRF cookie) and return the form's field."""
    html = client.get(page).text
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert found, f"no CSRF field on {page}"
    return found.group(1)


def test_web_story_shows_the_brief(kb_path: Path, store: Store) -> None:
    client = _loopback(kb_path)
    story_id = _first_story_with(store, 2)
    data = client.get(f"/stories/{story_id}.json").json()
    assert data["brief"] == story_brief(store, story_id)
    assert "background" not in data["brief"]
    every = client.get(f"/stories/{story_id}.json?all=true").json()["brief"]
    assert every == story_brief(store, story_id, include_all=True)
    html = client.get(f"/stories/{story_id}").text
    titles = [
        "Who says what",
        "Disputes and conflicts",
        "Corroborated facts",
        "Timeline",
    ]
    assert [html.index(t) for t in titles] == sorted(html.index(t) for t in titles)
    grid = html.split("Who says what")[1].split("</table>")[0]
    for row in data["brief"]["grid"]["rows"]:
        assert f'href="#{row["id"]}"' in grid
    assert grid.count('class="mark-') == len(data["brief"]["grid"]["rows"]) * len(
        data["brief"]["grid"]["articles"]
    )
    for item in data["brief"]["discrepancies"] + data["brief"]["facts"]:
        assert f'id="{item["id"]}"' in html
        for account in item["evidence"]:
            assert escape(account["text"]) in html
    pointed = [f for f in data["brief"]["facts"] if f["differs_in"]]
    assert pointed, "the samples' seizure is told by both, its count is not"
    for fact in pointed:
        for other in fact["differs_in"]:
            assert f'but see <a href="#{other}">' in html
    assert "Show all" in html and "Single-source facts" not in html
    assert "Single-source facts" in client.get(f"/stories/{story_id}?all=true").text


def test_web_story_forms_only_for_writers(
    client: TestClient, kb_path: Path, store: Store
) -> None:
    story_id = _first_story_with(store, 2)
    assert 'name="csrf"' not in client.get(f"/stories/{story_id}").text  # not loopback
    assert 'name="csrf"' in _loopback(kb_path).get(f"/stories/{story_id}").text


def test_web_story_reject_and_confirm(kb_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    shutil.copy(kb_path, path)
    client = _loopback(path)
    with Store(path) as kb:
        story_id = _first_story_with(kb, 2)
        target = kb.discrepancies(story_id=story_id)[0]
        fact = next(
            f for f in kb.facts(story_id=story_id) if f.status == "corroborated"
        )
        other = next(f for f in kb.facts() if f.story_id != story_id)
    page = f"/stories/{quote(story_id, safe='')}"
    csrf = _csrf(client, page)
    reject = {"target": "discrepancy", "action": "reject", "item_id": target.id}
    forged = client.post(f"{page}/decisions", data={**reject, "csrf": "0" * 64})
    assert forged.status_code == 403
    done = client.post(f"{page}/decisions", data={**reject, "csrf": csrf,
                       "note": "same figure, other units"}, follow_redirects=False)  # fmt: skip
    assert done.status_code == 303 and done.headers["location"] == page
    confirm = {"target": "fact", "action": "confirm", "item_id": fact.id, "csrf": csrf}
    assert client.post(f"{page}/decisions", data=confirm).status_code == 200
    for bad in (
        {**reject, "item_id": "d-nope"},
        {**reject, "target": "fact", "item_id": other.id},  # another story's
    ):
        response = client.post(f"{page}/decisions", data={**bad, "csrf": csrf})
        assert response.status_code == 404
    with Store(path) as kb:
        assert kb.get_discrepancy(target.id).decision == "reject"  # type: ignore[union-attr]
        confirmed = kb.get_fact(fact.id)
        assert confirmed is not None and (confirmed.decision, confirmed.confidence) == (
            "confirm",
            1.0,
        )
        assert [d["note"] for d in kb.fact_decisions()] == [
            "same figure, other units",
            None,
        ]
    brief = client.get(f"{page}.json").json()["brief"]
    assert target.id not in {d["id"] for d in brief["discrepancies"]}
    rejected = client.get(f"{page}.json?all=true").json()["brief"]["rejected"]
    assert target.id in {d["id"] for d in rejected}


def test_web_story_page_names_near_duplicates_as_one_source(tmp_path: Path) -> None:
    """A wire report two outlets run word for word: the story page says the
    copies count as one source, as the brief does."""
    text = (
        "The harbour board of Valdor closed the old quay on Monday after a "
        "storm damaged its pilings, the board's chairwoman Ana Ruiz said. "
        "Ferries will dock at the new terminal until repairs end in June, "
        "and fishing boats were moved to the river mooring on Tuesday."
    )
    source = tmp_path / "wire.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": doc, "text": text, "outlet": outlet,
                        "published": "2024-03-05"}) + "\n"
            for doc, outlet in (("wire-a", "Valdor Times"), ("wire-b", "Orvel Radio"))
        ),
        encoding="utf-8",
    )  # fmt: skip
    db = tmp_path / "kb.db"
    done = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db), "--quiet"])
    assert done.exit_code == 0, done.output
    with Store(db) as kb:
        (story,) = [s for s in kb.stories() if len(s.article_ids) == 2]
        assert story.duplicates
    html = TestClient(create_app(db), base_url="http://localhost").get(
        f"/stories/{quote(story.id, safe='')}"
    )
    assert "Near-duplicates, one report counted as one source" in html.text
    brief = CliRunner().invoke(cli, ["brief", story.id, "--db", str(db)])
    assert "near-duplicates, one report counted as one source" in brief.output


def test_web_timeline_draws_a_year_the_text_does_not_write_hollow() -> None:
    """ "Tuesday" takes its year from the report's date; "June 3, 2023"
    writes it: only the first mark is hollow, and its tooltip says why."""
    text = "On Tuesday police raided the camp. On June 3, 2023 it closed."
    article = Article(
        id="t#1", document_id="t", text=text,
        published=PubDate("2023-06-10", "day", "metadata"),
        dates=[DateRef(3, 10, "2023-06-06", "dates.v1", anchor="publication"),
               DateRef(38, 50, "2023-06-03", "dates.v1")],
        events=[Event(Span(0, 33), "COERCE", "events.v1", mode="raid",
                      date="2023-06-06", date_span=Span(3, 10))],
    )  # fmt: skip
    (row,) = build_timeline_rows([article])
    marks = _circles(render_timeline_svg([row]))
    hollow = [t for t, m in marks.items() if "no-year" in m.get("class", "")]
    assert len(hollow) == 1 and "raid" in hollow[0]  # the event, not June 3, 2023
    assert any("worked out from the report's date" in t for t in marks)


def test_web_search_page_shows_why_each_article_matched(client: TestClient) -> None:
    html = client.get("/search?q=computers").text
    snippets = re.findall(r'<div class="snippet">([^<]*)</div>', html)
    assert snippets and all("[computers]" in s.lower() for s in snippets)
    assert "2024-06" not in html  # no example date from another corpus


def test_web_timeline_tick_labels_end_inside_the_chart() -> None:
    points = [  # 18 days: a tick falls on the axis's last day, at its right end
        TimelinePoint("2015-11-19", "published", "published", "a#1", 0, 0),
        TimelinePoint("2015-12-07", "event", "address", "a#1", 0, 7),
    ]
    svg = render_timeline_svg([TimelineRow("one", "a#1", points)])
    ticks = re.findall(
        r'<text class="tick-label" x="([\d.]+)"[^>]*text-anchor="(\w+)"', svg
    )
    assert ticks and all(
        anchor == "end" or float(x) + 40 < TIMELINE_WIDTH_PX for x, anchor in ticks
    )


@pytest.mark.parametrize(
    ("cell", "valued", "shown"),
    [
        ({"mark": "agrees", "value": "more than 300 delegates"}, True,
         "✓ more than 300 delegates"),
        ({"mark": "agrees", "value": "Trump won Nevada"}, False, "✓"),
        ({"mark": "differs", "value": "49 people"}, True, "49 people"),
        ({"mark": "denies", "value": "no such policies"}, False, "denies: no such policies"),
        (None, True, ""),
    ],
)  # fmt: skip
def test_web_story_grid_marks_an_agreeing_value_with_a_tick(cell, valued, shown):
    """On the story page as in the brief: an agreeing value is not mistaken
    for a differing one."""
    assert grid_mark(cell, valued) == shown
