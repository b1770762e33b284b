"""Who a claim is according to: the speaker of a cue (subject, postposed "...,
said X", agent, possessor), cut to the person, not their state or party label,
and resolved to a name when it is a pronoun or a title."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...lexicon import TITLE_ABBREVIATIONS
from ...records import Article, Claim, Span
from ...syntax import doc_text
from .cues import CUE_STANCES, NOUN_CUES
from .marks import QUOTE_MARKS
from .subjects import Subject, body_before, subject_before

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

CLOSERS = {")": "(", "]": "[", "\u201d": "\u201c", '"': '"'}
"""Closing marks and their openers: a phrase ending in one keeps it only with its
opener."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
PERSON_PRONOUNS = frozenset({"he", "she"})
FIRST_PERSON = frozenset({"i", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
"""Relative pronouns that stand for the noun their clause qualifies."""
GENDERED = {"he": "m", "his": "m", "she": "f", "her": "f"}
"""Pronouns that say whether their antecedent is a man or a woman."""
HONORIFIC = re.compile(r"\b(?:(Mr)|Mrs|Ms|Miss)\b\.?\s*$")
"""An honorific right before a name ("Mr. Gowdy", "Mrs. Clinton"): group 1 for a man."""
PERSON_HEADS = frozenset({"official", "minister", "spokesman", "spokeswoman", "spokesperson",
                          "president", "general", "prosecutor", "chief", "head", "leader",
                          "envoy", "ambassador", "representative", "secretary", "director",
                          "commander", "man", "woman", "lawyer", "judge", "senator",
                          "candidate", "nominee", "moderator", "governor", "mayor",
                          "congressman", "congresswoman", "lawmaker", "chairman",
                          "chairwoman", "host", "anchor", "hopeful", "frontrunner",
                          "businessman", "businesswoman", "mogul", "billionaire"})  # fmt: skip
MAX_CLIMB = 3
APPOSITION_RE = re.compile(r"\s*,|\s+of\s")
"""What follows a name that heads its phrase: an apposition or "of" its body."""
UNNAMED_HEADS = frozenset({"official", "source", "spokesman", "spokeswoman", "spokesperson",
                           "analyst", "diplomat", "witness", "resident", "expert",
                           "report", "media", "officer", "observer", "aide", "people",
                           "person", "insider", "adviser", "advisor", "staffer",
                           "spokesmen", "spokeswomen", "officials"})  # fmt: skip
UNNAMED_TAIL_RE = re.compile(
    r",|\(|\b(?:close|familiar|who|with|from|at|in|for|briefed|involved|knowledgeable"
    r"|speaking|according|on)\b"
)
"""Where an anonymous source's head noun phrase ends ("sources close to ...")."""


NEGATIVE_SOURCE_RE = re.compile(
    r"(?:no\b(?!\.)|(?:none|neither|nobody|nothing|not one|not a single)\b)",
    re.IGNORECASE,
)
"""A negated or negative-quantified source ("No country", "none of them", "nobody")."""


POSTPOSED_CUES = frozenset(
    {"say", "report", "add", "write", "state", "announce", "claim"}
)
"""Verbs whose speaker may follow them at a sentence's end: "A happened, reported AFP"."""
POSTPOSED_SPEAKER_DEPS = frozenset({"dobj", "attr", "npadvmod", "appos", "dep"})
"""How the parser attaches a speaker that follows its cue."""


def postposed_speaker(token: Token) -> Token | None:
    """The speaker after a sentence-final cue that has none before it: "..., reported
    the state news agency" (the parser reads the speaker as an object or appendage)."""
    reported_before = (
        token.dep_ in ("conj", "ccomp", "parataxis") and token.head.i < token.i
    ) or any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)
    if (
        token.lemma_.lower() not in POSTPOSED_CUES
        or not reported_before
        or token.i == 0
        or not token.nbor(-1).is_punct
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        return None
    after = [c for c in token.children if c.i > token.i and not c.is_punct]
    if len(after) != 1 or after[0].dep_ not in POSTPOSED_SPEAKER_DEPS:
        return None
    speaker = after[0]
    end = max(t.i for t in speaker.subtree) + 1
    sentence_end = token.sent.end
    if end < sentence_end and not all(
        t.is_punct or t.is_space for t in token.doc[end:sentence_end]
    ):
        return None
    if speaker.pos_ not in ("PROPN", "NOUN") or _is_time(speaker):
        return None  # "..., said Tuesday that": a time speaks for no one
    return speaker


def is_trailing_cue(token: Token) -> bool:
    """True for the cue of "A happened, he said": attached under the clause it reports."""
    if postposed_speaker(token) is not None:
        return True
    if any(c.dep_ in ("dobj", "attr") for c in token.children):
        return False
    # "A, he said, happened" puts the cue inside the clause it reports
    return token.dep_ == "parataxis" or (
        token.dep_ == "ccomp" and token.head.i < token.i
    )


def trim_tokens(tokens: list[Token]) -> list[Token]:
    """Strip leading/trailing punctuation and quote marks from a token run."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while (
        tokens
        and (tokens[-1].is_punct or tokens[-1].is_space)
        and not (
            tokens[-1].text in CLOSERS
            and any(t.text == CLOSERS[tokens[-1].text] for t in tokens)
        )
    ):
        tokens = tokens[:-1]
    return tokens


def same_line(tokens: list[Token], anchor: Token) -> list[Token]:
    """Keep the tokens on the anchor's line: headlines and captions run into sentences."""
    text = doc_text(anchor.doc)
    start = text.rfind("\n", 0, anchor.idx) + 1
    end = text.find("\n", anchor.idx)
    while end >= 0 and TITLE_AT_END.search(text, max(start, end - 8), end):
        # "said Sen.\n\nEd Markey": the scrape broke the line after a title
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        end = text.find("\n", after)
    end = len(text) if end < 0 else end
    return [t for t in tokens if start <= t.idx < end]


TITLE_AT_END = re.compile(
    rf"(?:^|\W)(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))})\.[ \t]*$", re.IGNORECASE
)
"""A title's abbreviation ending a line ("... said Sen.")."""


def modifies_speaker(token: Token, subject: Token | None) -> bool:
    """True for "a group backing Bush": a participle's speaker is the noun before it.

    (A relative clause keeps its own subject: PolNeAR marks "who" in
    "Obama, who denounced ...", not "Obama".)
    """
    return (
        subject is None
        and token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i < token.i
    )


MESSAGES = frozenset(NOUN_CUES) | frozenset(
    "response reply release letter tweet post memo note email video ad op-ed "
    "editorial filing motion".split()
)
"""Nouns of what someone issues ("fired back a response saying ...",
"issued a statement saying ..."): who issued it says what it says."""


def sender(noun: Token) -> Token | None:
    """The subject of the verb a message noun is the object of ("Trump fired
    back a response saying ...": Trump), if any."""
    if noun.lemma_.lower() not in MESSAGES or noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def source_token(token: Token) -> Token | None:
    """The speaker: subject, passive agent, or the subject of 'was quoted as saying'."""
    postposed = postposed_speaker(token)
    if postposed is not None:
        return postposed
    misparsed = _quotation_and_speaker(token)
    if misparsed is not None:
        return misparsed[1]
    subject = _nominal_subject(token)
    if subject is not None:
        return subject
    for child in token.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return None  # "..., and Priebus was said to be furious": said by no
        # one named, not by the subject of the clause before
    head = token
    for _ in range(MAX_CLIMB):  # "X hailed ..., calling it ... and stressing that ..."
        if (
            head.dep_ not in ("pcomp", "advcl", "xcomp", "conj")
            or head.head.i == head.i
        ):
            break
        if _across_quotation(head.head, token):
            break  # 'the moniker " Ruth Sent Us " and have published ...': a
            # verb inside a quoted name shares no subject with one outside
        head = head.head
        if (
            head.dep_ == "ccomp"
            and head.head.lemma_.lower() in CUE_STANCES
            and not _speaking(head)
        ):
            head = head.head  # "X said A happened, adding ...": X adds, not A's
            # subject; but "Comey cannot say that ..., Lewandowski added,
            # saying ...": Lewandowski's cue, hung on the other, says it
        elif _reported_noun_clause(head) and token.i > 0 and token.nbor(-1).text == ",":
            # "X rejected the idea that A would be a drag, saying ...": X says
            # (set off by a comma; "... while defending slavery" is A's)
            head = head.head.head
        subject = _nominal_subject(head)
        if subject is not None:
            return subject
    if token.head.dep_ == "prep" and token.head.head.lemma_.lower() == "quote":
        return next(
            (c for c in token.head.head.children if c.dep_ in SUBJECT_DEPS), None
        )
    return _misparsed_speaker(token)


def _speaking(verb: Token) -> bool:
    """True for a cue verb with a subject of its own set off after what it
    says (the "..., Lewandowski added" of a quotation the parser hung on
    another cue), not one reported ("said that the country would declare")."""
    subject = _nominal_subject(verb)
    return (
        verb.lemma_.lower() in CUE_STANCES
        and subject is not None
        and subject.i > 0
        and subject.doc[subject.i - 1].text in (",", "\u201d", '"')
    )


TIME_NOUNS = frozenset(
    """day days week weeks month months year years night morning afternoon
    evening weekend time""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _is_time(token: Token) -> bool:
    """True for a word of a time a parser may take for a subject ("The day
    before, ..., Mr. Trump was just as blunt": "day" and "Trump" both its
    subjects; "... polls Trump, in Kentucky, said Tuesday that": "Tuesday"):
    a time says nothing. Not a name that ends so ("Kristen Day", "USA
    TODAY")."""
    if any(c.dep_ == "compound" for c in token.children):
        return False
    if token.pos_ == "PROPN":
        return token.lower_ in WEEKDAYS
    return token.lower_ in TIME_NOUNS


DASH_MARKS = frozenset({"--", "-", "\u2013", "\u2014"})
"""Dashes that set a name apart after a description ("A former candidate --
John McCain -- said")."""


def _nominal_subject(verb: Token) -> Token | None:
    """A verb's subject; of two, the one that names no time, and of a
    description and the name set between dashes after it ("A former
    Republican presidential candidate -- John McCain, who lost ... --
    said"), the name; of two others, a name set off after the first (the
    parser took the end of an opening phrase for a subject: "Speaking ... in
    Salem, New Hampshire, Trump went after Bush, calling him ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    timeless = [c for c in subjects if not _is_time(c)]
    if len(timeless) == 2 and _dashed_name(*timeless):
        return timeless[1]
    before = [c for c in timeless if c.i < verb.i]
    if len(before) > 1 and _name_after_opening(before[-2], before[-1]):
        return before[-1]
    subject = next(iter(timeless), None)
    if subject is None:
        return None
    named = [c for c in subject.children if c.dep_ == "appos"]
    return next((c for c in named if _dashed_name(subject, c)), subject)


def _name_after_opening(first: Token, second: Token) -> bool:
    """True for a person's name set after a comma that ends the phrase the
    parser made a first subject of ("Speaking ... in Salem, New Hampshire,
    Trump went"), not a word inside that subject ("Many groups that have
    called for the rule change say"), a place of a list ("voters in Alabama,
    Georgia and Virginia said") nor a quantifier after it ("..., all say")."""
    after_first = first.right_edge.i + 1
    return (
        second.ent_type_ == "PERSON"
        and second.lower_.rstrip(".") not in NAME_SUFFIXES
        and after_first < second.left_edge.i
        and first.doc[after_first].text == ","
    )


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""What ends a name after a comma ("Herman Baertschiger, Jr."): no name of its
own."""


def _dashed_name(first: Token, second: Token) -> bool:
    """True for a person's name right after a dash that follows the noun
    before it."""
    start = min(t.i for t in second.subtree)
    return (
        second.ent_type_ == "PERSON"
        and first.ent_type_ != "PERSON"
        and first.i < start - 1
        and second.doc[start - 1].text in DASH_MARKS
    )


def _across_quotation(a: Token, b: Token) -> bool:
    """True when one of two words of a sentence is inside quotation marks the
    other is outside of: an odd number of marks between them."""
    first, last = sorted((a, b), key=lambda t: t.i)
    between = first.doc[first.i + 1 : last.i]
    return sum(t.text in QUOTE_MARKS for t in between) % 2 == 1


def quoted_subject(cue: Token) -> Token | None:
    """The subject of a quotation that a misparse gave to its cue verb ("God"
    of 'God "does not bless sin," the statement added'), if any."""
    misparsed = _quotation_and_speaker(cue)
    return misparsed[0] if misparsed is not None else None


def _quotation_and_speaker(cue: Token) -> tuple[Token, Token] | None:
    """A cue verb's two subjects when the second follows a quotation's
    closing mark ('God "does not bless sin," the statement added', a
    misparse): the quotation's subject and the speaker."""
    subjects = sorted((c for c in cue.children if c.dep_ == "nsubj"), key=lambda t: t.i)
    if len(subjects) != 2 or subjects[1].i > cue.i:
        return None
    first, speaker = subjects
    start = min(t.i for t in speaker.subtree)
    closed = start >= 2 and cue.doc[start - 1].is_quote and cue.doc[start - 2].is_punct
    return (first, speaker) if closed and start > first.i else None


def _reported_noun_clause(verb: Token) -> bool:
    """True for the clause of a noun a reporting verb takes ("rejected the
    idea that ...", "denied reports that ...")."""
    noun = verb.head
    return (
        verb.dep_ in ("acl", "ccomp")
        and noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in CUE_STANCES
    )


BEFORE_CLAUSE = frozenset({"after", "before", "until", "since", "as", "when", "while"})
"""Words that open a clause the parser may read as a preposition with the
clause's subject as its object ("after Trump on Wednesday said ...")."""
DAY_WORDS = frozenset(
    """on last this early late monday tuesday wednesday thursday friday
    saturday sunday morning afternoon evening night""".split()
)
"""Words of a day set between a subject and its verb ("on Wednesday")."""


def _misparsed_speaker(token: Token) -> Token | None:
    """'“...,” said Smith' (name after the verb), 'Smith, noting ..., said'
    (left clause), or "after Trump on Wednesday said ..." (the subject read
    as the object of "after", a day between it and the verb)."""
    at = token.i - 1
    while at >= 0 and token.doc[at].lower_ in DAY_WORDS:
        at -= 1
    name = token.doc[at] if 0 <= at < token.i - 1 else None
    if (
        name is not None
        and name.pos_ == "PROPN"
        and name.dep_ == "pobj"
        and name.head.lower_ in BEFORE_CLAUSE
    ):
        return name
    for child in token.children:
        inverted = token.i > 0 and token.nbor(-1).is_punct  # '“...,” said Smith'
        if inverted and token.i < child.i <= token.i + 2 and child.pos_ == "PROPN":
            if child.dep_ in ("advmod", "npadvmod", "attr", "dep", "appos") and (
                not _is_time(child)  # "..., said Tuesday that"
            ):
                return child
        if child.dep_ == "advcl" and child.i < token.i:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < child.i:
                return subject
    return None


def subtree_span(
    token: Token, *, stop: int | None = None, line_of: Token | None = None
) -> Span:
    """Character span of a token's subtree, on one line, cut before ``stop``
    and before a person's state or party label, trimmed."""
    label = _affiliation_start(token)
    if label is not None:
        stop = label if stop is None else min(stop, label)
    tokens = [t for t in token.subtree if stop is None or t.idx < stop]
    tokens = trim_tokens(same_line(tokens, line_of or token)) or [token]
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


PARTY_LABEL_RE = re.compile(
    r"(?:[RDI]|Dem|Rep|Ind)\.?\s?-\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
    r"|(?:an?\s+)?(?:Democrat|Republican|Independent)\s+(?:of|from)\s+.+"
)
"""A legislator's party and state after the name: "D-Conn.", "R-Texas",
"Democrat of California", "a Republican from Ohio"."""
PLACE_ENTS = frozenset({"GPE", "LOC"})
BODY_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _affiliation_start(token: Token) -> int | None:
    """Where a named person's state or party label begins, so that the source
    names the person, not the place: "Nancy Pelosi [of California]", "Chris
    Murphy [(D-Conn.)]", "Dianne Feinstein[, Democrat of California]".

    Only a label that ends the name's phrase is cut (nothing but other labels
    and punctuation after it: "Tester (D-Mont.) and Vitter" keeps all). An
    organisation keeps its state: "the Foreign Ministry of Albania"."""
    if token.pos_ != "PROPN" or token.ent_type_ in BODY_ENTS:
        return None
    after = [c for c in token.children if c.i > token.i and not c.is_punct]
    labels = [c for c in after if _is_affiliation(c)]
    if not labels or len(labels) != len(after):
        return None
    first = min(t.i for t in labels[0].subtree)
    while first - 1 > token.i and token.doc[first - 1].is_punct:
        first -= 1
    return int(token.doc[first].idx)


def _is_affiliation(child: Token) -> bool:
    """ "of California" (a place), "(D-Conn.)", "Democrat of Vermont"."""
    if child.dep_ == "prep" and child.lower_ in ("of", "from"):
        objects = [o for o in child.children if o.dep_ == "pobj"]
        return bool(objects) and all(o.ent_type_ in PLACE_ENTS for o in objects)
    if child.dep_ in ("appos", "npadvmod", "dep", "conj"):
        words = [t for t in child.subtree if not (t.is_punct and t.text in "(),")]
        text = "".join(t.text_with_ws for t in words).strip()
        return bool(PARTY_LABEL_RE.fullmatch(text))
    return False


CREDIT_RE = re.compile(
    r"(?:\b[A-Z]{2,}(?:\s+[A-Z]{2,})*|/\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?=[A-Z][a-z])"
)
"""An outlet's or agency's credit ("USA TODAY", "/ Reuters") before a capitalised
word: where a byline or photo credit the parser took into a source ends."""

POSSESSIVE_RE = re.compile(r"\s*['\u2019]s?$")
"""A possessive ending of a source's text, left out of the name it is credited to."""
AGE_RE = re.compile(r"\s*,\s*\d{1,3}\s*,?$")
"""A person's age after the name ("Zimmerman, 32, said"), left out of it too."""


def resolve_sources(
    article: Article, relative: set[int], subjects: Sequence[Subject] = ()
) -> None:
    """Fill ``according_to`` and ``unnamed``; pronouns take the previous fitting
    speaker, or the person the sentence before was about when that sentence
    comes after the speaker's (``subjects``, :func:`.subjects.person_subjects`).

    Claims from relative clauses ("..., which X denied") are not candidates:
    a pronoun subject continues the main clause's speaker. A pronoun that
    resolves to an unnamed source ("officials said ... they added") stays unnamed.
    """
    resolved: list[Claim] = []
    claims = sorted(article.claims, key=lambda c: c.cue.start)
    quoting = _quoting(article, claims)
    for i, claim in enumerate(claims):
        if i in quoting:
            resolved.append(claim)  # its speaker is the quoting claim's, below
            continue
        if claim.source is not None and NEGATIVE_SOURCE_RE.match(
            article.span_text(claim.source)
        ):  # "No country has recognized ...": nobody holds it, a denial by no one
            resolved.append(replace(claim, according_to=None, unnamed=True,
                                    stance="denies"))  # fmt: skip
            continue
        claim = _without_credit(article, claim)
        main = [c for c in resolved if c.cue.start not in relative]
        name, antecedent = _source_name(article, claim, main, subjects)
        own = article.span_text(claim.source) if claim.source else None
        unnamed = (antecedent.unnamed if antecedent is not None
                   else claim.source is not None and (name is None or _is_unnamed_span(article, claim.source)))  # fmt: skip
        resolved.append(replace(claim, according_to=name, unnamed=unnamed,
                                source_text=name if claim.source and name != own else None))  # fmt: skip
    for i, j in quoting.items():
        outer = resolved[j]
        resolved[i] = replace(resolved[i], according_to=outer.according_to,
                              unnamed=outer.unnamed, source_text=outer.according_to)  # fmt: skip
    article.claims[:] = resolved


def _quoting(article: Article, claims: Sequence[Claim]) -> dict[int, int]:
    """For each claim an "I" or "we" makes inside another claim's content
    (Biden said, "I tell you what, ..."), the index of that other claim: the
    one who quotes speaks. Not when the quoting claim's own speaker is a first
    person too."""
    first = {
        i
        for i, c in enumerate(claims)
        if c.source is not None and article.span_text(c.source).lower() in FIRST_PERSON
    }
    found = {}
    for i in first:
        cue = claims[i].cue.start
        outer = [
            j
            for j, c in enumerate(claims)
            if j not in first and c.content.start <= cue < c.content.end
        ]
        if outer:
            found[i] = min(
                outer, key=lambda j: claims[j].content.end - claims[j].content.start
            )
    return found


def _without_credit(article: Article, claim: Claim) -> Claim:
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


def _source_name(
    article: Article,
    claim: Claim,
    earlier: list[Claim],
    subjects: Sequence[Subject] = (),
) -> tuple[str | None, Claim | None]:
    """The source's own text, or for a pronoun the nearest earlier speaker of its kind.

    "he"/"she"/"I" take a person, "it" an organisation (or any non-person
    source), "they"/"we" either; a "he" or "she" takes the person the
    sentence before its own (or its own, before it) is about when no speaker
    stands nearer and no honorific says otherwise ("... Gingrich said.
    Clinton began Sunday with a tweet ... Hours later, she issued a
    statement"). Returns the name and the claim it came from (None when the
    source names itself).
    """
    if claim.source is None:
        return None, None
    text = article.span_text(claim.source)
    if claim.source_text:  # the extractor's name for a longer source (extract.py)
        return claim.source_text, None
    if text.lower() in RELATIVE_PRONOUNS:  # "those who say": no one named
        return None, None
    pronoun = text.lower()
    if pronoun not in PRONOUNS:
        if pronoun in GENDERED:  # "her claim" no subject named (extract.py)
            return _named_before(article, claim.source, GENDERED[pronoun]) or text, None
        return AGE_RE.sub("", POSSESSIVE_RE.sub("", text)), None  # "Trump 's": Trump
    want_person = pronoun in PERSON_PRONOUNS | {"i"}
    about = _about(article, pronoun, claim.source, subjects)
    passed_other = False  # a speaker of the other gender stood between
    for prev in reversed(earlier):
        if prev.source is None or prev.according_to is None:
            continue
        prev_text = article.span_text(prev.source).lower()
        if prev_text in PRONOUNS:  # a resolved pronoun keeps its own kind
            if prev.source_text is None or prev_text not in ("he", "she", "it"):
                continue
            is_person = prev_text in PERSON_PRONOUNS
        else:
            is_person = _is_person_source(article, prev.source)
        if is_person == want_person or pronoun in ("they", "we"):
            if pronoun in PERSON_PRONOUNS and _several(article, prev.source):
                continue  # "Jeb Bush and Ted Cruz both floated ... he said"
            gender = _gender(article, prev.source)
            if not _same_gender(pronoun, gender):
                passed_other = True  # "Mr. Gowdy said ... in which she claimed"
                continue
            if passed_other and gender is None:
                break  # past the other, only a speaker known to be of its gender
            if about is not None and prev.cue.start < about[1].start:
                break  # the person a later sentence is about stands nearer
            return prev.according_to, prev
    if about is not None:
        return POSSESSIVE_RE.sub("", article.span_text(about[0])), None
    if pronoun in GENDERED:
        return _named_before(article, claim.source, GENDERED[pronoun]) or text, None
    return text, None


def _about(
    article: Article, pronoun: str, source: Span, subjects: Sequence[Subject]
) -> tuple[Span, Span] | None:
    """The person a "he" or "she" stands for and the sentence naming them
    (:func:`.subjects.subject_before`), unless an honorific says that person
    is of the other gender; the body an "it" stands for
    (:func:`.subjects.body_before`)."""
    if pronoun == "it":
        return body_before(subjects, source.start)
    if pronoun not in PERSON_PRONOUNS:
        return None
    about = subject_before(subjects, source.start, pronoun)
    if about is None or not _same_gender(pronoun, _gender(article, about[0])):
        return None
    return about


def _same_gender(pronoun: str, gender: str | None) -> bool:
    """False only when a "he" or "she" meets a speaker known to be the other."""
    return gender is None or GENDERED.get(pronoun, gender) == gender


def _gender(article: Article, source: Span) -> str | None:
    """A speaker's gender as the article writes it: a "he" or "she", or an
    honorific before the speaker's name or before another mention of the same
    surname ("Mrs. Clinton ... Hillary Clinton"); None when it does not say."""
    text = article.span_text(source)
    if text.lower() in GENDERED:
        return GENDERED[text.lower()]
    names = [m for m in article.mentions if m.label == "PERSON"
             and source.start <= m.start and m.end <= source.end]  # fmt: skip
    if not names:
        return None
    surname = article.span_text(names[-1]).split()[-1]
    found = {
        _honorific(article, m.start)
        for m in article.mentions
        if m.label == "PERSON" and article.span_text(m).split()[-1] == surname
    } - {None}
    return found.pop() if len(found) == 1 else None


def _honorific(article: Article, start: int) -> str | None:
    written = HONORIFIC.search(article.text[max(0, start - 6) : start])
    if written is None:
        return None
    return "m" if written.group(1) else "f"


def _named_before(article: Article, pronoun: Span, gender: str) -> str | None:
    """Who a "she" or "her" that no speaker stands for is: the last person
    named before it in its paragraph, or in the paragraph before when its own
    names none, when an honorific says that person is of the pronoun's
    gender ("Mrs. Clinton's ... in which she claimed"); else None."""
    start = article.text.rfind("\n", 0, pronoun.start)
    before = [m for m in article.mentions
              if m.label == "PERSON" and m.end <= pronoun.start]  # fmt: skip
    if before and before[-1].end <= start:  # none in its own paragraph
        end_before = len(article.text[:start].rstrip())
        before = [
            m for m in before if m.start > article.text.rfind("\n", 0, end_before)
        ]
    if not before or _gender(article, Span(before[-1].start, before[-1].end)) != gender:
        return None
    return POSSESSIVE_RE.sub("", article.span_text(before[-1]))


JOINED_RE = re.compile(r"(?:\s*,\s*[^,]{1,12},)?\s*(?:and|&)\s", re.IGNORECASE)
"""What joins a name to the next ("Jeb Bush and Ted Cruz", "Lamar Alexander,
R-Tenn., and Patty Murray"), not an apposition between them ("Andrew Light,
a senior fellow ... and former adviser to ... President Obama")."""
TITLE_WORDS_RE = re.compile(r"(?:[\w.'\u2019-]+\s+){0,4}")
"""Words of a title before a name ("former Maryland Gov. Martin O'Malley")."""


def _several(article: Article, source: Span) -> bool:
    """True for a source naming a person joined to another name ("Hillary
    Clinton and Martin O'Malley", whatever the tagger makes of the second),
    before any apposition ("Grant Green, an official under Presidents Reagan
    and George W. Bush" is one): a "he" or "she" stands for one at most."""
    inside = [m for m in article.mentions
              if source.start <= m.start and m.end <= source.end]  # fmt: skip
    text = article.text
    return any(
        m.label == "PERSON"
        and "," not in text[source.start : m.start]  # not in an apposition
        and (joined := JOINED_RE.match(text, m.end, source.end)) is not None
        and any(TITLE_WORDS_RE.fullmatch(text, joined.end(), n.start) for n in inside)
        for m in inside
    )


def _is_person_source(article: Article, source: Span) -> bool:
    """Whether a source names a person: a person's title in it, a PERSON and no
    ORG mention, or a PERSON where English puts the head: last ("Latino Victory
    Fund CEO Nathalie Rayes") or first before an apposition or "of" ("Margaret
    Kamitsuka, a professor at Oberlin College"; not "Mojahedin-e Khalq (MEK)",
    whose first words the tagger may read as a person's name)."""
    words = re.findall(r"[a-z]+", article.span_text(source).lower())
    if any(w.rstrip("s") in PERSON_HEADS for w in words):
        return True
    inside = sorted((m.start, m.end, m.label) for m in article.mentions
                    if source.start <= m.start and m.end <= source.end)  # fmt: skip
    if not inside:
        return _named_person_elsewhere(article, source)
    labels = {label for _, _, label in inside}
    if "PERSON" not in labels:
        return False
    if "ORG" not in labels or inside[-1][2] == "PERSON":
        return True
    _, end, label = inside[0]
    return label == "PERSON" and APPOSITION_RE.match(article.text, end) is not None


def _named_person_elsewhere(article: Article, source: Span) -> bool:
    """True for a source the tagger left unnamed that names a person the
    article names elsewhere: their name or its last word ("Cornyn emphasized
    ..." after "Sen. John Cornyn")."""
    text = article.span_text(source).strip()
    if not text[:1].isupper() or text.lower() in PRONOUNS:
        return False
    names = {article.span_text(m) for m in article.mentions if m.label == "PERSON"}
    return any(name == text or name.split()[-1:] == [text] for name in names)


def _is_unnamed_span(article: Article, source: Span) -> bool:
    """A source that names no one ("a senior administration official")."""
    return is_unnamed_source(article.span_text(source))


def is_unnamed_source(text: str) -> bool:
    """True for an anonymous source ("officials", "a source close to ...").

    The head word (the last word before "close to", "familiar with", "who", a
    comma ...) must be an anonymous role; capitalised modifiers ("White House
    officials", "Iranian presidency official") are allowed, a name is not.

    Args:
        text: the source span's text.

    Returns:
        Whether the source names no one.
    """
    head = UNNAMED_TAIL_RE.split(text, maxsplit=1)[0].split()
    if not head:
        return False
    apposition = text.partition(",")[2].strip()
    if apposition[:1].isupper() and len(head) < len(text.split()):
        return False  # "the ministry's spokesman, Nasser Kanaani" names him
    word = head[-1].lower().strip(".,;:'’\"")
    return word in UNNAMED_HEADS or word.rstrip("s") in UNNAMED_HEADS


def not_reporting_a_report(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims without one whose content opens with another claim's cue
    of saying: "Redfield made a clarification after Trump on Wednesday said
    he disagreed ..." reads "made" as a cue of "said he disagreed ...", a
    report of its own; the report keeps its speaker, or takes the one the
    dropped claim had where the parser lost it and the dropped cue comes
    first ("Durbin, noting the size of Sanders's following, said, ..." hangs
    "said" on "noting"; not "..., Will wrote, Christie can challenge ...")."""
    saying = {
        c.cue.start: c
        for c in claims
        if text[c.cue.start : c.cue.end].split()[-1].lower() in SAYING_FORMS
    }
    outer = {
        saying[c.content.start].cue.start: c
        for c in claims
        if c.content.start in saying and saying[c.content.start] is not c
    }
    kept = []
    for claim in claims:
        if claim.content.start in saying and saying[claim.content.start] is not claim:
            continue
        dropped = outer.get(claim.cue.start)
        if (
            dropped is not None
            and claim.source is None
            and dropped.source is not None
            and dropped.cue.start < claim.cue.start  # "Durbin, noting ..., said"
        ):
            claim = replace(claim, source=dropped.source, confidence=dropped.confidence)
        kept.append(claim)
    return kept


SAYING_FORMS = frozenset(
    """said says told tells added adds announced announces claimed stated
    insisted insists argued argues warned warns wrote writes tweeted""".split()
)
"""A verb of saying in a finite form no noun shares ("claims", "states" and
"tweets" are also what one condemns): a content that opens with one is a
report of its own, not what the cue before it says."""
