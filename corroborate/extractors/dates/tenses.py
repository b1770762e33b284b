"""Where a time lies from the clause that tells it: the tense, aspect and
modality of the verb that governs it and the words that introduce it
("since" looks back; "by", "until", "payable" look ahead), for the
direction of a bare weekday or month (:func:`tense_lookup`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ... import plover
from ...syntax import doc_text, lemma_of
from ...timex import PLANNED
from ..claims.cues import NOUN_CUES, SPEECH_VERBS, says_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NOUN_POS = frozenset({"NOUN", "PROPN"})


def tense_lookup(sdoc: Doc, spans: dict[int, int]) -> Callable[[int], str | None]:
    """A function from the start of a time expression to its direction.

    Args:
        sdoc: the parsed text.
        spans: where each expression found ends, by its start, so that the
            expression's syntactic head can be told from its other words.
    """
    starts = [token.idx for token in sdoc]

    def tense_at(offset: int) -> str | None:
        if not starts:
            return None
        first = max(0, bisect.bisect_right(starts, offset) - 1)
        last = max(first, bisect.bisect_left(starts, spans.get(offset, offset + 1)) - 1)
        return _direction(span_head(sdoc[first : last + 1]))

    return tense_at


def span_head(tokens: Span) -> Token:
    """The word of an expression whose head lies outside it."""
    for token in tokens:
        if not tokens.start <= token.head.i < tokens.end or token.head.i == token.i:
            return token
    return tokens[0]


FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
MODALS = frozenset({"would", "should", "may", "might", "can", "must", "'d"})
"""Modals that put an event ahead ("would be paid in January"); "could" is
as often the past of "can" ("could not be reached Wednesday") and says nothing."""
PROSPECTIVE_VERBS = frozenset(
    "plan expect schedule set slate agree intend hope aim want seek propose prepare "
    "promise decide vow threaten be go due likely poised invite".split()
)
"""Verbs (and adjectives) whose infinitive names something still ahead:
"is expected to close Monday", "planned to leave on Thursday", "is to resume",
"has invited Trump to meet on Thursday morning"."""
NOUN_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod"})
PROSPECTIVE_CUES = re.compile(
    r"(?i)\b(?:payable|effective|of\s+record|due|(?:scheduled|set|slated|planned)\s+for|"
    r"(?:sentencing|hearing|trial|arraignment|vote|runoff)\s+for|"
    r"as\s+(?:early|soon)\s+as|(?<![\w-])come|(?<=\w\s)expected)\s+(?:on\s+)?$"
)
"""Words after which a date lies ahead, whatever the tense of the clause:
"declared a dividend payable Dec. 7 to holders of record Nov. 10", "created
an office effective Feb. 1", "set for April", "as early as Tuesday", "a
hearing for June 28" (a session fixed for a day), "come November", "voted
to send the bill to the House for a vote expected Friday" (not an aside:
"The ruling, expected Friday, was delayed")."""
RETROSPECTIVE_CUES = re.compile(r"(?i)\b(?:back\s+(?:in|on)|as\s+far\s+back\s+as)\s+$")
"""Words after which a date lies behind, whatever the clause: "the pledge
to rebuild the bridge back in September still stands", "as far back as
2009". (A month still to come within ``MONTH_DAY_SHIFT_DAYS`` stays this
year's, as TimeBank's past clauses have it.)"""
SOUGHT_ELECTION = re.compile(
    r"(?i)\b(?:campaigns?|bids?|race|run)\s+for\s+(?:re-?)?election\s+(?:in|on)\s+$"
)
"""The election a campaign is for, whatever the clause's tense ("refused to
endorse Ryan ... in their campaigns for re-election in November", written
in August: the coming one; "their campaigns for re-election in November",
written in December: the one just past): the nearest of that name. Not
"ran for re-election in March", which the clause's past dates."""
LIMIT_CUES = re.compile(r"(?i)\b(?:until|till|through|by)\s+$")
"""A deadline or the end of a stretch ("by Jan. 14", "until Tuesday",
"through January") lies ahead, unless the clause is in the past ("it was not
until Tuesday that")."""
BEFORE = re.compile(r"(?i)\bbefore\s+$")
"""A deadline a past plan is to be done by lies ahead ("planned to visit the
United States before January")."""
DEFERRED_TO = re.compile(r"(?i)\b(?:until|till|through|by|to)\s+$")
DEFERRING_VERBS = frozenset(
    "postpone delay defer adjourn extend suspend give grant recess move push".split()
)
"""Verbs whose "until <day>" or "to <day>" lies ahead even when they are
past: "postponed the hearing until Tuesday", "moved the vote to Friday",
"extended the deadline to Friday", "gave them until 9 a.m. Tuesday" (what
stayed so "until Tuesday" may be over)."""
APART = re.compile(r"\n|[\"“”]|``|''")
"""What a time and its verb cannot have between them: a line end (a
headline's verb over the body's date) or a quotation mark (a quote's verb
for a date outside it: 'Wechsler on Thursday: "... is inaccurate"')."""
AHEAD_ADJECTIVES = frozenset(
    "looming upcoming coming forthcoming impending planned scheduled proposed".split()
)
"""Words that put the noun they modify ahead, and the date that dates it:
"was not hopeful about the looming showdown in July" is next July's."""
REQUEST_VERBS = frozenset("call appeal press push".split())
"""Verbs whose "for" names what is asked, still ahead: "called for a general
strike ... on Thursday" is Thursday's strike, to come."""
PROMISE_VERBS = frozenset("threaten promise pledge vow".split())
ACT_NOUNS = frozenset(
    """shutdown vote veto boycott lawsuit war tariff default filibuster referendum
    election recount impeachment hearing trial review audit response""".split()
)
"""Nouns of acts the PLOVER lexicon does not type, that a promise or a threat
may take as its object."""
"""Verbs whose object is an act still ahead, and so the date told right after
it: "threatened a shutdown in September", "promised a vote in March"."""
OCCASION_NOUNS = ACT_NOUNS | frozenset(
    """win victory loss defeat speech address debate session appearance primary
    caucus meeting rally interview summit announcement ceremony briefing
    testimony""".split()
)
"""Nouns of occasions the PLOVER lexicon does not type, that a time right
after them dates ("the win Tuesday", "his appearance on Monday")."""
SCHEDULING_VERBS = frozenset("schedule reschedule slate plan".split())
"""Verbs that put what they govern ahead even when they are past: "has
scheduled a news conference Thursday", "planned a march on Saturday"."""


