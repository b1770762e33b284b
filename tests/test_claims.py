"""claims.rules.v1: source -- cue -- content, stance, pronoun speakers."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as Span_

import corroborate.extractors  # noqa: F401  (registers the built-ins)
from corroborate.extractors.claims.linked import link_quantities
from corroborate.extractors.claims.speakers import _people, resolve_sources
from corroborate.extractors.claims.subjects import person_subjects
from corroborate.facts.numbers import claim_source
from corroborate.nlp import load_nlp
from corroborate.pipeline import Pipeline
from corroborate.records import Article, Claim, Mention, Quantity, Span

CHAIN = ("entities.spacy.v1", "dates.rules.v1", "places.geonames.v1",
         "quantities.rules.v1", "claims.rules.v1")  # fmt: skip


def _annotate(text: str, chain: tuple[str, ...] = CHAIN) -> Article:
    return Pipeline(names=chain, strict=True).annotate(text, article_id="c#1")


def _claims(article: Article) -> list[dict[str, object]]:
    return [{"source": article.span_text(c.source) if c.source else None,
             "cue": article.span_text(c.cue), "content": article.span_text(c.content),
             "according_to": c.according_to, "stance": c.stance} for c in article.claims]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "stance"),
    [
        ("The ministry said that the talks had failed.", "The ministry", "said",
         "that the talks had failed", "asserts"),
        ("The talks have failed, reported the state news agency.\n\nNext paragraph.",
         "the state news agency", "reported", "The talks have failed", "reports"),
        ("The talks have failed, reported the state news agency.",
         "the state news agency", "reported", "The talks have failed", "reports"),
        ('The mayor "strongly condemned" the plan to close the port, reported Reuters.',
         "Reuters", "reported", 'The mayor "strongly condemned" the plan to close the port',
         "reports"),
        ("According to officials, the bridge was closed for repairs.", "officials",
         "According to", "the bridge was closed for repairs", "asserts"),
        # tokenised text: the paragraph break after it is no part of what is said
        ("The bridge was closed for repairs , according to officials .\n\nNext one.",
         "officials", "according to", "The bridge was closed for repairs", "asserts"),
        # the background clause told right before it is what the source tells
        ("The port authority closed two piers on Monday, as fuel prices hit a "
         "record high, according to the motoring club.", "the motoring club",
         "according to", "fuel prices hit a record high", "asserts"),
        # two findings side by side are both the source's
        ("Most residents back the plan, while a third oppose it, according to "
         "the survey.", "the survey", "according to",
         "Most residents back the plan, while a third oppose it", "asserts"),
        ("The union warned that the strike would spread.", "The union", "warned",
         "that the strike would spread", "warns"),
        ("The mayor vowed that the park would reopen.", "The mayor", "vowed",
         "that the park would reopen", "vows"),
        ("The senator opposed the new tax bill.", "The senator", "opposed",
         "the new tax bill", "opposes"),
        # a misparse gives the cue two subjects: the one after the quotation speaks
        ("Talks ended. Peace “is not a gift of the powerful,” the statement added.",
         "the statement", "added", "Peace “is not a gift of the powerful,”", "asserts"),
        ("The mayor “never lies to the city,” Ada Holm told reporters.",
         "Ada Holm", "told", "The mayor “never lies to the city,”", "asserts"),
        # a "that" clause the parser hangs on a phrase between cue and clause
        ("Mayor Ada Holm was blunt, claiming without any evidence that the port "
         "would close.", "Mayor Ada Holm", "claiming", "that the port would close",
         "claims"),
        ("Mayor Ada Holm wrote in a statement that the port would close next year.",
         "Mayor Ada Holm", "statement", "that the port would close next year",
         "asserts"),
        # a paper reporting or quoting someone saying: that one speaks
        ("“I beg my fellow legislators to come to the floor,” The Oregonian "
         "reported Holm saying.", "Holm", "reported",
         "“I beg my fellow legislators to come to the floor,”", "asserts"),
        ("The Times quoted Holm as saying that the port would close.", "Holm",
         "saying", "that the port would close", "asserts"),
        ("Holm was quoted as saying that the port would close.", "Holm",
         "saying", "that the port would close", "asserts"),
    ],
)  # fmt: skip
def test_claims_source_cue_content(text, source, cue, content, stance):
    claims = _claims(_annotate(text))
    assert {"source": source, "cue": cue, "content": content,
            "according_to": source, "stance": stance} in claims  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Many families opted to take advantage of the free flights to Boston.",
     "The company has opted to close its plant in Ohio."],
)  # fmt: skip
def test_claims_a_choice_told_by_an_infinitive_is_no_claim(text):
    assert _claims(_annotate(text)) == []


def test_claims_an_infinitive_that_reports_keeps_its_claim():
    text = "Small groups of protesters continued to call for more information."
    assert [c["content"] for c in _claims(_annotate(text))] == [
        "to call for more information"
    ]


@pytest.mark.parametrize(
    ("text", "denier", "denied"),
    [("The rebels said a soldier had been captured near the border, which the army denied.",
      "the army", "a soldier had been captured")],
)  # fmt: skip
def test_claims_relative_denial_is_its_own_claim(text, denier, denied):
    claims = _claims(_annotate(text))
    denial = [c for c in claims if c["stance"] == "denies"]
    assert denial and denial[0]["source"] == denier and denied in denial[0]["content"]
    (original,) = [c for c in claims if c["stance"] == "asserts"]
    assert "denied" not in original["content"]


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        ("Maria Lopez said the plan was working. “We will finish in May,” she added.",
         "she", "Maria Lopez"),
        ("The agency said prices rose. It also reported that exports fell.", "It",
         "The agency"),
        # a person told by a noun stands nearer than one named before
        ("Senator Tom Hale said he coined the term. When the moderator pressed "
         "him, the candidate said families file lawsuits. “They sue,” he said.",
         "he", "the candidate"),
        ("Officials, including Mayor Ann Cole, doubted the account. The mother of "
         "the boy told reporters that the school lied. “He is fine,” she said.",
         "she", "The mother of the boy"),  # a person's kin speaks as a person
        # a lady, a queen: persons, and women, however their surname is shared
        ("Tom Hale has not said he will run, but first lady Ann Hale hinted at "
         "it.\n\n“He is not done,” the first lady told reporters.\n\n“How many "
         "times must he say it?” she added.", "she", "the first lady"),
        ("King Tom spoke first. “We stand together,” the queen said later. “We "
         "always have,” she added.", "she", "the queen"),
        # no speaker before: the one person the paragraph before names
        ("Six senators voted to keep it.\n\nThe latter included Lou Dale, who "
         "represents the district.\n\nHe urged his colleagues to think again.",
         "He", "Lou Dale"),
        ("The panel included Lou Dale and Sam Fox.\n\nHe urged caution.", "He",
         None),  # two: either may be meant
        ("The President, who trails Sam Fox in polls, is following his playbook."
         "\n\nHe said it would work again.", "He", None),  # the president meant
        ("Councilman Tom Hale said the bridge was unsafe. A city spokeswoman said "
         "it would reopen. “It is too early,” he said.",
         "he", None),  # a spokeswoman is no "he"; past her, only a known man
        ("A spokesman for the senators said the bill was dead. “It is over,” he "
         "said.", "he", "A spokesman for the senators"),  # one, for several
        ("“We will win,” said Maryland Sen. Tom Hale, who heads the party's "
         "campaign committee. He said the map favored them.",
         "He", "Maryland Sen. Tom Hale"),  # "heads" is his verb, no plural
        ("Sen. Bernie Sanders of Vermont is gaining in Iowa. Republicans were quick "
         "to chime in, with Donald Trump tweeting that it was a disaster.\n\n"
         "Sanders appeared to dismiss the email issue in October, when he told "
         "Clinton at a debate that Americans were tired of it.",
         "he", "Sanders"),  # a surname the tagger reads as a common noun
        ("Sam Hale said he had received offers for the boat.\n\nPOOL New/Reuters.\n\n"
         "Harbor officer Tom Reyes holds up the boat's log during the 2013 "
         "trial.\n\n“The boat is fully seaworthy,” he added.",
         "he", "Sam Hale"),  # a photo's caption is not whom the text is about
        ("Sam Hale said he had received offers for the boat.\n\nJoe Raedle/Getty\n\n"
         "Harbor officer Tom Reyes holds up the boat's log during the 2013 "
         "trial.\n\n“The boat is fully seaworthy,” he added.",
         "he", "Sam Hale"),  # whatever form the credit line takes
        ("Sam Hale said he had received offers for the boat.\n\n(Ann Lee/The Daily "
         "Times)\n\nHarbor officer Tom Reyes holds up the boat's log during the 2013 "
         "trial.\n\n“The boat is fully seaworthy,” he added.",
         "he", "Sam Hale"),
        ("Sam Hale said he had received offers for the boat, http://ap-boats.com.\n\n"
         "Harbor officer Tom Reyes holds up the boat's log today.\n\n“The boat is "
         "fully seaworthy,” he added.",
         "he", "Tom Reyes"),  # a web address is no credit line
        ("“We live in a dark age,” my father often said. Once, I laughed and "
         "said that I did not believe it.", "I", None),  # the writer's, not kin's
        # a "he" in the words of a quotation signed later is not who quotes
        ("Tom Hale says the mayor must pay the full sum.\n\n“He is focused on "
         "the port.\n\nAnd like all governors, he wants it done now.\n\nBut we "
         "are part of the process,” said Sen. Richard Shaw, who met Hale.",
         "he", "Tom Hale"),
        ("Ann Lee says the mayor must pay the full sum.\n\n“She is focused on "
         "the port.\n\nAnd like all governors, she wants it done now.\n\nBut we "
         "are part of the process,” said Sen. Mary Shaw, who met Lee.",
         "she", "Ann Lee"),
        # the speaker of a relative clause, when its sentence's main clause
        # tells no one saying anything
        ("Sens. Tom Hale and Ann Reyes are seeking a deal that Tom Hale said would "
         "reinstate the payments.\n\nHe said in exchange, the mayor wants more "
         "time.", "He", "Tom Hale"),
        ("The mayor backed a plan that Tom Hale said would cut costs. He added "
         "that the vote was near.", "He", "Tom Hale"),
        # a "they" no clause's speaker stands for
        ("Crowds at the harbor heard a speech calling for reform.\n\n“We will "
         "not wait,” they said.", "they", None),
        # the main clause's speaker otherwise
        ("Tom Hale said the plan, which Sam Reyes denied, would pass. He added "
         "that the vote was near.", "He", "Tom Hale"),
        # a "they" in a quotation, someone the one quoting speaks of
        ("Tom Hale says the mayor must pay the full sum.\n\n“We are pleased.\n\n"
         "They want the canal now.\n\nBut we need time,” said Sen. Richard Shaw.",
         "They", None),
        # a phrase quoted in what is said is no quotation of the speaker's
        ("The board then rebukes “old habits,” which it argues “hold the port "
         "back.”", "it", "The board"),
        # after the quotation, the one who quoted
        ("Tom Hale says the mayor must pay the full sum.\n\n“We are part of the "
         "process,” said Sen. Richard Shaw, who met Hale.\n\nHe said the vote "
         "would wait.", "He", "Sen. Richard Shaw"),
    ],
)  # fmt: skip
def test_claims_pronoun_source_resolves_to_speaker(text, pronoun, speaker):
    assert _speakers(text, pronoun)[:1] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Clarke spoke on Monday. "The plan failed. We will try again," Clarke said.',
         '"The plan failed. We will try again,"'),
        ("“People say the plan failed. It did not,” the mayor said.",
         "“People say the plan failed. It did not,”"),
        ('"We will try again," Clarke said.', '"We will try again,"'),
    ],
)  # fmt: skip
def test_claims_a_quotation_signed_after_it_is_said_whole(text, content):
    """A signed quotation of several sentences is one content, from its
    opening mark (the parser reads only its last sentence as said)."""
    claims = _claims(_annotate(text))
    assert content in [c["content"] for c in claims if c["cue"] == "said"]


@pytest.mark.parametrize(
    ("source", "several"),
    [
        ("the White House and Democratic leaders in Congress", True),
        ("Dozens of Republican Senators and members of Congress", True),
        ("a strategist for one of these candidates", True),  # not said as one
        ("nearly every question, including those that went to other candidates", True),
        ("a spokesman for the senators", False),
        ("one of his aides", False),
        ("The mother of the victim", False),
        ("Maryland Sen. Chris Van Hollen, who heads the campaign committee", False),
    ],
)  # fmt: skip
def test_claims_a_source_told_by_a_plural_of_persons(source, several):
    assert _people(source) is several


def test_claims_a_he_never_stands_for_persons_a_plural_names():
    text = ("Council leaders in Dover have said that the two plans are linked.\n\n"
            "“If you do not need roads fixed, I do in Dover,” he replied.")  # fmt: skip
    assert _speakers(text, "he") == [None]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lead prosecutor Ann Webb told the jury during closing arguments that the "
         "mayor had hidden the report.", "that the mayor had hidden the report"),
        ("Hale told Fox News that the port would close.", "that the port would close"),
        ("Reyes spoke on Monday, telling reporters, \u201cThe port will close in "
         "May.\u201d", "\u201cThe port will close in May.\u201d"),
        # a thing told is what is said
        ("Reyes told the story of her childhood in Dover.",
         "the story of her childhood in Dover"),
    ],
)  # fmt: skip
def test_claims_whom_a_speaker_tells_is_not_what_is_said(text, content):
    """The object of "told" that names a person or body is whom it is said
    to: what is said is the clause or quotation after it."""
    claims = [c for c in _claims(_annotate(text)) if c["cue"].startswith("tel")
              or c["cue"] == "told"]  # fmt: skip
    assert [c["content"] for c in claims] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThe port will close,\u201d said GOP Rep . Ann Reyes of Nevada.",
         "GOP Rep. Ann Reyes"),
        ("The port will close, said Sen .\n\nAnn Reyes , R - Nev .",
         "Sen. Ann Reyes"),
        ("\u201cThe port will close,\u201d said Rep. Ann Reyes of Nevada.",
         "Rep. Ann Reyes"),
    ],
)  # fmt: skip
def test_claims_a_title_whose_period_the_scrape_set_apart_keeps_its_name(text, speaker):
    """ "said GOP Rep . Ann Reyes": the parser ends a sentence at the title's
    period; the speaker is the person named after it, not "GOP Rep"."""
    claims = _claims(_annotate(text))
    assert [c["according_to"] for c in claims if c["cue"] == "said"] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("\u201cIt was a mistake to close the port,\u201d Sen.\n\nAnn Reyes (R-Nev.) "
         "told reporters.", "told", "Sen. Ann Reyes",
         "\u201cIt was a mistake to close the port,\u201d"),
        ("\u201cIt was a mistake to close the port,\u201d Gov.\n\nTom Hale said on "
         "Monday.", "said", "Gov. Tom Hale",
         "\u201cIt was a mistake to close the port,\u201d"),
        # the quotation in the paragraph after is not what is told
        ("\u201cIt was a mistake,\u201d Rep.\n\nAnn Reyes told reporters.\n\n"
         "\u201cThe port must stay open.\u201d", "told", "Rep. Ann Reyes",
         "\u201cIt was a mistake,\u201d"),
        # a "No." ending the line before is no title
        ("Ann Reyes said No.\n\nTom Hale told reporters the port would close.",
         "told", "Tom Hale", "the port would close"),
    ],
)  # fmt: skip
def test_claims_a_title_set_apart_before_its_name_keeps_the_quotation(
    text, cue, speaker, content
):
    """'“...,” Sen.\n\nTed Cruz told reporters': the line the scrape broke
    after the title goes on to the name, and what he told is the quotation
    before it, on that line."""
    claims = [c for c in _claims(_annotate(text)) if c["cue"] == cue]
    assert [(c["according_to"], c["content"]) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Asked about the closure, the mayor said the port would reopen.",
         "Asked", None),
        ("The mayor, when asked about the closure, declined to comment.",
         "asked", None),
        ("Asked about the closure, the mayor said the port would reopen.",
         "said", "the mayor"),
        ("The city unveiled a harbor plan, an effort said to include new piers.",
         "said", None),
        ("His playbook said to look for buyers with cash.", "said", "His playbook"),
    ],
)  # fmt: skip
def test_claims_the_one_asked_or_what_is_said_about_is_no_speaker(text, cue, source):
    """A passive with no auxiliary: who asks or says is not named."""
    claims = [c for c in _claims(_annotate(text)) if c["cue"] == cue]
    assert claims and all(c["source"] == source for c in claims)


def test_claims_a_verb_joined_by_and_keeps_its_own_subject_the_parser_misreads():
    text = ("If you doubt the state, the Herald will brand you a liar and "
            "Channel Nine will accuse you of panicking.")  # fmt: skip
    claims = [c for c in _claims(_annotate(text)) if "accuse" in str(c["cue"])]
    assert [c["according_to"] for c in claims] == ["Channel Nine"]


def test_claims_one_unnamed_a_report_tells_saying_something_is_no_later_he():
    """Every extractor: with the news NER's persons, "one of Hale's advisers"
    is a person a "he" could stand for."""
    text = (
        "“Rates are too low,” Tom Hale said. The Times quoted one of Hale's "
        "advisers as saying the mayor had trouble with the budget. He brushed "
        "off these concerns."
    )
    claims = _claims(Pipeline(strict=True).annotate(text, article_id="c#1"))
    assert [c["according_to"] for c in claims if c["source"] == "He"] == ["Tom Hale"]


def _speakers(text: str, pronoun: str) -> list[str | None]:
    """Whom the claims a pronoun is the source of are according to, in order."""
    return [
        c["according_to"] for c in _claims(_annotate(text)) if c["source"] == pronoun
    ]


@pytest.mark.parametrize(("prefix", "part"), [("004", 0)])
def test_claims_sample_killing_disputed_and_computers_attributed(
    prefix, part, sample_text
):
    article = _annotate(sample_text(prefix, part))
    claims = _claims(article)
    killing = [c for c in claims if "killed" in str(c["content"])]
    assert any(
        "MEK" in str(c["according_to"]) and c["stance"] == "asserts" for c in killing
    )
    assert any(
        c["according_to"] == "Tirana" and c["stance"] == "denies" for c in killing
    )
    reported = [c for c in claims if c["source"] == "It" and "200" in str(c["content"])]
    assert reported and "MEK" in str(reported[0]["according_to"])
    (computers,) = [
        q for q in article.quantities if article.span_text(q) == "200 computers"
    ]
    index = int(str(computers.linked_to).split(":")[1])
    assert computers.linked_to.startswith("claim:")
    assert "MEK" in str(article.claims[index].according_to)


@pytest.mark.parametrize(("prefix", "part"), [("000", 0), ("004", 0)])
def test_claims_sample_quote_belongs_to_its_speaker(prefix, part, sample_text):
    claims = _claims(_annotate(sample_text(prefix, part)))
    promising = [c for c in claims if "promising" in str(c["content"])]
    assert promising and all("Khalaji" in str(c["according_to"]) for c in promising)


@pytest.mark.parametrize(
    ("prefix", "according_to", "words"), [("000", "Tehran", "12,000")]
)
def test_claims_sample_according_to(prefix, according_to, words, sample_text):
    claims = _claims(_annotate(sample_text(prefix)))
    assert any(c["according_to"] == according_to and words in str(c["content"])
               for c in claims)  # fmt: skip


@pytest.mark.bench
@pytest.mark.parametrize("limit", [3])
def test_claims_attribution_eval_runs(bench_dir, limit):
    from corroborate.evaluate import load_tasks

    result = load_tasks()["attribution"](
        data=bench_dir / "polnear" / "dev", limit=limit
    )
    assert result["docs"] == limit
    assert result["overlap"]["source"]["tp"] > 0


@pytest.mark.parametrize(
    ("text", "source", "unnamed"),
    [
        ("A senior administration official said the talks would resume.",
         "A senior administration official", True),
        ("Sources close to the negotiations said a deal was near.",
         "Sources close to the negotiations", True),
        ("An Iranian presidency official said the visit was cancelled.",
         "An Iranian presidency official", True),
        ("Spokeswoman Jane Miller said the office would stay open.",
         "Spokeswoman Jane Miller", False),
    ],
)  # fmt: skip
def test_claims_unnamed_sources_are_marked(text, source, unnamed):
    article = _annotate(text)
    (claim,) = [
        c for c in article.claims if c.source and article.span_text(c.source) == source
    ]
    assert claim.unnamed is unnamed
    assert type(claim).from_dict(claim.to_dict()).unnamed is unnamed


def test_claims_pronoun_kinds_pick_person_or_organisation():
    text = ("The ministry said exports fell. Its minister, Paul Brandt, said the fall "
            "was temporary. He added that prices would recover. It also reported "
            "that imports rose.")  # fmt: skip
    claims = _claims(_annotate(text))
    by_source = {c["source"]: c["according_to"] for c in claims}
    assert by_source["He"] != "The ministry"
    assert by_source["It"] == "The ministry"


@pytest.mark.parametrize(
    "speaker",
    [
        "Harbor Alliance founder Mara Quint",
        "Mara Quint, a founder of Harbor Alliance",
        "Mara Quint of the Harbor Alliance",
    ],
)
def test_claims_pronoun_takes_a_person_named_beside_her_organisation(speaker):
    text = (f"The mayor said the port would close. {speaker} said the plan was "
            "rushed. She added that the workers were not asked.")  # fmt: skip
    by_source = {c["source"]: c["according_to"] for c in _claims(_annotate(text))}
    assert by_source["She"] == by_source[speaker] != "The mayor"


@pytest.mark.parametrize(
    ("after", "continued"),
    [
        ('"We were not told," Quint said.\n\n"Nobody asked the dock workers."', True),
        (
            '"We were not told," Quint said.\n\n""It was rushed.\n\nIt was unfair."',
            True,
        ),
        ('"We were not told," Quint said.\n\n"Harbor Notes" covered the plan.', False),
        ('Quint said the plan was rushed.\n\n"Nobody asked the dock workers."', False),
        # the quotation's own speaker, not who reports it
        ('"We were not told," Quint said, according to the Harbor Gazette.\n\n'
         '"Nobody asked the dock workers."', True),
        # tokenised text sets the marks apart
        ('" We were not told , " Quint said .\n\n" Nobody asked the dock workers .\n\n'
         'It was rushed . "', True),
        # after a quotation that opened paragraphs before the one signing it
        ('"We were not told.\n\nIt was rushed," Quint said.\n\n'
         '"Nobody asked the dock workers."', True),
        # after a paraphrase that ends quoting
        ('Quint said the dock was "run down and unsafe."\n\n'
         '"Nobody asked the dock workers."', True),
        # not after a quoted word of no one named
        ('The claim that the dock was "unsafe" was denied.\n\n'
         '"Nobody asked the dock workers."', False),
    ],
)  # fmt: skip
def test_claims_a_paragraph_only_quoting_goes_on_quoting_the_speaker_before(
    after, continued
):
    article = _annotate(f"The port will close.\n\n{after}")
    opened = [c for c in _claims(article) if c["cue"] == '"']
    assert bool(opened) is continued, _claims(article)
    if continued:
        claim = opened[-1]  # the last paragraph's (one before it may open the quote)
        assert claim["source"] == "Quint"
        assert claim["content"].replace(" ", "").endswith('."')


@pytest.mark.parametrize(
    ("after", "resumed"),
    [
        ('"We were not told," Quint said. "Nobody asked the dock workers."', True),
        ("\u201cWe were not told,\u201d Quint told the Gazette. \u201cNobody asked "
         "the dock workers.\u201d", True),
        # the next quotation signed by another speaker is theirs
        ('"We were not told," Quint said. "It was fair," said Ann Vos.', False),
        # a new paragraph: the paragraph rule's, not this one's
        ('"We were not told," Quint said.\n\n"Nobody asked the dock workers."', False),
    ],
)  # fmt: skip
def test_claims_a_quotation_resuming_a_signed_one_is_its_speakers(after, resumed):
    """A quotation right after the sentence signing another, in its paragraph,
    goes on with that speaker's words: one content over both (PolNeAR marks
    them so)."""
    article = _annotate(f"The port will close.\n\n{after}")
    quint = [c for c in _claims(article) if c["source"] == "Quint"]
    assert quint
    held = any("dock workers" in c["content"] and "We were not told" in c["content"]
               for c in quint)  # fmt: skip
    assert held is resumed, _claims(article)


def test_claims_a_contention_is_its_holders_claim():
    claims = _claims(_annotate("Senator Ann Vos rejected the agency's contention "
                               "that the lease sale drew little interest."))  # fmt: skip
    held = [c for c in claims if c["cue"] == "contention"]
    assert held and held[0]["content"] == "that the lease sale drew little interest"
    assert held[0]["stance"] == "asserts"


def test_claims_pronoun_after_unnamed_source_stays_unnamed():
    article = _annotate("Officials said the road was closed. They added that it "
                        "would reopen on Monday.")  # fmt: skip
    they = [
        c for c in article.claims if c.source and article.span_text(c.source) == "They"
    ]
    assert they and they[0].unnamed


@pytest.mark.parametrize(
    ("text", "cue", "content_part"),
    [
        ("The governor seemed to doubt the new budget figures.", "seemed", "budget"),
        ("It appears that the factory will close next year.", "appears", "factory"),
    ],
)  # fmt: skip
def test_claims_seem_appear_are_sourceless_assessments(text, cue, content_part):
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == cue]
    assert claim["source"] is None and content_part in str(claim["content"])


def test_claims_participle_speaker_is_the_noun_it_modifies():
    claims = _claims(_annotate("Last year a group backing the mayor raised money."))
    (claim,) = [c for c in claims if c["cue"] == "backing"]
    assert claim["source"] == "a group" and claim["content"] == "the mayor"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing the mayor said \u201cwill ease their fears,\u201d the senator said.",
        "Everything the mayor said was false, the senator said.",
    ],
)
def test_claims_what_someone_said_judged_by_another_is_no_claim_of_theirs(text):
    assert not [c for c in _claims(_annotate(text)) if c["according_to"] == "the mayor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Groups called for new rules, issues that the leaders have said little "
         "about.", "the leaders"),
        ("The governor said nothing about the budget on Monday.", "The governor"),
        ("The senator told reporters nothing of the plan.", "The senator"),
    ],
)  # fmt: skip
def test_claims_saying_little_or_nothing_tells_no_claim(text, speaker):
    assert not [c for c in _claims(_annotate(text)) if c["according_to"] == speaker]


@pytest.mark.parametrize(
    "text",
    [
        "In 2011, the clerk pleaded guilty to helping her boss defraud the bank.",
        "The former mayor pleaded not guilty to bribery on Monday.",
        "The driver pleaded no contest to reckless driving.",
    ],
)  # fmt: skip
def test_claims_a_plea_in_court_is_no_claim(text):
    assert _claims(_annotate(text)) == []


def test_claims_pleading_with_someone_keeps_its_claim():
    text = "The mayor pleaded with residents to stay home."
    claims = _claims(_annotate(text))
    assert [(c["according_to"], c["cue"]) for c in claims] == [("The mayor", "pleaded")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The order keeps families together unless officials determine that "
         "the children are at risk.", "officials"),
        ("The law lets the state close a clinic if inspectors find that it "
         "broke the rules.", "inspectors"),
        ("Prisoners go free if a judge rules that the search was illegal.", "a judge"),
    ],
)  # fmt: skip
def test_claims_a_condition_of_saying_is_no_claim(text, speaker):
    assert not [c for c in _claims(_annotate(text)) if c["according_to"] == speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The vaccines are safe, Kevin Roberts' email said.", "Kevin Roberts"),
        ("The governor's statement said the vaccines are safe.", "The governor"),
        ("The plan will fail, the White House's memo said.", "the White House"),
    ],
)  # fmt: skip
def test_claims_a_message_named_by_whose_it_is_speaks_for_them(text, speaker):
    assert [c["according_to"] for c in _claims(_annotate(text))] == [speaker]


def test_claims_a_claim_before_a_condition_keeps_its_speaker():
    text = "The mayor said that the road will close if it snows."
    assert [c["according_to"] for c in _claims(_annotate(text))] == ["The mayor"]


@pytest.mark.parametrize("dash", ["--", "\u2014"])
def test_claims_a_name_between_dashes_after_a_description_is_the_speaker(dash):
    text = (f"A former Republican candidate {dash} Ann Lee, who lost the 2008 "
            f"race {dash} said the speech was weak.")  # fmt: skip
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == "said"]
    assert claim["according_to"] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Later that day, Mayor Ann Lee fired back a response saying she would "
        "not support the plan.",
        "Mayor Ann Lee issued a statement saying she would not support the plan.",
        # not who it is sent to
        "Mayor Ann Lee sent out a text message to supporters saying she would "
        "not support the plan.",
        "Mayor Ann Lee wrote to supporters saying she would not support the plan.",
    ],
)
def test_claims_a_message_saying_something_is_its_senders(text):
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == "saying"
                and c["content"] == "she would not support the plan"]  # fmt: skip
    assert claim["according_to"] == "Mayor Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Campaign manager Tom Hale rejected the idea that the wealthy real estate "
        "developer would be a drag on the party ticket, saying the huge crowds he is "
        "drawing at rallies prove that Reyes would energize voters.",
        "Party chairman Tom Hale dismissed the notion that the former governor would "
        "be a burden on the ticket, saying the crowds she draws at rallies show that "
        "she would energize voters.",
    ],
)
def test_claims_a_closing_participle_speaks_for_who_rejected_the_claim(text):
    """ "X rejected the idea that A ..., saying ...": X says it, not A, however
    the parser hangs the participle inside the rejected clause."""
    (saying,) = [c for c in _claims(_annotate(text)) if c["cue"] == "saying"]
    assert saying["source"] in ("Campaign manager Tom Hale", "Party chairman Tom Hale")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Lee signed an order on Wednesday that promises to halt the "
        "evictions while insisting that the city's policy to fine all landlords "
        "would continue.",
        "Mayor Ann Lee backed the plan that the council drew up last week, saying "
        "that it would cut the harbour fees.",
    ],
)
def test_claims_a_participle_hung_on_a_things_relative_clause_is_the_doers(text):
    """ "X signed an order that promises ..., while insisting that ...": the
    order insists nothing; the participle is X's, however the parser hangs it
    on the relative clause (its subject "that" is no speaker)."""
    (claim,) = [c for c in _claims(_annotate(text))
                if c["cue"] in ("insisting", "saying")]  # fmt: skip
    assert claim["source"] == "Mayor Ann Lee", claim


def test_claims_attitude_inside_a_reported_clause_is_not_its_own_claim():
    claims = _claims(_annotate("The senator said she wants to support the farmers."))
    assert [c["cue"] for c in claims] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a day between the verb of saying and the subject of what was said
        # is the saying's, wherever the parser hangs it
        ("The mayor said on Wednesday he was girding for a long battle.",
         "he was girding for a long battle"),
        ("The mayor said Sunday the city will push for a deal on the bridge.",
         "the city will push for a deal on the bridge"),
        # after "that" it is what was said
        ("The mayor said that on Monday the bridge would reopen.",
         "that on Monday the bridge would reopen"),
    ],
)  # fmt: skip
def test_claims_day_of_saying_is_no_part_of_what_was_said(text, content):
    claims = _claims(_annotate(text))
    assert [c["content"] for c in claims if c["cue"] == "said"] == [content]


def test_claims_a_quotations_own_subject_does_not_speak_for_the_name_after_the_cue():
    """The parser gives "said" two subjects: "parent", inside the quotation,
    and "Klobuchar" after the cue; the name after the cue speaks."""
    claims = _claims(
        _annotate(
            '" I am running for every person who wants their work recognized " '
            'and " every parent who wants a better world for their kids , " said '
            'Klobuchar .\n\n" I am running for every American . "'
        )
    )
    assert [c["source"] for c in claims if c["cue"] == "said"] == ["Klobuchar"]


def test_claims_a_subject_inside_a_quotation_opened_a_paragraph_before_does_not_speak():
    """A quotation of two paragraphs closed before its cue: the subject the
    parser finds inside its last paragraph is no speaker; the name after the
    cue is."""
    claims = _claims(
        _annotate(
            "\u201cWe are hopeful that the city council will keep shifting this "
            "town in the right direction.\n\nGood riddance to Harbour Line!\u201d "
            "said Peter Collins of the Center for Harbour Safety, another local "
            "group."
        )
    )
    said = [c["source"] for c in claims if c["cue"] == "said"]
    assert said and all(s.startswith("Peter Collins") for s in said), said


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent", "stands_for"),
    [
        # "The Ann Lee campaign" names her only to say whose campaign
        ("Senator Ann Lee said the harbor would reopen. The Ann Lee campaign "
         "said it would appeal the ruling. He said the race was close.", "He",
         "The Ann Lee campaign", False),
        # "A 2008 Ann Lee veteran" is one person
        ("Senator Ann Lee spoke. A 2008 Ann Lee veteran said the harbor would "
         "reopen. She said the race was close.", "She", "A 2008 Ann Lee veteran",
         True),
    ],
)  # fmt: skip
def test_claims_a_he_or_she_stands_for_one_person_a_name_qualifies(
    text, pronoun, antecedent, stands_for
):
    claims = _claims(_annotate(text))
    (told,) = [c for c in claims if c["source"] == pronoun]
    assert (told["according_to"] == antecedent) is stands_for


def test_claims_a_quotation_paragraph_goes_on_quoting_a_person_by_office():
    """ "the bishop continued" signs the paragraph before (its content read
    without "What", so not at its opening mark): the quotation opened in the
    next paragraph and closed in the one after is his."""
    claims = _claims(
        _annotate(
            "\u201cWhat we have to build is a shelter for the town,\u201d the bishop "
            "continued.\n\n"
            "\u201cThat way they are safe.\n\nI stood up for that.\u201d"
        )
    )
    told = [c for c in claims if "I stood up" in str(c["content"])]
    assert [c["source"] for c in told] == ["the bishop"]


def test_claims_reporting_verb_with_a_noun_object():
    claims = _claims(_annotate("The minister lamented the slow pace of the reforms."))
    assert {"source": "The minister", "cue": "lamented",
            "content": "the slow pace of the reforms"} in [
        {k: c[k] for k in ("source", "cue", "content")} for c in claims]  # fmt: skip


def test_colon_headline_needs_a_statement():
    from corroborate.extractors.claims.quotations import colon_headlines

    text = (
        "Sanders: The primary is far from over for us\nClinton: 2,316.\n"
        "Fact Check: The mayor's figures on the mine are wrong\n"
        "Poll: Ann Lee and Tom Hale in dead heat before the debate\n"
    )
    claims = colon_headlines(text, "claims.rules.v1")
    sources = [text[c.source.start : c.source.end] for c in claims]
    assert sources == ["Sanders", "Poll"]


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [("a senior administration official", True), ("officials, who spoke anonymously", True),
     ("White House officials", True), ("the Foreign Ministry spokesman, Ana Lopes", False),
     ("Ana Lopes", False)],
)  # fmt: skip
def test_claims_unnamed_source(text, unnamed):
    from corroborate.extractors.claims import is_unnamed_source

    assert is_unnamed_source(text) is unnamed


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("On Monday, the council praised the mayor's new plan for the harbour.",
         "praised", "the mayor's new plan for the harbour"),
        ("On Friday the union condemned the closure of the mill.", "condemned",
         "the closure of the mill"),
    ],
)  # fmt: skip
def test_claims_date_adjunct_is_not_the_content(text, cue, content):
    found = {c["cue"]: c["content"] for c in _claims(_annotate(text))}
    assert found.get(cue) == content


def test_claims_content_is_never_only_a_date():
    claims = _claims(_annotate("The governor spoke on Tuesday."))
    assert all(c["content"] not in ("Tuesday", "on Tuesday") for c in claims)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The council praised the plan, calling it a bold step.", "calling",
         "it a bold step"),
        ("The mayor blamed the union, accusing it of delaying the repairs.",
         "accusing", "it of delaying the repairs"),
    ],
)  # fmt: skip
def test_claims_object_keeps_what_is_said_of_it(text, cue, content):
    found = {c["cue"]: c["content"] for c in _claims(_annotate(text))}
    assert found.get(cue) == content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("No country has formally recognized the new council.", "No country"),
        ("None of the ministers has endorsed the plan.", "None of the ministers"),
        ("Nobody said that the bridge was safe.", "Nobody"),
    ],
)  # fmt: skip
def test_claims_negative_source_is_a_denial_by_no_one(text, source):
    article = _annotate(text)
    claims = [c for c in article.claims if c.source is not None
              and article.span_text(c.source) == source]  # fmt: skip
    assert claims
    for claim in claims:
        assert claim.stance == "denies" and claim.unnamed and claim.according_to is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Representative Nancy Pelosi of California said the levy would pass.",
         "Representative Nancy Pelosi"),
        ('"We will not back down," said Sen. Chris Murphy (D-Conn.).', "Sen. Chris Murphy"),
        ("Sen. Chris Murphy, D-Conn., said the vote was a disgrace.", "Sen. Chris Murphy"),
        ("Senator Ann Reyes, Democrat of Vermont, said the levy was unfair.",
         "Senator Ann Reyes"),
        ('"The levy is unfair," said Ann Reyes, a Republican from Ohio.', "Ann Reyes"),
    ],
)  # fmt: skip
def test_claims_credit_the_person_not_their_state_or_party(text, source):
    """The source names the speaker; the state or party label after the name is
    left out, so no place mention inside it can take the credit."""
    article = _annotate(text, ("entities.news.v1", *CHAIN[1:]))
    (claim,) = article.claims
    assert article.span_text(claim.source) == source
    assert claim.according_to == source
    inside = {m.label for m in article.mentions
              if claim.source.start <= m.start and m.end <= claim.source.end}  # fmt: skip
    assert "PERSON" in inside and not inside & {"GPE", "LOC"}


def test_claims_label_does_not_cut_a_list_of_speakers():
    text = "Sens. Ann Reyes (D-Vt.) and Tom Hale (R-La.) said the levy was unfair."
    (claim,) = _annotate(text).claims
    assert (
        claim.source is not None
        and "Hale" in text[claim.source.start : claim.source.end]
    )


@pytest.mark.parametrize(
    ("text", "content", "stance"),
    [
        # not saying is not denying: neither asserted nor denied
        ("He did not mention the levy, nor did he acknowledge that the deal had collapsed.",
         "that the deal had collapsed", "declines"),
        ("The minister did not say that the talks had failed.", "that the talks had failed",
         "declines"),
        ("She never claimed that the money was missing.", "that the money was missing",
         "declines"),
        ("Mrs. Ortiz, who did not explicitly say that Mr. Bell was unfit, spoke on.",
         "that Mr. Bell was unfit", "declines"),
        # a negation English moves out of the content: the speaker denies it
        ("The minister did not think that the talks would fail.",
         "that the talks would fail", "denies"),
        ("Officials do not believe the fire was set deliberately.",
         "the fire was set deliberately", "denies"),
        ("The minister said that the talks had not failed.", "that the talks had not failed",
         "asserts"),
        # a question left open: neither asserted nor denied
        ("The mayor would not say whether the port would close.",
         "whether the port would close", "declines"),
        ("The envoy did not say when the talks would resume.",
         "when the talks would resume", "declines"),
        # a negated cue with a mere object says nothing, and denies nothing
        ("The ministry did not confirm the plans reported by the agency.",
         "the plans reported by the agency", "declines"),
        ("The agency did not immediately respond to a request for comment.",
         "a request for comment", "declines"),
        # a denial not made denies nothing, and asserts nothing either
        ("The ministry did not deny the report.", "the report", "declines"),
        ("The ministry did not deny that the camp was searched.",
         "that the camp was searched", "declines"),
        # a word refused is not said; an act refused is opposed ("refused to
        # apologize", against "has apologised", is a dispute)
        ("The mayor had refused to help the police investigate the fire.",
         "to help the police investigate the fire", "opposes"),
        ("The governor declined to attend the ceremony in Austin.",
         "to attend the ceremony in Austin", "opposes"),
        ("The senator refused to endorse the mayor for the seat.",
         "to endorse the mayor for the seat", "opposes"),
        ("A spokesman for the port declined to comment on the report.",
         "to comment on the report", "declines"),
        ("The envoy declined to say whether the talks would resume.",
         "whether the talks would resume", "declines"),
        ("The envoy refused to confirm that the talks had failed.",
         "that the talks had failed", "declines"),
        # a refusal of a thing named takes a side
        ("The mayor declined the offer of a new pier.", "the offer of a new pier",
         "opposes"),
    ],
)  # fmt: skip
def test_claims_negated_cue_is_no_assertion(text, content, stance):
    """A claim said with "not", "never" or "nor" is not asserted by its speaker,
    and denied only by a cue whose negation English moves into its content
    ("did not think"); a negation inside the content changes nothing, and
    a question left open ("would not say whether") is neither."""
    claims = {c["content"]: c["stance"] for c in _claims(_annotate(text))}
    assert claims[content] == stance


@pytest.mark.parametrize(
    ("text", "content", "stance"),
    [
        ("The fact-checkers deemed those statements false after a review.",
         "those statements", "denies"),
        ("The harbour board called the claim baseless.", "the claim", "denies"),
        # a verdict of anything else is the speaker's assertion of it
        ("Critics called the plan reckless.", "the plan reckless", "asserts"),
    ],
)  # fmt: skip
def test_claims_a_verdict_of_falsehood_denies_what_it_judges(text, content, stance):
    """ "Politifact deemed those statements false" denies those statements
    (which :mod:`corroborate.facts.denials` reads back to what they point
    at); it is no claim that "those statements false"."""
    claims = {c["content"]: c["stance"] for c in _claims(_annotate(text))}
    assert claims.get(content) == stance, claims


def test_claims_organisation_keeps_its_state():
    """A ministry belongs to its state: only a person's label is cut."""
    text = "The Foreign Ministry of Albania said the camp was searched lawfully."
    (claim,) = _annotate(text).claims
    assert text[claim.source.start : claim.source.end].endswith("of Albania")


