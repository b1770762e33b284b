"""A user's decisions on facts and discrepancies: applied on every alignment,
kept in the store's log, surviving a re-run of the corpus stages."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.build import ingest_paths
from corroborate.corpus import compare_stories, update_corpus
from corroborate.decisions import (
    list_fact_decisions,
    record_fact_decision,
    undo_fact_decision,
)
from corroborate.errors import ConfigError, CorroborateError, NotFoundError
from corroborate.export import list_items
from corroborate.facts.decisions import apply_fact_decisions
from corroborate.query import list_stories
from corroborate.records import Discrepancy, Evidence, Fact, Span
from corroborate.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _evidence(article: str, start: int) -> Evidence:
    return Evidence(article, Span(start, start + 5), value="x", outlet=article)


def _fact(fact_id: str, status: str = "corroborated") -> Fact:
    return Fact(
        fact_id,
        "s1",
        "number",
        f"about {fact_id}",
        status,
        [_evidence("a#1", 0), _evidence("b#1", 10)],
        label=f"label of {fact_id}",
        confidence=0.6,
    )


def _discrepancy(item_id: str, fact_id: str | None = None) -> Discrepancy:
    return Discrepancy(
        item_id,
        "s1",
        "conflicting",
        f"about {item_id}",
        [_evidence("a#1", 0), _evidence("b#1", 10)],
        confidence=0.7,
        fact_id=fact_id,
    )


def _log(*entries: dict[str, object]) -> list[dict[str, object]]:
    """Decisions numbered 1, 2 ... as ``Store.fact_decisions`` gives them."""
    return [{"id": n, **e} for n, e in enumerate(entries, start=1)]


# -- the pure function ----------------------------------------------------------


def test_confirm_sets_decision_and_full_confidence_keeping_status():
    facts, found = apply_fact_decisions(
        [_fact("f1"), _fact("f2", "single-source")],
        [_discrepancy("d1")],
        _log(
            {"action": "confirm", "target": "fact", "item_id": "f2"},
            {"action": "confirm", "target": "discrepancy", "item_id": "d1"},
        ),
    )
    assert (facts[0].decision, facts[0].confidence) == (None, 0.6)
    assert (facts[1].status, facts[1].decision, facts[1].confidence) == (
        "single-source",
        "confirm",
        1.0,
    )
    assert (found[0].kind, found[0].decision, found[0].confidence) == (
        "conflicting",
        "confirm",
        1.0,
    )


def test_reject_fact_rejects_its_own_discrepancies_unless_decided():
    facts, found = apply_fact_decisions(
        [_fact("f1", "conflicting")],
        [_discrepancy("d1", "f1"), _discrepancy("d2", "f1"), _discrepancy("d3")],
        _log(
            {"action": "confirm", "target": "discrepancy", "item_id": "d2"},
            {"action": "reject", "target": "fact", "item_id": "f1"},
        ),
    )
    assert (facts[0].status, facts[0].decision) == ("rejected", "reject")
    assert [d.decision for d in found] == ["reject", "confirm", None]
    assert [d.kind for d in found] == ["conflicting"] * 3


def test_last_decision_wins_and_undo_cancels():
    fact = _fact("f1")
    confirm = {"action": "confirm", "target": "fact", "item_id": "f1"}
    reject = {"action": "reject", "target": "fact", "item_id": "f1"}
    (after,), _ = apply_fact_decisions([fact], [], _log(confirm, reject))
    assert after.status == "rejected"
    undo = {"action": "undo", "target": "fact", "decision": 2}
    (after,), _ = apply_fact_decisions([fact], [], _log(confirm, reject, undo))
    assert (after.status, after.decision, after.confidence) == (
        "corroborated",
        "confirm",
        1.0,
    )
    assert (fact.status, fact.decision) == ("corroborated", None)  # input untouched


def test_decisions_on_other_items_or_targets_change_nothing():
    facts = [_fact("f1")]
    found = [_discrepancy("f1")]  # same id, other target
    log = _log(
        {"action": "reject", "target": "discrepancy", "item_id": "nope"},
        {"action": "reject", "target": "fact", "item_id": "d9"},
    )
    assert apply_fact_decisions(facts, found, log) == (facts, found)


# -- the log, on both backends ---------------------------------------------------


def test_store_keeps_the_fact_decision_log(kb_url: str):
    with Store(kb_url) as store:
        store.replace_facts("s1", [_fact("f1")], [_discrepancy("d1")])
        first = store.add_fact_decision(
            {
                "action": "reject",
                "target": "fact",
                "item_id": "f1",
                "note": "two letters",
            }
        )
        second = store.add_fact_decision({"action": "undo", "decision": first})
        log = store.fact_decisions()
        assert [d["id"] for d in log] == [first, second] and second > first
        assert log[0]["note"] == "two letters" and log[0]["created_at"]
        assert store.get_fact("f1") == _fact("f1")
        assert store.get_discrepancy("d1") == _discrepancy("d1")
        assert store.get_fact("d1") is None and store.get_discrepancy("f1") is None


# -- on the bundled examples, through the corpus stages --------------------------


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled examples ingested once, corpus stages run."""
    path = tmp_path_factory.mktemp("decisions") / "kb.db"
    with Store(path) as store:
        ingest_paths([EXAMPLES], store, workers=1)
        update_corpus(store)
    return path


