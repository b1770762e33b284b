"""Re-ingesting a corpus, or ingesting it in another order, changes nothing:
the same entities with the same ids, the same stories and the same facts."""

from __future__ import annotations

import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from corroborate.build import _LocalPool, ingest_paths
from corroborate.corpus import update_corpus
from corroborate.evaluate.stories import load_pac
from corroborate.store import Store

PAC_ARTICLES = 40  # a dev subset: the test stays near two minutes on two cores


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _snapshot(store: Store) -> dict[str, Any]:
    """Everything the corpus stages decide, in a comparable form."""
    articles = sorted(store.articles(), key=lambda a: a.id)
    return {
        "entities": sorted(
            (e.id, e.kind, e.name, sorted(a.name for a in e.aliases), e.article_ids)
            for e in store.entities()
        ),
        "mentions": {
            a.id: [(m.start, m.end, m.label, m.entity_id) for m in a.mentions]
            for a in articles
        },
        "claims": {a.id: [c.according_to for c in a.claims] for a in articles},
        "stories": sorted((s.id, sorted(s.article_ids)) for s in store.stories()),
        "article_stories": {a.id: a.story_id for a in articles},
        "facts": sorted(
            (f.id, f.story_id, f.status, f.about, f.label) for f in store.facts()
        ),
        "discrepancies": sorted(
            (d.id, d.story_id, d.kind, d.about) for d in store.discrepancies()
        ),
    }


def _ingest(store: Store, path: Path) -> dict[str, Any]:
    ingest_paths([path], store, workers=1)
    update_corpus(store)
    return _snapshot(store)


@pytest.fixture(scope="module")
def pac_rows(bench_dir: Path) -> list[dict[str, Any]]:
    """The first PAC dev articles as JSONL records."""
    rows = load_pac(bench_dir / "stories" / "pac", splits=["dev"])[:PAC_ARTICLES]
    return [
        {
            "id": article.id,
            "text": article.text,
            "outlet": article.outlet,
            "published": article.published.value,
        }
        for article, _, _ in rows
    ]


@pytest.fixture(scope="module")
def runs(
    pac_rows: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    """Snapshots: forward, forward again (nothing new), and reversed order."""
    folder = tmp_path_factory.mktemp("stability")
    forward = _write_jsonl(folder / "forward.jsonl", pac_rows)
    backward = _write_jsonl(folder / "reversed.jsonl", pac_rows[::-1])
    first = Store(folder / "forward.db")
    out = {"forward": _ingest(first, forward), "again": _ingest(first, forward)}
    out["reversed"] = _ingest(Store(folder / "reversed.db"), backward)
    return out


@pytest.mark.bench
@pytest.mark.issue(11)
@pytest.mark.parametrize("other", ["again", "reversed"])
@pytest.mark.parametrize(
    "part",
    [
        "entities",
        "mentions",
        "claims",
        "stories",
        "article_stories",
        "facts",
        "discrepancies",
    ],
)
def test_stability_pac_same_corpus_same_records(
    runs: dict[str, dict[str, Any]], other: str, part: str
) -> None:
    assert runs["forward"]["entities"], "no entities resolved: nothing was compared"
    assert runs[other][part] == runs["forward"][part]


def test_stories_aligned_on_the_ingest_pool_give_the_same_records(
    pac_rows: list[dict[str, Any]], tmp_path: Path
):
    # the final corpus stages align each changed story on the ingest's pool
    # workers (other processes, other hash seeds): the same facts as here
    with Store(tmp_path / "kb.db") as store:
        here = _ingest(store, _write_jsonl(tmp_path / "pac.jsonl", pac_rows))
        with ExitStack() as stack:
            local = _LocalPool(stack, ["dates.rules.v1"], workers=2)
            local.start()
            update_corpus(store, rebuild=True, mapper=local.map)
        assert _snapshot(store) == here


@pytest.mark.xfail(
    strict=True,
    reason="two runs are not one run: an entity keeps the id an earlier run gave "
    "it, and stories are built in arrival order (docs/corpus.md, 'What the order "
    "of runs changes')",
)
def test_stability_pac_two_files_in_either_order_same_records(
    pac_rows: list[dict[str, Any]], tmp_path: Path
):
    half = len(pac_rows) // 2
    first = _write_jsonl(tmp_path / "first.jsonl", pac_rows[:half])
    second = _write_jsonl(tmp_path / "second.jsonl", pac_rows[half:])
    snapshots = []
    for order, files in (("ab", (first, second)), ("ba", (second, first))):
        with Store(tmp_path / f"{order}.db") as store:
            for path in files:
                snapshot = _ingest(store, path)
            snapshots.append(snapshot)
    assert snapshots[0]["entities"], "no entities resolved: nothing was compared"
    assert snapshots[0] == snapshots[1]