def test_claims_credit_a_source_to_the_name_without_its_age():
    text = "Zimmerman, 32, said the department returned the weapon to him."
    credited = {c["according_to"] for c in _claims(_annotate(text))}
    assert credited == {"Zimmerman"}


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_claims_credit_a_possessive_source_to_the_name(apostrophe):
    """ "Ortega's admission that ...": the claim is Ortega's; the name it is
    credited to carries no possessive ending."""
    text = (
        f"On Friday there was Ortega{apostrophe}s admission that he mistook video "
        "of the release for video of a transfer."
    )
    claims = _claims(_annotate(text))
    credited = {c["according_to"] for c in claims}
    assert "Ortega" in credited
    assert not any(str(name).endswith(("'s", "\u2019s")) for name in credited)


@pytest.mark.parametrize(
    "text",
    ["The minister did n\u2019t say that the talks had failed .",  # written apart
     "The minister didn\u2019t say that the talks had failed."],
)  # fmt: skip
def test_claims_curly_negation_written_apart_is_a_negation(text):
    """Text tokenized before it was scraped writes "did n\u2019t": spaCy must read
    it as the negation it is, not as the speaker of "say"."""
    (claim,) = _claims(_annotate(text))
    assert claim["source"] == "The minister"
    assert claim["stance"] == "declines"  # not said: neither asserted nor denied


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Senate Democratic leader, Ann Reyes of Vermont, said the levy was unfair.",
         "Ann Reyes"),
        ("\u201cThe levy is unfair,\u201d Rep. Tom Hale, Ohio Republican, said on Monday.",
         "Tom Hale"),
    ],
)  # fmt: skip
def test_claims_linked_to_the_person_their_place_qualifies(tmp_path, sentence, speaker):
    """Where the source span holds a place after the name, the corpus stages
    still credit the person."""
    from corroborate import KnowledgeBase

    source = tmp_path / "a.txt"
    source.write_text(f"Farmers wait on the Senate\n\n{sentence}\n", encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.ingest([source], workers=1)
    (article,) = list(kb.store.articles())
    (claim,) = [c for c in article.claims if "unfair" in article.span_text(c.content)]
    entity = kb.store.get_entity(claim.according_to)
    assert entity is not None and entity.kind == "Person", claim
    assert speaker in entity.name


def test_a_headline_without_a_full_stop_is_not_read_into_the_first_sentence():
    article = _annotate(
        "Senate debates levy\n\nReyes said the debate was a waste of time."
    )
    assert {
        "source": "Reyes",
        "content": "the debate was a waste of time",
    }.items() <= next(c for c in _claims(article) if c["source"] == "Reyes").items()


def test_a_point_set_apart_in_tokenised_text_does_not_end_the_sentence():
    """ "( R - Ala . ) , who ..." is one sentence: the claim before it and the
    relative clause after it are read in one parse."""
    text = (
        '" We are part of the process , " said Senator Richard Hale ( R - Ala . ) , '
        "who met with the mayor . The mayor left early ."
    )
    sentences = [s.text for s in load_nlp()(text).sents]
    assert sentences == [text[: text.index(" The")], "The mayor left early ."]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Anna Berg , Tom Okafor DAILY HERALD Governor Maria Lopez said on Monday "
         "that the bridge would reopen in May.", "Maria Lopez", "Okafor"),
        ("Peter Holm / Reuters Governor Maria Lopez said on Monday that the bridge "
         "would reopen in May.", "Maria Lopez", "Holm"),
        ("FBI Director Maria Lopez said on Monday that the bridge would reopen in May.",
         "FBI Director Maria Lopez", "-"),
    ],
)  # fmt: skip
def test_claims_byline_or_credit_before_the_speaker_is_left_out(text, kept, dropped):
    (speaker,) = [
        c["according_to"] for c in _claims(_annotate(text)) if c["cue"] == "said"
    ]
    assert speaker.endswith(kept) and dropped not in speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor, who said the bridge would reopen in May, left early.", "The mayor"),
        ("Farmers who say the new tariff will ruin them marched on Friday.", "Farmers"),
        ("Officials who said the dam was safe were overruled.", "Officials"),
    ],
)  # fmt: skip
def test_claims_a_relative_pronoun_speaks_for_the_noun_it_qualifies(text, source):
    speakers = {c["according_to"] for c in _claims(_annotate(text))}
    assert source in speakers and not speakers & {"who", "which", "that"}, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr. Hale — who has not always been a friend of the unions — said the "
         "plan would fail.", "Mr. Hale"),
        ("The mayor, who took office in May, said the bridge would reopen.",
         "The mayor"),
    ],
)  # fmt: skip
def test_claims_a_relative_clause_is_no_part_of_a_speakers_name(text, speaker):
    (claim,) = _claims(_annotate(text))
    assert claim["according_to"] == speaker


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


