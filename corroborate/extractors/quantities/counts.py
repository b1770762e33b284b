"""Counts: a number token with the noun it counts ("150 devices", "dozens of injuries")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Quantity
from ...syntax import doc_text
from ...timex.lexicon import DAYPART_RE, WEEKDAY_FULL_RE
from .numbers import (
    ARTICLES,
    FRACTIONS,
    NUMERATORS,
    SCALES,
    VAGUE_RANGES,
    WORD_NUMBERS,
    find_hedge,
    hedged_bounds,
    is_number_word,
    parse_number,
)
from .roles import (
    DASHES,
    ROLES,
    THRESHOLD_NOUNS,
    find_role,
    unit_of,
    unit_text,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

SKIP_ENTS = frozenset(
    {
        "DATE",
        "TIME",
        "PERCENT",
        "MONEY",
        "ORDINAL",
        "FAC",
        "ORG",
        "GPE",
        "PERSON",
        "LOC",
        "PRODUCT",
        "WORK_OF_ART",
        "EVENT",
        "LAW",
    }
)
"""Entity types whose numbers are not counts (dates, "Camp X 3"); money and
percentages the tagger finds without a currency or percent sign are skipped too:
the money and percent patterns take those that have one."""
AGE_WORDS = frozenset({"aged", "age", "ages"})
"""Words after which a number is an age."""
AGE_JOINERS = frozenset({"and", "or", "to"})
"""Words that join a second age to a first ("the ages of 12 and 15")."""
TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})


def is_number_head(token: Token) -> bool:
    """True for the last token of a number ("2.5 million" -> "million") or a vague plural."""
    vague = token.tag_ == "NNS" and token.lemma_.lower() in VAGUE_RANGES
    numeric = is_number_word(token) or _closes_mixed(token)
    if not (vague or numeric) or token.ent_type_ in SKIP_ENTS:
        return False
    if vague:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if token.lower_ in ("one", "zero") and token.pos_ != "NUM":
        return False
    if token.lower_ == "one" and any(c.dep_ in ("det", "amod") for c in token.children):
        return False  # "the conventional one of ...", "a new one": a pronoun
    return not _continues(token) and not _in_dash_pair(token)


def _continues(token: Token) -> bool:
    """True when the number goes on after this token: "two| dozen", "2.5| million",
    "hundred| and fifty", "hundred and| fifty", "twenty|-five", "twenty-| five",
    "two| and a half", "16 and two|-thirds", "two and a half| million"."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    if _mixed_fraction(token) is not None:
        return True
    if _closes_mixed(token):
        return nxt.lower_ in SCALES and nxt.lower_ in WORD_NUMBERS
    if token.lower_ in ("and", "-") and token.i > 0:
        return _joins(doc[token.i - 1], token, nxt)
    if not is_number_word(token):
        return False
    if nxt.lower_ in SCALES and nxt.lower_ in WORD_NUMBERS:
        return True
    if nxt.lower_ in ("and", "-"):
        return _continues(nxt)
    return _joins(token, None, nxt)


def _joins(before: Token, joiner: Token | None, after: Token) -> bool:
    """True for "hundred and fifty", "twenty-five" and "twenty five"."""
    unit = WORD_NUMBERS.get(after.lower_, 10.0) < 10
    if joiner is not None and joiner.lower_ == "and":
        return (
            before.lower_ in SCALES
            and is_number_word(after)
            and after.lower_ not in SCALES
        )
    return WORD_NUMBERS.get(before.lower_, 0.0) in TENS and unit


def _mixed_fraction(token: Token) -> Token | None:
    """The fraction word closing the mixed number whose whole part, "and",
    numerator or dash this token is ("two| and a half", "16 and two|-thirds"
    -> "half", "thirds"); None elsewhere."""
    for start in range(max(0, token.i - 3), token.i + 1):
        fraction = _fraction_after(token.doc[start])
        if fraction is not None and token.i < fraction.i:
            return fraction
    return None


def _closes_mixed(token: Token) -> bool:
    """True for the fraction word of a mixed number ("two and a half|",
    "16 and two-thirds|"); a fraction alone ("two-thirds of voters") is none."""
    if token.lower_ not in FRACTIONS:
        return False
    wholes = token.doc[max(0, token.i - 4) : token.i]
    return any(_fraction_after(whole) == token for whole in wholes)


