"""Fact alignment inside a story, and each article's consistency with itself.

The accounts each article gives (events, quantities, attributed claims) are
aligned across the articles of a story into :class:`Fact` records. A fact
is *corroborated* when two or more independent outlets give it, *single-
source* otherwise, *disputed* when a party denies it, and *conflicting*
when the values differ (numbers whose ranges do not overlap, dates that
cannot be the same day). Conflicts and disputes also become
:class:`Discrepancy` records with every source's value and evidence span.

Alignment is deliberately conservative (few false alarms): a quantity is
compared only with one that counts the same thing in the same kind of
event; two accounts whose sentences name different years are different
facts ("agreed ... in 2013" is not "living there since 2014").
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz

from .records import (
    Article,
    Claim,
    Discrepancy,
    Event,
    Evidence,
    Fact,
    Quantity,
    Size,
    Span,
    Story,
)

EVENT_MATCH_JACCARD = 0.08
"""Jaccard of the context words of two events' sentences (triggers removed)
above which same-type events are one fact; with ``EVENT_MATCH_MIN_SHARED``."""

SAME_SENTENCE_JACCARD = 0.9
"""Context Jaccard above which two events are told in nearly the same sentence;
such a pair may conflict on its date even with no participants extracted."""

EVENT_MATCH_MIN_SHARED = 2
"""Context words two events must share (besides the trigger) to be aligned."""

CLAIM_MATCH_RATIO = 80.0
"""rapidfuzz token_set_ratio (0-100) of two claims' contents above which they
are the same statement; paraphrased quotes of one speaker score 85-95."""

SENTENCE_MATCH_RATIO = 90.0
"""rapidfuzz ratio (0-100) of two sentences, numbers blanked, above which a
number with no event is the same slot in both (a re-run or updated sentence)."""

HEDGE_TOLERANCE = 0.1
"""Relative width given to "about"/"nearly"/"some" numbers (10 %)."""

DATE_TOLERANCE_DAYS = 1
"""Dates one day apart are not a conflict (time zones, "late Tuesday" filed on
Wednesday); more than that is."""

WEEKDAY_WINDOW_DAYS = 7
"""A date given only as a weekday lies within a week of the publication date."""

INDEPENDENT_OUTLETS = 2  # outlets needed for "corroborated"

_APPROX_HEDGES = (
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "close to",
    "estimated",
    "up to",
    "more than",
    "over",
    "at least",
    "fewer than",
    "less than",
    "under",
)
_LOWER_BOUND_HEDGES = ("more than", "over", "at least")
_UPPER_BOUND_HEDGES = (
    "fewer than",
    "less than",
    "under",
    "up to",
    "nearly",
    "almost",
    "close to",
)
# "16 other states", "one of its members": a part, not the total of the slot
_SUBSET = re.compile(
    r"\b(other|another|additional|further|more(?! than)|"
    r"of (the|its|their|his|her|them|those|these|whom|which))\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTHS = frozenset(
    "january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday "
    "sunday".split()
)
_STOP = frozenset(
    """the a an and or but of in on at to for from by with about as into
    that this these those its it his her their they he she we you was were is
    are be been has have had will would could should also said says say
    told reported after before during over than then there which who whom
    what when where while not no one two some many much more most last
    first other such""".split()
)
# An event of the first kind cannot precede the events it follows from: things
# are handed back after they were seized, people tried after they were held.
DEPENDS_ON: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("CONCEDE", "return"): (("COERCE", "seize"), ("COERCE", "raid")),
    ("CONCEDE", "release"): (("COERCE", "arrest"), ("COERCE", "seize")),
    ("ACCUSE", "sue"): (("COERCE", "arrest"),),
    ("RETREAT", "withdraw"): (("ASSAULT", "invade"),),
}


@dataclass(frozen=True)
class _Account:
    """One article's account of something that may be a fact across articles."""

    article: Article
    kind: str  # "event" | "quantity" | "claim" | "quote"
    key: str  # what must be equal to align: type, slot + unit, ...
    span: Span
    value: str | None
    according_to: str | None
    stance: str
    words: frozenset[str] = frozenset()
    years: frozenset[str] = frozenset()
    interval: tuple[float, float] | None = None  # quantities
    when: tuple[int | None, int, int] | None = None  # events: (year, first, last)
    date_text: str | None = None
    mode: str | None = None
    actors: frozenset[str] = frozenset()
    denial: Claim | None = None  # the claim denying this account
    ambiguous: bool = False  # its article gives other numbers for the same slot
    context: str = ""  # a slot-less quantity's sentence, numbers blanked
    recipients: frozenset[str] = frozenset()
    asserted: bool = True  # events: neither future, hypothetical nor negated
    event: int | None = None  # index of the event told (events; quantities' slot)


