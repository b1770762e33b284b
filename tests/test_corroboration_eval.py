"""The corroboration figures on pac-dev, pinned as floors.

``corroborate eval corroboration`` ingests the gold stories' articles through
the CLI, exports facts and discrepancies, and scores them against the
hand-made gold (see ``corroborate/evaluate/corroboration.py``). The floors
sit just under what this version measures (docs/evaluation.md), so CI fails
when a change makes the end product worse. The figures were tuned on pac-dev
itself: they say the system has not regressed, not how it does on news it
has not seen.
"""

from __future__ import annotations

import pytest

from corroborate.evaluate.corroboration import (
    GoldFact,
    Quote,
    SystemItem,
    evaluate_corroboration,
    find_quote,
    score,
)
from corroborate.evaluate.discrepancies import evaluate_discrepancies

FLOORS = {
    ("discrepancies", "precision"): 0.85,
    ("discrepancies", "recall"): 0.58,  # 10 of 17 since session 36
    # 0.8692 since the one telling of a verb on one entity in each article
    # became one act: the two lines it adds that the gold counts wrong were
    # read right ("Krasner ... has been blamed", Congress returning after
    # Christmas); the issue asks 0.85
    ("corroboration", "precision"): 0.86,
    ("corroboration", "recall"): 0.48,
}


@pytest.fixture(scope="module")
def figures(bench_dir):
    if not (bench_dir / "corroboration" / "pac-dev").is_dir():
        pytest.skip("no corroboration gold in the bench folder")
    return evaluate_corroboration(bench_dir / "corroboration" / "pac-dev")


@pytest.mark.bench
@pytest.mark.slow
@pytest.mark.parametrize(("part", "figure"), sorted(FLOORS))
def test_pac_dev_figures_hold(figures, part, figure):
    assert figures[part][figure] >= FLOORS[(part, figure)], figures[part]


@pytest.mark.bench
@pytest.mark.slow
def test_no_trap_is_flagged(figures):
    assert figures["traps"]["hit"] == 0, figures["trap_hits"]


@pytest.mark.parametrize(
    ("text", "quote", "found"),
    [
        (
            "The House passed a gun control package Tuesday .",
            "passed a gun  control",
            (10, 30),
        ),
        ("line one\n\nline two", "one line", (5, 14)),
        ("nothing here", "absent", None),
    ],
)
def test_gold_quotes_are_found_whitespace_normalised(text, quote, found):
    assert find_quote(text, quote) == found


def test_the_report_lists_the_corroborated_facts_it_missed():
    told = [Quote("a", 0, 10), Quote("b", 0, 10)]
    gold = [
        GoldFact("S1", "f1", "the vote", "corroborated", False, told),
        GoldFact("S1", "f2", "the day", "corroborated", False,
                 [Quote("a", 20, 30), Quote("b", 20, 30)]),
    ]  # fmt: skip
    found = [
        SystemItem(
            "x", "corroborated", "the vote", [Quote("a", 2, 8), Quote("b", 2, 8)]
        )
    ]
    report = score(gold, [], found, [], {"a": "", "b": ""})
    assert report["corroboration"]["gold_recalled"] == 1
    assert report["missed_corroborations"] == [
        {"story": "S1", "fact": "f2", "what": "the day"}
    ]


PLANTED_FLOORS = {
    # 0.703 until session 26's acts dated after their report told as to come
    # (docs/evaluation.md, `discrepancies`); a floor, so the next silent drop
    # fails CI instead of waiting to be noticed
    "precision": 0.95,
    "recall": 0.6,
}


@pytest.fixture(scope="module")
def planted(bench_dir):
    if not (bench_dir / "stories" / "pac").is_dir():
        pytest.skip("no PAC stories in the bench folder")
    return evaluate_discrepancies(data=bench_dir / "stories" / "pac")


@pytest.mark.bench
@pytest.mark.slow
@pytest.mark.parametrize("figure", sorted(PLANTED_FLOORS))
def test_planted_discrepancy_figures_hold(planted, figure):
    """``corroborate eval discrepancies``: a number or a month changed in a
    copy of each PAC dev article is flagged, and unchanged copies are not."""
    assert planted["all"][figure] >= PLANTED_FLOORS[figure], planted["all"]
    assert planted["copy"]["fp"] == 0, planted["copy"]
