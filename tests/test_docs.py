"""Docs stay true: every command is in docs/cli.md, every registry name in
docs/extractors.md, every eval task in docs/evaluation.md, and __all__ is sorted."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

import corroborate
from corroborate.cli import cli
from corroborate.evaluate import TASK_MODULES
from corroborate.registry import extractors, names

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    found = []
    for name, command in group.commands.items():
        found.append(f"{prefix}{name}")
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix}{name} ")
    return found


@pytest.mark.parametrize("command", sorted(_commands(cli)))
def test_docs_every_command_in_cli_reference(command: str):
    assert f"## corroborate {command}\n" in (DOCS / "cli.md").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    "name",
    [n for n in names() if extractors.get(n).__module__.startswith("corroborate.")],
)
def test_docs_every_extractor_documented(name: str):
    """Every extractor the package ships (not ones tests or plugins register)."""
    assert f"`{name}`" in (DOCS / "extractors.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("task", TASK_MODULES)
def test_docs_every_eval_task_documented(task: str):
    assert f"corroborate eval {task}" in (DOCS / "evaluation.md").read_text(
        encoding="utf-8"
    )


def test_docs_all_is_sorted():
    assert corroborate.__all__ == sorted(corroborate.__all__)


def test_docs_readme_shows_how_make_demo_ends(examples_kb: Path):
    """The README's "make demo ends like this" block is the end of the summary
    the bundled examples give."""
    from corroborate import KnowledgeBase

    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    shown = readme.split("`make demo` ends like this:\n```\n", 1)[1].split("```", 1)[0]
    with KnowledgeBase(examples_kb) as kb:
        summary = kb.summary()
    assert summary.endswith(shown.rstrip("\n")), summary[-800:]
