"""Attributed claims (``claims.rules.v1``): source -- cue -- content, with
stance, from the dependency parse, and from the learned cue model."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...attribution_model import CueModel, is_candidate, load_cue_model
from ...records import Article, Claim, Span
from ...registry import ExtractFn, extractor
from ...syntax import doc_text, lemma_of, token_span
from .adjacent import adjacent_quote, after_colon, quote_signed, quote_told
from .contents import (
    RELATIVE_OBJECTS,
    addressee,
    content_span,
    is_relative_denial,
    marked_that,
    object_span,
    span_of,
    told_after_addressee,
    without_reports_of_them,
    without_speakers_clause,
)
from .cues import (
    CONTENT_DEPS,
    CUE_STANCES,
    MODEL_STANCES,
    NOUN_CUES,
    STANCE_OVERRIDES,
    VERDICT_CUES,
)
from .introduced import introduced_quotes
from .linked import link_quantities
from .marks import (
    CLOSE_QUOTES,
    DOUBLE_OPENERS,
    TWO_APOSTROPHES,
    signed,
)
from .quotations import (
    colon_headlines,
    continued_quotes,
    dash_signed_quotes,
    opened_quotes,
    opened_sentences_before,
    resumed_quotes,
    signed_in_their_paragraph,
)
from .sources import (
    MESSAGES,
    SUBJECT_DEPS,
    modifies_speaker,
    put_out_by,
    relayed_speaker,
    same_line,
    sender,
    source_token,
    subtree_span,
    trim_tokens,
)
from .speakers import RELATIVE_PRONOUNS, not_reporting_a_report, resolve_sources
from .stance import (
    UNSAID_STANCES,
    expletive,
    is_negated,
    judged_false,
    negated_stance,
    refuses,
)
from .subjects import person_subjects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME = "claims.rules.v1"
OBJECT_CONFIDENCE = 0.4  # an attitude towards a thing, not a reported statement
OBJECT_NESTED_DEPS = frozenset({"ccomp", "xcomp", "pcomp"})
"""An object-only cue inside another clause ("he said he'd address the issue")
is rarely a claim of its own."""
SEEM_CUES = frozenset({"seem", "appear"})
ATTITUDE_CUES = frozenset(
    "want think know believe feel plan decide expect consider agree support oppose "
    "speak talk address recognize seek offer find back learn hope remember view "
    "promote defend refuse decline express discuss".split()
)
"""Verbs of thinking, wanting and taking sides: claims only as a clause's main verb."""
NESTED_DEPS = frozenset({"ccomp", "xcomp"})
FIRST_PERSON = frozenset({"i", "we", "you"})
COGNITION_CUES = frozenset(
    "think know believe feel expect guess mean hope want understand see wonder".split()
)
KNOWING_CUES = frozenset("know understand realize realise see grasp".split())
"""Verbs of knowing: over a question ("knows why", "doesn't understand how")
they tell what their subject knows of what the writer tells as so."""
MAX_POSSESSOR_CLIMB = 4
"""Heads climbed from "his claim" to the verb whose subject owns it."""


def is_quotation(text: str, claim: Claim) -> bool:
    """True when a claim's content opens as a quotation, the speaker's own
    words ('"We will ..." she said'); not reported speech quoting a phrase
    ("said that a decision had been 'taken at the highest level'"). Two
    apostrophes open one as a double mark does ("''Imagine a tomorrow ...,''
    Mrs. Clinton said", as newspaper archives write it)."""
    start = claim.content.start
    opening = text[max(0, start - 2) : start + 2]
    return any(mark in opening[:3] for mark in DOUBLE_OPENERS) or (
        TWO_APOSTROPHES in opening
    )


@extractor(NAME, assigns=("claims",), requires=("mentions", "quantities"))
def make_claim_extractor(*, learned: bool = True) -> ExtractFn:
    """Find reported speech, quotes and "according to" attributions.

    Args:
        learned: also add the cues the shipped cue classifier finds
            (``attribution_model``), when its weights are installed.

    Returns:
        An extractor appending ``Claim`` records to ``article.claims`` and linking
        quantities that fall inside a claim's content (``linked_to="claim:<i>"``).
    """
    model = load_cue_model() if learned else None

    def extract(article: Article, sdoc: Doc) -> None:
        extract_claims(article, sdoc, model)

    return extract


