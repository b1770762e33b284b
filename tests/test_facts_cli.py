"""``corroborate facts``, ``discrepancies`` and ``export --format facts`` on a
knowledge base of hand-made records: filters, formats, the export contract."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate.cli import cli
from corroborate.items import evidence_output
from corroborate.records import (
    Article,
    Discrepancy,
    Document,
    Evidence,
    Fact,
    PubDate,
    Span,
    Story,
)
from corroborate.store import Store

HARBOUR = (
    "Storm shuts the port of Peltra\n\n"
    "Officials said 120 families left Peltra on Wednesday. "
    "The mayor closed the port. The 1978 flood was worse."
)
COAST = (
    "Peltra evacuates 300 families\n\n"
    "Some 300 families were moved out of Peltra, the mayor closed the port, "
    "and the evening ferry was cancelled."
)
CONTRACT = {"id", "story_id", "label", "confidence", "evidence"}
EVIDENCE_KEYS = {
    "article_id", "input_id", "span", "value", "outlet", "published",
    "according_to", "stance", "text", "context", "wire",
}  # fmt: skip


def _article(doc: str, text: str, outlet: str, input_id: str) -> Document:
    article = Article(
        id=f"{doc}#1",
        document_id=doc,
        text=text,
        outlet=outlet,
        published=PubDate("2022-11-03", "day", "metadata", 1.0),
        input_id=input_id,
    )
    return Document(id=doc, text=text, source_path=input_id, content_type="text/plain",
                    articles=[article], input_id=input_id)  # fmt: skip


def _at(article_id: str, text: str, words: str, value: str | None = None) -> Evidence:
    """Evidence for ``words`` in ``text`` (the outlet and date left to the article)."""
    start = text.index(words)
    return Evidence(article_id, Span(start, start + len(words)), value=value)


def _records() -> tuple[list[Fact], list[Discrepancy]]:
    h, c = "aaaa#1", "cccc#1"
    evacuated = [
        _at(h, HARBOUR, "120 families", "120"),
        _at(c, COAST, "300 families", "300"),
    ]
    facts = [
        Fact("f-mayor", "s1", "event", "CLOSE", "corroborated",
             [_at(h, HARBOUR, "The mayor closed the port"), _at(c, COAST, "the mayor closed the port")],
             label="The mayor closed the port of Peltra", confidence=0.95, importance=0.3),
        Fact("f-evac", "s1", "number", "people evacuated", "conflicting", evacuated,
             label="120 vs 300 families evacuated", confidence=0.8, importance=0.9),
        Fact("f-ferry", "s1", "event", "CANCEL", "single-source",
             [_at(c, COAST, "the evening ferry was cancelled")],
             label="The evening ferry was cancelled", confidence=0.7, importance=0.5),
        Fact("f-flood", "s1", "event", "DISASTER", "single-source",
             [_at(h, HARBOUR, "The 1978 flood was worse")], label="The 1978 flood",
             confidence=0.9, background=True),
        Fact("f-two", "s1", "event", "MEET", "rejected",
             [_at(h, HARBOUR, "Officials said"), _at(c, COAST, "Some 300 families")],
             label="Two sentences wrongly aligned", decision="reject"),
        Fact("f-old", "s1", "event", "AGREE sign", "corroborated",
             [_at(h, HARBOUR, "left Peltra"), _at(c, COAST, "moved out of Peltra")]),
    ]  # fmt: skip
    found = [
        Discrepancy("d-evac", "s1", "conflicting", "people evacuated", evacuated,
                    note="the numbers differ", label="120 vs 300 families evacuated",
                    confidence=0.8, fact_id="f-evac"),
        Discrepancy("d-when", "s1", "disputed", "when they left",
                    [_at(h, HARBOUR, "on Wednesday")], label="Left on Wednesday",
                    confidence=0.4, decision="reject"),
    ]  # fmt: skip
    return facts, found


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("facts") / "kb.db"
    with Store(path) as store:
        store.add_documents(
            [
                _article("aaaa", HARBOUR, "Harbour News", "harbour-1.txt"),
                _article("cccc", COAST, "Coast Daily", "coast.jsonl:7"),
            ]
        )
        store.save_stories([Story("s1", ["aaaa#1", "cccc#1"], title="Storm")], [])
        store.replace_facts("s1", *_records())
    return str(path)


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.output


def _ids(db: str, *args: str) -> list[str]:
    return [row["id"] for row in json.loads(_run(db, *args))]


def test_facts_default_json_is_the_contract_ranked_by_importance(db: str):
    rows = json.loads(_run(db, "facts"))
    # background and rejected left out; importance first, then confidence
    assert [r["id"] for r in rows] == ["f-evac", "f-ferry", "f-mayor", "f-old"]
    for row in rows:
        assert CONTRACT | {"status"} <= row.keys()
        for account in row["evidence"]:
            assert set(account) == EVIDENCE_KEYS
    mayor = rows[2]
    assert mayor["label"] == "The mayor closed the port of Peltra"
    assert mayor["outlets"] == ["Harbour News", "Coast Daily"]
    first, second = mayor["evidence"]
    assert (first["input_id"], first["published"]) == ("harbour-1.txt", "2022-11-03")
    assert second["input_id"] == "coast.jsonl:7"
    assert first["text"] == "The mayor closed the port"
    assert HARBOUR[first["span"]["start"] : first["span"]["end"]] == first["text"]
    # an alignment made before labels existed reads its slot
    assert rows[3]["label"] == "AGREE sign"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--all",), ["f-evac", "f-ferry", "f-mayor", "f-old", "f-flood", "f-two"]),
        (("--status", "corroborated"), ["f-mayor", "f-old"]),
        (("--status", "rejected"), ["f-two"]),
        (("--outlet", "coast"), ["f-evac", "f-ferry", "f-mayor", "f-old"]),
        (("--outlet", "Harbour"), ["f-evac", "f-mayor", "f-old"]),
        (("--outlet", "Harbour", "--all"), ["f-evac", "f-mayor", "f-old", "f-flood", "f-two"]),
        (("--story", "s1", "--status", "single-source"), ["f-ferry"]),
        (("--story", "s-other"), []),
    ],
)  # fmt: skip
def test_facts_filters(db: str, args: tuple[str, ...], expected: list[str]):
    got = _ids(db, "facts", *args)
    assert sorted(got) == sorted(expected)
    if "--all" not in args:
        assert got == expected


def test_facts_nl_is_one_readable_line_each(db: str):
    lines = _run(db, "facts", "--nl").splitlines()
    assert lines[0] == (
        "120 vs 300 families evacuated [conflicting, confidence 0.80] "
        "(Harbour News, Coast Daily) f-evac"
    )
    assert len(lines) == 4 and not any(line.startswith("{") for line in lines)
    rejected = _run(db, "facts", "--status", "rejected", "--nl")
    assert "rejected by a user" in rejected


def test_facts_csv_has_one_row_per_account(db: str):
    rows = list(csv.DictReader(io.StringIO(_run(db, "facts", "--csv"))))
    assert len(rows) == 7  # 2 + 1 + 2 + 2 accounts
    mayor = [r for r in rows if r["id"] == "f-mayor"]
    assert [r["outlet"] for r in mayor] == ["Harbour News", "Coast Daily"]
    assert [r["wire"] for r in mayor] == ["", ""]  # no agency's story credited
    assert mayor[0]["label"] == "The mayor closed the port of Peltra"
    assert (mayor[0]["status"], mayor[0]["confidence"]) == ("corroborated", "0.95")
    start, end = int(mayor[0]["start"]), int(mayor[0]["end"])
    assert HARBOUR[start:end] == mayor[0]["text"]
    assert mayor[1]["input_id"] == "coast.jsonl:7"


def test_facts_table_lines_up(db: str):
    lines = _run(db, "facts", "--table").splitlines()
    assert lines[0].split()[:4] == ["id", "story_id", "status", "label"]
    assert set(lines[1]) <= {"-", " "}
    assert any("The mayor closed the port" in line for line in lines[2:])


def test_discrepancies_filters_and_rejected(db: str):
    assert _ids(db, "discrepancies") == ["d-evac"]
    assert _ids(db, "discrepancies", "--all") == ["d-evac", "d-when"]
    assert _ids(db, "discrepancies", "--kind", "disputed") == []
    assert _ids(db, "discrepancies", "--kind", "disputed", "--all") == ["d-when"]
    assert _ids(db, "discrepancies", "--outlet", "nobody") == []
    (row,) = json.loads(_run(db, "discrepancies"))
    assert CONTRACT | {"kind", "note", "fact_id"} <= row.keys() and "status" not in row
    assert [a["value"] for a in row["evidence"]] == ["120", "300"]
    line = _run(db, "discrepancies", "--nl").strip()
    assert line.startswith(
        "120 vs 300 families evacuated [conflicting, confidence 0.80]"
    )


def test_discrepancies_unknown_kind_is_a_usage_error(db: str):
    result = CliRunner().invoke(cli, ["discrepancies", "--kind", "wrong", "--db", db])
    assert result.exit_code == 2 and "wrong" in result.output


@pytest.mark.parametrize("what", ["facts", "discrepancies"])
def test_export_follows_the_contract_with_everything(db: str, what: str):
    rows = [
        json.loads(line) for line in _run(db, "export", "--format", what).splitlines()
    ]
    assert len(rows) == (6 if what == "facts" else 2)  # rejected and background too
    for row in rows:
        assert CONTRACT <= row.keys()
        assert ("status" in row) == (what == "facts")
        for account in row["evidence"]:
            assert set(account) == EVIDENCE_KEYS
            assert set(account["span"]) == {"start", "end"}
            assert account["input_id"] in {"harbour-1.txt", "coast.jsonl:7"}


@pytest.mark.parametrize(
    "args",
    [("facts", "confirm", "f-nope"), ("discrepancies", "reject", "f-mayor"),
     ("facts", "undo", "9"), ("brief", "s-nope")],
)  # fmt: skip
def test_unknown_ids_exit_1_with_a_message(db: str, args: tuple[str, ...]):
    group, *rest = args
    result = CliRunner().invoke(cli, [group, "--db", db, *rest])
    assert result.exit_code == 1
    assert "no " in result.output and repr(rest[-1]) in result.output


def test_missing_knowledge_base_is_named(tmp_path: Path):
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["facts", "--db", str(missing)])
    assert result.exit_code == 1 and "no knowledge base here" in result.output
    assert not missing.exists()


def test_an_article_without_outlet_is_named_by_its_input_id():
    text = "Harbour reopens\n\nThe port of Peltra reopened."
    article = Article(id="dddd#1", document_id="dddd", text=text, input_id="wire-9.txt")
    evidence = Evidence("dddd#1", Span(17, 25), outlet="dddd")  # alignment's fallback
    row = evidence_output(evidence, article)
    assert (row["outlet"], row["input_id"], row["text"]) == (
        "wire-9.txt",
        "wire-9.txt",
        "The port",
    )
    named = Article(id="e#1", document_id="e", text=text, outlet="Coast Daily")
    assert (
        evidence_output(Evidence("e#1", Span(0, 7)), named)["outlet"] == "Coast Daily"
    )
    assert evidence_output(evidence, None)["outlet"] == "dddd"


@pytest.mark.parametrize(
    ("words", "context"),
    [
        ("reopened", {"before": "The port of Peltra ", "after": " on Monday after the storm."}),
        ("Monday", {"before": "The port of Peltra reopened on ", "after": " after the storm."}),
        ("The port of Peltra", None),  # enough words to read alone
    ],
)  # fmt: skip
def test_evidence_of_few_words_is_given_its_sentence(words: str, context):
    text = "Harbour reopens\n\nIt rained. The port of Peltra reopened on Monday after the storm. Ships came."
    start = text.index(words)
    article = Article(id="p#1", document_id="p", text=text)
    row = evidence_output(Evidence("p#1", Span(start, start + len(words))), article)
    assert row["context"] == context
    if context:
        assert context["before"] + row["text"] + context["after"] == (
            "The port of Peltra reopened on Monday after the storm."
        )


def test_discrepancies_of_a_story_point_to_the_disputes_one_article_reports(
    tmp_path: Path,
):
    """The brief shows a claim and its denial in one article under "Disputes
    (one report)"; ``discrepancies`` lists outlets disagreeing, and says where
    those are rather than leave the user with an empty list."""
    path = str(tmp_path / "kb.db")
    h = "aaaa#1"
    with Store(path) as store:
        store.add_documents([_article("aaaa", HARBOUR, "Harbour News", "harbour.txt")])
        store.save_stories([Story("s2", [h], title="Storm")], [])
        disputed = Fact("f-port", "s2", "claim", "port closed", "disputed",
                        [_at(h, HARBOUR, "The mayor closed the port")],
                        label="The mayor closed the port")  # fmt: skip
        store.replace_facts("s2", [disputed], [])
    result = CliRunner().invoke(cli, ["discrepancies", "--story", "s2", "--db", path])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "--story s2 --status disputed" in result.stderr
    quiet = CliRunner().invoke(
        cli, ["discrepancies", "--story", "s2", "--kind", "conflicting", "--db", path]
    )
    assert quiet.stderr == ""
