"""Reports of one story over time.

A later report may overtake an earlier one: what was expected or not yet
done is done (:func:`superseded`), a toll counted again has grown
(:func:`toll_rose`). Neither is a disagreement between outlets; both
publication dates stay in the evidence. And an outlet may run a sentence of
an earlier report again, word for word: it keeps the days it was written
for (:func:`as_first_told`). One outlet's articles never disagree with one
another (:func:`one_source`): where their values differ, the later may update
the earlier or tell of another thing, and only a toll that rose is known to
be the first. A wire report two outlets run, as near-duplicates or as the
agency's story their datelines credit, is one report: what only its copies
tell corroborates nothing, and an outlet's own report and the agency's it
runs are two (:func:`copied_from`). So is a passage an outlet runs word for
word from another outlet's article it names ("... ( via Politico ) :" and
Politico's paragraphs).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..records import Article, Story
from .quotes import QUOTED, wording
from .statements import Statement, not_yet

WIRES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "UPI": ("UPI", "United Press International"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "TASS": ("TASS",),
    "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "Bernama": ("Bernama",),
    "AAP": ("AAP", "Australian Associated Press"),
    "Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
}
"""News agencies by the names their credits and their own sites go by."""
_AGENCY = {name.casefold(): wire for wire, names in WIRES.items() for name in names}
_DATELINE_WORDS = (
    r"[A-Z][A-Za-z.'\u2019-]*(?:[ \t]+(?:[A-Z][A-Za-z.'\u2019-]*|\d{1,2})){0,4}"
)
WIRE_CREDIT = re.compile(
    rf"^[ \t]*(?:{_DATELINE_WORDS}(?:[ \t]*,[ \t]*{_DATELINE_WORDS}){{0,3}})?"
    r"[ \t]*\((?P<credit>[A-Za-z .-]{2,40})\)[ \t]*(?:\u2014|\u2013|--|-)",
    re.MULTILINE,
)
"""A dateline's credit at the head of a line: "WASHINGTON (AP) —", "NEW YORK,
Dec. 11 (UPI) —", "Cleveland (AFP) –", "Dec 29 (Reuters) -", or the credit
alone where the place was cut ("(AP) — ...")."""
CREDIT_WITHIN = 300
"""Characters from the start of a text where a dateline may stand (after a
byline or a line of tags)."""


def wire_of(article: Article) -> str | None:
    """The news agency whose story an article runs, as its dateline credits it
    ("WASHINGTON (AP) — ..."), when the article's outlet is not that agency:
    the agency is whose report it is."""
    found = WIRE_CREDIT.search(article.text[:CREDIT_WITHIN])
    wire = _AGENCY.get(found.group("credit").strip().casefold()) if found else None
    if wire is None or _AGENCY.get((article.outlet or "").casefold()) == wire:
        return None
    return wire


RUN_WORDS_MIN = 8
"""Words, at least, of a paragraph an article runs from another outlet's
article it names, for the paragraph to be that outlet's report."""
RUN_SHINGLE = 6
"""Words in a row a paragraph and its source are compared by."""
RUN_SHARE = 0.6
"""Share of a paragraph's runs of words its source gives, at least, for it to
be run from there."""
OWN_WORDS_MIN = 4
"""Words outside quotation marks a paragraph run from another outlet holds, at
least: its writer's, not only a speaker's."""
_MARK = re.compile('["\u201c\u201d]')
_OUTLET_KIND = re.compile(r"\s*\([^)]*\)")
"""What an outlet's name says of the kind of piece: "CNN (Online News)"."""


