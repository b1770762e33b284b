"""The words around and inside names: persons' titles, name particles,
institutions' and parties' words, given names; whether a word before a name is
a title, whether a lone word can be a surname or is a given name."""

from __future__ import annotations

import functools
import re

from nicknames import NickNamer

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
# Party labels news write before a person's name ("Democrat Joe Manchin"):
# dropped when a name remains; a mention of the label alone keeps it.
PARTY_TOKENS = frozenset({"democrat", "democratic", "republican", "gop"})


@functools.cache
def surname_like(key: str) -> bool:
    """Whether a lone word (lower case) can be a surname: not an institution's
    nor a party's or its members' ("Senate" after a headline's "Bipartisan
    Senate" read as a person, "GOP" after "Senate GOP", "Democrats" after
    "Reagan Democrats")."""
    return key not in INSTITUTION_WORDS and key.removesuffix("s") not in PARTY_TOKENS


def given_name(word: str) -> bool:
    """Whether a word is a given name or a nickname of the ``nicknames``
    package's table ("George", "Sam"; not "Huntsville")."""
    return word.lower() in nickname_groups()


@functools.cache
def nickname_groups() -> dict[str, frozenset[str]]:
    """Name -> ids of the formal names it is or shortens (the ``nicknames``
    package's table: "chuck" -> {charles, charlie, chick}; "charles" ->
    {charles})."""
    namer = NickNamer()
    groups: dict[str, set[str]] = {}
    for formal, nicks in namer.nickname_lookup.items():
        for name in (formal, *nicks):
            groups.setdefault(name, set()).add(f"nick:{formal}")
    return {name: frozenset(ids) for name, ids in groups.items()}
