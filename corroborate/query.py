"""Query functions shared by the CLI, the Python API and the web app."""

from __future__ import annotations

import dataclasses
from typing import Any

from .errors import ConfigError, NotFoundError
from .records import Article, Entity, Evidence, Story
from .store import Store


def list_articles(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every article, summarised, in ingest order."""
    return store.article_summaries(limit=limit)


def latest_articles(store: Store, count: int) -> list[dict[str, Any]]:
    """The ``count`` articles published last, newest first, summarised (those
    of no known date after every dated one)."""
    ids = store.latest_article_ids(count)
    return _in_order(store.article_summaries(ids), ids)


def show_article(article: Article) -> dict[str, Any]:
    """An article with its annotations, each with the text it points at."""
    data = build_article_output(article)
    data["zones"] = [
        {"kind": z.kind, "text": article.text[z.start : z.end]} for z in article.zones
    ]
    return data


def show_item(store: Store, item_id: str) -> dict[str, Any]:
    """An article or an entity by id.

    Raises:
        NotFoundError: nothing has this id.
    """
    article = store.get_article(item_id)
    if article is not None:
        return show_article(article)
    entity = store.get_entity(item_id)
    if entity is not None:
        return show_entity(store, entity)
    raise NotFoundError("article or entity", item_id, "articles")


def build_article_output(article: Article) -> dict[str, Any]:
    """The export contract of DESIGN.md for one article."""
    text = article.text

    def spanned(items: list[Any]) -> list[dict[str, Any]]:
        return [
            {**item.to_dict(), "text": text[item.start : item.end]} for item in items
        ]

    def span(value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            "start": value.start,
            "end": value.end,
            "text": text[value.start : value.end],
        }

    claims = [
        {
            **claim.to_dict(),
            "source": span(claim.source),
            "cue": span(claim.cue),
            "content": span(claim.content),
        }
        for claim in article.claims
    ]
    events = [
        {
            **event.to_dict(),
            "evidence": span(event.evidence),
            "trigger": span(event.trigger),
            "actors": [span(s) for s in event.actors],
            "recipients": [span(s) for s in event.recipients],
            "place": span(event.place),
            "date_span": span(event.date_span),
        }
        for event in article.events
    ]
    return {
        "id": article.id,
        "document_id": article.document_id,
        "input_id": article.input_id,
        "source_path": article.source_path,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "text": text,
        "published": article.published.to_dict(),
        "flags": article.flags,
        "zones": [z.to_dict() for z in article.zones],
        "mentions": spanned(article.mentions),
        "dates": spanned(article.dates),
        "places": spanned(article.places),
        "quantities": spanned(article.quantities),
        "claims": claims,
        "events": events,
        "story_id": article.story_id,
    }


def search_articles(
    store: Store,
    query: str | None,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    near: str | None = None,
    km: float = 100.0,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Articles matching a full-text query and/or dates and places they
    mention: the best matches of a query first (each with a snippet of its
    text around the matches), else in the order stored."""
    if not (query or date_from or date_to or near):
        raise ConfigError("give a QUERY, or --from/--to, or --near")
    filtered = bool(date_from or date_to or near)  # filters need every match
    ids: list[str] | None = (
        store.article_ids_matching(query, None if filtered else limit)
        if query
        else None
    )
    if date_from or date_to:
        ids = _filter_dates(store, ids, date_from, date_to)
    if near:
        ids = _filter_near(store, ids, near, km)
    assert ids is not None
    shown = ids[:limit]
    found = store.article_summaries(shown)  # in the order stored
    if query and shown:
        snippets = store.snippets(query, shown)  # why each matched
        found = [{**row, "snippet": snippets.get(row["id"], "")} for row in found]
    rank = {article_id: n for n, article_id in enumerate(shown)}
    return sorted(found, key=lambda row: rank[row["id"]])  # best match first


def _filter_dates(
    store: Store, ids: list[str] | None, date_from: str | None, date_to: str | None
) -> list[str]:
    """Keep articles that mention, or were published on, a date in the range.

    Values compare as ISO prefixes: ``--to 2024-12`` includes ``2024-12-31``.
    """
    low = date_from or "0000"
    high = (date_to or "9999") + "\uffff"
    found = store.article_ids_dated(low, high)
    return [i for i in (ids if ids is not None else store.article_ids()) if i in found]


def _filter_near(
    store: Store, ids: list[str] | None, near: str, km: float
) -> list[str]:
    from .gazetteer import lookup_place, place_distance_km

    centre = lookup_place(near)
    if centre is None or centre.lat is None or centre.lon is None:
        raise ConfigError(f"--near {near!r}: no such place in the gazetteer")
    found = {
        article_id
        for article_id, lat, lon in store.place_points()
        if place_distance_km(centre.lat, centre.lon, lat, lon) <= km
    }
    return [i for i in (ids if ids is not None else store.article_ids()) if i in found]


SUMMARY_ROWS = 10
"""Latest articles, largest stories, discrepancies and designations a summary lists."""


def build_summary(store: Store, counts: dict[str, int]) -> str:
    """A readable overview of the knowledge base, for people: the totals
    (``counts``, by table), then the latest articles, the largest stories and
    the first discrepancies, disputed facts and designations, ``SUMMARY_ROWS``
    of each, so it reads the same on a store of ten articles or of a hundred
    thousand."""
    lines = [f"Knowledge base {store.name}"]

    def heading(table: str, shown: int, what: str = "") -> None:
        more = f" ({shown} shown{what})" if shown < counts[table] else ""
        lines.append(f"\n{counts[table]} {table.replace('_', ' ')}{more}")

    articles = latest_articles(store, SUMMARY_ROWS)
    heading("articles", len(articles), ", the latest")
    for a in articles:
        lines.append(f"  {a['id']}  {a['title'] or '(no headline)'}")
        lines.append(
            f"      published: {a['published'] or 'date unknown'} ({a['how']});"
            f" {a['mentions']} mentions, {a['claims']} claims, {a['events']} events"
        )
    stories = list_stories(store, limit=SUMMARY_ROWS)
    heading("stories", len(stories), ", the largest")
    lines += [
        f"  {s['id']}: {s['articles']} article{'' if s['articles'] == 1 else 's'}"
        f"  {s['headline'] or ''}".rstrip()
        for s in stories
    ]
    lines.append(f"\n{counts['entities']} entities (`corroborate entities` lists them)")
    discrepancies = store.discrepancies()[:SUMMARY_ROWS]
    heading("discrepancies", len(discrepancies))
    lines += [f"  [{d.kind}] {d.about}" for d in discrepancies]
    total, disputed = store.facts_of_status("disputed", limit=SUMMARY_ROWS)
    shown = f" ({len(disputed)} shown)" if len(disputed) < total else ""
    lines.append(
        f"\n{total} disputed fact{'' if total == 1 else 's'}{shown}"
        " (a source denies what another asserts; `corroborate facts --status disputed`)"
    )
    lines += [f"  {f.label}" for f in disputed]
    designations = store.designations()[:SUMMARY_ROWS]
    heading("designations", len(designations))
    lines += [
        f"  {d.date or '----'}  {d.authority}: {d.action} {d.organization}"
        for d in designations
    ]
    return "\n".join(lines)


def list_entities(
    store: Store, *, kind: str | None = None, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Entities by name with their number of spellings, mentions and articles
    (``limit`` of them from ``offset``, if given)."""
    return store.entity_counts(kind=kind, limit=limit, offset=offset)


def show_entity(
    store: Store, entity: Entity, *, limit: int | None = None, offset: int = 0
) -> dict[str, Any]:
    """An entity: its names, aliases with counts and evidence, roles, and the
    articles that mention it, newest first (``limit`` of them from ``offset``;
    ``article_count`` is how many there are in all)."""
    page = store.entity_article_ids(entity.id, limit=limit, offset=offset)
    aliases: dict[tuple[str, str], dict[str, Any]] = {}
    for alias in entity.aliases:
        row = aliases.setdefault(
            (alias.name, alias.kind),
            {
                "name": alias.name,
                "kind": alias.kind,
                "count": 0,
                "evidence": [],
                "first_seen": alias.first_seen,
                "last_seen": alias.last_seen,
            },
        )
        row["count"] += alias.count
        if alias.article_id is not None:
            row["evidence"].append(
                {"article_id": alias.article_id, "start": alias.start, "end": alias.end}
            )
    return {
        "id": entity.id,
        "kind": entity.kind,
        "name": entity.name,
        "aliases": sorted(aliases.values(), key=lambda r: -r["count"]),
        "roles": sorted({r.name for r in entity.roles}),
        "article_count": len(entity.article_ids),
        "articles": [
            {"id": a["id"], "title": a["title"], "published": a["published"]}
            for a in _in_order(store.article_summaries(page), page)
        ],
    }


def _in_order(rows: list[dict[str, Any]], ids: list[str]) -> list[dict[str, Any]]:
    """Article summaries in the order of ``ids``."""
    by_id = {r["id"]: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def list_stories(
    store: Store, *, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Stories, largest first, with their size, headline and counts of facts
    by status (``limit`` of them from ``offset``, if given)."""
    return store.story_counts(limit=limit, offset=offset)


def build_brief(store: Store, story_id: str) -> str:
    """The Markdown briefing of one story.

    Raises:
        NotFoundError: no story has this id.
    """
    from .brief import render_brief

    story = store.get_story(story_id)
    if story is None:
        raise NotFoundError("story", story_id, "stories")
    members = list(store.articles(ids=story.article_ids))
    brief: str = render_brief(
        story,
        members,
        store.facts(story_id=story_id),
        store.discrepancies(story_id=story_id),
    )
    return brief


def show_story(
    store: Store, story: Story, *, brief: bool = False, include_all: bool = False
) -> dict[str, Any]:
    """A story with its members, facts and discrepancies (evidence quoted).

    Returns:
        The story's fields plus ``articles`` (summaries), ``facts`` and
        ``discrepancies`` (each evidence with its ``quote``), ``timeline``
        rows and map ``places`` (``web.charts``' data, drawn by the web app);
        with ``brief``, its brief (:func:`.brief.build_brief`, ``include_all``
        passed on) from the same records, read once.
    """
    from .brief import build_brief
    from .web.charts import build_map_points, build_timeline_rows

    members = list(store.articles(ids=story.article_ids))
    texts = {a.id: a.text for a in members}
    facts = store.facts(story_id=story.id)
    discrepancies = store.discrepancies(story_id=story.id)
    shown = {
        **story.to_dict(),
        "articles": store.article_summaries(story.article_ids),
        "facts": [_quoted(f.to_dict(), f.evidence, store, texts) for f in facts],
        "discrepancies": [
            _quoted(d.to_dict(), d.evidence, store, texts) for d in discrepancies
        ],
        "timeline": [dataclasses.asdict(r) for r in build_timeline_rows(members)],
        "places": [dataclasses.asdict(p) for p in build_map_points(members)],
    }
    if brief:
        shown["brief"] = build_brief(
            story, members, facts, discrepancies, include_all=include_all
        )
    return shown


def _quoted(
    data: dict[str, Any], evidence: list[Evidence], store: Store, texts: dict[str, str]
) -> dict[str, Any]:
    """A fact or discrepancy with the text of each evidence span."""
    quoted = []
    for item, row in zip(evidence, data["evidence"], strict=True):
        if item.article_id not in texts:
            article = store.get_article(item.article_id)
            texts[item.article_id] = article.text if article else ""
        quoted.append(
            {**row, "quote": texts[item.article_id][item.span.start : item.span.end]}
        )
    return {**data, "evidence": quoted}
