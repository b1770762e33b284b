"""Names that are a state by how the article writes them: in someone's
title ("Washington Gov. Jay Inslee") or listed with other states ("Trump won
Idaho, Washington and Hawaii"). Read after the article's context, which
they leave as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...gazetteer import FEATURE_STATE, GeoEntry
from .toponyms import Toponym

TITLED_STATE_CONFIDENCE = 0.8
"""A state read from someone's title ("Texas Sen."): sure, though unscored."""
TITLE_AFTER = re.compile(
    r"\s+(?:(?:Gov|Lt|Sen|Rep)\.|(?:Governor|governor|Senator|senator|"
    r"Representative|representative|Congress(?:man|woman)|congress(?:man|woman)|"
    r"Attorney General|attorney general|lawmaker|legislator|Democrat|Republican)\b)"
)
"""A title or party word right after a state's name: "Arkansas Gov." names a person."""


def titled_state(
    toponym: Toponym, candidates: Sequence[GeoEntry], text: str
) -> tuple[GeoEntry, float] | None:
    """The state a name in someone's title is ("Washington Gov. Jay Inslee",
    "Texas Sen. Ted Cruz": not the capital, not Texas City), if the name is
    one's; decided after the article's context is read, which it leaves as
    it was."""
    if not TITLE_AFTER.match(text, toponym.end):
        return None
    state = next((e for e in candidates if e.feature == FEATURE_STATE), None)
    return (state, TITLED_STATE_CONFIDENCE) if state is not None else None


LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:\b(?:and|or)\b\s*)?$|\s*,\s*$")
"""What stands between two names of one list: a comma, "and", "or", ", and"."""


def listed_state(
    index: int,
    toponyms: Sequence[Toponym],
    candidates: Sequence[Sequence[GeoEntry]],
    picks: Sequence[tuple[GeoEntry, float] | None],
    text: str,
) -> tuple[GeoEntry, float] | None:
    """The state a name is when it is listed beside a state ("Trump won
    Idaho, Washington and Hawaii", "caucus states, including Washington and
    Alaska": not the capital), if the name is one's; read after the article's
    context, as a titled state is."""
    state = next((e for e in candidates[index] if e.feature == FEATURE_STATE), None)
    pick = picks[index]
    if state is None or pick is None or pick[0].feature == FEATURE_STATE:
        return None
    toponym = toponyms[index]
    for other in (index - 1, index + 1):
        other_pick = picks[other] if 0 <= other < len(toponyms) else None
        if other_pick is None:
            continue
        neighbour = toponyms[other]
        first, second = sorted((toponym, neighbour), key=lambda t: t.start)
        between = text[first.end : second.start]
        joined = bool(between) and LIST_JOIN.fullmatch(between) is not None
        if other > index and not re.search(r"\b(?:and|or)\b", between):
            if not _list_goes_on(other, toponyms, text):
                continue  # "Washington, Virginia": a state after a comma qualifies
        listed = other_pick[0]
        if not joined or "." in neighbour.text or listed.feature != FEATURE_STATE:
            continue
        if (pick[0].country, pick[0].admin1) == (listed.country, listed.admin1):
            continue  # "Washington, Virginia": a town its state qualifies
        return state, TITLED_STATE_CONFIDENCE
    return None


def _list_goes_on(index: int, toponyms: Sequence[Toponym], text: str) -> bool:
    """Whether the name at ``index`` is followed by another of its list
    ("Washington, Oregon and Texas": Oregon is no qualifier of Washington)."""
    if index + 1 >= len(toponyms):
        return False
    between = text[toponyms[index].end : toponyms[index + 1].start]
    return bool(between) and LIST_JOIN.fullmatch(between) is not None
