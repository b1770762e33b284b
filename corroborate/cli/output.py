"""How the command line prints and fails: the output options (``--json``,
``--table``, ``--csv``, ``--nl``), the shared ``--db`` and paging options, and
the exit status of every way a command can end."""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from ..errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    ConfigError,
    CorroborateError,
)
from ..store import DEFAULT_DB

F = TypeVar("F", bound=Callable[..., Any])
MAX_CELL_CHARS = 60


def output_options(fn: F) -> F:
    """Add ``--table``, ``--nl`` and ``--csv`` (JSON is the default)."""
    return _output_options(fn, nl_help="One JSON object per line.")


def item_output_options(fn: F) -> F:
    """Output options of fact and discrepancy listings: ``--nl`` is one readable
    line per item, ``--table`` and ``--csv`` one row per account (:func:`emit_items`)."""
    return _output_options(
        fn, nl_help="One readable line per item: label, status, confidence, outlets."
    )


def _output_options(fn: F, *, nl_help: str) -> F:
    for option in reversed(
        (
            click.option(
                "--table", "fmt", flag_value="table", help="Aligned columns for people."
            ),
            click.option("--nl", "fmt", flag_value="nl", help=nl_help),
            click.option(
                "--csv", "fmt", flag_value="csv", help="CSV with a header row."
            ),
            click.option("--json", "fmt", flag_value="json", default=True, hidden=True),
        )
    ):
        fn = option(fn)
    return fn


def emit(rows: Sequence[dict[str, Any]] | dict[str, Any], fmt: str) -> None:
    """Print rows as JSON (default), JSON lines, CSV or a table."""
    if isinstance(rows, dict):
        if fmt == "table":
            rows = [{"key": k, "value": v} for k, v in _flatten(rows).items()]
        else:
            click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            return
    if fmt == "nl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(_csv(rows), nl=False)
    elif fmt == "table":
        click.echo(_table(rows))
    else:
        click.echo(json.dumps(list(rows), indent=2, ensure_ascii=False))


def emit_items(rows: Sequence[dict[str, Any]], fmt: str) -> None:
    """Print facts or discrepancies (the export contract): JSON as they are, one
    readable line each (``nl``), or one row per account (``table``, ``csv``)."""
    from ..brief import item_line
    from ..export import account_rows

    if fmt == "nl":
        for row in rows:
            click.echo(item_line(row))
    elif fmt in ("table", "csv"):
        emit(account_rows(rows), fmt)
    else:
        emit(rows, fmt)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    return columns


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _table(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return "(no rows)"
    columns = _columns(rows)
    cells = [[_cell(row.get(c, "")) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells
    ]
    return "\n".join(line.rstrip() for line in lines)


def _csv(rows: Sequence[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_columns(rows))
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: v
                if isinstance(v, str | int | float) or v is None
                else json.dumps(v, ensure_ascii=False)
                for k, v in row.items()
            }
        )
    return buffer.getvalue()


def db_option(fn: F) -> F:
    """Add ``--db URL`` (default ``./corroborate.db``)."""
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        show_default=True,
        metavar="URL",
        help="The knowledge base: a SQLite file (a path, or sqlite:///PATH) or "
        "a PostgreSQL database (postgresql://USER@HOST/DATABASE).",
    )(fn)


def paging_options(fn: F) -> F:
    """Add ``--limit N`` and ``--offset N``: one page of a list (default: all of it)."""
    fn = click.option(
        "--offset",
        type=click.IntRange(min=0),
        default=0,
        help="Skip this many rows first (with --limit: the next page).",
    )(fn)
    return click.option(
        "--limit",
        type=click.IntRange(min=1),
        default=None,
        help="At most this many rows.",
    )(fn)


def handle_errors(fn: F) -> F:
    """Turn corroborate's own errors into a one-line message and an exit status:
    2 (usage) for an unknown option, extractor or task, else 1 (input)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from exc
        except CorroborateError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


class Commands(click.Group):
    """The command group, giving every way a command can end its own exit status.

    0 done, 1 some input rejected, 2 usage error (click's), 3 internal error
    (any unexpected exception: a bug, printed with its traceback), 130
    interrupted, 141 output pipe closed (``| head``). See docs/cli.md.
    """

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, turning a bug into exit status 3 with a clear last line."""
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # the reader went away: say nothing more on the closed pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(141)
        except Exception as exc:
            traceback.print_exc()
            click.echo(
                f"internal error: {exc!r}\nThis is a bug in corroborate; please report "
                "it with the traceback above.",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)
