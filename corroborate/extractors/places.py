"""Toponyms and demonyms resolved to GeoNames records, offline."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..gazetteer import (
    CITY_FEATURES,
    FEATURE_CAPITAL,
    FEATURE_CONTINENT,
    FEATURE_COUNTRY,
    FEATURE_COUNTY,
    FEATURE_STATE,
    Gazetteer,
    GeoEntry,
    load_gazetteer,
    normalize_name,
    place_distance_km,
)
from ..records import Article, Place
from ..registry import ExtractFn, extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "places.geonames.v1"
TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
DEMONYM_LABELS = frozenset({"NORP", "GPE", "MISC"})
NAMED_BODY_LABELS = frozenset({"ORG", "FAC"})
PLACE_PREFIXES = True
"""Toponyms heading an organisation's name count ("Gainesville Police"), as in LGL."""
MAX_PREFIX_WORDS = 3
LOCAL_BODIES = True
LOCAL_BODY_LABELS = frozenset({"PERSON"})
LOCAL_BODY_WORDS = frozenset(
    "police fire sheriff sheriff's board "
    "council city town township village borough municipal mayor library "
    "community parks public regional area chamber".split()
)
"""A town of any size heads its own bodies ("Litchfield Fire Chief", "Norfolk
High School", "Canaan Board of Finance"), also under a PERSON label."""
PERSON_BIG_CITY = True
PERSON_CITY_MIN_POPULATION = 200_000
"""A whole mention tagged PERSON that is a big city's own name ("Tbilisi says")
is the city, unless the article uses the word inside a person's name."""
PLACE_SUFFIXES = True
OF_PLACE_END = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Central|Greater|"
    r"Northeast|Northwest|Southeast|Southwest|North|South|East|West)\s+)?"
    r"((?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})"
)
"""The place at the end of an organisation's name ("... of Western Pennsylvania")."""
PREFIX_MIN_POPULATION = 50_000
"""A town heading an organisation's name must be this big ("Superior Court" is not
Superior, Wisconsin); counties, states and countries always qualify."""
LOCATIVE_CONTEXT = True
"""A PERSON/ORG mention that is a known place name after "in", "near", ...
or before ", <state>" is a place ("in Lombard", NER said ORG)."""
LOCATIVE_WORDS = frozenset(
    "in at near from outside toward towards into across around throughout "
    "between to via north south east west northeast northwest southeast "
    "southwest downtown".split()
)
LOCAL_STATE_MIN_PLACES = 2
"""A US state with this many of the article's chosen towns/counties is its local
state, as if named ("local news" bias)."""
OWN_NAMES_ONLY = True
PERSON_OF = True
PERSON_OF_BEFORE = re.compile(r",?\s+of\s+")
"""A town's name right after "<person> of" is the person's town."""
UNTAGGED_LOCAL = True
UNTAGGED_LOCAL_BODY = True
"""A town's name NER missed is a place before its own body ("Hanover police")
or after "<person> of"."""
PLACE_LISTS = True
LIST_SEPARATOR = re.compile(r",\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+")
"""A town's name under a PERSON/ORG label listed next to a place is a place
("Batumi and Tbilisi", "Butler, Clark, Hamilton, Madison")."""
STREETS = True
STREET_WORDS = frozenset(
    "street st road rd avenue ave drive dr lane ln boulevard blvd highway "
    "parkway pkwy court ct circle trail way place pike".split()
)
"""Last words of a street's name; streets are places in local news (LGL)."""
LOCAL_POINTS = True

