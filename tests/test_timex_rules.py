"""TIMEX3 rule families: parts of day, clock times on a day, spoken years,
quarters, holidays, fractions, references to past/future, non-durations."""

from __future__ import annotations

import re
from datetime import date

import pytest

from corroborate.timex import Reference, find_timexes

WEDNESDAY = date(2014, 5, 21)
"""The anchor of these examples: a Wednesday in the second quarter."""


def _values(text: str, anchor: date | None = WEDNESDAY, tense: str | None = None):
    found = find_timexes(text, anchor=anchor, tense_at=lambda _: tense)
    return [(t.text, t.value, t.type) for t in found]


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("The ferry sank on Monday morning.", "past",
         [("Monday morning", "2014-05-19TMO", "TIME")]),
        ("Talks resume Friday night.", "future",
         [("Friday night", "2014-05-23TNI", "TIME")]),
        ("He had called the previous Tuesday.", None,
         [("the previous Tuesday", "2014-05-20", "DATE")]),
        ("The ruling came on Saturday, May 17: no appeal.", "past",
         [("Saturday, May 17", "2014-05-17", "DATE")]),
    ],
)  # fmt: skip
def test_rules_weekdays_with_part_of_day_and_direction(text, tense, expected):
    assert _values(text, tense=tense) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Polls close at 8 p.m. EDT Thursday.", "future",
         [("8 p.m. EDT Thursday", "2014-05-22T20:00", "TIME")]),
        ("The launch slipped to 14:30 UTC yesterday.", "past",
         [("14:30 UTC yesterday", "2014-05-20T14:30Z", "TIME")]),
        ("Markets opened at 0900 GMT.", None, [("0900 GMT", "2014-05-21T09:00Z", "TIME")]),
        ("The shelling stopped by mid-afternoon.", "past",
         [("mid-afternoon", "2014-05-21TAF", "TIME")]),
        ("Crews worked until 3 in the afternoon.", "past",
         [("3 in the afternoon", "2014-05-21T15:00", "TIME")]),
        ("A statement is due at midday.", None, [("midday", "2014-05-21T12:00", "TIME")]),
    ],
)  # fmt: skip
def test_rules_clock_times_on_a_named_day(text, tense, expected):
    assert _values(text, tense=tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill closed in nineteen eighty-four.", [("nineteen eighty-four", "1984")]),
        ("Its charter dates from nineteen oh five.", [("nineteen oh five", "1905")]),
        ("Plans for the year two thousand were shelved.",
         [("the year two thousand", "2000")]),
        ("She moved there in March nineteen ninety-two.",
         [("March nineteen ninety-two", "1992-03")]),
        ("Some two thousand workers marched.", []),
        ("The post-1945 settlement held.", [("post-1945", "1945")]),
    ],
)  # fmt: skip
def test_rules_spoken_and_prefixed_years(text, expected):
    assert [(t, v) for t, v, _ in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in last year's fourth quarter.",
         [("last year's fourth quarter", "2013-Q4")]),
        ("Output will rise in the first half of next year.",
         [("the first half of next year", "2015-H1")]),
        ("Profit in the final quarter of 2012 doubled.",
         [("the final quarter of 2012", "2012-Q4")]),
        ("Margins narrowed in the current quarter.", [("the current quarter", "2014-Q2")]),
        ("Revenue for the year ended March 31 rose.",
         [("the year", "P1Y"), ("March 31", "2014-03-31")]),
    ],
)  # fmt: skip
def test_rules_quarters_and_fiscal_periods(text, expected):
    assert [(t, v) for t, v, _ in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        ("Stores were crowded on Thanksgiving Day.", date(2014, 12, 2), "past", "2014-11-27"),
        ("He has not been seen since last Christmas.", WEDNESDAY, None, "2013-12-25"),
        ("Pilgrims arrive before Easter 2015.", WEDNESDAY, None, "2015-04-05"),
        ("Turnout on Election Day was low.", date(2014, 11, 6), "past", "2014-11-04"),
        # no tense: the general election of an even year, unless an odd
        # year's (a governor's race) is near
        ("Turnout on Election Day matters.", date(2016, 2, 10), None, "2016-11-08"),
        ("Turnout on Election Day matters.", date(2015, 10, 20), None, "2015-11-03"),
        ("Turnout on Election Day matters.", date(2017, 1, 20), None, "2016-11-08"),
        ("Parades are planned for Memorial Day.", WEDNESDAY, "future", "2014-05-26"),
        ("Shops close on Christmas Day.", None, None, "XXXX-12-25"),
    ],
)  # fmt: skip
def test_rules_holidays(text, anchor, tense, value):
    found = _values(text, anchor=anchor, tense=tense)
    assert len(found) == 1 and found[0][1] == value


