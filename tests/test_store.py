"""The knowledge base on both backends: migrations, idempotent ingest, round trips,
resume, search, order. Each test runs on a SQLite file and on a PostgreSQL schema
(the latter skipped only when $CORROBORATE_TEST_PG is unset)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corroborate.errors import ConfigError, StoreError
from corroborate.query import latest_articles, search_articles
from corroborate.records import (
    Alias,
    Article,
    Claim,
    DateRef,
    Designation,
    Discrepancy,
    Document,
    Entity,
    Fact,
    Mention,
    Place,
    PubDate,
    Span,
    Story,
    Zone,
)
from corroborate.store import SCHEMA_VERSION, Store, backend_of
from corroborate.store import base as store_base


@pytest.fixture
def store(kb_url: str) -> Iterator[Store]:
    """An empty knowledge base on each backend."""
    with Store(kb_url) as kb:
        yield kb


def _doc(
    doc_id: str = "d1",
    text: str = "Headline\n\nBody about Tirana.",
    published: str | None = "2024-10-04",
    dates: tuple[str, ...] = ("2024-10-04",),
) -> Document:
    article = Article(
        id=f"{doc_id}#1",
        document_id=doc_id,
        text=text,
        title="Headline",
        published=PubDate(published, "day", "metadata", 1.0),
        zones=[Zone(0, 8, "headline"), Zone(10, len(text), "body")],
        mentions=[Mention(21, 27, "GPE", "entities.spacy.v1")],
        dates=[DateRef(0, 4, value, "dates.rules.v1") for value in dates],
        places=[
            Place(
                21, 27, "places.geonames.v1", 3183875, "Tirana", 41.3275, 19.8189, "AL"
            )
        ],
        claims=[Claim(Span(0, 1), Span(2, 3), "claims.rules.v1", source=None)],
    )
    return Document(doc_id, text, "x.txt", "text/plain", articles=[article])


def test_store_migrates_new_knowledge_base(store: Store):
    assert store.version == SCHEMA_VERSION
    assert store.dialect in ("sqlite", "postgres")


def test_store_reopening_migrates_nothing(store: Store, kb_url: str):
    store.add_documents([_doc()])
    with Store(kb_url) as again:
        assert again.version == SCHEMA_VERSION and again.count("articles") == 1


def test_store_round_trip(store: Store):
    doc = _doc()
    assert store.add_documents([doc]) == 1
    assert store.get_article("d1#1") == doc.articles[0]
    assert store.get_article("nothing#1") is None


def test_store_same_document_twice_adds_nothing(store: Store):
    store.add_documents([_doc()])
    assert store.add_documents([_doc()]) == 0
    assert store.count("articles") == 1 and store.count("mentions") == 1


def test_store_search_full_text(store: Store):
    store.add_documents([_doc()])
    assert store.article_ids_matching("tirana") == ["d1#1"]
    assert "[Tirana]" in store.snippets("tirana", ["d1#1"])["d1#1"]
    assert store.snippets("tirana", ["other#1"]) == {}
    assert store.article_ids_matching("tirana AND body") == ["d1#1"]
    assert store.article_ids_matching("tirana NOT body") == []
    assert store.article_ids_matching("headline") == ["d1#1"]


def test_store_search_best_matches_ranked_in_the_database(store: Store):
    texts = ["Tirana.", "Tirana and Tirana, Tirana.", "Tirana, then Durres.", "Durres."]
    store.add_documents(
        [_doc(f"d{i}", f"Headline\n\n{t}") for i, t in enumerate(texts)]
    )
    every = store.article_ids_matching("tirana")
    assert sorted(every) == ["d0#1", "d1#1", "d2#1"]
    assert every[0] == "d1#1"  # the text that says it most ranks first
    assert store.article_ids_matching("tirana", 2) == every[:2]
    # and a search lists them so, not in the order they were stored, each
    # with the words around its matches
    found = search_articles(store, "tirana")
    assert [r["id"] for r in found] == every
    assert all("[Tirana]" in r["snippet"] for r in found)


@pytest.mark.parametrize(
    "query", ["Martha's Vineyard", "gun-control bill", '"unbalanced budget']
)
def test_store_search_reads_a_query_of_no_syntax_as_its_words(store: Store, query):
    """An apostrophe, a hyphen or an open quotation mark is no FTS5 syntax:
    SQLite, as PostgreSQL's web-search syntax, reads the words."""
    text = (
        "Headline\n\nMigrants flown to Martha's Vineyard sued; "
        "a gun-control bill and an unbalanced budget."
    )
    store.add_documents([_doc("d1", text), _doc("d2")])
    assert store.article_ids_matching(query) == ["d1#1"]
    assert "[" in store.snippets(query, ["d1#1"])["d1#1"]


