"""Which spans of an article name places: tagged toponyms and demonyms, places a
named body or a list implies, untagged local names; not institutions, outlets or
people named like towns."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...gazetteer import (
    CITY_FEATURES,
    FEATURE_COUNTRY,
    FEATURE_STATE,
    Gazetteer,
    GeoEntry,
    load_gazetteer,
    normalize_name,
)
from ...names import title_before
from ...records import Article
from ...scopes import ends_like_institution

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "places.geonames.v1"
TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
DEMONYM_LABELS = frozenset({"NORP", "GPE", "MISC"})
NAMED_BODY_LABELS = frozenset({"ORG", "FAC"})
MAX_PREFIX_WORDS = 3
LOCAL_BODY_LABELS = frozenset({"PERSON"})
LOCAL_BODY_WORDS = frozenset(
    "police fire sheriff sheriff's board "
    "council city town township village borough municipal mayor library "
    "community parks public regional area chamber".split()
)
"""A town of any size heads its own bodies ("Litchfield Fire Chief", "Norfolk
High School", "Canaan Board of Finance"), also under a PERSON label."""
PERSON_CITY_MIN_POPULATION = 200_000
"""A whole mention tagged PERSON that is a big city's own name ("Tbilisi says")
is the city, unless the article uses the word inside a person's name."""
OF_PLACE_END = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Central|Greater|"
    r"Northeast|Northwest|Southeast|Southwest|North|South|East|West)\s+)?"
    r"((?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})"
)
"""The place at the end of an organisation's name ("... of Western Pennsylvania")."""
PREFIX_MIN_POPULATION = 50_000
"""A town heading an organisation's name must be this big ("Superior Court" is not
Superior, Wisconsin); counties, states and countries always qualify."""
LOCATIVE_WORDS = frozenset(
    "in at near from outside toward towards into across around throughout "
    "between to via north south east west northeast northwest southeast "
    "southwest downtown".split()
)
SOURCE_BEFORE = re.compile(r"(?i)\baccording\s+to\s+$")
"""Cites a source ("according to McPherson's tabulations"): its "to" is no
locative."""
RESIDENT_WORDS = frozenset(
    "man woman men women resident residents native natives teen teenager teens "
    "boy girl couple family student students".split()
)
"""A known place name before one of these words is where a person lives ("a
Brookville man"), even under a PERSON or ORG label."""
PERSON_OF_BEFORE = re.compile(r",?\s+of\s+")
"""A town's name right after "<person> of" is the person's town."""
LIST_SEPARATOR = re.compile(r",\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+")
"""A town's name under a PERSON/ORG label listed next to a place is a place
("Batumi and Tbilisi", "Butler, Clark, Hamilton, Madison")."""
STREET_WORDS = frozenset(
    "street st road rd avenue ave drive dr lane ln boulevard blvd highway "
    "parkway pkwy court ct circle trail way place pike".split()
)
"""Last words of a street's name; streets are places in local news (LGL)."""

