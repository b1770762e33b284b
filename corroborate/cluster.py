"""Near-duplicate groups and incremental story clustering across outlets.

Each article becomes a profile of weighted features: content words of its
headline and body, the entities and places it names and the dates it
mentions (all from its annotations when present, from the text otherwise),
plus its publication date. A new article is scored against every candidate
story (stories sharing one of its rarer features) by the mean TF-IDF cosine
to the story's members (average link); it joins the best story above ``JOIN_SCORE`` or
starts a new one. Near-duplicates (same text re-run, wire copies) are found
with MinHash over word shingles (:mod:`.near_duplicates`). Nothing is
re-clustered: a later article only joins, creates or merges stories, and each
change is returned as a :class:`StoryChange`.

The corpus stages keep this state in the store (``store/story_index.py``) and
read back only what new articles touch: :func:`add_to_index`.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .near_duplicates import WORD, text_buckets
from .records import Article, Record, Story
from .store.story_index import IndexedMember, StoryIndexTables

JOIN_SCORE = 0.12
"""Score (cosine plus date adjustments) above which an article joins a story.
Calibrated on the PAC train split only (stories/pac, split == "train", file
order, average link, bigrams), first on features of the text alone: B-cubed
F1 0.970 at 0.10, 0.965 at 0.12, 0.966 at 0.14 and 0.16, 0.938 at 0.20.
Then on the features an ingest reads, the annotated articles' entities and
places (the 304 PAC texts ingested, the train split's articles clustered):
F1 0.982 at 0.10, **0.984 at 0.12**, 0.982 at 0.13, 0.979 at 0.14 (P 0.990
at 0.12 to 0.14, pair recall 0.958 against 0.937); in 40 random sets of 6,
12 and 24 train stories alone (what a small ingest clusters) pair recall
0.958-0.967 at 0.12 against 0.950-0.954 at 0.14, B-cubed precision
0.995-0.996 against 0.996-0.998. Calibrated as a set with the three date
constants below; don't tune one in isolation."""

MERGE_SCORE = 0.45
"""Score above which an article that fits two stories merges them; set high
so that only an article clearly about both bridges them."""

MAX_PUBLISHED_GAP_DAYS = 2
"""A story none of whose members was published within this many days of the
article is scored with ``DATE_GAP_PENALTY`` (the news cycle of one event)."""

DATE_GAP_PENALTY = 0.3
"""Multiplier for the score of a story outside the publication window."""

UNDATED_FACTOR = 0.5
"""Multiplier for the score of a dated article against a story of undated
members, or of an undated one against a dated story: none can tell whether
they are one news cycle ("Benghazi committee demands Clinton testify on
emails", undated, had joined the October report of her testimony). Chosen on
PAC's train split: from 0.6 down to 0.3 the same stories."""

SAME_DAY_BONUS = 0.1
"""Added to the score when another outlet published a member the article's day,
divided by the number of articles already indexed that day: two outlets'
articles of a quiet day are likely one event's coverage, two of a day with
thirty others likely not (a feed of local news: a robbery in one town and a
shooting in another). One outlet's articles of one day are that day's news,
whatever their topics (a day's business briefs, a regional desk's weather,
crime and politics): they get none. A member of unknown outlet counts as
another outlet."""

SAME_DAY_FLOOR = 0.06
"""Cosine an article must reach with a story for a shared day to add its
bonus: two outlets' articles of a quiet day are one event's coverage only
when they share some of what they say. Read as a user on PolNeAR's 924
political texts (a sample, about three a day: its quiet days are not quiet
news days): of 16 pairs a reader found unrelated, 13 had joined by the bonus
alone at a cosine of 0.04-0.07 ("Sanders: Brexit's message could draw Trump
support" and "Clinton and Warren team up on Trump"); 9 go at 0.06. Chosen on
PAC's train split: from 0.05 to 0.065 the same stories, fewer from 0.07."""

ONE_OUTLET_FACTOR = 0.5
"""Multiplier for the score of a story all of whose members come from the
article's own outlet: an outlet's articles are one story when they read much
alike (an update: "Henrico police seek missing Glen Allen woman", "Missing
Glen Allen woman is found", 0.50), not when they share a desk's words (a
regional desk's "Stampede kills 4 at discotheque" and "At least 17 slain in
Dagestani battle", 0.15; a city paper's potholes and game tickets, 0.16)."""

NORM_REFRESH_RATIO = 1.05
"""A member's cached TF-IDF norm is recomputed once the corpus has grown by 5 %:
IDF moves by at most log(1.05) ~ 0.05 per term in between, about 1 % of a
norm, while recomputing every norm on every arrival made clustering quadratic
in story size (21 s for 200 articles, 1 s with the cache)."""

FLUSH_ARTICLES = 500
"""Articles added (or indexed) between two writes of a store's story index: the
clusterer's cache holds what they touched, never the whole corpus."""

CANDIDATE_TERMS = 40  # an article's highest-IDF features used to find candidates
MAX_CANDIDATES = 25
"""Stories scored per arrival: those sharing most of its top features. Without
a cap every story sharing one rare word was scored, and clustering grew with
the square of the corpus (22 s for 500 articles)."""
MAX_DF_RATIO = 0.5  # features in more than half the articles find no candidates
MAX_CANDIDATE_DF = 1000
"""Nor do features in more than this many articles, however large the corpus:
a word a thousand stories share finds none of them better than the others,
and reading its postings grew with the corpus (a 70k store: 5 s per 50
articles)."""

ENTITY_WEIGHT = 2.0  # an entity or place counts as much as two content words
DATE_WEIGHT = 1.0
TITLE_WEIGHT = 2.0  # headline words count twice
BIGRAM_WEIGHT = 1.0  # adjacent content words ("debt ceiling"): PAC train F1 +0.004
LEAD_WEIGHT = 1.0  # words of the lead paragraph count once more
LEAD_CHARS = 600  # about the first two or three sentences

_CAPSEQ = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,}))*")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be
    because been before being below between both but by can could did do does
    doing down during each few for from further had has have having he her here
    hers herself him himself his how i if in into is it its itself just let me
    more most my myself no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them then
    there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours
    said says say told according new one two three would year years like
    people time just many much mr mrs ms s t don didn isn wasn""".split()
)


@dataclass(frozen=True, slots=True)
class StoryChange(Record):
    """What adding one article did to the stories."""

    story_id: str
    article_id: str
    action: str  # "joined" | "created" | "merged"
    score: float = 0.0
    merged: tuple[str, ...] = ()  # story ids folded into ``story_id``
    duplicate_of: str | None = None  # an earlier article with near-identical text


@dataclass
class _Profile:
    """An article's weighted features, publication day and outlet."""

    features: defaultdict[str, float]
    published: date | None = None
    outlet: str | None = None


