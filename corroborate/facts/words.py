"""How the words of a passage are read for alignment: crude stems, content
words, one stem for the verbs of one act, sentences and the clauses inside
them. Plain text in, no annotations."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import snowballstemmer

from ..lexicon import TITLE_ABBREVIATIONS, irregular_verbs, lemmas
from ..records import Span

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]|[A-Za-z]")
CLAUSE_WORDS = 3
"""Content words a clause needs; a shorter part is joined to the next."""
_CLAUSE_CUT = re.compile(  # a comma or colon, but not inside "6,000" or "10:30"
    r"\s*(?:(?<!\d)[,:](?!\d)|[,:](?=\s)|[;()\u2014\u2013]|\s-\s|"
    r"\b(?:and|but|while|which|who|whom|whose|"
    r"where|after|before|because|although|though|including)\b)\s*"
)
_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    """jr sr inc corp co ft mt jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.n d.c wash calif conn ky tex fla ill mass pa n.y""".split()
)
_STOP = frozenset(
    """the a an and or but of in on at to for from by with about as into that
    this these those its it his her their they he she we you i was were is are
    be been being has have had will would could should may might must can also
    said says say told tell reported after before during over than then
    there which who whom what when where while not no one two some many much
    more most last first other such said just even still very so if any all
    each both our us my me them him its mr ms mrs dr sen rep gov
    according per via upon out up down new year years day days week month
    now already currently recently shortly soon""".split()
)
_CONTRACTION = re.compile(
    r"(?:i|you|he|she|it|we|they|that|there|who|what|let"
    r"|do|does|did|is|are|was|were|has|have|had|can|could|would|should|wo|ai)"
    r"n?['\u2019](?:ll|ve|re|d|m|s|t)"
)
"""A pronoun or an auxiliary with its contraction ("we'll", "they've",
"didn't", "won't"): no content word, as neither part is one."""
_MONTHS = frozenset(
    """january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday
    today yesterday tomorrow""".split()
)
_QUANTITY_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred thousand million billion
    dozen dozens hundreds thousands millions billions percent""".split()
)


ACTS = {
    "pass": ("passed", "approved", "adopted"),
    "delay": ("delayed", "postponed"),
    "cancel": ("canceled", "cancelled", "terminated", "scrapped"),
    "revoke": ("revoked", "rescinded"),
    "win": ("won", "swept", "clinched"),
    "order": ("ordered", "directed", "instructed"),
    "fire": ("fired", "dismissed", "ousted", "sacked"),
    "criticize": ("criticized", "criticised", "slammed", "blasted"),
    "announce": ("announced", "unveiled"),
    "block": ("blocked", "halted"),
}
"""Verbs that tell one act, under the verb they are read as."""
SAME_WORDS_MIN = 5
"""Words two passages must have, the same in the same order, to be one passage
however few content words they hold (and a quotation, to be a claim however
few)."""


LIGHT_VERB_FORMS = frozenset(
    """give gives gave given giving make makes made making take takes took taken
    taking have has had having get gets got gotten getting hold holds held
    holding do does did done doing keep keeps kept keeping put puts putting""".split()
)
"""Forms of verbs that say little by themselves: their object carries the act
("gave his assent" is not "gave an interview")."""
NEEDS_WHAT = frozenset(
    """plan say tell want hope expect intend seek try decide agree
    promise vow pledge launch begin start continue need threaten refuse aim
    prepare urge ask order announce call propose offer demand declare count
    rely depend insist argue claim think believe""".split()
)
"""Verbs whose act is in what follows them: "Biden says he plans" tells none,
nor "Sanders is counting on winning" against "... counting on something
dramatic"."""


def stem(word: str) -> str:
    """A crude stem: lower case, no hyphen, possessive or plural, the first 6
    letters ("apologised"/"apologize", "elections"/"election",
    "cease-fire"/"ceasefire")."""
    word = word.lower().replace("\u2019", "'").replace("-", "")
    word = word[:-2] if word.endswith("'s") else word
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


