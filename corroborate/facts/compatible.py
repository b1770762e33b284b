"""When two statements from different articles state the same proposition,
and when their values agree.

Two statements align only when their arguments are compatible, never on a
shared verb or number alone:

* **numbers**: the same kind (count, money, percent, vote), currency and
  role ("killed" is never "wounded"), a shared counted thing (unit), no
  clash of the years their sentences name, and sentences that say the same
  around the number (weighted word overlap at least ``UNROLED_CONTEXT``), or
  one distinctive value of one thing (:func:`same_value`), or the one count
  of its noun each article gives, of the same value, in sentences
  overlapping at least ``SOLE_VALUE_CONTEXT``;
* **events**: the same trigger stem, or the same PLOVER type and mode; a
  shared participant (entity id, else word) when both name one; a shared
  number when both phrases give some; sentences overlapping at least
  ``EVENT_CONTEXT``;
* **claims and quotes**: the same speaker (entity id or surname) and
  contents overlapping at least ``CLAIM_MATCH``; a denial aligns with an
  assertion only when its own content is that assertion's proposition;
* **durations**: the same value in sentences overlapping ``DURATION_CONTEXT``;
* **party labels**: the same person, and both giving the party or both the state;
* **offices**: the same person, both naming an office ("Judge" and "Justice"
  Juan Merchan: who the person is in the story, never a conflict);
* **ages**: the same age of the same person, or an age each article writes
  once where one names no one (never a conflict);
* **sentences**: nearly the same sentence (``SENTENCE_MATCH``), mutual best;
  **clauses** the same way, on the common words of a part of a sentence
  (``CLAUSE_MATCH``), and a sentence of one part against another outlet's
  clause.

Word overlap is weighted by how rare a word is in the story's sentences
(:func:`.statements.weigh`), so the words every article of a story repeats
align nothing by themselves.

When two aligned statements' values agree or conflict is :mod:`.agreement`.
"""

from __future__ import annotations

import math
import re

from ..extractors.quantities.numbers import WORD_NUMBERS
from ..extractors.quantities.roles import BEFORE_ROLE, ROLES
from .apart import (
    groups_apart,
    named_apart,
    organisations_apart,
    people_apart,
    places_apart,
)
from .index import NAMED
from .intents import foretold, threatens
from .numbers import SAME_VALUE_MIN, counted, slot
from .quotes import quoted_alike, same_words
from .statements import ENTITY_ID, Statement
from .timeline import disjoint, weekdays_apart
from .updates import superseded
from .words import LIGHT_VERB_FORMS, NEEDS_WHAT, act_stems, content_words, stem

