"""The Dask executor builds the knowledge base a local run builds, and says
clearly when Dask is missing or no scheduler answers."""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from corroborate import build
from corroborate.cli import cli
from corroborate.errors import EXIT_USAGE, ConfigError
from corroborate.evaluate.stories import load_pac
from corroborate.kb import KnowledgeBase
from corroborate.records import Article
from corroborate.registry import extractor
from corroborate.store import Store

PAC_ARTICLES = 10  # seven stories, some with facts; quick on two cores
EXPORTS = ("jsonl", "stories", "entities", "designations", "facts", "discrepancies")

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def pac_file(bench_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first PAC dev articles as one JSONL file."""
    rows = load_pac(bench_dir / "stories" / "pac", splits=["dev"])[:PAC_ARTICLES]
    path = tmp_path_factory.mktemp("dask") / "pac.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {
                    "id": article.id,
                    "text": article.text,
                    "outlet": article.outlet,
                    "published": article.published.value,
                }
            )
            + "\n"
            for article, _, _ in rows
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a one-worker local Dask cluster (worker processes, as on a
    real cluster: documents and results cross by pickle)."""
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def _contents(url: Path) -> dict[str, Any]:
    with KnowledgeBase(url, must_exist=True) as kb:
        records = {fmt: list(kb.export(fmt)) for fmt in EXPORTS}
        records["documents"] = sorted(kb.store.document_ids())
    return records


@pytest.fixture(scope="module")
def local_run(pac_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PAC articles ingested by the local executor, corpus stages at the end."""
    path = tmp_path_factory.mktemp("local") / "kb.db"
    with KnowledgeBase(path) as kb:
        report = kb.ingest([pac_file], workers=1)
    assert report.ok and report.articles >= PAC_ARTICLES
    return path


def _dask_run(
    pac_file: Path, scheduler: str, path: Path, block: int | None
) -> dict[str, Any]:
    # small batches: several tasks in flight at once, finishing in any order
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build, "BATCH_ARTICLES", 3)
        with KnowledgeBase(path) as kb:
            report = kb.ingest(
                [pac_file], executor="dask", scheduler=scheduler, block=block
            )
    assert report.ok
    return _contents(path)


@pytest.mark.bench
def test_dask_run_builds_the_same_knowledge_base_as_a_local_run(
    pac_file: Path, scheduler: str, local_run: Path, tmp_path: Path
):
    expected = _contents(local_run)
    assert expected["facts"] and expected["stories"], "nothing much to compare"
    # the default block (1000 articles) is more than there are
    assert _dask_run(pac_file, scheduler, tmp_path / "kb.db", None) == expected


@pytest.mark.bench
def test_corpus_stages_by_block_resolve_the_same_entities(
    pac_file: Path, scheduler: str, local_run: Path, tmp_path: Path
):
    """The same documents and the same entities (as groups of mentions: an
    entity keeps the id an earlier block gave it) with the corpus stages run
    by block; stories may differ: an article that arrives in an earlier block
    starts a story a later one joins or not in arrival order (docs/dask.md)."""
    blocks = _dask_run(pac_file, scheduler, tmp_path / "kb.db", 4)
    assert blocks["documents"] == _contents(local_run)["documents"]
    expected = _entity_groups(local_run)
    assert len(expected) > 20, "too few entities to compare"
    assert _entity_groups(tmp_path / "kb.db") == expected


def _entity_groups(url: Path) -> set[frozenset[tuple[str, int, int]]]:
    groups: dict[str, set[tuple[str, int, int]]] = {}
    with KnowledgeBase(url, must_exist=True) as kb:
        for article in kb.store.articles():
            for m in article.mentions:
                if m.entity_id:
                    groups.setdefault(m.entity_id, set()).add(
                        (article.id, m.start, m.end)
                    )
    return {frozenset(g) for g in groups.values()}


def test_corpus_stages_run_after_every_block(
    examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(build, "BATCH_ARTICLES", 1)
    seen: list[int] = []

    def stages(mapper: build.Mapper) -> dict[str, int]:
        seen.append(store.count("articles"))
        return {"articles": seen[-1]}

    with Store(tmp_path / "kb.db") as store:
        report = build.ingest_paths(
            [examples_dir], store, workers=1, block=1, corpus_stages=stages
        )
    # one document per batch: 1 article, then 2 more (each block is stored
    # first); the last block saw everything, so no pass is added at the end
    assert report.articles == 3 and seen == [1, 3]
    assert report.corpus == {"articles": 3}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_scheduler_is_a_usage_error_not_a_hang(
    examples_dir: Path, tmp_path: Path
):
    import dask.config

    address = f"tcp://127.0.0.1:{_free_port()}"
    args = ["ingest", str(examples_dir), "--db", str(tmp_path / "kb.db")]

    # as DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=2s would (default: 30 s)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = CliRunner().invoke(
            cli, [*args, "--executor", "dask", "--scheduler", address]
        )

    assert result.exit_code == EXIT_USAGE, result.output
    assert f"cannot reach a Dask scheduler at '{address}'" in result.output
    assert "after 2 s" in result.output


def test_scheduler_without_the_dask_executor_is_refused(
    examples_dir: Path, tmp_path: Path
):
    with (
        KnowledgeBase(tmp_path / "kb.db") as kb,
        pytest.raises(ConfigError, match="needs the dask executor"),
    ):
        kb.ingest([examples_dir], scheduler="tcp://127.0.0.1:8786")


def test_missing_dask_names_the_extra_to_install(
    examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with (
        KnowledgeBase(tmp_path / "kb.db") as kb,
        pytest.raises(ConfigError, match=r"pip install 'corroborate\[dask\]'"),
    ):
        kb.ingest([examples_dir], executor="dask")


@extractor("crash.test.v1", assigns=())
def make_crash_extractor():
    """Kills its process on an article that says CRASH (a worker lost mid-task)."""

    def extract(article: Article, sdoc: object) -> None:
        if "CRASH" in article.text:
            os._exit(1)

    return extract


class LoadCrashExtractor(distributed.WorkerPlugin):
    """Imports this module on every worker, restarted ones too, which
    registers ``crash.test.v1`` there."""


@pytest.mark.bench
def test_a_document_that_kills_its_worker_costs_only_itself(
    scheduler: str, tmp_path: Path
):
    # runs last in this module: the worker it kills comes back without the
    # pipeline the other tests built
    texts = ["Edi Rama spoke in Tirana.", "CRASH in Tirana.", "Ilir Meta left Tirana."]
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    with distributed.Client(scheduler) as client:
        client.register_plugin(LoadCrashExtractor())
        client.run_on_scheduler(_no_retries)
        with Store(tmp_path / "kb.db") as store:
            report = build.ingest_paths(
                sorted(tmp_path.glob("*.txt")),
                store,
                extractors=("entities.news.v1", "crash.test.v1"),
                executor="dask",
                scheduler=scheduler,
            )
            stored = sorted(a.source_path for a in store.articles())
    (error,) = report.errors
    assert error.path.endswith("1.txt") and "KilledWorker" in error.problem
    assert [Path(p).name for p in stored] == ["0.txt", "2.txt"]


def _no_retries(dask_scheduler: Any) -> None:
    """The scheduler gives up on a task at its first dead worker (default: 3)."""
    dask_scheduler.allowed_failures = 0
