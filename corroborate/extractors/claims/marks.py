"""Quotation marks: which opens, which closes, and where a quotation ends."""

from __future__ import annotations

import re

OPEN_QUOTES = '“"‘'
CLOSE_QUOTES = '”"’'
MAX_QUOTE_CHARS = 1500
"""A longer "quotation" is a stray mark pairing across paragraphs."""
BACKTICKS = "``"
"""Two backticks opening a quotation that two apostrophes close, as TimeML
and some wire archives write them ("``if it is a hole,'' he said")."""
TWO_APOSTROPHES = "''"
"""Two apostrophes for a double quotation mark, as newspaper archives write it
("''It's anti-reform,'' said ...")."""
CLOSING_AFTER = re.compile(f"[,.]?(?:{TWO_APOSTROPHES}|[{CLOSE_QUOTES}])")
"""A closing mark right after a content span, a comma or full stop before it."""
SIGNED = re.compile(r'\s*[,.?!]?\s*(?P<mark>["\u201d])\s*')
"""What lies between a quotation's words and the name or verb that signs it:
a comma or stop and the closing double mark ('..., " Kaitlyn said')."""
SIGN_CHARS = 8
"""At most this many characters there (' , " ')."""
MATCHING = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019"}
"""The mark that closes each opening mark."""
QUOTE_MARKS = ('"', "\u201c", "\u201d")
"""Double quotation marks, opening or closing: a speaker's own words."""
DOUBLE_OPENERS = ('"', "\u201c")
"""Marks that open a speaker's own words (a single one is more often a
headline's scare quote or an apostrophe)."""


def signed(text: str, end: int, sign: int) -> bool:
    """True when the words ending at ``end`` close a quotation that the cue or
    speaker at ``sign`` signs: only :data:`SIGNED` between them, its mark a
    closing one. A straight mark closes when an odd number of them opens its
    paragraph before it, or none is before it or after it in its paragraph (a
    quotation opened a paragraph earlier); not the first of a pair ('the
    slogan " Liz Knows Best "')."""
    match = SIGNED.fullmatch(text, end, sign) if 0 <= sign - end <= SIGN_CHARS else None
    return match is not None and closes(text, match.start("mark"))


def closes(text: str, mark: int) -> bool:
    """True when the double mark at ``mark`` may close a quotation: a curly
    one does; a straight one when an odd number of them opens its paragraph
    before it, or none is before it or after it in its paragraph (a
    quotation opened a paragraph earlier)."""
    if text[mark] != '"':
        return True
    start = text.rfind("\n", 0, mark) + 1
    stop = text.find("\n", mark)
    before = text.count('"', start, mark)
    after = text.count('"', mark + 1, len(text) if stop < 0 else stop)
    return before % 2 == 1 or before == after == 0


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


def left_open(text: str, begin: int) -> bool:
    """True when the quotation opening at ``begin`` closes nowhere: no
    closing mark follows it (its own or a straight one, which scraped text
    mixes: '“ He’s focused ... , " said Shelby'), or the first that does
    closes a later quotation (not :func:`_runs_on`)."""
    closes = [at for mark in (MATCHING.get(text[begin], ""), '"') if mark
              and (at := text.find(mark, begin + 1)) != -1]  # fmt: skip
    return not closes or not _runs_on(text, begin, begin + 1, min(closes))


MARKUP = re.compile(r"<[^<>\n]*(?:>|$)")
"""A tag left in scraped text ('<tweet author="@AP" datetime="2016-08-23">'),
or its start up to the character read: its attributes' marks quote nothing."""
GLUED_OPENER = re.compile(r"(?<=[\w.!?])\u201c")
"""An opening curly mark written right after a word or a stop, where a
closing one belongs ('called the KKK “abhorrent“ in a tweet')."""


def open_quotation(text: str, at: int) -> bool:
    """True when a paragraph up to character ``at`` leaves a quotation open:
    more opening curly marks than closing ones (one glued to the word before
    it closes, :data:`GLUED_OPENER`), or an odd number of straight marks or
    of two apostrophes (as newspaper archives write them; more backtick
    openers than them, where backticks open), tags aside. Read
    from the paragraph's start, not the sentence's: a parser may end a
    sentence after an opening mark or a quotation run over sentences."""
    before = MARKUP.sub("", text[text.rfind("\n", 0, at) + 1 : at])
    curly = before.count("\u201c") - before.count("\u201d")
    if curly > 0:  # only then can a glued opener tip it: its search is the cost
        curly -= 2 * len(GLUED_OPENER.findall(before))
    closing = before.count(TWO_APOSTROPHES)
    return (
        curly > 0
        or before.count('"') % 2 == 1
        or (
            closing % 2 == 1
            if BACKTICKS not in before
            else before.count(BACKTICKS) > closing
        )
    )
