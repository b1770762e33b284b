"""Names: how two spellings of one name are compared (docs/names.md).

``vocabulary`` holds the words around and inside names (titles, particles,
institutions' and parties' words, given names); ``tokens`` makes a name in
any script its comparison tokens; ``similarity`` scores two tokens,
``compare`` two names; ``ranking`` ranks a knowledge base's entities against
a name. What the rest of the package uses is re-exported here.
"""

from .compare import (
    MATCH_THRESHOLD,
    REVIEW_THRESHOLD,
    compare_names,
    compare_pair,
    is_acronym_of,
)
from .ranking import match_entities
from .similarity import prepare_name_tagger, token_skeletons
from .tokens import name_tokens, normalize_name
from .vocabulary import (
    INSTITUTION_WORDS,
    PARTY_TOKENS,
    PERSON_TITLES,
    TITLE_MODIFIERS,
    WEAK_TOKENS,
    given_name,
    surname_like,
    title_before,
)

__all__ = [
    "INSTITUTION_WORDS",
    "MATCH_THRESHOLD",
    "PARTY_TOKENS",
    "PERSON_TITLES",
    "REVIEW_THRESHOLD",
    "TITLE_MODIFIERS",
    "WEAK_TOKENS",
    "compare_names",
    "compare_pair",
    "given_name",
    "is_acronym_of",
    "match_entities",
    "name_tokens",
    "normalize_name",
    "prepare_name_tagger",
    "surname_like",
    "title_before",
    "token_skeletons",
]