def test_rules_movable_holiday_without_anchor_has_no_guessed_year():
    assert _values("The market reopens after Easter.", anchor=None) == [
        ("Easter", None, "DATE")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The siege lasted 3 1/2 years.", "P3Y6M"),
        ("The meeting ran an hour and a half.", "PT1H30M"),
        ("The strike lasted two and a half days.", "P2DT12H"),
    ],
)
def test_rules_fractional_durations(text, value):
    assert [v for _, v, _ in _values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rates will stay low in the near term.", [("the near term", "FUTURE_REF", "DATE")]),
        ("Losses may shrink in future quarters.", [("future quarters", "FUTURE_REF", "DATE")]),
        ("The festival is held annually in June.",
         [("annually", "P1Y", "SET"), ("June", "2014-06", "DATE")]),
        ("Exports grew 6% annually.", []),
        ("The driver, 46 years old, was unhurt.", []),
        ("A second convoy left at dawn.", []),
        ("It took a second longer.", [("a second", "PT1S", "DURATION")]),
    ],
)  # fmt: skip
def test_rules_references_sets_and_non_durations(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new deadline is January 15, 2015, officials said.",
         [("January 15, 2015", "2015-01-15")]),
        # tokenised text puts a space before each comma
        ("The new deadline is January 15 , 2015 , officials said .",
         [("January 15 , 2015", "2015-01-15")]),
        ("The ruling came on Tuesday , January 9 , 2018 .",
         [("Tuesday , January 9 , 2018", "2018-01-09")]),
        ("Filing opens 3 March , 2016 .", [("3 March , 2016", "2016-03-03")]),
        ("It was built in March , 1998 .", [("March , 1998", "1998-03")]),
        # a count after a date is no year
        ("By June 30 , 1,500 troops had left.", [("June 30", "2014-06-30")]),
    ],
)  # fmt: skip
def test_rules_a_dates_parts_with_a_comma_however_spaced(text, expected):
    assert [(t, v) for t, v, _ in _values(text)] == expected


def test_rules_week_of_a_date():
    assert _values("Hearings open the week of June 9.", tense="future") == [
        ("the week of June 9", "2014-W24", "DATE")
    ]


def test_rules_midnight_is_not_midday():
    assert _values("The curfew starts at midnight Friday.", tense="future") == [
        ("midnight Friday", "2014-05-23T24:00", "TIME")
    ]


