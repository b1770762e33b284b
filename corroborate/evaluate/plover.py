"""``corroborate eval plover``: PLOVER root types of source-target sentences (PLV)."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..nlp import load_nlp
from ..plover import (
    COARSE_ROOTS,
    ROOT_MODEL_PATH,
    RootClassifier,
    lexicon_phrase,
    load_root_model,
    model_applies,
    normalize_root,
    relation_features,
    relation_trigger,
    span_head,
    stratified_folds,
    token_root,
    tune_settings,
    type_root,
)
from ..records import Article, Event, Span
from ..registry import get_extractor
from . import BENCH_DIR, prf, task

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EVAL_ROOTS = COARSE_ROOTS  # PLV labels use the 15-root release
CV_FOLDS = 5  # outer folds for the learned classifier's out-of-fold figure
CV_SEED = 0  # fixed seed of the stratified fold assignment
FALLBACK_ROOT = "ACCUSE"  # predicted when no trigger is found; a common PLV class
_TAG_RE = re.compile(r"</?[st]>")

_WORD_RE = re.compile(r"\w+")

Relation = tuple["Token | None", "Token | None", "Token | None"]
Row = tuple[str, tuple[int, int], tuple[int, int], str]


@task("plover", "plover/PLV_train.tsv")
def evaluate_plover(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Score PLOVER root typing on PLV sentences (macro- and micro-F1 over roots).

    Four figures:

    - ``lexicon``: the hand-written trigger lexicon alone (nothing learned).
    - ``learned_cv5``: the logistic regression, out-of-fold: stratified
      ``CV_FOLDS``-fold CV (seed ``CV_SEED``); each fold's model never sees the
      fold, and its L2 strength and fallback threshold are chosen by an inner
      CV on its training part.
    - ``pipeline_cv5``: the same folds through the pipeline's decision rule
      (model when confident, else the lexicon; lexicon phrases first when the
      inner CV chose so).
    - ``pipeline_cv5_by_source``: the pipeline's rule on folds that hold out
      whole source actors (:func:`source_folds`): how it does on actors it
      has never seen, nearer to new news than random folds.
    - ``shipped_in_sample``: the weights in ``corroborate/data/plover`` through
      the pipeline's rule. They were trained on this file: an in-sample
      figure, not an estimate of accuracy on new text.

    Args:
        data: the PLV TSV (default ``BENCH_DIR/plover/PLV_train.tsv``).
        limit: score only the first ``limit`` sentences.

    Returns:
        ``{"lexicon", "learned_cv5", "pipeline_cv5", "shipped_in_sample"}``
        (``"shipped"`` on a file the weights were not trained on), each
        with ``sentences``, ``micro_f1``, ``macro_f1``, ``per_root`` and
        ``predicted``; ``settings_chosen`` lists each outer fold's [L2, threshold,
        phrase precedence]; ``participants`` scores our events' actors and
        recipients against the marked source and target
        (:func:`score_participants`).
    """
    path = data or BENCH_DIR / "plover" / "PLV_train.tsv"
    rows = read_rows(path)[:limit]
    docs = parse_docs(rows)
    relations = parse_relations(rows, docs)
    gold = [normalize_root(r[3]) for r in rows]
    feats = [relation_features(*rel) for rel in relations]
    lexicon = [predict_root(*rel) for rel in relations]
    folds = stratified_folds(gold, CV_FOLDS, seed=CV_SEED)
    learned, combined, chosen = _cross_validate(relations, feats, gold, folds)
    by_source = source_folds(rows, CV_FOLDS)
    combined_by_source = _cross_validate(relations, feats, gold, by_source)[1]
    result: dict[str, Any] = {
        "lexicon": _scores(gold, lexicon),
        f"learned_cv{CV_FOLDS}": _scores(gold, learned),
        f"pipeline_cv{CV_FOLDS}": _scores(gold, combined),
        f"pipeline_cv{CV_FOLDS}_by_source": _scores(gold, combined_by_source),
        "settings_chosen": chosen,
    }
    shipped = load_root_model()
    if shipped is not None:
        # on the file the weights were trained on the figure is in-sample; on
        # any other file (a held-out split) it is the pipeline's real accuracy
        key = "shipped_in_sample" if _trained_on(path) else "shipped"
        result[key] = _scores(gold, [_pipeline_root(shipped, rel) for rel in relations])
    result["participants"] = score_participants(rows, docs, relations)
    return result


def _trained_on(path: Path) -> bool:
    """True when the shipped weights were trained on this very file."""
    about = json.loads(ROOT_MODEL_PATH.read_text(encoding="utf-8")).get(
        "trained_on", {}
    )
    return bool(about) and about.get("sha256") == sha256(path.read_bytes()).hexdigest()


