"""What a speaker's label may be: a name or a description of who speaks, never
the markup of a tweet's tag, a pronoun no one was found for, nor a share or
a count of people ("22 percent", "About four out of 10 voters", "most of
them"): a poll's share saying something is what the poll found, no one's
word."""

from __future__ import annotations

import re

MARKUP_RE = re.compile(r'="|">|<[a-z]')
"""Markup a scrape left in a tweet's text ('author="mattyglesias"
timestamp="1454346000">', '<tweet pic=""')."""
AUTHOR_RE = re.compile(r'\b(?:tweet-)?author="@?([^"\s]+)"')
"""The author a tweet's tag names ('author="HillaryClinton"',
'tweet-author="@SkyNews"')."""
NO_ONE = frozenset(
    """he she it they we i you his her its their my our him them us me
    another others one someone somebody anyone anybody everyone everybody""".split()
)
"""Words that stand for someone without naming them: a label of one of
them alone names no one."""
SHARE_RE = re.compile(
    r"(?i)^(?:(?:only|just|about|around|roughly|nearly|almost|some|fully|over|"
    r"under|more|fewer|less|than|at|least)\s+)*"
    r"(?:[\w.,-]+\s*(?:%|percent\b|per\s+cent\b)"
    r"|[\w-]+\s+(?:in|out\s+of)\s+(?:10|ten|\d+)\b"
    r"|[\d.,]+$"
    r"|(?:most|many|some|half|a\s+majority|the\s+majority)"
    r"(?:\s+of\s+(?:them|us|whom|which)\b.*)?$)"
)
"""A share or a count of people rather than anyone who speaks: "22 percent",
"31% of Republicans", "Nearly eight in 10 Democratic voters", "Roughly 26",
"most of them", "Many"; not "721 delegates", "most Republicans" nor "Many of
the state's officials"."""


def speaker_label(name: str | None) -> str | None:
    """The label a claim is credited to, or None when it names no one: a
    tweet's markup gives way to the words after it or to the tweet's author
    (:func:`tweet_speaker`); a lone pronoun (:data:`NO_ONE`) or a share of
    people (:data:`SHARE_RE`) is no one ("he" -> None, "14 percent" -> None,
    "Sen. Ann Lee" -> "Sen. Ann Lee")."""
    if name is None:
        return None
    name = tweet_speaker(name)
    if name is None or name.lower() in NO_ONE or SHARE_RE.match(name):
        return None
    return name


def tweet_speaker(text: str) -> str | None:
    """A source without the tag of the tweet it opens: the words after the
    tag ('author="mattyglesias" tweet_id="6942">Responsible establishment
    candidate Marco Rubio' -> "Responsible establishment candidate Marco
    Rubio"), the tweet's author when those are none or its first person
    ('author="realDonaldTrump" ...>I' -> "realDonaldTrump"), else None; a
    source with no markup as it is."""
    if not MARKUP_RE.search(text):
        return text
    if ">" in text:
        words = text[text.rfind(">") + 1 :].strip()
    else:  # a tag left open at its end ("a draft obtained by <mask")
        words = "" if '="' in text else text.split("<", 1)[0].strip()
    first = re.split(r"['\u2019\s]", words, maxsplit=1)[0].lower()
    if words and first not in ("i", "we"):
        return words
    author = AUTHOR_RE.search(text)
    return author.group(1) if author else None
