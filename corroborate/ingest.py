"""Reading files into Documents: plain text, HTML and JSON Lines.

Every problem with an input (binary, broken encoding, empty, too large,
malformed JSON line, HTML with no article text) becomes an
:class:`~corroborate.errors.InputError` naming the file, yielded in place of
the document, so that one bad file never stops a run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import Document

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_FILE_BYTES = 50_000_000
"""Files above this size are refused (a news article is a few kB; 50 MB of
JSON Lines is ~20k articles, still one file we can hold in memory)."""
MAX_RECORD_CHARS = 2_000_000
"""One article's text above this many characters is refused as not an article."""
BINARY_SNIFF_BYTES = 8192
MAX_CONTROL_RATIO = 0.02
"""Share of control characters (other than tab/newline/CR/FF) above which a
decoded file is called binary; real text has none."""


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, sorted) into input files.

    A folder contributes the files with a supported suffix; a file named
    explicitly with another suffix, or a path that does not exist, yields an
    :class:`InputError`.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                yield InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; "
                    f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                )
        else:
            yield InputError(str(path), "no such file or folder")


def read_documents(path: Path) -> Iterator[Document | InputError]:
    """Read one file into Documents (one per file, or one per JSONL line)."""
    try:
        data = _read_bytes(path)
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _read_jsonl(path, data)
            return
        text = decode_text(data, str(path))
        if suffix in (".html", ".htm"):
            doc = _html_document(str(path), text, _content_id(data))
        else:
            _check_text(str(path), text)
            doc = Document(_content_id(data), text, str(path), "text/plain")
        doc.input_id = path.name
        yield doc
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty file")
    if size > MAX_FILE_BYTES:
        raise InputError(
            str(path),
            f"file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
        )
    data = path.read_bytes()
    if b"\x00" in data[:BINARY_SNIFF_BYTES] and not data.startswith(
        (b"\xff\xfe", b"\xfe\xff")
    ):
        raise InputError(str(path), "binary file (NUL bytes), not text")
    return data


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (BOM allowed), else UTF-16 with a BOM.

    Raises:
        InputError: the bytes are not valid in either, naming the first bad byte.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise_newlines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise InputError(name, f"broken UTF-16 text: {exc.reason}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            name,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8",
        ) from exc
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_text(name: str, text: str) -> None:
    if not text.strip():
        raise InputError(name, "no text (only whitespace)")
    if len(text) > MAX_RECORD_CHARS:
        raise InputError(
            name, f"text too long ({len(text):,} characters) for one record"
        )
    sample = text[:BINARY_SNIFF_BYTES]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\f")
    if controls > MAX_CONTROL_RATIO * len(sample):
        raise InputError(name, "binary content (control characters), not text")


def _content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _html_document(name: str, html: str, doc_id: str, **meta: Any) -> Document:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False
        )
    except Exception as exc:  # trafilatura raises many types on hostile HTML
        raise InputError(name, f"HTML could not be parsed: {exc}") from exc
    result: dict[str, Any] = {}
    if extracted is not None:
        result = extracted if isinstance(extracted, dict) else extracted.as_dict()
    if not (result.get("text") or "").strip():
        raise InputError(name, "no article text found in the HTML")
    text = _normalise_newlines(result["text"])
    _check_text(name, text)
    return Document(
        doc_id,
        text,
        name,
        "text/html",
        title=meta.get("title") or result.get("title"),
        outlet=meta.get("outlet") or result.get("sitename"),
        url=meta.get("url") or result.get("url"),
        published=meta.get("published") or result.get("date"),
    )


def _read_jsonl(path: Path, data: bytes) -> Iterator[Document | InputError]:
    text = decode_text(data, str(path))
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{path}:{lineno}"
        try:
            yield _jsonl_document(name, str(path), line)
        except InputError as exc:
            yield exc


def _jsonl_document(name: str, source: str, line: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            name, f"malformed JSON line ({exc.msg} at column {exc.colno})"
        ) from exc
    if not isinstance(record, dict):
        raise InputError(name, "JSON line is not an object")
    meta = {k: _as_str(record.get(k)) for k in ("title", "outlet", "url", "published")}
    key = _as_str(record.get("id")) or ""
    doc_id = _content_id(f"{key}\x00{line}".encode())
    if isinstance(record.get("text"), str) and record["text"].strip():
        text = _normalise_newlines(record["text"])
        _check_text(name, text)
        return Document(
            doc_id,
            text,
            f"{source}#{key or name}",
            "application/jsonl",
            title=meta["title"],
            outlet=meta["outlet"],
            url=meta["url"],
            published=meta["published"],
            input_id=key or Path(name).name,
        )
    if isinstance(record.get("html"), str):
        doc = _html_document(name, record["html"], doc_id, **meta)
        doc.source_path = f"{source}#{key or name}"
        doc.input_id = key or Path(name).name
        return doc
    raise InputError(name, "JSON line has neither a non-empty 'text' nor 'html' field")


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)
