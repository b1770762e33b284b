"""Name normalisation, pairwise name scoring and ranking of entities by name."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import icu
from anyascii import anyascii
from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein
from rigour.names import (
    NameTypeTag,
    analyze_names,
    remove_org_types,
    remove_person_prefixes,
    replace_org_types_compare,
)
from rigour.text.phonetics import metaphone
from rigour.text.scripts import common_scripts
from rigour.text.translit import ascii_text

if TYPE_CHECKING:
    from .records import Entity

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
SAME_NAME_SIMILARITY = 0.9
"""Two tokens that rigour's name data or the nickname table equate ("Chuck" /
"Charles", "Владимир" / "Vladimir")."""
SKELETON_SIMILARITY = 0.85
"""A token of a name written in an abjad (Arabic, Persian, Hebrew: short
vowels unwritten) whose consonants match the other token's."""
SKELETON_MIN_SIMILARITY = 0.75
ROMANISATION_FACTOR = 0.95
"""Similarity of two tokens of names in two scripts is at least this times
that of their romanisation keys (:func:`_romanisation_key`)."""
COMPACT_SAME_LENGTH_FACTOR = 0.85
ACRONYM_SCORE = 0.9
TOKEN_MIN_SIMILARITY = 0.6
GIVEN_NAME_SPELLING = 0.6
"""Plain spelling similarity below which two given names of one family name
are two people unless a nickname table or a prefix joins them ("John"/"Jane"
0.5; "Mohammed"/"Muhammad" 0.75, "Jon"/"John" 0.75)."""
"""Below this edit similarity two tokens are different words, not variants."""

ORG_SCHEMAS = frozenset({"Organization", "Company", "LegalEntity", "PublicBody"})
PERSON_SCHEMAS = frozenset({"Person"})
UNKNOWN_SCHEMAS = frozenset({None, "LegalEntity"})
"""No schema, or FollowTheMoney's parent of Person and Company: a name of
either kind, compared as a person's when both names look like one."""
ORG_SYMBOLS = frozenset({"ORG_CLASS", "SYMBOL", "DOMAIN", "NUMERIC", "LOCATION"})
"""rigour symbol categories that mark a name as no person's: legal forms,
"Trust", "Ministry", "Bank", "Aviation", numbers, places."""

# Low-information tokens: articles, connectors, name particles. They may be
# dropped or added between spellings ("the Organization", "al-Assad").
WEAK_TOKENS = frozenset(
    "the of and for in on at a an de del della der den di du da dos das la le "
    "les van von vom zu al el ul ibn bin ben bint abu".split()
)
# Offices and honorifics written before person names in news ("President X");
# never the second of two words ("Angus King", "Jim Justice" keep their surnames).
PERSON_TITLES = frozenset(
    "mr mrs ms dr prof president vice prime minister foreign secretary general "
    "chancellor premier king queen prince princess sheikh shaikh sir lord lady "
    "senator governor mayor judge ambassador envoy spokesman spokeswoman "
    "monsieur madame herr frau prasident justice alderman alderwoman councilman "
    "councilwoman councilmember councillor councilor sen rep representative "
    "congressman congresswoman gov commissioner sheriff "
    # clergy and military ranks ("Ayatollah Ali Khamenei", "Gen. Mark Milley")
    "ayatollah grand imam mullah rabbi pope cardinal archbishop reverend rev "
    "pastor crown gen col lt sgt capt adm".split()
)
TITLE_PARTS = frozenset("vice prime foreign grand crown".split())
"""Title words that open a title, never right before the name ("Vice
President", "Prime Minister")."""
_TITLE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(w.capitalize() for w in PERSON_TITLES - TITLE_PARTS))
    + r")\.?\s+$"
)


def title_before(text: str, start: int) -> bool:
    """True when a person's title (:data:`PERSON_TITLES`, capitalised, with or
    without its full stop) stands right before ``start``: "President Obama",
    "Gov. Kasich", "Mrs. Lincoln"."""
    return _TITLE_BEFORE.search(text, max(0, start - TITLE_CHARS), start) is not None


