"""Noun phrases and verbs as a reader names them, from the parse: an event's
or act's participants (compact noun phrases, a relative word read as the
noun it stands for, the noun a relative clause with no relative word is
done to) and its trigger with its particle ("stepped down")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Span
from ...syntax import doc_text, token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
PARTICLES = frozenset({"down", "up", "off", "out", "back", "away", "over"})
"""Adverbs right after a verb that make one verb with it ("stepped down",
"backed off"); the parser labels them ``prt`` or ``advmod``."""


def np_spans(
    tokens: list[Token], trigger: Token, *, conjuncts: bool = True
) -> list[Span]:
    """Compact noun-phrase spans (left edge to head, plus the conjuncts after
    it, however the parser chained them, unless told not to) on the
    trigger's line."""
    spans: list[Span] = []
    for tok in tokens:
        tok = resolve_relative(tok)
        joined = [c for c in tok.conjuncts if c.i > tok.i] if conjuncts else []
        for head in [tok, *joined]:
            span = compact_np(head)
            if _on_line(span, trigger) and span not in spans and head.pos_ != "PUNCT":
                spans.append(span)
    return _merged(spans)


def _merged(spans: list[Span]) -> list[Span]:
    """Spans that overlap joined into one, in their first order: the parser
    takes "semi", "-" and "finals" of "the semi-finals of the league" for
    three objects ("the semi-finals" and "finals of the league")."""
    merged: list[Span] = []
    for span in spans:
        hit = next(
            (m for m in merged if m.start < span.end and span.start < m.end), None
        )
        if hit is None:
            merged.append(span)
        else:
            merged[merged.index(hit)] = Span(
                min(hit.start, span.start), max(hit.end, span.end)
            )
    return merged


def resolve_relative(token: Token) -> Token:
    """'which'/'who' stands for the noun the clause modifies, or the noun just
    before ", which"; a "who" after a place that says where a named person is
    from stands for them ("Sen. Marco Rubio of Florida, who mused": Rubio)."""
    if token.lower_ in ("which", "who", "that") and token.head.dep_ == "relcl":
        before = token.nbor(-1) if token.i > 0 else token
        if before.is_punct and before.i > 0:
            before = before.nbor(-1)
        if (
            token.lower_ == "who"
            and before.ent_type_ in ("GPE", "LOC")
            and before.dep_ == "pobj"
            and before.head.lower_ == "of"
            and before.head.head.ent_type_ == "PERSON"
        ):
            return before.head.head
        if before.pos_ in ("PROPN", "NOUN") and before.i != token.head.head.i:
            return before  # the parser often hangs the clause on an earlier noun
        return token.head.head
    return token


def compact_np(head: Token) -> Span:
    """From the head's left edge (det, amod, compound, poss) to the head, with
    "of X", a name set right after it ("The Texas Republican governor Greg
    Abbott": the governor is Abbott) or between commas after it
    (:func:`_name_set_beside`), and the rest of a word a hyphen joins to
    its end."""
    start = head.left_edge
    while start.i < head.i and (start.is_punct or start.dep_ in ("cc", "preconj")):
        start = start.nbor(1)
    end = head
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nummod"):
            end = child
        elif (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and child.left_edge.i == end.i + 1
            and head.pos_ == "NOUN"
        ):
            end = child
        elif _name_set_beside(end, child):
            end = child.right_edge  # "Another Democrat, former governor John Lynch"
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == end.i + 1:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            end = objs[0] if objs else end
    if end.i > head.i and end.right_edge.dep_ in ("compound", "flat"):
        end = end.right_edge
    doc = head.doc
    while (
        end.i + 2 < len(doc)
        and not end.whitespace_
        and doc[end.i + 1].text == "-"
        and not doc[end.i + 1].whitespace_
        and doc[end.i + 2].is_alpha
    ):
        end = doc[end.i + 2]  # one word across its hyphen: "the semi-finals"
    return Span(start.idx, end.idx + len(end.text))


DOER_DEPS = frozenset({"nsubj", "nsubjpass"})
"""Relations of a doer to its verb: the phrases a name set beside may complete."""


def _name_set_beside(end: Token, appos: Token) -> bool:
    """True for a person's name set between commas right after a doer
    (:data:`DOER_DEPS`) that names no person ("Another Democrat, former
    governor John Lynch, signed a bill": the doer is Lynch, whom the phrase
    must hold); not after a name ("DeSantis, a Republican"), nor an aside
    that is no name ("The rule, unlike the plan, does not set"), nor after
    what the act is done to ("thanked her rival, Senator Ann Ruiz,": its
    phrase names whom it tells of, and the name would lend it a participant
    another outlet's act by someone else shares)."""
    doc = appos.doc
    first, last = appos.left_edge.i, appos.right_edge.i
    return (
        appos.dep_ == "appos"
        and appos.head.dep_ in DOER_DEPS
        and appos.pos_ == "PROPN"
        and appos.ent_type_ == "PERSON"
        and end.ent_type_ != "PERSON"
        and first == end.i + 2
        and doc[end.i + 1].text == ","
        and last + 1 < len(doc)
        and doc[last + 1].text == ","
    )


def _on_line(span: Span, trigger: Token) -> bool:
    """True when no line break separates the span from the trigger."""
    text = doc_text(trigger.doc)
    lo, hi = min(span.start, trigger.idx), max(span.end, trigger.idx)
    return "\n" not in text[lo:hi]


def gap_object(token: Token) -> list[Token]:
    """The noun a relative clause with no relative word modifies, when it is
    the clause's object: "the sanctions President Obama imposed against
    Russia" (not "the house he lived in", whose gap is a preposition's)."""
    if token.dep_ != "relcl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return []
    deps = {c.dep_ for c in token.children}
    if "nsubj" not in deps or deps & {"dobj", "nsubjpass", "ccomp", "xcomp"}:
        return []
    if any(c.tag_ in RELATIVE_TAGS or c.lower_ == "that" for c in token.children):
        return []  # "sanctions that hurt Russia": the relative word has the role
    if any(
        c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)
        for c in token.children
    ):
        return []
    return [token.head]


def verb_span(token: Token) -> Span:
    """A trigger as written, with the particle right after a verb ("stepping
    down", "shut down"), so its label reads it whole."""
    span = token_span(token)
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if (
        token.pos_ == "VERB"
        and after is not None
        and after.head.i == token.i
        and after.lower_ in PARTICLES
    ):
        return Span(span.start, after.idx + len(after.text))
    return span
