"""The size of an event: the counts of people killed, injured, arrested or
seized, and of things seized, that its sentence gives it (``Event.size``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Article, Quantity, Size, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SIZE_KEYS: dict[str, str] = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed",
    "murder": "killed", "casualty": "killed", "injure": "injured", "wound": "injured",
    "injury": "injured", "hurt": "injured", "arrest": "arrested", "detain": "arrested",
    "seize": "seized", "confiscate": "seized", "capture": "arrested",
    "displace": "displaced", "evacuate": "evacuated", "indict": "indicted",
}  # fmt: skip
NOT_COUNTED_HEADS = frozenset({"year", "month", "week", "day", "hour", "minute", "time",
                               "percent", "%"})  # fmt: skip
# from a count up to the verb it counts for ("145 people were killed")
MAX_SIZE_CLIMB = 3


def size_of(article: Article, token: Token, sent: Span, root: str) -> dict[str, Size]:
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