TITLE_CHARS = 20
"""Characters before a name searched for its title."""
# Words news set before a title ("Former Rep. Beto O'Rourke", "Acting
# Secretary"): capitalised at a sentence's start, they name no one.
TITLE_MODIFIERS = frozenset(
    "former then late acting deputy interim outgoing incoming retired ex".split()
)
# Single words naming a kind of institution: "Senate" is not "Senate Judiciary
# Committee", though it is its first word, nor anyone's surname.
INSTITUTION_WORDS = frozenset(
    "senate house court congress parliament council ministry government army police "
    "party committee commission assembly agency department office union bank "
    "university state federal national central supreme".split()
)
# The kinds of government body news name both ways ("Justice Department",
# "Department of Justice"), and the words between.
BODY_HEADS = frozenset("department ministry committee bureau".split())
BODY_LINKS = frozenset("of on for the".split())
INVERTED_BODY_SCORE = 0.95
# Party labels news write before a person's name ("Democrat Joe Manchin"):
# dropped when a name remains; a mention of the label alone keeps it.
PARTY_TOKENS = frozenset({"democrat", "democratic", "republican", "gop"})
# "Jr"/"Sr" tell a father from a son: a mismatch is never an automatic match.
GENERATION_TOKENS = frozenset({"jr", "sr", "junior", "senior"})
# Generic words of organisation names: they distinguish little.
ORG_GENERIC_TOKENS = frozenset(
    "company corporation corp co group holding holdings international intl "
    "limited inc incorporated organization organisation".split()
)
LEGAL_MARK = "~"  # prefix of legal-form tokens ("~llc"), canonical via rigour
NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
NUMBER_WORDS.update({"first": "1", "second": "2", "third": "3", "fourth": "4"})
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50}
# Roman numerals that mark a series ("Fund VIII"); "xi", "li" are names too
ROMAN_NUMERALS = {
    r: str(i)
    for i, r in enumerate("- - ii iii iv - vi vii viii ix - - xii xiii xiv xv".split())
    if r != "-"
}
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,5}\b")
_ROMAN_WORD = re.compile(r"[IVXLC]+")
_APOSTROPHE = re.compile(r"['’‘`´\u200c\u200d]")  # and zero-width (non-)joiners
_NAME_DOTS = re.compile(r"[·・‧•]")  # between the parts of a name in CJK scripts
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_UNSPELLED = "?"
"""What the transliteration writes for a letter it has no ASCII for; such a
letter vanishes from the name rather than split a word."""
_ABJAD_GLOTTALS = str.maketrans({"\u0639": "a", "\u0621": "", "\u0671": "a"})
"""Arabic ʿayn, hamza and alef wasla, which the transliteration leaves
unspelled: Latin spellings write a vowel for ʿayn ("عمر" Omar, "عباس" Abbas,
"مسعود" Masoud) and nothing for hamza. Unspelled, "عمر" would read "mr" and
be taken for a title."""
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_ABJAD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufefc]")
# Russian, Ukrainian, Belarusian (-avich), German (-owitsch), Greek (-οβιτς)
_PATRONYMIC = re.compile(r"(?:[aoe]vi?t?ch|[oe]vych|[aoei]vna|[oe]witsch|[oe]vits)$")
_DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")
# Consonant skeletons: digraphs first, then letters that abjads write alike.
_SKELETON_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("ch", "s"), ("ph", "f"),
                      ("th", "t"), ("dh", "d"), ("gh", "g"), ("ou", "u"),
                      ("zh", "j"))  # fmt: skip
_SKELETON_LETTERS = str.maketrans("vwpqcxg", "ffbkkkk", "aeiouy")


_GREEK_STOP = {"ντ": "d", "μπ": "b", "γκ": "g"}
_GREEK_STOPS = re.compile("ντ|μπ|γκ", re.IGNORECASE)
"""Greek writes a foreign d, b, g as "ντ", "μπ", "γκ" anywhere in a name
("Ερντογάν" Erdogan, "Βολοντίμιρ" Volodymyr); BGN reads them so only at the
start of a word and as "nd", "mb", "ng" inside it."""


@functools.cache
def surname_like(key: str) -> bool:
    """Whether a lone word (lower case) can be a surname: not an institution's
    nor a party's or its members' ("Senate" after a headline's "Bipartisan
    Senate" read as a person, "GOP" after "Senate GOP", "Democrats" after
    "Reagan Democrats")."""
    return key not in INSTITUTION_WORDS and key.removesuffix("s") not in PARTY_TOKENS


