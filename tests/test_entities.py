"""Tests for the entity extractors: spaCy baseline and the news-tuned one."""

from __future__ import annotations

import re

import pytest

import corroborate.extractors  # noqa: F401  (registers the extractors)
from corroborate.evaluate.ner import read_conll
from corroborate.nlp import load_nlp
from corroborate.pipeline import Pipeline
from corroborate.records import Article, Zone
from corroborate.registry import BatchExtractor, get_extractor, names


def _run(text: str, name: str = "entities.news.v1", **config) -> dict[str, str]:
    article = Article(id="t#1", document_id="t", text=text)
    get_extractor(name, **config)(article, load_nlp()(text))
    assert all(0 <= m.start < m.end <= len(text) for m in article.mentions)
    return {text[m.start : m.end]: m.label for m in article.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Man found in pool. SEVIERVILLE, Tenn. (AP) — Police in Sevierville say he drowned.",
        "Teachers relax in Gaza City. Photo: AP Ibrahim Younis said he reads the Koran.",
    ],
)
def test_entities_an_agency_credited_is_an_organisation(text: str) -> None:
    # the news NER tags a dateline's "(AP)" as a place
    assert _run(text)["AP"] == "ORG"


@pytest.mark.parametrize("name", ["entities.spacy.v1", "entities.news.v1"])
def test_entities_registered(name: str) -> None:
    assert name in names()


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Foreign Minister Ivan Petrov met the mayor of Lisbon on Monday.",
            "Ivan Petrov",
            "PERSON",
        ),
        (
            "Foreign Minister Ivan Petrov met the mayor of Lisbon on Monday.",
            "Lisbon",
            "GPE",
        ),
        ("POLICE ARREST TWO IN MADRID AFTER PROTEST", "MADRID", "GPE"),
        ("The National Union of Farmers (NUF) said prices fell.", "NUF", "ORG"),
    ],
)
def test_entities_news_finds_names(text: str, name: str, label: str) -> None:
    assert _run(text).get(name) == label


@pytest.mark.parametrize(
    ("text", "name"),
    [("The Harakat-ul-Ansar group said it would return.", "Harakat-ul-Ansar")],
)
def test_entities_news_joins_hyphenated_names(text: str, name: str) -> None:
    found = _run(text)
    assert name in found or not any(k in name for k in found), found


@pytest.mark.parametrize(
    ("text", "name", "apart"),
    [
        ("\u201c It is absurd , \u201d Rep. Alexandria Ocasio - Cortez tweeted .",
         "Alexandria Ocasio - Cortez", ()),
        ("Press secretary Karine Jean - Pierre said the talks would go on .",
         "Karine Jean - Pierre", ()),
        # one name before the hyphen: two people
        ("Supporters of the Clinton - Kaine ticket rallied in Ohio .", None,
         ("Clinton - Kaine",)),
    ],
)  # fmt: skip
def test_entities_news_joins_a_double_surname_spaced_apart(text, name, apart):
    found = _run(text)
    assert name is None or found.get(name) == "PERSON", found
    assert not set(apart) & set(found), found


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Trump urged Supreme Court Justice Ann Rook Lee to resign. Lee declined.",
         "Supreme Court", "Ann Rook Lee"),
        ("The Fairfax County Council Jane Roe spoke. Roe said no.",
         "Fairfax County Council", "Jane Roe"),
    ],
)  # fmt: skip
def test_entities_a_body_its_office_and_the_person_holding_it(text, body, person):
    found = _run(text)
    assert (found.get(body), found.get(person)) == ("ORG", "PERSON"), found


def test_entities_a_towns_office_before_a_name_leaves_no_body_of_one_word():
    found = _run("The Chicago Teachers Union fought Chicago Mayor Rahm Emanuel. "
                 "Emanuel said no.")  # fmt: skip
    assert found.get("Rahm Emanuel") == "PERSON" and "Chicago" not in found, found


