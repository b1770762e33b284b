"""The command line, run in-process with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate.cli import cli


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> str:
    """The examples ingested once into a knowledge base for this module."""
    db = str(tmp_path_factory.mktemp("cli") / "kb.db")
    result = CliRunner().invoke(
        cli, ["ingest", str(examples_dir), "--db", db, "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    return db


def test_cli_ingest_summary_and_idempotence(kb: str, examples_dir: Path):
    result = CliRunner().invoke(
        cli, ["ingest", str(examples_dir), "--db", kb, "--quiet"]
    )
    assert result.exit_code == 0
    listed = json.loads(CliRunner().invoke(cli, ["articles", "--db", kb]).output)
    assert len(listed) == 3


def test_cli_ingest_reports_bad_files_and_goes_on(tmp_path: Path):
    (tmp_path / "good.txt").write_text(
        "A Headline Here\n\nSome body text.\n", encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00" * 10)
    (tmp_path / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "kb.db")
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path), "--db", db, "--workers", "1"]
    )
    assert result.exit_code == 1
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.output
    assert str(tmp_path / "bad.txt") in result.output
    assert "3 files, 1 new documents, 1 new articles" in result.output


def test_cli_articles_table(kb: str):
    result = CliRunner().invoke(cli, ["articles", "--db", kb, "--table"])
    assert result.exit_code == 0
    assert "Russia Has Decided 'at Highest Level'" in result.output


@pytest.mark.parametrize("outlet", ["Kesterby Herald"])
def test_cli_articles_show_outlet(tmp_path: Path, outlet: str):
    feed = tmp_path / "feed.jsonl"
    line = {"id": "k-1", "title": "Snow closes the pass", "outlet": outlet,
            "text": "Snow closed the pass above Kesterby on Monday."}  # fmt: skip
    feed.write_text(json.dumps(line) + "\n", encoding="utf-8")
    db = str(tmp_path / "kb.db")
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["ingest", str(feed), "--db", db, "--quiet"]).exit_code == 0
    )
    [listed] = json.loads(runner.invoke(cli, ["articles", "--db", db]).output)
    assert (listed["input_id"], listed["outlet"]) == ("k-1", outlet)
    assert outlet in runner.invoke(cli, ["articles", "--db", db, "--table"]).output


@pytest.mark.parametrize("command", [["stories"], ["entities", "--kind", "Person"]])
def test_cli_lists_page_with_limit_and_offset(kb: str, command: list[str]):
    every = json.loads(CliRunner().invoke(cli, [*command, "--db", kb]).output)
    page = CliRunner().invoke(
        cli, [*command, "--db", kb, "--limit", "1", "--offset", "1"]
    )
    assert page.exit_code == 0 and json.loads(page.output) == every[1:2]
    bad = CliRunner().invoke(cli, [*command, "--db", kb, "--limit", "0"])
    assert bad.exit_code == 2


def test_cli_export_jsonl_contract(kb: str):
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", kb])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 3
    keys = {
        "id",
        "document_id",
        "source_path",
        "outlet",
        "url",
        "title",
        "text",
        "published",
        "mentions",
        "dates",
        "places",
        "quantities",
        "claims",
        "events",
        "story_id",
    }
    for record in records:
        assert keys <= set(record)
        assert set(record["published"]) >= {"value", "precision", "how"}
        for mention in record["mentions"]:
            assert record["text"][mention["start"] : mention["end"]] == mention["text"]
            assert {"start", "end", "text", "label", "entity_id"} <= set(mention)


def test_cli_show_article_and_unknown(kb: str):
    listed = json.loads(CliRunner().invoke(cli, ["articles", "--db", kb]).output)
    result = CliRunner().invoke(cli, ["show", listed[0]["id"], "--db", kb])
    assert json.loads(result.output)["title"] == listed[0]["title"]
    missing = CliRunner().invoke(cli, ["show", "nope", "--db", kb])
    assert (
        missing.exit_code == 1
        and "no article, entity, story, fact or discrepancy 'nope'" in missing.output
    )


def test_cli_show_story(kb: str):
    """A story id shows the story: its articles, facts and discrepancies."""
    stories = json.loads(CliRunner().invoke(cli, ["stories", "--db", kb]).output)
    result = CliRunner().invoke(cli, ["show", stories[0]["id"], "--db", kb])
    shown = json.loads(result.output)
    assert shown["id"] == stories[0]["id"]
    assert len(shown["articles"]) == stories[0]["articles"]


def test_cli_search(kb: str):
    result = CliRunner().invoke(cli, ["search", "Taliban", "--db", kb])
    hits = json.loads(result.output)
    assert [h["title"] for h in hits] == [
        "Russia Has Decided 'at Highest Level' to Remove Taliban from Terrorist List"
    ]


def test_cli_eval_unknown_task():
    result = CliRunner().invoke(cli, ["eval", "nonsense"])
    assert result.exit_code == 2 and "unknown task 'nonsense'" in result.output  # usage


@pytest.mark.parametrize("task", ["stories", "timex", "entities", "corroboration"])
def test_cli_eval_on_an_empty_folder_says_so(tmp_path: Path, task: str):
    result = CliRunner().invoke(cli, ["eval", task, "--data", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"eval {task}: {tmp_path}: an empty folder" in " ".join(
        result.output.split()
    )


def test_cli_eval_on_a_broken_xml_file_names_it(tmp_path: Path):
    broken = tmp_path / "half.xml"
    broken.write_text("<articles><article><text>Paris</text>\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "geo", "--data", str(broken)])
    assert result.exit_code == 2, result.output
    assert f"{broken}: not well-formed XML" in " ".join(result.output.split())
    assert "internal error" not in result.output


@pytest.mark.parametrize("task", ["ner", "names"])
def test_cli_eval_without_the_bench_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, task: str
):
    import corroborate.evaluate

    monkeypatch.setattr(corroborate.evaluate, "BENCH_DIR", tmp_path / "bench")
    result = CliRunner().invoke(cli, ["eval", task])
    assert result.exit_code == 2, result.output
    shown = " ".join(result.output.split())
    assert f"eval {task}: {tmp_path / 'bench'}" in shown and "not found" in shown


def test_cli_check_default_order():
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 0 and result.output.startswith("ok: ")


def test_eval_help_names_every_task():
    from corroborate.evaluate import load_tasks

    shown = " ".join(CliRunner().invoke(cli, ["eval", "--help"]).output.split())
    assert [t for t in load_tasks() if t not in shown] == []
