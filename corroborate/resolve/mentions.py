"""Corpus resolution: mentions become entities with stable ids, aliases, roles."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .names import (
    MATCH_THRESHOLD,
    REVIEW_THRESHOLD,
    compare_names,
    is_acronym_of,
    name_tokens,
)
from .records import Alias, Article, Entity, Mention, Place
from .roles import roles_of
from .scopes import ARTICLE_SCOPE, GENERIC_NAMES, place_scope, state_scope

KIND_OF_LABEL = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
}
ID_PREFIXES = {"Person": "per", "Organization": "org", "Place": "plc"}
# FAC comes from an explicit cue ("Camp X", "X camp"): it outweighs a guess.
LABEL_VOTES = {"FAC": 2}
AUTO_MERGE_THRESHOLD = MATCH_THRESHOLD
"""Distinct spellings scoring at least this (``compare_names``) merge by themselves.

Same value as the pairwise match threshold calibrated on the names bench;
in-article evidence (acronym definitions, surnames, short forms) merges
regardless of score."""
BLOCK_PREFIX_CHARS = 4  # spellings are compared only if a token shares this prefix
# An acronym never defined in the corpus ("GM" ~ "General Motors") is only a
# candidate: listed for review just under the automatic threshold.
ACRONYM_REVIEW_SCORE = round(AUTO_MERGE_THRESHOLD - 0.01, 2)
MAX_BLOCK_SIZE = 500  # spellings sharing one token prefix; larger blocks skipped
# Generic words around place names: "Camp X 3" is "X 3".
PLACE_GENERIC = frozenset({"camp", "base", "city", "town", "village", "province"})
# Single words naming a kind of institution: "Senate" is not "Senate Judiciary
# Committee", though it is its first word.
INSTITUTION_WORDS = frozenset(
    "senate house court congress parliament council ministry government army police "
    "party committee commission assembly agency department office union bank "
    "university state federal national central supreme".split()
)
_PAREN_AFTER = re.compile(r"\s*\(([^()]{2,80})\)")
_POSSESSIVE = re.compile(r"^(\w[\w.-]*)['’]s\s+", re.UNICODE)
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class _Occurrence:
    """One mention, as resolution sees it."""

    article_id: str
    start: int
    end: int
    label: str
    surface: str  # the mention text, cleaned of "the" and possessives
    key: str  # normalize_name(surface): spellings with one key are one name
    seen: str | None  # publication date of the article, if known
    # what the name is a name within: "place:<kind of place>" for a resolved
    # place, "state:<country>" for a body of a state, ARTICLE_SCOPE when unknown
    scope: str | None = None
    geonameid: int | None = None  # from the places extractor, for places


@dataclass
class _Graph:
    """Union-find over name nodes, with the kind of link that joined them."""

    parent: dict[str, str] = field(default_factory=dict)
    link_kind: dict[str, str] = field(default_factory=dict)  # node -> alias kind
    review: list[tuple[str, str, float]] = field(default_factory=list)

    def find(self, node: str) -> str:
        """Root of ``node``'s cluster (path-halving)."""
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: str, b: str, kind: str | None = None) -> None:
        """Join the clusters of ``a`` and ``b``; remember how ``b`` was linked."""
        root_a, root_b = self.find(a), self.find(b)
        if kind and b not in self.link_kind:
            self.link_kind[b] = kind
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def resolve_entities(
    articles: Sequence[Article],
    *,
    existing: Sequence[Entity] = (),
    decisions: Sequence[dict[str, Any]] = (),
) -> list[Entity]:
    """Resolve the articles' mentions into entities and set ``Mention.entity_id``.

    Args:
        articles: annotated articles (``mentions`` filled); their mention lists
            are updated in place with entity ids.
        existing: entities from earlier runs; a cluster none of whose
            mentions carries an id yet takes the id of one it shares a
            spelling with. Mentions that carry an ``entity_id`` from an
            earlier run keep it while their cluster keeps most of them,
            whatever its canonical name becomes.
        decisions: human decisions applied in order:
            ``{"action": "merge", "a": id, "b": id}`` folds ``b`` into ``a``;
            ``{"action": "split", "entity_id": id, "alias": name}`` moves the
            mentions spelled like ``alias`` out into an entity of their own.

    Returns:
        Entities sorted by id, each with aliases (with evidence and counts),
        roles and article ids.
    """
    articles = sorted(articles, key=lambda a: a.id)  # the same set, any order
    occurrences = sorted(_occurrences(articles), key=_position)
    prior = {
        (a.id, m.start, m.end): m.entity_id
        for a in articles
        for m in a.mentions
        if m.entity_id
    }
    graph = _Graph()
    nodes = _nodes(occurrences)
    for node in nodes.values():
        graph.find(node)
    by_article: dict[str, list[_Occurrence]] = defaultdict(list)
    for occ in occurrences:
        by_article[occ.article_id].append(occ)
    texts = {a.id: a.text for a in articles}
    for article_id, occs in by_article.items():
        _link_in_article(graph, texts[article_id], occs, nodes)
    _link_fuzzy(graph, occurrences, nodes)
    _link_places(graph, occurrences, nodes)
    clusters: dict[str, list[_Occurrence]] = defaultdict(list)
    for occ in occurrences:
        clusters[graph.find(nodes[occ])].append(occ)
    grouped = _assign_ids(list(clusters.values()), prior, existing, decisions)
    grouped = apply_decisions(grouped, decisions)
    entities = [
        _build_entity(eid, occs, graph, nodes, texts) for eid, occs in grouped.items()
    ]
    _set_mention_ids(articles, grouped)
    return sorted(entities, key=lambda e: e.id)


