"""Who is a person: a name without the word that opens its sentence or a
headline's common word, a place read as a person and a person read as a
place, a lone word that is a named person's surname."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicon import lemmas
from ...names import given_name, surname_like, title_before
from .ner import NewsSpan

SENTENCE_OPENERS = frozenset(
    """even only also though although once so still yet then now but and or as
    if when while because since like unlike perhaps maybe meanwhile instead
    really indeed however thus hence besides moreover likewise furthermore
    nevertheless nonetheless otherwise therefore anyway overall despite among
    against beyond without another every each""".split()
)
"""Words that open a sentence, capitalised there, and that the NER takes in
as a first name ("Even Obama could not ...", "Once Biden took office",
"Despite Rubio's standing", "Another Trump supporter"). Closed-class words
(conjunctions, discourse adverbs, prepositions, determiners), no given name among
them."""


def sentence_opener(text: str, span: NewsSpan) -> NewsSpan | None:
    """A person's name without the word that opens its sentence: "Even Obama"
    is Obama; and no person at all where that word is all the name and a
    comma follows ("Frankly, ...", "Ultimately, ...": a closed-class opener
    or an adverb in -ly of spaCy's lemmatizer tables). Left alone elsewhere
    in a sentence, where a capital is the name's."""
    start, end, label, confidence = span
    if label != "PERSON" or not _opens_sentence(text, start):
        return span
    first = re.match(r"(\w+)\s+(?=\S)", text[start:end])
    if first:
        if first.group(1).lower() in SENTENCE_OPENERS:
            return start + first.end(), end, label, confidence
        return span
    word = text[start:end].lower()
    opener = word in SENTENCE_OPENERS or (word.endswith("ly") and word in lemmas("adv"))
    return None if opener and text[end : end + 2].lstrip(" ")[:1] == "," else span


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (past an opening quote)."""
    window = max(0, start - 16)
    before = text[window:start].rstrip(" \t\"'\u201c\u2018")
    end = _SENTENCE_END.search(before)
    if end is None:
        return not before and window == 0
    return (end.group(1) or "").lower() not in ABBREVIATIONS


_SENTENCE_END = re.compile(r"(?:\b([A-Za-z]{2,}) ?[.!?][\"'\u201d\u2019]?|[!?:\n])$")
"""The end of the sentence before: a full stop after a word (tokenised text
sets it apart, "left ."; not an initial's, "J."), a question or exclamation
mark, a colon, a line break."""
ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov gen lt col sgt capt adm st jr sr inc corp co
    ltd vs no prof rev ft mt jan feb aug sept sep oct nov dec""".split()
)
"""Words whose point ends no sentence ("Sen. So Yeon Park", "Inc.")."""


HEADLINE_WORDS = SENTENCE_OPENERS | frozenset(
    """everything after before over under about with why how what who versus
    vs""".split()
)
"""Closed-class words a Title Case headline capitalises before a surname."""


def headline_fragments(
    text: str, spans: list[NewsSpan], lines: Sequence[tuple[int, int]]
) -> list[NewsSpan]:
    """A person of two words in a Title Case line whose first word is a
    common word, no given name ("Fascist Trump", "Despite Rubio", "Dump
    Trump"), and whose second a person the article names in full has, is
    that surname: the headline's word is no first name. Not a name the body
    also writes ("Hunter Biden": a given name the nickname table lacks)."""
    common = _common_words()
    surnames = {
        words[-1]
        for words in _full_names(text, spans)
        if words[0].lower() not in common
    }
    out = []
    for start, end, label, confidence in spans:
        words = text[start:end].split()
        if (
            label == "PERSON"
            and len(words) == 2
            and words[1] in surnames
            and words[0].lower() in common
            and not given_name(words[0])
            and all(
                _within(m.start(), lines)
                for m in re.finditer(re.escape(text[start:end]), text)
            )  # fmt: skip
        ):
            start = end - len(words[1])
        out.append((start, end, label, confidence))
    return out


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Headline words and the nouns, adjectives and verbs of spaCy's
    lemmatizer tables: made once, not for every article."""
    return HEADLINE_WORDS | lemmas("noun") | lemmas("adj") | lemmas("verb")


def _within(offset: int, lines: Sequence[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in lines)


CITY_AS_PERSON_MIN_POPULATION = 1_000_000
"""A city this populous named alone by its own name is that city, whatever
the NER read ("half of Aleppo", "Edmonton received a B"): no one is called
"Edmonton"; "Jackson" (a city of 154,000) or "Kennedy" (a locality of Bogota,
980,000) may be people. A country's own name is the country ("Niger") unless
a person the article names bears it ("Jordan" after "Jim Jordan")."""
NAMED_PLACE_FEATURES = ("A.PCL", "A.ADM1", "P.PPLC")
"""Countries, first-level regions and capitals: a name of two words or more
that is one of theirs is no person's ("Burkina Faso", "Rift Valley")."""


def places_read_as_persons(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """A person that is a place's own name (not an alias: "Ken" is no Kenya),
    no word of it a word of a person the article names ("Paris" after "Paris
    Hilton", "Austin" after "Lloyd Austin"), is the place: a one-word name
    when it is a country's or a large city's ("shouted about Aleppo", "Mali,
    Niger and Senegal"), a longer one when it is a country's, a first-level
    region's or a capital's ("outbreaks in Burkina Faso")."""
    from ...gazetteer import load_gazetteer

    full_names = _full_names(text, spans)

    def named(name: str) -> bool:  # a word of another person's name
        return any(
            set(name.split()) & set(words) and " ".join(words) != name
            for words in full_names
        )

    def place(name: str) -> bool:
        one_word = " " not in name
        return any(
            e.name == name
            and (
                e.feature.startswith("A.PCL")
                or e.feature.startswith("P.")
                and (e.population or 0) >= CITY_AS_PERSON_MIN_POPULATION
                if one_word
                else e.feature.startswith(NAMED_PLACE_FEATURES)
            )
            for e in load_gazetteer().lookup(name)
        )

    return [
        (s, e, "GPE", c)
        if label == "PERSON" and place(text[s:e]) and not named(text[s:e])
        else (s, e, label, c)
        for s, e, label, c in spans
    ]


def _full_names(text: str, spans: Sequence[NewsSpan]) -> list[list[str]]:
    """The words of each person's name of two words or more in the article."""
    return [
        words
        for s, e, label, _ in spans
        if label == "PERSON" and len(words := text[s:e].split()) > 1
    ]


def relabel_surnames(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """A lone word that is the surname of a person named in the article is
    PERSON, unless it names an institution or a party ("Senate", "GOP")."""
    surnames = {
        words[-1]
        for words in _full_names(text, spans)
        if surname_like(words[-1].lower())
    }
    return [
        (s, e, "PERSON" if text[s:e] in surnames else label, c)
        for s, e, label, c in spans
    ]


def titled_place(text: str, span: NewsSpan) -> NewsSpan:
    """A place the NER read right after a person's title is the person ("Gov.
    Kasich replied", "President Obama")."""
    start, end, label, confidence = span
    if label in ("GPE", "LOC") and title_before(text, start):
        return start, end, "PERSON", confidence
    return span
