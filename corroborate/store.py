"""The knowledge base: a SQLite file (WAL, FTS5), schema versioned by migrations.

Documents are keyed by a hash of their content, so re-ingesting the same
content adds nothing. A batch of documents with their articles and
annotations is written in one transaction: a run killed halfway leaves the
store as it was after the last whole batch, and the next run resumes.
Human decisions and story membership changes are append-only logs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import StoreError
from .records import (
    Article,
    Designation,
    Discrepancy,
    Document,
    Entity,
    Fact,
    Story,
)

DEFAULT_DB = "corroborate.db"

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, articles, full-text search, annotation indexes
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, source_path TEXT NOT NULL, content_type TEXT NOT NULL,
        title TEXT, outlet TEXT, url TEXT, published TEXT, ingested_at TEXT NOT NULL
    );
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        title TEXT, outlet TEXT, published TEXT, text TEXT NOT NULL,
        data TEXT NOT NULL, story_id TEXT
    );
    CREATE INDEX articles_document ON articles(document_id);
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TABLE mentions (
        article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        label TEXT NOT NULL, entity_id TEXT, extractor TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE dates (
        article_id TEXT NOT NULL, start INTEGER, "end" INTEGER, value TEXT,
        type TEXT, precision TEXT
    );
    CREATE INDEX dates_value ON dates(value);
    CREATE TABLE places (
        article_id TEXT NOT NULL, start INTEGER, "end" INTEGER, geonameid INTEGER,
        name TEXT, lat REAL, lon REAL, country TEXT
    );
    CREATE INDEX places_article ON places(article_id);
    """,
    # 2: corpus-level records: entities, aliases, decisions, stories, facts
    """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE aliases (
        entity_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
        article_id TEXT, start INTEGER, "end" INTEGER,
        first_seen TEXT, last_seen TEXT, count INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX aliases_entity ON aliases(entity_id);
    CREATE INDEX aliases_name ON aliases(name);
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, data TEXT NOT NULL);
    CREATE TABLE story_changes (
        id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE facts (
        id TEXT PRIMARY KEY, story_id TEXT, kind TEXT, status TEXT, data TEXT NOT NULL
    );
    CREATE INDEX facts_story ON facts(story_id);
    CREATE TABLE discrepancies (
        id TEXT PRIMARY KEY, story_id TEXT, kind TEXT, data TEXT NOT NULL
    );
    CREATE TABLE designations (
        id INTEGER PRIMARY KEY, authority TEXT, organization TEXT, action TEXT,
        date TEXT, article_id TEXT, data TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A knowledge base in one SQLite file."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open as a corroborate knowledge base ({exc})"
            ) from exc

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------

    @property
    def version(self) -> int:
        """The schema version of the file (``PRAGMA user_version``)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply the migrations the file has not seen, each in a transaction."""
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this "
                f"corroborate ({SCHEMA_VERSION}); upgrade corroborate"
            )
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            self.conn.execute("BEGIN")
            try:
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def transaction(self) -> _Transaction:
        """``with store.transaction():`` -- all or nothing."""
        return _Transaction(self.conn)

    # -- documents and articles ---------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Whether content with this id was ingested already."""
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,))
        return row.fetchone() is not None

    def document_ids(self) -> set[str]:
        """The ids of every stored document."""
        return {r[0] for r in self.conn.execute("SELECT id FROM documents")}

    def add_documents(self, docs: Sequence[Document]) -> int:
        """Write documents with their articles in one transaction; return articles added."""
        added = 0
        with self.transaction():
            for doc in docs:
                if self.has_document(doc.id):
                    continue
                self._insert_document(doc)
                for article in doc.articles:
                    self._insert_article(article)
                    added += 1
        return added

    def _insert_document(self, doc: Document) -> None:
        self.conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                doc.source_path,
                doc.content_type,
                doc.title,
                doc.outlet,
                doc.url,
                doc.published,
                _now(),
            ),
        )

    def _insert_article(self, article: Article) -> None:
        data = article.to_dict()
        data.pop("text")
        self.conn.execute(
            "INSERT INTO articles (id, document_id, title, outlet, published, text, data,"
            " story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.document_id,
                article.title,
                article.outlet,
                article.published.value,
                article.text,
                json.dumps(data),
                article.story_id,
            ),
        )
        self._index_annotations(article)

    def _index_annotations(self, article: Article) -> None:
        for table in ("mentions", "dates", "places"):
            self.conn.execute(
                f"DELETE FROM {table} WHERE article_id = ?", (article.id,)
            )
        self.conn.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article.id, m.start, m.end, m.label, m.entity_id, m.extractor)
                for m in article.mentions
            ],
        )
        self.conn.executemany(
            "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article.id, d.start, d.end, d.value, d.type, d.precision)
                for d in article.dates
            ],
        )
        self.conn.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    p.start,
                    p.end,
                    p.geonameid,
                    p.name,
                    p.lat,
                    p.lon,
                    p.country,
                )
                for p in article.places
            ],
        )

    def update_articles(self, articles: Iterable[Article]) -> None:
        """Rewrite the annotations (and story) of stored articles, in one transaction."""
        with self.transaction():
            for article in articles:
                data = article.to_dict()
                data.pop("text")
                self.conn.execute(
                    "UPDATE articles SET data = ?, story_id = ?, published = ? WHERE id = ?",
                    (
                        json.dumps(data),
                        article.story_id,
                        article.published.value,
                        article.id,
                    ),
                )
                self._index_annotations(article)

    def get_article(self, article_id: str) -> Article | None:
        """Load one article with its annotations, or None."""
        row = self.conn.execute(
            "SELECT id, text, data FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return _article_from_row(row) if row else None

    def articles(
        self, *, ids: Sequence[str] | None = None, limit: int | None = None
    ) -> Iterator[Article]:
        """Iterate over stored articles in ingest order."""
        sql = "SELECT id, text, data FROM articles"
        params: list[Any] = []
        if ids is not None:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            params.extend(ids)
        sql += " ORDER BY rowid"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self.conn.execute(sql, params).fetchall():
            yield _article_from_row(row)

    def count(self, table: str) -> int:
        """Number of rows in one of the store's tables."""
        if table not in _TABLES:
            raise StoreError(f"unknown table {table!r}; known: {', '.join(_TABLES)}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search (FTS5 syntax) over titles and texts, best first."""
        try:
            rows = self.conn.execute(
                "SELECT a.id, a.title, a.published, a.story_id,"
                " snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
        return [dict(r) for r in rows]

    def article_ids_matching(self, query: str) -> list[str]:
        """Ids of all articles matching a full-text query, best first."""
        return [r["id"] for r in self.search(query, limit=1_000_000)]

    # -- corpus records -------------------------------------------------------

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        """Replace the entity and alias tables with a new resolution."""
        with self.transaction():
            self.conn.execute("DELETE FROM entities")
            self.conn.execute("DELETE FROM aliases")
            for entity in entities:
                self.conn.execute(
                    "INSERT INTO entities VALUES (?, ?, ?, ?)",
                    (entity.id, entity.kind, entity.name, json.dumps(entity.to_dict())),
                )
                self.conn.executemany(
                    "INSERT INTO aliases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            a.entity_id,
                            a.name,
                            a.kind,
                            a.article_id,
                            a.start,
                            a.end,
                            a.first_seen,
                            a.last_seen,
                            a.count,
                        )
                        for a in [*entity.aliases, *entity.roles]
                    ],
                )

    def entities(self, *, kind: str | None = None) -> list[Entity]:
        """All entities, optionally of one kind."""
        sql, params = "SELECT data FROM entities", []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        rows = self.conn.execute(sql + " ORDER BY name", params).fetchall()
        return [Entity.from_dict(json.loads(r["data"])) for r in rows]

    def get_entity(self, entity_id: str) -> Entity | None:
        """One entity by id, or None."""
        row = self.conn.execute(
            "SELECT data FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        return Entity.from_dict(json.loads(row["data"])) if row else None

    def add_decision(self, decision: dict[str, Any]) -> int:
        """Record a human decision (merge, split, undo); return its number."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO decisions (created_at, data) VALUES (?, ?)",
                (_now(), json.dumps(decision)),
            )
        return int(cur.lastrowid or 0)

    def decisions(self) -> list[dict[str, Any]]:
        """All human decisions in the order they were made, with their numbers."""
        rows = self.conn.execute(
            "SELECT id, created_at, data FROM decisions ORDER BY id"
        )
        return [
            {"id": r["id"], "created_at": r["created_at"], **json.loads(r["data"])}
            for r in rows.fetchall()
        ]

    def save_stories(
        self, stories: Sequence[Story], changes: Sequence[dict[str, Any]]
    ) -> None:
        """Upsert stories, log membership changes and set articles' story ids."""
        merged = {m for c in changes for m in c.get("merged", ())}
        with self.transaction():
            for story_id in merged:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
                self.conn.execute("DELETE FROM facts WHERE story_id = ?", (story_id,))
                self.conn.execute(
                    "DELETE FROM discrepancies WHERE story_id = ?", (story_id,)
                )
            for story in stories:
                self.conn.execute(
                    "INSERT OR REPLACE INTO stories VALUES (?, ?, ?)",
                    (story.id, story.title, json.dumps(story.to_dict())),
                )
                for article_id in story.article_ids:
                    self._set_story(article_id, story.id)
            self.conn.executemany(
                "INSERT INTO story_changes (created_at, data) VALUES (?, ?)",
                [(_now(), json.dumps(c)) for c in changes],
            )

    def _set_story(self, article_id: str, story_id: str) -> None:
        row = self.conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,))
        found = row.fetchone()
        if found is None:
            return
        data = json.loads(found["data"])
        data["story_id"] = story_id
        self.conn.execute(
            "UPDATE articles SET story_id = ?, data = ? WHERE id = ?",
            (story_id, json.dumps(data), article_id),
        )

    def stories(self) -> list[Story]:
        """All stories, largest first."""
        rows = self.conn.execute("SELECT data FROM stories").fetchall()
        stories = [Story.from_dict(json.loads(r["data"])) for r in rows]
        return sorted(stories, key=lambda s: (-len(s.article_ids), s.id))

    def get_story(self, story_id: str) -> Story | None:
        """One story by id, or None."""
        row = self.conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,))
        found = row.fetchone()
        return Story.from_dict(json.loads(found["data"])) if found else None

    def story_changes(self) -> list[dict[str, Any]]:
        """The membership log: which article joined or started which story."""
        rows = self.conn.execute(
            "SELECT created_at, data FROM story_changes ORDER BY id"
        )
        return [{"created_at": r["created_at"], **json.loads(r["data"])} for r in rows]

    def replace_facts(
        self, story_id: str, facts: Sequence[Fact], discrepancies: Sequence[Discrepancy]
    ) -> None:
        """Replace one story's aligned facts and discrepancies."""
        with self.transaction():
            self.conn.execute("DELETE FROM facts WHERE story_id = ?", (story_id,))
            self.conn.execute(
                "DELETE FROM discrepancies WHERE story_id = ?", (story_id,)
            )
            self._insert_facts(facts, discrepancies)

    def _insert_facts(
        self, facts: Sequence[Fact], discrepancies: Sequence[Discrepancy]
    ) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?, ?)",
            [
                (f.id, f.story_id, f.kind, f.status, json.dumps(f.to_dict()))
                for f in facts
            ],
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO discrepancies VALUES (?, ?, ?, ?)",
            [
                (d.id, d.story_id, d.kind, json.dumps(d.to_dict()))
                for d in discrepancies
            ],
        )

    def facts(self, *, story_id: str | None = None) -> list[Fact]:
        """Aligned facts, optionally of one story."""
        return [Fact.from_dict(d) for d in self._data("facts", story_id)]

    def discrepancies(self, *, story_id: str | None = None) -> list[Discrepancy]:
        """Discrepancies, optionally of one story."""
        return [Discrepancy.from_dict(d) for d in self._data("discrepancies", story_id)]

    def _data(self, table: str, story_id: str | None) -> list[dict[str, Any]]:
        sql, params = f"SELECT data FROM {table}", []
        if story_id is not None:
            sql += " WHERE story_id = ?"
            params.append(story_id)
        return [
            json.loads(r["data"])
            for r in self.conn.execute(sql + " ORDER BY id", params)
        ]

    def replace_designations(self, designations: Sequence[Designation]) -> None:
        """Replace the designation registry with a new build."""
        with self.transaction():
            self.conn.execute("DELETE FROM designations")
            self.conn.executemany(
                "INSERT INTO designations (authority, organization, action, date,"
                " article_id, data) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        d.authority,
                        d.organization,
                        d.action,
                        d.date,
                        d.article_id,
                        json.dumps(d.to_dict()),
                    )
                    for d in designations
                ],
            )

    def designations(self) -> list[Designation]:
        """The designation registry, in date order (undated and relative last)."""
        rows = self.conn.execute(
            "SELECT data FROM designations"
            " ORDER BY coalesce(date GLOB '[0-9]*', 0) DESC, date, id"
        )
        return [Designation.from_dict(json.loads(r["data"])) for r in rows]


_TABLES = (
    "documents",
    "articles",
    "mentions",
    "dates",
    "places",
    "entities",
    "aliases",
    "decisions",
    "stories",
    "story_changes",
    "facts",
    "discrepancies",
    "designations",
)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (nestable)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.outer = False

    def __enter__(self) -> None:
        self.outer = not self.conn.in_transaction
        if self.outer:
            self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self.outer:
            return
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _article_from_row(row: sqlite3.Row) -> Article:
    data = json.loads(row["data"])
    data["text"] = row["text"]
    return Article.from_dict(data)


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, current = [], ""
    for line in script.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements
