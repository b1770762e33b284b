"""Who a claim's source is: the name of a speaker the parse found
(:mod:`.sources`), a pronoun resolved to the speaker or person it stands
for, a description resolved to no one, a credit line cut off."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import pairwise
from types import MappingProxyType
from typing import TYPE_CHECKING

from ...names.vocabulary import given_name
from ...records import Article, Claim, Mention, Span
from .joined import names_joined
from .marks import OPEN_QUOTES, QUOTE_MARKS, open_quotation
from .mended import with_detached_name, without_credit
from .speaker_labels import speaker_label
from .subjects import Subject, body_before, subject_before

if TYPE_CHECKING:
    from collections.abc import Sequence

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
                          "businessman", "businesswoman", "mogul", "billionaire",
                          "pope", "cardinal", "bishop", "archbishop", "priest", "rabbi",
                          "imam", "pastor", "lady", "queen", "king", "prince",
                          "princess"})  # fmt: skip
KIN_HEADS = frozenset(
    """mother father wife husband son daughter sister brother widow widower
    grandmother grandfather aunt uncle actor actress witness""".split()
)
"""Nouns of persons that make a source a person's only as its head ("the
mother of the victim", not "... along with her elderly grandmother")."""
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


POSSESSIVE_RE = re.compile(r"\s*['\u2019]s?$")
"""A possessive ending of a source's text, left out of the name it is credited to."""
LINE_BREAK_RE = re.compile(r"\s*\n\s*")
"""A line break inside a source the scrape made after a title ("Sen.\n\nTed
Cruz"), a space in the name it is credited to."""
AGE_RE = re.compile(r"\s*,\s*\d{1,3}\s*,?$")
"""A person's age after the name ("Zimmerman, 32, said"), left out of it too."""


def resolve_sources(
    article: Article, relative: set[int], subjects: Sequence[Subject] = ()
) -> None:
    """Fill ``according_to`` and ``unnamed``; pronouns take the previous fitting
    speaker, or the person the sentence before was about when that sentence
    comes after the speaker's (``subjects``, :func:`.subjects.person_subjects`).

    A speaker of a relative clause ("..., which X denied") yields to one of
    its main clause (:func:`_source_name`). A pronoun that resolves to an
    unnamed source ("officials said ... they added") stays unnamed.
    """
    resolved: list[Claim] = []
    shared = _shared_surnames(article)
    # surname -> gender its "he" or "she" told ("": both)
    told: dict[str, str] = _chained_genders(article, subjects, shared)
    claims = sorted(article.claims, key=lambda c: c.cue.start)
    quoting = _quoting(article, claims)
    main: list[Claim] = []  # the resolved claims a later pronoun may stand for
    yielding = _relative_sentences(article.text, relative, subjects)

    def keep(claim: Claim) -> None:
        resolved.append(claim)
        if not _relayed_unnamed(article, claim):
            main.append(claim)

    for i, claim in enumerate(claims):
        if i in quoting:
            keep(claim)  # its speaker is the quoting claim's, below
            continue
        if claim.source is not None and NEGATIVE_SOURCE_RE.match(
            article.span_text(claim.source)
        ):  # "No country has recognized ...": nobody holds it, a denial by no one
            keep(replace(claim, according_to=None, unnamed=True, stance="denies"))
            continue
        claim = with_detached_name(article, without_credit(article, claim))
        name, antecedent = _source_name(article, claim, main, subjects, told, yielding)
        name = speaker_label(name)  # "he" no one was found for, "14 percent": no one
        _learn_gender(article, claim, name, told, shared)
        own = article.span_text(claim.source) if claim.source else None
        unnamed = (antecedent.unnamed if antecedent is not None
                   else claim.source is not None and (name is None or _is_unnamed_span(article, claim.source)))  # fmt: skip
        keep(replace(claim, according_to=name, unnamed=unnamed,
                     source_text=name if claim.source and name != own else None))  # fmt: skip
    for i, j in quoting.items():
        outer = resolved[j]
        resolved[i] = replace(resolved[i], according_to=outer.according_to,
                              unnamed=outer.unnamed, source_text=outer.according_to)  # fmt: skip
    article.claims[:] = resolved


