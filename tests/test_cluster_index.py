"""Stories through the store's candidate index: adding articles in batches reads
only what they touch, yet gives the stories and change log of one in-memory run
over the same arrivals; a store from before the index gets it built once."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from test_cluster import OVERDOSES, SNOW

from corroborate.cluster import cluster_articles, story_id_for
from corroborate.corpus import cluster_corpus
from corroborate.evaluate.stories import load_pac
from corroborate.records import Article, Document, PubDate
from corroborate.store import Store
from corroborate.store.names import NAME_TABLES
from corroborate.store.story_index import StoryIndexTables

# Two events on one day, a second outlet, a wire copy, and an article about both
# that merges their stories; the last one joins the merged story from the store.
FLOOD = (
    "Heavy rain flooded dozens of villages around Shkoder on Monday, and the "
    "Albanian government said 1,200 people had been moved to shelters. Prime "
    "Minister Edi Rama visited the flooded district of Vau i Dejes and said the "
    "army would deliver food and clean water along the Drin river."
)
FLOOD_OTHER = (
    "Albanian authorities evacuated about 900 people from villages near "
    "Shkoder after the Drin river burst its banks on Monday. Edi Rama said "
    "soldiers were bringing food and water to Vau i Dejes, the district worst hit."
)
STRIKE = (
    "Dockworkers at the Port of Rotterdam walked out on Monday in a dispute "
    "over pay, halting container traffic at Europe's largest port. The FNV union "
    "said 3,000 workers had joined the strike, and 40 ships were waiting."
)
ARRIVALS = [
    ("x1", FLOOD, "2024-03-04"),
    ("x2", STRIKE, "2024-03-04"),
    ("x3", FLOOD_OTHER, "2024-03-04"),
    ("x4", FLOOD + " Updated at noon.", "2024-03-04"),
    ("x5", FLOOD + " " + STRIKE, "2024-03-04"),
    ("x6", FLOOD_OTHER + " Rescue work went on overnight.", "2024-03-05"),
]
INDEX_TABLES = (
    "story_index",
    "story_features",
    "story_postings",
    "story_members",
    "story_buckets",
)


def _article(article_id: str, text: str, day: str) -> Article:
    published = PubDate(day, "day", "metadata", 1.0)
    return Article(id=article_id, document_id="", text=text, published=published)


def _arrivals(pac: Sequence[Article] = ()) -> list[Article]:
    """Fresh articles in clustering order (date, id), as a corpus run adds them."""
    articles = [copy.deepcopy(a) for a in pac]
    articles += [_article(*row) for row in ARRIVALS]
    return sorted(articles, key=lambda a: (a.published.value or "", a.id))


def _in_memory(articles: list[Article]) -> dict[str, Any]:
    stories, changes = cluster_articles(copy.deepcopy(articles))
    return {
        "stories": sorted(
            (s.id, s.article_ids, s.title, s.duplicates) for s in stories
        ),
        "changes": [c.to_dict() for c in changes],
    }


def _ingest(store: Store, articles: list[Article]) -> None:
    docs = []
    for article in copy.deepcopy(articles):
        article.document_id = f"doc-{article.id}"
        docs.append(
            Document(
                id=article.document_id,
                text=article.text,
                source_path=article.id,
                content_type="text/plain",
                articles=[article],
            )
        )
    store.add_documents(docs)


def _stored(store: Store) -> dict[str, Any]:
    stories = store.stories()
    story_of = {a: s.id for s in stories for a in s.article_ids}
    assert {a.id: a.story_id for a in store.articles()} == story_of
    return {
        "stories": sorted(
            (s.id, s.article_ids, s.title, s.duplicates) for s in stories
        ),
        "changes": [
            {k: v for k, v in c.items() if k != "created_at"}
            for c in store.story_changes()
        ],
    }


def _in_batches(url: str, articles: list[Article], sizes: list[int]) -> dict[str, Any]:
    with Store(url) as store:
        start = 0
        for size in sizes:
            _ingest(store, articles[start : start + size])
            stories, changed = cluster_corpus(store)
            assert changed == {s.id for s in stories}
            start += size
        assert start == len(articles)
        return _stored(store)


def _index_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the index tables, in order, without the members' cached norms."""
    columns = {"story_members": "article_id, story_id, published, logtf"}
    return {
        table: [
            tuple(row)
            for row in store.execute(
                f"SELECT {columns.get(table, '*')} FROM {table} ORDER BY 1, 2"
            ).fetchall()
        ]
        for table in INDEX_TABLES
    }


