"""One bad file never costs the others; exit statuses a script can use;
long texts in pieces; workers that end with their parent."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from corroborate.annotate import annotate_documents
from corroborate.build import _store_documents, process_text
from corroborate.cli import Commands, cli
from corroborate.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_USAGE, InputError
from corroborate.ingest import read_documents
from corroborate.pipeline import Pipeline, split_pieces
from corroborate.records import Article, Document
from corroborate.registry import extractor
from corroborate.store import Store
from corroborate.timex import find_timexes

STORY = (
    "Police Arrest {n} in {city} Raid\n\n"
    "{city.upper()} -- Police in {city} arrested {n} people on Monday after a raid "
    "on a warehouse, the interior ministry said. Officials said the raid followed "
    "a two-month investigation into smuggling.\n\n"
    "Minister Arben Hoxha told reporters that {n} computers were seized."
)
CITIES = ("Tirana", "Durres", "Vlore", "Shkoder", "Elbasan", "Korce", "Fier", "Berat")


def story(n: int) -> str:
    """A short news story, different for every ``n``."""
    city = CITIES[n % len(CITIES)]
    return STORY.replace("{city.upper()}", city.upper()).format(n=n + 2, city=city)


def paragraph(n: int) -> str:
    """One body paragraph with a person, a place, a number and a date."""
    city = CITIES[n % len(CITIES)]
    return (
        f"On Monday police in {city} arrested {n + 2} people, the ministry said. "
        f"Minister Arben Hoxha said {n + 5} computers were seized in {city} in May."
    )


def _offsets_inside(value: object, length: int) -> None:
    """Every ``start``/``end`` in an exported article lies inside its text."""
    if isinstance(value, list):
        for item in value:
            _offsets_inside(item, length)
    elif isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            assert 0 <= value["start"] <= value["end"] <= length, value
        for item in value.values():
            _offsets_inside(item, length)


def _stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT id, source_path FROM documents"))


# --- a folder of poison and good files ----------------------------------------


def test_poison_folder_stores_every_good_file_and_names_every_bad_one(
    tmp_path: Path,
):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"good{n}.txt").write_text(story(n), encoding="utf-8")
    # spaCy refuses one text over 1,000,000 characters (E088); the limit is 2 M.
    # Long words keep it cheap: the cost is in tokens, the limit in characters.
    long_text = "\n\n".join(f"{paragraph(n)} {'x' * 9_000}" for n in range(120))
    assert 1_000_000 < len(long_text) < 2_000_000
    (folder / "long.jsonl").write_text(
        json.dumps({"id": "long", "text": long_text}) + "\n", encoding="utf-8"
    )
    (folder / "feed.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "fine", "text": story(10)}),
                '{"id": "lone", "text": "A lone \\ud800 surrogate in Tirana."}',
                json.dumps({"id": "listed", "title": ["a", "b"], "text": story(11)}),
                json.dumps({"id": "counted", "text": 42}),
            ]
        ),
        encoding="utf-8",
    )
    # a file name that is not UTF-8 (Latin-1 "café"): stored under an escaped name
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(story(20).encode())
    (folder / "latin1.txt").write_bytes("Caf\xe9 in Tirana".encode("latin-1"))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    db = tmp_path / "kb.db"

    run = subprocess.run(
        [sys.executable, "-m", "corroborate", "ingest", str(folder), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=900,
    )

    assert run.returncode == EXIT_INPUT, run.stderr
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert sorted(errors) == sorted(
        [
            f"error: {folder}/feed.jsonl:2: field 'text' holds a lone surrogate "
            "(U+D800) at character 7, which is not a character; fix the \\u escape",
            f"error: {folder}/feed.jsonl:3: field 'title' must be a string, not a list",
            f"error: {folder}/feed.jsonl:4: field 'text' must be a string, not a number",
            f"error: {folder}/image.txt: binary file (NUL bytes), not text",
            f"error: {folder}/latin1.txt: not valid UTF-8 (byte 0xe9 at offset 3); "
            "re-save the file as UTF-8",
        ]
    )
    sources = {source for _, source in _stored(db)}
    assert sources == {
        f"{folder}/caf\\xe9.txt",
        f"{folder}/feed.jsonl#fine",
        f"{folder}/good0.txt",
        f"{folder}/good1.txt",
        f"{folder}/good2.txt",
        f"{folder}/long.jsonl#long",
    }
    with Store(db) as store:
        (long_article,) = [
            a for a in store.articles() if a.source_path.endswith("#long")
        ]
    assert long_article.text == long_text
    _offsets_inside(long_article.to_dict(), len(long_text))
    hoxha = [
        m for m in long_article.mentions if long_article.span_text(m).endswith("Hoxha")
    ]
    # found in every piece, not only the first
    assert len(hoxha) > 0.9 * long_text.count("Hoxha")
    assert max(m.start for m in hoxha) > 1_000_000


# --- each document its own unit of failure ------------------------------------


@extractor("poison.test.v1", assigns=())
def make_poison_extractor():
    """Fails on an article that says POISON (a stand-in for any bug)."""

    def extract(article: Article, sdoc: object) -> None:
        if "POISON" in article.text:
            raise ValueError("poisoned")

    return extract


def test_a_document_that_breaks_annotation_costs_only_itself():
    docs = [
        Document(f"d{n}", text, f"in/{n}.txt", "text/plain")
        for n, text in enumerate([story(1), "POISON in Tirana today.", story(2)])
    ]
    pipeline = Pipeline(names=("entities.news.v1", "poison.test.v1"), strict=True)

    first, bad, last = annotate_documents(docs, pipeline)

    assert isinstance(bad, InputError) and bad.path == "in/1.txt"
    assert (
        "internal error while annotating" in bad.problem and "poisoned" in bad.problem
    )
    assert isinstance(first, Document) and first.articles[0].mentions
    assert isinstance(last, Document) and last.articles[0].mentions


def test_a_document_the_store_refuses_costs_only_itself(tmp_path: Path):
    docs = [Document(f"d{n}", story(n), f"in/{n}.txt", "text/plain") for n in range(3)]
    docs[1].source_path = "in/\ud800.txt"  # no store can encode it
    for doc in docs:
        doc.articles = [Article(f"{doc.id}#1", doc.id, doc.text, doc.source_path)]
    with Store(tmp_path / "kb.db") as store:
        added, stored, errors = _store_documents(store, docs)
        assert store.document_ids() == {"d0", "d2"}
    assert added == 2 and [d.id for d in stored] == ["d0", "d2"]
    (error,) = errors
    assert error.path == "in/\ud800.txt" and "could not be stored" in error.problem


def test_input_error_crosses_process_boundaries():
    import pickle

    error = pickle.loads(pickle.dumps(InputError("a.txt", "empty file")))
    assert (error.path, error.problem, str(error)) == (
        "a.txt",
        "empty file",
        "a.txt: empty file",
    )


def test_jsonl_line_with_wrong_types_is_named_not_stored(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": 7, "text": story(1), "outlet": {"name": "X"}})
        + "\n"
        + json.dumps({"id": 8, "text": story(2), "url": None})
        + "\n",
        encoding="utf-8",
    )
    bad, good = read_documents(feed)
    assert str(bad) == f"{feed}:1: field 'outlet' must be a string, not an object"
    assert isinstance(good, Document) and good.source_path == f"{feed}#8"


# --- long texts in pieces ------------------------------------------------------


def test_pieces_cover_the_text_and_end_at_paragraphs():
    text = "\n\n".join(paragraph(n) for n in range(40))
    pieces = split_pieces(text, 1_000)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(b - a <= 1_000 for a, b in pieces)
    assert all(text[a:b].endswith("\n\n") for a, b in pieces[:-1])


def test_pieces_cut_a_text_without_breaks_at_the_size():
    assert split_pieces("x" * 2_500, 1_000) == [
        (0, 1_000),
        (1_000, 2_000),
        (2_000, 2_500),
    ]
    assert split_pieces("a b" * 500, 1_000)[0] == (0, 998)


def test_a_date_on_a_copyright_line_never_dates_the_article():
    body = "Police in Tirana arrested 12 people on Monday, the ministry said.\n\n"
    (article,) = process_text(body + "Copyright Monday, 3 June 2024 Example News.")
    assert article.published.value is None
    (article,) = process_text(body + "Posted Monday, 3 June 2024 by Example News.")
    assert article.published.value == "2024-06-03"


def test_runs_of_spaces_or_repeated_words_take_linear_time():
    text = " " * 50_000 + "a " * 25_000 + "the " * 12_500 + "\n" * 50_000
    started = time.process_time()
    find_timexes(text)
    assert time.process_time() - started < 10  # quadratic: about an hour


def test_long_article_annotated_in_pieces_matches_each_paragraph():
    text = "\n\n".join(["3 June 2024"] + [paragraph(0)] * 12)
    whole = Pipeline(piece_chars=len(text)).annotate(text)
    pieces = Pipeline(piece_chars=700).annotate(text)
    assert len(split_pieces(text, 700)) == 3
    for name in ("mentions", "places", "quantities"):
        spans = {(x.start, x.end) for x in getattr(pieces, name)}
        assert spans == {(x.start, x.end) for x in getattr(whole, name)}, name
    assert pieces.published == whole.published
    assert pieces.published.value == "2024-06-03"
    # the later pieces anchor "on Monday" on the date the first piece found
    assert {(d.start, d.value) for d in pieces.dates} == {
        (d.start, d.value) for d in whole.dates
    }
    assert "2024-06-03" in {d.value for d in pieces.dates[-3:]}
    assert len(pieces.events) == len(whole.events) > 0
    for quantity in pieces.quantities:
        kind, _, index = (quantity.linked_to or "none:0").partition(":")
        if kind == "event":
            event = pieces.events[int(index)]
            assert event.evidence.start <= quantity.start < event.evidence.end
    _offsets_inside(pieces.to_dict(), len(text))


# --- exit statuses ---------------------------------------------------------------


def test_exit_status_tells_input_usage_and_internal_errors_apart(tmp_path: Path):
    runner = CliRunner()
    (tmp_path / "empty.txt").write_bytes(b"")
    rejected = runner.invoke(
        cli, ["ingest", str(tmp_path / "empty.txt"), "--quiet", "--db", "x.db"]
    )
    assert rejected.exit_code == EXIT_INPUT and "empty file" in rejected.output
    assert runner.invoke(cli, ["ingest"]).exit_code == EXIT_USAGE
    assert runner.invoke(cli, ["ingest", "--workers", "two", "x"]).exit_code == 2
    unknown = runner.invoke(cli, ["eval", "nonsense"])
    assert unknown.exit_code == EXIT_USAGE and "unknown task" in unknown.output

    @click.group(cls=Commands)
    def group() -> None:
        """A group with a bug."""

    @group.command()
    def buggy() -> None:
        raise KeyError("oops")

    crashed = runner.invoke(group, ["buggy"])
    assert crashed.exit_code == EXIT_INTERNAL
    assert "Traceback" in crashed.output
    assert "internal error: KeyError('oops')" in crashed.output.splitlines()[-2]


# --- kill -9 ----------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "corroborate", "ingest", str(folder), "--quiet"]
        + ["--db", str(db), "--workers", "2"],
        stderr=subprocess.PIPE,
    )


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_kill_9_mid_ingest_then_rerun_leaves_everything_once(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    count = 130  # more than two batches: the pool starts, commits come in steps
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(story(n), encoding="utf-8")
    db = tmp_path / "kb.db"
    first = _ingest(folder, db)
    deadline = time.monotonic() + 600
    while not (db.exists() and _count(db) > 0):
        assert first.poll() is None, first.stderr.read().decode()
        assert time.monotonic() < deadline, "nothing stored in 10 minutes"
        time.sleep(0.05)
    workers = _descendants(first.pid)
    assert workers, "no worker processes"
    assert first.poll() is None, "the ingest ended before it could be killed"
    first.send_signal(signal.SIGKILL)
    first.wait()
    first.stderr.close()
    # killed after its first commit: mid-way through the documents, or on a fast
    # machine with every document stored and the corpus stages under way
    assert 0 < _count(db) <= count
    # the workers end with their parent, within seconds, not after their batch
    deadline = time.monotonic() + 5
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(workers), f"workers {_alive(workers)} outlived their parent"

    second = _ingest(folder, db)
    _, stderr = second.communicate(timeout=900)
    assert second.returncode == 0, stderr.decode()

    stored = _stored(db)
    assert len(stored) == count
    assert sorted(source for _, source in stored) == sorted(
        str(path) for path in folder.iterdir()
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        articles = conn.execute("SELECT count(*), count(DISTINCT id) FROM articles")
        assert articles.fetchone() == (count, count)
        orphans = conn.execute(
            "SELECT count(*) FROM articles WHERE document_id NOT IN "
            "(SELECT id FROM documents)"
        )
        assert orphans.fetchone() == (0,)


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive
