"""Dates a sentence writes that are no day of its act: a period that tells
which things a noun names ("a study of mass shootings from 2008 to 2017"),
the present as an age ("today's America"), and a clock time the article
gives no day ("walking home at 2 a.m." in a piece on an attack years old)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import CLOCK_ONLY
from .modality import modality_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...records import Article, DateRef

RANGE_ENDS = frozenset({"to", "through", "thru", "until", "till"})
"""Prepositions that close a range "from" opens ("from 2008 to 2017")."""
AGE_NOUNS = frozenset(
    """world society country nation economy culture politics climate life
    generation youth kids standards dollars version media market""".split()
)
"""Common nouns "today's" makes the present age of ("today's world",
"today's dollars"), not a thing of the report's day ("today's ruling")."""


def no_day_of_the_act(root: Token, trigger: Token) -> bool:
    """True for a date (headed by ``root``) that tells which thing a noun
    other than the trigger is, not the day of the trigger's act:
    :func:`ranges_a_noun`, :func:`present_age`."""
    return ranges_a_noun(root, trigger) or present_age(root, trigger)


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
