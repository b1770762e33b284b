"""One fact, one line, ranked: facts of a story that rest on the same
sentences become one line with all their evidence, and the lines are ranked
so a brief leads with what matters (disagreements, then what most outlets
state, earliest in their articles; background last)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from ..extractors.quantities.roles import BEFORE_ROLE
from ..records import WHO_KINDS, Article, Discrepancy, Evidence, Fact, Span
from .compatible import INCIDENT_ROLES
from .dating import WRITTEN_DAY
from .index import ArticleIndex, entity_ids
from .numbers import YEAR
from .passages import quotation_run, quoted
from .quotes import share_run, wording
from .statements import Statement
from .words import has_verb
from .words import sentences as sentence_spans


class Aligned(Protocol):
    """What merging reads of a group of aligned statements (``groups.Group``)."""

    family: str
    members: list[Statement]


SPECIFIC = ("number", "date", "event", "claim", "party", "duration", "sentence",
            "spoken")  # fmt: skip
"""Which family's fact is kept when two rest on the same sentences and one
of them is disputed: the value a source disputes leads. The day a speaker
spoke comes last: what was said, or who said it, takes it in."""
AGREED = ("number", "event", *(f for f in SPECIFIC if f not in ("number", "event")))
"""The same when every source agrees: a count leads, then who did what, whose
date joins it ("The Senate passed the farm bill", told Thursday by both)."""
KIND_WEIGHT = {"number": 1.5, "money": 1.5, "percent": 1.5, "vote": 1.5, "date": 1.5,
               "duration": 0.6, "event": 1.2, "quote": 1.0, "claim": 0.8,
               "sentence": 0.6, "person": 0.2, "office": 0.2}  # fmt: skip
"""How much a fact's kind weighs in its rank: a person's party or office ("Rep.
Thomas Massie (R-Ky.)", "spokesman John Kirby") says who someone is, not what
happened, so it comes after the story's own facts; a length of time ("two
years") is a detail of something else told, and does not lead what was said."""
OUTLET_WEIGHT = 2.0
"""What each outlet telling a fact adds to its rank ..."""
WHO_OUTLET_WEIGHT = 0.5
"""... and to the rank of who someone is: every outlet writes "Trey Gowdy (R-S.C.)",
which does not make it lead what two outlets say happened."""


def merge(
    judged: Sequence[tuple[Fact, list[Discrepancy], Aligned]],
) -> tuple[list[Fact], list[Discrepancy]]:
    """One fact, one line: facts resting on the same sentences become one (the
    most specific family kept, all evidence joined), and so do agreeing facts
    of one family that read the same and come from the same outlets; a
    single-source fact whose sentence a multi-source fact already holds is
    dropped (shared lines are read first, so a count that matched nothing
    inside a sentence two outlets tell is no line of its own), and so is a
    single-source act that reads only who did it (:func:`_bare_act`)."""

    starts: dict[str, list[int]] = {}

    def rests_on(group: Aligned) -> frozenset[tuple[str, int]]:
        # a quotation over two paragraphs rests on the sentences of both, and
        # takes in a line on either
        return frozenset(
            (s.article.id, start)
            for s in group.members
            for start in _spanned(s, starts)
        )

    order = sorted(
        range(len(judged)),
        key=lambda i: (
            not judged[i][1],
            len({s.outlet for s in judged[i][2].members}) < 2,  # shared lines first
            (AGREED if not judged[i][1] else SPECIFIC).index(judged[i][2].family),
            # a figure's value before it moved, after the value it moved to
            any(s.role == BEFORE_ROLE for s in judged[i][2].members),
            -len(judged[i][2].members),
            sum(s.kind == "clause" for s in judged[i][2].members),  # whole sentences
            judged[i][0].id,
        ),
    )
    texts = {s.article.id: s.article.text for _, _, g in judged for s in g.members}
    kept: dict[frozenset[tuple[str, int]], dict[str, Fact]] = {}  # by family
    covered: set[tuple[str, int]] = set()
    facts: list[Fact] = []
    found: list[Discrepancy] = []
    seen_discrepancies: set[str] = set()
    kinds_of: dict[frozenset[tuple[str, int]], set[str]] = {}
    same_line: dict[tuple[str, object, frozenset[str]], Fact] = {}
    acts: dict[tuple[object, ...], tuple[Fact, set[object]]] = {}  # _act_of
    acts_at = _acts_by_sentence(judged)
    for i in order:
        fact, discrepancies, group = judged[i]
        key = sentences = rests_on(group)
        if len(key) == 1 and key <= covered and not discrepancies:
            continue  # told already by a fact on its sentence
        outlets = frozenset(s.outlet for s in group.members)
        reads = _reads(fact, group) if len(outlets) > 1 else _one_reads(fact, group)
        line = (group.family, reads, outlets)
        retold = None if len(outlets) > 1 else _retold(group, acts)
        into = None if discrepancies else same_line.get(line) or retold
        if into is not None:
            # the same line again from other sentences ("$25 billion" twice in
            # each article; a sentence one outlet copied twice; a live blog's
            # paragraph told again; an act a shared line holds, told again by
            # one of its articles): one fact
            spans = {(e.article_id, e.span) for e in into.evidence}
            into.evidence += [e for e in fact.evidence
                              if (e.article_id, e.span) not in spans]  # fmt: skip
            covered |= key
            continue
        if not discrepancies:
            same_line.setdefault(line, fact)
        key = _holder(key, kept, fact, group.family, discrepancies, kinds_of)
        held = kept.setdefault(key, {})
        agreeing = not discrepancies and not kinds_of.get(key)
        who_only = _who_only(fact)
        host = next(
            (
                k
                for k, other in held.items()
                if _absorbs(_family(k), group.family, agreeing, who_only)
                and not _two_slots(_family(k), other, group.family, fact, texts)
            ),
            None,
        )
        if host is not None:
            into = held[host]
            told = {e.article_id for e in into.evidence}
            # a sentence told alike widens it; another kind of fact adds its own words
            widen = group.family == "sentence" or group.family not in (
                _family(host),
                "claim",
            )
            # the other end of one period written alike keeps its days
            widen = widen or (group.family == "date" and _one_period(into, fact, texts))
            into.evidence += [e for e in fact.evidence
                              if (widen or e.article_id not in told)
                              and not _within(e, into.evidence, texts)]  # fmt: skip
            kinds = kinds_of.get(key, set())
            discrepancies = [d for d in discrepancies if d.kind not in kinds]
        else:
            held[_line_key(group.family, fact)] = fact
            facts.append(fact)
        line_fact = held[host] if host is not None else fact
        if len(outlets) > 1 and not discrepancies and line_fact.kind in ACT_KINDS:
            # a line of what was done, not of who someone is ("Florida Gov.
            # Ron DeSantis") resting on a sentence telling an act ("sued DeSantis")
            for act, when in (a for at in sentences for a in acts_at.get(at, ())):
                acts.setdefault(act, (line_fact, set()))[1].add(when)
        covered |= key
        for d in discrepancies:
            kinds_of.setdefault(key, set()).add(d.kind)
            if d.id not in seen_discrepancies:
                seen_discrepancies.add(d.id)
                found.append(d)
    shown = _told_by_more(_one_quotation(facts, texts), found, texts)
    disagreed = {d.fact_id for d in found}
    return [f for f in shown if f.id in disagreed or not _bare_act(f)], found


_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
"""A word of a label (not a mark, a number or an ellipsis)."""
BARE_ACT_WORDS = 2
"""Words of an act's telling at most that say only who did something ("Cruz
asked", "Gronvall agreed", "Hannity pressed"): what was asked or agreed to
is in a quotation or a sentence around it, not in the line."""


def _bare_act(fact: Fact) -> bool:
    """True for a single-source act whose line reads only its doer and its
    verb (:data:`BARE_ACT_WORDS` words of its label): a line that tells a
    reader nothing."""
    return (
        fact.status == "single-source"
        and fact.kind == "event"
        and len(_WORD.findall(fact.label)) <= BARE_ACT_WORDS
    )


ACT_KINDS = frozenset({"event", "sentence", "clause"})
"""Kinds of line that tell what was done (:func:`_retold`)."""


def _act_of(statement: Statement) -> tuple[object, ...] | None:
    """An act as one article tells it, to find it told again there: the
    article, its verb's act, who did it to whom (entities only: "Texas and
    Oklahoma", "Oklahoma and his home state of Texas") and how it is told."""
    if statement.kind != "event" or not statement.predicate:
        return None
    actors, recipients = entity_ids(statement.actors), entity_ids(statement.recipients)
    if not actors or not recipients:
        return None
    article = statement.article.id
    return article, statement.predicate, actors, recipients, statement.modality


def _acts_by_sentence(
    judged: Sequence[tuple[Fact, list[Discrepancy], Aligned]],
) -> dict[tuple[str, int], set[tuple[tuple[object, ...], object]]]:
    """The acts each sentence tells (:func:`_act_of`), with their days."""
    found: dict[tuple[str, int], set[tuple[tuple[object, ...], object]]] = {}
    for _, _, group in judged:
        for member in group.members:
            if (act := _act_of(member)) is not None:
                at = (member.article.id, member.sentence.start)
                found.setdefault(at, set()).add((act, member.when))
    return found


def _retold(
    group: Aligned, acts: Mapping[tuple[object, ...], tuple[Fact, set[object]]]
) -> Fact | None:
    """The shared line an act one outlet's line tells is already told in
    (a live blog's "Ted Cruz has captured Texas and Oklahoma" beside the
    line of "Ted Cruz won Oklahoma and his home state of Texas" it shares
    with another outlet), on no other day; else None."""
    lines = []
    for member in group.members:
        act = _act_of(member)
        if act is None or act not in acts:
            return None
        line, days = acts[act]
        if member.when is not None and member.when not in days:
            return None
        lines.append(line)
    return lines[0] if lines and all(x is lines[0] for x in lines) else None


def _told_by_more(
    facts: list[Fact], found: Sequence[Discrepancy], texts: Mapping[str, str]
) -> list[Fact]:
    """The facts without a single-source line of words (what was said or
    done: :data:`QUOTED_KINDS`) whose every passage a line of several
    outlets already shows ("the former president said Democrats have
    \"weaponized everything" inside the statement both outlets quote), nor
    an act or claim whose every passage lies inside a quotation a line
    already shows ("the Obama administration actually imposed emissions
    reductions" inside "“Under the CPP the Obama administration actually
    imposed ...”"): the same words are not two lines. A count, a day or who
    someone is stays a line of its own (what one outlet alone gives of a
    sentence both tell), unless it is a figure a line of several outlets
    gives of the same article again ("the left's $3.5 trillion package",
    "this $3.5 trillion budget" beside the shared "$3.5 trillion spending
    package"); and so does a line a discrepancy rests on."""
    shared = [e for f in facts if f.status != "single-source" for e in f.evidence]
    quoted = [e for f in facts if f.kind == "quote" for e in f.evidence]
    figures = {
        _figure(f, e) for f in facts if f.status != "single-source" for e in f.evidence
    } - {None}
    disagreed = {d.fact_id for d in found}

    def told_again(fact: Fact) -> bool:
        if fact.kind in FIGURE_KINDS:
            return all(_figure(fact, e) in figures for e in fact.evidence)
        return fact.kind in QUOTED_KINDS and all(
            _within(e, shared, texts)
            or _run_over(e, shared, texts)
            or (fact.kind != "quote" and _within(e, quoted, texts))
            for e in fact.evidence
        )

    return [
        f
        for f in facts
        if f.status != "single-source" or f.id in disagreed or not told_again(f)
    ]


FIGURE_KINDS = frozenset({"money", "percent", "number"})
"""Kinds of line that tell a figure (:func:`_figure`)."""


def _figure(fact: Fact, evidence: Evidence) -> tuple[str, str, str] | None:
    """The figure an account gives ("$3.5 trillion", in its article), for a
    line of a figure."""
    if fact.kind not in FIGURE_KINDS or not evidence.value:
        return None
    return evidence.article_id, fact.kind, " ".join(evidence.value.lower().split())


QUOTATION_GAP = 300
"""Characters at most between two sentences of one quotation (:func:`_one_quotation`)."""
QUOTED_KINDS = frozenset({"quote", "sentence", "claim", "event"})
"""Kinds of line the quotation rules join: what was said, and acts told in it
or told twice."""


def _one_quotation(facts: list[Fact], texts: dict[str, str]) -> list[Fact]:
    """Lines that tell sentences of one quotation every outlet runs, near one
    another in each article's paragraph, become one: "“I like Paul, but
    these are horrible times for our country. We need very strong
    leadership. ... I'm just not quite there yet,” Trump told the Post" is
    one thing said, not four facts."""
    quotations: list[list[Fact]] = []
    for fact in facts:
        into = next(
            (
                q
                for q in quotations
                if any(
                    _same_quotation(m, fact, texts) or _told_again(m, fact, texts)
                    for m in q
                )
            ),
            None,
        )
        if into is None:
            quotations.append([fact])
        else:
            into.append(fact)
    merged = []
    for quotation in quotations:
        # the line read first in the articles leads, with every passage
        first = min(
            quotation,
            key=lambda f: min((e.article_id, e.span.start) for e in f.evidence),
        )
        first.evidence += [e for f in quotation if f is not first for e in f.evidence]
        merged.append(first)
    return merged


def _same_quotation(a: Fact, b: Fact, texts: dict[str, str]) -> bool:
    """True when two corroborated lines tell quoted passages of the same
    articles, in each within ``QUOTATION_GAP`` of one another and in one
    paragraph or one quotation run over paragraphs (:func:`_one_run`)."""
    told = _both_told(a, b)
    for article in told:
        text = texts[article]
        spans = _spans_in(article, a, b)
        if not all(
            quoted(text, span.start, text[span.start : span.end])
            for span in spans[0] + spans[1]
        ):
            return False
        x, y = min(
            ((x, y) for x in spans[0] for y in spans[1]),
            key=lambda pair: _gap(*pair),
        )
        between = text[min(x.end, y.end) : max(x.start, y.start)]
        if len(between) > QUOTATION_GAP:
            return False
        if "\n" in between and not _one_run(text, x, y):
            return False
        said = [
            {
                _last_word(e.according_to)
                for e in fact.evidence
                if e.article_id == article
            }
            - {""}
            for fact in (a, b)
        ]
        if said[0] and said[1] and not said[0] & said[1]:
            return False  # two speakers quoted one after the other
    return bool(told)


def _gap(x: Span, y: Span) -> int:
    """How many characters lie between two spans (0 where they overlap)."""
    return max(0, max(x.start, y.start) - min(x.end, y.end))


def _one_run(text: str, x: Span, y: Span) -> bool:
    """True when two passages of paragraphs apart lie in one quotation, opened
    before the first and closed after the second (“ Here's what I say ... .
    ¶ Mitch McConnell, it is now your turn , ” he said: an outlet that breaks
    a quotation into paragraphs still quotes it once)."""
    first, second = sorted((x, y), key=lambda s: s.start)
    run = quotation_run(text, first)
    return run.start <= first.start and second.end <= run.end + 1


def _both_told(a: Fact, b: Fact) -> set[str]:
    """The articles two corroborated lines of quoted words both rest on, when
    each rests on all of them (else none)."""
    if {a.status, b.status} != {"corroborated"} or not {a.kind, b.kind} <= QUOTED_KINDS:
        return set()
    told = {e.article_id for e in a.evidence}
    return (
        told if told == {e.article_id for e in b.evidence} and len(told) > 1 else set()
    )


def _spans_in(article: str, *facts: Fact) -> list[list[Span]]:
    """Each fact's evidence spans in one article."""
    return [[e.span for e in f.evidence if e.article_id == article] for f in facts]


def _told_again(a: Fact, b: Fact, texts: dict[str, str]) -> bool:
    """True when two corroborated lines rest on one passage of an article and,
    in each other article, on passages of the same words
    (:func:`.quotes.share_run`): "cannot bless sin" of an article's lead
    and "But he does not and cannot bless sin" of its end, each paired with
    the other outlet's one sentence."""
    told = _both_told(a, b)
    shared = 0
    for article in told:
        spans = _spans_in(article, a, b)
        if any(x.start < y.end and y.start < x.end for x in spans[0] for y in spans[1]):
            shared += 1
            continue
        text = texts[article]
        words = [[wording(text[x.start : x.end]) for x in side] for side in spans]
        if not any(share_run(x, y) for x in words[0] for y in words[1]):
            return False
    return 0 < shared < len(told)


def _last_word(name: str | None) -> str:
    """A speaker's last word, lower case ("trump" of "Donald Trump")."""
    return (name or "").split()[-1].lower() if (name or "").split() else ""


def _spanned(statement: Statement, starts: dict[str, list[int]]) -> list[int]:
    """Where each sentence a quotation spans starts (``starts``: each article's
    sentence starts, filled as asked); another statement rests on the
    sentence it starts in."""
    article, span = statement.article, statement.sentence
    if statement.kind != "quote":
        return [span.start]
    if article.id not in starts:
        starts[article.id] = [s.start for s in sentence_spans(article.text)]
    every = starts[article.id]
    inside = every[bisect.bisect_left(every, span.start) :]
    return [x for x in inside if x < span.end] or [span.start]


def _holder(
    key: frozenset[tuple[str, int]],
    kept: dict[frozenset[tuple[str, int]], dict[str, Fact]],
    fact: Fact,
    family: str,
    discrepancies: Sequence[Discrepancy],
    kinds_of: dict[frozenset[tuple[str, int]], set[str]],
) -> frozenset[tuple[str, int]]:
    """The sentences of the line a fact joins: its own, or, when no line rests
    on exactly those, the fewest sentences of a line resting on more that
    takes it in (copies of two outlets' articles: the date two of them agree
    on joins the act all four tell), else, for sentences told alike that no
    source disagrees on, the most sentences of a line two outlets corroborate
    resting on fewer (the act two outlets tell joined by the sentence a third
    copy also tells). A line of the fact's own family takes it in there only
    if it is about the same thing: one senator's party is not another's told
    in the same sentences."""
    if key in kept:
        return key
    wider = sorted((k for k in kept if key < k), key=lambda k: (len(k), sorted(k)))
    narrower = sorted(
        (
            k
            for k in kept
            if k < key and all(f.status == "corroborated" for f in kept[k].values())
        ),
        key=lambda k: (-len(k), sorted(k)),
    )
    restating = family in ("sentence", "claim") and not discrepancies
    who_only = _who_only(fact)
    for sentences in [*wider, *(narrower if restating else [])]:
        agreeing = not discrepancies and not kinds_of.get(sentences)
        if any(
            _absorbs(_family(held), family, agreeing, who_only)
            and (_family(held) != family or other.about == fact.about)
            for held, other in kept[sentences].items()
        ):
            return sentences
    return key


def _line_key(family: str, fact: Fact) -> str:
    """Where a line is held among those on its sentences: by its family, and a
    number by its slot too (two counts one pair of sentences gives, "cents" a
    gallon and "gas stations", are two lines)."""
    return f"{family}|{fact.about}" if family == "number" else family


def _family(key: str) -> str:
    """The family of a line held under ``key`` (:func:`_line_key`)."""
    return key.partition("|")[0]


def _two_slots(
    held: str, other: Fact, family: str, fact: Fact, texts: dict[str, str]
) -> bool:
    """Whether a held line and a fact are numbers of two slots, who two
    people are ("Sens. Joe Manchin, D-W.Va., and Patrick J. Toomey, R-Pa."
    in each article: two lines, one a person), or two calendar days the
    same sentences write ("contests in Nevada on Feb. 20 and South Carolina
    on Feb. 27" in each article: two lines, one a day), unless they are the
    ends of one period ("from June 1 to Sept. 15": one line)."""
    if held != family or other.about == fact.about:
        return False
    if family in ("number", "party"):
        return True
    days = other.about.startswith(WRITTEN_DAY) and fact.about.startswith(WRITTEN_DAY)
    return family == "date" and days and not _one_period(other, fact, texts)


RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|\u2013|\u2014)\s*")
"""What joins the two ends of a period ("June 1 to Sept. 15", "Jan. 17-23")."""


