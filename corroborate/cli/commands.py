"""The commands of the ``corroborate`` command line, each a thin call of the façade."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import click

from ..errors import (
    EXIT_INPUT,
    ConfigError,
)
from ..export import DISCREPANCY_KINDS, FACT_STATUSES
from ..kb import KnowledgeBase
from .output import (
    Commands,
    db_option,
    emit,
    emit_items,
    handle_errors,
    item_output_options,
    output_options,
    paging_options,
)

CORPUS_STAGES = "corpus stages: entities, stories, facts, registry"
"""What the ingest bar says while no document moves (the corpus stages run)."""


@click.group(cls=Commands)
@click.version_option(package_name="corroborate")
def cli() -> None:
    """Turn news articles into a knowledge base of who did what to whom,
    according to whom, and which sources agree or disagree.

    Example:

        corroborate ingest examples/ && corroborate articles --table
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--workers",
    type=int,
    default=None,
    help="Annotation processes (default: up to 2); with --executor dask and no "
    "--scheduler, the local cluster's workers.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Annotate in a local process pool, or as tasks on a Dask cluster "
    "(pip install 'corroborate[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="With --executor dask: a running Dask scheduler (tcp://HOST:8786); "
    "default: a local cluster for this run.",
)
@click.option(
    "--block",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Also run the corpus stages after every N new articles "
    "(default: 1000 with --executor dask, else only at the end).",
)
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@handle_errors
def ingest(
    paths: tuple[Path, ...],
    db_path: str,
    workers: int | None,
    executor: str,
    scheduler: str | None,
    block: int | None,
    quiet: bool,
) -> None:
    """Read files and folders (.txt, .html, .htm, .jsonl) into the knowledge base.

    Each new article is segmented and annotated; content already in the
    knowledge base is skipped. A file or JSONL line that cannot be read,
    segmented, annotated or stored is reported on stderr with the problem,
    and the run goes on with the others. Exit status: 0 all stored, 1 some
    input rejected, 2 usage error, 3 internal error.

    Example:

        corroborate ingest examples/ --db news.db

        corroborate ingest backfill/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from tqdm import tqdm

    from ..ingest import count_documents

    with (
        KnowledgeBase(db_path) as kb,
        tqdm(
            total=count_documents(paths),
            unit="doc",
            desc="ingest",
            disable=quiet or None,
            file=sys.stderr,
        ) as bar,
    ):
        report = kb.ingest(
            paths,
            workers=workers,
            executor=executor,
            scheduler=scheduler,
            block=block,
            on_error=lambda e: bar.write(f"error: {e}", file=sys.stderr),
            progress=bar.update,
            on_corpus=lambda: bar.set_postfix_str(CORPUS_STAGES),
        )
    stats = "".join(f", {v} {k}" for k, v in report.corpus.items())
    if not quiet:
        click.echo(
            f"{report.files} files, {report.documents} new documents, "
            f"{report.articles} new articles, {report.skipped} already stored, "
            f"{len(report.errors)} errors{stats} -> {db_path}"
            + (
                f"\n{report.failed_extractions} articles had an extractor fail on them;"
                " `corroborate articles` lists them (column errors)"
                if report.failed_extractions
                else ""
            ),
            err=True,
        )
    if not report.ok:
        sys.exit(EXIT_INPUT)


@cli.command()
@db_option
@click.option("--limit", type=int, default=None, help="At most this many articles.")
@output_options
@handle_errors
def articles(db_path: str, limit: int | None, fmt: str) -> None:
    """List the articles in the knowledge base.

    Example:

        corroborate articles --table
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        emit(kb.articles(limit=limit), fmt)


