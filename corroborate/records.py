"""The records passed between stages, stored, exported and served.

Offsets are character offsets into ``Article.text`` with slice semantics
(``end`` exclusive). Annotations never copy the text they point at; use
``article.text[x.start:x.end]``. Every annotation names the ``extractor``
(``<kind>.<impl>.v<N>``) that produced it.

Serialise only through ``to_dict()`` / ``from_dict()``: the store, the
exports and the REST API share them.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, get_args, get_origin

T = TypeVar("T", bound="Record")


class Record:
    """Mixin giving dataclasses a JSON-ready ``to_dict`` and ``from_dict``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict of this record (nested records too)."""
        return {
            name: _dump(getattr(self, name))
            for name in _field_names(type(self))  # type: ignore[arg-type]
        }

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Build a record from ``to_dict`` output; unknown keys are ignored."""
        return cls(
            **{
                name: load(data[name])
                for name, load in _field_loaders(cls)  # type: ignore[arg-type]
                if name in data
            }
        )


Loader = Callable[[Any], Any]


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of a record class, in order: asked of ``dataclasses`` once
    per class, not once per record written (an article with its annotations
    is ~300 records, written when it is stored and again when it is updated)."""
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _field_loaders(cls: type) -> tuple[tuple[str, Loader], ...]:
    """Each field of a record class with the function that loads its value,
    built once per class: resolving and reading the type hints of every
    value as it came was most of the time of reading stored articles."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _loader(hints[f.name])) for f in dataclasses.fields(cls))


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _identity(value: Any) -> Any:
    return value


@functools.cache
def _loader(hint: Any) -> Loader:
    """The function loading a ``to_dict`` value of type ``hint`` (None stays None)."""
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        return _loader(args[0]) if len(args) == 1 else _identity
    if origin in (list, tuple, dict):
        inner = _loader((get_args(hint) or (Any, Any))[-1 if origin is dict else 0])
        return functools.partial(_load_container, origin, inner)
    if isinstance(hint, type) and issubclass(hint, Record):
        return functools.partial(_load_record, hint)
    return _identity


def _load_container(origin: type, inner: Loader, value: Any) -> Any:
    if value is None:
        return None
    if origin is dict:
        return {k: inner(v) for k, v in value.items()}
    items = list(value) if inner is _identity else [inner(v) for v in value]
    return tuple(items) if origin is tuple else items


def _load_record(record: type[Record], value: Any) -> Any:
    return None if value is None else record.from_dict(value)


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of ``Article.text``: ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Zone(Record):
    """A part of an article: headline, caption, dateline, body or aside
    (text set among the body that is not its reporting: :mod:`.segment.asides`)."""

    start: int
    end: int
    kind: str  # "headline" | "caption" | "dateline" | "body" | "aside"