def _one_period(a: Fact, b: Fact, texts: dict[str, str]) -> bool:
    """True when an article writes the days of two facts as one period's ends."""
    for x in a.evidence:
        for y in b.evidence:
            if x.article_id != y.article_id or x.article_id not in texts:
                continue
            first, second = sorted((x.span, y.span), key=lambda span: span.start)
            between = texts[x.article_id][first.end : second.start]
            if RANGE_JOIN.fullmatch(between):
                return True
    return False


def _reads(fact: Fact, group: Aligned) -> object:
    """What a line says, to find it told again from other sentences: a number's
    value of its counted thing ("87,000 new agents" hired, "87,000 agents"
    added: one line), its role only where it tells an incident ("50 killed" is
    not "50 wounded"); else the label as read."""
    figure = _one_figure(group, ("qkind", "stated", "against"))
    if figure is not None:
        roles = {s.role if s.role in INCIDENT_ROLES else None for s in group.members}
        return *figure, frozenset(roles)
    return _label_read(fact)


SAME_FIGURE_MIN = 100
"""A count of at least this many of one thing is one figure wherever its
article gives it again (:func:`_one_reads`); fewer may count two things
("two people" hurt in one town, two in another)."""


def _one_reads(fact: Fact, group: Aligned) -> object:
    """What one outlet's line says: a count of :data:`SAME_FIGURE_MIN` or
    more of one thing its article gives again in other words ("It takes
    2,383 delegates to win", "... to win the nomination"; a live blog's
    "865 delegates are at stake", "... are up for grabs") reads as that
    count in that article, of one hedge and one role ("nearly 60 million
    votes" one man got is not "at least 60 million votes" another will
    need); else the label as read."""
    members = group.members
    if len({s.article.id for s in members}) == 1:
        fields = ("qkind", "stated", "against", "interval", "role")
        figure = _one_figure(group, fields)
        stated = members[0].stated
        if figure is not None and stated is not None and stated >= SAME_FIGURE_MIN:
            return *figure, members[0].article.id
    return _label_read(fact)


