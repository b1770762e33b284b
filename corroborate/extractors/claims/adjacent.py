"""Quotations next to a cue that no clause of its parse holds: after its
colon ("X said: ..."), closing right before it ('“...,” X said', '“...,”
states the text'), or opening right after its clause ('X said, “...”')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lexicon import TITLE_ABBREVIATIONS
from ...records import Span
from ...syntax import doc_text
from .contents import addressee
from .marks import (
    CLOSE_QUOTES,
    DOUBLE_OPENERS,
    MAX_QUOTE_CHARS,
    OPEN_QUOTES,
    closes,
    closing_mark,
    open_quotation,
)
from .sources import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

DETACHED_TITLE_RE = re.compile(
    rf"(?:^|\W)(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))})[ \t]*\.[ \t]*$",
    re.IGNORECASE,
)
"""A title's abbreviation whose period tokenised text set apart, before a
name ('..., ” Sen . John Cornyn said'): the name's, not the parse's."""


def after_colon(token: Token) -> Span | None:
    """'X said: ...': the rest of the paragraph after the colon (or the next paragraph)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
        return None
    text = doc_text(doc)
    start = doc[token.i + 1].idx + 1
    end = text.find("\n", start)
    if not text[start : end if end >= 0 else None].strip():  # "He said:\n\n“...”"
        start = end + len(text[end:]) - len(text[end:].lstrip())
        end = text.find("\n", start)
    end = len(text) if end < 0 else end
    chunk = text[start:end]
    stripped = chunk.strip()
    if len(stripped) < 2:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    return Span(start + lead, start + lead + len(stripped))


def adjacent_quote(token: Token) -> Span | None:
    """'“...,” X said' or 'X said, “...”': a quotation next to the cue's
    clause. The clause is its words, not the closing mark the parser hangs on
    the cue ('..., " Trump tweeted'). A quotation opening the next paragraph
    is next to a cue that ends its sentence ("Governor Hale vowed on
    Monday."), not to one whose clause goes on ("... has been criticized by
    lawmakers , but Trump has blamed Congress .")."""
    text = doc_text(token.doc)
    end = max(t.idx + len(t.text) for t in token.subtree if not t.is_space)
    if (quotation := _quote_before(text, _own_start(token))) is not None:
        return quotation
    after = text[end:]
    stripped = after.lstrip(" ,\n" if _ends_its_sentence(token) else " ,")
    begin = end + len(after) - len(stripped)
    if stripped and stripped[0] in OPEN_QUOTES and not open_quotation(text, begin):
        # (not the mark closing one the cue is in: 'God has offered ... . "')
        close = closing_mark(text, begin)
        if close > 0 and close - begin <= MAX_QUOTE_CHARS:
            return Span(begin, close + 1)
    return None


ADVERBIAL_DEPS = frozenset({"prep", "agent", "npadvmod", "advmod", "prt", "punct"})
"""What may follow a cue that ends its sentence: when, where, how, by whom."""


def _ends_its_sentence(token: Token) -> bool:
    """True for a cue followed in its sentence by adverbials at most ("Hale
    vowed on Monday.") and whom it speaks to ("Psaki told reporters on
    Wednesday."), no object, clause or verb joined to it."""
    told = addressee(token)
    return all(
        c.dep_ in ADVERBIAL_DEPS or (told is not None and c.i == told.i)
        for c in token.children
        if c.i > token.i
    )


def _quote_before(text: str, start: int) -> Span | None:
    """The quotation closing right before ``start``, but for a comma
    ('“...,” she said', '“...,” Sen . Ann Lee said'), with its marks, from
    the nearest mark that opens it, a double one for a double mark (not a
    single one inside it: '“It’s like saying, ‘I could fly,’ ”'); None if none does. A mark that opens its line opens a
    quotation ('" Nobody asked ...'), whatever it is."""
    before = text[:start]
    if (title := DETACHED_TITLE_RE.search(before)) is not None:
        before = before[: title.start() + 1]
    before = before.rstrip(" ,")
    if (
        not before
        or before[-1] not in CLOSE_QUOTES
        or not closes(text, len(before) - 1)
    ):
        return None
    if not before[before.rfind("\n") + 1 : -1].strip():
        return None
    openers = "\u2018" if before[-1] == "\u2019" else DOUBLE_OPENERS
    opening = max(before.rfind(q, 0, len(before) - 1) for q in openers)
    if opening < 0 or len(before) - opening > MAX_QUOTE_CHARS:
        return None
    return Span(opening, len(before))


