"""The embedded knowledge base: one SQLite file (WAL, FTS5), no server.

Readers in other processes never block the writer (WAL); the schema version
is ``PRAGMA user_version``; full-text search is an FTS5 table kept by
triggers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import DEFAULT_DB, Store, backend_of
from .schema import Migration

BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another's transaction before giving up."""
SERIAL = "INTEGER PRIMARY KEY"
"""An id numbered on insert: SQLite's alias of the rowid."""


class SQLiteStore(Store):
    """A knowledge base in one SQLite file."""

    dialect = "sqlite"
    no_limit = -1
    integrity_errors = (sqlite3.IntegrityError,)
    database_errors = (sqlite3.DatabaseError,)

    def __init__(self, url: str | Path = DEFAULT_DB) -> None:
        _, self.path = backend_of(url)
        try:
            # one connection per thread; the web app may close it from another
            self.conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open ({exc})") from exc
        self.open_schema()

    def prepare(self) -> None:
        """Rows by column name, WAL, foreign keys, and wait for a busy writer."""
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @property
    def name(self) -> str:
        """The file's path as given."""
        return self.path

    @property
    def version(self) -> int:
        """The schema version of the file (``PRAGMA user_version``)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def set_version(self, number: int) -> None:
        """Record the schema version (inside the migration's transaction)."""
        self.conn.execute(f"PRAGMA user_version = {int(number)}")

    def migration_statements(self, migration: Migration) -> list[str]:
        """Shared tables, then the FTS5 table and its triggers, trigger bodies whole."""
        script = migration.tables.format(serial=SERIAL, real="REAL") + migration.sqlite
        statements, current = [], ""
        for line in script.strip().splitlines():
            current += line + "\n"
            if sqlite3.complete_statement(current):
                statements.append(current.strip())
                current = ""
        return statements

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def transaction(self) -> _Transaction:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any exception."""
        return _Transaction(self.conn)

    def locked(self, name: str) -> _Transaction:
        """A write transaction: SQLite lets one writer in at a time, whatever the name."""
        return self.transaction()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement with ``?`` parameters."""
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""
        self.conn.executemany(sql, rows)

    def json_document(self, column: str) -> tuple[str, str]:
        """SQLite's JSON functions read the text column as it is."""
        return "", column

    def json_value(self, document: str, *path: str, length: bool = False) -> str:
        """``json_extract`` / ``json_array_length`` of a path (SQLite's JSON1)."""
        where = "$." + ".".join(path)
        if length:
            return f"json_array_length({document}, '{where}')"
        return f"json_extract({document}, '{where}')"

    def snippets(self, query: str, ids: Sequence[str]) -> dict[str, str]:
        """Words around the matches of an FTS5 query in each of these articles."""
        marks = ",".join("?" * len(ids))
        sql = (
            "SELECT a.id, snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND a.id IN ({marks})"
        )
        rows = self._matching(sql, query, tuple(ids))
        return {r["id"]: r["snippet"] for r in rows}

    def article_ids_matching(self, query: str, limit: int | None = None) -> list[str]:
        """Ids of the articles matching a full-text query, best first."""
        return [r["id"] for r in self._match("SELECT a.id", query, limit)]

    def _match(self, select: str, query: str, limit: int | None) -> list[sqlite3.Row]:
        sql = (
            f"{select} FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        return self._matching(sql, query, (-1 if limit is None else limit,))

    def _matching(
        self, sql: str, query: str, params: tuple[Any, ...]
    ) -> list[sqlite3.Row]:
        """Rows of an FTS5 ``MATCH ?`` statement; a query that is no FTS5
        syntax ("Martha's Vineyard", "gun-control", "AND") is read as its
        words, each a string, as PostgreSQL's web-search syntax reads it."""
        try:
            return self.conn.execute(sql, (query, *params)).fetchall()
        except sqlite3.OperationalError as exc:
            words = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
            try:
                return self.conn.execute(sql, (words, *params)).fetchall()
            except sqlite3.OperationalError:
                raise StoreError(f"bad search query {query!r}: {exc}") from exc


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