def _speech_verb_before(head: Token) -> Token | None:
    """The verb of saying right before a time ("said Monday it would",
    "announced on Tuesday that"): the parser may hang the time on the
    reported clause's verb, whose tense ("would cut") is not the day's."""
    i = head.left_edge.i - 1
    if i >= 0 and head.doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return None
    token = head.doc[i]
    return (
        token if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS else None
    )


def _direction(head: Token) -> str | None:
    """ "past", "future" or "present": where the time headed by ``head`` lies.

    From the verb that governs it (tense, aspect, modality) and from the
    words that introduce it ("since" looks back; "by", "until", "payable"
    look ahead), else None. A date that modifies a noun ("the October
    slaying", "Wednesday's ruling", "the Tuesday deadline") takes only a
    past tense from the verb: the noun's event has its own time. A verb on
    another line or across a quotation mark says nothing (``APART``).
    """
    verb = governing_verb(head)
    speech = _speech_verb_before(head)
    if speech is not None and verb is not None and speech in verb.ancestors:
        verb = speech
    tense = _verb_tense(verb) if verb is not None else _sentence_tense(head)
    if verb is not None and APART.search(_text_between(head, verb)):
        verb, tense = None, None
    if any(t.lower_ == "since" for t in _path_to(head, verb)):
        return "past"
    edge = int(head.left_edge.idx)
    before = doc_text(head.doc)[max(0, edge - 30) : edge]
    if tense != "pluperfect" and (
        PROSPECTIVE_CUES.search(before) or _dates_ahead(head)
    ):
        return "future"
    if RETROSPECTIVE_CUES.search(before):
        return "past"
    if SOUGHT_ELECTION.search(before):
        return None  # the nearest: the election a campaign is for
    lemma = verb.lemma_.lower() if verb is not None else ""
    if LIMIT_CUES.search(before) and tense not in {"past", "pluperfect"}:
        return "future"
    if tense == PLANNED and BEFORE.search(before):
        return "future"  # "planned to visit before January": a deadline ahead
    if tense == "past" and lemma in DEFERRING_VERBS and DEFERRED_TO.search(before):
        return "future"
    if tense == "past" and lemma in SCHEDULING_VERBS:
        return "future"
    if tense == "past" and verb is not None and lemma in REQUEST_VERBS:
        if _after_for(verb, head):
            return PLANNED
    if tense == "past" and verb is not None and lemma in PROMISE_VERBS:
        if _after_object(verb, head):
            return PLANNED
    if tense in {"past", "pluperfect"}:
        return "past"
    modifies_noun = (
        (head.dep_ in NOUN_MODIFIER_DEPS and head.head.pos_ in NOUN_POS)
        or _after_a_noun_of_saying(head)
        or _dates_an_occasion(head, verb)
    )
    if modifies_noun and tense == "future" and _what_it_will_be(head.head, verb):
        return "future"  # "Thursday's testimony will be another episode"
    return None if modifies_noun else tense


