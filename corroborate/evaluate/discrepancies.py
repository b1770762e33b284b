"""False-alarm precision of conflict detection on perturbed PAC articles.

For each PAC article A (dev split by default), annotated with the default
extractors, three comparisons are scored:

* **copy**: A against an unchanged copy of itself (another document id).
  Every conflict flagged is a false alarm.
* **number**: A against A' where the first number written in digits that
  counts something ("40 rifles") is replaced by a distant one (3 x + 7). Exactly one
  conflict is planted; a flag is correct when its evidence covers the
  changed number in A', any other flag is a false alarm.
* **date**: A against A' where the month name of one event's dated day is
  (a day or a month) moved five months on. One conflict is planted, scored
  the same way. A second flag covering the same change counts as a
  ``repeated_hit``, not as a false alarm.

Real pairs (A and the other outlet's article B of the same PAC story) are
also aligned; their conflicts cannot be checked automatically, so they are
counted (``natural_flags``) and listed (``natural_examples``) for reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..facts import align_facts
from ..pipeline import DEFAULT_EXTRACTORS, Pipeline
from ..records import Article, Discrepancy, Story, Zone
from . import BENCH_DIR, prf, task
from .stories import annotate_articles, load_pac

PAC_DIR = BENCH_DIR / "stories" / "pac"
MONTHS = (
    "January February March April May June July August September October "
    "November December"
).split()
MONTH_SHIFT = 5  # months added to a perturbed date: never within any window
_NUMBER = re.compile(r"^\d[\d,]*(\.\d+)?$")
_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-\d\d(-\d\d)?$")


def _copy(article: Article, text: str, suffix: str) -> Article:
    """A fresh, unannotated article with new text (zones shifted to fit)."""
    delta = len(text) - len(article.text)
    zones = [
        Zone(
            z.start, z.end + delta if z.end >= len(article.text) - 1 else z.end, z.kind
        )
        for z in article.zones
    ]
    doc = f"{article.document_id}-{suffix}"
    return Article(
        id=f"{doc}#1",
        document_id=doc,
        text=text,
        title=article.title,
        outlet=f"{article.outlet or article.document_id} ({suffix})",
        published=article.published,
        zones=zones,
    )


def _perturb_number(article: Article) -> tuple[Article, tuple[int, int]] | None:
    """Replace the first counted number written in digits; None if there is none."""
    for quantity in article.quantities:
        if not quantity.unit:
            continue
        match = re.match(r"\d[\d,]*", article.text[quantity.start : quantity.end])
        if not match or quantity.value is None or not _NUMBER.match(match.group()):
            continue
        new = round(quantity.value * 3 + 7)
        written = f"{new:,}" if "," in match.group() else str(new)
        start, end = quantity.start, quantity.start + match.end()
        text = article.text[:start] + written + article.text[end:]
        return _copy(article, text, "num"), (start, start + len(written))
    return None


def _perturb_date(article: Article) -> tuple[Article, tuple[int, int]] | None:
    """Move the month of the first event dated to a month or day; None if none."""
    for event in article.events:
        if (
            not event.date
            or not _DAY_VALUE.match(event.date)
            or event.date_span is None
        ):
            continue
        words = article.text[event.date_span.start : event.date_span.end]
        month = next((m for m in MONTHS if m in words), None)
        if month is None:
            continue
        other = MONTHS[(MONTHS.index(month) + MONTH_SHIFT) % 12]
        start = event.date_span.start + words.index(month)
        text = article.text[:start] + other + article.text[start + len(month) :]
        return _copy(article, text, "date"), (start, start + len(other))
    return None


def _conflicts(first: Article, second: Article) -> list[Discrepancy]:
    """Conflicting discrepancies between two articles taken as one story."""
    story = Story("eval", [first.id, second.id])
    return [
        d for d in align_facts(story, [first, second])[1] if d.kind == "conflicting"
    ]


def _covers(found: Discrepancy, article_id: str, span: tuple[int, int]) -> bool:
    """True when a discrepancy's evidence in ``article_id`` overlaps ``span``."""
    return any(
        e.article_id == article_id and e.span.start < span[1] and span[0] < e.span.end
        for e in found.evidence
    )