@pytest.mark.parametrize(
    ("text", "outer", "speaker"),
    [
        # an "I" inside what another claim quotes is the one who quotes
        ("The league said the cup was over. \u201cI tell you what, the team will "
         "win,\u201d the coach replied.",
         ("the coach", "replied", "\u201cI tell you what, the team will win,\u201d"),
         "the coach"),
        # an "I" no claim quotes is no organisation said before it
        ("The league said the cup was over. I tell you what, the team will win.",
         ("The league", "said", "the cup was over"), None),
    ],
)  # fmt: skip
def test_claims_a_first_person_inside_a_quotation_is_the_quoting_speaker(
    text, outer, speaker
):
    source, cue, content = (_span(text, part) for part in outer)
    i = text.index("I tell")
    inner = Claim(_span(text, "tell"), _span(text, "the team will win"), "x",
                  source=Span(i, i + 1))  # fmt: skip
    article = Article(id="q#1", document_id="q", text=text)
    article.claims = [Claim(cue, content, "x", source=source), inner]
    resolve_sources(article, set())
    (told,) = [c for c in article.claims if article.span_text(c.cue) == "tell"]
    assert told.according_to == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senator Ann Reyes repeated her claim that the port was unsafe.",
         "Senator Ann Reyes"),
        # the clause's subject is no person: "her" is not the letter's
        ("One of the early letters contradicts her claim that the port was unsafe.",
         None),
    ],
)  # fmt: skip
def test_claims_a_possessive_source_is_the_person_its_clause_is_about(text, speaker):
    claims = [c for c in _claims(_annotate(text)) if c["cue"] == "claim"]
    assert [c["according_to"] for c in claims] == [speaker]


