"""The designation registry: who lists whom as terrorist or banned, since when, and changes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .records import Article, Designation, Event, Span

NAME = "designations.rules.v1"

STATUS_OF_ACTION: dict[str, str] = {
    "designate": "listed",
    "outlaw": "listed",
    "reaffirm": "listed",
    "delist": "delisted",
    "decision_to_delist": "delisting decided",
}
LISTING_ACTIONS = frozenset({"designate", "outlaw", "reaffirm"})
NAMED_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
ARTICLES = ("the ", "a ", "an ", "its ", "their ")
ANAPHORIC = re.compile(
    r"it|they|them|(?:the|this|that|these|those)\s+(?:[\w-]+\s+)*?"
    r"(?:groups?|organi[sz]ations?|movements?|militias?|networks?|factions?|"
    r"party|parties|fronts?|outfits?|entity|entities|insurgents?|militants?|"
    r"rebels?|fighters?|jihadists?|extremists?)"
)
"""A phrase that points back to a group named before it ("the group", "the
western-backed group", "the former insurgents", "it")."""
APPOSITION_GAP = 3
"""Characters between a phrase and the name set beside it (", ")."""


def build_designations(articles: Sequence[Article]) -> list[Designation]:
    """Turn designate/delist events into registry rows, one per authority and organisation.

    A generic organisation phrase ("the group", "the movement") takes the
    name of the last named organisation listed earlier in the same article,
    else of the nearest organisation mentioned before it.

    Args:
        articles: annotated articles (``events.plover.v1`` has run).

    Returns:
        Designation rows in article order.
    """
    rows: list[Designation] = []
    for article in articles:
        last_org: str | None = None
        told: list[Designation] = []
        for event in article.events:
            if event.mode not in ("designate", "delist"):
                continue
            for row in _event_rows(article, event, last_org):
                told.append(row)
                last_org = (
                    row.organization
                    if _is_named(article, row.organization)
                    else last_org
                )
        rows += _once(told)
    return rows


def _once(told: list[Designation]) -> list[Designation]:
    """One article's rows, each change once: an undated row that restates
    another of the same authority, organisation and action (a headline over
    the sentence that dates it) is left out."""
    kept: list[Designation] = []
    for row in told:
        key = (row.authority, row.organization, row.action)
        same = [r for r in told if (r.authority, r.organization, r.action) == key]
        if row.date is None and (
            any(r.date is not None for r in same) or any(r in kept for r in same)
        ):
            continue
        kept.append(row)
    return kept


def _event_rows(
    article: Article, event: Event, last_org: str | None
) -> list[Designation]:
    """The rows one listing event gives (authorities x organisations)."""
    tags = dict(t.split(":", 1) for t in event.context if ":" in t)
    action = tags.get("action", "designate" if event.mode == "designate" else "delist")
    date, date_precision = event.date, _date_precision(article, event.date_span)
    as_of = None
    if date is None or date.endswith("_REF"):
        # no date of its own, or "is outlawed": the status held when published
        date, date_precision, as_of = None, None, article.published.value
    rows = []
    for actor in event.actors:
        for recipient in event.recipients:
            organization = _organization_name(article, recipient, last_org, actor)
            if organization is None:
                continue  # "the group", no group named before it
            rows.append(Designation(
                authority=_authority_name(article, actor),
                organization=organization,
                action=action, article_id=article.id, evidence=event.evidence,
                extractor=NAME, list_name=tags.get("list"), date=date,
                date_precision=date_precision, as_of=as_of,
                confidence=event.confidence,
            ))  # fmt: skip
    return rows


def _authority_name(article: Article, span: Span) -> str:
    """The state an authority acts for ("Russia's Foreign Ministry" -> "Russia"), else its text."""
    states = [m for m in article.mentions if m.label == "GPE"
              and span.start <= m.start and m.end <= span.end]  # fmt: skip
    return article.span_text(states[0]) if states else _clean(article.span_text(span))


def _organization_name(
    article: Article, span: Span, last_org: str | None, authority: Span
) -> str | None:
    """The organisation's name: its own if named, else the antecedent's (for
    "the group", "it"; never the authority's own name); None when there is
    none."""
    text = _clean(article.span_text(span))
    if _is_named(article, text, span):
        return text
    beside = [  # "the main academic union, ASUU, was banned"
        m
        for m in article.mentions
        if m.label == "ORG"
        and 0 < m.start - span.end <= APPOSITION_GAP
        and article.text[span.end : m.start].strip() == ","
    ]
    if beside:
        return _clean(article.span_text(beside[0]))
    if not ANAPHORIC.fullmatch(article.span_text(span).lower()):
        return None  # "various news organizations", "foreign nationals", "her"
    if last_org is not None:
        return last_org
    before = [article.span_text(m) for m in article.mentions
              if m.label == "ORG" and m.end <= span.start
              and not (authority.start <= m.start and m.end <= authority.end)]  # fmt: skip
    if not before:
        return None
    # the most often named organisation so far; the later one wins a tie
    return _clean(max(reversed(before), key=before.count))


def _is_named(article: Article, text: str, span: Span | None = None) -> bool:
    """True when the phrase holds a capitalised name (not "the group")."""
    words = text.split()
    if span is not None and any(
        span.start <= m.start and m.end <= span.end and m.label in NAMED_LABELS
        for m in article.mentions
    ):
        return True
    return any(w[:1].isupper() for w in words[1:]) or (
        bool(words)
        and words[0][:1].isupper()
        and words[0].lower() + " " not in ARTICLES
    )


def _clean(text: str) -> str:
    """Drop a leading article and possessive: "the Taliban" -> "Taliban"."""
    lowered = text.lower()
    for article in ARTICLES:
        if lowered.startswith(article):
            text = text[len(article) :]
            break
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _date_precision(article: Article, span: Span | None) -> str | None:
    """Precision of the DateRef the event's date came from."""
    if span is None:
        return None
    for date in article.dates:
        if date.start == span.start and date.end == span.end:
            return date.precision
    return None


def designation_status(
    designations: Sequence[Designation],
    *,
    org: str | None = None,
    authority: str | None = None,
) -> list[dict[str, Any]]:
    """Each organisation's status per authority over time.

    Args:
        designations: registry rows (from :func:`build_designations` or the store).
        org: keep organisations whose name or id contains this (case-insensitive).
        authority: keep authorities whose name or id contains this.

    Returns:
        One dict per (authority, organisation): ``status`` (latest), ``since``
        (first listing date), ``history`` (dated actions with evidence), sorted
        by authority then organisation.
    """
    groups: dict[tuple[str, str], list[Designation]] = {}
    for row in designations:
        if _matches(org, row.organization, row.organization_id) and _matches(
            authority, row.authority, row.authority_id
        ):
            key = (
                row.authority_id or row.authority,
                row.organization_id or row.organization,
            )
            groups.setdefault(key, []).append(row)
    return [_status_row(rows) for _, rows in sorted(groups.items())]


def _matches(query: str | None, name: str, entity_id: str | None) -> bool:
    """Case-insensitive containment of the query in the name or id."""
    if query is None:
        return True
    q = query.lower()
    return q in name.lower() or (entity_id is not None and q in entity_id.lower())


def _status_row(rows: list[Designation]) -> dict[str, Any]:
    """One authority/organisation pair: latest status and dated history."""
    ordered = sorted(rows, key=_history_key)
    listed = [r.date for r in ordered if r.action in LISTING_ACTIONS and r.date]
    latest = _latest(ordered)
    reported = [r.as_of or r.date for r in ordered if r.as_of or r.date]
    return {
        "authority": rows[0].authority, "organization": rows[0].organization,
        "authority_id": rows[0].authority_id, "organization_id": rows[0].organization_id,
        "status": STATUS_OF_ACTION.get(latest.action, latest.action),
        "since": listed[0] if listed else None,
        "as_of": max(reported, key=_sortable_date) if reported else None,
        "history": [{"date": r.date, "as_of": r.as_of, "action": r.action,
                     "list": r.list_name, "article_id": r.article_id,
                     "evidence": {"start": r.evidence.start, "end": r.evidence.end}}
                    for r in ordered],
    }  # fmt: skip


def _history_key(row: Designation) -> tuple[int, str, int]:
    """Sort rows by their date, or the date they were reported as holding.

    Rows with neither come first; on the same day a row dated by its own text
    ("decided on Friday") comes after one that only held when published.
    """
    when = row.date or row.as_of
    return (1 if when else 0, _sortable_date(when), 1 if row.date else 0)


def _latest(ordered: list[Designation]) -> Designation:
    """The latest row with a date (its own or its article's); else the last."""
    dated = [r for r in ordered if r.date or r.as_of]
    return dated[-1] if dated else ordered[-1]


def _sortable_date(value: str | None) -> str:
    """A sort key for TIMEX values: undated first, 'X' digits as 0 ("198X" -> "1980")."""
    return (value or "").replace("X", "0")
