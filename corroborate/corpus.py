"""Corpus stages after ingest: resolve entities, cluster stories, align facts,
build the designation registry.

Each stage reads what is stored and writes its records back, so running
``update_corpus`` twice changes nothing the second time; human decisions
(merges, splits) are read from the store's log and applied on every run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from .extractors.claims.speakers import APPOSITION_RE, qualifies
from .extractors.entities import PLACE_LABELS
from .records import (
    Article,
    Claim,
    Designation,
    Discrepancy,
    Fact,
    Span,
    Story,
)
from .store import Store

Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]
"""Where per-story work runs: the builtin ``map``, or an ingest's process pool."""


def update_corpus(
    store: Store, *, rebuild: bool = False, mapper: Mapper = map
) -> dict[str, int]:
    """Bring the corpus-level records up to date with the stored articles.

    Only the articles no run has read yet are loaded, with the stored
    articles whose entities change and the stories they are in; the rest is
    read from the store's indexes. All stages run in one transaction under
    the store's corpus lock: a run killed halfway changes nothing, and two
    ingests finishing at once take turns, the second seeing the first one's
    articles and stories.

    Args:
        store: the knowledge base.
        rebuild: forget the resolution index and read every article again,
            align every story and rebuild the registry (the result equals
            the incremental runs that led here).
        mapper: runs the alignment of each changed story: ``map`` here, or
            an ingest's pool (the result is the same).

    Returns:
        Counts for the ingest summary, e.g. ``{"entities": 40, "stories": 2}``.
    """
    from .resolve.incremental import resolve_store

    with store.corpus_lock():
        if rebuild:
            store.clear_names()
        new = list(store.unresolved_articles())
        resolved = resolve_store(store, new, active_decisions(store.decisions()))
        touched = {a.id: a for a in [*new, *resolved.changed]}
        citing = store.articles_citing(resolved.renamed, resolved.removed) - set(
            touched
        )
        cited = list(store.articles(ids=sorted(citing)))
        stored_claims = {a.id: list(a.claims) for a in cited}
        touched.update({a.id: a for a in cited})
        names = EntityNames(store)
        link_attributions(touched.values(), names)
        for article in touched.values():
            store.set_claim_sources(article.id, claim_sources(article, names))
        # a citing article whose claims link as before is as stored: its story
        # is not aligned again (an entity many articles cite changes often)
        rewritten = [
            a
            for a in touched.values()
            if a.id not in stored_claims or a.claims != stored_claims[a.id]
        ]
        stories, changed = cluster_corpus(store, new)
        story_of = {a: s.id for s in stories for a in s.article_ids}
        for article in rewritten:  # a stored one's story may have merged into another
            article.story_id = story_of.get(article.id, article.story_id)
        store.update_articles(rewritten)
        changed |= {a.story_id for a in rewritten if a.story_id}
        if rebuild:
            stories = store.stories()
            changed = {s.id for s in stories}
        else:
            stories = [s for s in (store.get_story(i) for i in sorted(changed)) if s]
        discrepancies = compare_stories(store, stories, changed, mapper)
        designations = build_registry(
            store, list(store.articles()) if rebuild else list(touched.values())
        )
    return {
        "entities": resolved.entities,
        "stories": store.count("stories"),
        "discrepancies": discrepancies,
        "designations": designations,
    }


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
    from .resolve.incremental import resolve_store

    for key in ("a", "b", "entity_id"):
        if key in decision and store.get_entity(decision[key]) is None:
            raise NotFoundError("entity", decision[key], "entities")
    if "decision" in decision and decision["decision"] not in {
        d["id"] for d in store.decisions()
    }:
        raise NotFoundError(
            "decision", str(decision["decision"]), "entities decisions", page=None
        )
    with store.corpus_lock():
        number = store.add_decision(decision)
        resolved = resolve_store(store, [], active_decisions(store.decisions()))
        link_attributions(resolved.changed, EntityNames(store))
        store.update_articles(resolved.changed)
    return number, resolved.entities


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
    store: Store, stories: Sequence[Story], changed: set[str], mapper: Mapper = map
) -> int:
    """Align facts in changed stories (reading only their articles, a story at
    a time, through ``mapper``) and check each member's own timeline; a user's
    decisions on facts and discrepancies are applied to the result."""
    from .facts.decisions import apply_fact_decisions

    decisions = store.fact_decisions()
    todo = [story for story in stories if story.id in changed]
    jobs = ((story, _members(store, story)) for story in todo)
    for story, (facts, discrepancies) in zip(
        todo, mapper(align_story, jobs), strict=True
    ):
        store.replace_facts(
            story.id, *apply_fact_decisions(facts, discrepancies, decisions)
        )
    return store.count("discrepancies")


