"""The annotate stage for a batch of documents: segment each into articles and
run the extractors over them (in a local worker, a Dask task or the caller)."""

from __future__ import annotations

import logging

from .errors import InputError
from .ingest import internal_error
from .pipeline import Pipeline
from .records import Document
from .segment import segment_document

log = logging.getLogger(__name__)


def annotate_documents(
    docs: list[Document], pipeline: Pipeline | None = None
) -> list[Document | InputError]:
    """Segment each document and annotate its articles in place.

    Returns:
        The documents in order, a document that failed replaced by an
        :class:`InputError` naming it: when the batch raises, each document
        is done again on its own so that only the one at fault is lost.
    """
    pipeline = pipeline or Pipeline()
    try:
        for doc in docs:
            doc.articles = segment_document(doc)
        for _ in pipeline.pipe([a for doc in docs for a in doc.articles]):
            pass
    except Exception:
        return [_annotate_alone(doc, pipeline) for doc in docs]
    return list(docs)


def _annotate_alone(doc: Document, pipeline: Pipeline) -> Document | InputError:
    stage = "segmenting"
    try:
        doc.articles = segment_document(doc)
        stage = "annotating"
        for _ in pipeline.pipe(doc.articles):
            pass
    except Exception as exc:
        log.exception("%s failed on %s", stage, doc.source_path)
        return internal_error(doc.source_path, stage, exc)
    return doc
