"""A politician's party and state as news write them around the name: "Mitch
McConnell (R-Ky.)", "Sen. Chris Murphy, D-Conn.,", "Abbott, a Republican,",
"Ted Lieu, California Democrat,", "Thomas Massie of Kentucky", "Elijah
Cummings (Md.)", "Hillary Clinton, the Democratic Party's front-runner,",
"Texas Republican John Cornyn", "Republican Kentucky Rep. Thomas Massie".

States are read with the ``us`` package (names, postal codes, AP
abbreviations), so "Ky.", "KY" and "Kentucky" are one state.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import us

from .words import title_before

PARTY_LABEL = re.compile(
    r"\(?\s*\b([RDI])\s*[-\u2013]\s*"
    r"((?:[A-Z][a-z]{0,4}\s?\.\s?){1,2}|[A-Z]{2}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
"""'(R-TX)', '( D - Conn. )', 'D-Conn.', 'R-N.Y.', '(D-W. Va.)', '( R - W.Va . )'
(a text split into tokens), 'D - West Virginia': party and state right after a name; of two words, the second is
the state's only when the two name one ("West Virginia", not "Texas Senate")."""
CLOSE = re.compile(r"(?:\s\.)?\s*\)")
PARTY_NAME = r"(?:Republican|Democrat(?:ic)?|Independent)(?![s-])"
PARTY_WORD = rf"(?P<party>{PARTY_NAME})"
APPOINTEE = r"\s+appointees?\b"
"""The noun after a party word that makes it another's party: "Justice
Stephen Breyer, a Democratic appointee" was appointed by a Democrat."""
STATE_WORDS = r"[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?"
"""One or two capitalised words: "Kentucky", "New Jersey", "Calif.", "N.J." read apart."""
STATE_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?P<state>(?:[A-Z][a-z]{0,4}\.\s?){1,2}|[A-Z]{2}|"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*\)"
)
"""' (Md.)', ' (N.Y.)', ' (New Jersey)': the state alone, the party told
elsewhere; all the brackets hold names it ("(Washington Post)" names none)."""
AFTER = (
    # ", a Republican from Ohio," ", Democrat of Vermont,"; not the party
    # word of the noun after it ("Obama, Republican candidates agree")
    re.compile(
        rf"\s*,\s*(?:an?\s+|(?!{PARTY_NAME}\s+(?!of\b|from\b)[a-z])){PARTY_WORD}"
        rf"(?!{APPOINTEE})(?:\s+(?:of|from)\s+(?P<state>{STATE_WORDS}))?\b"
    ),
    # ", California Democrat,"
    re.compile(rf"\s*,\s*(?:an?\s+)?(?P<state>{STATE_WORDS})\s+{PARTY_WORD}\b"),
    # " of Kentucky"
    re.compile(rf"\s+of\s+(?P<state>{STATE_WORDS})\b"),
    STATE_IN_BRACKETS,
    # ", the Democratic Party's front-runner,", ", the Republican leader,"
    # (with the rest of its noun, up to eight words)
    re.compile(
        r"\s*,\s*the\s+(?P<party>Republican|Democratic)\b"
        rf"(?![-\u2013]|\s+Republic\b|{APPOINTEE})"
        r"(?:\s+(?!(?:and|or|who|which|that)\b)[^\s,.;:()]+){0,8}"
    ),
)
AFTER_CHARS = 80
"""How far after a name its party and state are looked for."""
TITLE_LOWER = frozenset(
    """governor senator representative congressman congresswoman leader nominee
    presumptive candidate minority majority whip speaker chair chairman
    chairwoman state former then incumbent lawmaker president vice attorney
    general secretary mayor presidential freshman veteran assemblyman
    assemblywoman delegate lieutenant""".split()
)
"""Lower-case words that can stand in a title before a name."""
OFFICE = re.compile(
    r"\b(?:Rep|Sen|Gov|Lt|Atty|Representative|Senator|Governor|Congressman|"
    r"Congresswoman|Attorney General|Secretary of State|Lieutenant)\b",
    re.IGNORECASE,
)
"""Offices whose holders news label by state ("Kentucky Rep.", "Texas Gov.")."""