@pytest.fixture
def kb(examples_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the examples' knowledge base of the test's own."""
    path = tmp_path / "kb.db"
    shutil.copy(examples_db, path)
    with Store(path) as store:
        yield store


def _rerun(store: Store) -> None:
    """Align every story again (as the corpus stage does for a changed story),
    then run the whole corpus update."""
    stories = store.stories()
    compare_stories(store, stories, {story.id for story in stories})
    update_corpus(store)


def _computers(store: Store) -> Discrepancy:
    """The samples' conflict: 150 computer devices against 200 computers."""
    return next(
        d
        for d in store.discrepancies()
        if d.kind == "conflicting"
        and {"150", "200"}
        <= set(" ".join(e.value or "" for e in d.evidence).split())  # fmt: skip
    )


def test_rejected_discrepancy_stays_rejected_on_rerun(kb: Store):
    target = _computers(kb)
    before = {r["id"]: r["discrepancies"] for r in list_stories(kb)}
    done = record_fact_decision(
        kb, "discrepancy", "reject", target.id, note="units differ"
    )
    assert done["item_id"] == target.id and done["story_id"] == target.story_id
    stored = kb.get_discrepancy(target.id)
    assert stored is not None and stored.decision == "reject"
    assert target.id not in {r["id"] for r in list_items(kb, "discrepancies")}
    after = {r["id"]: r["discrepancies"] for r in list_stories(kb)}
    assert after[target.story_id] == before[target.story_id] - 1
    kept = list_items(kb, "discrepancies", include_all=True)
    assert {r["id"]: r["decision"] for r in kept}[target.id] == "reject"
    _rerun(kb)
    again = kb.get_discrepancy(target.id)
    assert again is not None and again.decision == "reject"
    undo_fact_decision(kb, "discrepancy", done["decision"])
    assert kb.get_discrepancy(target.id).decision is None  # type: ignore[union-attr]
    _rerun(kb)
    assert kb.get_discrepancy(target.id).decision is None  # type: ignore[union-attr]


def test_confirmed_and_rejected_facts_stay_so_on_rerun(kb: Store):
    shown = [f for f in kb.facts() if not f.background]
    first = next(f for f in shown if f.status == "corroborated")
    second = next(f for f in shown if f.id != first.id)
    record_fact_decision(kb, "fact", "confirm", first.id)
    record_fact_decision(kb, "fact", "reject", second.id, note="two raids")
    _rerun(kb)
    confirmed, rejected = kb.get_fact(first.id), kb.get_fact(second.id)
    assert confirmed is not None and rejected is not None
    assert (confirmed.status, confirmed.decision, confirmed.confidence) == (
        "corroborated",
        "confirm",
        1.0,
    )
    assert (rejected.status, rejected.decision) == ("rejected", "reject")
    listed = {r["id"] for r in list_items(kb, "facts")}
    assert first.id in listed and second.id not in listed
    asked = list_items(kb, "facts", status="rejected")
    assert [r["id"] for r in asked] == [second.id]
    log = list_fact_decisions(kb, "fact")
    assert [(r["action"], r["item_id"], r["found"]) for r in log] == [
        ("confirm", first.id, True),
        ("reject", second.id, True),
    ]
    assert log[1]["note"] == "two raids"
    assert list_fact_decisions(kb, "discrepancy") == []


def test_unknown_ids_and_numbers_are_refused(kb: Store):
    with pytest.raises(NotFoundError, match="no fact 'f-nope'.*facts --all"):
        record_fact_decision(kb, "fact", "confirm", "f-nope")
    fact_id = kb.facts()[0].id
    with pytest.raises(NotFoundError, match="no discrepancy"):
        record_fact_decision(kb, "discrepancy", "reject", fact_id)
    with pytest.raises(ConfigError, match="unknown decision 'approve'"):
        record_fact_decision(kb, "fact", "approve", fact_id)
    with pytest.raises(NotFoundError, match="no fact decision '7'"):
        undo_fact_decision(kb, "fact", 7)
    number = record_fact_decision(kb, "fact", "reject", fact_id)["decision"]
    with pytest.raises(NotFoundError, match="no discrepancy decision"):
        undo_fact_decision(kb, "discrepancy", number)
    undo_fact_decision(kb, "fact", number)
    with pytest.raises(CorroborateError, match="undone already"):
        undo_fact_decision(kb, "fact", number)
    assert kb.count("fact_decisions") == 2