def _members(store: Store, story: Story) -> list[Article]:
    """A story's stored articles, in story order."""
    by_id = {a.id: a for a in store.articles(ids=story.article_ids)}
    return [by_id[i] for i in story.article_ids if i in by_id]


def align_story(
    job: tuple[Story, list[Article]],
) -> tuple[list[Fact], list[Discrepancy]]:
    """One story's facts and discrepancies, its members' own timelines
    checked: a pure function of the story and its articles (a pool task)."""
    from .facts import align_facts, check_consistency

    story, members = job
    facts, discrepancies = align_facts(story, members)
    for article in members:
        discrepancies.extend(check_consistency(article))
    return facts, discrepancies


def build_registry(store: Store, articles: Sequence[Article]) -> int:
    """Replace the designation rows of ``articles`` and link every row to the
    resolved entities; rows of other articles are kept."""
    from .designations import build_designations

    ids = {a.id for a in articles}
    kept = [d for d in store.designations() if d.article_id not in ids]
    rows = kept + build_designations(sorted(articles, key=lambda a: a.id))
    designations = link_designations(rows, EntityNames(store))
    store.replace_designations(designations)
    return len(designations)


class EntityNames:
    """Entities by name, for attribution and the registry: asked of the store
    one name at a time (and remembered), never loaded whole."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._owners: dict[str, str | None] = {}
        self._names: dict[str, str | None] = {}

    def name_of(self, entity_id: str | None) -> str | None:
        """The canonical name of an entity, or None if there is no such entity."""
        if not entity_id:
            return None
        if entity_id not in self._names:
            self._names[entity_id] = self.store.entity_name(entity_id)
        return self._names[entity_id]

    def owner(self, name: str | None) -> str | None:
        """The entity a name or alias belongs to, if exactly one has it; also
        tried without a parenthetical ("X (Y)" -> X, Y)."""
        from .names import normalize_name

        if not name:
            return None
        head, _, rest = name.partition("(")
        for candidate in (name, head, rest.rstrip(")")):
            key = normalize_name(candidate) if candidate.strip() else ""
            if not key:
                continue
            if key not in self._owners:
                ids = self.store.entity_ids_named(key)
                self._owners[key] = ids.pop() if len(ids) == 1 else None
            if self._owners[key]:
                return self._owners[key]
        return None


def link_attributions(articles: Iterable[Article], names: EntityNames) -> None:
    """Point each claim's ``according_to`` at the entity of its source.

    The source span's own mention decides first; a pronoun or a description
    resolved by the claim extractor (``source_text``) is looked up among the
    sources already linked in the same article, then by name in the corpus.
    The readable name stays in ``source_text``. An unnamed source ("an Iranian
    presidency official") stays a description: it is not linked to an entity.
    """
    for article in articles:
        linked: dict[str, str] = {}  # source name -> entity id, in this article
        claims = []
        for claim in article.claims:
            if not claim.unnamed:
                claim = _link_claim(article, claim, names, linked)
            source = claim.according_to
            if source and names.name_of(source) and claim.source_text:
                linked[claim.source_text] = source
            claims.append(claim)
        article.claims = claims


def claim_sources(article: Article, names: EntityNames) -> list[tuple[str, str | None]]:
    """(name key, linked entity id or None) of each named claim source: what
    a later run looks for when an entity of that name appears or goes."""
    from .names import normalize_name

    sources = []
    for claim in article.claims:
        name = claim.source_text or claim.according_to
        if claim.unnamed or not name:
            continue
        head, _, rest = name.partition("(")
        for candidate in (name, head, rest.rstrip(")")):
            key = normalize_name(candidate) if candidate.strip() else ""
            if key:
                linked = (
                    claim.according_to if names.name_of(claim.according_to) else None
                )
                sources.append((key, linked))
    return sources


def _link_claim(
    article: Article,
    claim: Claim,
    names: EntityNames,
    linked: dict[str, str],
) -> Claim:
    if names.name_of(claim.according_to):
        return claim
    name = claim.source_text or claim.according_to
    entity_id = (
        _mention_entity(article, claim)
        or (linked.get(name) if name else None)
        or (names.owner(name) if not _described(name) else None)
    )
    if entity_id is None:
        return claim
    return dataclasses.replace(
        claim, according_to=entity_id, source_text=name or names.name_of(entity_id)
    )


def _described(name: str | None) -> bool:
    """True for a source that describes someone rather than names them, its
    last word in lower case ("The Florida senator"): no entity's name, even
    one the NER made of a description elsewhere ("Florida Senator")."""
    words = (name or "").split()
    return bool(words) and words[-1][:1].islower()


def _mention_entity(article: Article, claim: Claim) -> str | None:
    """The entity of the resolved mention heading the claim's source span.

    A person named in it is the speaker, whatever place or party qualifies
    them ("Nancy Pelosi of California", "Ted Lieu, California Democrat"); a
    place only where nothing else is named, and not one that qualifies the
    noun after it ("The Florida senator" names no one). A person's name
    followed by an apposition or "of" heads the phrase, so the names after
    it qualify them ("Ted Lieu of California, a frequent Trump critic" is
    Lieu). English noun phrases otherwise put the name last ("Iranian Foreign Ministry
    spokesman, Nasser Kanaani"), so among the rest the mention ending
    nearest the span's end wins; among equals, the longest.
    """
    source = claim.source
    if source is None:
        return None
    name = claim.source_text
    if name and article.text.startswith(name, source.start):
        # the extractor named the speaker by the span's start ("Mr. Hale — who
        # has not always been a friend of the unions —"): the rest is aside
        source = Span(source.start, source.start + len(name))
    inside = [
        m
        for m in article.mentions
        if m.entity_id
        and source.start <= m.start
        and m.end <= source.end
        and not (
            # a place or person before the noun it qualifies ("The Florida
            # senator", "the Clinton campaign"); a name whose entity is the
            # body it names ("Biden" of "The Biden administration") speaks
            (m.label in PLACE_LABELS or m.entity_id.startswith("per-"))
            and qualifies(article.text, m.end, source.end)
        )
    ]
    if not inside:
        return None
    heads = [
        m
        for m in sorted(inside, key=lambda m: m.start)
        if m.label == "PERSON"
        and m.end < source.end
        and APPOSITION_RE.match(article.text, m.end)
    ]
    if heads:
        return heads[0].entity_id
    best = min(
        inside,
        key=lambda m: (
            m.label != "PERSON",
            m.label in PLACE_LABELS,
            source.end - m.end,
            m.start - m.end,
        ),
    )
    return best.entity_id


def link_designations(
    designations: Sequence[Designation], names: EntityNames
) -> list[Designation]:
    """Fill ``authority_id`` and ``organization_id`` from the resolved entities.

    A capital standing for its state ("Tehran has banned ...") is read as the
    state, so one authority's listings are not split between two names.
    """
    rows = []
    for row in designations:
        authority = state_of_capital(row.authority) or row.authority
        rows.append(
            dataclasses.replace(
                row,
                authority=authority,
                authority_id=row.authority_id or names.owner(authority),
                organization_id=row.organization_id or names.owner(row.organization),
            )
        )
    return rows


def state_of_capital(name: str) -> str | None:
    """The country whose capital is called ``name`` (GeoNames PPLC), else None."""
    from .gazetteer import FEATURE_CAPITAL, country_name, lookup_place

    place = lookup_place(name)
    if place is None or place.feature != FEATURE_CAPITAL or not place.country:
        return None
    return country_name(place.country)
