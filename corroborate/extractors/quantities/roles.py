"""What happened to what a quantity counts ("49 people were killed" -> killed),
and what an amount of money or a percentage is of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...syntax import lemma_of
from .numbers import is_number_word

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLES: dict[str, str] = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed",
    "fatality": "killed", "murder": "killed", "slay": "killed",
    "slaughter": "killed", "massacre": "killed",
    "wound": "wounded", "injure": "wounded", "injured": "wounded",
    "wounded": "wounded", "hurt": "wounded", "injury": "wounded",
    "arrest": "arrested", "apprehend": "arrested",
    "detain": "detained", "detention": "detained", "jail": "detained",
    "imprison": "detained", "evacuate": "evacuated", "evacuation": "evacuated",
    "displace": "displaced", "displacement": "displaced", "missing": "missing",
    "disappear": "missing", "charge": "charged", "indict": "charged",
    "vote": "voted", "kidnap": "kidnapped", "abduct": "kidnapped",
    "seize": "seized", "confiscate": "seized", "release": "released",
    "free": "released", "rescue": "rescued", "deport": "deported",
    "deportation": "deported", "expel": "expelled", "expulsion": "expelled",
    "sentence": "sentenced", "convict": "convicted", "execute": "executed",
    "hospitalize": "hospitalised", "hospitalise": "hospitalised",
    "fine": "fined", "fin": "fined",  # the tagger lemmatises "fined" as "fin"
}  # fmt: skip
"""Lemmas (verbs, participles, adjectives, nouns) and the role they give; the
role of any other governing verb is its lemma."""
LINK_VERBS = frozenset({"be", "leave", "find", "report", "fear", "believe", "confirm",
                        "say", "remain", "become", "declare", "list", "presume"})  # fmt: skip
"""Verbs that pass the role to their complement: "were reported killed",
"left 50 dead", "are feared dead"; alone they give none."""
EMPTY_VERBS = frozenset({"have", "do", "include", "make", "get", "number", "total",
                         "reach", "tell", "see", "put", "stand", "exceed"})  # fmt: skip
"""Verbs that say nothing of what happened to what is counted."""
LIFE_TAKING_VERBS = frozenset("take claim cost end".split())
"""Verbs of lives lost ("took the lives of 13 service members", "claimed 50
lives", "cost 12 lives"): those counted were killed."""
TAKING_VERBS = frozenset("have get receive suffer sustain face".split())
"""Verbs that pass on the role of the noun they take: "people who suffered
injuries" were wounded, "amendments that got votes" were voted on, "face
charges" is charged."""
PERSONAL = frozenset("i you he she we they".split())
"""Subjects that are persons: what "he needs" is one person's lack, no bar."""
MARGIN_VERBS = frozenset(
    "trail lead win beat defeat edge outpace outnumber lose".split()
)
MARGIN_NOUNS = frozenset("lead margin edge advantage deficit gap".split())
"""A count "by" which one side is ahead ("trails Clinton by more than 300
delegates", "won by 20 points") or one "of" a lead ("a lead of more than 300
delegates"): the difference between two counts (role "margin"), never either."""
NEED_VERBS = frozenset({"need", "require"})
THRESHOLD_NOUNS = frozenset("threshold mark bar hurdle supermajority majority".split())
"""What a count needed to pass or win is told with: "the 1,237 delegates
needed to clinch", "the 60-vote threshold", "the bill needed 60 votes"
(role "needed"): a bar to reach, never how many were won or cast."""
SHIFT_VERBS = frozenset(
    """rise fall increase decrease drop grow climb decline jump cut raise lower
    reduce shrink""".split()
)
"""A count "by" which something changed ("rose by 300 students"): the change
(role "change"), not the count it changed."""
RISE_FALL_VERBS = SHIFT_VERBS | frozenset(
    """go jump slip dip surge soar plunge tick edge inch sink slide swell
    tumble""".split()
)
"""Verbs a figure moves by from one value to another ("rose to 9.1 percent
from 8.6 percent", "fell from 45 to 30")."""
BEFORE_ROLE = "before"
"""The role of the value a figure moved from ("to 9.1 percent from 8.6
percent", "down from 5.2 percent"): what it was, not what it is."""
SUBJECT_OBJECT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "npadvmod"}
)
COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp", "attr"})
MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})
CHANGE_VERBS = frozenset(
    "raise increase lower reduce cut lift boost hike push bring set drop".split()
)
"""Verbs that set a thing to a new value: "raise the purchasing age to 21"."""
CHANGE_CLIMB = 3
"""Heads climbed from "to 21" to find the verb of change ("increase the minimum
age to buy such weapons to 21", where the parser hangs "to 21" on "buy")."""
MONEY_PREPS = frozenset({"for", "on", "in"})  # "$3bn in aid", "€20m for weapons"
SHARE_PREPS = frozenset({"of"})  # "45% of voters"
DASHES = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014"})
"""Hyphens and dashes: of a range ("10-20") or inside a word ("full-time")."""


