"""The knowledge base on both backends: migrations, idempotent ingest, round trips,
resume, search, order. Each test runs on a SQLite file and on a PostgreSQL schema
(the latter skipped only when $CORROBORATE_TEST_PG is unset)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.errors import ConfigError, StoreError
from corroborate.records import (
    Article,
    Claim,
    DateRef,
    Designation,
    Document,
    Entity,
    Mention,
    Place,
    PubDate,
    Span,
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
    published: str = "2024-10-04",
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
    (hit,) = store.search("tirana")
    assert hit["id"] == "d1#1" and "[Tirana]" in hit["snippet"]
    assert store.search("tirana AND body")[0]["id"] == "d1#1"
    assert store.search("tirana NOT body") == []
    assert store.article_ids_matching("headline") == ["d1#1"]


def test_store_sqlite_bad_query_is_a_store_error(tmp_path: Path):
    # PostgreSQL reads queries in web-search syntax, which accepts any text
    with (
        Store(tmp_path / "kb.db") as store,
        pytest.raises(StoreError, match="bad search query"),
    ):
        store.search('"unbalanced')


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
    assert store.latest_article_ids(2) == ["d7#1", "d1#1"]


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
