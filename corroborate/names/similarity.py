"""How alike two tokens of names are: spelling, sound, initials and numbers,
the romanisations of one letter, the consonants an abjad writes, and the
given names that rigour's name data or the nickname table equate."""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rigour.names import NameTypeTag, analyze_names
from rigour.text.phonetics import metaphone

from .tokens import LEGAL_MARK, TOKEN_RE, fold
from .vocabulary import WEAK_TOKENS, nickname_groups

SAME_NAME_SIMILARITY = 0.9
"""Two tokens that rigour's name data or the nickname table equate ("Chuck" /
"Charles", "Владимир" / "Vladimir")."""
SKELETON_SIMILARITY = 0.85
"""A token of a name written in an abjad (Arabic, Persian, Hebrew: short
vowels unwritten) or a Brahmic script (inherent vowels dropped in
romanisation) whose consonants match the other token's."""
SKELETON_MIN_SIMILARITY = 0.75
ROMANISATION_FACTOR = 0.95
"""Similarity of two tokens of names in two scripts is at least this times
that of their romanisation keys (:func:`_romanisation_key`)."""
TOKEN_MIN_SIMILARITY = 0.6
"""Below this edit similarity two tokens are different words, not variants."""


# Consonant skeletons: digraphs first, then letters that abjads write alike.
_SKELETON_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("ch", "s"), ("ph", "f"),
                      ("th", "t"), ("dh", "d"), ("gh", "g"), ("ou", "u"),
                      ("zh", "j"))  # fmt: skip
_SKELETON_LETTERS = str.maketrans("vwpqcxg", "ffbkkkk", "aeiouy")


@dataclass(frozen=True, slots=True)
class Pairing:
    """What is known about two names beyond their tokens."""

    exact: frozenset[str] = frozenset()  # acronyms: match only themselves
    same: frozenset[tuple[str, str]] = frozenset()  # token pairs data equates
    consonantal: bool = False  # one side in a script romanised without its vowels
    cross: bool = False  # the two names share no script
    person: bool = False  # two persons' names: maybe two romanisations of one


NO_PAIRING = Pairing()


def token_similarity(a: str, b: str, ctx: Pairing = NO_PAIRING) -> float:
    """Edit similarity of two tokens, with initials, numbers, sound-alikes,
    nicknames and transliterations; acronyms (``ctx.exact``) match only
    themselves."""
    if a == b:
        return 1.0
    if a in ctx.exact or b in ctx.exact:
        return 0.0
    sim, final = _spelling_similarity(a, b)
    if final:
        return sim
    if (a, b) in ctx.same:
        sim = max(sim, SAME_NAME_SIMILARITY)
    if ctx.cross and sim < ROMANISATION_FACTOR:
        for x, y in ((a, b), (_german_z(a), _german_z(b))):
            keys = _romanisation_key(x), _romanisation_key(y)
            sim = max(
                sim, ROMANISATION_FACTOR * Levenshtein.normalized_similarity(*keys)
            )
    elif ctx.person and sim < ROMANISATION_FACTOR:
        # one script: only two romanisations of one spelling ("Chodorkowski",
        # "Khodorkovsky"), not names a letter apart ("Castillo", "Castro")
        if _romanisation_key(a) == _romanisation_key(b):
            sim = ROMANISATION_FACTOR
    if ctx.consonantal and sim < SKELETON_SIMILARITY and skeletons_match(a, b):
        sim = SKELETON_SIMILARITY
    return sim if sim >= TOKEN_MIN_SIMILARITY else 0.0


@lru_cache(maxsize=65536)
def _spelling_similarity(a: str, b: str) -> tuple[float, bool]:
    """What two different tokens' spellings alone say: (similarity, whether
    that is final: legal forms, initials, numbers, particles). Remembered:
    one comparison of two names aligns the same tokens several ways."""
    if a.startswith(LEGAL_MARK) or b.startswith(LEGAL_MARK):
        return (0.8 if a[0] == b[0] else 0.0), True
    if len(a) == 1 or len(b) == 1:  # an initial matches a name it begins
        return (0.9 if a[0] == b[0] else 0.0), True
    if a.isdigit() or b.isdigit() or a.startswith("#") or b.startswith("#"):
        return (0.7 if a[0].isdigit() == b[0].isdigit() else 0.0), True
    if a in WEAK_TOKENS and b in WEAK_TOKENS:
        return 0.8, True  # "bin"/"ibn", "al"/"el": spelling variants of particles
    sim = Levenshtein.normalized_similarity(a, b)
    if sim < 0.85 and metaphone(a) == metaphone(b) and _sounds_alike(a, b, sim):
        sim = max(sim, 0.85)
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        sim = max(sim, 0.75)  # nickname or truncation: "Ben" / "Benjamin"
    return sim, False


PHONETIC_SHORT = 4
"""Tokens shorter than this share a metaphone key too easily ("Kim" and
"Comey" are both KM) ..."""
PHONETIC_SHORT_SPELLING = 0.5
"""... to count as one name unless their spellings are this close too."""


def _sounds_alike(a: str, b: str, spelling: float) -> bool:
    """Whether one metaphone key makes two tokens one name: long ones
    ("Chodorkowski", "Khodorkovsky"), or short ones spelled alike."""
    shortest = min(len(a), len(b))
    return shortest >= PHONETIC_SHORT or (
        shortest > 2 and spelling >= PHONETIC_SHORT_SPELLING
    )


