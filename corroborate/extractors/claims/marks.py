"""Quotation marks: which opens, which closes, and where a quotation ends."""

from __future__ import annotations

import re

OPEN_QUOTES = '“"‘'
CLOSE_QUOTES = '”"’'
MAX_QUOTE_CHARS = 1500
"""A longer "quotation" is a stray mark pairing across paragraphs."""
CLOSING_AFTER = re.compile(f"[,.]?[{CLOSE_QUOTES}]")
"""A closing mark right after a content span, a comma or full stop before it."""
MATCHING = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019"}
"""The mark that closes each opening mark."""
QUOTE_MARKS = ('"', "\u201c", "\u201d")
"""Double quotation marks, opening or closing: a speaker's own words."""
DOUBLE_OPENERS = ('"', "\u201c")
"""Marks that open a speaker's own words (a single one is more often a
headline's scare quote or an apostrophe)."""


def closing_mark(text: str, begin: int) -> int:
    """Where the quotation opening at ``begin`` closes: the mark matching its
    opener (doubled openers allowed), not an apostrophe ("it’s"); -1 if none."""
    inner = begin
    while inner < len(text) and text[inner] in OPEN_QUOTES:
        inner += 1
    closer = MATCHING.get(text[begin], "")
    at = text.find(closer, inner) if closer else -1
    while at > 0 and closer == "\u2019" and text[at + 1 : at + 2].isalpha():
        at = text.find(closer, at + 1)  # an apostrophe inside a word
    if at > 0 and closer != text[begin] and not _runs_on(text, begin, inner, at):
        return -1
    return at


def _runs_on(text: str, begin: int, inner: int, close: int) -> bool:
    """True unless a quotation found to close on a later line was left open on
    its own: its opening mark opens again in the middle of a later line, so
    the closing mark is that later quotation's ("The form said: / “I agree
    ... / Fenske added ... / ... DeSantis “kidnapped”" closes nothing at
    "kidnapped”"). A later line may open with the mark: a long quote's
    paragraphs each do."""
    opener = text[begin]
    later = text[inner:close].split("\n")[1:]
    return not any(opener in line.lstrip()[1:] for line in later)
