"""PLOVER events: type and mode, actors, recipients, date, place, size, modality."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .. import plover
from ..nlp import doc_text
from ..records import Article, Claim, DateRef, Event, Quantity, Size, Span
from ..registry import ExtractFn, extractor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME = "events.plover.v1"

SIZE_KEYS: dict[str, str] = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed",
    "murder": "killed", "casualty": "killed", "injure": "injured", "wound": "injured",
    "injury": "injured", "hurt": "injured", "arrest": "arrested", "detain": "arrested",
    "seize": "seized", "confiscate": "seized", "capture": "arrested",
    "displace": "displaced", "evacuate": "evacuated", "indict": "indicted",
}  # fmt: skip
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "may", "might", "should", "can"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
REQUEST_HEADS = frozenset({"urge", "ask", "press", "call", "demand", "request", "push",
                           "pressure", "implore", "beg", "petition", "lobby"})  # fmt: skip
"""Verbs whose complement is an act asked for, not done ("urging the president to
approve the project")."""
INTENT_HEADS = frozenset({"decide", "plan", "intend", "decision", "want", "seek",
                          "threaten", "vow", "pledge", "promise", "agree", "prepare",
                          "aim", "move", "bid", "need"})  # fmt: skip
GROUP_HEADS = frozenset({"group", "organization", "organisation", "movement", "party",
                         "militia", "network", "faction", "insurgent", "front"})  # fmt: skip
DESIGNATE_AS = frozenset({"recognize", "recognise", "consider", "designate", "label",
                          "brand", "list", "deem", "classify", "declare", "name"})  # fmt: skip
SPEECH_ONLY = frozenset({"say", "tell", "announce", "report", "add", "state", "claim"})
NOT_COUNTED_HEADS = frozenset({"year", "month", "week", "day", "hour", "minute", "time",
                               "percent", "%"})  # fmt: skip
ACTOR_DEPS = frozenset({"nsubj"})
TRANSFER_VERBS = frozenset({"hand", "give", "deliver", "send", "return", "provide",
                            "transfer", "extradite", "supply", "donate", "sell"})  # fmt: skip
PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
CONTINUING_ADVERBS = frozenset({"still", "already", "continuously", "again"})
RECEIVE_VERBS = frozenset({"receive", "obtain", "get"})
PERSON_NOUNS = frozenset({"delegation", "minister", "president", "envoy", "official",
                          "leader", "ambassador", "guest", "visitor", "counterpart",
                          "member", "people", "refugee", "migrant", "supporter",
                          "fighter", "prisoner", "family", "child", "citizen"})  # fmt: skip
MAX_CLAUSE_CLIMB = 8  # tokens climbed from a date to its verb; NPs are rarely deeper
NOT_PARTICIPANT_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL"}
)
# from a count up to the verb it counts for ("145 people were killed")
MAX_SIZE_CLIMB = 3
CLAIM_VERBS = frozenset({"claim", "carry", "conduct", "perpetrate", "launch", "stage"})
UNDERGO_VERBS = frozenset({"suffer", "face", "endure", "experience", "undergo", "sustain",
                           "survive", "withstand", "repel", "confront"})  # fmt: skip
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
RULE_CONFIDENCE = 0.6
"""Confidence of events typed by a hand-written rule or the lexicon alone (designate/
delist, receive-as-handover, events without both actor and recipient, lexicon
phrases, no classifier weights installed); a flat prior, not calibrated."""
RECIPIENT_PREPS = frozenset({"on", "against", "with", "to", "into", "at", "from", "of"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "within", "across",
                            "throughout", "around", "along", "off", "beside", "between",
                            "among", "amid", "nearby"})  # fmt: skip
