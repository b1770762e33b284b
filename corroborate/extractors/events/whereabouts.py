"""Where an event happened: the place its sentence names by a locative
preposition on its trigger or clause ("clashes in Tripoli"), else the
dateline of a lead sentence ("BEIRUT (AP) — ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Article, Span
from .circumstances import RECIPIENT_PREPS, clause_verb, prep_objects
from .qualifying import PARTICIPANT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

NOMINAL_EVENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "within", "across",
                            "throughout", "around", "along", "off", "beside", "between",
                            "among", "amid", "nearby"})  # fmt: skip
"""Prepositions whose object is where something happens ("in X", "near X")."""
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


def place_of(
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
            for obj in prep_objects(child, RECIPIENT_PREPS):
                hosts.setdefault(obj.i, 5)  # "held talks with ministers in X"
    for obj in prep_objects(token, RECIPIENT_PREPS | {"by", "during"}):
        hosts.setdefault(obj.i, 4)  # "a raid on a camp in X", "during a raid in X"
    return hosts


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
        or clause_verb(token) != first.root
    ):
        return None
    places = [Span(p.start, p.end) for p in article.places  # a dateline names places
              if dateline.start <= p.start and p.end <= dateline.end and not p.demonym]  # fmt: skip
    return min(places, key=lambda p: p.start) if places else None