def parse_docs(rows: list[Row]) -> list[Doc]:
    """The parse of each PLV row's plain sentence."""
    return list(load_nlp().pipe([r[0] for r in rows]))


def parse_relations(rows: list[Row], docs: list[Doc] | None = None) -> list[Relation]:
    """(trigger, source head, target head) of each PLV row, as the pipeline would see them.

    Args:
        rows: from :func:`read_rows`.
        docs: their parses (from :func:`parse_docs`; parsed here when None).

    Returns:
        One relation per row; a part is None when the parse does not give it.
    """
    docs = parse_docs(rows) if docs is None else docs
    return [
        _relation(sdoc, source, target)
        for (_text, source, target, _root), sdoc in zip(rows, docs, strict=True)
    ]


def score_participants(
    rows: list[Row], docs: list[Doc], relations: list[Relation]
) -> dict[str, Any]:
    """Actors and recipients of our events against each row's source and target.

    The pipeline's extractors (those ``eval events`` runs) are run on each
    sentence alone. The event scored is the one whose trigger is the word the
    root-type figures use (:func:`corroborate.plover.relation_trigger`, found
    from the gold spans); when no event has that trigger, the event whose
    participants match the gold best (an upper bound: it peeks at the gold),
    counted under ``chosen``. Each of our actor spans is compared with the
    source, each recipient span with the target: a row's gold part is found
    (TP) when one of our spans matches it, missed (FN) otherwise, and each of
    our spans that matches nothing is an FP. ``either`` ignores the roles: the
    source and the target are each found when any of our participant spans
    matches it. Two match rules:

    - ``overlap``: our span and the gold text share a content word
      (case-insensitive, stop words and punctuation ignored; an all-capitals
      word is kept);
    - ``head``: our span covers the gold span's head word (stricter).

    Args:
        rows: from :func:`read_rows`.
        docs: their parses.
        relations: from :func:`parse_relations`.

    Returns:
        ``{"sentences", "chosen": {"trigger", "best_match", "none"},
        "overlap": {"actor", "recipient", "either"}, "head": {...}}``, each a prf.
    """
    from .. import extractors as _builtins  # noqa: F401  (registers built-ins)
    from .events import EXTRACTORS

    stages = [get_extractor(name) for name in EXTRACTORS]
    counts = {rule: {role: [0, 0, 0] for role in ("actor", "recipient", "either")}
              for rule in ("overlap", "head")}  # fmt: skip
    chosen: Counter[str] = Counter()
    for row, sdoc, relation in zip(rows, docs, relations, strict=True):
        article = Article(id="plv#1", document_id="plv", text=row[0])
        for stage in stages:
            stage(article, sdoc)
        gold = (row[1], row[2])
        heads = (relation[1], relation[2])
        event, how = _scored_event(article.events, relation[0], row[0], gold, heads)
        chosen[how] += 1
        for rule, by_role in counts.items():
            match = _matcher(rule, row[0], gold, heads)
            actors = event.actors if event else []
            recipients = event.recipients if event else []
            _count_role(by_role["actor"], actors, [0], match)
            _count_role(by_role["recipient"], recipients, [1], match)
            _count_role(by_role["either"], actors + recipients, [0, 1], match)
    return {
        "sentences": len(rows),
        "chosen": {k: chosen.get(k, 0) for k in ("trigger", "best_match", "none")},
        **{rule: {role: prf(*c) for role, c in by_role.items()}
           for rule, by_role in counts.items()},
    }  # fmt: skip


Matcher = Callable[[Span, int], bool]


def _scored_event(
    events: list[Event],
    trigger: Token | None,
    text: str,
    gold: tuple[tuple[int, int], tuple[int, int]],
    heads: tuple[Token | None, Token | None],
) -> tuple[Event | None, str]:
    """The event at the relation's trigger, else the best-matching one."""
    if trigger is not None:
        for event in events:
            if event.trigger and event.trigger.start <= trigger.idx < event.trigger.end:
                return event, "trigger"
    if not events:
        return None, "none"
    match = _matcher("overlap", text, gold, heads)

    def score(event: Event) -> int:
        return any(match(s, 0) for s in event.actors) + any(
            match(s, 1) for s in event.recipients
        )

    return max(events, key=score), "best_match"  # first of the best


def _matcher(
    rule: str,
    text: str,
    gold: tuple[tuple[int, int], tuple[int, int]],
    heads: tuple[Token | None, Token | None],
) -> Matcher:
    """Whether one of our spans matches gold part ``which`` (0 source, 1 target)."""
    if rule == "head":

        def by_head(span: Span, which: int) -> bool:
            head = heads[which]
            return head is not None and span.start <= head.idx < span.end

        return by_head
    words = [_content_words(text[a:b]) for a, b in gold]

    def by_overlap(span: Span, which: int) -> bool:
        return bool(_content_words(text[span.start : span.end]) & words[which])

    return by_overlap