def test_claims_a_relative_pronoun_with_no_noun_names_no_one():
    article = _annotate("Those who say the bridge is safe have not seen it.")
    (claim,) = [c for c in article.claims if article.span_text(c.cue) == "say"]
    assert (claim.according_to, claim.unnamed) == (None, True)


def test_an_apostrophe_does_not_close_a_quotation():
    text = (
        "\u201cWe will not back down,\u201d the mayor said.\n\n"
        "\u201cIt\u2019s our city and we\u2019re staying.\n\nThat\u2019s final.\u201d\n\n"
        "The council met later."
    )
    article = _annotate(text)
    quoted = {article.span_text(c.content): c.according_to for c in article.claims}
    long_quote = (
        "\u201cIt\u2019s our city and we\u2019re staying.\n\nThat\u2019s final.\u201d"
    )
    assert quoted.get(long_quote) == "the mayor"


def test_a_quotation_goes_on_over_paragraphs_to_its_closing_mark():
    text = (
        '"No," the president stated.\n\n'
        '"But it\u2019s fair to ask about my age.\n\nWatch me."\n\nHe left.'
    )
    article = _annotate(text)
    contents = [article.span_text(c.content) for c in article.claims]
    assert '"But it\u2019s fair to ask about my age.\n\nWatch me."' in contents


def test_a_quotation_left_open_does_not_close_at_a_later_quotation_s_mark():
    text = (
        "The notice said in two languages:\n\n"
        "\u201cI agree to hold the ferry company harmless for any delay.\n\n"
        "The harbour master added that the boats were full:\n\n"
        "The town had called the crossings \u201creckless\u201d all summer.\n\n"
        "The council met later."
    )
    article = _annotate(text)
    contents = [article.span_text(c.content) for c in article.claims]
    assert not any("boats were full" in c and "I agree" in c for c in contents)
    assert not any(c.startswith("\u201cI agree") and c.endswith("reckless\u201d")
                   for c in contents)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an object that opens a quotation keeps its closing mark
        ("The mayor called the plan \u201ca disgrace,\u201d and left.",
         "the plan \u201ca disgrace,\u201d"),
        ("The mayor blasted the \u201creckless\u201d plan on Monday.",
         "the \u201creckless\u201d plan"),
        # two apostrophes for a quotation mark, as archives write them
        ("''This is not tax reform,'' said Dana Holt, an economist.",
         "''This is not tax reform,''"),
        ("Dana Holt said the plan was ''a disgrace.''", "the plan was ''a disgrace.''"),
    ],
)  # fmt: skip
def test_a_content_keeps_the_marks_of_its_quotation(text, content):
    assert content in [c["content"] for c in _claims(_annotate(text))]


def test_a_quotation_open_at_the_end_of_a_text_ends_with_it():
    from corroborate.extractors.claims.contents import with_quote_marks

    text = "He said \u201cyes"
    span = with_quote_marks(text, _span(text, "yes"))
    assert span.end <= len(text)
    assert text[span.start : span.end] == "\u201cyes"


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        # a "she" does not take the man who spoke before her
        ("Mr. Hale said Mrs. Reyes kept the files at home, where she claimed they "
         "were safe.", "she", "Mrs. Reyes"),
        # "her claim" with no named subject: the woman named before it
        ("Mrs. Reyes kept the files at home. One of the early letters contradicts "
         "her claim that she used one account.", "her", "Reyes"),
        # or in the paragraph before, when its own names no one
        ("Mrs. Reyes kept the files at home.\n\nOne of the early letters contradicts "
         "her claim that she used one account.", "her", "Reyes"),
        # no gender told, the one person its paragraph names before it
        ("Tom Hale's past statements, including his promise to be \"neutral\" "
         "in the talks, have caused concern.", "his", "Tom Hale"),
        ("The loudest applause lines during Tom Hale's speech were for fighting "
         "mine issues, esp. his plan to \u201cclose every mine\u201d.", "his",
         "Tom Hale"),
    ],
)  # fmt: skip
def test_claims_a_gendered_pronoun_takes_a_speaker_of_its_gender(
    text, pronoun, speaker
):
    assert _speakers(text, pronoun)[:1] in ([speaker], [speaker.split()[-1]])