@pytest.mark.parametrize(
    ("tense", "value"),
    [("past", "2014-05-20T24:00"), ("future", "2014-05-21T24:00"), (None, "2014-05-21T24:00")],
)  # fmt: skip
def test_rules_a_past_midnight_began_the_publication_day(tense, value):
    """The midnight that ends the day a report is written has not yet come."""
    assert _values(
        "Shortly before midnight, the count stood at 51 percent.", tense=tense
    ) == [("midnight", value, "TIME")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The dam was finished in 1931. Later that year it flooded.", "1931"),
        ("She won in 1990 and retired the following year.", "1991"),
        (
            "In 1972 he won the primaries but lost the election that November.",
            "1972-11",
        ),
    ],
)
def test_rules_that_year_follows_the_last_year_named(text, value):
    named = date(int(re.search(r"\d{4}", text).group()), 1, 1)
    found = find_timexes(text, anchor=WEDNESDAY, reference_at=lambda _: named)
    assert found[-1].value == value and found[-1].relative_to == "reference"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The strike began on 2 March 2009. Later that day the mine closed.",
         Reference(date(2009, 3, 2), "day"), "2009-03-02"),
        ("The bank failed in August 2008. The following month the fund closed.",
         Reference(date(2008, 8, 1), "month"), "2008-09"),
        ("The vote was on 10 April 2003, a week after the previous Friday.",
         Reference(date(2003, 4, 10), "day"), "2003-04-04"),
        ("The fire started on 3 June 2011 and was out the next morning.",
         Reference(date(2011, 6, 3), "day"), "2011-06-04TMO"),
        ("The vote was held on 19 March 2002. That morning, workers gathered.",
         Reference(date(2002, 3, 19), "day"), "2002-03-19TMO"),
        # a year names no month: "that month" is none we know, not the anchor's
        ("Prices rose in 2011 and fell that month.",
         Reference(date(2011, 1, 1), "year"), None),
    ],
)  # fmt: skip
def test_rules_anaphora_follow_the_last_date_named(text, reference, value):
    """ "that day", "the following month" take the last date in the text
    when it was named precisely enough; else "the following month" the
    anchor's, "that month" none."""
    found = find_timexes(text, anchor=WEDNESDAY, reference_at=lambda _: reference)
    assert found[-1].value == value
    assert found[-1].anaphoric
    assert (found[-1].relative_to == "reference") == (
        reference.precision == "day" or reference.precision == "month"
    )


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Profit fell in the fourth quarter.", "past", "2013-Q4"),
        ("Profit will rise in the fourth quarter.", "future", "2014-Q4"),
        ("Sales slowed in the last half of 2012.", None, "2012-H2"),
        ("Losses narrowed in the last quarter of 2012.", None, "2012-Q4"),
        ("The plant closed this past winter.", "past", "2013-WI"),
        ("The plant closed this past spring.", "past", "2014-SP"),
        ("Sales for the full year rose.", None, "2014"),
        ("The deal should close by year-end.", "future", "2014"),
        ("Growth may slow by the mid-2020s.", "future", "202X"),
    ],
)
def test_rules_quarters_halves_seasons_year_end(text, tense, value):
    assert _values(text, tense=tense)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the last such month begun, the next not ended (anchor: May 2014)
        ("She left this past September.", "2013-09"),
        ("She left this past May.", "2014-05"),
        ("He left last May.", "2013-05"),
        ("He arrives this coming January.", "2015-01"),
        ("He arrives this coming May.", "2014-05"),
        ("He arrives next May.", "2015-05"),
    ],
)
def test_rules_this_past_and_this_coming_month(text, value):
    assert _values(text)[-1][1] == value


def test_rules_a_that_of_saying_before_a_month_points_nowhere():
    found = _values("Officials said that November would bring rain.")
    assert [v for t, v, _ in found if "November" in t] == ["2014-11"]


def test_rules_fiscal_year_ended_is_a_duration():
    found = _values("In the fiscal year ended March 31, sales rose.")
    assert found[0][:3] == ("the fiscal year", "P1Y", "DURATION")


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("this Friday", "future", "2014-05-23"),
        ("this Friday", None, "2014-05-23"),
        ("this Monday", "past", "2014-05-19"),
        ("this Monday", "future", "2014-05-26"),
        ("Wednesday", "future", "2014-05-21"),
        ("Wednesday", "past", "2014-05-21"),
        ("next Wednesday", None, "2014-05-28"),
        ("last Wednesday", None, "2014-05-14"),
    ],
)
def test_timex_weekday_follows_this_and_tense(text, tense, value):
    """Anchored on a Wednesday: "this" looks the way the clause does, ahead
    when it says nothing; the anchor's own weekday is the anchor day."""
    assert _values(text, tense=tense)[0][1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("since the Sept. 11 attacks", "2001-09-11"),
        ("a 9/11 widow", "2001-09-11"),
        ("the Pearl Harbor attack", "1941-12-07"),
        ("on Sept. 11 the fund closes", "2014-09-11"),
    ],
)
def test_timex_named_events_keep_their_own_year(text, value):
    assert _values(text)[0][1] == value