@pytest.mark.parametrize(
    "headline",
    ["Government Has Decided to Remove Tariffs on Steel Imports from Canada"],
)
def test_entities_news_headline_words_not_names(headline: str) -> None:
    text = f"{headline}\n\nThe government said on Friday it would remove tariffs on Canada."
    article = Article(
        id="t#1", document_id="t", text=text, zones=[Zone(0, len(headline), "headline")]
    )
    get_extractor("entities.news.v1")(article, load_nlp()(text))
    found = {text[m.start : m.end] for m in article.mentions}
    assert not found & {"Remove Tariffs", "Steel Imports", "Government Has Decided"}
    assert "Canada" in found


@pytest.mark.parametrize(("alias", "label"), [("Zorblat", "ORG")])
def test_entities_news_alias_ruler(alias: str, label: str) -> None:
    text = f"Officials said zorblat would meet next week and {alias} agreed."
    found = _run(text, aliases=[(alias, label)])
    assert found.get(alias) == label


@pytest.mark.parametrize(
    ("lines", "spans"),
    [
        (
            ["EU NNP B-NP B-ORG", "rejects VBZ B-VP O", "German JJ B-NP B-MISC"],
            [(0, 2, "ORG"), (11, 17, "MISC")],
        )
    ],
)
def test_entities_read_conll_offsets(tmp_path, lines: list[str], spans: list) -> None:
    path = tmp_path / "mini.txt"
    path.write_text("-DOCSTART- -X- -X- O\n\n" + "\n".join(lines) + "\n")
    ((text, gold),) = list(read_conll(path))
    assert gold == spans and text[0:2] == "EU" and text[11:17] == "German"


@pytest.mark.bench
@pytest.mark.parametrize("floor", [0.85])
def test_entities_ner_eval_floor(bench_dir, floor: float) -> None:
    from corroborate.evaluate import load_tasks

    result = load_tasks()["ner"](limit=20)
    assert result["micro"]["f1"] >= floor


def test_entities_news_batch_step_gives_what_each_text_alone_gives() -> None:
    headline = "Government Has Decided to Remove Tariffs on Steel Imports from Canada"
    texts = [
        f"{headline}\n\nThe government said it would remove tariffs on Canada.",
        "Foreign Minister Ivan Petrov met the mayor of Lisbon on Monday.",
        "POLICE ARREST TWO IN MADRID AFTER PROTEST",
        "The National Union of Farmers (NUF) said prices fell.",
    ]
    zones = [[Zone(0, len(headline), "headline")], [], [], []]
    extract = get_extractor("entities.news.v1")
    assert isinstance(extract, BatchExtractor)

    def articles() -> list[Article]:
        return [
            Article(id=f"t#{i}", document_id="t", text=text, zones=zone)
            for i, (text, zone) in enumerate(zip(texts, zones, strict=True))
        ]

    alone = articles()
    for article in alone:
        extract(article, load_nlp()(article.text))
    batch = [(article, load_nlp()(article.text)) for article in articles()]
    extract.prepare(batch)
    for article, sdoc in batch:
        extract(article, sdoc)
    assert [a.mentions for a, _ in batch] == [a.mentions for a in alone]
    assert all(a.mentions for a in alone)


def test_the_news_ner_stands_in_for_spacys_ner() -> None:
    nlp = load_nlp()
    assert "ner" not in nlp.pipe_names
    doc = nlp(
        "The mayor of Lisbon, Ana Costa, met two Danish envoys on Tuesday at 9 a.m."
    )
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents["Ana Costa"] == "PERSON"
    assert ents["Lisbon"] == "GPE"
    assert ents["Danish"] == "NORP"
    assert ents["Tuesday"] == "DATE"
    assert ents["9 a.m."] == "TIME"


def test_spacys_own_ner_on_request() -> None:
    assert "ner" in load_nlp(ner="spacy").pipe_names
    with pytest.raises(ValueError):
        load_nlp(ner="both")


