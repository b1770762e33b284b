"""Building the knowledge base: read, segment, annotate, store, then corpus stages.

Per-article work (segmentation and annotation) runs in a local process pool,
or as tasks on a Dask cluster (:mod:`corroborate.executors`), the spaCy model
loaded once per worker; the main process writes to the store, one
transaction per batch. The local pool stays up for the corpus stages, which
align the stories that changed on its workers (:meth:`_LocalPool.map`). Each
document is its own unit of failure: whatever one raises while it is read,
segmented, annotated or stored costs that document only, reported as an
:class:`InputError` naming its file, and the run goes on. Workers end
themselves when the process that started them is gone (``kill -9`` included).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.pool
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .annotate import annotate_documents
from .corpus import Mapper
from .errors import ConfigError, InputError
from .ingest import iter_paths, read_documents
from .pipeline import DEFAULT_EXTRACTORS, Pipeline
from .records import Article, Document
from .store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

BATCH_ARTICLES = 32
"""Articles per worker task and per store transaction: one ``nlp.pipe`` batch
(:meth:`Pipeline.pipe`'s 32), small enough that the two workers finish close
together (at 64, 62 articles were one task and one worker idle; the 304 PAC
texts 176 against 128) and that a killed run loses little. What an article
gets does not depend on the batches it is annotated in."""
MIN_ARTICLES_FOR_POOL = 48
"""Below this many articles a pool's start-up (one model load per worker,
about 1 s each) costs more than it saves."""
EXECUTORS = ("local", "dask")
"""Where annotation runs: a local process pool, or a Dask cluster."""
DASK_BLOCK_ARTICLES = 1000
"""With the Dask executor, the corpus stages run after every this many new
articles by default: a long backfill keeps what it built if it stops (at the
cost of a corpus pass per block)."""
WATCHDOG_SECONDS = 0.5
"""How often a worker checks that the process that started it is still there."""


@dataclass
class IngestReport:
    """What one ingest run did."""

    files: int = 0
    documents: int = 0
    articles: int = 0
    skipped: int = 0  # documents already in the store
    failed_extractions: int = 0  # articles on which an extractor failed
    errors: list[InputError] = field(default_factory=list)
    corpus: dict[str, int] = field(
        default_factory=dict
    )  # counts after the corpus stages

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.errors


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(names: Sequence[str], parent: int) -> None:
    global _WORKER_PIPELINE
    exit_with_parent(parent)
    _WORKER_PIPELINE = Pipeline(names=tuple(names))
    try:
        _WORKER_PIPELINE.warm_up()
    except Exception:  # an initializer that raises is restarted for ever
        log.exception("warming up a worker failed; its first batch will say why")


def exit_with_parent(parent: int, interval: float = WATCHDOG_SECONDS) -> None:
    """End this process (without clean-up) soon after process ``parent`` is gone.

    A daemon thread polls every ``interval`` seconds: the parent has gone when
    this process's own parent changes (it was re-parented: a forkserver
    worker's parent, the forkserver, ends with the main process) or ``parent``
    no longer exists. A worker busy on a long batch would otherwise hold its
    ~700 MB for the rest of the batch after its parent was killed.
    """
    own_parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != own_parent or not _exists(parent):
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # there, but someone else's
        return True
    return True


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    workers: int | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    block: int | None = None,
    corpus_stages: Callable[[Mapper], dict[str, int]] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[int], object] | None = None,
    on_new: Callable[[], object] | None = None,
) -> IngestReport:
    """Read files and folders into the store, annotating every new article.

    Args:
        paths: files or folders (``.txt``, ``.html``, ``.htm``, ``.jsonl``).
        store: the knowledge base to write to.
        extractors: registry names of the extractors to run, in order.
        workers: processes for annotation (default: up to 2, one per core);
            with the Dask executor, the workers of the cluster it starts.
        executor: ``"local"`` (a process pool) or ``"dask"`` (Dask tasks).
        scheduler: with ``"dask"``, the address of a running scheduler
            (default: start a local cluster).
        block: also run ``corpus_stages`` each time this many more articles
            are stored (default: :data:`DASK_BLOCK_ARTICLES` with ``"dask"``,
            never with ``"local"``).
        corpus_stages: run once all is stored (and after each block), with
            a map that runs per-story work on the local pool's workers while
            they are still up; its counts become ``report.corpus``.
        on_error: called with each input problem as it is found.
        progress: called with how many more documents are done (stored,
            skipped as already stored, or rejected) as they are done.
        on_new: called once, when the first new documents are read and
            their annotation is under way (to get ready what comes after
            annotation, meanwhile): with a local pool, once its workers have
            started, so that they load their models while it runs.

    Returns:
        Counts of files, documents and articles, and the input errors.

    Raises:
        ConfigError: an unknown executor, a scheduler without ``"dask"``, a
            block under 1; with ``"dask"``, no Dask or no scheduler there.
    """
    block = _check_executor(executor, scheduler, block)
    report = IngestReport()
    next_block = block or 0
    stale = True  # the corpus stages have not seen what is stored
    batches = _new_document_batches(paths, store, report, on_error, progress)
    on_new = on_new or _nothing
    with ExitStack() as stack:
        mapper: Mapper = map
        if executor == "local":
            local = _LocalPool(stack, extractors, workers)
            annotated = local.annotate(batches, on_new)
            mapper = local.map
        else:
            annotated = _annotate_on_dask(
                _announcing(batches, on_new), extractors, scheduler, workers
            )
        for results in annotated:
            docs = [r for r in results if isinstance(r, Document)]
            errors = [r for r in results if isinstance(r, InputError)]
            added, stored, unstored = _store_documents(store, docs)
            for error in errors + unstored:
                _report_error(report, error, on_error)
            report.articles += added
            report.failed_extractions += sum(
                1 for doc in stored for article in doc.articles if article.errors
            )
            report.documents += len(stored)
            if progress:
                progress(len(results))
            stale = stale or added > 0
            if block and corpus_stages and report.articles >= next_block:
                report.corpus, stale = corpus_stages(mapper), False
                next_block = (report.articles // block + 1) * block
        if corpus_stages is not None and stale:
            report.corpus = corpus_stages(mapper)
    return report


def _check_executor(
    executor: str, scheduler: str | None, block: int | None
) -> int | None:
    """The block size to use, after checking the executor options."""
    if executor not in EXECUTORS:
        raise ConfigError(
            f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}"
        )
    if scheduler is not None and executor != "dask":
        raise ConfigError(
            "a scheduler address needs the dask executor (--executor dask)"
        )
    if block is not None and block < 1:
        raise ConfigError(f"block must be at least 1 article, not {block}")
    return block or (DASK_BLOCK_ARTICLES if executor == "dask" else None)


def _annotate_on_dask(
    batches: Iterator[list[Document]],
    names: Sequence[str],
    scheduler: str | None,
    workers: int | None,
) -> Iterator[list[Document | InputError]]:
    from .executors import annotate_on_dask

    return annotate_on_dask(batches, names, scheduler=scheduler, workers=workers)


def _store_documents(
    store: Store, docs: list[Document]
) -> tuple[int, list[Document], list[InputError]]:
    """Write a batch in one transaction; if it fails, each document on its own.

    Returns:
        The articles added, the documents stored, and an error for each
        document that could not be.
    """
    try:
        return store.add_documents(docs), docs, []
    except Exception:
        log.warning("storing a batch failed; storing its documents one at a time")
    added, stored, errors = 0, [], []
    for doc in docs:
        try:
            added += store.add_documents([doc])
        except Exception as exc:
            log.exception("storing %s failed", doc.source_path)
            errors.append(InputError(doc.source_path, f"could not be stored: {exc!r}"))
        else:
            stored.append(doc)
    return added, stored, errors


def _report_error(
    report: IngestReport,
    error: InputError,
    on_error: Callable[[InputError], None] | None,
) -> None:
    report.errors.append(error)
    if on_error:
        on_error(error)


def _new_document_batches(
    paths: Iterable[str | Path],
    store: Store,
    report: IngestReport,
    on_error: Callable[[InputError], None] | None,
    progress: Callable[[int], object] | None,
) -> Iterator[list[Document]]:
    batch: list[Document] = []
    # Read the known ids once: this generator is consumed by the pool's feeder
    # thread, which may not touch the store's connection.
    seen = store.document_ids()
    for item in iter_paths(paths):
        report.files += 1
        results = [item] if isinstance(item, InputError) else read_documents(item)
        for result in results:
            if isinstance(result, InputError):
                _report_error(report, result, on_error)
            elif result.id in seen:
                report.skipped += 1
            else:
                seen.add(result.id)
                batch.append(result)
                if len(batch) >= BATCH_ARTICLES:
                    yield batch
                    batch = []
                continue
            if progress:  # rejected or known: done as soon as read
                progress(1)
    if batch:
        yield batch


def _announcing(
    batches: Iterator[list[Document]], on_new: Callable[[], object]
) -> Iterator[list[Document]]:
    """The batches, calling ``on_new`` before the first one is handed on."""
    for number, batch in enumerate(batches):
        if number == 0:
            on_new()
        yield batch


class _LocalPool:
    """Annotation in a local process pool, started on the first batches when
    they are worth one (else in this process); the pool stays up after them
    for the corpus stages' per-story work (:meth:`map`)."""

    def __init__(self, stack: ExitStack, names: Sequence[str], workers: int | None):
        self.stack = stack
        self.names = tuple(names)
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.pool: multiprocessing.pool.Pool | None = None

    def annotate(
        self, batches: Iterator[list[Document]], started: Callable[[], object]
    ) -> Iterator[list[Document | InputError]]:
        """Annotate batches, calling ``started`` once annotation is under way:
        after the pool has started, so that its workers load their models
        (:meth:`Pipeline.warm_up`) while ``started`` holds this process."""
        first = next(batches, None)
        if first is None:
            return
        second = next(batches, None)
        chained = _chain(first, second, batches)
        if self.workers <= 1 or (second is None and len(first) < MIN_ARTICLES_FOR_POOL):
            pipeline = Pipeline(names=self.names)
            started()
            for docs in chained:
                yield annotate_documents(docs, pipeline)
            return
        pool = self.start()
        started()
        yield from _bounded_imap(pool, _annotate_in_worker, chained, 2 * self.workers)

    def start(self) -> multiprocessing.pool.Pool:
        """Start the pool; its workers load their models as they start."""
        context = multiprocessing.get_context("forkserver")
        self.pool = self.stack.enter_context(
            context.Pool(
                self.workers,
                initializer=_init_worker,
                initargs=(self.names, os.getpid()),
            )
        )
        return self.pool

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``fn`` over ``items`` in order: on the pool's workers if it started."""
        if self.pool is None:
            return map(fn, items)
        return _bounded_imap(self.pool, fn, items, 2 * self.workers)