def _fraction_after(whole: Token) -> Token | None:
    """The fraction word told after a whole number with "and" ("2 and a half",
    "16 and two - thirds"), or None."""
    words = whole.doc[whole.i + 1 : whole.i + 5]
    if not is_number_word(whole) or len(words) < 3:
        return None
    if words[0].lower_ != "and" or words[1].lower_ not in NUMERATORS:
        return None
    fraction = words[3] if words[2].text in DASHES and len(words) > 3 else words[2]
    return fraction if fraction.lower_ in FRACTIONS else None


def _in_dash_pair(token: Token) -> bool:
    """True for one number of "3-1", "2019-20": a score, a tally or a range, never
    a count alone (the tallies module reads those it can)."""
    doc = token.doc
    if not token.text[:1].isdigit():
        return False
    for dash, other in ((token.i - 1, token.i - 2), (token.i + 1, token.i + 2)):
        if 0 <= min(dash, other) and max(dash, other) < len(doc):
            if doc[dash].text in DASHES and doc[other].text[:1].isdigit():
                return True
    return False


TITLED_UNITS = frozenset("seconds minutes hours days weeks months years".split())
"""Units a show's or a book's name counts in ("told 60 Minutes", "the
novel 2 Days"): written with a capital inside a sentence, a title's."""


def names_a_thing(token: Token) -> bool:
    """True for a number that is part of a name ("Camp X 3", "Route 9"), or
    numbers the one thing the noun before it names ("Title 42", "Section
    230", "question 13"), or is a word written with a capital inside its
    sentence ("the Group of Seven", "Marine One"), or joined by a dash to
    the capitalised word before it ("COVID - 19", "F-35") or to a capital
    letter after it ("the 4-H club", "a 3-D printer"), or counting a
    unit of time written with a capital inside its sentence ("Daniels told
    60 Minutes in 2018")."""
    doc, i = token.doc, token.i
    if _capitalised_word(token) and i > token.sent.start and doc[i - 1].is_alpha:
        return True
    after = doc[i + 1] if i + 1 < len(doc) else None
    if (
        after is not None
        and after.lower_ in TITLED_UNITS
        and after.text[:1].isupper()
        and after.text[1:].islower()
        and i > token.sent.start
    ):
        return True
    dashed = (
        i >= 2
        and doc[i - 1].text in DASHES
        and doc[i - 2].text.isalpha()
        and doc[i - 2].text[0].isupper()
        and not is_number_word(doc[i - 2])  # "Twenty-five"
    )
    lettered = (
        i + 2 < len(doc)
        and doc[i + 1].text in DASHES
        and len(doc[i + 2].text) == 1
        and doc[i + 2].text.isupper()
    )
    named = token.head.pos_ == "PROPN" or token.head.tag_ == "NN"
    nummod = token.dep_ == "nummod" and named and token.head.i < token.i
    return dashed or lettered or nummod


def _capitalised_word(token: Token) -> bool:
    """True for a number written as a word with a capital ("Seven", not
    "seven" nor a headline's "SEVEN")."""
    text = token.text
    return text[:1].isupper() and text[1:].islower() and text.lower() in WORD_NUMBERS


