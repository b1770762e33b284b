"""A fact or discrepancy as users read it, wherever they read it (``facts``,
``discrepancies``, ``show``, the brief, the web pages, ``export``): its dict in
DESIGN.md's export contract, whether default listings show it, the order
they list it in, and its accounts as the brief tells them (a short one in its
sentence, overlapping ones once)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .facts.updates import wire_of
from .facts.words import sentences
from .records import Article, Discrepancy, Evidence, Fact, Span

CONTEXT_WORDS = 3
"""Evidence of fewer words ("delayed", "Tuesday", "19 children") is shown in
its sentence (``context``): a word alone cannot be checked."""
CONTEXT_CHARS = 160
"""Each side of that sentence is cut here, with an ellipsis."""
KIND_ORDER = ("conflicting", "disputed", "superseded", "misquoted", "inconsistent")
"""Discrepancy kinds in the order a brief gives them at equal confidence."""


def shown(item: Fact | Discrepancy, *, asked: str | None = None) -> bool:
    """Whether default listings and briefs show an item: not a background fact,
    not rejected by a user (unless ``asked`` is the status ``rejected``)."""
    if isinstance(item, Fact):
        if item.status == "rejected":
            return asked == "rejected"
        return not item.background
    return item.decision != "reject"


def rank_items(items: Sequence[Fact | Discrepancy]) -> list[Fact | Discrepancy]:
    """Facts by importance then confidence, discrepancies by confidence then kind,
    highest first; ties by label and id, so the order is stable."""

    def key(item: Fact | Discrepancy) -> tuple[Any, ...]:
        order = (
            -item.importance
            if isinstance(item, Fact)
            else KIND_ORDER.index(item.kind)
            if item.kind in KIND_ORDER
            else len(KIND_ORDER)
        )
        if isinstance(item, Fact):
            return (order, -item.confidence, item.label or item.about, item.id)
        return (-item.confidence, order, item.label or item.about, item.id)

    return sorted(items, key=key)


def item_output(
    item: Fact | Discrepancy, articles: Mapping[str, Article]
) -> dict[str, Any]:
    """A fact or discrepancy as DESIGN.md's export contract gives it.

    ``{"id", "story_id", "status"`` (facts) or ``"kind"`` (discrepancies)``,
    "label", "confidence", "evidence": [...]}`` plus what else the record says
    (``about``, a fact's ``kind`` of proposition, ``background``,
    ``importance``, a discrepancy's ``note`` and ``fact_id``, a user's
    ``decision``) and ``outlets``, each outlet once in the evidence's order.
    ``label`` falls back to ``about`` for records aligned before labels existed.

    Args:
        item: the record.
        articles: its evidence's articles by id (missing ones give empty texts).
    """
    evidence = [evidence_output(e, articles.get(e.article_id)) for e in item.evidence]
    head: dict[str, Any] = {"id": item.id, "story_id": item.story_id}
    if isinstance(item, Fact):
        head |= {"status": item.status, "kind": item.kind}
    else:
        head["kind"] = item.kind
    head |= {
        "label": item.label or item.about,
        "about": item.about,
        "confidence": item.confidence,
        "decision": item.decision,
    }
    if isinstance(item, Fact):
        head |= {"background": item.background, "importance": item.importance}
    else:
        head |= {"note": item.note, "fact_id": item.fact_id}
    outlets = [account_outlet(e) for e in evidence if e["outlet"]]
    return {**head, "outlets": list(dict.fromkeys(outlets)), "evidence": evidence}


def account_outlet(evidence: Mapping[str, Any]) -> str:
    """An account's outlet, with the agency whose story it runs ("breitbart
    (UPI)")."""
    outlet, wire = evidence["outlet"] or "", evidence.get("wire")
    return f"{outlet} ({wire})" if wire else outlet