def unit_of(token: Token) -> Token | None:
    """The noun a number counts: its head ("150 devices") or its "of" object
    ("dozens of injuries"). Not a head on another line (a table's "Extras 20"
    over "Total ...") nor one name ("California 12 NEW YORK 3", "J. Crawley
    not out 94"): a count counts things ("47 Senate Republicans")."""
    if token.dep_ in ("nummod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN"):
        head = token.head
        if head.i < token.i or head.tag_ == "NNP":
            return None
        between = token.doc[token.i : head.i + 1]
        return None if "\n" in between.text_with_ws.strip() else _past_half(head)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                return objs[0]
    return _set_to(token)


def _past_half(noun: Token) -> Token:
    """The noun a count counts when the parser hung it on the second half of
    a hyphened modifier ("50 full - time employees" -> "employees", not
    "time"); the noun itself elsewhere, and a measure's unit ("a 2,700 -
    page bill": "page") too."""
    doc, i = noun.doc, noun.i
    before = doc[i - 2] if i >= 2 else noun
    halved = (
        doc[i - 1].text in DASHES and before.is_alpha and not is_number_word(before)
    )
    later = noun.head.i > i and noun.head.pos_ == "NOUN"
    if halved and later and noun.dep_ in ("compound", "amod"):
        return noun.head
    return noun


def _set_to(token: Token) -> Token | None:
    """The noun a verb of change sets to this number: "age" of "raise the
    purchasing age of certain rifles to 21", "refugees" of "boost the number
    of refugees from 70,000 to 85,000"; None for any other number."""
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return None
    head = token.head.head
    for _ in range(CHANGE_CLIMB):
        if head.pos_ == "VERB" and head.lemma_.lower() in CHANGE_VERBS:
            objs = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            return _amount_of(objs[0]) if objs else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


AMOUNT_NOUNS = frozenset("number amount total count quantity".split())
"""Nouns that tell how many of what their "of" names: "the number of
refugees" counts refugees."""


def _is_amount(noun: Token) -> bool:
    """True for a noun of :data:`AMOUNT_NOUNS` ("the number of refugees",
    "a total of 50 people"), not "a number of" (some: "a number of the 14
    candidates have decided" tells what some of them did)."""
    if noun.lemma_.lower() not in AMOUNT_NOUNS:
        return False
    some = noun.lower_ == "number" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    )
    return not some


def _amount_of(noun: Token) -> Token | None:
    """What a noun of :data:`AMOUNT_NOUNS` is the amount of ("the number of
    total refugees" -> "refugees"; None when it does not say: "the number"
    counts no number), or the noun itself ("the age")."""
    if not _is_amount(noun):
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            return objs[0] if objs else None
    return None


def unit_text(unit: Token, amount: Token | None = None) -> str:
    """Lemmatised unit with its noun compounds ("computer devices" -> "computer device"),
    leaving out the ``amount`` when that is one ("15% ethanol": "%" is no compound),
    a scale written onto its number ("$3.5T deal": "deal") and the half of a
    hyphened modifier ("full-time workers" -> "worker", not "time worker")."""
    parts = [
        c
        for c in unit.children
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and (amount is None or c.i != amount.i)
        and not any(h.text in DASHES and h.i < c.i for h in c.children)
        and not _glued_to_number(c)
    ]
    head = unit.lemma_ if unit.pos_ == "NOUN" else unit.text.rstrip("s")
    return " ".join([p.lemma_ for p in parts] + [head])


def _glued_to_number(token: Token) -> bool:
    """True for a letter written onto a number, its scale ("$3.5T deal": "T")."""
    return token.i > 0 and token.nbor(-1).like_num and not token.nbor(-1).whitespace_