def build_count(token: Token, name: str) -> Quantity | None:
    """Turn a number head token into a count with what it counts and what happened
    to it, or None for a year-like bare number.

    Args:
        token: the number's last token (``is_number_head``).
        name: the extractor's registry name, recorded on the quantity.
    """
    first = _number_start(token)
    if _told_age(first) or _apposed_age(token):
        return None  # "two other girls, aged eight": how old, not how many
    if _multiplier(token):
        return None  # "five times the wealth": how many times as much, no count
    if first.i > 0 and token.doc[first.i - 1].text == "#":
        return None  # "bounced from #462 as a male to #1": a rank
    if _list_marker(token):
        return None  # "and 2) Kasich's support will collapse": an item's number
    value, low, high, vague = _read_value(token, first)
    if value is None and low is None:
        return None
    if _clock_hour(token, value):
        return None  # "received the call just after eight Sunday morning": an hour
    hedge_start, hedge = (first.idx, vague) if vague else find_hedge(first)
    root = _number_root(first, token)
    unit_token = unit_of(root)
    if unit_token is None and value is not None and 1900 <= value <= 2100:
        return None  # a bare year the date extractor did not claim
    if _names_a_year(first, token, unit_token, hedge):
        return None  # "the 2018 midterms", "the 1776 Commission": a year
    if unit_token is not None and _years_old(unit_token):
        return None  # "a 10-year-old girl", "he is 12 years old": an age
    if unit_token is not None and _street_block(unit_token, value):
        return None  # "the 1600 block of Northeast Club House Drive": an address
    if first.lower_ == "zero" and unit_token is not None and unit_token.tag_ == "NN":
        return None  # "a zero tolerance policy", "zero interest": a kind, not a count
    if unit_token is not None and _names_a_kind(token, unit_token):
        return None  # "an 18-hole golf course", "a 9-iron": a kind, not a count
    if unit_token is not None and _names_one(first, token, unit_token, value):
        return None  # "after the Group of 20 conference": no count of conferences
    role = find_role(root, unit_token)
    if _one_as_article(first, root, hedge, role):
        return None  # "one way to win", "for one,", "one of the most ...": no count
    measured = _measured(token, unit_token)
    unit = _unit_label(unit_token, measured)
    end = max(token.idx + len(token.text), _unit_end(unit_token))
    low, high = hedged_bounds(value, low, high, hedge)
    return Quantity(hedge_start, end, name, value=value, low=low, high=high,
                    unit=unit, hedge=hedge, role=role)  # fmt: skip


YEAR_DIGITS = re.compile(r"1[5-9]\d\d|20\d\d")
"""Four digits with no comma that read as a year ("the 2018 midterms"): news
writes a count that large with a comma ("2,018 votes")."""


def _names_a_year(
    first: Token, token: Token, unit: Token | None, hedge: str | None
) -> bool:
    """True for a year written before what it names or dates ("the 2018
    midterms", "a 2015 analysis", "adjusted from a 1776 context", "the 1619
    Project"), not a count of it; a measure ("the 1684-page bill") and a
    hedged number ("more than 2000 people") count."""
    if first.i != token.i or hedge or not YEAR_DIGITS.fullmatch(token.text):
        return False
    return unit is None or _measured(token, unit) is None


CANONICAL_ROLES = frozenset(ROLES.values())
"""What happened to what is counted, as :data:`.roles.ROLES` names it
("killed", "arrested", "voted")."""


def _one_as_article(
    first: Token, token: Token, hedge: str | None, role: str | None
) -> bool:
    """True for the word "one" told as an article or a pronoun, which counts
    nothing: "One way to win a debate", "at one point", "For one,", "one of
    the most vulnerable Democrats", "a ruling, one that ...", "would not
    alter policy one bit". "One" counts when hedged ("at least one dose"),
    told as "only one" ("has only one inmate on death row"), as a measure
    ("a one-year delay") or with what happened to it ("killed one border
    agent", "one of its members had been killed", "one Republican voted
    no")."""
    if first.i != token.i or token.lower_ != "one" or hedge:
        return False
    doc, i = token.doc, token.i
    only = i > 0 and doc[i - 1].lower_ == "only"
    measure = i + 1 < len(doc) and doc[i + 1].text in DASHES
    harmed = {role, find_role(token, None)} & CANONICAL_ROLES
    return not (only or measure or harmed)


def _measured(token: Token, unit: Token | None) -> Token | None:
    """The noun a count joined to its unit by a hyphen measures ("a 2,700 -
    page bill" -> "bill", "the 400-member house" -> "house"), or None: a
    count of that unit ("2,700 pages"), or the bar a count of votes sets
    ("the 60-vote threshold" counts votes needed)."""
    doc = token.doc
    if unit is None or unit.i != token.i + 2 or doc[token.i + 1].text not in DASHES:
        return None
    head = unit.head
    if unit.dep_ not in ("compound", "amod", "nmod") or head.i < unit.i:
        return None
    if head.pos_ != "NOUN" or head.lemma_.lower() in THRESHOLD_NOUNS:
        return None
    return head


