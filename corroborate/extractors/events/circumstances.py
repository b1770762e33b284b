"""When and how many: an event's date and size, read from its sentence (and
the claim that tells it); where is :mod:`.whereabouts`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Article, DateRef, Span
from ...syntax import doc_text
from ...timex import parse_iso
from ..claims.cues import says_after
from ..claims.extract import is_quotation
from ..claims.marks import open_quotation
from .against import (
    bounding_word,
    changed_from,
    compared,
    counted,
    counted_from,
    moved,
    right_after,
)
from .modality import FUTURE_AUX, MODAL_AUX, after_report, enclosing_claim
from .qualifying import (
    DAY_OF_NOUN_DEPS,
    TOPIC_PREPS,
    VERB_TOPIC_PREPS,
    clock_time_without_day,
    dated_noun,
    no_day_of_the_act,
    occasion_spoken_of,
    of_another_noun,
    qualifies_participant,
    set_apart,
)
from .triggers import REACTION_VERBS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

MAX_CLAUSE_CLIMB = 8  # tokens climbed from a date to its verb; NPs are rarely deeper
RECIPIENT_PREPS = frozenset({"on", "against", "with", "to", "into", "at", "from", "of"})
RELATIVE_PREPS = frozenset({"before", "after", "until", "till", "by", "following",
                            "through", "thru"})  # fmt: skip
"""Prepositions whose date bounds an act's day without being it ("after
Friday's hearing", "through March 2022"); not "since" or "from", which date
the start of a state ("has banned the group since the early eighties": the
designation registry's "since when")."""
AFTER_PREPS = frozenset({"after", "following", "until", "till"})
"""Prepositions that tell an act after or up to a thing, never where or by
whom it is done: a day written on that thing is its own."""
BASELINE_NOUNS = frozenset({"level", "baseline"})
"""Nouns a date makes a measure to compare with ("from 2005 levels", "below
1990 levels"): no day of the act."""


def line_sentence(token: Token) -> Span:
    """The trigger's sentence, clipped to its line (headlines run into sentences)."""
    sent = token.sent
    text = doc_text(token.doc)
    start = max(sent.start_char, text.rfind("\n", 0, token.idx) + 1)
    nl = text.find("\n", token.idx)
    end = min(sent.end_char, nl if nl >= 0 else len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def date_of(
    article: Article, token: Token, sent: Span
) -> tuple[str | None, Span | None]:
    """The date of the trigger's clause; else, unless that clause bounds
    another act's day ("endorsed him on Friday night after declining to"),
    the date it borrows (:func:`_borrowed_date`); else the day the article
    gives the act as a noun (:func:`_named_day`)."""
    found = _sentence_date(article, token, sent) or _named_day(article, token)
    if found is None:
        return None, None
    return found.value, Span(found.start, found.end)


def _sentence_date(article: Article, token: Token, sent: Span) -> DateRef | None:
    """The date the trigger's own sentence gives it (see :func:`date_of`); a
    noun that is the subject of another act takes only the days written on
    it ("The terrorist attacks in Paris reframed the contest Saturday": the
    reframing's day; "The attack killed 12 on Friday" and "the vote took
    place Tuesday" tell their own)."""
    own = clause_verb(token)
    if _participant_of_another_act(token, own):
        return _written_on(article, token, sent)
    bound = _bounds_the_act(token)
    if bound:
        # "arrested him on Thursday, two days after the attack": Tuesday's
        found = _written_on(article, token, sent) or right_after(article, token)
        found = found or _counted_back(article, token.head, own, sent)
        if found is not None:
            return found
    found = _attached_date(article, token, sent, tuple(_anchors(token, own)))
    if found is None and not _bounding(own) and not _since_clause(own):
        found = _borrowed_date(article, token, sent, own)
    elif found is None and own.head.i != own.i:
        # a bounding clause the parser made the root bounds no act of its own
        found = _counted_back(article, bounding_word(own), own.head, sent)
    if bound and found is not None and found.precision in ("day", "time"):
        return None  # "arrested him on Thursday after the attack": not
        # Thursday's; "wrote in August, after a visit": of August still
    return found


def _anchors(token: Token, own: Token) -> Iterator[tuple[Token, ...]]:
    """The clauses whose date is the act's, each before the next (see
    :func:`_attached_date`): its own clause (and the message it is issued
    with), then a "when" clause beside it, then the saying it is told in.
    "When voters soured ... in 2009, Democrats lost 63 seats ... in 2010":
    2010; "Aides said Friday that the mayor commended the strikers when they
    staged a walkout in 2001": 2001."""
    yield (token, own, *_issued_with(own))
    for clauses in (_when_clauses(own), _saying(own)):
        if clauses:
            yield tuple(clauses)


def _bounds_the_act(noun: Token) -> bool:
    """True for a noun an act is told after or before ("arrested him on
    Thursday after the attack"): the act's day is not the noun's, though
    its month or year may be."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in RELATIVE_PREPS
        and noun.head.lower_ != "by"
    )


def _counted_back(
    article: Article, prep: Token | None, act: Token, sent: Span
) -> DateRef | None:
    """The day a count of days before ``prep`` gives what follows it, counted
    back from the day of ``act``, the act it bounds ("declared on Thursday,
    two days after voters went to the polls": the vote on Tuesday)."""
    count = None if prep is None else counted(prep)
    if prep is None or count is None:
        return None
    found = _sentence_date(article, clause_verb(act), sent)
    if found is None:
        return None
    end = prep.idx + len(prep)
    return moved(found, -count[0], count[1], end, article.published.value)


def _told_now(verb: Token) -> bool:
    """True for a verb told in the present or the present perfect, or with a
    modal ("which obligates", "it has rejected", "that would dismantle")."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("MD", "VBZ", "VBP") for c in verb.children
    )


def _describes_subject(noun: Token) -> bool:
    """True for the subject of a verb that is not its own happening (not one
    of :data:`OCCURRENCE_VERBS`): a relative clause of it tells who or what
    the doer is, not what was done on the verb's day ("Sununu, who vetoed
    the repeal bill, said Thursday ...", "the mill that once employed 2,000
    workers shut down three years ago", "the man who shot the guard was
    arrested Friday"; "the storm that killed 12 struck on Friday" is the
    storm's day)."""
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.lemma_.lower() not in OCCURRENCE_VERBS
    )


def _past_perfect(verb: Token) -> bool:
    """True for a verb told with "had" ("which had sued Arizona"): its act
    lies before the time of the clause it hangs on."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d", "\u2019d") for c in verb.children
    )


def _of_a_time(article: Article, verb: Token) -> bool:
    """True for a relative clause whose noun is written in a date ("in
    March, when 145 were killed"; "since Jan. 7, 2012, when Barkley
    hosted"): the date is its time."""
    head = verb.head.idx
    return any(d.start <= head < d.end for d in article.dates)


ISSUING_VERBS = frozenset("issue file sign release publish grant".split())
"""Verbs that put out a thing on one day (an order, a suit, a bill)."""


def _issued_with(verb: Token) -> list[Token]:
    """The verb that puts out the thing a participle tells the content of
    (:data:`ISSUING_VERBS`: "issued a nationwide injunction on Tuesday
    ordering the administration to resume the program": the ordering is
    Tuesday's; not "have enacted more than 1,330 laws restricting access"
    since a year, laws of many days)."""
    noun = verb.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ISSUING_VERBS
    ):
        return [noun.head]
    return []


def _when_clauses(verb: Token) -> list[Token]:
    """The clauses a "when" sets beside a verb ("commended House Democrats when
    they staged a walk-out in 2001"): the same time, so their date is the act's."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)
    ]


def _saying(verb: Token) -> list[Token]:
    """The participles of saying set after a verb ("He dismissed critique of
    his performance at Saturday's debate, saying Monday that ..."): they tell
    the same occasion, so their day is the act's."""
    return [c for c in verb.children if says_after(c)]


OCCURRENCE_VERBS = frozenset(
    """take happen occur come go begin start end continue last resume kill
    wound injure leave claim hit strike erupt unfold draw attract move reach
    pass fail falter collapse schedule set be appear seem remain become
    look""".split()
)
"""Verbs whose noun subject happens on their day ("the vote took place
Tuesday", "the attack killed 12 on Friday", "his rallies in May drew
160,000 people", "the agreement reached in Paris on Saturday"), or that
only say what it was ("his visit this week was going to be awkward", "the
rally last Wednesday appeared choreographed")."""


def _participant_of_another_act(token: Token, verb: Token) -> bool:
    """True for a noun trigger that is the subject of a verb of another act
    (not one of :data:`OCCURRENCE_VERBS`), or the object of a reaction to it
    (:data:`.triggers.REACTION_VERBS`: "Pelosi last month called the
    agreement ..." is no day of the agreement); not the subject of a passive,
    which most often tells the noun's own act ("a deal had been reached");
    or what another noun is about (:data:`TOPIC_PREPS`: "Clinton's comments
    Tuesday on the shooting death of Crutcher": the comments' day)."""
    noun = (
        token.head if token.dep_ in ("compound", "amod") else token
    )  # "shooting death"
    if token.pos_ == "NOUN" and noun.dep_ == "pobj":
        prep, about = noun.head.lower_, noun.head.head
        if about.pos_ == "NOUN" and prep in TOPIC_PREPS:
            return True
        if about.pos_ == "VERB" and prep in VERB_TOPIC_PREPS:
            return True  # "marched Sunday over the killing"
    if token.pos_ != "NOUN" or token.head.i != verb.i:
        return False
    if token.dep_ == "dobj":
        return verb.lemma_.lower() in REACTION_VERBS
    return token.dep_ == "nsubj" and verb.lemma_.lower() not in OCCURRENCE_VERBS


def _written_on(article: Article, noun: Token, sent: Span) -> DateRef | None:
    """The date written on a noun, inside its own phrase ("Friday's attacks",
    "the attacks on Friday"), not one of another noun joined to it ("The
    attack on ... in 1983, the attack on ... in 1996"), if any."""
    doc = noun.doc
    joined = {
        t.i for c in noun.children if c.dep_ in ("conj", "appos") for t in c.subtree
    }
    inside = {t.i for t in noun.subtree} - joined
    for date in article.dates:
        if not (sent.start <= date.start and date.end <= sent.end):
            continue
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if date.type in ("DATE", "TIME") and span is not None and span.root.i in inside:
            return date
    return None


DECIDED_BY_VOTE = frozenset(
    "pass approve adopt confirm reject impeach acquit convict override".split()
)
"""What a body decides by voting: "Wednesday's vote" is the day "The House
has passed the bill", and "The House voted Wednesday to delay mandates" the
day "the House on Wednesday passed bills delaying" them."""
AHEAD_WORDS = frozenset(
    "ahead prior anticipation advance preparation run-up lead-up build-up".split()
)
"""Words whose "of", "to" or "for" puts a noun's day after the act ("ahead of
Tuesday's vote", "in anticipation of the June 7 primary", "in the run-up to
the election")."""
BEFORE_PREPS = frozenset({"before", "until", "till", "by", "ahead", "pending"})
"""Words that put a noun's day after the act ("ahead of Tuesday's vote")."""


def _named_day(article: Article, token: Token) -> DateRef | None:
    """The day another sentence gives an act its own sentence leaves undated,
    as a noun of that act ("it is unclear where the House measure will go
    after Wednesday's vote" dates "The House has passed a gun control bill";
    "the attack on Sunday" dates "gunmen attacked the convoy"): only when
    every such noun of the article gives one day, none names a body of its
    own ("the Senate's vote", "the vote in the Senate") or falls after the
    act ("ahead of Tuesday's vote"), none lies long before the report (the
    name of a past event: "the Sept. 11 attacks"), and no other telling of
    the act in the article is dated otherwise. An act told by a noun takes
    no day so: "how the indictment impacts voters" names the indictment
    "Thursday's indictment" dates, but tells no act of that day."""
    if token.pos_ != "VERB":
        return None
    if token.dep_ == "relcl" and _told_now(token):
        return None  # "textbooks it has rejected": what the thing is, no act of a day
    lemma = token.lemma_.lower()
    nouns = {lemma, "vote"} if lemma in DECIDED_BY_VOTE else {lemma}
    doc = token.doc
    found: list[DateRef] = []
    for date in article.dates:
        if date.type != "DATE" or date.precision != "day" or not date.value:
            continue
        if _long_before(date.value, article.published.value):
            continue  # "the Sept. 11 attacks": a past event by its name
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            continue
        noun = dated_noun(span.root)
        if (
            noun is not None
            and noun.lemma_.lower() in nouns
            and noun.sent != token.sent
            and not _of_its_own(noun, range(span.start, span.end))
            and not _measured(noun)
        ):
            found.append(date)
    if len({d.value for d in found}) != 1:
        return None
    if token.tag_ == "VBD" and after_report(found[0].value, article.published.value):
        return None  # "supported Cruz during the primaries": done, not on a
        # day to come another sentence names
    told = [
        _sentence_date(article, t, line_sentence(t))
        for t in doc
        if t.pos_ == "VERB" and t.lemma_.lower() == lemma and t.i != token.i
    ]
    if any(d is not None and d.value != found[0].value for d in told):
        return None
    return found[0]


MEASURE_NOUNS = frozenset("level share rate percentage proportion amount".split())
"""Nouns of how much of a thing ("the level of female support on Election
Day"): what they measure names no act of that day."""


def _measured(noun: Token) -> bool:
    """True for a noun a measure is "of" (:data:`MEASURE_NOUNS`)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in MEASURE_NOUNS
    )


NAMED_DAY_DAYS = 31
"""How long before its report a noun's day may be the day of the report's act."""


def _long_before(value: str, published: str | None) -> bool:
    """True when a day lies more than :data:`NAMED_DAY_DAYS` before the report."""
    day, report = parse_iso(value[:10]), parse_iso((published or "")[:10])
    return (
        day is not None
        and report is not None
        and ((report - day).days > NAMED_DAY_DAYS)
    )


def _of_its_own(noun: Token, day: range) -> bool:
    """True when a dated noun names whose it is ("the Senate's vote", "his win
    on Tuesday", "the vote in the Senate") or falls after the act ("ahead of
    Tuesday's vote"); ``day`` holds the indices of the day's tokens."""
    for child in noun.children:
        if child.i in day:
            continue
        if child.dep_ == "poss" or (
            child.dep_ in ("compound", "amod") and child.pos_ == "PROPN"
        ):
            return True  # "Sanders, whose sole win on Tuesday", "the Senate vote"
        if child.dep_ == "prep" and child.lower_ in ("in", "by", "of"):
            return True
    governor = noun.head if noun.dep_ == "pobj" else None
    while governor is not None and governor.dep_ in ("prep", "pcomp"):
        if governor.lower_ in BEFORE_PREPS:
            return True
        governor = governor.head if governor.head.i != governor.i else None
    return governor is not None and governor.lower_ in BEFORE_PREPS


def _borrowed_date(
    article: Article, token: Token, sent: Span, own: Token
) -> DateRef | None:
    """The day written before the noun a relative clause qualifies ("last
    month's flood, that destroyed 200 homes"); else the date of the clause the
    trigger's clause modifies ("in March, when
    145 were killed"; not a relative clause of what is true, see
    :func:`_what_is_true`) or of the vote that decides it; else of the report of
    an act told in reported speech ("revealed on 3 June that the government
    delivered", "said on June 20 ... killed during a raid"; only an act of
    what is reported, :func:`_reported`), not of words a speaker is quoted
    in ("'agencies key to the withdrawal conducted reviews,' Kirby said
    Thursday")."""
    if _what_is_true(article, own):
        return None
    now = _told_now(own)
    for noun in _qualified(own):
        # the day written before the noun it qualifies: "last month's
        # massacre in Newtown, Conn., that killed 20 children", not the day
        # of the sentence's act; not what a thing would do or does now ("the
        # 2010 law that would dismantle banks", "the 1951 convention, which
        # obligates countries")
        if now:
            break
        found = _day_before(article, noun, sent)
        if found is not None:
            return found
    if own.dep_ == "relcl" and now:
        return None  # "Profits from 2017 through March for ExxonMobil, which
        # Mr. Biden has most frequently targeted": not the clause's time
    if own.dep_ == "relcl" and not _of_a_time(article, own):
        if _describes_subject(own.head) or _past_perfect(own):
            return None  # "Sununu, who vetoed the repeal bill, said Thursday":
            # who the speaker is, not what was done that day; "a 2012 ruling
            # siding with the administration, which had sued Arizona": before
    if (
        own.dep_ in ("relcl", "advcl") and not _past_of_a_future(own)
    ) or _decided_by_vote(own):
        head = (clause_verb(own.head), own.head)
        # a clause hung on another borrows when it happened, not which thing
        # it names; what a vote decides takes the vote's day however parsed
        things = own.dep_ not in ("relcl", "advcl")
        found = _attached_date(article, token, sent, (head,), things=things)
        if found is not None and (not _set_beside(own) or _within(found, own)):
            return found
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.i == own.i:
        return None  # "predicted on Wednesday that if Trump tried to violate the
        # Flores agreement": the report's day is of the act done to it, if any
    claim = enclosing_claim(article, token)
    if claim is None or is_quotation(article.text, claim):
        return None
    cue = token.doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    if cue is None or not _reported(own, cue.root) or _told_ahead(own):
        return None
    return _attached_date(article, cue.root, line_sentence(cue.root), ((cue.root,),))


BESIDE_MARKS = frozenset({"while", "whereas", "although", "though", "because",
                          "if", "unless"})  # fmt: skip
"""Words that set a clause beside another as a contrast, a cause or a
condition ("While Obama raided growers, the department stated in a 2013
memo ...", "because she had lied", "if they fail"): another act, not one of
the other clause's time."""


def _set_beside(verb: Token) -> bool:
    """True for a clause marked by one of :data:`BESIDE_MARKS` ("While Russian
    officials recommended expelling them, Putin announced Friday he would
    not": the recommending is not Friday's; "when they met on Friday" is): it
    borrows only a date written in its own stretch (:func:`_within`)."""
    return any(c.dep_ == "mark" and c.lower_ in BESIDE_MARKS for c in verb.children)


def _within(date: DateRef, verb: Token) -> bool:
    """True for a date written in a clause's stretch, from its first word to
    the comma after its verb, however the parser hung it ("If Democrats win
    control of Congress this November, we will ...": November's)."""
    close = next((t for t in verb.doc[verb.i : verb.sent.end] if t.text == ","), None)
    end = close.idx if close is not None else verb.sent.end_char
    return verb.left_edge.idx <= date.start and date.end <= end


def _past_of_a_future(verb: Token) -> bool:
    """True for a clause told in the past hung on one told with "will"
    ("On Saturday, the pair will lead a march in Houston, where Floyd grew
    up": he grew up long before; "last year's flood, which destroyed 200
    homes" is of a past clause)."""
    told = clause_verb(verb.head)
    return verb.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in told.children
    )


def _told_ahead(verb: Token) -> bool:
    """True for a verb with a modal and no "have" ("said on Friday that police
    will raid the camp", "... would raid", "... might raid"): what is said to
    come is not of the day it was said; "would have raided" is past."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & MODAL_AUX) and "have" not in aux


def _day_before(article: Article, noun: Token, sent: Span) -> DateRef | None:
    """The calendar date written before a noun as a word of its phrase ("last
    month's massacre", "the 1992 Supreme Court case", "Friday's shooting"),
    if any; not one after it ("legislation Tuesday" may be the day of the
    signing), nor a time that names no day ("the recent revelation", "a
    current employee")."""
    for date in article.dates:
        if not (sent.start <= date.start and date.end <= sent.end):
            continue
        span = noun.doc.char_span(date.start, date.end, alignment_mode="expand")
        if (
            date.type in ("DATE", "TIME")
            and (date.value or "")[:1].isdigit()  # a day, not "recent", "current"
            and span is not None
            and span.root.head.i == noun.i
            and span.root.i < noun.i
            and span.root.dep_ in ("poss", "compound", "nmod", "nummod", "amod")
        ):
            return date
    return None


def _qualified(own: Token) -> list[Token]:
    """The nouns a relative clause may qualify, nearest first: its head, or,
    where the parser hung a clause whose subject is a relative pronoun on
    the sentence's verb ("..., that killed 20 children" after "the massacre
    in Newtown, Conn."), the noun just before that pronoun; then the nouns
    that noun is set beside or is the place or object of ("Conn." ->
    "Newtown" -> "massacre")."""
    if own.dep_ == "relcl":
        noun: Token | None = own.head
    else:
        pronoun = next(
            (c for c in own.children
             if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
             and c.i < own.i),
            None,
        )  # fmt: skip
        at = pronoun.i - 1 if pronoun is not None else -1
        while at >= 0 and own.doc[at].is_punct:
            at -= 1
        noun = own.doc[at] if at >= 0 else None
    found: list[Token] = []
    while noun is not None and noun.pos_ in ("NOUN", "PROPN") and len(found) < 4:
        found.append(noun)
        if noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        else:
            noun = None
    return found


MAX_REPORT_CLIMB = 12
"""Heads climbed from an act to the verb of its report, at most."""


def _reported(verb: Token, cue: Token) -> bool:
    """True for an act of what is reported: the verb the cue governs ("said
    Friday one of its members had been killed"), the verb governing the cue
    ("... were killed, officials said Friday") or one told inside either
    ("a decision to remove the Taliban ... had been taken"), but not inside a
    relative clause of a thing or a person on the way ("found the rifle that
    was used to kill the doctor, an official said Friday"; "hair found near
    where ..."): that tells what the thing is, not what the report dates."""
    top = cue.head if cue.head.i != cue.i else cue
    node = verb
    for _ in range(MAX_REPORT_CLIMB):
        if node.i in (cue.i, top.i):
            return True
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBN"):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _what_is_true(article: Article, verb: Token) -> bool:
    """True for a relative clause in the present tense of a thing or a
    person ("issued a rule Friday barring groups that provide abortions"):
    it tells what is true of them, not what happened on the day of the
    clause it sits in. A relative clause of a time ("in March, when 145 are
    feared dead"; "the day the fighting stops") is dated by that time."""
    if verb.dep_ != "relcl":
        return False
    present = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBG"  # "which the Justice Department is fighting in court"
        and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    )
    if not present:
        return False
    if any(c.lower_ in ("when", "whenever") for c in verb.children):
        return False
    if any(c.tag_ in ("WDT", "WP") for c in verb.children):
        return True  # "on Friday, which bars ...": of the rule, whatever the parse
    return not _of_a_time(article, verb)


def _decided_by_vote(verb: Token) -> bool:
    """True for what a vote decides ("late on Monday night aldermen ... voted to
    approve the program"): the decision is the vote's, on the vote's day."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "vote"


def _attached_date(
    article: Article,
    token: Token,
    sent: Span,
    tiers: tuple[tuple[Token, ...], ...],
    *,
    things: bool = True,
) -> DateRef | None:
    """The date in ``sent`` nearest the token whose clause verb is one of
    ``tiers``' anchors, of the first tier that has one; one that says when
    the act happened before one that names which thing, whatever its tier
    ("left the White House for his Christmas getaway ... on Wednesday
    afternoon": Wednesday, not Christmas; "dismissed criticism of his speech
    at Saturday's hearing, saying Monday that ...": Monday), and without ``things``
    none that names a thing (a clause borrowing another's date: "will likely
    surpass February's number of 165,000, as hundreds of refugees have
    joined migrants" dates no joining in February). Not a date inside a
    quotation for an act told outside it: the quoted words tell their
    speaker's time ("Trump issued a statement, “Last night, our nation was
    attacked”" does not date the statement)."""
    doc = token.doc
    quoted = open_quotation(article.text, token.idx)
    anchors = [a for tier in tiers for a in tier]
    attached: list[tuple[bool, int, bool, int, DateRef]] = []
    for date in article.dates:
        if not (sent.start <= date.start and date.end <= sent.end) or date.type not in (
            "DATE",
            "TIME",
        ):
            continue
        if not quoted and open_quotation(article.text, date.start):
            continue
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None or clock_time_without_day(article, date, clause_verb(token)):
            continue
        if set_apart(article.text, sent, date, clause_verb(span.root), token.idx):
            continue
        # a clause of the date itself takes it ("its highest ratings since
        # Jan. 7, 2012, when Charles Barkley hosted"), however the date is told
        qualified = any(span.start <= a.i < span.end for a in anchors)
        if not qualified and (
            qualifies_participant(span.root)
            or of_another_noun(span.root, token)
            or no_day_of_the_act(span.root, token)
        ):
            continue
        relative = not qualified and _relative(span.root, token)
        if relative:
            counted = counted_from(article, span.root, date)
            if counted is None:
                continue
            date = counted
        if qualified or clause_verb(span.root) in anchors:
            root = span.root
            names_a_thing = (
                root.dep_ in DAY_OF_NOUN_DEPS
                and root.head.pos_ in ("NOUN", "PROPN")
                and root.head.i != token.i
            )
            if names_a_thing and not things:
                continue
            if names_a_thing and token.pos_ == "NOUN" and _apart(token, root):
                continue  # another thing's day ("Thursday's testimony will be
                # another episode in the investigation"), not one it holds
                # ("the shooting at Sunday's rally") or qualifies ("the
                # sentencing hearing Friday")
            if not relative and token.pos_ == "VERB" and occasion_spoken_of(span):
                continue  # what the verb speaks of ("criticized the police over
                # Tuesday's raid"), unless the act is told against it
            # a time the act is done to ("rounded out the week Friday
            # afternoon") says when only if nothing else does
            done_to = root.dep_ == "dobj"
            verb = clause_verb(root)
            tier = 0 if qualified else next(i for i, t in enumerate(tiers) if verb in t)
            distance = abs(date.start - token.idx)
            attached.append((names_a_thing, tier, done_to, distance, date))
    return min(attached, key=lambda a: a[:4])[4] if attached else None


def _apart(noun: Token, day: Token) -> bool:
    """True for a noun outside the phrase of the noun a day is written on:
    neither holding it nor a word of it ("sentencing" of "the sentencing
    hearing Friday") nor what it is "of" ("the reinstatement of US sanctions
    last year")."""
    if noun.is_ancestor(day):
        return False
    head = noun
    while head.head.i != head.i:
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head
        elif head.dep_ not in ("compound", "amod", "nmod"):
            return True
        head = head.head
        if head.i == day.head.i:
            return False
    return True


def _when_of(date: Token, trigger: Token) -> bool:
    """True for an act told in the date's own "when" clause ("from October,
    when the State Department missed another deadline"), however parsed."""
    after = date.doc[date.i + 1 : date.i + 3]
    return trigger.i > date.i and any(t.lower_ == "when" for t in after)


def _bounding(verb: Token) -> bool:
    """True for a clause that bounds another act's day ("after declining to",
    "before he left", "until it closed")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in RELATIVE_PREPS:
        return True
    return any(c.dep_ == "mark" and c.lower_ in RELATIVE_PREPS for c in verb.children)


def _since_clause(verb: Token) -> bool:
    """True for a clause "since" opens after the clause it hangs on ("will
    host the family this week to mark a year since he was killed"): the act
    a time is counted from, at its own time, never the day of that clause.
    One told first keeps the date the parser hangs on the other ("Ever
    since she endorsed Clinton this month, Warren has been ...")."""
    return verb.i > verb.head.i and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children
    )


def _relative(root: Token, trigger: Token) -> bool:
    """True for a date the act is told against, not on ("days before the Easter
    holiday", "after Tuesday's vote", "prior to March"): it bounds the act's
    day, or it is what the act is compared with ("a higher percentage than
    four years ago", "more than last year", "from 2005 levels"; "ahead of the
    Republican 2024 pack", a year the parser reads as a number of the pack).
    The noun it dates keeps it ("Tuesday's vote" is Tuesday's)."""
    noun = (
        root.head
        if root.dep_ in ("poss", "compound", "nmod", "amod", "nummod")
        else root
    )
    if noun.i == trigger.i:
        return False  # "since the December massacre": the massacre's own day
    if compared(root):
        return True
    if root.head.lemma_.lower() in BASELINE_NOUNS and root.head.i != root.i:
        return True  # "a 26 percent cut from 2005 levels": 2005 is what is compared
    if changed_from(root) and not _when_of(root, trigger):
        return True
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in RELATIVE_PREPS or (
        prep.lower_ in ("of", "to", "for") and _written_whole(prep.head) in AHEAD_WORDS
    ):
        return True
    # the day of a thing the act is told after ("after the vote on Tuesday",
    # as "after Tuesday's vote"); not of a thing "before" or "by" (a place
    # or a doer: "testifying before the committee on Oct. 22", "approved by
    # the board on Friday"), nor "since" (a state from then: a designation's
    # "since when")
    thing = prep.head
    return (
        thing.pos_ == "NOUN"
        and thing.i != trigger.i
        and thing.dep_ == "pobj"
        and thing.head.lower_ in AFTER_PREPS
    )


def _written_whole(word: Token) -> str:
    """A word with the compound parts the tokenizer split off it, lower case
    ("run-up": "run", "-", "up")."""
    parts = [c.lower_ for c in word.children if c.dep_ == "compound" and c.i < word.i]
    return "-".join([*parts, word.lower_])


def clause_verb(token: Token) -> Token:
    """The nearest verb above a token (the token itself when it is a verb)."""
    head = token.head if token.pos_ not in ("VERB", "AUX") else token
    for _ in range(MAX_CLAUSE_CLIMB):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return head
        head = head.head
    return head


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions among ``preps`` (and of a passive's "by")."""
    return [o for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip
