"""A learned attribution-cue classifier: is this word the cue of a reported claim?

A binary logistic regression over generic parse features of a candidate
word (its lemma, part of speech, dependency label, which complements it
has, what kind of subject it has, whether it stands in a quotation ...).
The rules in ``extractors/claims.py`` find the common reporting verbs; the
model adds the long tail ("is committed to", "took aim at", "criticism of",
"were wary of"). Weights in ``data/attribution/cue_model.json`` are rebuilt
by ``scripts/train_attribution.py`` (PolNeAR train split).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .syntax import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

MODEL_PATH = Path(__file__).parent / "data" / "attribution" / "cue_model.json"
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "acl", "attr", "acomp",
                             "advcl", "agent", "nsubj", "nsubjpass", "poss", "mark",
                             "aux", "auxpass", "neg", "prt", "relcl"})  # fmt: skip
PRONOUN_WORDS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who"})
QUOTE_CHARS = '"“”'
MIN_FEATURE_COUNT = 3
WEIGHT_DECIMALS = 4


def is_candidate(token: Token) -> bool:
    """Content words that may head a cue: verbs, nouns and adjectives."""
    return token.pos_ in CANDIDATE_POS and token.is_alpha


def _word(token: Token, text: str) -> str:
    """A word as a feature: names and numbers only as their type, never spelled."""
    if token.ent_type_:
        return token.ent_type_
    if token.pos_ in ("PROPN", "NUM"):
        return token.pos_
    if token.text[:1].isupper() and not token.is_sent_start:
        return "PROPN"  # a capitalised word inside a sentence the tagger missed
    return text


def cue_features(token: Token) -> list[str]:
    """Generic feature strings of a candidate cue word (no sentence text, no names)."""
    lemma = _word(token, token.lemma_.lower())
    head_word = _word(token.head, token.head.lemma_.lower())
    feats = [f"l:{lemma}", f"p:{token.tag_}", f"d:{token.dep_}", f"ld:{lemma}_{token.dep_}",
             f"h:{head_word}", f"hp:{token.head.pos_}_{token.dep_}"]  # fmt: skip
    for child in token.children:
        if child.dep_ not in COMPLEMENT_DEPS:
            continue
        feats += [f"c:{child.dep_}", f"lc:{lemma}_{child.dep_}"]
        if child.dep_ in ("prep", "mark", "prt", "agent", "aux", "neg"):
            word = _word(child, child.lower_)
            feats += [f"cw:{child.dep_}_{word}", f"lcw:{lemma}_{word}"]
        if child.dep_ in ("nsubj", "nsubjpass", "poss"):
            feats.append(f"s:{child.dep_}_{_kind(child)}")
        if child.dep_ in ("ccomp", "xcomp"):
            marks = [m.lower_ for m in child.children if m.dep_ in ("mark", "aux")]
            feats += [f"cm:{child.dep_}_{m}" for m in marks[:2]]
    if token.head.i != token.i and token.dep_ in ("acomp", "dobj", "pobj", "attr"):
        head = token.head
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None)  # fmt: skip
        if subject is not None:
            feats.append(f"hs:{_kind(subject)}")
    if _in_quotes(token):
        feats.append("inq")
    if token.i > 0:
        feats.append(f"prev:{_word(token.nbor(-1), token.nbor(-1).lower_)}")
    else:
        feats.append("prev:^")
    if token.i + 1 < len(token.doc):
        feats.append(f"next:{_word(token.nbor(1), token.nbor(1).lower_)}")
    return feats


def _kind(token: Token) -> str:
    """The kind of a subject: pronoun, named entity type, or its part of speech."""
    if token.lower_ in PRONOUN_WORDS:
        return token.lower_
    if token.ent_type_:
        return token.ent_type_
    return token.pos_


def _in_quotes(token: Token) -> bool:
    """Whether an odd number of quotation marks precede the token in its paragraph."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    return sum(text.count(q, start, token.idx) for q in QUOTE_CHARS) % 2 == 1


class CueModel:
    """Binary logistic regression over feature strings (scipy to train, none to predict)."""

    def __init__(
        self, *, l2: float = 1e-4, threshold: float = 0.5, drop_below: float = 0.0
    ) -> None:
        self.l2, self.threshold, self.drop_below = l2, threshold, drop_below
        self.weights: dict[str, float] = {}
        self.bias = 0.0

    def fit(self, rows: list[list[str]], labels: list[int]) -> CueModel:
        """Learn weights: mean log loss plus ``l2 / 2`` times the squared weights."""
        import numpy as np
        from scipy.optimize import minimize
        from scipy.sparse import csr_matrix

        counts: dict[str, int] = {}
        for row in rows:
            for f in set(row):
                counts[f] = counts.get(f, 0) + 1
        names = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
        index = {f: i for i, f in enumerate(names)}
        cols = [[index[f] for f in set(row) if f in index] for row in rows]
        indptr = np.cumsum([0] + [len(c) for c in cols])
        x = csr_matrix((np.ones(int(indptr[-1])), np.concatenate(
            [np.array(c, dtype=int) for c in cols]) if cols else [], indptr),
            shape=(len(rows), len(names)))  # fmt: skip
        y = np.array(labels, dtype=float)
        n = len(rows)

        def loss(theta: Any) -> tuple[float, Any]:
            w, b = theta[:-1], theta[-1]
            z = x @ w + b
            p = 1.0 / (1.0 + np.exp(-z))
            eps = 1e-12
            value = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
            diff = (p - y) / n
            grad = np.append(x.T @ diff + self.l2 * w, diff.sum())
            return float(value + 0.5 * self.l2 * float(w @ w)), grad

        result = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B",
                          options={"maxiter": 500})  # fmt: skip
        self.weights = {f: float(result.x[i]) for f, i in index.items()
                        if abs(result.x[i]) >= 10**-WEIGHT_DECIMALS}  # fmt: skip
        self.bias = float(result.x[-1])
        return self

    def probability(self, feats: list[str]) -> float:
        """P(cue) for one candidate's features."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def token_probability(self, token: Token) -> float:
        """P(cue) for a candidate word."""
        return self.probability(cue_features(token))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready weights."""
        return {"l2": self.l2, "threshold": self.threshold,
                "drop_below": self.drop_below, "bias": round(self.bias, 6),
                "weights": {f: round(w, WEIGHT_DECIMALS)
                            for f, w in sorted(self.weights.items())}}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CueModel:
        """Rebuild a model from :meth:`to_dict` output."""
        model = cls(l2=float(data["l2"]), threshold=float(data["threshold"]),
                    drop_below=float(data.get("drop_below", 0.0)))  # fmt: skip
        model.bias = float(data["bias"])
        model.weights = {str(f): float(w) for f, w in data["weights"].items()}
        return model


@lru_cache(maxsize=1)
def load_cue_model(path: Path = MODEL_PATH) -> CueModel | None:
    """The shipped model, or None when its weights are not installed."""
    if not path.exists():
        return None
    return CueModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