def _unit_label(unit: Token | None, measured: Token | None) -> str | None:
    """What a count counts, with what its unit measures when it says so
    ("page of bill" for "a 2,700-page bill", "term of senator" for "the
    three-term senator"); "bill" for "two bills"."""
    if unit is None:
        return None
    if measured is None:
        return unit_text(unit)
    return f"{unit_text(unit)} of {unit_text(measured, unit)}"


KIND_UNITS = frozenset(
    "hole iron wood karat carat gauge star alarm speed cylinder wheeler digit".split()
)
"""Units whose count joined to them by a hyphen names a kind, a grade or a
rank, not a size: "an 18-hole golf course", "a 9-iron", "24-karat gold", "a
12-gauge shotgun", "a four-star general", "a five-alarm fire", "a 10-speed
bike", "an 18-wheeler", "10-digit implications"."""


def _names_a_kind(token: Token, unit: Token) -> bool:
    """True for a number joined by a hyphen to a unit of :data:`KIND_UNITS`
    ("650 18-hole golf courses" counts courses, not holes); the same unit
    told apart counts ("the course has 18 holes")."""
    hyphened = unit.i == token.i + 2 and token.doc[token.i + 1].text in DASHES
    return hyphened and unit.lemma_.lower() in KIND_UNITS


SAME_IN_PLURAL = frozenset(
    """aircraft spacecraft staff personnel police cattle livestock sheep deer
    fish offspring series species head grand percent foot celsius fahrenheit
    population electorate workforce crowd audience army force fleet""".split()
)
"""Nouns a number counts or measures in the singular: the plural is the same
("12 aircraft", "two television series", "200 head of cattle", "100 grand",
"20 or 25 percent", "six foot tall") or the noun is a collective whose size
the number is ("the 17 million Kazakh population")."""


def _names_one(first: Token, token: Token, unit: Token, value: float | None) -> bool:
    """True for a number above one before a noun in the singular that heads
    its phrase: no count of it, the number names the thing or is its value
    ("after the Group of 20 conference", "the magic 1,237 number", "the No.
    2 spot", "his 757 jet"). A noun joined by a hyphen, after another noun or
    that modifies a later one measures it ("a 40 point drop", "the
    (1,210-mile) pipeline", "the 3 million member union");
    :data:`SAME_IN_PLURAL` nouns, a bar to reach ("the 1,237 threshold",
    :data:`.roles.THRESHOLD_NOUNS`), a noun after or with a plural ("27
    attorneys general", "rental and single-family homes") and one the parser
    cut its phrase short at (:data:`PHRASE_GOES_ON`, "two campaign stops")
    count."""
    doc = token.doc
    if value is None or value <= 1 or unit.tag_ != "NN" or unit.i < token.i:
        return False
    if not _determined(first):
        return False  # "out of nearly 620,000 cast", "of 54 total": a noun misread
    between = doc[token.i + 1 : unit.i]
    if any(
        t.lower_ == "of" or t.text in DASHES or t.tag_ in NOUN_TAGS for t in between
    ):
        return False  # "two of the staff", "1,210-mile", "27 attorneys general"
    if any(c.tag_ == "NNS" for c in unit.conjuncts):
        return False  # "1 million new rental and single-family homes"
    lemma = unit.lemma_.lower()
    if lemma in SAME_IN_PLURAL or lemma in THRESHOLD_NOUNS:
        return False
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if after is not None and (after.tag_ == "VBZ" or after.pos_ in PHRASE_GOES_ON):
        return False  # "two campaign stops", "a 12 person Republican primary"
    modifier = unit.dep_ in ("compound", "amod", "nmod", "npadvmod")
    return not (modifier and unit.head.i > unit.i)


NOUN_TAGS = frozenset({"NN", "NNS"})
PHRASE_GOES_ON = frozenset({"NOUN", "PROPN", "ADJ"})
"""Words after a noun that carry its phrase on: the number measures the noun
and counts what comes later ("a 12 person Republican primary", "three
former Bush administration big shots")."""
DETERMINER_REACH = 4
"""Tokens before a number searched for the determiner of the noun phrase
it is in ("after the Group of 20 conference", "his 757 jet")."""


