"""Dates a sentence writes that are no day of its act: a period that tells
which things a noun names ("a study of mass shootings from 2008 to 2017"),
the present as an age ("today's America"), a clock time the article gives
no day ("walking home at 2 a.m." in a piece on an attack years old), a date
that tells which other thing the sentence names ("McCain, the GOP's nominee
in 2008, issued a statement") or which participant ("repealed the 2017 tax
law"), or the day of an occasion spoken of ("criticized the police over
Tuesday's raid")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...syntax import lemma_of
from ..dates import CLOCK_ONLY
from ..dates.tenses import names_an_occasion
from .modality import JUDGING_VERBS, modality_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...records import Article, DateRef
    from ...records import Span as TextSpan

PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
"""Dependencies of a verb's subject and object."""
RANGE_ENDS = frozenset({"to", "through", "thru", "until", "till"})
"""Prepositions that close a range "from" opens ("from 2008 to 2017")."""
AGE_NOUNS = frozenset(
    """world society country nation economy culture politics climate life
    generation youth kids standards dollars version media market""".split()
)
"""Common nouns "today's" makes the present age of ("today's world",
"today's dollars"), not a thing of the report's day ("today's ruling")."""


CANDIDACY_WORDS = frozenset({"run", "campaign", "bid", "race", "candidacy"})
"""Words of a candidacy, whose "for" names the office or vote sought."""
SOUGHT_WORDS = 6
"""Words at most between "for" and the date of what is sought ("for the
Republican presidential nomination in 2016")."""


def no_day_of_the_act(root: Token, trigger: Token) -> bool:
    """True for a date (headed by ``root``) that tells which thing a noun
    other than the trigger is, not the day of the trigger's act:
    :func:`ranges_a_noun`, :func:`present_age`, :func:`of_what_is_sought`."""
    return (
        ranges_a_noun(root, trigger)
        or present_age(root, trigger)
        or of_what_is_sought(root)
    )