@dataclass
class _StoryState:
    """A story being built: its members."""

    story: Story
    members: list[_Member] = field(default_factory=list)


@dataclass
class _Member:
    """One member's log-scaled term frequencies and its cached TF-IDF norm."""

    article_id: str
    logtf: dict[str, float]
    published: date | None
    outlet: str | None = None
    norm: float = 0.0
    norm_docs: int = 0  # corpus size when ``norm`` was computed; 0: never


def story_id_for(article_id: str) -> str:
    """Deterministic story id: "s" + 10 hex chars of sha1 of the first member's id.

    Args:
        article_id: id of the story's first article.

    Returns:
        The story id.
    """
    return "s" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:10]


def _stem(word: str) -> str:
    """Lower-case and strip hyphens and a plural/possessive ending (cheap,
    language-free): "cease-fire" is "ceasefire"."""
    word = word.lower().strip("'").replace("-", "")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    """Content words of a text, stemmed, without stop words."""
    stems = (_stem(w) for w in WORD.findall(text))
    return [w for w in stems if len(w) > 2 and w not in _STOPWORDS]


def _entity_keys(article: Article) -> list[str]:
    """Entity features: resolved ids, else mention texts, else capitalised runs."""
    keys = [
        "E:" + (m.entity_id or _norm_name(article.text[m.start : m.end]))
        for m in article.mentions
        if m.label not in ("DATE", "CARDINAL", "ORDINAL")
    ]
    keys += [f"P:{p.geonameid}" for p in article.places if p.geonameid is not None]
    if not article.mentions:
        keys += [
            "E:" + _norm_name(m.group())
            for m in _CAPSEQ.finditer(article.text)
            if len(m.group()) > 3 and m.group().lower() not in _STOPWORDS
        ]
    return keys


