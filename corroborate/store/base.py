"""The knowledge base's records and queries, written once for every backend.

``Store(url)`` opens the backend the URL names (:func:`backend_of`): a SQLite
file by default, a PostgreSQL database for a shared server. The SQL here is
the part both understand (``?`` parameters, ``ON CONFLICT`` upserts,
``RETURNING``); each backend adds its connection, transactions, schema
version and full-text search.

Documents are keyed by a hash of their content, so re-ingesting the same
content adds nothing, also when two ingests write the same document at the
same time. A batch of documents with their articles and annotations is
written in one transaction: a run killed halfway leaves the store as it was
after the last whole batch, and the next run resumes. Human decisions and
story membership changes are append-only logs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from ..errors import ConfigError, StoreError
from ..records import (
    Article,
    Designation,
    Discrepancy,
    Document,
    Entity,
    Fact,
    Story,
)
from .lists import ListTables
from .names import NameTables
from .rows import article_from_row
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES, Migration

DEFAULT_DB = "corroborate.db"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"
PAGE_ROWS = 500
"""Articles read per query while streaming, and ids per ``IN (...)`` list."""
SUMMARY_COUNTS = ("mentions", "claims", "events", "errors")
"""The annotations an article's summary counts."""


def article_summary(data: dict[str, Any]) -> str:
    """The small JSON an article's row keeps beside its annotations (``data``,
    without its text): its input id, how its date was found and the counts of
    :data:`SUMMARY_COUNTS`, so lists never parse the annotations."""
    return json.dumps(
        {
            "input_id": data.get("input_id"),
            "how": (data.get("published") or {}).get("how"),
            **{key: len(data.get(key) or ()) for key in SUMMARY_COUNTS},
        }
    )


def backend_of(url: str | Path) -> tuple[str, str]:
    """Which backend a knowledge-base URL names, and what it opens.

    ``postgresql://user@host/db`` (or ``postgres://``) is a PostgreSQL
    database; ``sqlite:///relative.db``, ``sqlite:////absolute.db`` and a
    plain path are SQLite files.

    Returns:
        ``("postgres", url)`` or ``("sqlite", path)``.
    """
    text = str(url)
    if text.startswith(POSTGRES_SCHEMES):
        return "postgres", text
    if text.startswith(SQLITE_SCHEME):
        return "sqlite", text[len(SQLITE_SCHEME) :]
    if "://" in text:
        raise ConfigError(
            f"{text}: unknown knowledge-base URL; give a file path, "
            "sqlite:///PATH or postgresql://USER@HOST/DATABASE"
        )
    return "sqlite", text