SLOT_MATCH = 0.2
"""Score of two numbers counting the same thing in the same incident role, or
each the only number of one slot (kind, unit, role, currency, year) in its
article."""
APART_ROLES = frozenset({"margin", "change", "needed", BEFORE_ROLE})
"""Roles of a count no count of another role fills: the difference between
two others ("trails by 300 delegates", "rose by 300 students"), a bar to
reach ("the 1,237 delegates needed to clinch", "the 60-vote threshold") or
the value a figure moved from ("to 9.1 percent from 8.6 percent")."""
INCIDENT_ROLES = frozenset(
    """killed wounded injured dead arrested detained seized evacuated displaced
    missing rescued abducted kidnapped captured expelled""".split()
)
"""Roles that count what befell people or things in one incident; other roles
("voted", "joined") recur across a story's many votes and meetings."""
ROLE_WORDS: dict[str, frozenset[str]] = {
    role: frozenset(stem(word) for word, named in ROLES.items() if named == role)
    for role in set(ROLES.values())
}
"""The stems of the words that tell each role the quantity extractor names
("vote" for "voted"; "kill", "death", "dead" ... for "killed")."""
UNROLED_CONTEXT = 0.5
"""Weighted overlap of two numbers' sentences (number and unit left out) above
which they are the same slot when no role says what happened to what they count."""
VOTE_CONTEXT = 0.2
"""The same for two vote tallies: a story's tallies are few."""
EVENT_CONTEXT = 0.3
"""Weighted overlap of two events' sentences above which they are one event,
when they share a participant."""
NAMED_EVENT_CONTEXT = 0.2
"""The same for one verb whose actor, or whose object, both name (an entity
or a name)."""
SOLE_ACT_CONTEXT = 0.1
"""The same for one verb on one entity (its doer, or what it is done to) that
each article tells once: "He testified in exchange for a promised five-month
jail sentence" and "Weisselberg ... testified against the company as part of a
deal with prosecutors"."""
UNNAMED_EVENT_CONTEXT = 0.5
"""The same when one of them names no participant."""
TO_COME = frozenset({"threatened", "future", "expected"})
"""Modalities of an act not (yet) done: a threat of one actor to do one act,
told twice, is one threat whatever else the two sentences say ("despite
President Barack Obama's promise to veto it", "brushing aside President
Obama's threat to veto the measure"): an actor threatens one act a few times
in a story, where he may do it often."""
DURATION_CONTEXT = 0.2
"""Weighted overlap of two sentences giving one length of time above which it
is the length of one thing."""
CLAIM_MATCH = 0.5
"""Weighted overlap of two claims' contents above which they say the same."""
DENIAL_MATCH = 0.4
"""Weighted overlap of a denial's content with an assertion's sentence above
which the denial targets that assertion."""
SENTENCE_MATCH = 0.40
"""Weighted overlap above which two sentences state the same thing."""
CLAUSE_MATCH = 0.7
"""Weighted overlap above which two clauses state the same thing."""
DATED_CLAUSE_MATCH = 0.4
"""The same, for two clauses naming the same day ("passed the bill on Thursday")."""
MIN_SHARED_COMMON = 2
"""Common (lower-case) words two clauses must share at least."""
MIN_SHARED = 3
"""Content words two claims or sentences must share at least."""
ONE_WORDING = 0.9
ONE_WORDING_MIN = 6
"""Overlap and content words from which two quotes are one passage, whoever
each outlet credits it to."""
WORDED = frozenset({"quote", "claim", "sentence", "clause"})
"""Kinds whose text is a passage as written."""
_ANYONE = frozenset(
    map(stem, "representatives officials members leaders groups people lawmakers "
              "officers delegations counterparts reporters aides staff".split())
)  # fmt: skip
"""Words for whoever: two meetings with "representatives" may be two meetings."""
SOLE_VALUE_CONTEXT = 0.1
"""Sentence overlap above which the one count of a noun each of two articles
gives, of the same value however small, is one fact: the sentences need
share little more than one word beyond the count ("The rule, challenged by 18
states, would cut benefits ..." and "... from 18 states sued the
administration"), and none ("Officials from 18 states met the governor") is
two facts."""
YEARLIKE = (1800, 2100)
"""A count in this range may be a year read as a number."""


def overlap(
    first: frozenset[str], second: frozenset[str], weights: dict[str, float]
) -> float:
    """Weighted cosine of two word sets (0..1): shared rare words count most.
    Summed exactly (``math.fsum``): a set's order changes with the hash seed,
    and a plain sum's last bit with it, which decided ties between two
    copies of one passage."""
    if not first or not second:
        return 0.0
    weight = weights.get
    shared = math.fsum(weight(w, 1.0) for w in first & second)
    norm = math.sqrt(
        math.fsum(weight(w, 1.0) for w in first)
        * math.fsum(weight(w, 1.0) for w in second)
    )
    return shared / norm if norm else 0.0


