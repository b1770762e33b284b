"""PLOVER events: trigger, type and mode, actors and recipients (designate/delist
roles too); date, place, size and modality come from their own modules."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ... import plover
from ...records import Article, Event, Quantity, Span
from ...registry import ExtractFn, extractor
from ...syntax import climb, subjects_of
from ..claims.sources import addressed_only
from .circumstances import (
    RECIPIENT_PREPS,
    clause_verb,
    date_of,
    line_sentence,
    prep_objects,
)
from .modality import INTENT_HEADS, enclosing_claim, told_modality
from .phrases import RELATIVE_TAGS, compact_np, np_spans, resolve_relative, verb_span
from .sizes import size_of
from .triggers import (
    PERSON_NOUNS,
    REACTION_VERBS,
    is_party,
    lexicon_trigger,
    small_clause,
)
from .whereabouts import place_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME = "events.plover.v1"
GROUP_HEADS = frozenset({"group", "organization", "organisation", "movement", "party",
                         "militia", "network", "faction", "insurgent", "front",
                         "union"})  # fmt: skip
DESIGNATE_AS = frozenset({"recognize", "recognise", "consider", "designate", "label",
                          "brand", "list", "deem", "classify", "declare", "name"})  # fmt: skip
TRANSFER_VERBS = frozenset({"hand", "give", "deliver", "send", "return", "provide",
                            "transfer", "extradite", "supply", "donate", "sell"})  # fmt: skip
CONTINUING_ADVERBS = frozenset({"still", "already", "continuously", "again"})
RECEIVE_VERBS = frozenset({"receive", "obtain", "get"})
NOT_HANDED = frozenset(
    "probation sentence sentencing term fine penalty punishment award prize medal "
    "honour honor degree diploma treatment care attention praise criticism support "
    "backing "
    "vote votes call calls threat threats injury injuries".split()
)
"""What one receives that no one hands over: "received five months'
probation", "received the award", "received death threats"."""
NOT_PARTICIPANT_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL"}
)
CLAIM_VERBS = frozenset({"claim", "carry", "conduct", "perpetrate", "launch", "stage"})
UNDERGO_VERBS = frozenset({"suffer", "face", "endure", "experience", "undergo", "sustain",
                           "survive", "withstand", "repel", "confront"})  # fmt: skip
SEQUENCE_PREPS = frozenset(
    {"after", "before", "since", "following", "until", "despite"}
)
"""Prepositions that set an event before or against the verb's act ("visited
the hospital after the bombing"): the verb's subject is not its actor, as it
is of an event the act happens in ("met Y during talks")."""
RULE_CONFIDENCE = 0.6
"""Confidence of events typed by a hand-written rule or the lexicon alone (designate/
delist, receive-as-handover, events without both actor and recipient, lexicon
phrases, no classifier weights installed); a flat prior, not calibrated."""
PARTY_PREPS = frozenset({"to", "against", "on", "with", "from", "into", "for",
                         "toward", "towards"})  # fmt: skip
"""Prepositions whose object, when a party, is the recipient of a verb whose own
object is a thing ("filed a complaint against X", "held talks with X")."""
NOUN_RECIPIENT_PREPS = frozenset({"on", "against", "of", "with", "into", "to",
                                  "toward", "towards"})  # fmt: skip
"""Prepositions of a nominal trigger whose object is its recipient ("a raid on X")."""
HOSTILE_PREPS = frozenset({"on", "against", "into"})
"""Prepositions that, hung on a noun trigger's "by" actor, still give the trigger's
recipient ("a raid by X on Y"); not "of", which is the actor's own ("hundreds of X")."""
BODY_NOUNS = frozenset({"government", "army", "police", "force", "troop", "soldier",
                        "court", "authority", "ministry", "council", "administration",
                        "regime", "rebel", "militant", "protester", "demonstrator",
                        "opposition", "agency", "department", "committee", "parliament",
                        "union", "company", "country", "nation", "coalition", "alliance",
                        "tribunal", "cabinet", "navy", "military", "worker", "student",
                        "activist", "journalist", "insurgent", "side"})  # fmt: skip
