"""Whether two names denote one entity: their tokens aligned in order,
sorted and (for persons) with the family name moved, against acronyms,
names of a body written both ways and spellings run together; with the
guards that keep two persons of one family name apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein
from rigour.names import NameTypeTag, analyze_names
from rigour.text.scripts import common_scripts

from .similarity import (
    NO_PAIRING,
    SKELETON_SIMILARITY,
    Pairing,
    same_tokens,
    skeletons_match,
    token_similarity,
)
from .tokens import LEGAL_MARK, PERSON_SCHEMAS, name_tokens
from .vocabulary import WEAK_TOKENS

MATCH_THRESHOLD = 0.83
"""Score at or above which two names are the same entity (0-1 scale).

Calibrated on ``../shared/bench/names/cases.csv`` (the development pairs) by
sweeping 0.50-0.95 in steps of 0.01 and keeping the F1-best value; see
``corroborate eval names``."""

REVIEW_THRESHOLD = 0.7
"""Scores in [REVIEW_THRESHOLD, MATCH_THRESHOLD) are listed for human review."""

SUBSTITUTION_COST = 1.0
EXTRA_TOKEN_COST = 0.5
EXTRA_TOKEN_COST_PERSON = 0.2
UNORDERED_FACTOR = 0.8
REORDERED_PERSON_FACTOR = 0.95
"""A person's name with the family name moved from front to back ("Putin
Vladimir Vladimirovich") is nearly as good as the same order."""
COMPACT_SAME_LENGTH_FACTOR = 0.85
ACRONYM_SCORE = 0.9
GIVEN_NAME_SPELLING = 0.6
"""Plain spelling similarity below which two given names of one family name
are two people unless a nickname table or a prefix joins them ("John"/"Jane"
0.5; "Mohammed"/"Muhammad" 0.75, "Jon"/"John" 0.75)."""


UNKNOWN_SCHEMAS = frozenset({None, "LegalEntity"})
"""No schema, or FollowTheMoney's parent of Person and Company: a name of
either kind, compared as a person's when both names look like one."""
ORG_SYMBOLS = frozenset({"ORG_CLASS", "SYMBOL", "DOMAIN", "NUMERIC", "LOCATION"})
"""rigour symbol categories that mark a name as no person's: legal forms,
"Trust", "Ministry", "Bank", "Aviation", numbers, places."""
# The kinds of government body news name both ways ("Justice Department",
# "Department of Justice"), and the words between.
BODY_HEADS = frozenset("department ministry committee bureau".split())
BODY_LINKS = frozenset("of on for the".split())
INVERTED_BODY_SCORE = 0.95
# "Jr"/"Sr" tell a father from a son: a mismatch is never an automatic match.
GENERATION_TOKENS = frozenset({"jr", "sr", "junior", "senior"})
# Generic words of organisation names: they distinguish little.
ORG_GENERIC_TOKENS = frozenset(
    "company corporation corp co group holding holdings international intl "
    "limited inc incorporated organization organisation".split()
)
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,5}\b")
_ROMAN_WORD = re.compile(r"[IVXLC]+")
_CONSONANTAL = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufefc"
    r"\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
"""Scripts whose romanisation keeps a name's consonants and not its vowels:
abjads (Hebrew, Arabic, Persian: short vowels unwritten) and the Brahmic
scripts of South and Southeast Asia (Devanagari to Sinhala, Thai, Lao,
Myanmar, Khmer), whose inherent vowels the transliteration drops or spells
otherwise ("ប៉ុល ពត" is "bol pt", Pol Pot)."""
# Russian, Ukrainian, Belarusian (-avich), German (-owitsch), Greek (-οβιτς)
_PATRONYMIC = re.compile(r"(?:[aoe]vi?t?ch|[oe]vych|[aoei]vna|[oe]witsch|[oe]vits)$")


