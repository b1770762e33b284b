"""``corroborate eval timex``: TIMEX3 spans and values on TempEval-3 and MEANTIME.

Scored as in TempEval-3: strict span F1 (same offsets), relaxed span F1
(overlap), and value F1 (a relaxed match with the right value counts as a
true positive); mod accuracy over the matched spans where the gold or the
system has a ``mod`` ("early" START, "about" APPROX, "more than" MORE_THAN).
Relative expressions are resolved against each document's creation time,
given to the extractor as the publication date from metadata.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Article, PubDate
from . import BENCH_DIR, prf, read_xml, task

TEMPEVAL_DIR = BENCH_DIR / "tempeval3" / "TBAQ-cleaned"
MEANTIME_DIR = BENCH_DIR / "meantime" / "intra-doc_annotation"
MEANTIME_ANNOTATED_SENTENCES = 6
"""MEANTIME annotates time expressions in the title, dateline and first four sentences."""
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "'s", "%", "n't", "'"})


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One annotated expression: offsets into the document text, type, value."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A document's text, creation time and gold expressions."""

    id: str
    text: str
    dct: str
    timexes: list[GoldTimex]


def read_tml(path: Path) -> GoldDoc:
    """Read a TimeML file: the <TEXT> body with its TIMEX3 offsets, and the DCT."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<DCT>\s*<TIMEX3[^>]*value="([^"]+)"', raw)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text, open_start = "", 0
    timexes: list[GoldTimex] = []
    open_attrs: dict[str, str] = {}
    pos = 0
    for m in _TAG.finditer(body):
        text += html.unescape(body[pos : m.start()])
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            timexes.append(GoldTimex(open_start, len(text), open_attrs.get("type", ""),
                                     open_attrs.get("value", ""),
                                     open_attrs.get("mod") or None))  # fmt: skip
        else:
            open_attrs, open_start = dict(_ATTR.findall(m.group(3))), len(text)
    text += html.unescape(body[pos:])
    dct = (dct_match.group(1) if dct_match else "")[:10]
    return GoldDoc(path.stem, text, dct, timexes)


def read_meantime(path: Path) -> GoldDoc:
    """Read a MEANTIME CAT file, rebuilding the text from its tokens."""
    root = read_xml(path)
    text, offsets, sentence = "", {}, None
    for token in root.iter("token"):
        if int(token.get("sentence", "0")) >= MEANTIME_ANNOTATED_SENTENCES:
            break
        word = token.text or ""
        if text and (token.get("sentence") != sentence):
            text += "\n"
        elif text and word not in _NO_SPACE_BEFORE and not text.endswith(("(", "$")):
            text += " "
        sentence = token.get("sentence")
        offsets[token.get("t_id")] = (len(text), len(text) + len(word))
        text += word
    timexes, dct = [], ""
    for timex in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in timex.iter("token_anchor")]
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_day(timex.get("value", ""))
        if ids and all(i in offsets for i in ids):
            spans = [offsets[i] for i in ids if i in offsets]
            timexes.append(GoldTimex(min(s for s, _ in spans), max(e for _, e in spans),
                                     timex.get("type", ""), timex.get("value", ""),
                                     timex.get("mod") or None))  # fmt: skip
    return GoldDoc(path.stem, text, dct, timexes)


def _iso_day(value: str) -> str:
    """A creation time as ISO ``YYYY-MM-DD`` (MEANTIME also writes ``DD-MM-YYYY``)."""
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else value[:10]


def iter_gold(data: Path) -> Iterator[GoldDoc]:
    """Every document under ``data``: ``.tml`` (TimeML) or ``.xml`` (MEANTIME)."""
    for path in sorted(data.rglob("*.tml")):
        yield read_tml(path)
    for path in sorted(data.rglob("*.xml")):
        yield read_meantime(path)


def same_value(gold: str, system: str | None) -> bool:
    """Values agree, treating a decade "199" and "199X" as the same."""
    if system is None:
        return False
    gold, system = (re.sub(r"-W0(\d)", r"-W\1", v) for v in (gold, system))
    return gold.rstrip("X") == system.rstrip("X") if len(gold) <= 4 else gold == system


def score_docs(docs: list[GoldDoc]) -> dict[str, Any]:
    """Run ``dates.rules.v1`` over the documents and score it against the gold."""
    from ..extractors.dates import make_date_extractor
    from ..nlp import load_nlp

    extract = make_date_extractor()
    counts = {"strict": 0, "relaxed": 0, "value": 0, "type": 0, "system": 0, "gold": 0,
              "mod": 0, "mod_spans": 0, "gold_mods": 0}  # fmt: skip
    nlp = load_nlp()
    for gold, sdoc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        article = Article(id=gold.id, document_id=gold.id, text=gold.text,
                          published=PubDate(gold.dct or None, "day", "metadata", 1.0))  # fmt: skip
        extract(article, sdoc)
        _count(gold.timexes, article, counts)
    return _figures(counts)


def _count(gold: list[GoldTimex], article: Article, counts: dict[str, int]) -> None:
    counts["system"] += len(article.dates)
    counts["gold"] += len(gold)
    used: set[int] = set()
    for g in gold:
        for i, d in enumerate(article.dates):
            if i in used or d.end <= g.start or d.start >= g.end:
                continue
            used.add(i)
            counts["relaxed"] += 1
            counts["strict"] += (d.start, d.end) == (g.start, g.end)
            counts["value"] += same_value(g.value, d.value)
            counts["type"] += d.type == g.type
            counts["gold_mods"] += bool(g.mod)
            if g.mod or d.mod:
                counts["mod_spans"] += 1
                counts["mod"] += g.mod == d.mod
            break


def _figures(counts: dict[str, int]) -> dict[str, Any]:
    system, gold = counts["system"], counts["gold"]

    def f(tp: int) -> dict[str, float]:
        return prf(tp, system - tp, gold - tp)

    relaxed = counts["relaxed"] or 1
    return {
        "strict": f(counts["strict"]),
        "relaxed": f(counts["relaxed"]),
        "value": f(counts["value"]),
        "value_accuracy": round(counts["value"] / relaxed, 4),
        "type_accuracy": round(counts["type"] / relaxed, 4),
        # None when the gold has no mod at all (MEANTIME does not annotate it)
        "mod_accuracy": (
            round(counts["mod"] / (counts["mod_spans"] or 1), 4)
            if counts["gold_mods"]
            else None
        ),
        "mod_spans": counts["mod_spans"],
    }


@task("timex", TEMPEVAL_DIR)
def evaluate_timex(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score time expressions on TempEval-3 (TBAQ) and MEANTIME.

    Args:
        data: one folder of ``.tml`` or MEANTIME ``.xml`` files; default both
            ``tempeval3/TBAQ-cleaned`` and ``meantime/intra-doc_annotation``.
        limit: score only the first ``limit`` documents of each corpus.

    Returns:
        Per corpus: strict/relaxed span P/R/F1, value P/R/F1, value and type
        accuracy on matched spans, mod accuracy on the matched spans where
        the gold or the system has a TIMEX3 ``mod`` (and how many there
        are; None for a corpus whose gold has no mod), and the number of
        documents.
    """
    folders = (
        {data.name: data}
        if data
        else {"tempeval3": TEMPEVAL_DIR, "meantime": MEANTIME_DIR}
    )
    out: dict[str, Any] = {}
    for name, folder in folders.items():
        docs = list(iter_gold(folder))[:limit]
        out[name] = {"documents": len(docs), **score_docs(docs)}
    return out
