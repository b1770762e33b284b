"""The learned root typing of events (issue #5): parse features of a trigger and
its participants, a logistic-regression classifier over them, its training
helpers (folds, settings) and when it may overrule the lexicon."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .vocabulary import PARTICLE_LEXICON, lookup_trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ROOT_MODEL_PATH = (
    Path(__file__).resolve().parents[1] / "data" / "plover" / "root_model.json"
)
MIN_FEATURE_COUNT = 2  # features seen in fewer training relations are dropped (noise)
L2_GRID: tuple[float, ...] = (3e-4, 1e-3, 3e-3, 1e-2)
"""Candidate L2 strengths (per-example loss scale); picked by inner CV, never on test folds."""
MAX_ITERATIONS = 400  # L-BFGS iterations; the loss is flat well before this
TARGET_WINDOW_TOKENS = (
    4  # words just before the target ("called on", "sanctions against")
)
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ"})
CHILD_DEPS = frozenset(
    {"prt", "prep", "dobj", "xcomp", "acomp", "attr", "dative", "agent"}
)
PRUNED_DEPS = frozenset({"conj", "parataxis", "advcl", "cc"})
"""Branches of an event's clause left out of its words unless they hold a participant
(:func:`relation_context`)."""
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "pobj", "dobj", "acl",
                           "relcl", "nsubj", "nsubjpass", "attr"})  # fmt: skip
MODAL_WORDS = frozenset({"will", "would", "could", "may", "might", "should", "can",
                         "must", "shall", "'ll", "wo"})  # fmt: skip
OPAQUE_POS = frozenset({"PROPN", "NUM", "X", "SYM", "PUNCT", "SPACE"})
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT",
                       "WORK_OF_ART", "LAW", "LANGUAGE"})  # fmt: skip
"""Tokens of these parts of speech or entity types are shown by that tag, never by
their text, so no name or number reaches the stored weights."""


def word(token: Token) -> str:
    """A token as a feature: its lower-cased lemma, or its tag for names and numbers."""
    if token.ent_type_ in NAME_ENTS:
        return token.ent_type_
    if (
        token.pos_ in OPAQUE_POS
        or token.like_num
        or not token.lemma_.strip()
        or any(c.isdigit() for c in token.text)
    ):
        return token.pos_
    return token.lemma_.lower()


def span_head(sdoc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of a character span (None when it covers no token).

    Args:
        sdoc: the parsed text.
        start: first character of the span.
        end: character after the span.

    Returns:
        The span's root token, or None.
    """
    chars = sdoc.char_span(start, end, alignment_mode="expand")
    return chars.root if chars is not None and len(chars) else None


def dependency_path(a: Token, b: Token) -> list[Token]:
    """Tokens strictly between a and b on the dependency tree, b's side first.

    Args:
        a: the source token.
        b: the target token.

    Returns:
        The tokens from b up to the common ancestor and down to a, ends excluded
        (empty when they are in different sentences).
    """
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_b if t in up_a), None)
    if common is None:
        return []
    b_side = up_b[1 : up_b.index(common)]
    a_side = up_a[1 : up_a.index(common)]
    return [t for t in (*b_side, common, *reversed(a_side)) if t.i not in (a.i, b.i)]


def token_root(token: Token) -> str | None:
    """The lexicon root of one token (a verb with its particle/object, or a noun).

    Args:
        token: any token.

    Returns:
        A PLOVER root, or None when the token is not a lexicon trigger.
    """
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