"""Prepositions whose object is where something happens ("in X", "near X")."""
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
JOINT_ROOTS = frozenset({"AGREE", "CONSULT", "COOPERATE"})
"""Roots of events done together: of coordinated subjects ("X and Y met") the first
is the actor and the others its recipients."""
NOMINAL_EVENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
PLACE_NOUNS = frozenset({"region", "province", "district", "city", "capital", "town",
                         "village", "area", "outskirts", "outskirt", "suburb", "centre",
                         "center", "heart", "part", "north", "south", "east", "west",
                         "border", "coast", "county", "state", "country", "territory",
                         "street", "neighborhood", "neighbourhood", "quarter", "zone",
                         "island", "valley", "enclave", "governorate", "municipality",
                         "vicinity", "northeast", "northwest", "southeast", "southwest",
                         "edge", "downtown", "republic", "port"})  # fmt: skip
"""Nouns that stand for a place, through which a named place leads to its preposition."""
MAX_PLACE_CLIMB = 4  # NP links from a place up to its preposition ("the region of X")


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
        verb = _clause_verb(token).i if token.pos_ == "NOUN" else -1
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
    found = _designation_trigger(token) or _lexicon_trigger(token, seen)
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
        # "Iran received the computers (from X)": a handover, seen from the receiver
        root, mode = "CONCEDE", "return"
        givers = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        actors, recipients = _np_spans(givers, token), actors
    elif mode in plover.EXTENSION_MODES:
        actors, recipients, tags = _designation_roles(
            article, token, actors, recipients, tags
        )
    else:
        root, mode, confidence = _learned_type(token, root, mode, actors, recipients)
    sent = _line_sentence(token)
    date_value, date_span = _date(article, token, sent)
    claim = _enclosing_claim(article, token)
    return Event(
        evidence=sent, type=root, extractor=NAME, mode=mode, trigger=_token_span(token),
        actors=actors, recipients=recipients, date=date_value, date_span=date_span,
        place=_place(article, token, sent, actors + recipients),
        size=_size(article, token, sent, root),
        modality="hypothetical" if _asked(article.text, sent) else _modality(token),
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
    return any(_is_party(c) for c in token.children if c.dep_ == "dobj")


def _is_party(token: Token) -> bool:
    """True when a noun names a party: a named actor or a person noun."""
    return token.ent_type_ in PARTY_ENTS or token.lemma_.lower() in PERSON_NOUNS


def _lexicon_trigger(
    token: Token, seen: set[int]
) -> tuple[str, str | None, list[str]] | None:
    """(root, mode, context) from the verb/noun lexicon."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma in SPEECH_ONLY or any(c.dep_ == "ccomp" for c in token.children):
            return None  # a reporting verb: a claim, not an event
        if token.dep_ == "amod" or (
            token.tag_ == "VBG"
            and lemma in ADJECTIVAL_ING
            and not any(c.dep_ == "dobj" for c in token.children)
        ):
            return None  # "banned groups", "promising results"
        particle = next((c.lemma_.lower() for c in token.children
                         if c.dep_ in ("prt", "dobj", "acomp")), None)  # fmt: skip
        found = plover.lookup_trigger(lemma, particle=particle)
        return (*found, []) if found else None
    if token.pos_ == "NOUN":
        found = plover.lookup_trigger(lemma, noun=True)
        if found is None or (token.head.i in seen and token.dep_ == "dobj"):
            return None
        return (*found, [])
    return None


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
    if lemma in ("outlaw", "proscribe") or (lemma == "ban" and _targets_group(token)):
        return "COERCE", "designate", ["list:banned organizations", "action:outlaw"]
    if lemma in DESIGNATE_AS and _as_terrorist(token):
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


def _targets_group(token: Token) -> bool:
    """True when a ban's object is an organisation (not a book or a rally)."""
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            target = _resolve_relative(child)
            if target.ent_type_ == "ORG" or target.lemma_.lower() in GROUP_HEADS:
                return True
    return False


def _as_terrorist(token: Token) -> bool:
    """True for 'recognizes X as a terrorist organization'."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            words = {t.lemma_.lower() for t in prep.subtree}
            if words & plover.LIST_QUALIFIERS:
                return True
    return False


def _participants(
    token: Token, mode: str | None, root: str | None = None
) -> tuple[list[Span], list[Span]]:
    """Actor and recipient noun phrases of a verbal or nominal trigger."""
    if token.pos_ == "NOUN":
        return _noun_participants(token)
    actors = [c for c in token.children if c.dep_ in ACTOR_DEPS]
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
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
              for o in p.children if o.dep_ == "pobj" and _is_party(o)]  # fmt: skip
    if dative and token.lemma_.lower() in TRANSFER_VERBS:
        recipients = dative  # "handed X over to Iran", "sent aid to the refugees"
    elif not any(_party_like(r) or r.dep_ == "nsubjpass" for r in recipients):
        # "filed a complaint against X", "held talks with X", "refused a request from X"
        parties = [o for h in [token, *objects] for o in _prep_objects(h, PARTY_PREPS)
                   if _party_like(o) and o.ent_type_ not in NOT_PARTICIPANT_ENTS]  # fmt: skip
        recipients = parties or recipients
    if not actors:
        actors = _inherited_subject(token)
    actors = [_antecedent(a, token) for a in actors]
    if (
        root in JOINT_ROOTS
        and len(actors) == 1
        and not any(_party_like(r) for r in recipients)
    ):
        partners = [c for c in actors[0].children if c.dep_ == "conj"]
        if partners:  # "X and Y signed a pact": X with Y
            return _np_spans(actors, token, conjuncts=False), _np_spans(partners, token)
    return _np_spans(actors, token), _np_spans(recipients, token)


def _party_like(token: Token) -> bool:
    """True when a noun can be a party to an event: a name, a person or a body of people."""
    token = _resolve_relative(token)
    return (
        _is_party(token)
        or token.pos_ == "PROPN"
        or token.lemma_.lower() in BODY_NOUNS | GROUP_HEADS
    )


def _antecedent(actor: Token, trigger: Token) -> Token:
    """The subject a pronoun actor stands for when a governing clause names it
    ("X says it has opened ...", "X said they will hand over ..."); else the actor."""
    lower = actor.lower_
    if actor.pos_ != "PRON" or lower not in ANAPHORS:
        return actor
    head = _clause_verb(trigger)
    for _ in range(3):
        if (
            head.dep_ not in ("ccomp", "xcomp", "advcl", "conj")
            or head.head.i == head.i
        ):
            break
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subjects and _agrees(lower, subjects[0]):
            return subjects[0]
    return actor


def _agrees(pronoun: str, noun: Token) -> bool:
    """Rough agreement of a pronoun with a noun: "it" is no plural, "he"/"she" a person."""
    if pronoun == "it":
        return noun.tag_ not in ("NNS", "NNPS") and noun.ent_type_ != "PERSON"
    if pronoun in ("he", "she"):
        return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS
    return True


def _noun_participants(token: Token) -> tuple[list[Span], list[Span]]:
    """'a raid by X on Y', "X's raid", 'the X attack', 'talks between X and Y'."""
    actors: list[Token] = [c for c in token.children if c.dep_ == "poss"]
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
        recipients = [o for a in actors for o in _prep_objects(a, HOSTILE_PREPS)]
    if (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.head.pos_ == "VERB"
    ):
        verb = token.head.head  # "X met Y during talks in Z": the talks are X's, with Y
        if not actors:
            actors = [c for c in verb.children if c.dep_ == "nsubj"]
        if not recipients:
            recipients = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                          for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    if token.dep_ in ("dobj", "pobj") and token.head.pos_ == "VERB":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        if token.head.lemma_.lower() in UNDERGO_VERBS:  # "X suffered attacks": X is hit
            recipients = recipients or subjects
        elif not actors:  # "X launched an attack", "X refused to lift sanctions"
            subjects = subjects or _inherited_subject(token.head)
            actors = [_antecedent(s, token.head) for s in subjects]
    if partners and not recipients:
        return _np_spans(actors, token, conjuncts=False), _np_spans(partners, token)
    return _np_spans(actors, token), _np_spans(recipients + partners, token)


def _inherited_subject(token: Token) -> list[Token]:
    """The subject of a governing verb for xcomp/conj/acl triggers ("decided to
    remove", "is willing to withdraw")."""
    head = token
    for _ in range(3):
        if head.dep_ not in CLIMB_DEPS or head.head.i == head.i:
            return []
        head = head.head
        subject = [c for c in head.children if c.dep_ == "nsubj"]
        if subject:
            return subject
        if head.pos_ == "NOUN":  # "a decision by X to remove ..."
            by = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "by"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
            poss = [c for c in head.children if c.dep_ == "poss"]
            return by or poss
    return []


def _np_spans(
    tokens: list[Token], trigger: Token, *, conjuncts: bool = True
) -> list[Span]:
    """Compact noun-phrase spans (left edge to head, plus conjuncts unless told
    not to) on the trigger's line."""
    spans: list[Span] = []
    for tok in tokens:
        tok = _resolve_relative(tok)
        joined = [c for c in tok.children if c.dep_ == "conj"] if conjuncts else []
        for head in [tok, *joined]:
            span = _compact_np(head)
            if _on_line(span, trigger) and span not in spans:
                spans.append(span)
    return spans


def _resolve_relative(token: Token) -> Token:
    """'which'/'who' stands for the noun the clause modifies, or the noun just before ", which"."""
    if token.lower_ in ("which", "who", "that") and token.head.dep_ == "relcl":
        before = token.nbor(-1) if token.i > 0 else token
        if before.is_punct and before.i > 0:
            before = before.nbor(-1)
        if before.pos_ in ("PROPN", "NOUN") and before.i != token.head.head.i:
            return before  # the parser often hangs the clause on an earlier noun
        return token.head.head
    return token


def _compact_np(head: Token) -> Span:
    """From the head's left edge (det, amod, compound, poss) to the head, with "of X"."""
    start = head.left_edge
    while start.i < head.i and (start.is_punct or start.dep_ in ("cc", "preconj")):
        start = start.nbor(1)
    end = head
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nummod"):
            end = child
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == end.i + 1:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            end = objs[0] if objs else end
    if end.i > head.i and end.right_edge.dep_ in ("compound", "flat"):
        end = end.right_edge
    return Span(start.idx, end.idx + len(end.text))


def _on_line(span: Span, trigger: Token) -> bool:
    """True when no line break separates the span from the trigger."""
    text = doc_text(trigger.doc)
    lo, hi = min(span.start, trigger.idx), max(span.end, trigger.idx)
    return "\n" not in text[lo:hi]


def _designation_roles(
    article: Article,
    token: Token,
    actors: list[Span],
    recipients: list[Span],
    tags: list[str],
) -> tuple[list[Span], list[Span], list[str]]:
    """Authority (actor) and organisation (recipient) of a listing event; refine the action."""
    if not actors:
        actors = _np_spans(_passive_authority(token), token)
    if not actors:
        claim = _enclosing_claim(article, token)
        if claim is not None and claim.source is not None:
            actors = [claim.source]
    if token.dep_ == "relcl" and not recipients:
        recipients = [_compact_np(token.head)]
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
    head = token
    for _ in range(3):
        if head.lemma_.lower() in INTENT_HEADS and head.i != token.i:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _modality(token: Token) -> str:
    """asserted | negated | future | hypothetical, from auxiliaries, negation and intent."""
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX:
        return "future"
    if aux & HYPOTHETICAL_AUX or _conditional(token, children):
        return "hypothetical"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in REQUEST_HEADS:
        return "hypothetical"
    if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in INTENT_HEADS:
        return "future"
    return "asserted"


def _conditional(token: Token, children: list[Token]) -> bool:
    """True for an act told as a condition: "if"/"unless" it happens, "in the
    event that" or "in case" it does."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children):
        return True
    head = token.head  # "in the event that [it] vetoed": a clause on "event"
    if token.dep_ in ("relcl", "acl") and _in_case(head):
        return True
    return any(  # "in case the court rules": "in (the) case" on the verb
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            _in_case(n) and all(k.dep_ == "det" for k in n.children) for n in c.children
        )
        for c in children
    )  # (not "in the case of Iran, the army attacked")


def _in_case(token: Token) -> bool:
    return (
        token.lower_ in ("event", "case")
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
    )


def _asked(text: str, sent: Span) -> bool:
    """True for a question ("Will the army attack the town?"): it asks whether
    the act happened and tells nothing. (A headline "How the army took the
    town" tells it: only the question mark says.)"""
    return text[sent.start : sent.end].rstrip().rstrip("\"\u201d\u2019' ").endswith("?")


def _line_sentence(token: Token) -> Span:
    """The trigger's sentence, clipped to its line (headlines run into sentences)."""
    sent = token.sent
    text = doc_text(token.doc)
    start = max(sent.start_char, text.rfind("\n", 0, token.idx) + 1)
    nl = text.find("\n", token.idx)
    end = min(sent.end_char, nl if nl >= 0 else len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _token_span(token: Token) -> Span:
    """The character span of one token."""
    return Span(token.idx, token.idx + len(token.text))


def _date(article: Article, token: Token, sent: Span) -> tuple[str | None, Span | None]:
    """The date of the trigger's clause; else of the clause it modifies; else of its claim's cue."""
    own = _clause_verb(token)
    found = _attached_date(article, token, sent, (token, own))
    if found is None and own.dep_ in (
        "relcl",
        "advcl",
    ):  # "in March, when 145 were killed"
        found = _attached_date(article, token, sent, (_clause_verb(own.head), own.head))
    claim = _enclosing_claim(article, token)
    if found is None and claim is not None:
        cue = token.doc.char_span(
            claim.cue.start, claim.cue.end, alignment_mode="expand"
        )
        if cue is not None:
            found = _attached_date(
                article, cue.root, _line_sentence(cue.root), (cue.root,)
            )
    if found is None:
        return None, None
    return found.value, Span(found.start, found.end)


def _attached_date(
    article: Article, token: Token, sent: Span, anchors: tuple[Token, ...]
) -> DateRef | None:
    """The date in ``sent`` nearest the token whose clause verb is one of ``anchors``."""
    doc = token.doc
    attached = []
    for date in article.dates:
        if not (sent.start <= date.start and date.end <= sent.end) or date.type not in (
            "DATE",
            "TIME",
        ):
            continue
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is not None and (
            _clause_verb(span.root) in anchors
            or any(span.start <= a.i < span.end for a in anchors)
        ):
            attached.append(date)
    return min(attached, key=lambda d: abs(d.start - token.idx)) if attached else None


def _clause_verb(token: Token) -> Token:
    """The nearest verb above a token (the token itself when it is a verb)."""
    head = token.head if token.pos_ not in ("VERB", "AUX") else token
    for _ in range(MAX_CLAUSE_CLIMB):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return head
        head = head.head
    return head


def _place(
    article: Article, token: Token, sent: Span, taken: list[Span]
) -> Span | None:
    """The place the sentence attaches to the event, or None.

    A place is the event's when it is a locative of the trigger or of its
    clause ("raided a camp in X", "the X attack", "X-based", "in X, where
    ... attacked"), or of one of the trigger's participants ("police in X
    raided"); a place merely nearby in the sentence (an actor's country, the
    seat of whoever reports it) is not. When the sentence names no place at
    all and the event is the lead's news, the dateline's place is taken.
    """

    def free(start: int, end: int) -> bool:
        return not any(s.start <= start and end <= s.end for s in taken)

    candidates = _place_candidates(article, sent.start, sent.end)
    if not candidates:
        return _dateline_place(article, token, sent)
    candidates = [c for c in candidates if free(c.start, c.end)]
    hosts = _place_hosts(token)
    doc = token.doc
    ranked: list[tuple[int, int, Span]] = []
    for cand in candidates:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        host = _locative_host(span.root, token)
        if host is not None and host.i in hosts:
            ranked.append((hosts[host.i], abs(cand.start - token.idx), cand))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _place_candidates(article: Article, start: int, end: int) -> list[Span]:
    """Places (or, without a gazetteer, GPE/LOC/FAC mentions) in a stretch of text,
    not inside an organisation's, person's or group's name."""
    found = [Span(p.start, p.end) for p in article.places
             if start <= p.start and p.end <= end and not p.demonym]  # fmt: skip
    if not found:
        found = [Span(m.start, m.end) for m in article.mentions
                 if m.label in ("GPE", "LOC", "FAC")
                 and start <= m.start and m.end <= end]  # fmt: skip
    names = [m for m in article.mentions if m.label in ("ORG", "PERSON", "NORP")]
    return [c for c in found if not any(
        m.start <= c.start and c.end <= m.end for m in names)]  # fmt: skip


def _place_hosts(token: Token) -> dict[int, int]:
    """Tokens whose locatives place the event, each with a rank (lower is closer):
    the trigger; the verb a nominal trigger is the object or subject of, and the
    verbs a verbal trigger continues (xcomp, conj); then the trigger's participants."""
    hosts = {token.i: 0}
    head = token
    for rank in range(1, 4):
        if head.head.i == head.i:
            break
        if head.pos_ == "NOUN" and (
            head.dep_ in NOMINAL_EVENT_DEPS
            or (head.dep_ == "pobj" and head.head.lower_ == "during")
        ):
            # "launched an attack in X", "the raid took place in X",
            # "seized during a raid near X"
            head = head.head if head.dep_ != "pobj" else head.head.head
        elif head.pos_ in ("VERB", "AUX") and head.dep_ in ("xcomp", "conj"):
            head = head.head  # "invaded in X and withdrew", "decided to attack in X"
        else:
            break
        hosts.setdefault(head.i, rank)
    for child in token.children:
        if child.dep_ in PARTICIPANT_DEPS:
            hosts.setdefault(child.i, 4)  # "raided a camp in X", "police in X raided"
            for obj in _prep_objects(child, RECIPIENT_PREPS):
                hosts.setdefault(obj.i, 5)  # "held talks with ministers in X"
    for obj in _prep_objects(token, RECIPIENT_PREPS | {"by", "during"}):
        hosts.setdefault(obj.i, 4)  # "a raid on a camp in X", "during a raid in X"
    return hosts


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions among ``preps`` (and of a passive's "by")."""
    return [o for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _locative_host(place: Token, trigger: Token) -> Token | None:
    """The token a place is a locative of: the head of "in/at/near X" (through "the
    region of X", "X's north"), of "X-based", or of "X, where ..."; the trigger
    for a place compounded with it ("the X attack"); else None."""
    cur = place
    for _ in range(MAX_PLACE_CLIMB):
        if cur.dep_ == "compound" and cur.head.i == trigger.i:
            return trigger
        if cur.dep_ in ("appos", "conj", "compound", "flat") and _place_word(cur.head):
            cur = cur.head  # "the capital Tirana", "Manza, near Durres"
        elif cur.dep_ == "poss" and _place_word(cur.head):
            cur = cur.head  # "Syria's north"
        elif (
            cur.dep_ == "pobj"
            and cur.head.lower_ == "of"
            and _place_word(cur.head.head)
        ):
            cur = cur.head.head  # "the region of X"
        else:
            break
    where = [c for c in cur.children if c.dep_ == "relcl"
             and any(w.lower_ == "where" for w in c.children)]  # fmt: skip
    if where and (where[0].i == trigger.i or trigger.head.i == where[0].i):
        return trigger  # "in X, where the army invaded"
    host: Token | None = None
    if cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE_PREPS:
        host = cur.head.head
    elif cur.dep_ in ("npadvmod", "compound") and cur.head.lemma_.lower() == "base":
        host = cur.head  # "X-based"
    if (
        host is not None
        and host.lemma_.lower() == "base"
        and host.dep_ in ("amod", "acl")
    ):
        host = host.head  # "a group based in X": the group is in X
    return host


def _place_word(token: Token) -> bool:
    """True for a place's own name or a noun for a place ("region", "outskirts");
    not for a person, organisation or event: "the presence of US officials" is no place."""
    if token.ent_type_:
        return token.ent_type_ in ("GPE", "LOC", "FAC")
    return token.lemma_.lower() in PLACE_NOUNS


def _dateline_place(article: Article, token: Token, sent: Span) -> Span | None:
    """The dateline's place, for an event in the main clause of the lead sentence."""
    body = next((z for z in article.zones if z.kind == "body"), None)
    dateline = next((z for z in article.zones if z.kind == "dateline"), None)
    if body is None or dateline is None or not (body.start <= sent.start < body.end):
        return None
    first = next((s for s in token.doc.sents if s.end_char > body.start), None)
    if (
        first is None
        or token.sent.start != first.start
        or _clause_verb(token) != first.root
    ):
        return None
    places = [Span(p.start, p.end) for p in article.places  # a dateline names places
              if dateline.start <= p.start and p.end <= dateline.end and not p.demonym]  # fmt: skip
    return min(places, key=lambda p: p.start) if places else None


def _size(article: Article, token: Token, sent: Span, root: str) -> dict[str, Size]:
    """Counts of killed/injured/arrested/seized that belong to this trigger, each as
    its quantity gives it: "dozens of injuries" keeps its bounds and hedge, no count."""
    size: dict[str, Size] = {}
    doc = token.doc
    for quantity in article.quantities:
        if not (sent.start <= quantity.start and quantity.end <= sent.end):
            continue
        if quantity.kind != "count":  # money, percentages, tallies are no head count
            continue
        key, verb = _size_key(doc, quantity)
        bounded = quantity.value is not None or quantity.low is not None
        if key is None or key in size or not bounded:
            continue
        if _size_belongs(token, verb, root):
            size[key] = Size.of(quantity)
    return size


def _size_belongs(trigger: Token, verb: Token | None, root: str) -> bool:
    """A count belongs to its own verb, or to a violent/coercive event linked to that verb."""
    if verb is not None and verb.i == trigger.i:
        return True
    if root not in ("ASSAULT", "COERCE") or (
        verb is not None and trigger.pos_ != "NOUN"
    ):
        return False
    if verb is None:  # "with dozens of injuries": the sentence's violent event
        return True
    return trigger in verb.subtree or verb in trigger.subtree


def _size_key(doc: Doc, quantity: Quantity) -> tuple[str | None, Token | None]:
    """Which count a quantity gives, from its unit ("injuries") or the verb it hangs on."""
    unit = (quantity.unit or "").split()[-1:] or [""]
    if unit[0] in SIZE_KEYS:
        return SIZE_KEYS[unit[0]], None
    if unit[0] in NOT_COUNTED_HEADS:
        return None, None
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return None, None
    head = span.root
    for _ in range(MAX_SIZE_CLIMB):
        lemma = head.lemma_.lower()
        if lemma in SIZE_KEYS and head.i != span.root.i:
            return SIZE_KEYS[lemma], head
        if head.head.i == head.i:
            break
        head = head.head
    return None, None


def _enclosing_claim(article: Article, token: Token) -> Claim | None:
    """The claim whose content holds the token (the event is someone's account)."""
    for claim in article.claims:
        if (
            claim.content.start <= token.idx < claim.content.end
            and claim.stance != "denies"
        ):
            return claim
    return None


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