def copied_from(story: Story, statements: list[Statement]) -> list[Statement]:
    """Statements marked with whose report they are, where that is not their
    outlet: an agency's story an outlet runs (:func:`wire_of`: two outlets
    running one agency's story are one source, an outlet's own report and the
    agency's it runs are two), and near-duplicate articles of two or more
    outlets (a wire copy each runs: ``Story.duplicates``), whose group is one
    report, the agency's if a copy credits one, else the first outlet's by
    name: what only the copies tell is single-source, not two outlets
    agreeing. A sentence an article runs word for word from another outlet's
    article it names is that outlet's (:func:`_runs_from`)."""
    outlets = {s.article.id: s.outlet for s in statements}
    articles = {s.article.id: s.article for s in statements}
    wires = {i: wire for i, a in articles.items() if (wire := wire_of(a))}
    copies = dict(wires)
    for group in story.duplicates:
        told = sorted({outlets[i] for i in group if i in outlets})
        credited = sorted({wires[i] for i in group if i in wires})
        if credited or len(told) > 1:
            copies.update(dict.fromkeys(group, (credited or told)[0]))
    runs = _runs_from(statements, list(articles.values()))
    if not copies and not runs:
        return statements
    return [
        dataclasses.replace(
            s,
            copied_from=runs.get(id(s)) or copies[s.article.id],
            wire=wires.get(s.article.id),
        )
        if s.article.id in copies or id(s) in runs
        else s
        for s in statements
    ]


def _runs_from(statements: list[Statement], articles: list[Article]) -> dict[int, str]:
    """The outlet each statement is run from, by ``id``, where its article
    names another article's outlet and gives that article's paragraph word
    for word (:func:`_run_paragraphs`: Townhall's "... ( via Politico ) :" and
    Politico's paragraphs after it): the passage is that outlet's report,
    not a second one."""
    paragraphs = {
        a.id: _run_paragraphs(a, named)
        for a in articles
        if (
            named := [
                b
                for b in articles
                if b.outlet and a.outlet != b.outlet and _names(a, b.outlet)
            ]
        )  # fmt: skip
    }
    runs: dict[int, str] = {}
    for s in statements:
        for (start, end), outlet in paragraphs.get(s.article.id, ()):
            if start <= s.span.start < end:
                runs[id(s)] = outlet
                break
    return runs


def _run_paragraphs(
    article: Article, others: list[Article]
) -> list[tuple[tuple[int, int], str]]:
    """The paragraphs of ``article`` another article gives nearly word for
    word (:func:`_run`), with that article's outlet: ``RUN_WORDS_MIN`` words
    or more, some of them the writer's own, or a quotation beside such a
    paragraph. A quotation alone ("“Either we build the Wall or we close the
    Border,” Trump tweeted.") is its speaker's words, which every outlet
    gives alike; in a run of copied paragraphs it is copied with them."""
    sources = [(b.outlet or "", _shingles(wording(b.text))) for b in others]
    paragraphs = list(re.finditer(r"[^\n]+", article.text))
    runs: list[str | None] = []
    for paragraph in paragraphs:
        words = wording(paragraph.group())
        shingles = _shingles(words) if len(words) >= RUN_WORDS_MIN else frozenset()
        runs.append(
            next((o for o, told in sources if shingles and _run(shingles, told)), None)
        )
    own = [len(_writers_words(p.group())) >= OWN_WORDS_MIN for p in paragraphs]
    kept = []
    for i, (paragraph, run) in enumerate(zip(paragraphs, runs, strict=True)):
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(runs) and own[j]]
        if run and (own[i] or any(runs[j] == run for j in beside)):
            kept.append((paragraph.span(), run))
    return kept


