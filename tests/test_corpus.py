"""Corpus stages run incrementally: later articles join stories, decisions survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.build import ingest_paths
from corroborate.corpus import state_of_capital, update_corpus
from corroborate.store import Store


@pytest.fixture(scope="module")
def incremental(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Store:
    """The MEK file first, then the two-article file in a second run."""
    store = Store(tmp_path_factory.mktemp("corpus") / "kb.db")
    first, second = sorted(examples_dir.glob("*.txt"))
    ingest_paths([first], store, workers=1)
    update_corpus(store)
    ingest_paths([second], store, workers=1)
    update_corpus(store)
    return store


def test_corpus_later_article_joins_existing_story(incremental: Store):
    sizes = sorted(len(s.article_ids) for s in incremental.stories())
    assert sizes == [1, 2]
    actions = [c["action"] for c in incremental.story_changes()]
    assert actions.count("created") == 2 and actions.count("joined") == 1


def test_corpus_rerun_changes_nothing(incremental: Store):
    before = [a.to_dict() for a in incremental.articles()]
    counts = {t: incremental.count(t) for t in ("entities", "stories", "discrepancies")}
    update_corpus(incremental)
    assert [a.to_dict() for a in incremental.articles()] == before
    assert {t: incremental.count(t) for t in counts} == counts


def test_corpus_merge_decision_survives_rerun(incremental: Store):
    entities = {e.name: e.id for e in incremental.entities()}
    keep, other = entities["Sergei Lavrov"], entities["Amir Khan Muttaqi"]
    incremental.add_decision({"action": "merge", "a": keep, "b": other})
    update_corpus(incremental)
    names = {e.name for e in incremental.entities()}
    assert "Amir Khan Muttaqi" not in names and "Sergei Lavrov" in names
    article = next(a for a in incremental.articles() if "Muttaqi" in a.text)
    ids = {m.entity_id for m in article.mentions if "Muttaqi" in article.span_text(m)}
    assert ids == {keep}


@pytest.mark.parametrize(
    "name,state",
    [("Tehran", "Iran"), ("Moscow", "Russia"), ("Russia", None), ("Manze", None)],
)
def test_corpus_state_of_capital(name: str, state: str | None):
    assert state_of_capital(name) == state