def of_what_is_sought(root: Token) -> bool:
    """True for a date right after what a candidacy is for, however the
    parser hangs it: it dates the vote or office sought, not the act ("Cruz
    announced on Monday that he is running for the Republican presidential
    nomination in 2016": no run in 2016; "refused to endorse Ryan in his
    campaign for re-election in November": no refusal in November). Not
    after another "for" ("voted for the bill in 2015": the vote's year)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "on"):
        return False
    doc = root.doc
    for i in range(prep.i - 1, max(-1, prep.i - 1 - SOUGHT_WORDS), -1):
        word = doc[i]
        if word.lower_ == "for":
            asker = {word.head, *doc[i - 1 : i]}  # however the parser hung "for"
            return i < prep.i - 1 and any(lemma_of(t) in CANDIDACY_WORDS for t in asker)
        if word.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "PUNCT", "PART"):
            return False
    return False


def ranges_a_noun(root: Token, trigger: Token) -> bool:
    """True for an end of a range ("from 2008 to 2017", "between 2008 and
    2017") set on a noun that is not the trigger: it tells which things the
    noun names ("In a study of mass shootings from 2008 to 2017, the Secret
    Service found that ..." dates no finding), not when a verb's act was
    done ("served from 2008 to 2017"; "the war from 2003 to 2011" is the
    war's own)."""
    if root.dep_ == "conj":
        root = root.head  # "between 2008 and 2017"
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ in RANGE_ENDS and prep.head.lower_ == "from":
        prep = prep.head
    elif prep.lower_ == "from":
        if not any(c.dep_ == "prep" and c.lower_ in RANGE_ENDS for c in prep.children):
            return False
    elif prep.lower_ != "between" or not any(c.dep_ == "conj" for c in root.children):
        return False
    noun = prep.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.i != trigger.i


def present_age(root: Token, trigger: Token) -> bool:
    """True for "today's" said of a name or of an age's noun
    (:data:`AGE_NOUNS`): the present as an age, a figure of speech ("the
    civil rights movement failed, leaving today's America no better"),
    not the report's day ("critics slammed today's ruling")."""
    noun = root.head
    return (
        root.lower_ == "today"
        and root.dep_ == "poss"
        and noun.i != trigger.i
        and (noun.pos_ == "PROPN" or noun.lemma_.lower() in AGE_NOUNS)
    )


def clock_time_without_day(article: Article, date: DateRef, verb: Token) -> bool:
    """True for a clock time the dates stage left on the publication day (its
    clause names no day: "at 2 a.m.") when nothing before it in the text
    names that day and the act's clause (its ``verb``) is told as done: a
    past act of no known day
    ("claimed to have been walking down the street at 2 a.m. when he was
    attacked", in a column on an attack of years before). A day named
    before keeps it ("Wednesday morning ... The bus pulled up at about 9
    a.m."), and so does an act to come ("plan to announce the deal at an 11
    a.m. press conference")."""
    if date.anchor != "publication" or date.type != "TIME" or not date.value:
        return False
    if not CLOCK_ONLY.fullmatch(article.text[date.start : date.end]):
        return False
    day = date.value[:10]
    named_before = any(
        other.start < date.start
        and (other.value or "")[:10] == day
        and not CLOCK_ONLY.fullmatch(article.text[other.start : other.end])
        for other in article.dates
    )
    return not named_before and modality_of(verb) == "asserted"


PARTS_OF_TIME = frozenset(
    """hour day night week month year quarter half end beginning start rest
    middle part summer fall autumn spring winter morning afternoon evening""".split()
)
"""Nouns of a part of a time ("the first six months of this year", "the early
hours of Thursday"): the date they are "of" is still the time told."""


WITHIN_PREPS = frozenset({"during", "in", "amid", "throughout"})
"""Prepositions of a thing an act is told inside ("pressed for a deal during
the debt ceiling crisis of 2011"): that thing's year is the act's."""


def of_another_noun(root: Token, trigger: Token) -> bool:
    """True for a date that tells which other thing the sentence names: told
    in an apposition of a common noun ("McCain, the GOP's nominee in 2008,
    issued a statement": not the statement's year; not "San Bernardino,
    California today"), or after "of" a noun that is not the trigger, a part
    of a time nor what the act is told inside ("the economic collapse of 2008
    ... and the terrorist attacks in Paris": not the attacks' year; "during
    the crisis of 2011": its year), or written between the commas of an
    apposition (:func:`_between_apposition_commas`); or after "from" a noun
    that is not the trigger (:func:`_from_a_time`)."""
    if _from_a_time(root, trigger):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        thing = root.head.head
        if (
            thing.pos_ in ("NOUN", "PROPN")
            and thing.i != trigger.i
            and thing.lemma_.lower() not in PARTS_OF_TIME
            and not (thing.dep_ == "pobj" and thing.head.lower_ in WITHIN_PREPS)
        ):
            return True
    token = root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if (
            token.dep_ == "appos"
            and token.pos_ == "NOUN"
            and _set_off(token)
            and token.i != trigger.i
            and not token.is_ancestor(trigger)
        ):
            return True
        token = token.head
    return _between_apposition_commas(root, trigger)


def _from_a_time(root: Token, trigger: Token) -> bool:
    """True for a time written after "from" right after a noun that is not
    the trigger nor a part of a time, however the parser hangs the "from":
    it tells which one ("will reverse his calls from last week for a vote",
    "released emails from 2016": no reversing last week, no release in
    2016), unless it opens a range ("the war from 2003 to 2011",
    :func:`ranges_a_noun`'s) or the act is told in the time's own "when"
    clause ("a controversy from earlier this month, when Republicans seized
    on a drop": the seizing's time)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.i == 0:
        return False
    if trigger.i > root.i and any(
        t.lower_ == "when" for t in root.doc[root.i + 1 : root.i + 3]
    ):
        return False
    edge = root.right_edge.i
    after = [*prep.children, *root.subtree, *root.doc[edge + 1 : edge + 3]]
    if any(t.lower_ in RANGE_ENDS for t in after):
        return False  # "paid $24,000 to his father from 2017 through 2019"
    thing = root.doc[prep.i - 1]
    return (
        thing.pos_ in ("NOUN", "PROPN")
        and thing.i != trigger.i
        and thing.lemma_.lower() not in PARTS_OF_TIME
    )


def _between_apposition_commas(root: Token, trigger: Token) -> bool:
    """True for a date written inside the commas that set off the apposition
    of a noun it hangs under, however the parser hung it ("Ryan, a Wisconsin
    Republican and vice presidential nominee last year, oversees the panel":
    the nominee's year, not the overseeing's), unless the trigger is in
    there too."""
    noun = root
    while noun.head.i != noun.i and noun.pos_ not in ("VERB", "AUX"):
        noun = noun.head
        for appos in noun.children:
            if appos.dep_ != "appos" or not _set_off(appos) or appos.i > root.i:
                continue
            start = appos.left_edge.i
            close = next(
                (t.i for t in noun.doc[appos.i : noun.sent.end] if t.text == ","),
                noun.sent.end,
            )
            if start <= root.i < close and not start <= trigger.i < close:
                return True
    return False


def _set_off(apposition: Token) -> bool:
    """True for an apposition set off by a comma ("McCain, the nominee in
    2008,"), not one the parser made of a name ("nominee Donald Trump on
    Friday slammed")."""
    start = apposition.left_edge.i
    return start > 0 and apposition.doc[start - 1].text == ","


def qualifies_participant(root: Token) -> bool:
    """True for a date written before the noun of a subject or object ("the
    2024 hopeful talked over Collins", "repealed the 2017 tax law") or of a
    noun's argument ("an attack on the Christmas market", open for weeks
    before Christmas), or of a noun set beside one of them ("Gov. Ron
    DeSantis — a potential 2024 competitor — blocked high schools"): it tells
    which one, not when the act happened. A verb's prepositional phrase keeps
    it ("won in the 2016 election")."""
    head = root.head
    if not (
        root.dep_ in ("compound", "nummod", "amod")
        and root.i < head.i
        and head.pos_ in ("NOUN", "PROPN")
    ):
        return False
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        return head.head.head.pos_ in ("NOUN", "PROPN")
    return head.dep_ in PARTICIPANT_DEPS


DAY_OF_NOUN_DEPS = frozenset({"poss", "compound", "npadvmod", "nmod"})
"""How a day hangs on the noun it dates ("Wednesday's vote", "the Wednesday
vote", "the vote Wednesday"; "the vote on Wednesday" through its "on")."""


def dated_noun(root: Token) -> Token | None:
    """The noun a day dates by hanging on it, if any (:data:`DAY_OF_NOUN_DEPS`)."""
    if root.dep_ in DAY_OF_NOUN_DEPS and root.head.pos_ == "NOUN":
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "on" and prep.head.pos_ == "NOUN":
        return prep.head
    return None


TOPIC_PREPS = frozenset({"on", "over", "about", "into", "against", "regarding"})
"""Prepositions by which a noun names what it is about ("comments on the
shooting", "protests over the killing", "an inquiry into the attack")."""
VERB_TOPIC_PREPS = frozenset({"over", "about", "regarding"})
"""... and a verb ("marched over the killing", "spoke about the shooting";
not "on", "voted on the impeachment", "passed it on party-line votes")."""
BLAMED_FOR = "for"
"""What a word of judging or asking (:data:`FOR_TOPIC_WORDS`) blames or
praises for ("blamed the police for the attack on Friday"), or asks for
("called for the Jan. 29 release"): spoken of too; not what one goes for
("flew to Boise for a speech last winter": the trip's own occasion)."""
FOR_TOPIC_WORDS = JUDGING_VERBS | frozenset(
    """blame fault credit thank call ask demand request apologize apology
    criticism""".split()
)
"""Words whose "for" names what they judge or ask for (:data:`BLAMED_FOR`)."""


def occasion_spoken_of(day: Span) -> bool:
    """True for a day that dates a noun of an occasion the verb speaks of (by
    one of :data:`TOPIC_PREPS` on a noun, :data:`VERB_TOPIC_PREPS` on a
    verb, or :data:`BLAMED_FOR`), hung on it or written right after it
    however parsed: "is issuing a statement about a shooting in a church
    last week", "was angry over Tuesday's vote", "criticized the mayor over
    the vote last month" date the shooting and the vote, not the verb; "spoke
    at a rally last week", "passed it in Tuesday's vote" and "slammed the mob
    during his speech at his rally last Saturday" are the verb's own occasion,
    "offered an assessment of the negotiations Sunday" the verb's day, and
    "Friday's attack killed 12" its subject's."""
    before = day.start - 1
    if before > 0 and day.doc[before].lower_ == "on":
        before -= 1
    nouns = [dated_noun(day.root), day.doc[before] if before >= 0 else None]
    return any(
        noun is not None
        and noun.dep_ == "pobj"
        and _spoken_of(noun.head)
        and noun.pos_ == "NOUN"
        and names_an_occasion(noun.lemma_.lower())
        for noun in nouns
    )


def _spoken_of(prep: Token) -> bool:
    """True for a preposition by which a noun or a verb names what it speaks
    of (see :func:`occasion_spoken_of`)."""
    about = VERB_TOPIC_PREPS if prep.head.pos_ in ("VERB", "AUX") else TOPIC_PREPS
    if prep.lower_ == BLAMED_FOR:
        return prep.head.lemma_.lower() in FOR_TOPIC_WORDS
    return prep.lower_ in about


_ASIDE_MARK = re.compile(r"\s(?:\u2014|\u2013|--?)\s|\u2014|[()]")
"""A dash or a bracket that sets words apart in a sentence."""


def set_apart(
    text: str, sent: TextSpan, date: DateRef, verb: Token, trigger: int
) -> bool:
    """True for a date inside the words a pair of dashes or brackets set
    apart in its sentence, with the verb of its clause (``verb``), when the
    act is outside them ("built on union members \u2014 80 percent of whom
    backed him in 2018 \u2014 and Democrats who admired his style": no
    admiring in 2018); not a date of the act's own clause set apart
    ("canceled the sales three times \u2014 in 2007, 2008 and 2011 \u2014")."""
    marks = [m for m in _ASIDE_MARK.finditer(text, sent.start, sent.end)]
    asides: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in marks:
        sign = mark.group().strip()
        if sign == "(" or (sign != ")" and opened is None):
            opened = mark.end()
        elif opened is not None:
            asides.append((opened, mark.start()))
            opened = None
    return any(
        lo <= date.start
        and date.end <= hi
        and lo <= verb.idx < hi
        and not lo <= trigger < hi
        for lo, hi in asides
    )
