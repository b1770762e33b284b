"""Which pairs of a story's statements can align, found without scoring
every pair: passages through the words they share, events through their
verb or PLOVER type. Every pair left out scores 0 in
:func:`.compatible.match`, so the facts are the same, found faster."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .compatible import MIN_SHARED_COMMON, WORDED
from .quotes import wording
from .statements import Statement
from .words import SAME_WORDS_MIN


def worded_partners(statements: Sequence[Statement]) -> dict[int, set[int]]:
    """For each worded statement ``i``, the later worded statements ``j > i``
    that :func:`.compatible.may_match` it (any article: the caller keeps two articles'
    pairs), found through the words they share instead of testing every pair:
    a story of a few hundred passages has millions of pairs and most share
    no word."""
    postings: dict[str, list[int]] = defaultdict(list)
    wordings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    partners: dict[int, set[int]] = {}
    for i, statement in enumerate(statements):
        if statement.kind not in WORDED:
            continue
        shared: Counter[int] = Counter()
        for word in statement.words | statement.entities:
            shared.update(postings[word])
            postings[word].append(i)
        found = {j for j, count in shared.items() if count >= MIN_SHARED_COMMON}
        words = wording(statement.text)
        if len(words) >= SAME_WORDS_MIN:
            found.update(wordings[words])
            wordings[words].append(i)
        for j in found:
            partners.setdefault(j, set()).add(i)
        partners.setdefault(i, set())
    return partners


def act_partners(statements: Sequence[Statement]) -> dict[int, set[int]]:
    """For each event ``i``, the later events ``j > i`` that may be one act with
    it (any article: the caller keeps two articles' pairs): those with its
    trigger stem, or its PLOVER type and mode, the first test of
    :func:`.compatible.event_context`; every other pair of events scores 0. A story of
    many copies of one report tells thousands of acts, and most pairs of them
    are two verbs."""
    told: dict[tuple[str | None, ...], list[int]] = defaultdict(list)
    partners: dict[int, set[int]] = {}
    for i, statement in enumerate(statements):
        if statement.kind != "event":
            continue
        keys: list[tuple[str | None, ...]] = []
        if statement.predicate:
            keys.append(("stem", statement.predicate))
        if statement.mode:
            keys.append(("type", statement.type, statement.mode))
        partners[i] = set()
        for key in keys:
            for j in told[key]:
                partners[j].add(i)
            told[key].append(i)
    return partners