# Spellings that romanisations of one Cyrillic or Greek letter differ by, in
# order: German "tsch", French "tch", Polish "cz", Greek "ts" for ч and "ch"
# for х; "w" for в, "ff"/"f" for a final в; "j", "y", "i" for й and the
# endings of -ий; "ou" for у; "x" for кс.
_ROMANISATIONS = (("tsch", "h"), ("tch", "h"), ("sch", "sh"), ("cz", "h"),
                  ("ch", "h"), ("kh", "h"), ("ts", "h"), ("w", "v"), ("ph", "f"),
                  ("j", "i"), ("y", "i"), ("ou", "u"), ("x", "ks"))  # fmt: skip
_FINAL_F = re.compile(r"f+$")


def _german_z(token: str) -> str:
    """A token's "z" read as German writes it, "ts" (and its "sch" as "s"), as
    Greek and Cyrillic spell German names: "Scholz" is "Σολτς", "Шольц"."""
    return token.replace("sch", "s").replace("z", "ts")


@lru_cache(maxsize=65536)
def _romanisation_key(token: str) -> str:
    """A token with the spellings that romanisations of one letter differ by
    made one ("Gorbatschow", "Gorbatsof" (Greek), "Gorbachov" ->
    "gorbahov"; "Petrowitsch" and "Petrovich" -> "petrovih"), doubles
    collapsed."""
    for spelling, key in _ROMANISATIONS:
        token = token.replace(spelling, key)
    token = _FINAL_F.sub("v", token)
    return re.sub(r"(.)\1+", r"\1", token)


def _skeleton(token: str) -> str:
    """The consonants of a romanised token, letters an abjad writes alike
    merged ("Putin", "bwtyn" -> "btn"), doubles collapsed."""
    for digraph, letter in _SKELETON_DIGRAPHS:
        token = token.replace(digraph, letter)
    token = token.translate(_SKELETON_LETTERS)
    return re.sub(r"(.)\1+", r"\1", token)


def skeletons_match(a: str, b: str) -> bool:
    """Whether two tokens, one romanised from an abjad, have the same
    consonants. Its "w" may be a consonant or a long vowel, a final "h" a
    vowel, a leading "al" the article: each reading is tried."""
    readings_a, readings_b = token_skeletons(a), token_skeletons(b)
    return any(
        len(x) >= 2
        and len(y) >= 2
        and Levenshtein.normalized_similarity(x, y) >= SKELETON_MIN_SIMILARITY
        for x in readings_a
        for y in readings_b
    )


@lru_cache(maxsize=65536)
def token_skeletons(token: str) -> frozenset[str]:
    """Consonant skeletons of the ways a folded token may be read, as if
    written in an abjad (see :func:`skeletons_match`): "putin", "poutin"
    (Greek), "bwtyn" (Arabic) and "pwtyn" (Hebrew) all read "btn"."""
    forms = {token, token.replace("w", "")}
    forms |= {f[:-1] for f in forms if f.endswith("h") and len(f) > 3}
    forms |= {f[2:] for f in forms if f.startswith("al") and len(f) > 4}
    return frozenset(_skeleton(f) for f in forms)


@lru_cache(maxsize=65536)
def _token_symbols(text: str) -> dict[str, frozenset[str]]:
    """Folded token -> the given/family-name and nickname ids that rigour's
    name data and the nickname table give it ("vladimir" and "владимир"
    share a Wikidata id; "chuck" and "charles" a nickname group)."""
    found: dict[str, set[str]] = {}
    # Only the symbols are read; rigour's phonetic keys cost 7 ms a name and
    # change no symbol (1,500 strings of the names bench compared).
    for name in analyze_names(NameTypeTag.PER, [text], phonetics=False):
        for span in name.spans:
            if span.symbol.category.value not in ("NAME", "NICK"):
                continue
            for part in span.parts:
                tokens = TOKEN_RE.findall(fold(part.form))
                # a Chinese word's syllables are one token in a dotted name
                for token in {*tokens, "".join(tokens)}:
                    found.setdefault(token, set()).add(str(span.symbol))
    for token in TOKEN_RE.findall(fold(text)):
        found.setdefault(token, set()).update(nickname_groups().get(token, ()))
    return {token: frozenset(ids) for token, ids in found.items()}


@functools.cache
def prepare_name_tagger() -> None:
    """Start building rigour's name tagger on a thread of its own, once.

    The first ``analyze_names`` of a process builds the tagger (about 7 s on
    one core). rigour 2.6 holds the GIL while it builds: the caller and its
    other threads wait for it as if it were called in line (a thread polling
    every millisecond did not run once in the 7 s), so building it ahead
    helps only where another process has work meanwhile (an ingest calls it
    once its pool's workers are loading their models). A name analysed
    before it is ready waits for it; what is analysed does not change.
    """
    threading.Thread(
        target=analyze_names,
        args=(NameTypeTag.PER, ["John Smith"]),
        kwargs={"phonetics": False},
        name="name-tagger",
        daemon=True,
    ).start()


def same_tokens(a: str, b: str) -> frozenset[tuple[str, str]]:
    """Token pairs of two person names that name data equates, both ways."""
    sa, sb = _token_symbols(a), _token_symbols(b)
    pairs = {(x, y) for x, xs in sa.items() for y, ys in sb.items() if xs & ys}
    return frozenset(pairs | {(y, x) for x, y in pairs})
