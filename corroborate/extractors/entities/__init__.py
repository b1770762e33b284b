"""Entity mentions (``entities.news.v1``, ``entities.spacy.v1``): the news NER
run over spaCy's tokens (``ner``), and the rules that correct and complete its
mentions: where one begins and ends (``bounds``), who is a person
(``persons``), what is an organisation, a facility, a group or a court case
(``organisations``), what it missed (``missed``); ``extract`` runs them in
order. Importing the package registers the extractors."""

from .extract import make_news_entities, make_spacy_entities
from .ner import PLACE_LABELS, TIMEXES_KEY, register_news_ner

__all__ = [
    "PLACE_LABELS",
    "TIMEXES_KEY",
    "make_news_entities",
    "make_spacy_entities",
    "register_news_ner",
]
