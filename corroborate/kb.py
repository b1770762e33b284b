"""One front door: ``KnowledgeBase(url)``, the library the CLI and the web app call.

Its methods match the command line's commands and the web app's routes one
to one (as sqlite-utils' ``Database`` and datasette's ``Datasette`` do):
``corroborate stories`` and ``/stories.json`` are ``kb.stories()``,
``corroborate brief ID`` is ``kb.brief(ID)``, ``/stories/ID.json`` is
``kb.story(ID)``. Each returns plain data (dicts, lists, text) ready to print
or serve; an id that names nothing raises :class:`NotFoundError`. SQL stays in
the store layer behind it, SQLite or PostgreSQL as the URL says::

    from corroborate import KnowledgeBase

    with KnowledgeBase("news.db") as kb:
        kb.ingest(["articles/"])
        for story in kb.stories():
            print(story["headline"], story["conflicting"])
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from .build import IngestReport
from .errors import InputError, NotFoundError, StoreError
from .records import Article
from .store import COUNTED_TABLES, DEFAULT_DB, Store, backend_of

T = TypeVar("T")


class KnowledgeBase:
    """A knowledge base, opened by URL: a SQLite file path (or ``sqlite:///PATH``)
    or ``postgresql://user@host/database``.

    One object may serve many threads (the web app's): each thread gets its
    own connection, opened on first use and closed by :meth:`close`.

    Args:
        url: where the knowledge base is; a new SQLite file or an empty
            PostgreSQL database is set up on first open.
        must_exist: refuse a SQLite path with no file there instead of
            creating an empty knowledge base (what a reader wants).

    Raises:
        StoreError: it cannot be opened, or ``must_exist`` and there is none.
    """

    def __init__(self, url: str | Path = DEFAULT_DB, *, must_exist: bool = False):
        self.url = str(url)
        kind, target = backend_of(self.url)
        if must_exist and kind == "sqlite" and not Path(target).is_file():
            raise StoreError(
                f"{target}: no knowledge base here; build one with "
                f"`corroborate ingest FILES --db {target}`"
            )
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()
        self._thread_store()  # open now: a bad URL fails here, not on first use

    @property
    def store(self) -> Store:
        """This thread's connection to the store (the layer that holds the SQL)."""
        return self._thread_store()

    def _thread_store(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.url)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    @property
    def name(self) -> str:
        """The knowledge base for people: its file, or its URL without password."""
        return self.store.name

    def close(self) -> None:
        """Close every connection this object opened."""
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
        self._local = threading.local()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- building (corroborate ingest) ------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        workers: int | None = None,
        executor: str = "local",
        scheduler: str | None = None,
        block: int | None = None,
        on_error: Callable[[InputError], None] | None = None,
        progress: Callable[[int], object] | None = None,
        on_corpus: Callable[[], object] | None = None,
    ) -> IngestReport:
        """Read files and folders, annotate the new articles, then run the corpus stages.

        Args:
            paths: files or folders (``.txt``, ``.html``, ``.htm``, ``.jsonl``).
            workers: annotation processes (default: up to 2); with ``"dask"``
                and no scheduler, the workers of the local cluster it starts.
            executor: ``"local"`` (a process pool) or ``"dask"`` (tasks on a
                Dask cluster; needs ``pip install 'corroborate[dask]'``).
            scheduler: with ``"dask"``, a running scheduler's address
                (``tcp://HOST:8786``); default: a local cluster for this run.
            block: also run the corpus stages each time this many more
                articles are stored (default: 1000 with ``"dask"``, never with
                ``"local"``), so a long backfill keeps its stories if it stops.
            on_error: called with each input problem as it is found.
            progress: called with how many more documents are done (stored,
                skipped as already stored, or rejected) as they are done.
            on_corpus: called as each pass of the corpus stages begins
                (resolution, stories, alignment, registry: no documents move
                meanwhile).

        Returns:
            What was read and added; ``report.corpus`` counts the entities,
            stories, discrepancies and designations after the corpus stages.

        Raises:
            ConfigError: a bad executor option, Dask not installed, or no
                scheduler reachable at ``scheduler``.
        """
        from .build import ingest_paths
        from .corpus import Mapper, update_corpus
        from .names import prepare_name_tagger

        def corpus_stages(mapper: Mapper) -> dict[str, int]:
            if on_corpus is not None:
                on_corpus()
            # per-story work on the ingest's pool while it is up
            return update_corpus(self.store, mapper=mapper)

        report = ingest_paths(
            paths,
            self.store,
            workers=workers,
            executor=executor,
            scheduler=scheduler,
            block=block,
            corpus_stages=corpus_stages,
            on_error=on_error,
            progress=progress,
            # the corpus stages compare names: their tagger is built meanwhile
            on_new=prepare_name_tagger,
        )
        return report

    def update_corpus(self) -> dict[str, int]:
        """Resolve, cluster, compare and build the registry over what is stored."""
        from .corpus import update_corpus

        return update_corpus(self.store)

    # -- articles (corroborate articles / show / search; /articles, /search) -----

    def overview(self, *, latest: int = 10) -> dict[str, Any]:
        """Counts, the largest stories and the latest articles (the web app's ``/``)."""
        from .query import latest_articles, list_stories

        store = self.store
        return {
            "database": Path(store.name).name,
            "counts": {table: store.count(table) for table in COUNTED_TABLES},
            "stories": list_stories(store, limit=latest),
            "articles": latest_articles(store, latest),
        }

    def articles(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Every article, summarised, in ingest order."""
        from .query import list_articles

        return list_articles(self.store, limit=limit)

    def get_article(self, article_id: str) -> Article:
        """The article record with this id.

        Raises:
            NotFoundError: no article has this id.
        """
        article = self.store.get_article(article_id)
        return _found(article, "article", article_id, "articles")

    def article(self, article_id: str) -> dict[str, Any]:
        """One article with all its annotations, each with the text it points at."""
        from .query import show_article

        return show_article(self.get_article(article_id))

    def show(self, item_id: str) -> dict[str, Any]:
        """An article, an entity, a story, a fact or a discrepancy by id
        (``corroborate show``; the brief and the tables print these ids).

        Raises:
            NotFoundError: nothing has this id.
        """
        from .export import show_item

        if self.store.get_article(item_id) is not None:
            return self.article(item_id)
        if self.store.get_entity(item_id) is not None:
            return self.entity(item_id)
        if self.store.get_story(item_id) is not None:
            return self.story(item_id)
        item = show_item(self.store, item_id)
        if item is not None:
            return item
        raise NotFoundError(
            "article, entity, story, fact or discrepancy", item_id, "articles"
        )

    def search(
        self,
        query: str | None = None,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        near: str | None = None,
        km: float = 100.0,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Articles matching words and/or dates they mention and/or a place
        nearby: the best matches of the words first, else in the order stored."""
        from .query import search_articles

        return search_articles(
            self.store,
            query,
            date_from=date_from,
            date_to=date_to,
            near=near,
            km=km,
            limit=limit,
        )

    # -- stories (corroborate stories / brief; /stories) ---------------------------

    def stories(
        self, *, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Stories, largest first (ties by id), with their size, headline and
        counts of facts by status: all, or ``limit`` of them from ``offset``."""
        from .query import list_stories

        return list_stories(self.store, limit=limit, offset=offset)

    def count_stories(self) -> int:
        """The number of stories (what :meth:`stories` pages through)."""
        return self.store.count("stories")

    def story(
        self, story_id: str, *, brief: bool = False, include_all: bool = False
    ) -> dict[str, Any]:
        """A story with its articles, facts and discrepancies (evidence quoted),
        timeline rows and map places; with ``brief``, also its brief (as
        :meth:`brief_data` gives it, ``include_all`` passed on), from one read.

        Raises:
            NotFoundError: no story has this id.
        """
        from .query import show_story

        story = _found(self.store.get_story(story_id), "story", story_id, "stories")
        return show_story(self.store, story, brief=brief, include_all=include_all)

    def brief(self, story_id: str, *, include_all: bool = False) -> str:
        """The Markdown briefing of one story (``corroborate brief``): disputes and
        conflicts, then corroborated facts ranked; ``include_all`` adds
        single-source, background and rejected facts.

        Raises:
            NotFoundError: no story has this id.
        """
        from .brief import brief_markdown

        return brief_markdown(self.brief_data(story_id, include_all=include_all))

    def brief_data(self, story_id: str, *, include_all: bool = False) -> dict[str, Any]:
        """The briefing as data (``corroborate brief --json``, the story page).

        Raises:
            NotFoundError: no story has this id.
        """
        from .brief import story_brief

        return story_brief(self.store, story_id, include_all=include_all)

    # -- facts and discrepancies (corroborate facts / discrepancies) ----------------

    def facts(
        self,
        *,
        story_id: str | None = None,
        status: str | None = None,
        outlet: str | None = None,
        include_all: bool = False,
    ) -> list[dict[str, Any]]:
        """Aligned facts in the export contract, each with its evidence: by story,
        ranked; background and rejected ones only with ``include_all``."""
        from .export import list_items

        return list_items(self.store, "facts", story_id=story_id, status=status,
                          outlet=outlet, include_all=include_all)  # fmt: skip

    def discrepancies(
        self,
        *,
        story_id: str | None = None,
        kind: str | None = None,
        outlet: str | None = None,
        include_all: bool = False,
    ) -> list[dict[str, Any]]:
        """Discrepancies in the export contract; rejected ones only with ``include_all``."""
        from .export import list_items

        return list_items(self.store, "discrepancies", story_id=story_id, status=kind,
                          outlet=outlet, include_all=include_all)  # fmt: skip

    def confirm(
        self,
        target: str,
        item_id: str,
        *,
        note: str | None = None,
        story_id: str | None = None,
    ) -> dict[str, Any]:
        """Confirm a fact (``target="fact"``) or a discrepancy; logged, kept on every
        re-run, and the stored record updated at once.

        Args:
            story_id: when given, the item must be one of this story's (the
                story page's form).

        Raises:
            NotFoundError: no such fact or discrepancy (in that story).
        """
        return self._decide_fact(target, "confirm", item_id, note, story_id)

    def reject(
        self,
        target: str,
        item_id: str,
        *,
        note: str | None = None,
        story_id: str | None = None,
    ) -> dict[str, Any]:
        """Reject a fact's alignment or a discrepancy (as :meth:`confirm`)."""
        return self._decide_fact(target, "reject", item_id, note, story_id)

    def _decide_fact(
        self,
        target: str,
        action: str,
        item_id: str,
        note: str | None,
        story_id: str | None,
    ) -> dict[str, Any]:
        from .decisions import record_fact_decision

        if story_id is not None:
            get = (
                self.store.get_fact if target == "fact" else self.store.get_discrepancy
            )
            found = get(item_id)
            if found is None or found.story_id != story_id:
                listing = "facts" if target == "fact" else "discrepancies"
                raise NotFoundError(
                    f"{target} of story {story_id}",
                    item_id,
                    f"{listing} --story {story_id}",
                    page=f"/stories/{quote(story_id, safe='')}",
                )
        return record_fact_decision(self.store, target, action, item_id, note=note)

    def fact_decisions(self, target: str | None = None) -> list[dict[str, Any]]:
        """The confirm, reject and undo decisions on facts (or discrepancies), in order."""
        from .decisions import list_fact_decisions

        return list_fact_decisions(self.store, target)

    def undo_fact_decision(self, target: str, number: int) -> dict[str, Any]:
        """Undo decision ``number`` on a fact (or discrepancy); the log keeps both.

        Raises:
            NotFoundError: no decision on a ``target`` has this number.
        """
        from .decisions import undo_fact_decision

        return undo_fact_decision(self.store, target, number)

    # -- entities (corroborate entities ...; /entities, /match) --------------------

    def entities(
        self, *, kind: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Entities, optionally of one kind, by name (ties by id), with their
        counts of names, mentions and articles: all, or ``limit`` of them from
        ``offset``."""
        from .query import list_entities

        return list_entities(self.store, kind=kind, limit=limit, offset=offset)

    def count_entities(self, *, kind: str | None = None) -> int:
        """The number of entities of one kind, or of all (what :meth:`entities`
        pages through)."""
        return self.store.count_entities(kind=kind)

    def entity(
        self, entity_id: str, *, limit: int | None = None, offset: int = 0
    ) -> dict[str, Any]:
        """One entity: aliases with counts and evidence, roles, and the articles
        that mention it, newest first: all, or ``limit`` of them from ``offset``
        (``article_count`` says how many in all).

        Raises:
            NotFoundError: no entity has this id.
        """
        from .query import show_entity

        entity = _found(
            self.store.get_entity(entity_id), "entity", entity_id, "entities"
        )
        return show_entity(self.store, entity, limit=limit, offset=offset)

    def merge(self, keep: str, other: str) -> dict[str, int]:
        """Merge entity ``other`` into ``keep``; logged and kept on every re-run.

        Returns:
            ``{"decision": N, "entities": COUNT}`` after resolving again.

        Raises:
            NotFoundError: either id names no entity.
        """
        return self._decide({"action": "merge", "a": keep, "b": other})

    def split(self, entity_id: str, alias: str) -> dict[str, int]:
        """Move the mentions spelled ``alias`` out of an entity into one of their own."""
        return self._decide({"action": "split", "entity_id": entity_id, "alias": alias})

    def undo(self, number: int) -> dict[str, int]:
        """Undo decision ``number``; the log keeps both.

        Raises:
            NotFoundError: no decision has this number.
        """
        return self._decide({"action": "undo", "decision": number})

    def _decide(self, decision: dict[str, Any]) -> dict[str, int]:
        from .corpus import record_decision

        number, count = record_decision(self.store, decision)
        return {"decision": number, "entities": count}

    def decisions(self) -> list[dict[str, Any]]:
        """The recorded merge, split and undo decisions, in order, with their numbers."""
        return self.store.decisions()

    def review(self) -> list[dict[str, Any]]:
        """Pairs of entities that may be one, below the automatic merge threshold."""
        from .aliases import review_candidates

        return review_candidates(self.store.entities())

    def match(
        self, name: str, *, schema: str | None = None, limit: int = 10
    ) -> list[dict[str, Any]]:
        """The knowledge base's entities ranked against a name, best first."""
        from .names import match_entities

        return match_entities(name, self.store.entities(), schema=schema, limit=limit)

    @staticmethod
    def compare(
        name: str, candidate: str, *, schema: str | None = None
    ) -> dict[str, Any]:
        """Two names compared, no knowledge base needed: ``{"score", "match"}``
        (``corroborate match NAME --candidate OTHER``)."""
        from .names import MATCH_THRESHOLD, compare_names

        score = compare_names(name, candidate, schema=schema)
        return {"score": round(score, 4), "match": score >= MATCH_THRESHOLD}

    # -- registry, exports, overview -------------------------------------------

    def designations(
        self, *, org: str | None = None, authority: str | None = None
    ) -> list[dict[str, Any]]:
        """Who lists whom: status per authority and organisation over time."""
        from .designations import designation_status

        return designation_status(
            self.store.designations(), org=org, authority=authority
        )

    def export(self, fmt: str = "jsonl") -> Iterator[dict[str, Any]]:
        """The records of one export format (``jsonl``, ``stories``, ``plover`` ...).

        Raises:
            ConfigError: the format is unknown.
        """
        from .export import export_records

        return export_records(self.store, fmt)

    def summary(self) -> str:
        """A readable overview of the knowledge base, for people."""
        from .query import build_summary

        store = self.store
        return build_summary(store, {t: store.count(t) for t in COUNTED_TABLES})


def _found(record: T | None, what: str, item_id: str, listing: str) -> T:
    """The record, or NotFoundError when there is none."""
    if record is None:
        raise NotFoundError(what, item_id, listing)
    return record
