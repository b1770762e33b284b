"""Offices written next to person names ("Foreign Minister Jane Roe", "the
head of X's Council, Jane Roe"): the roles of resolved persons."""

from __future__ import annotations

import re

ROLE_MAX_WORDS = 12  # longest office phrase taken before a person's name
# Words that make a phrase an office ("head of ...", "Foreign Minister").
ROLE_HEADS = frozenset(
    "head chief minister spokesman spokeswoman spokesperson president prosecutor "
    "representative envoy ambassador general director secretary chairman chairwoman "
    "commander leader governor mayor official adviser advisor deputy premier "
    "chancellor king queen prince senator judge attorney coordinator".split()
)
FUNCTION_WORDS = frozenset(
    """when after before since still while as if because though although until
    once then now but so yet even also only just meanwhile later earlier""".split()
)
"""Words a sentence opens with, capitalised there, that no office holds
("When President Obama ...", "Since President Biden ...")."""
HOLDERS_OF = ROLE_HEADS | frozenset(
    "office department bureau committee institute ministry council board "
    "court agency commission house".split()
)
"""Words an office phrase sets before "of" ("Secretary of State", "Office
of Management and Budget Director"); another ("Members of President") ends
the phrase."""
# Lower-case words allowed inside an office phrase.
ROLE_CONNECTORS = frozenset(
    "of the for on and special acting deputy former foreign interior defence defense "
    "prime vice general national senior chief top state".split()
)


def normal_role(text: str) -> str:
    """Comparison key of an office phrase (case and apostrophes folded)."""
    return re.sub(r"\W+", " ", text.replace("’", "'")).strip().lower()


def extract_role(text: str, start: int) -> tuple[int, int] | None:
    """Find an office phrase written just before a person's name.

    Handles "Foreign Minister Jane Roe" and "the head of X's Council, Jane Roe".

    Args:
        text: the article text.
        start: where the person's name begins.

    Returns:
        ``(start, end)`` of the phrase, or None when there is none.
    """
    end = start
    before = text[max(0, start - 200) : start]
    if before.rstrip().endswith(","):
        before = before.rstrip()[:-1]
        end = max(0, start - 200) + len(before)
    words = list(re.finditer(r"[^\s,;:()\"“”]+", before))
    if not words or words[-1].end() < len(before.rstrip()):
        return None
    taken: list[re.Match[str]] = []
    for word in reversed(words[-ROLE_MAX_WORDS:]):
        gap = before[word.end() : taken[-1].start()] if taken else before[word.end() :]
        if (taken and not gap.isspace()) or "\n" in gap or word.group().endswith("."):
            break  # phrases stay inside one line and one sentence
        if not _is_role_word(word.group()):
            break
        taken.append(word)
    for i, word in enumerate(taken):  # nearest the name first
        before_it = taken[i + 1].group().lower() if i + 1 < len(taken) else ""
        if word.group().lower() in FUNCTION_WORDS or (
            word.group().lower() == "of" and before_it not in HOLDERS_OF
        ):
            # "When President", "Members of President": the office follows
            taken = taken[:i]
            break
    while taken and taken[-1].group().lower() in ("the", "of", "and", "for", "on"):
        taken.pop()  # a phrase does not begin with "of", "the"
    phrase = [w.group().lower().strip("'’") for w in taken]
    if not taken or not any(w in ROLE_HEADS for w in phrase):
        return None
    offset = max(0, start - 200)
    return offset + taken[-1].start(), offset + taken[0].end() if end == start else end


def _is_role_word(word: str) -> bool:
    """Capitalised words, possessives, office nouns and their connectors."""
    bare = word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word.lower()
    return word[:1].isupper() or bare in ROLE_HEADS or bare in ROLE_CONNECTORS
