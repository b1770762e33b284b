"""Incremental corpus stages: a run reads only the new articles and what they
touch, and the knowledge base it leaves equals a rebuild from scratch."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from corroborate.annotate import annotate_documents
from corroborate.corpus import update_corpus
from corroborate.evaluate.stories import load_pac
from corroborate.records import Article, Document, Mention
from corroborate.resolve import entities, graph
from corroborate.store import Store
from corroborate.store import base as store_base
from corroborate.store.schema import MIGRATIONS


def _doc(text: str, names: Sequence[tuple[str, str]], published: str) -> Document:
    """A one-article document whose mentions are the first occurrences of ``names``."""
    doc_id = hashlib.sha256(text.encode()).hexdigest()[:16]
    article = Article(id=f"{doc_id}#1", document_id=doc_id, text=text)
    article.published = dataclasses.replace(article.published, value=published)
    cursor = 0
    for name, label in names:
        start = text.index(name, cursor)
        article.mentions.append(Mention(start, start + len(name), label, "test"))
        cursor = start + len(name)
    return Document(doc_id, text, f"{doc_id}.txt", "text/plain", articles=[article])


def _add(store: Store, docs: Sequence[Document]) -> None:
    store.add_documents(copy.deepcopy(list(docs)))
    update_corpus(store)


def _ids(store: Store) -> dict[str, str | None]:
    """Mention text (with its article) -> entity id."""
    return {
        f"{a.text[m.start : m.end]}@{a.id}": m.entity_id
        for a in store.articles()
        for m in a.mentions
    }


def _snapshot(store: Store) -> dict[str, Any]:
    """Everything the corpus stages decide, in a comparable form."""
    articles = sorted(store.articles(), key=lambda a: a.id)
    return {
        "entities": sorted(repr(e.to_dict()) for e in store.entities()),
        "mentions": [(a.id, [m.entity_id for m in a.mentions]) for a in articles],
        "claims": [(a.id, [repr(c.to_dict()) for c in a.claims]) for a in articles],
        "stories": sorted((s.id, sorted(s.article_ids)) for s in store.stories()),
        "facts": sorted(repr(f.to_dict()) for f in store.facts()),
        "discrepancies": sorted(repr(d.to_dict()) for d in store.discrepancies()),
        "designations": sorted(repr(d.to_dict()) for d in store.designations()),
    }


def _partition(store: Store) -> set[frozenset[tuple[str, int, int]]]:
    """The entities as sets of mentions, whatever their ids."""
    groups: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    for article in store.articles():
        for m in article.mentions:
            if m.entity_id:
                groups[m.entity_id].add((article.id, m.start, m.end))
    return {frozenset(g) for g in groups.values()}


ROBERT = _doc(
    "Robert Smith spoke in Nordland on Monday.",
    [("Robert Smith", "PERSON"), ("Nordland", "GPE")],
    "2024-03-04",
)
SMITH = _doc(
    "Smith said the talks in Nordland would resume.",
    [("Smith", "PERSON"), ("Nordland", "GPE")],
    "2024-03-05",
)
MARIA = _doc(
    "Maria Smith, a rival, disagreed.", [("Maria Smith", "PERSON")], "2024-03-06"
)


def test_incremental_lone_surname_leaves_when_a_second_person_shares_it(
    kb_url: str,
) -> None:
    with Store(kb_url) as store:
        _add(store, [ROBERT, SMITH])
        first = _ids(store)
        john = first[f"Robert Smith@{ROBERT.articles[0].id}"]
        assert first[f"Smith@{SMITH.articles[0].id}"] == john

        _add(store, [MARIA])
        after = _ids(store)
        people = {
            after[f"Robert Smith@{ROBERT.articles[0].id}"],
            after[f"Smith@{SMITH.articles[0].id}"],  # stored before, restamped now
            after[f"Maria Smith@{MARIA.articles[0].id}"],
        }
        assert len(people) == 3
        assert john in people  # the old id stays with one of its two parts
        snapshot = _snapshot(store)
        update_corpus(store, rebuild=True)
        assert _snapshot(store) == snapshot


@pytest.mark.parametrize(("rival", "joins"), [(1, True), (4, False)])
def test_incremental_lone_surname_joins_the_name_far_more_often_told(
    kb_url: str, rival: int, joins: bool
) -> None:
    """ "Smith" is Robert Smith, told twelve times, though a tagger once read
    "Stop Smith" as a person; not where Maria Smith is told four times."""
    robert = [
        _doc(f"Robert Smith spoke in Nordland on day {n}.",
             [("Robert Smith", "PERSON")], f"2024-03-{n:02d}")
        for n in range(1, 13)
    ]  # fmt: skip
    rivals = [
        _doc(f"{'Stop Smith' if rival == 1 else 'Maria Smith'} was named, take {n}.",
             [("Stop Smith" if rival == 1 else "Maria Smith", "PERSON")],
             f"2024-04-{n:02d}")
        for n in range(1, rival + 1)
    ]  # fmt: skip
    with Store(kb_url) as store:
        _add(store, robert + rivals)
        _add(store, [SMITH])
        ids = _ids(store)
        lone = ids[f"Smith@{SMITH.articles[0].id}"]
        assert (lone == ids[f"Robert Smith@{robert[0].articles[0].id}"]) is joins
        snapshot = _snapshot(store)
        update_corpus(store, rebuild=True)
        assert _snapshot(store) == snapshot


def test_incremental_new_spelling_joins_and_keeps_the_id(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db")
    first = _doc(
        "Muammar Gaddafi ruled Libya.",
        [("Muammar Gaddafi", "PERSON"), ("Libya", "GPE")],
        "2011-02-01",
    )
    later = _doc(
        "Muammar Qaddafi was killed in Sirte.",
        [("Muammar Qaddafi", "PERSON"), ("Sirte", "GPE")],
        "2011-10-20",
    )
    _add(store, [first])
    before = _ids(store)[f"Muammar Gaddafi@{first.articles[0].id}"]
    _add(store, [later])
    after = _ids(store)
    assert after[f"Muammar Qaddafi@{later.articles[0].id}"] == before
    assert after[f"Muammar Gaddafi@{first.articles[0].id}"] == before
    entity = store.get_entity(before)
    assert entity is not None
    assert {a.name for a in entity.aliases} == {"Muammar Gaddafi", "Muammar Qaddafi"}
    assert entity.article_ids == sorted([first.articles[0].id, later.articles[0].id])


def test_incremental_run_reads_only_new_articles(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db")
    _add(store, [ROBERT, SMITH])
    assert list(store.unresolved_articles()) == []
    store.add_documents(copy.deepcopy([MARIA]))
    assert [a.id for a in store.unresolved_articles()] == [MARIA.articles[0].id]


@pytest.fixture(scope="module")
def pac_documents(bench_dir: Path) -> list[Document]:
    """30 PAC dev articles, annotated once."""
    rows = load_pac(bench_dir / "stories" / "pac", splits=["dev"])[:30]
    docs = [
        Document(
            a.id.replace("#", "_"),
            a.text,
            f"{a.id}.txt",
            "text/plain",
            outlet=a.outlet,
            published=a.published.value,
        )
        for a, _, _ in rows
    ]
    annotated = annotate_documents(docs)
    assert all(isinstance(d, Document) for d in annotated)
    return [d for d in annotated if isinstance(d, Document)]


@pytest.mark.bench
@pytest.mark.issue(12)
def test_incremental_pac_equals_rebuild_and_all_at_once(
    pac_documents: list[Document], tmp_path: Path
) -> None:
    grown = Store(tmp_path / "grown.db")
    for batch in (pac_documents[:20], pac_documents[20:25], pac_documents[25:]):
        _add(grown, batch)
    once = Store(tmp_path / "once.db")
    _add(once, pac_documents)
    assert grown.count("entities") > 50, "too few entities to compare anything"
    assert _partition(grown) == _partition(once)
    snapshot = _snapshot(grown)
    update_corpus(grown, rebuild=True)
    rebuilt = _snapshot(grown)
    for part in snapshot:
        assert rebuilt[part] == snapshot[part], part


LATIN = _doc(
    "Vladimir Putin spoke in Moscow.", [("Vladimir Putin", "PERSON")], "2024-03-04"
)
ARABIC = _doc(
    "فلاديمير بوتين spoke in Sochi.", [("فلاديمير بوتين", "PERSON")], "2024-03-05"
)


def test_incremental_store_indexed_before_skeleton_blocks_is_read_again(
    kb_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store of schema 8 indexed its names by token prefixes only, which
    keep an Arabic spelling from the Latin one: migration 9 empties the
    index, and the next run reads every article again with both blocks."""

    def prefixes_only(name: str, spelling: str, kind: str) -> tuple[graph.Block, ...]:
        blocks = graph.block_keys(name, spelling, kind)  # the blocks before schema 9
        return tuple(b for b in blocks if not b[1].startswith(graph.SKELETON_MARK))

    with monkeypatch.context() as patch:
        patch.setattr(store_base, "MIGRATIONS", store_base.MIGRATIONS[:8])
        patch.setattr(store_base, "SCHEMA_VERSION", 8)
        patch.setattr(entities, "block_keys", prefixes_only)
        with Store(kb_url) as old:
            # today's code writes the summary column of schema 10 and reads the
            # counts of schema 12: lent for the writes, taken back before the
            # store is opened as it is now
            old.execute("ALTER TABLE articles ADD COLUMN summary TEXT")
            for statement in old.migration_statements(MIGRATIONS[11]):
                old.execute(statement)
            _add(old, [LATIN, ARABIC])
            old.execute("ALTER TABLE articles DROP COLUMN summary")
            if old.dialect == "postgres":
                old.execute("DROP TABLE row_counts")
                old.execute("DROP FUNCTION count_rows CASCADE")
            before = set(_ids(old).values())
            assert len(before) == 2
    with Store(kb_url) as store:
        assert store.count("name_nodes") == 0
        update_corpus(store)
        after = set(_ids(store).values())
        assert len(after) == 1 and after < before  # one of the ids mentions carried
        snapshot = _snapshot(store)
        update_corpus(store, rebuild=True)
        assert _snapshot(store) == snapshot