def evidence_output(evidence: Evidence, article: Article | None) -> dict[str, Any]:
    """One account of a fact: where it is (article, input id, span), what it says.

    The article fills ``input_id``, ``outlet`` and ``published`` when the
    evidence does not carry them (an article with no outlet is named by its
    input id), ``wire``, the news agency whose story the outlet runs, when its
    dateline credits one ("WASHINGTON (AP) —"), and gives ``text``, the span's
    words, and ``context``, the rest
    of their sentence (``{"before", "after"}``) when they are fewer than
    :data:`CONTEXT_WORDS`, else None.
    """
    span = evidence.span
    return {
        "article_id": evidence.article_id,
        "input_id": evidence.input_id or (article.input_id if article else None),
        "span": {"start": span.start, "end": span.end},
        "value": evidence.value,
        "outlet": _outlet(evidence, article),
        "wire": wire_of(article) if article else None,
        "published": evidence.published
        or (article.published.value if article else None),
        "according_to": evidence.according_to,
        "stance": evidence.stance,
        "text": article.text[span.start : span.end] if article else "",
        "context": evidence_context(article.text, span) if article else None,
    }


def evidence_context(text: str, span: Span) -> dict[str, str] | None:
    """The words of a short span's sentence before and after it (as written, one
    space for each run of spaces: ``before + text + after`` reads as the
    sentence), each side cut to :data:`CONTEXT_CHARS` away from the span;
    None for a span of :data:`CONTEXT_WORDS` words or more. The sentence is
    found in the span's paragraph."""
    if len(text[span.start : span.end].split()) >= CONTEXT_WORDS:
        return None
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    sentence = next(
        (
            Span(start + s.start, start + s.end)
            for s in sentences(text[start:end])
            if start + s.start <= span.start < start + s.end
        ),
        Span(start, end),
    )
    before = re.sub(r"\s+", " ", text[sentence.start : span.start])
    after = re.sub(r"\s+", " ", text[span.end : max(span.end, sentence.end)])
    if len(before) > CONTEXT_CHARS:
        before = "\u2026" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(after) > CONTEXT_CHARS:
        after = after[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "\u2026"
    return {"before": before, "after": after}


def _outlet(evidence: Evidence, article: Article | None) -> str | None:
    """The account's outlet; for an article with none, the input id the user gave
    it (alignment names such an outlet by the document id, which nobody knows)."""
    if article is None or article.outlet:
        return evidence.outlet or (article.outlet if article else None)
    return article.input_id or evidence.outlet


def each_passage_once(
    evidence: Sequence[dict[str, Any]], texts: Mapping[str, str]
) -> list[dict[str, Any]]:
    """An item's accounts with those of one article and stance whose spans
    overlap told once, over the passage they cover together (the statements
    of one line that tell one passage: "Trump pledged" and "Trump pledged to
    end DACA"; a quotation and its clauses). The longest gives the value, the
    first that names one the speaker. The export keeps every statement's
    account (``texts``: the articles' texts by id)."""
    groups: list[list[dict[str, Any]]] = []
    for account in sorted(evidence, key=lambda e: e["span"]["start"]):
        group = next((g for g in groups if _overlaps(g, account)), None)
        if group is None:
            groups.append([account])
        else:
            group.append(account)
    first = {id(a): i for i, a in enumerate(evidence)}
    groups.sort(key=lambda g: min(first[id(a)] for a in g))
    return [_passage(g, texts.get(g[0]["article_id"], "")) for g in groups]


def _overlaps(group: Sequence[Mapping[str, Any]], account: Mapping[str, Any]) -> bool:
    """True when an account shares article, stance and some text with a group's."""
    return any(
        (o["article_id"], o["stance"]) == (account["article_id"], account["stance"])
        and account["span"]["start"] < o["span"]["end"]
        and o["span"]["start"] < account["span"]["end"]
        for o in group
    )


def _passage(group: Sequence[dict[str, Any]], text: str) -> dict[str, Any]:
    """One account for the overlapping accounts of a group (see above)."""
    if len(group) == 1:
        return group[0]
    longest = max(group, key=lambda a: a["span"]["end"] - a["span"]["start"])
    span = Span(min(a["span"]["start"] for a in group),
                max(a["span"]["end"] for a in group))  # fmt: skip
    return {
        **longest,
        "span": {"start": span.start, "end": span.end},
        "according_to": next(
            (a["according_to"] for a in group if a["according_to"]), None
        ),
        "text": text[span.start : span.end],
        "context": evidence_context(text, span),
    }
