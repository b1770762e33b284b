"""The entity extractors: ``entities.spacy.v1`` copies spaCy's entities,
``entities.news.v1`` reads the news NER's and runs the rules that correct and
complete them, in order."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ...records import Article, Mention
from ...registry import ExtractFn, extractor
from .bounds import extend_numeral, join_hyphenated
from .missed import acronym_spans, apply_aliases, titled_persons
from .ner import (
    NER_MODEL_DIR,
    NEWS_NAME,
    NewsEnt,
    news_spans,
    run_news_ner,
    title_case_spans,
)
from .organisations import (
    case_names,
    facility_label,
    institutions,
    own_outlet,
    party_members,
    platform,
    split_trailing_persons,
    wire_credit,
)
from .persons import (
    headline_fragments,
    places_read_as_persons,
    relabel_surnames,
    sentence_opener,
    titled_place,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"}
)


@extractor("entities.spacy.v1", assigns=("mentions",))
def make_spacy_entities() -> ExtractFn:
    """Copy the statistical NER's entities (names only) into ``article.mentions``."""

    def extract(article: Article, sdoc: Doc) -> None:
        for ent in sdoc.ents:
            if ent.label_ in ENTITY_LABELS:
                article.mentions.append(
                    Mention(
                        ent.start_char, ent.end_char, ent.label_, "entities.spacy.v1"
                    )
                )

    return extract


@extractor(NEWS_NAME, assigns=("mentions",))
def make_news_entities(
    *, aliases: Sequence[tuple[str, str]] = (), model_dir: str | None = None
) -> ExtractFn:
    """News-tuned mentions: CoNLL-trained NER, acronyms, known aliases.

    Args:
        aliases: ``(name, label)`` pairs the knowledge base already knows
            (e.g. from resolved entities); found verbatim, case-insensitive.
        model_dir: directory of the fine-tuned NER; defaults to the shipped one.

    Returns:
        An extractor appending PERSON/ORG/GPE/LOC/NORP/FAC/EVENT/LAW mentions.
    """
    path = Path(model_dir) if model_dir else NER_MODEL_DIR
    alias_table = tuple((name, label) for name, label in aliases if name.strip())
    return NewsEntities(path, alias_table)


class NewsEntities:
    """The ``entities.news.v1`` extractor.

    The news NER runs as the :class:`NewsNer` component of ``nlp.pipe``
    (:func:`~corroborate.nlp.load_nlp`), else in :meth:`prepare`, over a
    whole batch of Docs at once (the :class:`~corroborate.pipeline.Pipeline`
    calls it before the extractors); its entities wait on each Doc for the
    extractor. A Doc nobody prepared (one text annotated on its own) gets
    them when the extractor meets it.
    """

    def __init__(self, path: Path, aliases: tuple[tuple[str, str], ...]) -> None:
        self.path = path
        self.aliases = aliases
        self.key = f"{NEWS_NAME}:{path}"
        """Where a prepared Doc keeps the news NER's entities (``user_data``)."""

    def prepare(self, batch: Sequence[tuple[Article, Doc]]) -> None:
        """Run the news NER over the tokens of every Doc of ``batch`` at once
        (not on a Doc the :class:`NewsNer` component already ran it on)."""
        todo = [(a, sdoc) for a, sdoc in batch if self.key not in sdoc.user_data]
        found = run_news_ner(self.path, [(sdoc, a.text, a.zones) for a, sdoc in todo])
        for (_, sdoc), news in zip(todo, found, strict=True):
            sdoc.user_data[self.key] = news

    def __call__(self, article: Article, sdoc: Doc) -> None:
        if self.key not in sdoc.user_data:
            self.prepare([(article, sdoc)])
        news: list[NewsEnt] = sdoc.user_data.pop(self.key)
        text = article.text
        spans = join_hyphenated(text, list(news_spans(sdoc, news)))
        spans = [extend_numeral(text, facility_label(text, span)) for span in spans]
        spans = [wire_credit(text, span) for span in spans]
        spans = own_outlet(text, article.outlet, spans)
        spans = [opened for span in spans if (opened := sentence_opener(text, span))]
        spans = headline_fragments(text, spans, title_case_spans(sdoc))
        # places and institutions read as persons lend no surname to a lone word
        spans = places_read_as_persons(text, spans)
        spans = institutions(text, spans)
        spans = relabel_surnames(text, split_trailing_persons(text, spans))
        # after the splits: "Reagan Democrats" read as one person leaves "Democrats"
        spans = [titled_place(text, party_members(text, span)) for span in spans]
        spans = [platform(text, span) for span in spans]  # "Elon Twitter" aside
        spans = case_names(text, spans)
        spans += acronym_spans(text, spans)
        spans += titled_persons(text, spans)
        spans = apply_aliases(text, self.aliases, spans)
        for start, end, label, confidence in sorted(spans):
            article.mentions.append(
                Mention(start, end, label, NEWS_NAME, None, confidence)
            )