def align_facts(
    story: Story, articles: Sequence[Article]
) -> tuple[list[Fact], list[Discrepancy]]:
    """Align the facts of a story's articles and find where they disagree.

    Args:
        story: the story (its id names the facts).
        articles: the story's articles, annotated (events, quantities,
            claims, dates); missing annotations just give fewer facts.

    Returns:
        The facts (each with one Evidence per source) and the discrepancies
        (conflicting values, disputes) among them.
    """
    members = [a for a in articles if a.id in set(story.article_ids)] or list(articles)
    facts: list[Fact] = []
    discrepancies: list[Discrepancy] = []
    collected = _collect(members)
    for kind, accounts in collected.items():
        for group in _align(accounts, kind):
            fact, found = _judge(story, kind, group, members)
            facts.append(fact)
            discrepancies += found
    for conflict in _unique(_date_conflicts(story, collected["event"])):
        discrepancies.append(conflict)
        facts.append(
            Fact(
                _make_id("f", conflict.id),
                story.id,
                "date",
                conflict.about,
                "conflicting",
                list(conflict.evidence),
            )
        )
    return facts, _unique(discrepancies)


def _unique(found: list[Discrepancy]) -> list[Discrepancy]:
    """Drop a discrepancy whose kind and evidence repeat an earlier one (two
    events of one sentence dated by the same words are one conflict)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for item in found:
        key = (
            item.kind,
            *(
                (e.article_id, e.span.start, e.span.end, e.value, e.stance)
                for e in item.evidence
            ),
        )
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def check_consistency(article: Article) -> list[Discrepancy]:
    """Flag events dated before an event they depend on, in one article.

    Args:
        article: an annotated article (events with dates).

    Returns:
        One ``inconsistent`` discrepancy per pair, with both spans.
    """
    found = []
    for i, effect in enumerate(article.events):
        causes = DEPENDS_ON.get((effect.type, effect.mode or ""), ())
        effect_when = _event_when(effect, article)
        if not causes or effect_when is None:
            continue
        for j, cause in enumerate(article.events):
            cause_when = _event_when(cause, article)
            if (cause.type, cause.mode or "") in causes and cause_when is not None:
                if _strictly_before(effect_when, cause_when):
                    found.append(_inconsistency(article, i, j))
    return found


def _inconsistency(article: Article, i: int, j: int) -> Discrepancy:
    """An ``inconsistent`` discrepancy: event ``i`` dated before its cause ``j``."""
    effect, cause = article.events[i], article.events[j]
    about = f"{_label(effect)} dated before the {_label(cause)} it follows"
    evidence = [_event_evidence(article, k) for k in (i, j)]
    note = (
        f"{_label(effect)} on {_date_words(article, effect)}, "
        f"{_label(cause)} on {_date_words(article, cause)}"
    )
    return Discrepancy(
        _make_id("i", article.id, about, str(effect.evidence.start)),
        article.story_id,
        "inconsistent",
        about,
        evidence,
        note,
    )


def _collect(articles: Sequence[Article]) -> dict[str, list[_Account]]:
    """Every article's accounts, by kind."""
    found: dict[str, list[_Account]] = {"event": [], "quantity": [], "claim": []}
    for article in articles:
        found["event"] += [
            _event_account(article, i)
            for i, e in enumerate(article.events)
            if e.modality != "hypothetical"
        ]
        found["quantity"] += _mark_ambiguous(
            [a for q in article.quantities if (a := _quantity_account(article, q))]
        )
        found["claim"] += [_claim_account(article, c) for c in article.claims]
    return found


