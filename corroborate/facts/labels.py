"""How a fact reads: the kind of proposition a group of aligned statements
is, the slot it is about and one readable line for it ("number of states: 26
states", "party of Chris Murphy: Chris Murphy (D-Conn.)")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ..extractors.claims.cues import VERDICT_CUES
from ..extractors.claims.marks import QUOTE_MARKS, open_quotation
from ..extractors.quantities.money import DOLLARS, WORDS
from ..extractors.quantities.numbers import HEDGES, SCALES, VAGUE_RANGES, WORD_NUMBERS
from ..extractors.quantities.roles import BEFORE_ROLE
from ..records import Evidence, Span
from .compatible import numbers_apart
from .denials import FALSE_ADVERBS
from .intents import TOLD_THREAT
from .passages import quoted, quoted_by
from .quotes import share_run, wording
from .statements import DETERMINERS, ENTITY_ID, Statement
from .words import NEEDS_WHAT, act_stem, act_stems, content_words, has_verb

FACT_KIND = {"count": "number", "money": "money", "percent": "percent", "vote": "vote"}
RELATIVE = re.compile(r"(who|whom|which|that|whose)\b", re.IGNORECASE)
"""A phrase that starts so has a relative pronoun for its actor."""
TOLD_COUNT = re.compile(
    rf"\b(?:(?:{'|'.join(HEDGES)})\s+)?\$?\d[\d,.]*"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion))?\s*",
    re.IGNORECASE,
)
"""A number as a phrase tells it, hedge and scale included ("About 5,200 ")."""


def fact_kind(family: str, members: Sequence[Statement]) -> str:
    """The kind of proposition a group of statements of ``family`` is."""
    first = members[0]
    if family == "number":
        return FACT_KIND.get(first.qkind or "count", "number")
    if family == "claim":
        return "quote" if any(s.kind == "quote" for s in members) else "claim"
    if family == "party":
        return "person"
    return family


def about(family: str, members: Sequence[Statement]) -> str:
    """The slot a group of statements is about, in a few words."""
    first = members[0]
    if family == "number":
        unit = _counted_thing(members)
        thing = {"money": "amount", "percent": "share", "vote": "vote tally"}.get(
            first.qkind or "", "number"
        )
        voted = first.qkind == "vote" and act_stem(first.role or "") == act_stem("vote")
        role = f", {first.role}" if first.role and not voted else ""
        if first.role == BEFORE_ROLE:  # "earlier share: …from 3.8 percent to 5 percent"
            thing, role = f"earlier {thing}", ""
        return (
            f"{thing} of {_as_written(unit, members)}{role}"
            if unit
            else f"{thing}{role}"
        )
    if family == "duration":
        return "length of time"
    if family == "party":
        if any(s.kind == "age" for s in members):
            named = [s.content for s in members if s.content]
            return f"age of {named[0]}" if named else "age"
        told = _told_by_every(members) or _tells(first)
        return f"{' and '.join(told) or 'party'} of {first.content}"
    if family == "event":
        phrases = [
            (_with_act(s), open_quotation(s.article.text, s.span.start))
            for s in members
            if s.actors
            and (s.recipients or s.predicate not in act_stems(NEEDS_WHAT))
            and len(content_words(s.phrase)) > 1
            and not RELATIVE.match(s.phrase)
            and (s.modality != "threatened" or TOLD_THREAT.search(_with_act(s)))
        ]  # "who met with Trump" names no one, "restrict it" nothing, "confronting
        # the future of our country" no one who acts, "Biden says he plans" and
        # "Tirana launched" not what ("Floyd, 46, died" says it), "Trump
        # threatened" not what, "shoot down more aircraft" that it is a threat
        # (.intents): the sentence says
        if phrases:
            # the outlet's own words before a speaker's it quotes ("The Justice
            # Department announced Friday that it is suing the state of
            # Georgia", not Trump's "... suing the Great State of Georgia")
            phrase = max(
                (p for p, quoted in phrases if not quoted), key=len, default=""
            )
            phrase = phrase or max((p for p, _ in phrases), key=len)
            if any(numbers_apart(a, b) for a in members for b in members):
                # one act told with two counts ("About 5,200 American troops are
                # assisting", "nearly 6,000 troops"): the count's own fact says
                # who gives which, so the act reads without either
                phrase = TOLD_COUNT.sub("", phrase).strip()
            return short(_told_as_main(phrase), 90)
        # a telling in the outlet's own words before one around a quotation
        # only that outlet prints ("“It's really amazing,” he said at a
        # Tuesday rally" is no line for the rally two outlets tell)
        plain = [
            s for s in members if not any(m in s.sentence_text for m in QUOTE_MARKS)
        ]
        shortest = min(
            plain or members,
            key=lambda s: (_opens_unnamed(s.sentence_text), len(s.sentence_text)),
        )
        sentence = shortest.sentence_text
        if any(m in sentence for m in QUOTE_MARKS):
            # a speaker's quoted words with no act a phrase can tell: whose
            # words they are ("Mr. McConnell: “I do know that the most
            # important issue ...")
            return _whose(members, sentence, shortest)
        return short(sentence, 90)
    if family == "claim":
        speaker = _speaker_of(members, first, first.content)
        content = short(first.content, 80)
        if speaker and first.cue and first.stance != "denies":
            # "officials accused the Russians of hacking ...", not "officials:
            # the Russians of hacking ..."
            return f"{speaker} {first.cue} {content}"
        return _whose(members, first.content, first, 80)
    # a whole sentence reads on its own, a clause may start mid-thought
    # ("Africa: “But also ..." cut after "energy policy and"): the shortest
    # sentence of the group, else its first clause
    whole = [s for s in members if s.kind == "sentence"]
    # a quoted one says whose words they are (passages carry a speaker only
    # when quoted: ``passages.quoted_by``); an outlet's own words before
    # another's quotation of someone, which they need not be ("The Trump
    # administration notified the United Nations ..." beside Pompeo's "Per
    # the terms of the Agreement, the United States submitted ...")
    shown = (
        min(
            whole,
            key=lambda s: (
                _opens_unnamed(s.text),
                any(m in s.text for m in QUOTE_MARKS),
                len(s.text),
            ),
        )
        if whole
        else first
    )
    # a clause cut after a quotation reads from its first word, not from the
    # mark that closed the quotation ("” said Andrew Light, ...")
    return _whose(members, shown.text.lstrip(CLOSING_MARKS), shown)


PRONOUN_OPENING = re.compile(r"(?:He|She|They|It|Both|This|That|These|Those)\b")
"""A sentence that starts by a pronoun ("He was sentenced Tuesday ...")
names no one who acts: another outlet's sentence that names them reads
better."""


def _opens_unnamed(sentence: str) -> bool:
    return PRONOUN_OPENING.match(sentence.lstrip()) is not None


def _counted_thing(members: Sequence[Statement]) -> str:
    """What a group of numbers counts, as a label names it ("" for none)."""
    first = members[0]
    units = [s.unit_text for s in members if s.unit_text]
    # what every one names, not "resident" of "$400,000 ... for residents"
    shared = [u for u in units if _told_by_all(u, members)]
    unit = min(shared or units, key=len, default="")
    if first.qkind == "money" and _currency_only(unit):
        return ""  # "amount", not "amount of dollar" ("$1.3bn Canadian dollars")
    if first.qkind == "vote" and act_stem(unit or "x") == act_stem("vote"):
        return ""  # "vote tally", not "vote of vote, voted"
    return unit


def _whose(
    members: Sequence[Statement], text: str, told: Statement, limit: int = 90
) -> str:
    """``text`` (of the statement ``told``), shortened, after the name of whose
    words it is (:func:`_speaker_of`), unless it names them already or no one
    is named ("a response", "she"); a quotation up to its closing mark (who
    said it follows: :func:`_quoted_part`)."""
    speaker, shown = _speaker_of(members, told, text), short(text, limit)
    if not speaker or INDEFINITE.match(speaker):
        return shown
    quoted = _quoted_part(shown)
    # named in what is shown, not cut off with the rest ("… online
    # influencers,” Reeves claimed."), unless only as who signs the
    # quotation ('“ Actually , I do n’t , ” Mr. Obama replied .')
    if speaker not in shown or (quoted != shown and speaker in shown[len(quoted) :]):
        return f"{speaker}: {quoted}"
    return shown


CLOSING_MARKS = "\u201d\u2019 ,;:"
"""What a clause may start with when cut right after a quotation (a curly
closing mark: a straight one may open the quotation that follows)."""
INDEFINITE = re.compile(
    r"(?:an?|some|one)\s|(?:he|she|it|they|we|i|you)$", re.IGNORECASE
)
"""A speaker that names no one ("a response", "one aide", "she")."""
SPEAKER_WORDS = 3
"""Words of a speaker's name in a label, at most where the outlets allow it."""