def test_claims_a_he_tells_a_mans_gender_to_a_later_she():
    """ "“We will win,” he said" was Tom Hale's: the "She" of the paragraph
    after, whose sentence before is about Hale, is not Hale."""
    text = ("Tom Hale spoke first. \u201cWe will win,\u201d he said.\n\nHale held "
            "leads over Jo Reyes in the polls. She said she had hoped an aggressive "
            "push would carry the state.")  # fmt: skip
    assert _speakers(text, "he") == ["Tom Hale"]
    assert _speakers(text, "She") == ["Jo Reyes"]


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # two people named before it, neither's gender told
        ("Tom Hale met Jo Reyes on Monday. Hale's past statements, including his "
         "promise to be \"neutral\" in the talks, have caused concern.", "his"),
        # a person told between the name and the pronoun
        ("Justice Jo Reyes asked the state's solicitor general to explain his view "
         "that the state should be allowed to ban mining.", "his"),
        # the one named is a woman: a "she" tells it
        ("The crowd laughed when Tom talked over Reyes as she tried to correct his "
         "claims about how much of the wall was built.", "his"),
        # the paragraph began with a "he" the name does not stand for
        ("Hale's testimony lasted three days.\n\nHe also said that Tom Reyes and "
         "two of his children played a role by signing checks, but he denied that "
         "they authorized the fraud.", "he"),
    ],
)  # fmt: skip
def test_claims_a_pronoun_another_may_stand_for_names_no_one(text, pronoun):
    """A pronoun no honorific ties to a name names no one, not credited to a
    person it may not stand for, nor shown as the speaker."""
    assert _speakers(text, pronoun) == [None]


def test_claims_a_pronoun_of_unknown_gender_still_takes_the_speaker_before():
    text = ("Mr. Hale said the files were safe. “We kept them at home,” he added. "
            "Jo Reyes said the plan failed. She added that no one was told.")  # fmt: skip
    by_source = {c["source"]: c["according_to"] for c in _claims(_annotate(text))}
    assert by_source["he"] == "Mr. Hale"
    assert by_source["She"] == "Jo Reyes"


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        # the person the sentence before is about, after whoever spoke last
        ("\u201cThey are his enemies,\u201d Tom Hale said.\n\nJo Reyes began Sunday "
         "with a short tweet.\n\nHours later, she issued a statement calling for "
         "calm.", "she", "Jo Reyes"),
        # past the sentences of a quotation between them
        ("\u201cThey are his enemies,\u201d Tom Hale said.\n\nJo Reyes began Sunday "
         "with a short tweet. \u201cWoke up to sad news. My thoughts are with the "
         "families.\u201d\n\nHours later, she issued a statement calling for calm.",
         "she", "Jo Reyes"),
        ("Tom Hale said the deal was a disaster. The governor's main rival, Jo "
         "Reyes of Ohio, skipped the meeting. Instead she gave a speech in which "
         "she pledged to cut taxes.", "she", "Jo Reyes"),
        # past sentences whose subject is the same pronoun
        ("Tom Hale said the bill was dead.\n\nJo Reyes appeared to have the most "
         "to gain.\n\nShe skirted the first question.\n\nShe also avoided the "
         "term. She referred to the bill but was careful.\n\n\u201cWe are not at "
         "war,\u201d she said.", "she", "Jo Reyes"),
        # not several speakers joined, nor the first of them
        ("Tom Hale said the port would close. Ann Lee and Bo Park both floated a "
         "plan on Sunday. \u201cIt will fail,\u201d he said.", "he", "Tom Hale"),
        # a subject before it in its own sentence
        ("Tom Hale said the bill was dead. When Governor Jo Reyes took office, "
         "she vowed to repeal the rule.", "she", "Jo Reyes"),
        # not one named inside a quotation, nor one a pronoun's owner is set by
        ("Tom Hale said the call went badly. \u201cJo Reyes promised to meet us,"
         "\u201d he said.", "he", "Tom Hale"),
        ("Tom Hale said he had won Ohio. His opponent, Jo Reyes, won Iowa. "
         "He told the crowd that the win meant a lot.", "He", "Tom Hale"),
        # nor one an honorific says is of the other gender
        ("Mr. Hale said the emails were damaging. Mrs. Reyes testified for eleven "
         "hours. He said the answers were evasive.", "He", "Mr. Hale"),
    ],
)  # fmt: skip
def test_claims_a_pronoun_takes_the_person_a_sentence_nearer_is_about(
    text, pronoun, speaker
):
    assert _speakers(text, pronoun)[-1:] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Parents are campaigning under the slogan " Liz Knows Best " and have '
        "published the supposed names of teachers Ann Cole and Tom Reyes .",
        'The group, which calls itself " Mothers Stand Up " and has claimed that the '
        "vote was rigged, met on Monday.",
    ],
)
def test_a_verb_inside_a_quoted_name_lends_no_speaker_outside_it(text):
    """A quoted name with a verb in it is no clause whose subject speaks."""
    claims = _claims(_annotate(text))
    assert not [c for c in claims if c["source"] in ("Liz", "Mothers")], claims


@pytest.mark.parametrize(
    "text",
    [
        "DOVER , Del. \u2014 Ann Reyes said on Friday that the port would close.",
        "Port plan\n\nDOVER (AP) \u2014 Ann Reyes said on Friday that the port would close.",
    ],
)
def test_a_dateline_is_no_part_of_the_speaker(text):
    """The lead starts after its dateline: the town is not who speaks."""
    claims = _claims(_annotate(text))
    assert [c["source"] for c in claims] == ["Ann Reyes"], claims


def test_a_headline_in_capitals_scraped_into_a_paragraph_is_no_speaker():
    """A link's headline in capitals kept by the scrape mid-paragraph is a
    sentence of its own: the name after it speaks, and so does the "he"
    after that."""
    claims = _claims(_annotate(
        "Activists were dismayed by the new rule. MAYORS URGE STATE TO ‘TAKE EVERY "
        "STEP' TO STOP THE PLAN Ann Reyes , director of the Dover Coalition , "
        "accused the state of making \" an end run around the law . \"\n\n"
        "\" The state has taken a step backwards , \" he said in a statement ."
    ))  # fmt: skip
    by_cue = {c["cue"]: c for c in claims}
    assert by_cue["accused"]["source"].startswith("Ann Reyes")
    assert by_cue["said"]["according_to"].startswith("Ann Reyes")


def test_a_few_words_in_capitals_are_names_not_a_headline():
    doc = load_nlp()("The U.S. and NATO BOTH SAID Monday they would act.")
    assert len(list(doc.sents)) == 1


def test_a_dash_inside_a_sentence_is_no_dateline():
    doc = load_nlp()(
        "NATO leaders met in Rome \u2014 and agreed on Friday to send aid."
    )
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ('" The river has given us a way out of the drought , which is the new canal .'
         "\n\nWe did n't need to wait any longer than we already had , \" Marta Lind"
         " said .", ['" The river has given us a way out of the drought , which is the'
                     " new canal ."]),
        ("\u201cThe river has given us a way out.\n\nThe canal is finished.\n\n"
         "We did not need to wait any longer,\u201d said Marta Lind.",
         ["\u201cThe river has given us a way out.", "The canal is finished."]),
        # a paragraph with a claim of its own is not the quotation's
        ("\u201cThe river has given us a way out.\n\nOfficials said the canal is "
         "finished.\n\nWe did not need to wait any longer,\u201d said Marta Lind.", []),
        # one with a cue of another kind than saying is
        ("\u201cThe river has given us a way out.\n\nAbout 80 % of farmers support "
         "the canal.\n\nWe did not need to wait any longer,\u201d said Marta Lind.",
         ["\u201cThe river has given us a way out.",
          "About 80 % of farmers support the canal."]),
        ("\u201cThe river has given us a way out.\n\nMost residents back the new "
         "canal.\n\nWe did not need to wait any longer,\u201d said Marta Lind.",
         ["\u201cThe river has given us a way out.",
          "Most residents back the new canal."]),
        # a quotation closed in its own paragraph opens nothing
        ("\u201cThe river has given us a way out.\u201d\n\n"
         "We did not need to wait any longer, said Marta Lind.", []),
    ],
)  # fmt: skip
def test_a_quotation_a_later_paragraph_closes_and_signs_is_its_speaker_s(text, opened):
    article = _annotate(f"The canal opened.\n\n{text}")
    claims = _claims(article)
    signed = [c for c in claims if c["source"] == "Marta Lind" and c["cue"] == "said"]
    if opened:
        assert signed and signed[0]["content"].startswith("We did")
    found = [
        c["content"]
        for c in claims
        if c["source"] == "Marta Lind" and c["cue"] != "said"
    ]
    assert found == opened, claims


@pytest.mark.parametrize(
    ("lone", "label", "speaker"),
    [("Rivas", "PERSON", "Rivas"),  # the tagger missed her surname: still a person
     ("Rivas", "ORG", "Rivas"),  # ... and read her full name as a body's
     ("Harbor", "PERSON", "Governor Tom Hale")],  # naming no person of the article
)  # fmt: skip
def test_claims_a_pronoun_takes_a_speaker_the_tagger_left_unnamed(lone, label, speaker):
    text = (
        "Sen. Ana Rivas of Texas led the talks.\n\n"
        '"The port is safe," Governor Tom Hale said.\n\n'
        f"{lone} stressed the limits of the plan.\n\n"
        '"Nobody loses a job," she said.'
    )
    mentions = [Mention(s.start, s.end, tag, "x")
                for s, tag in ((_span(text, "Ana Rivas"), label),
                               (_span(text, "Tom Hale"), "PERSON"))]  # fmt: skip
    article = Article(id="r#1", document_id="r", text=text, mentions=mentions)
    she = text.index("she said")
    article.claims = [
        Claim(_span(text, "said."), _span(text, "The port is safe"), "x",
              source=_span(text, "Governor Tom Hale")),
        Claim(_span(text, "stressed"), _span(text, "the limits of the plan"), "x",
              source=_span(text, lone)),
        Claim(Span(she + 4, she + 8), _span(text, "Nobody loses a job"), "x",
              source=Span(she, she + 3)),
    ]  # fmt: skip
    resolve_sources(article, set())
    assert article.claims[-1].according_to == speaker


@pytest.mark.parametrize(
    ("text", "number", "linked"),
    [
        ("The comment came as Sen. Ann Reyes, who voted against the $732 billion "
         "bill, said she would slow the vote.", "$732 billion", False),
        ("Alderman Tom Hale cast the lone vote against the measure, which passed 4-1.",
         "4-1", False),
        ("When the House passed a bill to cancel the plan for 87,000 new agents, "
         "the White House reacted.", "87,000 new agents", False),
        ("Sen. Ann Reyes refused to pay the $5,000 fine.", "$5,000", False),
        ("The agency declined to confirm the $2 billion plan.", "$2 billion", False),
        ("Ann Reyes said the bill would cost $732 billion.", "$732 billion", True),
        ("Reyes expressed concern that the bill would cost $732 billion.",
         "$732 billion", True),
    ],
)  # fmt: skip
def test_a_number_in_what_an_act_takes_is_the_reporters(text, number, linked):
    """An act the cue model reads as a stance ("voted against", "cast the lone
    vote against") takes a thing the reporter describes: its numbers are no
    one's words."""
    article = _annotate(text)
    (quantity,) = [q for q in article.quantities if article.span_text(q) == number]
    assert str(quantity.linked_to).startswith("claim:") is linked


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kaine did not see the media's point.", "declines"),
        ("Kaine saw the media's point.", "asserts"),
    ],
)
def test_a_cue_the_model_finds_keeps_its_negation(text, stance):
    """A cue beyond the reporting words ("see") said with "not" tells nothing
    asserted, as a reporting word's would."""
    claims = _claims(_annotate(text))
    assert [c["stance"] for c in claims if "see" in c["cue"] or "saw" in c["cue"]] == [
        stance
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Democrats also agreed to a request by Ms. Ruiz to include $4 billion to "
         "fight droughts, according to officials briefed on the plan.",
         "officials briefed on the plan"),
        ("The mayor praised the $40 million grant, the governor said.", "the governor"),
    ],
)  # fmt: skip
def test_a_number_is_told_by_who_tells_it_not_who_takes_a_stance_in_it(text, source):
    article = Pipeline().annotate(text)
    (quantity,) = article.quantities
    assert claim_source(article, quantity) == source