PARTY_DASH = "[-\u2013\u2014]"
"""The dash of a party label, a hyphen or not: "D-Raleigh", "( D\u2013Rockingham )"."""
HOMETOWN_BEFORE = re.compile(rf"(?:\d+,\s+of|\b[RDI]\s*{PARTY_DASH})\s*$")
"""A person's town: "Bowers, 19, of Martinez", "Ricky Moye, D-Raleigh"."""
DATELINE_AFTER = re.compile(r"\s*(?:\(AP\)|\u2014|--|-\s|,\s*[A-Z])")
"""An upper-case name before "(AP)", a dash or ", <state>" is a dateline's town."""
MIN_REPEAT_CHARS = 4
ACRONYM = re.compile(r"[A-Z][A-Z.]{1,5}")
"""A name in capitals short enough to be an acronym ("NATO", "MEK", "UAE")."""
MISLABELLED = frozenset({"ORG", "PERSON"})
"""NER labels under which a whole mention that is a major place name is taken as
a place ("Edmonton" tagged ORG); measured on TR-News and LGL."""
UNTAGGED_MIN_POPULATION = 200_000
"""A capitalised name the NER missed is taken as a city only above this size."""
UNRESOLVED_LABELS = frozenset({"GPE", "LOC"})
"""Unresolved names are kept only for these labels (not "City Hall", a FAC)."""
MIN_NAME_CHARS = 3
MIN_UNTAGGED_CHARS = 4
DIRECTION_PREFIX = re.compile(
    r"(?:(?:North|South)(?:east|west)?|East|West|Central|Northern|Southern|Eastern|"
    r"Western|Upper|Lower|Greater|Downtown|Rural|Metro|Coastal|Inland)[- ]+"
)
SHORT_NAMES = frozenset({"US", "UK", "EU"})
STORM_BEFORE = re.compile(r"(?i)\b(?:Hurricane|Typhoon|Cyclone|Superstorm|Storm)\s+$")
"""A storm's word right before a name makes it a storm's ("Hurricane Sandy",
"Tropical Storm Debby"), as a person's title (:func:`names.title_before`)
makes it a person's: in this article the name is no town, there or
elsewhere."""
GREEK_LETTERS = frozenset(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
    "omicron pi rho sigma tau upsilon phi chi psi omega".split()
)
"""The World Health Organization labels a virus's variants with Greek letters
("the Delta variant", "Omicron"): several are towns' names too (Delta, Utah;
Alpha, New Jersey)."""
VARIANT_NAMES = re.compile(
    r"\b((?:[A-Z][a-z]+(?:,\s*|\s+and\s+|\s+or\s+))*[A-Z][a-z]+)"
    r"\s+(?:sub)?(?:variants?|strains?|lineages?)\b"
)
"""Names before a variant's word, listed or alone ("the Delta variant", "the
Alpha and Delta variants")."""
QUOTE_BEFORE = re.compile(r"(?:^|[\s(])[\"\u201c\u2018']$")
QUOTE_AFTER = re.compile(r"[,.!?]?[\"\u201d\u2019'](?!\w)")
"""Quotation marks around a whole name (a closing one is no possessive's)."""
POLL_AFTER = re.compile(r"\s+(?:polls?|surveys?)\b")
"""A name before "poll" is a pollster's, unless a state's or a country's."""


SEAT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
"""Labels under which a name ending like an institution
(``scopes.INSTITUTION_LAST_WORDS``) is one: CoNLL-trained NER tags "White
House" as a place (LOC), with or without "the"."""
SEAT_WORDS = frozenset(
    "house palace capitol kremlin pentagon embassy consulate".split()
)
"""Last words of a building that seats an institution: after a locative
("at the White House", "outside the Kremlin") it is a place (``Toponym.seat``),
kept unresolved, where something happened. A body ("in the Senate", "from
the Trump Administration") or a lone "House" (the chamber) is never one."""


PUBLICATION_WORDS = frozenset(
    "post times journal herald tribune gazette chronicle globe star examiner "
    "inquirer observer telegraph courier register dispatch bulletin sentinel "
    "daily newspaper magazine radio television tv".split()
)
"""Heads of a publication's name, also before "of" ("British Journal of
Sports Medicine", "Bulletin of the Atomic Scientists")."""
MEDIA_WORDS = PUBLICATION_WORDS | frozenset(
    "research group partners capital consulting associates analytics strategies "
    "insights holdings ventures inc llc corp corporation".split()
)
"""Last words of a news outlet's or a firm's name: "The Washington Post", "the
Indianapolis Star", "Edison Research" (the exit pollster) cite a body named
after a town, not a place the story is about, so the name gives no place
prefix."""