def _greek_latin() -> Any:
    """ICU's BGN/PCGN Greek romanisation ("Ντόναλντ Τραμπ" -> "Dónalnd Tramb")."""
    return icu.Transliterator.createInstance("Greek-Latin/BGN")


def _fold(text: str) -> str:
    """Lower-case ASCII transliteration; apostrophes vanish, not split words.
    Greek goes through ICU's BGN table after "ντ", "μπ", "γκ" are read as the
    d, b, g they stand for in foreign names; other scripts through rigour,
    and those it cannot spell through AnyAscii.
    Chinese writes a foreign name's parts apart by an interpunct, each part
    one word, whose syllables pinyin writes together ("贝拉克·奥巴马" ->
    "beilake aobama"), as rigour's name data knows them ("贝拉克" is Barack)."""
    text = _APOSTROPHE.sub("", unicodedata.normalize("NFC", text))
    if _NAME_DOTS.search(text):  # a foreign name in Chinese: each part one word
        text = _HAN.sub(lambda m: ascii_text(m.group()).replace(" ", ""), text)
    text = _NAME_DOTS.sub(" ", text).translate(_ABJAD_GLOTTALS)
    if _GREEK.search(text):  # BGN's "dh" for delta is a plain d in names
        text = _GREEK_STOPS.sub(lambda m: _GREEK_STOP[m.group().lower()], text)
        text = _greek_latin().transliterate(text).replace("dh", "d")
    folded = ascii_text(text)
    if _UNSPELLED not in text and _UNSPELLED in folded:
        # a script with no ICU table (Khmer, Lao, Sinhala, Tibetan): AnyAscii's
        # letter-by-letter romanisation ("ពូទីន" -> "poutin")
        folded = anyascii(text)
    return folded.lower()


def _number_token(token: str) -> str:
    """Digits for number words ("forty" -> "40"); Roman numerals marked."""
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    if token in _TENS:
        return str(_TENS[token])
    if token in ROMAN_NUMERALS:
        return ROMAN_NUMERALS[token]
    return token


def _reorder_inverted(text: str) -> str:
    """Turn "SURNAME, Given" into "Given SURNAME" (list-style person names)."""
    head, sep, tail = text.partition(",")
    if sep and tail.strip() and len(head.split()) <= 3 and "," not in tail:
        return f"{tail.strip()} {head.strip()}"
    return text


@lru_cache(maxsize=65536)
def name_tokens(text: str, schema: str | None = None) -> tuple[str, ...]:
    """Split a name into normalised comparison tokens.

    Args:
        text: the name as written, any script.
        schema: FollowTheMoney schema (``Person``, ``Organization``...), or None.

    Returns:
        Lower-case ASCII tokens; person titles dropped, legal forms canonical,
        number words as digits.
    """
    if schema in PERSON_SCHEMAS or schema is None:
        text = remove_person_prefixes(_reorder_inverted(text))
    folded = _fold(text)
    # dotted initials: a person's are letters ("V.V." -> "v v"), an
    # organisation's one word ("A.B.C." -> "abc")
    joiner = " " if schema in PERSON_SCHEMAS else ""
    folded = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", joiner), folded)
    legal: set[str] = set()
    if schema not in PERSON_SCHEMAS:
        bare = set(_TOKEN.findall(remove_org_types(folded)))
        folded = replace_org_types_compare(folded, generic=True)
        legal = set(_TOKEN.findall(folded)) - bare
    found = _TOKEN.findall(folded)
    tokens = [
        LEGAL_MARK + t if t in legal else _number_token(t)
        for i, t in enumerate(found)
        if schema not in PERSON_SCHEMAS
        or t not in PERSON_TITLES
        or (i, len(found)) == (1, 2)
    ]
    if schema in PERSON_SCHEMAS:
        tokens = [t for t in tokens if t not in PARTY_TOKENS] or tokens
    return _join_number_words(list(dict.fromkeys(tokens)))