def test_store_failed_batch_leaves_store_unchanged(store: Store):
    store.add_documents([_doc("d1")])
    broken = _doc("d2")
    broken.articles.append(broken.articles[0])  # duplicate article id: the batch fails
    with pytest.raises(StoreError, match="batch not written"):
        store.add_documents([_doc("d3"), broken])
    assert store.count("documents") == 1 and store.count("articles") == 1
    assert store.add_documents([_doc("d3")]) == 1  # the next run resumes


def test_store_refuses_newer_schema(store: Store, kb_url: str):
    with store.transaction():
        store.set_version(SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="newer than this corroborate"):
        Store(kb_url)


def test_store_refuses_non_database(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)


def test_store_decisions_are_append_only(store: Store):
    first = store.add_decision({"action": "merge", "a": "e1", "b": "e2"})
    second = store.add_decision({"action": "undo", "decision": first})
    assert second > first
    assert [d["id"] for d in store.decisions()] == [first, second]
    assert store.decisions()[1]["decision"] == first


def test_store_articles_stream_in_pages_in_ingest_order(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(store_base, "PAGE_ROWS", 2)
    store.add_documents([_doc(f"d{i}") for i in (5, 3, 9, 1, 7)])
    order = ["d5#1", "d3#1", "d9#1", "d1#1", "d7#1"]
    assert [a.id for a in store.articles()] == order
    assert [a.id for a in store.articles(limit=3)] == order[:3]
    assert [a.id for a in store.articles(ids=["d7#1", "d5#1", "d1#1"])] == [
        "d5#1",
        "d1#1",
        "d7#1",
    ]
    assert store.article_ids() == order
    assert store.latest_article_ids(2) == ["d7#1", "d1#1"]  # of one day


def test_store_latest_articles_are_the_last_published(store: Store):
    store.add_documents(
        [
            _doc("a", published="2023-01-02"),
            _doc("b", published="2019-05-05"),
            _doc("c", published="2024-12-31"),
            _doc("d", published=None),
        ]
    )
    assert store.latest_article_ids(4) == ["c#1", "a#1", "b#1", "d#1"]
    assert [a["id"] for a in latest_articles(store, 2)] == ["c#1", "a#1"]


def test_store_dated_and_located_articles(store: Store):
    store.add_documents(
        [
            _doc("a", published="2023-01-02", dates=("2024-06-03",)),
            _doc("b", published="2019-05-05", dates=("XXXX-06-03", "19XX")),
            _doc("c", published="2024-12-31", dates=()),
        ]
    )
    assert store.article_ids_dated("2024", "2024\uffff") == {"a#1", "c#1"}
    assert store.article_ids_dated("1900", "1999\uffff") == set()
    assert sorted(store.place_points()) == [(f"{d}#1", 41.3275, 19.8189) for d in "abc"]


def test_store_entities_sort_byte_wise_on_both_backends(store: Store):
    names = ["Zeta Group", "al-Qaeda", "Émile Durand", "Alpha Front", "alpha front"]
    store.replace_entities(
        [Entity(f"e{i}", "Organization", name) for i, name in enumerate(names)]
    )
    assert [e.name for e in store.entities()] == sorted(names)
    assert store.get_entity("e1") == Entity("e1", "Organization", "al-Qaeda")


def test_store_designations_dated_first(store: Store):
    def row(authority: str, action: str, date: str | None) -> Designation:
        return Designation(
            authority, "Taliban", action, "d1#1", Span(0, 4), "test.v1", date=date
        )

    rows = [
        row("Russia", "delist", None),
        row("Russia", "designate", "2003-02-14"),
        row("Russia", "reaffirm", "PAST_REF"),
        row("Kazakhstan", "delist", "2023-12-29"),
    ]
    store.replace_designations(rows)
    assert [d.date for d in store.designations()] == [
        "2003-02-14",
        "2023-12-29",
        None,
        "PAST_REF",
    ]


def test_store_count_names_known_tables(store: Store):
    with pytest.raises(StoreError, match="unknown table 'users'"):
        store.count("users")


@pytest.mark.parametrize(
    "url,expected",
    [
        ("kb.db", ("sqlite", "kb.db")),
        ("sqlite:///data/kb.db", ("sqlite", "data/kb.db")),
        ("sqlite:////srv/kb.db", ("sqlite", "/srv/kb.db")),
        (
            "postgresql://me@db.example/news",
            ("postgres", "postgresql://me@db.example/news"),
        ),
        (
            "postgres://me@db.example/news",
            ("postgres", "postgres://me@db.example/news"),
        ),
    ],
)
def test_store_backend_of_url(url: str, expected: tuple[str, str]):
    assert backend_of(url) == expected


def test_store_unknown_url_scheme_is_a_config_error():
    with pytest.raises(
        ConfigError, match="mysql://me@host/kb: unknown knowledge-base URL"
    ):
        Store("mysql://me@host/kb")


def test_store_sqlite_url_opens_sqlite(tmp_path: Path):
    with Store(f"sqlite:///{tmp_path / 'kb.db'}") as store:
        assert store.dialect == "sqlite"
    assert (
        sqlite3.connect(tmp_path / "kb.db").execute("PRAGMA user_version").fetchone()[0]
        == SCHEMA_VERSION
    )


# -- the list pages: one page at a time, counted in SQL (issue 12) -------------------

STORY_SIZES = {"s-c": 3, "s-a": 2, "s-b": 2, "s-e": 1, "s-d": 1}
"""Stories with ties in size, so the order must fall back on the id."""
ENTITY_NAMES = [("e3", "Person", "Tirana"), ("e1", "Place", "Tirana"),
                ("e2", "Place", "Albania"), ("e5", "Person", "Edi Rama"),
                ("e4", "Organization", "Tirana")]  # fmt: skip


def _fill_lists(store: Store) -> None:
    """Articles in the stories of STORY_SIZES (s-a untitled, s-b titled ""), facts
    and discrepancies of s-a, and ENTITY_NAMES mentioned by the first articles."""
    docs, story_of = [], {}
    members = [story_id for story_id, n in STORY_SIZES.items() for _ in range(n)]
    for number, story_id in enumerate(members):
        doc = _doc(f"d{number}")
        article = doc.articles[0]
        entity = ENTITY_NAMES[number % len(ENTITY_NAMES)][0]
        article.title = f"Title {number}"
        article.mentions = [Mention(21, 27, "GPE", "entities.spacy.v1", entity)]
        docs.append(doc)
        story_of.setdefault(story_id, []).append(article.id)
    store.add_documents(docs)
    titles = {"s-a": None, "s-b": ""}
    store.save_stories(
        [Story(s, ids, titles.get(s, f"Story {s}")) for s, ids in story_of.items()], []
    )
    statuses = ["corroborated", "corroborated", "disputed", "single-source",
                "superseded"]  # fmt: skip
    facts = [Fact(f"f{i}", "s-a", "number", "x", s) for i, s in enumerate(statuses)]
    discrepancies = [
        Discrepancy(f"x{i}", "s-a", "conflicting", "x", decision=decision)
        for i, decision in enumerate([None, "reject", "confirm"])
    ]
    store.replace_facts("s-a", facts, discrepancies)
    store.replace_entities([
        Entity(eid, kind, name, aliases=[
            Alias(eid, name, "canonical", count=2), Alias(eid, name.upper(), "acronym"),
            Alias(eid, "the mayor", "role"),
        ])
        for eid, kind, name in ENTITY_NAMES
    ])  # fmt: skip


def _pages(listing: Any, limit: int, **options: Any) -> list[dict[str, Any]]:
    """Every row of a listing, read ``limit`` at a time until a page comes back short."""
    rows: list[dict[str, Any]] = []
    while True:
        page = listing(limit=limit, offset=len(rows), **options)
        rows += page
        if len(page) < limit:
            return rows


def test_store_facts_of_one_status_are_counted_and_paged(store: Store):
    _fill_lists(store)
    assert store.facts_of_status("corroborated", limit=1) == (
        2,
        [store.get_fact("f0")],
    )
    total, disputed = store.facts_of_status("disputed", limit=5)
    assert (total, [f.id for f in disputed]) == (1, ["f2"])
    assert store.facts_of_status("conflicting", limit=5) == (0, [])


def test_store_story_counts_in_sql(store: Store):
    _fill_lists(store)
    rows = {r["id"]: r for r in store.story_counts()}
    assert rows["s-a"] == {
        "id": "s-a", "articles": 2, "headline": "Title 3", "corroborated": 2,
        "single_source": 1, "disputed": 1, "conflicting": 0, "discrepancies": 2,
    }  # fmt: skip
    assert rows["s-b"]["headline"] == "Title 5"  # an empty title: the first article's
    assert rows["s-c"]["headline"] == "Story s-c"
    assert rows["s-c"]["discrepancies"] == 0


def test_store_story_counts_count_facts_as_the_brief_shows_them(store: Store):
    """No background fact among the corroborated and single-source, and no
    fact of who someone is among the corroborated (the brief shows it apart);
    a dispute about an earlier event is counted, as the brief shows it."""
    _fill_lists(store)
    facts = [
        Fact("b0", "s-b", "event", "x", "corroborated"),
        Fact("b1", "s-b", "person", "party of Ann Lee", "corroborated"),
        Fact("b2", "s-b", "office", "office of Ann Lee", "corroborated"),
        Fact("b3", "s-b", "event", "x", "corroborated", background=True),
        Fact("b4", "s-b", "event", "x", "single-source", background=True),
        Fact("b5", "s-b", "event", "x", "single-source"),
        Fact("b6", "s-b", "claim", "x", "disputed", background=True),
    ]
    store.replace_facts("s-b", facts, [])
    row = next(r for r in store.story_counts() if r["id"] == "s-b")
    assert (row["corroborated"], row["single_source"], row["disputed"]) == (1, 1, 1)


@pytest.mark.parametrize("limit", [1, 2, 3, 50])
def test_store_story_pages_give_every_story_once_in_order(store: Store, limit: int):
    _fill_lists(store)
    every = store.story_counts()
    assert [r["id"] for r in every] == ["s-c", "s-a", "s-b", "s-d", "s-e"]
    assert _pages(store.story_counts, limit) == every
    assert store.story_counts(limit=2, offset=4) == every[4:]


@pytest.mark.parametrize("limit", [1, 2, 4])
@pytest.mark.parametrize("kind", [None, "Place"])
def test_store_entity_pages_give_every_entity_once_in_order(
    store: Store, limit: int, kind: str | None
):
    _fill_lists(store)
    every = store.entity_counts(kind=kind)
    expected = sorted((n, e) for e, k, n in ENTITY_NAMES if kind in (None, k))
    assert [(r["name"], r["id"]) for r in every] == expected
    assert _pages(store.entity_counts, limit, kind=kind) == every
    assert store.count_entities(kind=kind) == len(every)


def test_store_entity_counts_in_sql(store: Store):
    _fill_lists(store)
    rows = {r["id"]: r for r in store.entity_counts()}
    # e1 is named by articles 1 and 6 (every fifth of the nine); its role not counted
    assert rows["e1"] == {"id": "e1", "kind": "Place", "name": "Tirana",
                          "aliases": 2, "mentions": 3, "articles": 2}  # fmt: skip
    assert rows["e4"]["articles"] == 1


def test_store_migration_counts_stored_stories(
    kb_url: str, monkeypatch: pytest.MonkeyPatch
):
    with monkeypatch.context() as patch:  # a store of schema 6, before the column
        patch.setattr(store_base, "MIGRATIONS", store_base.MIGRATIONS[:6])
        patch.setattr(store_base, "SCHEMA_VERSION", 6)
        with Store(kb_url) as old:
            old.execute("INSERT INTO stories VALUES ('s1', NULL, ?)",
                        ('{"id": "s1", "article_ids": ["a", "b"]}',))  # fmt: skip
    with Store(kb_url) as new:
        assert new.version == SCHEMA_VERSION
        assert new.story_counts()[0]["articles"] == 2


def test_store_migration_summarises_stored_articles(
    kb_url: str, monkeypatch: pytest.MonkeyPatch
):
    data = {"input_id": "feed-7", "published": {"value": None, "how": "unknown"},
            "mentions": [{}, {}], "claims": [{}], "events": [], "errors": ["x.v1"]}  # fmt: skip
    with monkeypatch.context() as patch:  # a store of schema 9, before the summary
        patch.setattr(store_base, "MIGRATIONS", store_base.MIGRATIONS[:9])
        patch.setattr(store_base, "SCHEMA_VERSION", 9)
        with Store(kb_url) as old:
            old.execute("INSERT INTO documents VALUES ('d', 'f.txt', 'text/plain',"
                        " NULL, NULL, NULL, NULL, '2026-01-01')")  # fmt: skip
            old.execute("INSERT INTO articles (id, document_id, title, outlet,"
                        " published, text, data, story_id) VALUES ('d#1', 'd', 'T',"
                        " NULL, NULL, 'Some text.', ?, NULL)", (json.dumps(data),))  # fmt: skip
    with Store(kb_url) as new:
        assert new.version == SCHEMA_VERSION
        kept = json.loads(
            new.execute("SELECT summary FROM articles").fetchone()["summary"]
        )
        [summary] = new.article_summaries()
    assert kept == {"input_id": "feed-7", "how": "unknown", "mentions": 2,
                    "claims": 1, "events": 0, "errors": 1}  # fmt: skip
    assert summary == {"id": "d#1", "input_id": "feed-7", "title": "T",
                       "outlet": None, "published": None, "how": "unknown", "story": None,
                       "chars": 10, "mentions": 2, "claims": 1, "events": 0,
                       "errors": 1}  # fmt: skip


def test_store_unresolved_articles_all_in_stored_order_page_by_page(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    import corroborate.store.names

    monkeypatch.setattr(corroborate.store.names, "PAGE_ROWS", 2)
    names = ["d5", "d1", "d4"]  # stored in this order, ids not sorted
    store.add_documents([_doc(n, f"Headline\n\nBody {n}.") for n in names])
    store.add_documents([_doc("d0", "Headline\n\nBody d0.")])
    found = [a.id for a in store.unresolved_articles()]
    assert found == ["d5#1", "d1#1", "d4#1", "d0#1"]