def _names_outlet(name: str) -> bool:
    """ "The Washington Post", "Edison Research", "British Journal of Sports
    Medicine": the name ends with an outlet's or a firm's word
    (``MEDIA_WORDS``), or a publication's word stands before its "of"
    (``PUBLICATION_WORDS``); "Boston Police Department", "University of
    Georgia" and "Corrections Corporation of America" are no outlet's."""
    words = name.split()
    before_of = re.split(r"\s+of\s+", name, maxsplit=1)[0].split()
    return bool(words) and (
        words[-1].lower().strip(".") in MEDIA_WORDS
        or (len(before_of) < len(words)
            and before_of[-1].lower() in PUBLICATION_WORDS)
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Toponym:
    """A candidate span: where it is, what it says, and whether it is a demonym."""

    start: int
    end: int
    text: str
    demonym: bool = False
    label: str = "GPE"
    seat: bool = False  # an institution's building: a place, but no gazetteer entry
    body: bool = False  # only ever the head or end of a body's name: see heads_body


LANGUAGE_VERBS = frozenset("speak translate learn teach write read".split())
"""Verbs whose object a demonym names as a language ("speaks Arabic")."""


def _names_a_language(sdoc: Doc, start: int) -> bool:
    """True for a demonym that names a language, not a people or a country's
    things: what is said or written "in" ("said in both Spanish and
    English", "translated into Arabic"), or spoken ("speaks Arabic and
    French"); not one that qualifies a noun ("Spanish officials")."""
    span = sdoc.char_span(start, start + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    if (
        token is None
        or token.idx != start
        or token.dep_ not in ("pobj", "dobj", "conj")
    ):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj":
        return head.lower_ in ("in", "into")
    return token.dep_ == "dobj" and head.lemma_.lower() in LANGUAGE_VERBS


def find_toponyms(article: Article, sdoc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """Place-like spans: NER places and demonyms, plus known names NER missed.

    Args:
        article: the article, with ``mentions`` from an entity extractor if any.
        sdoc: its spaCy Doc (its entities are used when there are no mentions).
        gazetteer: the loaded gazetteer.

    Returns:
        Non-overlapping toponyms in text order.
    """
    text = article.text
    spans = [(m.start, m.end, m.label) for m in article.mentions]
    if not spans:
        spans = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
    found: list[Toponym] = []
    surnames = _person_words(text, spans) | _headed_names(text, spans)
    person_ends = {e for _, e, label in spans if label == "PERSON"}
    for start, end, label in spans:
        start, end = _widen_hyphenated(text, *_trim(text, start, end), gazetteer)
        name = text[start:end]
        if _is_currency(text, start, end) or _is_quoted(text, start, end):
            continue
        if _is_combining_form(text, start, end, gazetteer) or _is_handle(text, start):
            continue
        if _names_pollster(text, end, name, gazetteer):
            continue
        if label == "ORG" and _is_body_acronym(text, end, name, gazetteer):
            continue
        known = bool(gazetteer.lookup(name))
        if len(name) < MIN_NAME_CHARS and "." not in name and name not in SHORT_NAMES:
            continue  # "D" of "D-Ohio", stray initials
        if label in SEAT_LABELS and _is_institution(text, end, name):
            found.extend(_seat(text, start, end, gazetteer, label))
        elif (
            label in DEMONYM_LABELS
            and gazetteer.demonym(name)
            and (not known or label == "NORP")  # "Canadian" is a Texas town too
        ):
            if not _names_a_language(sdoc, start):
                found.append(Toponym(start, end, name, demonym=True, label=label))
        elif label in TOPONYM_LABELS:
            found.extend(_split_commas(text, start, end, label))
        elif label == "GPE" and known:
            found.append(Toponym(start, end, name, label=label))
        elif label in MISLABELLED and (
            _is_major_place(name, gazetteer, label)
            or (
                label == "PERSON"
                and name not in surnames
                and any(
                    e.feature in CITY_FEATURES
                    and e.population >= PERSON_CITY_MIN_POPULATION
                    for e in _own_names(name, gazetteer)
                )
            )
            or (
                _own_names(name, gazetteer)
                and (
                    _is_locative(text, start, end)
                    or _heads_local_body(text, end)
                    or _names_resident(text, end)
                    or _of_person(text, start, person_ends)
                    or _is_county(name)
                )
                and name not in surnames
            )
        ):
            found.append(Toponym(start, end, name, label="GPE"))
        elif label in MISLABELLED and _is_street(name):
            found.append(Toponym(start, end, name, label="LOC"))
        elif label in NAMED_BODY_LABELS or label in LOCAL_BODY_LABELS:
            prefix = list(_place_prefix(text, start, end, gazetteer, label))
            suffix = []
            if label in MISLABELLED:
                suffix = list(_place_suffix(text, start, end, gazetteer))
            found.extend(_body_place(prefix, suffix, gazetteer))
    found.extend(_listed(text, spans, found, surnames, gazetteer))
    taken = [(s, e) for s, e, _ in spans]
    found.extend(_untagged(text, sdoc, gazetteer, taken, person_ends))
    found = [t for t in found if not _is_headed(text, t.start)]
    hosts = [(s, e) for s, e, label in spans if label == "PERSON"
             or label == "ORG" and _names_outlet(text[s:e])]  # fmt: skip
    found.extend(t for t in _repeated(text, found, hosts)
                 if not _is_headed(text, t.start))  # fmt: skip
    variants = _variant_labels(text)
    return _non_overlapping([t for t in found if t.text not in variants])


def _variant_labels(text: str) -> set[str]:
    """Greek letters the article puts before a variant's word
    (``VARIANT_NAMES``, ``GREEK_LETTERS``): one sense per article, so after
    "the Delta variant", "Delta cases" and "Delta Airlines" are no town
    either; "the Kent variant" leaves Kent a place."""
    return {
        name
        for m in VARIANT_NAMES.finditer(text)
        for name in re.split(r",\s*|\s+and\s+|\s+or\s+", m.group(1))
        if name.lower() in GREEK_LETTERS
    }


def _is_headed(text: str, start: int) -> bool:
    """ "President Obama", "Hurricane Sandy": a person's or a storm's name."""
    return title_before(text, start) or bool(
        STORM_BEFORE.search(text, max(0, start - 20), start)
    )


def _headed_names(text: str, spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """Names the article gives after a title or a storm's word (see
    ``STORM_BEFORE``, :func:`names.title_before`): one sense per article, so "lost to Obama" after
    "President Obama" is the person too."""
    return {
        text[start:end]
        for start, end in (_trim(text, s, e) for s, e, _ in spans)
        if _is_headed(text, start)
    }


def _is_quoted(text: str, start: int, end: int) -> bool:
    """A name that is all of a quotation is a nickname or a title ('called
    her "Pocahontas"', 'known as "Mr. Arlington"'), not where anything is."""
    return bool(
        QUOTE_BEFORE.search(text, max(0, start - 2), start)
        and QUOTE_AFTER.match(text, end)
    )


def _names_pollster(text: str, end: int, name: str, gazetteer: Gazetteer) -> bool:
    """ "a Quinnipiac poll", "the Siena College survey": who polled; but "an
    Iowa poll" is a poll of a state's (or country's) voters."""
    return bool(POLL_AFTER.match(text, end)) and not _is_major_place(
        name, gazetteer, "PERSON"
    )


def _is_body_acronym(text: str, end: int, name: str, gazetteer: Gazetteer) -> bool:
    """An organisation's short name in capitals (``ACRONYM``) is its acronym
    ("NATO and Europe" is no town of the Philippines called Nato), unless a
    country's, a state's or a big city's ("USA") or a dateline's ("ROME
    (AP)"); a headline's "KNOXVILLE MAYOR" is too long for one."""
    return (
        ACRONYM.fullmatch(name) is not None
        and not DATELINE_AFTER.match(text, end)
        and not _is_major_place(name, gazetteer, "ORG")
    )


def _is_handle(text: str, start: int) -> bool:
    """ "@JoeBiden", "@Detroit": a social-media account, not a place."""
    return "@" in text[max(0, start - 1) : start + 1]


def _the_before(text: str, start: int) -> bool:
    """ "the White House": a seat of power takes "the", a town rarely does
    (``start`` is past the "the" :func:`_trim` drops)."""
    return re.search(r"(?i)\bthe\s+$", text[max(0, start - 5) : start]) is not None


def _seat(
    text: str, start: int, end: int, gazetteer: Gazetteer, label: str
) -> Iterable[Toponym]:
    """An institution's name gives the place its name begins with ("Texas
    House"); else, after a locative word and "the" ("at the White House",
    "outside the Kremlin"), its seat: a place, but never the town that shares
    its name. "in Congress", without "the", is the institution."""
    prefix = list(_place_prefix(text, start, end, gazetteer, label))
    if prefix or not (_the_before(text, start) and _is_seat(text[start:end])):
        yield from prefix
        return
    before = re.search(r"(\w+)\s+the\s+$", text[max(0, start - 20) : start], re.I)
    if before and before.group(1).lower() in LOCATIVE_WORDS:
        yield Toponym(start, end, text[start:end], label="FAC", seat=True)


def _is_institution(text: str, end: int, name: str) -> bool:
    """ "Congress", "the White House", "the Kremlin": an institution, unless a
    state or country qualifies it as a town ("White House, Tenn.")."""
    return ends_like_institution(name) and not region_follows(text, end)


def _is_seat(name: str) -> bool:
    """ "White House", "Kremlin", "Buckingham Palace": a building, not a body."""
    words = name.lower().split()
    return words[-1] in SEAT_WORDS and words != ["house"]


def _listed(
    text: str,
    spans: Sequence[tuple[int, int, str]],
    found: Sequence[Toponym],
    surnames: set[str],
    gazetteer: Gazetteer,
) -> list[Toponym]:
    """ "Batumi and Tbilisi", "Butler, Clark, Hamilton": a town's name under a
    PERSON/ORG label, listed next to a place, is a place too."""
    pending = []
    for start, end, label in spans:
        start, end = _trim(text, start, end)
        name = text[start:end]
        if (
            label in MISLABELLED
            and name not in surnames
            and not (label == "ORG" and _is_institution(text, end, name))
            and not (label == "ORG" and _is_body_acronym(text, end, name, gazetteer))
            and _own_names(name, gazetteer)
        ):
            pending.append(Toponym(start, end, name, label="GPE"))
    edges = {t.start for t in found} | {t.end for t in found}
    added: list[Toponym] = []
    while True:
        new = [t for t in pending if _next_in_list(text, t, edges)]
        if not new:
            return added
        for t in new:
            pending.remove(t)
            edges |= {t.start, t.end}
        added.extend(new)


def _next_in_list(text: str, toponym: Toponym, edges: set[int]) -> bool:
    """ "<toponym>, <place>" or "<place> and <toponym>"."""
    after = LIST_SEPARATOR.match(text, toponym.end)
    if after and after.end() in edges:
        return True
    window = max(0, toponym.start - 8)
    return any(
        m.end() == toponym.start and m.start() in edges
        for m in LIST_SEPARATOR.finditer(text, window, toponym.start)
    )


def _of_person(text: str, start: int, person_ends: Set[int]) -> bool:
    """ "Norb Mages of Lindsay": a person's town."""
    m = PERSON_OF_BEFORE.search(text, max(0, start - 12), start)
    return bool(m and m.end() == start and m.start() in person_ends)


def _heads_local_body(text: str, end: int) -> bool:
    """ "Roswell police say", "Hanover Town Hall": a town's own body follows."""
    after = re.match(r"\s+([\w']+)", text[end : end + 20])
    return bool(after and after.group(1).lower() in LOCAL_BODY_WORDS)


def _names_resident(text: str, end: int) -> bool:
    """ "a Brookville man", "the Jasper County woman": a person's home town."""
    after = re.match(r"\s+([a-z]+)\b", text[end : end + 20])
    return bool(after and after.group(1) in RESIDENT_WORDS)


def _is_county(name: str) -> bool:
    """ "Jasper County", "Iberia Parish": a county's name, whatever NER said."""
    words = name.split()
    return len(words) > 1 and words[-1] in {"County", "Parish"}


def _own_names(name: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """Places called ``name`` by their own name, not by one of GeoNames' many
    alternate names of towns ("Passover", "Human", "Pct." are aliases): without
    NER's place label, an alias is no evidence."""
    return [e for e in gazetteer.lookup(name) if _is_own_name(name, e)]


def _is_own_name(name: str, entry: GeoEntry) -> bool:
    """A region by any of its names, a town by its own (see :func:`_own_names`)."""
    return entry.feature not in CITY_FEATURES or normalize_name(entry.name) == (
        normalize_name(name)
    )


def _is_street(name: str) -> bool:
    """ "Kelley Lane", "Clinton St.", "Highway 30" (NER said PERSON or ORG)."""
    words = name.split()
    return len(words) > 1 and (
        words[-1].lower().rstrip(".") in STREET_WORDS
        or (
            words[0].lower() in {"highway", "route", "interstate"}
            and words[-1].isdigit()
        )
    )


def _person_words(text: str, spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """Words of the article's multi-word person names ("Nelson" of "Ben Nelson")."""
    words: set[str] = set()
    for start, end, label in spans:
        parts = text[start:end].split()
        if label == "PERSON" and len(parts) > 1:
            words.update(parts)
            words.add(" ".join(parts[1:]))
    return words


def _is_locative(text: str, start: int, end: int) -> bool:
    """ "in Lombard", "from Glen Allen", "Chowchilla, Calif.": a place's syntax;
    "according to" cites a source, not a place."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
    if before and before.group(1) in LOCATIVE_WORDS:
        return not SOURCE_BEFORE.search(text, max(0, start - 20), start)
    if HOMETOWN_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    if text[start:end].isupper() and DATELINE_AFTER.match(text, end):
        return True
    return region_follows(text, end)


def region_follows(text: str, end: int) -> bool:
    """ "Chowchilla, Calif.", "Maineville, Ohio": a state or country follows."""
    after = re.match(r",\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", text[end : end + 30])
    if after is None:
        return False
    gazetteer = load_gazetteer()
    name = after.group(1)
    return any(
        e.feature in {FEATURE_STATE, FEATURE_COUNTRY}
        for e in gazetteer.lookup(name.rstrip(".")) + gazetteer.lookup(name)
    )


def _non_overlapping(found: list[Toponym]) -> list[Toponym]:
    """Longest first, then text order."""
    kept: list[Toponym] = []
    for t in sorted(
        set(found),
        key=lambda t: (
            t.start - t.end,
            t.start,
            t.label not in UNRESOLVED_LABELS,
            t.demonym,
            t.body,
        ),
    ):
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def _place_prefix(
    text: str, start: int, end: int, gazetteer: Gazetteer, label: str = "ORG"
) -> Iterable[Toponym]:
    """ "Laurel County Sheriff's Office" starts with a place: "Laurel County";
    so does "Litchfield Fire Chief" (a town's own body: any town)."""
    words = list(re.finditer(r"[A-Z][\w.'-]*", text[start:end]))
    if _names_outlet(text[start:end]):
        return
    for n in range(min(MAX_PREFIX_WORDS, len(words) - 1), 0, -1):
        if words[0].start() != 0:
            return
        name = text[start : start + words[n - 1].end()]
        if len(name) < MIN_NAME_CHARS and not name.isupper():
            return  # "Al" of "Al Qaeda": an article; "NY" of "NY Plum Island" stays
        entries = _own_names(name, gazetteer)
        local = words[n].group().lower() in LOCAL_BODY_WORDS
        if label not in NAMED_BODY_LABELS and not local:
            continue
        if any(local or _is_prefix_place(e) for e in entries) or (
            gazetteer.demonym(name) and not entries
        ):
            yield Toponym(start, start + len(name), name, demonym=not entries,
                          body=not local)  # fmt: skip
            return


def _place_suffix(
    text: str, start: int, end: int, gazetteer: Gazetteer
) -> Iterable[Toponym]:
    """ "University of Georgia", "Association of Western Pennsylvania": a body
    named after the place it serves ends with it (an embedded toponym)."""
    m = OF_PLACE_END.search(text, start, end)
    if m is None or m.end() != end:
        return
    name_start = m.start(1)
    name = text[name_start:end]
    if any(_is_prefix_place(e) for e in _own_names(name, gazetteer)):
        yield Toponym(name_start, end, name, body=True)


def _body_place(
    prefix: list[Toponym], suffix: list[Toponym], gazetteer: Gazetteer
) -> list[Toponym]:
    """The place a body's name gives: the one it starts with ("Laurel County
    Sheriff's Office"), else the one it ends with ("University of Georgia");
    the one it ends with when the first can lie in no country of the last
    ("Southern District of New York" is no district of Israel)."""
    if not (prefix and suffix):
        return prefix or suffix
    countries = {e.country for t in suffix for e in gazetteer.lookup(t.text)}
    first = {e.country for t in prefix for e in _own_names(t.text, gazetteer)}
    return prefix if first & countries or not first else suffix


def _is_prefix_place(entry: GeoEntry) -> bool:
    return (
        entry.feature not in CITY_FEATURES or entry.population >= PREFIX_MIN_POPULATION
    )


def heads_body(toponym: Toponym, entry: GeoEntry, local: bool) -> bool:
    """Whether ``entry`` may be the place a body's name begins or ends with
    (``Toponym.body``): a place that let the name be a place, a region or a
    town of ``PREFIX_MIN_POPULATION``; or a smaller town called so by its own
    name that the article speaks for (``local``: its state named, a town
    near it), as "Litchfield Superior Court" is Litchfield, Connecticut in
    news of Connecticut. "Temple University" is never Temple City,
    California (no own name), "George Mason University" never George, Iowa
    (1,000 people, nothing of Iowa near). Any place may be a name that is
    more than a body's."""
    return not toponym.body or (
        _is_own_name(toponym.text, entry) and (local or _is_prefix_place(entry))
    )


def _repeated(
    text: str, found: Sequence[Toponym], hosts: Sequence[tuple[int, int]]
) -> Iterable[Toponym]:
    """One sense per article: a toponym's other occurrences are toponyms too
    (except inside a longer person's or outlet's name, ``hosts``: "Jordan"
    in "Michael Jordan", "New York" in "The New York Times"; or an
    account's: "@Detroit")."""
    for name in {
        t.text for t in found if len(t.text) >= MIN_REPEAT_CHARS and not t.seat
    }:
        demonym = any(t.demonym for t in found if t.text == name)
        body = all(t.body for t in found if t.text == name)
        for m in re.finditer(rf"(?<![\w@-]){re.escape(name)}(?![\w-])", text):
            if not any(
                s < m.end() and m.start() < e and e - s > len(name) for s, e in hosts
            ):
                yield Toponym(m.start(), m.end(), name, demonym=demonym, body=body)


def _is_major_place(name: str, gazetteer: Gazetteer, label: str) -> bool:
    """A whole ORG/PERSON mention that is a country or region (or, for ORG, a big city)."""
    for entry in _own_names(name, gazetteer):
        if entry.feature in {FEATURE_COUNTRY, FEATURE_STATE}:
            return True
        if label == "ORG" and entry.population >= UNTAGGED_MIN_POPULATION:
            return True
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from a span."""
    m = re.match(r"(?i)the\s+", text[start:end])
    if m and end - start > m.end():
        start += m.end()
    if text[start:end].endswith(("'s", "\u2019s")):
        end -= 2
    return start, end


CURRENCY_SIGNS = "$\u00a3\u20ac\u00a5"
"""Signs that make a country's code a currency's: "US$1 million", "$US 1.5
billion", "A$", "HK$" name money, not a place."""


def _is_currency(text: str, start: int, end: int) -> bool:
    """A name with a currency sign inside it or glued to either side."""
    around = text[max(0, start - 1) : end + 1]
    return any(sign in around for sign in CURRENCY_SIGNS)


HYPHENATED = re.compile(r"[\w'.]*(?:-[\w'.]+)+")
"""A word joined by hyphens: "Port-au-Prince", "KwaZulu-Natal", "Al-Minya"."""


COMBINING_FORM_AFTER = re.compile(r"-([A-Z][a-z]+)")
"""The nationality a combining form is joined to ("Franco-Algerian")."""


def _is_combining_form(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """ "Franco-", "Sino-", "Italo-" before "-<demonym>" ("a Franco-Algerian
    couple", "Italo-American") stand for a nation, not for the town of that
    spelling (Franco, Mexico); a country or big city keeps its name
    ("Mexico-American", "Toronto-Canadian")."""
    after = COMBINING_FORM_AFTER.match(text, end)
    return bool(
        after
        and text[end - 1] == "o"
        and gazetteer.demonym(after.group(1))
        and not _is_major_place(text[start:end], gazetteer, "ORG")
    )


def _widen_hyphenated(
    text: str, start: int, end: int, gazetteer: Gazetteer
) -> tuple[int, int]:
    """The whole hyphenated name a span cuts ("Natal" of "KwaZulu-Natal", "Port"
    of "Port-au-Prince", "Saint" of "Saint-Marc") when the gazetteer knows it;
    "UK" of "UK-based", "India" of "India-Pakistan" and "Tri" of "Tri-City" stay
    as they are."""
    if not (text[start - 1 : start] == "-" or text[end : end + 1] == "-"):
        return start, end
    low = start
    while low > 0 and not text[low - 1].isspace():
        low -= 1
    m = HYPHENATED.match(text, low)
    if m is None or m.end() < end:
        return start, end
    whole = text[m.start() : m.end()].rstrip(".'")
    if gazetteer.lookup(whole):
        return m.start(), m.start() + len(whole)
    return start, end


def _split_commas(text: str, start: int, end: int, label: str) -> Iterable[Toponym]:
    """ "Moscow, Russia" as one entity is two toponyms."""
    offset = start
    for part in text[start:end].split(","):
        lead = len(part) - len(part.lstrip())
        name = part.strip()
        if name:
            begin, name = _strip_direction(offset + lead, name)
            yield Toponym(begin, begin + len(name), name, label=label)
        offset += len(part) + 1


def _strip_direction(start: int, name: str) -> tuple[int, str]:
    """ "North Texas" -> "Texas", when only the remainder is in the gazetteer."""
    gazetteer = load_gazetteer()
    m = DIRECTION_PREFIX.match(name)
    if m and not gazetteer.lookup(name) and gazetteer.lookup(name[m.end() :]):
        return start + m.end(), name[m.end() :]
    return start, name


def _untagged(
    text: str,
    sdoc: Doc,
    gazetteer: Gazetteer,
    taken: Sequence[tuple[int, int]],
    person_ends: Set[int] = frozenset(),
) -> Iterable[Toponym]:
    """Capitalised single/double words that are countries, states or big cities,
    and a town's name NER missed before its own body ("Hanover police") or
    after "<person> of"."""
    for token in sdoc:
        if (
            not token.is_title
            or token.is_sent_start
            or token.pos_ not in {"PROPN", "ADJ"}
        ):
            continue
        start, end = token.idx, token.idx + len(token)
        if len(token) < MIN_UNTAGGED_CHARS or text[end : end + 1] == ".":
            continue  # "Mrs.", "Sen.", "Nov."
        if _is_handle(text, start):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        own = _own_names(token.text, gazetteer)
        if any(_is_untagged_place(e) for e in own):
            yield Toponym(start, end, token.text)
        elif (
            own
            and not re.match(r"\s+[A-Z]", text[end : end + 2])
            and (_heads_local_body(text, end) or _of_person(text, start, person_ends))
        ):
            yield Toponym(start, end, token.text)
        elif token.pos_ == "ADJ" and gazetteer.demonym(token.text):
            yield Toponym(start, end, token.text, demonym=True)


def _is_untagged_place(entry: GeoEntry) -> bool:
    """Only countries, US states and big cities are taken without NER's word."""
    if entry.feature == FEATURE_COUNTRY:
        return True
    if entry.feature == FEATURE_STATE:
        return entry.country == "US"
    return (
        entry.feature in CITY_FEATURES and entry.population >= UNTAGGED_MIN_POPULATION
    )
