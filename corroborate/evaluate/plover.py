"""``corroborate eval plover``: PLOVER root types of source-target sentences (PLV)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..nlp import load_nlp
from ..plover import RootClassifier, lookup_trigger, normalize_root
from . import BENCH_DIR, prf, task

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EVAL_ROOTS: dict[str, str] = {"RETREAT": "CONCEDE"}
"""PLV labels use the 15-root release, where RETREAT falls under YIELD (= CONCEDE)."""
# words just before the target ("called on", "sanctions against")
TARGET_WINDOW_TOKENS = 4
CV_FOLDS = 5  # folds for the learned classifier's out-of-fold figure
FALLBACK_ROOT = "ACCUSE"  # predicted when no trigger is found; a common PLV class
_TAG_RE = re.compile(r"</?[st]>")


@task("plover")
def evaluate_plover(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score PLOVER root typing on PLV sentences (macro- and micro-F1 over roots).

    Two figures: the hand-written trigger lexicon that ``events.plover.v1``
    uses (nothing learned from PLV, so scored on the whole file), and a
    logistic regression over dependency-path features, scored out-of-fold
    (``CV_FOLDS``-fold cross-validation); its weights are not shipped.

    Args:
        data: the PLV TSV (default ``BENCH_DIR/plover/PLV_train.tsv``).
        limit: score only the first ``limit`` sentences.

    Returns:
        ``{"lexicon": scores, "learned_cv5": scores}``, each with
        ``sentences``, ``micro_f1``, ``macro_f1``, ``per_root`` and ``predicted``.
    """
    rows = _read_rows(data or BENCH_DIR / "plover" / "PLV_train.tsv")[:limit]
    nlp = load_nlp()
    gold, pred, feats = [], [], []
    texts = [r[0] for r in rows]
    for (_text, source, target, root), sdoc in zip(rows, nlp.pipe(texts), strict=True):
        gold.append(normalize_root(root))
        pred.append(predict_root(sdoc, source, target))
        feats.append(relation_features(sdoc, source, target))
    learned = _cross_validate(feats, gold)
    return {
        "lexicon": _scores(gold, pred),
        f"learned_cv{CV_FOLDS}": _scores(gold, learned),
    }


def _cross_validate(feats: list[list[str]], gold: list[str]) -> list[str]:
    """Out-of-fold predictions of RootClassifier (folds by index modulo CV_FOLDS)."""
    pred = [""] * len(gold)
    for fold in range(CV_FOLDS):
        train = [i for i in range(len(gold)) if i % CV_FOLDS != fold]
        test = [i for i in range(len(gold)) if i % CV_FOLDS == fold]
        model = RootClassifier().fit(
            [feats[i] for i in train], [gold[i] for i in train]
        )
        for i, label in zip(test, model.predict([feats[i] for i in test]), strict=True):
            pred[i] = label
    return pred


def relation_features(
    sdoc: Doc, source: tuple[int, int], target: tuple[int, int]
) -> list[str]:
    """Features of the source-target relation: path lemmas, trigger lexicon root, context.

    Args:
        sdoc: the parsed sentence.
        source: character span of the source actor.
        target: character span of the target.

    Returns:
        Feature strings for :class:`corroborate.plover.RootClassifier`.
    """
    s_head = _span_head(sdoc, source)
    t_head = _span_head(sdoc, target)
    feats = [f"lex:{predict_root(sdoc, source, target)}"]
    if s_head is None or t_head is None:
        return feats
    path = _path(s_head, t_head)
    feats += [
        f"p:{t.lemma_.lower()}" for t in path if t.pos_ in ("VERB", "NOUN", "ADJ")
    ]
    feats += [f"pp:{t.lemma_.lower()}_{c.lemma_.lower()}" for t in path for c in t.children
              if c.dep_ in ("prt", "prep", "dobj") and c.i != t_head.i]  # fmt: skip
    feats += [
        f"td:{t_head.dep_}",
        f"t:{t_head.lemma_.lower()}",
        f"tp:{t_head.head.lemma_.lower()}_{t_head.dep_}",
    ]
    feats += [f"w:{t.lemma_.lower()}" for t in sdoc if t.pos_ in ("VERB", "NOUN")]
    roots = [_token_root(t) for t in path]
    feats += [f"r:{r}" for r in roots if r]
    window = sdoc[
        max(0, t_head.left_edge.i - TARGET_WINDOW_TOKENS) : t_head.left_edge.i
    ]
    feats += [
        f"win:{t.lemma_.lower()}"
        for t in window
        if t.pos_ in ("VERB", "NOUN", "ADP", "ADJ")
    ]
    feats += [f"sd:{s_head.dep_}", f"sh:{s_head.head.lemma_.lower()}"]
    return feats


