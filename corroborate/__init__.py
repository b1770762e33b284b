"""corroborate: news articles into a knowledge base of who did what to whom,
according to whom, and which sources agree or disagree."""

from .build import ingest_paths, process_text
from .errors import CorroborateError, NotFoundError
from .kb import KnowledgeBase
from .records import (
    Alias,
    Article,
    Claim,
    DateRef,
    Designation,
    Discrepancy,
    Document,
    Entity,
    Event,
    Fact,
    Mention,
    Place,
    PubDate,
    Quantity,
    Span,
    Story,
    Zone,
)
from .store import Store

process = process_text

__all__ = [
    "Alias",
    "Article",
    "Claim",
    "CorroborateError",
    "DateRef",
    "Designation",
    "Discrepancy",
    "Document",
    "Entity",
    "Event",
    "Fact",
    "KnowledgeBase",
    "Mention",
    "NotFoundError",
    "Place",
    "PubDate",
    "Quantity",
    "Span",
    "Store",
    "Story",
    "Zone",
    "ingest_paths",
    "process",
    "process_text",
]