def _content_words(text: str) -> set[str]:
    """Lower-cased words of a text, without stop words (an all-capitals word such
    as "US" or "IT" is an abbreviation, not the stop word)."""
    return {w.lower() for w in _WORD_RE.findall(text)
            if w.isupper() or w.lower() not in STOP_WORDS}  # fmt: skip


def _count_role(
    counts: list[int], spans: list[Span], parts: list[int], match: Matcher
) -> None:
    """Add one row's TP/FP/FN for a role: gold parts found or missed, spans unmatched."""
    for part in parts:
        if any(match(s, part) for s in spans):
            counts[0] += 1
        else:
            counts[2] += 1
    counts[1] += sum(not any(match(s, p) for p in parts) for s in spans)


def _relation(sdoc: Doc, source: tuple[int, int], target: tuple[int, int]) -> Relation:
    """Heads of the marked spans and the trigger word relating them."""
    s_head, t_head = span_head(sdoc, *source), span_head(sdoc, *target)
    if s_head is None or t_head is None:
        return None, s_head, t_head
    return relation_trigger(s_head, t_head), s_head, t_head


def _lexicon_root(relation: Relation) -> str | None:
    """The trigger lexicon's root of a relation's trigger (None when it has none)."""
    return token_root(relation[0]) if relation[0] is not None else None


def _pipeline_root(model: RootClassifier, relation: Relation) -> str:
    """The root ``events.plover.v1`` would give: the model when it applies and is
    confident, else the lexicon."""
    root = _lexicon_root(relation)
    if model_applies(*relation, phrases=model.phrases):
        root, _prob = type_root(relation_features(*relation), root, model=model)
    return EVAL_ROOTS.get(root, root) if root else FALLBACK_ROOT


def source_folds(rows: list[Row], k: int) -> list[int]:
    """Folds that hold out whole source actors: every sentence whose marked
    source reads the same (case, articles and possessives folded) lies in one
    fold, so a fold's model has never seen that actor act. Actors go largest
    first to the fold with fewest sentences so far (ties: the lower fold)."""
    keys = [_actor_key(text[start:end]) for text, (start, end), _, _ in rows]
    sizes: dict[str, int] = {}
    for key in keys:
        sizes[key] = sizes.get(key, 0) + 1
    load = [0] * k
    fold_of: dict[str, int] = {}
    for key in sorted(sizes, key=lambda a: (-sizes[a], a)):
        fold = min(range(k), key=lambda f: (load[f], f))
        fold_of[key] = fold
        load[fold] += sizes[key]
    return [fold_of[key] for key in keys]


def _actor_key(text: str) -> str:
    words = _WORD_RE.findall(text.lower().replace("'s", ""))
    return " ".join(w for w in words if w not in ("the", "a", "an"))


def _cross_validate(
    relations: list[Relation], feats: list[list[str]], gold: list[str], folds: list[int]
) -> tuple[list[str], list[str], list[list[float | bool]]]:
    """Out-of-fold predictions (model argmax; pipeline rule) and each fold's
    settings, over the given fold of each row."""
    learned, combined = [""] * len(gold), [""] * len(gold)
    chosen = []
    for fold in range(CV_FOLDS):
        train = [i for i, f in enumerate(folds) if f != fold]
        test = [i for i, f in enumerate(folds) if f == fold]
        train_feats, train_gold = [feats[i] for i in train], [gold[i] for i in train]
        settings = tune_settings(
            train_feats, train_gold, [_lexicon_root(relations[i]) for i in train],
            [lexicon_phrase(relations[i][0]) for i in train], seed=CV_SEED,
        )  # fmt: skip
        chosen.append(list(settings))
        model = RootClassifier(**settings._asdict()).fit(train_feats, train_gold)
        for i, label in zip(test, model.predict([feats[i] for i in test]), strict=True):
            learned[i] = label
            combined[i] = _pipeline_root(model, relations[i])
    return learned, combined, chosen


def read_rows(path: Path) -> list[Row]:
    """(plain sentence, source span, target span, gold root) per PLV row.

    Args:
        path: a PLV TSV with ``marked_sentence`` and ``gold_root`` columns.

    Returns:
        The rows whose sentence marks both a source and a target.
    """
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


def predict_root(
    trigger: Token | None, source: Token | None, target: Token | None
) -> str:
    """PLOVER root of a relation from the trigger lexicon alone (the baseline).

    Args:
        trigger: the relation's trigger word (:func:`corroborate.plover.relation_trigger`).
        source: head of the source actor.
        target: head of the target.

    Returns:
        A root type (``FALLBACK_ROOT`` when no trigger word is found).
    """
    del source, target  # the trigger was found from them
    found = token_root(trigger) if trigger is not None else None
    return EVAL_ROOTS.get(found, found) if found else FALLBACK_ROOT


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
