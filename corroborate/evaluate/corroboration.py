"""What outlets agree and disagree on, scored against hand-made story gold.

The gold (``../shared/bench/corroboration/pac-dev``, one YAML file per story)
lists, for each story told by several outlets, the facts a careful analyst
lines up across its articles (each article's value with a verbatim quote),
every clear-cut disagreement between them, and *traps*: pairs that look
like a disagreement and are not. Its README gives the scoring rules this
module follows.

The system is run as a user runs it, through its front doors: the stories'
articles are written to one JSON Lines file (``id``, ``title``, ``text`` as
the PAC paragraphs joined by blank lines, ``outlet``, ``published``),
``corroborate ingest`` builds a fresh knowledge base from it, and
``corroborate export`` writes its articles, facts and discrepancies. Nothing
is given to the system but that file: the stories are found by its own
clustering. Gold quotes are located in the exported article texts
(whitespace-normalised) and matched to the system's evidence by overlap.

Matching: a system fact or discrepancy *matches* a gold fact when its
evidence overlaps the quotes of at least two of the gold fact's reports
(for ``disputed``: the assertion and the denial).

* discrepancy recall: gold conflicting and disputed facts (not ``soft``)
  matched by a system discrepancy;
* discrepancy precision: system discrepancies matching such a fact, over all
  system discrepancies except those matching a ``soft`` fact;
* corroboration precision: system corroborated facts that match a gold fact
  which is not conflicting or disputed, over those whose evidence touches
  any gold quote (those matching a ``soft`` fact left out: soft facts count
  neither way);
* corroboration recall: gold corroborated facts matched by a system
  corroborated fact with two or more articles;
* traps: system discrepancies whose evidence covers both quotes of a trap.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from . import BENCH_DIR, prf, task

GOLD_DIR = BENCH_DIR / "corroboration" / "pac-dev"
PAC_DIR = BENCH_DIR / "stories" / "pac"
DISAGREE = ("conflicting", "disputed")
EXAMPLES = 40  # misses and false alarms listed in the report, at most
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Quote:
    """Where one gold report's quote sits: article (input id) and offsets."""

    article: str
    start: int
    end: int


@dataclass
class GoldFact:
    """One gold fact (or trap) with its located quotes."""

    story: str
    id: str
    what: str
    status: str
    soft: bool
    quotes: list[Quote]
    denial: Quote | None = None  # disputed: the report whose value starts "denies:"


@dataclass
class SystemItem:
    """A system fact or discrepancy: its status or kind, label and evidence."""

    id: str
    status: str
    label: str
    spans: list[Quote] = field(default_factory=list)

    @property
    def articles(self) -> set[str]:
        return {s.article for s in self.spans}


@task("corroboration", GOLD_DIR)
def evaluate_corroboration(
    data: Path | None = None, *, limit: int | None = None
) -> dict[str, Any]:
    """Score facts and discrepancies of ``corroborate ingest`` + ``export``.

    Args:
        data: folder of gold story YAML files (default: pac-dev).
        limit: score only the first ``limit`` stories (by file name).

    Returns:
        Discrepancy and corroboration precision/recall, trap hits, and the
        misses (disagreements and corroborated facts not found) and false
        alarms (label and the texts of their evidence).
    """
    folder = Path(data) if data is not None else GOLD_DIR
    files = sorted(folder.glob("*.yaml"), key=_story_number)[:limit]
    if not files:
        raise ConfigError(f"no story YAML files in {folder}")
    stories = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in files]
    with tempfile.TemporaryDirectory(prefix="corroborate-eval-") as tmp:
        exported = run_system(_gold_inputs(stories), Path(tmp))
    texts = {a["input_id"]: a["text"] for a in exported["jsonl"]}
    ids = {a["id"]: a["input_id"] for a in exported["jsonl"]}
    gold, traps = _locate_gold(stories, texts)
    facts = [_system_item(f, ids, "status") for f in exported["facts"]]
    found = [_system_item(d, ids, "kind") for d in exported["discrepancies"]]
    return score(gold, traps, facts, found, texts)


