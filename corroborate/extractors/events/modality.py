"""Whether an event is told as done: negated, future, or hypothetical (a
condition, a request, a question, something weighed)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ...lexicon import REQUEST_HEADS
from ...records import Article, Claim, Span
from ...timex.calendar import timex_interval

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "\u2019ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "may", "might", "should", "can"})
MODAL_AUX = FUTURE_AUX | HYPOTHETICAL_AUX
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
UNDONE_HEADS = frozenset({"deadline", "effort", "attempt", "chance", "opportunity",
                          "proposal", "offer", "order", "request", "pressure",
                          "power", "authority", "right", "push"})  # fmt: skip
"""Nouns whose infinitive is an act tried, offered, asked, allowed or intended,
not told done ("a Feb. 4 deadline to send its budget", "an effort to raise the
limit", "in order to meet")."""
REFUSAL_HEADS = frozenset({"decline", "refuse", "fail"})
"""Verbs whose infinitive is an act not done ("declined to back Ryan",
"refused to endorse him", "failed to pass"): told as a negation."""
INTENT_HEADS = frozenset({"decide", "plan", "intend", "decision", "want", "seek",
                          "threaten", "vow", "pledge", "promise", "agree", "prepare",
                          "aim", "move", "bid", "need"})  # fmt: skip
"""Verbs and nouns whose infinitive is an act intended ("plans to attack")."""
TIME_CLAUSE_WORDS = frozenset({"when", "whenever", "once", "before", "after", "until",
                               "till"})  # fmt: skip
"""Words opening a clause of time: its present tense tells what is to come
("when she testifies this week", "once the governor signs it")."""
SUPPORT_VERBS = frozenset({"face", "impose", "hold", "stage", "conduct", "launch",
                           "carry", "make", "take", "give", "mount",
                           "wage", "undertake", "begin", "start"})  # fmt: skip
"""Verbs whose object is the act itself ("could face sanctions", "will hold
talks"): the noun is told as the verb is."""


def modality_of(token: Token) -> str:
    """asserted | negated | future | hypothetical | intended, from
    auxiliaries, negation, refusal, intent and purpose; a verb in its base form joined to another without a
    subject or auxiliary of its own shares that verb's auxiliary ("said it
    would end the order and return to normal processing": the return is no
    more told done than the end), the noun a support verb takes shares
    the verb's ("could face sanctions"), and an infinitive is no more told
    done than the verb it completes ("would be allowed to offer amendments":
    hypothetical)."""
    head = token.head
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in SUPPORT_VERBS:
            return modality_of(head)
        if _in_condition(head):
            return "hypothetical"  # "if Trump tried to violate the agreement":
            # the agreement stands, but what the sentence tells of it is a condition
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        # "if Congress doesn't give him the money, he will ...": a condition
        return "hypothetical" if _conditional(token, children) else "negated"
    if token.dep_ in ("relcl", "acl") and _none_of(head):
        # "there is no scenario in which Republicans will gain enough
        # senators", "no evidence that Russia hacked the machines": weighed,
        # neither told done nor denied
        return "hypothetical"
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    aux |= _shared_aux(token, children)
    if aux & FUTURE_AUX:
        return "future"
    if aux & HYPOTHETICAL_AUX or _conditional(token, children):
        return "hypothetical"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in REQUEST_HEADS:
        return "hypothetical"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSAL_HEADS:
        return "negated"
    if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in INTENT_HEADS:
        return "asserted" if _decision_judged(token) else "future"
    if _undone_infinitive(token, children) or _purpose_infinitive(token, children):
        return "hypothetical"
    if _purpose_clause(token, children):
        return "intended"
    if _present_time_clause(token, children):
        return "future"
    if (token.dep_ == "xcomp" or _completes(token, children)) and head.i != token.i:
        governing = modality_of(head)
        if governing in ("future", "hypothetical"):
            # "would be allowed to offer amendments", "will begin to withdraw":
            # an infinitive is no more told done than the verb it completes
            return governing
    return "asserted"


JUDGING_VERBS = frozenset(
    """defend justify explain criticize criticise condemn
    denounce decry praise applaud welcome hail slam blast question""".split()
)
"""Verbs that judge a decision already taken ("defended his decision to sue
California", "criticized the decision to close the base")."""


def _decision_judged(token: Token) -> bool:
    """True for the infinitive of a decision that a verb judges as taken
    (:data:`JUDGING_VERBS`, told as done: "Sessions defended his decision to
    file a lawsuit against California this week": the suit is filed, not
    expected); not a decision to come ("will announce his decision to ..."),
    nor one only planned ("his plan to file")."""
    noun = token.head
    verb = noun.head
    return (
        token.dep_ == "acl"
        and noun.lemma_.lower() == "decision"
        and noun.dep_ == "dobj"
        and verb.lemma_.lower() in JUDGING_VERBS
        and modality_of(verb) == "asserted"
    )


def _completes(token: Token, children: list[Token]) -> bool:
    """True for a participle with no subject of its own that completes its
    verb ("would wind up blocked by a judge", "could end up stranded")."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children)
        and any(c.dep_ == "prt" for c in token.head.children)
    )


def _none_of(noun: Token) -> bool:
    """True for a noun told with "no" ("no scenario", "no evidence"), not "no
    one": who no one is is still told ("no one who voted for it")."""
    return noun.lemma_.lower() != "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def _present_time_clause(token: Token, children: list[Token]) -> bool:
    """True for a verb in the present tense heading a clause of time ("when
    she testifies before the committee this week", "before he signs the
    bill"): English tells the future there in the present; a past one ("when
    police arrived") is told done."""
    return (
        token.dep_ == "advcl"
        and token.tag_ in ("VBZ", "VBP")
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_WORDS
            for c in children
        )
    )


