"""Which words tell an event (``events.plover.v1``): a verb or noun of the
PLOVER lexicon, alone or as a phrase with its particle, object, preposition or
verdict ("hand over", "called for", "found them guilty"), and the checks that
keep out what only looks like one: a reporting verb (a claim), an adjective
("banned groups"), a name ("a group called ..."), a death no violence is told
of, a dismissal ("fired his spokesman"), a publication ("released a
statement")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import plover
from ..claims.cues import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
"""Name types that can be a party to an event (:func:`is_party`) ..."""
PERSON_NOUNS = frozenset({"delegation", "minister", "president", "envoy", "official",
                          "leader", "ambassador", "guest", "visitor", "counterpart",
                          "member", "people", "refugee", "migrant", "supporter",
                          "fighter", "prisoner", "family", "child", "citizen"})  # fmt: skip
"""... and nouns of persons that can."""
LISTING_VERBS = frozenset({"blacklist"})
"""Verbs that put someone on a list by themselves; "designate" and "outlaw"
do when what is listed, or as what, says so (:func:`.extract._designation_trigger`)."""
PROJECTILES = frozenset({"shot", "round", "missile", "rocket", "bullet", "shell",
                         "weapon", "gun", "gas", "salvo", "volley", "artillery",
                         "mortar", "drone", "torpedo", "grenade", "cannon", "warning",
                         "flare", "projectile", "barrage", "ammunition", "fire",
                         "canister", "pellet", "arrow", "cannonball", "rifle",
                         "pistol", "handgun", "shotgun", "firearm", "revolver"})  # fmt: skip
"""What is fired in an attack; any other object of "fire" is a person dismissed."""
PUBLISHED_THINGS = frozenset({"statement", "report", "information", "detail", "video",
                              "footage", "photo", "image", "picture", "name", "data",
                              "figure", "result", "finding", "document", "record",
                              "letter", "transcript", "poll", "survey", "study", "plan",
                              "budget", "album", "film", "book", "audio", "recording",
                              "memo", "email", "tape", "text", "summary", "guideline",
                              "update", "version", "schedule", "analysis", "ad",
                              "advertisement", "list", "map", "estimate", "forecast",
                              "proposal", "rule", "policy", "tax", "return"})  # fmt: skip
"""What is released by publishing it ("released a statement", "the release of
the report", "more information has been released"): no one is set free."""
GIVING_VERBS = frozenset({"give", "provide", "offer"})
TOLD_THINGS = frozenset({"number", "figure", "estimate", "detail", "specific",
                         "answer", "reason", "explanation", "timeline", "timetable",
                         "date", "account", "information", "comment",
                         "update", "indication", "example", "breakdown",
                         "response"})  # fmt: skip
"""What one gives by telling it ("gave no specific number", "provided few
details", "offered no explanation"): words said or unsaid, no aid handed over
(an occasion of telling, "gave an interview", and a judgement offered, "offered
a gentler assessment", are acts of their own; names are handed over: "the
Census gave the Secret Service the names and addresses")."""
ADJECTIVAL_ING = frozenset(
    {
        "promise",
        "interest",
        "encourage",
        "threaten",
        "disturb",
        "alarm",
        "worry",
        "concern",
        "support",
        "amaze",
        "surprise",
    }
)
"""Verbs whose -ing form is usually an adjective ("results are promising")."""
REACTION_VERBS = frozenset({
    "address", "condemn", "denounce", "decry", "deplore", "mourn", "discuss",
    "investigate", "probe", "examine", "review", "blame", "describe", "call",
    "praise", "hail", "welcome", "applaud", "criticize", "criticise", "protest",
    "oppose", "witness", "recall", "remember", "commemorate", "mention", "report",
    "cover", "ignore", "deny", "watch", "fear", "predict", "mock",
})  # fmt: skip
"""Verbs whose subject speaks of, judges or looks into an act, but did not do it
("Trump addressed the attacks", "the mayor condemned the bombing"): the
object is an event of its own, and takes no actor from them."""
NAMING_VERBS = frozenset({"call", "name", "dub", "title"})
"""Verbs whose participle after a noun gives its name ("a group called ...")."""
VIOLENCE = frozenset(
    "gunshot gunfire gunfight shootout firefight violence fighting combat war".split()
)
"""Words of violence the event lexicon has no trigger for."""
AGENTS = frozenset(
    "officer police gunman shooter attacker soldier troops guard".split()
)
"""Who may do a death told after what they did ("died after an officer knelt
on his neck")."""


def lexicon_trigger(
    token: Token, seen: set[int]
) -> tuple[str, str | None, list[str]] | None:
    """(root, mode, context) from the verb/noun lexicon."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma in SPEECH_VERBS or any(
            c.dep_ == "ccomp" and not small_clause(c) for c in token.children
        ):
            return None  # a reporting verb: a claim, not an event
        if token.dep_ == "amod" or (
            token.tag_ == "VBG"
            and lemma in ADJECTIVAL_ING
            and not any(c.dep_ == "dobj" for c in token.children)
        ):
            return None  # "banned groups", "promising results"
        if lemma in NAMING_VERBS and token.dep_ == "acl" and token.tag_ == "VBN":
            return None  # "a group called Citizens for Trump": a name, no act
        if lemma == "die" and not _violent(token):
            return None  # "Antonin Scalia died in February": no one killed him
        if lemma == "fire" and _dismissed(token):
            return None  # "fired his communications director": an act, no assault
        if lemma == "release" and _published(token):
            return None  # "released a statement": published, no one freed
        if lemma in GIVING_VERBS and _gives_word(token):
            return None  # "did not give a number", "provided details": told, no aid
        found = plover.lookup_trigger(lemma, particle=_particle(token))
        if found == ("CONSULT", "phone") and _labels(token):
            return None  # "called the attack an act of terror": no call made
        if found and found[1] == "designate" and lemma not in LISTING_VERBS:
            return None  # "designated the building a historic landmark": no list
        return (*found, []) if found else None
    if token.pos_ == "NOUN":
        found = plover.lookup_trigger(lemma, noun=True)
        if found is None or (
            token.head.i in seen
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() not in REACTION_VERBS
        ):
            return None  # "launched an attack": one event; "condemned the attack": two
        if lemma == "release" and _published(token):
            return None  # "the release of the report"
        if _where_one_spoke(token):
            return None  # "said during a press conference": no act of its own
        return (*found, [])
    return None


def _where_one_spoke(noun: Token) -> bool:
    """True for a noun a verb of speaking holds through a preposition ("Psaki
    said during a press conference", "Trump said in an email blast", "told
    reporters at a briefing"): the occasion one spoke on, which the claim
    tells; no act of whoever spoke."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in SPEECH_VERBS
    )


def _labels(verb: Token) -> bool:
    """True for a "call" that gives a name or a judgement, no call made: one
    with an object's complement ("called the bill a disaster", "called
    Clinton a liar"), not a name the parser takes for one ("called Yuhua Bai,
    owner of ...")."""
    return any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") for c in verb.children)


def small_clause(clause: Token) -> bool:
    """True for an adjective the parser gives a verb as a clause of its object
    ("a jury found them guilty"): the verb's own verdict, nothing reported;
    not one that says something itself ("made it clear that ...") nor one
    negated ("found him not guilty": an acquittal, which no trigger tells)."""
    return (
        clause.dep_ in ("ccomp", "oprd")
        and clause.pos_ == "ADJ"
        and not any(
            c.dep_ in ("mark", "ccomp", "xcomp", "neg") for c in clause.children
        )
    )


def _particle(verb: Token) -> str | None:
    """The particle, object or preposition that makes a verb a phrase of the
    lexicon ("hand over", "launch an attack", "called for talks", "called
    Wednesday for Ginsburg to resign": a clause's "for"), else its first
    particle, object or verdict ("found them guilty")."""
    lemma = verb.lemma_.lower()
    words = [
        c.lemma_.lower()
        for c in verb.children
        if c.dep_ in ("prt", "dobj", "acomp", "prep") or small_clause(c)
    ]
    words += [
        m.lower_
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp", "ccomp")
        for m in c.children
        if m.dep_ == "mark"
    ]
    phrase = next((w for w in words if (lemma, w) in plover.PARTICLE_LEXICON), None)
    return phrase or next(iter(words), None)


def _violent(death: Token) -> bool:
    """True when the sentence of a death tells it in violence: another word
    the lexicon reads as an assault ("died in the attack", "two died when
    the bomb exploded", "died of gunshot wounds"), or what a party did
    before it ("died after former officer Derek Chauvin pressed his knee
    into Floyd's neck")."""
    for clause in death.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if (
            clause.dep_ == "advcl"
            and marks & {"after", "when"}
            and any(
                c.dep_ == "nsubj" and (is_party(c) or c.lemma_.lower() in AGENTS)
                for c in clause.children
            )
        ):
            return True  # "died after a police officer pressed his knee into ..."
    for word in death.sent:
        lemma = word.lemma_.lower()
        if word.i == death.i:
            continue
        if lemma in VIOLENCE or any(
            found is not None and found[0] == "ASSAULT"
            for found in (
                plover.lookup_trigger(lemma, noun=noun) for noun in (False, True)
            )
        ):
            return True
    return False


def _published(token: Token) -> bool:
    """True when "release" publishes a thing: its object, passive subject or
    "of" phrase is a statement, report, video ... (``PUBLISHED_THINGS``)."""
    themes = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    themes += [
        g
        for c in token.children
        if c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(t.lemma_.lower() in PUBLISHED_THINGS for t in themes)


def _gives_word(token: Token) -> bool:
    """True when a verb of giving takes a thing told (:data:`TOLD_THINGS`)."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in TOLD_THINGS for c in token.children
    )


def _dismissed(token: Token) -> bool:
    """True when "fire" takes a person, not a shot: "fired his spokesman",
    "fired her"; not "fired rockets", "fired on the crowd", "troops fired"."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        o.lemma_.lower() not in PROJECTILES
        and (o.ent_type_ == "PERSON" or o.pos_ in ("PRON", "PROPN", "NOUN"))
        for o in objects
    )


def is_party(token: Token) -> bool:
    """True when a noun names a party: a named actor or a person noun."""
    return token.ent_type_ in PARTY_ENTS or token.lemma_.lower() in PERSON_NOUNS