def test_mentions_alike_from_either_ner() -> None:
    text = "The mayor of Lisbon, Ana Costa, met two Danish envoys in Madrid on Tuesday."
    mentions = []
    for ner in ("news", "spacy"):
        article = Article(id="t#1", document_id="t", text=text)
        get_extractor("entities.news.v1")(article, load_nlp(ner=ner)(text))
        mentions.append({text[m.start : m.end]: m.label for m in article.mentions})
    assert mentions[0] == mentions[1]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Representative Nancy Pelosi of California said the levy would pass.",
         "Nancy Pelosi"),
        ("The levy would pass, Governor Andrew M. Cuomo said.", "Andrew M. Cuomo"),
        ("Tennessee Governor Expected To Sign Drag Show Ban", None),  # a headline
        ("Sen. Majority Leader Chuck Schumer spoke first.", "Chuck Schumer"),
    ],
)  # fmt: skip
def test_a_name_after_a_legislators_title_is_a_person(text, person):
    article = Pipeline(names=("entities.news.v1",), strict=True).annotate(text)
    persons = [article.span_text(m) for m in article.mentions if m.label == "PERSON"]
    assert persons == ([person] if person else [])


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("The vote failed. Even Obama could not save it.", "Even Obama", "Obama"),
        ("“Once Biden took office, it ended.”", "Once Biden", "Biden"),
        (
            "Polls tightened. Despite Rubio's standing, donors stayed.",
            "Despite Rubio",
            "Rubio",
        ),
        ("Another Trump supporter, Tyrone Pike, spoke.", "Another Trump", "Trump"),
        (
            "They asked:\nThough Barbee agreed, nothing moved.",
            "Though Barbee",
            "Barbee",
        ),
        # not a sentence's first word: the capital is the name's
        ("A letter from Sen. So Yeon Park arrived.", "So Yeon Park", "So Yeon Park"),
        ("He met Only Fools singer Ann Ray.", "Only Fools", "Only Fools"),
    ],
)
def test_a_word_opening_the_sentence_is_not_a_persons_first_name(
    text: str, name: str, person: str
) -> None:
    from corroborate.extractors.entities.persons import sentence_opener

    start = text.index(name)
    opened = sentence_opener(text, (start, start + len(name), "PERSON", 1.0))
    assert opened is not None
    cut, end, label, _ = opened
    assert (text[cut:end], label) == (person, "PERSON")
    # an organisation's first word is its own ("Even Keel Capital")
    org = (start, start + len(name), "ORG", 1.0)
    assert sentence_opener(text, org) == org


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        ("The vote failed. Frankly, nobody was surprised.", "Frankly", False),
        ("He left. Ultimately, the bill died.", "Ultimately", False),
        ("He left . Moreover , the bill died .", "Moreover", False),  # tokenised
        ("It ended. Meanwhile, talks went on.", "Meanwhile", False),
        # after a capitalised word's point, and no space (scraped text)
        ("Officials said Friday.Mysteriously, the fire spread.", "Mysteriously", False),
        # a name, though a comma follows it
        ("It ended. Kelly, the senator, left.", "Kelly", True),
        # no comma: the word may be a name ("Early Wynn")
        ("It ended. Ultimately the bill died.", "Ultimately", True),
    ],
)
def test_a_sentence_adverb_alone_is_no_person(
    text: str, word: str, person: bool
) -> None:
    from corroborate.extractors.entities.persons import sentence_opener

    start = text.index(word)
    span = (start, start + len(word), "PERSON", 1.0)
    assert (sentence_opener(text, span) is not None) is person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The senator wrote on Twitter that the vote was rigged.", "Twitter"),
        ("Twitter banned him on Friday, a spokeswoman said.", "Twitter"),
        ("Uber said drivers would be paid more.", "Uber"),
    ],
)
def test_entities_an_online_platform_is_an_organisation(text: str, name: str) -> None:
    # the news NER, trained on 1996 Reuters, read "on Twitter" as a person
    assert _run(text)[name] == "ORG"


def test_entities_a_platform_is_no_surname_of_a_person_named_after_it() -> None:
    # the NER reads "pre-Elon Twitter" as a person, whose "surname" would make
    # every "Twitter" of the article a person
    found = _run("At pre-Elon Twitter, they called the shots. Twitter banned him.")
    assert found["Twitter"] == "ORG"


@pytest.mark.parametrize("v", ["v.", "vs."])
def test_entities_a_case_named_by_its_first_party_is_no_person(v: str) -> None:
    text = (
        f"The court weighed Roe {v} Wade on Monday. If Roe falls, Senator Ann "
        "Roe said, states decide."
    )
    found = _run(text)
    assert found.get("Roe") in (None, "LAW") and found.get("Wade") in (None, "LAW")
    assert found["Ann Roe"] == "PERSON"  # a person of that name stays one