def _speaker(members: Sequence[Statement]) -> str | None:
    """Who the statements are according to, named in a few words: "Dr. Leana
    Wen", not "Dr. Leana Wen , president of Planned Parenthood Federation of
    America" (what follows a comma describes whom it names); "Paul Ryan"
    rather than "Ryan", "Mr. McConnell" rather than "Senate Minority Leader
    Mitch McConnell"."""
    return named_speaker(s.according_to or "" for s in members)


def _speaker_of(members: Sequence[Statement], told: Statement, text: str) -> str | None:
    """Whom ``text``, the words of ``told``, is according to (:func:`_speaker`):
    what someone said or quoted words as any outlet names who said them; an
    outlet's own words as its article says or as other outlets do that give
    the same words (:func:`.quotes.share_run`), not as another of its
    statements quoting someone does ("The Becket Fund, which intervened in
    the case ..." is not Lori Windham's): "Democrats have been urging the
    president ... to declare a climate emergency" is not what "White House
    officials" told reporters ("he could declare a climate emergency as soon
    as this week")."""
    if told.kind in ("claim", "quote") or any(mark in text for mark in QUOTE_MARKS):
        return _speaker(members)
    shown = wording(text)
    return _speaker(
        [s for s in members if s is told or share_run(wording(s.text), shown)]
    )