def _score(
    pairs: Sequence[tuple[Article, Article, tuple[int, int] | None]],
) -> dict[str, Any]:
    """P/R/F1 over planted conflicts; examples of false alarms."""
    tp = fp = fn = repeats = 0
    false_alarms: list[str] = []
    for original, changed, span in pairs:
        found = _conflicts(original, changed)
        hits = [d for d in found if span and _covers(d, changed.id, span)]
        tp += min(1, len(hits))
        fn += 1 if span and not hits else 0
        misses = [d for d in found if d not in hits]
        fp += len(misses)
        repeats += max(0, len(hits) - 1)
        false_alarms += [f"{original.id}: {d.about} ({d.note})" for d in misses]
    return {
        **prf(tp, fp, fn),
        "pairs": len(pairs),
        "repeated_hits": repeats,
        "false_alarms": false_alarms[:10],
    }


@task("discrepancies", PAC_DIR)
def evaluate_discrepancies(
    *,
    data: Path | None = None,
    limit: int | None = None,
    splits: Sequence[str] = ("dev",),
    **_: Any,
) -> dict[str, Any]:
    """Precision of conflict flags on perturbed PAC articles (see module docs).

    Args:
        data: PAC folder (default ``BENCH_DIR/stories/pac``).
        limit: use only the first ``limit`` stories.
        splits: PAC splits to use (default dev).

    Returns:
        Figures for copies, number and date perturbations, all together,
        and the conflicts flagged on real pairs.
    """
    pipeline = Pipeline(names=DEFAULT_EXTRACTORS, strict=True)
    rows = load_pac(data or PAC_DIR, limit=limit, splits=splits)
    failed: list[str] = []
    articles = annotate_articles(pipeline, [a for a, _, _ in rows], failed)
    rows = [row for row in rows if row[0].id not in failed]
    planted = {
        "number": [p for a in articles if (p := _perturb_number(a))],
        "date": [p for a in articles if (p := _perturb_date(a))],
    }
    changed = annotate_articles(
        pipeline, [c for made in planted.values() for c, _ in made], failed
    )
    by_id = {c.id: c for c in changed}
    planted = {
        k: [(c, s) for c, s in made if c.id in by_id] for k, made in planted.items()
    }
    pairs: dict[str, list[tuple[Article, Article, tuple[int, int] | None]]] = {
        "copy": [(a, _annotated_copy(a), None) for a in articles]
    }
    originals = {a.id: a for a in articles}
    for kind, made in planted.items():
        pairs[kind] = [(_source(c, originals), by_id[c.id], span) for c, span in made]
    figures: dict[str, Any] = {kind: _score(p) for kind, p in pairs.items()}
    figures["all"] = _score([p for group in pairs.values() for p in group])
    figures["natural"] = _natural(rows, articles)
    figures["articles"] = len(articles)
    figures["annotation_failures"] = failed
    figures["extractors"] = list(DEFAULT_EXTRACTORS)
    return figures


def _source(changed: Article, originals: dict[str, Article]) -> Article:
    """The original article a perturbed copy was made from."""
    return originals[changed.document_id.rsplit("-", 1)[0]]


def _annotated_copy(article: Article) -> Article:
    """An unchanged copy with the same annotations under another document id."""
    copy = _copy(article, article.text, "copy")
    copy.mentions, copy.dates, copy.places = (
        article.mentions,
        article.dates,
        article.places,
    )
    copy.quantities, copy.claims, copy.events = (
        article.quantities,
        article.claims,
        article.events,
    )
    return copy


def _natural(
    rows: list[tuple[Article, str, str]], articles: list[Article]
) -> dict[str, Any]:
    """Conflicts flagged between the two outlets of each real PAC story."""
    by_story: dict[str, list[Article]] = {}
    for (_, gold, _), article in zip(rows, articles, strict=True):
        by_story.setdefault(gold, []).append(article)
    flags: list[str] = []
    for members in by_story.values():
        if len(members) == 2:
            flags += [
                f"{members[0].id} vs {members[1].id}: {d.about} ({d.note})"
                for d in _conflicts(members[0], members[1])
            ]
    return {
        "pairs": sum(len(m) == 2 for m in by_story.values()),
        "flags": len(flags),
        "examples": flags[:15],
    }
