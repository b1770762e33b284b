"""Acts threatened, vowed or promised: one proposition told twice, never the
act told done (corroborate.facts.intents). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_propositions import _align, _article, _event, _person

from corroborate.facts.intents import announced, threatened_act, threatens
from corroborate.records import Span


@pytest.mark.parametrize(
    ("text", "trigger", "act"),
    [
        ("Lawmakers ignored the mayor's threat to veto the budget.", "threat", "veto"),
        ("Defying a veto threat from the mayor, lawmakers voted.", "threat", "veto"),
        ("The union vowed to strike on Monday.", "vowed", "strike"),
        (
            "Police are looking into bomb threats made against two schools.",
            "threats",
            "bomb",
        ),
        # no act named: an adjective, a noun, nothing
        ("He called it a direct threat to the city.", "threat", None),
        ("She called the plan a threat to democracy.", "threat", None),
        ("The threat was real.", "threat", None),
        ("Lawmakers voted to veto the budget.", "veto", None),  # no threat word
    ],
)
def test_the_act_a_threat_names(text: str, trigger: str, act: str | None) -> None:
    start = text.index(trigger)
    assert threatened_act(text, Span(start, start + len(trigger))) == act


def _mayor(doc: str, text: str, kind: str, trigger: str, **fields):
    article = _article(doc, text, "2024-05-02")
    _person(article, "Dan Cole", "per-00000000dc01")
    _event(article, kind, trigger, "Dan Cole", None, **fields)
    return article


def _one_fact(a, b) -> bool:
    """Whether a fact of what the two tell (an act, a sentence; not who the
    mayor is) rests on both."""
    facts, _ = _align(a, b)
    return any(
        f.kind != "person" and {e.article_id for e in f.evidence} == {a.id, b.id}
        for f in facts
    )


def _one_act(a, b) -> bool:
    """Whether an event fact of the two rests on both."""
    facts, _ = _align(a, b)
    return any(
        f.kind == "event" and {e.article_id for e in f.evidence} == {a.id, b.id}
        for f in facts
    )


@pytest.mark.parametrize(
    ("text_b", "kind", "trigger", "modality"),
    [
        # the threat named by a noun, its act after "to" or before it
        (
            "The council brushed aside Mayor Dan Cole's threat to veto the plan.",
            "THREATEN",
            "threat",
            "asserted",
        ),
        (
            "Defying a veto threat from Mayor Dan Cole, the council met again.",
            "THREATEN",
            "threat",
            "asserted",
        ),
        # an act to come: "will veto"
        (
            "Mayor Dan Cole has said he will veto any such plan if it reaches him.",
            "REJECT",
            "veto",
            "future",
        ),
    ],
)
def test_two_tellings_of_one_threat_are_one_fact_whatever_else_they_say(
    text_b: str, kind: str, trigger: str, modality: str
) -> None:
    a = _mayor(
        "a",
        "Nine members backed the plan despite Mayor Dan Cole's promise to veto it.",
        "REJECT",
        "veto",
        modality="future",
    )
    b = _mayor("b", text_b, kind, trigger, modality=modality)
    assert _one_act(a, b)


@pytest.mark.parametrize(
    ("text_a", "trigger", "modality"),
    [
        ("Mayor Dan Cole threatened to veto the budget plan.", "veto", "future"),
        (
            "Mayor Dan Cole's threat to veto the budget plan stood.",
            "threat",
            "asserted",
        ),
    ],
)
def test_a_threat_to_do_an_act_is_not_the_act_done(
    text_a: str, trigger: str, modality: str
) -> None:
    a = _mayor("a", text_a, "THREATEN", trigger, modality=modality)
    b = _mayor("b", "Mayor Dan Cole vetoed the budget plan.", "REJECT", "vetoed")
    assert not _one_fact(a, b)  # neither the act nor the sentence


def _told_alone(text: str, trigger: str, **fields) -> list:
    """The event facts of a mayor's threat one outlet tells, beside an
    article on something else."""
    a = _mayor("a", text, "THREATEN", trigger, **fields)
    b = _article("b", "The plant stayed open through the week.", "2024-05-02")
    facts, _ = _align(a, b)
    return [f for f in facts if f.kind == "event"]


def test_a_threat_one_outlet_alone_tells_is_a_line_of_its_own() -> None:
    (threat,) = _told_alone(
        "Mayor Dan Cole threatened to revoke the permit of the plant.",
        "revoke",
        modality="future",
    )
    assert threat.status == "single-source"


def test_a_threat_reads_as_a_threat_with_its_act() -> None:
    """A threat's line names it and what is threatened: not "revoke the
    permit" alone, whose phrase leaves out the threat."""
    (threat,) = _told_alone(
        "Mayor Dan Cole threatened on Monday to revoke the permit of the plant.",
        "revoke",
        modality="future",
        evidence="revoke the permit of the plant",
    )
    assert "threatened" in threat.label and "revoke" in threat.label