def _shingles(words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of ``RUN_SHINGLE`` words in a row."""
    n = RUN_SHINGLE
    return frozenset(words[i : i + n] for i in range(max(1, len(words) - n + 1)))


def _run(
    paragraph: frozenset[tuple[str, ...]], source: frozenset[tuple[str, ...]]
) -> bool:
    """True when most runs of words of a paragraph are in a source's text: its
    words with an edit or two ("fumed to senators", "fumed at senators")."""
    return len(paragraph & source) >= RUN_SHARE * len(paragraph)


def _writers_words(paragraph: str) -> tuple[str, ...]:
    """The words of a paragraph outside quotation marks; one going on with a
    quotation the paragraph before opened ("And the only thing I can say is
    watch me."") is quoted up to its first mark."""
    marks = [m.start() for m in _MARK.finditer(paragraph)]
    if marks and (
        paragraph[marks[0]] == "\u201d"
        or (len(marks) % 2 and paragraph[: marks[0]].strip())
    ):
        paragraph = paragraph[marks[0] + 1 :]
    return wording(QUOTED.sub(" ", paragraph))


def _names(article: Article, outlet: str) -> bool:
    """True when an article names an outlet ("via Politico", "Politico
    reported"), without the kind of piece its name may give."""
    name = _OUTLET_KIND.sub("", outlet).strip()
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", article.text) is not None


def as_first_told(statements: list[Statement]) -> list[Statement]:
    """Give a sentence an outlet re-runs word for word in a later article (a
    wire story's update repeating a paragraph) the days of its first telling:
    it was written then, so its "Thursday" is the Thursday before the first
    publication, not before the re-run's."""
    first: dict[tuple[object, ...], Statement] = {}
    dated = sorted(
        (s for s in statements if s.kind == "event" and s.when is not None),
        key=lambda s: (s.article.published.value or "~", s.article.id),
    )
    for statement in dated:
        first.setdefault(retold_key(statement), statement)
    return [
        dataclasses.replace(s, when=first[retold_key(s)].when)
        if s.kind == "event" and s.when is not None
        else s
        for s in statements
    ]


def retold_key(statement: Statement) -> tuple[object, ...]:
    """What one telling shares with its re-runs: outlet, sentence as written,
    where the event sits in it."""
    return (
        statement.outlet,
        " ".join(statement.sentence_text.split()),
        statement.span.start - statement.sentence.start,
        statement.predicate,
    )


TOLL_ROLES = frozenset(
    "killed dead wounded injured arrested detained evacuated displaced".split()
)
"""Incident roles whose count only grows as reports come in (the dead and
wounded are found, more people arrested or evacuated)."""


def toll_rose(a: Statement, b: Statement) -> bool:
    """True when two counts of one toll differ as reports of two days do: the
    one published later counts more ("11 Americans" killed on 8 August, "12
    Americans" on 11 August). The earlier report is overtaken, not disputed;
    a later count lower than an earlier one stays a conflict."""
    first, last = sorted((a, b), key=lambda s: s.article.published.value or "")
    day = first.article.published.value, last.article.published.value
    if (
        a.role not in TOLL_ROLES
        or not (day[0] and day[1])
        or day[0][:10] >= day[1][:10]
    ):
        return False
    return bool(
        first.interval and last.interval and first.interval[1] < last.interval[0]
    )


def one_source(a: Statement, b: Statement) -> bool:
    """True when one named outlet published both statements' articles, or
    both run one agency's story (:func:`wire_of`); an outlet's own report and
    the agency's it runs are two.
    Where their values differ they are no two sources disagreeing: an update
    of its own report (a toll revised) or two of its stories the clustering
    joined (a wire's results of two games, one stock's moves on two days,
    one company's 10% rise and another's 36%; a news site's undated reports
    of an outbreak's deaths). Which one a later value is cannot be told, so
    neither conflicts nor supersedes; a toll that rose does
    (:func:`toll_rose`). An article with no outlet is a source of its own."""
    if not (a.article.outlet and b.article.outlet):
        return False
    return (a.wire or a.article.outlet) == (b.wire or b.article.outlet)


def superseded(members: Sequence[Statement]) -> Statement | None:
    """The earlier report a later one overtakes, if the disagreement is one of
    time: a telling of a status so far ("not yet", "expected to", "is set to
    sign") published before a telling of it done."""
    dated = [s for s in members if s.article.published.value]
    pending = [s for s in dated if _pending(s)]
    done = [s for s in dated if s.stance == "asserts" and s.modality == "asserted"]
    if not pending or not done:
        return None
    first = min(pending, key=lambda s: s.article.published.value or "")
    last = max(done, key=lambda s: s.article.published.value or "")
    if (first.article.published.value or "") >= (last.article.published.value or ""):
        return None
    return first


def _pending(statement: Statement) -> bool:
    """True for a telling of what is still to come or not yet done."""
    return statement.modality in ("expected", "future") or (
        statement.stance == "denies" and not_yet(statement)
    )