HOMETOWNS = True
HOMETOWN_BEFORE = re.compile(r"(?:\d+,\s+of|\b[RDI]-)\s*$")
"""A person's town: "Bowers, 19, of Martinez", "Ricky Moye, D-Raleigh"."""
DATELINE_AFTER = re.compile(r"\s*(?:\(AP\)|\u2014|--|-\s|,\s*[A-Z])")
"""An upper-case name before "(AP)", a dash or ", <state>" is a dateline's town."""
SHORT_TITLE = re.compile(r"[A-Z][a-z]{1,3}\.")
"""A title or month abbreviation ("Sen.", "Mrs.", "Nov.") is no town's name:
such a short word with a period is only a state abbreviation ("Ga.", "Ind.")."""
COUNTY_LISTS = True
COUNTY_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)?)*"
    r"\s+([Cc]ounties|County|COUNTY|[Pp]arish(?:es)?)\b"
)
"""'Becker' in "Becker, Clay and Grant counties" or "Becker County" is the county."""
ADMIN_AFFIX = re.compile(
    r"(?:(?:City|Town|Township|Village|State|County|Borough) of\s+(.+))|"
    r"(.+?)\s+(?:City|Town|Township|Twp\.?|Village|Borough)"
)
SAME_NAME_AGAIN = True
MIN_REPEAT_CHARS = 4
MISLABELLED = frozenset({"ORG", "PERSON"})
"""NER labels under which a whole mention that is a major place name is taken as
a place ("Edmonton" tagged ORG); measured on TR-News and LGL."""

# Scoring weights, calibrated together on geo/lgl.xml (train/dev use only):
# a candidate's score is log10(population) plus these bonuses.
COUNTRY_CONTEXT_WEIGHT = 3.0  # times the share of the article's places in its country
STATE_CONTEXT_WEIGHT = 2.5  # its US state is named in the article
QUALIFIER_WEIGHT = 6.0  # "Paris, Texas": the next name is its state or country
NEAR_WEIGHT = 3.0  # another resolved place of the article lies within NEAR_KM
NEAR_KM = 100.0
FOREIGN_PENALTY = 3.0  # a town in a country none of the article's other names is in
FOREIGN_MIN_CONTEXT = 1  # distinct other places needed to judge that
DISTINCT_CONTEXT = True  # a place named eight times counts once as context
COUNTRY_NAME_BONUS = 2.0
CAPITAL_BONUS = 1.5  # "Washington" alone is the capital more often than the state
CAPITAL_BONUS_MIN_POPULATION = 300_000  # not "Victoria" (Seychelles) over Victoria, BC  # a country's own name beats a town named after it
SUPPORT_WEIGHT = (
    2.0  # per other name of the article that could lie near (1, 2, 3 tried)
)
SUPPORT_KM = 100.0
SUPPORT_AMBIGUITY_EXPONENT = (
    0.5  # a name with n candidates supports with weight n**-0.5
)
POINT_FEATURES = CITY_FEATURES | {FEATURE_COUNTY}
REGION_BEATS_TOWN = True
"""A country or first-level region named exactly ("California", "Ontario") is not
outscored by a same-named town's nearness to the article's other places: only a
qualifier ("California, Pa.") or the town's own size and country context can."""
REGION_FEATURES = frozenset({FEATURE_COUNTRY, FEATURE_STATE})
UNTAGGED_MIN_POPULATION = 200_000
"""A capitalised name the NER missed is taken as a city only above this size."""
UNRESOLVED_CONFIDENCE = 0.2
UNRESOLVED_LABELS = frozenset({"GPE", "LOC"})
"""Unresolved names are kept only for these labels (not "City Hall", a FAC)."""
MIN_NAME_CHARS = 3
MIN_UNTAGGED_CHARS = 4
DIRECTION_PREFIX = re.compile(
    r"(?:(?:North|South)(?:east|west)?|East|West|Central|Northern|Southern|Eastern|"
    r"Western|Upper|Lower|Greater|Downtown|Rural|Metro|Coastal|Inland)[- ]+"
)
SHORT_NAMES = frozenset({"US", "UK", "EU"})
REGION_OF_COUNTRIES = re.compile(
    r"\s+(?:countr(?:y|ies)|nations?|kingdoms?|republics?|monarch(?:y|ies)|states)\b"
)
"""A name before a word for countries describes a region ("the Balkan country")."""
ERA_AFTER_YEAR = re.compile(r"\d\s*$")
ERA_NAMES = frozenset({"bc", "bce", "ad", "ce"})
"""Era markers after a year ("250 B.C.") that also abbreviate places."""
MAX_ABBREVIATION_CHARS = 4
"""An unresolved name this short is more likely "Mrs." or "Sen." than a place."""
UNRESOLVED_NEED_EVIDENCE = True
"""A name the gazetteer does not know is kept only with a place's syntax or a
place-type word: NER's GPE label alone is wrong on most such names ("United
Way", surnames, agency acronyms)."""
PLACE_TYPE_WORDS = frozenset(
    "river rivers creek brook lake lakes pond reservoir bay sea ocean gulf strait "
    "channel sound island islands isle peninsula mountain mountains mount mt hill "
    "hills valley canyon desert forest woods park beach coast shore falls springs "
    "harbor harbour port county parish township province region district territory "
    "street st road rd avenue ave drive dr boulevard blvd lane highway interstate "
    "route freeway parkway pkwy square bridge airport plaza trail pike turnpike "
    "heights village borough city town strip basin delta plains plain prairie "
    "glacier ridge peak pass cape point refuge reserve".split()
)
"""Words that make a name a place by themselves ("Neches River", "Lake Vermont")."""
FAR_FEATURE_WORDS = frozenset(
    "sea ocean gulf strait channel sound peninsula desert region province "
    "territory district".split()
)
LOCAL_FEATURE_WORDS = (
    STREET_WORDS | PLACE_TYPE_WORDS | frozenset("station center centre mall".split())
) - FAR_FEATURE_WORDS
"""An unknown name ending so (a street, park, creek) is placed at the article's
most-named town: local features lie near the town the article is about. It
keeps ``geonameid`` None and the low unresolved confidence."""
ANY_UNKNOWN_IN_TOWN = True
"""Any other unknown name (a hamlet, "near Crabgrass") is placed there too."""
EVIDENCE_WORDS = frozenset("in near outside".split())
"""Prepositions before an unknown name that make it a place ("near Crabgrass")."""