def extract_claims(article: Article, sdoc: Doc, model: CueModel | None) -> None:
    """Rule claims, then the model's cues that no rule claim covers; resolve sources."""
    relative: set[int] = set()
    article.claims.extend(colon_headlines(article.text, NAME))
    article.claims.extend(dash_signed_quotes(article.text, NAME))
    for token in sdoc:
        claim = _claim_at(token)
        if _doubtful(token, claim, model):
            continue  # a reporting word used otherwise ("a report card")
        if claim is not None:
            article.claims.append(claim)
            if token.dep_ in ("relcl", "acl"):
                relative.add(claim.cue.start)
    article.claims.extend(introduced_quotes(sdoc, NAME))
    if model is not None:
        article.claims.extend(_learned_claims(sdoc, model, article.claims))
    article.claims[:] = resumed_quotes(article.text, article.claims)
    article.claims[:] = opened_sentences_before(article.text, article.claims)
    article.claims.extend(continued_quotes(article.text, article.claims, NAME))
    article.claims.extend(opened_quotes(article.text, article.claims, NAME))
    article.claims[:] = signed_in_their_paragraph(article.text, article.claims)
    article.claims[:] = not_reporting_a_report(article.text, article.claims)
    article.claims[:] = without_reports_of_them(article.text, article.claims)
    article.claims[:] = [_with_sender(c, sdoc) for c in article.claims]
    resolve_sources(article, relative, person_subjects(sdoc))
    link_quantities(article, sdoc)


def _with_sender(claim: Claim, sdoc: Doc) -> Claim:
    """A claim whose source names again a message put out before ("the email
    said") credited to whoever put it out (:func:`.sources.put_out_by`)."""
    if claim.source is None or claim.source_text is not None:
        return claim
    sent_by = put_out_by(claim.source, sdoc)
    if sent_by is None:
        return claim
    return replace(claim, source_text=_name_text(sent_by))


def _doubtful(token: Token, claim: Claim | None, model: CueModel | None) -> bool:
    """Whether the model scores a rule claim's cue too low to keep it.

    '..., which X denied' keeps its claim: the relative clause is the evidence.
    """
    if claim is None or model is None or not is_candidate(token):
        return False
    if is_relative_denial(token) or _signs_a_quotation(token, claim):
        return False
    return model.token_probability(token) < model.drop_below


def _signs_a_quotation(token: Token, claim: Claim) -> bool:
    """True for a cue that signs the quotation just before it ('"...," Kaitlyn
    said', '"...," said Kaitlyn'), whatever the cue model makes of it: the
    marks say it, and a quotation opened a paragraph earlier (a long quote
    split in two) is rare in the model's training text. A ``"Name said"`` or
    ``"said Name"`` only: nothing else between the mark and the cue. A
    content that holds its closing mark (:func:`_adjacent_quote`) is read
    without it ('..., " Trump tweeted', the parser hanging the quotation
    elsewhere)."""
    text = doc_text(token.doc)
    first = min(
        claim.cue.start, claim.source.start if claim.source else claim.cue.start
    )
    end = claim.content.end
    if text[end - 1] in CLOSE_QUOTES:
        end -= 1
    return signed(text, end, first)


def _learned_claims(sdoc: Doc, model: CueModel, claims: list[Claim]) -> list[Claim]:
    """Claims at the words the cue model scores at or above its threshold,
    but for one of a quotation a rule claim's cue signs after it ('blessings
    require “that what is blessed be ordered ...,” states the text': the
    text's words, not a claim of the blessings')."""
    taken = {i for c in claims for i in range(c.cue.start, c.cue.end)}
    signed_by = {c.content for c in claims if c.cue.start >= c.content.end}
    found: list[Claim] = []
    for token in sdoc:
        if token.idx in taken or not is_candidate(token):
            continue
        if model.token_probability(token) < model.threshold:
            continue
        claim = _model_claim(token)
        if claim is not None and claim.content not in signed_by:
            found.append(claim)
            taken.update(range(claim.cue.start, claim.cue.end))
    return found


def _claim_at(token: Token) -> Claim | None:
    """The claim whose cue is ``token``, or None."""
    if _plea(token):
        return None
    if token.lower_ == "according" and token.dep_ == "prep":
        return _according_to(token)
    lemma = lemma_of(token)
    if token.pos_ == "NOUN" and lemma in NOUN_CUES:
        return _noun_claim(token)
    if lemma in SEEM_CUES and token.pos_ in ("VERB", "AUX"):
        return _seem_claim(token)
    if token.pos_ not in ("VERB", "AUX") or lemma not in CUE_STANCES:
        return None
    return _verb_claim(token, lemma)