def _norm_name(text: str) -> str:
    """Normalise a name for matching: lower case, no leading article or 's."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip().lower())
    return re.sub(r"'s$", "", text)


def _parse_day(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` prefix as a date, or None."""
    if not value or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def build_profile(article: Article) -> _Profile:
    """Weighted features of one article (words, entities, places, dates).

    Args:
        article: the article, annotated or not.

    Returns:
        Its profile.
    """
    features: defaultdict[str, float] = defaultdict(float)
    title = article.title or " ".join(article.zone_text("headline"))
    for word in _words(title):
        features["W:" + word] += TITLE_WEIGHT
    words = _words(article.text)
    for word in words:
        features["W:" + word] += 1
    for first, second in zip(words, words[1:], strict=False):
        features[f"B:{first}_{second}"] += BIGRAM_WEIGHT
    for word in _words(_lead(article)):
        features["W:" + word] += LEAD_WEIGHT
    for key in _entity_keys(article):
        features[key] += ENTITY_WEIGHT
    for ref in article.dates:
        if ref.value and ref.type == "DATE" and not ref.value.startswith("P"):
            features["D:" + ref.value] += DATE_WEIGHT
    return _Profile(
        features, _parse_day(article.published.value), _outlet_key(article.outlet)
    )


def _one_outlet(profile: _Profile, member: _Member) -> bool:
    """Whether an article and a member come from one known outlet."""
    return profile.outlet is not None and profile.outlet == member.outlet


def _outlet_key(outlet: str | None) -> str | None:
    """An outlet's name as compared ("CNN" and "cnn " are one outlet)."""
    key = (outlet or "").strip().casefold()
    return key or None


def _lead(article: Article) -> str:
    """The first ``LEAD_CHARS`` of the body (the whole text without zones)."""
    bodies = [z for z in article.zones if z.kind == "body"]
    start = bodies[0].start if bodies else 0
    return article.text[start : start + LEAD_CHARS]


