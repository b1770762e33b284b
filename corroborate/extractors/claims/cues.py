"""The words that report a claim and the stance each gives it: reporting verbs,
reporting nouns, and the cues the learned model finds beyond them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...syntax import doc_text, lemma_of
from ...timex.lexicon import DAYPART_RE, WEEKDAY_FULL_RE
from .subjects import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_VERBS = frozenset({"say", "tell", "announce", "report", "add", "state", "claim"})
"""Verbs that only tell of speech: what they govern is the claim (no event
or act of their own), and a day right after one is the saying's ("said
Monday it would cut jobs")."""


def says_after(token: Token) -> bool:
    """True for a participle of saying set after the verb it hangs on ("He
    dismissed critique of his performance, saying Monday that ..."): it
    tells the same occasion as that verb."""
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and token.head.i < token.i
        and lemma_of(token) in SPEECH_VERBS
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


SAID_WHEN = re.compile(
    rf"(?i)(?:on\s+)?(?:(?:early|late)\s+)?{WEEKDAY_FULL_RE}(?:\s+{DAYPART_RE})?\s*,?"
)
"""A day told right after a verb of saying, before what was said."""


def without_said_when(cue: Token, clause: Token, tokens: list[Token]) -> list[Token]:
    """A reported clause's tokens without the day the parser hangs on it but
    which stands between the verb of saying and the clause's subject, no
    "that" between them ("said on Wednesday he was girding for an epic
    battle", "said Sunday the administration will push ..."): the day is the
    saying's, no part of what was said (after "that" it would be)."""
    if lemma_of(cue) not in SPEECH_VERBS or not tokens or tokens[0].i != cue.i + 1:
        return tokens
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return tokens
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return tokens
    lead = [t for t in tokens if t.i < subject.left_edge.i]
    said_when = (
        doc_text(cue.doc)[lead[0].idx : lead[-1].idx + len(lead[-1].text)]
        if lead
        else ""
    )
    return tokens[len(lead) :] if SAID_WHEN.fullmatch(said_when) else tokens


# Reporting-verb lemma -> stance. General English reporting vocabulary.
CUE_STANCES: dict[str, str] = {
    **dict.fromkeys(
        "say tell add state announce declare assert insist maintain argue explain "
        "note write tweet post stress emphasize emphasise reveal confirm acknowledge "
        "admit suggest indicate tell testify reply respond recall conclude estimate "
        "think believe feel hope expect predict know learn find show point observe "
        "describe mention remark comment contend counter disclose signal "
        "caution concede repeat reiterate highlight underline complain charge "
        "allege accuse question wonder ask want plan demand defend call cite blast "
        "decide seek urge criticize criticise praise condemn slam mock propose "
        "recommend insist support agree oppose endorse talk offer refer denounce "
        "speak decline express recall discuss advocate respond blame view recognize "
        "promote refuse reveal fear tout challenge outline assure consider remember "
        "brag recount decry echo address request highlight champion unveil publish "
        "back".split(),
        "asserts",
    ),
    **dict.fromkeys(
        # manner of speaking, characterising and judging (VerbNet say/complain/
        # manner_speaking/characterize/judgment classes)
        "worry fret prefer remind list portray characterize characterise label deem "
        "lament boast joke envision imply invoke reference voice chant recite plead "
        "articulate proclaim interject hint speculate shout yell cry clarify "
        "document detail suspect sense attribute liken name issue order doubt "
        "ponder email retweet muse quip".split(),
        "asserts",
    ),
    **dict.fromkeys(
        "rail assail eviscerate rebuke lash rip revile attack spar satirize berate "
        "scold ridicule lambaste chide castigate".split(),
        "opposes",
    ),
    **dict.fromkeys(
        "hail applaud congratulate credit thank embrace favor favour laud commend "
        "salute".split(),
        "supports",
    ),
    **dict.fromkeys("report quote cite".split(), "reports"),
    **dict.fromkeys("claim".split(), "claims"),
    **dict.fromkeys(
        "deny reject dismiss dispute refute rebut contradict".split(), "denies"
    ),
    **dict.fromkeys("warn threaten caution".split(), "warns"),
    **dict.fromkeys("vow pledge promise swear".split(), "vows"),
}
STANCE_OVERRIDES: dict[str, str] = {
    "allege": "claims",
    "accuse": "claims",
    "charge": "claims",
    **dict.fromkeys(
        "support endorse back praise champion tout promote agree advocate".split(),
        "supports",
    ),
    **dict.fromkeys(
        "oppose denounce decry challenge blame criticize criticise condemn slam "
        "attack mock refuse decline".split(),
        "opposes",
    ),
}
VERDICT_CUES = frozenset("deem call find label declare consider judge".split())
FALSE_WORDS = frozenset(
    """false untrue inaccurate incorrect wrong baseless unfounded groundless
    bogus fabricated""".split()
)
"""A verdict of falsehood on what was said ("Politifact deemed those statements
false", "found her statement inaccurate", "called the claim baseless"): a
denial of it, not a claim that it is false."""
# clause levels to climb for a participle's speaker; deeper is rarely right
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
"""Dependencies of what a cue verb reports: its clause, or the quotation it
signs the other way round."""
NOUN_CUES: dict[str, str] = {
    **dict.fromkeys(
        "statement claim assertion remark comment suggestion argument view belief "
        "announcement assessment conclusion admission insistence message contention".split(),
        "asserts",
    ),
    **dict.fromkeys("report reports".split(), "reports"),
    **dict.fromkeys("denial".split(), "denies"),
    **dict.fromkeys("warning threat".split(), "warns"),
    **dict.fromkeys("promise pledge vow".split(), "vows"),
    **dict.fromkeys("allegation accusation charge".split(), "claims"),
}
"""Reporting nouns that introduce a 'that' clause ("his claim that ...")."""
MODEL_STANCES: dict[str, str] = {
    **dict.fromkeys(
        "criticism critic critical opposition objection attack complaint concern "
        "wary skeptical sceptical opposed hostile outrage condemnation bemoan "
        "protest objection".split(),
        "opposes",
    ),
    **dict.fromkeys(
        "support backing endorsement praise supportive favorable proud cheer celebrate "
        "welcome encourage applause".split(),
        "supports",
    ),
    **dict.fromkeys("committed determined commitment vowed".split(), "vows"),
    **dict.fromkeys(
        "confident sure convinced certain aware belief view opinion assessment".split(),
        "believes",
    ),
    **dict.fromkeys("survey poll study".split(), "reports"),
    **dict.fromkeys("forecast project calculate compare".split(), "asserts"),
}
"""Stances of cues the model finds beyond the rule vocabulary."""
