"""PostgreSQL as a shared store: writers at the same time lose and duplicate nothing.

Skipped only when $CORROBORATE_TEST_PG is unset (.ci/run starts a server and
sets it). The articles below are written for these tests.
"""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from corroborate import KnowledgeBase
from corroborate.corpus import update_corpus
from corroborate.records import Article, Document, PubDate
from corroborate.store import COUNTED_TABLES, Store, postgres

WRITERS = 4
DOCUMENTS = 24

# Two events, each told by two outlets, and nothing else in common.
ARTICLES = {
    "a_flood_wire.txt": """Floods Cut Off Villages in Northern Albania

SHKODER, Albania (Wire) -- Heavy rain flooded dozens of villages around
Shkoder on Monday, and the Albanian government said 1,200 people had been
moved to shelters. Prime Minister Edi Rama visited the flooded district of
Vau i Dejes and said the army would deliver food and clean water.
"The water is still rising along the Drin river," Rama told reporters.
Officials said two bridges on the road to Koman were closed.
""",
    "b_flood_daily.txt": """Albania Evacuates Hundreds as Drin River Floods Shkoder

Albanian authorities evacuated about 900 people from villages near Shkoder
after the Drin river burst its banks on Monday, the Interior Ministry said.
Prime Minister Edi Rama said soldiers were bringing food and water to Vau i
Dejes, the district worst hit by the floods, and that the road to Koman was
cut where two bridges were closed.
""",
    "c_strike_wire.txt": """Dockworkers Strike Shuts Port of Rotterdam

ROTTERDAM, Netherlands (Wire) -- Dockworkers at the Port of Rotterdam walked
out on Thursday in a dispute over pay, halting container traffic at Europe's
largest port. The FNV union said 3,000 workers had joined the strike. A port
spokesman, Sander de Vries, said 40 ships were waiting to be unloaded.
""",
    "d_strike_daily.txt": """Rotterdam Port at Standstill as FNV Strike Spreads

Container terminals in Rotterdam stood still on Thursday as dockworkers
joined a strike called by the FNV union over wages. The union put the number
of strikers at 2,500, while port spokesman Sander de Vries said about 40
ships were waiting off the Port of Rotterdam.
""",
}


def _doc(number: int) -> Document:
    doc_id = f"{number:016x}"
    text = f"Headline {number}\n\nBody of document {number} about Tirana."
    article = Article(
        id=f"{doc_id}#1",
        document_id=doc_id,
        text=text,
        title=f"Headline {number}",
        published=PubDate("2024-10-04", "day", "metadata", 1.0),
    )
    return Document(doc_id, text, f"{number}.txt", "text/plain", articles=[article])


def test_pg_writers_storing_one_batch_at_once_store_it_once(pg_url: str):
    docs = [_doc(n) for n in range(DOCUMENTS)]
    Store(pg_url).close()  # migrated once, before the race
    barrier = threading.Barrier(WRITERS)
    added: list[int] = []
    failures: list[BaseException] = []

    def write(seed: int) -> None:
        batch = docs[:]
        random.Random(seed).shuffle(batch)  # each writer in its own order
        try:
            with Store(pg_url) as store:
                barrier.wait()
                added.append(store.add_documents(batch))
        except BaseException as exc:  # reported below, with the others
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sum(added) == DOCUMENTS  # each article added by exactly one writer
    with Store(pg_url) as store:
        assert store.count("documents") == DOCUMENTS
        assert store.count("articles") == DOCUMENTS
        assert len(set(store.article_ids())) == DOCUMENTS


def test_pg_new_schema_opened_at_once_is_migrated_once(pg_url: str):
    failures: list[BaseException] = []
    barrier = threading.Barrier(WRITERS)

    def open_store() -> None:
        barrier.wait()
        try:
            Store(pg_url).close()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_pg_corpus_lock_lets_one_run_in_at_a_time(pg_url: str):
    with Store(pg_url) as first, Store(pg_url) as second:
        entered = threading.Event()
        times: dict[str, float] = {}

        def wait_for_lock() -> None:
            entered.set()
            with second.corpus_lock():
                times["second_in"] = time.monotonic()

        with first.corpus_lock():
            waiter = threading.Thread(target=wait_for_lock)
            waiter.start()
            entered.wait()
            time.sleep(0.5)
            assert "second_in" not in times  # still waiting
            times["first_out"] = time.monotonic()
        waiter.join()
        assert times["second_in"] >= times["first_out"]


def _ingest(url: str, paths: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "corroborate",
            "ingest",
            *map(str, paths),
            "--db",
            url,
            "--workers",
            "1",
            "--quiet",
        ],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _partition(kb: KnowledgeBase) -> set[frozenset[str]]:
    """The stories as sets of article titles (ids differ in nothing, titles read)."""
    titles = {a["id"]: a["title"] for a in kb.articles()}
    return {
        frozenset(titles[i] for i in story["article_ids"])
        for story in kb.export("stories")
    }