def relation_trigger(source: Token, target: Token) -> Token | None:
    """The word that relates a source to a target: the first lexicon trigger on their
    dependency path (target side first), else the nearest to the target in the
    sentence, else the verb where their paths meet.

    Args:
        source: head of the source actor.
        target: head of the target.

    Returns:
        The trigger token, or None when nothing relates them.
    """
    path = dependency_path(source, target)
    sentence = [t for t in target.sent if t.pos_ in ("VERB", "NOUN")]
    nearby = sorted(sentence, key=lambda t: abs(t.i - target.i))
    for token in (*path, *nearby):
        if token.i not in (source.i, target.i) and token_root(token) is not None:
            return token
    verbs = [t for t in path if t.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else (path[-1] if path else None)


def relation_features(
    trigger: Token | None, source: Token | None, target: Token | None
) -> list[str]:
    """Features of one event: trigger, its modifiers, the source-target path, its clause.

    The same function serves training (PLV relations, trigger found by
    :func:`relation_trigger`) and the pipeline (trigger, first actor and first
    recipient of an event). Names and numbers appear only as their POS.

    Args:
        trigger: the event's trigger word.
        source: head of the actor, if known.
        target: head of the recipient, if known.

    Returns:
        Feature strings for :class:`RootClassifier`.
    """
    anchor = trigger or target or source
    if anchor is None:
        return []
    feats: list[str] = []
    if trigger is not None:
        feats += _trigger_features(trigger)
    if source is not None and target is not None:
        path = dependency_path(source, target)
        feats += [f"p:{word(t)}" for t in path if t.pos_ in CONTENT_POS]
        feats += [f"pr:{r}" for r in map(token_root, path) if r]
        feats.append(f"plen:{min(len(path), 4)}")
    if target is not None:
        feats += [f"td:{target.dep_}", f"tp:{word(target.head)}_{target.dep_}",
                  f"te:{target.ent_type_ or word(target)}"]  # fmt: skip
        window = target.doc[
            max(0, target.left_edge.i - TARGET_WINDOW_TOKENS) : target.left_edge.i
        ]
        feats += [f"win:{word(t)}" for t in window
                  if t.pos_ in ("VERB", "NOUN", "ADP", "ADJ")]  # fmt: skip
    if source is not None:
        feats += [f"sd:{source.dep_}", f"sh:{word(source.head)}",
                  f"se:{source.ent_type_ or word(source)}"]  # fmt: skip
    feats += [f"w:{word(t)}" for t in relation_context(trigger, source, target)
              if t.pos_ in ("VERB", "NOUN")]  # fmt: skip
    return feats


def relation_context(
    trigger: Token | None, source: Token | None, target: Token | None
) -> list[Token]:
    """The words of one event's clause, not of the whole sentence.

    The clause is headed by the verb at or above the lowest common ancestor
    of trigger, source and target; a coordinated, paratactic or adverbial
    branch (``PRUNED_DEPS``) that holds none of the three is left out, so two
    events of one sentence ("X attacked Y and Z met W") get different words.

    Args:
        trigger: the event's trigger word.
        source: head of the actor, if known.
        target: head of the recipient, if known.

    Returns:
        The clause's tokens (empty when all three are None).
    """
    anchors = [t for t in (trigger, source, target) if t is not None]
    if not anchors:
        return []
    chains = [[t, *t.ancestors] for t in anchors]
    common = next((t for t in chains[0] if all(t in c for c in chains[1:])), None)
    on_chains = {t.i for chain in chains for t in chain}
    words: list[Token] = []
    todo = [_clause(common if common is not None else anchors[0])]
    while todo:
        token = todo.pop()
        words.append(token)
        todo += [c for c in token.children if c.dep_ not in PRUNED_DEPS
                 or any(t.i in on_chains for t in c.subtree)]  # fmt: skip
    return sorted(words, key=lambda t: t.i)


def _clause(token: Token) -> Token:
    """The verb heading the token's clause: the token's own verb, or the nearest verb
    above it (the token itself when no verb is above it)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else token


def _trigger_features(trigger: Token) -> list[str]:
    """The trigger's lemma, lexicon vote, particles/objects, negation, modality, governor."""
    lemma = word(trigger)
    lex = token_root(trigger)
    feats = [f"t:{lemma}", f"tpos:{trigger.pos_}", f"lex:{lex}",
             f"tdep:{trigger.dep_}"]  # fmt: skip
    for child in trigger.children:
        if child.dep_ in CHILD_DEPS:
            feats += [f"tc:{lemma}_{child.dep_}_{word(child)}",
                      f"cd:{child.dep_}_{word(child)}"]  # fmt: skip
        elif child.dep_ == "neg":
            feats += ["neg", f"neg:{lex}"]
        elif child.dep_ in ("aux", "auxpass") and child.lower_ in MODAL_WORDS:
            feats.append(f"aux:{child.lower_}")
    if trigger.dep_ in GOVERNED_DEPS and trigger.head.i != trigger.i:
        gov = trigger.head
        feats += [f"gov:{word(gov)}", f"govd:{trigger.dep_}_{word(gov)}"]
        if any(c.dep_ == "neg" for c in gov.children):
            feats.append("govneg")
        gov_lex = token_root(gov)
        if gov_lex:
            feats.append(f"govlex:{gov_lex}")
    return feats


class RootClassifier:
    """Multinomial logistic regression over binary string features.

    Trained with L-BFGS (scipy, imported only to train); prediction needs numpy
    alone. The weights shipped in ``data/plover`` are rebuilt by
    ``scripts/train_plover.py``.
    """

    def __init__(
        self, *, l2: float = 1e-3, min_prob: float = 0.5, phrases: bool = True
    ) -> None:
        self.l2, self.min_prob = l2, min_prob
        self.phrases = phrases  # lexicon phrases ("hand over") take precedence
        self.features: dict[str, int] = {}
        self.labels: list[str] = []
        self.weights: Any = None  # (features, labels)
        self.bias: Any = None  # (labels,)

    def fit(self, rows: list[list[str]], labels: list[str]) -> RootClassifier:
        """Learn weights from feature lists and their labels.

        Minimises mean cross-entropy plus ``l2 / 2`` times the squared weights
        (the bias is not penalised).

        Args:
            rows: one list of feature strings per example.
            labels: one root per example.

        Returns:
            self, trained.
        """
        import numpy as np
        from scipy.optimize import minimize

        counts = Counter(f for row in rows for f in set(row))
        kept = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
        self.features = {f: i for i, f in enumerate(kept)}
        self.labels = sorted(set(labels))
        x = self._matrix(rows)
        n, d, k = x.shape[0], x.shape[1], len(self.labels)
        y = np.zeros((n, k))
        y[np.arange(n), [self.labels.index(label) for label in labels]] = 1.0

        def loss(theta: Any) -> tuple[float, Any]:
            w, b = theta[: d * k].reshape(d, k), theta[d * k :]
            z = x @ w + b
            z -= z.max(axis=1, keepdims=True)
            log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            diff = (np.exp(log_p) - y) / n
            value = -(y * log_p).sum() / n + 0.5 * self.l2 * float((w * w).sum())
            grad_w = x.T @ diff + self.l2 * w
            return value, np.concatenate([np.ravel(grad_w), diff.sum(axis=0)])

        result = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                          options={"maxiter": MAX_ITERATIONS})  # fmt: skip
        self.weights = result.x[: d * k].reshape(d, k)
        self.bias = result.x[d * k :]
        return self

    def predict_proba(self, rows: list[list[str]]) -> Any:
        """Probability of each label (columns in ``self.labels`` order) per example.

        Args:
            rows: one list of feature strings per example.

        Returns:
            A numpy array of shape (examples, labels).
        """
        import numpy as np

        z = self._matrix(rows) @ self.weights + self.bias
        z = np.asarray(z) - np.max(z, axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, rows: list[list[str]]) -> list[str]:
        """The most probable root per example.

        Args:
            rows: one list of feature strings per example.

        Returns:
            One root per example.
        """
        return [self.labels[i] for i in self.predict_proba(rows).argmax(axis=1)]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready weights: labels, feature names, bias and one weight row per feature."""
        return {
            "labels": self.labels,
            "l2": self.l2,
            "min_prob": self.min_prob,
            "phrases": self.phrases,
            "bias": [round(float(v), WEIGHT_DECIMALS) for v in self.bias],
            "weights": {
                f: [round(float(v), WEIGHT_DECIMALS) for v in self.weights[i]]
                for f, i in self.features.items()
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RootClassifier:
        """Rebuild a classifier from :meth:`to_dict` output.

        Args:
            data: the stored weights.

        Returns:
            A classifier ready to predict.
        """
        import numpy as np

        model = cls(l2=float(data["l2"]), min_prob=float(data["min_prob"]),
                    phrases=bool(data.get("phrases", True)))  # fmt: skip
        model.labels = list(data["labels"])
        rows = data["weights"]
        model.features = {f: i for i, f in enumerate(rows)}
        model.weights = np.array(list(rows.values()), dtype=float).reshape(
            len(rows), len(model.labels)
        )
        model.bias = np.array(data["bias"], dtype=float)
        return model

    def _matrix(self, rows: list[list[str]]) -> Any:
        """Sparse binary feature matrix (examples x features)."""
        from scipy.sparse import csr_matrix

        indices: list[int] = []
        indptr = [0]
        for row in rows:
            cols = sorted({self.features[f] for f in row if f in self.features})
            indices += cols
            indptr.append(len(indices))
        data = [1.0] * len(indices)
        return csr_matrix(
            (data, indices, indptr), shape=(len(rows), len(self.features))
        )


COARSE_ROOTS: dict[str, str] = {"RETREAT": "CONCEDE"}
"""The model's labels follow the 15-root PLOVER release (PLV), where RETREAT is under
YIELD (= CONCEDE); the lexicon's finer RETREAT is kept when the model says CONCEDE."""
MIN_PROB_GRID: tuple[float, ...] = (0.0, 0.2, 0.3, 0.4, 0.5)
"""Candidate fallback thresholds: below the chosen one the lexicon's root is kept.
Picked by inner CV with the L2 strength (:func:`tune_settings`); stored with the weights."""
WEIGHT_DECIMALS = 4  # stored weights are rounded; predictions do not change measurably


