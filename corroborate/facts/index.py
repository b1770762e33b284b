"""An article indexed for reading its statements: its sentences, and the
entities, places and participants named inside any stretch of its text."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..extractors.entities import PLACE_LABELS
from ..gazetteer import FEATURE_STATE
from ..names import PARTY_TOKENS, PERSON_TITLES, TITLE_MODIFIERS
from ..records import Article, Mention, Place, Span
from ..resolve.entities import ID_PREFIXES
from ..segment.asides import reported_text
from .intents import requested
from .words import content_words, sentences, stem

PERSON_ID = f"{ID_PREFIXES['Person']}-"
"""How a person's entity id begins."""


ENTITY_IDS = tuple(f"{prefix}-" for prefix in ID_PREFIXES.values())
"""How any entity's id begins."""


def persons(ids: Iterable[str]) -> frozenset[str]:
    """The persons' entity ids among ``ids`` (entities, participants)."""
    return frozenset(i for i in ids if i.startswith(PERSON_ID))


def entity_ids(ids: Iterable[str]) -> frozenset[str]:
    """The entity ids among participants, without their words."""
    return frozenset(i for i in ids if i.startswith(ENTITY_IDS))


PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)

T = TypeVar("T", Mention, Place)
NAMED = "^"
"""Prefix of a participant word written as a name ("Albanian"): a name two
outlets share says more than a shared common noun."""
NAME_WORD = re.compile(r"\b[A-Z][a-z]+\b")
NOT_NAMES = PERSON_TITLES | TITLE_MODIFIERS | PARTY_TOKENS
"""Capitalised words before a name that name no one: two outlets' "Sen.",
"Former" or "Democrat" is no participant they share."""


@dataclass(frozen=True)
class Whereabouts:
    """The places a sentence names (see :meth:`ArticleIndex.places_in`)."""

    ids: frozenset[str] = frozenset()
    lands: frozenset[str] = frozenset()  # their countries (ISO codes), where known
    realms: frozenset[str] = frozenset()  # the countries among them, named as such
    regions: frozenset[str] = frozenset()  # their first-level regions ("US:OR")
    provinces: frozenset[str] = frozenset()  # the regions among them, named as such


PLACE_KINDS = frozenset(
    "airport city county province state district region base square".split()
)
"""Words after a place's name that say what part of it is meant ("the Kabul
Airport", "Kabul province"): the place is still the one named."""


def place_key(name: str) -> str:
    """A place name's key when no entity says which place it is: its
    :func:`stem` without a last word of :data:`PLACE_KINDS` ("Kabul Airport"
    and "Kabul" are one key, as "kabul ", cut at six letters, was not)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in PLACE_KINDS:
        words = words[:-1]
    return stem(" ".join(words)).strip()


def _region(place: Place) -> str | None:
    """A place's first-level region, with its country ("US:OR"), if known."""
    return f"{place.country}:{place.admin1}" if place.country and place.admin1 else None


def _within(items: Sequence[T], starts: list[int], spans: Sequence[Span]) -> list[T]:
    """The items (sorted by start, ``starts`` their starts) inside any span."""
    found: dict[int, T] = {}
    for span in spans:
        lo = bisect.bisect_left(starts, span.start)
        hi = bisect.bisect_left(starts, span.end)
        found.update((id(x), x) for x in items[lo:hi] if x.end <= span.end)
    return list(found.values())


def _country(place: Place) -> bool:
    return (place.feature or "").startswith("A.PCL")