"""Nouns for bodies of people and their members that can be parties to an event."""
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "acomp"})
"""Links from a trigger up to a verb whose subject it shares ("is willing to go")."""
ANAPHORS = frozenset({"it", "they", "he", "she", "we"})
OBJECT_FORMS = {"them": "they", "him": "he", "her": "she", "us": "we"}
"""A pronoun object's subject form, for :func:`_antecedent`."""
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "oprd"})
"""Objects of "designated X a terrorist organization" as the parser labels them."""
CATEGORY_HEADS = GROUP_HEADS | {"entity", "outfit", "body"}
"""What a listing calls those it lists ("a terrorist organization", "entity")."""
JOINT_ROOTS = frozenset({"AGREE", "CONSULT", "COOPERATE"})
"""Roots of events done together: of coordinated subjects ("X and Y met") the first
is the actor and the others its recipients."""


@extractor(NAME, assigns=("events",),
           requires=("mentions", "dates", "places", "quantities", "claims"))  # fmt: skip
def make_event_extractor() -> ExtractFn:
    """Find PLOVER events (including designate/delist on terrorist lists).

    Returns:
        An extractor appending ``Event`` records to ``article.events``.
    """

    def extract(article: Article, sdoc: Doc) -> None:
        seen: set[int] = set()
        found: list[tuple[Token, Event]] = []
        for token in sdoc:
            event = _event_at(article, token, seen)
            if event is not None:
                found.append((token, event))
                seen.add(token.i)
        article.events.extend(_merge_noun_restatements(found))
        _link_quantities(article)

    return extract


def _merge_noun_restatements(found: list[tuple[Token, Event]]) -> list[Event]:
    """One event where a noun under an event verb names the same event again
    ("shakes hands ... during a meeting", "launched an attack"): the verb's event
    is kept and takes the place, date and sizes only the noun's had."""
    verbs = {t.i: e for t, e in found if t.pos_ == "VERB"}
    kept: list[tuple[Token, Event]] = []
    for token, event in found:
        verb = clause_verb(token).i if token.pos_ == "NOUN" else -1
        host = verbs.get(verb)
        if host is None or (host.type, host.mode) != (event.type, event.mode):
            kept.append((token, event))
            continue
        verbs[verb] = replace(
            host,
            place=host.place or event.place,
            date=host.date or event.date,
            date_span=host.date_span if host.date else event.date_span,
            size={**event.size, **host.size},
        )
    return [verbs.get(t.i, e) for t, e in kept]


def _event_at(article: Article, token: Token, seen: set[int]) -> Event | None:
    """The event triggered by ``token``, or None."""
    found = _designation_trigger(token) or lexicon_trigger(token, seen)
    if found is None:
        return None
    root, mode, tags = found
    actors, recipients = _participants(token, mode, root)
    confidence = RULE_CONFIDENCE
    if (
        token.lemma_.lower() in RECEIVE_VERBS
        and root == "CONSULT"
        and not _party_object(token)
    ):
        if any(
            c.dep_ == "dobj" and c.lemma_.lower() in NOT_HANDED for c in token.children
        ):
            return None  # "received five months' probation": no meeting, no handover
        # "Iran received the computers (from X)": a handover, seen from the receiver
        root, mode = "CONCEDE", "return"
        givers = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        actors, recipients = np_spans(givers, token), actors
    elif mode in plover.EXTENSION_MODES:
        actors, recipients, tags = _designation_roles(
            article, token, actors, recipients, tags
        )
    else:
        root, mode, confidence = _learned_type(token, root, mode, actors, recipients)
    sent = line_sentence(token)
    date_value, date_span = date_of(article, token, sent)
    claim = enclosing_claim(article, token, accounts=True)
    return Event(
        evidence=sent, type=root, extractor=NAME, mode=mode, trigger=verb_span(token),
        actors=actors, recipients=recipients, date=date_value, date_span=date_span,
        place=place_of(article, token, sent, actors + recipients),
        size=size_of(article, token, sent, root),
        modality=told_modality(article, token, sent, date_value),
        according_to=claim.according_to if claim is not None else None,
        context=tags, confidence=confidence,
    )  # fmt: skip