PLEAS = frozenset({"guilty", "innocent", "contest"})
"""What a defendant pleads ("pleaded guilty to helping her boss defraud the
bank", "pleaded not guilty", "pleaded no contest"): a plea in court, which
tells an act, not words that tell a claim."""


def _plea(token: Token) -> bool:
    """True for "plead" with a plea (:data:`PLEAS`), or for that plea ("She
    pleaded guilty to fraud"); not "pleaded with Congress to act" nor "pleaded
    that she had been misled"."""
    verb = token if token.lemma_.lower() == "plead" else token.head
    return (
        verb.lemma_.lower() == "plead"
        and (verb.i == token.i or token.lower_ in PLEAS)
        and any(c.lower_ in PLEAS for c in verb.children)
    )


SAID_THINGS = frozenset("nothing everything anything something all little much".split())
"""Words a relative clause of saying makes the thing said ("Nothing the
president said", "everything the mayor said"), or that stand for what a verb
of saying says without telling it ("issues that GOP leaders have said little
about", "told reporters nothing"): not a report of the clause the parser
may hang on its verb."""
CONDITION_MARKS = frozenset({"if", "unless"})
"""Marks of a clause that says what would follow should someone say
something ("unless officials determine that the child's welfare is at
risk", "if the court finds that ..."): no one has said it."""


PROPOSITION_CUES = frozenset(
    """say state tell claim allege assert insist maintain contend argue acknowledge
    admit concede confirm announce disclose reveal report note testify write explain
    declare indicate suggest predict estimate expect believe think fear doubt
    question challenge counter agree""".split()
)
"""Cues of plain assertion whose "which" can stand for a whole clause ("...,
which the ministry confirmed"); any other ("..., which the president
highlighted") takes a thing the clause names, not what it says. Cues of
another stance (deny, dispute, praise, warn, ...) always can."""


def _verb_claim(token: Token, lemma: str) -> Claim | None:
    """A cue verb's claim: its complement (or object, colon, quotation) and speaker."""
    stance = STANCE_OVERRIDES.get(lemma, CUE_STANCES.get(lemma, "asserts"))
    if lemma in ATTITUDE_CUES and token.dep_ in NESTED_DEPS:
        return None  # "he said he wants ...": an attitude inside a clause, not a claim
    if (
        lemma in ATTITUDE_CUES
        and _describes_its_noun(token)
        and not any(c.dep_ in CONTENT_DEPS for c in token.children)
    ):
        return None  # "said Tillis, who has backed the ban": the writer's word on
        # who the speaker is, not what he said
    if token.dep_ == "relcl" and token.head.lower_ in SAID_THINGS:
        return None  # "Nothing the president said 'will assuage ...,' the senator
        # said": what was said, judged by another; no claim of the president's
    if any(c.dep_ == "dobj" and c.lower_ in SAID_THINGS for c in token.children):
        return None  # "have said little about", "said nothing of the plan"
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children):
        return None  # "unless officials determine that ...": a condition
    if _could_should(token):
        return None  # "If it's upheld, he can rail against a “liberal” court":
        # what the writer sees him able to say, not what he said
    if lemma in KNOWING_CUES and _over_a_question(token):
        return None  # "doesn't understand why Congress is paying in parts": what
        # the writer tells as so, which the subject knows or not; no one's claim
    if is_relative_denial(token):
        whole = (
            stance != "asserts" or lemma in PROPOSITION_CUES
        ) and not _qualifies_a_thing(token)
        return _relative_claim(token, stance, whole=whole)
    content = content_span(token)
    confidence = 0.8
    if content is None and (told := addressee(token)) is not None:
        # "told the jury during closing arguments that ...", "told
        # reporters, “...”": what is said, not whom it is said to
        content = told_after_addressee(token, told) or quote_told(token)
    if content is None:
        content = after_colon(token)
    if content is None and lemma not in ATTITUDE_CUES:
        content = quote_signed(token)  # '“...,” states the text, with ...'
    if content is None and token.dep_ not in OBJECT_NESTED_DEPS:
        if lemma in ISSUING_CUES and not _issues_a_message(token):
            return None  # "issued a rule Friday barring groups ...": an act
        content = object_span(token)
        confidence = OBJECT_CONFIDENCE
    if content is None:
        content = adjacent_quote(token)
    if content is None:
        return None
    source = source_token(token)
    relayed = relayed_speaker(token)
    if relayed is not None and not content.start <= relayed.idx < content.end:
        # '"I beg ...," The Oregonian reported Courtney saying': Courtney's words
        source, stance = relayed, CUE_STANCES["say"]
    if source is not None and source.like_num and not list(source.children):
        return None  # "60 pledged delegates ... were at stake": a number speaks not
    if source is not None and source.lower_ in FIRST_PERSON and lemma in COGNITION_CUES:
        return None  # "I think", "you know": a speaker's hedge inside a quotation
    if source is not None and expletive(source, token):
        # "It's hard to predict ...", "It is telling that ...": the writer's
        return None
    cue = _cue_span(token)
    stop = cue.start if source is None or source.i < token.i else None
    if modifies_speaker(token, source):
        message = sender(token.head)
        source = message or token.head
        stop = None if message is not None else min(t.idx for t in token.subtree)
    if source is not None and not trim_tokens(same_line(list(source.subtree), token)):
        # a headline parsed into the sentence: no speaker on the cue's line
        source = None
    source_span = (
        subtree_span(source, stop=stop, line_of=token) if source is not None else None
    )
    if lemma in VERDICT_CUES and (judged := judged_false(token)) is not None:
        content, stance = judged, "denies"  # "deemed those statements false"
    elif is_negated(token) and _asks(token):
        stance = "declines"  # "would not say whether ...": a question left open
    elif is_negated(token):
        if confidence == OBJECT_CONFIDENCE and stance in UNSAID_STANCES:
            stance = "declines"  # "did not confirm the plans", "did not respond
            # to a request for comment": nothing said, and no proposition denied
        else:
            stance = negated_stance(stance, lemma)
    elif refuses(token):
        stance = "declines"  # "refused to help the police", "declined to
        # comment": an act not done or a word not said, no proposition
    return Claim(cue=cue, content=content, extractor=NAME, source=source_span,
                 source_text=_speaker_name(token, source, stop), stance=stance,
                 confidence=confidence if source is not None else confidence / 2)  # fmt: skip