def named_speaker(speakers: Iterable[str]) -> str | None:
    """The one of ``speakers`` (as written) a label names: see :func:`_speaker`;
    a name before a description ("Trump", not "The Republican candidate")."""
    named = {_name_part(s) for s in speakers if s}
    named = {n for n in named if not INDEFINITE.match(n)} or named

    def fit(name: str) -> tuple[bool, bool, int, int, str]:
        words = name.split()
        described = words[0].lower() in DETERMINERS  # "The Republican candidate"
        return len(words) > SPEAKER_WORDS, described, -len(words), len(name), name

    return min(named - {""}, key=fit, default=None)


def _name_part(speaker: str) -> str:
    """The part of a speaker between commas that names someone: "Dr. Leana
    Wen" of "Dr. Leana Wen , president of ...", "school board member Shannon
    Rodriguez" of "The parent, school board member Shannon Rodriguez"."""
    parts = [p.strip() for p in speaker.split(",")]
    named = [p for p in parts if _names(p)]
    return (named or parts)[0]


def _names(part: str) -> bool:
    """True when words hold a name: a capitalised word after the first, or a
    first one that is no determiner ("Abbott", not "The parent")."""
    words = part.split()
    return bool(words) and (
        any(w[:1].isupper() for w in words[1:])
        or (words[0][:1].isupper() and words[0].lower() not in DETERMINERS)
    )


RELATIVE_ACT = re.compile(r"^([^,]+?)\s*,\s*(?:who|which)\s+([^,]+)$")
"""An act told in a relative clause of who does it ("Muhammad Ali, who died")."""
NAME_WORDS = 6
"""Words of a noun phrase a relative clause is read back onto, at most."""
PLURAL_OPENERS = frozenset({"are", "were", "have", "both", "all", "each"})
"""A relative clause opening so tells of several: its phrase holds only the
last of them ("Martin O'Malley, who are also seeking the nomination")."""