def test_pg_two_ingests_at_once_lose_and_duplicate_nothing(
    tmp_path: Path, pg_url: str, new_pg_schema
):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    a, b, c, d = (tmp_path / name for name in sorted(ARTICLES))
    first, second = _ingest(pg_url, [a, b, c]), _ingest(pg_url, [b, c, d])
    for run in (first, second):
        output, _ = run.communicate(timeout=600)
        assert run.returncode == 0, output
    with new_pg_schema() as alone_url:
        alone = _ingest(alone_url, [a, b, c, d])
        output, _ = alone.communicate(timeout=600)
        assert alone.returncode == 0, output
        with KnowledgeBase(alone_url) as kb:
            expected = {
                "partition": _partition(kb),
                "entities": sorted(e["name"] for e in kb.entities()),
                "articles": sorted(a["id"] for a in kb.articles()),
            }
    with KnowledgeBase(pg_url) as kb:
        store = kb.store
        ids = [a["id"] for a in kb.articles()]
        assert sorted(ids) == expected["articles"] and len(ids) == len(ARTICLES)
        assert store.count("documents") == len(ARTICLES)
        members = [i for s in kb.export("stories") for i in s["article_ids"]]
        assert sorted(members) == sorted(ids)  # every article in one story, once
        assert all(a.story_id for a in store.articles())
        changes = [c["article_id"] for c in store.story_changes()]
        assert sorted(changes) == sorted(ids)  # each clustered by exactly one run
        assert _partition(kb) == expected["partition"]
        assert len(expected["partition"]) == 2  # the two events, two outlets each
        assert sorted(e["name"] for e in kb.entities()) == expected["entities"]
        _assert_counts_kept(store)


def test_pg_counts_kept_through_decisions_and_a_rebuild(tmp_path: Path, pg_url: str):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with KnowledgeBase(pg_url) as kb:
        kb.ingest(sorted(tmp_path.glob("*.txt")), workers=1)
        _assert_counts_kept(kb.store)
        before = kb.count_entities()
        rama, port = (_entity(kb, name) for name in ("Edi Rama", "Port of Rotterdam"))
        merged = kb.merge(rama["id"], port["id"])
        assert kb.count_entities() == before - 1
        _assert_counts_kept(kb.store)
        kb.undo(merged["decision"])
        assert kb.count_entities() == before
        _assert_counts_kept(kb.store)
        update_corpus(kb.store, rebuild=True)
        _assert_counts_kept(kb.store)


def _entity(kb: KnowledgeBase, name: str) -> dict:
    return next(e for e in kb.entities() if e["name"] == name)


def _assert_counts_kept(store: Store) -> None:
    """The counts the store keeps (row_counts) equal the rows there are."""
    for table in COUNTED_TABLES:
        rows = store.execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"]
        assert store.count(table) == rows, table
    kinds = store.execute("SELECT kind, count(*) AS n FROM entities GROUP BY kind")
    for row in kinds.fetchall():
        assert store.count_entities(kind=row["kind"]) == row["n"], row["kind"]


def test_pg_search_ranks_the_newest_matches_only_when_a_page_is_asked(
    pg_url: str, monkeypatch
):
    """Of more matches than RANKED_MATCHES, the newest are ranked; every match
    is ranked when all are asked for (a search with filters)."""
    texts = {  # by date published: the oldest says "harbour" most
        "2024-01-02": "harbour harbour harbour harbour closed",
        "2024-03-05": "the harbour reopened",
        "2024-05-07": "a harbour strike and a harbour fire",
    }
    docs = []
    for number, (day, body) in enumerate(texts.items()):
        doc_id = f"{number:016x}"
        article = Article(
            id=f"{doc_id}#1",
            document_id=doc_id,
            text=f"Report {number}\n\n{body}",
            title=f"Report {number}",
            published=PubDate(day, "day", "metadata", 1.0),
        )
        docs.append(Document(doc_id, article.text, f"{number}.txt", "text/plain",
                             articles=[article]))  # fmt: skip
    titles = {d.articles[0].id: d.articles[0].title for d in docs}
    with Store(pg_url) as store:
        store.add_documents(docs)
        page = store.article_ids_matching("harbour", 20)
        assert [titles[i] for i in page] == ["Report 0", "Report 2", "Report 1"]
        monkeypatch.setattr(postgres, "RANKED_MATCHES", 2)
        page = store.article_ids_matching("harbour", 20)
        assert [titles[i] for i in page] == ["Report 2", "Report 1"]
        assert "[harbour]" in store.snippets("harbour", page)[page[0]]
        assert store.article_ids_matching("harbour") == [d.articles[0].id for d in
                                                         (docs[0], docs[2], docs[1])]  # fmt: skip
