"""Reading files: every kind of bad input gets one clear message naming the file."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from corroborate.errors import InputError
from corroborate.ingest import MAX_FILE_BYTES, iter_paths, read_documents
from corroborate.records import Document


def _read(path: Path) -> list[Document | InputError]:
    return list(read_documents(path))


@pytest.mark.parametrize(
    "name,content,problem",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  ", "no text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
        ("latin1.txt", "Caf\xe9 in Tirana".encode("latin-1"), "not valid UTF-8"),
        ("controls.txt", b"\x01\x02\x03\x04\x05abc" * 50, "binary content"),
        (
            "nothing.html",
            b"<html><body><script>alert(1)</script></body></html>",
            "no article text",
        ),
    ],
)
def test_ingest_bad_file_is_named(
    tmp_path: Path, name: str, content: bytes, problem: str
):
    path = tmp_path / name
    path.write_bytes(content)
    (result,) = _read(path)
    assert isinstance(result, InputError)
    assert str(path) in str(result) and problem in str(result)


def test_ingest_huge_file_is_refused(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (result,) = _read(path)
    assert isinstance(result, InputError) and "too large" in str(result)


def test_ingest_jsonl_bad_line_does_not_stop_the_file(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "A story about rain.", "outlet": "X"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "b"}),
        json.dumps(
            {
                "id": "c",
                "html": "<html><body><article><p>"
                + "Words here. " * 30
                + "</p></article></body></html>",
                "published": "2024-10-04",
            }
        ),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = _read(path)
    errors = [str(r) for r in results if isinstance(r, InputError)]
    docs = [r for r in results if isinstance(r, Document)]
    assert [d.outlet for d in docs] == ["X", None] and docs[1].published == "2024-10-04"
    assert any(":2: malformed JSON line" in e for e in errors)
    assert any(":3: JSON line is not an object" in e for e in errors)
    assert any(":4: JSON line has neither" in e for e in errors)


def test_ingest_html_metadata(tmp_path: Path):
    path = tmp_path / "page.html"
    body = "<p>" + "The minister met the envoy in the capital. " * 20 + "</p>"
    path.write_text(
        "<html><head><title>Envoy Meets Minister</title>"
        '<meta property="og:site_name" content="Daily Example">'
        '<meta name="date" content="2024-10-04"></head>'
        f"<body><article><h1>Envoy Meets Minister</h1>{body}</article>"
        "<script>document.write('x')</script></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read(path)
    assert isinstance(doc, Document)
    assert (doc.title, doc.outlet, doc.published) == (
        "Envoy Meets Minister",
        "Daily Example",
        "2024-10-04",
    )
    assert "document.write" not in doc.text


def test_ingest_utf8_bom_and_crlf(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHeadline Here\r\n\r\nBody text.\r\n".encode())
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.text == "Headline Here\n\nBody text.\n"


def _mojibake(text: str, times: int = 1) -> str:
    """``text`` as a scraper shows it after decoding its UTF-8 as Windows-1252
    ``times`` over (as browsers do: bytes 1252 leaves undefined kept as they are)."""
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    for _ in range(times):
        text = text.encode("utf-8").decode("sloppy-windows-1252")
    return text


@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize("suffix", [".jsonl", ".txt"])
def test_ingest_repairs_mojibake_and_nothing_else(
    tmp_path: Path, times: int, suffix: str
):
    title = "Judge blocks Pa.’s new voter ID requirement"
    text = "The judge’s order — issued in Zürich — keeps “voter ID” on hold."
    path = tmp_path / f"in{suffix}"
    if suffix == ".jsonl":
        record = {
            "id": "a",
            "title": _mojibake(title, times),
            "text": _mojibake(text, times),
        }
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    else:
        path.write_text(_mojibake(text, times), encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.text == text
    assert doc.title == (title if suffix == ".jsonl" else None)


def test_ingest_repairs_mojibake_written_decomposed(tmp_path: Path):
    """Mojibake ("PeÃ±a" for "Peña") stored with the "Ã" decomposed (an "A"
    and a combining tilde) is repaired too; a decomposed "é" elsewhere, no
    mojibake, stays as written."""
    text = "Pe" + unicodedata.normalize("NFD", "\u00c3") + "\u00b1a Nieto said so."
    path = tmp_path / "nfd.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.text == "Pe\u00f1a Nieto said so."
    plain = "The cafe\u0301 stays as written."
    path.write_text(json.dumps({"text": plain}) + "\n", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.text == plain


def test_ingest_leaves_text_in_its_right_encoding_alone(tmp_path: Path):
    text = (
        "In São Paulo, Ñuñoa's naïve “Brücke” & Łódź ½ &amp; 'quoted' stay as written."
    )
    path = tmp_path / "right.jsonl"
    path.write_text(json.dumps({"title": text, "text": text}) + "\n", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and (doc.text, doc.title) == (text, text)


def test_ingest_same_content_same_id(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same text.", encoding="utf-8")
    ids = {d.id for p in ("a.txt", "b.txt") for d in _read(tmp_path / p)}
    assert len(ids) == 1


def test_ingest_iter_paths_folders_and_unknown(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    found = list(iter_paths([tmp_path, tmp_path / "b.pdf", tmp_path / "missing.txt"]))
    assert found[0] == tmp_path / "sub" / "a.txt"
    assert "unsupported file type '.pdf'" in str(found[1])
    assert "no such file" in str(found[2])


_BODY = (
    "<p>" + "The council met in Berlin and agreed a budget for schools. " * 10 + "</p>"
)


@pytest.mark.parametrize(
    "page,published",
    [
        (f"<article>{_BODY}</article><footer><p>(c) 2024 Example</p></footer>", None),
        (f"<article>{_BODY}</article><p>Copyright 2023 Example News</p>", None),
        (f"<article>{_BODY}<p>In 2019 the council said so.</p></article>", None),
        (f"<article><p>Published 3 June 2024</p>{_BODY}</article>", "2024-06-03"),
        (
            f"<article><time datetime='2024-01-01'>New Year</time>{_BODY}</article>"
            "<footer>\u00a9 2024 Example</footer>",
            "2024-01-01",
        ),
    ],
)
def test_ingest_html_copyright_year_never_dates_the_page(
    tmp_path: Path, page: str, published: str | None
):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.published == published


def test_ingest_jsonl_id_may_be_a_number_but_not_true(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": 12, "text": "Rain in Tirana."})
        + "\n"
        + json.dumps({"id": True, "text": "Rain in Durres."}),
        encoding="utf-8",
    )
    doc, error = _read(path)
    assert isinstance(doc, Document) and doc.input_id == "12"
    assert str(error) == f"{path}:2: field 'id' must be a string, not true/false"


def test_ingest_counts_documents_and_reports_each_one_done(tmp_path: Path):
    from corroborate.build import ingest_paths
    from corroborate.ingest import count_documents
    from corroborate.store import Store

    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    rows = [
        json.dumps(
            {"id": "a", "text": "Rain fell on Tirana on Monday, officials said."}
        ),
        "",
        "{not json",
        json.dumps({"id": "b", "text": "The council met in Durres on Tuesday."}),
    ]
    feed.write_text("\n".join(rows) + "\n\n", encoding="utf-8")
    (tmp_path / "in" / "note.txt").write_text("Police in Vlora arrested two men.")
    paths = [tmp_path / "in", tmp_path / "missing.txt"]
    # three JSONL lines (one bad), a text file, a path that is not there
    assert count_documents(paths) == 5
    assert count_documents(paths) == sum(
        1
        for item in iter_paths(paths)
        for _ in ([item] if isinstance(item, InputError) else read_documents(item))
    )
    with Store(tmp_path / "kb.db") as store:
        for stored in (3, 0):  # then again: all three known, skipped
            done: list[int] = []
            report = ingest_paths(paths, store, workers=1, progress=done.append)
            assert report.documents == stored and len(report.errors) == 2
            assert sum(done) == 5
