"""Where a claim's speaker is written: the source of a cue in its parse
(subject, postposed "..., said X", agent, possessor), cut to the person, not
their state or party label. Who that speaker is, a pronoun or a title
resolved to a name, is :mod:`.speakers`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lexicon import TITLE_ABBREVIATIONS
from ...records import Span
from ...syntax import doc_text, lemma_of
from .cues import CONTENT_DEPS, CUE_STANCES, NOUN_CUES
from .marks import QUOTE_MARKS, closes, open_quotation
from .speakers import PERSON_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLOSERS = {")": "(", "]": "[", "\u201d": "\u201c", '"': '"'}
"""Closing marks and their openers: a phrase ending in one keeps it only with its
opener."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MAX_CLIMB = 3


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
        or token.i < 2
        or not token.nbor(-1).is_punct
        or any(
            c.dep_ == "advcl" and c.right_edge.i == token.i - 2 for c in token.children
        )  # "..., speaking in Ohio, announced
        # cuts": an aside of its own before it, and its object after it
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


def reported_before(token: Token) -> list[Token]:
    """The words a trailing cue signs when the clause it hangs on is itself a
    report of them by a speaker named after the cue ('"...," Becerra said,
    CNBC reported'): that report's complement before the cue, not its own
    speaker and verb."""
    head = token.head
    if head.pos_ not in ("VERB", "AUX") or lemma_of(head) not in CUE_STANCES:
        return []
    if not any(c.dep_ == "nsubj" and c.i > token.i for c in head.children):
        return []  # "..., I think that ...," Hanna said: the thinking is his too
    return [t for c in head.children if c.dep_ in CONTENT_DEPS and c.i < token.i
            for t in c.subtree]  # fmt: skip


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
    """Keep the tokens on the anchor's line: headlines and captions run into
    sentences. A line the scrape broke after a title's abbreviation goes on
    on the next ("said Sen.\n\nEd Markey"; '“It was a mistake,” Sen.\n\nTed
    Cruz told reporters': what Cruz told is on his line)."""
    text = doc_text(anchor.doc)
    start = text.rfind("\n", 0, anchor.idx) + 1
    while (before := len(text[:start].rstrip())) and TITLE_AT_END.search(
        text, max(0, before - 8), before
    ):
        start = text.rfind("\n", 0, before) + 1
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


PLACE_PREPS = frozenset(
    "in inside outside at behind near under beneath within across through around".split()
)
"""Prepositions of where something is done ("spent five hours behind closed
doors questioning ..."): their object is a place, not who speaks."""


def modifies_speaker(token: Token, subject: Token | None) -> bool:
    """True for "a group backing Bush": a participle's speaker is the noun
    before it, unless that noun tells where ("behind closed doors
    questioning Mrs. Clinton's top aide").

    (A relative clause keeps its own subject: PolNeAR marks "who" in
    "Obama, who denounced ...", not "Obama".)
    """
    noun = token.head
    return (
        subject is None
        and token.dep_ == "acl"
        and token.tag_ == "VBG"
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.i < token.i
        and not (noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS)
    )


MESSAGES = frozenset(NOUN_CUES) | frozenset(
    "response reply release letter tweet post memo note email video ad op-ed "
    "editorial filing motion".split()
)
"""Nouns of what someone issues ("fired back a response saying ...",
"issued a statement saying ..."): who issued it says what it says."""


SENDING_VERBS = frozenset("send write mail email text tweet post forward".split())
"""Verbs of sending a message to someone ("wrote to members saying ...")."""


PUTTING_OUT_VERBS = SENDING_VERBS | frozenset(
    "issue release publish circulate distribute".split()
)
"""Verbs of putting a message out ("sent out an email", "issued a statement")."""
THE_MESSAGE_RE = re.compile(r"(?i)(?:the|that|this)\s+(?P<noun>[a-z-]+)")
"""A message named again as a source ("the email said", "the memo stated")."""
MESSAGE_LOOKBACK = 1500
"""How many characters back a message named again may have been put out."""


