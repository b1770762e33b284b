"""Reading one article's names: the mentions resolution works with, the
name node each belongs to, and the aliases the article itself defines.

Everything here reads a single article, so it is done once, when the article
is first resolved; :mod:`.graph` joins the nodes across the corpus.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field

import us

from ..gazetteer import FEATURE_CAPITAL, country_name, load_gazetteer
from ..lexicon import TITLE_ABBREVIATIONS
from ..names import (
    INSTITUTION_WORDS,
    MATCH_THRESHOLD,
    compare_names,
    given_name,
    is_acronym_of,
    name_tokens,
    surname_like,
)
from ..records import Article, Mention, Place
from ..roles import extract_role, normal_role
from ..scopes import (
    ARTICLE_SCOPE,
    GENERIC_NAMES,
    ends_like_institution,
    place_scope,
    state_scope,
)

KIND_OF_LABEL = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
}
# Generic words around place names: "Camp X 3" is "X 3".
PLACE_GENERIC = frozenset({"camp", "base", "city", "town", "village", "province"})
PRONOUN_KEYS = frozenset("i me we you he him she her it they them".split())
"""Keys of pronouns the NER took for a name ("I, I, I." as a PERSON "I."):
they name nothing, else every "I said" of the corpus would be that entity
("us" is left out: it is the key of "US")."""
CONTRACTION_KEYS = frozenset({"ll", "re", "ve"})
"""What is left of "we 'll", "they 're", "I 've" split apart, taken for a name."""
GOVERNMENT_KEY = "government"
"""Key of a state's government ("government@state:CN"), as ``state_scope``
gives "the Chinese government"; a country or capital that speaks is read so."""
COUNTRY_FEATURE_PREFIX = "A.PCL"
"""GeoNames feature codes of political entities: independent, dependent, ..."""
ARTICLE_NOUNS = frozenset("united republic kingdom states islands emirates".split())
"""Words that make a country's name take "the" ("the United States")."""
_PAREN_AFTER = re.compile(r"\s*\(([^()]{2,80})\)")
_POSSESSIVE = re.compile(r"^(\w[\w.-]*)['’]s\s+", re.UNICODE)
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_THE = re.compile(r"(?:the|The|THE)\s+")
_ADMINISTRATION = re.compile(r"['\u2019]?s?\s+administration\b", re.IGNORECASE)
"""A name followed by "administration" ("the Biden administration", "Trump's
administration") names a government, an Organization of its own."""
_CASE_PARTY = re.compile(r"\s+v\.?\s+[A-Z]")
_CASE_PARTY_BEFORE = re.compile(r"[A-Za-z]\s+v\.?\s+$")
"""The "v." between the parties of a court case ("Roe v. Wade")."""
CASE_PARTY_CHARS = 12
"""Characters before a name searched for the "v." of a case."""
_PARTY_MEMBER = re.compile(r"\s(?:Republican|Democrat|Democratic)s?$")
_NUMBERED = re.compile(r"\s+\d+\b")
"""A number after a one-word name: "Title 42", "Proposition 8" (not a regnal
"II": "Elizabeth II" is a person)."""
_PARTY_BEFORE = re.compile(r"\b[RDI]\s?[-\u2013]\s?$")
"""A party's letter and its dash, right before a state: "(R-S.C.)", "D - VA"."""
PARTY_CHARS = 5
_STATE_ABBREVIATIONS = frozenset(
    s.ap_abbr for s in us.states.STATES_AND_TERRITORIES if s.ap_abbr
)
"""The Associated Press abbreviations of US states ("S.C.", "Va.", "Calif.")."""
CHAMBERS = frozenset({"house"})
"""A chamber news name by its head alone ("the House", "House Speaker Paul
Ryan"): the short form of a name ending in the word only when the words
before it name a place (:data:`_CHAMBER_PLACES`: "U.S. House", "Pa. House"),
not of a building's ("White House", "Opera House")."""
_CHAMBER_PLACES = frozenset(
    word.lower().replace(".", "")
    for s in us.states.STATES_AND_TERRITORIES
    for name in (s.name, s.abbr, s.ap_abbr or "")
    for word in name.split()
) | frozenset({"us", "state"})
"""Words of a US state's or the country's name as keys write them ("pa", "us")."""
NAMED_BODIES = frozenset("administration campaign presidency government".split())
"""Heads of a body named after a person: the person's name before one is the
person, not a short form of the body."""
_NAMED_ADMINISTRATION = re.compile(r"\s[Aa]dministration$")
"""The same with "administration" inside the name's span."""
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass
class Graph:
    """Union-find over name nodes, remembering how each node was first linked
    (its alias kind) and, in order, every link made."""

    parent: dict[str, str] = field(default_factory=dict)
    link_kind: dict[str, str] = field(default_factory=dict)  # node -> alias kind
    links: list[tuple[str, str, str]] = field(default_factory=list)

    def find(self, node: str) -> str:
        """Root of ``node``'s cluster (path-halving)."""
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: str, b: str, kind: str) -> None:
        """Join the clusters of ``a`` and ``b``; remember how ``b`` was linked."""
        root_a, root_b = self.find(a), self.find(b)
        self.links.append((a, b, kind))
        if b not in self.link_kind:
            self.link_kind[b] = kind
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


