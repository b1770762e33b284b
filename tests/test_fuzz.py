"""Fuzzing ingest: random and mutated bytes, JSON Lines, HTML and text.

Whatever the input, no exception escapes (a bad input is an
:class:`InputError` naming it, the command exits 0 or 1, never 3), every
offset stays inside its article's text, and the store stays consistent:
what the run reports is what is stored, every article has its document, and
a second run stores nothing twice.

Bounded for CI: ``FUZZ_EXAMPLES`` (default 40) inputs for reading and a
fifth of that for whole ``corroborate ingest`` runs, derandomised so that a
run is reproducible; raise it locally to search longer
(``FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py``). Found so far: an HTML
page with no date crashed the footer-date check (fixed).
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from corroborate.cli import cli
from corroborate.errors import EXIT_INPUT, EXIT_OK, InputError
from corroborate.ingest import MAX_RECORD_CHARS, SUPPORTED_SUFFIXES, read_documents
from corroborate.records import Document
from corroborate.store import Store

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
INGEST_FUZZ = settings(
    FUZZ, max_examples=max(2, EXAMPLES // 5), phases=set(Phase) - {Phase.shrink}
)
"""A whole run is slow to shrink (minutes): a failure is reported as found."""

SEED_TEXT = (
    "Ministers Meet in Tirana\n\n"
    "TIRANA -- Albania's foreign minister met his Greek counterpart on 3 June "
    "2024, the ministry said. About 200 people protested outside.\n\n"
    "\u201cWe agreed on the border,\u201d the minister said on Tuesday.\n"
)
SEED_HTML = (
    "<html><head><title>Ministers Meet</title>"
    '<meta property="article:published_time" content="2024-06-03"></head>'
    "<body><nav>Home | World</nav><article><h1>Ministers Meet in Tirana</h1>"
    f"<p>{SEED_TEXT.split(chr(10))[2]}</p><p>Police said 12 were held.</p>"
    "</article><footer>(c) 2024 Example News</footer></body></html>"
)
SEED_JSONL = "\n".join(
    json.dumps(record, ensure_ascii=False)
    for record in (
        {"id": "a", "text": SEED_TEXT, "outlet": "Wire", "published": "2024-06-03"},
        {"id": 2, "html": SEED_HTML, "title": "Meeting"},
        {"id": "c", "text": "Short note from Durres.", "url": "https://x.test/c"},
    )
)
SEEDS = {
    ".txt": SEED_TEXT.encode(),
    ".html": SEED_HTML.encode(),
    ".jsonl": SEED_JSONL.encode(),
}
NASTY = [
    b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xc3",
    b"\r", b"\r\n", b"\n\n\n", b"\\ud800", b'\\"', b"\t", b"\x1b[31m", b"\xe2\x80\xa8",
    b"<script>", b"</p>", b"<!--", b"]]>", b"&#0;", b"&#xd800;", b"{", b"}", b"[",
    b'"text": 7', b'"title": []', b"(c) 2024", b"\xc2\xa9 2023", b"\xf0\x9f\x87\xa6\xf0\x9f\x87\xb1",
]  # fmt: skip
"""Bytes that broke, or could break, a reader: BOMs, broken UTF-8, escapes of
lone surrogates, control characters, markup, JSON pieces, flags, footers."""


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few bytes flipped, spliced, cut, repeated or nasty."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "insert", "nasty", "cut", "repeat"]))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif action == "nasty":
            data[at:at] = draw(st.sampled_from(NASTY))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * 3
    return bytes(data)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
_jsonl_records = st.fixed_dictionaries(
    {},
    optional={
        "id": _json_values,
        "text": st.one_of(st.text(max_size=300), _json_values),
        "html": st.one_of(st.text(max_size=300), _json_values),
        "title": _json_values,
        "outlet": _json_values,
        "url": _json_values,
        "published": st.one_of(st.text(max_size=30), _json_values),
    },
)
_jsonl = st.lists(
    _jsonl_records.map(lambda r: json.dumps(r, ensure_ascii=False)), max_size=4
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
_html = st.lists(
    st.tuples(
        st.sampled_from(["p", "h1", "div", "script", "article", "td"]), st.text()
    ),
    max_size=6,
).map(
    lambda parts: (
        "<html><body>" + "".join(f"<{t}>{x}</{t}>" for t, x in parts) + "</body></html>"
    ).encode("utf-8", "surrogatepass")
)
_text = st.text(min_size=1, max_size=500).map(
    lambda s: s.encode("utf-8", "surrogatepass")
)


@st.composite
def input_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name suffix and content: random, mutated or generated."""
    suffix = draw(st.sampled_from(SUPPORTED_SUFFIXES))
    kind = ".html" if suffix == ".htm" else suffix
    content = draw(
        st.one_of(
            st.binary(max_size=400),
            mutated(SEEDS[kind]),
            {".txt": _text, ".html": _html, ".jsonl": _jsonl}[kind],
        )
    )
    return suffix, content


def _no_surrogates(value: str | None) -> bool:
    return value is None or not any("\ud800" <= c <= "\udfff" for c in value)


@FUZZ
@given(input_file())
def test_reading_any_file_gives_documents_or_named_errors(file: tuple[str, bytes]):
    suffix, content = file
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(content)
        for result in read_documents(path):
            if isinstance(result, InputError):
                assert result.path.startswith(str(path)) and result.problem
                assert "internal error" not in result.problem
                continue
            assert isinstance(result, Document)
            assert result.text.strip() and len(result.text) <= MAX_RECORD_CHARS
            for value in (result.text, result.title, result.outlet, result.url):
                assert value is None or isinstance(value, str)
                assert _no_surrogates(value)


def _offsets_inside(value: object, length: int) -> None:
    if isinstance(value, list):
        for item in value:
            _offsets_inside(item, length)
    elif isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            assert 0 <= value["start"] <= value["end"] <= length, value
        for item in value.values():
            _offsets_inside(item, length)


def _ingest(folder: Path, db: Path) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["ingest", str(folder), "--db", str(db), "--workers", "1"]
    )
    return result.exit_code, result.output


@INGEST_FUZZ
@given(st.lists(input_file(), min_size=1, max_size=3))
def test_ingest_never_crashes_and_keeps_the_store_consistent(
    files: list[tuple[str, bytes]],
):
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "in", Path(tmp) / "kb.db"
        folder.mkdir()
        for n, (suffix, content) in enumerate(files):
            (folder / f"{n}{suffix}").write_bytes(content)

        status, output = _ingest(folder, db)

        assert status in (EXIT_OK, EXIT_INPUT), output
        assert "Traceback" not in output and "internal error" not in output
        with Store(db) as store:
            documents, articles = store.count("documents"), store.count("articles")
            for article in store.articles():
                _offsets_inside(article.to_dict(), len(article.text))
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            orphans = conn.execute(
                "SELECT count(*) FROM articles WHERE document_id NOT IN "
                "(SELECT id FROM documents)"
            ).fetchone()
            assert orphans == (0,)
        assert f"{documents} new documents, {articles} new articles" in output

        again, output = _ingest(folder, db)

        assert again == status
        assert f"0 new documents, 0 new articles, {documents} already stored" in output