def _bounded_imap(
    pool: multiprocessing.pool.Pool,
    fn: Callable[[T], R],
    items: Iterable[T],
    window: int,
) -> Iterator[R]:
    """Like ``pool.imap`` but with at most ``window`` items in flight.

    ``imap`` reads its whole input ahead of the workers; on a large corpus
    that holds every document in memory. This keeps memory flat.
    """
    pending: deque[multiprocessing.pool.AsyncResult[R]] = deque()
    for item in items:
        pending.append(pool.apply_async(fn, (item,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _nothing() -> None:
    return None


def _annotate_in_worker(docs: list[Document]) -> list[Document | InputError]:
    """:func:`annotate_documents` in a pool worker, with the worker's pipeline."""
    return annotate_documents(docs, _WORKER_PIPELINE)


def _chain(
    first: list[Document], second: list[Document] | None, rest: Iterator[list[Document]]
) -> Iterator[list[Document]]:
    yield first
    if second is not None:
        yield second
        yield from rest


def process_text(
    text: str, *, source: str = "<text>", extractors: Sequence[str] = DEFAULT_EXTRACTORS
) -> list[Article]:
    """Segment and annotate one plain text without a store (the Python API's door)."""
    from .ingest import _content_id

    doc = Document(_content_id(text.encode()), text, source, "text/plain")
    (result,) = annotate_documents([doc], Pipeline(names=tuple(extractors)))
    if isinstance(result, InputError):
        raise result
    return result.articles