Position = tuple[str, int, int]
"""Where a mention is: article id, start, end (the sort key of mentions)."""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One mention, as resolution sees it."""

    article_id: str
    start: int
    end: int
    label: str
    surface: str  # the mention text, cleaned of "the" and possessives
    key: str  # name_key(surface): spellings with one key are one name
    seen: str | None  # publication date of the article, if known
    # what the name is a name within: "place:<kind of place>" for a resolved
    # place, "state:<country>" for a body of a state, ARTICLE_SCOPE when unknown
    scope: str | None = None
    geonameid: int | None = None  # from the places extractor, for places
    node: str = ""  # the name node (see ``_nodes``), set once the article is read
    prior: str | None = None  # the entity id an earlier run gave the mention
    role: tuple[str, int, int, str] | None = None  # office phrase before it
    office: bool = False  # an office before it, spelled out or cut short ("Sen.")

    @property
    def position(self) -> Position:
        return self.article_id, self.start, self.end


@dataclass
class ArticleNames:
    """What resolution keeps of one article: its name occurrences (each with
    its node) and the links between nodes the article itself makes, in order."""

    article_id: str
    occurrences: list[Occurrence] = field(default_factory=list)
    links: list[tuple[str, str, str]] = field(default_factory=list)


def read_names(article: Article) -> ArticleNames:
    """The name occurrences of one article and the aliases it defines."""
    occs = _occurrences(article)
    nodes = _nodes(occs)
    graph = Graph()
    for node in nodes.values():
        graph.find(node)
    _link_in_article(graph, article.text, occs, nodes)
    return ArticleNames(
        article.id,
        [dataclasses.replace(o, node=nodes[o]) for o in occs],
        graph.links,
    )


def set_mention_ids(
    articles: Sequence[Article],
    names: Sequence[ArticleNames],
    entity_of: Mapping[str, str],
) -> None:
    """Write each node's entity id into the articles' mentions (frozen:
    replaced in the list); a nameable mention that names nothing now ("the
    Organization") loses the id an earlier run gave it."""
    ids = {o.position: entity_of.get(o.node) for n in names for o in n.occurrences}
    for article in articles:
        article.mentions = [
            dataclasses.replace(m, entity_id=ids.get((article.id, m.start, m.end)))
            if m.label in KIND_OF_LABEL
            else m
            for m in article.mentions
        ]


def node_key(node: str) -> str:
    """The name key of a node ("foreign ministry" of "foreign ministry@state:IR",
    "lavrov" of "<article>|lavrov")."""
    return node.rpartition("|")[2].partition("@")[0]


def scope_of(node: str) -> str:
    """The scope part of a node ("state:IR" of "foreign ministry@state:IR")."""
    return node.partition("@")[2]


def clean_surface(text: str, places: frozenset[str] = frozenset()) -> str:
    """Strip a leading "the", dashes and bullets around the name, a trailing
    "'s" and a place as possessor ("Afghanistan's X"; not "People's X").

    Args:
        text: the mention text.
        places: names of places seen in the corpus.

    Returns:
        The name as it would be written on its own.
    """
    # "Washington\nPost", "Graham ", a byline's "-Craig Fehrman", "• Jane Roe"
    text = " ".join(text.split()).strip(" ,;:-\u2013\u2014\u2022*")
    text = _LEADING_THE.sub("", text.strip("\"'“”‘’"))
    text = _TRAILING_POSSESSIVE.sub("", text) if text.endswith(("'s", "’s")) else text
    match = _POSSESSIVE.match(text)
    if match and match.group(1) in places and text[match.end() :][:1].isupper():
        return text[match.end() :]
    return text


def name_key(surface: str) -> str:
    """Label-independent comparison key; generic place words dropped."""
    tokens = [t for t in name_tokens(surface, None)]
    core = [t for t in tokens if t not in PLACE_GENERIC]
    return " ".join(core or tokens)


def _occurrences(article: Article) -> list[Occurrence]:
    """Every nameable mention (people, organisations, places) of the article;
    bare generic words ("the Organization", "Ministry"), pronouns and single
    letters name nothing. A place the article names ("Afghanistan's X") is
    dropped as a possessor."""
    places = frozenset(
        article.text[m.start : m.end] for m in article.mentions if m.label == "GPE"
    )
    agents = _agent_spans(article)
    found = []
    for mention in article.mentions:
        if mention.label not in KIND_OF_LABEL:
            continue
        surface = clean_surface(article.text[mention.start : mention.end], places)
        key = name_key(surface)
        if not key or key.isdigit() or key in GENERIC_NAMES:
            continue
        if len(key) < 2 or key in PRONOUN_KEYS:
            continue
        if surface.lower().lstrip("'\u2019") in CONTRACTION_KEYS:
            continue
        if KIND_OF_LABEL[mention.label] == "Person" and _no_person(article, mention):
            continue
        label = mention.label
        place = _place(article, mention.start, mention.end, label)
        administration = _ADMINISTRATION.match(article.text, mention.end)
        if administration and KIND_OF_LABEL[label] in ("Person", "Organization"):
            # "the Biden administration said": the government, not the person
            label, surface = "ORG", f"{surface} administration"
            key = name_key(surface)
        elif KIND_OF_LABEL[label] == "Person" and _NAMED_ADMINISTRATION.search(surface):
            label = "ORG"  # "Trump administration" tagged as a person's name
        elif _reads_as_organisation(article, mention, agents):
            label, place = "ORG", None
            state = _state_of(article, mention)
            if state:  # "Beijing said": the government of China, scoped by it
                surface, key = government_name(state), GOVERNMENT_KEY
        key, scope = _scope(article, mention, label, place, key)
        found.append(
            Occurrence(
                article.id,
                mention.start,
                mention.end,
                label,
                surface,
                key,
                article.published.value,
                scope,
                place.geonameid if place else None,
                prior=mention.entity_id,
                role=(role := _role(article.text, mention.start)),
                office=role is not None
                or bool(
                    _OFFICE_CUT.search(
                        article.text[max(0, mention.start - 8) : mention.start]
                    )
                ),
            )
        )
    return _scope_in_article(found)


OFFICE_CUTS = TITLE_ABBREVIATIONS - frozenset("mr mrs ms dr st no vs prof rev".split())
"""Offices cut short before a name ("Sen. Vance", "Gov. Vance"), not courtesy
titles ("Mr.", "Dr.") nor what else a name or number follows ("St.", "No.")."""
_OFFICE_CUT = re.compile(rf"\b(?:{'|'.join(sorted(OFFICE_CUTS))})\.\s*$", re.IGNORECASE)


def _role(text: str, start: int) -> tuple[str, int, int, str] | None:
    """The office phrase written just before a name: (key, start, end, text)."""
    span = extract_role(text, start)
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    return normal_role(phrase), span[0], span[1], phrase


def _scope(
    article: Article, mention: Mention, label: str, place: Place | None, key: str
) -> tuple[str, str | None]:
    """A mention's key and what it is a name within, if anything: a resolved
    place its kind of place, a body of a state its state (see
    :mod:`corroborate.scopes`)."""
    if place is not None:
        return key, place_scope(place)
    if KIND_OF_LABEL[label] != "Organization":
        return key, None
    return state_scope(article, mention.start, mention.end, key)


def _scope_in_article(occs: list[Occurrence]) -> list[Occurrence]:
    """A state body named without its state takes the state the article gives
    the same body elsewhere ("Iran's Foreign Ministry ... the Foreign
    Ministry"), when it gives only one."""
    states: dict[str, set[str]] = defaultdict(set)
    for occ in occs:
        if occ.scope and occ.scope.startswith("state:"):
            states[occ.key].add(occ.scope)
    return [
        dataclasses.replace(occ, scope=next(iter(states[occ.key])))
        if occ.scope == ARTICLE_SCOPE and len(states[occ.key]) == 1
        else occ
        for occ in occs
    ]


def government_name(country: str) -> str:
    """The name of a state's government: "Government of China", "Government
    of the United States" (a name with a common noun for its head takes "the")."""
    name = country_name(country) or country
    words = set(name.lower().split())
    return f"Government of {'the ' if words & ARTICLE_NOUNS else ''}{name}"


def _agent_spans(article: Article) -> set[tuple[int, int]]:
    """Where the article's speakers and actors are: each claim's source and
    each event's or act's actor, without a leading "the" (as mentions have it)."""
    spans = [claim.source for claim in article.claims if claim.source]
    spans += [actor for event in article.events for actor in event.actors]
    spans += [actor for act in article.acts for actor in act.actors]
    return {_without_the(article.text, span.start, span.end) for span in spans}


def _without_the(text: str, start: int, end: int) -> tuple[int, int]:
    match = _THE.match(text, start, end)
    return (match.end() if match else start), end


def _no_person(article: Article, mention: Mention) -> bool:
    """True for a name tagged as a person's that names no one: a party to a
    court case ("Roe v. Wade"), one word before a number ("Title 42"), a
    party member described ("a Kentucky Republican")."""
    text = article.text
    before = max(0, mention.start - CASE_PARTY_CHARS)  # not the whole text before
    if _CASE_PARTY.match(text, mention.end) or _CASE_PARTY_BEFORE.search(
        text, before, mention.start
    ):
        return True
    if _PARTY_MEMBER.search(text, mention.start, mention.end):
        return True  # "Rand Paul, a Kentucky Republican"
    return " " not in text[mention.start : mention.end].strip() and bool(
        _NUMBERED.match(text, mention.end)
    )


def _reads_as_organisation(
    article: Article, mention: Mention, agents: Set[tuple[int, int]]
) -> bool:
    """Whether a place-labelled mention names an organisation (issue 11).

    A place does not speak or act: a name that is by itself a claim's source or
    an event's actor ("the White House said", "the Kremlin denied", "Beijing
    warned") is the institution seated there, unless the gazetteer places it
    in a town or region that is no capital ("Gainesville said" stays
    Gainesville). A name ending like an institution that the places extractor
    did not take for a place ("a White House spokesman", but not "at the White
    House") is one too.
    """
    if KIND_OF_LABEL[mention.label] != "Place":
        return False
    places = _places_over(article, mention.start, mention.end)
    if (mention.start, mention.end) in agents:
        return all(p.geonameid is None or _state_of_place(p) for p in places)
    text = article.text[mention.start : mention.end]
    return not places and ends_like_institution(text)


def _state_of(article: Article, mention: Mention) -> str | None:
    """The country a country or capital mention stands for ("Beijing" -> CN)."""
    for place in _places_over(article, mention.start, mention.end):
        state = _state_of_place(place) if place.geonameid else None
        if state:
            return state
    return None


def _state_of_place(place: Place) -> str | None:
    """The country of a place that stands for its state's government: the
    country itself, or its capital (GeoNames PPLC) even where the resolver
    chose the region of the same name (Beijing the municipality)."""
    feature = place.feature or ""
    if not place.country:
        return None
    capital = feature == FEATURE_CAPITAL or any(
        e.feature == FEATURE_CAPITAL and e.country == place.country
        for e in load_gazetteer().lookup(place.name or "")
    )
    return (
        place.country if capital or feature.startswith(COUNTRY_FEATURE_PREFIX) else None
    )


def _places_over(article: Article, start: int, end: int) -> list[Place]:
    """The article's places (resolved or not) overlapping ``start:end``."""
    return [p for p in article.places if p.start < end and start < p.end]


def _place(article: Article, start: int, end: int, label: str) -> Place | None:
    """The gazetteer entry the places extractor gave to this place mention."""
    if KIND_OF_LABEL.get(label) != "Place":
        return None
    for place in article.places:
        if place.geonameid and place.start <= start and end <= place.end:
            return place
    return None


def _nodes(occurrences: Sequence[Occurrence]) -> dict[Occurrence, str]:
    """Graph node of each occurrence: its key, with its scope ("foreign
    ministry@state:IR"), except that a lone word which ends or heads part of
    a longer name in the same article ("Lavrov" of "Sergei Lavrov", "House"
    of "White House"), or a state body whose state is unknown, is local to
    that article, so it cannot chain different people or bodies; so is a
    person's given name ("Tom" of "Tom Smithers"). An organisation's
    initialism is not such a word (:func:`_initialism`). A word that only opens
    another longer name keeps its own node: "Senate" in an article that also
    names the "Senate Judiciary Committee" is still the Senate."""
    parts = {
        (o.article_id, token)
        for o in occurrences
        if " " in o.key
        for token in o.key.split()[0 if o.label == "PERSON" else 1 :]
    } - _titled_first(occurrences)
    nodes = {}
    for occ in occurrences:
        if occ.scope == ARTICLE_SCOPE or (
            not occ.scope
            and " " not in occ.key
            and (occ.article_id, occ.key) in parts
            and not _initialism(occ)
        ):
            nodes[occ] = f"{occ.article_id}|{occ.key}"
        else:
            nodes[occ] = f"{occ.key}@{occ.scope}" if occ.scope else occ.key
    return nodes


def _titled_first(occurrences: Sequence[Occurrence]) -> set[tuple[str, str]]:
    """(article, surname) of a lone surname an article first writes with an
    office before it and before any full name ending in it ("President Biden
    admitted ..." long before "first lady Jill Biden"). News name a person in
    full, or by office and surname, at first mention: the full name that comes
    later is someone else's, and the surname is read as across the corpus."""
    first: dict[tuple[str, str], Occurrence] = {}
    full: dict[tuple[str, str], int] = {}
    for occ in sorted(occurrences, key=lambda o: (o.article_id, o.start)):
        if occ.label != "PERSON":
            continue
        key = (occ.article_id, occ.key.split()[-1])
        if " " in occ.key:
            full.setdefault(key, occ.start)
        else:
            first.setdefault(key, occ)
    return {
        key
        for key, occ in first.items()
        if occ.office and occ.start < full.get(key, -1)
    }


def _initialism(occ: Occurrence) -> bool:
    """True for an organisation named by its capitals ("ABC", "FBI"): a name
    of its own even where a longer one holds it ("Washington Post-ABC News",
    "FBI Director James Comey"), not a word of that name."""
    return occ.label == "ORG" and len(occ.surface) > 1 and occ.surface.isupper()


def _link_in_article(
    graph: Graph, text: str, occs: Sequence[Occurrence], nodes: dict[Occurrence, str]
) -> None:
    """Join spellings that the article itself equates."""
    _link_parentheses(graph, text, occs, nodes)
    _link_acronyms(graph, text, occs, nodes)
    _link_surnames(graph, occs, nodes)
    _link_given_names(graph, occs, nodes)
    _link_short_forms(graph, occs, nodes)


def _link_parentheses(
    graph: Graph, text: str, occs: Sequence[Occurrence], nodes: dict[Occurrence, str]
) -> None:
    """ "Full Name (ACR)" and "Name (Other Name)": the article defines an alias."""
    by_start = {o.start: o for o in occs}
    for occ in occs:
        match = _PAREN_AFTER.match(text, occ.end)
        inner = by_start.get(match.start(1)) if match else None
        if inner is None or inner.end != match.end(1) or nodes[inner] == nodes[occ]:  # type: ignore[union-attr]
            continue
        if KIND_OF_LABEL[inner.label] != KIND_OF_LABEL[occ.label]:
            continue  # "Jane Roe (R-State)", "CITY (Agency)": not aliases
        if is_acronym_of(inner.surface, occ.surface) or is_acronym_of(
            occ.surface, inner.surface
        ):
            graph.union(nodes[occ], nodes[inner], "acronym")
        elif inner.surface.isupper() or occ.surface.isupper():
            continue  # a dateline "CITY (AGENCY)" or an unexplained acronym
        elif compare_names(inner.surface, occ.surface) >= MATCH_THRESHOLD:
            graph.union(nodes[occ], nodes[inner], "transliteration")
        else:
            graph.union(nodes[occ], nodes[inner], "translation")


def _link_acronyms(
    graph: Graph, text: str, occs: Sequence[Occurrence], nodes: dict[Occurrence, str]
) -> None:
    """An all-caps word that is the initialism of one organisation named nearby.

    Not defined in the text, so the link holds in this article only: the
    acronym's mentions here get an article-local node ("PA" may be another
    body elsewhere). A state's abbreviation is the state, whatever body it
    spells (:func:`_a_state`)."""
    longs = {o.surface: o for o in occs if o.label == "ORG" and " " in o.key}
    for occ in occs:
        if not (occ.surface.isupper() and " " not in occ.surface):
            continue
        if _a_state(text, occ):
            continue
        targets = {nodes[o] for s, o in longs.items() if is_acronym_of(occ.surface, s)}
        if len(targets) != 1:
            continue
        target = targets.pop()
        if graph.find(target) == graph.find(nodes[occ]):
            continue  # defined in parentheses: already linked everywhere
        local = f"{occ.article_id}|{occ.key}"
        for other in occs:
            if other.key == occ.key:
                nodes[other] = local
        graph.union(target, local, "acronym")


def _a_state(text: str, occ: Occurrence) -> bool:
    """True for a US state's news abbreviation ("COLUMBIA, S.C.", "N.Y.") or
    a state in a legislator's party label ("Tim Scott (R-SC)"): the state,
    not the "Supreme Court" or "Senate Committee" its capitals also spell."""
    return occ.surface in _STATE_ABBREVIATIONS or bool(
        _PARTY_BEFORE.search(text, max(0, occ.start - PARTY_CHARS), occ.start)
    )


def _link_surnames(
    graph: Graph, occs: Sequence[Occurrence], nodes: dict[Occurrence, str]
) -> None:
    """A lone surname after a full name in the same article is that person
    (not one first written with an office before any: :func:`_titled_first`),
    and so is it after two spellings of one person's name ("Donald J. Trump",
    "Donald Trump": one given name). After two given names it is the one the
    article names in full at least :data:`LEADING_NAME` times as often as any
    other (a book on "Donald Trump", named four times, that names "Ivana
    Trump" once: its "Trump" is Donald); else neither ("Donald Trump", "Eric
    Trump")."""
    full = [
        o
        for o in occs
        if o.label == "PERSON" and " " in o.key and not _headline_words(o.key)
    ]
    titled = _titled_first(occs)
    for occ in occs:
        if " " in occ.key or occ.label != "PERSON" or not surname_like(occ.key):
            continue
        if (occ.article_id, occ.key) in titled:
            continue  # "President Biden admitted ..." before "Jill Biden"
        named: defaultdict[tuple[str, ...], list[Occurrence]] = defaultdict(list)
        for o in full:
            if o.key.split()[-1] == occ.key:
                named[name_tokens(o.surface, "Person")[:1]].append(o)
        counts = sorted((len(v) for v in named.values()), reverse=True)
        if not counts or len(counts) > 1 and counts[0] < LEADING_NAME * counts[1]:
            continue
        leading = max(named.values(), key=len)
        for target in sorted({nodes[o] for o in leading}):
            graph.union(target, nodes[occ], "short_form")


def _link_given_names(
    graph: Graph, occs: Sequence[Occurrence], nodes: dict[Occurrence, str]
) -> None:
    """A lone given name is the one person its article names in full with it
    ("Hillary" after "Hillary Clinton" or "Hillary Rodham Clinton", "Bernie"
    after "Bernie Sanders"), unless a name of the article ends in the word
    ("Scott" beside "Tim Scott": a surname) or persons of two surnames have
    it as their given name."""
    full = [o for o in occs if o.label == "PERSON" and " " in o.key]
    surnames = {o.key.split()[-1] for o in full}
    for occ in occs:
        if " " in occ.key or occ.label != "PERSON" or occ.key in surnames:
            continue
        if not given_name(occ.key):
            continue
        named = [o for o in full if o.key.split()[0] == occ.key]
        if len({o.key.split()[-1] for o in named}) == 1:
            for target in sorted({nodes[o] for o in named}):
                graph.union(target, nodes[occ], "short_form")


LEADING_NAME = 3
"""How many times as often as any other person of a surname an article names
one in full for its lone surname to be that person's."""
_NO_GIVEN_NAME = frozenset(
    """against beneath behind why how when what after before with without over
    under about vs versus""".split()
)
"""Words a headline writes before a surname that the tagger reads into a
person's name ("Asserting Clinton", "Beneath Clinton", "Why Clinton")."""


def _headline_words(key: str) -> bool:
    """True for a "person" whose first word is no given name but a headline's
    word: a preposition or question word, or a verb's -ing form that is no
    given name ("asserting clinton", "why hillary clinton"). Such a name
    names no one, so it leaves a lone surname of the article to the person
    it does name. (Not read from the lemmatizer's tables: loading them in
    the corpus stages cost 120 MB.)"""
    first = key.split()[0]
    if first in _NO_GIVEN_NAME:
        return True
    return len(first) > 5 and first.endswith("ing") and not given_name(first)


def _link_short_forms(
    graph: Graph, occs: Sequence[Occurrence], nodes: dict[Occurrence, str]
) -> None:
    """An organisation's name cut short ("X Organization" of "X Organization of
    Y"), or its head word alone ("the Organization"), in the same article."""
    orgs = [o for o in occs if o.label == "ORG" and " " in o.key]
    for occ in occs:
        if occ.label != "ORG" or occ.surface.isupper():
            continue
        tokens = occ.key.split()
        targets = {
            nodes[o]
            for o in orgs
            if len(o.key.split()) > len(tokens)
            and _is_short_form(tokens, o.key.split())
        }
        roots = {graph.find(t) for t in targets}
        if len(roots) == 1:
            graph.union(min(targets), nodes[occ], "short_form")


def _is_short_form(short: Sequence[str], long: Sequence[str]) -> bool:
    """A leading part ("Acme" of "Acme Motor Company"), or the last word alone
    (a chamber's only after a place: :data:`CHAMBERS`)."""
    generic = (
        len(short) == 1 and short[0] in INSTITUTION_WORDS
    )  # "Senate" of "Senate X"
    named_body = long[-1] in NAMED_BODIES  # "Trump" is not the "Trump administration"
    if (
        list(long[: len(short)]) == list(short)
        and len(short[0]) > 2
        and not generic
        and not named_body
    ):
        return True
    if short[0] in CHAMBERS and not set(long[:-1]) <= _CHAMBER_PLACES:
        return False  # "White House" is no "House"; "U.S. House", "Pa. House" are
    return len(short) == 1 and long[-1] == short[0]