def _one_figure(
    group: Aligned, fields: tuple[str, ...]
) -> tuple[tuple[object, ...], frozenset[str]] | None:
    """The one value (``fields`` of each number) and the counted words every
    number of a group shares, or None when they differ or share none."""
    if group.family != "number":
        return None
    values = {tuple(getattr(s, f) for f in fields) for s in group.members}
    units = frozenset.intersection(*(s.unit for s in group.members))
    return (values.pop(), units) if len(values) == 1 and units else None


def _label_read(fact: Fact) -> str:
    """A line's label as read: one outlet's line reads the same again only in
    the same words (two counts of one value may count two things)."""
    return " ".join(fact.label.lower().split())


def _within(
    evidence: Evidence, held: Sequence[Evidence], texts: Mapping[str, str]
) -> bool:
    """True when a fact already holds a span of the same article around this
    one, marks and spaces at its ends aside (a clause of a sentence it
    quotes whole adds nothing to read, nor a quotation with its closing
    mark)."""
    start, end = _words_of(evidence.span, texts.get(evidence.article_id, ""))
    return any(
        e.article_id == evidence.article_id
        and e.span.start <= start
        and end <= e.span.end
        for e in held
    )


def _run_over(
    evidence: Evidence, held: Sequence[Evidence], texts: Mapping[str, str]
) -> bool:
    """True when spans a fact holds in the same article follow one another
    over the whole of this one, with nothing but marks and spaces between
    them (a quotation of two sentences, each a line of two outlets)."""
    text = texts.get(evidence.article_id, "")
    start, end = _words_of(evidence.span, text)
    reach = start
    spans = [e.span for e in held if e.article_id == evidence.article_id]
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.end <= reach:
            continue
        if any(c.isalnum() for c in text[reach : span.start]):
            break  # words between: no one run
        reach = span.end
    return reach >= end


