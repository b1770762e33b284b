"""Shared fixtures: the bundled example files, their articles, a fresh store."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from corroborate.evaluate import BENCH_DIR
from corroborate.ingest import read_documents
from corroborate.records import Article, Document
from corroborate.segment import segment_document
from corroborate.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MEK_FILE = EXAMPLES / "000_1b2ae591da823d2e.txt"
PAIR_FILE = EXAMPLES / "004_30cf9f035190dbdd.txt"


def _segment(path: Path) -> list[Article]:
    (doc,) = read_documents(path)
    assert isinstance(doc, Document)
    return segment_document(doc)


@pytest.fixture(scope="session")
def sample_articles() -> dict[str, Article]:
    """The three articles of the two sample files, keyed as in expected.yaml."""
    first = _segment(MEK_FILE)
    second = _segment(PAIR_FILE)
    assert len(first) == 1 and len(second) == 2, "the samples hold three articles"
    return {"000#1": first[0], "004#1": second[0], "004#2": second[1]}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """An empty knowledge base in a temporary file."""
    with Store(tmp_path / "kb.db") as kb:
        yield kb


PG_ENV = "CORROBORATE_TEST_PG"


@contextmanager
def pg_schema() -> Iterator[str]:
    """The URL of a fresh schema in $CORROBORATE_TEST_PG, dropped afterwards; skips
    the test when the variable is unset (.ci/run starts a server and sets it)."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against")
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="session")
def new_pg_schema() -> Callable[[], AbstractContextManager[str]]:
    """:func:`pg_schema`, for fixtures of a wider scope than one test."""
    return pg_schema


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL knowledge base of its own (see :func:`pg_schema`)."""
    with pg_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def kb_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new knowledge base's URL on each backend: a SQLite file, a PostgreSQL schema."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "kb.db")


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """../shared/bench, or skip the test when it is absent."""
    if not BENCH_DIR.is_dir():
        pytest.skip(f"evaluation data not found at {BENCH_DIR}")
    return BENCH_DIR


@pytest.fixture(scope="session")
def sample_text() -> Callable[[str, int], str]:
    """Raw text of a sample file (``"000"``/``"004"``); the 004 file is cut at its
    second headline, ``part`` 0 or 1, without running the segmenter."""

    def read(file_prefix: str, part: int = 0) -> str:
        path = next(EXAMPLES.glob(f"{file_prefix}_*.txt"))
        text = path.read_text(encoding="utf-8")
        if file_prefix == "004":
            cut = text.index("Russia Has Decided")
            text = text[:cut] if part == 0 else text[cut:]
        return text

    return read


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled example files (copies of the two sample files)."""
    return EXAMPLES


# -- the web app served for real (test_web_security, test_browser) ---------------


@pytest.fixture(scope="session")
def examples_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled examples ingested into a knowledge base, once per session;
    a test that writes to it works on a copy."""
    from corroborate.build import ingest_paths
    from corroborate.corpus import update_corpus

    path = tmp_path_factory.mktemp("examples_kb") / "kb.db"
    with Store(path) as kb:
        ingest_paths([EXAMPLES], kb, workers=1)
        update_corpus(kb)
    return path


@pytest.fixture(scope="module")
def serve_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., str]]:
    """A function starting ``corroborate serve --db DB ARGS...`` (uvicorn) on a
    free loopback port and returning its base URL once it answers; the servers
    stop when the test module ends."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    servers: list[subprocess.Popen[bytes]] = []
    env = {k: v for k, v in os.environ.items() if k != "CORROBORATE_TOKEN"}

    def start(db: Path, *args: str) -> str:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        log = tmp_path_factory.mktemp("serve") / "stderr.txt"
        command = [sys.executable, "-m", "corroborate", "serve", "--db", str(db),
                   "--port", str(port), *args]  # fmt: skip
        with log.open("wb") as stderr:
            servers.append(subprocess.Popen(command, stderr=stderr, env=env))
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if servers[-1].poll() is not None:
                raise RuntimeError(f"{command} exited: {log.read_text()}")
            try:
                httpx.get(f"{url}/.json", timeout=5)
                return url
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError(f"{command} did not answer within 90 s: {log.read_text()}")

    yield start
    for server in servers:
        server.terminate()
    for server in servers:
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:  # a request still running holds it up
            server.kill()
            server.wait()
