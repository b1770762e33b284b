"""Render a story briefing as Markdown: outlets, timeline, facts, disputes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Article, Discrepancy, Evidence, Fact, Story

MAX_QUOTE_CHARS = 220  # evidence quotes are cut here, with an ellipsis
MAX_SINGLE_SOURCE = 15  # single-source facts listed before "... and N more"
MAX_TIMELINE = 25  # timeline rows

_STATUS_ORDER = ("conflicting", "disputed", "corroborated", "single-source")


def render_brief(
    story: Story,
    articles: Sequence[Article],
    facts: Sequence[Fact],
    discrepancies: Sequence[Discrepancy],
) -> str:
    """A readable Markdown briefing on one story.

    Args:
        story: the story.
        articles: its articles (others are ignored).
        facts: facts aligned for the story (``compare.align_facts``).
        discrepancies: its conflicts and disputes, and its articles'
            inconsistencies (``compare.check_consistency``).

    Returns:
        Markdown text: headlines and outlets, timeline, disputes and
        conflicts with the sources side by side, corroborated facts,
        single-source facts, internal inconsistencies.
    """
    members = [a for a in articles if a.id in set(story.article_ids)]
    by_id = {a.id: a for a in members}
    own = [f for f in facts if f.story_id == story.id]
    ids = set(by_id)
    found = [
        d
        for d in discrepancies
        if d.story_id == story.id or {e.article_id for e in d.evidence} & ids
    ]
    sections = [
        _header(story, members),
        _timeline(members),
        _discrepancy_section(
            "Disputes and conflicts",
            [d for d in found if d.kind != "inconsistent"],
            by_id,
        ),
        _fact_section(
            "Corroborated facts",
            [f for f in own if f.status == "corroborated"],
            by_id,
            None,
        ),
        _fact_section(
            "Single-source facts",
            [f for f in own if f.status == "single-source"],
            by_id,
            MAX_SINGLE_SOURCE,
        ),
        _discrepancy_section(
            "Inconsistencies within an article",
            [d for d in found if d.kind == "inconsistent"],
            by_id,
        ),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def _header(story: Story, articles: Sequence[Article]) -> str:
    """Title line and one line per article: headline, outlet, date."""
    title = story.title or next((_headline(a) for a in articles), story.id)
    lines = [
        f"# {title}",
        "",
        f"Story `{story.id}`: {len(articles)} article(s).",
        "",
        "## Sources",
        "",
    ]
    for article in articles:
        date = article.published.value or "date unknown"
        how = f", {article.published.how}" if article.published.value else ""
        outlet = article.outlet or f"document {article.document_id}"
        lines.append(
            f"- **{_headline(article)}** - {outlet} ({date}{how}) `{article.id}`"
        )
    for group in story.duplicates:
        lines.append(f"- near-duplicates: {', '.join(f'`{i}`' for i in group)}")
    return "\n".join(lines)


def _timeline(articles: Sequence[Article]) -> str:
    """Dated events of all articles, in date order, with their sources."""
    rows: dict[tuple[str, str], list[str]] = {}
    for article in articles:
        for event in article.events:
            if not event.date or not re.match(r"(\d{4}|XXXX)", event.date):
                continue
            label = f"{event.type} {event.mode}" if event.mode else event.type
            words = (
                article.text[event.date_span.start : event.date_span.end]
                if event.date_span
                else event.date
            )
            key = (event.date, label)
            rows.setdefault(key, []).append(
                f"{_quote(article.text[event.evidence.start : event.evidence.end])} "
                f"({words}; `{article.id}`)"
            )
    if not rows:
        return ""
    lines = ["## Timeline", ""]
    for (value, label), sources in sorted(rows.items())[:MAX_TIMELINE]:
        lines.append(f"- **{value}** {label}: " + " / ".join(sources))
    return "\n".join(lines)


def _fact_section(
    title: str, facts: Sequence[Fact], by_id: dict[str, Article], limit: int | None
) -> str:
    """One bullet per fact with each source's evidence quoted."""
    if not facts:
        return ""
    lines = [f"## {title}", ""]
    shown = facts if limit is None else facts[:limit]
    for fact in shown:
        lines.append(f"- **{fact.about}** ({fact.kind}, {fact.status})")
        lines += [f"  - {_source(e, by_id)}" for e in fact.evidence]
    if limit is not None and len(facts) > limit:
        lines.append(f"- ... and {len(facts) - limit} more")
    return "\n".join(lines)


def _discrepancy_section(
    title: str, found: Sequence[Discrepancy], by_id: dict[str, Article]
) -> str:
    """Each discrepancy with its sources side by side in a table."""
    if not found:
        return ""
    lines = [f"## {title}", ""]
    for item in found:
        lines += [f"### {item.about} ({item.kind})", ""]
        if item.note:
            lines += [item.note, ""]
        lines += [
            "| article | outlet | value | according to | stance | evidence |",
            "|---|---|---|---|---|---|",
        ]
        lines += [_row(e, by_id) for e in item.evidence]
        lines.append("")
    return "\n".join(lines).rstrip()


def _row(evidence: Evidence, by_id: dict[str, Article]) -> str:
    """A table row for one source's evidence."""
    cells = [
        f"`{evidence.article_id}`",
        evidence.outlet or "",
        evidence.value or "",
        evidence.according_to or "(the outlet)",
        evidence.stance,
        _quote(_span_text(evidence, by_id)),
    ]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _source(evidence: Evidence, by_id: dict[str, Article]) -> str:
    """One line naming a source, its attribution and its quoted evidence."""
    who = f", according to {evidence.according_to}" if evidence.according_to else ""
    stance = f" ({evidence.stance})" if evidence.stance != "asserts" else ""
    return (
        f"`{evidence.article_id}` {evidence.outlet or ''}{who}{stance}: "
        f"{_quote(_span_text(evidence, by_id))}"
    )


def _span_text(evidence: Evidence, by_id: dict[str, Article]) -> str:
    """The text an Evidence points at ("" when its article is missing)."""
    article = by_id.get(evidence.article_id)
    return article.text[evidence.span.start : evidence.span.end] if article else ""


def _headline(article: Article) -> str:
    """An article's headline, title, or first line."""
    heads = article.zone_text("headline")
    return (
        article.title or (heads[0] if heads else article.text.split("\n", 1)[0])
    ).strip()


def _quote(text: str) -> str:
    """Evidence text on one line, in quotes, cut to ``MAX_QUOTE_CHARS``."""
    text = " ".join(text.split())
    if len(text) > MAX_QUOTE_CHARS:
        text = text[: MAX_QUOTE_CHARS - 1].rstrip() + "\u2026"
    return f"\u201c{text}\u201d" if text else ""
