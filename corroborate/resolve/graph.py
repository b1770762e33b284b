"""Joining name nodes across the corpus.

A node is one name key (with its scope) as :mod:`.mentions` reads it. Nodes
join when an article equates them (its links), when their spellings match
(transliterations, word order, typos: :func:`relation` on pairs that share a
token prefix, or, in two scripts, a token's consonant skeleton), when a lone
word is the surname or leading word of exactly one longer name, and when the
gazetteer resolves them to one place.

Comparing spellings is the costly part, and it depends on nothing but the two
nodes: :func:`relations` compares only pairs with a node whose spelling or
kind is new, and the rest are read back from earlier runs. The joining itself
(:func:`link_nodes`) is cheap and runs over every node, so the result is the
same however the corpus arrived.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from rigour.text.scripts import common_scripts

from ..names import (
    INSTITUTION_WORDS,
    MATCH_THRESHOLD,
    compare_names,
    name_tokens,
    surname_like,
    token_skeletons,
)
from .mentions import (
    Graph,
    Position,
    name_key,
    node_key,
    scope_of,
)

AUTO_MERGE_THRESHOLD = MATCH_THRESHOLD
"""Distinct spellings scoring at least this (``compare_names``) merge by themselves.

Same value as the pairwise match threshold calibrated on the names bench;
in-article evidence (acronym definitions, surnames, short forms) merges
regardless of score."""
PLACE_SCHEMA = "Address"
"""The FollowTheMoney schema place names are compared under: no person's
(given names and surnames), no organisation's legal forms to weigh."""
BLOCK_PREFIX_CHARS = 4  # spellings are compared only if a token shares this prefix
SKELETON_MARK = "="
"""Starts the key of a block of consonant skeletons (no token starts so)."""
MAX_BLOCK_SIZE = 500  # spellings sharing one block key; larger blocks skipped
DOMINANCE = 10
"""A longer name this many times rarer than another a lone word may be part
of does not hold the word back from it: "Trump" joins Donald Trump (18
mentions) although a tagger's slip made "Stop Trump" a person once, but
stays apart where Bill and Hillary Clinton are both named often."""
MERGE, PART = "merge", "part"
"""Relations of two nodes: one name spelled two ways; a lone word that is part
(surname, leading word) of a longer name."""

Block = tuple[str, str]  # (kind, token prefix or SKELETON_MARK + skeleton prefix)
Relation = tuple[str, str, str]  # (node, node, MERGE) sorted; (word, name, PART)


@dataclass
class Node:
    """What the corpus-wide joining reads of one name node."""

    name: str
    spelling: str  # its most frequent surface
    kind: str  # majority kind of its mentions
    weight: int  # its mentions
    votes: dict[str, int] = field(default_factory=dict)  # kind -> votes
    anchor: Position = ("", 0, 0)  # its first mention
    prior: dict[str, int] = field(default_factory=dict)  # earlier entity id -> mentions
    geonameids: tuple[int, ...] = ()  # gazetteer entries of its mentions
    geo_kind: str = ""  # alias kind of its first gazetteer-resolved mention
    unscoped_place: bool = False  # a place mention the gazetteer left unresolved
    blocks: tuple[Block, ...] = ()  # where it is compared (see ``block_keys``)


def block_keys(name: str, spelling: str, kind: str) -> tuple[Block, ...]:
    """The blocks of a node: (kind, prefix) of each token of its spelling, and
    (kind, ``SKELETON_MARK`` + prefix) of each reading of its consonant
    skeleton; none for an article-local node, resolved inside its article.

    Tokens are romanised (:func:`~corroborate.names.name_tokens`), so
    "Владимир Путин" shares the prefixes of "Vladimir Putin"; skeletons carry
    the spellings whose romanisations begin differently: an abjad writes no
    short vowels and has no "p" ("بوتين", "bwtyn"), Greek writes "ou" for u
    and "μπ" for b ("Πούτιν", "Μπάιντεν")."""
    if "|" in name:
        return ()
    tokens = {t for t in name_tokens(spelling, None) if len(t) > 1 and not t.isdigit()}
    skeletons = {
        s for t in tokens if t.isalpha() for s in token_skeletons(t) if len(s) > 1
    }
    return tuple(
        sorted(
            {(kind, t[:BLOCK_PREFIX_CHARS]) for t in tokens}
            | {(kind, SKELETON_MARK + s[:BLOCK_PREFIX_CHARS]) for s in skeletons}
        )
    )


def _compared_in(block: Block, a: Node, b: Node) -> bool:
    """Whether a block compares two of its nodes: a block of token prefixes
    any two, a block of skeletons (coarser) only spellings in two scripts, so
    names in one script are compared as without it."""
    if not block[1].startswith(SKELETON_MARK):
        return True
    return not common_scripts(a.spelling, b.spelling)


