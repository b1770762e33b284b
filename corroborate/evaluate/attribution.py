"""``corroborate eval attribution``: source, cue and content spans against PolNeAR."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..nlp import load_nlp
from ..records import Article
from ..registry import get_extractor
from . import BENCH_DIR, prf, task

ROLES: tuple[str, ...] = ("source", "cue", "content")
EXTRACTORS: tuple[str, ...] = (
    "entities.spacy.v1",
    "quantities.rules.v1",
    "claims.rules.v1",
)

Spans = dict[str, list[tuple[int, int]]]


@task("attribution", "polnear/dev")
def evaluate_attribution(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score ``claims.rules.v1`` span P/R/F1 per role on PolNeAR (exact and overlap).

    Args:
        data: a PolNeAR split folder with ``text/`` and ``attributions/``
            (default ``BENCH_DIR/polnear/dev``).
        limit: score only the first ``limit`` documents.

    Returns:
        ``{"docs": n, "exact": {role: prf}, "overlap": {role: prf}}``.
    """
    from .. import extractors as _builtins  # noqa: F401  (registers built-ins)

    folder = data or BENCH_DIR / "polnear" / "dev"
    pairs = _load_pairs(folder)[:limit]
    nlp = load_nlp()
    stages = [get_extractor(name) for name in EXTRACTORS]
    counts = {
        mode: {role: [0, 0, 0] for role in ROLES} for mode in ("exact", "overlap")
    }
    for text, gold in pairs:
        article = Article(id="polnear#1", document_id="polnear", text=text)
        sdoc = nlp(text)
        for stage in stages:
            stage(article, sdoc)
        _count(counts, gold, _predicted(article))
    return {"data": str(folder), "docs": len(pairs),
            **{mode: {role: prf(*c) for role, c in by_role.items()}
               for mode, by_role in counts.items()}}  # fmt: skip


def _load_pairs(folder: Path) -> list[tuple[str, Spans]]:
    """(text, gold spans by role) per annotated document, sorted by file name."""
    pairs = []
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        text_path = folder / "text" / f"{stem}.txt"
        if text_path.exists():
            pairs.append((text_path.read_text(encoding="utf-8"), _read_ann(ann)))
    return pairs


def _read_ann(path: Path) -> Spans:
    """Source/Cue/Content text-bound spans of a brat file; discontinuous spans joined."""
    spans: Spans = {role: [] for role in ROLES}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts[0].startswith("T") or len(parts) < 2:
            continue
        label, _, offsets = parts[1].partition(" ")
        role = label.lower()
        if role in spans:
            numbers = [int(x) for x in offsets.replace(";", " ").split()]
            spans[role].append((min(numbers), max(numbers)))
    return {role: sorted(set(v)) for role, v in spans.items()}


def _predicted(article: Article) -> Spans:
    """Predicted spans by role from the article's claims."""
    spans: Spans = {role: [] for role in ROLES}
    for claim in article.claims:
        if claim.source is not None:
            spans["source"].append((claim.source.start, claim.source.end))
        spans["cue"].append((claim.cue.start, claim.cue.end))
        spans["content"].append((claim.content.start, claim.content.end))
    return {role: sorted(set(v)) for role, v in spans.items()}


def _count(counts: dict[str, dict[str, list[int]]], gold: Spans, pred: Spans) -> None:
    """Add one document's tp/fp/fn per role, exact and overlap (one-to-one matching).

    True positives are a maximum one-to-one matching between predicted and gold
    spans: a greedy first-fit could pair a prediction with a gold span that
    another prediction needed, and under-count.
    """
    for role in ROLES:
        for mode, same in (("exact", _exact), ("overlap", _overlaps)):
            tp = _max_matching(pred[role], gold[role], same)
            c = counts[mode][role]
            c[0] += tp
            c[1] += len(pred[role]) - tp
            c[2] += len(gold[role]) - tp


def _max_matching(
    pred: list[tuple[int, int]],
    gold: list[tuple[int, int]],
    same: Callable[[tuple[int, int], tuple[int, int]], bool],
) -> int:
    """Size of a maximum matching of ``pred`` to ``gold`` spans (augmenting paths)."""
    edges = [[j for j, g in enumerate(gold) if same(p, g)] for p in pred]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(pred)))


def _exact(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Same span, ignoring nothing."""
    return a == b


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]