def _speaker_name(token: Token, source: Token | None, stop: int | None) -> str | None:
    """Who speaks, where the source span says it with more than a name (None
    when the span is the name). A relative pronoun stands for the noun its
    clause qualifies ("The mayor, who said ..." -> "The mayor"; "Farmers who
    say ..." -> "Farmers"); a source with a relative clause of its own is
    named without it ("Mr. Trump — who has not always been ... — said" -> "Mr.
    Trump"). A message named by whose it is speaks for them ("Roberts' email
    said" -> "Roberts"). The span stays as attribution corpora mark it."""
    if source is None:
        return None
    if (author := _message_author(source)) is not None:
        case = [c.idx for c in author.children if c.dep_ == "case"]
        return _name_text(author, min(case) if case else None)
    if (
        token.dep_ == "relcl"
        and source.lower_ in RELATIVE_PRONOUNS
        and source.tag_ in ("WP", "WDT")
        and token.head.pos_ in ("NOUN", "PROPN")
    ):
        source, stop = token.head, min(t.idx for t in token.subtree)
    elif not any(c.dep_ == "relcl" and c.i > source.i for c in source.children):
        return None
    return _name_text(source, stop)


POSSIBILITY_AUX = frozenset({"can", "could", "may", "might"})
"""Modals by which a writer weighs what someone could do."""


def _could_should(token: Token) -> bool:
    """True for a cue told as what its subject could do should something
    happen: a modal of possibility (:data:`POSSIBILITY_AUX`), not negated
    ("could not say" declines), with a condition on it ("If the law is
    upheld, he can rail against the courts")."""
    children = list(token.children)
    return (
        any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in children)
        and not any(c.dep_ == "neg" for c in children)
        and any(
            c.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children
            )
            for c in children
        )
    )


def _describes_its_noun(token: Token) -> bool:
    """True for a relative clause whose pronoun is its subject ("Tillis, who
    has supported the ban", "a group that opposes the plan"): it tells who or
    what its noun is, not a claim of anyone's."""
    return token.dep_ == "relcl" and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in token.children
    )


QUESTION_WORDS = frozenset("whether if how what when why who where which".split())


