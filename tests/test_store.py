"""The SQLite knowledge base: migrations, idempotent ingest, round trips, resume."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from corroborate.errors import StoreError
from corroborate.records import (
    Article,
    Claim,
    DateRef,
    Document,
    Mention,
    Place,
    PubDate,
    Span,
    Zone,
)
from corroborate.store import SCHEMA_VERSION, Store


def _doc(doc_id: str = "d1", text: str = "Headline\n\nBody about Tirana.") -> Document:
    article = Article(
        id=f"{doc_id}#1",
        document_id=doc_id,
        text=text,
        title="Headline",
        published=PubDate("2024-10-04", "day", "metadata", 1.0),
        zones=[Zone(0, 8, "headline"), Zone(10, len(text), "body")],
        mentions=[Mention(21, 27, "GPE", "entities.spacy.v1")],
        dates=[DateRef(0, 4, "2024-10-04", "dates.rules.v1")],
        places=[
            Place(21, 27, "places.geonames.v1", 3183875, "Tirana", 41.3, 19.8, "AL")
        ],
        claims=[Claim(Span(0, 1), Span(2, 3), "claims.rules.v1", source=None)],
    )
    return Document(doc_id, text, "x.txt", "text/plain", articles=[article])


def test_store_migrates_new_file(store: Store):
    assert store.version == SCHEMA_VERSION


def test_store_round_trip(store: Store):
    doc = _doc()
    assert store.add_documents([doc]) == 1
    assert store.get_article("d1#1") == doc.articles[0]


def test_store_same_document_twice_adds_nothing(store: Store):
    store.add_documents([_doc()])
    assert store.add_documents([_doc()]) == 0
    assert store.count("articles") == 1 and store.count("mentions") == 1


def test_store_search_fts(store: Store):
    store.add_documents([_doc()])
    (hit,) = store.search("tirana")
    assert hit["id"] == "d1#1" and "[Tirana]" in hit["snippet"]


def test_store_bad_query_is_a_store_error(store: Store):
    with pytest.raises(StoreError, match="bad search query"):
        store.search('"unbalanced')


def test_store_failed_batch_leaves_store_unchanged(store: Store):
    store.add_documents([_doc("d1")])
    broken = _doc("d2")
    broken.articles.append(broken.articles[0])  # duplicate article id: the batch fails
    with pytest.raises(sqlite3.IntegrityError):
        store.add_documents([_doc("d3"), broken])
    assert store.count("documents") == 1 and store.count("articles") == 1
    assert store.add_documents([_doc("d3")]) == 1  # the next run resumes


def test_store_refuses_newer_schema(tmp_path: Path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this corroborate"):
        Store(path)


def test_store_refuses_non_database(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)


def test_store_decisions_are_append_only(store: Store):
    first = store.add_decision({"action": "merge", "a": "e1", "b": "e2"})
    second = store.add_decision({"action": "undo", "decision": first})
    assert [d["id"] for d in store.decisions()] == [first, second]
