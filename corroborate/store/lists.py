"""The list pages' queries: one page of stories or entities in a fixed order,
their counts computed by the database for that page only (issue 12).

Each query picks its page first (``ORDER BY ... LIMIT ? OFFSET ?`` over an
index, ties broken on the id, so paging through gives every row once) and
only then joins the counts of those rows, so a page costs the same on a
store of a thousand articles or of a hundred thousand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from ..records import WHO_KINDS

FACT_STATUSES = {
    "corroborated": "corroborated",
    "single_source": "single-source",
    "disputed": "disputed",
    "conflicting": "conflicting",
}
"""The fact counts of a story's row: key, and the status it counts."""
AS_THE_BRIEF_SHOWS = frozenset({"corroborated", "single_source"})
"""Counts of facts the brief shows as they are counted there: no background
fact, and no corroborated fact of who someone is (shown apart from what
happened); a dispute is counted about earlier events too, as shown."""


class ListTables:
    """Store methods of the story and entity lists (mixed into ``Store``)."""

    no_limit: ClassVar[int | None]
    """What ``LIMIT ?`` is given for "every row" (SQLite -1, PostgreSQL NULL)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def json_document(self, column: str) -> tuple[str, str]:
        raise NotImplementedError

    def json_value(self, document: str, *path: str, length: bool = False) -> str:
        raise NotImplementedError

    def story_counts(
        self, *, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Stories, largest first (ties by id), with their size, headline (their
        title, else their first article's) and counts of facts by status and
        of discrepancies a user did not reject; ``limit`` rows from ``offset``."""
        join, doc = self.json_document("data")
        background = f"COALESCE(CAST({self.json_value(doc, 'background')} AS TEXT), '')"
        who = ",".join(f"'{kind}'" for kind in sorted(WHO_KINDS))

        def counted(key: str, status: str) -> str:
            if key not in AS_THE_BRIEF_SHOWS:
                return f"status = '{status}'"
            shown = f"status = '{status}' AND {background} NOT IN ('1', 'true')"
            if status == "corroborated":
                shown += f" AND COALESCE(kind, '') NOT IN ({who})"
            return shown

        statuses = ",".join(
            f" SUM(CASE WHEN {counted(key, status)} THEN 1 ELSE 0 END) AS {key}"
            for key, status in FACT_STATUSES.items()
        )
        rows = self.execute(
            "WITH page AS (SELECT id, title, article_count FROM stories"
            " ORDER BY article_count DESC, id LIMIT ? OFFSET ?)"
            " SELECT p.id, p.article_count, COALESCE(NULLIF(p.title, ''),"
            " (SELECT a.title FROM articles a WHERE a.story_id = p.id"
            " ORDER BY a.rowid LIMIT 1)) AS headline,"
            + ",".join(f" COALESCE(f.{key}, 0) AS {key}" for key in FACT_STATUSES)
            + ", COALESCE(d.n, 0) AS discrepancies FROM page p"
            f" LEFT JOIN (SELECT story_id,{statuses} FROM facts{join}"
            " WHERE story_id IN (SELECT id FROM page) GROUP BY story_id) f"
            " ON f.story_id = p.id"
            f" LEFT JOIN (SELECT story_id, COUNT(*) AS n FROM discrepancies{join}"
            " WHERE story_id IN (SELECT id FROM page)"
            f" AND COALESCE({self.json_value(doc, 'decision')}, '') != 'reject'"
            " GROUP BY story_id) d ON d.story_id = p.id"
            " ORDER BY p.article_count DESC, p.id",
            self._page(limit, offset),
        ).fetchall()
        return [
            {
                "id": r["id"],
                "articles": int(r["article_count"]),
                "headline": r["headline"],
                **{key: int(r[key]) for key in FACT_STATUSES},
                "discrepancies": int(r["discrepancies"]),
            }
            for r in rows
        ]

    def entity_counts(
        self, *, kind: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Entities (of one kind) by name (ties by id), with their number of
        spellings, mentions and articles; ``limit`` rows from ``offset``."""
        where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
        rows = self.execute(
            f"WITH page AS (SELECT id, kind, name FROM entities {where}"
            " ORDER BY name, id LIMIT ? OFFSET ?)"
            " SELECT p.id, p.kind, p.name, COALESCE(al.names, 0) AS names,"
            " COALESCE(al.mentions, 0) AS mentions, COALESCE(m.articles, 0) AS articles"
            " FROM page p LEFT JOIN (SELECT entity_id, COUNT(DISTINCT name) AS names,"
            " SUM(count) AS mentions FROM aliases WHERE kind != 'role'"
            " AND entity_id IN (SELECT id FROM page) GROUP BY entity_id) al"
            " ON al.entity_id = p.id LEFT JOIN (SELECT entity_id,"
            " COUNT(DISTINCT article_id) AS articles FROM mentions"
            " WHERE entity_id IN (SELECT id FROM page) GROUP BY entity_id) m"
            " ON m.entity_id = p.id ORDER BY p.name, p.id",
            [*params, *self._page(limit, offset)],
        ).fetchall()
        return [
            {
                "id": r["id"],
                "kind": r["kind"],
                "name": r["name"],
                "aliases": int(r["names"]),
                "mentions": int(r["mentions"]),
                "articles": int(r["articles"]),
            }
            for r in rows
        ]

    def entity_article_ids(
        self, entity_id: str, *, limit: int | None = None, offset: int = 0
    ) -> list[str]:
        """The ids of the articles that mention an entity, newest first (undated
        last, ties by ingest order, newest first); ``limit`` of them from
        ``offset``."""
        rows = self.execute(
            "SELECT id FROM articles WHERE id IN"
            " (SELECT article_id FROM mentions WHERE entity_id = ?)"
            " ORDER BY published IS NULL, published DESC, rowid DESC LIMIT ? OFFSET ?",
            [entity_id, *self._page(limit, offset)],
        ).fetchall()
        return [r["id"] for r in rows]

    def count_entities(self, *, kind: str | None = None) -> int:
        """The number of entities (of one kind)."""
        where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
        row = self.execute(f"SELECT count(*) AS n FROM entities {where}", params)
        return int(row.fetchone()["n"])

    def _page(self, limit: int | None, offset: int) -> list[Any]:
        """The parameters of ``LIMIT ? OFFSET ?``: every row when ``limit`` is None."""
        return [self.no_limit if limit is None else limit, offset]