def _acts_only(token: Token) -> bool:
    """True when a verb's only complement is an infinitive of its own subject
    ("opted to take", "managed to win"): it tells what its subject did, not
    what anyone said, unless a reporting verb says so ("vowed to", in
    :data:`CUE_STANCES`) or the infinitive is one ("continued to call for")."""
    deps = {c.dep_ for c in token.children}
    if not ("xcomp" in deps and not deps & {"ccomp", "parataxis", "dobj", "dative"}):
        return False
    # "continued to call for ...": the infinitive reports, and the claim is there
    return not any(
        c.dep_ == "xcomp" and c.lemma_.lower() in CUE_STANCES for c in token.children
    )


def _asks(token: Token) -> bool:
    """ "would not say whether ...": a question left open, neither asserted
    nor denied (``declines``)."""
    return any(
        c.dep_ in CONTENT_DEPS and next(iter(c.subtree)).lower_ in QUESTION_WORDS
        for c in token.children
    )


def _over_a_question(token: Token) -> bool:
    """True for a verb over a question ("doesn't understand why Congress is
    ..."), its word the first of the clause however the parser hung it (on
    the verb, or on a verb deep in the clause)."""
    firsts = [
        token.doc[min(t.i for t in c.subtree)]
        for c in token.children
        if c.dep_ in CONTENT_DEPS and c.i > token.i
    ]
    firsts += [c for c in token.children if c.dep_ == "advmod" and c.i > token.i]
    return any(w.lower_ in QUESTION_WORDS and w.i == token.i + 1 for w in firsts)


DEGREE_WORDS = frozenset({"so", "too"})
"""Words that make an adjective's clause its result ("so fierce that",
"too late to")."""


def _result_clause(token: Token, source: Token | None) -> bool:
    """True for the clause of degree of an adjective of quality (not a
    feeling told by a participle) of a thing no one holds: "the competition
    will become so fierce that it will become clear ..." is its result, not
    anyone's words; "she's so frustrated that ...", "party bosses are so
    worried that ..." are theirs."""
    if not any(c.dep_ == "advmod" and c.lower_ in DEGREE_WORDS for c in token.children):
        return False
    if token.tag_ == "VBN" or token.lower_.endswith("ed"):
        return False
    return source is None or (source.pos_ == "NOUN" and not source.ent_type_)


def _model_claim(token: Token) -> Claim | None:
    """The claim at a cue the model found: a verb as the rules read one, a noun or adjective
    with its complement; the source is the subject, the agent or the possessor."""
    lemma = token.lemma_.lower()
    if _plea(token):
        return None
    if token.pos_ == "VERB":
        if lemma not in CUE_STANCES and _acts_only(token):
            return None  # "these individuals opted to take advantage of ...": a choice
        claim = _verb_claim(token, lemma)
        if claim is not None and lemma not in CUE_STANCES:
            stance = MODEL_STANCES.get(lemma, "asserts")
            if is_negated(token):  # "Kaine did not see the media's point"
                stance = negated_stance(stance, lemma)
            claim = replace(claim, stance=stance)
        return claim
    content = _complement_span(token)
    if content is None:
        return None
    source = _nominal_source(token)
    if _result_clause(token, source):
        return None
    if source is not None and not trim_tokens(same_line(list(source.subtree), token)):
        source = None
    stance = NOUN_CUES.get(lemma) or MODEL_STANCES.get(lemma, "asserts")
    parts = [token] + [c for c in token.children if c.dep_ == "neg"]
    if token.dep_ == "acomp" and token.head.i < token.i:
        parts.append(token.head)  # "were wary of"
    if source is not None and source.dep_ == "poss" and source.head.i == token.i:
        parts += [c for c in source.children if c.dep_ == "case"]  # "Kerry['s claim]"
    cue = Span(min(p.idx for p in parts), max(p.idx + len(p.text) for p in parts))
    span = subtree_span(source, stop=cue.start, line_of=token) if source else None
    if span is not None and span.end > cue.start and span.start < cue.end:
        span = None
    return Claim(cue=cue, content=content, extractor=NAME, source=span,
                 source_text=_possessor(source) if span is not None else None,
                 stance=stance, confidence=0.5 if span is not None else 0.25)  # fmt: skip


def _complement_span(token: Token) -> Span | None:
    """A noun's or adjective's clause or prepositional object ("criticism of X")."""
    for child in token.children:
        if child.dep_ in ("acl", "ccomp", "xcomp") and child.i > token.i:
            tokens = without_speakers_clause(list(child.subtree))
            tokens = trim_tokens(same_line(tokens, token))
            if len(tokens) >= 2:
                return span_of(tokens)
    return object_span(token)