@lru_cache(maxsize=65536)
def _token_weight(token: str) -> float:
    """How much a token says about identity: particles and numbers say little."""
    if token in WEAK_TOKENS or token.startswith(LEGAL_MARK):
        return 0.2
    if token in ORG_GENERIC_TOKENS:
        return 0.5
    if token.isdigit() or token.startswith("#"):
        return 0.3
    return 1.0 if len(token) > 1 else 0.5


def _align(
    ta: Sequence[str], tb: Sequence[str], ctx: Pairing = NO_PAIRING
) -> tuple[float, float, float]:
    """Order-preserving best alignment of two token lists (weighted LCS).

    Returns:
        (similarity-weighted gain, weight of ``ta`` left unaligned, weight of
        ``tb`` left unaligned).
    """
    n, m = len(ta), len(tb)
    zero = (0.0, 0.0, 0.0)
    best = [[zero] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            sim = token_similarity(ta[i], tb[j], ctx)
            pair = zero
            if sim:
                wa, wb = _token_weight(ta[i]), _token_weight(tb[j])
                gain, used_a, used_b = best[i + 1][j + 1]
                pair = (gain + sim * (wa + wb) / 2, used_a + wa, used_b + wb)
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    gain, used_a, used_b = best[0][0]
    left_a = sum(_token_weight(t) for t in ta) - used_a
    left_b = sum(_token_weight(t) for t in tb) - used_b
    return gain, left_a, left_b


def _alignment_score(
    ta: Sequence[str],
    tb: Sequence[str],
    extra: float,
    ctx: Pairing = NO_PAIRING,
) -> float:
    """Score an alignment: tokens missing on both sides (a substitution) cost
    more than tokens present on one side only (a dropped middle name)."""
    gain, left_a, left_b = _align(ta, tb, ctx)
    if not gain:
        return 0.0
    total = sum(_token_weight(t) for t in ta) + sum(_token_weight(t) for t in tb)
    matched = (total - left_a - left_b) / 2
    low, high = sorted((left_a, left_b))
    return gain / (matched + SUBSTITUTION_COST * low + extra * high)


def _initials(tokens: Sequence[str]) -> tuple[str, str, str]:
    """Initials of all tokens, of those not particles, of those not one letter."""
    words = [t.lstrip(LEGAL_MARK) for t in tokens]
    every = "".join(t[0] for t in words)
    strong = "".join(t[0] for t in words if t not in WEAK_TOKENS)
    long_words = "".join(t[0] for t in words if len(t) > 1)
    return every, strong, long_words


def _acronym_words(text: str) -> frozenset[str]:
    """Lower-cased all-caps words of a mixed-case name ("ABC" in "ABC News")."""
    if text.isupper():
        return frozenset()
    words = _ACRONYM_WORD.findall(text)
    return frozenset(w.lower() for w in words if not _ROMAN_WORD.fullmatch(w))


def _compact(tokens: Sequence[str]) -> str:
    """The name's letters without spaces or legal form ("SiemensAG")."""
    return "".join(t for t in tokens if not t.startswith(LEGAL_MARK))


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is the initialism of ``long`` ("MEK", "Mujahedin-e-Khalq").

    Args:
        short: a candidate acronym, one word.
        long: a multi-word name.

    Returns:
        True when the letters of ``short`` are the initials of ``long``'s
        words (all words, or all but particles), hyphenated parts counted.
    """
    ts, tl = name_tokens(short, "Organization"), name_tokens(long, "Organization")
    if len(ts) != 1 or len(tl) < 2 or not 2 <= len(ts[0]) <= 8:
        return False
    return ts[0] in _initials(tl)


def compare_names(a: str, b: str, *, schema: str | None = None) -> float:
    """Score how likely two names denote the same entity.

    Args:
        a: one name as written.
        b: the other name.
        schema: FollowTheMoney schema of both (``Person``, ``Organization``,
            ``Company``...), or None when unknown.

    Returns:
        A score in [0, 1]; at or above :data:`MATCH_THRESHOLD` means a match.
    """
    if schema in UNKNOWN_SCHEMAS and _person_like(a) and _person_like(b):
        schema = "Person"
    ta, tb = name_tokens(a, schema), name_tokens(b, schema)
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    if schema not in PERSON_SCHEMAS and (is_acronym_of(a, b) or is_acronym_of(b, a)):
        return ACRONYM_SCORE
    if schema not in PERSON_SCHEMAS and _inverted_body(ta, tb):
        return INVERTED_BODY_SCORE
    if (set(ta) ^ set(tb)) & GENERATION_TOKENS:
        return min(_alignment_score(ta, tb, EXTRA_TOKEN_COST), MATCH_THRESHOLD - 0.01)
    person = schema in PERSON_SCHEMAS
    if person:
        ta, tb = _without_lone_patronymic(ta, tb)
    else:
        ta, tb = _initialism_for_words(ta, tb), _initialism_for_words(tb, ta)
        if ta == tb:
            return ACRONYM_SCORE
    extra = EXTRA_TOKEN_COST_PERSON if person else EXTRA_TOKEN_COST
    # A person's all-caps word is a family name written as lists and some
    # languages write it ("Vladimir PUTIN"), not an acronym.
    ctx = Pairing(
        exact=frozenset() if person else _acronym_words(a) | _acronym_words(b),
        same=same_tokens(a, b) if person else frozenset(),
        consonantal=bool(_CONSONANTAL.search(a)) != bool(_CONSONANTAL.search(b)),
        cross=not common_scripts(a, b),
        person=person,
    )
    score = _alignment_score(ta, tb, extra, ctx)
    unordered = _alignment_score(sorted(ta), sorted(tb), extra, ctx) * UNORDERED_FACTOR
    compact = Levenshtein.normalized_similarity(_compact(ta), _compact(tb))
    if len(ta) == len(tb):
        compact *= COMPACT_SAME_LENGTH_FACTOR
    elif ctx.consonantal and skeletons_match(_compact(ta), _compact(tb)):
        # an abjad's words against one romanised word ("حزب الله", "Hezbollah";
        # "عبد الله", "Abdullah"): the same consonants, written apart
        compact = max(compact, SKELETON_SIMILARITY)
    best = max(score, unordered, compact)
    if person:
        best = max(best, _reordered_score(ta, tb, extra, ctx))
        if _other_given_name(ta, tb, ctx) or _initial_for_surname(ta, tb, ctx):
            best = min(best, MATCH_THRESHOLD - 0.01)
    return round(best, 4)


def _initialism_for_words(
    tokens: Sequence[str], other: Sequence[str]
) -> tuple[str, ...]:
    """``tokens`` with a run of words written as one initialism in ``other``
    put as that initialism ("United States Department of State" against "U.S.
    Department of State" reads "us department of state"): of two to four
    words, an initialism the tokens do not hold themselves."""
    words = tuple(tokens)
    for short in other:
        if not 2 <= len(short) <= 4 or short in words or not short.isalpha():
            continue
        size = len(short)
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            every, _, _ = _initials(run)
            if every == short and not any(w.startswith(LEGAL_MARK) for w in run):
                words = (*words[:i], short, *words[i + size :])
                break
    return words


def _inverted_body(ta: Sequence[str], tb: Sequence[str]) -> bool:
    """Whether two names of a body are one written both ways its kind is
    named: "Justice Department" and "Department of Justice", "Foreign Affairs
    Ministry" and "Ministry of Foreign Affairs" (not "Texas University" and
    "University of Texas": two schools)."""
    a, b = ([t for t in ts if t not in BODY_LINKS] for ts in (ta, tb))
    if sorted(a) != sorted(b) or len(a) < 2:
        return False
    return any(
        x[0] == y[-1] and x[0] in BODY_HEADS and x[1:] == y[:-1]
        for x, y in ((a, b), (b, a))
    )


@lru_cache(maxsize=65536)
def _person_like(text: str) -> bool:
    """Whether a name of unknown schema reads as a person's: two words or
    more, no digits, and no word rigour's data knows from organisations,
    places or numbers ("Putin Vladimir Vladimirovich" does; "Deutsche Bank",
    "The Pudney Trust", "Fund VIII" do not)."""
    tokens = name_tokens(text, None)
    if len(tokens) < 2 or any(t.startswith(LEGAL_MARK) or t.isdigit() for t in tokens):
        return False
    return not any(
        span.symbol.category.value in ORG_SYMBOLS
        for name in analyze_names(NameTypeTag.ENT, [text], phonetics=False)
        for span in name.spans
    )


def _patronymics(tokens: Sequence[str]) -> list[str]:
    """The Russian or Ukrainian patronymics of a name's tokens."""
    return [t for t in tokens if len(t) > 6 and _PATRONYMIC.search(t)]


def _without_lone_patronymic(
    ta: tuple[str, ...], tb: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Drop a patronymic that only one name writes ("Vladimir Vladimirovich
    Putin" / "Vladimir Putin"), if two names remain of it; two different
    patronymics stay and tell two people apart."""
    pa, pb = _patronymics(ta), _patronymics(tb)
    if pa and not pb and len(ta) - len(pa) >= 2:
        ta = tuple(t for t in ta if t not in pa)
    elif pb and not pa and len(tb) - len(pb) >= 2:
        tb = tuple(t for t in tb if t not in pb)
    return ta, tb


def _reordered_score(
    ta: Sequence[str], tb: Sequence[str], extra: float, ctx: Pairing
) -> float:
    """Best score with one name's family name moved from front to back or
    back to front ("Putin Vladimir" / "Vladimir Putin")."""
    if len(ta) < 2 or len(tb) < 2:
        return 0.0
    turns = [(*ta[1:], ta[0]), (ta[-1], *ta[:-1])]
    return REORDERED_PERSON_FACTOR * max(
        _alignment_score(turn, tb, extra, ctx) for turn in turns
    )


def _other_given_name(ta: Sequence[str], tb: Sequence[str], ctx: Pairing) -> bool:
    """Whether two person names share a family name but not a first given name
    ("Thomas Matthew Crooks" / "Matthew Crooks", a son and his father):
    never one person by the names alone."""
    if len(ta) < 2 or len(tb) < 2 or token_similarity(ta[-1], tb[-1], ctx) < 0.85:
        return False
    first_a, first_b = ta[0], tb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return False  # an initial says too little
    similarity = token_similarity(first_a, first_b, ctx)
    if similarity == 0.0:
        return True
    # Sounding alike is no evidence between given names, whose vowels tell
    # people apart ("John"/"Jane" share a metaphone key): only the spelling,
    # a nickname or a prefix ("Ben"/"Benjamin") makes them one name.
    return (
        Levenshtein.normalized_similarity(first_a, first_b) < GIVEN_NAME_SPELLING
        and (first_a, first_b) not in ctx.same
        and not (first_a.startswith(first_b) or first_b.startswith(first_a))
    )


def _initial_for_surname(ta: Sequence[str], tb: Sequence[str], ctx: Pairing) -> bool:
    """Whether one name's family name is met only by the other's middle
    initial while the other ends in a family name the first lacks ("John
    Roberts" / "John R. Lewis"): two people, not a middle initial spelled out."""
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) < 2 or len(y) < 3 or len(x[-1]) == 1 or len(y[-1]) == 1:
            continue
        initials = {t for t in y[1:-1] if len(t) == 1}
        if x[-1][0] in initials and not any(
            token_similarity(t, y[-1], ctx) >= 0.85 for t in x
        ):
            return True
    return False


def compare_pair(a: str, b: str, *, schema: str | None = None) -> dict[str, Any]:
    """``{"score", "match"}`` for two names (``corroborate match --candidate``).

    Args:
        a: one name.
        b: the other name.
        schema: FollowTheMoney schema of both, or None.

    Returns:
        The score of :func:`compare_names` and whether it reaches
        :data:`MATCH_THRESHOLD`.
    """
    score = compare_names(a, b, schema=schema)
    return {"score": score, "match": score >= MATCH_THRESHOLD}
