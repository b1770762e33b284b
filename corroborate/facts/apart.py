"""Two statements about different places, populations, organisations or
people: what keeps facts that share their other words apart ("13 killed in
Buffalo", "21 killed in Uvalde"; "46 percent among evangelicals", "44
percent among men"). Read by :mod:`.compatible` and :mod:`.align`."""

from __future__ import annotations

import re

from ..extractors.claims.speakers import surname
from .index import PERSON_PRONOUN, persons
from .statements import Statement
from .words import content_words, stem


def places_apart(a: Statement, b: Statement) -> bool:
    """True when two sentences name places and none of one's is, or lies in,
    one of the other's: "attacks across Paris, killing 130" and "Five people
    were killed ... in Strasbourg, eastern France" tell of two attacks (the
    country only says where Strasbourg lies); "in France" and "in Paris" may
    tell of one. Countries and first-level regions hold their places
    ("Oregon" and "Salem" meet; two towns, or a town and the county it lies
    in, count as apart, as two unresolved names do); an unresolved name
    against places the gazetteer knows says nothing ("back to the Capitol",
    "back to Salem": a building may lie in the town)."""
    here, there = a.where, b.where
    if not (here.ids and there.ids) or here.ids & there.ids:
        return False
    if bool(here.lands) != bool(there.lands):
        return False
    if here.provinces & there.regions or there.provinces & here.regions:
        return False  # "Oregon" holds "Salem"
    return not (here.realms & there.lands or there.realms & here.lands)


_AMONG = re.compile(
    r"(?i)\bamong\s+((?:[\"\u201c\u201d'\u2018\u2019]?[A-Za-z0-9-]+[\"\u201c\u201d'\u2018\u2019]?\s*){1,4})"
)
"""A population a figure or an act is told of: "leads by 7 points among
female voters", "Among Democrats alone, Mrs. Clinton leads"."""
_ANY_GROUP = frozenset(
    map(stem, "voters people respondents adults those them alone".split())
)
"""Words of a population that say nothing of which one it is."""


def groups_apart(a: Statement, b: Statement) -> bool:
    """True when both statements are told of a population ("among ...") and
    the two share no word: "Clinton leads by 7 points among female voters"
    and "Among Democrats alone, Mrs. Clinton leads Mr. Sanders" are two
    leads of one poll, as a subgroup's share is not the whole's."""
    here, there = _group(a), _group(b)
    return bool(here and there and not here & there)


def _group(statement: Statement) -> frozenset[str]:
    """The words of the population its sentence tells a statement of: the
    nearest "among ..." after it, else the last one before it."""
    text, start = statement.sentence_text, statement.sentence.start
    if "mong" not in text:  # most sentences: no regex to run for each pair
        return frozenset()
    found = list(_AMONG.finditer(text))
    after = [m for m in found if m.start() + start >= statement.span.start]
    before = [m for m in found if m.start() + start < statement.span.start]
    chosen = after[0] if after else before[-1] if before else None
    if chosen is None:
        return frozenset()
    return content_words(chosen.group(1)) - _ANY_GROUP


def organisations_apart(a: Statement, b: Statement) -> bool:
    """True when both numbers' sentences name organisations and none in
    common: "Compaq's sales increased 36%" and "Du Pont's sales increased
    10%" are two companies' figures, whatever else their sentences share.
    Only different values are kept apart so: the same count told beside
    different bodies ("two counts of rape, the Columbus Dispatch reported",
    "two felony counts ... filed in the Franklin County Court") is one."""
    first = {e for e in a.entities if e.startswith("org-")}
    second = {e for e in b.entities if e.startswith("org-")}
    return bool(first and second and not first & second)


def named_apart(a: Statement, b: Statement) -> bool:
    """True when two passages each name persons, none in common by entity
    or by surname (a lone "Trump" the corpus keeps apart from "Donald
    Trump"), and neither has a "he" or "his" that may stand for the other's
    ("Marc Short, his chief of staff" and "Mr. Pence's chief of staff" name
    one man)."""
    first, second = persons(a.entities), persons(b.entities)
    if not (first and second) or first & second:
        return False
    if PERSON_PRONOUN.search(a.text) or PERSON_PRONOUN.search(b.text):
        return False
    return not _surnames(a) & _surnames(b)


def _surnames(statement: Statement) -> frozenset[str]:
    """The last words of the persons a passage names."""
    text, span = statement.article.text, statement.span
    return frozenset(
        surname(text[m.start : m.end]).lower()
        for m in statement.article.mentions
        if m.label == "PERSON" and span.start <= m.start and m.end <= span.end
    )


def people_apart(a: Statement, b: Statement) -> bool:
    """True when one number is told of a "he" or "she" (whom the sentence
    before names: ``Statement.people``) and the other's sentence names
    persons, none of them ("all he has to do is win 91 percent of the
    remaining delegates", Kasich; "Sanders ... would then need to win 55
    percent"): two people's figures. Only different values are kept apart
    so."""
    return told_of_others(a.people, b) or told_of_others(b.people, a)


def told_of_others(people: frozenset[str], other: Statement) -> bool:
    """True when ``other``'s sentence names persons and none of ``people``
    (whom a statement is told of, or whom it names doing it)."""
    named = persons(other.entities)
    return bool(people and named and not people & named)