def _join_number_words(tokens: list[str]) -> tuple[str, ...]:
    """Merge "40" "4" (from "forty-four") into "44"."""
    out: list[str] = []
    for token in tokens:
        if out and token.isdigit() and len(token) == 1 and out[-1].endswith("0"):
            if out[-1].isdigit() and len(out[-1]) == 2:
                out[-1] = str(int(out[-1]) + int(token))
                continue
        out.append(token)
    return tuple(out)


def normalize_name(text: str, *, schema: str | None = None) -> str:
    """Return the comparison key of a name: its tokens joined by spaces.

    Args:
        text: the name as written.
        schema: FollowTheMoney schema, or None.

    Returns:
        A normalised string; equal keys mean the same spelling up to case,
        accents, script, punctuation, titles and legal form.
    """
    return " ".join(name_tokens(text, schema))


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


@dataclass(frozen=True, slots=True)
class _Pairing:
    """What is known about two names beyond their tokens."""

    exact: frozenset[str] = frozenset()  # acronyms: match only themselves
    same: frozenset[tuple[str, str]] = frozenset()  # token pairs data equates
    abjad: bool = False  # one side written without short vowels
    cross: bool = False  # the two names share no script
    person: bool = False  # two persons' names: maybe two romanisations of one


NO_PAIRING = _Pairing()


def _token_similarity(a: str, b: str, ctx: _Pairing = NO_PAIRING) -> float:
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
    if ctx.abjad and sim < SKELETON_SIMILARITY and _skeletons_match(a, b):
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


def _skeletons_match(a: str, b: str) -> bool:
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
    written in an abjad (see :func:`_skeletons_match`): "putin", "poutin"
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
                tokens = _TOKEN.findall(_fold(part.form))
                # a Chinese word's syllables are one token in a dotted name
                for token in {*tokens, "".join(tokens)}:
                    found.setdefault(token, set()).add(str(span.symbol))
    for token in _TOKEN.findall(_fold(text)):
        found.setdefault(token, set()).update(_nickname_groups().get(token, ()))
    return {token: frozenset(ids) for token, ids in found.items()}


def given_name(word: str) -> bool:
    """Whether a word is a given name or a nickname of the ``nicknames``
    package's table ("George", "Sam"; not "Huntsville")."""
    return word.lower() in _nickname_groups()


@functools.cache
def _nickname_groups() -> dict[str, frozenset[str]]:
    """Name -> ids of the formal names it is or shortens (the ``nicknames``
    package's table: "chuck" -> {charles, charlie, chick}; "charles" ->
    {charles})."""
    namer = NickNamer()
    groups: dict[str, set[str]] = {}
    for formal, nicks in namer.nickname_lookup.items():
        for name in (formal, *nicks):
            groups.setdefault(name, set()).add(f"nick:{formal}")
    return {name: frozenset(ids) for name, ids in groups.items()}


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


def _same_tokens(a: str, b: str) -> frozenset[tuple[str, str]]:
    """Token pairs of two person names that name data equates, both ways."""
    sa, sb = _token_symbols(a), _token_symbols(b)
    pairs = {(x, y) for x, xs in sa.items() for y, ys in sb.items() if xs & ys}
    return frozenset(pairs | {(y, x) for x, y in pairs})