def test_timex_event_day_after_the_anchor_year_is_no_event():
    """ "the Oct. 7 attack" in 2014 cannot be the attack of 2023."""
    assert _values("the Oct. 7 attack")[0][1] == "2014-10-07"


def test_timex_future_day_already_past_is_next_year():
    assert _values("on May 2", tense="future")[0][1] == "2015-05-02"
    assert _values("on May 2", tense="past")[0][1] == "2014-05-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June last year the mine closed.", ("June last year", "2013-06")),
        ("Licences lapse after October of next year.", ("October of next year", "2015-10")),
        ("The law took effect on March 3 this year.", ("March 3 this year", "2014-03-03")),
        ("Talks began in January this year.", ("January this year", "2014-01")),
    ],
)  # fmt: skip
def test_rules_month_of_a_relative_year(text, expected):
    """A month with "last year" or "of next year" takes that year, whichever
    side of the anchor's month it falls (the anchor is 21 May 2014)."""
    assert _values(text)[0][:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell for the past five trading days.",
         ("the past five trading days", "P5D")),
        ("Refunds arrive within 10 business days.", ("10 business days", "P10D")),
        ("The index rose two straight trading days.", ("two straight trading days", "P2D")),
        ("Staff get three working days off.", ("three working days", "P3D")),
    ],
)  # fmt: skip
def test_rules_trading_and_business_days_are_durations(text, expected):
    assert _values(text)[0][:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index ended the day at 8,017.", [("the day", "2014-05-21")]),
        ("Shares rebounded late in the day after a fall.",
         [("late in the day", "2014-05-21")]),
        ("For the day, the Nikkei fell 6%.", [("the day", "2014-05-21")]),
        ("After a fall at the start of the day, stocks rose.",
         [("the start of the day", "2014-05-21")]),
        ("He came the day after his death.", []),
        ("It was the day he left.", []),
        ("Back in the day we rode horses.", []),
        ("At the end of the day, voters decide.", []),
        ("Bids are due by the end of the day.", [("the end of the day", "2014-05-21")]),
    ],
)  # fmt: skip
def test_rules_the_day_the_text_is_about(text, expected):
    """ "the day" a market report closes or a story moves on in is a date;
    "the day after ...", "the day he left" need more than these rules."""
    assert [(t, v) for t, v, _ in _values(text)] == expected


def test_rules_the_day_follows_the_last_day_named():
    text = "On Monday the index fell 3% to end the day at 7,114."
    found = find_timexes(
        text,
        anchor=WEDNESDAY,
        reference_at=lambda _: Reference(date(2014, 5, 19), "day"),
    )
    assert [(t.text, t.value) for t in found][-1] == ("the day", "2014-05-19")


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli daily Haaretz reported the talks.",
        "The party daily Granma printed the letter.",
        "It cut 789, or about a quarter, of its dealers.",
        "The Russell 2000 Index fell 4%.",
        "WASHINGTON (USA TODAY) — The senator spoke, USA Today reported.",
        "The case is for today's youth what the blockade was for their parents.",
        "In today\u2019s connected world, nothing stays secret.",
    ],
)
def test_rules_newspapers_fractions_and_index_names_are_no_times(text):
    """A paper called a daily, a quarter as a share, an index named with a
    number, the present age ("today's youth") are no time expressions."""
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rallies are held daily outside the house.", [("daily", "P1D", "SET")]),
        ("In 2000 index funds grew fast.", [("2000", "2000", "DATE")]),
        ("Today's vote was close.", [("Today", WEDNESDAY.isoformat(), "DATE")]),
    ],
)  # fmt: skip
def test_rules_daily_and_years_still_found(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume in the coming weeks.", [("the coming weeks", "PXW", "DURATION")]),
        ("Rates may fall in coming months.", [("coming months", "PXM", "DURATION")]),
        ("Rates may fall over the next several months.",
         [("the next several months", "PXM", "DURATION")]),
    ],
)  # fmt: skip
def test_rules_vague_stretches_ahead_keep_their_words(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She landed after a 16-hour flight.", "16-hour"),
        ("Stocks hit a five year low.", "five year"),
        ("He spoke on the two-week crisis.", "two-week"),
        ("The year-ago results were restated.", "year-ago"),
        ("The third-quarter loss widened.", "third-quarter"),
        ("He will stay for a week and leave.", "a week"),
        ("Profit rose from a year ago.", "a year ago"),
        ("The talks took a month or two.", "a month"),
    ],
)
def test_rules_article_of_the_modified_noun_stays_out(text, expected):
    """In "a 16-hour flight" the article belongs to "flight", not to the
    length that modifies it; "a week", "a year ago" keep theirs."""
    assert _values(text)[0][0] == expected