def _told_as_main(phrase: str) -> str:
    """An act told in a relative clause read as told of its doer: "Clinton,
    who resigned from her philanthropy" reads "Clinton resigned from her
    philanthropy"; not when the phrase goes on after the clause ("Krasner,
    who was reelected last year, has been blamed") or what comes before the
    comma tells an act of its own ("It brokered a deal ..., which had agreed")."""
    told = RELATIVE_ACT.match(phrase)
    if told is None:
        return phrase
    doer, act = told.groups()
    if (
        len(doer.split()) > NAME_WORDS
        or has_verb(doer)
        or act.split()[0].lower() in PLURAL_OPENERS
        or not re.fullmatch(r"[\w.'\u2019 ()-]+", doer)
    ):
        return phrase
    return f"{doer} {act}"


_ACT_AFTER = re.compile(r"\s+to\s+[^,;:.!?\u201c\u201d\"]{1,60}\b")


def _with_act(statement: Statement) -> str:
    """An event's phrase; a threat's with the act it names when that follows
    ("Trump threatened" + "to veto the bill")."""
    if statement.modality != "threatened" or TOLD_THREAT.search(statement.phrase):
        return statement.phrase
    text = statement.article.text
    after = _ACT_AFTER.match(text, statement.span.end, statement.sentence.end)
    return (
        " ".join((statement.phrase + after.group()).split())
        if after
        else statement.phrase
    )


def _told_by_all(unit: str, members: Sequence[Statement]) -> bool:
    """Whether every statement names what ``unit`` counts, as its own unit
    or in its sentence."""
    words = content_words(unit)
    return all(words & (s.unit | s.words) for s in members)


def _currency_only(unit: str) -> bool:
    """Whether a unit names only a currency ("dollars", "Canadian dollars")."""
    words = unit.lower().removesuffix("s").split()
    return bool(words) and words[-1] in WORDS and " ".join(words[:-1]) in {"", *DOLLARS}


def _as_written(unit: str, members: Sequence[Statement]) -> str:
    """A counted thing as the statements write it ("states" for the lemma
    "state" of "26 states"), else as given."""
    lemma = re.escape(unit.lower())
    plural = rf"{lemma[:-1]}ies" if unit.endswith("y") else rf"{lemma}e?s"
    written = re.compile(rf"\b{plural}\b", re.IGNORECASE)  # "gas stations" too
    for s in members:
        if found := written.search(s.text):
            return found.group() if unit[:1].isupper() else found.group().lower()
    # an irregular plural ("child" of "19 children", "person" of "12 people"):
    # the last word of the shortest count as written, when it is a word and
    # no part of the number ("dozens", "million")
    last = min((s.text for s in members), key=len).split()[-1:]
    counted = members[0].qkind == "count" and " " not in unit and not unit[:1].isupper()
    if counted and last and last[0].isalpha() and _not_a_number(last[0]):
        return last[0].lower()
    return unit


MARKUP_TAG = re.compile(r"</[\w-]+>|<[\w-]+\s[^<>]*>")
"""A tag left in scraped text with its attributes ('<tweet author="Gov..."
...>') or a closing one ("</tweet>"); not a placeholder ("<mask>")."""
CUT_TAG_END = re.compile(r"</?[\w-]+\s[^<>]*$")
CUT_TAG_START = re.compile(r"(^|: )\u2026?[^<>:]*\"\s*>")
"""A tag a label's cut leaves half of, at its end or at the start of its
words ("…hysteria, opposes.\">Here, then, ...")."""


def label(family: str, members: Sequence[Statement]) -> str:
    """One readable line for an agreeing group, with no tag of the page's."""
    text = _label(family, members)
    if "<" not in text and ">" not in text:
        return text
    text = CUT_TAG_END.sub("\u2026", MARKUP_TAG.sub("", text))
    return " ".join(CUT_TAG_START.sub("\\1\u2026", text).split())