def _words_of(span: Span, text: str) -> tuple[int, int]:
    """A span without the marks and spaces at its ends."""
    start, end = span.start, span.end
    while start < end and start < len(text) and not text[start].isalnum():
        start += 1
    while end > start and end <= len(text) and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _who_only(fact: Fact) -> bool:
    """True when a fact's words hold no verb: who someone is ("Retired
    neurosurgeon Ben Carson"), nothing that happened."""
    return not any(has_verb(e.value or "") for e in fact.evidence)


def _absorbs(kept: str, other: str, agreeing: bool, who_only: bool) -> bool:
    """Whether a fact of family ``kept`` takes in another fact on its sentences:
    one of its own family, a sentence or claim restating it, or, when no source
    disagrees on either, any fact there ("more than 18,000 people" evacuated,
    the evacuation and its "since July" are one line). Where one disagrees, an
    act and its date or count stay two facts (the seizure is told by both, its
    number differs). Who someone is and an act, a number or a day told
    beside it stay two lines however they agree ("Judge William Alsup" is no
    day of his ruling), nor who someone is and a sentence that tells what
    happened (``who_only``: a sentence or clause with no verb is taken in,
    "Retired neurosurgeon Ben Carson"; "Transportation Secretary Pete
    Buttigieg said there is plenty of “daylight” ..." is a line of its own)."""
    return (
        other == kept
        or (other in ("sentence", "claim") and (kept != "party" or who_only))
        or (agreeing and "party" not in (kept, other))
    )