SIGNING_DEPS = SUBJECT_DEPS | {"aux", "auxpass", "neg", "advmod", "npadvmod", "mark"}
"""Words of a cue's own that may stand before it when it signs a quotation
('“...,” the spokesman later said', '“...,” as the senator wrote')."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SIGNED_END_RE = re.compile(r"[,?!][ \t]*\S$")
"""A quotation's end that words after it sign: a comma, question or
exclamation mark before its closing mark ('“...,” she said'); not a full
stop, which ends a sentence of its own, nor a title's last word."""


def quote_signed(token: Token) -> Span | None:
    """The quotation a cue and its own words right before it sign
    (:func:`_quote_before`): what it says, before any object of its own ('“...
    ordered to receive grace,” states the explanatory text, with the approval
    of the pope': the quotation, not "the approval"), and whatever clause the
    parser hangs on it from inside the quotation ("blessings require ...").
    Only a finite verb or one with a subject signs, and none with an object
    of its own ('the “phony system,” Trump accused Holt of ...'): a quoted
    phrase before an infinitive or a participle is a name or a description
    ('a “comprehensive plan” to address ...', '“the person best equipped
    ...,” pointing to'). (Nor does a verb of thinking or wanting,
    :data:`.extract.ATTITUDE_CUES`: 'called it “very significant,” she
    wanted ...'.)"""
    deps = {c.dep_ for c in token.children}
    if "dobj" in deps or (token.tag_ not in FINITE_TAGS and not deps & SUBJECT_DEPS):
        return None
    text = doc_text(token.doc)
    quotation = _quote_before(text, _own_start(token))
    if quotation is None or not SIGNED_END_RE.search(text, 0, quotation.end):
        return None  # '“We can’t fail again . ” Biden ...', 'as “The Journal” wrote'
    return None if _in_setting(token, quotation) else quotation


def _own_start(token: Token) -> int:
    """Where a cue's clause starts: the cue, or the run of its own words
    right before it (:data:`SIGNING_DEPS`: '“...,” the spokesman later
    said'); not a subject the parser found inside a quotation before it,
    nor a clause it hangs on the cue ('“When you are interested ...,” she
    told CNN')."""
    own = {t.i for c in token.children if c.dep_ in SIGNING_DEPS and c.i < token.i
           for t in c.subtree}  # fmt: skip
    doc, start = token.doc, token.i
    while start - 1 in own or (doc[start - 1].is_punct and start - 2 in own):
        start -= 1  # (a mark closing a quotation inside its subject: 'The
        # claim that the dock was "unsafe" was denied')
    return int(doc[start].idx)


def _in_setting(token: Token, quotation: Span) -> bool:
    """True for a quotation inside a phrase of the cue's own that tells
    where or when it speaks ('In an interview on CBS's "Face the Nation,"
    Ryan said'): a name, not what is said."""
    setting = {t.i for c in token.children if c.dep_ == "prep" for t in c.subtree}
    return any(
        t.i in setting
        for t in token.doc
        if quotation.start <= t.idx < quotation.end and not t.is_punct
    )


def quote_told(token: Token) -> Span | None:
    """The quotation a verb of addressing tells (:func:`adjacent_quote`):
    one opening after it ('telling reporters, “...”'), not the closing mark
    of one the clause quotes from ('told Politico that its "possible ..."'),
    or one before it that its own subject signs ('“...,” Cruz told
    reporters'), not another's words a participle follows ('called it
    "hypocritical," telling NBC News, “...”' tells the second)."""
    span = adjacent_quote(token)
    if span is None:
        return None
    text = doc_text(token.doc)
    if span.start > token.idx:
        return None if open_quotation(text, span.start) else span
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    return span if subject is not None and span.end <= subject.left_edge.idx else None
