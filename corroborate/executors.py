"""Annotation on a Dask cluster (``corroborate ingest --executor dask``).

Each batch of documents is one Dask task that runs :func:`annotate_documents`
on a worker; the worker builds the pipeline on its first task and keeps it
for the rest (:func:`worker_pipeline`). At most a window of batches is in
flight and results come back in input order, so the store is written as a
local run writes it. Documents go to the workers and come back annotated by
pickle; a document that fails costs only itself, as in the local pool. Needs
the optional extra: ``pip install 'corroborate[dask]'``.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, cast

from .annotate import annotate_documents
from .errors import ConfigError, InputError
from .ingest import internal_error
from .pipeline import Pipeline
from .records import Document

if TYPE_CHECKING:
    from distributed import Client, Future

    Task = Future[list[Document | InputError]]

log = logging.getLogger(__name__)

TASKS_PER_THREAD = 2
"""Batches in flight per worker thread: one running, one waiting its turn."""


@functools.cache
def worker_pipeline(names: tuple[str, ...]) -> Pipeline:
    """The pipeline with these extractors, built once per worker process."""
    return Pipeline(names=names)


def annotate_on_worker(
    docs: list[Document], names: tuple[str, ...]
) -> list[Document | InputError]:
    """One Dask task: annotate a batch with this worker's pipeline."""
    return annotate_documents(docs, worker_pipeline(names))


def annotate_on_dask(
    batches: Iterator[list[Document]],
    names: Sequence[str],
    *,
    scheduler: str | None,
    workers: int | None,
) -> Iterator[list[Document | InputError]]:
    """Annotate batches as Dask tasks, yielding each batch's results in input order.

    Args:
        batches: documents to annotate, a batch per task.
        names: registry names of the extractors to run, in order.
        scheduler: the address of a running Dask scheduler
            (``tcp://HOST:8786``); None starts a local cluster for this run.
        workers: processes of that local cluster (default: one per core, up
            to 2); a running scheduler has the workers it has.

    Raises:
        ConfigError: Dask is not installed, the scheduler cannot be reached,
            or a worker has another corroborate version (or none).
    """
    names = tuple(names)
    Pipeline(names=names)  # an unknown extractor fails here, not in every task
    first = next(batches, None)
    if first is None:  # nothing new: no cluster to start
        return
    with ExitStack() as stack:
        client = _connect(stack, scheduler, workers)
        pending: deque[tuple[list[Document], Task]] = deque()
        for docs in itertools.chain([first], batches):
            pending.append((docs, _submit(client, docs, names)))
            if len(pending) >= _window(client):
                yield _results(client, *pending.popleft(), names)
        while pending:
            yield _results(client, *pending.popleft(), names)


def _connect(stack: ExitStack, scheduler: str | None, workers: int | None) -> Client:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError(
            "the dask executor needs Dask's distributed scheduler, which is not "
            "installed: pip install 'corroborate[dask]'"
        ) from exc
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or min(2, os.cpu_count() or 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        stack.enter_context(cluster)
        return stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call,no-any-return]
    try:
        # waits at most distributed.comm.timeouts.connect (Dask's default: 30 s)
        client: Client = stack.enter_context(Client(scheduler))  # type: ignore[no-untyped-call]
    except (OSError, ValueError, TypeError) as exc:
        raise ConfigError(
            f"cannot reach a Dask scheduler at {scheduler!r} ({exc}); start one "
            "with `dask scheduler` and give the address it prints (tcp://HOST:8786)"
        ) from exc
    _check_workers(client, scheduler)
    return client


def _check_workers(client: Client, scheduler: str) -> None:
    """Refuse workers without this corroborate (each task would fail on them)."""
    versions = cast(dict[str, Any], client.get_versions(packages=["corroborate"]))
    mine = versions["client"]["packages"]["corroborate"]
    workers = versions["workers"]
    if not workers:
        log.warning(
            "the scheduler at %s has no workers yet; tasks wait for one", scheduler
        )
    for address, info in workers.items():
        theirs = info["packages"].get("corroborate")
        if theirs != mine:
            raise ConfigError(
                f"the Dask worker {address} has corroborate {theirs or 'not installed'}, "
                f"this process {mine}; install the same version on every worker"
            )


SINGLE_TRIES = 2
"""Times a document alone is sent before its failure is reported."""


def _window(client: Client) -> int:
    # asked again at each batch: an adaptive cluster grows and shrinks
    threads = sum(client.nthreads().values())  # type: ignore[no-untyped-call]
    return TASKS_PER_THREAD * max(1, threads)


def _submit(client: Client, docs: list[Document], names: tuple[str, ...]) -> Task:
    return client.submit(annotate_on_worker, docs, names, pure=False)


def _results(
    client: Client,
    docs: list[Document],
    future: Task,
    names: tuple[str, ...],
    tries: int = 1,
) -> list[Document | InputError]:
    """A task's results; if the task itself failed (its worker died, say), each
    document is tried again on its own, one at a time, so that only the one at
    fault is lost; a document alone gets one more try (the worker it ran on
    may have died of something else, or been restarting), then is reported."""
    try:
        results: list[Document | InputError] = future.result()
    except Exception as exc:
        if len(docs) == 1 and tries >= SINGLE_TRIES:
            log.error("annotating %s failed on Dask: %r", docs[0].source_path, exc)
            return [internal_error(docs[0].source_path, "annotating", exc)]
        if len(docs) == 1:
            return _results(
                client, docs, _submit(client, docs, names), names, tries + 1
            )
        log.warning(
            "a Dask task failed (%r); annotating its documents one at a time", exc
        )
        # one after the other: a task waiting on a worker that another one
        # kills is counted as a suspect too, and would be blamed with it
        return [
            _results(client, [doc], _submit(client, [doc], names), names)[0]
            for doc in docs
        ]
    return results
