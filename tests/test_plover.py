"""corroborate.plover: relation features, the root classifier, folds, the shipped weights."""

from __future__ import annotations

import pytest

from corroborate.nlp import load_nlp
from corroborate.plover import (
    ROOT_MODEL_PATH,
    RootClassifier,
    decide_root,
    lexicon_phrase,
    load_root_model,
    model_applies,
    relation_context,
    relation_features,
    relation_trigger,
    span_head,
    stratified_folds,
    tune_settings,
)


def _relation(text: str, source: str, target: str):
    sdoc = load_nlp()(text)
    s = text.index(source)
    t = text.index(target)
    s_head = span_head(sdoc, s, s + len(source))
    t_head = span_head(sdoc, t, t + len(target))
    return relation_trigger(s_head, t_head), s_head, t_head


@pytest.mark.parametrize(
    ("text", "source", "target", "trigger"),
    [("The ministry condemned the decision by the court.", "The ministry",
      "the decision", "condemned")],
)  # fmt: skip
def test_plover_relation_trigger_and_features(text, source, target, trigger):
    rel = _relation(text, source, target)
    assert rel[0] is not None and rel[0].text == trigger
    feats = relation_features(*rel)
    assert "t:condemn" in feats and "lex:ACCUSE" in feats


@pytest.mark.parametrize("text", ["Paris fined 12 companies in 2019."])
def test_plover_features_hide_names_and_numbers(text):
    sdoc = load_nlp()(text)
    feats = relation_features(sdoc[1], sdoc[0], sdoc[3])
    assert not any("paris" in f or "12" in f or "2019" in f for f in feats)


@pytest.mark.parametrize("k", [3, 5])
def test_plover_stratified_folds_spread_each_label(k):
    labels = ["A"] * 10 + ["B"] * 7
    folds = stratified_folds(labels, k, seed=0)
    assert folds == stratified_folds(labels, k, seed=0)
    for label in "AB":
        counts = [sum(1 for f, g in zip(folds, labels, strict=True) if f == i and g == label)
                  for i in range(k)]  # fmt: skip
        assert max(counts) - min(counts) <= 1


@pytest.mark.parametrize("l2", [1e-3])
def test_plover_classifier_learns_and_round_trips(l2):
    rows = [["t:hit", "x"], ["t:hit"], ["t:meet", "x"], ["t:meet"]] * 3
    labels = ["ASSAULT", "ASSAULT", "CONSULT", "CONSULT"] * 3
    model = RootClassifier(l2=l2, min_prob=0.3).fit(rows, labels)
    assert model.predict([["t:hit"], ["t:meet"]]) == ["ASSAULT", "CONSULT"]
    again = RootClassifier.from_dict(model.to_dict())
    assert again.predict([["t:hit"], ["t:meet"]]) == ["ASSAULT", "CONSULT"]
    assert again.min_prob == 0.3


@pytest.mark.parametrize(
    ("probs", "lexicon", "expected"),
    [
        ([0.9, 0.1], "REJECT", "AGREE"),  # confident model wins
        ([0.45, 0.55], "RETREAT", "RETREAT"),  # agreement keeps the finer root
        ([0.3, 0.25], "ACCUSE", "ACCUSE"),  # unsure model: the lexicon
        ([0.3, 0.25], None, "AGREE"),  # no lexicon root: the model
    ],
)
def test_plover_decide_root(probs, lexicon, expected):
    import numpy as np

    labels = ["AGREE", "CONCEDE"] if lexicon == "RETREAT" else ["AGREE", "REJECT"]
    root, _prob = decide_root(np.array(probs), labels, lexicon, 0.4)
    assert root == expected


@pytest.mark.parametrize(
    ("text", "source", "target", "phrase"),
    [
        ("The army launched a raid on the camp.", "The army", "the camp", True),
        ("The minister thanked the donors.", "The minister", "the donors", False),
    ],
)
def test_plover_model_applies_to_phrases_only_when_told(text, source, target, phrase):
    rel = _relation(text, source, target)
    launch = rel[2].doc[2] if "launched" in text else rel[0]
    assert lexicon_phrase(launch) is phrase
    assert model_applies(launch, rel[1], rel[2]) is not phrase
    assert model_applies(launch, rel[1], rel[2], phrases=False) is True
    assert model_applies(launch, rel[1], None, phrases=False) is False


@pytest.mark.parametrize(
    "text", ["The rebels attacked the village and the ministers met the envoys."]
)
def test_plover_relation_context_keeps_events_apart(text):
    sdoc = load_nlp()(text)
    by_text = {t.text: t for t in sdoc}
    first = relation_context(by_text["attacked"], by_text["rebels"], by_text["village"])
    second = relation_context(by_text["met"], by_text["ministers"], by_text["envoys"])
    first_words, second_words = {t.text for t in first}, {t.text for t in second}
    assert "village" in first_words and "met" not in first_words
    assert "met" in second_words and "village" not in second_words


def test_plover_tune_settings_chooses_phrase_precedence():
    rows = [["t:hit", "x"], ["t:hit"], ["t:meet", "x"], ["t:meet"]] * 6
    labels = ["ASSAULT", "ASSAULT", "CONSULT", "CONSULT"] * 6
    lexicon = ["ASSAULT", "CONSULT", "CONSULT", "CONSULT"] * 6
    settings = tune_settings(rows, labels, lexicon, [False, True, False, False] * 6)
    assert settings.phrases is False  # the model is right where the phrase is wrong
    again = RootClassifier(**settings._asdict()).fit(rows, labels)
    assert RootClassifier.from_dict(again.to_dict()).phrases is False


def test_plover_shipped_weights_load():
    assert ROOT_MODEL_PATH.is_file()
    model = load_root_model()
    assert model is not None and len(model.labels) == 15
    assert 0.0 <= model.min_prob <= 0.5
    names = [f for f in model.features if not f.startswith("plen:")]
    assert not any(any(c.isdigit() for c in f) for f in names)


def test_plover_participants_score_roles_by_content_word_overlap():
    from corroborate.evaluate.plover import (
        parse_docs,
        parse_relations,
        score_participants,
    )

    text = "The rebels attacked the army base."
    rows = [(text, (0, 10), (20, 34), "ASSAULT")]
    docs = parse_docs(rows)
    result = score_participants(rows, docs, parse_relations(rows, docs))
    assert result["chosen"]["trigger"] == 1
    for rule in ("overlap", "head"):
        assert result[rule]["actor"]["f1"] == 1.0
        assert result[rule]["recipient"]["f1"] == 1.0
        assert result[rule]["either"]["tp"] == 2


def test_source_folds_hold_out_whole_actors():
    from corroborate.evaluate.plover import source_folds

    def row(source: str) -> tuple[str, tuple[int, int], tuple[int, int], str]:
        text = f"{source} condemned the decision."
        return (text, (0, len(source)), (len(source) + 11, len(text) - 1), "ACCUSE")

    actors = ["The Taliban", "Taliban", "Germany", "Russia", "Russia's", "Iran", "Peru"]
    folds = source_folds([row(a) for a in actors], 3)
    assert folds[0] == folds[1]  # "The Taliban" is "Taliban"
    assert folds[3] == folds[4]  # and "Russia's" is Russia
    assert sorted({*folds}) == [0, 1, 2]
    sizes = [folds.count(f) for f in range(3)]
    assert max(sizes) - min(sizes) <= 1
