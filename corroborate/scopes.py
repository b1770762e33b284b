"""What a name is a name within: a state for its ministries ("Foreign
Ministry" of Iran is not Russia's), a kind of place for a toponym ("New York"
the state is not the city); and the bare generic words that name nothing."""

from __future__ import annotations

from collections.abc import Sequence

from .names import WEAK_TOKENS, name_tokens
from .records import Article, Place

# A name that is only one of these words names a kind of thing, not one thing:
# it never becomes an entity or an alias ("the Organization", "the government").
GENERIC_NAMES = frozenset(
    "organization organisation ministry party government agency department office "
    "committee commission council company group union administration authority "
    "movement front institute foundation association court state regime".split()
)
# Bodies of a state: a name made only of these words ("Foreign Ministry",
# "Ministry of Foreign Affairs", "Supreme Court") is scoped by its state.
STATE_BODY_HEADS = frozenset(
    "ministry ministries army navy police parliament embassy military cabinet "
    "government forces court bank".split()
)
STATE_BODY_WORDS = frozenset(
    "foreign interior defence defense justice finance health education agriculture "
    "energy economy economic trade commerce affairs home internal external "
    "intelligence information culture transport labour labor environment security "
    "central supreme constitutional national armed air state public war oil".split()
)
STATE_BEFORE = frozenset({" ", "'s ", "’s "})  # "Iran's Foreign Ministry"
STATE_AFTER = frozenset({" of ", " of the "})  # "the Interior Ministry of Iran"
STATE_GAP = max(map(len, STATE_BEFORE | STATE_AFTER))
"""The most characters between a state body and its state (no text longer is read)."""
ARTICLE_SCOPE = "article"  # a state body whose state the text does not give
INSTITUTION_LAST_WORDS = frozenset(
    "congress senate house parliament assembly legislature court ministry "
    "department office agency bureau commission committee cabinet kremlin "
    "pentagon capitol duma knesset bundestag majlis palace embassy consulate "
    "administration government".split()
)
"""Last words of a body's or a seat of power's name: a name that ends so
("Congress", "the White House", "a White House spokesman", "the Pentagon",
"Supreme Court") names the institution, not a town that shares its name
(Congress, Arizona; White House, Tennessee)."""


def place_scope(place: Place) -> str:
    """The scope of a place the gazetteer resolved: its kind of place, a
    country, another region or a town (two towns of one name in one corpus
    are taken for one)."""
    feature = place.feature or ""
    return "place:" + ("country" if feature.startswith("A.PCL") else feature[:1])


def state_scope(
    article: Article, start: int, end: int, key: str
) -> tuple[str, str | None]:
    """The key and scope of an organisation's name at ``start:end``.

    A body of a state ("Foreign Ministry", "Iranian Foreign Ministry", "the
    Interior Ministry of Iran") is scoped by the country of the place or
    demonym written in or next to it, its key without that place; with none,
    by its article (:data:`ARTICLE_SCOPE`). Other names have no scope.
    """
    state, tokens = None, key.split()
    for place in sorted(article.places, key=lambda p: p.start):
        inside = start <= place.start and place.end <= end
        before = (
            place.end <= start <= place.end + STATE_GAP
            and article.text[place.end : start] in STATE_BEFORE
        )
        after = (
            end <= place.start <= end + STATE_GAP
            and article.text[end : place.start] in STATE_AFTER
        )
        if place.country and (inside or before or after):
            state = place.country
            drop = set(name_tokens(article.text[place.start : place.end], None))
            tokens = [t for t in tokens if t not in drop] if inside else tokens
            break
    if not tokens or not is_state_body(tokens):
        return key, None
    return " ".join(tokens), f"state:{state}" if state else ARTICLE_SCOPE


def ends_like_institution(name: str) -> bool:
    """Whether ``name`` ends with a word of :data:`INSTITUTION_LAST_WORDS`."""
    words = name.split()
    return bool(words) and words[-1].lower().strip(".") in INSTITUTION_LAST_WORDS


def is_state_body(tokens: Sequence[str]) -> bool:
    """Whether a name's words only say which body of a state it is."""
    return bool(STATE_BODY_HEADS & set(tokens)) and all(
        t in STATE_BODY_HEADS or t in STATE_BODY_WORDS or t in WEAK_TOKENS
        for t in tokens
    )
