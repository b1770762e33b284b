"""A person's office as news write it around the name: a title before it
("CBO Director Phillip Swagel", "Judge Juan Merchan", "alderman Robin Rue
Simmons") or an apposition after it ("Phillip Swagel, the director of the
CBO,"). Two outlets naming one person's office state who that person is in
the story (the judge of the case, the agency's head).

The titles every political story repeats ("President Joe Biden", "Sen.
Chris Murphy", "Majority Leader Chuck Schumer") are left out: they tell the
reader nothing the story is about, and a line for each would bury the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import title_before

OFFICES = frozenset(
    """judge justice director administrator commissioner secretary minister
    ambassador chairman chairwoman chairperson chair spokesman spokeswoman
    spokesperson alderman alderwoman councilman councilwoman councilmember
    mayor sheriff prosecutor attorney chief ceo founder head adviser advisor
    aide envoy inspector auditor comptroller treasurer superintendent
    commander officer deputy counsel""".split()
)
"""Nouns that name an office."""
ROUTINE = frozenset(
    """president senator sen representative rep congressman congresswoman
    governor gov leader speaker whip""".split()
)
"""Titles of elected politicians every story repeats: no office fact."""
OF_WORDS = 3
"""Capitalised words an office may be of in a title before a name
("Director of National Intelligence")."""
APPOSITION = re.compile(
    r"\s*,\s+(?:the|a|an|its|his|her)\s+((?:[\w.'\u2019-]+\s+){0,4}?([\w-]+))"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[^,;.]{1,40})?\s*[,;.]"
)
"""', the director of the CBO,' right after a name: the office noun is the
last word before 'of'."""


@dataclass(frozen=True)
class Office:
    """An office (its words, lower case), where it is written, and where the
    name proper starts (after a title the name's mention took in)."""

    words: frozenset[str]
    start: int
    end: int
    name: int


def read_office(text: str, start: int, end: int, earliest: int = 0) -> Office | None:
    """The office written around the name at ``text[start:end]``: in an
    apposition right after it, else in the title right before it, or at the
    start of the name when the mention took its title in ("Justice Juan
    Merchan"). A title starts at ``earliest`` at the soonest: the end of the
    name before it ("Ann Ruiz and Harbor Board Chairman Ted Vance")."""
    name = _name_start(text, start, end)
    after = APPOSITION.match(text, end)
    if after and _office_noun(after.group(2)):
        return Office(_words(after.group(0)), end, after.end() - 1, name)
    return _title(text, name, earliest)


def _name_start(text: str, start: int, end: int) -> int:
    """Where the name proper starts in a mention: after its last office word
    ("Justice Juan Merchan"), else at the mention's start."""
    words = list(re.finditer(r"\S+", text[start:end]))
    titled = [w for w in words[:-1] if _office_noun(w.group())]
    return start + titled[-1].end() + 1 if titled else start


def _title(text: str, start: int, earliest: int) -> Office | None:
    """The office in the run of words right before a name, up to a comma,
    quote or line break, that ends at the name ("EPA Administrator"), or
    an office noun and what it is the office of ("Secretary of State",
    "Minister of Foreign Affairs", "Chief of Staff")."""
    title, title_start = title_before(text, start, _title_word)
    joined = re.match(r"\s*(?:,|and\b)[\s,]*(?:and\b)?\s*", text[earliest:start])
    if title_start < earliest and joined:
        # past another name it is listed with ("Ann Ruiz and Harbor Board
        # Chairman"), not one the title holds ("DeSantis spokeswoman")
        title_start = earliest + joined.end()
    found = list(re.finditer(r"\S+", text[title_start:start]))
    words = [w.group() for w in found]
    for i in reversed(range(len(words))):
        if words[i] == "and" and not _joins_a_name(words, i):
            # "and" of two people ("Smith and Senator Jones"): the title is after it
            words, title_start = words[i + 1 :], title_start + found[i].end() + 1
            break
    if not words or not (_office_noun(words[-1]) or _office_of(words)):
        return None  # "CBO Director", not "Director Tom Cole's"
    held = HELD_ONCE.search(text, max(earliest, title_start - 12), title_start)
    if held:  # "former Secretary of State Hillary Clinton": no longer hers
        words, title_start = [held.group(1).lower(), *words], held.start()
    return Office(_words(" ".join(words)), title_start, start, start)


HELD_ONCE = re.compile(r"(?i)\b(former|ex|then)[\s-]+$")
"""A word before a title that says the office is no longer, or was then,
the person's ("former Secretary of State", "ex-Director", "then-Judge")."""


def _title_word(word: str) -> bool:
    return word in ("of", "and") or _office_noun(word)


def _joins_a_name(words: list[str], i: int) -> bool:
    """Whether the "and" at ``words[i]`` joins two words of one name ("Housing
    and Urban Development Secretary", "Health and Human Services"): a
    capitalised word on each side, neither an office nor a party ("Smith and
    Senator Jones", "Democrats and Republican Rep. Jones" name two)."""
    if not 0 < i < len(words) - 1:
        return False
    return all(
        w[:1].isupper() and not _office_noun(w) and not PARTY.match(w)
        for w in (words[i - 1], words[i + 1])
    )


PARTY = re.compile(r"(?:Republican|Democrat|Independent|GOP)", re.IGNORECASE)


def _office_of(words: list[str]) -> bool:
    """Whether a title ends in an office noun, "of" and up to
    ``OF_WORDS`` capitalised words ("Secretary of State")."""
    if "of" not in words:
        return False
    last = len(words) - 1 - words[::-1].index("of")
    after = words[last + 1 :]
    return (
        last > 0
        and _office_noun(words[last - 1])
        and 0 < len(after) <= OF_WORDS
        and all(w[:1].isupper() for w in after)
    )


def _office_noun(word: str) -> bool:
    word = re.sub(r"^(?:ex|then)-", "", word.lower().rstrip("."))  # "Ex-Secretary"
    return word in OFFICES and word not in ROUTINE


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", text)) - _LINKS


_LINKS = frozenset({"the", "a", "an", "of", "and", "for", "at", "its", "his", "her"})