class ArticleIndex:
    """An article's sentences and entity mentions, for building statements."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.sentences = sentences(reported_text(article.text, article.zones))
        self._starts = [s.start for s in self.sentences]
        self.mention_starts = frozenset(m.start for m in article.mentions)
        self._places = {p.start: p for p in article.places}
        self._place_mentions = sorted(
            (m for m in article.mentions if m.label in PLACE_LABELS),
            key=lambda m: m.start,
        )
        self._mention_starts = [m.start for m in self._place_mentions]
        self._resolved = sorted(article.places, key=lambda p: p.start)
        self._resolved_starts = [p.start for p in self._resolved]
        self._people = [m for m in article.mentions if m.label == "PERSON"]

    @functools.cached_property
    def asked(self) -> list[Span]:
        """The contents of the article's claims that ask for an act
        (:func:`.intents.requested`)."""
        text = self.article.text
        return [c.content for c in self.article.claims if requested(text, c)]

    def person_named(self, word: str) -> str | None:
        """The entity id of the one person whose linked mentions in the
        article end with ``word`` (a surname, any case), else None: "Sanders
        himself acknowledged ..." is the article's Bernie Sanders when its
        other mentions link him and no other Sanders."""
        key, text = word.lower(), self.article.text
        found = {
            m.entity_id
            for m in self._people
            if m.entity_id and text[m.start : m.end].lower().split()[-1:] == [key]
        }
        return found.pop() if len(found) == 1 else None

    def sentence_of(self, start: int, end: int | None = None) -> Span:
        """The sentence holding offset ``start`` (widened to ``end``)."""
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        if not self.sentences:
            return Span(start, end or start)
        span = self.sentences[i]
        if end is not None and end > span.end:
            last = max(0, bisect.bisect_right(self._starts, end - 1) - 1)
            span = Span(span.start, self.sentences[last].end)
        return span

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before ``sentence``, if any (news often give each
        sentence a paragraph)."""
        i = bisect.bisect_right(self._starts, sentence.start) - 2
        return self.sentences[i] if i >= 0 else None

    def people_told_of(self, sentence: Span) -> frozenset[str]:
        """Whom a sentence that names no person tells of by a "he" or "she":
        the persons the sentence before it names ("John Kasich picked up all
        66 ... delegates." then "Now all he has to do is win 91 percent of
        the remaining delegates"); none for other sentences."""
        text = self.article.text[sentence.start : sentence.end]
        named = persons(self.entities_in(sentence.start, sentence.end))
        before = self.sentence_before(sentence)
        if named or before is None or not PERSON_PRONOUN.search(text):
            return frozenset()
        return persons(self.entities_in(before.start, before.end))

    def entities_in(self, start: int, end: int) -> frozenset[str]:
        """Entity ids of the mentions inside ``[start, end)``."""
        return frozenset(
            m.entity_id
            for m in self.article.mentions
            if m.entity_id and start <= m.start and m.end <= end
        )

    def places_in(self, *spans: Span, in_names: bool = False) -> Whereabouts:
        """The places named inside ``spans``: entity ids and words, less a
        country that only says where another of them lies ("in Strasbourg,
        eastern France" names Strasbourg), with their countries. With
        ``in_names``, also the places inside the name of a thing ("the
        Missouri Democratic Primary"), under the id another mention of that
        place in the article has; not those of a person's title ("South Bend,
        Indiana, Mayor Pete Buttigieg" is no act at South Bend)."""

        text = self.article.text
        mentioned = _within(self._place_mentions, self._mention_starts, spans)
        if not (mentioned or in_names):
            return Whereabouts()
        named = [  # its entity and its name: two entities one name may be one place
            (key, self._places.get(m.start))
            for m in mentioned
            for key in filter(None, {m.entity_id, place_key(text[m.start : m.end])})
        ]
        if in_names:
            starts = {m.start for m in mentioned}
            named += [
                (
                    self._place_ids.get(p.geonameid)
                    or place_key(text[p.start : p.end]),
                    p,
                )
                for p in _within(self._resolved, self._resolved_starts, spans)
                if p.start not in starts
                and not p.demonym
                and not any(m.start <= p.start and p.end <= m.end for m in self._people)
            ]
        inner = {p.country for _, p in named if p and p.country and not _country(p)}
        kept = [
            (i, p) for i, p in named if not (p and _country(p) and p.country in inner)
        ]
        regions = {(_region(p), p.feature == FEATURE_STATE) for _, p in kept if p}
        # (its region, whether it is that region)
        return Whereabouts(
            frozenset(i for i, _ in kept),
            frozenset(p.country for _, p in kept if p and p.country),
            frozenset(p.country for _, p in kept if p and p.country and _country(p)),
            frozenset(r for r, _ in regions if r),
            frozenset(r for r, itself in regions if r and itself),
        )

    @functools.cached_property
    def _place_ids(self) -> dict[int | None, str]:
        """The entity id each resolved place's mentions carry, by GeoNames id."""
        return {
            place.geonameid: m.entity_id
            for m in self._place_mentions
            if m.entity_id and (place := self._places.get(m.start)) is not None
        }

    def participants(self, spans: Sequence[Span]) -> frozenset[str]:
        """Entity ids named in participant spans, and their content words (one
        outlet's "Albanian authorities" is another's "the Albanian government")."""
        found: set[str] = set()
        for span in spans:
            text = self.article.text[span.start : span.end]
            found |= self.entities_in(span.start, span.end)
            found |= content_words(text)
            names = [  # not a title nor a party label: "Democrat Hillary Clinton"
                w for w in NAME_WORD.findall(text) if w.lower() not in NOT_NAMES
            ]
            found |= {NAMED + w for w in content_words(" ".join(names))}
        return frozenset(found)