def find_role(number: Token, unit: Token | None) -> str | None:
    """What happened to what is counted, canonical where ``ROLES`` has it.

    Args:
        number: the number's head token ("49", "million", "%").
        unit: the noun it counts ("people"), if any.

    Returns:
        "killed" for "49 people were killed", "killing 50 people", "50 dead";
        "wounded" for "53 were wounded", "53 others injured"; the lemma of
        another governing verb ("pay" for "paid $300"); None when nothing
        governs the counted noun but a copula or a preposition.
    """
    if _threshold(unit if unit is not None else number):
        return "needed"
    if unit is not None and _canonical(unit):
        return _canonical(unit)  # "50 deaths", "dozens of injuries"
    if unit is not None and _lives_taken(unit):
        return "killed"  # "claimed 50 lives"
    if number.head.i != number.i and number.head.pos_ in ("ADJ", "NOUN"):
        if _canonical(number.head):
            return _canonical(number.head)  # "left 50 dead"
    return _counted_role(unit if unit is not None else number)


def _threshold(counted: Token) -> bool:
    """True when a count is the bar something needs (:data:`NEED_VERBS`,
    :data:`THRESHOLD_NOUNS`), itself or the noun it qualifies: "needed" after
    it ("the 2,383 needed to win", "the two-thirds majority vote required"),
    a noun of a bar ("the 60-vote threshold"), what "is needed" or "is
    required" ("20 senators are needed"), or the object of "need" whose
    subject is no person ("which needed 60 votes to succeed"; "Sanders needs
    836 delegates" is what one candidate still lacks)."""
    noun = counted
    while True:
        if noun.i != counted.i and noun.lemma_.lower() in THRESHOLD_NOUNS:
            return True
        if any(
            c.dep_ in ("acl", "amod")
            and c.i > noun.i
            and c.lemma_.lower() in NEED_VERBS
            for c in noun.children
        ):
            return True
        if noun.dep_ not in ("compound", "amod", "nmod") or noun.head.i < noun.i:
            break
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in NEED_VERBS:
        return True  # "20 senators are needed for a quorum"
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in NEED_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return all(s.ent_type_ != "PERSON" and s.lower_ not in PERSONAL for s in subjects)


def _counted_role(counted: Token) -> str | None:
    """The role a counted noun's own modifier, the one after the last of the
    nouns it is coordinated with, or its governing verb gives it."""
    later = [c for c in counted.conjuncts if c.i > counted.i]
    for noun in [counted, *later]:
        for child in noun.children:
            if child.dep_ in MODIFIER_DEPS and child.i > noun.i:
                role = _role_of(child, modifier=True)
                if role:
                    # "53 others injured", "people who were killed", "19
                    # children and two teachers dead"
                    return role
    return _governing_role(counted)


def _governing_role(counted: Token) -> str | None:
    """The role the verb (or "the arrest of ...") governing the counted noun gives."""
    token = counted
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        prep = token.head
        lemma = prep.head.lemma_.lower()
        if prep.lower_ == "by" and prep.head.pos_ == "VERB":
            if lemma in MARGIN_VERBS:
                return "margin"  # "trails Clinton by more than 300 delegates"
            if lemma in SHIFT_VERBS and counted.pos_ == "NOUN":
                # "rose by 300 students"; a sum is told as what it pays for
                # ("increased ... by roughly $50 billion" is the $50 billion
                # another outlet says was "added")
                return "change"
        if (
            prep.lower_ == "from"
            and (lemma in RISE_FALL_VERBS or prep.head.lower_ in ("up", "down"))
            # "from $5 to $7", "from 37.9% to 23.8%": the end it moved to
            and not any(t.lower_ == "to" and t.i < token.i for t in token.subtree)
        ):
            return BEFORE_ROLE  # "went up to 9.1 percent from 8.6 percent"
        if prep.lower_ == "of" and lemma in MARGIN_NOUNS:
            return "margin"  # "a lead of more than 300 delegates"
        if prep.lower_ == "of" and _lives_taken(prep.head):
            return "killed"  # "took the lives of 13 service members"
        if prep.lower_ == "of" and _is_amount(prep.head):
            return _governing_role(prep.head)  # "a total of 50 people were killed"
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN":
            return _canonical(prep.head) or _toll_role(prep.head)  # "the arrest of 20"
        if prep.lower_ == "on" and prep.head.pos_ == "NOUN":
            return _canonical(prep.head)  # "votes on nearly 50 amendments"
        if prep.lower_ == "including" and prep.head.pos_ in ("NOUN", "PRON"):
            return _counted_role(prep.head)  # "killed 31 people, including 19 children"
        return _toll_role(prep.head) if prep.lower_ in ("to", "at") else None
    if token.dep_ not in SUBJECT_OBJECT_DEPS or token.head.i == token.i:
        return None
    return _role_of(token.head, modifier=False) or _toll_role(token.head)