def _read_rows(path: Path) -> list[tuple[str, tuple[int, int], tuple[int, int], str]]:
    """(plain sentence, source span, target span, gold root) per PLV row."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text, spans = _untag(row["marked_sentence"])
            if "s" in spans and "t" in spans:
                rows.append((text, spans["s"], spans["t"], row["gold_root"]))
    return rows


def _untag(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Strip <s>..</s> and <t>..</t> marks, returning the text and their character spans."""
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    opened: dict[str, int] = {}
    pos = 0
    length = 0
    for match in _TAG_RE.finditer(marked):
        chunk = marked[pos : match.start()]
        out.append(chunk)
        length += len(chunk)
        tag = match.group()
        name = tag.strip("</>")
        if tag.startswith("</"):
            spans[name] = (opened.get(name, length), length)
        else:
            opened[name] = length
        pos = match.end()
    out.append(marked[pos:])
    return "".join(out), spans


def predict_root(sdoc: Doc, source: tuple[int, int], target: tuple[int, int]) -> str:
    """PLOVER root for the relation between two marked spans, from the trigger lexicon.

    Args:
        sdoc: the parsed sentence.
        source: character span of the source actor.
        target: character span of the target.

    Returns:
        A root type (``FALLBACK_ROOT`` when no trigger word is found).
    """
    s_head = _span_head(sdoc, source)
    t_head = _span_head(sdoc, target)
    if s_head is None or t_head is None:
        return FALLBACK_ROOT
    for token in _path(s_head, t_head) + _nearby(sdoc, t_head):
        found = _token_root(token)
        if found is not None:
            return EVAL_ROOTS.get(found, found)
    return FALLBACK_ROOT


def _span_head(sdoc: Doc, span: tuple[int, int]) -> Token | None:
    """The syntactic head of a character span."""
    chars = sdoc.char_span(span[0], span[1], alignment_mode="expand")
    return chars.root if chars is not None and len(chars) else None


def _path(a: Token, b: Token) -> list[Token]:
    """Tokens strictly between a and b on the dependency tree, target side first."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_b if t in up_a), None)
    if common is None:
        return []
    b_side = up_b[1 : up_b.index(common)]
    a_side = up_a[1 : up_a.index(common)]
    return [*b_side, common, *reversed(a_side)]


def _nearby(sdoc: Doc, head: Token) -> list[Token]:
    """Other content words of the sentence, nearest to the target first."""
    words = [t for t in sdoc if t.pos_ in ("VERB", "NOUN")]
    return sorted(words, key=lambda t: abs(t.i - head.i))


def _token_root(token: Token) -> str | None:
    """The lexicon root of one token (verb with its particle/object, or noun)."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        particle = next((c.lemma_.lower() for c in token.children
                         if c.dep_ in ("prt", "dobj", "prep")), None)  # fmt: skip
        found = lookup_trigger(lemma, particle=particle)
    elif token.pos_ == "NOUN":
        found = lookup_trigger(lemma, noun=True)
    else:
        found = None
    return found[0] if found else None


def _scores(gold: list[str], pred: list[str]) -> dict[str, Any]:
    """Micro-F1 (= accuracy, one label each) and macro-F1 over gold roots."""
    per_root: dict[str, dict[str, float]] = {}
    for root in sorted(set(gold)):
        tp = sum(g == p == root for g, p in zip(gold, pred, strict=True))
        fp = sum(p == root != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == root != p for g, p in zip(gold, pred, strict=True))
        per_root[root] = prf(tp, fp, fn)
    correct = sum(g == p for g, p in zip(gold, pred, strict=True))
    macro = sum(v["f1"] for v in per_root.values()) / len(per_root) if per_root else 0.0
    return {"sentences": len(gold), "micro_f1": round(correct / len(gold), 4) if gold else 0.0,
            "macro_f1": round(macro, 4), "per_root": per_root,
            "predicted": dict(Counter(pred).most_common())}  # fmt: skip
