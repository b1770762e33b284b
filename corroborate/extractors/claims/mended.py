"""Sources a scrape garbled, mended before their speaker is read: a byline
or photo credit the parser took into a source ("Yuri Gripas / Reuters
President Donald Trump"), a title whose period the scrape set apart from
the name after it ("said GOP Rep . Mark Amodei")."""

from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import TITLE_ABBREVIATIONS
from ...records import Article, Claim, Span

CREDIT_RE = re.compile(
    r"(?:\b[A-Z]{2,}(?:\s+[A-Z]{2,})*|/\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?=[A-Z][a-z])"
)
"""An outlet's or agency's credit ("USA TODAY", "/ Reuters") before a capitalised
word: where a byline or photo credit the parser took into a source ends."""


def without_credit(article: Article, claim: Claim) -> Claim:
    """The claim with its source cut after a byline or photo credit the parser
    took into it: "Kevin Johnson , Jessica Estepa USA TODAY President Donald
    Trump" and "Yuri Gripas / Reuters President Donald Trump" are Donald
    Trump. Only a credit with a person's name before it (the reporter's, the
    photographer's) and one after it, so "FBI Director Christopher Wray"
    keeps its agency."""
    source = claim.source
    if source is None:
        return claim
    people = [m for m in article.mentions if m.label == "PERSON"
              and source.start <= m.start and m.end <= source.end]  # fmt: skip
    for credit in reversed(
        list(CREDIT_RE.finditer(article.text, source.start, source.end))
    ):
        before = any(m.end <= credit.start() for m in people)
        after = any(m.start >= credit.end() for m in people)
        if before and after:
            return replace(claim, source=Span(credit.end(), source.end))
    return claim


TITLE_ENDING_RE = re.compile(
    rf"(?i)(?:^|\W)(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))})s?$"
)
"""A title's abbreviation ending a source ("GOP Rep", "Sens")."""
DETACHED_PERIOD_RE = re.compile(r"[ \t\u00a0]*\.\s*")
"""The period of an abbreviation the scrape set apart, and what follows it."""


def with_detached_name(article: Article, claim: Claim) -> Claim:
    """The claim with its source run on to the person named right after its
    title's abbreviation, whose period the scrape set apart and the parser
    took for a sentence's end ("said GOP Rep . Mark Amodei of Nevada": "GOP
    Rep. Mark Amodei", not "GOP Rep"; "said Sen .\n\nBill Cassidy": "Sen.
    Bill Cassidy")."""
    source = claim.source
    if source is None or not TITLE_ENDING_RE.search(article.span_text(source)):
        return claim
    period = DETACHED_PERIOD_RE.match(article.text, source.end)
    if period is None:
        return claim
    name = next((m for m in article.mentions
                 if m.label == "PERSON" and m.start == period.end()), None)  # fmt: skip
    if name is None:
        return claim
    named = f"{article.span_text(source)}. {article.span_text(name)}"
    return replace(claim, source=Span(source.start, name.end), source_text=named)