def now() -> str:
    """The current UTC time, to the second, as ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store(NameTables, ListTables):
    """A knowledge base: ``Store(url)`` opens the backend the URL names.

    ``Store("news.db")`` is a ``SQLiteStore`` and
    ``Store("postgresql://me@host/news")`` a ``PostgresStore`` (as
    ``pathlib.Path`` gives a ``PosixPath``); both have every method below.
    """

    dialect: ClassVar[str]
    integrity_errors: ClassVar[tuple[type[Exception], ...]] = ()

    def __new__(cls, url: str | Path = DEFAULT_DB) -> Store:
        if cls is Store:
            kind, _ = backend_of(url)
            if kind == "postgres":
                from .postgres import PostgresStore

                cls = PostgresStore
            else:
                from .sqlite import SQLiteStore

                cls = SQLiteStore
        return super().__new__(cls)

    # -- what each backend provides ---------------------------------------------

    @property
    def name(self) -> str:
        """The knowledge base for messages: a file name, or a URL without password."""
        raise NotImplementedError

    @property
    def version(self) -> int:
        """The schema version of the knowledge base."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[Any]:
        """``with store.transaction():`` -- all or nothing (nestable)."""
        raise NotImplementedError

    def locked(self, name: str) -> AbstractContextManager[Any]:
        """A transaction that also keeps out other processes asking for lock ``name``."""
        raise NotImplementedError

    def corpus_lock(self) -> AbstractContextManager[Any]:
        """The corpus stages' transaction: one run at a time over the whole store."""
        return self.locked("corpus")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement with ``?`` parameters; rows are read by column name."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""
        raise NotImplementedError

    def snippets(self, query: str, ids: Sequence[str]) -> dict[str, str]:
        """For each of these articles that a full-text query matches, a dozen
        words of its text around the matches, marked in brackets.

        Raises:
            StoreError: the query is not valid in the backend's syntax.
        """
        raise NotImplementedError

    def article_ids_matching(self, query: str, limit: int | None = None) -> list[str]:
        """Ids of the articles matching a full-text query, best first: all, or
        the best ``limit`` (ranked in the database, the rest never read)."""
        raise NotImplementedError

    def json_document(self, column: str) -> tuple[str, str]:
        """How a query reads a JSON text column: a clause to add after its FROM
        table and the name :meth:`json_value` is then given."""
        raise NotImplementedError

    def json_value(self, document: str, *path: str, length: bool = False) -> str:
        """SQL for a value inside a JSON document (as text), or with ``length``
        the length of the array there."""
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    database_errors: ClassVar[tuple[type[Exception], ...]] = ()

    def prepare(self) -> None:
        """Set up a new connection before the schema is checked (SQLite's pragmas)."""

    def open_schema(self) -> None:
        """Prepare the new connection and migrate; on any failure close it.

        Raises:
            StoreError: the database answers with an error (not a knowledge
                base, a schema newer than this corroborate ...).
        """
        try:
            self.prepare()
            self.migrate()
        except BaseException as exc:
            self.close()
            if isinstance(exc, self.database_errors):
                raise StoreError(
                    f"{self.name}: cannot open as a corroborate knowledge base ({exc})"
                ) from exc
            raise

    def migrate(self) -> None:
        """Apply the migrations the knowledge base has not seen, each in a transaction.

        Two processes opening a new knowledge base at once migrate it once:
        each step re-reads the version under the ``schema`` lock.
        """
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.name}: schema version {current} is newer than this "
                f"corroborate ({SCHEMA_VERSION}); upgrade corroborate"
            )
        for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.locked("schema"):
                if self.version >= number:  # another process migrated meanwhile
                    continue
                for statement in self.migration_statements(migration):
                    self.execute(statement)
                self.set_version(number)

    def migration_statements(self, migration: Migration) -> list[str]:
        """The statements of one migration in this backend's dialect."""
        raise NotImplementedError

    def set_version(self, number: int) -> None:
        """Record the schema version (inside the migration's transaction)."""
        raise NotImplementedError

    # -- documents and articles ---------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Whether content with this id was ingested already."""
        row = self.execute("SELECT 1 AS found FROM documents WHERE id = ?", (doc_id,))
        return row.fetchone() is not None

    def document_ids(self) -> set[str]:
        """The ids of every stored document."""
        return {r["id"] for r in self.execute("SELECT id FROM documents")}

    def add_documents(self, docs: Sequence[Document]) -> int:
        """Write documents with their articles in one transaction; return articles added.

        A document already stored, also one another process is writing at
        the same moment, is skipped with its articles. Documents are claimed
        in id order, so two writers whose batches overlap queue on the first
        shared id instead of deadlocking; articles then go in in input order.

        Raises:
            StoreError: the batch breaks a constraint (two articles with one
                id); nothing of it is written.
        """
        added = 0
        try:
            with self.transaction():
                new = {d.id for d in sorted(docs, key=lambda d: d.id)
                       if self._insert_document(d)}  # fmt: skip
                for doc in docs:
                    if doc.id not in new:
                        continue
                    new.discard(doc.id)  # the same document twice: once
                    for article in doc.articles:
                        self._insert_article(article)
                        added += 1
        except self.integrity_errors as exc:
            raise StoreError(f"{self.name}: batch not written: {exc}") from exc
        return added

    def _insert_document(self, doc: Document) -> bool:
        """Insert one document unless its id is stored; return whether it was new."""
        cur = self.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING RETURNING id",
            (
                doc.id,
                doc.source_path,
                doc.content_type,
                doc.title,
                doc.outlet,
                doc.url,
                doc.published,
                now(),
            ),
        )
        return cur.fetchone() is not None

    def _insert_article(self, article: Article) -> None:
        data = article.to_dict()
        data.pop("text")
        self.execute(
            "INSERT INTO articles (id, document_id, title, outlet, published, text, data,"
            " story_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.document_id,
                article.title,
                article.outlet,
                article.published.value,
                article.text,
                json.dumps(data),
                article.story_id,
                article_summary(data),
            ),
        )
        self._index_annotations(article)

    def _index_annotations(self, article: Article) -> None:
        for table in ("mentions", "dates", "places"):
            self.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
        self.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article.id, m.start, m.end, m.label, m.entity_id, m.extractor)
                for m in article.mentions
            ],
        )
        self.executemany(
            "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article.id, d.start, d.end, d.value, d.type, d.precision)
                for d in article.dates
            ],
        )
        self.executemany(
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
                self.execute(
                    "UPDATE articles SET data = ?, story_id = ?, published = ?,"
                    " summary = ? WHERE id = ?",
                    (
                        json.dumps(data),
                        article.story_id,
                        article.published.value,
                        article_summary(data),
                        article.id,
                    ),
                )
                self._index_annotations(article)

    def get_article(self, article_id: str) -> Article | None:
        """Load one article with its annotations, or None."""
        row = self.execute(
            "SELECT id, text, data FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return article_from_row(row) if row else None

    def articles(
        self, *, ids: Sequence[str] | None = None, limit: int | None = None
    ) -> Iterator[Article]:
        """Iterate over stored articles in ingest order, a page at a time."""
        if ids is not None:
            yield from self._articles_by_id(ids, limit)
            return
        after, left = 0, limit
        while left is None or left > 0:
            page = PAGE_ROWS if left is None else min(PAGE_ROWS, left)
            rows = self.execute(
                "SELECT rowid, id, text, data FROM articles WHERE rowid > ?"
                " ORDER BY rowid LIMIT ?",
                (after, page),
            ).fetchall()
            for row in rows:
                yield article_from_row(row)
            if len(rows) < page:
                return
            after = rows[-1]["rowid"]
            left = None if left is None else left - len(rows)

    def _articles_by_id(
        self, ids: Sequence[str], limit: int | None
    ) -> Iterator[Article]:
        rows = []
        for start in range(0, len(ids), PAGE_ROWS):
            chunk = list(ids[start : start + PAGE_ROWS])
            rows += self.execute(
                "SELECT rowid, id, text, data FROM articles"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        rows.sort(key=lambda r: r["rowid"])
        for row in rows[:limit]:
            yield article_from_row(row)

    def article_summaries(
        self, ids: Sequence[str] | None = None, *, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """One line per article, in ingest order: id, input id, headline, outlet,
        date and how it was found, story, length and counts of mentions, claims, events
        and failed extractors; all of them, or those of ``ids``, up to ``limit``.

        Read from the columns and each row's small summary (:func:`article_summary`):
        listing thousands of articles never reads their annotations.
        """
        select = (
            "SELECT rowid, id, title, outlet, published, story_id,"
            " length(text) AS chars,"
            " summary FROM articles"
        )
        if ids is None:
            sql, params = select + " ORDER BY rowid", []
            if limit is not None:
                sql, params = sql + " LIMIT ?", [limit]
            rows = self.execute(sql, params).fetchall()
        else:
            rows = []
            for start in range(0, len(ids), PAGE_ROWS):
                chunk = list(ids[start : start + PAGE_ROWS])
                marks = ",".join("?" * len(chunk))
                rows += self.execute(
                    f"{select} WHERE id IN ({marks})", chunk
                ).fetchall()
            rows = sorted(rows, key=lambda r: r["rowid"])[:limit]
        summaries = []
        for r in rows:
            summary = json.loads(r["summary"])
            summaries.append(
                {
                    "id": r["id"],
                    "input_id": summary["input_id"],
                    "title": r["title"],
                    "outlet": r["outlet"],
                    "published": r["published"],
                    "how": summary["how"],
                    "story": r["story_id"],
                    "chars": r["chars"],
                    **{key: summary[key] for key in SUMMARY_COUNTS},
                }
            )
        return summaries

    def article_ids(self) -> list[str]:
        """Every article id, in ingest order."""
        return [r["id"] for r in self.execute("SELECT id FROM articles ORDER BY rowid")]

    def latest_article_ids(self, count: int) -> list[str]:
        """The ids of the last ``count`` articles published, newest first (of one
        day, the last ingested first; those of no known date last)."""
        sql = (
            "SELECT id FROM articles"
            " ORDER BY published IS NULL, published DESC, rowid DESC LIMIT ?"
        )
        return [r["id"] for r in self.execute(sql, (count,))]

    def article_ids_dated(self, low: str, high: str) -> set[str]:
        """Articles mentioning, or published on, a dated value in ``[low, high]``.

        Values compare as text, so ``high`` may end in ``\\uffff`` to include
        every value it prefixes; a value must start with a four-digit year.
        """
        rows = self.execute(
            "SELECT article_id AS id, value FROM dates WHERE value >= ? AND value <= ?"
            " UNION SELECT id, published AS value FROM articles"
            " WHERE published >= ? AND published <= ?",
            (low, high, low, high),
        )
        return {r["id"] for r in rows if r["value"][:4].isdigit()}

    def place_points(self) -> list[tuple[str, float, float]]:
        """``(article_id, lat, lon)`` of every located place mentioned."""
        rows = self.execute(
            "SELECT article_id, lat, lon FROM places WHERE lat IS NOT NULL"
            " AND lon IS NOT NULL"
        )
        return [(r["article_id"], r["lat"], r["lon"]) for r in rows]

    def count(self, table: str) -> int:
        """Number of rows in one of the store's tables."""
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}; known: {', '.join(TABLES)}")
        return int(self.execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"])

    # -- corpus records -------------------------------------------------------

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        """Replace the entity and alias tables with a new resolution."""
        with self.transaction():
            self.execute("DELETE FROM entities")
            self.execute("DELETE FROM aliases")
            self.insert_entities(entities)

    def entities(self, *, kind: str | None = None) -> list[Entity]:
        """All entities, optionally of one kind, by name."""
        sql, params = "SELECT data FROM entities", []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        rows = self.execute(sql + " ORDER BY name, id", params).fetchall()
        return [Entity.from_dict(json.loads(r["data"])) for r in rows]

    def get_entity(self, entity_id: str) -> Entity | None:
        """One entity by id, or None."""
        row = self.execute(
            "SELECT data FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        return Entity.from_dict(json.loads(row["data"])) if row else None

    def add_decision(self, decision: Mapping[str, Any]) -> int:
        """Record a human decision (merge, split, undo); return its number."""
        with self.transaction():
            row = self.execute(
                "INSERT INTO decisions (created_at, data) VALUES (?, ?) RETURNING id",
                (now(), json.dumps(decision)),
            ).fetchone()
        return int(row["id"])

    def decisions(self) -> list[dict[str, Any]]:
        """All human decisions in the order they were made, with their numbers."""
        rows = self.execute("SELECT id, created_at, data FROM decisions ORDER BY id")
        return [
            {"id": r["id"], "created_at": r["created_at"], **json.loads(r["data"])}
            for r in rows.fetchall()
        ]

    def add_fact_decision(self, decision: Mapping[str, Any]) -> int:
        """Log a user's decision on a fact or discrepancy (confirm, reject, undo);
        return its number. The log is append-only."""
        with self.transaction():
            row = self.execute(
                "INSERT INTO fact_decisions (created_at, data) VALUES (?, ?)"
                " RETURNING id",
                (now(), json.dumps(decision)),
            ).fetchone()
        return int(row["id"])

    def fact_decisions(self) -> list[dict[str, Any]]:
        """Every decision on facts and discrepancies, in order, with its number."""
        rows = self.execute(
            "SELECT id, created_at, data FROM fact_decisions ORDER BY id"
        )
        return [
            {"id": r["id"], "created_at": r["created_at"], **json.loads(r["data"])}
            for r in rows.fetchall()
        ]

    def save_stories(
        self, stories: Sequence[Story], changes: Sequence[dict[str, Any]]
    ) -> None:
        """Upsert stories, log membership changes and set the story of each
        member whose stored story differs (not of every member)."""
        merged = {m for c in changes for m in c.get("merged", ())}
        with self.transaction():
            for story_id in sorted(merged):
                for table in ("stories", "facts", "discrepancies"):
                    column = "id" if table == "stories" else "story_id"
                    self.execute(f"DELETE FROM {table} WHERE {column} = ?", (story_id,))
            self.executemany(
                "INSERT INTO stories (id, title, data, article_count) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                " data = excluded.data, article_count = excluded.article_count",
                [
                    (s.id, s.title, json.dumps(s.to_dict()), len(s.article_ids))
                    for s in stories
                ],
            )
            self._set_stories({a: s.id for s in stories for a in s.article_ids})
            self.executemany(
                "INSERT INTO story_changes (created_at, data) VALUES (?, ?)",
                [(now(), json.dumps(c)) for c in changes],
            )

    def _set_stories(self, story_of: Mapping[str, str]) -> None:
        ids = sorted(story_of)
        for start in range(0, len(ids), PAGE_ROWS):
            chunk = ids[start : start + PAGE_ROWS]
            rows = self.execute(
                "SELECT id, story_id FROM articles"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
            for row in rows:
                if row["story_id"] != story_of[row["id"]]:
                    self._set_story(row["id"], story_of[row["id"]])

    def _set_story(self, article_id: str, story_id: str) -> None:
        row = self.execute("SELECT data FROM articles WHERE id = ?", (article_id,))
        data = json.loads(row.fetchone()["data"])
        data["story_id"] = story_id
        self.execute(
            "UPDATE articles SET story_id = ?, data = ? WHERE id = ?",
            (story_id, json.dumps(data), article_id),
        )

    def stories(self) -> list[Story]:
        """All stories, largest first."""
        rows = self.execute("SELECT data FROM stories").fetchall()
        stories = [Story.from_dict(json.loads(r["data"])) for r in rows]
        return sorted(stories, key=lambda s: (-len(s.article_ids), s.id))

    def get_story(self, story_id: str) -> Story | None:
        """One story by id, or None."""
        row = self.execute("SELECT data FROM stories WHERE id = ?", (story_id,))
        found = row.fetchone()
        return Story.from_dict(json.loads(found["data"])) if found else None

    def story_changes(self) -> list[dict[str, Any]]:
        """The membership log: which article joined or started which story."""
        rows = self.execute("SELECT created_at, data FROM story_changes ORDER BY id")
        return [{"created_at": r["created_at"], **json.loads(r["data"])} for r in rows]

    def replace_facts(
        self, story_id: str, facts: Sequence[Fact], discrepancies: Sequence[Discrepancy]
    ) -> None:
        """Replace one story's aligned facts and discrepancies."""
        with self.transaction():
            self.execute("DELETE FROM facts WHERE story_id = ?", (story_id,))
            self.execute("DELETE FROM discrepancies WHERE story_id = ?", (story_id,))
            self.executemany(
                "INSERT INTO facts VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                " SET story_id = excluded.story_id, kind = excluded.kind,"
                " status = excluded.status, data = excluded.data",
                [
                    (f.id, f.story_id, f.kind, f.status, json.dumps(f.to_dict()))
                    for f in facts
                ],
            )
            self.executemany(
                "INSERT INTO discrepancies VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                " SET story_id = excluded.story_id, kind = excluded.kind,"
                " data = excluded.data",
                [
                    (d.id, d.story_id, d.kind, json.dumps(d.to_dict()))
                    for d in discrepancies
                ],
            )

    def facts(self, *, story_id: str | None = None) -> list[Fact]:
        """Aligned facts, optionally of one story."""
        return [Fact.from_dict(d) for d in self._data("facts", story_id)]

    def facts_of_status(self, status: str, *, limit: int) -> tuple[int, list[Fact]]:
        """How many facts have a status, and the first ``limit`` of them (by id)."""
        total = self.execute(
            "SELECT count(*) AS n FROM facts WHERE status = ?", (status,)
        ).fetchone()["n"]
        rows = self.execute(
            "SELECT data FROM facts WHERE status = ? ORDER BY id LIMIT ?",
            (status, limit),
        )
        return int(total), [Fact.from_dict(json.loads(r["data"])) for r in rows]

    def discrepancies(self, *, story_id: str | None = None) -> list[Discrepancy]:
        """Discrepancies, optionally of one story."""
        return [Discrepancy.from_dict(d) for d in self._data("discrepancies", story_id)]

    def get_fact(self, fact_id: str) -> Fact | None:
        """One fact by id, or None."""
        row = self.execute("SELECT data FROM facts WHERE id = ?", (fact_id,))
        found = row.fetchone()
        return Fact.from_dict(json.loads(found["data"])) if found else None

    def get_discrepancy(self, discrepancy_id: str) -> Discrepancy | None:
        """One discrepancy by id, or None."""
        row = self.execute(
            "SELECT data FROM discrepancies WHERE id = ?", (discrepancy_id,)
        )
        found = row.fetchone()
        return Discrepancy.from_dict(json.loads(found["data"])) if found else None

    def _data(self, table: str, story_id: str | None) -> list[dict[str, Any]]:
        sql, params = f"SELECT data FROM {table}", []
        if story_id is not None:
            sql += " WHERE story_id = ?"
            params.append(story_id)
        return [
            json.loads(r["data"]) for r in self.execute(sql + " ORDER BY id", params)
        ]

    def replace_designations(self, designations: Sequence[Designation]) -> None:
        """Replace the designation registry with a new build."""
        with self.transaction():
            self.execute("DELETE FROM designations")
            self.executemany(
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
        rows = self.execute("SELECT id, date, data FROM designations").fetchall()

        def order(row: Any) -> tuple[bool, str, int]:
            date = row["date"] or ""
            return (not date[:1].isdigit(), date, row["id"])

        return [
            Designation.from_dict(json.loads(r["data"]))
            for r in sorted(rows, key=order)
        ]