def _undone_infinitive(token: Token, children: list[Token]) -> bool:
    """True for the infinitive of a noun of :data:`UNDONE_HEADS` ("a deadline
    to send", "an attempt to attack"), the noun right before its "to" however
    the parser hung the verb (on the noun, or on the verb that has the noun)."""
    to = next((c for c in children if c.tag_ == "TO" and c.i < token.i), None)
    if to is None or to.i == 0:
        return False
    noun = token.doc[to.i - 1]
    return (
        noun.lemma_.lower() in UNDONE_HEADS
        and noun.pos_ == "NOUN"
        and noun.lower_ != "authorities"  # officials, not a power
    )


RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "next"})
"""Words that rank a noun by what its infinitive tells done ("the first woman
to lead the agency")."""


def _purpose_infinitive(token: Token, children: list[Token]) -> bool:
    """True for an infinitive the parser hangs on its noun ("his refusal to
    blame Russia", "a bill to cancel the loans"): what the noun would have
    done, not told done; unless a rank tells it ("the first woman to lead")."""
    if token.dep_ != "acl" or not any(c.tag_ == "TO" for c in children):
        return False
    noun = token.head
    ranked = any(
        c.lower_ in RANKING_WORDS or c.tag_ in ("JJS", "RBS")
        for c in noun.children
        if c.i < noun.i
    )
    return noun.pos_ == "NOUN" and not ranked


def _purpose_clause(token: Token, children: list[Token]) -> bool:
    """True for an infinitive that tells what an act is done for ("fled the
    state to block the bill", "withdraw from the pact to fight climate
    change"): an act intended (modality ``intended``), neither told done nor
    to come, which two outlets may tell alike; not one with its own subject,
    nor an outcome ("only to lose")."""
    if token.dep_ != "advcl" or not any(c.tag_ == "TO" for c in children):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    outcome = token.doc[max(token.left_edge.i - 1, 0)].lower_ == "only"
    return not (own_subject or outcome)


