"""Entity mentions from the spaCy pipeline's named-entity recogniser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Article, Mention
from ..registry import ExtractFn, extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"})


@extractor("entities.spacy.v1", assigns=("mentions",))
def make_spacy_entities() -> ExtractFn:
    """Copy the statistical NER's entities (names only) into ``article.mentions``."""

    def extract(article: Article, sdoc: Doc) -> None:
        for ent in sdoc.ents:
            if ent.label_ in ENTITY_LABELS:
                article.mentions.append(
                    Mention(ent.start_char, ent.end_char, ent.label_, "entities.spacy.v1")
                )

    return extract