def test_entities_a_party_or_institution_word_is_no_surname() -> None:
    from corroborate.extractors.entities.persons import relabel_surnames

    text = "Senate GOP leaders met. The GOP said no."
    spans = [(0, 10, "PERSON", 1.0), (28, 31, "ORG", 1.0)]
    assert relabel_surnames(text, spans)[1] == (28, 31, "ORG", 1.0)


def test_entities_a_match_of_two_teams_is_no_case() -> None:
    found = _run("Leeds v Arsenal ended 1-1 on Saturday, and Leeds stayed fourth.")
    assert "LAW" not in found.values()


def test_entities_a_case_party_read_as_a_place_is_the_case() -> None:
    from corroborate.extractors.entities.organisations import case_names

    text = "In Dobbs v. Jackson the court ruled. In Dobbs, it found no right."
    spans = [(3, 8, "GPE", 1.0), (40, 45, "GPE", 1.0)]
    assert [label for _, _, label, _ in case_names(text, spans)] == ["LAW", "LAW"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Cholera broke out in Burkina Faso and Mali.", "GPE"),
        ("Polio returned to Egypt and Niger.", "GPE"),
        ("She flew to Rhode Island on Monday.", "GPE"),
        # a longer place that is no country, region or capital; a person's name
        ("She met Santa Claus at the mall.", "PERSON"),
        # a place's name another person of the article bears
        ("Sierra Leone Smith spoke. Later Sierra Leone said no.", "PERSON"),
    ],
)
def test_entities_a_country_or_region_read_as_a_person_is_the_place(
    text, label
) -> None:
    from corroborate.extractors.entities.persons import places_read_as_persons

    names = (
        r"Sierra Leone Smith|Burkina Faso|Rhode Island|Santa Claus|Sierra Leone|Niger"
    )
    spans = [(m.start(), m.end(), "PERSON", 1.0) for m in re.finditer(names, text)]
    last = places_read_as_persons(text, sorted(spans))[-1]
    assert last[2] == label


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Guttmacher Institute", "ORG"),
        ("Minneapolis Public Schools", "ORG"),
        ("St. Margaret Hospital", "ORG"),
        ("Huntsville Memorial Hospital", "ORG"),
        ("Margaret Court", "PERSON"),  # a tennis player
        ("Frank Church", "PERSON"),
        # named after a person: its words are no places; a person of a body
        ("George Washington High School", "PERSON"),
        ("Denise Dority of Resource Management Company", "PERSON"),
    ],
)
def test_entities_a_person_ending_in_an_institutions_word_is_the_institution(
    name, label
) -> None:
    from corroborate.extractors.entities.organisations import _institution

    assert _institution(name, (0, len(name), "PERSON", 1.0))[2] == label


@pytest.mark.parametrize(
    ("text", "person", "read"),
    [
        (
            "Auditors studied the Vance Foundation.",
            "Vance",
            ("Vance Foundation", "ORG"),
        ),
        ("Mara Vance opened the Vance Library.", "Vance", ("Vance Library", "ORG")),
        ("Vance Party Rules Split Members", "Vance", ("Vance", "PERSON")),  # headline
        ("Rita Vance Said No", "Rita Vance", ("Rita Vance", "PERSON")),
    ],
)
def test_entities_a_person_followed_by_an_institutions_head_is_the_institution(
    text, person, read
) -> None:
    from corroborate.extractors.entities.organisations import institutions

    start = text.rindex(person)
    spans = [(start, start + len(person), "PERSON", 1.0)]
    head = text.find("Foundation")
    spans += [(head, head + 10, "ORG", 1.0)] if head > 0 else []
    ((s, e, label, _),) = institutions(text, spans)
    assert (text[s:e], label) == read


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Rebels held nearly half of Aleppo for years.", "Aleppo", "GPE"),
        ("Edmonton received a B grade.", "Edmonton", "GPE"),
        # a smaller city's name, an alias of a country, a name the article gives
        ("A statement from Jackson said no.", "Jackson", "PERSON"),
        ("Ken and Arlene Boon must leave.", "Ken", "PERSON"),
        ("Lloyd Austin spoke. Austin said no.", "Austin", "PERSON"),
    ],
)
def test_entities_a_large_city_named_alone_is_no_person(text, word, label) -> None:
    from corroborate.extractors.entities.persons import places_read_as_persons

    spans = [
        (m.start(), m.end(), "PERSON", 1.0)
        for m in re.finditer(r"Lloyd Austin|\b" + word + r"\b", text)
        if text[m.start() : m.end()] == word or m.group() == "Lloyd Austin"
    ]
    labels = {text[s:e]: lab for s, e, lab, _ in places_read_as_persons(text, spans)}
    assert labels[word] == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Democrats", "NORP"),
        ("Republican", "NORP"),
        ("GOP", "NORP"),
        ("Dem Ardell", "PERSON"),
    ],
)
def test_entities_a_party_read_as_a_person_is_its_members(text, label) -> None:
    from corroborate.extractors.entities.organisations import party_members

    assert party_members(text, (0, len(text), "PERSON", 1.0))[2] == label