def _after_a_noun_of_saying(head: Token) -> bool:
    """True for a time right after a noun of saying, which it dates, however
    the parser hangs it ("Priebus' assertion Tuesday night", "his remarks
    on Monday"): the verb of the clause ("cannot trust ... Priebus'
    assertion Tuesday night") does not say when that was said."""
    i = head.left_edge.i - 1
    if i >= 0 and head.doc[i].lower_ == "on":
        i -= 1
    noun = head.doc[i] if i >= 0 else None
    return (
        noun is not None
        and noun.pos_ in NOUN_POS
        and NOUN_CUES.get(noun.lemma_.lower()) in SAYING_STANCES
    )


def _dates_an_occasion(head: Token, verb: Token | None) -> bool:
    """True for a time that dates a noun of an occasion however the parser
    hangs it: right after it ("should get a boost from the win Tuesday",
    "Tuesday" read as the verb's) or by an "on" that hangs on it ("a session
    with business leaders in Washington on Monday would focus on ..."). The
    occasion has its own time, which the clause's modal or future does not
    give. Not where the verb's own act is (:func:`_in_the_verbs_act`)."""
    nouns = []
    i = head.left_edge.i - 1
    if i >= 0 and head.doc[i].lower_ == "on":
        i -= 1
    if i >= 0:
        nouns.append(head.doc[i])
    if head.dep_ == "pobj" and head.head.lower_ == "on":
        nouns.append(head.head.head)
    return any(
        noun.pos_ == "NOUN"
        and names_an_occasion(noun.lemma_.lower())
        and not _in_the_verbs_act(noun, verb)
        for noun in nouns
    )


def _in_the_verbs_act(noun: Token, verb: Token | None) -> bool:
    """True for the verb's object ("will hold a vote Tuesday") or the object
    of a preposition hung on the verb ("will face Nehlen in a primary on
    Tuesday", "will speak at a rally Tuesday"): the verb's act takes place
    there, told in the verb's time."""
    if verb is None:
        return False
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in PLACE_OF_ACT_PREPS
        and noun.head.head.i == verb.i
    )


PLACE_OF_ACT_PREPS = frozenset({"in", "at", "during"})
"""Prepositions of the occasion a verb's act takes place at ("face him in a
primary", "speak at a rally"); not of one it comes from ("coming off a
strong debate Thursday night")."""


def names_an_occasion(lemma: str) -> bool:
    """ "win", "session", "meeting", "attack": a noun of something that happens
    (:data:`OCCASION_NOUNS`, or a noun trigger of the PLOVER lexicon)."""
    return (
        lemma in OCCASION_NOUNS or plover.lookup_trigger(lemma, noun=True) is not None
    )


SAYING_STANCES = frozenset({"asserts", "denies", "claims"})
"""Stances of the nouns of saying that date what was said (:data:`NOUN_CUES`):
not a report, which may be one to come ("the jobs report on Friday"), nor a
promise or a warning."""