def blocks_of(nodes: Iterable[Node]) -> dict[Block, list[str]]:
    """Nodes by block: only nodes sharing a block are compared."""
    blocks: dict[Block, list[str]] = defaultdict(list)
    for node in nodes:
        for block in node.blocks:
            blocks[block].append(node.name)
    return blocks


def relations(
    nodes: Mapping[str, Node],
    blocks: Mapping[Block, list[str]],
    dirty: Collection[str],
    known: Iterable[Relation] = (),
    sizes: Mapping[Block, int] | None = None,
) -> set[Relation]:
    """The relations between nodes that share a block of at most
    ``MAX_BLOCK_SIZE`` nodes: compared afresh for pairs with a ``dirty`` node
    (``blocks`` holds every member of their blocks), taken from ``known`` (an
    earlier run's) for the others. ``sizes`` gives the size of every block of
    ``nodes`` when ``blocks`` does not hold them all."""
    size = dict(sizes or {}) | {b: len(m) for b, m in blocks.items()}
    small = {
        name: {b for b in node.blocks if size.get(b, 0) <= MAX_BLOCK_SIZE}
        for name, node in nodes.items()
    }
    found = {
        rel
        for rel in known
        if rel[0] not in dirty
        and rel[1] not in dirty
        and any(
            _compared_in(block, nodes[rel[0]], nodes[rel[1]])
            for block in small.get(rel[0], set()) & small.get(rel[1], set())
        )
    }
    seen: set[tuple[str, str]] = set()
    for block in sorted(
        {b for node in dirty for b in small.get(node, ()) if b in blocks}
    ):
        members = blocks[block]
        for a in members:
            if a not in dirty:
                continue
            for b in members:
                pair = (min(a, b), max(a, b))
                if a == b or pair in seen:
                    continue
                if not _compared_in(block, nodes[a], nodes[b]):
                    continue  # not seen: a block of prefixes may compare them
                seen.add(pair)
                rel = relation(nodes[pair[0]], nodes[pair[1]], block[0])
                if rel:
                    found.add(rel)
    return found


def relation(a: Node, b: Node, kind: str) -> Relation | None:
    """How two nodes of one kind are related by their spellings, if at all."""
    if scope_of(a.name) != scope_of(b.name):
        return None  # two gazetteer entries, two states' ministries
    single = [n for n in (a, b) if _lone_word(n, kind)]
    if len(single) == 1:
        word, other = single[0], (b if single[0] is a else a)
        if kind == "Person" and _is_surname(word.spelling, other.spelling):
            return word.name, other.name, PART
        if kind == "Organization" and _is_leading_word(word.spelling, other.spelling):
            return word.name, other.name, PART  # "Acme" of "Acme Motor Company"
        return None
    # a place is no person: with no schema, "King Street" and "High Street"
    # read as two people of one surname and merged (every street of a feed)
    schema = PLACE_SCHEMA if kind == "Place" else kind
    if compare_names(a.spelling, b.spelling, schema=schema) >= AUTO_MERGE_THRESHOLD:
        return a.name, b.name, MERGE
    return None


def _lone_word(node: Node, kind: str) -> bool:
    """Whether a node names by one word: a person's title aside ("Justice
    Roberts" is "Roberts", a surname several people may bear)."""
    if " " not in node_key(node.name):
        return True
    return kind == "Person" and len(name_tokens(node.spelling, "Person")) == 1


def holding(weights: Mapping[str, int]) -> set[str]:
    """The longer names that hold a lone word they share (name -> mentions):
    all but those ``DOMINANCE`` times rarer than the most mentioned."""
    top = max(weights.values(), default=0)
    return {o for o, w in weights.items() if w * DOMINANCE > top}