class StoryClusterer:
    """Assigns articles to stories one at a time, never re-clustering.

    Without an ``index`` everything lives in memory (``cluster_articles``,
    evaluation). With a store's :class:`StoryIndexTables` the clusterer is a
    cache over the persisted index: before each decision it reads what the
    article touches (the document frequencies of its features, the postings
    of its candidate features, the candidate stories' members, its
    near-duplicate buckets), decides exactly as the in-memory clusterer would,
    and :meth:`flush` writes the batch back and empties the cache. Member norms
    are persisted with the corpus size they were computed at (``norm_docs``),
    so they are refreshed at the same arrivals as in memory: any split of an
    arrival sequence into batches gives the same stories and changes.
    """

    # not a dataclass: holds indexes that __init__ builds
    def __init__(
        self, *, join_score: float = JOIN_SCORE, index: StoryIndexTables | None = None
    ) -> None:
        self.join_score = join_score
        self.index = index
        self._n_docs = (index.doc_count() or 0) if index is not None else 0
        self._forget()

    def _forget(self) -> None:
        """Empty the cache (everything but the corpus size)."""
        self.stories: dict[str, _StoryState] = {}
        self.changes: list[StoryChange] = []
        self._df: Counter[str] = Counter()
        self._idfs: dict[str, float] = {}  # _idf's values until a count changes
        self._idf_by_count: dict[int, float] = {}  # IDF by document frequency
        self._idf_docs = -1  # the corpus size _idf_by_count is for
        self._day_count: Counter[date] = Counter()  # indexed articles by day
        self._read_days: set[date] = set()
        self._postings: defaultdict[str, set[str]] = defaultdict(set)
        self._buckets: defaultdict[str, list[str]] = defaultdict(list)
        self._story_of: dict[str, str] = {}
        self._articles: dict[str, Article] = {}
        # with an index: the keys read from it, and what this batch adds
        self._read_postings: set[str] = set()
        self._read_buckets: set[str] = set()
        self._new: dict[str, tuple[_Member, list[str]]] = {}
        self._renormed: dict[str, _Member] = {}

    def add(self, article: Article) -> StoryChange:
        """Assign one new article to a story and record the change.

        Args:
            article: the article; its ``story_id`` is set in place.

        Returns:
            The change: joined an existing story, created one, or merged two.
        """
        profile = build_profile(article)
        self._read_frequencies(profile.features)
        self._read_day_count(profile.published)
        buckets = text_buckets(article.text)
        duplicate_of = self._find_duplicate(article.id, buckets)
        scored = self._score_candidates(profile)
        if duplicate_of is not None:
            best = self._story_of[duplicate_of]
            change = StoryChange(best, article.id, "joined", 1.0, (), duplicate_of)
        elif scored and scored[0][0] >= self.join_score:
            change = self._join_or_merge(article.id, scored, duplicate_of)
        else:
            change = StoryChange(story_id_for(article.id), article.id, "created")
        self._attach(article, change.story_id, profile, buckets)
        if duplicate_of is not None:
            self._record_duplicate(change.story_id, duplicate_of, article.id)
        self.changes.append(change)
        return change

    def add_many(self, articles: Iterable[Article]) -> list[StoryChange]:
        """Add articles in order; return one change per article."""
        return [self.add(article) for article in articles]

    def index_clustered(self, article: Article) -> None:
        """Index an article that already has a story, leaving the story as stored
        (building the index of a store that predates it).

        Raises:
            ValueError: the article has no ``story_id``.
        """
        if article.story_id is None:
            raise ValueError(f"{article.id}: not in a story, nothing to index")
        profile = build_profile(article)
        self._read_frequencies(profile.features)
        self._read_day_count(profile.published)
        self._index_member(
            article.id, article.story_id, profile, text_buckets(article.text)
        )

    def get_stories(self) -> list[Story]:
        """The stories held in memory (all of them without an index), oldest first."""
        return [state.story for state in self.stories.values()]

    def flush(self) -> list[StoryChange]:
        """Write what was added since the last flush to the index, with the stories
        it changed and the change log, and empty the cache.

        Returns:
            The changes written, in order.

        Raises:
            ValueError: the clusterer has no index to write to.
        """
        if self.index is None:
            raise ValueError("an in-memory clusterer has no index to write to")
        members = [
            IndexedMember(
                article_id,
                self._story_of[article_id],
                member.published.isoformat() if member.published else None,
                member.outlet,
                member.logtf,
                member.norm,
                member.norm_docs,
            )
            for article_id, (member, _) in self._new.items()
        ]
        changed = sorted({self._story_of[c.article_id] for c in self.changes})
        self.index.save(
            docs=self._n_docs,
            frequencies={key: self._df[key] for m in members for key in m.logtf},
            postings={(key, m.story_id) for m in members for key in m.logtf},
            members=members,
            norms=[
                (article_id, member.norm, member.norm_docs)
                for article_id, member in self._renormed.items()
                if article_id not in self._new
            ],
            buckets={(b, a) for a, (_, buckets) in self._new.items() for b in buckets},
            stories=[self.stories[story_id].story for story_id in changed],
            changes=[c.to_dict() for c in self.changes],
        )
        written = self.changes
        self._forget()
        return written

    def _join_or_merge(
        self, article_id: str, scored: list[tuple[float, str]], duplicate_of: str | None
    ) -> StoryChange:
        """Join the best story; merge in others that also fit very well."""
        score, best = scored[0]
        others = tuple(sid for s, sid in scored[1:] if s >= MERGE_SCORE)
        if score < MERGE_SCORE or not others:
            return StoryChange(
                best, article_id, "joined", round(score, 4), (), duplicate_of
            )
        for other in others:
            self._merge(best, other)
        return StoryChange(
            best, article_id, "merged", round(score, 4), others, duplicate_of
        )

    def _merge(self, keep: str, drop: str) -> None:
        """Fold story ``drop`` into ``keep``; members and duplicates are kept."""
        kept, dropped = self.stories[keep], self.stories.pop(drop)
        kept.story.article_ids += dropped.story.article_ids
        kept.story.duplicates += dropped.story.duplicates
        kept.members += dropped.members
        for article_id in dropped.story.article_ids:
            self._story_of[article_id] = keep
            if article_id in self._articles:  # merged members move with the story
                self._articles[article_id].story_id = keep
        features = {key for member in dropped.members for key in member.logtf}
        for key in features:
            holders = self._postings.get(key)
            if holders is not None and drop in holders:
                holders.discard(drop)
                holders.add(keep)
        if self.index is not None:
            self.index.merge_stories(keep, drop, features)

    def _attach(
        self, article: Article, story_id: str, profile: _Profile, buckets: list[str]
    ) -> None:
        """Put a new article into a story and into every index."""
        self._read_stories([story_id])
        state = self.stories.get(story_id)
        if state is None:
            title = article.title or next(iter(article.zone_text("headline")), None)
            state = self.stories[story_id] = _StoryState(Story(story_id, title=title))
        member = self._index_member(article.id, story_id, profile, buckets)
        state.story.article_ids.append(article.id)
        state.members.append(member)
        self._articles[article.id] = article
        article.story_id = story_id

    def _index_member(
        self, article_id: str, story_id: str, profile: _Profile, buckets: list[str]
    ) -> _Member:
        """Count an article's features and buckets; return it as a story member."""
        member = _Member(
            article_id,
            {k: 1 + math.log(v) for k, v in profile.features.items() if v > 0},
            profile.published,
            profile.outlet,
        )
        for key in profile.features:
            self._df[key] += 1
            self._postings[key].add(story_id)
        self._idfs.clear()
        for bucket in buckets:
            self._buckets[bucket].append(article_id)
        if profile.published is not None:
            self._day_count[profile.published] += 1
        self._n_docs += 1
        self._story_of[article_id] = story_id
        if self.index is not None:
            self._new[article_id] = (member, buckets)
        return member

    def _find_duplicate(self, article_id: str, buckets: list[str]) -> str | None:
        """The earliest indexed article whose text is a near-duplicate, if any."""
        self._read_buckets_of(buckets)
        hits = {hit for bucket in buckets for hit in self._buckets.get(bucket, ())}
        found = [h for h in hits if h in self._story_of and h != article_id]
        return min(found) if found else None

    def _record_duplicate(self, story_id: str, first: str, second: str) -> None:
        """Add ``second`` to the duplicate group holding ``first`` (or a new one)."""
        groups = self.stories[story_id].story.duplicates
        for group in groups:
            if first in group:
                group.append(second)
                return
        groups.append([first, second])

    def _idf(self, key: str) -> float:
        """Smoothed inverse document frequency of a feature (remembered until
        a document is counted: an arrival's candidates ask it of the same
        features again and again)."""
        idf = self._idfs.get(key)
        if idf is None:
            idf = self._idf_of_count(self._df[key])
            self._idfs[key] = idf
        return idf

    def _idf_of_count(self, df: int) -> float:
        """The IDF of a document frequency in a corpus of ``_n_docs``: a
        function of the two counts only, so computed once per count until the
        corpus grows (most features share a handful of counts)."""
        if self._idf_docs != self._n_docs:
            self._idf_by_count.clear()
            self._idf_docs = self._n_docs
        idf = self._idf_by_count.get(df)
        if idf is None:
            idf = math.log((1 + self._n_docs) / (1 + df)) + 1.0
            self._idf_by_count[df] = idf
        return idf

    def _idfs_of(self, keys: Iterable[str]) -> dict[str, float]:
        """:meth:`_idf`'s values with every one of ``keys`` in them: a member's
        norm reads thousands, and one call of it each (two after every arrival,
        when all are forgotten) cost more than the sum."""
        idfs, df, of_count = self._idfs, self._df, self._idf_of_count
        for key in keys:
            if key not in idfs:
                idfs[key] = of_count(df[key])
        return idfs

    def _candidates(self, profile: _Profile) -> set[str]:
        """Stories sharing one of the article's rarer features."""
        limit = min(max(2.0, MAX_DF_RATIO * self._n_docs), MAX_CANDIDATE_DF)
        keys = [k for k in profile.features if self._df[k] and self._df[k] <= limit]
        keys.sort(key=lambda k: (-self._idf(k) * profile.features[k], k))
        keys = keys[:CANDIDATE_TERMS]
        self._read_postings_of(keys)
        shared: Counter[str] = Counter()
        for key in keys:
            shared.update(self._postings.get(key, ()))
        ranked = heapq.nsmallest(
            MAX_CANDIDATES, shared.items(), key=lambda item: (-item[1], item[0])
        )
        return {story_id for story_id, _ in ranked}

    def _score_candidates(self, profile: _Profile) -> list[tuple[float, str]]:
        """(score, story id) of every candidate story, best first."""
        candidates = sorted(self._candidates(profile))
        self._read_stories(candidates)
        known = self._df  # (most features of a story's members are known)
        self._read_frequencies(
            {
                key
                for story_id in candidates
                for member in self.stories[story_id].members
                if self._norm_stale(member)
                for key in member.logtf
                if key not in known
            }
        )
        idf = {k: self._idf(k) for k in profile.features}
        vector = self._weigh(profile.features)
        order = {k: i for i, k in enumerate(vector)}
        scored = [
            (self._score(vector, idf, order, profile, self.stories[sid]), sid)
            for sid in candidates
        ]
        return sorted(scored, key=lambda pair: (-pair[0], pair[1]))

    def _weigh(self, features: dict[str, float]) -> dict[str, float]:
        """TF-IDF weights (log-scaled term frequency), L2-normalised."""
        vector = {
            k: (1 + math.log(v)) * self._idf(k) for k, v in features.items() if v > 0
        }
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {k: w / norm for k, w in vector.items()}

    def _cosine(
        self,
        vector: dict[str, float],
        idf: dict[str, float],
        order: dict[str, int],
        member: _Member,
    ) -> float:
        """Cosine of the article's unit vector and a member's TF-IDF vector.

        Only shared features contribute to the dot product: they are found
        by a set intersection and summed in the article's feature ``order``
        (the same sum, to the last bit, as over every feature of the
        article); the member's norm is cached (see ``NORM_REFRESH_RATIO``).
        """
        logtf = member.logtf
        shared = sorted(vector.keys() & logtf.keys(), key=order.__getitem__)
        dot = sum(vector[k] * logtf[k] * idf[k] for k in shared)
        return dot / self._member_norm(member) if dot else 0.0

    def _norm_stale(self, member: _Member) -> bool:
        """Whether a member's cached norm is due (never computed, or the corpus grew)."""
        return (
            not member.norm_docs or self._n_docs > member.norm_docs * NORM_REFRESH_RATIO
        )

    def _member_norm(self, member: _Member) -> float:
        if self._norm_stale(member):
            idf = self._idfs_of(member.logtf)
            total = sum((v * idf[k]) ** 2 for k, v in member.logtf.items())
            member.norm, member.norm_docs = math.sqrt(total) or 1.0, self._n_docs
            if self.index is not None:
                self._renormed[member.article_id] = member
        return member.norm

    def _score(
        self,
        vector: dict[str, float],
        idf: dict[str, float],
        order: dict[str, int],
        profile: _Profile,
        state: _StoryState,
    ) -> float:
        """Mean cosine to the story's members, adjusted by publication dates."""
        # average link: calibrated against the pooled-profile centroid on PAC
        # train (F1 0.963 vs 0.957); a growing story's centroid drifts to its topic
        sims = [self._cosine(vector, idf, order, m) for m in state.members]
        score = sum(sims) / len(sims) if sims else 0.0
        if all(_one_outlet(profile, m) for m in state.members):
            score *= ONE_OUTLET_FACTOR
        day = profile.published
        dated = [(m.published, m) for m in state.members if m.published is not None]
        if day is None and not dated:
            return score
        if day is None or not dated:
            # whether it is the same news cycle is unknown
            return score * UNDATED_FACTOR
        gap = min(abs((day - published).days) for published, _ in dated)
        if gap > MAX_PUBLISHED_GAP_DAYS:
            return score * DATE_GAP_PENALTY
        if score >= SAME_DAY_FLOOR and any(
            published == day and not _one_outlet(profile, m) for published, m in dated
        ):
            return score + SAME_DAY_BONUS / max(self._day_count[day], 1)
        return score

    # -- reading the persisted index (nothing to read without one) -----------

    def _read_frequencies(self, keys: Iterable[str]) -> None:
        """Document frequencies of features not yet in the cache."""
        if self.index is None:
            return
        df = self._df
        missing = [k for k in keys if k not in df]
        found = self.index.doc_frequencies(missing) if missing else {}
        for key in missing:
            self._df[key] = found.get(key, 0)
        if missing:
            self._idfs.clear()

    def _read_day_count(self, day: date | None) -> None:
        """How many indexed articles were published on ``day``, if not read yet."""
        if self.index is None or day is None or day in self._read_days:
            return
        self._day_count[day] += self.index.day_count(day.isoformat())
        self._read_days.add(day)

    def _read_postings_of(self, keys: Sequence[str]) -> None:
        """The stored stories of features whose postings were not read yet."""
        if self.index is None:
            return
        missing = [k for k in keys if k not in self._read_postings]
        for key, story_ids in self.index.postings(missing).items():
            self._postings[key] |= story_ids
        self._read_postings.update(missing)

    def _read_buckets_of(self, buckets: Sequence[str]) -> None:
        """The stored articles (and their stories) of buckets not read yet."""
        if self.index is None:
            return
        missing = [b for b in buckets if b not in self._read_buckets]
        for bucket, article_id, story_id in self.index.bucket_members(missing):
            self._buckets[bucket].append(article_id)
            self._story_of.setdefault(article_id, story_id)
        self._read_buckets.update(missing)

    def _read_stories(self, story_ids: Sequence[str]) -> None:
        """Stored stories not in the cache, with their members in story order."""
        if self.index is None:
            return
        missing = [s for s in story_ids if s not in self.stories]
        if not missing:
            return
        rows: dict[str, IndexedMember] = {
            row.article_id: row for row in self.index.members(missing)
        }
        for story in self.index.stories(missing):
            state = self.stories[story.id] = _StoryState(story)
            for article_id in story.article_ids:
                row = rows.get(article_id)
                if row is None:  # stored in the story, never indexed
                    continue
                state.members.append(
                    _Member(
                        article_id,
                        row.logtf,
                        _parse_day(row.published),
                        _outlet_key(row.outlet),
                        row.norm,
                        row.norm_docs,
                    )
                )
                self._story_of[article_id] = story.id