@pytest.mark.parametrize("sizes", [[1] * 6, [2, 1, 3], [6]])
def test_cluster_index_batches_equal_memory(kb_url: str, sizes: list[int]) -> None:
    articles = _arrivals()
    expected = _in_memory(articles)
    assert [c["action"] for c in expected["changes"]][-2:] == ["merged", "joined"]
    assert _in_batches(kb_url, articles, sizes) == expected


def test_cluster_index_reads_members_outlets(kb_url: str) -> None:
    """One outlet's two articles of one day, clustered in two runs, stay two
    stories as in memory: the stored member's outlet is read back."""
    articles = [
        _article("k1", SNOW, "2024-03-04"),
        _article("k2", OVERDOSES, "2024-03-04"),
    ]
    for article in articles:
        article.outlet = "Kesterby Herald"
    expected = _in_memory(articles)
    assert [c["action"] for c in expected["changes"]] == ["created", "created"]
    assert _in_batches(kb_url, articles, [1, 1]) == expected


@pytest.mark.bench
@pytest.mark.parametrize("sizes", [[25, 1, 20, 20], [30] + [1] * 36])
def test_cluster_index_pac_batches_equal_memory(
    bench_dir: Path, tmp_path: Path, sizes: list[int]
) -> None:
    """Real news: stories, members, duplicates and the change log are the same,
    its scores included; one article at a time, a member norm refreshed in an
    earlier batch is still fresh, and recomputing it anyway moves the scores."""
    pac = [a for a, _, _ in load_pac(bench_dir / "stories" / "pac")[:60]]
    articles = _arrivals(pac)
    expected = _in_memory(articles)
    assert any(c["duplicate_of"] for c in expected["changes"])
    assert _in_batches(str(tmp_path / "kb.db"), articles, sizes) == expected


def test_cluster_index_held_articles_follow_their_story(store: Store) -> None:
    articles = _arrivals()
    _ingest(store, articles[:3])
    cluster_corpus(store)
    _ingest(store, articles[3:])
    assert [a.id for a in StoryIndexTables(store).pending_articles()] == [
        "x4",
        "x5",
        "x6",
    ]
    held = list(store.articles())
    stories, changed = cluster_corpus(store, held)
    assert changed == {story_id_for("x2")}  # the flood story merged into it
    assert [a.story_id for a in held] == [story_id_for("x2")] * len(articles)
    assert [a.story_id for a in store.articles()] == [a.story_id for a in held]
    assert not list(StoryIndexTables(store).pending_articles())


def test_cluster_index_built_for_older_store(kb_url: str) -> None:
    articles = _arrivals()
    with Store(kb_url) as store:
        _ingest(store, articles[:4])
        cluster_corpus(store)
        expected = _index_rows(store)
        with store.transaction():  # back to schema 3: migrations 4 to 13 undone
            for table in (*INDEX_TABLES, *NAME_TABLES):
                store.execute(f"DROP TABLE {table}")
            for index in ("aliases_key", "discrepancies_story", "articles_story",
                          "stories_size", "entities_name", "entities_kind",
                          "dates_article", "articles_newest",
                          "mentions_entity_article"):  # fmt: skip
                store.execute(f"DROP INDEX {index}")
            store.execute("CREATE INDEX mentions_entity ON mentions(entity_id)")
            if store.dialect == "postgres":  # the kept counts, triggers and all
                store.execute("DROP TABLE row_counts")
                store.execute("DROP FUNCTION count_rows CASCADE")
            store.execute("ALTER TABLE aliases DROP COLUMN key")
            store.execute("ALTER TABLE stories DROP COLUMN article_count")
            store.execute("ALTER TABLE articles DROP COLUMN summary")
            store.set_version(3)
    with Store(kb_url) as store:  # migrates: clustered articles, so no index yet
        index = StoryIndexTables(store)
        assert index.doc_count() is None
        assert cluster_corpus(store) == ([], set())  # builds it, adds nothing
        assert _index_rows(store) == expected
        _ingest(store, articles[4:])
        cluster_corpus(store)
        assert _stored(store) == _in_memory(articles)
        assert index.doc_count() == len(articles)
