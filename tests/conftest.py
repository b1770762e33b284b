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