INSTITUTION_WORDS = frozenset(
    "congress senate house parliament assembly legislature court ministry "
    "department office agency bureau commission committee cabinet kremlin "
    "pentagon capitol duma knesset bundestag majlis palace embassy consulate "
    "administration government".split()
)
"""Last words of a body's or a seat of power's name: a mention that ends so
and is tagged ORG or FAC ("Congress", "the White House", "the Pentagon",
"Supreme Court") names the institution, not a town that shares its name
(Congress, Arizona; White House, Tennessee)."""


MEDIA_WORDS = frozenset(
    "post times journal herald tribune gazette chronicle globe star examiner "
    "inquirer observer telegraph courier register dispatch bulletin sentinel "
    "daily newspaper magazine radio television tv".split()
)
"""Last words of a news outlet's name: "The Washington Post", "the Indianapolis
Star" cite an outlet named after its city, not a place the story is about, so
the name gives no place prefix."""


@dataclass(frozen=True, slots=True)
class Toponym:
    """A candidate span: where it is, what it says, and whether it is a demonym."""

    start: int
    end: int
    text: str
    demonym: bool = False
    label: str = "GPE"


@extractor(NAME, assigns=("places",), requires=("mentions",))
def make_place_extractor(*, include_unresolved: bool = True) -> ExtractFn:
    """Resolve the article's place names and demonyms to GeoNames entries.

    Args:
        include_unresolved: also keep toponyms the gazetteer cannot resolve
            (``geonameid`` None), so the text of the place is not lost.
    """

    def extract(article: Article, sdoc: Doc) -> None:
        gazetteer = load_gazetteer()
        toponyms = find_toponyms(article, sdoc, gazetteer)
        article.places.extend(
            p
            for p in resolve_toponyms(
                article.text, toponyms, gazetteer, flags=article.flags
            )
            if include_unresolved or p.geonameid is not None
        )

    return extract


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
    surnames = _person_words(text, spans)
    person_ends = (
        {e for _, e, label in spans if label == "PERSON"} if PERSON_OF else set()
    )
    for start, end, label in spans:
        start, end = _trim(text, start, end)
        name = text[start:end]
        known = bool(gazetteer.lookup(name))
        if len(name) < MIN_NAME_CHARS and "." not in name and name not in SHORT_NAMES:
            continue  # "D" of "D-Ohio", stray initials
        if (label in NAMED_BODY_LABELS or _the_before(text, start)) and _is_institution(
            text, end, name
        ):
            found.extend(_place_prefix(text, start, end, gazetteer, label))
        elif (
            label in DEMONYM_LABELS
            and gazetteer.demonym(name)
            and (not known or label == "NORP")  # "Canadian" is a Texas town too
        ):
            found.append(Toponym(start, end, name, demonym=True, label=label))
        elif label in TOPONYM_LABELS:
            found.extend(_split_commas(text, start, end, label))
        elif label == "GPE" and known:
            found.append(Toponym(start, end, name, label=label))
        elif label in MISLABELLED and (
            _is_major_place(name, gazetteer, label)
            or (
                PERSON_BIG_CITY
                and label == "PERSON"
                and name not in surnames
                and any(
                    e.feature in CITY_FEATURES
                    and e.population >= PERSON_CITY_MIN_POPULATION
                    for e in _own_names(name, gazetteer)
                )
            )
            or (
                LOCATIVE_CONTEXT
                and _own_names(name, gazetteer)
                and (
                    _is_locative(text, start, end)
                    or _heads_local_body(text, end)
                    or _of_person(text, start, person_ends)
                )
                and name not in surnames
            )
        ):
            found.append(Toponym(start, end, name, label="GPE"))
        elif label in MISLABELLED and STREETS and _is_street(name):
            found.append(Toponym(start, end, name, label="LOC"))
        elif (
            label in NAMED_BODY_LABELS or label in LOCAL_BODY_LABELS
        ) and PLACE_PREFIXES:
            prefix = list(_place_prefix(text, start, end, gazetteer, label))
            found.extend(prefix)
            if not prefix and PLACE_SUFFIXES and label in MISLABELLED:
                found.extend(_place_suffix(text, start, end, gazetteer))
    if PLACE_LISTS:
        found.extend(_listed(text, spans, found, surnames, gazetteer))
    taken = [(s, e) for s, e, _ in spans]
    found.extend(_untagged(text, sdoc, gazetteer, taken, person_ends))
    if SAME_NAME_AGAIN:
        people = [(s, e) for s, e, label in spans if label == "PERSON"]
        found.extend(_repeated(text, found, people))
    return _non_overlapping(found)