def rank(facts: list[Fact], articles: Sequence[Article]) -> None:
    """Set each fact's background flag and importance, and sort them."""
    by_id = {a.id: a for a in articles}
    indexes = {a.id: ArticleIndex(a) for a in articles}
    years = [
        int(v[:4]) for a in articles if (v := a.published.value or "")[:4].isdigit()
    ]
    first_year = min(years) if years else None
    for fact in facts:
        told = [_told_years(indexes.get(e.article_id), e) for e in fact.evidence]
        fact.background = first_year is not None and all(
            years and max(years) < first_year for years in told
        )
        outlets = {e.outlet for e in fact.evidence}
        position = min(
            (e.span.start / max(len(by_id[e.article_id].text), 1)
             for e in fact.evidence if e.article_id in by_id),
            default=1.0,
        )  # fmt: skip
        disagreement = fact.status in ("conflicting", "disputed", "superseded")
        who = fact.kind in WHO_KINDS or (
            fact.kind == "sentence"
            and not all(has_verb(e.value or "") for e in fact.evidence)
        )  # an outlet's telling without a verb: "The committee's ranking member"
        per_outlet = WHO_OUTLET_WEIGHT if who else OUTLET_WEIGHT
        kind_weight = KIND_WEIGHT["person"] if who else KIND_WEIGHT.get(fact.kind, 1.0)
        fact.importance = round(
            per_outlet * len(outlets) + 3.0 * disagreement + kind_weight
            + (1.0 - position) - 4.0 * fact.background,
            3,
        )  # fmt: skip
    facts.sort(key=lambda f: (-f.importance, f.id))


