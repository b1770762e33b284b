"""The entity-resolution index: what resolution keeps between runs so that
new articles cost work in proportion to the names they touch.

``name_nodes`` holds one row per name node (its spelling, kind, weight, the
entity it belongs to, the alias kind it was linked by, what the corpus-wide
joining reads of it, and its summed statistics); ``name_mentions`` maps each
resolved mention to its node; ``name_links`` are the aliases articles define;
``name_pairs`` the related spellings found by comparing names, so a pair is
compared once; ``name_articles`` the articles already read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..names import normalize_name
from ..records import Article, Entity
from .rows import article_from_row

TABLES = """
CREATE TABLE name_nodes (
    node TEXT PRIMARY KEY, spelling TEXT NOT NULL, kind TEXT NOT NULL,
    weight INTEGER NOT NULL, entity_id TEXT, link_kind TEXT,
    head TEXT NOT NULL, stats TEXT NOT NULL
);
CREATE INDEX name_nodes_entity ON name_nodes(entity_id);
CREATE TABLE name_keys (key TEXT NOT NULL, node TEXT NOT NULL);
CREATE INDEX name_keys_key ON name_keys(key);
CREATE INDEX name_keys_node ON name_keys(node);
CREATE TABLE name_mentions (
    article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    node TEXT NOT NULL
);
CREATE INDEX name_mentions_node ON name_mentions(node);
CREATE TABLE name_links (
    article_id TEXT NOT NULL, seq INTEGER NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX name_links_a ON name_links(a);
CREATE INDEX name_links_b ON name_links(b);
CREATE TABLE name_pairs (a TEXT NOT NULL, b TEXT NOT NULL, relation TEXT NOT NULL);
CREATE INDEX name_pairs_a ON name_pairs(a);
CREATE INDEX name_pairs_b ON name_pairs(b);
CREATE TABLE name_articles (article_id TEXT PRIMARY KEY);
CREATE TABLE claim_sources (article_id TEXT NOT NULL, key TEXT NOT NULL, entity_id TEXT);
CREATE INDEX claim_sources_article ON claim_sources(article_id);
CREATE INDEX claim_sources_key ON claim_sources(key);
CREATE INDEX claim_sources_entity ON claim_sources(entity_id);
ALTER TABLE aliases ADD COLUMN key TEXT;
CREATE INDEX aliases_key ON aliases(key);
"""
NAME_TABLES = (
    "name_nodes",
    "name_keys",
    "name_mentions",
    "name_links",
    "name_pairs",
    "name_articles",
    "claim_sources",
)
PAGE_ROWS = 500


@dataclass
class NodeRow:
    """One stored name node."""

    node: str
    spelling: str
    kind: str
    weight: int
    entity_id: str | None
    link_kind: str | None
    head: dict[str, Any]
    stats: dict[str, Any] | None = None  # read only when asked for


class NameTables:
    """Store methods of the resolution index (mixed into ``Store``)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def unresolved_articles(self) -> Iterator[Article]:
        """Stored articles resolution has not read yet, a page at a time, in the
        order they were stored. Which they are is read from the index of
        article ids alone (a scan of the articles themselves read the whole
        store: 2-4 s at 70,000 articles to find 50 new ones)."""
        rowids = sorted(
            r["rowid"]
            for r in self.execute(
                "SELECT rowid FROM articles"
                " WHERE id NOT IN (SELECT article_id FROM name_articles)"
            )
        )
        for chunk in _chunks(rowids):
            rows = self.execute(
                "SELECT rowid, id, text, data FROM articles"
                f" WHERE rowid IN ({','.join('?' * len(chunk))}) ORDER BY rowid",
                chunk,
            )
            yield from (article_from_row(row) for row in rows)

    def name_nodes(
        self, nodes: Iterable[str], *, stats: bool = False
    ) -> dict[str, NodeRow]:
        """The stored rows of ``nodes`` (those that are stored), with their
        statistics if asked."""
        columns = (
            "*" if stats else "node, spelling, kind, weight, entity_id, link_kind, head"
        )
        found: dict[str, NodeRow] = {}
        for chunk in _chunks(sorted(set(nodes))):
            for r in self.execute(
                f"SELECT {columns} FROM name_nodes"
                f" WHERE node IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[r["node"]] = _node_row(r, with_stats=stats)
        return found

    def nodes_of_entities(self, entity_ids: Iterable[str]) -> set[str]:
        """The nodes of the entities."""
        return self._select_nodes(
            "SELECT node FROM name_nodes WHERE entity_id IN ({})", entity_ids
        )

    def nodes_with_keys(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """key -> its nodes, for index keys (blocks, place names, gazetteer ids)."""
        found: dict[str, list[str]] = {}
        for chunk in _chunks(sorted(set(keys))):
            for r in self.execute(
                "SELECT key, node FROM name_keys"
                f" WHERE key IN ({','.join('?' * len(chunk))}) ORDER BY key, node",
                chunk,
            ):
                found.setdefault(r["key"], []).append(r["node"])
        return found

    def key_sizes(self, keys: Iterable[str]) -> dict[str, int]:
        """key -> how many nodes have it."""
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(keys))):
            for r in self.execute(
                "SELECT key, COUNT(*) AS n FROM name_keys"
                f" WHERE key IN ({','.join('?' * len(chunk))}) GROUP BY key",
                chunk,
            ):
                found[r["key"]] = int(r["n"])
        return found

    def set_name_keys(
        self, nodes: Iterable[str], keys: Iterable[tuple[str, str]]
    ) -> None:
        """Replace the index keys of ``nodes`` with ``keys`` ((key, node) pairs)."""
        for chunk in _chunks(sorted(set(nodes))):
            self.execute(
                f"DELETE FROM name_keys WHERE node IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        self.executemany("INSERT INTO name_keys VALUES (?, ?)", sorted(set(keys)))

    def _select_nodes(self, sql: str, values: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(set(values))):
            found |= {
                r["node"]
                for r in self.execute(sql.format(",".join("?" * len(chunk))), chunk)
            }
        return found

    def save_name_nodes(self, rows: Iterable[NodeRow]) -> None:
        """Insert or replace nodes (with their statistics)."""
        self.executemany(
            "INSERT INTO name_nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (node)"
            " DO UPDATE SET spelling = excluded.spelling, kind = excluded.kind,"
            " weight = excluded.weight, entity_id = excluded.entity_id,"
            " link_kind = excluded.link_kind, head = excluded.head,"
            " stats = excluded.stats",
            [
                (
                    r.node,
                    r.spelling,
                    r.kind,
                    r.weight,
                    r.entity_id,
                    r.link_kind,
                    json.dumps(r.head),
                    json.dumps(r.stats),
                )
                for r in rows
            ],
        )

    def set_node_entities(
        self, rows: Iterable[tuple[str, str | None, str | None]]
    ) -> None:
        """Set (node, entity id, link kind) of stored nodes."""
        self.executemany(
            "UPDATE name_nodes SET entity_id = ?, link_kind = ? WHERE node = ?",
            [(eid, kind, node) for node, eid, kind in rows],
        )

    def add_article_names(
        self,
        mentions: Iterable[tuple[str, int, int, str]],
        links: Iterable[tuple[str, int, str, str, str]],
        article_ids: Iterable[str],
    ) -> None:
        """Record articles as read: their mentions' nodes and the links they make."""
        self.executemany(
            "INSERT INTO name_mentions VALUES (?, ?, ?, ?)", list(mentions)
        )
        self.executemany("INSERT INTO name_links VALUES (?, ?, ?, ?, ?)", list(links))
        self.executemany(
            "INSERT INTO name_articles VALUES (?) ON CONFLICT DO NOTHING",
            [(a,) for a in article_ids],
        )

    def name_links(self, nodes: Iterable[str]) -> list[tuple[str, str, str]]:
        """The links articles make with any of ``nodes``, in article order."""
        rows = []
        for chunk in _chunks(sorted(set(nodes))):
            marks = ",".join("?" * len(chunk))
            rows += self.execute(
                "SELECT article_id, seq, a, b, kind FROM name_links"
                f" WHERE a IN ({marks}) OR b IN ({marks})",
                chunk + chunk,
            ).fetchall()
        ordered = sorted(
            {(r["article_id"], r["seq"], r["a"], r["b"], r["kind"]) for r in rows}
        )
        return [(a, b, kind) for _, _, a, b, kind in ordered]

    def name_pairs(self, nodes: Iterable[str]) -> set[tuple[str, str, str]]:
        """The related pairs of spellings with any of ``nodes``."""
        found: set[tuple[str, str, str]] = set()
        for chunk in _chunks(sorted(set(nodes))):
            marks = ",".join("?" * len(chunk))
            found |= {
                (r["a"], r["b"], r["relation"])
                for r in self.execute(
                    f"SELECT a, b, relation FROM name_pairs WHERE a IN ({marks}) OR b IN ({marks})",
                    chunk + chunk,
                )
            }
        return found

    def replace_name_pairs(
        self, nodes: Iterable[str], pairs: Iterable[tuple[str, str, str]]
    ) -> None:
        """Forget the pairs of ``nodes`` (compared again) and add ``pairs``."""
        for chunk in _chunks(sorted(set(nodes))):
            marks = ",".join("?" * len(chunk))
            self.execute(
                f"DELETE FROM name_pairs WHERE a IN ({marks}) OR b IN ({marks})",
                chunk + chunk,
            )
        self.executemany("INSERT INTO name_pairs VALUES (?, ?, ?)", list(pairs))

    def mentions_of_nodes(
        self, nodes: Iterable[str]
    ) -> list[tuple[str, int, int, str]]:
        """(article id, start, end, node) of every mention of the nodes."""
        found = []
        for chunk in _chunks(sorted(set(nodes))):
            found += [
                (r["article_id"], r["start"], r["end"], r["node"])
                for r in self.execute(
                    'SELECT article_id, start, "end", node FROM name_mentions'
                    f" WHERE node IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            ]
        return found

    def clear_names(self) -> None:
        """Forget the resolution index (the next run reads every article again)."""
        for table in NAME_TABLES:
            self.execute(f"DELETE FROM {table}")

    def update_entities(
        self, entities: Sequence[Entity], removed: Iterable[str]
    ) -> None:
        """Write changed entities (and their aliases); delete removed ones."""
        ids = sorted({e.id for e in entities} | set(removed))
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            self.execute(f"DELETE FROM entities WHERE id IN ({marks})", chunk)
            self.execute(f"DELETE FROM aliases WHERE entity_id IN ({marks})", chunk)
        self.insert_entities(entities)

    def insert_entities(self, entities: Sequence[Entity]) -> None:
        """Write entities and their aliases (with name keys)."""
        self.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?)",
            [(e.id, e.kind, e.name, json.dumps(e.to_dict())) for e in entities],
        )
        self.executemany(
            "INSERT INTO aliases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            alias_rows(entities),
        )

    def set_claim_sources(
        self, article_id: str, sources: Iterable[tuple[str, str | None]]
    ) -> None:
        """Replace an article's claim sources: (name key, linked entity id or None)."""
        self.execute("DELETE FROM claim_sources WHERE article_id = ?", (article_id,))
        self.executemany(
            "INSERT INTO claim_sources VALUES (?, ?, ?)",
            [(article_id, key, eid) for key, eid in sorted(set(sources), key=str)],
        )

    def articles_citing(
        self, keys: Iterable[str], entity_ids: Iterable[str]
    ) -> set[str]:
        """Articles with a claim whose unlinked source has one of the name
        ``keys``, or whose source is linked to one of ``entity_ids``."""
        found: set[str] = set()
        for chunk in _chunks(sorted(set(keys))):
            found |= {
                r["article_id"]
                for r in self.execute(
                    "SELECT article_id FROM claim_sources WHERE entity_id IS NULL"
                    f" AND key IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            }
        for chunk in _chunks(sorted(set(entity_ids))):
            found |= {
                r["article_id"]
                for r in self.execute(
                    "SELECT article_id FROM claim_sources"
                    f" WHERE entity_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            }
        return found

    def entity_ids_named(self, key: str) -> set[str]:
        """Ids of the entities with a name or alias whose ``normalize_name`` is ``key``."""
        rows = self.execute(
            "SELECT DISTINCT entity_id FROM aliases WHERE key = ? AND kind != 'role'",
            (key,),
        )
        return {r["entity_id"] for r in rows}

    def entity_name(self, entity_id: str) -> str | None:
        """The canonical name of an entity, or None."""
        row = self.execute(
            "SELECT name FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        return str(row["name"]) if row else None


def alias_rows(entities: Iterable[Entity]) -> list[tuple[Any, ...]]:
    """Rows of the aliases table: every alias and role, with its name key."""
    return [
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
            normalize_name(a.name),
        )
        for entity in entities
        for a in [*entity.aliases, *entity.roles]
    ]


def _node_row(row: Any, *, with_stats: bool) -> NodeRow:
    return NodeRow(
        row["node"],
        row["spelling"],
        row["kind"],
        row["weight"],
        row["entity_id"],
        row["link_kind"],
        json.loads(row["head"]),
        json.loads(row["stats"]) if with_stats else None,
    )


def _chunks(items: Sequence[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), PAGE_ROWS):
        yield list(items[start : start + PAGE_ROWS])