def entity_id(kind: str, anchor: tuple[str, int, int], salt: str = "") -> str:
    """Stable id of an entity: a hash of its kind and its anchor mention.

    The anchor is the first of the cluster's mentions by (article id, start,
    end); article ids are content hashes, so the anchor depends on what the
    corpus holds, not on the order it arrived in, and not on the name the
    entity ends up with.

    Args:
        kind: FollowTheMoney schema (``Person``, ``Organization``, ``Place``).
        anchor: ``(article_id, start, end)`` of the anchor mention.
        salt: tells apart ids made from one anchor for different purposes
            (an entity split off by a human decision).

    Returns:
        ``"<prefix>-<12 hex>"``, e.g. ``"org-3f2a..."``.
    """
    key = "|".join([kind, *map(str, anchor), salt])
    return f"{_prefix(kind)}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def _prefix(kind: str) -> str:
    """Id prefix of an entity kind (``per``, ``org``, ``plc``)."""
    return ID_PREFIXES.get(kind, kind[:3].lower())


def _position(occ: _Occurrence) -> tuple[str, int, int]:
    """Where a mention is: its article, start and end (the sort key of mentions)."""
    return occ.article_id, occ.start, occ.end


def schema_of_kind(kind: str) -> str | None:
    """Schema to compare names of this kind with (places have none)."""
    return None if kind == "Place" else kind


def clean_surface(text: str, places: frozenset[str] = frozenset()) -> str:
    """Strip a leading "the", a trailing "'s" and a place as possessor
    ("Afghanistan's X"; not "People's X").

    Args:
        text: the mention text.
        places: names of places seen in the corpus.

    Returns:
        The name as it would be written on its own.
    """
    text = " ".join(text.split()).strip(" ,;:")  # "Washington\nPost", "Graham "
    text = _LEADING_THE.sub("", text.strip("\"'“”‘’"))
    text = _TRAILING_POSSESSIVE.sub("", text) if text.endswith(("'s", "’s")) else text
    match = _POSSESSIVE.match(text)
    if match and match.group(1) in places and text[match.end() :][:1].isupper():
        return text[match.end() :]
    return text


def _key(surface: str) -> str:
    """Label-independent comparison key; generic place words dropped."""
    tokens = [t for t in name_tokens(surface, None)]
    core = [t for t in tokens if t not in PLACE_GENERIC]
    return " ".join(core or tokens)


def _occurrences(articles: Sequence[Article]) -> Iterable[_Occurrence]:
    """Every nameable mention (people, organisations, places) of the articles;
    bare generic words ("the Organization", "Ministry") name nothing."""
    places = frozenset(
        a.text[m.start : m.end]
        for a in articles
        for m in a.mentions
        if m.label == "GPE"
    )
    for article in articles:
        found = []
        for mention in article.mentions:
            if mention.label not in KIND_OF_LABEL:
                continue
            surface = clean_surface(article.text[mention.start : mention.end], places)
            key = _key(surface)
            if not key or key.isdigit() or key in GENERIC_NAMES:
                continue
            place = _place(article, mention.start, mention.end, mention.label)
            key, scope = _scope(article, mention, place, key)
            found.append(
                _Occurrence(
                    article.id,
                    mention.start,
                    mention.end,
                    mention.label,
                    surface,
                    key,
                    article.published.value,
                    scope,
                    place.geonameid if place else None,
                )
            )
        yield from _scope_in_article(found)


