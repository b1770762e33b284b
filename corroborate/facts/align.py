"""Align a story's statements into facts, judge each, and rank them.

Statements of different articles that state one proposition
(:func:`.compatible.match`) are grouped, best pairs first, at most one
statement per article in a group. Each group becomes a :class:`Fact`:

* ``conflicting`` when two sources give the same slot incompatible values
  (numbers, dates of one event, a person's party);
* ``disputed`` when one source asserts what another denies (the denial's
  content is that proposition), or an article reports a claim and a denial
  of it ("..., which Tirana denied"): a discrepancy only when the assertion
  and the denial come from two articles; a dispute one article reports is
  a disputed fact, not a disagreement between outlets;
* ``superseded`` when an earlier report's expectation or status ("is
  expected to vote Thursday", "no charges have been filed yet") is
  overtaken by a later report ("voted Wednesday", "was charged"), or a
  toll counted again days later has grown: not a disagreement between
  outlets, shown with both publication dates (:mod:`.updates`);
* ``misquoted`` (a discrepancy kind) when one speaker's quote is given with
  a different meaning: a negation, a condition or a number that the other
  version lacks, or a word the other quotes as another;
* ``corroborated`` when two or more outlets state it compatibly, else
  ``single-source``.

The dates of acts, of speeches and of days several outlets write become
facts of their own (:mod:`.dating`); a group and the records made of it
(id, status, confidence, evidence) are in :mod:`.groups`.

Then one fact, one line (:mod:`.lines`): facts that rest on the same
sentences are merged with all their evidence; background (what the story's
sentences date years before its articles were published) is marked apart,
and facts are ranked: disagreements, then what most outlets state, earliest
in their articles.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ..records import Article, Discrepancy, Fact, Story
from . import agreement, compatible, labels
from .apart import places_apart
from .dating import date_fact, spoken_day_fact, written_day_fact, years_apart
from .days import (
    dated_pairs,
    said_days_apart,
    spoken_days,
    written_days,
)
from .groups import (
    Group,
    fact_confidence,
    fact_evidence,
    fact_id,
    fact_status,
    make_discrepancy,
)
from .lines import SPECIFIC, merge, rank
from .pairs import act_partners, worded_partners
from .rewording import quoted_otherwise, reworded
from .statements import (
    ENTITY_ID,
    Statement,
    read_statements,
    weigh,
)
from .timeline import (
    DATE_TOLERANCE_DAYS,
    check_consistency,
    disjoint,
    parse_when,
)
from .tolls import reported_conflicts
from .updates import (
    as_first_told,
    copied_from,
    one_source,
    superseded,
    toll_rose,
)

FAMILY = {"number": "number", "event": "event", "claim": "claim", "quote": "claim",
          "party": "party", "office": "party", "age": "party",
          "duration": "duration",
          "sentence": "sentence",
          "clause": "sentence"}  # fmt: skip
"""Statements are grouped within a family; a denial also meets sentences."""
MEETS = {"claim": ("claim", "quote", "sentence", "clause"),
         "quote": ("claim", "quote", "sentence", "clause"),
         "sentence": ("sentence", "clause", "claim", "quote"),
         "clause": ("clause", "sentence", "claim", "quote")}  # fmt: skip
"""The kinds a statement's kind is compared with (else only itself)."""
NumbersOf = Mapping[str, Sequence[Statement]]
"""Each article's number statements, by article id (:func:`numbers_of_articles`)."""


