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
        ("earlier this month", ANCHOR, "past", "2021-03", "DATE"),
        # written on the 1st (or the year's first day): the unit before it
        ("earlier this month", date(2023, 3, 1), "past", "2023-02", "DATE"),
        ("earlier this year", date(2023, 1, 1), "past", "2022", "DATE"),
        ("later this month", date(2023, 3, 1), "future", "2023-03", "DATE"),
        # a unit joined to its word by a hyphen, as an adjective writes it
        ("last-year's ban", ANCHOR, None, "2020", "DATE"),
        ("last - year 's ban", ANCHOR, None, "2020", "DATE"),
        ("a next-month deadline", ANCHOR, None, "2021-04", "DATE"),
    ],
)
def test_timex_normalises_value_and_type(text, anchor, tense, value, type_):
    timex = normalize_timex(text, anchor=anchor, tense=tense)
    assert timex is not None
    assert (timex.value, timex.type) == (value, type_)


@pytest.mark.parametrize(
    "text",
    ["She may leave.", "Prices fall sharply.", "a 7-year-old girl", "3,500 people",
     "It offers next-day delivery."],
)  # fmt: skip
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


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "mod"),
    [
        # START / MID / END: a part of a date
        ("The band peaked in the early eighties.", "the early eighties", "198X", "START"),
        ("Talks resume early next year, aides said.", "early next year", "2022", "START"),
        ("The dam opens in mid-June.", "mid-June", "2021-06", "MID"),
        ("Rents rose in the middle of October.", "the middle of October", "2020-10", "MID"),
        ("The fund closed in late 2023.", "late 2023", "2023", "END"),
        ("A vote is due by the end of the year.", "the end of the year", "2021", "END"),
        # APPROX
        ("She left about two weeks ago.", "about two weeks ago", "2021-W08", "APPROX"),
        ("He waited some three hours.", "some three hours", "PT3H", "APPROX"),
        ("The plant shut nearly two weeks ago.", "nearly two weeks ago", "2021-W08", "APPROX"),
        # bounds on a length
        ("The strike lasted more than three years.", "more than three years", "P3Y", "MORE_THAN"),
        ("The tour ran over a week.", "over a week", "P1W", "MORE_THAN"),
        ("He was held for less than an hour.", "less than an hour", "PT1H", "LESS_THAN"),
        ("The siege went on for nearly a decade.", "nearly a decade", "P10Y", "LESS_THAN"),
        ("Rain is forecast for at least two days.", "at least two days", "P2D", "EQUAL_OR_MORE"),
        ("Payment is due in no more than 60 days.", "no more than 60 days", "P60D", "EQUAL_OR_LESS"),
        ("Detainees can be held up to 180 days.", "up to 180 days", "P180D", "EQUAL_OR_LESS"),
        # the same bounds on a point, and open ends
        ("The mine closed more than a decade ago.", "more than a decade ago", "201X", "BEFORE"),
        ("Bonds due 1994 or later were sold.", "1994 or later", "1994", "ON_OR_AFTER"),
    ],
)  # fmt: skip
def test_timex_mod_from_modifier_words(sentence, expression, value, mod):
    found = [t for t in find_timexes(sentence, anchor=ANCHOR) if t.text == expression]
    assert [(t.value, t.mod) for t in found] == [(value, mod)]


@pytest.mark.parametrize(
    "text",
    ["on 9 July 2020", "at midnight", "around midday", "three weeks", "every month",
     "the latest period", "the day before yesterday"],
)  # fmt: skip
def test_timex_no_mod_without_modifier_words(text):
    assert all(t.mod is None for t in find_timexes(text, anchor=ANCHOR))


def test_timex_mod_leaves_value_unchanged():
    bare = normalize_timex("the eighties")
    early = normalize_timex("the early eighties")
    assert bare is not None and early is not None
    assert (bare.value, bare.precision, bare.mod) == ("198X", "decade", None)
    assert (early.value, early.precision, early.mod) == ("198X", "decade", "START")
