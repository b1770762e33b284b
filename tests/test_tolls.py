"""Tolls two sources give inside one report (corroborate.facts.tolls).
Sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from corroborate import KnowledgeBase

REPORT = (
    "A car bomb exploded in a crowded market in Dover on Tuesday, killing as "
    "many as 20 people, city officials said. {second}"
)


def _one_report(tmp_path, second: str) -> KnowledgeBase:
    record = {"id": "r1", "title": "Car bomb in Dover", "outlet": "Daily Star",
              "published": "2009-03-10",
              "text": "Car bomb in Dover\n\n" + REPORT.format(second=second)}  # fmt: skip
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.ingest([source], workers=1)
    return kb


def test_two_sources_of_one_report_giving_tolls_apart_conflict(tmp_path):
    kb = _one_report(
        tmp_path,
        "The army said preliminary reports indicated eight people were killed.",
    )
    (toll,) = [f for f in kb.store.facts() if f.status == "conflicting"]
    assert "killed" in toll.about and "two sources" in toll.label
    assert len(toll.evidence) == 2 and len({e.article_id for e in toll.evidence}) == 1
    # the report's, not a disagreement between outlets: no discrepancy, and
    # the brief lists it with the disputes one report tells
    assert kb.store.discrepancies() == []
    (story,) = kb.store.stories()
    assert "Disputes one report tells" in kb.brief(story.id)


@pytest.mark.parametrize(
    "second",
    [
        # one source, or values that can both be right, or another role
        "The officials later said eight people were killed.",
        "The army said about 20 people were killed.",
        "The army said eight people were wounded.",
    ],
)
def test_no_conflict_of_one_source_near_values_or_other_roles(tmp_path, second):
    kb = _one_report(tmp_path, second)
    assert not [f for f in kb.store.facts() if f.status == "conflicting"]