def _what_it_will_be(noun: Token, verb: Token | None) -> bool:
    """True for a noun that is the subject of "be" told to come: what the
    thing will be ("Thursday's testimony will be another unfortunate
    episode"), so the thing itself is to come; not one that will be done to
    ("Wednesday's ruling will be appealed") nor one whose effect is ("...
    will allow")."""
    return (
        verb is not None
        and noun.dep_ == "nsubj"
        and noun.head.i == verb.i
        and verb.lemma_.lower() == "be"
    )


def _dates_ahead(head: Token) -> bool:
    """True when a time dates a noun told as ahead (:data:`AHEAD_ADJECTIVES`),
    by "in" or "on" right after it ("the looming showdown in July", which
    the parser may hang on the verb) or as its modifier ("the upcoming July
    vote")."""
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "on"):
        prep = head.head
        nouns = [prep.head, *([head.doc[prep.i - 1]] if prep.i else [])]
    elif head.dep_ in NOUN_MODIFIER_DEPS:
        nouns = [head.head]
    else:
        return False
    return any(
        noun.pos_ in NOUN_POS
        and any(
            c.dep_ == "amod" and c.lower_ in AHEAD_ADJECTIVES for c in noun.children
        )
        for noun in nouns
    )


def _sentence_tense(head: Token) -> str | None:
    """ "past" when no verb governs a time, it modifies no noun, and every
    finite verb of its sentence within reach is past: the parse lost the
    verb ("Mr Trump shocked party members on Tuesday when he refused ...",
    "shocked" read as an adjective and "members" as the root). Else None: a
    present tense there may be another clause's, and a noun's date ("a June
    referendum") has its own time. Verbs across a quotation mark or a line
    end (``APART``) are not read."""
    if head.dep_ in NOUN_MODIFIER_DEPS:
        return None
    finite = [
        t
        for t in head.sent
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        and not APART.search(_text_between(head, t))
    ]
    return "past" if finite and all(t.tag_ == "VBD" for t in finite) else None


def _after_for(verb: Token, head: Token) -> bool:
    """True when the time comes after what the verb asks "for" ("called for a
    general strike ... on Thursday"), not before it ("called on Tuesday for
    a two-hour strike": the call's day)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < head.i for c in verb.children
    )


def _after_object(verb: Token, head: Token) -> bool:
    """True when the time comes after the verb's object, an act ("threatened
    a shutdown in September": the parser hangs "in September" on the verb),
    not before it ("threatened in September to shut down": the threat's day),
    nor after a person or thing threatened ("threatened the reporter on
    Monday")."""
    return any(
        c.dep_ == "dobj"
        and c.i < head.i
        and (
            c.lemma_.lower() in ACT_NOUNS
            or plover.lookup_trigger(c.lemma_.lower(), noun=True)
        )
        for c in verb.children
    )


def _text_between(a: Token, b: Token) -> str:
    return doc_text(a.doc)[min(a.idx, b.idx) : max(a.idx, b.idx)]


def governing_verb(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _path_to(token: Token, verb: Token | None) -> list[Token]:
    """``token`` and its heads up to (not including) ``verb``."""
    path = []
    for _ in range(6):
        if verb is not None and token.i == verb.i:
            break
        path.append(token)
        if token.head.i == token.i:
            break
        token = token.head
    return path


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    """ "past", "pluperfect", "future", "present" or None for one verb.

    Modals ("would be paid", "may be signed") and infinitives ("is expected
    to close Monday", "planned to leave on Thursday", "is due to be
    sentenced June 28") look ahead.
    """
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in aux}
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS:
        return "past" if "have" in words else "future"
    if "had" in words:
        return "pluperfect"
    passive = verb.tag_ == "VBN" and "be" in words and "have" not in words
    if "to" in words and (verb.tag_ == "VB" or passive) and depth < 2:
        matrix = verb.head
        if matrix.pos_ == "ADJ" and matrix.head.i != matrix.i:  # "due to", "likely to"
            matrix = matrix.head
        if matrix.i == verb.i or (
            matrix.pos_ not in {"VERB", "AUX"} and matrix.dep_ == "ROOT"
        ):
            # a headline's infinitive: "Senate to vote in June", "Company to
            # close plant in October" tell what is to come
            return "future"
        if matrix.pos_ not in {"VERB", "AUX"}:
            return None
        # what one planned, agreed or was set to do lies ahead, unless told
        # in the past perfect ("had been due to expire Friday"); after other
        # verbs the date may belong to them ("declined to comment Saturday")
        tense = _verb_tense(matrix, depth + 1)
        prospective = verb.dep_ == "xcomp" and lemma_of(matrix) in PROSPECTIVE_VERBS
        if tense == "pluperfect" or not prospective:
            return tense
        if passive and tense == "past":
            return None  # "was to be issued on Wednesday": that plan's day may be over
        if tense == "past" and not _perfect(matrix):
            return PLANNED  # "was scheduled to leave New Hampshire late Tuesday"
        return "future"
    if any(
        c.tag_ in {"VBD", "VBZ", "VBP"} and c.lower_ in {"has", "have", "'ve"}
        for c in aux
    ):
        return "past"  # the present perfect
    if any(c.tag_ == "VBD" for c in aux):
        return "past"
    if any(c.tag_ in {"VBZ", "VBP"} for c in aux):
        return "present"
    if _in_sequence(verb, aux) and depth < 2:
        # "elections are set for Wednesday, followed by a full House vote
        # Thursday": what follows or precedes is told in the clause's time
        return _verb_tense(verb.head, depth + 1)
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not aux):
        return "past"
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in ("pcomp", "pobj")
        and verb.head.lower_ in SEQUENCE_PREPS
        and not aux
        and depth < 2
    ):
        # "has been cooperating ..., including offering in August to meet":
        # a gerund after a preposition of sequence is told in its clause's time
        clause = _clause_of(verb)
        return _verb_tense(clause, depth + 1) if clause is not None else None
    if verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and _finite_present(verb)):
        return "present"
    if says_after(verb) and verb.head.pos_ in {"VERB", "AUX"} and depth < 2:
        # saying set after its clause's verb tells the same occasion ("He
        # dismissed the critique, saying Monday that ...": the Monday past);
        # not a consequence ("..., resulting in closures in the fourth quarter")
        return _verb_tense(verb.head, depth + 1)
    return None