def test_rules_no_expression_runs_over_a_line_end():
    """A headline ending in a weekday and the dateline under it are two dates."""
    text = "Markets stay shut until Friday\nSeptember 18, 2008 Trading stays halted."
    found = _values(text, anchor=date(2008, 9, 18), tense="future")
    assert [(t, v) for t, v, _ in found] == [
        ("Friday", "2008-09-19"),
        ("September 18, 2008", "2008-09-18"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoppers queued on Black Friday.", [("Black Friday", "2014-11-28", "DATE")]),
        ("Retailers count on Cyber Monday.", [("Cyber Monday", "2014-12-01", "DATE")]),
        ("Traders still fear another Black Monday.", []),
        ("Rivals regroup before the Super Tuesday contests.", []),
        ("The paper went biweekly in October.", [("October", "2014-10", "DATE")]),
        ("Orangemen march each July.", [("each July", "XXXX-07", "SET")]),
        ("The fair opens every summer.", [("every summer", "XXXX-SU", "SET")]),
        ("Islam will one day be the second faith.", [("one day", "FUTURE_REF", "DATE")]),
        ("She hopes to one day run for office.", [("one day", "FUTURE_REF", "DATE")]),
        ("It took one day to finish.", [("one day", "P1D", "DURATION")]),
    ],
)  # fmt: skip
def test_rules_shopping_days_yearly_months_and_some_day(text, expected):
    """Anchored on 20 November 2014: Black Friday follows Thanksgiving, a
    "Black Monday" and "Super Tuesday" are no coming weekday (nor "per Tuesday"
    a SET); "biweekly" holds no "weekly"; "each July" recurs;
    "will one day be" lies ahead without a length."""
    found = find_timexes(text, anchor=date(2014, 11, 20))
    assert [(t.text, t.value, t.type) for t in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump allowed the year-round use of the fuel.", []),
        ("The day-to-day work goes on.", []),
        ("Profit fell from the year-ago quarter.", ["the year-ago quarter"]),
    ],
)  # fmt: skip
def test_rules_a_unit_joined_to_a_modifier_is_no_time(text, expected):
    assert [t for t, _, _ in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was named Debater of the Year in college.", []),
        ("She was Employee of the Month twice.", []),
        ("Sales rose later in the year.", ["later in the year"]),
    ],
)  # fmt: skip
def test_rules_an_awards_unit_is_no_time(text, expected):
    assert [t for t, _, _ in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copyright © 2021 The Washington Times, LLC.", []),
        ("Copyright 2016 The Associated Press.", []),
        ("(c) 2015 Reuters. All rights reserved.", []),
        ("© 2019 Gannett. The law passed in 2018.", ["2018"]),
        ("The copyright law of 1976 still holds.", ["1976"]),
    ],
)  # fmt: skip
def test_rules_a_copyright_year_is_no_time(text, expected):
    assert [t for t, _, _ in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colleges are often today hubs of protest.", ("today", "PRESENT_REF")),
        ("What is today typically called gene therapy began then.",
         ("today", "PRESENT_REF")),
        ("Farms are increasingly today run by firms.", ("today", "PRESENT_REF")),
        # the report's day: no adverb of habit beside it
        ("The council often meets, and it met today.", ("today", "2014-05-21")),
        ("Prices often rise today.", ("today", "2014-05-21")),
    ],
)  # fmt: skip
def test_rules_today_beside_an_adverb_of_habit_is_the_present_age(text, expected):
    assert [(t, v) for t, v, _ in _values(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices should fall over the next week.", ("next week", "P1W", "DURATION")),
        ("A deal is likely in the coming week.", ("coming week", "P1W", "DURATION")),
        ("Rain fell for the past week.", ("past week", "P1W", "DURATION")),
        ("Costs will double over the next decade.", ("next decade", "P10Y", "DURATION")),
        ("Crime fell in the past decade.", ("past decade", "P10Y", "DURATION")),
        # a calendar unit: named alone, or a year
        ("Talks resume next week.", ("next week", "2014-W22", "DATE")),
        ("Sales rose over the past year.", ("past year", "2013", "DATE")),
    ],
)  # fmt: skip
def test_rules_over_the_next_week_is_a_stretch_from_the_day_written(text, expected):
    """Written Wednesday 21 May 2014: "over the next week" are the seven days
    to come, not the calendar week after this one."""
    assert _values(text)[0] == expected


