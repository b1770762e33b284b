"""Normalising time expressions to TIMEX3 values (no spaCy needed)."""

from __future__ import annotations

from datetime import date

import pytest

from corroborate.timex import (
    find_timexes,
    normalize_timex,
    precision_of,
    timex_interval,
)

ANCHOR = date(2021, 3, 12)  # a Friday


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value", "type_"),
    [
        ("on 7 May 2019", None, None, "2019-05-07", "DATE"),
        ("September 14, 2015", None, None, "2015-09-14", "DATE"),
        ("on 9 July", None, None, "XXXX-07-09", "DATE"),
        ("on 9 July", ANCHOR, "past", "2020-07-09", "DATE"),
        ("on Wednesday", None, None, "XXXX-WXX-3", "DATE"),
        ("on Wednesday", ANCHOR, "past", "2021-03-10", "DATE"),
        ("on Wednesday", ANCHOR, "future", "2021-03-17", "DATE"),
        ("last month", ANCHOR, None, "2021-02", "DATE"),
        ("last month", None, None, None, "DATE"),
        ("next year", ANCHOR, None, "2022", "DATE"),
        ("three days ago", ANCHOR, None, "2021-03-09", "DATE"),
        ("in the late seventies", None, None, "197X", "DATE"),
        ("during the 1960s", None, None, "196X", "DATE"),
        ("for six weeks", None, None, "P6W", "DURATION"),
        ("a 12-hour shift", None, None, "PT12H", "DURATION"),
        ("every month", None, None, "P1M", "SET"),
        ("at 4:30 p.m.", ANCHOR, None, "2021-03-12T16:30", "TIME"),
        ("the second quarter of 2017", None, None, "2017-Q2", "DATE"),
        ("in 1871", None, None, "1871", "DATE"),
    ],
)
def test_timex_normalises_value_and_type(text, anchor, tense, value, type_):
    timex = normalize_timex(text, anchor=anchor, tense=tense)
    assert timex is not None
    assert (timex.value, timex.type) == (value, type_)


@pytest.mark.parametrize(
    "text",
    ["She may leave.", "Prices fall sharply.", "a 7-year-old girl", "3,500 people"],
)
def test_timex_ignores_non_temporal_words(text):
    assert find_timexes(text) == []


@pytest.mark.parametrize(
    ("text", "reference"),
    [("He arrived in 1962 and left 12 years later.", "1974")],
)
def test_timex_later_is_relative_to_the_text_date(text, reference):
    found = find_timexes(text, reference_at=lambda _: date(1962, 1, 1))
    assert [t.value for t in found] == ["1962", reference]
    assert found[-1].relative_to == "reference"


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2023-06-20", "day"), ("XXXX-06-20", "day"), ("2023-06", "month"),
     ("2023-W25", "week"), ("198X", "decade"), ("2023", "year"), ("P2W", None)],
)  # fmt: skip
def test_timex_precision_of_values(value, precision):
    assert precision_of(value) == precision


@pytest.mark.parametrize("text", ["Talks ended on 2 April; on 3 April they resumed."])
def test_timex_offsets_point_into_text(text):
    for timex in find_timexes(text):
        assert text[timex.start : timex.end] == timex.text


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-10-04", date(2024, 10, 4), date(2024, 10, 4)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
        ("198X", date(1980, 1, 1), date(1989, 12, 31)),
        ("2024-W01", date(2024, 1, 1), date(2024, 1, 7)),
    ],
)
def test_timex_interval_covers_value(value, first, last):
    assert timex_interval(value) == (first, last)


@pytest.mark.parametrize("value", ["XXXX-06-20", "P2W", "PAST_REF", None])
def test_timex_interval_none_for_partial(value):
    assert timex_interval(value) is None