def _determined(first: Token) -> bool:
    """True when a determiner or a possessive opens the phrase of a number,
    within :data:`DETERMINER_REACH` tokens before it ("the magic 1,237
    number", "a 911 call", "the No. 2 spot", "Clinton's 2 aides"): a noun in
    the singular needs one, so a number without it ("only two
    accomplishments—1", "of 54 total") is read on a misparse."""
    doc = first.doc
    before = doc[max(first.sent.start, first.i - DETERMINER_REACH) : first.i]
    return any(t.tag_ in ("DT", "PRP$", "WP$", "POS") for t in before)


def _told_age(first: Token) -> bool:
    """True for a number told as an age: after an age word ("aged eight",
    "age 5") or its "of" ("over the age of 5"), or joined to one with no
    noun of its own ("between the ages of 12 and 15"; "aged 12 and 300
    teachers" counts teachers)."""
    doc, i = first.doc, first.i
    if i > 0 and doc[i - 1].lower_ in AGE_WORDS:
        return True
    if i > 1 and doc[i - 1].lower_ in AGE_JOINERS and is_number_word(doc[i - 2]):
        counts = i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")
        return not counts and _told_age(doc[i - 2])
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in AGE_WORDS


AGE_LIMIT = 120
"""The oldest age a number set off by commas after a name can tell."""


def _apposed_age(token: Token) -> bool:
    """True for a number in digits set off by commas after a name, as news
    tells a person's age ("Felipe Gomez Alonzo, 8, died", "Smith, 45, of
    Ohio"); "the hall seats 8,000" and "Smith, 45 others" are no age."""
    doc, i = token.doc, token.i
    if not token.text.isdigit() or int(token.text) > AGE_LIMIT or i < 2:
        return False
    closed = i + 1 < len(doc) and doc[i + 1].text in (",", ".", ";")
    return doc[i - 1].text == "," and doc[i - 2].pos_ == "PROPN" and closed


AGE_UNITS = frozenset("year month week day".split())
"""Units an age is told in ("a 10-year-old", "six months old")."""


def _years_old(unit: Token) -> bool:
    """True for a unit of time that "old" follows: the count tells an age
    ("a 10-year-old girl", "18 - year - olds", "he was 12 years old"), not
    a number of years ("a 10-year sentence", "12 years in office")."""
    if unit.lemma_.lower() not in AGE_UNITS:
        return False
    after = [t for t in unit.doc[unit.i + 1 : unit.i + 3] if t.text not in DASHES]
    return bool(after) and after[0].lower_ in ("old", "olds")


MULTIPLIED = frozenset("the as that what more less higher lower larger greater".split())
"""Words after "times" that make a number a multiplier ("five times the
wealth", "four times as likely", "40 times higher"), not a count of times."""


def _multiplier(token: Token) -> bool:
    """True for a number before "times" and a word of :data:`MULTIPLIED`:
    how many times as much, which counts nothing ("voted 35 times to repeal"
    counts votes)."""
    words = token.doc[token.i + 1 : token.i + 3]
    return (
        len(words) == 2
        and words[0].lower_ == "times"
        and (words[1].lower_ in MULTIPLIED or words[1].tag_ in ("JJR", "RBR"))
    )


CLOCK_WORDS = re.compile(
    rf"(?i)(?:{WEEKDAY_FULL_RE}|{DAYPART_RE}|tonight|o['\u2019]clock|[ap]\.?m\.?)"
)
"""Words after which a number up to 12 is an hour ("just after eight Sunday
morning", "at seven tonight"), not a count of them."""


def _clock_hour(token: Token, value: float | None) -> bool:
    """True for a number up to 12 before a weekday, a part of a day (one, not
    "three mornings"), "tonight" or "o'clock"."""
    doc = token.doc
    if value is None or not 1 <= value <= 12 or token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    if nxt.tag_ == "NNS" or CLOCK_WORDS.fullmatch(nxt.text) is None:
        return False
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    # not a weekday naming a kind of a thing counted ("eight Sunday schools")
    return (
        after is None
        or after.pos_ not in ("NOUN", "PROPN")
        or CLOCK_WORDS.fullmatch(after.text) is not None
    )