def _label(family: str, members: Sequence[Statement]) -> str:
    said = about(family, members)
    if family == "party" and members[0].kind == "age":
        return f"{said}: {members[0].value}"
    if family == "party":
        # the shortest telling of what all tell ("Republican Senator Ted Cruz",
        # not "Ted Cruz (R-TX)" where one outlet gives no state)
        shared = _told_by_every(members)
        alike = [s for s in members if _tells(s) == shared] or list(members)
        return f"{said}: {' '.join(_shortest(alike).text.split())}"
    if family == "number" and len({s.stated for s in members}) > 1:
        # values that agree but differ: each outlet's ("About 15 million
        # people (New York Times); nearly 16 million (Newsmax)")
        return f"{said}: " + "; ".join(
            f"{' '.join(s.text.split())} ({s.outlet})"
            for s in sorted(members, key=lambda s: (s.outlet, s.text))
        )
    if family in ("number", "duration"):
        # a number reads with its words around it ("length of time: …were not
        # audited during his first two years in office…", "share: …raise the
        # Medicare tax from 3.8 percent to 5 percent…"): alone, "two years"
        # says nothing of what
        first = _shortest(members)
        return f"{said}: {around(first.article.text, first.span, first.sentence, 4, 3)}"
    if any(s.who for s in members):
        # who spoke, as each outlet describes them: "Andrew Light, a senior
        # fellow at the World Resources Institute", not the words around it,
        # which tell what each said
        return said
    if family in ("event", "sentence") and not any(
        numbers_apart(a, b) for a in members for b in members
    ):  # (an act told with two counts reads without either: see about())
        piece = _in_its_sentence(said, members)
        return _quoted_whose(members, piece) if family == "event" else piece
    return said


def _quoted_whose(members: Sequence[Statement], piece: str) -> str:
    """An act told in someone's quoted words reads after their name, when an
    outlet quotes them and the label does not name them: "Trump: Under the
    Democrats' plan, today's Medicare would be forced to die." (his own
    op-ed, quoted by another outlet), not the op-ed's words as a fact. An
    act an outlet tells in its own words is not someone's words ("The
    Justice Department announced Friday that it is suing ..." names who
    announced, not whose words these are)."""
    told = [s for s in members if quoted(s.article.text, s.span.start, s.text)]
    words = piece.strip("\u2026 .,;:!?")
    if not any(words in s.sentence_text for s in told):
        return piece  # another outlet's own words ("Then, on Friday night, he
        # endorsed ...", beside "“I support and endorse our Speaker,” Mr Trump said")
    speaker = named_speaker(
        s.according_to or quoted_by(s.article, s.span, s.text) or "" for s in told
    )
    if not speaker or INDEFINITE.match(speaker):
        return piece
    names = [w for w in speaker.split() if w[:1].isupper() and len(w) > 3]
    if speaker.lower() in piece.lower() or any(w in piece for w in names):
        return piece  # named in the label already ("Mr. Trump" in "Trump said")
    return f"{speaker}: {_quoted_part(piece)}"


_QUOTATION_CLOSED = re.compile(
    r"\s*[,.]?\s*[\u201d\"]\s+(?=(?:[\w.\u2019'-]+\s+){0,4}?(?:said|says|told|added"
    r"|wrote|writes|stated|asked|replied|according)\b)"
)
"""A quotation's closing mark and who said it ('…disarm , ” he said'): in a
label that names the speaker already, the attribution says nothing."""


def _quoted_part(piece: str) -> str:
    """A quoted piece up to its quotation's closing mark ("…let their
    bodyguards immediately disarm , ” he said…" -> "…let their bodyguards
    immediately disarm"), without the opening mark it may start with; not
    cut at an inner quotation's mark."""
    start = len(piece) - len(piece.lstrip('\u2026 \u201c"'))
    closed = _QUOTATION_CLOSED.search(piece, start)
    if closed is None or any(m in piece[start : closed.start()] for m in '\u201c"'):
        return piece  # none, or an inner quotation's ('…a “good” plan')
    lead = piece[:start].replace("\u201c", "").replace('"', "").rstrip()
    return lead + piece[start : closed.start()]


AFFILIATIONS = ("party", "state", "office")
"""What a statement of who someone is may tell, in the order a label names it."""


def _tells(statement: Statement) -> tuple[str, ...]:
    return tuple(w for w in AFFILIATIONS if getattr(statement, w))


def _told_by_every(members: Sequence[Statement]) -> tuple[str, ...]:
    """What every statement of a who-line tells (party, state, office)."""
    return tuple(w for w in AFFILIATIONS if all(getattr(s, w) for s in members))


