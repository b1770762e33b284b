"""The story clusterer's persisted candidate index (schema version 4).

Adding an article to the stories needs only: the document frequencies of its
own features, the corpus size, the stories found through its rarer features
(a feature -> story postings list), those stories' members (log-scaled term
frequencies, cached TF-IDF norm and the corpus size it was computed at,
publication day) and the near-duplicate buckets its MinHash falls in. These
tables hold exactly that, so a corpus run reads what the new articles touch
and never the whole corpus:

- ``story_index``: named counters; ``docs`` is the number of indexed articles,
  and its absence means the index has not been built yet (a store from before
  version 4 whose articles were already clustered);
- ``story_features``: feature -> number of indexed articles that have it;
- ``story_postings``: (feature, story) for every feature of every member;
- ``story_members``: one row per indexed article: its story, publication day,
  log-tf profile (JSON), norm and ``norm_docs``;
- ``story_buckets``: (MinHash band key, article) for near-duplicate lookup.

Reads take ``IN`` lists of at most ``PAGE_ROWS`` keys; writes are bulk.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from ..records import Article, Story
from .base import PAGE_ROWS, Store


class IndexedMember(NamedTuple):
    """One indexed article as the clusterer scores it."""

    article_id: str
    story_id: str
    published: str | None  # YYYY-MM-DD
    outlet: str | None  # the article's, read from ``articles``
    logtf: dict[str, float]  # feature -> 1 + log(weight), in profile order
    norm: float  # cached TF-IDF norm; 0.0 with norm_docs 0: never computed
    norm_docs: int  # corpus size when ``norm`` was computed


class StoryIndexTables:
    """Bulk reads and writes of the story index in one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def doc_count(self) -> int | None:
        """Number of indexed articles, or None when the index was never built."""
        row = self.store.execute(
            "SELECT value FROM story_index WHERE name = 'docs'"
        ).fetchone()
        return None if row is None else int(row["value"])

    def day_count(self, day: str) -> int:
        """Number of indexed articles published on ``day`` (YYYY-MM-DD)."""
        row = self.store.execute(
            "SELECT count(*) AS n FROM story_members WHERE published = ?", (day,)
        ).fetchone()
        return int(row["n"])

    def pending_article_ids(self) -> list[str]:
        """Ids of the articles in no story yet, in clustering order (date, id)."""
        rows = self.store.execute(
            "SELECT id FROM articles WHERE story_id IS NULL"
            " ORDER BY coalesce(published, ''), id"
        )
        return [r["id"] for r in rows]

    def pending_articles(self) -> Iterator[Article]:
        """The articles in no story yet, in clustering order, ``PAGE_ROWS`` at a time."""
        ids = self.pending_article_ids()
        for start in range(0, len(ids), PAGE_ROWS):
            chunk = ids[start : start + PAGE_ROWS]
            by_id = {a.id: a for a in self.store.articles(ids=chunk)}
            yield from (by_id[i] for i in chunk)

    def doc_frequencies(self, features: Collection[str]) -> dict[str, int]:
        """Document frequency of each feature that has one."""
        return {
            r["feature"]: int(r["df"])
            for r in self._select(
                "SELECT feature, df FROM story_features", "feature", features
            )
        }

    def postings(self, features: Collection[str]) -> dict[str, set[str]]:
        """The stories holding each feature (features no story holds are left out)."""
        found: dict[str, set[str]] = {}
        sql = "SELECT feature, story_id FROM story_postings"
        for row in self._select(sql, "feature", features):
            found.setdefault(row["feature"], set()).add(row["story_id"])
        return found

    def stories(self, story_ids: Collection[str]) -> list[Story]:
        """The stored stories with these ids."""
        rows = self._select("SELECT data FROM stories", "id", story_ids)
        return [Story.from_dict(json.loads(r["data"])) for r in rows]

    def members(self, story_ids: Collection[str]) -> list[IndexedMember]:
        """The indexed members of these stories (in no particular order)."""
        sql = (
            "SELECT m.article_id, m.story_id, m.published, a.outlet, m.logtf,"
            " m.norm, m.norm_docs FROM story_members m"
            " LEFT JOIN articles a ON a.id = m.article_id"
        )
        return [
            IndexedMember(
                r["article_id"],
                r["story_id"],
                r["published"],
                r["outlet"],
                json.loads(r["logtf"]),
                float(r["norm"]),
                int(r["norm_docs"]),
            )
            for r in self._select(sql, "m.story_id", story_ids)
        ]

    def bucket_members(self, buckets: Collection[str]) -> list[tuple[str, str, str]]:
        """``(bucket, article id, story id)`` of every article in these buckets."""
        sql = (
            "SELECT b.bucket, b.article_id, m.story_id FROM story_buckets b"
            " JOIN story_members m ON m.article_id = b.article_id"
        )
        return [
            (r["bucket"], r["article_id"], r["story_id"])
            for r in self._select(sql, "b.bucket", buckets)
        ]

    def merge_stories(self, keep: str, drop: str, features: Collection[str]) -> None:
        """Move story ``drop``'s members and postings (its ``features``) to ``keep``."""
        with self.store.transaction():
            self.store.execute(
                "UPDATE story_members SET story_id = ? WHERE story_id = ?", (keep, drop)
            )
            self.store.executemany(
                "INSERT INTO story_postings VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(f, keep) for f in sorted(features)],
            )
            self.store.executemany(
                "DELETE FROM story_postings WHERE feature = ? AND story_id = ?",
                [(f, drop) for f in sorted(features)],
            )

    def save(
        self,
        *,
        docs: int,
        frequencies: Mapping[str, int],
        postings: Collection[tuple[str, str]],
        members: Sequence[IndexedMember],
        norms: Sequence[tuple[str, float, int]],
        buckets: Collection[tuple[str, str]],
        stories: Sequence[Story],
        changes: Sequence[dict[str, Any]],
    ) -> None:
        """Write a batch: the corpus size, new document frequencies, new postings,
        new members, recomputed norms ``(article id, norm, norm_docs)`` of earlier
        members, the new members' buckets ``(bucket, article id)``, and the
        stories the batch changed with its change log (:meth:`Store.save_stories`)."""
        with self.store.transaction():
            self.store.save_stories(stories, changes)
            self.store.execute(
                "INSERT INTO story_index VALUES ('docs', ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (docs,),
            )
            self.store.executemany(
                "INSERT INTO story_features VALUES (?, ?)"
                " ON CONFLICT (feature) DO UPDATE SET df = excluded.df",
                sorted(frequencies.items()),
            )
            self.store.executemany(
                "INSERT INTO story_postings VALUES (?, ?) ON CONFLICT DO NOTHING",
                sorted(postings),
            )
            self.store.executemany(
                "INSERT INTO story_members VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (m.article_id, m.story_id, m.published)
                    + (json.dumps(m.logtf), m.norm, m.norm_docs)
                    for m in members
                ],
            )
            self.store.executemany(
                "UPDATE story_members SET norm = ?, norm_docs = ? WHERE article_id = ?",
                [(norm, docs_at, article_id) for article_id, norm, docs_at in norms],
            )
            self.store.executemany(
                "INSERT INTO story_buckets VALUES (?, ?) ON CONFLICT DO NOTHING",
                sorted(buckets),
            )

    def _select(self, sql: str, column: str, keys: Collection[str]) -> Iterator[Any]:
        """Rows of ``sql`` whose ``column`` is one of ``keys``, ``PAGE_ROWS`` at a time."""
        ordered = sorted(keys)
        for start in range(0, len(ordered), PAGE_ROWS):
            chunk = ordered[start : start + PAGE_ROWS]
            marks = ",".join("?" * len(chunk))
            yield from self.store.execute(f"{sql} WHERE {column} IN ({marks})", chunk)