def says(text: str, claim: Claim) -> bool:
    """True for a claim whose cue is a verb of saying (:data:`SAYING_FORMS`)."""
    words = text[claim.cue.start : claim.cue.end].split()
    return bool(words) and words[-1].lower() in SAYING_FORMS


def _relative_sentences(
    text: str, relative: set[int], subjects: Sequence[Subject]
) -> dict[int, int]:
    """For the cue of each claim of a relative clause, where its sentence
    starts (its paragraph's start when the sentences are not known)."""
    starts = [s.sentence.start for s in subjects]
    found = {}
    for cue in relative:
        k = bisect.bisect_right(starts, cue) - 1
        found[cue] = starts[k] if k >= 0 else text.rfind("\n", 0, cue) + 1
    return found


RELAYED_BY = re.compile(r"(?i)\b(?:quoted|reported)\s+$")
"""A report's verb right before the one it tells saying something."""


def _relayed_unnamed(article: Article, claim: Claim) -> bool:
    """True for the claim of someone unnamed a report tells saying something
    ("The New York Times quoted one of Carson's advisers as saying ..."): a
    later "he" is not that one ("He brushed off these concerns": Carson)."""
    if not claim.unnamed or claim.source is None:
        return False
    start = claim.source.start
    return RELAYED_BY.search(article.text[max(0, start - 20) : start]) is not None


def _quoting(article: Article, claims: Sequence[Claim]) -> dict[int, int]:
    """For each claim an "I" or "we" makes inside another claim's content
    (Biden said, "I tell you what, ..."), or a name makes inside the
    quotation of another claim ('Cruz said. "... Donald said he wants to be
    neutral. ..."': Cruz tells it), the index of that other claim: the one
    who quotes speaks. Not when the quoting claim's own speaker is a first
    person too, nor for a "he" or "she" (:func:`_quoting_speakers`)."""
    first = {i for i, c in enumerate(claims) if _told_within(article, c)}
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


def _told_within(article: Article, claim: Claim) -> bool:
    """True for a claim whose speaker is a first person, or a name whose cue
    stands inside a quotation ('"... Donald said he wants ..."'): words
    someone else may be quoting."""
    if claim.source is None:
        return False
    text = article.span_text(claim.source).lower()
    if text in FIRST_PERSON:
        return True
    return (
        text not in PRONOUNS | RELATIVE_PRONOUNS
        and open_quotation(article.text, claim.source.start)
        and open_quotation(article.text, claim.cue.start)
    )