@pytest.mark.parametrize(
    ("text", "label"),
    [("Gov. Vance replied.", "PERSON"), ("President Vance spoke.", "PERSON"),
     ("Voters in Vance replied.", "GPE")],
)  # fmt: skip
def test_entities_a_place_after_a_persons_title_is_the_person(text, label) -> None:
    from corroborate.extractors.entities.persons import titled_place

    start = text.index("Vance")
    assert titled_place(text, (start, start + 5, "GPE", 1.0))[2] == label


def test_entities_a_party_is_no_surname_of_a_name_read_as_a_person() -> None:
    """ "Reagan Democrats" read as one person lends "Democrats" no surname:
    the article's other "Democrats" stay a group."""
    from corroborate.extractors.entities.persons import relabel_surnames

    text = "Cruz appeals to Reagan Democrats. Democrats cheered."
    second = text.rindex("Democrats")
    spans = [(16, 32, "PERSON", 1.0), (second, second + 9, "NORP", 1.0)]
    assert relabel_surnames(text, spans)[1][2] == "NORP"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Fascist Vance Rally Draws Protesters Downtown\n\nDonald Vance spoke.",
         "Vance"),
        ("Despite Vance Win, Party Leaders Worry Today\n\nMarco Vance won.", "Vance"),
        # a name the body writes too is a name, whatever the nickname table lacks
        ("Hunter Vance Faces New Questions From Senators\n\nJoe Vance said "
         "Hunter Vance did nothing wrong.", "Hunter Vance"),
    ],
)  # fmt: skip
def test_entities_a_headlines_word_before_a_surname_is_no_first_name(text, read):
    from corroborate.extractors.entities.persons import headline_fragments

    head = text.index("\n")
    first = text.split()[0] + " Vance"
    body = text.index(" Vance", head) - len(text[head:].split()[0])
    body_name = text[head:].split()[0] + " Vance"
    spans = [(0, len(first), "PERSON", 1.0),
             (body, body + len(body_name), "PERSON", 1.0)]  # fmt: skip
    (s, e, _, _), _ = headline_fragments(text, spans, [(0, head)])
    assert text[s:e] == read


@pytest.mark.parametrize(
    ("outlet", "label"),
    [("usa-today", "ORG"), ("USA Today", "ORG"), ("breitbart", "GPE")],
)
def test_entities_an_articles_own_outlet_named_in_it_is_the_outlet(outlet, label):
    """ "told USA TODAY" in a USA Today article is the newspaper, not the USA."""
    from corroborate.extractors.entities.organisations import own_outlet

    text = "He told USA TODAY on Friday that the USA needs it."
    usa = text.index("USA")
    first, *_ = own_outlet(text, outlet, [(usa, usa + 3, "GPE", 1.0)])
    assert first[2] == label


def test_entities_an_outlets_name_inside_an_address_is_no_mention():
    from corroborate.extractors.entities.organisations import own_outlet

    text = "Dave Boyer can be reached at dboyer@washingtontimes.com."
    assert own_outlet(text, "Washington Times", []) == []
