"""Entity mentions: spaCy's recogniser, and a news-tuned one on top of it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..lexicon import lemmas
from ..names import given_name, surname_like, title_before
from ..records import Article, Mention, Zone
from ..registry import ExtractFn, extractor
from ..syntax import doc_text
from ..timex import Timex, find_timexes

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.language import Language
    from spacy.tokens import Doc, Token

ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"}
)
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
TITLED_CONFIDENCE = 0.8  # a name after a legislator's title, the NER having missed it
_TITLED_NAME = re.compile(
    r"\b(?:Representative|Congressman|Congresswoman|Senator|Governor|Rep\.|Sen\.|Gov\.)"
    r"\s+((?:[A-Z][a-z\u2019'-]+|[A-Z]\.)\s+(?:[A-Z]\.\s+)?[A-Z][a-z\u2019'-]+)\b"
    r"(?!\s+[A-Z])"
)
"""A legislator's or governor's title and the first and last name after it
("Representative Nancy Pelosi"): the news NER, trained on CoNLL's wire
text, finds the name after "Rep." but often not after the title in full.
No capitalised word may follow: in a Title Case headline ("Governor
Expected To Sign") or before a name ("Sen. Majority Leader Chuck
Schumer") the words after the title are no name."""
# Between two parts of one name: "-e-", "-ul-", "-al-", "-e ", "-".
_HYPHEN_JOIN = re.compile(r"-(?:[a-z]{1,3}-?)?\s?|-")
SPACED_HYPHENS = frozenset({" - ", " \u2013 ", " \u2011 "})
"""A hyphen as tokenised text writes it, a space each side."""
_TRAILING_NUMERAL = re.compile(r"[ -](?:\d{1,3}|[IVX]{1,4})\b")
FACILITY_NOUNS = frozenset(
    {"camp", "base", "airport", "airbase", "port", "prison", "compound", "barracks"}
)
# Nouns that end an organisation or office name, never begin a person's name.
ORG_HEAD_NOUNS = frozenset(
    "council ministry organization organisation agency office department committee "
    "commission party army police service bureau authority court union "
    "institute university company group".split()
)
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
        spans = _join_hyphenated(text, list(_news_spans(sdoc, news)))
        spans = [_extend_numeral(text, _facility_label(text, span)) for span in spans]
        spans = [_wire_credit(text, span) for span in spans]
        spans = _own_outlet(text, article.outlet, spans)
        spans = [opened for span in spans if (opened := _sentence_opener(text, span))]
        spans = _headline_fragments(text, spans, _title_case_spans(sdoc))
        # places and institutions read as persons lend no surname to a lone word
        spans = _places_read_as_persons(text, spans)
        spans = _institutions(text, spans)
        spans = _relabel_surnames(text, _split_trailing_persons(text, spans))
        # after the splits: "Reagan Democrats" read as one person leaves "Democrats"
        spans = [_titled_place(text, _party_members(text, span)) for span in spans]
        spans = [_platform(text, span) for span in spans]  # "Elon Twitter" aside
        spans = _case_names(text, spans)
        spans += _acronym_spans(text, spans)
        spans += _titled_persons(text, spans)
        spans = _apply_aliases(text, self.aliases, spans)
        for start, end, label, confidence in sorted(spans):
            article.mentions.append(
                Mention(start, end, label, NEWS_NAME, None, confidence)
            )


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


def _news_spans(sdoc: Doc, news: Sequence[NewsEnt]) -> Iterable[NewsSpan]:
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


def _join_hyphenated(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """Join names split at hyphenated particles ("Mujahedin-e-Khalq"), and a
    person's double surname that tokenised text writes with a spaced hyphen
    ("Alexandria Ocasio - Cortez", "Karine Jean - Pierre"): a person's name of
    two words or more, then one capitalised word. A single name before the
    hyphen stays apart ("the Clinton - Kaine ticket")."""
    spans = sorted(spans)
    out: list[NewsSpan] = []
    for span in spans:
        gap = text[out[-1][1] : span[0]] if out else ""
        places = out and {out[-1][2], span[2]} & {"GPE", "NORP"}
        if out and _HYPHEN_JOIN.fullmatch(gap) and not (gap == "-" and places):
            prev = out.pop()
            span = (prev[0], span[1], prev[2], min(prev[3], span[3]))
        elif out and gap in SPACED_HYPHENS and _double_surname(text, out[-1], span):
            prev = out.pop()
            span = (prev[0], span[1], "PERSON", min(prev[3], span[3]))
        out.append(span)
    return out


def _double_surname(text: str, first: NewsSpan, second: NewsSpan) -> bool:
    """True for a person's name of two words or more followed by one
    capitalised word the NER took apart (as a person, place or body)."""
    words = text[second[0] : second[1]].split()
    return (
        first[2] == "PERSON"
        and len(text[first[0] : first[1]].split()) >= 2
        and len(words) == 1
        and words[0][:1].isupper()
        and second[2] in ("PERSON", "GPE", "ORG")
    )


def _facility_label(text: str, span: NewsSpan) -> NewsSpan:
    """A name headed by, or before, a facility noun ("Camp X", "X camp") is FAC."""
    start, end, label, confidence = span
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    first = text[start:end].split()[0].lower()
    cue = first in FACILITY_NOUNS or (
        after and after[0].lower().strip(".,") in FACILITY_NOUNS
    )
    if (
        cue
        and not text[start:end].isupper()
        and label in ("ORG", "PERSON", "GPE")
        and not (before and before[-1] == "of")
    ):
        return start, end, "FAC", confidence
    return span


WIRE_AGENCIES = frozenset(
    "AP AFP Reuters REUTERS UPI dpa DPA AAP PTI IANS Xinhua TASS EFE ANSA Kyodo "
    "Yonhap".split()
)
"""News agencies as datelines and photo credits name them."""
_CREDIT_BEFORE = re.compile(r"(?:\(|Photo:\s*|/)$")
_CREDIT_AFTER = re.compile(r"^(?:\)|\s+(?:Photo|file|File)\b)")


PLATFORMS = frozenset(
    """Twitter Facebook Instagram YouTube TikTok Reddit LinkedIn Snapchat
    WhatsApp Telegram Parler Gab Rumble Wikipedia Wikinews Google Uber Lyft
    Airbnb Netflix Spotify PayPal""".split()
) | {"Truth Social"}
"""Online platforms, younger than the news the NER learned from (CoNLL's
1996 Reuters): it reads "said on Twitter" as a person's name."""


def _platform(text: str, span: NewsSpan) -> NewsSpan:
    """An online platform named alone is an organisation, whatever the NER
    read ("wrote on Twitter", "Twitter banned him")."""
    start, end, label, confidence = span
    if label != "ORG" and text[start:end] in PLATFORMS:
        return start, end, "ORG", confidence
    return span


_CASE_NAME = re.compile(r"\b([A-Z][\w\u2019'-]+)(?=\s+vs?\.\s+[A-Z])")
"""A court case named by its parties ("Roe v. Wade", "Dobbs v. Jackson"): with
the point, as a court writes it; "Leeds v Arsenal" is a match of two teams."""


def _case_names(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """The parties of a case named by them ("Roe v. Wade", "Dobbs v.
    Jackson") are no persons, bodies or places, nor its first party named
    alone ("overturn Roe", "ruling in Dobbs") as a person or a place in an
    article that names the case: the case (LAW). An organisation named alone
    stays one ("Citizens United" is a group too)."""
    named = {m.start(1): m.group(1) for m in _CASE_NAME.finditer(text)}
    cases = set(named.values())

    def law(start: int, end: int, label: str) -> bool:
        in_name = start in named or bool(
            _SECOND_PARTY.search(text, max(0, start - 6), start)
        )
        alone = label in ("PERSON", "GPE") and text[start:end] in cases
        return in_name or alone

    return [(s, e, "LAW" if law(s, e, label) else label, c) for s, e, label, c in spans]


_SECOND_PARTY = re.compile(r"\svs?\.\s+$")

CITY_AS_PERSON_MIN_POPULATION = 1_000_000
"""A city this populous named alone by its own name is that city, whatever
the NER read ("half of Aleppo", "Edmonton received a B"): no one is called
"Edmonton"; "Jackson" (a city of 154,000) or "Kennedy" (a locality of Bogota,
980,000) may be people. A country's own name is the country ("Niger") unless
a person the article names bears it ("Jordan" after "Jim Jordan")."""
NAMED_PLACE_FEATURES = ("A.PCL", "A.ADM1", "P.PPLC")
"""Countries, first-level regions and capitals: a name of two words or more
that is one of theirs is no person's ("Burkina Faso", "Rift Valley")."""


def _places_read_as_persons(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """A person that is a place's own name (not an alias: "Ken" is no Kenya),
    no word of it a word of a person the article names ("Paris" after "Paris
    Hilton", "Austin" after "Lloyd Austin"), is the place: a one-word name
    when it is a country's or a large city's ("shouted about Aleppo", "Mali,
    Niger and Senegal"), a longer one when it is a country's, a first-level
    region's or a capital's ("outbreaks in Burkina Faso")."""
    from ..gazetteer import load_gazetteer

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


INSTITUTION_HEADS = (ORG_HEAD_NOUNS - {"court", "service"}) | frozenset(
    """hospital school schools college clinic academy center centre foundation
    museum library corporation association society""".split()
)
"""Words that end an institution's name and no person's ("St. Margaret
Hospital", "Kennedy Elementary Schools"); not "court" nor "service", which
end some ("Margaret Court")."""


def _institutions(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """Each span read by :func:`_institution`; a span inside a person's name
    it widened into an institution's ("Foundation" of "Clinton Foundation")
    is left out."""
    read = [_institution(text, span) for span in spans]
    widened = [
        (s, e) for (s, e, *_), old in zip(read, spans, strict=True) if e > old[1]
    ]
    return [
        span
        for span in read
        if not any(
            s <= span[0] and span[1] <= e and span[:2] != (s, e) for s, e in widened
        )
    ]


_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
"""A capitalised word right after a name: the head of an institution named
after a person ("the Clinton Foundation", "Trump University") where the NER
read the person alone."""
NAMED_AFTER_HEADS = frozenset(
    """foundation institute university library center centre museum school
    college hospital academy organization corporation""".split()
)
"""Heads of institutions named after a person; not words a Title Case
headline sets after a name for other reasons ("Trump Party Split", "Biden
Group Talks")."""


def _institution(text: str, span: NewsSpan) -> NewsSpan:
    """A person whose name ends in an institution's word, or is followed by
    one, is the institution ("the Clinton Foundation"), unless, ending in it,
    it opens with a given name ("George Washington High School", "Sam
    Houston State University": read as an organisation, its words would be
    taken for places) or tells a person of a body ("Denise Dority of Resource
    Management & Consulting Company")."""
    start, end, label, confidence = span
    head = _HEAD_AFTER.match(text, end)
    if label == "PERSON" and head and head.group(1).lower() in NAMED_AFTER_HEADS:
        return start, head.end(), "ORG", confidence
    words = text[start:end].split()
    if (
        label == "PERSON"
        and len(words) > 1
        and words[-1].lower() in INSTITUTION_HEADS
        and "of" not in words
        and not given_name(words[0])
    ):
        return start, end, "ORG", confidence
    return span


PARTY_MEMBERS = re.compile(r"(?:Democrat|Republican|Independent)s?|GOP", re.IGNORECASE)
"""A party's members named by the party ("Democrats", "Republicans")."""


def _party_members(text: str, span: NewsSpan) -> NewsSpan:
    """A party's members, which the news NER sometimes reads as a person
    ("Democrats pressure Sanders to ..."), are a group (NORP), as it reads
    them most of the time: no person, no speaker's name."""
    start, end, label, confidence = span
    if label == "PERSON" and PARTY_MEMBERS.fullmatch(text[start:end]):
        return start, end, "NORP", confidence
    return span


def _titled_place(text: str, span: NewsSpan) -> NewsSpan:
    """A place the NER read right after a person's title is the person ("Gov.
    Kasich replied", "President Obama")."""
    start, end, label, confidence = span
    if label in ("GPE", "LOC") and title_before(text, start):
        return start, end, "PERSON", confidence
    return span


def _own_outlet(text: str, outlet: str | None, spans: list[NewsSpan]) -> list[NewsSpan]:
    """The article's own outlet named in its text is that organisation ("told
    USA TODAY's weekly video series" in a USA Today article: not the "USA" of
    the country), however the outlet's name is written in the record
    ("usa-today", "USA Today"); the spans inside it give way."""
    words = re.findall(r"[a-z0-9]+", (outlet or "").lower())
    if len(words) < 2:
        return spans  # one word ("breitbart", "nyt") names nothing to mistake
    # not inside an address ("dboyer@washingtontimes.com")
    pattern = r"(?<![@.\w])" + r"[\s-]*".join(words) + r"(?!\w|\.\w)"
    named = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    if not named:
        return spans
    kept = [sp for sp in spans if not any(s < sp[1] and sp[0] < e for s, e in named)]
    return sorted(kept + [(s, e, "ORG", OUTLET_CONFIDENCE) for s, e in named])


OUTLET_CONFIDENCE = 1.0
"""The outlet's own name, as its record writes it, is sure."""


def _wire_credit(text: str, span: NewsSpan) -> NewsSpan:
    """An agency credited in a dateline or under a photo is an organisation,
    whatever the NER read: "COLUMBUS, Ohio (AP) —", "Photo: AP", "AP Photo"
    (the news NER tags a dateline's "(AP)" as a place)."""
    start, end, label, confidence = span
    if label == "ORG" or text[start:end] not in WIRE_AGENCIES:
        return span
    before, after = text[max(0, start - 8) : start], text[end : end + 8]
    if _CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after):
        return start, end, "ORG", confidence
    return span


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


def _sentence_opener(text: str, span: NewsSpan) -> NewsSpan | None:
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


HEADLINE_WORDS = SENTENCE_OPENERS | frozenset(
    """everything after before over under about with why how what who versus
    vs""".split()
)
"""Closed-class words a Title Case headline capitalises before a surname."""


def _title_case_spans(sdoc: Doc) -> list[tuple[int, int]]:
    """Where the Title Case lines of a text lie (headlines, subheads)."""
    return [(ln[0].idx, ln[-1].idx + len(ln[-1])) for ln in _title_case_lines(sdoc)]


def _headline_fragments(
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


def _extend_numeral(text: str, span: NewsSpan) -> NewsSpan:
    """Take in a trailing number of a place or organisation ("Camp X 3")."""
    start, end, label, confidence = span
    match = _TRAILING_NUMERAL.match(text, end)
    # "Team 22" in a results table is a score: only FAC takes a bare number
    if match and (
        label == "FAC" or match.group()[0] == "-" or match.group()[1:].isalpha()
    ):
        return start, match.end(), label, confidence
    return span


def _split_trailing_persons(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """Split "<Office> <Name>" mentions tagged ORG ("... Council Jane Roe") when
    the article names the same person (by surname) on its own."""
    surnames = {text[s:e].split()[-1] for s, e, label, _ in spans if label == "PERSON"}
    out: list[NewsSpan] = []
    for start, end, label, confidence in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        cut = (
            _person_cut(words, surnames) if label == "ORG" and len(words) > 2 else None
        )
        if cut is None:
            out.append((start, end, label, confidence))
            continue
        out.append((start, start + words[cut - 1].end(), label, confidence))
        out.append((start + words[cut].start(), end, "PERSON", confidence))
    return out


def _full_names(text: str, spans: Sequence[NewsSpan]) -> list[list[str]]:
    """The words of each person's name of two words or more in the article."""
    return [
        words
        for s, e, label, _ in spans
        if label == "PERSON" and len(words := text[s:e].split()) > 1
    ]


def _relabel_surnames(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
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


def _person_cut(words: Sequence[re.Match[str]], surnames: set[str]) -> int | None:
    """Index of the first word of a trailing person name, or None."""
    if words[-1].group() not in surnames:
        return None
    cut = len(words) - 1
    while cut > 1 and cut > len(words) - 3:
        previous = words[cut - 1].group()
        if previous.lower() in ORG_HEAD_NOUNS or not previous[:1].isupper():
            break
        cut -= 1
    lead = words[cut - 1].group().lower()
    return cut if lead in ORG_HEAD_NOUNS or lead.endswith(("'s", "’s")) else None


def _overlaps(
    start: int, end: int, spans: Sequence[tuple[int, int, str, float]]
) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(s < end and start < e for s, e, *_ in spans)


def _acronym_spans(
    text: str, spans: Sequence[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """ "Full Name (ACR)": mark ACR with the full name's label when it is missed."""
    found: list[tuple[int, int, str, float]] = []
    for _start, end, label, _ in spans:
        match = _ACRONYM_AFTER.match(text, end)
        if match and not _overlaps(match.start(1), match.end(1), spans):
            found.append((match.start(1), match.end(1), label, ACRONYM_CONFIDENCE))
    return found


def _titled_persons(text: str, spans: Sequence[NewsSpan]) -> list[NewsSpan]:
    """Names after a legislator's title that no mention covers
    (:data:`_TITLED_NAME`) as persons."""
    return [
        (match.start(1), match.end(1), "PERSON", TITLED_CONFIDENCE)
        for match in _TITLED_NAME.finditer(text)
        if not _overlaps(match.start(1), match.end(1), spans)
    ]


def _apply_aliases(
    text: str, aliases: Sequence[tuple[str, str]], spans: list[NewsSpan]
) -> list[NewsSpan]:
    """Known aliases found verbatim (whole words): they fill gaps, and set the
    label of a mention that covers exactly the same text."""
    exact = {(s, e): i for i, (s, e, _, _) in enumerate(spans)}
    out = list(spans)
    for name, label in sorted(aliases, key=lambda a: -len(a[0])):
        flags = 0 if name.isupper() else re.IGNORECASE  # acronyms stay case-exact
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags)
        for match in pattern.finditer(text):
            index = exact.get((match.start(), match.end()))
            if index is not None:
                out[index] = (*out[index][:2], label, out[index][3])
            elif not _overlaps(match.start(), match.end(), out):
                out.append((match.start(), match.end(), label, ALIAS_CONFIDENCE))
    return out