def stratified_folds(labels: list[str], k: int, *, seed: int = 0) -> list[int]:
    """Assign each example to one of ``k`` folds, each label spread evenly (seeded shuffle).

    Args:
        labels: one label per example.
        k: number of folds.
        seed: shuffle seed.

    Returns:
        The fold number of each example.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    folds = [0] * len(labels)
    for label in sorted(set(labels)):
        members = [i for i, g in enumerate(labels) if g == label]
        start = int(rng.integers(k))
        for rank, i in enumerate(rng.permutation(members)):
            folds[int(i)] = (start + rank) % k
    return folds


class Settings(NamedTuple):
    """What the inner cross-validation chooses besides the weights."""

    l2: float  # L2 strength, from ``L2_GRID``
    min_prob: float  # fallback threshold, from ``MIN_PROB_GRID``
    phrases: bool  # whether lexicon phrases ("hand over") override the model


def tune_settings(
    rows: list[list[str]],
    labels: list[str],
    lexicon_roots: list[str | None],
    phrases: list[bool] | None = None,
    *,
    folds: int = 3,
    seed: int = 0,
) -> Settings:
    """L2 strength, fallback threshold and phrase precedence chosen by inner CV.

    The L2 strength from ``L2_GRID`` with the best out-of-fold accuracy; then,
    on those same out-of-fold probabilities, the pair (phrase precedence,
    ``MIN_PROB_GRID`` threshold) whose pipeline decision is most often right:
    with phrase precedence a relation whose trigger is a lexicon phrase
    (:func:`lexicon_phrase`) keeps the lexicon's root, otherwise
    :func:`decide_root` decides. Ties go to more lexicon (precedence on, the
    higher threshold).

    Args:
        rows: training features (never the examples being scored).
        labels: their roots.
        lexicon_roots: the trigger lexicon's root for each example.
        phrases: whether each example's trigger is a lexicon phrase (default: none is).
        folds: inner folds.
        seed: fold seed.

    Returns:
        The chosen :class:`Settings`.
    """
    import numpy as np

    names = sorted(set(labels))
    gold = np.array([names.index(label) for label in labels])
    best_probs: Any = None
    best_l2, best_correct = L2_GRID[0], -1
    for l2 in L2_GRID:
        probs = _out_of_fold(rows, labels, l2, folds=folds, seed=seed)
        correct = int((probs.argmax(axis=1) == gold).sum())
        if correct > best_correct:
            best_l2, best_correct, best_probs = l2, correct, probs
    flags = phrases or [False] * len(labels)
    best = Settings(best_l2, MIN_PROB_GRID[0], False)
    best_right = -1
    for use_phrases in (False, True):
        for min_prob in MIN_PROB_GRID:
            right = 0
            for probs_row, label, lexicon, phrase in zip(
                best_probs, labels, lexicon_roots, flags, strict=True
            ):
                if use_phrases and phrase and lexicon is not None:
                    root: str | None = lexicon
                else:
                    root, _ = decide_root(probs_row, names, lexicon, min_prob)
                right += COARSE_ROOTS.get(root or "", root) == label
            if right >= best_right:
                best, best_right = Settings(best_l2, min_prob, use_phrases), right
    return best


def _out_of_fold(
    rows: list[list[str]], labels: list[str], l2: float, *, folds: int, seed: int
) -> Any:
    """Out-of-fold probabilities (examples x sorted labels) of ``folds``-fold CV."""
    import numpy as np

    assign = stratified_folds(labels, folds, seed=seed)
    names = sorted(set(labels))
    probs = np.zeros((len(labels), len(names)))
    for fold in range(folds):
        train = [i for i, f in enumerate(assign) if f != fold]
        test = [i for i, f in enumerate(assign) if f == fold]
        model = RootClassifier(l2=l2).fit(
            [rows[i] for i in train], [labels[i] for i in train]
        )
        cols = [names.index(label) for label in model.labels]
        probs[np.ix_(test, cols)] = model.predict_proba([rows[i] for i in test])
    return probs


@lru_cache(maxsize=1)
def load_root_model(path: Path = ROOT_MODEL_PATH) -> RootClassifier | None:
    """The shipped root classifier (None when its weights are not installed).

    Args:
        path: the weights file written by ``scripts/train_plover.py``.

    Returns:
        The classifier, or None.
    """
    if not path.is_file():
        return None
    return RootClassifier.from_dict(json.loads(path.read_text(encoding="utf-8")))


def model_applies(
    trigger: Token | None,
    source: Token | None,
    target: Token | None,
    *,
    phrases: bool = True,
) -> bool:
    """True when an event has the shape the classifier was trained on.

    PLV relations always have a source and a target; an event missing either
    keeps the lexicon's root. With ``phrases``, so does a trigger that is a
    phrase entry of the lexicon ("launch a raid", "hand over"): whether
    phrases take precedence is chosen by inner CV (:func:`tune_settings`) and
    stored with the weights (``RootClassifier.phrases``).

    Args:
        trigger: the event's trigger word.
        source: head of the actor, if known.
        target: head of the recipient, if known.
        phrases: let lexicon phrases keep the lexicon's root.

    Returns:
        Whether to ask the classifier.
    """
    if source is None or target is None:
        return False
    return not (phrases and lexicon_phrase(trigger))


def lexicon_phrase(trigger: Token | None) -> bool:
    """True when a verb trigger with one of its particles or objects is a lexicon phrase.

    Args:
        trigger: the event's trigger word.

    Returns:
        Whether ``PARTICLE_LEXICON`` has the verb with one of its children.
    """
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    lemma = trigger.lemma_.lower()
    return any(
        (lemma, c.lemma_.lower()) in PARTICLE_LEXICON
        for c in trigger.children
        if c.dep_ in ("prt", "dobj", "prep", "acomp", "ccomp", "oprd")
    )


def type_root(
    feats: list[str], lexicon_root: str | None, *, model: RootClassifier | None = None
) -> tuple[str | None, float | None]:
    """The root of one event: the model's when confident, else the lexicon's.

    Args:
        feats: the event's :func:`relation_features`.
        lexicon_root: the trigger lexicon's root (None when the lexicon has none).
        model: a classifier (default: the shipped one).

    Returns:
        ``(root, probability)``: the probability the model gives that root
        (None when no model is installed or there are no features).
    """
    model = model or load_root_model()
    if model is None or not feats:
        return lexicon_root, None
    probs = model.predict_proba([feats])[0]
    return decide_root(probs, model.labels, lexicon_root, model.min_prob)


def decide_root(
    probs: Any, labels: list[str], lexicon_root: str | None, min_prob: float
) -> tuple[str | None, float]:
    """The model's root when its probability reaches ``min_prob``, else the lexicon's.

    Args:
        probs: the model's probability per label.
        labels: the labels, in ``probs`` order.
        lexicon_root: the trigger lexicon's root (None when it has none).
        min_prob: the fallback threshold.

    Returns:
        ``(root, probability the model gives it)``.
    """
    best = int(probs.argmax())
    label, prob = labels[best], float(probs[best])
    coarse = COARSE_ROOTS.get(lexicon_root or "", lexicon_root)
    if lexicon_root is not None and coarse == label:
        return lexicon_root, prob  # agreement: keep the finer root (RETREAT)
    if prob >= min_prob or lexicon_root is None:
        return label, prob
    lexicon_prob = float(probs[labels.index(coarse)]) if coarse in labels else 0.0
    return lexicon_root, lexicon_prob
