"""What a cue's claim says: the clause it reports, trimmed of quotation
marks, punctuation and another source's denial of it, or the thing it is
about (its object, with what the cue says of it)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...records import Claim, Span
from ...syntax import doc_text, lemma_of, object_relative_clause
from .cues import CONTENT_DEPS, CUE_STANCES, NOUN_CUES, without_said_when
from .marks import (
    CLOSE_QUOTES,
    CLOSING_AFTER,
    DOUBLE_OPENERS,
    OPEN_QUOTES,
    TWO_APOSTROPHES,
)
from .sources import (
    TIME_ENTS,
    is_trailing_cue,
    quoted_subject,
    reported_before,
    same_line,
    trim_tokens,
)
from .speakers import PERSON_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_PREPS = frozenset({"for", "on", "about", "of", "to", "with", "against"})
ASIDE_PREPS = frozenset({"in", "at", "during", "without", "after", "before"})
"""Prepositions of a phrase that says how, where or when something was said
("said in a statement", "claiming without any evidence", "told reporters
after the meeting")."""
PREDICATE_DEPS = frozenset({"oprd", "acomp"})
PREDICATE_PREPS = frozenset({"of", "as"})
NUMBER_ENTS = frozenset({"CARDINAL", "ORDINAL", "PERCENT"})
"""Entity types that are no content on their own ("hailed ... Sunday", "300")."""
RELATIVE_OBJECTS = frozenset({"which", "that", "what"})


def is_relative_denial(token: Token) -> bool:
    """True for '..., which X denied': a cue in a relative clause whose object is 'which'."""
    return token.dep_ == "relcl" and any(
        c.dep_ in ("dobj", "nsubj") and c.lower_ in RELATIVE_OBJECTS
        for c in token.children
    )


def content_span(token: Token) -> Span | None:
    """The clausal complement of a cue verb, trimmed of quotes, punctuation
    and nested denials; a clause whose verb the tagger read as a noun keeps
    its subject (:func:`_clause_read_as_a_noun`)."""
    comps = [
        c
        for c in token.children
        if c.dep_ in CONTENT_DEPS
        and (c.pos_ in ("VERB", "AUX") or _clause_read_as_a_noun(c))
        and not object_relative_clause(token, c)
    ]
    if lemma_of(token) in ADDRESSING_CUES:  # "told NBC's “Meet the Press”"
        comps = [_clause_after_title(c) or c for c in comps]
        comps = [c for c in comps if not _quoted_title(c)]
    if not comps:
        comps = _clause_on_an_aside(token)
    if not comps and is_trailing_cue(token):
        comps = [token.head]  # "X happened, he said" parsed the other way round
        skip = {t.i for t in token.subtree}
        tokens = [t for t in comps[0].subtree if t.i not in skip]
        told = reported_before(token)
        if told:  # '"...," Becerra said, CNBC reported': only what was said
            tokens = told
    elif comps:
        tokens = without_said_when(token, comps[0], list(comps[0].subtree))
        subject = quoted_subject(token)
        if subject is not None and subject.i < tokens[0].i:
            tokens = list(subject.subtree) + tokens
    else:
        return None
    tokens = _cut_relative_denials(without_speakers_clause(tokens))
    tokens = trim_tokens(same_line(tokens, token))
    if len(tokens) < 2:
        return None
    return with_quote_marks(doc_text(token.doc), span_of(tokens))


TITLE_MAX_WORDS = 6
"""At most this many words in the quoted name of a program or publication."""
TITLE_SMALL_WORDS = frozenset({"the", "of", "a", "an", "and", "on", "in", "for", "to"})
"""Words a title keeps in lower case ("Face the Nation", "State of the Union")."""


def _quoted_title(clause: Token) -> bool:
    """True for a cue's "complement" that is only the quoted name of a
    program or publication whose words the tagger read as a verb's ("told
    NBC's “Meet the Press” on Sunday", "Meet" read as a verb): a title
    (:func:`_titled`) opens it and holds its head."""
    words = [t for t in _without_owner(clause) if not t.is_space]
    end = next((i for i, t in enumerate(words[1:], 1) if t.text in CLOSE_QUOTES), 0)
    return words[0].i < clause.i < words[end].i and _titled(words[: end + 1])


def _titled(tokens: list[Token]) -> bool:
    """True for words that are a title in quotation marks: at most
    :data:`TITLE_MAX_WORDS`, each capitalised or small (“Face the Nation”);
    not a quoted clause (“We will win”)."""
    words = [t for t in tokens if not t.is_space]
    return (
        len(words) >= 3
        and words[0].text in OPEN_QUOTES
        and words[-1].text in CLOSE_QUOTES
        and len(words) - 2 <= TITLE_MAX_WORDS
        and all(
            t.text[:1].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in words[1:-1]
        )  # fmt: skip
    )


def _clause_after_title(clause: Token) -> Token | None:
    """The "that" clause the parser hung on a quoted title read as a verb
    ("telling CBS's “Face the Nation” that there is another way": what is
    told, not the program's); None for any other clause."""
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and marked_that(c)
                  and c.i > clause.i), None)  # fmt: skip
    if inner is None:
        return None
    skip = {t.i for t in inner.subtree}
    return (
        inner
        if _titled([t for t in _without_owner(clause) if t.i not in skip])
        else None
    )