def _learned_type(
    token: Token,
    root: str,
    mode: str | None,
    actors: list[Span],
    recipients: list[Span],
) -> tuple[str, str | None, float]:
    """(root, mode, confidence) from the learned classifier, the lexicon's when unsure.

    The classifier sees the trigger, the first actor and the first recipient,
    as it saw source, trigger and target in training (``corroborate.plover``);
    :func:`corroborate.plover.model_applies` says when it may.
    """
    doc = token.doc
    source = plover.span_head(doc, actors[0].start, actors[0].end) if actors else None
    target = (
        plover.span_head(doc, recipients[0].start, recipients[0].end)
        if recipients
        else None
    )
    model = plover.load_root_model()
    if model is None or not plover.model_applies(
        token, source, target, phrases=model.phrases
    ):
        return root, mode, RULE_CONFIDENCE
    feats = plover.relation_features(token, source, target)
    typed, prob = plover.type_root(feats, root, model=model)
    if typed is None or prob is None:
        return root, mode, RULE_CONFIDENCE
    if typed != root and mode not in plover.MODES.get(typed, ()):
        mode = None  # the lexicon's mode belongs to the root it no longer has
    return typed, mode, round(prob, 3)


def _party_object(token: Token) -> bool:
    """True when the verb's object is a party (a named actor or a person noun)."""
    return any(is_party(c) for c in token.children if c.dep_ == "dobj")


def _designation_trigger(token: Token) -> tuple[str, str, list[str]] | None:
    """designate/delist on a terrorist or banned list; outlawing; 'recognize X as terrorist'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return None
    listed = _list_phrase(token)
    if listed is not None:
        prep, list_text = listed
        if lemma in plover.REMOVE_LEMMAS and prep in ("from", "off"):
            return "CONCEDE", "delist", [f"list:{list_text}", "action:delist"]
        if lemma in plover.ADD_LEMMAS and prep in ("to", "on", "onto", "in"):
            return "COERCE", "designate", [f"list:{list_text}", "action:designate"]
    if (
        lemma in ("outlaw", "proscribe", "ban")
        and _targets_group(token, lemma != "ban")
        and not any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)
    ):
        # not "a waste disposal method that is outlawed in the United States",
        # nor "banned news organizations from obtaining credentials"
        return "COERCE", "designate", ["list:banned organizations", "action:outlaw"]
    if lemma in DESIGNATE_AS and (_as_terrorist(token) or _named_terrorist(token)):
        return (
            "COERCE",
            "designate",
            ["list:terrorist organizations", "action:designate"],
        )
    return None


def _list_phrase(token: Token) -> tuple[str, str] | None:
    """(preposition, list text) for 'from/to a list of terrorist organizations'."""
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in plover.LIST_WORDS:
                words = {t.lemma_.lower() for t in obj.subtree}
                if words & plover.LIST_QUALIFIERS:
                    return prep.lower_, _list_name(obj)
    return None


def _list_name(obj: Token) -> str:
    """A short name for the list: the qualifier phrase ("terrorist organizations")."""
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return " ".join(t.lower_ for t in objs[0].subtree)
    mods = [t.lower_ for t in obj.lefts if t.dep_ in ("amod", "compound")]
    return " ".join(mods) + " list" if mods else "list"


def _targets_group(token: Token, people: bool = False) -> bool:
    """True when what is banned or outlawed is an organisation (not a book, a
    rally, a practice); with ``people``, also a people named as such
    ("outlawed the Jehovah's Witnesses"), which a ban never is ("ban all
    Muslims")."""
    labels = ("ORG", "NORP") if people else ("ORG",)
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            target = resolve_relative(child)
            if target.ent_type_ in labels or target.lemma_.lower() in GROUP_HEADS:
                return True
    return False


def _named_terrorist(token: Token) -> bool:
    """True for 'designated X a (foreign) terrorist organization' (and 'that
    the White House labeled a terrorist organization'): an object says what
    list X is put on."""
    return bool(_listed_and_category(token)[1])


def _listed_and_category(token: Token) -> tuple[list[Token], list[Token]]:
    """The objects of "designated X a terrorist organization": what is listed
    (X) and what it is listed as (the phrase with a list qualifier)."""
    objects = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS]
    category = [
        c for c in objects if _listing_category(c)
    ]  # "a terrorist organization", not "an ally in the fight against terrorism"
    return [c for c in objects if c not in category], category