def test_a_number_a_quotation_tells_another_saying_is_the_quotations_speakers():
    """'“... She said that it is low because people have two jobs ...,” Goodwin
    said': Goodwin tells it, quoting what "she" said."""
    text = "“She said it is low because people have two jobs,” Goodwin said."
    quote = text[: text.index("”") + 1]
    inner = "it is low because people have two jobs"

    def span(part: str) -> Span:
        start = text.index(part)
        return Span(start, start + len(part))

    article = Article(id="c#1", document_id="c", text=text)
    article.claims = [
        Claim(
            span("“"),
            span(quote),
            "test.v1",
            source=span("Goodwin"),
            source_text="Goodwin",
        ),
        Claim(
            span("said"), span(inner), "test.v1", source=span("She"), source_text="She"
        ),
    ]
    jobs = span("two jobs")
    article.quantities = [
        Quantity(jobs.start, jobs.end, "test.v1", value=2.0, unit="job")
    ]
    link_quantities(article, load_nlp()(text))
    assert claim_source(article, article.quantities[0]) == "Goodwin"


def test_claims_a_day_the_parser_makes_a_second_subject_speaks_no_words():
    """A parse of "The day before, ..., Mr. Trump was just as blunt, claiming
    that ..." with "day" and "Trump" both subjects of "was" (as spaCy gave it
    with the paragraph before) credits the claim to the person."""
    from spacy.tokens import Doc

    from corroborate.extractors.claims.sources import source_token

    words = ["The", "day", "before", ",", "Holm", "was", "blunt", ",", "claiming",
             "that", "it", "closed", "."]  # fmt: skip
    heads = [1, 5, 1, 5, 5, 5, 5, 5, 5, 11, 11, 8, 5]
    deps = ["det", "nsubj", "advmod", "punct", "nsubj", "ROOT", "acomp", "punct",
            "advcl", "mark", "nsubj", "ccomp", "punct"]  # fmt: skip
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)
    assert source_token(doc[8]).text == "Holm"


def test_claims_a_passive_report_names_no_speaker_from_the_clause_before():
    """ "..., and Chairman Tom Hale was said to be furious": said by no one
    the sentence names, not by the subject of the clause it is joined to."""
    (claim,) = _claims(
        _annotate(
            "The interview set off a panic this week, and Chairman Tom Hale was "
            "said to be furious with the mayor."
        )
    )
    assert (claim["cue"], claim["source"]) == ("was said", None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a place is not who speaks
        ("The panel spent five hours behind closed doors questioning the mayor's "
         "top aide, Jo Reyes.", "questioning"),
        # nor is a bare number the parser makes a subject
        ("In Dover, 60 pledged delegates and seven others were at stake.", None),
    ],
)  # fmt: skip
def test_claims_no_place_or_number_speaks(text, cue):
    """ "behind closed doors questioning ...": the doors are where; "60
    pledged delegates": an adjective the parser read as a cue."""
    claims = _claims(_annotate(text))
    assert all(c["source"] is None for c in claims), claims
    assert [c["cue"] for c in claims] == ([cue] if cue else [])


def test_a_that_clause_inside_a_quotation_supports_only_its_noun():
    """ "the military option that many Republicans are advocating", inside a
    spokesman's quotation: the Republicans back the option, not the
    quotation around it; a noun summing up a clause ("a charge that his
    lawyer denied") still stands for the clause."""
    claims = _claims(_annotate(
        "\u201cThe rush to war \u2014 or, at least, the rush to the military option "
        "that many Republicans are advocating \u2014 is not in our interest,\u201d "
        "Tom Hale said. Police arrested the man, a charge that his lawyer denied."
    ))  # fmt: skip
    by_source = {c["source"]: c["content"] for c in claims}
    assert by_source["many Republicans"] == "the military option"
    assert "Police arrested the man" in by_source["his lawyer"]


def test_claims_a_saying_told_as_how_someone_did_something_is_theirs():
    """ "Biden ... points to his record by saying, “The NAACP has endorsed me
    ...”": the subject of "points" says it."""
    claims = _claims(_annotate(
        "Ann Lee regularly points to her record by saying, \u201cThe union has "
        "endorsed me every time I have run.\u201d"
    ))  # fmt: skip
    saying = [c for c in claims if c["cue"] == "saying"]
    assert saying and saying[0]["source"] == "Ann Lee"
    # asked by someone else: not the subject's words
    asked = _claims(_annotate(
        "Her comments came after being asked again to defend the plan."
    ))  # fmt: skip
    assert [c["source"] for c in asked if c["cue"] == "being asked"] == [None]


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("The ministry issued a rule Friday barring groups from the program.", False),
        ("The rule came after the department issued a 300-page draft.", False),
        ("The ministry issued a warning to the rebels.", True),
    ],
)  # fmt: skip
def test_claims_issuing_reports_only_a_message(text, claimed):
    """A rule or a draft issued is an act, not something said."""
    issued = [c for c in _claims(_annotate(text)) if c["cue"] == "issued"]
    assert bool(issued) is claimed


def test_a_relative_clause_that_names_a_thing_gives_its_speaker_only_that_thing():
    """Inside the delegate's quotation, "which the governor highlighted" is
    about the right it qualifies: the governor is not the one who says the
    day was sad; a denial by "which" still takes the whole clause."""
    claims = _claims(_annotate(
        "“Today is a sad day for the city’s right to self-rule, which the governor "
        "highlighted weeks ago,” Delegate Ann Lee said on Thursday. Albania said "
        "the man was killed by police, which Tirana denied."
    ))  # fmt: skip
    governor = [c for c in claims if c["source"] == "the governor"]
    assert governor and "sad day" not in str(governor[0]["content"])
    assert "self-rule" in str(governor[0]["content"])
    assert any(
        c["source"] == "Tirana" and c["content"] == "the man was killed by police"
        for c in claims
    )


@pytest.mark.parametrize(
    "text",
    [
        "It's fair to wonder how the mayor will deal with the list.",
        "It's safe to say the city's doors are wide open.",
        "It is extremely telling that the council was so prepared to drop it.",
        "It may feel unfair that a few could cause us all harm.",
    ],
)
def test_an_it_before_the_writers_own_judgement_is_no_speaker(text):
    assert _claims(_annotate(text)) == []


@pytest.mark.parametrize(
    "second", ["It said the plan would fail.", "It’s warning that the plan will fail."]
)
def test_an_it_that_stands_for_a_speaker_still_speaks(second):
    claims = _claims(_annotate(f"The company said on Monday it would close. {second}"))
    assert [c["according_to"] for c in claims if c["source"] == "It"] == ["The company"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the body the sentence before is about, not the last body that spoke
        ("People in the plans fare better, said the letter. The campaign committee "
         "for House Republicans unleashed an attack on Friday. Older Americans, it "
         "said, will feel the pain.", "The campaign committee for House Republicans"),
        # a body named as a subject before it in its own sentence
        ("Analysts said the law was weak. The agency did not defend the law, yet "
         "it said the judge should wait.", "The agency"),
    ],
)  # fmt: skip
def test_an_it_stands_for_the_body_the_text_is_about(text, speaker):
    claims = _claims(_annotate(text))
    assert [c["according_to"] for c in claims if c["source"] == "it"] == [speaker]


def test_an_it_before_a_judgement_with_a_curly_apostrophe_is_no_speaker():
    assert _claims(_annotate("It\u2019s telling that the mayor was appointed.")) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Hale cannot say that “from his perspective,” Ruiz added, saying it "
         "should be “up to the voters to decide.”", "saying", "Ruiz"),
        ("The mayor said the plan would fail, adding that the council had not "
         "read it.", "adding", "The mayor"),
        ("Ann Lee said this week that the council would formally declare its "
         "plan and suggested that it would vote in March.", "suggested", "Ann Lee"),
    ],
)  # fmt: skip
def test_a_participle_cue_takes_the_speaker_of_the_cue_it_follows(text, cue, source):
    """ "..., Ruiz added, saying ...": Ruiz says it, though the parser hangs
    "added" on the sentence's other cue; "said ..., adding ..." and "said that
    ... would declare ... and suggested ..." keep the first speaker."""
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == cue]
    assert claim["source"] == source


def test_a_speaker_the_parser_reads_as_the_object_of_after_still_speaks():
    """ "after Trump on Wednesday said ...": the parser reads him as the object
    of "after" and hangs "said ..." on "made" as what the clarification says;
    Trump said it, and the clarification says nothing of it."""
    claims = _claims(
        _annotate(
            "Agency Director Ann Lee made a clarification after Trump on "
            "Wednesday said he disagreed with the guidance, calling it impractical."
        )
    )
    (said,) = [c for c in claims if c["cue"] == "said"]
    assert said["source"] == "Trump"
    assert not [c for c in claims if str(c["content"]).startswith("said")]


def test_a_report_the_parser_hangs_on_a_participle_keeps_its_speaker():
    """ "Durbin, noting the size of Sanders's following, said, "..." ": the
    parser hangs "said" on "noting"; the quotation is Durbin's, and "noting"
    says no "said"."""
    article = Pipeline().annotate(
        "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's "
        'following, said, "Let me tell you, he has a heck of a mailing list."',
        article_id="c#1",
    )
    claims = _claims(article)
    (said,) = [c for c in claims if c["cue"] == "said"]
    assert said["source"] == "Sen. Richard J. Durbin"
    assert not [c for c in claims if str(c["content"]).startswith("said")]