def cluster_articles(
    articles: Sequence[Article], *, join_score: float = JOIN_SCORE
) -> tuple[list[Story], list[StoryChange]]:
    """Cluster articles into stories in the given order (incrementally).

    Args:
        articles: articles in arrival order; their ``story_id`` is set.
        join_score: cosine above which an article joins a story.

    Returns:
        The stories and the change each article made.
    """
    clusterer = StoryClusterer(join_score=join_score)
    changes = clusterer.add_many(articles)
    return clusterer.get_stories(), changes


def build_index(index: StoryIndexTables, articles: Iterable[Article]) -> int:
    """Index the articles that are already in stories, ``FLUSH_ARTICLES`` at a time
    (once, for a store from before the index); return how many were indexed.

    Their cached norms start uncomputed, so each is computed when its story is
    next scored (as a rebuild from the stored assignment would).
    """
    clusterer = StoryClusterer(index=index)
    count = 0
    for article in articles:
        if article.story_id is not None:
            clusterer.index_clustered(article)
            count += 1
            if count % FLUSH_ARTICLES == 0:
                clusterer.flush()
    clusterer.flush()
    return count


def add_to_index(index: StoryIndexTables, articles: Iterable[Article]) -> set[str]:
    """Cluster new articles in the given order through a store's index, writing
    every ``FLUSH_ARTICLES`` so that memory stays bounded.

    Args:
        index: the store's story index.
        articles: articles in no story yet; their ``story_id`` is set.

    Returns:
        The ids of the stories they changed (stories merged away left out).
    """
    clusterer = StoryClusterer(index=index)
    changed: set[str] = set()
    count = 0
    for count, article in enumerate(articles, start=1):
        clusterer.add(article)
        if count % FLUSH_ARTICLES == 0:
            _note_changes(changed, clusterer.flush())
    if count % FLUSH_ARTICLES:
        _note_changes(changed, clusterer.flush())
    return changed


def _note_changes(changed: set[str], changes: Sequence[StoryChange]) -> None:
    """Add the stories changes touched to ``changed``, in order, minus merged ones."""
    for change in changes:
        changed.difference_update(change.merged)
        changed.add(change.story_id)
