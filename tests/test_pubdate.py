"""Publication dates inferred from an article's own text, never with a guessed year."""

from __future__ import annotations

import pytest

from corroborate.pubdate import infer_pubdate
from corroborate.timex import find_timexes


def _infer(text: str):
    return infer_pubdate(find_timexes(text), text=text)


def test_pubdate_date_alone_on_a_leading_line():
    text = "Dam bursts after storm\nNovember 12, 2016\nA dam gave way on Saturday."
    published = _infer(text)
    assert (published.value, published.how) == ("2016-11-12", "leading-line")
    assert published.evidence is not None
    start = published.evidence.start
    assert text[start : published.evidence.end] == "November 12, 2016"


@pytest.mark.parametrize(
    "text",
    [
        "Dam bursts after storm\nNovember 12\nA dam gave way on Saturday.",
        "Dam bursts\nA dam built on November 12, 2016 gave way.\nMore rain is due.",
        "One\nTwo\nThree\nNovember 12, 2016\nA dam gave way.",
    ],
)
def test_pubdate_no_leading_line_date(text):
    published = _infer(text)
    assert published.how != "leading-line"
    assert published.value is None or published.value.startswith("XXXX")


def test_pubdate_year_less_dates_stay_partial():
    text = "Crews said on Friday that the levee, breached on June 20, held."
    published = _infer(text)
    assert published.value is None or published.value.startswith("XXXX")
    values = {t.text: t.value for t in find_timexes(text)}
    assert values["June 20"] == "XXXX-06-20"
    assert values["Friday"] == "XXXX-WXX-5"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a caption's or a post's date ends its line; a stamp gives its weekday
        ("Crews said on Monday the levee held.\n"
         "Crews inspect the levee in Ames on March 21, 2022.", "2022-03-21"),
        ("Crews said on Monday the levee held.\n"
         "This is the flood report for Monday, March 21, 2022.", "2022-03-21"),
        ("Crews said on Monday the levee held.\n"
         "Crews inspect the levee in Ames, March 21, 2022. City of Ames/Handout",
         "2022-03-21"),
        # a date inside a sentence tells of its own event
        ("Crews said on Monday the levee, built on March 21, 2022, held.", None),
        ("His sister said Tuesday that he died on Sept. 11, 2001, in New York.",
         None),
    ],
)  # fmt: skip
def test_pubdate_a_weekday_agrees_only_with_a_dates_stamp(text, value):
    published = _infer(text)
    assert published.value == value
    assert published.how == ("text+weekday" if value else "unknown")