def _the_before(text: str, start: int) -> bool:
    """ "the White House said": a seat of power takes "the", a town rarely does,
    so a name after "the" that ends like an institution is one whatever its tag
    (``start`` is past the "the" :func:`_trim` drops)."""
    return re.search(r"(?i)\bthe\s+$", text[max(0, start - 5) : start]) is not None


def _is_institution(text: str, end: int, name: str) -> bool:
    """ "Congress", "the White House", "the Kremlin": an institution, unless a
    state or country qualifies it as a town ("White House, Tenn.")."""
    words = name.split()
    return (
        bool(words)
        and words[-1].lower().strip(".") in INSTITUTION_WORDS
        and not _region_follows(text, end)
    )


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
    return bool(LOCAL_BODIES and after and after.group(1).lower() in LOCAL_BODY_WORDS)


def _own_names(name: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """Places called ``name`` by their own name, not by one of GeoNames' many
    alternate names of towns ("Passover", "Human", "Pct." are aliases): without
    NER's place label, an alias is no evidence."""
    entries = gazetteer.lookup(name)
    if not OWN_NAMES_ONLY:
        return entries
    key = normalize_name(name)
    return [
        e for e in entries
        if e.feature not in CITY_FEATURES or normalize_name(e.name) == key
    ]  # fmt: skip


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
    """ "in Lombard", "from Glen Allen", "Chowchilla, Calif.": a place's syntax."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
    if before and before.group(1) in LOCATIVE_WORDS:
        return True
    if HOMETOWNS and HOMETOWN_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    if HOMETOWNS and text[start:end].isupper() and DATELINE_AFTER.match(text, end):
        return True
    return _region_follows(text, end)


def _region_follows(text: str, end: int) -> bool:
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
    if words and words[-1].group().lower().strip(".") in MEDIA_WORDS:
        return
    for n in range(min(MAX_PREFIX_WORDS, len(words) - 1), 0, -1):
        if words[0].start() != 0:
            return
        name = text[start : start + words[n - 1].end()]
        entries = _own_names(name, gazetteer)
        local = LOCAL_BODIES and words[n].group().lower() in LOCAL_BODY_WORDS
        if label not in NAMED_BODY_LABELS and not local:
            continue
        if any(local or _is_prefix_place(e) for e in entries) or (
            gazetteer.demonym(name) and not entries
        ):
            yield Toponym(start, start + len(name), name, demonym=not entries)
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
        yield Toponym(name_start, end, name)


def _is_prefix_place(entry: GeoEntry) -> bool:
    return (
        entry.feature not in CITY_FEATURES or entry.population >= PREFIX_MIN_POPULATION
    )


def _repeated(
    text: str, found: Sequence[Toponym], people: Sequence[tuple[int, int]]
) -> Iterable[Toponym]:
    """One sense per article: a toponym's other occurrences are toponyms too
    (except inside a longer person's name: "Jordan" in "Michael Jordan")."""
    for name in {t.text for t in found if len(t.text) >= MIN_REPEAT_CHARS}:
        demonym = any(t.demonym for t in found if t.text == name)
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(
                s < m.end() and m.start() < e and e - s > len(name) for s, e in people
            ):
                yield Toponym(m.start(), m.end(), name, demonym=demonym)


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
    """Capitalised single/double words that are countries, states or big cities."""
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
        if any(s < end and start < e for s, e in taken):
            continue
        own = _own_names(token.text, gazetteer)
        if any(_is_untagged_place(e) for e in own):
            yield Toponym(start, end, token.text)
        elif (
            UNTAGGED_LOCAL
            and own
            and not re.match(r"\s+[A-Z]", text[end : end + 2])
            and (
                (UNTAGGED_LOCAL_BODY and _heads_local_body(text, end))
                or _of_person(text, start, person_ends)
            )
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


def resolve_toponyms(
    text: str,
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    *,
    flags: Sequence[str] = (),
) -> list[Place]:
    """Choose one gazetteer entry per toponym, using the article as context.

    Args:
        text: the article text (for "Paris, Texas" qualifiers).
        toponyms: spans from :func:`find_toponyms`.
        gazetteer: the loaded gazetteer.
        flags: ISO codes of flag emojis in the article, as country context.

    Returns:
        One Place per toponym, unresolved ones with ``geonameid`` None.
    """
    candidates = [_candidates(t, gazetteer, text) for t in toponyms]
    support = _support(toponyms, candidates)
    countries, states = _context(candidates, flags, picks=None)
    picks = [
        _best(t, c, text, toponyms, countries, states, [], support)
        for t, c in zip(toponyms, candidates, strict=True)
    ]
    countries, states = _context(candidates, flags, picks=picks)
    placed = [(t.text, p[0]) for t, p in zip(toponyms, picks, strict=True) if p]
    picks = [
        # a place is "near" others of the article, never near its own first guess
        _best(
            t,
            c,
            text,
            toponyms,
            countries,
            states,
            [e for n, e in placed if n != t.text],
            support,
        )
        for t, c in zip(toponyms, candidates, strict=True)
    ]
    home = _home_town(picks) if LOCAL_POINTS else None
    out = []
    for toponym, pick in zip(toponyms, picks, strict=True):
        place = _place(toponym, pick, text)
        if place is None:
            continue
        if place.lat is None and LOCAL_POINTS:
            region = _qualifying_region(text, toponym, toponyms, gazetteer)
            if region and not (home and region.admin1 in {None, home.admin1}
                               and region.country == home.country):  # fmt: skip
                place = _in_town(place, region, text)
            elif home:
                place = _in_town(place, home, text)
        out.append(place)
    return out


def _qualifying_region(
    text: str, toponym: Toponym, toponyms: Sequence[Toponym], gazetteer: Gazetteer
) -> GeoEntry | None:
    """The US state or country in "<toponym>, <region>" ("Maineville, Ohio")."""
    codes = _qualifier(text, toponym, toponyms)
    for code in sorted(codes):
        entry = gazetteer.states.get(code) or gazetteer.countries.get(code)
        if entry is not None:
            return entry
    return None


def _home_town(picks: Sequence[tuple[GeoEntry, float] | None]) -> GeoEntry | None:
    """The town the article names most often (first named on ties)."""
    towns = [p[0] for p in picks if p and p[0].feature in CITY_FEATURES]
    if not towns:
        return None
    counts = Counter(e.geonameid for e in towns)
    return max(towns, key=lambda e: counts[e.geonameid])


def _in_town(place: Place, home: GeoEntry, text: str) -> Place:
    """A street, park, creek or hamlet the gazetteer lacks lies near the town
    the article is about (not a sea, desert or province)."""
    words = text[place.start : place.end].lower().split()
    local = len(words) > 1 and words[-1].rstrip(".") in LOCAL_FEATURE_WORDS
    if not (local or (ANY_UNKNOWN_IN_TOWN and not set(words) & FAR_FEATURE_WORDS)):
        return place
    return replace(place, lat=home.lat, lon=home.lon, country=home.country or None)


def _support(
    toponyms: Sequence[Toponym], candidates: Sequence[Sequence[GeoEntry]]
) -> dict[int, float]:
    """Spatial coherence: for each candidate (by ``id``), how many of the
    article's other names could be near it (a town within ``NEAR_KM``, or its
    state/region), each name weighted down by its own ambiguity."""
    import numpy as np

    names: dict[str, list[GeoEntry]] = {}
    for toponym, entries in zip(toponyms, candidates, strict=True):
        if entries:
            names.setdefault(normalize_name(toponym.text), list(entries))
    keys = list(names)
    if len(keys) < 2:
        return {}
    points = [
        (i, e)
        for i, k in enumerate(keys)
        for e in names[k]
        if e.feature in POINT_FEATURES
    ]
    owner = np.array([i for i, _ in points], dtype=np.int64)
    lat = np.radians([e.lat for _, e in points])
    lon = np.radians([e.lon for _, e in points])
    weight = np.array([len(names[k]) ** -SUPPORT_AMBIGUITY_EXPONENT for k in keys])
    regions: dict[tuple[str, str], set[int]] = {}
    for i, k in enumerate(keys):
        for e in names[k]:
            if e.feature == FEATURE_STATE and e.admin1:
                regions.setdefault((e.country, e.admin1), set()).add(i)
    inside: dict[tuple[str, str], set[int]] = {}
    for i, e in points:
        if e.admin1:
            inside.setdefault((e.country, e.admin1), set()).add(i)
    out: dict[int, float] = {}
    for i, k in enumerate(keys):
        for e in names[k]:
            near: set[int] = set()
            if e.feature in POINT_FEATURES:
                la, lo = math.radians(e.lat), math.radians(e.lon)
                a = (
                    np.sin((lat - la) / 2) ** 2
                    + math.cos(la) * np.cos(lat) * np.sin((lon - lo) / 2) ** 2
                )
                close = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(a, 1.0))) < SUPPORT_KM
                near.update(int(j) for j in np.unique(owner[close]))
                near |= regions.get((e.country, e.admin1 or ""), set())
            elif e.feature == FEATURE_STATE and e.admin1:
                near |= inside.get((e.country, e.admin1), set())
            near.discard(i)
            if near:
                out[id(e)] = float(sum(weight[j] for j in near))
    return out


def _candidates(
    toponym: Toponym, gazetteer: Gazetteer, text: str = ""
) -> list[GeoEntry]:
    if toponym.demonym:
        entry = gazetteer.demonym(toponym.text)
        return [entry] if entry else []
    after = COUNTY_AFTER.match(text, toponym.end) if COUNTY_LISTS else None
    if after:
        kind = "Parish" if after.group(1).lower().startswith("parish") else "County"
        counties = gazetteer.lookup(f"{toponym.text} {kind}")
        if counties:
            return counties
    if ERA_AFTER_YEAR.search(text[max(0, toponym.start - 12) : toponym.start]) and (
        normalize_name(toponym.text) in ERA_NAMES
    ):
        return []  # "built about 100 B.C." is a date, not British Columbia
    entries = gazetteer.lookup(toponym.text) or _affix_stripped(toponym.text, gazetteer)
    if REGION_OF_COUNTRIES.match(text, toponym.end):
        # "the Balkan country", "the Gulf states": a region holding countries, not
        # the province or town of that name; a continent may stand for it
        return [e for e in entries if e.feature == FEATURE_CONTINENT]
    if SHORT_TITLE.fullmatch(toponym.text):
        # "Sen. Ray Miller", "Miss Butler County", "Nov. 13": only "Ga." is a place
        entries = [e for e in entries if e.feature == FEATURE_STATE]
    if _is_acronym(toponym.text):  # "MEK" is no town's alias; "UK", "UAE" are names
        key = normalize_name(toponym.text)
        entries = [
            e for e in entries
            if e.feature not in CITY_FEATURES or normalize_name(e.name) == key
        ]  # fmt: skip
    return entries or _demonym_list(toponym.text, gazetteer)


def _affix_stripped(name: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    """ "City of Edwardsville", "Readington Township", "Fargo City": the town."""
    m = ADMIN_AFFIX.fullmatch(name)
    core = m and (m.group(1) or m.group(2))
    return gazetteer.lookup(core) if core else []


def _is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z.]{1,5}", text))


def _demonym_list(name: str, gazetteer: Gazetteer) -> list[GeoEntry]:
    entry = gazetteer.demonym(name)
    return [entry] if entry else []


def _context(
    candidates: Sequence[Sequence[GeoEntry]],
    flags: Sequence[str],
    *,
    picks: Sequence[tuple[GeoEntry, float] | None] | None,
) -> tuple[Counter[str], set[str]]:
    """Countries (weighted) and US states the article speaks of."""
    countries: Counter[str] = Counter(flags)
    states: set[str] = set()
    chosen = [p[0] for p in picks if p] if picks is not None else [
        c[0] for c in candidates if len(c) == 1 or (c and c[0].feature in {FEATURE_COUNTRY, FEATURE_STATE})
    ]  # fmt: skip
    regions: Counter[str] = Counter()
    for entry in {id(e): e for e in chosen}.values() if DISTINCT_CONTEXT else chosen:
        countries[entry.country] += 1
        if entry.feature == FEATURE_STATE and entry.admin1:
            states.add(entry.admin1)
        elif entry.admin1 and entry.country == "US":
            regions[entry.admin1] += 1
    states.update(r for r, n in regions.items() if n >= LOCAL_STATE_MIN_PLACES)
    return countries, states


def _best(
    toponym: Toponym,
    candidates: Sequence[GeoEntry],
    text: str,
    toponyms: Sequence[Toponym],
    countries: Counter[str],
    states: set[str],
    resolved: Sequence[GeoEntry],
    support: dict[int, float],
) -> tuple[GeoEntry, float] | None:
    """The highest-scoring candidate and a confidence from its margin."""
    if not candidates:
        return None
    qualifier = _qualifier(text, toponym, toponyms)
    total = sum(countries.values()) or 1
    others = Counter(e.country for e in {id(e): e for e in resolved}.values())
    others.pop("", None)
    outside = _outside_named_region(toponym, candidates, qualifier)
    scored = sorted(
        (
            (
                _score(e, toponym, qualifier, countries, total, states,
                       () if id(e) in outside else resolved)
                + SUPPORT_WEIGHT * (0.0 if id(e) in outside else support.get(id(e), 0.0))
                - _foreign_penalty(e, others),
                e,
            )
            for e in candidates
        ),
        key=lambda pair: -pair[0],
    )  # fmt: skip
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 5.0
    return scored[0][1], round(1 / (1 + math.exp(-margin)), 3)


def _outside_named_region(
    toponym: Toponym, candidates: Sequence[GeoEntry], qualifier: set[str]
) -> set[int]:
    """Towns (by ``id``) that share the exact name of a country or first-level
    region among the candidates but lie outside it: California, Maryland for
    "California", or are called so only by another name (Mexico City for
    "Mexico"). Their nearness to the article's other places does not count; the
    city of Durres in Durres county keeps it."""
    if not REGION_BEATS_TOWN or qualifier:
        return set()
    key = normalize_name(toponym.text)
    regions = [e for e in candidates
               if e.feature in REGION_FEATURES and normalize_name(e.name) == key]  # fmt: skip
    if not regions:
        return set()
    return {
        id(e) for e in candidates
        if e.feature in CITY_FEATURES
        and (normalize_name(e.name) != key  # "Mexico City" for "Mexico"
             or all(e.country != r.country or e.admin1 not in {None, r.admin1}
                    for r in regions))
    }  # fmt: skip


def _foreign_penalty(entry: GeoEntry, others: Counter[str]) -> float:
    """A town abroad in an article whose other places are all elsewhere: the
    Paris of a Texas paper's article on Dallas is in Texas, unless France is
    named."""
    if (
        FOREIGN_PENALTY
        and entry.feature in CITY_FEATURES
        and sum(others.values()) >= FOREIGN_MIN_CONTEXT
        and others[entry.country] == 0
    ):
        return FOREIGN_PENALTY
    return 0.0


def _score(
    entry: GeoEntry,
    toponym: Toponym,
    qualifier: set[str],
    countries: Counter[str],
    total: int,
    states: set[str],
    resolved: Sequence[GeoEntry],
) -> float:
    score = math.log10(entry.population + 10)
    score += COUNTRY_CONTEXT_WEIGHT * countries.get(entry.country, 0) / total
    if entry.admin1 and entry.admin1 in states and entry.feature != FEATURE_STATE:
        score += STATE_CONTEXT_WEIGHT
    if qualifier & {entry.country, entry.admin1 or ""}:
        score += QUALIFIER_WEIGHT
    if entry.feature == FEATURE_COUNTRY:
        score += COUNTRY_NAME_BONUS
    elif (
        entry.feature == FEATURE_CAPITAL
        and entry.population >= CAPITAL_BONUS_MIN_POPULATION
    ):
        score += CAPITAL_BONUS
    if entry.feature in CITY_FEATURES and any(
        r.feature in CITY_FEATURES and r.geonameid != entry.geonameid
        and place_distance_km(r.lat, r.lon, entry.lat, entry.lon) < NEAR_KM for r in resolved
    ):  # fmt: skip
        score += NEAR_WEIGHT
    return score


def _qualifier(text: str, toponym: Toponym, toponyms: Sequence[Toponym]) -> set[str]:
    """Country and state codes of a name right after "<toponym>, "."""
    following = next((t for t in toponyms if t.start > toponym.end), None)
    if following is None or not re.fullmatch(
        r",\s*", text[toponym.end : following.start]
    ):
        return set()
    gazetteer = load_gazetteer()
    codes = set()
    for entry in gazetteer.lookup(following.text):
        if entry.feature in {FEATURE_COUNTRY, FEATURE_STATE}:
            codes.add(
                entry.admin1
                if entry.feature == FEATURE_STATE and entry.admin1
                else entry.country
            )
    return codes


def _place(
    toponym: Toponym,
    pick: tuple[GeoEntry, float] | None,
    text: str = "",
) -> Place | None:
    if pick is None:
        if toponym.label not in UNRESOLVED_LABELS:
            return None
        if len(toponym.text) <= MAX_ABBREVIATION_CHARS:
            return None
        if UNRESOLVED_NEED_EVIDENCE and not _place_evidence(text, toponym):
            return None
        return Place(toponym.start, toponym.end, NAME, confidence=UNRESOLVED_CONFIDENCE,
                     demonym=toponym.demonym)  # fmt: skip
    entry, confidence = pick
    return Place(
        toponym.start,
        toponym.end,
        NAME,
        entry.geonameid,
        entry.name,
        entry.lat,
        entry.lon,
        entry.country or None,
        entry.feature,
        toponym.demonym
        or entry.name != toponym.text
        and entry.feature == FEATURE_COUNTRY
        and _is_demonym_form(toponym.text),
        confidence,
    )


def _place_evidence(text: str, toponym: Toponym) -> bool:
    """ "Neches River", "Lake Vermont", "near Crabgrass", "Maineville, Ohio"."""
    words = [w.lower().rstrip(".") for w in re.findall(r"[\w.]+", toponym.text)]
    if any(w in PLACE_TYPE_WORDS for w in words[:1] + words[-1:]) and len(words) > 1:
        return True
    before = re.search(r"(\w+)\s+$", text[max(0, toponym.start - 20) : toponym.start])
    if before and before.group(1).lower() in EVIDENCE_WORDS:
        return True
    return _region_follows(text, toponym.end)


def _is_demonym_form(text: str) -> bool:
    return load_gazetteer().demonym(text) is not None and not load_gazetteer().lookup(
        text
    )