def _list_marker(token: Token) -> bool:
    """True for a digit that numbers an item of a list: one that opens its
    sentence with a period after it ("10 . Cruz could even reach across
    party lines", "9. Makes in order a motion"), or one with a closing
    bracket right after it that no opening one before it in its sentence
    matches ("1) Trump is strong, and 2) Kasich ...")."""
    doc, i = token.doc, token.i
    if not token.text.isdigit() or i + 1 >= len(doc):
        return False
    if doc[i + 1].text == ".":
        return all(t.is_space for t in doc[token.sent.start : i])
    if doc[i + 1].text != ")":
        return False
    before = doc[token.sent.start : i]
    return sum(t.text == "(" for t in before) <= sum(t.text == ")" for t in before)


def _street_block(unit: Token, value: float | None) -> bool:
    """True for a block of a street as US addresses write it ("in the 1600
    block of Northeast Club House Drive"): one block, its number a hundred's
    multiple, the address ("one block of ice" is a count)."""
    if unit.lower_ != "block" or value is None or value < 100 or value % 100:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children)


def _number_start(token: Token) -> Token:
    """The first token of a multi-token number ("2.5 million", "half a million",
    "a half-dozen")."""
    first = token
    if _vague_multiple(token) is not None:
        return token.nbor(-2)  # "tens of thousands"
    while first.i > 0 and _continues(first.nbor(-1)):
        first = first.nbor(-1)
    if first.lower_ in SCALES and first.i > 0 and first.nbor(-1).lower_ in ARTICLES:
        first = first.nbor(-1)  # "a dozen", "a million"
        if first.i > 0 and first.nbor(-1).lower_ == "half":
            first = first.nbor(-1)
    elif first.lower_ in SCALES:
        before = first.doc[max(0, first.i - 2) : first.i]
        words = [t.lower_ for t in before]
        if words[-1:] == ["half"]:
            first = before[-1]  # "a half dozen"
        elif words == ["half", "-"]:
            first = before[0]  # "a half-dozen Senate seats": six, not twelve
    return first


def _number_root(first: Token, token: Token) -> Token:
    """The token of a multi-token number that the rest of the sentence hangs it on
    ("Two hundred and fifty pilgrims" -> "hundred", "two dozen trucks" -> "two")."""
    for candidate in reversed(token.doc[first.i : token.i + 1]):
        if (
            not first.i <= candidate.head.i <= token.i
            or candidate.head.i == candidate.i
        ):
            return candidate
    return token


def _read_value(
    token: Token, first: Token
) -> tuple[float | None, float | None, float | None, str | None]:
    """(value, low, high, vague hedge) of the number between ``first`` and ``token``."""
    lemma = token.lemma_.lower()
    times = _vague_multiple(token)
    if times is not None and first.i == token.i - 2:
        low, high = VAGUE_RANGES[lemma]
        return None, low * times, high * times, _text_from(first, token)
    if token.tag_ == "NNS" and lemma in VAGUE_RANGES and first.i == token.i:
        low, high = VAGUE_RANGES[lemma]
        return None, low, high, token.lower_
    words = " ".join(t.lower_ for t in token.doc[first.i : token.i + 1])
    return parse_number(words), None, None, None


VAGUE_MULTIPLES = {"tens": 10.0, "hundreds": 100.0}
"""Vague plurals of a vague plural ("tens of thousands", "hundreds of
millions"): the range of the second, times ten or a hundred."""


def _vague_multiple(token: Token) -> float | None:
    """What "tens of" or "hundreds of" before a vague plural multiplies it by."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in VAGUE_RANGES or token.i < 2:
        return None
    before = token.doc[token.i - 2 : token.i]
    if before[1].lower_ != "of":
        return None
    return VAGUE_MULTIPLES.get(before[0].lower_)


def _text_from(first: Token, last: Token) -> str:
    return doc_text(first.doc)[first.idx : last.idx + len(last)].lower()


def _unit_end(unit: Token | None) -> int:
    """End offset of the unit noun, or -1 when there is none."""
    return unit.idx + len(unit.text) if unit is not None else -1
