"""How two versions of one quotation differ in meaning (:func:`reworded`:
one speaker quoted by two outlets; :func:`quoted_otherwise`: one utterance
two outlets quote apart by a word): the misquotes of ``facts.align``."""

from __future__ import annotations

import difflib
import re

from .statements import CONDITION, NEGATION, Statement
from .words import act_stem, content_words

REWORDING_SHARED = 0.6
"""Share of the shorter quote's words two versions must have in common to be
one passage worded two ways."""


def reworded(a: Statement, b: Statement) -> str:
    """How two versions of one quote differ in meaning ("" when they do not).

    The versions are lined up word by word; where they run in parallel (the
    words between two stretches they share), a negation, a condition word or
    a number that only one of them has changes the meaning, as does a content
    word standing where the other has another ("This is not about taking away
    anyone's guns", "... anyone's rights"). A shorter excerpt
    of the same quote differs by what it leaves out, which is no rewording,
    nor is one version going on where the other ends.
    """
    first, second = _tokens(a.content), _tokens(b.content)
    matcher = difflib.SequenceMatcher(a=first, b=second, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if sum(m.size for m in blocks) < REWORDING_SHARED * min(len(first), len(second)):
        return ""
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or i1 in (0, len(first)) or j1 in (0, len(second)):
            continue  # only differences between shared stretches
        if i2 == len(first) and j2 == len(second) and abs((i2 - i1) - (j2 - j1)) > 1:
            continue  # one version quotes on where the other stops ("... of
            # the law." against "... of the laws. But I'm not working for Trump.")
        changed = " ".join(_spoken(first, i1, i2) + _spoken(second, j1, j2))
        if NEGATION.search(changed):
            return "a negation in one version only"
        if CONDITION.search(changed):
            return "a condition in one version only"
        if re.search(r"\d", changed):
            return "different numbers"
        if i2 - i1 <= SWAPPED_WORDS and j2 - j1 <= SWAPPED_WORDS and tag == "replace":
            ours, theirs = first[i1:i2], second[j1:j2]
            if (
                _other_word(ours, theirs)
                and not _names_reordered(ours, theirs, a, b)
                and set(ours) <= _inside_marks(a)
                and set(theirs) <= _inside_marks(b)
            ):
                return f"\u201c{' '.join(ours)}\u201d against \u201c{' '.join(theirs)}\u201d"
    return ""


NEGATED_AUXILIARIES = frozenset(
    "can could will would shall should may might must do does did".split()
)
"""Auxiliaries whose negation negates the verb that follows them."""
NO_VERB_NEXT = frozenset(
    """for of in on at by from with as to the a an this that and or but why
    what when where who how""".split()
)
"""Words no negated auxiliary governs: a speaker who breaks off after one
("and I why can't for the longest time, Delaware had ...", a transcript of
"and why for the longest time ...") negates nothing."""


def _spoken(words: list[str], start: int, end: int) -> list[str]:
    """The words ``start:end`` that only one version has, but for false
    starts: an auxiliary and its "not" before no verb, which negate
    nothing."""
    kept = list(range(start, end))
    for i in range(start + 1, end):
        if (
            words[i] == "not"
            and words[i - 1] in NEGATED_AUXILIARIES
            and i + 1 < len(words)
            and words[i + 1] in NO_VERB_NEXT
        ):
            kept = [k for k in kept if k not in (i - 1, i)]
    return [words[k] for k in kept]


SWAPPED_WORDS = 2
"""Words of one version standing where the other has others, at most, for
the swap to be a word changed (more is a passage told otherwise)."""


def _other_word(ours: list[str], theirs: list[str]) -> bool:
    """True when words standing in each other's place in one quote are other
    content words ("anyone's guns" against "anyone's rights"): not a spelling
    ("realise", "realize"; "emails", "e-mails"), another form of one word
    ("plans", "planned"), nor a word of no content against another ("he" for
    "[the president]")."""
    if "".join(ours) == "".join(theirs):
        return False
    mine, other = (
        {act_stem(w) for w in words if content_words(w)} for words in (ours, theirs)
    )
    return bool(mine and other and not mine & other)


def _names_reordered(
    ours: list[str], theirs: list[str], a: Statement, b: Statement
) -> bool:
    """True when the words two versions swap are, on one side, words both
    versions hold elsewhere and, on the other, those or a name only one
    writes out: "If you don't want Ted Cruz or Donald Trump as the nominee"
    and "If you don't want Trump or Cruz to be the nominee" name the same two
    men; "Trump" against "Kasich" does not."""
    both = set(_tokens(a.content)) & set(_tokens(b.content))
    named = {w.lower() for w in _NAME_WORD.findall(a.content + " " + b.content)}

    def held(words: list[str], also: set[str]) -> bool:
        return all(w in both or w in also for w in words if content_words(w))

    return (held(ours, set()) and held(theirs, named)) or (
        held(theirs, set()) and held(ours, named)
    )


_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'’]+")
"""A capitalised word not opening a sentence: a name, or part of one."""


_MARKED = re.compile("[\"\u201c]([^\"\u201c\u201d]+)(?:[\"\u201d]|$)|''(.+?)(?:''|$)")
"""The words between quotation marks (two apostrophes stand for one in
newspaper archives); a quotation running past what is searched ends there."""


def _inside_marks(statement: Statement) -> set[str]:
    """The words (:func:`_tokens`) a quote's sentence holds between quotation
    marks: a word only one version changes is a misquote only when both
    versions give it as the speaker's own words, not where one outlet
    paraphrases ("the first four nominating contests have shown the
    'undeniable reality'")."""
    return {word for quotation in _quotations(statement) for word in quotation}


def _quotations(statement: Statement) -> list[list[str]]:
    """The quotations of a statement's passage and sentence, each as its words
    (:func:`_tokens`)."""
    text, span, sentence = statement.article.text, statement.span, statement.sentence
    start, end = min(span.start, sentence.start), max(span.end, sentence.end)
    return [
        _tokens(marked.group(1) or marked.group(2))
        for marked in _MARKED.finditer(text, start, end)
    ]


MIN_QUOTED_WORDS = 3
"""Words of a quotation two outlets give apart by one word, at least: fewer
say too little to be one quotation ("an "outrage"", "a "hoax"")."""


def quoted_otherwise(a: Statement, b: Statement) -> str:
    """How two outlets telling one fact quote one utterance apart: word for
    word but one content word in its place ('shouted, "This is MAGA
    country."', 'informing him that "this is Trump country."'), "" when they
    do not (other quotations, other lengths, a spelling)."""
    for ours in _quotations(a):
        for theirs in _quotations(b):
            if len(ours) != len(theirs) or len(ours) < MIN_QUOTED_WORDS:
                continue
            apart = [
                i for i, (x, y) in enumerate(zip(ours, theirs, strict=True)) if x != y
            ]
            if len(apart) == 1 and _other_word(
                ours[apart[0] : apart[0] + 1], theirs[apart[0] : apart[0] + 1]
            ):
                i = apart[0]
                mine, other = _written(a, ours[i]), _written(b, theirs[i])
                return f"\u201c{mine}\u201d against \u201c{other}\u201d"
    return ""


def _written(statement: Statement, word: str) -> str:
    """A word of a statement's passage as the outlet writes it ("MAGA" for
    "maga")."""
    text, span, sentence = statement.article.text, statement.span, statement.sentence
    start, end = min(span.start, sentence.start), max(span.end, sentence.end)
    found = re.search(rf"(?i)\b{re.escape(word)}\b", text[start:end])
    return found.group() if found else word


def _tokens(text: str) -> list[str]:
    """Lower-case words, contractions spelt out ("hasn't", "has n't" and "has
    not" are one wording; "can't" is "can not")."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(
        r"\b(ca|wo)n't\b", lambda m: {"ca": "can", "wo": "will"}[m[1]] + " not", text
    )
    text = re.sub(r"\bcannot\b", "can not", text)
    text = re.sub(r"\s*n't\b", " not", text)
    return re.findall(r"[\w']+", text)