def _nominal_source(token: Token) -> Token | None:
    """Who holds a noun's or adjective's attitude: possessor, 'by X', or the clause subject."""
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = token.head
    if token.dep_ in ("dobj", "acomp", "attr", "nsubj") and head.pos_ in (
        "VERB",
        "AUX",
    ):
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS
                        and c.i != token.i), None)  # fmt: skip
        if subject is None and token.dep_ != "nsubj":
            subject = source_token(head)
        return subject
    return None


def _seem_claim(token: Token) -> Claim | None:
    """ "X seems to ...", "it appears that ...": the writer's assessment, no source.

    The content is the whole clause the verb assesses, its subject included.
    """
    if token.dep_ in NESTED_DEPS or not any(
        c.dep_ in ("xcomp", "ccomp", "acomp", "attr") for c in token.children
    ):
        return None  # "appeared on television": not an assessment
    cue = _cue_span(token)
    tokens = [t for t in trim_tokens(same_line(list(token.subtree), token))
              if not cue.start <= t.idx < cue.end]  # fmt: skip
    tokens = trim_tokens(tokens)
    if len(tokens) < 2:
        return None
    return Claim(cue=cue, content=span_of(tokens), extractor=NAME,
                 stance="asserts", confidence=0.3)  # fmt: skip


def _noun_claim(token: Token) -> Claim | None:
    """ "X's claim that ...", "a statement by X that ...": a reporting noun with a clause."""
    clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")
               and marked_that(c)]  # fmt: skip
    if not clauses:
        return None
    tokens = trim_tokens(same_line(list(clauses[0].subtree), token))
    if len(tokens) < 2:
        return None
    source = next((c for c in token.children if c.dep_ == "poss"), None)
    if source is None:
        source = next((o for p in token.children if p.dep_ == "prep"
                       and p.lower_ in ("by", "from", "of")
                       for o in p.children if o.dep_ == "pobj"), None)  # fmt: skip
    if source is None and token.dep_ == "pobj" and token.head.dep_ == "prep":
        # "Trump said in a statement that ...": the statement is the speaker's
        verb = token.head.head
        if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in CUE_STANCES:
            source = source_token(verb)
    lemma = token.lemma_.lower()
    return Claim(
        cue=token_span(token), content=span_of(tokens), extractor=NAME,
        source=subtree_span(source) if source is not None else None,
        source_text=_possessor(source), stance=NOUN_CUES[lemma], confidence=0.6,
    )  # fmt: skip