def _source_name(
    article: Article,
    claim: Claim,
    earlier: list[Claim],
    subjects: Sequence[Subject] = (),
    told: Mapping[str, str] = MappingProxyType({}),
    yielding: Mapping[int, int] = MappingProxyType({}),
) -> tuple[str | None, Claim | None]:
    """The source's own text, or for a pronoun the nearest earlier speaker of its kind.

    "he"/"she"/"I" take a person, "it" an organisation (or any non-person
    source), "they"/"we" either; a "he" or "she" takes the person the
    sentence before its own (or its own, before it) is about when no speaker
    stands nearer and no honorific says otherwise ("... Gingrich said.
    Clinton began Sunday with a tweet ... Hours later, she issued a
    statement"). A speaker of a relative clause (``yielding``: its cue's
    start, and its sentence's) stands for a "he" or "she" only ("Activists
    cheered a speech calling for reform ... they say": not the speech), and
    yields to one saying something before it in its sentence ("Trump said the plan, which Schumer
    denied, would pass. He added ...": Trump), not to one further back, nor
    to one doing something else ("Sens. Lamar Alexander and Patty Murray are
    seeking a deal that Alexander said would reinstate the payments. He said
    ...": Alexander; "The mayor backed a plan that Tom Hale said would cut
    costs. He added ...": Hale). Returns the name and the claim it
    came from (None when the source names itself).
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
            return _named_before(
                article, claim.source, GENDERED[pronoun], told
            ) or text, None
        name = AGE_RE.sub("", POSSESSIVE_RE.sub("", text))  # "Trump 's": Trump
        return LINE_BREAK_RE.sub(" ", name), None  # "Sen.\n\nTed Cruz": one line
    want_person = pronoun in PERSON_PRONOUNS | {"i"}
    about = _about(article, pronoun, claim.source, subjects, told)
    passed_other = False  # a speaker of the other gender stood between
    quoting = _quoting_speakers(article, claim, earlier)
    if quoting and pronoun not in PERSON_PRONOUNS:
        return text, None  # '“... They want it now ...,” said Shelby': whom he
        # means, no speaker of the article tells
    deferred: Claim | None = None  # a relative clause's speaker, yielding
    for prev in reversed(earlier):
        if prev.source is None or prev.according_to is None:
            continue
        if prev.according_to in quoting:
            continue  # '“... he wants it done now ...,” said Shelby': not Shelby
        if prev.cue.start in yielding and pronoun not in PERSON_PRONOUNS:
            continue  # "conservatives who find ...": no "they" told by a clause
        prev_text = article.span_text(prev.source).lower()
        if prev_text in PRONOUNS:  # a resolved pronoun keeps its own kind
            if prev.source_text is None or prev_text not in ("he", "she", "it"):
                continue
            if pronoun in FIRST_PERSON or (
                pronoun == "they" and prev_text in PERSON_PRONOUNS
            ):
                continue  # a writer's "I" after "he" ... stands for no "he",
                # nor does a "they"
            is_person = prev_text in PERSON_PRONOUNS
        elif pronoun in FIRST_PERSON and prev_text.split()[0] in ("my", "our"):
            continue  # the writer's "my father often said" ... "I laughed"
        else:
            is_person = _is_person_source(article, prev.source)
        if is_person == want_person or pronoun in ("they", "we"):
            if pronoun in PERSON_PRONOUNS and _several(article, prev.source):
                continue  # "Jeb Bush and Ted Cruz both floated ... he said"
            gender = _gender(article, prev.source, told)
            if not _same_gender(pronoun, gender):
                passed_other = True  # "Mr. Gowdy said ... in which she claimed"
                continue
            if passed_other and gender is None:
                break  # past the other, only a speaker known to be of its gender
            if about is not None and prev.cue.start < about[1].start:
                break  # the person a later sentence is about stands nearer
            if deferred is not None and (
                prev.cue.start < yielding[deferred.cue.start]
                or not says(article.text, prev)
            ):
                break  # none saying before it in its sentence
            if deferred is None and prev.cue.start in yielding:
                deferred = prev
                continue
            return prev.according_to, prev
    if deferred is not None:
        return deferred.according_to, deferred
    if about is not None:
        return POSSESSIVE_RE.sub("", article.span_text(about[0])), None
    if pronoun in GENDERED:
        return _named_before(
            article, claim.source, GENDERED[pronoun], told
        ) or text, None
    return text, None


def _quoting_speakers(
    article: Article, claim: Claim, earlier: Sequence[Claim]
) -> frozenset[str]:
    """Who quotes the words a third person's pronoun speaks in: the speakers
    of the earlier claims whose quotation holds its cue ('“He’s focused on
    border security.\n\nAnd like all presidents, he wants it done now. ...,”
    said Sen. Richard Shelby': the "he" is Trump, not Shelby, who speaks of
    himself as "I")."""
    at = claim.cue.start
    return frozenset(
        c.according_to
        for c in earlier
        if c.according_to is not None
        and c.content.start <= at < c.content.end
        and (_quotes(article, c) or open_quotation(article.text, at))
        and c.source is not None
        and article.span_text(c.source).lower() not in PRONOUNS
    )


def _quotes(article: Article, claim: Claim) -> bool:
    """True for a claim whose cue is the opening mark of a paragraph of a
    quotation signed later (:mod:`.quotations`); not one whose content only
    opens with a quoted phrase ('rebukes “identity politics,” which it argues
    ...': the commission argues)."""
    return article.span_text(claim.cue) in set(OPEN_QUOTES)


def _about(
    article: Article,
    pronoun: str,
    source: Span,
    subjects: Sequence[Subject],
    told: Mapping[str, str],
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
    if about is None or not _same_gender(pronoun, _gender(article, about[0], told)):
        return None
    return about


def _same_gender(pronoun: str, gender: str | None) -> bool:
    """False only when a "he" or "she" meets a speaker known to be the other."""
    return gender is None or GENDERED.get(pronoun, gender) == gender


def _gender(
    article: Article, source: Span, told: Mapping[str, str] = MappingProxyType({})
) -> str | None:
    """A speaker's gender as the article writes it: a "he" or "she", an
    honorific before the speaker's name or before another mention of the same
    surname ("Mrs. Clinton ... Hillary Clinton"), or a "he" or "she" of an
    earlier claim resolved to that surname (``told``: "“...,” he said" after
    "Sanders said" makes Sanders a man for a later "she"); None when it does
    not say."""
    text = article.span_text(source)
    if text.lower() in GENDERED:
        return GENDERED[text.lower()]
    names = [m for m in article.mentions if m.label == "PERSON"
             and source.start <= m.start and m.end <= source.end]  # fmt: skip
    if not names:
        return told.get(surname(text)) or _noun_gender(text)
    last = surname(article.span_text(names[-1]))
    found = {
        _honorific(article, m.start)
        for m in article.mentions
        if m.label == "PERSON" and surname(article.span_text(m)) == last
    } - {None}
    if len(found) == 1:
        return found.pop()
    return (told.get(last) or None) if not found else None


GENDERED_NOUNS = {
    **dict.fromkeys(
        "woman spokeswoman chairwoman congresswoman businesswoman mother wife "
        "daughter sister widow grandmother aunt actress lady queen princess".split(),
        "f",
    ),
    **dict.fromkeys(
        "man spokesman chairman congressman businessman father husband son "
        "brother widower grandfather uncle actor king prince".split(),
        "m",
    ),
}
"""Nouns of persons that say whether they are a man or a woman."""


def _noun_gender(text: str) -> str | None:
    """The gender the last noun of a person before the head's end says in
    an unnamed source ("an ICE spokeswoman", "the mother of the victim"),
    else None."""
    told = [GENDERED_NOUNS[w] for w in _head_words(text) if w in GENDERED_NOUNS]
    return told[-1] if told else None


def surname(name: str) -> str:
    """The last word of a name, without a possessive ending ("Trump's": Trump)."""
    words = POSSESSIVE_RE.sub("", name).split()
    return words[-1] if words else name


def _learn_gender(
    article: Article,
    claim: Claim,
    name: str | None,
    told: dict[str, str],
    shared: frozenset[str],
) -> None:
    """Keep the gender a "he" or "she" source tells of the name it stood for."""
    if claim.source is None or name is None:
        return
    pronoun = article.span_text(claim.source).lower()
    if pronoun not in PERSON_PRONOUNS or name.lower() in GENDERED:
        return
    last, gender = surname(name), GENDERED[pronoun]
    if last in shared:
        return  # "Bill Clinton" and "Hillary Clinton": which one the name is
    # a "he" and a "she" both taken by one name: neither is known
    told[last] = gender if told.get(last, gender) == gender else ""


def _chained_genders(
    article: Article, subjects: Sequence[Subject], shared: frozenset[str]
) -> dict[str, str]:
    """The genders an article tells by going on about a person with a "he" or
    "she": a sentence whose subject is the only person it tells of, followed
    in its paragraph by one whose subject is a "he" or "she" and that tells
    of no one else ("But then Sanders kept campaigning. He raised huge
    amounts of money"; not "... begging a woman to cast her ballot for him.
    After he gave her an answer, she said ...", nor a "he" or "she" signing a
    quotation); not a surname two persons share, nor one told both ways.
    Read before any claim's pronoun is resolved, so that a "she" taken
    wrongly cannot teach a man's name to be a woman's."""
    votes: dict[str, set[str]] = {}
    for before, after in pairwise(subjects):
        if before.name is None or after.pronoun is None or before.quoted:
            continue
        between = article.text[before.sentence.end : after.sentence.start]
        both = article.text[before.sentence.start : after.sentence.end]
        if after.quoted or "\n" in between or set(QUOTE_MARKS) & set(both):
            continue  # a quotation's "he said" is what is being decided
        gender = GENDERED[after.pronoun]
        words = _words(article, before.sentence.start, after.sentence.end)
        names = {
            surname(article.span_text(m))
            for m in article.mentions
            if m.label == "PERSON"
            and before.sentence.start <= m.start < before.sentence.end
        }
        last = surname(article.span_text(before.name))
        if (
            names - {last}
            or last in shared
            or words & (OTHER_PRONOUNS[gender] | GENDERED_NOUNS.keys())
        ):
            continue  # "Sanders met Clinton. She said": either may be meant
        votes.setdefault(last, set()).add(gender)
    return {name: genders.pop() for name, genders in votes.items() if len(genders) == 1}


def _shared_surnames(article: Article) -> frozenset[str]:
    """Surnames the article gives two persons of different given names
    ("Bill Clinton", "Hillary Clinton"; not "Sen. Bernie Sanders" and
    "Bernie Sanders")."""
    given: dict[str, set[str]] = {}
    for m in article.mentions:
        words = POSSESSIVE_RE.sub("", article.span_text(m)).split()
        first = next((w for w in words[:-1] if given_name(w)), None)
        if m.label == "PERSON" and first is not None:
            given.setdefault(words[-1], set()).add(first)
    return frozenset(name for name, firsts in given.items() if len(firsts) > 1)


def _honorific(article: Article, start: int) -> str | None:
    written = HONORIFIC.search(article.text[max(0, start - 6) : start])
    if written is None:
        return None
    return "m" if written.group(1) else "f"


def _named_before(
    article: Article,
    pronoun: Span,
    gender: str,
    told: Mapping[str, str] = MappingProxyType({}),
) -> str | None:
    """Who a "he", "she", "his" or "her" that no speaker stands for is: the
    last person named before it in its paragraph, or in the paragraph before
    when its own names none, when an honorific says that person is of the
    pronoun's gender ("Mrs. Clinton's ... in which she claimed"); or, none
    saying, the one person its own paragraph (else the paragraph before) names
    before it when no other person is told between them (:func:`_told_between`:
    "Trump's past statements, including his promise to be ..."; "The latter
    included Lou Dale, who represents the district.\n\nHe urged ..."); else
    None."""
    start = article.text.rfind("\n", 0, pronoun.start)
    before = [m for m in article.mentions
              if m.label == "PERSON" and m.end <= pronoun.start]  # fmt: skip
    own = [m for m in before if m.start > start
           and not open_quotation(article.text, m.start)]  # fmt: skip
    if not own and before:  # none in its own paragraph: the one before
        end_before = len(article.text[:start].rstrip())
        before = [
            m for m in before if m.start > article.text.rfind("\n", 0, end_before)
        ]
    if not before:
        return None
    last = before[-1]
    known = _gender(article, Span(last.start, last.end), told)
    if known is None:
        near = own or before  # its paragraph's, else the one before's
        surnames = {surname(article.span_text(m)) for m in near}
        if (
            len(surnames) != 1
            or near[-1] is not last  # the last one named is quoted
            or _told_between(article, last.end, pronoun.start, gender)
            or own
            and _words(article, start, own[0].start) & OWN_PRONOUNS[gender]
            or not own
            and not _only_person_of(article, last, start)
        ):  # another may be meant, or one the paragraph began with ("He also
            return None  # said that Trump ... but he denied")
    elif known != gender:
        return None
    return POSSESSIVE_RE.sub("", article.span_text(last))


def _only_person_of(article: Article, name: Mention, end: int) -> bool:
    """True when a full name is the one person its paragraph (up to ``end``)
    tells of: no office or person's noun beside it ("The President, who
    finds himself trailing Joe Biden": the president is meant), no one-word
    name ("Latinos" read as a person)."""
    start = article.text.rfind("\n", 0, name.start) + 1
    rest = article.text[start : name.start] + " " + article.text[name.end : end]
    words = set(re.findall(r"[a-z]+", rest.lower()))
    return len(article.span_text(name).split()) > 1 and not words & (
        PERSON_HEADS | KIN_HEADS
    )


OWN_PRONOUNS = {"m": frozenset({"he", "him", "his", "himself"}),
                "f": frozenset({"she", "her", "hers", "herself"})}  # fmt: skip
"""Pronouns of a man and of a woman."""
OTHER_PRONOUNS = {"m": OWN_PRONOUNS["f"], "f": OWN_PRONOUNS["m"]}
"""Pronouns of the other gender, by the gender of the one a pronoun takes."""


def _told_between(article: Article, start: int, end: int, gender: str) -> bool:
    """True when the words between a name and a pronoun tell another person
    it may stand for: a person's noun ("asked Mississippi's solicitor general
    to explain his view") or a pronoun of the other gender ("talked over
    Collins as she tried to correct his false claims")."""
    return bool(_words(article, start, end) & (PERSON_HEADS | OTHER_PRONOUNS[gender]))


def _words(article: Article, start: int, end: int) -> set[str]:
    """The lower-cased words of the article between two offsets."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", article.text[start:end])}


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
    and George W. Bush" is one), or persons told by a plural noun ("the White
    House and Democratic leaders in Congress"): a "he" or "she" stands for one
    at most."""
    inside = [m for m in article.mentions
              if source.start <= m.start and m.end <= source.end]  # fmt: skip
    text = article.text
    return (
        (not _opens_with_a_name(article, source) and _people(article.span_text(source)))
        or any(
            m.label == "PERSON"
            and "," not in text[source.start : m.start]  # not in an apposition
            and (joined := JOINED_RE.match(text, m.end, source.end)) is not None
            and any(
                TITLE_WORDS_RE.fullmatch(text, joined.end(), n.start) for n in inside
            )
            for m in inside
        )
        or names_joined(article, source, PERSON_HEADS)
    )


SEVERAL_OF_RE = re.compile(
    r"(?i)\s*(?:a\s+)?(?:dozens|hundreds|thousands|scores|many|most|some|several|"
    r"all|both|few|handful|number|group|majority|two|three|four|five)\s+of\s+"
)
"""A count of persons before the noun that names them ("Dozens of ...")."""
RELATIVE_RE = re.compile(r"(?i)\swho\s")
HEAD_END_RE = re.compile(r",|\s(?:of|for|in|at|with|from|to|on|who|that)\s", re.I)


def _head_words(text: str) -> list[str]:
    """The words of a source up to its head noun: before an apposition or a
    phrase after the noun ("the mother of the victim", "a spokesman for
    the senators")."""
    return re.findall(r"[a-z]+", HEAD_END_RE.split(text, maxsplit=1)[0].lower())


def _opens_with_a_name(article: Article, source: Span) -> bool:
    """True for a source that opens with a person's name ("Fiorina and other
    HP leaders": a "she" may be Fiorina)."""
    return any(
        m.label == "PERSON" and m.start == source.start and m.end <= source.end
        for m in article.mentions
    )


def _people(text: str) -> bool:
    """True for a source whose last noun naming persons is a plural
    ("Democratic leaders in Congress", "White House officials"; not "the
    officials' spokesman", nor "one of his aides")."""
    persons = PERSON_HEADS | KIN_HEADS

    def heads(words: list[str]) -> list[str]:
        return [w for w in words if w in persons or w[:-1] in persons]

    several = SEVERAL_OF_RE.match(text)  # "Dozens of Republican Senators ..."
    found = heads(_head_words(text[several.end() :] if several else text))
    if not found:  # "a strategist for one of these candidates": whose it is
        before = RELATIVE_RE.split(text, maxsplit=1)[0]  # not "..., who heads"
        found = heads(re.findall(r"[a-z]+", before.lower()))
    return bool(found) and found[-1] not in persons


QUALIFIED_RE = re.compile(
    r"[ \t]+(?!(?:and|or|nor|of|for|from|in|on|at|to|with|by|who|which|that|"
    r"himself|herself|themselves|itself|also|too|alone|both|all|each)\b)[a-z]"
)


def qualifies(text: str, end: int, limit: int) -> bool:
    """True for a name ending at ``end`` that qualifies a noun after it before
    ``limit`` (a source's end), a place ("The Florida senator", "a New York
    billionaire") or a person ("some Sanders backers", "the Clinton
    campaign"): that noun, not the name, is who speaks ("Indiana and 19 other
    states" are Indiana and others; "Sanders himself" is Sanders)."""
    found = QUALIFIED_RE.match(text, end)
    return found is not None and found.end() <= limit


GROUP_NOUNS = frozenset(
    "campaign camp team administration office staff family foundation "
    "organization committee".split()
)
"""Nouns of a body a person's name may qualify ("the Sanders campaign")."""


def _qualifies_a_group(text: str, end: int, limit: int) -> bool:
    """True for a name ending at ``end`` that qualifies a body or several
    people ("the Sanders campaign", "Clinton supporters"), not one person
    ("a 2008 Clinton veteran")."""
    if not qualifies(text, end, limit):
        return False
    word = re.match(r"[ \t]+([a-z][\w-]*)", text[end:limit])
    noun = word.group(1) if word else ""
    return noun in GROUP_NOUNS or (noun.endswith("s") and not noun.endswith("ss"))


def _is_person_source(article: Article, source: Span) -> bool:
    """Whether a source names a person: a person's title in it, a PERSON and no
    ORG mention, or a PERSON where English puts the head: last ("Latino Victory
    Fund CEO Nathalie Rayes") or first before an apposition or "of" ("Margaret
    Kamitsuka, a professor at Oberlin College"; not "Mojahedin-e Khalq (MEK)",
    whose first words the tagger may read as a person's name)."""
    text = article.span_text(source)
    words = re.findall(r"[a-z]+", text.lower())
    if any(w.rstrip("s") in PERSON_HEADS for w in words):
        return True
    if any(w.rstrip("s") in KIN_HEADS for w in _head_words(text)):
        return True
    inside = sorted((m.start, m.end, m.label) for m in article.mentions
                    if source.start <= m.start and m.end <= source.end)  # fmt: skip
    if not inside:
        return _named_person_elsewhere(article, source)
    labels = {label for _, _, label in inside}
    if "PERSON" not in labels:
        return False
    people = [end for _, end, label in inside if label == "PERSON"]
    if len(people) == 1 and _qualifies_a_group(article.text, people[0], source.end):
        return False  # "The Sanders campaign", "Clinton supporters": no "he"
    if "ORG" not in labels or inside[-1][2] == "PERSON":
        return True
    _, end, label = inside[0]
    return label == "PERSON" and APPOSITION_RE.match(article.text, end) is not None


ARTICLES = frozenset({"The", "A", "An"})
"""Words opening a body's name of two words ("The Times"), not a person's."""


def _named_person_elsewhere(article: Article, source: Span) -> bool:
    """True for a source the tagger left unnamed that names a person the
    article names elsewhere: their name or its last word ("Cornyn emphasized
    ..." after "Sen. John Cornyn"), or the last of two words the tagger read
    as something else ("Salas points out ..." after "Guadalupe Salas", read
    as a body's name)."""
    text = article.span_text(source).strip()
    if not text[:1].isupper() or text.lower() in PRONOUNS:
        return False
    names = {article.span_text(m) for m in article.mentions if m.label == "PERSON"}
    if any(name == text or name.split()[-1:] == [text] for name in names):
        return True
    others = (article.span_text(m).split() for m in article.mentions)
    return any(len(w) == 2 and w[1] == text and w[0] not in ARTICLES for w in others)


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