def _lives_taken(noun: Token) -> bool:
    """True for "lives" that a verb of :data:`LIFE_TAKING_VERBS` takes as
    its object ("took the lives of", "claimed 50 lives"; not "saved")."""
    return (
        noun.lemma_.lower() == "life"
        and noun.dep_ == "dobj"
        and lemma_of(noun.head) in LIFE_TAKING_VERBS
    )


def _toll_role(word: Token) -> str | None:
    """The role of a toll the number gives, through the toll itself or the verb it is
    the subject of: "a death toll of 50", "the toll rose to 50", "the toll is 50"
    (killed, unless it is an "injury toll")."""
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    for noun in [word, *subjects]:
        if noun.lemma_.lower() == "toll":
            kinds = [c for c in noun.children if c.dep_ == "compound"]
            return next((r for c in kinds if (r := _canonical(c))), "killed")
    return None


def _role_of(verb: Token, *, modifier: bool) -> str | None:
    """The role a verb or participle gives; a modifier gives only a canonical one."""
    lemma = lemma_of(verb)
    if lemma in LINK_VERBS:
        complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
        return next((r for c in complements if (r := _canonical(c))), None)
    if _canonical(verb):
        return _canonical(verb)
    if lemma in TAKING_VERBS:
        taken = [c for c in verb.children if c.dep_ == "dobj"]
        role = next((r for c in taken if (r := _canonical(c))), None)
        if role:
            return role
    if modifier or verb.pos_ != "VERB" or lemma in EMPTY_VERBS:
        return None
    return lemma


def _canonical(token: Token) -> str | None:
    """The canonical role a word gives by its lemma or its form ("missing")."""
    return ROLES.get(token.lemma_.lower()) or ROLES.get(token.lower_)


def paid_for(amount: Token, preps: frozenset[str] = MONEY_PREPS) -> str | None:
    """What an amount of money pays for or a percentage is of, lemmatised: "a $3bn
    loan", "$3bn in aid", "€20 million worth of weapons", "paid $300 for repairs",
    "45% of voters" (``preps=SHARE_PREPS``); None when the sentence does not say."""
    head = amount.head
    if amount.dep_ in ("compound", "nmod", "amod", "nummod") and head.i > amount.i:
        if head.pos_ == "NOUN" and head.lemma_.lower() != "worth":
            return unit_text(head, amount)
    holders = [(amount, preps)]
    if head.lemma_.lower() == "worth":
        holders.append((head, frozenset({"of"})))
    if amount.dep_ == "dobj" and head.pos_ == "VERB":
        holders.append((head, frozenset({"for", "on"})))  # "paid $300 for repairs"
    for holder, preps in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_:
                    return unit_text(obj)
    return None


DENIAL_PATH = frozenset("nummod quantmod dobj attr appos xcomp acl".split())
"""Dependencies a quantity's clause runs up through: from the number to the
noun it counts, from that noun to the verb it is the object of, and from an
infinitive to the verb or noun it completes ("no plan to add", "did not want
to hire"); not from a subject ("five of the six negotiators do not face
re-election" tells five who do not), a noun it modifies ("would not support
a $1.2 trillion bill" denies no sum), a preposition or another clause. A noun
joined to another ("no agents or 87,000 clerks") runs up to the first."""
CONDITIONS = frozenset({"if", "unless", "whether"})
"""Marks of a clause that supposes: "If you don't have 218 votes" denies none."""


def is_denied(token: Token) -> bool:
    """True when the clause that tells a quantity says it is not so: a "not"
    or "never" on a verb, or a "no" before a noun, on the way from the
    quantity's head up through :data:`DENIAL_PATH` ("there's no plan to add
    87,000 agents", "the agency did not hire 87,000 agents"); not a negation
    of a bound ("no fewer than 50 people"), of a supposition ("if you don't
    have 218 votes") nor of another clause ("would not comment on the 87,000
    agents", "denied that ...": the claim's stance)."""
    while token.head.i != token.i and (
        token.dep_ in DENIAL_PATH or (token.dep_ == "conj" and token.pos_ == "NOUN")
    ):
        token = token.head
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in token.children):
            return False
        if any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
            for c in token.children
        ):
            return True
    return False
