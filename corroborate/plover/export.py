"""An article's events as PLOVER/POLECAT-style records (``export --format
plover``), with attribution, evidence and verification."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..records import Article, Claim, Event, Evidence, Fact


def build_plover_records(
    article: Article, facts: Sequence[Fact] = ()
) -> list[dict[str, Any]]:
    """Turn an article's events into PLOVER/POLECAT-style JSON records.

    Field names follow POLECAT (``event_type``, ``mode``, ``actor``,
    ``recipient``, ``event_date``, ``location``, ``event_text``); we add
    ``attribution``, ``evidence`` and ``verification`` blocks (DESIGN.md).
    ``size`` maps what is counted to a :class:`~corroborate.records.Size`
    dict: a vague "dozens" keeps its bounds and hedge and has no ``value``.

    Args:
        article: an annotated article.
        facts: the facts aligned for the article's story
            (``facts.align_facts``, as stored); an event in none of them is
            single-source.

    Returns:
        One dict per event, JSON-ready; ``verification`` carries the status of
        the event's fact (as ``corroborate brief`` shows it), the other
        sources that agree or disagree, and conflicts on its date or numbers.
    """
    return [
        _plover_record(article, i, event, facts)
        for i, event in enumerate(article.events)
    ]


def _plover_record(
    article: Article, index: int, event: Event, facts: Sequence[Fact]
) -> dict[str, Any]:
    """One PLOVER record for one event."""
    text = article.text

    def show(span: Any) -> str | None:
        return text[span.start : span.end] if span is not None else None

    claim = _claim_of(article, event)
    return {
        "id": f"{article.id}:event:{index}",
        "event_type": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "actor": [show(s) for s in event.actors],
        "recipient": [show(s) for s in event.recipients],
        "event_date": event.date,
        "location": show(event.place),
        "size": {key: size.to_dict() for key, size in event.size.items()},
        "modality": event.modality,
        "event_text": show(event.evidence),
        "attribution": {
            "according_to": event.according_to,
            "stance": claim.stance if claim else None,
            "cue": show(claim.cue) if claim else None,
        },
        "evidence": {
            "article_id": article.id, "start": event.evidence.start,
            "end": event.evidence.end, "trigger": show(event.trigger),
            "extractor": event.extractor, "confidence": event.confidence,
        },
        "verification": _verification(article, index, event, facts),
    }  # fmt: skip


def _verification(
    article: Article, index: int, event: Event, facts: Sequence[Fact]
) -> dict[str, Any]:
    """The verification block of one event: the status of the event's fact among
    ``facts`` (corroborated | single-source | disputed), the evidence of other
    sources that agree (same stance) or disagree (a denial), and the facts on its
    date or numbers that conflict."""
    told = [
        f
        for f in facts
        if f.kind in ("event", "date", "number", "money", "percent", "vote")
        and any(_tells(e, article.id, index, event) for e in f.evidence)
    ]
    # its own fact: the event's, else the fact its account was merged into
    # (a count and the act counted, agreeing, are one line)
    own = min(told, key=lambda f: f.kind != "event", default=None)
    block: dict[str, Any] = {
        "status": own.status if own else "single-source",
        "story_id": article.story_id,
        "fact_id": own.id if own else None,
        "about": own.about if own else None,
        "agree": [],
        "disagree": [],
        "conflicts": [
            {"fact_id": f.id, "kind": f.kind, "about": f.about, "status": f.status,
             "evidence": [e.to_dict() for e in f.evidence]}
            for f in told if f is not own and f.status == "conflicting"
        ],
    }  # fmt: skip
    if own is not None:
        mine = [e for e in own.evidence if _tells(e, article.id, index, event)]
        stance = mine[0].stance if mine else "asserts"
        for item in own.evidence:
            if item in mine and item.stance == stance:
                continue
            side = "agree" if item.stance == stance else "disagree"
            block[side].append(item.to_dict())
    return block


def _tells(item: Evidence, article_id: str, index: int, event: Event) -> bool:
    """True when a fact's evidence is this event's account: by its index, or for
    facts stored before evidence named its event, by its sentence and label."""
    if item.article_id != article_id:
        return False
    if item.event is not None:
        return item.event == index
    label = f"{event.type} {event.mode}" if event.mode else event.type
    return item.span == event.evidence and item.value == label


def _claim_of(article: Article, event: Event) -> Claim | None:
    """The claim whose content holds the event's trigger, if any."""
    anchor = event.trigger or event.evidence
    for claim in article.claims:
        if claim.content.start <= anchor.start and anchor.end <= claim.content.end:
            return claim
    return None