@functools.cache
def act_stems(verbs: frozenset[str]) -> frozenset[str]:
    """The stems of a set of verbs, found when first asked (stems read the spaCy
    pipeline's lemmatizer tables, which importing a module should not load)."""
    return frozenset(map(act_stem, verbs))


def act_stem(verb: str) -> str:
    """The stem of a verb that tells an act, whether written ("halted") or a
    lemma ("halt"): Snowball's English stem, cut to 6 letters; one stem for the
    verbs news use for one act (:data:`ACTS`: "passed", "approved" and
    "adopted" a bill; "delayed" and "postponed"; "terminated", "canceled" and
    "scrapped")."""
    word = _verb_stem(verb)
    return _same_act().get(word, word)


@functools.lru_cache(maxsize=16384)
def _verb_stem(verb: str) -> str:
    """The stem of a verb's lemma where it is irregular ("won", "win"; "held",
    "hold"), else of the verb as written."""
    word = verb.lower().replace("\u2019", "'")
    stemmed: str = _english().stemWord(irregular_verbs().get(word, word))
    return stemmed[:6]


@functools.cache
def _english() -> snowballstemmer.Stemmer:
    """Snowball's English (Porter 2) stemmer: "halted", "halts" and "halt" are
    one stem, as a PLOVER trigger (a word as written) and an act (a lemma) need."""
    return snowballstemmer.stemmer("english")


@functools.cache
def _same_act() -> dict[str, str]:
    return {_verb_stem(w): _verb_stem(act) for act, ws in ACTS.items() for w in ws}


TITLE_WORDS = 6
"""Words before a name that can make its title ("The Texas Republican governor",
"New York Supreme Court Justice")."""
TITLE_CHARS = 80
"""... within this many characters before it."""


def title_before(
    text: str,
    start: int,
    title_word: Callable[[str], bool],
    abbreviation: Callable[[str], bool] | None = None,
) -> tuple[str, int]:
    """The title written right before the name at ``start``: the run of
    capitalised words and of words ``title_word`` accepts that ends at the
    name, up to a comma, quote, line break or the end of the sentence before
    (a word with a full stop that neither :func:`is_abbreviation` nor
    ``abbreviation`` accepts: "... in Texas. Democrat Sen. Bernie Sanders"),
    and where it starts ("", start when there is none: "a Democratic aide
    told HuffPost that Boehner")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        before = text[max(0, line_start - TITLE_CHARS) : line_start].rstrip()
        if _ends_in_title(before):
            # "Kentucky Rep .\n\nThomas Massie": a break in the scraped text
            line_end = max(0, line_start - TITLE_CHARS) + len(before)
            line_start = text.rfind("\n", 0, line_end) + 1
    window = max(line_start, start - TITLE_CHARS)
    words = list(re.finditer(r"\S+", text[window:start]))
    run: list[re.Match[str]] = []
    last = words[-TITLE_WORDS:]
    for i in reversed(range(len(last))):
        word = last[i]
        written = word.group()
        if written == "." and i and _ends_in_title(last[i - 1].group()):
            continue  # an abbreviation's point set apart, as tokenised text does ("Rep .")
        if written[-1] in ',;:"\u201c\u201d)' or not (
            written[0].isupper() or title_word(written)
        ):
            break
        ends = written.endswith(".") and not is_abbreviation(written)
        if ends and not (abbreviation and abbreviation(written)):
            break  # the sentence before ends here
        run.insert(0, word)
    if not run:
        return "", start
    return " ".join(w.group() for w in run), window + run[0].start()


def is_abbreviation(word: str) -> bool:
    """Whether a word with its full stop is an abbreviation a sentence does
    not end at ("Sen.", "Jr.", "Sept.", an initial "W.")."""
    bare = word.lower().rstrip(".")
    return len(bare) <= 1 or bare in _ABBREVIATIONS


def _ends_in_title(text: str) -> bool:
    """Whether a text ends with a title's abbreviation ("Sen.", "Rep .")."""
    words = text.rstrip(" .").split()[-1:]
    return bool(words) and words[-1].lower().rstrip(".") in TITLE_ABBREVIATIONS


