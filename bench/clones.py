"""Annotated articles cloned under new ids, for stores of any size without annotating.

Clone 0 of a base article is the article itself. Clone ``c > 0`` gets:

* new ids: document ``sha256(c, original document id)[:16]``, articles
  ``<document>#<n>`` as before;
* new names: every word of a PERSON or ORG mention that is a proper noun
  (capitalised, and never written in lower case anywhere in the base texts:
  "Rama", "FBI", not "House" or "President") becomes a synthetic word of the
  same length and case, the same for every article of clone ``c`` (so the two
  outlets of one story still name the same people) and different in every
  other clone: the population of names grows with the store;
* other words: every lower-case word of five letters or more becomes another
  word of the same length from the base texts' vocabulary, drawn per clone,
  so that clones of one article are not near-duplicates that would cluster
  into one story of hundreds of members (the vocabulary stays bounded, as in
  real news);
* dates: the publication date, every date value and event date move by
  ``c * SHIFT_DAYS`` days (years and months by the whole years and months
  that makes), so clones spread over years; the date words in the text are
  left as they were. An article published on an unknown date is cloned with
  the publication date of the nearest dated base article before it (after
  it, for the first), moved the same way: undated clones would all join one
  story per base article (the clusterer has no date to tell them apart),
  stories that grow with the store and are aligned again on every run.

Every replacement has the length of what it replaces, so every offset
(mentions, zones, dates, places, quantities, claims, events) stays valid.
Words inside spans that must keep their text (place mentions and places,
dates, quantities, claim cues, event triggers) are left alone. The corpus
fields (story, entity ids) are cleared: the corpus stages set them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta

from corroborate.records import Article, Claim, DateRef, Document, Event, PubDate

SHIFT_DAYS = 9
"""Days between the dates of consecutive clones of one article: more than the
clusterer's publication window, so clones do not share a news cycle."""
NAME_LABELS = frozenset({"PERSON", "ORG"})
MIN_CONTENT_LETTERS = 5
WORD = re.compile(r"[^\W\d_]+")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
CONSONANTS = "bcdfghjklmnprstvz"
VOWELS = "aeiou"