def run_system(inputs: Sequence[dict[str, Any]], workdir: Path) -> dict[str, Any]:
    """Ingest JSON Lines inputs into a fresh store and export it, as a user would.

    Returns:
        ``{"jsonl": [...], "facts": [...], "discrepancies": [...]}``.
    """
    source = workdir / "articles.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in inputs),
        encoding="utf-8",
    )
    db = str(workdir / "eval.db")
    _corroborate("ingest", str(source), "--db", db, "--quiet")
    return {
        fmt: [
            json.loads(line)
            for line in _corroborate("export", "--format", fmt, "--db", db).splitlines()
            if line.strip()
        ]
        for fmt in ("jsonl", "facts", "discrepancies")
    }


def _corroborate(*args: str) -> str:
    """Run the ``corroborate`` CLI of this interpreter; its stdout."""
    done = subprocess.run(
        [sys.executable, "-m", "corroborate", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1):  # 1: some input rejected, named on stderr
        raise RuntimeError(f"corroborate {args[0]} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def _story_number(path: Path) -> tuple[int, str]:
    digits = re.sub(r"\D", "", path.stem)
    return (int(digits) if digits else 0, path.stem)


def _gold_inputs(stories: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold stories' PAC articles as ``ingest`` JSON Lines records."""
    inputs = []
    for story in stories:
        for article_id in story["articles"]:
            path = PAC_DIR / f"{article_id}.json"
            if not path.exists():
                raise ConfigError(f"{path}: PAC article of {story['story']} missing")
            record = json.loads(path.read_text(encoding="utf-8"))
            inputs.append(
                {
                    "id": article_id,
                    "title": record.get("title"),
                    "text": "\n\n".join(p["text"] for p in record["news"]),
                    "outlet": record.get("source"),
                    "published": record.get("date"),
                }
            )
    return inputs


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``, whitespace-normalised on both sides."""
    kept = [i for i, c in enumerate(text) if not c.isspace()]
    squashed = "".join(text[i] for i in kept)
    needle = _SPACE.sub("", quote)
    at = squashed.find(needle) if needle else -1
    if at < 0:
        return None
    return kept[at], kept[at + len(needle) - 1] + 1


def _locate_gold(
    stories: Sequence[dict[str, Any]], texts: dict[str, str]
) -> tuple[list[GoldFact], list[GoldFact]]:
    """Gold facts and traps with their quotes located in the ingested texts.

    Raises:
        ConfigError: a quote is not in its article (the gold or ingest changed).
    """

    def locate(story: str, article: str, quote: str) -> Quote:
        where = find_quote(texts.get(article, ""), quote)
        if where is None:
            raise ConfigError(f"{story}: quote not found in {article}: {quote!r}")
        return Quote(article, *where)

    facts, traps = [], []
    for story in stories:
        name = story["story"]
        for fact in story.get("facts") or []:
            quotes, denial = [], None
            for article, report in (fact.get("reports") or {}).items():
                quote = locate(name, article, str(report["quote"]))
                quotes.append(quote)
                if str(report.get("value", "")).startswith("denies:"):
                    denial = quote
            facts.append(
                GoldFact(
                    name,
                    fact["id"],
                    fact["what"],
                    fact["status"],
                    bool(fact.get("soft")),
                    quotes,
                    denial,
                )  # fmt: skip
            )
        for n, trap in enumerate(story.get("traps") or [], start=1):
            quotes = [locate(name, a, str(q)) for a, q in trap["quotes"].items()]
            traps.append(
                GoldFact(name, f"trap{n}", trap["what"], "trap", False, quotes)
            )
    return facts, traps


def _system_item(record: dict[str, Any], ids: dict[str, str], key: str) -> SystemItem:
    spans = [
        Quote(
            ids.get(e["article_id"], e["article_id"]),
            e["span"]["start"],
            e["span"]["end"],
        )  # fmt: skip
        for e in record.get("evidence", [])
    ]
    label = record.get("label") or record.get("about") or ""
    return SystemItem(record["id"], record.get(key) or "", label, spans)


def _overlaps(span: Quote, quote: Quote) -> bool:
    return (
        span.article == quote.article
        and span.start < quote.end
        and quote.start < span.end
    )


def matches(item: SystemItem, gold: GoldFact) -> bool:
    """True when the item's evidence overlaps two of the gold fact's quotes
    (for a disputed fact: its denial and one assertion)."""
    hit = [q for q in gold.quotes if any(_overlaps(s, q) for s in item.spans)]
    if gold.status == "disputed" and gold.denial is not None:
        return gold.denial in hit and len(hit) >= 2
    return len(hit) >= 2


def _touches(item: SystemItem, gold: Sequence[GoldFact]) -> bool:
    return any(_overlaps(s, q) for g in gold for q in g.quotes for s in item.spans)


def score(
    gold: Sequence[GoldFact],
    traps: Sequence[GoldFact],
    facts: Sequence[SystemItem],
    found: Sequence[SystemItem],
    texts: dict[str, str],
) -> dict[str, Any]:
    """The README's figures from located gold and system items."""
    disagreements = [g for g in gold if g.status in DISAGREE and not g.soft]
    soft = [g for g in gold if g.status in DISAGREE and g.soft]
    agreed = [g for g in gold if g.status not in DISAGREE]
    corroborated = [g for g in gold if g.status == "corroborated"]

    judged = [d for d in found if not any(matches(d, g) for g in soft)]
    right = [d for d in judged if any(matches(d, g) for g in disagreements)]
    false_alarms = [d for d in judged if d not in right]
    hit = [g for g in disagreements if any(matches(d, g) for d in found)]
    missed = [g for g in disagreements if g not in hit]

    shown = [f for f in facts if f.status == "corroborated" and len(f.articles) >= 2]
    touching = [
        f for f in shown if _touches(f, gold) and not any(matches(f, g) for g in soft)
    ]
    good = [f for f in touching if any(matches(f, g) for g in agreed)]
    recalled = [g for g in corroborated if any(matches(f, g) for f in shown)]
    unrecalled = [g for g in corroborated if g not in recalled]
    trapped = [d for d in found for t in traps if matches(d, t)]

    def text_of(item: SystemItem) -> list[str]:
        return [texts.get(s.article, "")[s.start : s.end][:160] for s in item.spans]

    return {
        "stories": len({g.story for g in gold}),
        "discrepancies": {
            **prf(len(right), len(false_alarms), len(missed)),
            "gold": len(disagreements),
            "system": len(found),
            "matching_soft": len(found) - len(judged),
            "by_kind": _count(d.status for d in found),
        },
        "corroboration": {
            "precision": _ratio(len(good), len(touching)),
            "recall": _ratio(len(recalled), len(corroborated)),
            "matched": len(good),
            "touching_gold": len(touching),
            "system_corroborated": len(shown),
            "gold_corroborated": len(corroborated),
            "gold_recalled": len(recalled),
        },
        "traps": {"hit": len(trapped), "total": len(traps)},
        "missed": [
            {"story": g.story, "fact": g.id, "status": g.status, "what": g.what}
            for g in missed
        ][:EXAMPLES],
        "missed_corroborations": [
            {"story": g.story, "fact": g.id, "what": g.what} for g in unrecalled
        ][:EXAMPLES],
        "false_alarms": [
            {"id": d.id, "kind": d.status, "label": d.label, "evidence": text_of(d)}
            for d in false_alarms
        ][:EXAMPLES],
        "wrong_corroborations": [
            {"id": f.id, "label": f.label, "evidence": text_of(f)}
            for f in touching
            if f not in good
        ][:EXAMPLES],
        "trap_hits": [
            {"id": d.id, "label": d.label, "evidence": text_of(d)} for d in trapped
        ],
    }


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _count(values: Iterable[str]) -> dict[str, int]:
    return dict(sorted(Counter(values).items()))
