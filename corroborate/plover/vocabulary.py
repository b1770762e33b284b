"""PLOVER vocabulary: root types, modes (with designate/delist) and the trigger
lexicon.

PLOVER (Political Language Ontology for Verifiable Event Records) allows
project-specific modes under a root type. We add two, documented here:

- ``COERCE / designate``: an authority puts an organisation on a terrorist
  or banned-organisation list, or outlaws it.
- ``CONCEDE / delist``: an authority takes an organisation off such a list
  (or decides to).
"""

from __future__ import annotations

ROOT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

LEGACY_ROOTS: dict[str, str] = {"YIELD": "CONCEDE"}
"""Older PLOVER releases (and the PLV sentences) call CONCEDE ``YIELD``."""

MODES: dict[str, tuple[str, ...]] = {
    "AGREE": ("ceasefire", "settle", "sign"),
    "CONSULT": ("visit", "third-party", "multilateral", "phone", "meet"),
    "SUPPORT": ("praise", "recognize", "endorse"),
    "CONCEDE": ("policy", "leadership", "rights", "release", "return",
                "disarm", "apologize", "delist"),
    "COOPERATE": ("military", "economic", "intelligence", "judicial"),
    "AID": ("economic", "military", "humanitarian", "asylum"),
    "RETREAT": ("withdraw", "demobilize", "release"),
    "REQUEST": ("appeal", "demand"),
    "ACCUSE": ("disapprove", "investigate", "allege", "sue", "condemn"),
    "REJECT": ("refuse", "veto", "deny"),
    "THREATEN": ("warn", "ultimatum"),
    "PROTEST": ("demo", "hunger", "strike", "obstruct", "riot"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue", "sanction"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "arrest", "expel", "ban", "censor", "cyber", "raid",
               "curfew", "designate"),
    "ASSAULT": ("beat", "firearms", "explosives", "primitive-weapons", "aerial",
                "drone", "crash", "cbrn", "mass-violence", "kill"),
}  # fmt: skip

EXTENSION_MODES: dict[str, str] = {"designate": "COERCE", "delist": "CONCEDE"}
"""Project modes added under PLOVER roots (PLOVER allows local modes)."""

