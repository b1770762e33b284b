"""The news NER: a CoNLL-trained recogniser run over spaCy's tokens, Title
Case headline words lower-cased first; its entities as ``doc.ents`` (the
:class:`NewsNer` component) and as character spans with spaCy's finer labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ...records import Zone
from ...syntax import doc_text
from ...timex import Timex, find_timexes

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.language import Language
    from spacy.tokens import Doc, Token

NEWS_NAME = "entities.news.v1"
NER_MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "ner"
"""Fine-tuned NER (en_core_web_sm's ``ner`` trained on CoNLL-2003 train)."""

# CoNLL types of the news model -> our labels. LOC and MISC are refined by
# the small model's finer label when it found the same span (GPE vs LOC,
# NORP vs EVENT).
NEWS_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "NORP"}
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the news model does not produce; kept from the small model.
SMALL_ONLY_LABELS = frozenset({"FAC", "EVENT", "LAW"})
TITLE_MIN_WORDS = 3  # a headline has at least this many 4+ letter words
TITLE_CASE_SHARE = 0.7  # share of them capitalised to call a line Title Case
NewsSpan = tuple[int, int, str, float]
NewsEnt = tuple[int, int, str, str]
"""A news NER entity: first token, end token, CoNLL label, its (truecased) text."""
NEWS_NER_COMPONENT = "corroborate_news_ner"
"""The spaCy component that runs the news NER in place of spaCy's own ``ner``."""
_ENTS_FROM_NEWS = "corroborate.ents_from_news"
"""``user_data`` flag of a Doc whose ``ents`` are the news NER's, not spaCy's."""
TIMEXES_KEY = "corroborate.timexes"
"""Where :class:`NewsNer` leaves the time expressions it found (``user_data``),
for ``dates.rules.v1`` to start from."""


class NewsNer:
    """A spaCy component standing in for spaCy's own ``ner``: the news NER's
    entities become ``doc.ents`` (PERSON, ORG, GPE, NORP, as
    :data:`NEWS_LABELS` maps them) for the extractors that read ``ent_type_``,
    and wait on the Doc for ``entities.news.v1``. It sees no zones: a Title
    Case first line is the headline (:func:`_is_headline`). Time expressions
    (:func:`~corroborate.timex.find_timexes`) outside those names become DATE
    and TIME entities, as spaCy's ``ner`` gave them: the extractors tell a
    date from a party by them ("on Monday" is no target of "attacked")."""

    def __init__(self, path: Path = NER_MODEL_DIR) -> None:
        self.path = path
        self.key = f"{NEWS_NAME}:{path}"

    def __call__(self, doc: Doc) -> Doc:
        self.annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            self.annotate(batch)
            yield from batch

    def annotate(self, docs: Sequence[Doc]) -> None:
        from spacy.tokens import Span

        found = run_news_ner(self.path, [(doc, doc_text(doc), ()) for doc in docs])
        for doc, news in zip(docs, found, strict=True):
            doc.user_data[self.key] = news
            doc.user_data[_ENTS_FROM_NEWS] = True
            doc.ents = [
                Span(doc, start, end, label=NEWS_LABELS[label])
                for start, end, label, _ in news
                if label in NEWS_LABELS
            ]
            timexes = doc.user_data[TIMEXES_KEY] = find_timexes(doc_text(doc))
            _mark_times(doc, timexes)


def _mark_times(doc: Doc, timexes: Sequence[Timex]) -> None:
    """Time expressions that overlap no entity as DATE (TIME for a clock time)."""
    from spacy.tokens import Span

    spans: list[Span] = []
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="contract")
        if span is None or not len(span) or any(w.ent_type_ for w in span):
            continue
        if not spans or spans[-1].end <= span.start:
            label = "TIME" if t.type == "TIME" else "DATE"
            spans.append(Span(doc, span.start, span.end, label=label))
    doc.set_ents(spans, default="unmodified")


def ents_from_news(doc: Doc) -> bool:
    """Whether ``doc.ents`` are the news NER's names (no dates, no numbers)."""
    return bool(doc.user_data.get(_ENTS_FROM_NEWS))


def register_news_ner() -> str:
    """Register the :class:`NewsNer` component with spaCy (once); its name."""
    from spacy.language import Language

    if not Language.has_factory(NEWS_NER_COMPONENT):
        Language.factory(NEWS_NER_COMPONENT, func=lambda nlp, name: NewsNer())
    return NEWS_NER_COMPONENT


@lru_cache(maxsize=2)
def load_news_ner(path: Path = NER_MODEL_DIR) -> Language:
    """Load (once per process) the fine-tuned NER pipeline at ``path``."""
    import spacy

    return spacy.load(path)


