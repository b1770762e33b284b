"""Passages as news write them: which day a sentence names, whom it quotes
and how it describes them (a clause that is only who spoke, words one
source relays of another), whether it is only a name with its title, and
whether a claim's verb comes before what is said. What :mod:`.statements`
reads ``sentence`` and ``clause`` statements, and claims' labels, by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extractors.claims.marks import QUOTE_MARKS, left_open, open_quotation
from ..records import Article, Claim, Span
from .affiliations import TITLE_LOWER
from .timeline import When, parse_when


def unattributed(article: Article, span: Span) -> str:
    """A passage's text without the descriptions of whom it quotes: the
    sources of its claims that describe their speaker ("Andrew Light, a
    senior fellow at the World Resources Institute") blanked out; a bare
    source ("The actor told police that ...") is often what the sentence is
    about, and stays."""
    text = article.text[span.start : span.end]
    for claim in article.claims:
        source = claim.source
        if (
            source
            and span.start < source.end
            and source.start < span.end
            and "," in article.text[source.start : source.end]
        ):
            start = max(source.start, span.start) - span.start
            end = min(source.end, span.end) - span.start
            text = text[:start] + " " * (end - start) + text[end:]
    return text


_COMMON_WORD = re.compile(r"\b[a-z][a-z'\u2019\-]*")
"""A word written in lower case: clauses are compared on their common words
(names count through their entity ids), so two name lists are no one fact."""
_OPENING_WORD = re.compile(r"([A-Z][a-z'\u2019\-]*)\b")
"""A passage's first word, capitalised by its place."""
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'\u2019\-]*")
TITLE_CASE_SHARE = 0.75
"""Of a passage's words outside its names, the share capitalised from which it
is written in title case (a headline: "Weiner Receives More Bad News After
Separation From Wife Huma Abedin")."""


def common_words(
    article: Article,
    span: Span,
    mention_starts: frozenset[int],
    *,
    headline: bool = False,
) -> str:
    """The words of a passage that are not names: those written in lower
    case, and its first word when only its place at the start capitalises it
    (no mention starts there: "Turnout was at a record pace"); with
    ``headline``, of a passage in title case every word outside its name
    mentions."""
    text = article.text[span.start : span.end]
    words = _COMMON_WORD.findall(text)
    if headline:
        names = [
            m for m in article.mentions if span.start <= m.start and m.end <= span.end
        ]
        for m in names:
            at, to = m.start - span.start, m.end - span.start
            text = text[:at] + " " * (to - at) + text[to:]
        capitalised = _CAPITALISED.findall(text)
        if len(capitalised) >= TITLE_CASE_SHARE * (len(words) + len(capitalised)) > 0:
            return " ".join(capitalised + words)
        text = article.text[span.start : span.end]
    first = _OPENING_WORD.match(text)
    if first and span.start not in mention_starts:
        words.insert(0, first.group(1))
    return " ".join(words)


BARE_TITLE_WORDS = 3
"""Capitalised words a bare name may carry besides its mentions ("House
Majority Leader")."""


def bare_name(article: Article, span: Span) -> bool:
    """Whether a passage is only a name with its title ("House Majority Leader
    Eric Cantor", a caption; "Mike Huckabee, the former governor of
    Arkansas"): it names someone and states nothing, so it aligns with no
    sentence that names them too. Its words outside its entity mentions are
    at most ``BARE_TITLE_WORDS`` capitalised ones, besides the lower-case
    words of a title (:data:`.affiliations.TITLE_LOWER`, "the", "of")."""
    inside = [m for m in article.mentions
              if span.start <= m.start and m.end <= span.end]  # fmt: skip
    if not inside:
        return False
    rest, at = [], span.start
    for mention in sorted(inside, key=lambda m: m.start):
        rest.append(article.text[at : max(at, mention.start)])
        at = max(at, mention.end)
    rest.append(article.text[at : span.end])
    words = re.findall(r"[^\W\d_][\w'\u2019.-]*", " ".join(rest))
    words = [w for w in words if w not in TITLE_LOWER and w not in TITLE_LINKS]
    return len(words) <= BARE_TITLE_WORDS and all(w[0].isupper() for w in words)


TITLE_LINKS = frozenset({"the", "of", "a", "an"})
"""Lower-case words inside a title ("the former governor of Arkansas")."""


POSSESSIVE = re.compile(r"\s*['\u2019]s?\b")
"""A possessive after a word ("Trump's allies", "Tuesday 's primary")."""

WRITTEN = frozenset(
    """statement statements tweet tweets tweeted release letter post posted
    op-ed email memo""".split()
)
SPOKEN = frozenset(
    """speech speeches rally interview interviews hearing briefing conference
    remarks appearance debate""".split()
)
"""Words naming the occasion a speaker spoke on, written or aloud: a claim told
"in a statement Tuesday night" and one told in "a defiant speech" on Tuesday
are two occasions, not one dated twice."""
OWNED_WORDS = 4
"""Words after a day's possessive within which the occasion it dates is named
("Tuesday's congressional hearing")."""


def day_named(
    article: Article, span: Span, outside: Span | None = None, *, owned: bool = True
) -> tuple[When, Span] | None:
    """The day a passage names, with its span, when it names exactly one to
    the day (leaving out what lies in ``outside``, if given, and, unless
    ``owned``, a day written as a possessive of anything but an occasion of
    speaking: "holds a solid lead in Tuesday's primary" dates the primary,
    not when anyone said so; "During Tuesday's hearing, Jackson declined"
    dates what she said)."""
    days = [
        (when, Span(d.start, d.end))
        for d in article.dates
        if span.start <= d.start and d.end <= span.end
        and not (outside and outside.start < d.end and d.start < outside.end)
        and (owned or not _owns_other_than_occasion(article.text, d.end))
        and (when := parse_when(d.value or "")) and when[1] == when[2]
    ]  # fmt: skip
    return days[0] if len(days) == 1 else None


def introduces(article: Article, claim: Claim, before: Span) -> bool:
    """True when ``before``, the sentence right before a quotation, names the
    quotation's speaker and quotes no one itself ("On Sunday morning,
    President Trump once again took to Twitter to slam America's immigration
    policy." before ""DACA is probably dead ...," he proclaimed."): the
    sentence that introduces the words, whose day, if the quotation names
    none, is the day they were said."""
    text = article.text
    opened = text[max(0, claim.content.start - 2) : claim.content.start]
    quotation = text[claim.content.start : claim.content.end]
    if not any(mark in quotation or mark in opened for mark in QUOTE_MARKS):
        return False
    if any(mark in text[before.start : before.end] for mark in QUOTE_MARKS):
        return False  # a quotation of its own, dated for itself
    return claim.according_to is not None and any(
        m.entity_id == claim.according_to and before.start <= m.start < before.end
        for m in article.mentions
    )


def day_introduced(article: Article, before: Span) -> tuple[When, Span] | None:
    """The one day the sentence introducing a quotation (:func:`introduces`)
    names, unless it is written inside what the sentence tells anyone said
    ("Devine acknowledged that Sanders, who did win Rhode Island on Tuesday,
    would ..." dates no saying), with its span."""
    found = day_named(article, before, owned=False)
    if found is None or any(
        c.content.start <= found[1].start and found[1].end <= c.content.end
        for c in article.claims
    ):
        return None
    return found


def _owns_other_than_occasion(text: str, end: int) -> bool:
    """True when a day ending at ``end`` is written as a possessive and no
    occasion of speaking follows it (:data:`WRITTEN`, :data:`SPOKEN`)."""
    owner = POSSESSIVE.match(text, end)
    if owner is None:
        return False
    after = re.findall(r"[\w-]+", text[owner.end() : owner.end() + 80].lower())
    return not set(after[:OWNED_WORDS]) & (WRITTEN | SPOKEN)


NOUN_CUE = re.compile(
    r"(?:\b(?:her|his|its|their|our|my|your|the|a|an|this|that)|['\u2019]s)\s*$",
    re.IGNORECASE,
)
"""Words before a cue that make it a noun ("her claim that ...")."""


def verb_before(article: Article, claim: Claim) -> str:
    """A claim's cue as written when what is said follows it directly and it
    is a verb ("accused" of "officials have accused the Russians of ..."),
    else "" (a quotation before its cue, "her claim that ...")."""
    cue, content = claim.cue, claim.content
    follows = (
        cue.end <= content.start and not article.text[cue.end : content.start].strip()
    )
    noun = NOUN_CUE.search(article.text[max(0, cue.start - 8) : cue.start])
    return article.text[cue.start : cue.end] if follows and not noun else ""


QUOTATION_CHARS = 600
"""How far back a quotation opened with a curly mark and not closed may
hold a passage, across paragraph breaks (a speaker quoted for several
paragraphs, each a sentence in scraped text)."""


def quoted(text: str, start: int, passage: str) -> bool:
    """True when a passage holds a quotation mark or lies inside quotation
    marks opened earlier in its paragraph (the second sentence of a quotation
    of several), or opened with a curly mark in a paragraph before and not
    closed since."""
    if any(mark in passage for mark in QUOTE_MARKS):
        return True
    return open_quotation(text, start) or _opened(text, start) != -1


def _opened(text: str, start: int) -> int:
    """Where a curly quotation mark opened before ``start`` (within
    ``QUOTATION_CHARS``) that no mark has closed since, else -1; or a
    straight one that opens a paragraph before and is not closed in it,
    with no mark since (:func:`_opened_straight`). A curly quotation left
    open on its own ends with its paragraph: "The form said: “ I agree ...
    ." does not quote the paragraphs after it (:func:`left_open`)."""
    at = text.rfind("\u201c", max(0, start - QUOTATION_CHARS), start)
    if at == -1 or any(m in text[at + 1 : start] for m in ('"', "\u201d")):
        return _opened_straight(text, start)
    if "\n" in text[at:start] and left_open(text, at):
        return -1
    return at


def _opened_straight(text: str, start: int) -> int:
    """Where a straight quotation mark opened a paragraph before ``start``
    (within ``QUOTATION_CHARS``) and no mark has closed it since: '" The
    immigrants were homeless ... then .' over 'Florida's program gave them a
    fresh start ... . "' (a quotation over paragraphs that opens only once);
    -1 if none. The paragraphs between hold no mark."""
    end = text.rfind("\n", 0, start)
    if end == -1 or '"' in text[end:start]:
        return -1
    while end > 0 and start - end <= QUOTATION_CHARS:
        begin = text.rfind("\n", 0, end) + 1
        paragraph = text[begin:end]
        if '"' in paragraph:
            opening = paragraph.lstrip()
            if opening.startswith('"') and paragraph.count('"') % 2 == 1:
                return begin + paragraph.index('"')
            return -1
        end = begin - 1
    return -1


def quoted_by(article: Article, span: Span, text: str) -> str | None:
    """Whose words a quoted passage is: the source, as written, of the claim
    whose content holds most of it (a quotation of several sentences, "We
    have to make America whole," told by its speaker's claim)."""
    if not quoted(article.text, span.start, text):
        return None
    for claim in article.claims:
        inside = min(span.end, claim.content.end) - max(span.start, claim.content.start)
        if 2 * inside >= span.end - span.start:
            return _source(article, claim)
    # a sentence of a quotation whose speaker a later one names ("“ He's
    # focused on border security . ... it's slower and deliberate , " said
    # Senate Appropriations Chairman Richard Shelby"): the claim inside the
    # same quotation marks told by a cue outside them (not "he wants it done
    # now" inside the quotation)
    run = quotation_run(article.text, span)
    for claim in article.claims:
        told_outside = not run.start <= claim.cue.start < run.end
        if run.start <= claim.content.start < run.end and told_outside:
            return _source(article, claim)
    return None


def _source(article: Article, claim: Claim) -> str | None:
    if claim.source_text:
        return claim.source_text
    if claim.source is not None:
        return article.text[claim.source.start : claim.source.end]
    return claim.according_to


def quotation_run(text: str, span: Span) -> Span:
    """The quotation a passage is part of: from the opening mark in it or
    before it (:func:`_opened`) to the first closing mark after that, within
    ``QUOTATION_CHARS`` of the passage (curly or straight: scraped text mixes
    them)."""
    inside = text.find("\u201c", span.start, span.end)
    opened = inside if inside != -1 else _opened(text, span.start)
    if opened == -1:
        return Span(span.start, span.start)
    limit = min(len(text), span.end + QUOTATION_CHARS)
    closes = [
        at for m in ('"', "\u201d") if (at := text.find(m, opened + 1, limit)) != -1
    ]
    return Span(opened, min(closes, default=span.end))


def who_spoke(article: Article, clause: Span) -> Span | None:
    """The speaker's words of a clause that is only a claim's verb and who it
    names as speaking, what they said told apart ("..., said Andrew Light, a
    senior fellow at the World Resources Institute"): two outlets describing
    one speaker alike tell who he is ("Andrew Light, a senior fellow at the
    World Resources Institute"), not one thing said. None for other clauses."""
    for claim in article.claims:
        source, cue = claim.source, claim.cue
        if source is None or not (_overlap(cue, clause) and _overlap(source, clause)):
            continue
        # what is left but punctuation and the quotation's closing mark
        left = (
            article.text[i]
            for i in range(clause.start, clause.end)
            if not (cue.start <= i < cue.end or source.start <= i < source.end)
        )
        if not any(c.isalnum() for c in left):
            return Span(max(source.start, clause.start), min(source.end, clause.end))
    return None


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


_ACCORDING_TO = re.compile(r"(?i)according\s+to$")


def relayed(claim: Claim, claims: Sequence[Claim], text: str) -> bool:
    """True for an "according to" claim whose words are, nearly all, another
    claim inside it: what a speaker said and their name ("“...,” Licht
    said, according to Stelter"). The words are the speaker's; the other
    source relays them. Not a relayed account that only ends with someone's
    words ("the president was delivering a speech ..., in which he addressed
    climate change as ..., according to C-SPAN")."""
    told = claim.content
    if not _ACCORDING_TO.search(text[claim.cue.start : claim.cue.end]):
        return False
    letters = [i for i in range(told.start, told.end) if text[i].isalnum()]
    for other in claims:
        if other is claim or other.source is None:
            continue
        if not told.start <= other.cue.start < told.end:
            continue
        if _ACCORDING_TO.search(text[other.cue.start : other.cue.end]):
            continue
        parts = (other.content, other.cue, other.source)
        inside = [i for i in letters if any(p.start <= i < p.end for p in parts)]
        if len(inside) >= RELAYED_SHARE * len(letters):
            return True
    return False


RELAYED_SHARE = 0.9
"""Share of a relayed account's letters another claim's words, verb and
speaker must hold for the account to be only that claim, relayed."""
