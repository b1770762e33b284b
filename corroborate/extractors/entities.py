"""Entity mentions: spaCy's recogniser, and a news-tuned one on top of it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Article, Mention
from ..registry import ExtractFn, extractor

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"})
NEWS_NAME = "entities.news.v1"
NER_MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
"""Fine-tuned NER (en_core_web_sm's ``ner`` trained on CoNLL-2003 train)."""

# CoNLL types of the news model -> our labels. LOC and MISC are refined by
# the small model's finer label when it found the same span (GPE vs LOC,
# NORP vs EVENT).
NEWS_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "NORP"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the news model does not produce; kept from the small model.
SMALL_ONLY_LABELS = frozenset({"FAC", "EVENT", "LAW"})
ALIAS_CONFIDENCE = 0.9  # a known alias found verbatim; not context-checked
ACRONYM_CONFIDENCE = 0.95  # "Full Name (ACR)": defined in the text itself
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")


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

    def extract(article: Article, sdoc: Doc) -> None:
        spans = list(_news_spans(sdoc, path))
        spans += _acronym_spans(article.text, spans)
        spans += _alias_spans(article.text, alias_table, spans)
        for start, end, label, confidence in sorted(spans):
            article.mentions.append(Mention(start, end, label, NEWS_NAME, None, confidence))

    return extract


@lru_cache(maxsize=2)
def load_news_ner(path: Path = NER_MODEL_DIR) -> Language:
    """Load (once per process) the fine-tuned NER pipeline at ``path``."""
    import spacy

    return spacy.load(path)


def _news_spans(sdoc: Doc, path: Path) -> Iterable[tuple[int, int, str, float]]:
    """Run the news NER on the tokens of ``sdoc``; refine labels with sdoc's."""
    from spacy.tokens import Doc

    ner = load_news_ner(path)
    words = [t.text for t in sdoc]
    spaces = [bool(t.whitespace_) for t in sdoc]
    news = ner(Doc(ner.vocab, words=words, spaces=spaces))
    small = {(e.start, e.end): e.label_ for e in sdoc.ents}
    taken: set[int] = set()
    for ent in news.ents:
        label = _refine_label(ent, small)
        if label:
            taken.update(range(ent.start, ent.end))
            yield sdoc[ent.start].idx, sdoc[ent.end - 1].idx + len(sdoc[ent.end - 1]), label, 1.0
    for ent in sdoc.ents:
        if ent.label_ in SMALL_ONLY_LABELS and not taken & set(range(ent.start, ent.end)):
            yield ent.start_char, ent.end_char, ent.label_, 1.0


def _refine_label(ent: Span, small: dict[tuple[int, int], str]) -> str | None:
    """Map a CoNLL label to ours, taking the small model's finer one if it agrees."""
    label = NEWS_LABELS.get(ent.label_)
    finer = small.get((ent.start, ent.end))
    if label == "GPE" and finer in PLACE_LABELS:
        return finer
    if label == "NORP" and finer in ("NORP", "EVENT", "LAW"):
        return finer
    if label == "NORP" and finer is None and not ent.text[:1].isupper():
        return None
    return label


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int, str, float]]) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(s < end and start < e for s, e, *_ in spans)


def _acronym_spans(
    text: str, spans: Sequence[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """ "Full Name (ACR)": mark ACR with the full name's label when it is missed."""
    found: list[tuple[int, int, str, float]] = []
    for start, end, label, _ in spans:
        match = _ACRONYM_AFTER.match(text, end)
        if match and not _overlaps(match.start(1), match.end(1), spans):
            found.append((match.start(1), match.end(1), label, ACRONYM_CONFIDENCE))
    return found


def _alias_spans(
    text: str,
    aliases: Sequence[tuple[str, str]],
    spans: Sequence[tuple[int, int, str, float]],
) -> list[tuple[int, int, str, float]]:
    """Known aliases found verbatim (whole words) where nothing else was found."""
    found: list[tuple[int, int, str, float]] = []
    for name, label in sorted(aliases, key=lambda a: -len(a[0])):
        flags = 0 if name.isupper() else re.IGNORECASE  # acronyms stay case-exact
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags)
        for match in pattern.finditer(text):
            if not _overlaps(match.start(), match.end(), [*spans, *found]):
                found.append((match.start(), match.end(), label, ALIAS_CONFIDENCE))
    return found