def _listing_category(noun: Token) -> bool:
    """True for a group named by a list's qualifier: "a (foreign) terrorist
    organization", "a terrorist entity"; not "an outlaw nation", nor people
    ("an extremist", "prisoners it deemed terrorists")."""
    return noun.lemma_.lower() in CATEGORY_HEADS and any(
        t.lemma_.lower() in plover.LIST_QUALIFIERS for t in noun.lefts
    )


def _as_terrorist(token: Token) -> bool:
    """True for 'recognizes X as a terrorist organization'."""
    return any(
        _listing_category(obj)
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _participants(
    token: Token, mode: str | None, root: str | None = None
) -> tuple[list[Span], list[Span]]:
    """Actor and recipient noun phrases of a verbal or nominal trigger."""
    if token.pos_ == "NOUN":
        return _noun_participants(token)
    actors = subjects_of(token)
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [  # "found them guilty": whom the verdict is on
        s
        for c in token.children
        if small_clause(c)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    recipients = [
        c
        for c in objects
        if (token.lemma_.lower(), c.lemma_.lower()) not in plover.PARTICLE_LEXICON
    ]
    for child in token.children:
        if child.dep_ == "agent":
            actors += [c for c in child.children if c.dep_ == "pobj"]
        elif (
            child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS and not recipients
        ):
            recipients += [c for c in child.children if c.dep_ == "pobj"
                           and c.lemma_.lower() not in plover.LIST_WORDS
                           and c.ent_type_ not in NOT_PARTICIPANT_ENTS]  # fmt: skip
    dative = [o for p in token.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for o in p.children if o.dep_ == "pobj" and is_party(o)]  # fmt: skip
    if dative and token.lemma_.lower() in TRANSFER_VERBS:
        recipients = dative  # "handed X over to Iran", "sent aid to the refugees"
    elif not any(_party_like(r) or r.dep_ == "nsubjpass" for r in recipients):
        # "filed a complaint against X", "held talks with X", "refused a request from X"
        parties = [o for h in [token, *objects] for o in prep_objects(h, PARTY_PREPS)
                   if _party_like(o) and o.ent_type_ not in NOT_PARTICIPANT_ENTS]  # fmt: skip
        recipients = parties or recipients
    if not actors and addressed_only(token):
        # "When asked about the mine, Lee said": Lee was asked, by no one told
        return [], np_spans(_inherited_subject(token), token)
    if not actors and not any(c.dep_ == "nsubjpass" for c in token.children):
        # a passive with its own subject is done by no one told, not by the
        # subject of the clause it hangs on ("will visit the family to mark
        # a year since their son was shot": no visitor shot him)
        actors = _inherited_subject(token)
    actors = [_antecedent(a, token) for a in actors]
    # an object pronoun is never its own act's doer ("acts to restrict it")
    recipients = [
        r if (antecedent := _antecedent(r, token)) in actors else antecedent
        for r in recipients
    ]
    if (
        root in JOINT_ROOTS
        and len(actors) == 1
        and not any(_party_like(r) for r in recipients)
    ):
        partners = [c for c in actors[0].children if c.dep_ == "conj"]
        if partners:  # "X and Y signed a pact": X with Y
            return np_spans(actors, token, conjuncts=False), np_spans(partners, token)
    return np_spans(actors, token), np_spans(recipients, token)


def _party_like(token: Token) -> bool:
    """True when a noun can be a party to an event: a name, a person or a body of people."""
    token = resolve_relative(token)
    return (
        is_party(token)
        or token.pos_ == "PROPN"
        or token.lemma_.lower() in BODY_NOUNS | GROUP_HEADS
    )


def _antecedent(party: Token, trigger: Token) -> Token:
    """The subject a pronoun party stands for when a governing clause names it
    ("X says it has opened ...", "X said they will hand over ...", "X were
    fined after a jury found them guilty"); else the party."""
    lower = OBJECT_FORMS.get(party.lower_, party.lower_)
    if party.pos_ != "PRON" or lower not in ANAPHORS:
        return party
    head = clause_verb(trigger)
    for _ in range(3):
        if (
            head.dep_ not in ("ccomp", "xcomp", "advcl", "conj")
            or head.head.i == head.i
        ):
            break
        head = head.head
        subjects = [c for c in head.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]  # fmt: skip
        if subjects and _agrees(lower, subjects[0]):
            return subjects[0]
    return party


def _agrees(pronoun: str, noun: Token) -> bool:
    """Rough agreement of a pronoun with a noun: "it" is no plural, "he"/"she" a person."""
    if pronoun == "it":
        return noun.tag_ not in ("NNS", "NNPS") and noun.ent_type_ != "PERSON"
    if pronoun in ("he", "she"):
        return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS
    return True


def _noun_participants(token: Token) -> tuple[list[Span], list[Span]]:
    """'a raid by X on Y', "X's raid", 'the X attack', 'talks between X and Y';
    "Friday's shootings" are no one's."""
    actors: list[Token] = [
        c
        for c in token.children
        if c.dep_ == "poss" and c.ent_type_ not in NOT_PARTICIPANT_ENTS
    ]
    recipients: list[Token] = []
    partners: list[Token] = []
    for child in token.children:
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            actors += objs
        elif child.dep_ == "prep" and child.lower_ in NOUN_RECIPIENT_PREPS:
            recipients += objs
        elif child.dep_ == "prep" and child.lower_ == "for":
            recipients += [o for o in objs if _party_like(o)]  # "support for X"
        elif child.dep_ == "prep" and child.lower_ == "between" and objs:
            # "talks between X and Y": X with Y
            partners = [c for c in objs[0].children if c.dep_ == "conj"]
            if partners:
                actors.append(objs[0])
        elif (
            child.dep_ == "acl" and child.lemma_.lower() in CLAIM_VERBS
        ):  # "claimed by X"
            actors += [o for a in child.children if a.dep_ == "agent"
                       for o in a.children if o.dep_ == "pobj"]  # fmt: skip
    if not recipients:  # "an attack by X against Y": the parser hangs "against Y" on X
        recipients = [o for a in actors for o in prep_objects(a, HOSTILE_PREPS)]
    if (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.lower_ not in SEQUENCE_PREPS
        and token.head.head.pos_ == "VERB"
    ):
        verb = token.head.head  # "X met Y during talks in Z": the talks are X's, with Y
        if not actors:
            actors = [c for c in verb.children if c.dep_ == "nsubj"]
        if not recipients:
            recipients = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                          for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    if token.dep_ in ("dobj", "pobj") and token.head.pos_ == "VERB":
        subjects = subjects_of(token.head)
        if token.head.lemma_.lower() in UNDERGO_VERBS:  # "X suffered attacks": X is hit
            recipients = recipients or subjects
        elif not actors and token.head.lemma_.lower() not in REACTION_VERBS:
            # "X launched an attack", "X refused to lift sanctions"
            subjects = subjects or _inherited_subject(token.head)
            actors = [_antecedent(s, token.head) for s in subjects]
    if partners and not recipients:
        return np_spans(actors, token, conjuncts=False), np_spans(partners, token)
    return np_spans(actors, token), np_spans(recipients + partners, token)


def _inherited_subject(token: Token) -> list[Token]:
    """The subject of a governing verb for xcomp/conj/acl triggers ("decided to
    remove", "is willing to withdraw"); of a passive verb the infinitive
    completes, its passive subject ("Lee is set to sign a bill", "the House is
    expected to vote", "was urged to resign")."""
    head = token
    for _ in range(3):
        if head.dep_ not in CLIMB_DEPS or head.head.i == head.i:
            return []
        completes = head.dep_ == "xcomp"
        head = head.head
        subject = [
            c
            for c in head.children
            if c.dep_ == "nsubj" or (completes and c.dep_ == "nsubjpass")
        ]
        if subject:
            return subject
        if head.pos_ == "NOUN":  # "a decision by X to remove ..."
            by = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "by"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
            poss = [c for c in head.children if c.dep_ == "poss"]
            return by or poss
    return []


def _designation_roles(
    article: Article,
    token: Token,
    actors: list[Span],
    recipients: list[Span],
    tags: list[str],
) -> tuple[list[Span], list[Span], list[str]]:
    """Authority (actor) and organisation (recipient) of a listing event; refine the action."""
    if not actors:
        actors = np_spans(_passive_authority(token), token)
    if not actors:
        claim = enclosing_claim(article, token)
        if claim is not None and claim.source is not None:
            actors = [claim.source]
    listed, category = _listed_and_category(token)
    if listed and category:  # X, not "a terrorist organization"
        recipients = np_spans(listed, token)
    elif category and token.dep_ != "relcl":
        # only what it is listed as: the organisation named last before it in
        # its sentence, not its authority ("Iran's Revolutionary Guard Corps,
        # a branch of the military that the White House labeled a terrorist
        # organization", parsed with no relative clause)
        named = [e for e in token.sent.ents if e.label_ == "ORG" and e.end <= token.i
                 and not any(a.start <= e.start_char < a.end for a in actors)]  # fmt: skip
        recipients = [Span(named[-1].start_char, named[-1].end_char)] if named else []
    relative = not recipients or any(
        c.tag_ in RELATIVE_TAGS or c.lower_ == "that" for c in listed
    )
    if token.dep_ == "relcl" and relative:
        # what the clause is said of; beside a name, the name: "Iran's
        # Revolutionary Guard Corps, a branch of the military that the White
        # House labeled a terrorist organization"
        head = token.head.head if token.head.dep_ == "appos" else token.head
        recipients = [compact_np(head)]
    if _is_decision(token) and "action:delist" in tags:
        tags = [t for t in tags if t != "action:delist"] + ["action:decision_to_delist"]
    elif "action:delist" not in tags and _is_still(token):
        # "is still outlawed": a standing listing restated, not a new one
        tags = [t for t in tags if not t.startswith("action:")] + ["action:reaffirm"]
    return actors, recipients, tags


def _is_still(token: Token) -> bool:
    """True when the verb is qualified as continuing ("still", "remains", "continues to")."""
    words = {c.lower_ for c in token.children if c.dep_ == "advmod"}
    return bool(words & CONTINUING_ADVERBS) or token.head.lemma_.lower() in (
        "remain",
        "continue",
    )


def _passive_authority(token: Token) -> list[Token]:
    """'outlawed in Russia': the place after 'in' is the authority."""
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("in", "by")
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "ORG", "NORP")
    ]


def _is_decision(token: Token) -> bool:
    """True when the trigger is what someone decided or plans to do, not done yet."""
    return any(
        head.lemma_.lower() in INTENT_HEADS
        for head in climb(token, 2)
        if head.i != token.i
    )


def _link_quantities(article: Article) -> None:
    """Point still-unlinked quantities at the event whose sentence holds them."""
    linked: list[Quantity] = []
    for quantity in article.quantities:
        if quantity.linked_to is None:
            index = next((i for i, e in enumerate(article.events)
                          if e.evidence.start <= quantity.start < e.evidence.end), None)  # fmt: skip
            if index is not None:
                quantity = replace(quantity, linked_to=f"event:{index}")
        linked.append(quantity)
    article.quantities[:] = linked
