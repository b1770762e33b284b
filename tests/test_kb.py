"""The front door, ``KnowledgeBase(url)``: one method per command and route, the
same answers on SQLite and PostgreSQL, NotFoundError for ids that name nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

import corroborate
from corroborate import KnowledgeBase, NotFoundError
from corroborate.errors import ConfigError, StoreError

BACKENDS = ("sqlite", "postgres")


@pytest.fixture(scope="module")
def kbs(
    tmp_path_factory: pytest.TempPathFactory,
    examples_dir: Path,
    new_pg_schema: Callable[[], AbstractContextManager[str]],
) -> Iterator[dict[str, KnowledgeBase | None]]:
    """The examples ingested once on each backend (postgres None without a server)."""
    built: dict[str, KnowledgeBase | None] = {}
    sqlite = KnowledgeBase(tmp_path_factory.mktemp("kb") / "kb.db")
    built["sqlite"] = sqlite
    built["sqlite_report"] = sqlite.ingest([examples_dir], workers=1)  # type: ignore[assignment]
    try:
        with new_pg_schema() as url:
            postgres = KnowledgeBase(url)
            built["postgres"] = postgres
            built["postgres_report"] = postgres.ingest([examples_dir], workers=1)  # type: ignore[assignment]
            yield built
            postgres.close()
    except pytest.skip.Exception:
        built["postgres"] = None
        yield built
    sqlite.close()


@pytest.fixture(params=BACKENDS)
def kb(request: pytest.FixtureRequest, kbs: dict[str, Any]) -> KnowledgeBase:
    found = kbs[request.param]
    if found is None:
        pytest.skip("CORROBORATE_TEST_PG is not set: no PostgreSQL server")
    return found


def _story_of(kb: KnowledgeBase, size: int) -> str:
    return next(s["id"] for s in kb.stories() if s["articles"] == size)


def test_kb_is_the_package_front_door():
    assert corroborate.KnowledgeBase is KnowledgeBase
    assert issubclass(NotFoundError, corroborate.CorroborateError)


def test_kb_ingest_runs_the_corpus_stages(kbs: dict[str, Any]):
    for name in BACKENDS:
        report = kbs.get(f"{name}_report")
        if report is None:
            continue
        assert report.articles == 3 and report.ok
        assert report.corpus["stories"] == 2 and report.corpus["entities"] > 10


def test_kb_ingest_again_adds_nothing(kb: KnowledgeBase, examples_dir: Path):
    before = kb.overview()["counts"]
    passes: list[str] = []
    report = kb.ingest(
        [examples_dir], workers=1, on_corpus=lambda: passes.append("corpus")
    )
    assert report.articles == 0 and report.skipped == 2
    assert kb.overview()["counts"] == before
    assert passes == ["corpus"]  # the corpus stages still run once, announced


def test_kb_articles_and_article(kb: KnowledgeBase):
    rows = kb.articles()
    assert len(rows) == 3 and kb.articles(limit=1) == rows[:1]
    shown = kb.article(rows[0]["id"])
    assert shown["id"] == rows[0]["id"] and shown["mentions"]
    mention = shown["mentions"][0]
    assert shown["text"][mention["start"] : mention["end"]] == mention["text"]
    assert kb.get_article(rows[0]["id"]).text == shown["text"]


def test_kb_unknown_ids_raise_not_found(kb: KnowledgeBase):
    for call, listing in (
        (lambda: kb.article("nope#1"), "`corroborate articles` or /articles"),
        (lambda: kb.story("s-nope"), "`corroborate stories` or /stories"),
        (lambda: kb.brief("s-nope"), "`corroborate stories` or /stories"),
        (lambda: kb.entity("e-nope"), "`corroborate entities` or /entities"),
        (lambda: kb.show("nope"), "`corroborate articles`"),
        (lambda: kb.merge("e-nope", "e-other"), "`corroborate entities`"),
        (lambda: kb.undo(9999), "`corroborate entities decisions`"),
    ):
        with pytest.raises(NotFoundError, match="no .* list them with " + listing):
            call()


def test_kb_show_finds_articles_entities_facts_and_discrepancies(kb: KnowledgeBase):
    article_id = kb.articles()[0]["id"]
    entity = kb.entities()[0]
    assert kb.show(article_id)["id"] == article_id
    assert kb.show(entity["id"])["name"] == entity["name"]
    fact = kb.facts()[0]
    assert kb.show(fact["id"]) == fact  # as `facts` lists it, evidence and all
    found = kb.discrepancies()[0]
    assert kb.show(found["id"]) == found


def test_kb_search(kb: KnowledgeBase):
    hits = kb.search("computers")
    assert hits and all(h["id"] in {a["id"] for a in kb.articles()} for h in hits)
    assert kb.search("computers", near="Tirana", km=50) == hits
    assert kb.search("computers", date_from="1990", date_to="1990") == []
    with pytest.raises(ConfigError, match="give a QUERY"):
        kb.search()


def test_kb_stories_story_and_brief(kb: KnowledgeBase):
    story_id = _story_of(kb, 2)
    story = kb.story(story_id)
    assert len(story["articles"]) == 2 and story["facts"] and story["timeline"]
    texts = {a["id"]: kb.get_article(a["id"]).text for a in story["articles"]}
    for fact in story["facts"]:
        for item in fact["evidence"]:
            span = item["span"]
            assert (
                texts[item["article_id"]][span["start"] : span["end"]] == item["quote"]
            )
    assert story_id in {s["id"] for s in kb.stories()}
    assert kb.brief(story_id).startswith("#")


def test_kb_entities_match_and_designations(kb: KnowledgeBase):
    people = kb.entities(kind="Person")
    assert people and all(e["kind"] == "Person" for e in people)
    entity = kb.entity(people[0]["id"])
    assert entity["aliases"] and entity["articles"]
    ranked = kb.match(people[0]["name"], schema="Person")
    assert ranked[0]["entity_id"] == people[0]["id"]
    assert KnowledgeBase.compare("MEK", "Mujahedin-e-Khalq", schema="Organization") == {
        "score": pytest.approx(1.0, abs=0.2),
        "match": True,
    }
    assert any("Taliban" in row["organization"] for row in kb.designations())
    assert kb.designations(org="no such group") == []


@pytest.mark.parametrize("listing", ["stories", "entities"])
def test_kb_lists_page_through_every_row_once(kb: KnowledgeBase, listing: str):
    read, total = getattr(kb, listing), getattr(kb, f"count_{listing}")()
    pages = [read(limit=2, offset=offset) for offset in range(0, total + 2, 2)]
    assert [row for page in pages for row in page] == read()
    assert len(read()) == total and pages[-1] == []


def test_kb_merge_and_undo_are_logged_and_applied(kb: KnowledgeBase):
    names = {e["name"]: e["id"] for e in kb.entities(kind="Person")}
    keep, other = names["Sergei Lavrov"], names["Amir Khan Muttaqi"]
    merged = kb.merge(keep, other)
    assert "Amir Khan Muttaqi" not in {e["name"] for e in kb.entities()}
    undone = kb.undo(merged["decision"])
    assert "Amir Khan Muttaqi" in {e["name"] for e in kb.entities()}
    log = kb.decisions()
    assert [d["action"] for d in log[-2:]] == ["merge", "undo"]
    assert log[-1]["decision"] == merged["decision"] < undone["decision"]
    assert isinstance(kb.review(), list)


def test_kb_export_summary_overview(kb: KnowledgeBase):
    records = list(kb.export("jsonl"))
    assert len(records) == 3 and {"id", "text", "mentions", "story_id"} <= set(
        records[0]
    )
    assert len(list(kb.export("stories"))) == 2
    with pytest.raises(ConfigError, match="unknown export format"):
        list(kb.export("xml"))
    assert "3 articles" in kb.summary() and "2 stories" in kb.summary()
    overview = kb.overview(latest=2)
    assert overview["counts"]["articles"] == 3 and len(overview["articles"]) == 2
    newest = max(kb.articles(), key=lambda a: a["published"] or "")  # newest first
    assert overview["articles"][0]["published"] == newest["published"]


def test_kb_same_records_on_both_backends(kbs: dict[str, Any]):
    if kbs["postgres"] is None:
        pytest.skip("CORROBORATE_TEST_PG is not set: no PostgreSQL server")
    sqlite, postgres = kbs["sqlite"], kbs["postgres"]

    def dump(kb: KnowledgeBase) -> dict[str, Any]:
        return json.loads(
            json.dumps(
                {
                    "articles": list(kb.export("jsonl")),
                    "entities": list(kb.export("entities")),
                    "stories": kb.stories(),
                    "designations": kb.designations(),
                    "discrepancies": list(kb.export("discrepancies")),
                }
            )
        )

    assert dump(sqlite) == dump(postgres)


def test_kb_must_exist_refuses_a_missing_file(tmp_path: Path):
    with pytest.raises(StoreError, match="no knowledge base here"):
        KnowledgeBase(tmp_path / "typo.db", must_exist=True)
    assert not (tmp_path / "typo.db").exists()


def test_kb_serves_each_thread_its_own_connection(tmp_path: Path):
    import threading

    with KnowledgeBase(tmp_path / "kb.db") as kb:
        seen: list[object] = []
        thread = threading.Thread(target=lambda: seen.append(kb.store))
        thread.start()
        thread.join()
        assert seen[0] is not kb.store and kb.articles() == []


def test_kb_not_found_is_exit_1_in_the_cli_and_404_on_the_web(kbs: dict[str, Any]):
    import warnings

    from click.testing import CliRunner

    from corroborate.cli import cli

    with warnings.catch_warnings():
        # starlette 1.x asks for the httpx2 fork; plain httpx works the same here
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient
    from corroborate.web import create_app

    url = kbs["sqlite"].url
    result = CliRunner().invoke(cli, ["brief", "s-nope", "--db", url])
    assert result.exit_code == 1
    assert "no story 's-nope'; list them with `corroborate stories`" in result.output
    with TestClient(create_app(url), base_url="http://127.0.0.1") as client:
        response = client.get("/stories/s-nope.json")
        assert response.status_code == 404
        assert response.json()["detail"].startswith("no story 's-nope'")
        assert client.get("/entities/e-nope").status_code == 404


def test_kb_story_with_its_brief_reads_once_and_gives_the_same(kb: KnowledgeBase):
    story_id = kb.stories(limit=1)[0]["id"]
    for include_all in (False, True):
        shown = kb.story(story_id, brief=True, include_all=include_all)
        assert shown["brief"] == kb.brief_data(story_id, include_all=include_all)
        assert {k: v for k, v in shown.items() if k != "brief"} == kb.story(story_id)