def align_facts(
    story: Story, articles: Sequence[Article]
) -> tuple[list[Fact], list[Discrepancy]]:
    """Align the facts of a story's articles and find where they disagree.

    Args:
        story: the story (its id names the facts).
        articles: the story's articles, annotated; missing annotations just
            give fewer facts.

    Returns:
        The facts (each with one Evidence per source, ranked, duplicates
        merged) and the discrepancies among them.
    """
    members = [a for a in articles if a.id in set(story.article_ids)] or list(articles)
    statements = as_first_told([s for a in members for s in read_statements(a)])
    statements = copied_from(story, statements)
    weights = weigh(statements)
    numbers_of = numbers_of_articles(statements)
    dated = dated_pairs(statements, weights)
    links = [(score, i, j) for score, i, j, _ in dated] + _counted_acts(
        statements, weights, numbers_of
    )
    judged: list[tuple[Fact, list[Discrepancy], Group]] = []
    groups = _groups(statements, weights, numbers_of, links)
    for group in _retellings(groups, statements, weights):
        judged.append(_judge(story, group, numbers_of))
    said = len(judged)
    judged += [date_fact(story, [statements[i], statements[j]], score, conflict)
               for score, i, j, conflict in dated]  # fmt: skip
    judged += [spoken_day_fact(story, told) for told in spoken_days(statements)]
    judged += [spoken_day_fact(story, pair, conflict=True)
               for _, _, group in judged[:said] if group.family == "claim"
               and (pair := said_days_apart(group.members))]  # fmt: skip
    judged += [written_day_fact(story, told) for told in written_days(statements)]
    judged += _denied_acts(story, statements, weights, numbers_of)
    judged += years_apart(story, [g for _, _, g in judged])
    judged += reported_conflicts(story, statements)
    facts, found = merge(judged)
    rank(facts, members)
    return facts, [d for d in found if not _within_one_report(d)]


def align_stories(
    stories: Iterable[Story], articles: Sequence[Article]
) -> tuple[list[Fact], list[Discrepancy]]:
    """Align every story's facts and check every article's own timeline."""
    by_id = {a.id: a for a in articles}
    facts: list[Fact] = []
    discrepancies: list[Discrepancy] = []
    for story in stories:
        members = [by_id[i] for i in story.article_ids if i in by_id]
        story_facts, found = align_facts(story, members)
        facts += story_facts
        discrepancies += found
        for article in members:
            discrepancies += check_consistency(article)
    return facts, discrepancies