def run_news_ner(
    path: Path, docs: Sequence[tuple[Doc, str, Sequence[Zone]]]
) -> list[list[NewsEnt]]:
    """The news NER's entities on each ``(Doc, its text, its zones)``, run over
    all of them at once on true-cased copies (:func:`_news_input`)."""
    if not docs:
        return []
    ner = load_news_ner(path)
    inputs = [_news_input(ner, sdoc, text, zones) for sdoc, text, zones in docs]
    outputs = ner.pipe(inputs, batch_size=len(inputs))
    return [[(e.start, e.end, e.label_, e.text) for e in out.ents] for out in outputs]


def _news_input(ner: Language, sdoc: Doc, text: str, zones: Sequence[Zone]) -> Doc:
    """The tokens of ``sdoc`` as a Doc of the news NER's own vocabulary, with
    Title Case headline words lower-cased (:func:`_truecase_title_lines`)."""
    from spacy.tokens import Doc

    words = _truecase_title_lines(sdoc, text, zones)
    spaces = [bool(t.whitespace_) for t in sdoc]
    return Doc(ner.vocab, words=words, spaces=spaces)


def news_spans(sdoc: Doc, news: Sequence[NewsEnt]) -> Iterable[NewsSpan]:
    """The news NER's entities (token offsets into ``sdoc``) as character
    spans, labels refined with spaCy's; then spaCy's labels the news NER
    lacks. A Doc whose ``ents`` are the news NER's own has no finer labels."""
    ents = () if ents_from_news(sdoc) else sdoc.ents
    small = {(e.start, e.end): e.label_ for e in ents}
    taken: set[int] = set()
    for start, end, conll, text in news:
        label = _refine_label(conll, text, small.get((start, end)))
        if label:
            taken.update(range(start, end))
            yield sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1]), label, 1.0
    for ent in ents:
        if ent.label_ in SMALL_ONLY_LABELS and not taken & set(
            range(ent.start, ent.end)
        ):
            yield ent.start_char, ent.end_char, ent.label_, 1.0


def _refine_label(conll: str, text: str, finer: str | None) -> str | None:
    """Map a CoNLL label to ours, taking the small model's finer one (for the
    same span) if it agrees."""
    label = NEWS_LABELS.get(conll)
    if label == "GPE" and finer in PLACE_LABELS:
        return finer
    if label == "NORP" and finer in ("NORP", "EVENT", "LAW"):
        return finer
    if label == "NORP" and finer is None and not text[:1].isupper():
        return None
    return label


def _truecase_title_lines(sdoc: Doc, text: str, zones: Sequence[Zone]) -> list[str]:
    """Token texts, with Title Case headline words lower-cased unless the
    article capitalises them mid-sentence (as names) outside headlines."""
    words = [t.text for t in sdoc]
    lines = [
        line for line in _title_case_lines(sdoc) if _is_headline(line, text, zones)
    ]
    titled = {t.text for line in lines for t in line[1:] if t.text.istitle()}
    if not titled:
        return words
    in_title = {t.i for line in lines for t in line}
    proper = {
        word
        for i, word in enumerate(words)
        if word in titled
        and word[:1].isupper()
        and i not in in_title
        and not sdoc[i].is_sent_start
    }
    for line in lines:
        for token in line[1:]:
            if token.text in titled and token.text not in proper:
                words[token.i] = token.text.lower()
    return words


def _is_headline(line: Sequence[Token], text: str, zones: Sequence[Zone]) -> bool:
    """A headline zone, or (without zones) a copy of the text's first line."""
    start, end = line[0].idx, line[-1].idx + len(line[-1])
    headlines = [z for z in zones if z.kind == "headline"]
    if headlines:
        return any(z.start <= start and end <= z.end for z in headlines)
    first = text.lstrip().split("\n", 1)[0].strip()
    return text[start:end].strip() == first


def _title_case_lines(sdoc: Doc) -> list[list[Token]]:
    """Lines of ``sdoc`` (split at newlines) that look like Title Case headlines."""
    lines: list[list[Token]] = [[]]
    for token in sdoc:
        if "\n" in token.text or "\n" in token.whitespace_:
            if not token.is_space:
                lines[-1].append(token)
            lines.append([])
        elif not token.is_space:
            lines[-1].append(token)
    return [line for line in lines if _is_title_case(line)]


def _is_title_case(tokens: Sequence[Token]) -> bool:
    """Most words of 4+ letters capitalised, no sentence-final period."""
    words = [t.text for t in tokens if t.is_alpha and len(t.text) > 3]
    if len(words) < TITLE_MIN_WORDS or (tokens and tokens[-1].text == "."):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() and not w.isupper())
    return capitalised / len(words) >= TITLE_CASE_SHARE


def title_case_spans(sdoc: Doc) -> list[tuple[int, int]]:
    """Where the Title Case lines of a text lie (headlines, subheads)."""
    return [(ln[0].idx, ln[-1].idx + len(ln[-1])) for ln in _title_case_lines(sdoc)]