def put_out_by(source: Span, sdoc: Doc) -> Token | None:
    """Who put out the message a source names again ("Clinton's campaign sent
    out an email fundraising appeal ... “...,” the email said": Clinton's
    campaign): the subject of the last verb of putting out
    (:data:`PUTTING_OUT_VERBS`) whose object is, or is named with, that
    message noun, not long before; None if there is none."""
    text = doc_text(sdoc)
    named = THE_MESSAGE_RE.fullmatch(text[source.start : source.end])
    if named is None or named["noun"].lower() not in MESSAGES:
        return None
    noun = named["noun"].lower()
    told = sdoc.char_span(source.start, source.end, alignment_mode="expand")
    if told is None:
        return None
    for token in reversed(sdoc[: told.start]):
        if token.idx < source.start - MESSAGE_LOOKBACK:
            return None
        if token.lower_ != noun or token.pos_ not in ("NOUN", "PROPN"):
            continue
        obj = token
        while obj.dep_ in ("compound", "nmod", "amod") and obj.head.i != obj.i:
            obj = obj.head  # "an email fundraising appeal"
        verb = obj.head
        if obj.dep_ == "dobj" and verb.lemma_.lower() in PUTTING_OUT_VERBS:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def sender(noun: Token) -> Token | None:
    """The subject of the verb a message noun is the object of ("Trump fired
    back a response saying ...": Trump), or of the verb or message that
    goes to the noun ("his campaign sent out a text message to supporters
    saying ...": not the supporters), if any."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        noun = noun.head.head
        if noun.lemma_.lower() in SENDING_VERBS:
            return next((c for c in noun.children if c.dep_ == "nsubj"), None)
    if noun.lemma_.lower() not in MESSAGES or noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


SAYING_PREPS = frozenset("by after before while in when".split())
"""Prepositions of a saying told as how or when its subject did something
("points to his record by saying, “...”", "resigned after saying ..."):
the subject says it."""


ADDRESSING_VERBS = frozenset(
    "ask press question quiz tell urge challenge invite interview".split()
)
"""Verbs whose object is the one spoken to: their passive's subject is the
addressee ("Asked about ..., Clinton said"), not who speaks."""


def addressed_only(token: Token) -> bool | None:
    """For a past participle of a verb of addressing someone
    (:data:`ADDRESSING_VERBS`) in a clause hung on another: True when it has
    no subject, auxiliary or agent of its own ("When asked about ...,
    Clinton said": the one its clause hangs on was asked, and who asked is
    not told), else False; None for any other token."""
    if not (
        token.lemma_.lower() in ADDRESSING_VERBS
        and token.tag_ in ("VBN", "VBD")
        and token.dep_ in ("advcl", "acl")
    ):
        return None
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent")
                   for c in token.children)  # fmt: skip


def source_token(token: Token) -> Token | None:
    """The speaker: subject, passive agent, or the subject of 'was quoted as saying'."""
    postposed = postposed_speaker(token)
    if postposed is not None:
        return postposed
    misparsed = _quotation_and_speaker(token)
    if misparsed is not None:
        return misparsed[1]
    if _passive_without_auxiliary(token):
        return None
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
    own = _subject_read_as_an_object(token)
    if own is not None:
        return own
    head = token
    active = not any(c.dep_ == "auxpass" for c in token.children)  # not "after
    # being asked": who asked is not the one who did the act
    for _ in range(MAX_CLIMB):  # "X hailed ..., calling it ... and stressing that ..."
        if (
            head.dep_ not in ("pcomp", "advcl", "xcomp", "conj")
            and not (head.dep_ == "prep" and head.lower_ in SAYING_PREPS and active)
        ) or head.head.i == head.i:
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
        if subject is not None and subject.lower_ in THING_RELATIVES:
            subject = _subject_of_antecedent(head)
        if subject is not None and lemma_of(subject) in ACT_NOUNS:
            break  # "The praise came a day after Obama, ..., announced ...":
            # the praise announces nothing; the parser joined the two verbs
        if subject is not None:
            return subject
    if token.head.dep_ == "prep" and token.head.head.lemma_.lower() == "quote":
        # "was quoted as saying": its subject; "quoted Smith as saying": Smith
        quoting = list(token.head.head.children)
        return next((c for c in quoting if c.dep_ == "dobj"), None) or next(
            (c for c in quoting if c.dep_ in SUBJECT_DEPS), None
        )
    return _misparsed_speaker(token)


ACT_NOUNS = frozenset(
    """praise criticism effort move decision step action attempt push bid
    shift change backlash outcry uproar controversy development""".split()
)
"""Nouns of an act, an event or an attitude: no one who says anything. The
subject of a verb a cue is joined to or hangs on ("The praise came a day
after Obama, responding to ..., announced ...") lends it no speaker; one of
its own ("The move signals that ...") is what PolNeAR marks."""


THING_RELATIVES = frozenset({"that", "which"})
"""Relative pronouns of a thing: "an order that promises to halt X while
insisting that ...": a cue hung on the thing's relative clause is the act of
whoever the clause's noun belongs to, not of the thing (:func:`_subject_of_antecedent`)."""


def _subject_of_antecedent(clause: Token) -> Token | None:
    """The subject of the verb whose object or complement a relative clause's
    noun is ("Trump signed an order that promises ..., insisting ...":
    Trump); None where the clause is no relative clause or no verb holds
    its noun within ``MAX_CLIMB`` steps."""
    if clause.dep_ != "relcl":
        return None
    head = clause.head
    for _ in range(MAX_CLIMB):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return _nominal_subject(head) if head.pos_ in ("VERB", "AUX") else None


RELAYING_CUES = frozenset({"report", "quote"})
"""Cues by which one tells what another said ("The Oregonian reported
Courtney saying", "quoted Smith as saying")."""


def relayed_speaker(token: Token) -> Token | None:
    """Whom a relaying cue (:data:`RELAYING_CUES`) tells saying something: the
    subject of its "saying" ("reported Courtney saying"), or its object before
    "as saying" ("quoted Smith as saying"); else None."""
    if token.lemma_.lower() not in RELAYING_CUES:
        return None
    for child in token.children:
        if child.dep_ in ("ccomp", "xcomp") and child.lemma_.lower() == "say":
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
        if child.dep_ == "prep" and child.lower_ == "as":
            if any(c.lemma_.lower() == "say" for c in child.children):
                return next((c for c in token.children if c.dep_ == "dobj"), None)
    return None


def _passive_without_auxiliary(token: Token) -> bool:
    """True for a cue in the passive with no auxiliary to show it: a past
    participle of a verb of addressing someone (:data:`ADDRESSING_VERBS`),
    with no subject or agent of its own ("..., when asked whether ...",
    "Asked about the vote, ...": the one its clause hangs on was asked), or
    "said to" do something by a thing set off after a comma ("..., an effort
    said to include ...": what is said about it). Who asks or says is not
    named."""
    addressed = addressed_only(token)
    if addressed is not None:
        return addressed
    after = token.i + 1  # "said to include", not 'said, "and to say ...'
    subject = _nominal_subject(token)
    return (
        token.lemma_ == "say"
        and any(
            c.dep_ == "xcomp"
            and any(a.i == after and a.lower_ == "to" for a in c.children)
            for c in token.children
        )
        # set off after a comma ("..., an effort said to include"), not "His
        # playbook said to look for" nor "..., prosecutors said to get a raise"
        and subject is not None
        and _set_off(subject.left_edge)
        and not _names_people(subject)
    )


def _set_off(token: Token) -> bool:
    """True for a word right after a comma, or after a closing mark that
    follows one ('the "Harbor Plan," an effort said to include ...')."""
    doc, at = token.doc, token.i - 1
    if at > 0 and doc[at].is_quote:
        at -= 1
    return at >= 0 and doc[at].text == ","


def _names_people(token: Token) -> bool:
    """True for a name, or a noun of persons ("prosecutors", "an official")."""
    return token.pos_ == "PROPN" or token.lemma_.lower() in PERSON_HEADS


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
    if len(before) > 1 and (
        _name_after_opening(before[-2], before[-1]) or _joined_clause(before[-2])
    ):
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


def _joined_clause(first: Token) -> bool:
    """True for a first subject whose phrase ends with a comma and a
    conjunction: the end of the clause before, which the parser took for a
    subject ("... would pass the Justice in Policing\n\nAct by the
    anniversary of his death, but Congressional sources told Politico ...":
    the sources tell, the line break cut the bill's name in two; not "people
    who hold many views but one opinion silenced ...")."""
    last = first.right_edge
    return (
        last.dep_ == "cc"
        and last.head.i == first.i
        and last.i > 0
        and last.doc[last.i - 1].text == ","
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
    misparse) or the cue, the first inside the quotation ('" every parent
    who wants a better world for their kids , " said Klobuchar'): the
    quotation's subject and the speaker."""
    subjects = sorted((c for c in cue.children if c.dep_ == "nsubj"), key=lambda t: t.i)
    if len(subjects) != 2:
        return None
    first, speaker = subjects
    if speaker.i > cue.i:
        text = doc_text(cue.doc)
        # inside a quotation opened in its paragraph, or in one before and
        # closed after it ('“We are hopeful ...\n\nGood riddance to Keystone
        # XL!” said Jared Margolis')
        quoted = open_quotation(text, first.idx) or any(
            t.text in '\u201d"' and closes(text, t.idx)
            for t in cue.doc[first.i : cue.i]
        )
        return (first, speaker) if quoted and first.i < cue.i else None
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
DAY_WORDS = WEEKDAYS | frozenset(
    "on last this early late morning afternoon evening night".split()
)
"""Words of a day set between a subject and its verb ("on Wednesday")."""


def _subject_read_as_an_object(token: Token) -> Token | None:
    """The subject of a verb joined by "and" or "but" to another, which the
    parser joined to that verb's object instead ("the Post will brand you a
    liar and NBC News will accuse you ...": NBC News accuses, not the
    Post): a name right before the verb and its auxiliaries, after the
    conjunction."""
    if token.dep_ != "conj":
        return None
    first = min(
        [c.i for c in token.children if c.dep_ in ("aux", "neg") and c.i < token.i],
        default=token.i,
    )
    name = token.doc[first - 1] if first > 0 else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "conj":
        return None
    start = name.left_edge.i
    joined = start > 0 and token.doc[start - 1].dep_ == "cc"
    return name if joined and name.head.i != token.i else None


def _before_aside(token: Token) -> int:
    """Where the words before a verb end, past a clause of its own set off
    by commas between them ("after President Obama, responding to Russian
    efforts, announced ...": at "Obama")."""
    doc = token.doc
    at = token.i - 1
    aside = next((c for c in token.children if c.dep_ == "advcl"
                  and c.right_edge.i == at - 1), None)  # fmt: skip
    if at < 1 or doc[at].text != "," or aside is None:
        return at
    start = aside.left_edge.i
    return start - 2 if start >= 2 and doc[start - 1].text == "," else at


def _misparsed_speaker(token: Token) -> Token | None:
    """'“...,” said Smith' (name after the verb), 'Smith, noting ..., said'
    (left clause), or "after Trump on Wednesday said ..." (the subject read
    as the object of "after", a day between it and the verb)."""
    at = _before_aside(token)
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
    inverted = token.i > 0 and token.nbor(-1).is_punct  # '“...,” said Smith'
    if inverted and _modifies_name_after(token):
        return token.head  # '"VICTORY!" tweeted Friends of the Earth': the
        # parser read the cue as an adjective of the name
    for child in token.children:
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


SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})
"""Names that speak, which the tagger may take for common nouns ("Friends")."""
TIME_ENTS = frozenset({"DATE", "TIME"})
"""Entity types of a time, no speaker nor content on their own."""


