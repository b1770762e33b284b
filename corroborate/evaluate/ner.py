"""``corroborate eval ner``: entity mentions against CoNLL-2003 (typed, exact span)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..nlp import load_nlp
from ..records import Article
from ..registry import get_extractor
from . import BENCH_DIR, prf, task

CONLL_VALID = Path("conll2003") / "valid.txt"
SCORED_TYPES = ("PER", "ORG", "LOC")
# Our labels -> CoNLL types (anything else counts as MISC).
TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

GoldSpan = tuple[int, int, str]


@task("ner", CONLL_VALID)
def evaluate_ner(
    *,
    data: Path | None = None,
    limit: int | None = None,
    extractor: str = "entities.news.v1",
    **_: Any,
) -> dict[str, Any]:
    """Run an entity extractor on CoNLL documents and score typed spans.

    Args:
        data: a CoNLL-2003 file (``token POS chunk NER``, IOB2); defaults to
            ``BENCH_DIR/conll2003/valid.txt``.
        limit: score only the first ``limit`` documents.
        extractor: registry name of the entity extractor to score.

    Returns:
        P/R/F1 per type, ``micro`` over PER/ORG/LOC, and ``untyped`` (span only).
    """
    path = Path(data) if data else BENCH_DIR / CONLL_VALID
    documents = list(read_conll(path))[:limit]
    extract = get_extractor(extractor)
    nlp = load_nlp()
    counts: dict[str, Counter[str]] = {}
    texts = (text for text, _ in documents)
    for (text, gold), sdoc in zip(
        documents, nlp.pipe(texts, batch_size=16), strict=True
    ):
        article = Article(id="conll#1", document_id="conll", text=text)
        extract(article, sdoc)
        predicted = {
            (m.start, m.end, TO_CONLL.get(m.label, "MISC")) for m in article.mentions
        }
        _count(counts, predicted, set(gold))
    figures = {
        kind: prf(c["tp"], c["fp"], c["fn"]) for kind, c in sorted(counts.items())
    }
    micro = Counter[str]()
    for kind in SCORED_TYPES:
        micro.update(counts.get(kind, Counter()))
    return {
        "documents": len(documents),
        "extractor": extractor,
        "micro": prf(micro["tp"], micro["fp"], micro["fn"]),
        **figures,
    }


def _count(
    counts: dict[str, Counter[str]], predicted: set[GoldSpan], gold: set[GoldSpan]
) -> None:
    """Add one document's typed matches to per-type and untyped counters."""
    for start, end, kind in predicted | gold:
        cell = (
            "tp"
            if (start, end, kind) in predicted & gold
            else ("fp" if (start, end, kind) in predicted else "fn")
        )
        counts.setdefault(kind, Counter())[cell] += 1
    untyped_p = {(s, e) for s, e, _ in predicted}
    untyped_g = {(s, e) for s, e, _ in gold}
    counts.setdefault("untyped", Counter()).update(
        tp=len(untyped_p & untyped_g),
        fp=len(untyped_p - untyped_g),
        fn=len(untyped_g - untyped_p),
    )


def read_conll(path: Path) -> Iterator[tuple[str, list[GoldSpan]]]:
    """Yield ``(text, gold spans)`` per document; tokens joined by spaces,
    sentences by newlines, spans as character offsets into that text."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if lines:
                yield _build_document(lines)
            lines = []
        else:
            lines.append(line)
    if any(line.strip() for line in lines):
        yield _build_document(lines)


def _build_document(lines: list[str]) -> tuple[str, list[GoldSpan]]:
    """Join one document's token lines into text and IOB2 tags into spans."""
    parts: list[str] = []
    spans: list[GoldSpan] = []
    offset, open_span = 0, None
    for line in lines:
        if not line.strip():
            if parts and parts[-1] != "\n":
                parts[-1] = "\n"  # replace the trailing space
            open_span = _close(spans, open_span)
            continue
        token, *_, tag = line.split()
        if (
            tag == "O"
            or tag.startswith("B-")
            or (open_span and open_span[2] != tag[2:])
        ):
            open_span = _close(spans, open_span)
        if tag != "O":
            open_span = (
                (open_span[0], offset + len(token), tag[2:])
                if open_span
                else (offset, offset + len(token), tag[2:])
            )
        parts += [token, " "]
        offset += len(token) + 1
    _close(spans, open_span)
    return "".join(parts).rstrip(), spans


def _close(spans: list[GoldSpan], open_span: GoldSpan | None) -> GoldSpan | None:
    """Append a finished span (if any); return None to reset the open one."""
    if open_span:
        spans.append(open_span)
    return None
