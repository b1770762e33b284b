"""A story's briefing: what the sources disagree on, then what they agree on.

:func:`build_brief` gathers it as data (``corroborate brief --json``, the web
story page); :func:`brief_markdown` writes it for people. The brief leads
with the discrepancies between sources, then the corroborated facts ranked by
importance and confidence, each with its outlets and the words of each
account. Background facts, single-source facts and what a user rejected are
kept apart and shown on request (``include_all``, ``brief --all``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import NotFoundError
from ..facts.updates import wire_of
from ..items import (
    account_outlet,
    each_passage_once,
    item_output,
    rank_items,
    shown,
)
from ..records import WHO_KINDS, Article, Discrepancy, Fact, Story
from ..store import Store
from .copies import one_text
from .timeline import readable_date, story_timeline, told_day

MAX_QUOTE_CHARS = 220  # evidence quotes are cut here, with an ellipsis
MAX_GRID_ROWS = 12  # rows of the "who says what" grid: disagreements first
GRID_MORE = "{} more below, not in this table."
"""What the grid says of the facts past ``MAX_GRID_ROWS`` (a reader had counted
its rows against the corroborated facts and found two missing)."""
MAX_GRID_VALUE_CHARS = 24  # a cell's value is cut here, with an ellipsis
MAX_HEADING_TITLE_CHARS = 28  # one outlet's articles of one day: headlines cut here
MAX_GRID_LABEL_CHARS = 60  # ... and a row's label, in the Markdown brief
VALUED = frozenset({"number", "money", "percent", "vote", "date", "duration"})
"""Kinds of fact whose grid cells show each article's value even where they
agree ("nearly 16 million", "about 15 million")."""

DECIDED = {"confirm": ", confirmed by a user", "reject": ", rejected by a user"}


def story_brief(
    store: Store, story_id: str, *, include_all: bool = False
) -> dict[str, Any]:
    """The brief of a stored story, as data (:func:`build_brief`).

    Raises:
        NotFoundError: no story has this id.
    """
    story = store.get_story(story_id)
    if story is None:
        raise NotFoundError("story", story_id, "stories")
    return build_brief(
        story,
        list(store.articles(ids=story.article_ids)),
        store.facts(story_id=story_id),
        store.discrepancies(story_id=story_id),
        include_all=include_all,
    )


def build_brief(
    story: Story,
    articles: Sequence[Article],
    facts: Sequence[Fact],
    discrepancies: Sequence[Discrepancy],
    *,
    include_all: bool = False,
) -> dict[str, Any]:
    """A story's brief as data, every fact and discrepancy in the export contract.

    Args:
        story: the story.
        articles: its articles (others are ignored).
        facts: its aligned facts.
        discrepancies: its discrepancies, those within one article too.
        include_all: also single-source facts, background facts and what a
            user rejected.

    Returns:
        ``{"id", "title", "articles", "duplicates", "discrepancies" (between
        sources), "none_found" (what an empty list of them means, when more
        than one outlet tells the story, else None), "one_outlet" (why no
        fact is corroborated, when one outlet tells the story in several
        articles, else None), "reported_disputes" (a
        claim and its denial that one article reports: "..., which Tirana
        denied"), "facts" (corroborated
        or confirmed, ranked; each with "one_text" and "differs_in", the
        discrepancies whose values sit in its passages), "timeline",
        "inconsistencies" (within one article), "grid" (who says what, at a
        glance: :func:`_grid`), "hidden" (counts left out)}``;
        with ``include_all`` also ``"single_source"`` (each with
        "one_report": it names several outlets, which run one report),
        ``"background"``,
        ``"background_timeline"`` (the dated events background facts tell) and
        ``"rejected"`` (facts, then discrepancies).
    """

    ids = set(story.article_ids)
    members = [a for a in articles if a.id in ids]
    by_id = {a.id: a for a in members}
    own = [f for f in facts if f.story_id == story.id]
    found = [
        d
        for d in discrepancies
        if d.story_id == story.id or {e.article_id for e in d.evidence} & ids
    ]

    def rows(items: Sequence[Fact | Discrepancy]) -> list[dict[str, Any]]:
        return [item_output(i, by_id) for i in rank_items(items)]

    kept = [f for f in own if shown(f)]
    main = [f for f in kept if _leading(f)]
    single = [f for f in kept if f.status == "single-source" and not _leading(f)]
    # a dispute one report tells is shown even about earlier events (a charge
    # denied last week): `stories` counts it, and a reader looks for it
    reported = [
        f for f in own if f.status in ("disputed", "conflicting") and _one_report(f)
    ]
    told = {f.id for f in reported}
    background = [
        f for f in own if f.background and f.status != "rejected" and f.id not in told
    ]
    rejected = [f for f in own if f.status == "rejected"]
    timeline, earlier = story_timeline(
        members,
        {
            (e.article_id, e.event)
            for f in background
            for e in f.evidence
            if e.event is not None
        },
    )
    dropped = [d for d in found if not shown(d)]
    data: dict[str, Any] = {
        "id": story.id,
        "title": story.title or next((headline(a) for a in members), story.id),
        "articles": [_source(a) for a in members],
        "duplicates": story.duplicates,
        "discrepancies": rows(
            [d for d in found if shown(d) and d.kind != "inconsistent"]
        ),
        "reported_disputes": rows(reported),
        "facts": rows(main),
        "timeline": timeline,
        "inconsistencies": rows(
            [d for d in found if shown(d) and d.kind == "inconsistent"]
        ),
        "hidden": {
            "single_source": len(single),
            "background": len(background),
            "rejected": len(rejected) + len(dropped),
        },
    }
    # an outlet's own report and an agency's it runs are two sources, as
    # alignment counts them (:func:`.updates.copied_from`)
    outlets = {wire_of(a) or a.outlet or a.id for a in members}
    data["none_found"] = (
        NONE_FOUND if len(outlets) > 1 and not data["discrepancies"] else None
    )
    data["single_source_hint"] = SINGLE_SOURCE if len(outlets) > 1 else None
    data["one_outlet"] = (
        ONE_OUTLET.format(next(iter(outlets)))
        if len(outlets) == 1 and len(members) > 1
        else None
    )
    texts = {a.id: a.text for a in members}
    for row in data["facts"]:
        row["one_text"] = one_text(row, texts)
        row["differs_in"] = [
            d["id"] for d in data["discrepancies"] if _same_passages(row, d)
        ]
    data["grid"] = _grid(
        members, data["discrepancies"] + data["facts"], story.duplicates
    )
    if include_all:
        data["single_source"] = rows(single)
        for row in data["single_source"]:
            row["one_report"] = len(row["outlets"]) > 1
        data["background"] = rows(background)
        data["background_timeline"] = earlier
        data["rejected"] = rows(rejected) + rows(dropped)
        data["hidden"] = {}
    for key in SHOWN_ITEMS:
        for row in data.get(key, []):
            row["evidence"] = each_passage_once(row["evidence"], texts)
    return data


NONE_FOUND = (
    "No disputes or conflicts found. Only disagreements over the same figures, "
    "days, party labels and quoted words are found; outlets that disagree in "
    "other words are not: read the sources before taking them to agree."
)
"""What a brief says where outlets tell a story and no disagreement is found:
of 13 disagreements four readers found in the texts of 40 stories, the tool
showed one (docs/corroboration.md, session 29)."""
SINGLE_SOURCE = (
    "Single-source: no other outlet's words were matched to it. Another outlet "
    "may tell it in other words: read the sources before taking it for one "
    "outlet's alone. One that names several outlets is one report they all run: "
    "copies of one text, an agency's story, or paragraphs one outlet credits to "
    "another."
)
"""What single-source means where several outlets tell a story: of the central
facts two outlets state, new annotators of stories the tool was not tuned on
found about a quarter matched (docs/evaluation.md, session 47)."""
ONE_OUTLET = (
    "Every article of this story is from {}: no outlet confirms another, so "
    "no fact is corroborated; its facts are single-source (`--all`)."
)
"""What a brief says of a story one outlet tells in several articles (two
copies of one wire feed, a live blog and its update)."""
SHOWN_ITEMS = ("discrepancies", "reported_disputes", "facts", "inconsistencies",
               "single_source", "background", "rejected")  # fmt: skip
"""The lists of facts and discrepancies a brief shows with their accounts."""


def _same_passages(fact: Mapping[str, Any], found: Mapping[str, Any]) -> bool:
    """True when a corroborated fact rests, in two articles or more, on the
    passages a discrepancy's values sit in: the act both tell, whose count
    or day they tell differently ("About 5,200 American troops are
    assisting", "nearly 6,000 troops are on the ground")."""
    both = {
        e["article_id"]
        for e in fact["evidence"]
        for d in found["evidence"]
        if e["article_id"] == d["article_id"]
        and e["span"]["start"] < d["span"]["end"]
        and d["span"]["start"] < e["span"]["end"]
    }
    return len(both) >= 2


def _grid(
    articles: Sequence[Article],
    items: Sequence[Mapping[str, Any]],
    duplicates: Sequence[Sequence[str]] = (),
) -> dict[str, Any]:
    """Who says what, at a glance: one column per article, one row per
    disagreement then per corroborated fact (``MAX_GRID_ROWS`` in all), each
    cell what that article's account is: ``agrees`` (it tells the fact),
    ``differs`` (it gives its own value where outlets conflict), ``asserts``
    or ``denies`` (a dispute); an article with no cell does not tell it. A
    row of a number, a sum or a date is ``valued``: its cells show each value.

    A column is headed by its outlet, and by its publication day too where
    the outlet has several articles (a wire's updates through the days), and
    by the start of its headline where it has several that day. Near-duplicate
    copies of one report (``duplicates``) are one column, the first copy's,
    which tells what any copy tells.

    Returns:
        ``{"articles": [{"id", "outlet", "heading"}], "rows": [{"id", "label", "status",
        "valued", "cells": {article id: {"mark", "value"}}}], "more": the rows
        left out}``
    """
    order = {a.id: i for i, a in enumerate(articles)}
    column: dict[str, str] = {}  # each near-duplicate's column: its group's first copy
    for group in duplicates:
        copies = sorted((a for a in group if a in order), key=order.__getitem__)
        column |= {a: copies[0] for a in copies[1:]}
    rows = []
    for item in items[:MAX_GRID_ROWS]:
        status = item.get("status") or item["kind"]
        cells: dict[str, dict[str, str]] = {}
        told: dict[str, str] = {}
        for e in item["evidence"]:
            where = column.get(e["article_id"], e["article_id"])
            if where in cells:
                continue
            if status == "corroborated":
                mark = "agrees"
            elif e["stance"] in ("asserts", "denies") and status == "disputed":
                mark = e["stance"]
            else:
                mark = "differs"
            told[where] = e["value"] or e["text"]
            cells[where] = {"mark": mark, "value": ""}
        if status != "corroborated":  # where accounts differ, show how
            told = after_shared_start(told)
        for where, text in told.items():
            cells[where]["value"] = shorten(text, MAX_GRID_VALUE_CHARS)
        valued = item["kind"] in VALUED
        # a row of values says what is valued; each cell gives its value
        label = (
            item["label"] if status == "corroborated" and not valued else item["about"]
        )
        rows.append({"id": item["id"], "label": label or item["label"],
                     "status": status, "valued": valued,
                     "cells": cells})  # fmt: skip

    def day(a: Article) -> str:
        return a.published.value[:10] if a.published.value else ""

    shown = [a for a in articles if a.id not in column]
    outlets = Counter(a.outlet or a.input_id or a.id for a in shown)
    days = Counter((a.outlet or a.input_id or a.id, day(a)) for a in shown)
    columns = []
    for a in shown:  # a near-duplicate is told in its first copy's column
        outlet = a.outlet or a.input_id or a.id
        heading = f"{outlet} {day(a)}" if outlets[outlet] > 1 and day(a) else outlet
        if wire := wire_of(a):
            heading += f" ({wire})"
        if days[(outlet, day(a))] > 1 and a.title:
            heading += ": " + shorten(a.title, MAX_HEADING_TITLE_CHARS)
        columns.append({"id": a.id, "outlet": outlet, "heading": heading})
    return {"articles": columns, "rows": rows, "more": max(len(items) - len(rows), 0)}


def _one_report(fact: Fact) -> bool:
    """A fact all of whose evidence one article gives (a dispute it reports)."""
    return len({e.article_id for e in fact.evidence}) == 1


def _leading(fact: Fact) -> bool:
    """A fact the brief leads with: corroborated, or one source a user confirmed."""
    return fact.status == "corroborated" or (
        fact.status == "single-source" and fact.decision == "confirm"
    )


def _source(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "input_id": article.input_id,
        "headline": headline(article),
        "outlet": article.outlet,
        "wire": wire_of(article),
        "document_id": article.document_id,
        "published": article.published.value,
        "how": article.published.how,
    }


# -- Markdown ---------------------------------------------------------------


def render_brief(
    story: Story,
    articles: Sequence[Article],
    facts: Sequence[Fact],
    discrepancies: Sequence[Discrepancy],
    *,
    include_all: bool = False,
) -> str:
    """The brief of one story as Markdown (:func:`build_brief`, then
    :func:`brief_markdown`)."""
    return brief_markdown(
        build_brief(story, articles, facts, discrepancies, include_all=include_all)
    )


def brief_markdown(brief: Mapping[str, Any]) -> str:
    """A brief (:func:`build_brief`'s data) as readable Markdown.

    Sources first, then who says what (a table, one column per article),
    disputes and conflicts with each source's value and
    words side by side, corroborated facts with their outlets and accounts,
    the timeline, and what ``include_all`` added; a last line says what was
    left out.
    """
    sections = [
        _header(brief),
        _grid_section(brief["grid"]),
        _discrepancy_section("Disputes and conflicts", brief["discrepancies"])
        or _none_found(brief),
        _fact_section("Disputes one report tells", brief["reported_disputes"]),
        _fact_section("Corroborated facts", what_happened(brief["facts"]))
        or _one_outlet(brief),
        _fact_section("Who is who, as the outlets agree", who_is_who(brief["facts"])),
        _timeline_section("Timeline", brief["timeline"]),
        _fact_section(
            "Single-source facts",
            brief.get("single_source", []),
            brief.get("single_source_hint"),
        ),
        _fact_section("Background", brief.get("background", [])),
        _timeline_section("Background timeline", brief.get("background_timeline", [])),
        _rejected_section(brief.get("rejected", [])),
        _discrepancy_section(
            "Inconsistencies within an article", brief["inconsistencies"]
        ),
        _hidden_line(brief["hidden"], brief.get("single_source_hint")),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def what_happened(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The fact rows that tell what happened or was said, in their order."""
    return [r for r in rows if r.get("kind") not in WHO_KINDS]


def who_is_who(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The fact rows that say who someone is (a party, a state, an office:
    "Cotton of Arkansas", "press secretary Josh Earnest"), shown apart so
    they do not pad what happened (two new users' complaint)."""
    return [r for r in rows if r.get("kind") in WHO_KINDS]


SHARED_START_WORDS = 3
"""Words two accounts must open alike before a cell drops them."""


def after_shared_start(texts: Mapping[str, str]) -> dict[str, str]:
    """Accounts that open with the same words, from where they part
    ("Republican presidential nominee Donald Trump on Friday endorsed ..." /
    "... has yet to endorse ...": "…on Friday endorsed ...", "…has yet to
    endorse ..."), so that a cell too short for the whole shows the
    difference; others as they are."""
    words = {key: text.split() for key, text in texts.items()}
    if len(words) < 2:
        return dict(texts)
    shared = 0
    for column in zip(*words.values(), strict=False):
        if len({w.casefold() for w in column}) > 1:
            break
        shared += 1
    if shared < SHARED_START_WORDS or any(len(w) == shared for w in words.values()):
        return dict(texts)
    return {key: "\u2026" + " ".join(w[shared:]) for key, w in words.items()}


def _grid_section(grid: Mapping[str, Any]) -> str:
    """The "who says what" grid as a Markdown table (:func:`_grid`)."""
    articles = grid["articles"]
    if not grid["rows"] or len(articles) < 2:
        return ""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "## Who says what",
        "",
        "| | " + " | ".join(cell(a["heading"]) for a in articles) + " |",
        "|---|" + "---|" * len(articles),
    ]
    for row in grid["rows"]:
        marks = []
        for article in articles:
            marks.append(
                cell(grid_mark(row["cells"].get(article["id"]), row["valued"]))
            )
        label = cell(shorten(row["label"], MAX_GRID_LABEL_CHARS))
        lines.append(f"| {row['status']}: {label} | " + " | ".join(marks) + " |")
    if grid.get("more"):
        lines += ["", GRID_MORE.format(grid["more"])]
    return "\n".join(lines)


def grid_mark(found: Mapping[str, Any] | None, valued: bool) -> str:
    """What a cell of the grid says (the brief's table and the story page): ✓
    where the article tells the fact, with its words for a number, a sum or a
    date (``valued``); its side of a dispute; its value where it differs;
    nothing where it is silent."""
    if found is None:
        return ""
    if found["mark"] == "agrees":
        return f"✓ {found['value']}" if valued else "✓"
    if found["mark"] == "denies":
        return f"denies: {found['value']}"
    return str(found["value"])


def _header(brief: Mapping[str, Any]) -> str:
    """Title line and one line per article: headline, outlet, date, ids."""
    lines = [
        f"# {brief['title']}",
        "",
        f"Story `{brief['id']}`: {len(brief['articles'])} article(s).",
        "",
        "## Sources",
        "",
    ]
    for article in brief["articles"]:
        date = article["published"] or "date unknown"
        how = f", {article['how']}" if article["published"] else ""
        outlet = article["outlet"] or article["input_id"] or article["document_id"]
        if article["wire"]:
            outlet += f" (story by {article['wire']})"
        given = (
            f" (input `{article['input_id']}`)"
            if article["input_id"] and article["outlet"]
            else ""
        )
        lines.append(
            f"- **{article['headline']}** - {outlet} ({date}{how}) "
            f"`{article['id']}`{given}"
        )
    for group in brief["duplicates"]:
        lines.append(
            "- near-duplicates, one report counted as one source: "
            + ", ".join(f"`{i}`" for i in group)
        )
    return "\n".join(lines)


def item_line(row: Mapping[str, Any]) -> str:
    """One readable line for a fact or discrepancy in the export contract:
    label, status or kind, confidence, a user's decision, outlets, id."""
    return f"{_summary(row)} {row['id']}"


def _fact_section(
    title: str, facts: Sequence[Mapping[str, Any]], hint: str | None = None
) -> str:
    """One bullet per fact, then each account: outlet, date, words, where;
    a hint on how to read them first."""
    if not facts:
        return ""
    lines = [f"## {title}", "", *([hint, ""] if hint else [])]
    for fact in facts:
        lines.append(f"- {_title(fact)}")
        # a stance where the outlets may differ in it: a quote of what someone
        # denies that every outlet gives is no dispute
        stance = fact.get("status") != "corroborated"
        lines += [f"  - {_account(e, stance=stance)}" for e in fact["evidence"]]
    return "\n".join(lines)


def _discrepancy_section(title: str, found: Sequence[Mapping[str, Any]]) -> str:
    """Each discrepancy with its sources side by side in a table."""
    if not found:
        return ""
    lines = [f"## {title}", ""]
    for item in found:
        lines += [f"### {_title(item)}", ""]
        if item.get("note"):
            lines += [item["note"], ""]
        lines += [
            "| outlet | published | value | according to | stance | words | where |",
            "|---|---|---|---|---|---|---|",
        ]
        lines += [_row(e) for e in item["evidence"]]
        lines.append("")
    return "\n".join(lines).rstrip()


def _none_found(brief: Mapping[str, Any]) -> str:
    """What an empty list of disagreements between outlets means
    (:data:`NONE_FOUND`), when more than one outlet tells the story."""
    note = brief.get("none_found")
    return f"## Disputes and conflicts\n\n{note}" if note else ""


def _one_outlet(brief: Mapping[str, Any]) -> str:
    """Why a story one outlet tells has no corroborated fact (:data:`ONE_OUTLET`)."""
    note = brief.get("one_outlet")
    return f"## Corroborated facts\n\n{note}" if note else ""


def _rejected_section(items: Sequence[Mapping[str, Any]]) -> str:
    if not items:
        return ""
    lines = ["## Rejected by a user", ""]
    lines += [f"- {_title(i)}" for i in items]
    return "\n".join(lines)


def _timeline_section(title: str, rows: Sequence[Mapping[str, Any]]) -> str:
    """One line per date: each sentence telling an event then, its date as
    written and its article."""
    if not rows:
        return ""
    lines = [f"## {title}", ""]
    for row in rows:
        accounts = " / ".join(map(_telling, row["accounts"]))
        lines.append(f"- **{readable_date(row['date'])}**: {accounts}")
    return "\n".join(lines)


def _telling(account: Mapping[str, Any]) -> str:
    """One telling of a dated event: what happened (", expected" when told
    ahead of it and dated after the article), its date as written
    ("Mr. Priebus said Monday" when it is the day of the saying that tells
    it: the act happened then or before), its
    sentence and its article."""
    ids = [account["article_id"], *account.get("also_in", [])]
    said, where = _quote(account["text"]), " ".join(f"`{i}`" for i in ids)
    if not account.get("what"):
        return f"{said} ({account['date_text']}; {where})"
    ahead = ", expected" if account.get("expected") else ""
    return f"{account['what']}{ahead} ({told_day(account)}): {said} {where}"


def _hidden_line(hidden: Mapping[str, int], hint: str | None = None) -> str:
    parts = [
        f"{count} {name.replace('_', '-')}" for name, count in hidden.items() if count
    ]
    if not parts:
        return ""
    line = f"Not shown: {', '.join(parts)} (`corroborate brief --all` shows them)."
    return f"{line} {hint}" if hint and hidden.get("single_source") else line


def _title(item: Mapping[str, Any]) -> str:
    """``**label** [status, confidence 0.85] (A, B) `id```, for a heading or bullet."""
    return f"**{item['label']}** {_standing(item)} `{item['id']}`"


def _summary(item: Mapping[str, Any]) -> str:
    """``label [status, confidence 0.85, confirmed by a user] (A, B)``."""
    return f"{item['label']} {_standing(item)}"


def _standing(item: Mapping[str, Any]) -> str:
    """``[status, confidence 0.85, confirmed by a user] (A, B)``."""
    what = item.get("status") or item["kind"]
    decided = DECIDED.get(item.get("decision") or "", "")
    outlets = ", ".join(item["outlets"]) or "no outlet"
    alike = ", same words: maybe one report" if item.get("one_text") else ""
    alike += ", one report several outlets run" if item.get("one_report") else ""
    differs = "".join(f", but see `{i}`" for i in item.get("differs_in", ()))
    return (
        f"[{what}, confidence {item['confidence']:.2f}{decided}{alike}{differs}] "
        f"({outlets})"
    )


def _account(evidence: Mapping[str, Any], *, stance: bool = True) -> str:
    """One account on one line: outlet, date, attribution, its ``stance``
    unless it asserts (or unless told not to), words, where."""
    who = (
        f", according to {evidence['according_to']}" if evidence["according_to"] else ""
    )
    marked = stance and evidence["stance"] != "asserts"
    stance_text = f" ({evidence['stance']})" if marked else ""
    date = f" ({evidence['published']})" if evidence["published"] else ""
    return (
        f"{account_outlet(evidence)}{date}{who}{stance_text}: "
        f"{_evidence_quote(evidence)} {_where(evidence)}"
    )


def _row(evidence: Mapping[str, Any]) -> str:
    """A table row for one source's evidence."""
    cells = [
        account_outlet(evidence),
        evidence["published"] or "",
        evidence["value"] or "",
        evidence["according_to"] or "(the outlet)",
        evidence["stance"],
        _evidence_quote(evidence),
        _where(evidence),
    ]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _where(evidence: Mapping[str, Any]) -> str:
    """``a1#1`` 12-40: the article and character offsets of an account."""
    span = evidence["span"]
    return f"`{evidence['article_id']}` {span['start']}-{span['end']}"


def headline(article: Article) -> str:
    """An article's headline, title, or first line."""
    heads = article.zone_text("headline")
    return (
        article.title or (heads[0] if heads else article.text.split("\n", 1)[0])
    ).strip()


_OWN_MARKS = re.compile(
    r"^\s*[\u201c\"]\s*(?P<inner>[^\u201c\u201d\"]*?)\s*[\u201d\"]\s*$"
)
"""Evidence that is one whole quotation: its own marks give way to the brief's."""


def _evidence_quote(evidence: Mapping[str, Any]) -> str:
    """An account's words in quotes; a short one in its sentence, the words
    themselves in bold ("… had himself long **delayed** endorsing Mr Trump")."""
    context = evidence.get("context")
    if not context:
        return _quote(evidence["text"])
    words = " ".join(evidence["text"].split())
    said = f"{context['before']}**{words}**{context['after']}".strip()
    return f"\u201c{said}\u201d"


def _quote(text: str) -> str:
    """Evidence text on one line, in quotes (its own, if it is one whole
    quotation, dropped, as is an opening mark it does not close or a closing
    one it does not open), cut to ``MAX_QUOTE_CHARS``."""
    whole = _OWN_MARKS.match(text)
    text = whole.group("inner") if whole else _unpaired_marks_off(text)
    text = shorten(text, MAX_QUOTE_CHARS)
    return f"\u201c{text}\u201d" if text else ""


def _unpaired_marks_off(text: str) -> str:
    """``text`` without a leading opening mark it never closes ('“ Crooked
    Hillary Clinton is ...') or a trailing closing mark it never opens."""
    text = text.strip()
    if text[:1] == "\u201c" and "\u201d" not in text:
        text = text[1:].lstrip()
    elif text[:1] == '"' and text.count('"') == 1:
        text = text[1:].lstrip()
    if text[-1:] == "\u201d" and "\u201c" not in text:
        text = text[:-1].rstrip()
    elif text[-1:] == '"' and text.count('"') == 1:
        text = text[:-1].rstrip()
    return text


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