def _groups(
    statements: list[Statement],
    weights: dict[str, float],
    numbers_of: NumbersOf,
    links: Sequence[tuple[float, int, int]] = (),
) -> list[Group]:
    """Group statements best pairs first, one per article in a group; a
    sentence pair must be each other's best match. ``links`` are pairs of
    events known to be one act by what they share besides their words (a
    number, a date)."""
    pairs = list(links)
    for i, j in _comparable(statements):
        a, b = statements[i], statements[j]
        score = compatible.match(a, b, weights)
        if score > 0 and not _two_values(a, b, numbers_of):
            pairs.append((score, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    scored = {(i, j) for _, i, j in pairs}
    best: dict[tuple[int, str], int] = {}
    for _, i, j in pairs:
        best.setdefault((i, statements[j].article.id), j)
        best.setdefault((j, statements[i].article.id), i)
    group_of = list(range(len(statements)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(statements))}
    weakest: dict[int, float] = {}
    for score, i, j in pairs:
        a, b = statements[i], statements[j]
        if {"sentence", "clause"} & {a.kind, b.kind} and not (
            best[(i, b.article.id)] == j and best[(j, a.article.id)] == i
        ):
            continue
        first, second = group_of[i], group_of[j]
        if first == second:
            continue
        articles = [statements[k].article.id for k in members[first] + members[second]]
        if len(articles) != len(set(articles)):
            continue
        if not _numbers_meet(members[first], members[second], statements, scored):
            continue
        for k in members[second]:
            group_of[k] = first
        members[first] += members.pop(second)
        weakest[first] = min(score, weakest.get(first, 1.0), weakest.pop(second, 1.0))
    groups = []
    for root, ks in sorted(members.items()):
        group = [statements[k] for k in sorted(ks)]
        family = min((FAMILY[s.kind] for s in group), key=SPECIFIC.index)
        if len(group) == 1 and not group[0].denial and not _stands_alone(group[0]):
            continue

        groups.append(Group(family, group, weakest.get(root, 1.0)))
    return groups


def _numbers_meet(
    first: Sequence[int],
    second: Sequence[int],
    statements: Sequence[Statement],
    scored: set[tuple[int, int]],
) -> bool:
    """True when every number of one group is one slot with every number of
    the other: a story many articles tell gives many counts, and a chain of
    pairs would join the dead of one city to the total of two ("six people"
    killed in Dar es Salaam, "at least 75" in Nairobi, "257" in both)."""
    return all(
        (min(k, m), max(k, m)) in scored
        for k in first
        for m in second
        if statements[k].kind == "number" and statements[m].kind == "number"
    )


RETOLD = ("event", "party")
"""Families whose facts take in an article's other tellings (:func:`_retellings`)."""


def _retellings(
    groups: list[Group], statements: Sequence[Statement], weights: dict[str, float]
) -> list[Group]:
    """Acts and affiliations told by two or more articles, with the other
    tellings of the same in those articles (a headline "House passes gun
    bill" and its first sentence; "Abbott, a Republican" and "Texas Governor
    Greg Abbott"): their evidence, not members that would count twice. A
    telling joins when it states what a member of another article does."""
    held = {id(s) for g in groups for s in g.members if len(g.members) > 1}
    for group in groups:
        articles = {s.article.id for s in group.members}
        if group.family not in RETOLD or len(articles) < 2:
            continue
        group.retold = [
            s
            for s in statements
            if FAMILY[s.kind] == group.family
            and s.article.id in articles
            and id(s) not in held
            and any(_retells(s, m, weights) for m in group.members)
            and not any(_told_apart(s, m) for m in group.members)
        ]
        held |= {id(s) for s in group.retold}
    retold = {id(s) for g in groups for s in g.retold}
    return [g for g in groups if len(g.members) > 1 or id(g.members[0]) not in retold]


def _told_apart(s: Statement, member: Statement) -> bool:
    """True when a telling and a member of its own article tell two acts: both
    name places, objects or counts, and none of them in common ("Trump has
    won Georgia", "Trump has won Virginia": a bare "Trump won" another outlet
    tells meets both, and a line holds one), or one counts what the other
    names ("Trump won six", "Trump has won Virginia, Georgia, ...")."""
    return (
        s.article.id == member.article.id
        and s.kind == member.kind == "event"
        and (
            places_apart(s, member)
            or compatible.numbers_apart(s, member)
            or compatible.counts_what(s, member)
            or compatible.counts_what(member, s)
            or bool(
                s.recipients
                and member.recipients
                and not s.recipients & member.recipients
            )  # fmt: skip
        )
    )


def _retells(s: Statement, member: Statement, weights: dict[str, float]) -> bool:
    """True when ``s`` states what ``member``, of another article, does: they
    align, or (acts) use the same verb, told alike, with a named participant
    in common, objects that meet when both have some ("Venezuelans enter the
    U.S." is not "a Venezuelan enters Mexico"), no places apart ("Trump has
    won Georgia" is no telling of "Trump has won Virginia") and no dates or
    years apart."""
    if member.kind != s.kind or member.article.id == s.article.id:
        return False
    if compatible.match(s, member, weights) > 0:
        return True
    shared = (s.actors | s.recipients) & (member.actors | member.recipients)
    return (
        s.kind == "event"
        and s.predicate == member.predicate
        and s.modality == member.modality
        and any(map(compatible.named, shared))
        and not (
            s.recipients and member.recipients and not s.recipients & member.recipients
        )
        and not disjoint(s.when, member.when)
        and not compatible.numbers_apart(s, member)
        and not places_apart(s, member)
        and not (s.years and member.years and not s.years & member.years)
    )


def _comparable(statements: Sequence[Statement]) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, that :func:`compatible.match` may score:
    statements of two articles, of one kind, or claims, quotes and sentences,
    passages only where they share words (:func:`compatible.may_match`, found
    by :func:`.pairs.worded_partners`), events only where they may be one
    act (:func:`.pairs.act_partners`); the others score 0, so a story's
    cost is in the pairs that can align."""
    of_kind: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        of_kind[statement.kind].append(i)
    article = [s.article.id for s in statements]
    kind = [s.kind for s in statements]
    partners = worded_partners(statements)
    acts = act_partners(statements)
    for i, statement in enumerate(statements):
        for other in MEETS.get(statement.kind, (statement.kind,)):
            if i in partners and other in compatible.WORDED:
                later = sorted(j for j in partners[i] if kind[j] == other)
            elif i in acts:
                later = sorted(acts[i])
            else:
                of_other = of_kind[other]
                later = of_other[bisect.bisect_right(of_other, i) :]
            for j in later:
                if article[j] != article[i]:
                    yield i, j


def _stands_alone(statement: Statement) -> bool:
    """Whether a statement no other article gives is worth a line of its own
    (a single-source fact): a number, a party label, a quote with a speaker,
    a PLOVER event told done or threatened by a named actor ("He threatened
    to revoke her medical license"); not every sentence, act PLOVER does not
    type ("Republicans are trying to run") or unquoted paraphrase, nor a
    count of one in no role ("one reason", "one thing", "One recent
    afternoon": a word of the sentence more than a figure; "one person was
    killed" stays)."""
    if statement.kind == "number":
        return not (
            statement.qkind == "count" and statement.stated == 1 and not statement.role
        )
    if statement.kind == "party":
        return True
    if statement.kind == "quote":
        return statement.speaker is not None
    if statement.kind == "event":  # a PLOVER event; an act alone says too little
        return (
            statement.type is not None
            and statement.modality in ("asserted", "threatened")
            and any(map(compatible.named, statement.actors))
        )
    return False


def _judge(
    story: Story, group: Group, numbers_of: NumbersOf
) -> tuple[Fact, list[Discrepancy], Group]:
    """Label one aligned group and turn its disagreements into discrepancies
    (``numbers_of``: the numbers of the story's articles, to see what else
    each article says)."""
    members, family = group.members, group.family
    kind = labels.fact_kind(group.family, members)
    about = labels.about(group.family, members)
    evidence = [e for s in members + group.retold for e in fact_evidence(s)]
    found: list[Discrepancy] = []
    pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]

    def flag(kind_: str, note: str, label: str) -> None:
        found.append(
            make_discrepancy(story, kind_, about, evidence, note, label, group.score)
        )

    if family == "number":
        clash = [(a, b) for a, b in pairs if _clash(a, b, numbers_of)]
        if clash and all(toll_rose(a, b) for a, b in clash):
            flag("superseded", "the count rose between reports: " + labels.values(members),
                 f"{about}: {labels.versus(members)} (a later report counts more)")  # fmt: skip
        elif clash:
            flag("conflicting", "the numbers differ: " + labels.values(members),
                 f"{about}: {labels.versus(members)}")  # fmt: skip
    if family == "party" and len({s.party for s in members if s.party}) > 1:
        flag("conflicting", "the party labels differ: " + labels.values(members),
             f"{about}: {labels.versus(members)}")  # fmt: skip
    stances = {s.stance for s in members} | {"denies" for s in members if s.denial}
    if family == "event" and not any(s.denial for s in members):
        stances = {"asserts"}  # an act done and not done: see _denied_acts
    if _own_words(members):
        stances = {"asserts"}  # "X rejected the idea that ..., saying ...": X
        # denies nothing X says
    if stances == {"asserts", "denies"} and family in ("event", "claim", "number"):
        earlier = superseded(members)
        if earlier is not None:
            flag("superseded", f"{earlier.outlet} reported it before it changed",
                 f"{about}: {labels.versus(members)} (later report overtakes the earlier)")  # fmt: skip
        else:
            denials = [e for e in evidence if e.stance == "denies"]
            deniers = sorted({e.according_to or e.outlet or "" for e in denials})
            how = labels.denied_how(denials)
            told = labels.denied_value(family, members)
            flag("disputed", f"{how} " + ", ".join(deniers),
                 f"{about}{told}, {how} {', '.join(deniers)}")  # fmt: skip
    elif (
        family == "event"
        and "asserted" in (modalities := {s.modality for s in members})
        and modalities & {"expected", "future"}
    ):
        earlier = superseded(members)
        if earlier is not None:
            flag("superseded", f"{earlier.outlet} reported it as expected",
                 f"{about}: expected in {earlier.outlet}, done in a later report")  # fmt: skip
    if family == "claim":
        quotes = [s for s in members if s.kind == "quote"]
        for a, b in zip(quotes, quotes[1:], strict=False):
            how = reworded(a, b) if a.speaker and a.speaker == b.speaker else ""
            if how:
                flag("misquoted", how, f"{about}: quoted differently ({how})")
                break
    if not found:
        across = ((a, b) for a, b in pairs if a.article.id != b.article.id)
        how = next(filter(None, (quoted_otherwise(a, b) for a, b in across)), "")
        if how:
            flag("misquoted", how, f"{about}: quoted differently ({how})")
    status = fact_status(members, found)
    fact = Fact(
        fact_id(story, kind, members),
        story.id,
        kind,
        about,
        status,
        list(evidence),
        label=found[0].label if found else labels.label(group.family, members),
        confidence=fact_confidence(group),
    )
    for d in found:
        d.fact_id = fact.id
    return fact, found, group


def _own_words(members: Sequence[Statement]) -> bool:
    """True when one named source both asserts and denies all that a group
    holds: one speaker's words, not a dispute."""
    deniers = {s.according_to for s in members if s.stance == "denies"}
    deniers |= {
        s.denial.source_text or s.denial.according_to for s in members if s.denial
    }
    asserters = {s.according_to for s in members if s.stance == "asserts"}
    return len(deniers) == 1 and None not in deniers and deniers == asserters


def _within_one_report(discrepancy: Discrepancy) -> bool:
    """A dispute one article reports ("..., which Tirana denied"), or two tolls
    its sources give (:mod:`.tolls`): its fact is ``disputed`` or
    ``conflicting``, but the outlets do not disagree, so it is no discrepancy
    between them (the brief lists it apart)."""
    return (
        discrepancy.kind in ("disputed", "conflicting")
        and len({e.article_id for e in discrepancy.evidence}) == 1
    )


def _denied_act(members: Sequence[Statement]) -> bool:
    """True when one outlet tells an act done and another the same act not done:
    the same verb, by the same actor named in both sentences (not only
    through a pronoun: "His problem isn't that he's not winning enough
    states" read "he" as the Hillary Clinton of the sentence before), to the
    same recipient if both name one, negated in its own clause ("refused to
    apologize" against "has apologised"); an expectation ("would begin to
    accept") is neither, nor a refusal dated to a day before the other
    telling (:func:`_told_before`)."""
    for a in members:
        for b in members:
            if not (a.negations == 0 < b.negations and a.outlet != b.outlet):
                continue
            named = {
                p
                for p in a.actors & b.actors & a.entities & b.entities
                if ENTITY_ID.fullmatch(p)
            }  # named in both sentences: not only through a "he" read back
            to_other = a.recipients and b.recipients and not a.recipients & b.recipients
            if (
                a.predicate == b.predicate
                and a.modality == "asserted"
                and b.modality == "negated"
                and named
                and not to_other
                and not _told_before(b, a)
            ):
                return True
    return False


def _told_before(negated: Statement, asserted: Statement) -> bool:
    """True when a telling not done is dated to a day before the telling done
    (or, that undated, before its article's publication): a step of the story,
    "declined to back Ryan" on Tuesday and "has backed" him by Saturday."""
    day = negated.when
    if day is None or day[1] != day[2]:
        return False  # "last week": not a moment the other may come after
    then = asserted.when or parse_when(asserted.article.published.value or "")
    if then is None or day[0] != then[0]:
        return False
    return day[2] + DATE_TOLERANCE_DAYS < then[1]


def _two_values(a: Statement, b: Statement, numbers_of: NumbersOf) -> bool:
    """True for two numbers whose values neither agree nor clearly conflict (an
    article also gives the other value): two facts, not one corroborated."""
    return (
        a.kind == b.kind == "number"
        and not agreement.numbers_agree(a, b)
        and not _clash(a, b, numbers_of)
    )


def _clash(a: Statement, b: Statement, numbers_of: NumbersOf) -> bool:
    """True when two numbers of one slot clearly conflict: their values cannot
    both be right, they are two sources' (:func:`.updates.one_source`) unless
    a toll rose between them, and neither article gives the other's value too."""
    return (
        agreement.numbers_conflict(a, b)
        and not (one_source(a, b) and not toll_rose(a, b))
        and not _also_states(a, b, numbers_of)
        and not _also_states(b, a, numbers_of)
    )


def numbers_of_articles(statements: Sequence[Statement]) -> dict[str, list[Statement]]:
    """Each article's number statements, by article id: what :func:`_also_states`
    reads (looked up, not searched for among every statement of the story:
    a story of many copies of one wire report has thousands)."""
    numbers_of: dict[str, list[Statement]] = {}
    for statement in statements:
        if statement.kind == "number":
            numbers_of.setdefault(statement.article.id, []).append(statement)
    return numbers_of


def _also_states(a: Statement, b: Statement, numbers_of: NumbersOf) -> bool:
    """True when ``a``'s article also gives ``b``'s value, as the same kind of
    number: it then tells two slots ("$20,000 for Pell Grant recipients",
    "$10,000 for all others"), and which one ``b`` means is unclear."""
    return any(
        s.qkind == b.qkind
        and s is not a
        and s.stated is not None
        and b.interval is not None
        and b.interval[0] <= s.stated <= b.interval[1]
        for s in numbers_of.get(a.article.id, ())
    )


def _counted_acts(
    statements: list[Statement], weights: dict[str, float], numbers_of: NumbersOf
) -> list[tuple[float, int, int]]:
    """Events of two articles whose counts align ("seized 150 computer devices",
    "confiscated 200 computers"): one act, whatever its count, unless the counts
    neither agree nor clearly conflict (:func:`_two_values`) or the acts are
    told as two ("those who sue can collect $10,000" is no purpose "to file a
    lawsuit seeking ... $10,000": :func:`.compatible.modalities_meet`)."""
    events: dict[tuple[str, int | None], int] = {
        (s.article.id, s.event): i
        for i, s in enumerate(statements)
        if s.kind == "event" and s.event is not None
    }
    numbers = [s for s in statements if s.kind == "number" and s.event is not None]
    links = []
    for n, a in enumerate(numbers):
        for b in numbers[n + 1 :]:
            first = events.get((a.article.id, a.event))
            second = events.get((b.article.id, b.event))
            if first is None or second is None or first == second:
                continue
            if _two_values(a, b, numbers_of):
                continue  # "$4.374 on Tuesday ... $4.404 on Wednesday": which act is unclear
            one, other = statements[first], statements[second]
            same_type = one.type == other.type
            score = compatible.match(a, b, weights)
            if same_type and score > 0 and compatible.modalities_meet(one, other):
                links.append((score, min(first, second), max(first, second)))
    return links


def _denied_acts(
    story: Story,
    statements: list[Statement],
    weights: dict[str, float],
    numbers_of: NumbersOf,
) -> list[tuple[Fact, list[Discrepancy], Group]]:
    """A dispute for each act one outlet tells done and another not done (see
    :func:`_denied_act`), or a report overtaken where the telling not done
    came first and speaks of "so far" (:func:`_superseded`: "has yet to
    endorse" on Wednesday, "endorsed" on Friday); taken across groups, as the
    negated telling shares few words with the other ("refused to apologize
    for his family's membership", "has apologised for ... an elite private
    beach club")."""
    events = [s for s in statements if s.kind == "event" and s.negations]
    found = []
    for b in events:
        for a in statements:
            score = compatible.event_context(a, b, weights) if a.kind == "event" else 0
            if not score:
                continue
            if _denied_act([a, b]):
                group = Group("event", [a, b], score)
                fact, disputes, _ = _judge(story, group, numbers_of)
                about = fact.about
                evidence = fact_evidence(a) + [
                    dataclasses.replace(e, stance="denies") for e in fact_evidence(b)
                ]
                label = f"{about}: {labels.versus([a, b])}"
                kind, note = "disputed", f"{b.outlet} tells it not done"
                earlier = superseded([a, b])
                if earlier is not None:
                    kind = "superseded"
                    note = f"{earlier.outlet} reported it before it changed"
                    label += " (later report overtakes the earlier)"
                dispute = make_discrepancy(
                    story, kind, about, evidence, note, label, group.score
                )
                fact.status, fact.label, fact.evidence = kind, label, list(evidence)
                dispute.fact_id = fact.id
                found.append((fact, [dispute], group))
    return found