def match(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    """How surely two statements of different articles state one proposition
    (0: they do not)."""
    kinds = {a.kind, b.kind}
    if a.article.id == b.article.id or a.bare_name or b.bare_name or a.asks or b.asks:
        return 0.0
    if a.requested != b.requested and foretold((b if a.requested else a).text):
        return 0.0  # "urging the president ... also to declare a climate
        # emergency", "he could declare a climate emergency as soon as this week";
        # not "had asked Mrs. Clinton to turn over that server", "Mrs. Clinton
        # must turn over her server"
    # one distinctive value of one thing is one fact whatever years its
    # sentences name elsewhere ("6,000 National Guard troops" sent, deployed)
    if _years_clash(a, b) and not (kinds == {"number"} and same_value(a, b)):
        return 0.0
    two_speakers = bool(a.speaker and b.speaker and a.speaker != b.speaker)
    if kinds <= WORDED and not two_speakers and same_words(a.text, b.text):
        return 1.0  # "It is, alone, not enough" quoted by both: too few content words
    if kinds == {"number"}:
        return _numbers(a, b, weights)
    if kinds == {"event"}:
        return _events(a, b, weights)
    if kinds <= {"claim", "quote"}:
        return _claims(a, b, weights)
    if kinds == {"party"}:
        return _affiliations(a, b)
    if kinds == {"office"}:
        return 1.0 if a.speaker == b.speaker else 0.0  # one person's office, told twice
    if kinds == {"age"}:
        return _ages(a, b)
    if kinds == {"duration"}:
        return _durations(a, b, weights)
    if kinds == {"sentence"}:
        return _sentences(a, b, weights)
    if kinds == {"clause"} or kinds == {"sentence", "clause"}:
        # a sentence of one part has no clauses of its own: it meets another
        # outlet's clause as one ("In the end the suspect confessed to ...")
        return _clauses(a, b, weights)
    if "sentence" in kinds and kinds & {"claim", "quote"}:
        return _denial(a, b, weights) or _stated_as_claimed(a, b, weights)
    if "clause" in kinds and kinds & {"claim", "quote"}:
        # what one outlet attributes, the other states in a clause of its own
        # ("CBO called its estimate 'highly uncertain'"): a clause's test, with
        # a claim's share of content words ("to get rid of Obamacare" is not
        # "to get rid of the Senate filibuster")
        if len(a.words & b.words) < MIN_SHARED:
            return 0.0
        return _clauses(a, b, weights)
    return 0.0


def may_match(a: Statement, b: Statement) -> bool:
    """False where :func:`match` is 0 whatever else the statements hold: two
    worded statements (sentences, clauses, claims, quotes) that share fewer
    than ``MIN_SHARED_COMMON`` content words and are not the same words, for
    every score of two such statements needs that many shared words. Cheaper
    than scoring: most pairs of a story's passages share no word."""
    if a.kind not in WORDED or b.kind not in WORDED:
        return True
    shared = (a.words | a.entities) & (b.words | b.entities)
    return len(shared) >= MIN_SHARED_COMMON or same_words(a.text, b.text)


def _years_clash(a: Statement, b: Statement) -> bool:
    """Two sentences naming different years tell different facts ("agreed ...
    in 2013" is not "living there since 2014")."""
    return bool(a.years and b.years and not a.years & b.years)


def _numbers(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    if a.qkind != b.qkind or (a.currency and b.currency and a.currency != b.currency):
        return 0.0
    if (a.role in APART_ROLES) != (b.role in APART_ROLES):
        return 0.0  # "trails by 300 delegates" is no count of anyone's delegates
    if same_value(a, b) or _named_more_closely(a, b):
        return max(overlap(a.words - a.unit, b.words - b.unit, weights), SLOT_MATCH)
    if a.role and b.role and a.role != b.role:
        return 0.0
    if a.qkind in ("count", "percent") and a.unit and b.unit and not a.unit & b.unit:
        return 0.0
    if a.qkind == "count" and not a.unit & b.unit:
        return 0.0
    if a.year and b.year and a.year != b.year:
        return 0.0
    if places_apart(a, b):
        return 0.0  # "13 killed in Buffalo" and "21 killed in Uvalde": two incidents
    if groups_apart(a, b):
        return 0.0  # "46 percent among evangelicals", "44 percent among men"
    context = overlap(a.words - a.unit, b.words - b.unit, weights)
    if a.role in INCIDENT_ROLES and a.role == b.role and a.unit & b.unit:
        # the same thing counted in the same role ("150 computers seized",
        # "police confiscated 200 computers"): one slot, however it is told
        return max(context, SLOT_MATCH)
    if a.stated != b.stated and (organisations_apart(a, b) or people_apart(a, b)):
        return 0.0
    if a.year and a.year == b.year and a.unit & b.unit:
        # the same thing measured for the same year ("46.7 mpg in 2025",
        # "54 mpg by 2025")
        return max(context, SLOT_MATCH)
    if (
        a.unique
        and b.unique
        and slot(a) == slot(b)
        and a.unit
        and (a.role or a.qkind != "count")
    ):
        # the only "$... bill" of each article: the bill's size, however told
        # (a count needs its role too: "left 120 families homeless" is not
        # "reached 480 families")
        return max(context, SLOT_MATCH)
    if _one_bar(a, b):
        # the only share of one role each article gives, of one value,
        # whatever it is of ("the two-thirds majority vote required to remove
        # Krasner", "which requires a two-thirds majority for conviction")
        return max(context, SLOT_MATCH)
    if a.sole and b.sole and a.qkind == "count" and counted(a) == counted(b):
        told = [_role_told(x, y) for x, y in ((a, b), (b, a)) if x.role]
        if told and all(told):
            # the only number of troops each outlet gives, both assisting
            # ("About 5,200 American troops are assisting", "nearly 6,000
            # troops ... to assist"): one slot, its modifiers aside
            return max(context, SLOT_MATCH)
    if a.qkind == "count" and counted(a) == counted(b) and _role_lost(a, b):
        # the only count of its noun one outlet gives, its role in its
        # sentence but not its parse ("the 41 amendments from members of both
        # parties that got votes"), and the only count in that role the other
        # gives ("votes on nearly 50 amendments", beside "24 amendments" of
        # another year): one slot
        return max(context, SLOT_MATCH)
    if (
        a.sole
        and b.sole
        and a.qkind == "count"
        and a.stated == b.stated
        and counted(a) == counted(b)
        and context >= SOLE_VALUE_CONTEXT
    ):
        # the one count of its noun each outlet gives, the same value, told
        # in sentences that share some of what they say ("A total of 18
        # states ... signed onto the lawsuit", "attorneys general from 18
        # states ... sued")
        return max(context, SLOT_MATCH)
    floor = VOTE_CONTEXT if a.qkind == "vote" else UNROLED_CONTEXT
    return context if context >= floor else 0.0


def _one_bar(a: Statement, b: Statement) -> bool:
    """True for the one share or sum in one role each article gives, of one
    value, neither naming what it is of: one bar told twice."""
    return (
        a.unique
        and b.unique
        and a.qkind != "count"
        and bool(a.role)
        and slot(a) == slot(b)
        and a.stated is not None
        and a.stated == b.stated
    )


def _named_more_closely(a: Statement, b: Statement) -> bool:
    """True for one rate or sum of one thing, each the only one of its noun
    in its article, one outlet naming the thing more closely ("a new 1
    percent excise tax", "a 1% tax on stock buybacks"): the same value, of
    any size, one noun's words inside the other's, the same role and year."""
    return (
        a.qkind in ("percent", "money")
        and a.stated is not None
        and a.stated == b.stated
        and a.unique
        and b.unique
        and bool(a.unit and b.unit)
        and (a.unit <= b.unit or b.unit <= a.unit)
        and a.role == b.role
        and a.year == b.year
        and not places_apart(a, b)
    )


def _role_told(a: Statement, b: Statement) -> bool:
    """True when ``b`` tells ``a``'s role: as its own role, or by the role's
    verb in its sentence where the parser attached it elsewhere."""
    return a.role == b.role or stem(a.role or "") in b.words


def _role_lost(a: Statement, b: Statement) -> bool:
    """True when one of two counts has no role, is the only count of its
    noun its article gives and tells the other's role by one of its words
    in its sentence (:data:`ROLE_WORDS`), and the other is the only count of
    its slot its article gives."""
    for lost, kept in ((a, b), (b, a)):
        if lost.role is None and kept.role in ROLE_WORDS and lost.sole and kept.unique:
            return bool(ROLE_WORDS[kept.role] & lost.words)
    return False


def same_value(a: Statement, b: Statement) -> bool:
    """True when two outlets give one distinctive value of the same thing
    ("506,000 acres" twice; "6,000 National Guard troops" deployed and sent;
    "$25,000" awarded and a "$25,000 grant"): one fact, however each words
    the act around it. Not numbers below ``SAME_VALUE_MIN`` ("ten Republicans"
    voting for one bill, "10 Republicans" needed for another), years, numbers of two incident roles ("50 killed", "50
    wounded"), or of different years or places."""
    if a.stated is None or a.stated != b.stated:
        return False
    if a.qkind == "vote":  # a whole tally ("107-85") is distinctive however small
        if a.against is None or a.against != b.against:
            return False
    elif a.stated < SAME_VALUE_MIN and not (a.sole and b.sole and _one_toll(a, b)):
        return False
    if a.qkind == "count" and YEARLIKE[0] <= a.stated <= YEARLIKE[1]:
        return False
    if {a.role, b.role} <= INCIDENT_ROLES and a.role != b.role:
        return False
    if a.year and b.year and a.year != b.year:
        return False
    if places_apart(a, b):
        return False
    if a.qkind == "money":  # "$10 million" of the measure is the $10 million it funds
        return not (a.unit and b.unit) or _for_one_thing(a, b)
    if a.qkind == "percent" and a.against is not None and a.against == b.against:
        return True  # "46 percent to 44 percent" twice: one poll's result
    return bool(a.unit & b.unit) or _one_toll(a, b)


PEOPLE = frozenset(map(stem, "people persons individuals".split()))
"""Nouns that count people of any kind ("150 people would be killed")."""
PEOPLE_ROLES = INCIDENT_ROLES - {"seized"}
"""Incident roles that befall people."""


def _one_toll(a: Statement, b: Statement) -> bool:
    """True for two counts of people in one incident role whose nouns differ:
    one counts "people" ("150 people would be killed", "150 Iranians would
    be killed"), or each is the only count of its noun its article gives
    ("19 children" and "19 students" killed). Only equal values are joined
    so (:func:`same_value`): a count of children against one of people is
    no conflict."""
    if a.role != b.role or a.role not in PEOPLE_ROLES or a.qkind != "count":
        return False
    generic = any(s.unit and s.unit <= PEOPLE for s in (a, b))
    return generic or (a.sole and b.sole)


def _for_one_thing(a: Statement, b: Statement) -> bool:
    """True when two sums are for one thing: what one is for, by its noun or
    verb, is what the other is for or is named in its sentence ("a $400,000
    housing grant program", "makes $400,000 available in ... grants")."""
    return bool(_paid_for(a) & (_paid_for(b) | b.words) or _paid_for(b) & a.words)


def _paid_for(statement: Statement) -> frozenset[str]:
    """What a sum is for, told by its noun or its verb: "$10,000 in loan
    forgiveness" is the $10,000 a plan would "forgive" in debt."""
    role = {stem(statement.role)} if statement.role else set()
    return statement.unit | role


def _events(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    if (a.negations > 0) != (b.negations > 0):
        # an act told done and one told not done are no corroboration ("a
        # signed form approving the showing", "the movie had not been
        # approved"); the one a named actor denies is a dispute (align._denied_acts)
        return 0.0
    if not modalities_meet(a, b):
        return 0.0
    modalities = {a.modality, b.modality}
    if (a.modality in TO_COME) != (b.modality in TO_COME) and superseded(
        [a, b]
    ) is None:
        # "Lee is set to sign a bill" and "Lee signed HB 9 into law", reports
        # of one day: an act to come and the act done corroborate neither; a
        # report of it to come before one of it done is overtaken (.updates)
        return 0.0
    context = event_context(a, b, weights)
    parties = (a.actors | a.recipients) and (b.actors | b.recipients)
    named_actor = any(map(named, a.actors & b.actors))
    # an object shared by entity: a capitalised word ("Former Rep. Beto
    # O'Rourke", "Former ... Julián Castro") names no one by itself
    named_object = any(ENTITY_ID.fullmatch(p) for p in a.recipients & b.recipients)
    if a.predicate == b.predicate and named_actor and "threatened" in modalities:
        floor = 0.0  # one actor's threat to do one act, told twice (TO_COME)
    elif (
        a.predicate == b.predicate
        and a.predicate not in act_stems(NEEDS_WHAT)
        and a.unique
        and b.unique
        and _one_entity(a, b)
    ):
        floor = SOLE_ACT_CONTEXT  # each article's one telling of the verb on the entity
    elif a.predicate == b.predicate and (named_actor or named_object):
        # "Abbott signed into law", "Abbott signed a bill"; "Krasner, who was
        # reelected ...", "... reelected by Philadelphia voters"
        floor = NAMED_EVENT_CONTEXT
    elif parties:
        floor = EVENT_CONTEXT
    else:
        floor = UNNAMED_EVENT_CONTEXT
    return context if context >= floor else 0.0


def modalities_meet(a: Statement, b: Statement) -> bool:
    """False for two tellings that cannot be one act by how they are told: a
    threat and the act ("Trump threatened to veto the bill" is no veto:
    .intents), a purpose and anything but that purpose ("fled to block the
    bill" is no block, done or due)."""
    modalities = {a.modality, b.modality}
    if "threatened" in modalities and not modalities <= TO_COME:
        return False
    return "intended" not in modalities or len(modalities) == 1


def _one_entity(a: Statement, b: Statement) -> bool:
    """True when two acts name the same entities in one role, both their doer
    or both what is done to (not "Senate Minority Leader Mitch McConnell
    voted" and "The Senate voted", which share the Senate), and neither doers
    nor objects that both name apart ("Licht praised the performance of
    moderator Kaitlan Collins", "one insider praising Collins' performance";
    "helped secure contracts", "had secured millions of dollars")."""

    def ids(participants: frozenset[str]) -> frozenset[str]:
        return frozenset(p for p in participants if ENTITY_ID.fullmatch(p))

    if a.actors and b.actors and not ids(a.actors) & ids(b.actors):
        return False
    if a.recipients and b.recipients and not a.recipients & b.recipients:
        return False
    return any(
        ids(x) and ids(x) == ids(y)
        for x, y in ((a.actors, b.actors), (a.recipients, b.recipients))
    )


def done_to_others(a: Statement, b: Statement) -> bool:
    """True when two acts are done to named entities (resolved ones) and share
    neither an entity nor a word of their names: "a harsh attack on Ben
    Carson" and "his attacks on Rubio" are two acts; "the Great State of
    Georgia" and "the state of Georgia", resolved apart, share "Georgia";
    "approved ... for Black Americans", no entity, says nothing."""
    ids_a, ids_b = ({p for p in s.recipients if ENTITY_ID.fullmatch(p)} for s in (a, b))
    if not (ids_a and ids_b) or ids_a & ids_b:
        return False
    names_a, names_b = (
        {p for p in s.recipients if p.startswith(NAMED)} for s in (a, b)
    )
    return not names_a & names_b


NUMBER_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_COUNT_LAST = re.compile(rf"(?i)\s(?:\d[\d,.]*|{NUMBER_WORDS})$")
_SUM_LAST = re.compile(r"[$\u20ac\u00a3\u00a5]\s?\d[\d,.]*(?:\s+[A-Za-z]+)?$")
"""A sum of money closing a phrase ("cost roughly $400 billion"): what the
act cost, not how many of it."""


def counts_what(a: Statement, b: Statement) -> bool:
    """True when one act's object is only a count ("Trump won six", "Ted Cruz
    has won five") and the other names what it was done to ("Trump has won
    Virginia, Georgia, ..."): how many and which are two propositions."""
    text = a.text
    return (
        not a.recipients
        and bool(b.recipients)
        and bool(_COUNT_LAST.search(text))
        and not _SUM_LAST.search(text)
    )


def named(participant: str) -> bool:
    """True for an entity id or a participant word written as a name."""
    return participant.startswith(NAMED) or bool(ENTITY_ID.fullmatch(participant))


def event_context(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    """The sentence overlap of two tellings of one act (the same trigger stem,
    or PLOVER type and mode) whose participants, when both name some, meet,
    and whose actors, when both are named, share a name; 0 when they are not
    one act."""
    same_act = (a.predicate and a.predicate == b.predicate) or (
        a.mode and a.type == b.type and a.mode == b.mode
    )
    if not same_act or a.article.id == b.article.id or _years_clash(a, b):
        return 0.0
    if numbers_apart(a, b) or places_apart(a, b) or groups_apart(a, b):
        return 0.0  # places: the places the events are told at
    parties_a, parties_b = a.actors | a.recipients, b.actors | b.recipients
    if parties_a and parties_b and not parties_a & parties_b:
        return 0.0
    named_a, named_b = set(filter(named, a.actors)), set(filter(named, b.actors))
    if named_a and named_b and not named_a & named_b:
        return 0.0  # "The Senate passed the bill", "The Assembly passed the bill"
    if done_to_others(a, b):
        return 0.0  # "unleashed a harsh attack on Ben Carson", "his attacks on Rubio"
    if counts_what(a, b) or counts_what(b, a):
        return 0.0  # "Trump won six", "Trump has won Virginia, Georgia, ..."
    if _light(a) and a.recipients and b.recipients and not a.recipients & b.recipients:
        return 0.0  # "gave his assent", "gave an interview": the object is the act
    if a.type == b.type == "CONSULT" and a.recipients and b.recipients:
        if not (a.recipients - _ANYONE) & (b.recipients - _ANYONE):
            # who one meets is the meeting: "met with other gun-owner groups as
            # well as representatives of hunting groups" is not "met with
            # representatives from the entertainment industry"
            return 0.0
    return max(overlap(a.words, b.words, weights), 1e-6)


def numbers_apart(a: Statement, b: Statement) -> bool:
    """True when two acts are told with numbers and share none: "hit $4.374 on
    Tuesday" and "hit an all-time high of $4.40" Wednesday are two records, and
    "About 5,200 troops are assisting" and "nearly 6,000 troops" disagree on
    who acts (the count's own fact says how), so neither is one act told twice."""
    return bool(a.numbers and b.numbers and not a.numbers & b.numbers)


def _light(statement: Statement) -> bool:
    """True when a statement's verb says little by itself ("gave", "took")."""
    return statement.predicate in act_stems(LIGHT_VERB_FORMS)


def same_participants(a: Statement, b: Statement) -> bool:
    """True when two events share an actor or a recipient; a date conflict
    needs this, as same-type events of a story are often distinct (a meeting
    last Wednesday, another on Monday)."""
    return bool(a.actors & b.actors) or bool(a.recipients & b.recipients)


def _claims(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    if places_apart(a, b):
        return 0.0  # "has won the ... primary in Ohio", "won the Missouri ... primary"
    if a.speaker and a.speaker == b.speaker and quoted_alike(a, b, weights):
        return max(overlap(a.words, b.words, weights), CLAIM_MATCH)
    if len(a.words) < MIN_SHARED or len(b.words) < MIN_SHARED:
        return 0.0
    if len(a.words & b.words) < MIN_SHARED:
        return 0.0
    score = overlap(a.words, b.words, weights)
    if a.speaker and b.speaker:
        if a.speaker != b.speaker and not _one_wording(a, b, score):
            return 0.0
    elif score < 2 * CLAIM_MATCH:
        return 0.0
    return score if score >= CLAIM_MATCH else 0.0


def _one_wording(a: Statement, b: Statement, score: float) -> bool:
    """True when two outlets quote one passage, word for word or nearly, of
    ``ONE_WORDING_MIN`` content words or more: one statement whoever each
    credits it to ("the pope" and "Francis", "Treasury" and "the report")."""
    return score >= ONE_WORDING and len(a.words & b.words) >= ONE_WORDING_MIN


def _denial(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    """A denial's content against another article's sentence: aligned when the
    sentence asserts what is denied."""
    claim, sentence = (a, b) if a.kind != "sentence" else (b, a)
    if claim.stance != "denies" or sentence.negations:
        return 0.0
    if len(claim.words & sentence.words) < MIN_SHARED:
        return 0.0
    score = overlap(claim.words, sentence.words, weights)
    return score if score >= DENIAL_MATCH else 0.0


def _stated_as_claimed(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    """What one outlet attributes, another states as a sentence of its own
    ("Critics ... have pointed out that many women don't even know they are
    pregnant at six weeks", "Many people don't know they're pregnant until
    after the sixth week"): the claim's test on the claim's content and the
    sentence, negated alike and with the same numbers."""
    claim, sentence = (a, b) if a.kind != "sentence" else (b, a)
    if claim.stance != "asserts" or (claim.negations > 0) != (sentence.negations > 0):
        return 0.0
    if places_apart(claim, sentence):
        return 0.0
    if sentence.according_to:
        # a sentence quoting someone is their claim, not the outlet's own
        # ("... I support and endorse our speaker ...," Trump told a crowd" is
        # no telling of Pence's "I strongly support Paul Ryan ...")
        return 0.0
    if claim.numbers and sentence.numbers and claim.numbers != sentence.numbers:
        return 0.0
    if len(claim.words & sentence.words) < MIN_SHARED:
        return 0.0
    score = overlap(claim.words, sentence.words, weights)
    if score < CLAIM_MATCH:
        return 0.0
    # where the claim's own sentence meets the other, the two sentences are
    # the fuller evidence ("Yesterday, the Department of Homeland Security
    # announced that ...", "The federal government said on Saturday that ...")
    told = content_words(claim.sentence_text)
    return 0.0 if overlap(told, sentence.words, weights) >= SENTENCE_MATCH else score


def _ages(a: Statement, b: Statement) -> float:
    """One person's age told twice: the same age of the same person, or, where
    one outlet names no one, an age each article writes only once ("the
    27-year-old illegal immigrant", "Gerson Fuentes, 27,"). Ages are never in
    conflict (:mod:`.ages`), so ages that differ are two facts."""
    if a.value != b.value:
        return 0.0
    if a.speaker and b.speaker:
        return 1.0 if a.speaker == b.speaker else 0.0
    return SLOT_MATCH if a.unique and b.unique else 0.0


def _durations(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    """One length of one thing: the same value ("P15W") in sentences that
    share what it is the length of (``MIN_SHARED`` words, and an overlap of
    ``DURATION_CONTEXT`` unless each article gives that length only once). Lengths of other values are left apart, never in conflict: a
    story names many ("15 weeks", "20 weeks", "six weeks")."""
    if a.value != b.value or len(a.words & b.words) < MIN_SHARED:
        return 0.0
    score = overlap(a.words, b.words, weights)
    if a.unique and b.unique:
        return max(score, SLOT_MATCH)  # the one "six weeks" each article gives
    return score if score >= DURATION_CONTEXT else 0.0


def _affiliations(a: Statement, b: Statement) -> float:
    """One person's party and state: the same fact when both give the party,
    or both the state ("(R-KY)" and "of Kentucky"); a party only against a
    state only tells two things."""
    if a.speaker != b.speaker:
        return 0.0
    both_party = bool(a.party and b.party)
    both_state = bool(a.state and b.state)
    return 1.0 if both_party or both_state else 0.0


NAMES_TOLD = 3
"""Names two sentences share that say something with no other word in
common: a list ("West Virginia, Montana and South Dakota" both call won),
where one or two names with their titles only say who."""


def _sentences(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    """Nearly the same sentence, with the same numbers, negated alike, no
    days that cannot agree and a word in common outside names and titles:
    "killed 49 people" is not "wounded 53 people", nor "said at a press
    conference Friday" "said at a press conference Thursday"."""
    if a.numbers != b.numbers or (a.negations > 0) != (b.negations > 0):
        return 0.0
    if disjoint(a.when, b.when) or weekdays_apart(a.text, b.text) or places_apart(a, b):
        return 0.0
    if groups_apart(a, b):
        return 0.0
    if threatens(a.text) != threatens(b.text):
        return 0.0  # "threatened to veto the plan", "vetoed the plan" (.intents)
    if min(len(a.words & b.words), len(a.told & b.told)) < MIN_SHARED:
        return 0.0
    if not a.common & b.common and len(a.entities & b.entities) < NAMES_TOLD:
        return 0.0  # only who they name ("... Chairman Reince Priebus will also
        # hold a separate meeting", "... led ... Chairman Reince Priebus to declare")
    # the lower of two readings, with and without whom they quote: two
    # outlets describing one speaker alike ("..., said Andrew Light, a senior
    # fellow at the World Resources Institute") tell who he is (a clause of
    # each), not that he said one thing
    score = min(
        overlap(a.words | a.entities, b.words | b.entities, weights),
        overlap(a.told | a.entities, b.told | b.entities, weights),
    )
    if _quoted_apart(a, b) and not _one_wording(a, b, score):
        return 0.0  # "“If you like your health care plan, you'll be able to
        # keep your health care plan”" (Obama), "“They are being forced out
        # of health care plans they like”" (Mr. Brady): two men's words
    return score if score >= SENTENCE_MATCH else 0.0


def _quoted_apart(a: Statement, b: Statement) -> bool:
    """True for two sentences each quoting someone named, by other surnames
    ("Obama", "Mr. Brady"; not "Mr. Trump" and "Trump", nor "the
    president", who may be either)."""
    x, y = (_quoted_surname(s) for s in (a, b))
    return bool(x and y and x != y)


def _quoted_surname(statement: Statement) -> str | None:
    """The last word of whom a quoted sentence is told by, if a name's."""
    words = (statement.according_to or "").split()
    last = words[-1].strip(".,") if words else ""
    return last.lower() if last[:1].isupper() else None


def _clauses(a: Statement, b: Statement, weights: dict[str, float]) -> float:
    """Two clauses saying one thing: common words shared (``MIN_SHARED_COMMON``),
    the same numbers where both give some, negated alike, no days that cannot
    agree, and a weighted overlap from ``CLAUSE_MATCH`` (``DATED_CLAUSE_MATCH``
    when both name the same day, where a name both give counts as a word in
    common: "a new documentary that premiered Wednesday in Rome", "premiered
    at the Rome Film Festival on Wednesday")."""
    dated = a.when is not None and a.when == b.when
    named = len(a.entities & b.entities) if dated else 0
    if len(a.words & b.words) + named < MIN_SHARED_COMMON:
        return 0.0
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return 0.0
    if (a.negations > 0) != (b.negations > 0) or disjoint(a.when, b.when):
        return 0.0
    if weekdays_apart(a.text, b.text) or places_apart(a, b) or groups_apart(a, b):
        return 0.0  # "won the primaries in Florida", "won the Missouri primary"
    if threatens(a.text) != threatens(b.text):
        return 0.0  # "threatened to veto the plan", "vetoed the plan" (.intents)
    if named_apart(a, b):
        return 0.0  # "said Christine Link, executive director of the ACLU",
        # "Rashad Robinson, Color of Change's executive director": two people
    score = overlap(a.words | a.entities, b.words | b.entities, weights)
    floor = CLAUSE_MATCH if a.when is None or b.when is None else DATED_CLAUSE_MATCH
    return score if score >= floor else 0.0