def test_claims_of_two_subjects_the_one_before_the_cue_speaks():
    """ "Speaking in Salem, Texas, Holm went after Reyes, calling him ...",
    parsed with "Texas" and "Holm" both subjects of "went": the one nearest
    before the verb speaks, not the end of the opening phrase."""
    from spacy.tokens import Doc

    from corroborate.extractors.claims.sources import source_token

    words = ["Speaking", "in", "Salem", ",", "Texas", ",", "Holm", "went", "after",
             "Reyes", ",", "calling", "him", "weak", "."]  # fmt: skip
    heads = [7, 0, 1, 7, 7, 7, 7, 7, 7, 8, 7, 7, 11, 11, 7]
    deps = ["advcl", "prep", "pobj", "punct", "nsubj", "punct", "nsubj", "ROOT",
            "prep", "pobj", "punct", "advcl", "dobj", "oprd", "punct"]  # fmt: skip
    pos = ["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "ADP",
           "PROPN", "PUNCT", "VERB", "PRON", "ADJ", "PUNCT"]  # fmt: skip
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-PERSON", "O", "O", "B-PERSON",
            "O", "O", "O", "O", "O"]  # fmt: skip
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert source_token(doc[11]).text == "Holm"
    # a word inside the first subject is no speaker ("Many groups that have
    # called for the change say ...", "change" read as a second subject)
    words = ["Many", "groups", "that", "called", "for", "the", "change", "say",
             "it", "failed", "."]  # fmt: skip
    heads = [1, 7, 3, 1, 3, 6, 7, 7, 9, 7, 7]
    deps = ["amod", "nsubj", "nsubj", "relcl", "prep", "det", "nsubj", "ROOT",
            "nsubj", "ccomp", "punct"]  # fmt: skip
    pos = ["ADJ", "NOUN", "PRON", "VERB", "ADP", "DET", "NOUN", "VERB", "PRON", "VERB",
           "PUNCT"]  # fmt: skip
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert source_token(doc[7]).text == "groups"
    # nor a name's suffix ("Herman Holm, Jr. explained", "Jr." a second subject)
    words = ["Herman", "Holm", ",", "Jr.", "explained", "it", "."]
    heads = [1, 4, 4, 4, 4, 4, 4]
    deps = ["compound", "nsubj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert source_token(doc[4]).text == "Holm"


def test_claims_a_weekday_the_parser_makes_a_subject_speaks_no_words():
    """A day read as the only subject of "said" (a sentence run into the one
    before it: "... polls Trump, in Kentucky, said Tuesday that ...") is no
    speaker."""
    from spacy.tokens import Doc

    from corroborate.extractors.claims.sources import source_token

    words = ["Tuesday", "said", "that", "it", "closed", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert source_token(doc[1]) is None
    # a name that ends as a time does speaks ("Kristen Day said", "USA TODAY said")
    for first, last in (("Kristen", "Day"), ("USA", "TODAY")):
        words = [first, last, "said", "that", "it", "closed", "."]
        heads = [1, 2, 2, 5, 5, 2, 2]
        deps = ["compound", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"]
        pos = ["PROPN", "PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
        doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
        assert source_token(doc[2]).text == last


def test_claims_a_result_clause_is_no_claim():
    """ "so fierce that ...": what follows is the result of the adjective, not
    anyone's words (the cue model had read "become so fierce" as a cue); a
    person's "so frustrated that ..." is hers."""
    article = _annotate(
        "And he is predicting that the competition will become so fierce that it "
        "will become clear that Trump has no chance of winning."
    )
    assert [c["cue"] for c in _claims(article)] == ["is predicting"]
    article = _annotate("She is so frustrated that the state is cutting the funds.")
    assert [c["cue"] for c in _claims(article)] == ["is so frustrated"]
    article = _annotate("Party bosses are so worried that the mayor could lose.")
    assert [c["cue"] for c in _claims(article)] == ["are so worried"]


def test_claims_a_place_qualifying_the_speaker_is_not_the_speaker(tmp_path):
    """ "The Ohio senator said ...": the corpus stages credit no place (the
    senator is not named); a place that is the whole source still speaks."""
    from corroborate import KnowledgeBase

    source = tmp_path / "a.txt"
    source.write_text(
        "Farmers wait on the Senate\n\nThe Ohio senator said the levy was unfair. "
        "Ohio said the levy would be repealed. Texas and 19 other states said "
        "the levy was a tax.\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.ingest([source], workers=1)
    (article,) = list(kb.store.articles())
    speakers = {}
    for claim in article.claims:
        entity = kb.store.get_entity(claim.according_to or "")
        speakers[article.span_text(claim.source)] = entity.kind if entity else None
    assert speakers == {
        "The Ohio senator": None,
        "Ohio": "Place",
        "Texas and 19 other states": "Place",
    }


def test_claims_a_speaker_broken_after_a_title_is_whole():
    """Scraped text broken after a title's point ("... said Sen.\\n\\nTom
    Hale, Ohio Republican."): the name on the next line is the speaker."""
    article = _annotate(
        "\u201cThe levy is unfair,\u201d said Sen.\n\nTom Hale, Ohio Republican.\n\n"
        "Another paragraph starts here, Reyes said."
    )
    sources = [c["source"] for c in _claims(article)]
    assert sources[0].startswith("Sen.") and "Tom Hale" in sources[0]
    assert sources[1] == "Reyes"


def test_claims_a_cue_takes_no_quotation_from_the_next_paragraph():
    """ "The group is also known by the acronyms ISIL and ISIS." then a
    paragraph '"...," Obama said.': the quotation is Obama's, not the
    acronyms' (the parser hangs the paragraph break on the sentence before)."""
    article = _annotate(
        "The group is also known by the acronyms ISIL and ISIS.\n\n"
        '"We have not yet been able to decapitate them," Obama said.'
    )
    assert {c["source"] for c in _claims(article)} == {"Obama"}


def test_claims_a_cue_before_a_quotation_a_he_signs_keeps_it():
    """ "Governor Tom Hale vowed." then '“We will help ...,” he said.': the
    cue before keeps the quotation, and the "he" is Hale."""
    article = _annotate(
        "Governor Tom Hale vowed.\n\n"
        "\u201cWe will help the towns that are overwhelmed,\u201d he said."
    )
    claims = _claims(article)
    assert [c["cue"] for c in claims] == ["vowed", "said"]
    assert {c["according_to"] for c in claims} == {"Governor Tom Hale"}


def test_a_subject_the_tagger_misses_is_the_person_it_tags_elsewhere():
    """A lone name the tagger reads as a person's in one sentence and misses
    in another ("Rubio disagreed." opening a paragraph after a quotation)
    is that person: the "he" of the next quotation is his."""
    doc = load_nlp()("Ann Lee attacked Tom Hale on Monday. Hale disagreed.")
    missed = doc[-3]
    assert missed.text == "Hale"
    doc.ents = [e for e in doc.ents if not e.start <= missed.i < e.end]
    subjects = person_subjects(doc)
    assert [doc.text[s.name.start : s.name.end] for s in subjects if s.name] == [
        "Ann Lee",
        "Hale",
    ]


def test_a_subject_the_tagger_reads_as_a_body_elsewhere_is_no_person():
    """A name the tagger reads as a person's once and as an organisation's
    once is no person where it tags neither; nor is a lone word it reads as
    a person's name ("Facebook")."""
    for text, spans in (
        ("Ann Lee met Jo Harbour on Monday. Harbour Inc. sued her. Harbour won.",
         [(3, 5, "PERSON"), (8, 10, "ORG")]),
        ("Ann Lee met Harbour on Monday. Harbour Inc. sued her. Harbour won.",
         [(3, 4, "PERSON")]),
    ):  # fmt: skip
        doc = load_nlp()(text)
        assert [t.text for t in doc][3:5] in (["Jo", "Harbour"], ["Harbour", "on"])
        doc.ents = [Span_(doc, 0, 2, label="PERSON")] + [
            Span_(doc, a, b, label=label) for a, b, label in spans
        ]
        subjects = person_subjects(doc)
        names = [doc.text[s.name.start : s.name.end] for s in subjects if s.name]
        assert names == ["Ann Lee"], text


@pytest.mark.parametrize(
    ("words", "ents", "surname"),
    [
        # a given name's full name: the lone word the tagger read otherwise is his
        ("Bernie Sanders spoke . Sanders won .", [(0, 2, "PERSON"), (4, 5, "ORG")],
         True),
        # a word of an organisation's longer name is none
        ("Bernie Sanders spoke . Sanders Inc won .", [(0, 2, "PERSON"), (4, 6, "ORG")],
         False),
        # nor a lone word read otherwise after a full name with no given name
        ("Xq Facebook spoke . Facebook won .", [(0, 2, "PERSON"), (4, 5, "ORG")],
         False),
    ],
)  # fmt: skip
def test_a_lone_surname_the_tagger_read_as_a_body_names_the_person(
    words, ents, surname
):
    """ "Bernie Sanders" once, then "Sanders" tagged an organisation eight
    times: "Sanders, who ..., rallied young people ... that he says ...": the
    "he" is Sanders, not the professor who spoke before."""
    from spacy.tokens import Doc
    from spacy.tokens import Span as TokenSpan

    from corroborate.extractors.claims.subjects import _surnames

    doc = Doc(load_nlp().vocab, words=words.split())
    doc.ents = [TokenSpan(doc, s, e, label=label) for s, e, label in ents]
    assert ("Sanders" in _surnames(doc) or "Facebook" in _surnames(doc)) is surname


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a "he" going on about a man named alone before it: he is no "she"
        ("Tom Hale kept campaigning in Ohio. He raised money from donors. Hale "
         "said the race was open. “It is a bad pact,” she said.", None),
        # two persons named before the "he": either may be meant
        ("Tom Hale met Ann Lee in Ohio. He raised money from donors. Hale said "
         "the race was open. “It is a bad pact,” she said.", "Hale"),
    ],
)  # fmt: skip
def test_claims_a_he_going_on_about_a_person_tells_his_gender(text, speaker):
    (claim,) = [c for c in _claims(_annotate(text)) if c["source"] == "she"]
    assert claim["according_to"] == speaker


def test_claims_a_they_takes_no_speaker_a_he_stood_for():
    text = ("Tom Hale won the vote in Ohio. “We will fight on,” he said. People "
            "close to his campaign were pleased. “That won't happen,” they said.")  # fmt: skip
    (claim,) = [c for c in _claims(_annotate(text)) if c["source"] == "they"]
    assert claim["according_to"] is None


def test_claims_a_relative_clause_read_as_a_complement_is_nothing_said():
    """ "campaigned in the state that she won": the parser makes "that she
    won" the verb's clause, with "that" its object: a clause of the noun."""
    text = "Ann Lee campaigned hard in the state that she won in 2008."
    assert not [c for c in _claims(_annotate(text)) if c["cue"] == "campaigned"]
    # the one told is no noun the clause qualifies, however parsed
    text = "Tom Hale told the senator that he drove from Chicago to ask him."
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == "told"]
    assert claim["content"] == "that he drove from Chicago to ask him"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Ann Lee said she was “happy to see” the vote, according to "
        "The Dover Herald.",
        "Ann Lee said: “There will always be exceptions,” the Herald reported.",
    ],
)
def test_claims_what_one_said_ends_before_the_report_of_it(text):
    """The report of a saying that ends its sentence is a claim of its own,
    not part of what the speaker said."""
    (said,) = [c for c in _claims(_annotate(text)) if c["cue"] == "said"]
    assert "Herald" not in said["content"]
    assert said["according_to"] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Hale campaign sent out an email fundraising appeal on Tuesday. "
         "“We need your help,” the email said.", "The Hale campaign"),
        ("The mayor's office issued a statement on Friday. “We are pleased,” "
         "the statement said.", "The mayor's office"),
        # a message received is not the receiver's
        ("Tom Hale received a letter from the mayor. “You are not welcome,” "
         "the letter said.", "the letter"),
    ],
)  # fmt: skip
def test_claims_a_message_named_again_is_whoever_put_it_out(text, speaker):
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == "said"]
    assert claim["according_to"] == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Ann Lee spoke at the summit. Lee\u2019s best applause line at the summit: "
         "\u201cThat\u2019s one down, and many more to go.\u201d", "line", "Lee"),
        ("The mayor was asked about the strike. Tom Hale's response: \u201cWe will "
         "not back down.\u201d", "response", "Tom Hale"),
        ("Ann Lee toured Ohio. Her message to voters: \u201cGet out and vote on "
         "Tuesday.\u201d", "message", "Ann Lee"),
        ("Tom Hale was asked about the port. His reply: \u201cI have nothing to "
         "add.\u201d", "reply", "Tom Hale"),
    ],
)  # fmt: skip
def test_claims_a_quotation_a_possessed_noun_of_saying_introduces_is_the_owners(
    text, cue, speaker
):
    """ "Jindal's other big applause line ...: “...”": no verb of saying, the
    words are the possessor's."""
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == cue]
    assert claim["according_to"] == speaker
    assert claim["content"].startswith("\u201c")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale's response was swift: \u201cWe will fight.\u201d",
        "Tom Hale's response: he doubled down on the plan.",
    ],
)
def test_claims_a_noun_of_saying_introduces_no_clause_of_its_own_nor_a_paraphrase(text):
    assert not [c for c in _claims(_annotate(text)) if c["cue"] == "response"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The praise came a day after President Tom Hale , responding to union "
         "efforts to stop the port via strikes , announced economic sanctions on "
         "the port owners , the expulsion of 35 foreign managers , and the closing "
         "of two depots in the state .", "President Tom Hale"),
        ("The criticism came a day after Mayor Ann Lee , responding to the union "
         "'s demands , announced fines on the owners , the closing of 12 depots , "
         "and the sale of the port .", "Mayor Ann Lee"),
    ],
)  # fmt: skip
def test_claims_an_act_or_what_follows_its_aside_is_no_speaker(text, speaker):
    """The parser joins "announced" to "came": the praise announces nothing,
    nor is the thing announced its speaker; the name before the aside is."""
    claims = _claims(_annotate(text))
    (announced,) = [c for c in claims if c["cue"] == "announced"]
    assert announced["according_to"] == speaker
    assert all(c["source"] not in ("The praise", "The criticism") for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        'The city unveiled its "Harbor Plan," an effort said to include new piers.',
        "The city unveiled its \u201cHarbor Plan,\u201d a move said to bring jobs.",
    ],
)
def test_claims_a_thing_said_to_do_something_after_a_quoted_name_is_no_speaker(text):
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == "said"]
    assert claim["source"] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor had promised that the council would pass the Harbor\n\nAct by "
         "the end of May, but city officials told reporters that the vote would be "
         "delayed.", "city officials"),
        ("The governor vowed to sign the Clean Water\n\nAct by the spring, but "
         "aides told the Herald that the bill would not reach her desk.", "aides"),
    ],
)  # fmt: skip
def test_claims_the_end_of_a_clause_before_but_is_no_speaker(text, speaker):
    """A line break cut a bill's name in two and the parser took the end of
    the first clause for a subject: the subject after ", but" speaks."""
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == "told"]
    assert claim["according_to"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Blessings require \u201cthat what is blessed be ordered to receive "
         "grace,\u201d states the explanatory text, with the approval of the pope.",
         "the explanatory text"),
        ("As signs \u201cof spiritual effects,\u201d blessings require both "
         "\u201cthe right intention of those who take part\u201d and \u201cthat "
         "what is blessed be ordered to receive grace, according to the designs "
         "of God inscribed in creation,\u201d states the explanatory text, with "
         "the approval of the pope.", "the explanatory text"),
        ("Such unions need \u201cthe right intention of all who are open to "
         "grace,\u201d writes the editorial board, with some regret.",
         "the editorial board"),
    ],
)  # fmt: skip
def test_claims_a_cue_after_a_quotation_names_its_speaker(text, speaker):
    """The inverted cue signs the quotation before it, not the phrase after
    it; the clause the quotation is set in is not a claim of its subject."""
    claims = _claims(_annotate(text))
    (signed,) = [c for c in claims if c["according_to"] == speaker]
    assert signed["content"].endswith(",\u201d")
    assert [c["according_to"] for c in claims] == [speaker]


def test_claims_a_quoted_phrase_before_an_infinitive_is_no_quotation_it_signs():
    text = ("Leaders signaled to the mayor they are working on a \u201ccomprehensive "
            "plan\u201d to address the causes of the strike.")  # fmt: skip
    claims = _claims(_annotate(text))
    assert all(c["content"] != "\u201ccomprehensive plan\u201d" for c in claims)