def _message_author(source: Token) -> Token | None:
    """Who a message is of, named before it ("Roberts' email", "the
    governor's statement"; not "his statement", which :mod:`.speakers`
    resolves)."""
    if source.lemma_.lower() not in MESSAGES:
        return None
    return next(
        (c for c in source.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None
    )


def _possessor(source: Token | None) -> str | None:
    """Who "his", "her" or "their" claim is: the person who is the subject of
    the clause the possessive sits in ("Sen. John Cornyn ... is sending his
    clearest signals", "Trump sparred with CNN's Kaitlan Collins over his
    ongoing claim"); None when that subject is no person named ("One of the
    early messages contradicts her claim"), and the pronoun stays itself."""
    if source is None or source.tag_ != "PRP$":
        return None
    head = source.head
    for _ in range(MAX_POSSESSOR_CLIMB):
        if head.pos_ in ("VERB", "AUX"):  # the first verb up: its subject or no one
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None or subject.tag_ == "PRP" or subject.i == source.head.i:
                return None
            if not any(t.ent_type_ == "PERSON" for t in subject.subtree):
                return None
            return _name_text(subject)
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _name_text(token: Token, stop: int | None = None) -> str:
    """A speaker's words: the token's phrase without a relative clause of its
    own ("John Cornyn, who is leading the talks," -> "John Cornyn")."""
    aside = [c for c in token.children if c.dep_ == "relcl" and c.i > token.i]
    if aside:
        first = min(t.idx for t in aside[0].subtree)
        stop = first if stop is None else min(stop, first)
    span = subtree_span(token, stop=stop)
    return doc_text(token.doc)[span.start : span.end].rstrip(" ,\u2014\u2013-")


def _according_to(token: Token) -> Claim | None:
    """'according to X, ...' / '..., according to X': the head clause is the content."""
    objs = [
        c
        for t in token.children
        if t.lower_ == "to"
        for c in t.children
        if c.dep_ == "pobj"
    ]
    if not objs:
        return None
    head = _attributed_clause(token)
    skip = {t.i for t in token.subtree}
    if head.i != token.head.i:  # a background clause, without its "as"
        skip |= {c.i for c in head.children if c.dep_ == "mark"}
    tokens = [
        t for t in head.subtree if t.i not in skip and not (t.is_punct or t.is_space)
    ]
    if not tokens:
        return None
    cue = Span(token.idx, token.nbor(1).idx + len(token.nbor(1).text))
    content = Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    source = subtree_span(objs[0])
    return Claim(cue=cue, content=content, extractor=NAME, source=source,
                 stance="asserts", confidence=0.8)  # fmt: skip


BACKGROUND_MARKS = frozenset({"as"})
"""Marks of a clause told beside the act as its background ("..., as Americans
face record-high prices at the pump, according to AAA"); not "while", which
sets two findings of one source side by side ("61 percent ..., while 37 %
believe it should be illegal, according to a Pew poll")."""


def _attributed_clause(according: Token) -> Token:
    """The clause a trailing "according to X" attributes: its head's, or the
    background clause told right before it ("canceled ... lease sales
    Wednesday, as Americans face record-high prices at the pump, according
    to AAA": AAA tells the prices, not the cancellation)."""
    head = according.head
    before = [
        c
        for c in head.children
        if c.dep_ == "advcl"
        and c.i < according.i
        and max(t.i for t in c.subtree) + 2 >= according.i  # only a comma between
        and any(m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in c.children)
    ]
    return before[-1] if before and according.i > head.i else head


def _qualifies_a_thing(token: Token) -> bool:
    """True for a relative clause by "that" on a noun that names a thing, not
    what was said ("the military option that many Republicans are
    advocating"): a "that" qualifies its noun, never a whole clause, unless
    the noun sums one up ("..., a claim that the administration has denied")."""
    noun = token.head
    return (
        any(c.dep_ in ("dobj", "nsubj") and c.lower_ == "that" for c in token.children)
        and noun.dep_ != "appos"
        and lemma_of(noun) not in NOUN_CUES
    )


def _relative_claim(token: Token, stance: str, *, whole: bool = True) -> Claim | None:
    """The '..., which Tirana denied' claim: its content is the clause it
    comments on; with ``whole`` False, only the noun phrase the clause
    qualifies ("the right to self-governance, which the president
    highlighted")."""
    source = next((c for c in token.children if c.dep_ == "nsubj"
                   and c.lower_ not in RELATIVE_OBJECTS), None)  # fmt: skip
    if source is None:
        return None
    outer = _clause_head(token) if whole else token.head
    cut = min(t.i for t in token.subtree)
    tokens = [t for t in outer.subtree if t.i < cut and not (t.is_punct or t.is_space)]
    reporting = outer if whole and outer.lemma_.lower() in CUE_STANCES else None
    if reporting is not None:  # "X said A, which Y denied": Y denies A, not X's saying
        inner = [c for c in reporting.children if c.dep_ in CONTENT_DEPS]
        tokens = (
            [
                t
                for t in inner[0].subtree
                if t.i < cut and not (t.is_punct or t.is_space)
            ]
            if inner
            else tokens
        )
    if not tokens:
        return None
    content = Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return Claim(cue=_cue_span(token), content=content, extractor=NAME,
                 source=subtree_span(source), stance=stance, confidence=0.7)  # fmt: skip


def _clause_head(token: Token) -> Token:
    """The nearest verb above ``token`` outside its own clause."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


ISSUING_CUES = frozenset({"issue"})
"""Cues that report only when what they put out is a message ("issued a
statement", not "issued a rule", "issued a 300-page draft")."""


def _issues_a_message(token: Token) -> bool:
    """True when the object of a verb of issuing is a message (:data:`.sources.MESSAGES`)."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in MESSAGES for c in token.children
    )


def _cue_span(token: Token) -> Span:
    """The cue verb with its auxiliaries and particles ("has learned", "was quoted as saying")."""
    parts = [token] + [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg", "prt")
                       and abs(c.i - token.i) <= 3]  # fmt: skip
    start = min(p.idx for p in parts)
    end = max(p.idx + len(p.text) for p in parts)
    return Span(start, end)