def _seed(*parts: object) -> int:
    digest = hashlib.sha256("\x00".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def synthetic_name(word: str, clone: int) -> str:
    """A pronounceable made-up word of ``word``'s length and letter case."""
    rng = random.Random(_seed("name", clone, word))
    letters = []
    for i, char in enumerate(word):
        pool = VOWELS if i % 2 else CONSONANTS
        if rng.random() < 0.2:
            pool = VOWELS if pool is CONSONANTS else CONSONANTS
        new = rng.choice(pool)
        letters.append(new.upper() if char.isupper() else new)
    return "".join(letters)


def document_id(clone: int, original: str) -> str:
    """The id of clone ``clone`` of a document (16 hex digits, as content ids)."""
    return hashlib.sha256(f"{clone}\x00{original}".encode()).hexdigest()[:16]


def shift_value(value: str | None, days: int) -> str | None:
    """An ISO date value (``2019``, ``2019-06``, ``2019-06-20...``) moved by ``days``;
    anything else (``XXXX-06-20``, ``P2W``, None) as it is."""
    if not value or not days:
        return value
    found = ISO_DATE.match(value)
    if not found:
        return value
    year, month, day = found.groups()
    try:
        moved = date(int(year), int(month or 7), int(day or 1)) + timedelta(days)
    except ValueError:
        return value
    if day:
        head = moved.isoformat()
    elif month:
        head = f"{moved.year:04d}-{moved.month:02d}"
    else:
        head = f"{moved.year:04d}"
    return head + value[found.end() :]


class Cloner:
    """Clones of a base set of annotated articles (one article per document or more)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.documents: dict[str, list[Article]] = defaultdict(list)
        for article in articles:
            self.documents[article.document_id].append(article)
        lower: set[str] = set()
        for article in articles:
            lower.update(w for w in WORD.findall(article.text) if w.islower())
        self.lower_words = frozenset(lower)
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(lower):
            if len(word) >= MIN_CONTENT_LETTERS:
                by_length[len(word)].append(word)
        self.by_length = dict(by_length)
        self._plans: dict[str, _Plan] = {}
        self._words: tuple[int, dict[str, str]] = (0, {})
        self._stand_in = _stand_in_dates(articles)

    def __len__(self) -> int:
        """Articles per clone."""
        return sum(len(a) for a in self.documents.values())

    def documents_for(self, count: int, *, start: int = 0) -> Iterable[Document]:
        """The documents holding articles ``start`` to ``count - 1`` of the endless
        sequence clone 0, clone 1, ... (documents in base order within a clone)."""
        position = 0
        clone = 0
        while position < count:
            for original in self.documents.values():
                if position >= count:
                    return
                if position >= start:
                    yield self.clone_document(original, clone)
                position += len(original)
            clone += 1

    def clone_document(self, articles: Sequence[Article], clone: int) -> Document:
        """Clone ``clone`` of one base document's articles, as a Document."""
        doc_id = document_id(clone, articles[0].document_id) if clone else None
        copies = [self.clone_article(a, clone, doc_id) for a in articles]
        first = copies[0]
        return Document(
            id=first.document_id,
            text="\n\n".join(a.text for a in copies),
            source_path=first.source_path or f"clone-{clone}",
            content_type="application/jsonl",
            title=first.title,
            outlet=first.outlet,
            url=first.url,
            published=first.published.value,
            articles=copies,
            input_id=first.input_id,
        )

    def clone_article(
        self, article: Article, clone: int, doc_id: str | None = None
    ) -> Article:
        """Clone ``clone`` of one article (clone 0: the article itself)."""
        if clone == 0:
            return dataclasses.replace(article)
        assert doc_id is not None
        _, _, number = article.id.rpartition("#")
        plan = self._plan(article)
        if self._words[0] != clone:
            self._words = (clone, {})
        words = self._words[1]
        for word in plan.words:
            if word not in words:
                words[word] = self._replacement(word, clone)
        days = clone * SHIFT_DAYS

        def swap(text: str | None) -> str | None:
            if text is None:
                return None
            return WORD.sub(lambda m: words.get(m.group(), m.group()), text)

        return dataclasses.replace(
            article,
            id=f"{doc_id}#{number}",
            document_id=doc_id,
            text=_splice(article.text, plan.pieces, words),
            title=swap(article.title),
            source_path=f"clone-{clone}/{article.source_path}",
            input_id=f"{article.input_id}~{clone}",
            published=_shift_pubdate(
                self._stand_in.get(article.id, article.published), days
            ),
            dates=[_shift_date(d, days) for d in article.dates],
            claims=[_swap_claim(c, swap) for c in article.claims],
            events=[_shift_event(e, swap, days) for e in article.events],
        )

    def _replacement(self, word: str, clone: int) -> str:
        """A name's made-up twin, or a lower-case word's stand-in, in one clone."""
        if not word.islower():
            return synthetic_name(word, clone)
        pool = self.by_length[len(word)]
        return pool[_seed("word", clone, word) % len(pool)]

    def _plan(self, article: Article) -> _Plan:
        """What to replace in an article, the same in every clone (computed once)."""
        plan = self._plans.get(article.id)
        if plan is not None:
            return plan
        text = article.text
        kept = _kept_mask(article)
        names: set[str] = set()
        for mention in article.mentions:
            if mention.label in NAME_LABELS:
                for word in WORD.findall(text[mention.start : mention.end]):
                    if word[0].isupper() and word.lower() not in self.lower_words:
                        names.add(word)
        found = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        names -= {w for s, e, w in found if any(kept[s:e])}  # a place keeps its name
        content = {w for w in WORD.findall(f"{text} {article.title or ''}")
                   if w.islower() and len(w) >= MIN_CONTENT_LETTERS}  # fmt: skip
        words = names | content
        pieces = [(s, e, w) for s, e, w in found if w in words and not any(kept[s:e])]
        plan = self._plans[article.id] = _Plan(tuple(sorted(words)), pieces)
        return plan


@dataclasses.dataclass(frozen=True)
class _Plan:
    words: tuple[str, ...]  # every word replaced in the text, title or names
    pieces: list[tuple[int, int, str]]  # where the text's replaced words are


def _splice(
    text: str, pieces: Sequence[tuple[int, int, str]], words: dict[str, str]
) -> str:
    """``text`` with each piece's word replaced (same lengths: offsets stay valid)."""
    parts: list[str] = []
    last = 0
    for start, end, word in pieces:
        parts += (text[last:start], words[word])
        last = end
    parts.append(text[last:])
    out = "".join(parts)
    assert len(out) == len(text)
    return out


def _kept_mask(article: Article) -> bytearray:
    """1 for each character whose word must keep its text: place mentions and
    places, dates, numbers, claim cues and event triggers."""
    spans = [(m.start, m.end) for m in article.mentions if m.label not in NAME_LABELS]
    spans += [(d.start, d.end) for d in article.dates]
    spans += [(p.start, p.end) for p in article.places]
    spans += [(q.start, q.end) for q in article.quantities]
    spans += [(c.cue.start, c.cue.end) for c in article.claims]
    spans += [(e.trigger.start, e.trigger.end) for e in article.events if e.trigger]
    mask = bytearray(len(article.text))
    for start, end in spans:
        mask[start:end] = b"\x01" * len(mask[start:end])
    return mask


def _stand_in_dates(articles: Sequence[Article]) -> dict[str, PubDate]:
    """Undated article id -> the publication date its clones start from: that
    of the nearest dated article before it, or after it for the first ones."""
    dated = [a.published for a in articles if a.published.value]
    if not dated:
        return {}
    found: dict[str, PubDate] = {}
    last = dated[0]
    for article in articles:
        if article.published.value:
            last = article.published
        else:
            found[article.id] = dataclasses.replace(
                last, how="clone", confidence=0.0, evidence=None
            )
    return found


def _shift_pubdate(published: PubDate, days: int) -> PubDate:
    return dataclasses.replace(published, value=shift_value(published.value, days))


def _shift_date(ref: DateRef, days: int) -> DateRef:
    value = shift_value(ref.value, days)
    return ref if value == ref.value else dataclasses.replace(ref, value=value)


def _swap_claim(claim: Claim, swap: Callable[[str | None], str | None]) -> Claim:
    return dataclasses.replace(
        claim,
        according_to=swap(claim.according_to),
        source_text=swap(claim.source_text),
    )


def _shift_event(
    event: Event, swap: Callable[[str | None], str | None], days: int
) -> Event:
    return dataclasses.replace(
        event,
        date=shift_value(event.date, days),
        according_to=swap(event.according_to),
    )
