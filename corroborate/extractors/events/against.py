"""Dates an act is told against rather than on: a mark it is measured
against ("its lowest level since 1984", "more than last year", "much like
his 2016 pledge"), the start of a change ("a marked shift from October"),
a day counted from another ("arrested him two days after Tuesday's attack"
is Thursday; in "declared on Thursday, two days after voters went to the
polls" the vote was on Tuesday); and the day written on a thing an act is
told after."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from ...records import Article, DateRef
from ...syntax import doc_text
from ...timex import parse_iso
from ...timex.lexicon import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Token

COUNTING_PREPS = {"after": 1, "following": 1, "before": -1}
"""Words after which a counted span of days runs forward or back ("two days
after", "a week before"; not "until", "by", "since", which bound a period)."""
DAYS_IN = {"day": 1, "days": 1, "week": 7, "weeks": 7}
COUNTED_BEFORE = re.compile(
    r"(?i)\b(?P<n>the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+(?:full\s+)?(?P<unit>days?|weeks?)\s+$"
)
"""A count of days or weeks right before the word it runs from ("two days ",
"a full week ", "the day "); no vague count ("days after", "several weeks
before"): no day can be counted from it."""


def counted(prep: Token) -> tuple[int, int] | None:
    """The days a count right before ``prep`` runs ("two days after": 2, "a
    week before": -7, "the day after": 1) and where the count starts, or
    None."""
    sign = COUNTING_PREPS.get(prep.lower_)
    if sign is None:
        return None
    text = doc_text(prep.doc)
    found = COUNTED_BEFORE.search(text, max(0, prep.idx - 30), prep.idx)
    if found is None:
        return None
    count = found["n"].lower()
    if count == "the" and found["unit"].endswith("s"):
        return None  # "the days after": a span, not a day
    number = 1 if count == "the" else parse_number(count)
    if number is None:
        return None
    return sign * int(number) * DAYS_IN[found["unit"].lower()], found.start()


def moved(
    date: DateRef, days: int, start: int, end: int, published: str | None
) -> DateRef | None:
    """``date`` moved by ``days``, written from ``start`` to ``end``; None
    unless it names one day, and None when the count carries a day not after
    the report ``published`` past it ("resigned a week after the vote on
    Friday", told on a Friday, is of an earlier Friday than the one read)."""
    day = parse_iso((date.value or "")[:10])
    if day is None or date.precision != "day":
        return None
    counted = day + timedelta(days=days)
    report = parse_iso((published or "")[:10])
    if report is not None and day <= report < counted:
        return None
    return replace(
        date,
        value=counted.isoformat(),
        type="DATE",
        start=min(start, date.start),
        end=max(end, date.end),
    )


def counted_from(article: Article, root: Token, date: DateRef) -> DateRef | None:
    """The day a count of days puts an act from a date it is told against
    ("two days after Tuesday's attack", "a week after the vote on Friday",
    "the day after the March 3 hearing"), or None."""
    noun = root.head if root.dep_ in ("poss", "compound", "nmod", "amod") else root
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in COUNTING_PREPS:
        thing = prep.head
        if not (thing.pos_ == "NOUN" and thing.dep_ == "pobj"):
            return None
        prep = thing.head
    count = counted(prep)
    if count is None:
        return None
    return moved(date, count[0], count[1], date.end, article.published.value)


def bounding_word(verb: Token) -> Token | None:
    """The "after" or "before" a bounding clause hangs on (``circumstances._bounding``)."""
    if verb.dep_ == "pcomp":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "mark"), None)


def right_after(article: Article, noun: Token) -> DateRef | None:
    """A date written right after a noun's phrase, however the parser hangs
    it ("After a New Hampshire rally Friday", "after his visit to Mexico
    earlier in the day")."""
    end = noun.right_edge.idx + len(noun.right_edge)
    after = [d for d in article.dates if d.start >= end and d.type in ("DATE", "TIME")]
    first = min(after, key=lambda d: d.start, default=None)
    if first is None or article.text[end : first.start].strip():
        return None
    return first


LIKENESS_PREPS = frozenset({"like", "unlike"})
"""Prepositions of what an act is likened to ("receiving applause much like
that of his 2016 campaign pledge"): not the act's time."""


def compared(root: Token) -> bool:
    """True for a date under a "than", a "like" or an "unlike", up to its
    clause's verb, or the "since" of a superlative ("its lowest level since
    1984", "the first time since 2008"): a mark the act is measured against."""
    token = root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.lower_ == "than" or (
            token.lower_ in LIKENESS_PREPS and token.dep_ == "prep"
        ):
            return True
        if token.lower_ == "since" and after_superlative(token):
            return True
    return False


def after_superlative(since: Token) -> bool:
    """True for a "since" a superlative comes just before, wherever the parser
    hangs it ("to its lowest level since", "the first time since", "the
    most since"), or between it and the word it hangs on ("carried out the
    deadliest attack on American soil since")."""
    head = since.head
    first = head.i + 1 if head.i < since.i else since.i - 4
    before = since.doc[max(0, min(first, since.i - 4)) : since.i]
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ == "first" for t in before)


CHANGE_NOUNS = frozenset(
    "shift change departure break reversal turn turnaround switch".split()
)
"""Nouns of a change that a date after "from" is the start of ("a marked
shift from October"): what the act is told against, not its day."""


def changed_from(root: Token) -> bool:
    """True for a date after "from" right after a noun of change
    (:data:`CHANGE_NOUNS`), wherever the parser hangs the "from" ("a
    turnaround from eight years ago" too, the "ago" its clause)."""
    prep = root.head
    if root.dep_ not in ("pobj", "pcomp") or prep.lower_ != "from" or prep.i == 0:
        return False
    noun = root.doc[prep.i - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in CHANGE_NOUNS