# Lemma -> (root, mode). Written by hand from the PLOVER codebook's category
# descriptions; general vocabulary, no names from any sample or bench file.
VERB_LEXICON: dict[str, tuple[str, str | None]] = {
    # AGREE
    "agree": ("AGREE", None), "sign": ("AGREE", "sign"), "accept": ("AGREE", None),
    "approve": ("AGREE", None), "ratify": ("AGREE", "sign"),
    "settle": ("AGREE", "settle"), "pledge": ("AGREE", None),
    "promise": ("AGREE", None), "commit": ("AGREE", None),
    # CONSULT
    "meet": ("CONSULT", "meet"), "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "visit"), "discuss": ("CONSULT", None),
    "negotiate": ("CONSULT", None), "consult": ("CONSULT", None),
    "call": ("CONSULT", "phone"), "phone": ("CONSULT", "phone"),
    "talk": ("CONSULT", None), "mediate": ("CONSULT", "third-party"),
    "receive": ("CONSULT", "visit"), "welcome": ("CONSULT", "visit"),
    "shake": ("CONSULT", "meet"),
    # SUPPORT
    "support": ("SUPPORT", "endorse"), "praise": ("SUPPORT", "praise"),
    "back": ("SUPPORT", "endorse"), "endorse": ("SUPPORT", "endorse"),
    "recognize": ("SUPPORT", "recognize"), "recognise": ("SUPPORT", "recognize"),
    "hail": ("SUPPORT", "praise"), "commend": ("SUPPORT", "praise"),
    "congratulate": ("SUPPORT", "praise"), "defend": ("SUPPORT", None),
    "thank": ("SUPPORT", "praise"), "reaffirm": ("SUPPORT", None),
    "appreciate": ("SUPPORT", "praise"), "applaud": ("SUPPORT", "praise"),
    # CONCEDE
    "release": ("CONCEDE", "release"), "free": ("CONCEDE", "release"),
    "pardon": ("CONCEDE", "release"), "resign": ("CONCEDE", "leadership"),
    "return": ("CONCEDE", "return"), "surrender": ("CONCEDE", None),
    "apologize": ("CONCEDE", "apologize"), "apologise": ("CONCEDE", "apologize"),
    "lift": ("CONCEDE", "policy"), "ease": ("CONCEDE", "policy"),
    "concede": ("CONCEDE", None), "yield": ("CONCEDE", None),
    "hand": ("CONCEDE", "return"), "deliver": ("CONCEDE", "return"),
    "drop": ("CONCEDE", "policy"), "disarm": ("CONCEDE", "disarm"),
    "allow": ("CONCEDE", "rights"), "grant": ("CONCEDE", "rights"),
    "extradite": ("CONCEDE", "return"),
    # COOPERATE
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None),
    "ally": ("COOPERATE", "military"), "partner": ("COOPERATE", None),
    "join": ("COOPERATE", None), "train": ("COOPERATE", "military"),
    "share": ("COOPERATE", "intelligence"), "stage": ("COOPERATE", "military"),
    # AID
    "aid": ("AID", None), "provide": ("AID", None), "donate": ("AID", "economic"),
    "send": ("AID", None), "fund": ("AID", "economic"), "help": ("AID", None),
    "assist": ("AID", None), "supply": ("AID", None), "evacuate": ("AID", "humanitarian"),
    "give": ("AID", None), "offer": ("AID", None), "shelter": ("AID", "asylum"),
    # RETREAT
    "withdraw": ("RETREAT", "withdraw"), "retreat": ("RETREAT", "withdraw"),
    "pull": ("RETREAT", "withdraw"), "demobilize": ("RETREAT", "demobilize"),
    # REQUEST
    "ask": ("REQUEST", "appeal"), "urge": ("REQUEST", "appeal"),
    "demand": ("REQUEST", "demand"), "request": ("REQUEST", "appeal"),
    "appeal": ("REQUEST", "appeal"), "seek": ("REQUEST", "appeal"),
    "press": ("REQUEST", "demand"), "petition": ("REQUEST", "appeal"),
    "invite": ("REQUEST", None), "order": ("REQUEST", "demand"),
    # ACCUSE
    "accuse": ("ACCUSE", "allege"), "blame": ("ACCUSE", "allege"),
    "condemn": ("ACCUSE", "condemn"), "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "condemn"),
    "sue": ("ACCUSE", "sue"), "investigate": ("ACCUSE", "investigate"),
    "charge": ("ACCUSE", "allege"), "indict": ("ACCUSE", "allege"),
    "allege": ("ACCUSE", "allege"), "slam": ("ACCUSE", "disapprove"),
    "probe": ("ACCUSE", "investigate"), "prosecute": ("ACCUSE", "sue"),
    "complain": ("ACCUSE", "disapprove"), "deplore": ("ACCUSE", "condemn"),
    "file": ("ACCUSE", "sue"),
    # REJECT
    "reject": ("REJECT", "refuse"), "refuse": ("REJECT", "refuse"),
    "deny": ("REJECT", "deny"), "veto": ("REJECT", "veto"),
    "oppose": ("REJECT", None), "dismiss": ("REJECT", None),
    "decline": ("REJECT", "refuse"), "boycott": ("REJECT", None),
    "rebuff": ("REJECT", "refuse"), "dispute": ("REJECT", None),
    "overturn": ("REJECT", None), "block": ("REJECT", None),
    "cancel": ("REJECT", None), "leave": ("REJECT", None),
    # THREATEN
    "threaten": ("THREATEN", None), "warn": ("THREATEN", "warn"),
    "vow": ("THREATEN", None),
    # PROTEST
    "protest": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"),
    "strike": ("PROTEST", "strike"), "riot": ("PROTEST", "riot"),
    # SANCTION
    "sanction": ("SANCTION", "sanction"), "convict": ("SANCTION", "convict"),
    "sentence": ("SANCTION", "convict"), "expel": ("SANCTION", "expel"),
    "suspend": ("SANCTION", "discontinue"), "halt": ("SANCTION", "discontinue"),
    "freeze": ("SANCTION", "sanction"), "impose": ("SANCTION", "sanction"),
    "recall": ("SANCTION", "withdraw"), "fine": ("SANCTION", "convict"),
    "penalize": ("SANCTION", "sanction"), "embargo": ("SANCTION", "sanction"),
    "punish": ("SANCTION", "sanction"), "cut": ("SANCTION", "discontinue"),
    "find": ("SANCTION", "convict"),
    # MOBILIZE
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"),
    "deploy": ("MOBILIZE", "troops"), "mass": ("MOBILIZE", "troops"),
    # COERCE
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"),
    "seize": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"),
    "raid": ("COERCE", "raid"), "ban": ("COERCE", "ban"),
    "outlaw": ("COERCE", "designate"), "deport": ("COERCE", "expel"),
    "censor": ("COERCE", "censor"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "capture": ("COERCE", "arrest"),
    "hack": ("COERCE", "cyber"), "search": ("COERCE", "raid"),
    "repress": ("COERCE", None), "crack": ("COERCE", None),
    "designate": ("COERCE", "designate"), "blacklist": ("COERCE", "designate"),
    "kidnap": ("COERCE", "seize"), "abduct": ("COERCE", "seize"),
    "impound": ("COERCE", "seize"), "storm": ("COERCE", "raid"),
    "torture": ("COERCE", None), "execute": ("COERCE", None),
    "restrict": ("COERCE", "ban"), "prohibit": ("COERCE", "ban"),
    # ASSAULT
    "attack": ("ASSAULT", None), "kill": ("ASSAULT", "kill"),
    "shoot": ("ASSAULT", "firearms"), "bomb": ("ASSAULT", "explosives"),
    "shell": ("ASSAULT", "explosives"), "beat": ("ASSAULT", "beat"),
    "assault": ("ASSAULT", None),
    "murder": ("ASSAULT", "kill"), "massacre": ("ASSAULT", "mass-violence"),
    "assassinate": ("ASSAULT", "kill"), "injure": ("ASSAULT", None),
    "wound": ("ASSAULT", None), "invade": ("ASSAULT", None),
    "fire": ("ASSAULT", "firearms"), "ambush": ("ASSAULT", "firearms"),
    "stab": ("ASSAULT", "primitive-weapons"), "torch": ("ASSAULT", None),
    "bombard": ("ASSAULT", "explosives"), "target": ("ASSAULT", None),
    "hit": ("ASSAULT", None), "behead": ("ASSAULT", "kill"),
    "confront": ("ASSAULT", None), "fight": ("ASSAULT", None),
    "clash": ("ASSAULT", None), "destroy": ("ASSAULT", None),
    "explode": ("ASSAULT", "explosives"), "detonate": ("ASSAULT", "explosives"),
    "die": ("ASSAULT", "kill"), "slay": ("ASSAULT", "kill"),
    "smuggle": ("COERCE", None), "suppress": ("COERCE", None),
}  # fmt: skip

