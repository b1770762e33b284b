"""A name as comparison tokens: folded from any script to lower-case ASCII,
inverted list order turned round, titles and party labels dropped, legal forms
canonical, number words as digits."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import icu
from anyascii import anyascii
from rigour.names import (
    remove_org_types,
    remove_person_prefixes,
    replace_org_types_compare,
)
from rigour.text.translit import ascii_text

from .vocabulary import PARTY_TOKENS, PERSON_TITLES

PERSON_SCHEMAS = frozenset({"Person"})
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
TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
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
_DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")


_GREEK_STOP = {"ντ": "d", "μπ": "b", "γκ": "g"}
_GREEK_STOPS = re.compile("ντ|μπ|γκ", re.IGNORECASE)
"""Greek writes a foreign d, b, g as "ντ", "μπ", "γκ" anywhere in a name
("Ερντογάν" Erdogan, "Βολοντίμιρ" Volodymyr); BGN reads them so only at the
start of a word and as "nd", "mb", "ng" inside it."""


def _greek_latin() -> Any:
    """ICU's BGN/PCGN Greek romanisation ("Ντόναλντ Τραμπ" -> "Dónalnd Tramb")."""
    return icu.Transliterator.createInstance("Greek-Latin/BGN")


def fold(text: str) -> str:
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
    folded = fold(text)
    # dotted initials: a person's are letters ("V.V." -> "v v"), an
    # organisation's one word ("A.B.C." -> "abc")
    joiner = " " if schema in PERSON_SCHEMAS else ""
    folded = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", joiner), folded)
    legal: set[str] = set()
    if schema not in PERSON_SCHEMAS:
        bare = set(TOKEN_RE.findall(remove_org_types(folded)))
        folded = replace_org_types_compare(folded, generic=True)
        legal = set(TOKEN_RE.findall(folded)) - bare
    found = TOKEN_RE.findall(folded)
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