def test_a_sentence_telling_a_threat_is_not_one_telling_the_act_done() -> None:
    """Word for word the same but for the threat: two propositions."""
    told = (
        "the city budget plan that the council passed in March after weeks of debate."
    )
    a = _article("a", f"Mayor Dan Cole threatened to veto {told}", "2024-05-02")
    b = _article("b", f"Mayor Dan Cole vetoed {told}", "2024-05-02")
    c = _article("c", f"Mayor Dan Cole vowed on Monday to veto {told}", "2024-05-03")
    assert not _one_fact(a, b)
    assert _one_fact(a, c)  # two tellings of the threat


@pytest.mark.parametrize(
    ("before", "to_come"),
    [
        ("Trump threatened to", True),
        ("his promise to", True),
        ("vowed on Monday to", True),
        # a promise kept or broken tells the act done, or not: none to come
        ("he's kept his promise to", False),
        ("made good on his threat to", False),
        ("broke his pledge to", False),
    ],
)
def test_an_act_announced_unless_the_promise_is_told_kept(before, to_come) -> None:
    assert announced(before) is to_come
    assert threatens(f"{before} lower taxes.") is to_come


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("signed an order Wednesday that promises to halt the evictions", False),
        ("a tariff which threatens to derail the talks", False),
        ("the senator, who vowed to halt the evictions", True),
    ],
)
def test_a_things_promise_is_no_threat(text, threat) -> None:
    assert threatens(text) is threat


def test_a_threat_told_by_its_verb_reads_with_the_act_it_names() -> None:
    (threat,) = _told_alone(
        "Mayor Dan Cole threatened to veto the plan, and the council met again.",
        "threatened",
        evidence="Mayor Dan Cole threatened",
    )
    assert threat.label == "Dan Cole threatened to veto the plan"


def test_an_act_asked_for_is_not_one_told_to_come(tmp_path) -> None:
    """ "urging the mayor ... also to declare an emergency" asks for the act;
    "she could declare an emergency this week" tells it may come: two
    propositions, not one told by two outlets."""
    import json

    from corroborate import KnowledgeBase

    records = [
        ("a", "Lawmakers urge the mayor", "Washington Times",
         "Council members have been urging the mayor to not only cut spending "
         "on roads but also to declare a flood emergency, which would free "
         "state money."),
        ("b", "Mayor may act on floods", "Vanity Fair",
         "City officials told reporters that she could declare a flood emergency "
         "as soon as this week."),
    ]  # fmt: skip
    source = tmp_path / "two.jsonl"
    lines = [
        {"id": i, "title": title, "outlet": outlet, "published": "2024-05-02",
         "text": f"{title}\n\n{text}"}
        for i, title, outlet, text in records
    ]  # fmt: skip
    source.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.ingest([source], workers=1)
    facts = kb.store.facts()
    assert facts and not [f for f in facts if f.status == "corroborated"]