@pytest.mark.parametrize("mark", ['"', "\u201d"])
def test_claims_a_quotation_over_paragraphs_signed_by_a_tweet_is_the_tweeters(mark):
    """The parser hangs the closing mark on the cue and the quotation on
    nothing: the tweet's words are Trump's, not the lawmakers' who criticized
    the policy in the sentence before them."""
    opening = '"' if mark == '"' else "\u201c"
    text = (
        "The policy has been criticized by lawmakers in both parties , but Trump "
        "has blamed Congress for inaction .\n\n"
        f"{opening} Now is the best time ever for Congress to change the laws .\n\n"
        "Get it done , always keeping in mind that we must have strong border "
        f"security , {mark} Trump tweeted on Tuesday morning ."
    )
    claims = _claims(_annotate(text))
    (tweeted,) = [c for c in claims if c["cue"] == "tweeted"]
    assert tweeted["according_to"] == "Trump"
    assert tweeted["content"].startswith(f"{opening} Now is")
    assert not [c for c in claims if c["according_to"] == "lawmakers in both parties"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("In an interview on CBS's \"Face the Nation,\" Speaker Tom Hale said the "
         "recent spate of strikes and protests demands that all workers engage in "
         "talks.", "the recent spate of strikes and protests demands that all "
         "workers engage in talks"),
        # a show's name in the phrase that tells where is no quotation signed
        ("In an interview on NBC's \u201cMeet the Press,\u201d Mayor Ann Lee said the "
         "city would reopen the port.", "the city would reopen the port"),
    ],
)  # fmt: skip
def test_claims_a_clause_whose_verb_is_read_as_a_noun_is_what_is_said(text, content):
    (claim,) = [c for c in _claims(_annotate(text)) if c["cue"] == "said"]
    assert claim["content"] == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Only 18 percent said all migrants should be deported.", None),
        ("About four out of 10 voters said the economy was their top issue.", None),
        ("Nearly 31% of Republicans said the party was divided.", None),
        ("Most of them said they would vote in the fall.", None),
        ("Many of the state's mayors said the port was safe.",
         "Many of the state's mayors"),
        # a count of persons that names them speaks
        ("Most Republicans said the party was divided.", "Most Republicans"),
        ("Sen. Ann Lee said the party was divided.", "Sen. Ann Lee"),
    ],
)  # fmt: skip
def test_claims_a_share_of_people_is_no_speaker(text, speaker):
    """What a poll's share of respondents said is what the poll found: no
    one is credited with it."""
    (claim,) = [c for c in _annotate(text).claims if c.cue.end - c.cue.start == 4]
    assert claim.according_to == speaker
    assert claim.unnamed is (speaker is None)


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ('author="annlee" timestamp="1454346000" tweet_id="6942">Mayor Tom Hale',
         "Mayor Tom Hale"),
        ('author="annlee" timestamp="1454346000" tweet_id="6942">I', "annlee"),
        ('<tweet tweet-author="@PortNews" tweet-date="February 10', "PortNews"),
        ('datetime="2016-07-23">I\u2019m', None),
        ("Mayor Tom Hale", "Mayor Tom Hale"),
        ("he", None),
        ("22 percent", None),
        ("Twenty-four percent", None),
        ("721 delegates", "721 delegates"),
        ("a draft obtained by <mask", "a draft obtained by"),
    ],
)  # fmt: skip
def test_claims_a_label_is_no_markup_pronoun_or_share(source, label):
    from corroborate.extractors.claims.speaker_labels import speaker_label

    assert speaker_label(source) == label


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Cruz said. \u201cThe deal is bad. Tom Hale said he wants to be neutral "
         "in the talks. As mayor I will not be neutral.\u201d", "Tom Hale"),
        ("Ann Lee said. \u201cThe port is closed. Mayor Tom Hale said he wants it "
         "open. I do not.\u201d", "Mayor Tom Hale"),
    ],
)  # fmt: skip
def test_claims_a_cue_inside_a_quotation_is_the_quoting_speakers(text, quoted):
    """A report of someone saying something within a quotation is the
    words of the one quoted: Cruz tells that Hale said it."""
    claims = _claims(_annotate(text))
    (inner,) = [c for c in claims if c["source"] == quoted]
    assert inner["according_to"] == claims[0]["according_to"] != quoted


def test_claims_a_cue_outside_a_quotation_keeps_its_speaker():
    text = ("Cruz said the deal was bad. Tom Hale said he wants to be neutral in "
            "the talks.")  # fmt: skip
    claims = _claims(_annotate(text))
    assert [c["according_to"] for c in claims if c["cue"] == "said"] == [
        "Cruz", "Tom Hale"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Ann Lee backed the plan. \u201cIt will pass,\u201d the senator "
         "said. As for Tom Hale, he said he is not worried.", "Tom Hale"),
        ("Sen. Ann Lee backed the plan. \u201cIt will pass,\u201d the senator "
         "said. As to Mayor Tom Hale, he said the vote was near.", "Mayor Tom Hale"),
        # a phrase of no person opens it: the speaker before
        ("Sen. Ann Lee backed the plan. \u201cIt will pass,\u201d the senator "
         "said. As a senator, he said the vote was near.", "the senator"),
    ],
)  # fmt: skip
def test_claims_a_he_after_the_person_a_sentence_opens_on_is_that_person(text, speaker):
    (claim,) = [c for c in _claims(_annotate(text)) if c["source"] == "he"]
    assert claim["according_to"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "quoted"),
    [
        ("Economists were quick to push back on the governor’s forecast, including "
         "CNBC analyst Steve Liesman, who responded: “The report says growth HAD slowed.”",
         "CNBC analyst Steve Liesman", "growth HAD slowed"),
        ("Critics were quick to dismiss the mayor’s plan, including Councilwoman "
         "Ana Ruiz, who said “The plan will raise every family’s rent.”",
         "Councilwoman Ana Ruiz", "raise every family"),
    ],
)  # fmt: skip
def test_claims_a_quotation_of_a_named_one_who_said_is_no_part_of_the_claim_before(
    text, speaker, quoted
):
    """ ", including NAME, who said: “...”": the quotation is the named one's."""
    claims = _claims(_annotate(text))
    holding = [c for c in claims if quoted in str(c["content"])]
    assert holding and all(c["according_to"] == speaker for c in holding)


def test_claims_a_question_keeps_the_words_of_the_one_it_names():
    """'asked if she agreed with X, who said in a ruling that “...”': the
    question needs what X said."""
    text = ("She then asked Lee if she agreed with the late Justice Ann Hart, who "
            "said in a ruling that “rules are rules.”")  # fmt: skip
    (asked,) = [c for c in _claims(_annotate(text)) if c["cue"] == "asked"]
    assert "rules are rules" in str(asked["content"])


@pytest.mark.parametrize(
    "text",
    [
        "Governor Jay Inslee is issuing a strong statement about a fire in a warehouse.",
        "The mayor released a statement about the shooting at the school on Tuesday.",
        "Senator Warren's announcement about the deal with the bank came late.",
    ],
)  # fmt: skip
def test_claims_what_a_statement_is_about_is_no_content(text):
    """The topic after "about" is not what was said: no claim tells it."""
    assert not [c for c in _claims(_annotate(text)) if c["content"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator said about the vote that it was rigged.", "that it was rigged"),
        ("The mayor spoke about the shooting: “It was a tragedy.”", "It was a tragedy"),
        ("The union complained about the noise at the plant.", "the noise at the plant"),
        ("The mayor rejects the senator's remarks about the port.", "remarks about the port"),
        # PolNeAR marks what a verb of saying is about as what is said
        ("The mayor spoke about the shooting at the school.", "the shooting at the school"),
    ],
)  # fmt: skip
def test_claims_what_is_said_about_a_topic_stays_content(text, content):
    claims = _claims(_annotate(text))
    assert any(content in str(c["content"]) for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She pointed to the strikes , telling NBC ’s “ Meet the Press ” that prices "
         "will fall .", "that prices will fall"),
        ("She pointed to the strikes , and told NBC ’s “ Meet the Press ” that “ we "
         "have a way through . ”", "that “ we have a way through"),
        ("Janet Yellen telling NBC’s “Meet the Press” that inflation will ease.",
         "that inflation will ease"),
        ("He nodded to a deal , telling ABC ’s “ This Week ” that “ as our allies remind "
         "us , there is another road . ”", "that “ as our allies remind us , there is "
         "another road"),
    ],
)  # fmt: skip
def test_claims_a_quoted_program_told_is_no_quotation(text, content):
    """'telling NBC's “Meet the Press” that ...': what follows "that" is said."""
    (told,) = [c for c in _claims(_annotate(text)) if c["cue"] in ("telling", "told")]
    assert told["content"] == content


def test_claims_a_quoted_title_case_word_after_a_verb_telling_no_one_stays_content():
    """Only a verb of addressing tells a program by name; a headline's scare
    quote after "Reveals" is part of what is revealed."""
    text = "Retired Colonel Reveals ‘Demoralizing’ Experience Of Serving Under Carter"
    (told,) = [c for c in _claims(_annotate(text)) if c["cue"] == "Reveals"]
    assert "Demoralizing" in str(told["content"])


@pytest.mark.parametrize(
    "text",
    [
        "“We will finish the road by May,” said Holm, who has backed the toll plan "
        "since 2019.",
        "The mayor, who supports a 30-day waiting period, said the vote was close.",
    ],
)
def test_claims_a_relative_clause_telling_who_a_speaker_is_is_no_claim(text):
    """A relative clause whose pronoun is its subject ("Holm, who has backed
    the toll plan") tells who the speaker is: the writer's words, not his."""
    claims = _claims(_annotate(text))
    assert [c["cue"] for c in claims] == ["said"]


def test_claims_a_relative_clause_of_thinking_something_stays_a_claim():
    """ "said Holm, who thinks the council “must act now”": what he thinks is his."""
    text = "“People are angry,” said Holm, who thinks the council “must act now.”"
    assert [c["cue"] for c in _claims(_annotate(text))] == ["said", "thinks"]


def test_claims_a_relative_clause_of_saying_stays_a_claim():
    """A speaker's earlier words told in a relative clause are still theirs."""
    text = "The mayor, who has said that the port will close, left on Friday."
    (claim,) = _claims(_annotate(text))
    assert claim["content"] == "that the port will close"
    assert claim["according_to"] == "The mayor"


@pytest.mark.parametrize(
    "text",
    [
        "Holm does n’t understand why the council is going to pay the grant in parts "
        "— even though that is how the budget works .",
        "The governor wants the whole grant at once and does n’t understand why the "
        "council is going to pay it in parts — even though that ’s how the budget "
        "typically works .",
        "Holm does not know why the council pays the grant in parts.",
    ],
)
def test_claims_knowing_why_something_is_so_is_no_claim(text):
    """ "doesn't understand why the council is going to pay in parts": the
    writer tells that it will; the one who does not understand claims nothing."""
    cues = [str(c["cue"]) for c in _claims(_annotate(text))]
    assert not [c for c in cues if "understand" in c or "know" in c]


def test_claims_saying_why_something_is_so_stays_a_claim():
    text = "Ada Holm said she knew that the bridge was closed."
    assert [c["cue"] for c in _claims(_annotate(text))] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("When the mayor announced that the curfew would end, the bars reopened.",
         "that the curfew would end"),
        ("When the army denied the charges, the talks resumed.", "the charges"),
        ("As Holm noted in May, “the bars will never close.”",
         "“the bars will never close.”"),
    ],
)  # fmt: skip
def test_claims_a_clause_told_in_a_clause_of_time_stays_a_claim(text, content):
    """ "When the mayor announced that ...": what she announced is hers; so
    is a denial, and "As Holm noted" signs what follows."""
    (claim,) = _claims(_annotate(text))
    assert claim["content"] == content


@pytest.mark.parametrize(
    "text",
    [
        "If the law is upheld – as it has been in earlier cases – he can rail against "
        "a “liberal” court system.",
        "If the law is struck down, the mayor could claim that the council misled "
        "voters.",
    ],
)
def test_claims_what_one_could_say_should_something_happen_is_no_claim(text):
    """ "If it is upheld, he can rail against ...": the writer's guess."""
    assert _claims(_annotate(text)) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("If asked, the mayor could not say whether the port would close.",
         "could not say"),
        ("The mayor can confirm that the port will close.", "can confirm"),
    ],
)  # fmt: skip
def test_claims_a_modal_cue_without_a_condition_or_negated_stays(text, cue):
    assert [c["cue"] for c in _claims(_annotate(text))] == [cue]


@pytest.mark.parametrize("word", ["both", "all"])
def test_claims_a_word_after_plural_speakers_is_no_part_of_their_name(word):
    """ "Holm of Ohio and Hale both tried to explain": the speakers are Holm and Hale."""
    text = (
        f"Sens. Ada Holm of Ohio and Tom Hale {word} told the mayor that the council "
        "is merely meeting his request."
    )
    (claim,) = _claims(_annotate(text))
    assert str(claim["source"]).endswith("Tom Hale")


def test_claims_a_cue_read_as_an_adjective_of_the_name_after_it_is_signed_by_that_name():
    """'"VICTORY!" tweeted Friends of the Earth on April 3, 2020.': the parser
    may hang the cue on the name; the name speaks, without the cue or the day,
    and the quotation told next goes on in its words."""
    text = (
        "Holm noted that groups cheered the veto.\n\n"
        '"VICTORY!" tweeted Friends of the Earth on April 3, 2020.\n\n'
        '"The Energy Department dropped its plan for a $3 billion bailout!"'
    )
    claims = _claims(_annotate(text))
    assert [c["according_to"] for c in claims] == ["Holm"] + [
        "Friends of the Earth"
    ] * 2