AN_EPITHET = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
"""An article right before a party word and a name: a likeness ("has been
called a Republican Obama"), not a label of the person named."""


@dataclass(frozen=True)
class Affiliation:
    """A party (R, D, I) and a state (postal code), either may be missing, and
    where the label is written (offsets into the text)."""

    party: str | None
    state: str | None
    start: int
    end: int


@functools.cache
def _states() -> dict[str, str]:
    """State (and DC) names, postal codes and AP abbreviations, lower case,
    to the postal code."""
    found: dict[str, str] = {}
    for state in [*us.states.STATES, us.states.DC]:
        for written in (state.name, state.abbr, state.ap_abbr):
            if written:
                found[written.lower()] = state.abbr
    return found


def state_code(written: str) -> str | None:
    """The postal code of a state written out, by postal code or AP style."""
    return _states().get(written.strip().lower())


def _state_in(words: str) -> str | None:
    """A state named by one or two of ``words`` (two first: "New Jersey")."""
    code = state_code(words)
    if code is None and " " in words:
        code = state_code(words.split()[0])
    return code


def _party(word: str) -> str:
    return word[0].upper()


def read_affiliation(text: str, start: int, end: int) -> Affiliation | None:
    """The party and state written around the name at ``text[start:end]``:
    right after it, else in the title right before it."""
    after = text[end : end + AFTER_CHARS]
    rest = after.lstrip(" ,")
    label = PARTY_LABEL.match(rest)
    if label:
        offset = end + len(after) - len(rest)
        written = label.group(2).rstrip()
        dotted = re.sub(r"\s*\.\s*", ".", written)  # "W. Va.", "W.Va ." -> "W.Va."
        state = state_code(dotted) or state_code(written + ".")
        stop = label.start(2) + len(written)
        first = written.split()[0]
        if state is None and " " in written and state_code(first):
            # "Texas Senate": the first word; "San Francisco" (a district's
            # city, no state) stays whole, to its closing bracket
            state, stop = state_code(first), label.start(2) + len(first)
        if closing := CLOSE.match(rest, stop):
            stop = closing.end()
        return Affiliation(label.group(1), state, offset + label.start(), offset + stop)
    for pattern in AFTER:
        found = pattern.match(after)
        if not found:
            continue
        told = found.groupdict()
        party, state = told.get("party"), told.get("state")
        whole = pattern is STATE_IN_BRACKETS
        code = (state_code(state) if whole else _state_in(state)) if state else None
        if party or code:
            return Affiliation(
                _party(party) if party else None, code, end, end + found.end()
            )
    return _title_affiliation(text, start)


def _title_affiliation(text: str, start: int) -> Affiliation | None:
    """A party word or a state in the title right before a name ("Texas
    Republican John Cornyn", "Republican Kentucky Rep. Thomas Massie"): the
    run of capitalised words and office words that ends at the name
    ("a Democratic aide told HuffPost that Boehner" has none)."""
    title, title_start = title_before(
        text,
        start,
        lambda word: word.lower().rstrip(".") in TITLE_LOWER,
        lambda word: state_code(word) is not None,  # "Calif. Democratic Rep."
    )
    party = re.search(rf"\b{PARTY_WORD}\b", title)
    if party and AN_EPITHET.search(text, 0, title_start) and not OFFICE.search(title):
        return None  # "called a Republican Obama": Rubio likened, not Obama labelled
    state = None
    if party or OFFICE.search(title):  # "Washington Post reporter" names no state
        capitals = re.findall(r"[A-Z][a-z]+\.?", title)
        pairs = [" ".join(capitals[i : i + 2]) for i in range(len(capitals))]
        state = next(filter(None, map(state_code, pairs + capitals)), None)
    if not party and not state:
        return None
    return Affiliation(
        _party(party.group(1)) if party else None,
        state,
        title_start,
        start,
    )
