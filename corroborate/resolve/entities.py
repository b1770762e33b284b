"""From joined name nodes to entities: what each node has seen, the ids that
survive reruns, human decisions, and the Entity records with their aliases."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..names import MATCH_THRESHOLD, PERSON_TITLES, compare_names, is_acronym_of
from ..records import Alias, Entity
from .graph import Node, block_keys
from .mentions import (
    KIND_OF_LABEL,
    Occurrence,
    Position,
    clean_surface,
    name_key,
    node_key,
)

ID_PREFIXES = {"Person": "per", "Organization": "org", "Place": "plc"}
# FAC comes from an explicit cue ("Camp X", "X camp"): it outweighs a guess.
LABEL_VOTES = {"FAC": 2}
KIND_ORDER = ("Person", "Organization", "Place")  # ties of the kind vote
FULL_NAME_SHARE = 20
"""A full spelling names an organisation when written at least a twentieth as
often as its most frequent spelling (see :func:`_canonical`)."""


@dataclass
class NodeStats:
    """Everything resolution keeps of one node's mentions, summed so that a
    new article only adds to it: per spelling its count, first mention and
    first and last dates; kind votes; gazetteer entries; office phrases;
    earlier entity ids; articles."""

    surfaces: dict[str, list[Any]] = field(default_factory=dict)
    votes: dict[str, int] = field(default_factory=dict)
    geonameids: list[int] = field(default_factory=list)
    geo_first: list[Any] = field(default_factory=list)  # [position, alias kind]
    unscoped_place: bool = False
    roles: dict[str, list[Any]] = field(default_factory=dict)
    prior: dict[str, int] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)

    def add(self, occ: Occurrence) -> None:
        """Count one more mention of the node."""
        pos = list(occ.position)
        row = self.surfaces.setdefault(occ.surface, [0, pos, occ.seen, occ.seen])
        row[0] += 1
        row[1] = min(row[1], pos)
        row[2], row[3] = _min_date(row[2], occ.seen), _max_date(row[3], occ.seen)
        kind = KIND_OF_LABEL[occ.label]
        self.votes[kind] = self.votes.get(kind, 0) + LABEL_VOTES.get(occ.label, 1)
        if occ.geonameid:
            if occ.geonameid not in self.geonameids:
                self.geonameids = sorted([*self.geonameids, occ.geonameid])
            geo_kind = "acronym" if occ.surface.isupper() else "translation"
            if not self.geo_first or pos < self.geo_first[0]:
                self.geo_first = [pos, geo_kind]
        if kind == "Place" and not occ.scope:
            self.unscoped_place = True
        if occ.role:
            key, start, end, text = occ.role
            hit = self.roles.setdefault(
                key, [0, pos, start, end, text, occ.seen, occ.seen]
            )
            hit[0] += 1
            if pos < hit[1]:
                hit[1:5] = [pos, start, end, text]
            hit[5], hit[6] = _min_date(hit[5], occ.seen), _max_date(hit[6], occ.seen)
        if occ.prior:
            self.prior[occ.prior] = self.prior.get(occ.prior, 0) + 1
        if occ.article_id not in self.articles:
            self.articles = sorted([*self.articles, occ.article_id])

    @property
    def weight(self) -> int:
        return sum(row[0] for row in self.surfaces.values())

    @property
    def spelling(self) -> str:
        """The most frequent surface; ties go to the one seen first."""
        return min(
            self.surfaces, key=lambda s: (-self.surfaces[s][0], self.surfaces[s][1])
        )

    @property
    def kind(self) -> str:
        return vote(self.votes)

    def node(self, name: str, prior: Mapping[str, int] | None = None) -> Node:
        """The node as the corpus-wide joining reads it."""
        spelling, kind = self.spelling, self.kind
        return Node(
            name,
            spelling,
            kind,
            self.weight,
            votes=dict(self.votes),
            anchor=tuple(min(row[1] for row in self.surfaces.values())),
            prior=dict(self.prior if prior is None else prior),
            geonameids=tuple(self.geonameids),
            geo_kind=self.geo_first[1] if self.geo_first else "",
            unscoped_place=self.unscoped_place,
            blocks=block_keys(name, spelling, kind),
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NodeStats:
        return cls(**data)


def node_stats(occurrences: Iterable[Occurrence]) -> dict[str, NodeStats]:
    """Each node's statistics, from its occurrences."""
    stats: dict[str, NodeStats] = defaultdict(NodeStats)
    for occ in sorted(occurrences, key=lambda o: o.position):
        stats[occ.node].add(occ)
    return dict(stats)


def _min_date(a: str | None, b: str | None) -> str | None:
    return min(a, b) if a and b else a or b


def _max_date(a: str | None, b: str | None) -> str | None:
    return max(a, b) if a and b else a or b