@dataclass(frozen=True, slots=True)
class PubDate(Record):
    """When an article was published, and how we know.

    ``value`` is ISO (``2024-10-04``, ``2024-10``) or a partial TIMEX value
    (``XXXX-06-20``) or None when unknown. ``how`` says where it came from:
    ``metadata``, ``caption+weekday``, ``text`` ... ``unknown``.
    """

    value: str | None = None
    precision: str | None = None  # "day" | "month" | "year" | None
    how: str = "unknown"
    confidence: float = 0.0
    evidence: Span | None = None


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A stretch of ``Article.text`` that names an entity."""

    start: int
    end: int
    label: str  # "PERSON", "ORG", "GPE", "LOC", "NORP", ...
    extractor: str
    entity_id: str | None = None  # set by resolution, not extraction
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class DateRef(Record):
    """A time expression normalised to a TIMEX3-style value."""

    start: int
    end: int
    value: str | None  # "2023-06-20", "2023-06", "XXXX-06-20", "198X", "P2W"
    extractor: str
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    precision: str | None = None  # "day" | "week" | "month" | "year" | "decade"
    anchor: str | None = None  # "publication", "text:<start>", None if absolute
    confidence: float = 1.0
    mod: str | None = None  # TIMEX3 mod: "START" (early 2023), "APPROX", ...


@dataclass(frozen=True, slots=True)
class Place(Record):
    """A toponym (or demonym) resolved to a GeoNames record."""

    start: int
    end: int
    extractor: str
    geonameid: int | None = None
    name: str | None = None  # the gazetteer's name
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    feature: str | None = None  # GeoNames feature class/code, e.g. "P.PPLC"
    demonym: bool = False
    confidence: float = 1.0
    admin1: str | None = None  # its first-level region: "OR" for Salem, Oregon


@dataclass(frozen=True, slots=True)
class Quantity(Record):
    """A number with what it counts and how it is hedged."""

    start: int
    end: int
    extractor: str
    value: float | None = None  # best value; None for "dozens" with no bound
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # what is counted, lemmatised: "computer", "Iranian"
    hedge: str | None = None  # "nearly", "about", "at least", "dozens"
    linked_to: str | None = None  # "event:<i>" or "claim:<i>" in this article
    confidence: float = 1.0
    kind: str = "count"  # count | money | percent | vote (a tally "134-63")
    currency: str | None = None  # money: ISO 4217 code ("USD", "EUR")
    role: str | None = None  # what happened to what is counted: "killed", "wounded"
    against: float | None = None  # a tally's second number (votes against, "4-1")
    denied: bool = False  # told as not so: "there's no plan to add 87,000 agents"


@dataclass(frozen=True, slots=True)
class Size(Record):
    """How many an event killed, injured, arrested, seized ...: the count its text gives.

    ``value`` is a number the text states ("145", "about 30", "at least 12"). A
    vague plural ("dozens of injuries", "hundreds of", "thousands of", "scores
    of") states none: ``value`` is None, ``low`` and ``high`` are the range its
    ``hedge`` allows (``quantities.rules.v1`` conventions), never a guessed count.
    """

    value: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str | None = None  # "dozens", "about", "at least", ...

    @classmethod
    def of(cls, quantity: Quantity) -> Size:
        """The size a quantity gives: its value, bounds and hedge as they are."""
        return cls(quantity.value, quantity.low, quantity.high, quantity.hedge)

    @classmethod
    def from_dict(cls, data: Any) -> Size:
        """Build a size from ``to_dict`` output, or from a bare number (the form
        stores written before sizes carried their bounds and hedge)."""
        if isinstance(data, (int, float)):
            return cls(value=float(data))
        return cls(**{f: data.get(f) for f in ("value", "low", "high", "hedge")})

    def text(self) -> str:
        """The size for reading: "145", "about 30", "dozens (24-99)", "at least 12"."""
        if self.value is not None:
            return " ".join(filter(None, (self.hedge, f"{self.value:g}")))
        if self.low is not None and self.high is not None:
            bounds = f"{self.low:g}-{self.high:g}"
        elif self.low is not None:
            bounds = f"{self.low:g} or more"
        elif self.high is not None:
            bounds = f"up to {self.high:g}"
        else:
            return self.hedge or "unknown"
        return f"{self.hedge} ({bounds})" if self.hedge else bounds


@dataclass(frozen=True, slots=True)
class Claim(Record):
    """An attributed statement: source -- cue -- content."""

    cue: Span
    content: Span
    extractor: str
    source: Span | None = None  # None for agentless ("it was reported")
    according_to: str | None = None  # entity id, or a description
    source_text: str | None = None  # resolved name when source is a pronoun
    stance: str = (
        "asserts"  # asserts | denies | reports | warns | vows | declines | ...
    )
    confidence: float = 1.0
    unnamed: bool = False  # "officials said", "a source close to ...": no one named


@dataclass(frozen=True, slots=True)
class Event(Record):
    """A PLOVER event with its participants and evidence."""

    evidence: Span
    type: str  # PLOVER root type, e.g. "ASSAULT", "COERCE"
    extractor: str
    mode: str | None = None  # PLOVER mode, or "designate" / "delist"
    trigger: Span | None = None
    actors: list[Span] = field(default_factory=list)
    recipients: list[Span] = field(default_factory=list)
    date: str | None = None  # TIMEX value
    date_span: Span | None = None
    place: Span | None = None
    size: dict[str, Size] = field(default_factory=dict)  # {"killed": Size(145.0)}
    modality: str = "asserted"  # asserted | negated | future | hypothetical | intended
    according_to: str | None = None
    context: list[str] = field(default_factory=list)
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Act(Record):
    """Who did what to whom, told by a verb the PLOVER lexicon does not type
    ("The Senate passed the bill on Thursday"): what corroboration lines up
    across outlets beside PLOVER events."""

    evidence: Span  # its sentence
    trigger: Span
    predicate: str  # the verb's lemma: "pass"
    extractor: str
    actors: list[Span] = field(default_factory=list)
    objects: list[Span] = field(default_factory=list)
    date: str | None = None  # TIMEX value
    date_span: Span | None = None
    modality: str = "asserted"  # asserted | negated | future | hypothetical | intended
    place: Span | None = None  # where the sentence says it was done

    @property
    def recipients(self) -> list[Span]:
        """Its objects, under the name an event's have."""
        return self.objects


@dataclass(frozen=True, slots=True)
class Designation(Record):
    """An authority putting an organisation on, or off, a list."""

    authority: str
    organization: str
    action: str  # designate | delist | decision_to_delist | reaffirm | outlaw
    article_id: str
    evidence: Span
    extractor: str
    list_name: str | None = None  # "terrorist organizations", "banned groups"
    date: str | None = None
    date_precision: str | None = None
    # the article's publication date, for rows with no date of their own or a
    # present-tense one ("is outlawed in Russia"): the status held as of then
    as_of: str | None = None
    authority_id: str | None = None
    organization_id: str | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Article(Record):
    """One news article, as segmented; the text later stages see."""

    id: str  # "<document_id>#<n>", n from 1
    document_id: str
    text: str
    source_path: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: PubDate = field(default_factory=PubDate)
    zones: list[Zone] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # ISO codes of flag emojis
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    story_id: str | None = None
    errors: list[str] = field(default_factory=list)  # extractors that failed on it
    input_id: str | None = None  # its document's input id (JSONL "id", file name)

    def span_text(
        self, span: Span | Mention | Zone | DateRef | Place | Quantity
    ) -> str:
        """Return the text an annotation points at."""
        return self.text[span.start : span.end]

    def zone_text(self, kind: str) -> list[str]:
        """Return the texts of all zones of one kind."""
        return [self.text[z.start : z.end] for z in self.zones if z.kind == kind]

    @property
    def body(self) -> str:
        """The body text (everything in body zones, joined by newlines)."""
        return "\n".join(self.zone_text("body"))


@dataclass(slots=True)
class Document(Record):
    """A file or record as ingested: raw bytes turned into text."""

    id: str  # sha256 of the raw bytes (or of the JSONL line), 16 hex chars
    text: str
    source_path: str
    content_type: str  # "text/plain" | "text/html" | "application/jsonl"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # as found in metadata, ISO if parseable
    articles: list[Article] = field(default_factory=list)
    input_id: str | None = None  # the id its input gave it: JSONL "id", or file name


@dataclass(frozen=True, slots=True)
class Alias(Record):
    """One spelling of an entity, with where it was seen."""

    entity_id: str
    name: str
    kind: str  # canonical | acronym | transliteration | translation |
    # short_form | former_name | weak_alias | role
    article_id: str | None = None
    start: int | None = None
    end: int | None = None
    first_seen: str | None = None  # publication date or ingest time, ISO
    last_seen: str | None = None
    count: int = 1


@dataclass(slots=True)
class Entity(Record):
    """One real-world thing, whatever it is called."""

    id: str
    kind: str  # FollowTheMoney schema: Person | Organization | Address/Place
    name: str
    aliases: list[Alias] = field(default_factory=list)
    roles: list[Alias] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Story(Record):
    """Articles about the same events; members are never deleted."""

    id: str
    article_ids: list[str] = field(default_factory=list)
    title: str | None = None
    duplicates: list[list[str]] = field(default_factory=list)  # near-dup groups


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """One article's account of a fact."""

    article_id: str
    span: Span
    value: str | None = None
    outlet: str | None = None
    according_to: str | None = None
    stance: str = "asserts"
    event: int | None = None  # index in its article's events of the event it tells
    published: str | None = None  # the article's publication date (TIMEX value)
    input_id: str | None = None  # the id the article's input gave it


WHO_KINDS = frozenset({"person", "office"})
"""Kinds of fact that say who someone is (a party, a state, an office), shown
apart from what happened."""


@dataclass(slots=True)
class Fact(Record):
    """A proposition aligned across the articles of a story.

    ``status``: corroborated (two or more outlets state it compatibly),
    single-source, conflicting (same slot, incompatible values), disputed
    (one source asserts, another denies), superseded (an earlier report's
    expectation or status overtaken by a later one), or rejected (a user
    rejected the alignment). ``decision`` is a user's ``confirm`` or
    ``reject``, kept across re-runs.
    """

    id: str
    story_id: str
    kind: str  # event | number | money | percent | vote | date | quote | claim | person
    about: str  # the slot: "people killed (ASSAULT)", "party of Chris Murphy"
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    label: str = ""  # one readable line: "49 vs 50 people killed"
    confidence: float = 0.0
    background: bool = False  # told as background (an earlier event), not the news
    importance: float = 0.0  # ranks facts in a brief, highest first
    decision: str | None = None


@dataclass(slots=True)
class Discrepancy(Record):
    """Where sources, or one text with itself, do not agree.

    ``kind``: conflicting, disputed, superseded, misquoted (one speaker's
    words given with a different meaning), or inconsistent (within one
    article's own timeline).
    """

    id: str
    story_id: str | None
    kind: str
    about: str
    evidence: list[Evidence] = field(default_factory=list)
    note: str | None = None
    label: str = ""
    confidence: float = 0.0
    fact_id: str | None = None
    decision: str | None = None