def _mark_ambiguous(accounts: list[_Account]) -> list[_Account]:
    """Mark accounts whose article gives different numbers for the same slot."""
    values: dict[tuple[str, str | None, frozenset[str]], set[tuple[float, float]]] = {}
    for a in accounts:
        values.setdefault((a.key, a.mode, a.words), set()).add(a.interval or (0.0, 0.0))
    return [
        dataclasses.replace(a, ambiguous=True)
        if len(values[(a.key, a.mode, a.words)]) > 1
        else a
        for a in accounts
    ]


def _event_account(article: Article, index: int) -> _Account:
    """An event (``article.events[index]``) as an account: type/mode, context
    words, years, date."""
    event = article.events[index]
    sentence = article.text[event.evidence.start : event.evidence.end]
    trigger = (
        article.text[event.trigger.start : event.trigger.end] if event.trigger else ""
    )
    words = _words(sentence) - _words(trigger)
    words |= {f"size:{k}" for k in event.size}
    words |= {
        w for s in event.actors + event.recipients for w in _words(_text(article, s))
    }
    date_text = _text(article, event.date_span) if event.date_span else event.date
    denial = _denied(article, event)
    stance = "denies" if event.modality == "negated" or denial else "asserts"
    return _Account(
        article,
        "event",
        event.type,
        event.evidence,
        _label(event),
        event.according_to,
        stance,
        frozenset(words),
        _years(sentence),
        when=_event_when(event, article),
        date_text=date_text,
        mode=event.mode,
        denial=denial,
        actors=frozenset(w for s in event.actors for w in _words(_text(article, s))),
        recipients=frozenset(
            w for s in event.recipients for w in _words(_text(article, s))
        ),
        asserted=event.modality == "asserted",
        event=index,
    )


def _quantity_account(article: Article, quantity: Quantity) -> _Account | None:
    """A quantity as an account, or None when what it counts or its slot is unknown."""
    index = _slot_event(article, quantity)
    interval = _interval(quantity)
    if not quantity.unit or interval is None:
        return None
    if _SUBSET.search(article.text[quantity.start : quantity.end]):
        return None
    if index is None:
        return _sentence_account(article, quantity, interval)
    event = article.events[index]
    sentence = article.text[event.evidence.start : event.evidence.end]
    denial = _denied(article, event)
    stance = "denies" if denial else "asserts"
    value = article.text[quantity.start : quantity.end]
    according_to = event.according_to or _claim_source(article, quantity)
    return _Account(
        article,
        "quantity",
        event.type,
        Span(quantity.start, quantity.end),
        value,
        according_to,
        stance,
        _unit_words(quantity.unit),
        _years(sentence),
        interval=interval,
        mode=event.mode,
        denial=denial,
        event=index,
    )


def _sentence_account(
    article: Article, quantity: Quantity, interval: tuple[float, float]
) -> _Account:
    """A quantity with no event: its slot is its sentence, numbers blanked, so it
    is only compared with a number in a near-identical sentence."""
    start = max(
        article.text.rfind(m, 0, quantity.start) for m in (". ", "\n", "? ", "! ")
    )
    ends = [
        i
        for m in (". ", "\n", "? ", "! ")
        if (i := article.text.find(m, quantity.end)) >= 0
    ]
    sentence = article.text[start + 1 : min(ends, default=len(article.text))]
    context = _DIGITS.sub("#", sentence.lower()).strip()
    return _Account(
        article,
        "quantity",
        "sentence",
        Span(quantity.start, quantity.end),
        article.text[quantity.start : quantity.end],
        _claim_source(article, quantity),
        "asserts",
        _unit_words(quantity.unit or ""),
        _years(sentence),
        interval=interval,
        context=context,
    )


def _claim_account(article: Article, claim: Claim) -> _Account:
    """An attributed statement as an account; quoted speech is a "quote"."""
    content = article.text[claim.content.start : claim.content.end]
    quoted = any(mark in content for mark in ('"', "\u201c", "\u201d"))
    according_to = claim.source_text or claim.according_to
    return _Account(
        article,
        "quote" if quoted else "claim",
        "",
        claim.content,
        content,
        according_to,
        claim.stance,
        frozenset(_words(content)),
        _years(content),
    )