def _shared_aux(token: Token, children: list[Token]) -> set[str]:
    """The modal auxiliaries of the verb a base-form verb is coordinated with,
    when it has no subject, auxiliary or negation of its own and is not set
    against it by "but" ("would end ... and return"; not "did not address
    it but threatened", nor a past "will run ... and offered" the parser
    joined); or of the verb a gerund is the subject of ("halting the
    payments would make ...")."""
    head = token.head
    if token.dep_ == "csubj" and token.tag_ == "VBG":
        # "halting the payments would make insurance unaffordable": the act
        # is the subject of what would follow from it
        return {c.lower_ for c in head.children if c.dep_ == "aux"} & MODAL_AUX
    if token.dep_ != "conj" or token.tag_ != "VB" or head.pos_ != "VERB":
        return set()
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "neg")
    if any(c.dep_ in own for c in children):
        return set()
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children):
        return set()
    return {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")} & MODAL_AUX


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


def _in_condition(verb: Token) -> bool:
    """True for a verb told as a condition (:func:`_conditional`), or one that
    completes or is joined to such a verb ("if he tried to violate it")."""
    while not _conditional(verb, list(verb.children)):
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _in_case(token: Token) -> bool:
    return (
        token.lower_ in ("event", "case")
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
    )


def told_modality(article: Article, token: Token, sent: Span, when: str | None) -> str:
    """How an act is told (:func:`modality_of`, a question hypothetical), and
    an act told as done but dated after its report lies ahead of it: future
    ("Clinton is testifying before the full committee on Oct. 22" in a
    report of Oct. 18; "will stand trial in March 2022": the trial, a noun,
    has no tense of its own); not one told in the past ("Cruz dropped out of
    the race May 3, 2016" in a report of February, a caption added later:
    done, whatever the report's date). An act inside what someone did not say or
    would not confirm is told by no one ("CNN didn't report that Carson was
    dropping out"): hypothetical too."""
    if asked(article.text, sent) or _declined(article, token):
        return "hypothetical"
    modality = modality_of(token)
    if (
        modality == "asserted"
        and token.tag_ != "VBD"
        and after_report(when, article.published.value)
    ):
        return "future"
    return modality


def _declined(article: Article, token: Token) -> bool:
    """True when the token lies in the clause a claim declines to say ("did
    not report that ...", "would not say whether ..."); not in a thing it
    declines to speak of ("did not comment on the attack", "never cited a
    source for his claim that ...") nor in what it declines to explain
    ("did not explain why Tinder suspended her account": it did)."""
    return any(
        c.stance == "declines"
        and c.content.start <= token.idx < c.content.end
        and _the_clause_of(token, c.cue)
        for c in article.claims
    )


CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
PRESUPPOSING = frozenset({"why", "how", "when", "where", "what", "who"})
"""Words opening a clause whose act is taken as done ("why he left")."""


def _the_clause_of(token: Token, cue: Span) -> bool:
    """True when the token lies in the clause the cue takes after it, not
    opened by a word that takes its act as done (:data:`PRESUPPOSING`); a
    clause told before its cue the writer tells as done ("Tinder suspended
    her account; it did not explain why")."""
    while token.head.i != token.i and not cue.start <= token.head.idx < cue.end:
        if token.dep_ in ("relcl", "acl"):
            return False  # "..., where she was accompanied by": of a thing named
        token = token.head
    if token.dep_ not in CLAUSE_DEPS or not cue.start <= token.head.idx < cue.end:
        return False
    if token.pos_ not in ("VERB", "AUX") or token.i < token.head.i:
        return False
    modifiers = [m for m in token.head.children if m.dep_ == "advmod"]
    return not any(
        w.lower_ in PRESUPPOSING and w.i < token.i for w in (*token.subtree, *modifiers)
    )


REPORT_LAG_DAYS = 1
"""Days a date may lie after its report's date and still be the day of the
act: a report dated in one time zone tells of an evening in another."""


def after_report(when: str | None, published: str | None) -> bool:
    """True when a date (a TIMEX value) lies wholly after the report's
    publication date, by more than ``REPORT_LAG_DAYS``, as far as both tell
    (:func:`timex.calendar.timex_interval`: a day, a week, a month, a year);
    a reference ("this week" read as ``PRESENT_REF``) is never after."""
    told = timex_interval(when)
    report = timex_interval((published or "")[:10] or None)
    if told is None or report is None:
        return False
    return told[0] > report[1] + timedelta(days=REPORT_LAG_DAYS)


def asked(text: str, sent: Span) -> bool:
    """True for a question ("Will the army attack the town?"): it asks whether
    the act happened and tells nothing. (A headline "How the army took the
    town" tells it: only the question mark says.)"""
    return text[sent.start : sent.end].rstrip().rstrip("\"\u201d\u2019' ").endswith("?")


def enclosing_claim(
    article: Article, token: Token, *, accounts: bool = False
) -> Claim | None:
    """The innermost claim whose content holds the token (the event is
    someone's account): "Der Spiegel published ... that Rama said, 'Our
    guests violated the agreement'" is Rama's account of the agreement.
    With ``accounts``, not a claim of what its speaker means to do ("The
    administration is considering funding more police officers, a senator
    said": the senator's account of a plan, not the administration's)."""
    holding = [
        c
        for c in article.claims
        if c.content.start <= token.idx < c.content.end
        and c.stance != "denies"
        and not (accounts and _intends(token.doc, c))
    ]
    return min(holding, key=lambda c: c.content.end - c.content.start, default=None)


INTENT_CUES = INTENT_HEADS | {"consider", "weigh", "mull", "contemplate", "hope"}
"""Cues of what their speaker means or weighs doing (:data:`INTENT_HEADS`
and verbs of deliberating): their content is no account of an act."""


def _intends(doc: Doc, claim: Claim) -> bool:
    """True for a claim whose cue is a verb of :data:`INTENT_CUES`."""
    cue = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    return cue is not None and cue.root.lemma_.lower() in INTENT_CUES