def _align(
    ta: Sequence[str], tb: Sequence[str], ctx: _Pairing = NO_PAIRING
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
            sim = _token_similarity(ta[i], tb[j], ctx)
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
    ctx: _Pairing = NO_PAIRING,
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
    extra = EXTRA_TOKEN_COST_PERSON if person else EXTRA_TOKEN_COST
    # A person's all-caps word is a family name written as lists and some
    # languages write it ("Vladimir PUTIN"), not an acronym.
    ctx = _Pairing(
        exact=frozenset() if person else _acronym_words(a) | _acronym_words(b),
        same=_same_tokens(a, b) if person else frozenset(),
        abjad=bool(_ABJAD.search(a)) != bool(_ABJAD.search(b)),
        cross=not common_scripts(a, b),
        person=person,
    )
    score = _alignment_score(ta, tb, extra, ctx)
    unordered = _alignment_score(sorted(ta), sorted(tb), extra, ctx) * UNORDERED_FACTOR
    compact = Levenshtein.normalized_similarity(_compact(ta), _compact(tb))
    if len(ta) == len(tb):
        compact *= COMPACT_SAME_LENGTH_FACTOR
    elif ctx.abjad and _skeletons_match(_compact(ta), _compact(tb)):
        # an abjad's words against one romanised word ("حزب الله", "Hezbollah";
        # "عبد الله", "Abdullah"): the same consonants, written apart
        compact = max(compact, SKELETON_SIMILARITY)
    best = max(score, unordered, compact)
    if person:
        best = max(best, _reordered_score(ta, tb, extra, ctx))
        if _other_given_name(ta, tb, ctx) or _initial_for_surname(ta, tb, ctx):
            best = min(best, MATCH_THRESHOLD - 0.01)
    return round(best, 4)


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
    ta: Sequence[str], tb: Sequence[str], extra: float, ctx: _Pairing
) -> float:
    """Best score with one name's family name moved from front to back or
    back to front ("Putin Vladimir" / "Vladimir Putin")."""
    if len(ta) < 2 or len(tb) < 2:
        return 0.0
    turns = [(*ta[1:], ta[0]), (ta[-1], *ta[:-1])]
    return REORDERED_PERSON_FACTOR * max(
        _alignment_score(turn, tb, extra, ctx) for turn in turns
    )


def _other_given_name(ta: Sequence[str], tb: Sequence[str], ctx: _Pairing) -> bool:
    """Whether two person names share a family name but not a first given name
    ("Thomas Matthew Crooks" / "Matthew Crooks", a son and his father):
    never one person by the names alone."""
    if len(ta) < 2 or len(tb) < 2 or _token_similarity(ta[-1], tb[-1], ctx) < 0.85:
        return False
    first_a, first_b = ta[0], tb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return False  # an initial says too little
    similarity = _token_similarity(first_a, first_b, ctx)
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


def _initial_for_surname(ta: Sequence[str], tb: Sequence[str], ctx: _Pairing) -> bool:
    """Whether one name's family name is met only by the other's middle
    initial while the other ends in a family name the first lacks ("John
    Roberts" / "John R. Lewis"): two people, not a middle initial spelled out."""
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) < 2 or len(y) < 3 or len(x[-1]) == 1 or len(y[-1]) == 1:
            continue
        initials = {t for t in y[1:-1] if len(t) == 1}
        if x[-1][0] in initials and not any(
            _token_similarity(t, y[-1], ctx) >= 0.85 for t in x
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


def is_schema_compatible(query: str | None, kind: str) -> bool:
    """Whether an entity of FollowTheMoney schema ``kind`` can answer ``query``."""
    if query is None or query == kind or query in ("Thing", "LegalEntity"):
        return True
    return query in ORG_SCHEMAS and kind in ORG_SCHEMAS


def match_entities(
    name: str,
    entities: Sequence[Entity],
    *,
    schema: str | None = None,
    limit: int = 10,
    min_score: float = REVIEW_THRESHOLD,
) -> list[dict[str, Any]]:
    """Rank entities by how well one of their names matches ``name``.

    Args:
        name: the name to look up.
        entities: the knowledge base's entities.
        schema: restrict to this FollowTheMoney schema (and compatible ones).
        limit: how many candidates to return at most.
        min_score: drop candidates scoring below this.

    Returns:
        Dicts ``{"entity_id", "name", "kind", "score", "match",
        "matched_alias"}``, best first.
    """
    results: list[dict[str, Any]] = []
    for entity in entities:
        if not is_schema_compatible(schema, entity.kind):
            continue
        compare_as = schema or (entity.kind if entity.kind != "Place" else None)
        spellings = {entity.name} | {a.name for a in entity.aliases if a.kind != "role"}
        score, alias = max(
            (compare_names(name, s, schema=compare_as), s) for s in sorted(spellings)
        )
        if score >= min_score:
            results.append(
                {
                    "entity_id": entity.id,
                    "name": entity.name,
                    "kind": entity.kind,
                    "score": score,
                    "match": score >= MATCH_THRESHOLD,
                    "matched_alias": alias,
                }
            )
    results.sort(key=lambda r: (-float(r["score"]), str(r["entity_id"])))
    return results[:limit]
