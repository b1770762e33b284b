"""attribution_model: the learned cue classifier and the claims it adds."""

from __future__ import annotations

import json

import pytest

from corroborate.attribution_model import (
    MODEL_PATH,
    CueModel,
    cue_features,
    is_candidate,
    load_cue_model,
)
from corroborate.extractors.claims import extract_claims
from corroborate.nlp import load_nlp
from corroborate.records import Article


class _Lexicon(CueModel):
    """A stand-in model: words with these lemmas are cues, no other word."""

    def __init__(self, lemmas: set[str]) -> None:
        super().__init__(threshold=0.5)
        self.lemmas = lemmas

    def token_probability(self, token):  # type: ignore[no-untyped-def]
        return 1.0 if token.lemma_.lower() in self.lemmas else 0.0


def _claims(text: str, model: CueModel | None) -> list[dict[str, object]]:
    article = Article(id="t#1", document_id="t", text=text)
    extract_claims(article, load_nlp()(text), model)
    return [{"source": article.span_text(c.source) if c.source else None,
             "cue": article.span_text(c.cue), "content": article.span_text(c.content),
             "stance": c.stance} for c in article.claims]  # fmt: skip


def test_fit_separates_and_round_trips() -> None:
    rows = [["l:say", "c:ccomp"]] * 20 + [["l:table", "d:dobj"]] * 20
    labels = [1] * 20 + [0] * 20
    model = CueModel(l2=1e-3).fit(rows, labels)
    assert model.probability(["l:say", "c:ccomp"]) > 0.9
    assert model.probability(["l:table", "d:dobj"]) < 0.1
    again = CueModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.probability(["l:say"]) == pytest.approx(
        model.probability(["l:say"]), abs=1e-3
    )


def test_features_are_generic() -> None:
    doc = load_nlp()("The senator voiced strong criticism of the plan.")
    token = next(t for t in doc if t.lower_ == "criticism")
    assert is_candidate(token)
    feats = cue_features(token)
    assert "l:criticism" in feats and "d:dobj" in feats
    assert all(" " not in f for f in feats)


def test_features_never_spell_names_or_numbers() -> None:
    doc = load_nlp()("Senator Maria Kowalski said 40 people criticised Ottawa.")
    feats = [f for token in doc if is_candidate(token) for f in cue_features(token)]
    assert feats
    spelled = {"maria", "kowalski", "ottawa", "40"}
    assert not [f for f in feats if spelled & set(f.split(":", 1)[1].split("_"))]


def test_shipped_weights_spell_no_names() -> None:
    weights = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["weights"]
    # names of the training data's most-quoted people must not be features
    assert not [
        f for f in weights if f.split(":", 1)[-1] in {"obama", "clinton", "comey"}
    ]


def test_noun_cue_takes_the_verbs_subject_and_its_object() -> None:
    claims = _claims(
        "The senator voiced criticism of the trade deal.", _Lexicon({"criticism"})
    )
    assert {"source": "The senator", "cue": "criticism", "content": "the trade deal",
            "stance": "opposes"} in claims  # fmt: skip


def test_adjective_cue_with_copula() -> None:
    claims = _claims("Local farmers were wary of the new rules.", _Lexicon({"wary"}))
    assert {"source": "Local farmers", "cue": "were wary", "content": "the new rules",
            "stance": "opposes"} in claims  # fmt: skip


def test_possessor_is_the_source_of_a_noun_cue() -> None:
    claims = _claims(
        "Smith's support for the bill surprised nobody.", _Lexicon({"support"})
    )
    assert claims[0]["source"] == "Smith" and claims[0]["content"] == "the bill"
    assert claims[0]["stance"] == "supports"


def test_low_scored_rule_cue_is_dropped() -> None:
    text = "The ministry said that the talks had failed."
    model = _Lexicon(set())
    model.drop_below = 0.5
    assert _claims(text, model) == []
    assert _claims(text, None)[0]["cue"] == "said"


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="cue model weights not built")
def test_shipped_model_keeps_plain_reporting() -> None:
    model = load_cue_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    claims = _claims(
        "The minister said on Monday that the border would stay closed.", model
    )
    assert [c["source"] for c in claims] == ["The minister"]