def test_rules_the_last_week_of_a_month_is_no_stretch():
    """ "in the last week of March" is a part of March, not the last seven days."""
    assert "DURATION" not in {
        k for _, _, k in _values("Sales rebounded in the last week of March.")
    }


SUNDAY = date(2019, 6, 23)
"""A Sunday: the day news begins their week on."""


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        # written on a Sunday: last week ended the day before, the weekend is now
        ("The strike came last week.", SUNDAY, "past", "2019-W25"),
        ("Talks resume next week.", SUNDAY, "future", "2019-W27"),
        ("Talks resume this week.", SUNDAY, "future", "2019-W26"),
        ("Talks stalled this week.", SUNDAY, "past", "2019-W25"),
        ("Officials spoke over the weekend.", SUNDAY, "past", "2019-W25-WE"),
        # a Saturday: the weekend is now, last week the one before
        ("Officials spoke over the weekend.", date(2019, 6, 22), "past", "2019-W25-WE"),
        ("The strike came last week.", date(2019, 6, 22), "past", "2019-W24"),
        # a weekday: as the ISO week runs
        ("The strike came last week.", WEDNESDAY, "past", "2014-W20"),
        ("Officials spoke over the weekend.", WEDNESDAY, "past", "2014-W20-WE"),
        # "this weekend" told in the past on a weekday: the one just past
        ("Lawmakers voted this weekend.", WEDNESDAY, "past", "2014-W20-WE"),
        ("Lawmakers vote this weekend.", WEDNESDAY, "future", "2014-W21-WE"),
        ("Lawmakers voted this weekend.", SUNDAY, "past", "2019-W25-WE"),
    ],
)
def test_rules_weeks_written_on_a_weekend(text, anchor, tense, value):
    (found,) = _values(text, anchor=anchor, tense=tense)
    assert found[1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill burned down last Oct. 2 after a dry summer.", [("Oct. 2", "2013-10-02")]),
        ("Sales began last Sept. 15 in Ohio.", [("Sept. 15", "2013-09-15")]),
        ("Sales began last Sept. in Ohio.", [("last Sept", "2013-09")]),
    ],
)  # fmt: skip
def test_rules_last_before_an_abbreviated_month_and_its_day(text, expected):
    """ "last Oct. 2" is that day, not last October with a stray "2": the
    abbreviation's full stop hid the day from the relative month."""
    assert [(t, v) for t, v, _ in _values(text, tense="past")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery shut a few years ago.", [("a few years ago", "PAST_REF")]),
        ("Several weeks ago the pier gave way.", [("Several weeks ago", "PAST_REF")]),
        ("The dam should hold a few decades from now.",
         [("a few decades from now", "FUTURE_REF")]),
    ],
)  # fmt: skip
def test_rules_a_vague_count_from_now_is_past_or_future(text, expected):
    """ "a few years ago" has no day to count back to, but it lies before now."""
    assert [(t, v) for t, v, _ in _values(text)] == expected