NOUN_LEXICON: dict[str, tuple[str, str | None]] = {
    "raid": ("COERCE", "raid"), "arrest": ("COERCE", "arrest"),
    "seizure": ("COERCE", "seize"), "crackdown": ("COERCE", None),
    "detention": ("COERCE", "arrest"), "ban": ("COERCE", "ban"),
    "attack": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"),
    "airstrike": ("ASSAULT", "aerial"), "shooting": ("ASSAULT", "firearms"),
    "killing": ("ASSAULT", "kill"), "massacre": ("ASSAULT", "mass-violence"),
    "assault": ("ASSAULT", None), "invasion": ("ASSAULT", None),
    "cyberattack": ("COERCE", "cyber"), "explosion": ("ASSAULT", "explosives"),
    "blast": ("ASSAULT", "explosives"), "assassination": ("ASSAULT", "kill"),
    "slaying": ("ASSAULT", "kill"), "homicide": ("ASSAULT", "kill"),
    "injury": ("ASSAULT", None), "ultimatum": ("THREATEN", "ultimatum"),
    "warning": ("THREATEN", "warn"), "threat": ("THREATEN", None),
    "coercion": ("COERCE", None), "smuggling": ("COERCE", None),
    "meeting": ("CONSULT", "meet"), "talk": ("CONSULT", None),
    "visit": ("CONSULT", "visit"), "summit": ("CONSULT", "multilateral"),
    "conference": ("CONSULT", "multilateral"), "negotiation": ("CONSULT", None),
    "protest": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "demonstration": ("PROTEST", "demo"), "strike": ("PROTEST", "strike"),
    "sanction": ("SANCTION", "sanction"), "indictment": ("ACCUSE", "allege"),
    "trial": ("ACCUSE", "sue"), "investigation": ("ACCUSE", "investigate"),
    "agreement": ("AGREE", "sign"), "deal": ("AGREE", "sign"),
    "ceasefire": ("AGREE", "ceasefire"), "aid": ("AID", None),
    "handover": ("CONCEDE", "return"), "release": ("CONCEDE", "release"),
    "withdrawal": ("RETREAT", "withdraw"), "deployment": ("MOBILIZE", "troops"),
    "sentencing": ("SANCTION", "convict"),
}  # fmt: skip