def vote(votes: Mapping[str, int]) -> str:
    """The most voted kind; ties broken by a fixed order."""
    return max(votes, key=lambda k: (votes[k], -KIND_ORDER.index(k)))


def entity_id(kind: str, anchor: Position, salt: str = "") -> str:
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


def _cluster_kind(members: Sequence[str], nodes: Mapping[str, Node]) -> str:
    votes: Counter[str] = Counter()
    for name in members:
        votes.update(nodes[name].votes)
    return vote(votes)


def assign_ids(
    groups: Sequence[Sequence[str]],
    nodes: Mapping[str, Node],
    known: Mapping[tuple[str, str], str],
    decisions: Sequence[dict[str, Any]],
) -> dict[str, list[str]]:
    """Give each group of nodes an id that survives reruns, new articles and renames.

    In order: a group whose own anchor id its mentions already carry keeps
    it; then groups take the earlier id most of their mentions carried
    (largest overlap first, each id once), whatever kind the group's vote
    gives now: the prefix of an id is the kind its entity was first given,
    and a kind that flips as articles arrive ("Buffalo" told as a person,
    then as a company) does not re-id the entity and every mention of it;
    a group whose earlier id went to another takes an id a merge decision
    folded into that one, so the decision finds both again; a group none of whose mentions had an id
    takes an unused id of an earlier entity with one of its spellings
    (``known``: (kind, name key) -> id); the rest get the id of their anchor
    mention. Every choice is made in a fixed order, so the result depends
    only on the groups.
    """
    kinds = [_cluster_kind(g, nodes) for g in groups]
    anchors = [min(nodes[n].anchor for n in g) for g in groups]
    priors = []
    for group in groups:
        counts: Counter[str] = Counter()
        for name in group:
            counts.update(nodes[name].prior)
        priors.append(counts)
    chosen: dict[int, str] = {}
    for i in range(len(groups)):
        if entity_id(kinds[i], anchors[i]) in priors[i]:
            chosen[i] = entity_id(kinds[i], anchors[i])
    votes = sorted(
        (-count, eid, anchors[i], i)
        for i, counts in enumerate(priors)
        for eid, count in counts.items()
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
    for i, group in enumerate(groups):
        if i in chosen or priors[i]:
            continue
        hits: Counter[str] = Counter()
        for name in group:
            if (kinds[i], node_key(name)) in known:
                hits[known[(kinds[i], node_key(name))]] += nodes[name].weight
        taken = set(chosen.values())
        ranked = sorted((-n, eid) for eid, n in hits.items() if eid not in taken)
        if ranked:
            chosen[i] = ranked[0][1]
    grouped: dict[str, list[str]] = {}
    for i, group in enumerate(groups):
        eid = chosen.get(i) or _fresh_id(
            kinds[i],
            sorted(nodes[n].anchor for n in group),
            grouped.keys() | set(chosen.values()),
        )
        grouped[eid] = list(group)
    return grouped


def known_spellings(entities: Iterable[Entity]) -> dict[tuple[str, str], str]:
    """(kind, name key) -> id of the earlier entity that has the spelling (the
    smallest id when several do)."""
    known: dict[tuple[str, str], str] = {}
    for entity in sorted(entities, key=lambda e: e.id):
        for name in [
            entity.name,
            *(a.name for a in entity.aliases if a.kind != "role"),
        ]:
            known.setdefault((entity.kind, name_key(name)), entity.id)
    return known


def _fresh_id(kind: str, anchors: Sequence[Position], taken: Iterable[str]) -> str:
    """The id of the group's first anchor not already used by another group;
    when every one is (an entity split, the other part keeping the id its
    mentions carried), the first anchor's id salted with the first free number."""
    used = set(taken)
    for anchor in anchors:
        eid = entity_id(kind, anchor)
        if eid not in used:
            return eid
    number = 1
    while (eid := entity_id(kind, anchors[0], salt=f"part {number}")) in used:
        number += 1
    return eid


def apply_decisions(
    grouped: Mapping[str, list[str]],
    nodes: Mapping[str, Node],
    decisions: Sequence[dict[str, Any]],
) -> dict[str, list[str]]:
    """Apply human merge/split decisions, in order, to id -> nodes.

    Args:
        grouped: entity id -> its nodes.
        nodes: the nodes, for the kind and anchor of a split-off entity.
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
                grouped[decision["a"]] = sorted(
                    grouped[decision["a"]] + grouped.pop(decision["b"])
                )
        elif action == "split" and decision.get("entity_id") in grouped:
            _split(
                grouped, nodes, decision["entity_id"], str(decision.get("alias", ""))
            )
    return grouped


def _split(
    grouped: dict[str, list[str]], nodes: Mapping[str, Node], eid: str, alias: str
) -> None:
    """Move the nodes spelled like ``alias`` out of entity ``eid``."""
    key = name_key(clean_surface(alias))
    moved = [n for n in grouped[eid] if node_key(n) == key]
    kept = [n for n in grouped[eid] if node_key(n) != key]
    if not moved or not kept:
        return
    grouped[eid] = kept
    anchor = min(nodes[n].anchor for n in moved)
    new_id = entity_id(_cluster_kind(moved, nodes), anchor, "split")
    grouped[new_id] = sorted(grouped.get(new_id, []) + moved)


def build_entity(
    eid: str,
    members: Sequence[str],
    stats: Mapping[str, NodeStats],
    link_kind: Mapping[str, str],
) -> Entity:
    """An Entity with one alias per spelling and the roles found before names."""
    votes: Counter[str] = Counter()
    surfaces: dict[str, list[Any]] = {}
    first_node: dict[str, str] = {}
    for name in members:
        votes.update(stats[name].votes)
        for surface, (count, pos, low, high) in stats[name].surfaces.items():
            row = surfaces.get(surface)
            if row is None:
                surfaces[surface], first_node[surface] = [count, pos, low, high], name
                continue
            if pos < row[1]:
                row[1], first_node[surface] = pos, name
            row[0] += count
            row[2], row[3] = _min_date(row[2], low), _max_date(row[3], high)
    kind = vote(votes)
    name = _canonical(surfaces, kind)
    aliases = [
        Alias(
            entity_id=eid,
            name=surface,
            kind=_alias_kind(surface, name, kind, link_kind.get(first_node[surface])),
            article_id=pos[0],
            start=pos[1],
            end=pos[2],
            first_seen=low,
            last_seen=high,
            count=count,
        )
        for surface, (count, pos, low, high) in sorted(surfaces.items())
    ]
    roles = _roles(eid, [stats[n] for n in members]) if kind == "Person" else []
    article_ids = sorted({a for n in members for a in stats[n].articles})
    return Entity(
        eid, kind, name, aliases=aliases, roles=roles, article_ids=article_ids
    )


def _canonical(surfaces: Mapping[str, list[Any]], kind: str) -> str:
    """The entity's name: its most frequent full (multi-word, not acronym)
    spelling; for an organisation only one written at least ``1 /
    FULL_NAME_SHARE`` as often as its most frequent spelling ("CNN", 93 times,
    not "CNN Health", twice), a person's full name however rare ("Robert
    Menendez" beside "Menendez"), and without a title when one is written so
    ("Samuel Alito", not "Justice Samuel Alito"); ties go to the spelling seen
    first."""
    order = {
        s: i for i, s in enumerate(sorted(surfaces, key=lambda s: surfaces[s][1][:2]))
    }
    if kind == "Place":  # "Russia", not "Russian Federation"
        return max(surfaces, key=lambda s: (surfaces[s][0], -order[s]))
    most = max(count for count, *_ in surfaces.values())
    return max(
        surfaces,
        key=lambda s: (
            " " in s
            and not s.isupper()
            and (kind == "Person" or surfaces[s][0] * FULL_NAME_SHARE >= most),
            kind != "Person" or not _titled(s),
            surfaces[s][0],
            -order[s],
        ),
    )


def _titled(spelling: str) -> bool:
    """Whether a person's spelling opens with a title ("Justice Samuel Alito",
    "Sen. Ted Cruz")."""
    first = spelling.split()[0].lower().rstrip(".")
    return first in PERSON_TITLES and len(spelling.split()) > 1


def _roles(eid: str, stats: Sequence[NodeStats]) -> list[Alias]:
    """One ``role`` alias per office phrase written before the person's names,
    with its first evidence, count and first/last seen dates."""
    merged: dict[str, list[Any]] = {}
    for node in stats:
        for key, (count, pos, start, end, text, low, high) in node.roles.items():
            row = merged.get(key)
            if row is None:
                merged[key] = [count, pos, start, end, text, low, high]
                continue
            if pos < row[1]:
                row[1:5] = [pos, start, end, text]
            row[0] += count
            row[5], row[6] = _min_date(row[5], low), _max_date(row[6], high)
    return [
        Alias(
            entity_id=eid,
            name=text,
            kind="role",
            article_id=pos[0],
            start=start,
            end=end,
            first_seen=low,
            last_seen=high,
            count=count,
        )
        for _, (count, pos, start, end, text, low, high) in sorted(merged.items())
    ]


def _alias_kind(surface: str, name: str, kind: str, linked: str | None) -> str:
    """How a spelling relates to the canonical name."""
    if surface == name or name_key(surface) == name_key(name):
        return "canonical"
    if linked:
        return linked
    if kind != "Person" and (is_acronym_of(surface, name) or surface.isupper()):
        return "acronym"
    short, long = set(name_key(surface).split()), set(name_key(name).split())
    if short < long:
        return "short_form"
    return (
        "transliteration"
        if compare_names(surface, name) >= MATCH_THRESHOLD
        else "weak_alias"
    )