def _modifies_name_after(token: Token) -> bool:
    """True for a cue the parser hangs as an adjective on the name right after it."""
    name = token.head
    return (
        token.dep_ == "amod"
        and name.i == token.i + 1
        and (name.pos_ == "PROPN" or name.ent_type_ in SPEAKER_ENTS)
        and not _is_time(name)
    )


def subtree_span(
    token: Token, *, stop: int | None = None, line_of: Token | None = None
) -> Span:
    """Character span of a token's subtree, on one line, cut before ``stop``
    and before a person's state or party label, trimmed."""
    label = _affiliation_start(token)
    if label is not None:
        stop = label if stop is None else min(stop, label)
    tokens = [t for t in token.subtree if stop is None or t.idx < stop]
    if line_of is not None and line_of.i < token.i:
        tokens = _named_after(token, line_of, tokens)
    tokens = trim_tokens(same_line(tokens, line_of or token)) or [token]
    while len(tokens) > 1 and tokens[-1].lower_ in FLOATING_QUANTIFIERS:
        tokens = trim_tokens(tokens[:-1])  # "Capito and Shelby both tried ..."
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _named_after(name: Token, cue: Token, tokens: list[Token]) -> list[Token]:
    """A speaker named after its cue ('"VICTORY!" tweeted Friends of the Earth
    on April 3'): the name, not the cue the parser may hang on it, nor the
    time the parser hangs on the name."""
    when = next((c.i for c in name.children if c.dep_ == "prep" and c.i > name.i
                 and any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTS
                         for o in c.children)), None)  # fmt: skip
    return [t for t in tokens if t.i > cue.i and (when is None or t.i < when)]


FLOATING_QUANTIFIERS = frozenset({"both", "all", "each", "alike", "together"})
"""Words set after a plural subject to say it acts as one ("Capito and Shelby
both tried", "the senators all said"): no part of the speakers' name."""


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