PARTICLE_LEXICON: dict[tuple[str, str], tuple[str, str | None]] = {
    ("hand", "over"): ("CONCEDE", "return"), ("carry", "out"): ("ASSAULT", None),
    ("crack", "down"): ("COERCE", None), ("call", "for"): ("REQUEST", "appeal"),
    ("call", "on"): ("REQUEST", "appeal"), ("pull", "out"): ("RETREAT", "withdraw"),
    ("step", "down"): ("CONCEDE", "leadership"), ("set", "free"): ("CONCEDE", "release"),
    ("lay", "down"): ("CONCEDE", "disarm"), ("hold", "talk"): ("CONSULT", None),
    ("launch", "raid"): ("COERCE", "raid"), ("launch", "attack"): ("ASSAULT", None),
    ("take", "hostage"): ("COERCE", "seize"), ("open", "fire"): ("ASSAULT", "firearms"),
    ("cut", "tie"): ("SANCTION", "discontinue"), ("hold", "meeting"): ("CONSULT", "meet"),
    ("stand", "with"): ("SUPPORT", None), ("speak", "with"): ("CONSULT", None),
    ("shake", "hand"): ("CONSULT", "meet"), ("blow", "up"): ("ASSAULT", "explosives"),
    ("find", "guilty"): ("SANCTION", "convict"), ("find", "liable"): ("SANCTION", "convict"),
}  # fmt: skip

LIST_WORDS = frozenset({"list", "blacklist", "register", "roster"})
LIST_QUALIFIERS = frozenset(
    {
        "terrorist",
        "terror",
        "terrorism",
        "banned",
        "ban",
        "extremist",
        "prohibited",
        "prohibit",
        "outlawed",
        "outlaw",
        "proscribed",
        "proscribe",
        "sanction",
        "sanctions",
    }
)
"""Words (or their lemmas) that make a list a designation list."""
ADD_LEMMAS = frozenset({"add", "put", "place", "include", "designate", "list", "enter"})
REMOVE_LEMMAS = frozenset(
    {"remove", "delist", "strike", "drop", "take", "exclude", "delete", "lift"}
)


def normalize_root(root: str) -> str:
    """Map a legacy root name (``YIELD``) to the current one (``CONCEDE``).

    Args:
        root: a PLOVER root type in any release's spelling.

    Returns:
        The current root name, upper-case.
    """
    upper = root.strip().upper()
    return LEGACY_ROOTS.get(upper, upper)


def lookup_trigger(
    lemma: str, *, noun: bool = False, particle: str | None = None
) -> tuple[str, str | None] | None:
    """Look up a trigger lemma in the PLOVER lexicon.

    Args:
        lemma: the lower-cased lemma of the trigger word.
        noun: look in the noun lexicon instead of the verb lexicon.
        particle: a particle or object lemma that changes the meaning ("hand over").

    Returns:
        ``(root, mode)`` or None when the lemma is not a known trigger.
    """
    if particle and (lemma, particle) in PARTICLE_LEXICON:
        return PARTICLE_LEXICON[(lemma, particle)]
    table = NOUN_LEXICON if noun else VERB_LEXICON
    return table.get(lemma)