def _scope(
    article: Article, mention: Mention, place: Place | None, key: str
) -> tuple[str, str | None]:
    """A mention's key and what it is a name within, if anything: a resolved
    place its kind of place, a body of a state its state (see
    :mod:`corroborate.scopes`)."""
    if place is not None:
        return key, place_scope(place)
    if KIND_OF_LABEL[mention.label] != "Organization":
        return key, None
    return state_scope(article, mention.start, mention.end, key)


def _scope_in_article(occs: list[_Occurrence]) -> list[_Occurrence]:
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


def _place(article: Article, start: int, end: int, label: str) -> Place | None:
    """The gazetteer entry the places extractor gave to this place mention."""
    if KIND_OF_LABEL.get(label) != "Place":
        return None
    for place in article.places:
        if place.geonameid and place.start <= start and end <= place.end:
            return place
    return None


def _nodes(occurrences: Sequence[_Occurrence]) -> dict[_Occurrence, str]:
    """Graph node of each occurrence: its key, with its scope ("foreign
    ministry@state:IR"), except that a lone word which is part of a longer
    name in the same article ("Lavrov", "House", "Senate"), or a state body
    whose state is unknown, is local to that article, so it cannot chain
    different people or bodies."""
    parts = {
        (o.article_id, token)
        for o in occurrences
        if " " in o.key
        for token in o.key.split()
    }
    nodes = {}
    for occ in occurrences:
        if occ.scope == ARTICLE_SCOPE or (
            not occ.scope and " " not in occ.key and (occ.article_id, occ.key) in parts
        ):
            nodes[occ] = f"{occ.article_id}|{occ.key}"
        else:
            nodes[occ] = f"{occ.key}@{occ.scope}" if occ.scope else occ.key
    return nodes


def _scope_of(node: str) -> str:
    """The scope part of a node ("state:IR" of "foreign ministry@state:IR")."""
    return node.partition("@")[2]


def _link_in_article(
    graph: _Graph, text: str, occs: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
) -> None:
    """Join spellings that the article itself equates."""
    _link_parentheses(graph, text, occs, nodes)
    _link_acronyms(graph, occs, nodes)
    _link_surnames(graph, occs, nodes)
    _link_short_forms(graph, occs, nodes)


def _link_parentheses(
    graph: _Graph, text: str, occs: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
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
    graph: _Graph, occs: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
) -> None:
    """An all-caps word that is the initialism of one organisation named nearby.

    Not defined in the text, so the link holds in this article only: the
    acronym's mentions here get an article-local node ("PA" may be another
    body elsewhere)."""
    longs = {o.surface: o for o in occs if o.label == "ORG" and " " in o.key}
    for occ in occs:
        if not (occ.surface.isupper() and " " not in occ.surface):
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


def _link_surnames(
    graph: _Graph, occs: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
) -> None:
    """A lone surname after a full name in the same article is that person."""
    full = [o for o in occs if o.label == "PERSON" and " " in o.key]
    for occ in occs:
        if " " in occ.key or occ.label != "PERSON":
            continue
        targets = {nodes[o] for o in full if o.key.split()[-1] == occ.key}
        if len(targets) == 1:
            graph.union(targets.pop(), nodes[occ], "short_form")