SEQUENCE_PREPS = frozenset("after before since upon following including".split())
"""Prepositions that put a gerund's act beside its clause's in time ("resigned
after declaring her campaign on Sunday", "since taking over as speaker in
the fall"); not those of purpose, cause or manner ("a campaign focused on
winning in the fall", "criticism for airing a town hall on Wednesday"),
whose act may come at another time."""


def _clause_of(gerund: Token) -> Token | None:
    """The verb of the clause a gerund after a preposition is part of, up
    through the prepositions and nouns it hangs on ("cooperating with the
    inquiry, including offering": cooperating), if near."""
    head = gerund.head
    for _ in range(GERUND_CLIMB):
        if head.pos_ in {"VERB", "AUX"} and head.dep_ != "prep":
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


GERUND_CLIMB = 4
"""Tokens climbed from a gerund to its clause's verb."""
SEQUENCE_PARTICIPLES = frozenset({"follow", "precede"})
"""Participles set after a clause that tell what comes after or before it."""


def _in_sequence(verb: Token, aux: list[Token]) -> bool:
    """True for "followed by" or "preceded by" set after the clause it hangs on."""
    return (
        verb.tag_ == "VBN"
        and not aux
        and verb.dep_ == "advcl"
        and verb.head.i < verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.lemma_.lower() in SEQUENCE_PARTICIPLES
    )


def _perfect(verb: Token) -> bool:
    """A verb in the present perfect ("has invited Trump to meet")."""
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "'ve"}
        for c in verb.children
    )


SAME_PAST_FORMS = frozenset(
    "bet bid burst cast cost cut fit hit hurt let put quit set shed shut split spread".split()
)
"""Verbs whose past is their present form: "stocks hurt the index on Friday"
may be either."""
BARE_INFINITIVE_HEADS = frozenset("see watch hear feel make let help have".split())
"""Verbs followed by a bare infinitive that a tagger may read as a present:
"has seen new cases drop ... on Monday"."""


def _finite_present(verb: Token) -> bool:
    """A present form (VBP) that is a present: not a form the past shares
    ("cut", "hurt") nor a bare infinitive ("saw prices drop")."""
    return (
        verb.lower_ not in SAME_PAST_FORMS
        and verb.head.lemma_.lower() not in BARE_INFINITIVE_HEADS
    )