def test_rules_or_so_before_ago_keeps_the_count():
    """ "a month or so ago" is a month ago, not a length of a month."""
    assert _values("A month or so ago the pier gave way.", tense="past") == [
        ("A month or so ago", "2014-04", "DATE")
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        ("The orchard flooded in the autumn.", date(2014, 3, 4), "past", "2013-FA"),
        ("The orchard flooded in the spring.", WEDNESDAY, "past", "2014-SP"),
        ("The ferry will run again in the summer.", date(2014, 11, 2), "future", "2015-SU"),
        ("The ferry will run again in the summer.", WEDNESDAY, "future", "2014-SU"),
        ("The orchard froze in the winter.", date(2014, 3, 4), "past", "2014-WI"),
    ],
)  # fmt: skip
def test_rules_a_bare_season_follows_the_tense(text, anchor, tense, value):
    """A past season has begun, a season to come is not yet over."""
    (found,) = _values(text, anchor=anchor, tense=tense)
    assert found[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Canals were dug across the county in the 1800s.", "18XX"),
        ("The chapel dates from the early 1700s.", "17XX"),
        ("Phone sales boomed in the 2000s.", "200X"),
        ("Phone sales boomed in the 1980s.", "198X"),
        # a curly apostrophe before the "s" or for the century
        ("Phone sales boomed in the 1980\u2019s.", "198X"),
        ("Phone sales boomed in the \u201980s.", "198X"),
    ],
)  # fmt: skip
def test_rules_a_round_hundred_before_2000_is_a_century(text, value):
    """ "the 1800s" are a century; "the 2000s" the decade news mean."""
    (found,) = _values(text)
    assert found[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The co-op lost money last fiscal year.", "2013"),
        ("The co-op expects a profit next fiscal year.", "2015"),
    ],
)  # fmt: skip
def test_rules_last_and_next_fiscal_year(text, value):
    """ "last fiscal year" is last year as TIMEX3 writes a fiscal year."""
    (found,) = _values(text)
    assert found[1] == value


def test_rules_or_so_before_ago_is_approximate():
    """ "a month or so ago" is a month ago, give or take: APPROX."""
    (found,) = find_timexes("A month or so ago the pier gave way.", anchor=WEDNESDAY)
    assert found.mod == "APPROX"


def test_rules_in_the_morning_before_a_noun_is_no_time():
    """ "in the morning shows": the part of day modifies a noun."""
    assert _values("She took a seat in the morning shows.") == []
    assert [t for t, _, _ in _values("She took a seat in the morning.")] == [
        "the morning"
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "the month of March" is March, not the month last named
        ("Up to 13,000 may cross in May. Crossings for the month of March rose.",
         ["2014-05", "2014-03"]),
        ("Prices rose in May. Sales for the month fell.", ["2014-05", "2014-05"]),
    ],
)  # fmt: skip
def test_rules_the_month_of_a_named_month_is_that_month(text, values):
    found = find_timexes(text, anchor=WEDNESDAY, reference_at=lambda _: None)
    assert [t.value for t in found] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year" the words after it count from a thing: no year of the report
        ("She looked back on the year following her son's arrest.", []),
        ("It was the week since the storm that hurt most.", []),
        ("Nobody spoke of the month before the vote.", []),
        # the report's own unit, and what follows it naming something else
        ("Sales rose for the year, the firm said.", [("the year", "2014")]),
        ("The week ended with a vote.", [("The week", "2014-W21")]),
    ],
)  # fmt: skip
def test_rules_a_unit_counted_from_a_thing_is_no_date(text, expected):
    assert [(t, v) for t, v, _ in _values(text)] == expected