def link_nodes(
    nodes: Mapping[str, Node],
    links: Iterable[tuple[str, str, str]],
    found: Collection[Relation],
    outside: Mapping[str, tuple[str, int]] | None = None,
) -> Graph:
    """Join the nodes: the articles' own links (in article order), matching
    spellings (not two clusters naming persons of one surname and other given
    names, :func:`_two_people`), lone words of exactly one longer name (not counting those
    far rarer than it, :func:`holding`), gazetteer entries.

    ``outside`` gives the entity and the mentions of each name a lone word
    may be part of that is not among ``nodes`` (joining a region of the
    corpus: those entities stay as they are)."""
    outside = outside or {}

    def weight(name: str) -> int:
        return nodes[name].weight if name in nodes else outside.get(name, ("", 0))[1]

    graph = Graph()
    for name in sorted(nodes):
        graph.find(name)
    for a, b, kind in links:
        graph.union(a, b, kind)
    people = _people(graph, nodes)
    for a, b, _ in sorted(r for r in found if r[2] == MERGE):
        if a not in nodes or b not in nodes:
            continue
        ours, theirs = graph.find(a), graph.find(b)
        if ours == theirs or _two_people(people[ours], people[theirs]):
            continue
        major, minor = sorted((a, b), key=lambda n: (-nodes[n].weight, n))
        graph.union(major, minor, "transliteration")
        joined = people.pop(ours)
        for surname, given in people.pop(theirs).items():
            joined.setdefault(surname, set()).update(given)
        people[graph.find(a)] = joined
    parts: dict[str, set[str]] = defaultdict(set)
    for word, other, rel in found:
        if rel == PART:
            parts[word].add(other)
    for word, others in sorted(parts.items()):
        others = holding({o: weight(o) for o in others})
        labels = {
            graph.find(o) if o in nodes else f"@{outside.get(o, (o, 0))[0]}"
            for o in others
        }
        inside = sorted(o for o in others if o in nodes)
        if word in nodes and len(labels) == 1 and inside:
            graph.union(inside[0], word, "short_form")
    _link_places(graph, nodes)
    return graph


GivenNames = tuple[str, ...]  # a person's name tokens before the surname
People = dict[str, set[GivenNames]]  # surname -> the given names it comes with


def _people(graph: Graph, nodes: Mapping[str, Node]) -> defaultdict[str, People]:
    """The full names of persons in each cluster, by its root."""
    people: defaultdict[str, People] = defaultdict(dict)
    for name in sorted(nodes):
        node = nodes[name]
        tokens = name_tokens(node.spelling, "Person") if node.kind == "Person" else ()
        if len(tokens) > 1:
            people[graph.find(name)].setdefault(tokens[-1], set()).add(tokens[:-1])
    return people


def _two_people(ours: People, theirs: People) -> bool:
    """True when two clusters name persons of one surname with given names that
    are not one name ("Bill Clinton", "Hillary Clinton"): spellings that
    match a third ("Clinton Hill", "Hillary & Chelsea Clinton Foundation")
    join neither to the other."""
    return any(
        not _one_given_name(surname, x, y)
        for surname in ours.keys() & theirs.keys()
        for x in ours[surname]
        for y in theirs[surname]
    )


@functools.lru_cache(maxsize=65536)
def _one_given_name(surname: str, x: GivenNames, y: GivenNames) -> bool:
    """Whether two given names of one surname may be one person's: a name in
    common ("George W. Bush", "W. Bush"), an initial of the other's ("D.
    Eisenhower", "Dwight Eisenhower"), or spellings that match
    (``compare_names``: nicknames, "Chuck Schumer", "Charles Schumer")."""
    ours, theirs = set(x), set(y)
    if ours & theirs or _initial_of(ours, theirs) or _initial_of(theirs, ours):
        return True
    full = (" ".join((*x, surname)), " ".join((*y, surname)))
    return compare_names(*full, schema="Person") >= AUTO_MERGE_THRESHOLD


def _initial_of(initials: Collection[str], names: Collection[str]) -> bool:
    """True when a token of one or two letters opens one of ``names``."""
    return any(len(i) <= 2 and any(n[:1] == i[:1] for n in names) for i in initials)


def _link_places(graph: Graph, nodes: Mapping[str, Node]) -> None:
    """One gazetteer entry is one place, however spelled; a spelling the
    gazetteer left unresolved joins the one entry it names elsewhere."""
    entries: dict[str, set[str]] = defaultdict(set)
    for name in sorted(nodes):
        node = nodes[name]
        for geonameid in node.geonameids:
            graph.union(f"geonames:{geonameid}", name, node.geo_kind)
            entries[node_key(name)].add(name)
    for name in sorted(nodes):
        entry = entries.get(node_key(name), set())
        if nodes[name].unscoped_place and len(entry) == 1:
            graph.union(next(iter(entry)), name, "translation")


def clusters(graph: Graph, nodes: Iterable[str]) -> list[list[str]]:
    """The nodes grouped by component, each group sorted, groups in order."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for name in sorted(nodes):
        grouped[graph.find(name)].append(name)
    return sorted(grouped.values())


def _is_leading_word(word: str, full: str) -> bool:
    """Whether ``word`` is the first word of ``full`` and names no institution."""
    tokens = name_tokens(full, None)
    key = name_key(word)
    return tokens[:1] == (key,) and key not in INSTITUTION_WORDS and len(key) > 2


def _is_surname(word: str, full: str) -> bool:
    """Whether ``word`` spells the last name of the multi-word name ``full``
    (and can be a surname at all: :func:`~corroborate.names.surname_like`)."""
    last = name_tokens(full, "Person")[-1:]
    return (
        bool(last)
        and surname_like(name_key(word))
        and compare_names(word, last[0], schema="Person") >= MATCH_THRESHOLD
    )
