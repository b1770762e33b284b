"""Reading files into Documents: plain text, HTML and JSON Lines.

Every problem with an input (binary, broken encoding, empty, too large,
malformed JSON line, HTML with no article text) becomes an
:class:`~corroborate.errors.InputError` naming the file, yielded in place of
the document, so that one bad file never stops a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import ftfy

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
JSONL_TEXT_FIELDS = ("title", "outlet", "url", "published")
"""Optional JSONL fields: each a string or null."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def display_path(path: str | Path) -> str:
    """A path as text that can always be printed and stored.

    A file name that is not valid UTF-8 decodes with lone surrogates, which
    neither a terminal nor the store accepts; its bad bytes are shown as
    ``\\xe9`` escapes instead.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


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
                    display_path(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; "
                    f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                )
        else:
            yield InputError(display_path(path), "no such file or folder")


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many documents :func:`read_documents` will give for these paths (a
    JSONL file's non-blank lines, one for any other file or bad path), for a
    progress bar: read fast, without decoding or parsing."""
    count = 0
    for item in iter_paths(paths):
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            try:
                with item.open("rb") as handle:
                    count += sum(1 for line in handle if line.strip())
                continue
            except OSError:
                pass  # read_documents names the problem
        count += 1
    return count


def read_documents(path: Path) -> Iterator[Document | InputError]:
    """Read one file into Documents (one per file, or one per JSONL line).

    Nothing escapes: any failure, expected or not, is yielded as an
    :class:`InputError` naming the file (and the JSONL line).
    """
    name = display_path(path)
    try:
        data = _read_bytes(path, name)
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            for item in _read_jsonl(name, data):
                yield _repaired(item) if isinstance(item, Document) else item
            return
        text = decode_text(data, name)
        if suffix in (".html", ".htm"):
            doc = _html_document(name, text, _content_id(data))
        else:
            _check_text(name, text)
            doc = Document(_content_id(data), text, name, "text/plain")
        doc.input_id = display_path(path.name)
        yield _repaired(doc)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a bug must cost this file only
        yield internal_error(name, "reading", exc)


def _repaired(doc: Document) -> Document:
    """The document with its text, title and outlet repaired where they were
    decoded in the wrong encoding on the way to us (mojibake: "Pa.Ã¢â‚¬â„¢s"
    for "Pa.’s"), by ftfy's ``fix_encoding``, which changes nothing else (no
    quotes straightened, no HTML unescaped). Offsets are into the repaired
    text; the document's id is that of the input as read."""
    doc.text = _fixed(doc.text)
    doc.title = doc.title and _fixed(doc.title)
    doc.outlet = doc.outlet and _fixed(doc.outlet)
    return doc


def _fixed(text: str) -> str:
    """A text with its mojibake undone; also where its letters came
    decomposed ("PeA\u0303\u00b1a": "Ã" as "A" and a combining tilde, which
    ftfy reads only composed), then composed (NFC) only if there was any."""
    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        return fixed
    composed = unicodedata.normalize("NFC", text)
    repaired = ftfy.fix_encoding(composed)
    return repaired if repaired != composed else text


def internal_error(name: str, stage: str, exc: BaseException) -> InputError:
    """An unexpected exception on one input, as an error naming that input."""
    return InputError(
        name, f"internal error while {stage}: {exc!r} (a bug; please report it)"
    )


def _read_bytes(path: Path, name: str) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise InputError(name, "empty file")
    if size > MAX_FILE_BYTES:
        raise InputError(
            name,
            f"file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
        )
    data = path.read_bytes()
    if b"\x00" in data[:BINARY_SNIFF_BYTES] and not data.startswith(
        (b"\xff\xfe", b"\xfe\xff")
    ):
        raise InputError(name, "binary file (NUL bytes), not text")
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
    try:
        result = _extract_html(html)
    except Exception as exc:  # trafilatura raises many types on hostile HTML
        raise InputError(name, f"HTML could not be parsed: {exc}") from exc
    if not (result.get("text") or "").strip():
        raise InputError(name, "no article text found in the HTML")
    text = _normalise_newlines(result["text"])
    _check_text(name, text)
    if (result.get("date") or "").endswith("-01"):
        result["date"] = _markup_date(html)
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


def _extract_html(html: str) -> dict[str, Any]:
    """Trafilatura's text and metadata of a page (empty when it finds nothing)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False
    )
    if extracted is None:
        return {}
    return extracted if isinstance(extracted, dict) else extracted.as_dict()


def _markup_date(html: str) -> str | None:
    """A page's date from its markup only (meta tags, ``<time>``, URL), or None.

    Trafilatura's extensive date search, finding no full date in the page's
    text, falls back on a copyright year ("(c) 2024") or a bare year or
    month, and reports it as the 1st of a month: such a date is kept only
    when the markup gives it too.
    """
    from htmldate import find_date

    return find_date(html, extensive_search=False, original_date=True)


def _read_jsonl(source: str, data: bytes) -> Iterator[Document | InputError]:
    text = decode_text(data, source)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{source}:{lineno}"
        try:
            yield _jsonl_document(name, source, line)
        except InputError as exc:
            yield exc
        except Exception as exc:  # a bug must cost this line only
            yield internal_error(name, "reading", exc)


def _jsonl_document(name: str, source: str, line: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            name, f"malformed JSON line ({exc.msg} at column {exc.colno})"
        ) from exc
    if not isinstance(record, dict):
        raise InputError(name, "JSON line is not an object")
    meta = {k: _string_field(name, record, k) for k in JSONL_TEXT_FIELDS}
    key = _id_field(name, record)
    for field in ("text", "html"):
        _string_field(name, record, field)
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


def _string_field(name: str, record: dict[str, Any], field: str) -> str | None:
    """A JSONL field that must be a string (or null) holding only valid characters."""
    value = record.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(
            name, f"field {field!r} must be a string, not {_json_type(value)}"
        )
    bad = _SURROGATE.search(value)
    if bad:
        raise InputError(
            name,
            f"field {field!r} holds a lone surrogate (U+{ord(bad.group()):04X}) at "
            f"character {bad.start()}, which is not a character; fix the \\u escape",
        )
    return value


def _id_field(name: str, record: dict[str, Any]) -> str:
    """The JSONL ``id``: a string or an integer (empty when absent)."""
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _string_field(name, record, "id") or ""


def _json_type(value: Any) -> str:
    """What a JSON value is, in JSON's words ("a list", "a number")."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__