def _link_short_forms(
    graph: _Graph, occs: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
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
            graph.union(targets.pop(), nodes[occ], "short_form")


def _is_short_form(short: Sequence[str], long: Sequence[str]) -> bool:
    """A leading part ("Acme" of "Acme Motor Company"), or the last word alone."""
    generic = (
        len(short) == 1 and short[0] in INSTITUTION_WORDS
    )  # "Senate" of "Senate X"
    if list(long[: len(short)]) == list(short) and len(short[0]) > 2 and not generic:
        return True
    return len(short) == 1 and long[-1] == short[0]


def _link_fuzzy(
    graph: _Graph, occurrences: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
) -> None:
    """Join spellings across the corpus whose names match (transliterations,
    word order, typos); keep near misses for review. A lone word joins a
    longer name only if it is the surname of exactly one person, or the
    leading word of exactly one organisation."""
    spelling = _node_spellings(occurrences, nodes)
    kinds = _node_kinds(occurrences, nodes)
    weight = Counter(nodes[o] for o in occurrences)
    surname_of: dict[str, set[str]] = defaultdict(set)
    for a, b, kind in _candidate_pairs(spelling, kinds):
        if _scope_of(a) != _scope_of(b):
            continue  # two gazetteer entries, two states' ministries
        single = [n for n in (a, b) if " " not in n.partition("@")[0]]
        if len(single) == 1:
            other = b if single[0] == a else a
            if kind == "Person" and _is_surname(spelling[single[0]], spelling[other]):
                surname_of[single[0]].add(other)
            elif kind == "Organization" and _is_leading_word(
                spelling[single[0]], spelling[other]
            ):
                surname_of[single[0]].add(other)  # "Acme" of "Acme Motor Company"
            continue
        if graph.find(a) == graph.find(b):
            continue
        score = compare_names(spelling[a], spelling[b], schema=schema_of_kind(kind))
        if score >= AUTO_MERGE_THRESHOLD:
            major, minor = sorted((a, b), key=lambda n: (-weight[n], n))
            graph.union(major, minor, "transliteration")
        elif score >= REVIEW_THRESHOLD:
            graph.review.append((a, b, score))
    for node, people in sorted(surname_of.items()):
        if len({graph.find(p) for p in people}) == 1:
            graph.union(people.pop(), node, "short_form")


def _link_places(
    graph: _Graph, occurrences: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
) -> None:
    """One gazetteer entry is one place, however spelled; a spelling the
    gazetteer left unresolved joins the one entry it names elsewhere."""
    entries: dict[str, set[str]] = defaultdict(set)
    for occ in occurrences:
        if occ.geonameid:
            kind = "acronym" if occ.surface.isupper() else "translation"
            graph.union(f"geonames:{occ.geonameid}", nodes[occ], kind)
            entries[occ.key].add(nodes[occ])
    for occ in occurrences:
        place = KIND_OF_LABEL[occ.label] == "Place"
        if place and not occ.scope and len(entries.get(occ.key, ())) == 1:
            graph.union(next(iter(entries[occ.key])), nodes[occ], "translation")


def _candidate_pairs(
    spelling: dict[str, str], kinds: dict[str, str]
) -> Iterable[tuple[str, str, str]]:
    """Pairs of global nodes of one kind sharing a token prefix (blocking)."""
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node, surface in spelling.items():
        if "|" in node:
            continue  # article-local words are resolved inside their article
        for token in set(name_tokens(surface, None)):
            if len(token) > 1 and not token.isdigit():
                blocks[(kinds[node], token[:BLOCK_PREFIX_CHARS])].append(node)
    seen: set[tuple[str, str]] = set()
    for (kind, _), members in sorted(blocks.items()):
        if len(members) > MAX_BLOCK_SIZE:
            continue  # a very common token ("united") says nothing
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (min(a, b), max(a, b))
                if pair not in seen:
                    seen.add(pair)
                    yield pair[0], pair[1], kind


def _is_leading_word(word: str, full: str) -> bool:
    """Whether ``word`` is the first word of ``full`` and names no institution."""
    tokens = name_tokens(full, None)
    key = _key(word)
    return tokens[:1] == (key,) and key not in INSTITUTION_WORDS and len(key) > 2


def _is_surname(word: str, full: str) -> bool:
    """Whether ``word`` spells the last name of the multi-word name ``full``."""
    last = name_tokens(full, "Person")[-1:]
    return (
        bool(last) and compare_names(word, last[0], schema="Person") >= MATCH_THRESHOLD
    )


def _node_spellings(
    occurrences: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
) -> dict[str, str]:
    """The most frequent surface of each node."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for occ in occurrences:
        counts[nodes[occ]][occ.surface] += 1
    return {node: c.most_common(1)[0][0] for node, c in counts.items()}


def _node_kinds(
    occurrences: Sequence[_Occurrence], nodes: dict[_Occurrence, str]
) -> dict[str, str]:
    """Majority kind of each node's mentions (ties: Person, Organization, Place)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for occ in occurrences:
        counts[nodes[occ]][KIND_OF_LABEL[occ.label]] += LABEL_VOTES.get(occ.label, 1)
    return {node: _vote(c) for node, c in counts.items()}


def _vote(counts: Counter[str]) -> str:
    """The most frequent kind; ties broken by a fixed order."""
    order = ("Person", "Organization", "Place")
    return max(counts, key=lambda k: (counts[k], -order.index(k)))


def _canonical(occs: Sequence[_Occurrence]) -> str:
    """The entity's name: its most frequent full (multi-word, not acronym)
    spelling; ties go to the spelling seen first."""
    counts = Counter(o.surface for o in occs)
    first: dict[str, tuple[str, int]] = {}
    for occ in occs:
        first[occ.surface] = min(
            first.get(occ.surface, (occ.article_id, occ.start)),
            (occ.article_id, occ.start),
        )
    order = {s: i for i, s in enumerate(sorted(first, key=lambda s: first[s]))}
    if _kind(occs) == "Place":  # "Russia", not "Russian Federation"
        return max(counts, key=lambda s: (counts[s], -order[s]))
    return max(
        counts, key=lambda s: (" " in s and not s.isupper(), counts[s], -order[s])
    )


def _kind(occs: Sequence[_Occurrence]) -> str:
    """The entity's FollowTheMoney schema by majority of its mentions' labels."""
    votes: Counter[str] = Counter()
    for occ in occs:
        votes[KIND_OF_LABEL[occ.label]] += LABEL_VOTES.get(occ.label, 1)
    return _vote(votes)


def _assign_ids(
    clusters: list[list[_Occurrence]],
    prior: dict[tuple[str, int, int], str],
    existing: Sequence[Entity],
    decisions: Sequence[dict[str, Any]],
) -> dict[str, list[_Occurrence]]:
    """Give each cluster an id that survives reruns, new articles and renames.

    In order: a cluster whose own anchor id its mentions already carry keeps
    it; then clusters take the earlier id most of their mentions carried
    (largest overlap first, each id once); a cluster whose earlier id went
    to another takes an id a merge decision folded into that one, so the
    decision finds both again; a cluster none of whose mentions had an id
    takes an unused existing entity's id when they share a spelling; the
    rest get the id of their anchor mention. Every choice is made in a
    fixed order, so the result depends only on the clusters.
    """
    kinds = [_kind(c) for c in clusters]
    clusters = [sorted(c, key=_position) for c in clusters]
    chosen: dict[int, str] = {}
    for i, occs in enumerate(clusters):
        own = entity_id(kinds[i], _position(occs[0]))
        if any(prior.get(_position(o)) == own for o in occs):
            chosen[i] = own
    votes = sorted(
        (-count, eid, _position(clusters[i][0]), i)
        for i, occs in enumerate(clusters)
        for eid, count in Counter(
            prior[_position(o)] for o in occs if _position(o) in prior
        ).items()
        if eid.startswith(_prefix(kinds[i]) + "-")
    )
    for _, eid, _, i in votes:
        if i not in chosen and eid not in chosen.values():
            chosen[i] = eid
    folded: dict[str, list[str]] = defaultdict(list)  # kept id -> merged-in ids
    for decision in decisions:
        if (
            decision.get("action") == "merge"
            and decision.get("a")
            and decision.get("b")
        ):
            folded[decision["a"]].append(decision["b"])
    for _, eid, _, i in votes:
        free = [b for b in folded.get(eid, ()) if b not in chosen.values()]
        if i not in chosen and free:
            chosen[i] = free[0]
    known = _known_spellings(existing)
    for i, occs in enumerate(clusters):
        if i in chosen or any(_position(o) in prior for o in occs):
            continue
        hits = Counter(
            known[(kinds[i], o.key)] for o in occs if (kinds[i], o.key) in known
        )
        taken = set(chosen.values())
        ranked = sorted((-n, eid) for eid, n in hits.items() if eid not in taken)
        if ranked:
            chosen[i] = ranked[0][1]
    grouped: dict[str, list[_Occurrence]] = {}
    for i, occs in enumerate(clusters):
        eid = chosen.get(i) or _fresh_id(
            kinds[i], occs, grouped.keys() | set(chosen.values())
        )
        grouped[eid] = occs
    return grouped


def _known_spellings(existing: Sequence[Entity]) -> dict[tuple[str, str], str]:
    """(kind, spelling key) -> id of the existing entity that has it (the
    smallest id when several do)."""
    known: dict[tuple[str, str], str] = {}
    for entity in sorted(existing, key=lambda e: e.id):
        for name in [
            entity.name,
            *(a.name for a in entity.aliases if a.kind != "role"),
        ]:
            known.setdefault((entity.kind, _key(name)), entity.id)
    return known


def _fresh_id(kind: str, occs: Sequence[_Occurrence], taken: set[str]) -> str:
    """The id of the cluster's first mention not already used by another
    cluster (``occs`` sorted by position)."""
    for occ in occs:
        eid = entity_id(kind, _position(occ))
        if eid not in taken:
            return eid
    raise AssertionError(f"every mention of {occs[0].surface!r} anchors an entity")


def apply_decisions(
    grouped: dict[str, list[Any]], decisions: Sequence[dict[str, Any]]
) -> dict[str, list[Any]]:
    """Apply human merge/split decisions, in order, to id -> occurrences.

    Args:
        grouped: entity id -> its occurrences.
        decisions: ``merge`` (``a``, ``b``) and ``split`` (``entity_id``,
            ``alias``) dicts; ones naming unknown ids are skipped.

    Returns:
        The regrouped mapping (a new dict).
    """
    grouped = {k: list(v) for k, v in grouped.items()}
    for decision in decisions:
        action = decision.get("action")
        if (
            action == "merge"
            and {decision.get("a"), decision.get("b")} <= grouped.keys()
        ):
            if decision["a"] != decision["b"]:
                grouped[decision["a"]] += grouped.pop(decision["b"])
        elif action == "split" and decision.get("entity_id") in grouped:
            _split(grouped, decision["entity_id"], str(decision.get("alias", "")))
    return grouped


def _split(grouped: dict[str, list[Any]], eid: str, alias: str) -> None:
    """Move the occurrences spelled like ``alias`` out of entity ``eid``."""
    key = _key(clean_surface(alias))
    moved = [o for o in grouped[eid] if o.key == key]
    kept = [o for o in grouped[eid] if o.key != key]
    if not moved or not kept:
        return
    grouped[eid] = kept
    new_id = entity_id(_kind(moved), _position(min(moved, key=_position)), "split")
    grouped.setdefault(new_id, []).extend(moved)


def _build_entity(
    eid: str,
    occs: Sequence[_Occurrence],
    graph: _Graph,
    nodes: dict[_Occurrence, str],
    texts: dict[str, str],
) -> Entity:
    """An Entity with one alias per spelling and the roles found before names."""
    kind, name = _kind(occs), _canonical(occs)
    by_surface: dict[str, list[_Occurrence]] = defaultdict(list)
    for occ in sorted(occs, key=lambda o: (o.article_id, o.start)):
        by_surface[occ.surface].append(occ)
    aliases = [
        _alias(
            eid,
            surface,
            group,
            _alias_kind(surface, name, kind, graph, nodes[group[0]]),
        )
        for surface, group in sorted(by_surface.items())
    ]
    roles = roles_of(eid, occs, texts) if kind == "Person" else []
    article_ids = sorted({o.article_id for o in occs})
    return Entity(
        eid, kind, name, aliases=aliases, roles=roles, article_ids=article_ids
    )


def _alias_kind(surface: str, name: str, kind: str, graph: _Graph, node: str) -> str:
    """How a spelling relates to the canonical name."""
    if surface == name or _key(surface) == _key(name):
        return "canonical"
    if node in graph.link_kind:
        return graph.link_kind[node]
    if kind != "Person" and (is_acronym_of(surface, name) or surface.isupper()):
        return "acronym"
    short, long = set(_key(surface).split()), set(_key(name).split())
    if short < long:
        return "short_form"
    return (
        "transliteration"
        if compare_names(surface, name) >= MATCH_THRESHOLD
        else "weak_alias"
    )


def _alias(eid: str, name: str, occs: Sequence[_Occurrence], kind: str) -> Alias:
    """One alias with its first evidence, count and first/last seen dates."""
    first = occs[0]
    dates = sorted(o.seen for o in occs if o.seen)
    return Alias(
        entity_id=eid,
        name=name,
        kind=kind,
        article_id=first.article_id,
        start=first.start,
        end=first.end,
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        count=len(occs),
    )


def _set_mention_ids(
    articles: Sequence[Article], grouped: dict[str, list[_Occurrence]]
) -> None:
    """Write entity ids into the articles' mentions (frozen: replaced in the
    list); a nameable mention that names nothing now ("the Organization")
    loses the id an earlier run gave it."""
    ids = {
        (o.article_id, o.start, o.end): eid
        for eid, occs in grouped.items()
        for o in occs
    }
    for article in articles:
        article.mentions = [
            dataclasses.replace(m, entity_id=ids.get((article.id, m.start, m.end)))
            if m.label in KIND_OF_LABEL
            else m
            for m in article.mentions
        ]