ONGOING_OR_BASELINE = re.compile(
    r"(?:\bsince\s+(?:\w+\s+)?"
    r"|\b(?:declines?|drops?|increases?|rises?|falls?|jumps?|gains?|up|down)"
    r"\s+from\b[^.;]*)$",
    re.IGNORECASE,
)
"""What before a year makes it no time of the fact: the start of what lasts
to now ("has been talking about it since 1981") or the mark a change is
measured from ("a 30% decline from the party's last contested primary, in
2008")."""


IN_A_RELATIVE_CLAUSE = re.compile(
    r"(?:,|--|\u2014)\s*(?:who|which|whose)\b[^,;\u2014]*$"
)
"""What before a year puts it in a clause about someone or something the
sentence names, not in the sentence's own time ("said Blumenthal, who
worked with Sen. Lindsey Graham in 2019", "John McCain, who lost the 2008
election"). Not a "when" clause, which as often dates the act before it
("had to give up his post when he was indicted in 2008"), nor a year that
names someone's thing ("In his 2000 book, Trump wrote ...")."""
CLAUSE_END = re.compile(r"[,;\u2014]|--")


def _told_years(index: ArticleIndex | None, evidence: Evidence) -> list[int]:
    """Years the sentence of a piece of evidence names: none unless it writes
    one ("in 2021"); then also the years of the dates inside the evidence
    itself, so "The White House on Thursday released its review of the
    withdrawal from Afghanistan in 2021" is the story's own. Resolved dates
    alone never make a sentence background ("last spring" may be resolved a
    year off), nor do dates elsewhere in its sentence make it the story's
    ("In 2009, Christie met with them, The Daily Beast pointed out Monday").
    A year that starts what lasts to now or marks what a change is measured
    from is not written for this (:data:`ONGOING_OR_BASELINE`), nor one in a
    clause about someone the sentence names that the evidence lies outside
    (:func:`_of_another`)."""
    if index is None:
        return []
    sentence = index.sentence_of(evidence.span.start, evidence.span.end)
    text = index.article.text
    written = [
        int(found.group())
        for found in YEAR.finditer(text, sentence.start, sentence.end)
        if not ONGOING_OR_BASELINE.search(text, sentence.start, found.start())
        and not _of_another(text, sentence, found, evidence.span)
    ]
    if not written:
        return []
    dated = [
        d.value or ""
        for d in index.article.dates
        if evidence.span.start <= d.start
        and d.end <= evidence.span.end
        and d.type in ("DATE", "TIME")
    ]
    return written + [int(value[:4]) for value in dated if value[:4].isdigit()]


def _of_another(text: str, sentence: Span, year: re.Match[str], evidence: Span) -> bool:
    """True when a year lies in a clause about someone or something its
    sentence names (:data:`IN_A_RELATIVE_CLAUSE`), and the evidence lies
    outside that clause: "John McCain, who lost the 2008 election, said ..."
    dates no word McCain said, while "Don Regan, who died in 2003" and
    "Trump, who in 2012 added two courses" are told by theirs."""
    clause = IN_A_RELATIVE_CLAUSE.search(text, sentence.start, year.start())
    if clause is None:
        return False
    end = CLAUSE_END.search(text, year.end(), sentence.end)
    return evidence.end <= clause.start() or (
        end is not None and evidence.start >= end.end()
    )