def _without_owner(clause: Token) -> list[Token]:
    """A clause's words without the owner the parser hung on a title read as
    a verb ("CBS's" in "telling CBS's “Face the Nation”")."""
    owned = {t.i for c in clause.children if c.dep_ == "poss" for t in c.subtree}
    return [t for t in clause.subtree if t.i not in owned]


def _clause_read_as_a_noun(token: Token) -> bool:
    """True for a complement clause the tagger headed with a noun that has
    a subject of its own ("Ryan said the recent spate of shootings demands
    that ...", "demands" read as a plural noun)."""
    return (
        token.dep_ == "ccomp"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    )


def _clause_on_an_aside(token: Token) -> list[Token]:
    """A cue's "that" clause the parser hangs on the noun of a phrase between
    them that says how, where or when it was said (:data:`ASIDE_PREPS`:
    "claiming without any evidence that Obama wanted ...", the clause read as
    the evidence's); not on a reporting noun ("said in a statement that
    ...": the noun's own claim, :func:`_noun_claim`), nor on what the cue is
    about, takes as or follows ("pointed to the board's finding that ...",
    "touted his rating as evidence that ...", "called for ... following news
    that ...": the finding or the news is no part of what is said)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i:
            continue
        if prep.lower_ not in ASIDE_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or lemma_of(noun) in NOUN_CUES:
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl", "ccomp") and marked_that(clause):
                    return [clause]
    return []


ADDRESSING_CUES = frozenset({"tell", "inform", "assure", "remind"})
"""Cues whose object is whom they speak to ("told the jury that ...",
"assured reporters that ..."), not what they say."""
AUDIENCE_NOUNS = frozenset(
    """jury audience crowd panel committee reporter journalist supporter voter
    viewer listener reader member donor student worker delegate""".split()
)
"""Nouns of those a speaker addresses, beside :data:`.speakers.PERSON_HEADS`."""
ADDRESSEE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
THING_PRONOUNS = frozenset({"it", "this", "that", "what", "anything", "something"})


def addressee(token: Token) -> Token | None:
    """Whom a verb of addressing (:data:`ADDRESSING_CUES`) speaks to: its
    object when that names a person or body ("told the jury", "told Fox
    News", "told me"); None for a thing told ("told the story of ...")."""
    if lemma_of(token) not in ADDRESSING_CUES:
        return None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.lower_ in THING_PRONOUNS:
        return None
    if (
        obj.pos_ in ("PRON", "PROPN")
        or obj.ent_type_ in ADDRESSEE_ENTS
        or lemma_of(obj) in PERSON_HEADS | AUDIENCE_NOUNS
    ):
        return obj
    return None


def told_after_addressee(token: Token, obj: Token) -> Span | None:
    """What a verb of addressing tells its addressee ``obj`` in a "that"
    clause the parser hung on the addressee or on a phrase after it ("told
    Fox News that Curiel was biased", read as the network's clause; "told
    the jury during closing arguments that Smollett had ...", read as the
    arguments'); None if there is none."""
    heads = [obj] + [o for p in token.children if p.dep_ == "prep" and p.i > obj.i
                     for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for head in heads:
        for clause in head.children:
            if (
                clause.dep_ in ("acl", "relcl", "ccomp")
                and clause.i > obj.i
                and marked_that(clause)
            ):
                tokens = trim_tokens(same_line(list(clause.subtree), token))
                if len(tokens) >= 2:
                    return with_quote_marks(doc_text(token.doc), span_of(tokens))
    return None


def marked_that(clause: Token) -> bool:
    """True for a clause its "that" opens."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def with_quote_marks(text: str, span: Span) -> Span:
    """Widen a content span to the quotation marks right around it (PolNeAR keeps them)."""
    start, end = span.start, span.end
    while start > 0 and text[start - 1] in OPEN_QUOTES:
        start -= 1
    if text[max(0, start - 2) : start] == TWO_APOSTROPHES:
        start -= 2  # "''This isn't tax reform,'' said ...": archive text's marks
    closing = CLOSING_AFTER.match(text, end)
    if closing:
        end = closing.end()
    inside = text[span.start : span.end]
    opened = (  # opens a quotation
        inside.count("\u201c") > inside.count("\u201d")
        or inside.count(TWO_APOSTROPHES) % 2 == 1
    )
    if start == span.start and not opened:  # unbalanced: only the closing mark
        end = span.end  # was next to us ('Trump "is not above the law," said')
    return Span(start, end)


def object_span(token: Token) -> Span | None:
    """The object a communication verb is about ("blasted the plan", "called for talks").

    The direct object comes first, with a predicate that follows it ("calling it a
    step forward", "accused her of lying"), then a prepositional object. An object
    that is only a date, a time or a number ("On Sunday, X hailed ...") says nothing
    on its own: the next one is taken, or none. What a word of saying is
    about is its topic, not what it says (:func:`_only_a_topic`).
    """
    objects = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    ]
    for obj in objects:
        if _only_a_topic(token, obj):
            return None
        tokens = list(obj.subtree)
        if obj.dep_ == "dobj":
            tokens += object_predicate(obj)
        tokens = trim_tokens(same_line(without_speakers_clause(tokens), token))
        if tokens and not _is_hollow(tokens):
            return with_quote_marks(doc_text(token.doc), span_of(tokens))
    return None


CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
"""Relations of a clause a noun carries."""
TOPIC_WORDS = frozenset("statement remark announcement message".split())
"""Nouns of a message whose "about" phrase names only what it is about ("a
statement about the vote"). (Verbs stay: PolNeAR marks the topic of "asked
about the deal" or "spoke about the shooting" as what is said.)"""
ISSUING_VERBS = frozenset("issue make release deliver present offer give send".split())
"""Verbs that put out a message ("issuing a statement about ...")."""
TOPIC_POS = frozenset({"NOUN", "PROPN", "PRON"})
"""Heads of a noun phrase, not of a clause ("talked about how ...")."""


def _only_a_topic(token: Token, obj: Token) -> bool:
    """True for an object of a message (:data:`TOPIC_WORDS`) that is only a
    topic: the noun after its "about" ("a statement about the vote"), or a
    message a verb issues that is only about one ("issuing a statement about
    a fire"); not one with a "that" clause ("a statement about the vote that
    it was rigged")."""
    if obj.dep_ == "dobj" and lemma_of(obj) in TOPIC_WORDS:
        if lemma_of(token) not in ISSUING_VERBS:
            return False  # "rejects Trump's remarks about Muslims": a stance
        about = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "about"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        clauses = [c for c in obj.children if c.dep_ in CLAUSE_DEPS]
        return bool(about) and not clauses and _only_a_topic(obj, about[0])
    return (
        obj.head.lower_ == "about"
        and obj.dep_ == "pobj"
        and obj.pos_ in TOPIC_POS
        and lemma_of(token) in TOPIC_WORDS
        and not any(c.dep_ in CLAUSE_DEPS and marked_that(c) for c in obj.children)
    )


def object_predicate(obj: Token) -> list[Token]:
    """What a verb says of its object, right after it: 'calling [it] a step forward',
    'accusing [it] of ...', 'recognized [X] as ...'."""
    end = max(t.i for t in obj.subtree)
    for sibling in obj.head.children:
        if min(t.i for t in sibling.subtree) != end + 1:
            continue
        if sibling.dep_ in PREDICATE_DEPS or (
            sibling.dep_ == "prep" and sibling.lower_ in PREDICATE_PREPS
        ):
            return list(sibling.subtree)
    return []


def _is_hollow(tokens: list[Token]) -> bool:
    """True for a content that is only a date or time expression or a written number.

    (A pronoun object stays, and so does "one": PolNeAR marks "it" in "you don't
    like it" and "one" in "endorsed one".)
    """
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return all(
        t.ent_type_ in TIME_ENTS
        or (t.ent_type_ in NUMBER_ENTS and any(ch.isdigit() for ch in t.text))
        for t in words
    )


def span_of(tokens: list[Token]) -> Span:
    """Character span from the first to the last token."""
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _cut_relative_denials(tokens: list[Token]) -> list[Token]:
    """Drop a ', which X denied' tail: it is another source's claim about this content."""
    for t in tokens:
        if is_relative_denial(t) and t.lemma_.lower() in CUE_STANCES:
            cut = min(s.i for s in t.subtree)
            return [s for s in tokens if s.i < cut]
    return tokens


RELATIVE_SUBJECTS = frozenset({"who", "which"})
"""Relative pronouns that speak for the noun before them ("Brit Hume, who
responded: “...”")."""


def without_speakers_clause(tokens: list[Token]) -> list[Token]:
    """Drop a named one's relative clause of saying that quotes them and
    ends the words (", including Sen. Jane Roe, who said: “...”"): the
    quotation is hers, not part of this claim; a clause that narrows a noun
    ("those who want to ...") or stands inside the words stays."""
    for t in tokens:
        if _quotes_a_named_one(t):
            last = max(s.i for s in t.subtree)
            if all(s.is_punct or s.is_space for s in tokens if s.i > last):
                cut = min(s.i for s in t.subtree)
                return [s for s in tokens if s.i < cut]
    return tokens


def _quotes_a_named_one(verb: Token) -> bool:
    """True for ", NAME, who said: “...”": a cue in a relative clause set off
    by a comma after a name, whose "who" speaks, a quotation right after it
    (not "..., who said in a decision that “...”", a clause the claim may
    need: "asked if she agreed with Ginsburg, who said ...")."""
    first = min(t.i for t in verb.subtree)
    after = next((t for t in verb.doc[verb.i + 1 :] if t.text not in (":", ",")), None)
    return (
        verb.dep_ == "relcl"
        and verb.head.pos_ == "PROPN"
        and lemma_of(verb) in CUE_STANCES
        and first > 0
        and verb.doc[first - 1].text == ","
        and any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in verb.children
        )
        and after is not None
        and after.text in DOUBLE_OPENERS
    )


REPORT_TAIL = " \t\n.,;:\"'\u201c\u201d"
"""What may stand around a report's source and cue at a sentence's end."""


def without_reports_of_them(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each content without the report of it that ends it: in
    "Trump said he was “happy to see” that Khan was voted in, according to
    The New York Times", what Trump said ends before the comma, and the
    Times's report is a claim of its own; so in '... Trump said: “There will
    always be exceptions,” the Times reported.' A report set off by a comma
    that ends the content, its source and cue and nothing more after what it
    reports; not a clause of a noun ("an article that Carson said was
    written", "a lead which her campaign refers to as a firewall") nor a
    speaker set inside ("CNN, Cruz said, called the announcement ...")."""
    kept = []
    for claim in claims:
        tail = next((r for r in claims if _reports_its_end(text, claim, r)), None)
        if tail is not None:
            claim = replace(claim, content=Span(claim.content.start, tail.content.end))
        kept.append(claim)
    return kept


def _reports_its_end(text: str, claim: Claim, report: Claim) -> bool:
    """True when ``report`` reports the end of ``claim``'s content and its
    source and cue end that content (:func:`without_reports_of_them`)."""
    start, end = claim.content.start, claim.content.end
    told = report.content
    if report is claim or not start <= told.start < told.end < report.cue.start < end:
        return False
    last = max(report.cue.end, report.source.end if report.source else 0)
    if last < end and text[last:end].strip(REPORT_TAIL):
        return False  # more is said after the report
    gap = text[told.end : report.cue.start]
    set_off = gap.lstrip().startswith(",") or text[told.start : told.end].rstrip(
        "\"\u201d'"
    ).endswith(",")
    return set_off and not RELATIVE_WORDS & set(gap.lower().split())


RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "what", "whose"})
"""Words that open a clause of a noun, not a report of what was said."""
