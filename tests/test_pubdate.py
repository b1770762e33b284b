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