def _align(accounts: list[_Account], kind: str) -> list[list[_Account]]:
    """Group accounts by best pairs first; a group holds one account per article
    (a claim and its denial, sharing one content span, may share an article)."""
    pairs = sorted(
        (
            (_pair_score(a, b), i, j)
            for i, a in enumerate(accounts)
            for j, b in enumerate(accounts[i + 1 :], start=i + 1)
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    group_of = list(range(len(accounts)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(accounts))}
    for score, i, j in pairs:
        if score <= 0:
            break
        first, second = group_of[i], group_of[j]
        if first == second or not _can_merge(accounts, members[first], members[second]):
            continue
        for k in members[second]:
            group_of[k] = first
        members[first] += members.pop(second)
    return [[accounts[k] for k in sorted(ks)] for _, ks in sorted(members.items())]


def _pair_score(a: _Account, b: _Account) -> float:
    """Score of two accounts: same claim span in one article = 1, else ``_match``."""
    if a.article.id == b.article.id:
        same_claim = _kind(a) == _kind(b) == "claim" and a.span == b.span
        return 1.0 if same_claim else 0.0
    return _match(a, b)


def _can_merge(accounts: list[_Account], first: list[int], second: list[int]) -> bool:
    """Two groups merge when no article would give two different accounts."""
    for i in first:
        for j in second:
            a, b = accounts[i], accounts[j]
            if a.article.id == b.article.id and _pair_score(a, b) <= 0:
                return False
    return True


def _match(a: _Account, b: _Account) -> float:
    """Similarity of two accounts from different articles (0 = different facts)."""
    if (
        _kind(a) != _kind(b)
        or a.key != b.key
        or (a.years and b.years and not a.years & b.years)
    ):
        return 0.0
    if a.mode and b.mode and a.mode != b.mode:
        return 0.0
    if a.kind == "quantity":
        if a.key == "sentence":
            same = fuzz.ratio(a.context, b.context) >= SENTENCE_MATCH_RATIO
            return 1.0 if same and a.words & b.words else 0.0
        return 1.0 if a.words & b.words else 0.0
    if a.actors and b.actors and not _overlap(a.actors, b.actors):
        return 0.0
    if a.kind in ("claim", "quote"):
        ratio = fuzz.token_set_ratio(
            " ".join(sorted(a.words)), " ".join(sorted(b.words))
        )
        return ratio / 100 if ratio >= CLAIM_MATCH_RATIO else 0.0
    shared = a.words & b.words
    jaccard = len(shared) / len(a.words | b.words) if a.words | b.words else 0.0
    if len(shared) < EVENT_MATCH_MIN_SHARED or jaccard < EVENT_MATCH_JACCARD:
        return 0.0
    return jaccard


def _kind(account: _Account) -> str:
    """The kind used for alignment: quotes and claims align with each other."""
    return "claim" if account.kind == "quote" else account.kind


def _overlap(first: frozenset[str], second: frozenset[str]) -> bool:
    """True when two word sets share a word or a 5-letter stem (Albania/Albanian)."""
    stems = {w[:5] for w in first if len(w) >= 5}
    return bool(first & second) or any(w[:5] in stems for w in second if len(w) >= 5)


def _judge(
    story: Story, kind: str, accounts: list[_Account], articles: Sequence[Article]
) -> tuple[Fact, list[Discrepancy]]:
    """Label one aligned group and turn disagreements into discrepancies."""
    about = _about(kind, accounts)
    evidence = [e for a in accounts for e in _evidences(a)]
    found: list[Discrepancy] = []
    stances = {a.stance == "denies" for a in accounts}
    if stances == {True, False}:
        deniers = sorted(
            {e.according_to or e.outlet or "" for e in evidence if e.stance == "denies"}
        )
        found.append(
            _discrepancy(
                story, "disputed", about, evidence, "denied by " + ", ".join(deniers)
            )
        )
    if kind == "quantity" and _quantities_conflict(accounts):
        found.append(
            _discrepancy(
                story,
                "conflicting",
                about,
                evidence,
                "the numbers differ: " + _values(accounts),
            )
        )
    status = _status(accounts, found)
    if kind == "claim" and any(a.kind == "quote" for a in accounts):
        kind = "quote"
    return Fact(
        _make_id("f", story.id, about, _first_span(accounts)),
        story.id,
        kind,
        about,
        status,
        evidence,
    ), found


def _status(accounts: list[_Account], found: list[Discrepancy]) -> str:
    """corroborated | single-source | disputed | conflicting."""
    kinds = {d.kind for d in found}
    if "conflicting" in kinds:
        return "conflicting"
    if "disputed" in kinds:
        return "disputed"
    outlets = {_outlet(a.article) for a in accounts}
    return "corroborated" if len(outlets) >= INDEPENDENT_OUTLETS else "single-source"


def _date_conflicts(story: Story, accounts: list[_Account]) -> list[Discrepancy]:
    """A conflict for each pair of matching events (same type, shared context and
    participant, both asserted) that two sources date on days that cannot agree.

    Pairs are taken across alignment groups: an article may tell one event
    twice (a handover "delivered", then "received"), and either telling may
    carry the date.
    """
    dated = [a for a in accounts if a.when is not None and a.asserted]
    found = []
    for first, second in _mutual_best(dated):
        strong = _match(first, second) >= SAME_SENTENCE_JACCARD
        if _disjoint(first.when, second.when) and (
            strong or _same_participants(first, second)
        ):
            about = f"date of {max(first.value or '', second.value or '', key=len)}"
            evidence = [_evidence(a, a.date_text) for a in (first, second)]
            note = f"dated {first.date_text} and {second.date_text}"
            found.append(_discrepancy(story, "conflicting", about, evidence, note))
    return found


def _mutual_best(accounts: list[_Account]) -> list[tuple[_Account, _Account]]:
    """Pairs from different articles that are each other's best match there."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, first in enumerate(accounts):
        for j, second in enumerate(accounts):
            if first.article.id == second.article.id:
                continue
            score = _match(first, second)
            key = (i, second.article.id)
            if score > 0 and score > best.get(key, (0.0, -1))[0]:
                best[key] = (score, j)
    return [
        (accounts[i], accounts[j])
        for (i, other), (_, j) in sorted(best.items())
        if i < j and best.get((j, accounts[i].article.id), (0.0, -1))[1] == i
    ]


def _same_participants(first: _Account, second: _Account) -> bool:
    """True when two events share an actor or a recipient (by word or stem); a
    date conflict needs this, as same-type events of a story are often distinct
    (a meeting last Wednesday, another on Monday)."""
    return (
        first.actors and second.actors and _overlap(first.actors, second.actors)
    ) or (
        bool(first.recipients and second.recipients)
        and _overlap(first.recipients, second.recipients)
    )


def _quantities_conflict(accounts: list[_Account]) -> bool:
    """True when two sources' ranges for the number do not overlap."""
    for i, first in enumerate(accounts):
        for second in accounts[i + 1 :]:
            if (
                first.article.id == second.article.id
                or first.ambiguous
                or second.ambiguous
            ):
                continue
            (lo1, hi1), (lo2, hi2) = first.interval or (0, 0), second.interval or (0, 0)
            if hi1 < lo2 or hi2 < lo1:
                return True
    return False


def _interval(quantity: Quantity | Size) -> tuple[float, float] | None:
    """The range a quantity (or an event's size) allows, widened by its hedge; a
    vague plural ("dozens") allows its bounds, never one guessed number."""
    if quantity.low is not None or quantity.high is not None:
        low = quantity.low if quantity.low is not None else 0.0
        high = quantity.high if quantity.high is not None else float("inf")
        return low, high
    if quantity.value is None:
        return None
    value, hedge = quantity.value, (quantity.hedge or "").lower()
    if any(hedge.startswith(h) for h in _LOWER_BOUND_HEDGES):
        return value, float("inf")
    if any(hedge.startswith(h) for h in _UPPER_BOUND_HEDGES):
        return value * (1 - HEDGE_TOLERANCE), value
    if any(hedge.startswith(h) for h in _APPROX_HEDGES):
        return value * (1 - HEDGE_TOLERANCE), value * (1 + HEDGE_TOLERANCE)
    return value, value


def _slot_event(article: Article, quantity: Quantity) -> int | None:
    """The index of the event a quantity belongs to: its link, else the event
    around it that has it as its size or holds it in a participant."""
    link = quantity.linked_to or ""
    if link.startswith("event:"):
        index = int(link.split(":")[1])
        if 0 <= index < len(article.events):
            return index
    events = article.events
    around = [
        i
        for i, e in enumerate(events)
        if e.evidence.start <= quantity.start and quantity.end <= e.evidence.end
    ]
    size = Size.of(quantity)
    sized = [i for i in around if size in events[i].size.values()]
    inside = [
        i
        for i in around
        for s in events[i].recipients + events[i].actors
        if s.start <= quantity.start and quantity.end <= s.end
    ]
    candidates = sized or inside
    return candidates[0] if candidates else None


def _claim_source(article: Article, quantity: Quantity) -> str | None:
    """Who a quantity is attributed to, through the claim it is linked to."""
    link = quantity.linked_to or ""
    if link.startswith("claim:"):
        index = int(link.split(":")[1])
        if 0 <= index < len(article.claims):
            claim = article.claims[index]
            return claim.source_text or claim.according_to
    return None


def _denied(article: Article, event: Event) -> Claim | None:
    """The denying claim whose main (first) event is ``event``, if any."""
    for claim in article.claims:
        if claim.stance != "denies":
            continue
        inside = [
            e
            for e in article.events
            if e.trigger and claim.content.start <= e.trigger.start < claim.content.end
        ]
        if (
            inside
            and min(inside, key=lambda e: e.trigger.start if e.trigger else 0) is event
        ):
            return claim
    return None


def _event_when(event: Event, article: Article) -> tuple[int | None, int, int] | None:
    """When an event happened as (year or None, first, last day of the year)."""
    value = event.date or ""
    if re.fullmatch(r"XXXX-WXX-\d", value):
        return _weekday_window(article)
    return _parse_when(value)


def _parse_when(value: str) -> tuple[int | None, int, int] | None:
    """A TIMEX value (``2023-06-20``, ``XXXX-06``, ``2023``) as a day range."""
    match = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?", value)
    if not match or not (match.group(2) or match.group(1) != "XXXX"):
        return None
    year = None if match.group(1) == "XXXX" else int(match.group(1))
    if not match.group(2):
        return year, 1, 365
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return None
    last_day = calendar.monthrange(2001, month)[1]  # a common year: no leap days
    start = date(2001, month, 1)
    end = date(2001, month, last_day) + timedelta(days=1)
    if match.group(3):
        start = date(2001, month, min(max(int(match.group(3)), 1), last_day))
        end = start + timedelta(days=1)
    return (
        year,
        start.timetuple().tm_yday,
        (end - timedelta(days=1)).timetuple().tm_yday,
    )


def _weekday_window(article: Article) -> tuple[int | None, int, int] | None:
    """A weekday-only date: within a week of the (possibly partial) publication date."""
    published = _parse_when(article.published.value or "")
    if published is None:
        return None
    year, first, last = published
    return (
        year,
        max(1, first - WEEKDAY_WINDOW_DAYS),
        min(365, last + WEEKDAY_WINDOW_DAYS),
    )


def _disjoint(
    a: tuple[int | None, int, int] | None, b: tuple[int | None, int, int] | None
) -> bool:
    """True when two day ranges cannot hold the same day."""
    if a is None or b is None:
        return False
    if a[0] is not None and b[0] is not None and a[0] != b[0]:
        return True
    return a[2] + DATE_TOLERANCE_DAYS < b[1] or b[2] + DATE_TOLERANCE_DAYS < a[1]


def _strictly_before(
    a: tuple[int | None, int, int], b: tuple[int | None, int, int]
) -> bool:
    """True when every day of range ``a`` comes before every day of ``b``."""
    if a[0] is not None and b[0] is not None and a[0] != b[0]:
        return a[0] < b[0]
    return a[2] < b[1]


def _years(text: str) -> frozenset[str]:
    """Four-digit years written in a text."""
    return frozenset(_YEAR.findall(text))


def _words(text: str) -> set[str]:
    """Content words, lower-cased and crudely singularised."""
    words = set()
    for word in _WORD.findall(text.lower()):
        word = (
            word[:-1]
            if len(word) > 3 and word.endswith("s") and not word.endswith("ss")
            else word
        )
        if word not in _STOP and word not in _MONTHS and len(word) > 2:
            words.add(word)
    return words


def _unit_words(unit: str) -> frozenset[str]:
    """The words of what a quantity counts ("computer device" -> computer, device)."""
    return frozenset(_words(unit)) or frozenset({unit.lower()})


def _text(article: Article, span: Span | None) -> str:
    """The text of a span ("" for None)."""
    return article.text[span.start : span.end] if span else ""


def _label(event: Event) -> str:
    """``TYPE mode`` of an event."""
    return f"{event.type} {event.mode}" if event.mode else event.type


def _about(kind: str, accounts: list[_Account]) -> str:
    """A short description of what a group of accounts is about."""
    first = accounts[0]
    if kind == "quantity":
        unit = " ".join(sorted(set.intersection(*(set(a.words) for a in accounts))))
        return (
            f"number of {unit or ' '.join(sorted(first.words))} ({first.key}"
            f"{' ' + first.mode if first.mode else ''})"
        )
    if kind == "event":
        return str(max((a.value or "" for a in accounts), key=len))
    return f"statement: {(first.value or '')[:80]}"


def _values(accounts: list[_Account]) -> str:
    """Each source's value, for a note."""
    return "; ".join(
        f"{a.value} ({a.article.id}"
        f"{', according to ' + a.according_to if a.according_to else ''})"
        for a in accounts
    )


def _evidence(account: _Account, value: str | None = None) -> Evidence:
    """One source's Evidence record for an account."""
    return Evidence(
        account.article.id,
        account.span,
        value or account.value,
        _outlet(account.article),
        account.according_to,
        account.stance,
        account.event,
    )


def _evidences(account: _Account) -> list[Evidence]:
    """An account's evidence; a denied account gives the assertion and the denial."""
    if account.denial is None:
        return [_evidence(account)]
    claim, article = account.denial, account.article
    asserted = Evidence(
        article.id,
        account.span,
        account.value,
        _outlet(article),
        account.according_to,
        "asserts",
        account.event,
    )
    denier = claim.source_text or claim.according_to or _text(article, claim.source)
    denied = Evidence(
        article.id,
        claim.cue,
        _text(article, claim.cue),
        _outlet(article),
        denier or None,
        "denies",
        account.event,
    )
    return [asserted, denied]


def _event_evidence(article: Article, index: int) -> Evidence:
    """Evidence for one event, ``article.events[index]`` (value: its label and date)."""
    event = article.events[index]
    return Evidence(
        article.id,
        event.evidence,
        f"{_label(event)} {event.date or ''}".strip(),
        _outlet(article),
        event.according_to,
        event=index,
    )


def _date_words(article: Article, event: Event) -> str:
    """The date of an event as written, else its value."""
    return _text(article, event.date_span) or str(event.date)


def _outlet(article: Article) -> str:
    """The outlet, or the source document when the outlet is unknown."""
    return article.outlet or article.document_id


def _first_span(accounts: list[_Account]) -> str:
    """A stable key for a group: its first account's article and offset."""
    return f"{accounts[0].article.id}:{accounts[0].span.start}"


def _discrepancy(
    story: Story, kind: str, about: str, evidence: list[Evidence], note: str
) -> Discrepancy:
    """A discrepancy record with a deterministic id."""
    key = ",".join(f"{e.article_id}:{e.span.start}" for e in evidence)
    return Discrepancy(
        _make_id("d", story.id, kind + about, key),
        story.id,
        kind,
        about,
        evidence,
        note,
    )


def _make_id(prefix: str, *parts: str) -> str:
    """``prefix`` + 12 hex chars of the sha1 of the parts."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return prefix + digest


def align_stories(
    stories: Iterable[Story], articles: Sequence[Article]
) -> tuple[list[Fact], list[Discrepancy]]:
    """Align every story's facts and check every article's consistency.

    Args:
        stories: the stories.
        articles: all their articles.

    Returns:
        All facts and all discrepancies (conflicts, disputes, inconsistencies).
    """
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