def content_words(text: str) -> frozenset[str]:
    """Stems of the content words of a text (no stop words, dates or numbers)."""
    stems = map(_content_stem, WORD.findall(text))
    return frozenset(s for s in stems if s is not None)


@functools.lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """The stem of a content word, None for any other word (remembered: a
    story's statements read the same words many times over)."""
    lower = word.lower()
    if len(word) <= 2 or lower in _STOP or lower in _MONTHS or lower in _QUANTITY_WORDS:
        return None
    if _CONTRACTION.fullmatch(lower):
        return None  # "we'll", "they've", "didn't": a pronoun or an auxiliary
    return stem(word)


def sentences(text: str) -> list[Span]:
    """Sentence spans of a text: split after ., ! or ? (and closing quotes)
    before a capital or an opening quote, and at line breaks; not after an
    abbreviation ("Sen. Murphy", "Rep . Massie", "U.S. troops"); after one
    that is no title, a line break ends it ("... Greenville, N.Y." ending a
    paragraph), after a title it is a break in the scraped text ("Sen.\n\nTed
    Cruz")."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith((".", " .")):
            word = _word_before(text, match.start()).lower().rstrip(".")
            if word in TITLE_ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if word in _ABBREVIATIONS and "\n" not in match.group():
                continue
        end = match.start() + len(match.group().rstrip())
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


_SENTENCE_END = re.compile(
    r"[.!?]+[\"\u201d\u2019')]*\s+(?=[\"\u201c\u2018(]?\s*[A-Z0-9])|\n+"
)


def _word_before(text: str, end: int) -> str:
    """The last word of ``text[:end]`` (runs of non-space), "" if none: read
    back from ``end``, not by splitting all the text before it (which made
    the sentences of a long text quadratic)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def clauses(text: str, sentence: Span) -> list[Span]:
    """The parts of a sentence cut at punctuation and connectives, each with
    ``CLAUSE_WORDS`` content words at least (a short part joins the next);
    none for a sentence that is one part."""
    parts, start = [], sentence.start
    for cut in _CLAUSE_CUT.finditer(text, sentence.start, sentence.end):
        words = len(content_words(text[start : cut.start()]))
        if words >= CLAUSE_WORDS:
            parts.append(_trim(text, start, cut.start()))
        if words >= CLAUSE_WORDS or not text[start : cut.start()].strip():
            start = cut.end()  # (", and": the part starts after both)
    tail = _trim(text, start, sentence.end)
    if parts and len(content_words(text[tail.start : tail.end])) < CLAUSE_WORDS:
        parts[-1] = Span(parts[-1].start, tail.end)
    elif parts:
        parts.append(tail)
    return parts if len(parts) > 1 else []


AUXILIARIES = frozenset(
    """is are was were be been am has have had do does did will would shall
    should can could may might must""".split()
)


def has_verb(text: str) -> bool:
    """True when a passage holds a word that is a verb as written: an
    auxiliary or modal, an irregular verb form ("won", "told"), a verb's -ed
    form ("announced"), a verb's -s form when the word is no noun ("says"),
    or a verb no noun shares ("testify"). "The committee's ranking member",
    "Mr. Pence's chief of staff" hold none: they say who someone is."""
    verbs, nouns = lemmas("verb"), lemmas("noun")
    irregular = irregular_verbs()
    for word in (w.lower() for w in WORD.findall(text)):
        if word in AUXILIARIES or (word in irregular and irregular[word] != word):
            return True
        if word.endswith("ed") and (word[:-2] in verbs or word[:-1] in verbs):
            return True
        if word.endswith("s") and word[:-1] in verbs and word[:-1] not in nouns:
            return True
        if word in verbs and word not in nouns:
            return True
    return False