@cli.command()
@click.argument("item_id")
@db_option
@output_options
@handle_errors
def show(item_id: str, db_path: str, fmt: str) -> None:
    """Show one article (with its annotations), entity, story, fact or discrepancy, by id.

    Example:

        corroborate show 4be9efbf702163d7#2
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        emit(kb.show(item_id), fmt)


@cli.command()
@click.argument("query", required=False, default=None)
@db_option
@click.option(
    "--from",
    "date_from",
    help="Only articles mentioning a date from this one (2024-01).",
)
@click.option("--to", "date_to", help="... up to this one (2024-12).")
@click.option("--near", help="Only articles with a place within --km of this place.")
@click.option(
    "--km", type=float, default=100.0, show_default=True, help="Radius for --near."
)
@click.option("--limit", type=int, default=20, show_default=True)
@output_options
@handle_errors
def search(
    query: str | None,
    db_path: str,
    date_from: str | None,
    date_to: str | None,
    near: str | None,
    km: float,
    limit: int,
    fmt: str,
) -> None:
    """Full-text search, optionally by dates and places mentioned.

    QUERY is FTS5 syntax on SQLite ('a AND b', "a phrase", NOT, prefix*),
    web-search syntax on PostgreSQL ("a phrase", or, -word; AND and NOT read
    too); on SQLite, text that is no FTS5 syntax (Martha's Vineyard) is read
    as its words.

    Example:

        corroborate search 'Taliban AND list' --from 2024-01 --to 2024-12 --near Moscow
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        emit(
            kb.search(
                query,
                date_from=date_from,
                date_to=date_to,
                near=near,
                km=km,
                limit=limit,
            ),
            fmt,
        )


@cli.command()
@click.option(
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    type=click.Choice(
        [
            "jsonl",
            "stories",
            "entities",
            "designations",
            "facts",
            "discrepancies",
            "plover",
            "ftm",
        ]
    ),
)
@db_option
@click.option(
    "-o",
    "--output",
    type=click.File("w"),
    default="-",
    help="File to write (default stdout).",
)
@handle_errors
def export(fmt: str, db_path: str, output: io.TextIOBase) -> None:
    """Export the knowledge base as JSON Lines (one record per line).

    ``jsonl`` writes one object per article (the contract in DESIGN.md);
    ``plover`` writes PLOVER/POLECAT events; ``ftm`` FollowTheMoney entities.

    Example:

        corroborate export --format jsonl -o articles.jsonl
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        for record in kb.export(fmt):
            output.write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command(name="eval")
@click.argument("task_name", metavar="TASK")
@click.option(
    "--data",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="Evaluation data (default: ../shared/bench/...).",
)
@click.option("--limit", type=int, default=None, help="Score only the first N items.")
@output_options
@handle_errors
def eval_command(
    task_name: str, data: Path | None, limit: int | None, fmt: str
) -> None:
    """Score a stage against public annotated data.

    Tasks: segment, ner, names, entities, timex, geo, attribution, plover,
    events, stories, discrepancies, corroboration (what outlets agree and
    disagree on: the end product).

    Example:

        corroborate eval corroboration
    """
    from ..evaluate import load_tasks, missing_data

    tasks = load_tasks()
    if task_name not in tasks:
        raise ConfigError(
            f"unknown task {task_name!r}; known: {', '.join(sorted(tasks))}"
        )
    problem = missing_data(task_name, data)
    if problem:
        raise ConfigError(problem)
    emit(tasks[task_name](data=data, limit=limit), fmt)


@cli.command()
@db_option
@handle_errors
def summary(db_path: str) -> None:
    """Print a readable overview: articles, stories, entities, disputes, designations.

    Example:

        corroborate summary --db examples.db
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        click.echo(kb.summary())


@cli.command()
@click.argument("extractors", nargs=-1)
@handle_errors
def check(extractors: tuple[str, ...]) -> None:
    """Check that each extractor's inputs are assigned by one before it.

    Example:

        corroborate check
    """
    from ..pipeline import DEFAULT_EXTRACTORS, check_order

    problems = check_order(extractors or DEFAULT_EXTRACTORS)
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        sys.exit(1)
    click.echo("ok: " + " -> ".join(extractors or DEFAULT_EXTRACTORS))


# --- commands added by stage owners -------------------------------------------


@cli.group(invoke_without_command=True)
@db_option
@click.option("--kind", help="Only this kind: Person, Organization, Place ...")
@paging_options
@output_options
@click.pass_context
@handle_errors
def entities(
    ctx: click.Context,
    db_path: str,
    kind: str | None,
    limit: int | None,
    offset: int,
    fmt: str,
) -> None:
    """List entities by name; ``merge`` and ``split`` record human decisions.

    Example:

        corroborate entities --kind Organization --limit 20 --table
    """
    ctx.obj = {"db_path": db_path}
    if ctx.invoked_subcommand is None:
        with KnowledgeBase(db_path, must_exist=True) as kb:
            emit(kb.entities(kind=kind, limit=limit, offset=offset), fmt)


@entities.command()
@click.argument("keep")
@click.argument("other")
@click.pass_context
@handle_errors
def merge(ctx: click.Context, keep: str, other: str) -> None:
    """Merge entity OTHER into KEEP; recorded, and kept on every re-run.

    Example:

        corroborate entities merge e1a2b3 e4c5d6
    """
    with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
        _decided(kb.merge(keep, other))


@entities.command()
@click.argument("entity_id")
@click.argument("alias")
@click.pass_context
@handle_errors
def split(ctx: click.Context, entity_id: str, alias: str) -> None:
    """Move the mentions spelled ALIAS out of ENTITY_ID into an entity of their own.

    Example:

        corroborate entities split e1a2b3 "the Organization"
    """
    with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
        _decided(kb.split(entity_id, alias))


@entities.command()
@click.argument("number", type=int)
@click.pass_context
@handle_errors
def undo(ctx: click.Context, number: int) -> None:
    """Undo decision NUMBER (see ``entities decisions``); the log keeps both.

    Example:

        corroborate entities undo 3
    """
    with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
        _decided(kb.undo(number))


@entities.command()
@click.pass_context
@output_options
@handle_errors
def decisions(ctx: click.Context, fmt: str) -> None:
    """List the recorded merge, split and undo decisions.

    Example:

        corroborate entities decisions --table
    """
    with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
        emit(kb.decisions(), fmt)


@entities.command()
@click.pass_context
@output_options
@handle_errors
def review(ctx: click.Context, fmt: str) -> None:
    """Pairs of entities that may be one, below the automatic merge threshold.

    Example:

        corroborate entities review --table
    """
    with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
        emit(kb.review(), fmt)


def _decided(done: dict[str, int]) -> None:
    click.echo(
        f"decision {done['decision']} recorded; {done['entities']} entities", err=True
    )


@cli.command()
@click.argument("name")
@db_option
@click.option("--schema", help="FollowTheMoney schema: Person, Organization ...")
@click.option(
    "--candidate", help="Compare NAME with this name instead of the knowledge base."
)
@click.option("--limit", type=int, default=10, show_default=True)
@output_options
@handle_errors
def match(
    name: str,
    db_path: str,
    schema: str | None,
    candidate: str | None,
    limit: int,
    fmt: str,
) -> None:
    """Rank the knowledge base's entities against a name (or compare two names).

    Example:

        corroborate match "Mojahedin-e Khalq" --schema Organization
        corroborate match MEK --candidate "Mujahedin-e-Khalq" --schema Organization
    """
    if candidate is not None:
        emit(KnowledgeBase.compare(name, candidate, schema=schema), fmt)
        return
    with KnowledgeBase(db_path, must_exist=True) as kb:
        emit(kb.match(name, schema=schema, limit=limit), fmt)


@cli.command()
@db_option
@click.option("--org", help="Only organisations whose name contains this.")
@click.option("--authority", help="Only authorities whose name contains this.")
@output_options
@handle_errors
def designations(
    db_path: str, org: str | None, authority: str | None, fmt: str
) -> None:
    """Which authority lists which organisation, since when, and every change.

    Example:

        corroborate designations --org Taliban --table
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        emit(kb.designations(org=org, authority=authority), fmt)


@cli.command()
@db_option
@paging_options
@output_options
@handle_errors
def stories(db_path: str, limit: int | None, offset: int, fmt: str) -> None:
    """List stories, largest first, with how many of their facts disagree.

    Facts are counted as the brief shows them: background facts and who
    someone is are left out of the corroborated and single-source counts.

    Example:

        corroborate stories --limit 20 --table
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        emit(kb.stories(limit=limit, offset=offset), fmt)


@cli.command()
@click.argument("story_id")
@db_option
@click.option(
    "--all",
    "include_all",
    is_flag=True,
    help="Also single-source and background facts, and what a user rejected.",
)
@click.option("--json", "as_json", is_flag=True, help="The brief as JSON.")
@handle_errors
def brief(story_id: str, db_path: str, include_all: bool, as_json: bool) -> None:
    """A readable briefing on one story: where the sources disagree, then the
    corroborated facts by importance, each with its outlets and their words.

    Example:

        corroborate brief s1a2b3c4d5e --all
    """
    with KnowledgeBase(db_path, must_exist=True) as kb:
        if as_json:
            emit(kb.brief_data(story_id, include_all=include_all), "json")
        else:
            click.echo(kb.brief(story_id, include_all=include_all), nl=False)


# -- facts and discrepancies, and a user's decisions on them ----------------------


@cli.group(invoke_without_command=True)
@db_option
@click.option("--story", "story_id", help="Only this story's facts.")
@click.option(
    "--status",
    type=click.Choice(FACT_STATUSES),
    help="Only facts of this status (rejected ones with --all or --status rejected).",
)
@click.option("--outlet", help="Only facts told by an outlet whose name contains this.")
@click.option(
    "--all", "include_all", is_flag=True, help="Also background and rejected facts."
)
@item_output_options
@click.pass_context
@handle_errors
def facts(
    ctx: click.Context,
    db_path: str,
    story_id: str | None,
    status: str | None,
    outlet: str | None,
    include_all: bool,
    fmt: str,
) -> None:
    """Facts aligned across a story's articles, each with its label, status,
    confidence and every account (article, input id, outlet, offsets, words).
    ``confirm`` and ``reject`` record a user's decision, kept on every re-run.

    Example:

        corroborate facts --story s1a2b3c4d5e --status corroborated --table
    """
    ctx.obj = {"db_path": db_path}
    if ctx.invoked_subcommand is None:
        with KnowledgeBase(db_path, must_exist=True) as kb:
            found = kb.facts(story_id=story_id, status=status, outlet=outlet,
                             include_all=include_all)  # fmt: skip
        emit_items(found, fmt)


@cli.group(invoke_without_command=True)
@db_option
@click.option("--story", "story_id", help="Only this story's discrepancies.")
@click.option("--kind", type=click.Choice(DISCREPANCY_KINDS), help="Only this kind.")
@click.option("--outlet", help="Only those with an account from an outlet named so.")
@click.option("--all", "include_all", is_flag=True, help="Also rejected ones.")
@item_output_options
@click.pass_context
@handle_errors
def discrepancies(
    ctx: click.Context,
    db_path: str,
    story_id: str | None,
    kind: str | None,
    outlet: str | None,
    include_all: bool,
    fmt: str,
) -> None:
    """Where outlets disagree (conflicting, disputed, superseded, misquoted) or an
    article with itself (inconsistent), each with every source's value and words.
    A claim and its denial one article reports ("..., which Tirana denied") are a
    disputed fact instead: ``corroborate facts --status disputed``. ``confirm``
    and ``reject`` record a user's decision, kept on every re-run.

    Example:

        corroborate discrepancies --kind conflicting --nl
    """
    ctx.obj = {"db_path": db_path}
    if ctx.invoked_subcommand is None:
        with KnowledgeBase(db_path, must_exist=True) as kb:
            found = kb.discrepancies(story_id=story_id, kind=kind, outlet=outlet,
                                     include_all=include_all)  # fmt: skip
            reported = (
                kb.facts(story_id=story_id, status="disputed")
                if story_id is not None and not found and kind in (None, "disputed")
                else []
            )
        emit_items(found, fmt)
        if reported:  # the brief shows them as "Disputes (one report)"
            click.echo(
                f"no discrepancy between outlets in story {story_id}; "
                f"{len(reported)} disputed fact(s) one article reports: "
                f"corroborate facts --story {story_id} --status disputed",
                err=True,
            )


def _decision_commands(group: click.Group, target: str) -> None:
    """Add ``confirm``, ``reject``, ``decisions`` and ``undo`` to ``facts`` or
    ``discrepancies`` (as ``entities merge/split/decisions/undo``)."""
    name = group.name
    what = "alignment (fact)" if target == "fact" else "discrepancy"

    def decide(action: str) -> None:
        @group.command(
            name=action,
            help=f"{action.capitalize()} the {what} ID; logged, kept on every re-run, "
            f"and the stored record updated at once.\n\nExample:\n\n\b\n"
            f"    corroborate {name} {action} ID --note 'checked the wire copy'",
        )
        @click.argument("item_id", metavar="ID")
        @click.option("--note", help="Why, in your words (kept in the log).")
        @click.pass_context
        @handle_errors
        def command(ctx: click.Context, item_id: str, note: str | None) -> None:
            with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
                done = getattr(kb, action)(target, item_id, note=note)
            click.echo(
                f"decision {done['decision']} recorded: {target} {item_id} "
                f"{action}ed; undo it with `corroborate {name} undo "
                f"{done['decision']}`",
                err=True,
            )

    decide("confirm")
    decide("reject")

    @group.command(
        name="decisions",
        help=f"List the confirm, reject and undo decisions on {name}, in order; "
        "`found` says whether the item is still there after the latest alignment."
        f"\n\nExample:\n\n\b\n    corroborate {name} decisions --table",
    )
    @click.pass_context
    @output_options
    @handle_errors
    def decisions_command(ctx: click.Context, fmt: str) -> None:
        with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
            emit(kb.fact_decisions(target), fmt)

    @group.command(
        name="undo",
        help=f"Undo decision NUMBER (see `{name} decisions`); the log keeps both."
        f"\n\nExample:\n\n\b\n    corroborate {name} undo 3",
    )
    @click.argument("number", type=int)
    @click.pass_context
    @handle_errors
    def undo_command(ctx: click.Context, number: int) -> None:
        with KnowledgeBase(ctx.obj["db_path"], must_exist=True) as kb:
            done = kb.undo_fact_decision(target, number)
        click.echo(f"decision {done['decision']} recorded: undid {number}", err=True)


_decision_commands(facts, "fact")
_decision_commands(discrepancies, "discrepancy")


@cli.command()
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to bind."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="Accept requests for this host name or address too (repeatable; "
    "'*.example.org' for subdomains). Loopback names are always accepted.",
)
@click.option(
    "--token",
    envvar="CORROBORATE_TOKEN",
    show_envvar=True,
    help="Secret that writes need (Authorization: Bearer TOKEN, or /login in "
    "a browser). Without it, writes are served to this machine only.",
)
@click.option("--read-only", is_flag=True, help="Refuse every write.")
@handle_errors
def serve(
    db_path: str,
    host: str,
    port: int,
    allowed_hosts: tuple[str, ...],
    token: str | None,
    read_only: bool,
) -> None:
    """Serve the knowledge base as a web app and REST API (OpenAPI at /docs).

    Every page has a JSON twin: /stories and /stories.json, /articles/ID and
    /articles/ID.json, /discrepancies?kind=&outlet=&story= (where outlets
    disagree) and /discrepancies.json ... The story and entity lists, and the
    articles of an entity, come a page at a time (?limit=, default 100, and
    ?offset=); their JSON twins give the total in an X-Total-Count header and
    the pages around in a Link header. Reads are open; to serve beyond this
    machine give --token (or --read-only), and --allowed-host for each name it
    is reached by.

    Example:

        corroborate serve --db news.db --port 8000

        corroborate serve --host 0.0.0.0 --allowed-host kb.example.org --token "$T"
    """
    import uvicorn

    from ..web import create_app
    from ..web.security import MIN_TOKEN_LENGTH, is_loopback

    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise click.UsageError(
            f"--token: use at least {MIN_TOKEN_LENGTH} characters, e.g. from "
            "python3 -c 'import secrets; print(secrets.token_urlsafe())'"
        )
    if not (is_loopback(host) or token or read_only):
        raise click.UsageError(
            f"--host {host} serves beyond this machine: give --token (or "
            "CORROBORATE_TOKEN) so that writes need it, or --read-only"
        )
    hosts = list(allowed_hosts)
    # a named interface is also a name the server is reached by
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(f"[{host}]" if ":" in host else host)
    app = create_app(db_path, allowed_hosts=hosts, token=token, read_only=read_only)
    uvicorn.run(app, host=host, port=port, log_level="warning")