def _shortest(members: Sequence[Statement]) -> Statement:
    """The member written in the fewest characters, ties by its words."""
    return min(members, key=lambda s: (len(" ".join(s.text.split())), s.text))


def _title_word(word: str) -> bool:
    """A capitalised word that is no function word: part of a title or a name
    ("Mayor", "Senate"), not a sentence's opening "While" or "After"."""
    return word[0].isupper() and word.lower() not in _function_words()


@functools.cache
def _function_words() -> frozenset[str]:
    """spaCy's English stop words, read when first asked (importing this
    module loads no spaCy)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _in_its_sentence(said: str, members: Sequence[Statement]) -> str:
    """A label that is a piece from inside its sentence, read with the words
    around it ("met with President Joe Biden" -> "…in Alaska's bipartisan
    congressional delegation met with President Joe Biden and his senior
    advisers…"; "the Catholic Church approves" -> "…would send a sign that the
    Catholic Church approves and encourages “a…"): a piece alone may lack who
    acts, or read as the opposite of what is told. A label that opens its
    sentence, or a part of it after a comma or a dash ("On Tuesday,
    Mississippi Governor Tate Reeves (R) signed H.B. 1125"), or follows a
    capitalised word that is no function word (a title: "Mayor Dan Cole
    threatened ..."; not "While Trump issued ..."), or one not
    written as it stands (a speaker's name before a quote, "Clinton resigned"
    read from "Clinton, who resigned"), is kept, with an ellipsis where it
    stops inside a clause that goes on; one with no verb, which says who but
    not what happened, or of fewer than three words, is read in its sentence
    wherever it stands."""
    piece = said.removesuffix("\u2026")
    for member in members:
        text, sentence = member.article.text, member.sentence
        at = text.find(piece, sentence.start, sentence.end)
        if at == -1:
            continue
        ahead = text[sentence.start : at].split()
        where = Span(at, at + len(piece))
        if not has_verb(piece) or len(piece.split()) < FEWEST_WORDS:
            # no verb: who or what, not what happened ("The attorneys general
            # for New York", "protections for people with preexisting ...");
            # two words tell too little ("Trump tweeted")
            return around(text, where, sentence)
        if not ahead or not ahead[-1][-1].isalnum() or _title_word(ahead[-1]):
            # it opens its sentence, or a part of it after a comma, or follows
            # a title ("Mayor Dan Cole threatened ..."); marked where it stops
            # inside a clause that goes on, not where a comma or a dash ends
            # it ("Dan Cole threatened to veto the plan, and the council
            # ..."), unless what it reports has no verb yet ("The Supreme
            # Court ruled Friday that a Texas abortion law…", before ", that
            # bars the procedure ..., can remain in place")
            rest = text[where.end : sentence.end].strip(SENTENCE_END)
            reported = SUBORDINATOR.split(said)
            open_ended = len(reported) > 1 and not has_verb(reported[-1])
            cut = rest and (rest[0] not in CLAUSE_ENDS or open_ended)
            return f"{said}\u2026" if cut and not said.endswith("\u2026") else said
        return around(text, where, sentence)
    return said


FEWEST_WORDS = 3
"""Words a label of an act needs to stand without the sentence around it."""
SUBORDINATOR = re.compile(r"\b(?:that|whether|if|because)\b", re.IGNORECASE)
"""Words that open what a clause reports."""
CLAUSE_ENDS = ",;:()[]\u2014\u2013-"
"""Marks that end a clause: a label that stops at one is no fragment."""
SENTENCE_END = " \n.!?\"\u201d\u2019'"
"""What may close a sentence after its last word."""


VERDICT_STEMS = tuple(
    sorted({cue.removesuffix("e") for cue in VERDICT_CUES} | {"found"})
)
"""How the cues of a verdict of falsehood begin as written ("deemed",
"judging", "found"): the claims extractor's own verdict verbs."""
DENIED_HOW = {"contradict": "contradicted by", "reject": "rejected by",
              "disput": "disputed by",
              **dict.fromkeys((*FALSE_ADVERBS, *VERDICT_STEMS), "called false by")}  # fmt: skip
"""How a denial reads by its cue ("One of the early messages contradicts her
claim": contradicted by the message, not denied by it; "wrongly claimed":
called false by the outlet; "deemed those statements false": called false
by whoever deemed them); else "denied by"."""


def denied_how(denials: Sequence[Evidence]) -> str:
    """How the evidence of a dispute's denials reads, when all say it alike."""
    hows = {
        next(
            (
                h
                for cue, h in DENIED_HOW.items()
                if (e.value or "").lower().startswith(cue)
            ),
            "denied by",
        )
        for e in denials
    }
    return hows.pop() if len(hows) == 1 else "denied by"


def short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return (
        text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
    )


def around(text: str, span: Span, bounds: Span, before: int = 6, after: int = 4) -> str:
    """A passage as written around ``span``: ``before`` words ahead of it and
    ``after`` behind, inside ``bounds`` (its sentence), an ellipsis where cut;
    never the end of a bracket opened before it nor the start of one closed
    after it ("…from people ) after five days rather than 10…" reads "…after
    five days rather than 10…")."""
    ahead = list(re.finditer(r"\S+", text[bounds.start : span.start]))
    behind = list(re.finditer(r"\S+", text[span.end : bounds.end]))
    start = (
        bounds.start + ahead[-before].start() if len(ahead) >= before else bounds.start
    )
    end = span.end + behind[after - 1].end() if len(behind) >= after else bounds.end
    lead = "\u2026" if len(ahead) > before else ""
    tail = "\u2026" if len(behind) > after else ""
    closed = _unopened_close(text[start : span.start])
    if closed is not None and start > bounds.start:
        start, lead = start + closed + 1, "\u2026"
    opened = _unclosed_open(text[span.end : end])
    if opened is not None and end < bounds.end:
        end, tail = span.end + opened, "\u2026"
    return f"{lead}{' '.join(text[start:end].split())}{tail}"


def _unopened_close(piece: str) -> int | None:
    """Where the last closing bracket of a piece is that no bracket in it opens."""
    depth, last = 0, None
    for i, char in enumerate(piece):
        if char in "([":
            depth += 1
        elif char in ")]":
            if depth:
                depth -= 1
            else:
                last = i
    return last


def _unclosed_open(piece: str) -> int | None:
    """Where the first opening bracket of a piece is that no bracket in it closes."""
    closes = _unopened_close(piece[::-1].translate(_MIRROR))
    return None if closes is None else len(piece) - 1 - closes


_MIRROR = str.maketrans("()[]", ")(][")


def denied_value(family: str, members: Sequence[Statement]) -> str:
    """What a disputed number's asserting sources give (": 87,000 new IRS
    agents (Washington Examiner)"), and whom an outlet has give it (": 250,000
    Syrian refugees (nyt, according to Mr. Trump)": the outlet only reports
    it), so the label says what is denied; "" for other facts, whose label
    tells it already."""
    if family != "number":
        return ""
    told = sorted(
        (s for s in members if s.stance == "asserts"), key=lambda s: (s.outlet, s.text)
    )
    return ": " + "; ".join(f"{s.text} ({_told_by(s)})" for s in told)


def _told_by(statement: Statement) -> str:
    """The outlet of a statement, and whom it quotes for it, if anyone."""
    who = statement.according_to
    if who is None or ENTITY_ID.fullmatch(who):
        return statement.outlet
    return f"{statement.outlet}, according to {who}"


def versus(members: Sequence[Statement]) -> str:
    return " vs ".join(f"{short(s.text, 60)} ({s.outlet})" for s in members)


def values(members: Sequence[Statement]) -> str:
    return "; ".join(
        f"{s.text} ({s.article.id}"
        f"{', according to ' + s.according_to if s.according_to else ''})"
        for s in members
    )


def _not_a_number(word: str) -> bool:
    """True for a word no number is written with ("children", not "million",
    "dozens" or "two")."""
    word = word.lower()
    return not any(
        w in SCALES or w in VAGUE_RANGES or w in WORD_NUMBERS
        for w in (word, word.removesuffix("s"))
    )
