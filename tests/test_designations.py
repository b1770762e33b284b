"""The designation registry: rows from listing events, status per authority over time."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import corroborate.extractors  # noqa: F401  (registers the built-ins)
from corroborate.designations import build_designations, designation_status
from corroborate.nlp import load_nlp
from corroborate.records import Article, Designation, PubDate, Span
from corroborate.registry import get_extractor, names

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CHAIN = ("entities.spacy.v1", "dates.rules.v1", "places.geonames.v1",
         "quantities.rules.v1", "claims.rules.v1", "events.plover.v1")  # fmt: skip


def _annotate(text: str, article_id: str = "d#1") -> Article:
    article = Article(id=article_id, document_id=article_id.split("#")[0], text=text)
    sdoc = load_nlp()(text)
    for name in CHAIN:
        if name in names():
            get_extractor(name)(article, sdoc)
    return article


@pytest.fixture(scope="module")
def sample_rows() -> list[Designation]:
    articles = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if "Russia Has Decided" in text:  # two articles run together
            cut = text.index("Russia Has Decided")
            articles += [_annotate(text[:cut], "004#1"), _annotate(text[cut:], "004#2")]
        else:
            articles.append(_annotate(text, "000#1"))
    return build_designations(articles)


def _row(authority: str, org: str, action: str, date: str | None) -> Designation:
    return Designation(authority=authority, organization=org, action=action,
                       article_id="x#1", evidence=Span(0, 1), extractor="test",
                       date=date)  # fmt: skip


@pytest.mark.parametrize(
    ("authority", "org", "actions"),
    [
        ("Russia", "Taliban", {"designate", "decision_to_delist"}),
        ("Russia", "ISIS", {"outlaw"}),
        ("Kazakhstan", "Taliban", {"decision_to_delist"}),
        ("Kyrgyzstan", "Taliban", {"decision_to_delist"}),
    ],
)
def test_designations_sample_rows(sample_rows, authority, org, actions):
    (status,) = designation_status(sample_rows, org=org, authority=authority)
    assert actions <= {h["action"] for h in status["history"]}


@pytest.mark.parametrize(("org", "authorities"), [("MEK", {"Iran"})])
def test_designations_sample_generic_phrase_takes_the_named_group(
    sample_rows, org, authorities
):
    listed = {s["authority"] for s in designation_status(sample_rows, org=org)}
    assert authorities <= listed


@pytest.mark.parametrize(
    ("date", "action"), [("2003", "designate"), ("2024-10-04", "decision_to_delist")]
)
def test_designations_sample_dates(sample_rows, date, action):
    (status,) = designation_status(sample_rows, org="Taliban", authority="Russia")
    assert {"date": date, "action": action} in [
        {"date": h["date"], "action": h["action"]} for h in status["history"]
    ]
    assert status["since"] == "2003"


@pytest.mark.parametrize(
    ("rows", "status", "since"),
    [
        ([_row("A", "X", "designate", "2001"), _row("A", "X", "delist", "2010")],
         "delisted", "2001"),
        ([_row("A", "X", "delist", "2010"), _row("A", "X", "designate", "2015")],
         "listed", "2015"),
        ([_row("A", "X", "designate", "198X"), _row("A", "X", "decision_to_delist",
                                                    "2024-10-04")],
         "delisting decided", "198X"),
    ],
)  # fmt: skip
def test_designations_status_follows_dates(rows, status, since):
    (result,) = designation_status(rows)
    assert result["status"] == status and result["since"] == since


@pytest.mark.parametrize(
    ("org", "authority", "count"), [("x", None, 2), (None, "b", 1), ("y", "a", 0)]
)
def test_designations_status_filters(org, authority, count):
    rows = [_row("A", "X", "designate", "2001"), _row("B", "X", "outlaw", None)]
    assert len(designation_status(rows, org=org, authority=authority)) == count


@pytest.mark.parametrize(
    ("text", "authority", "org", "action"),
    [
        ("The Northern Front is still officially outlawed in Germany.", "Germany",
         "Northern Front", "reaffirm"),
        ("Canada added the Northern Front to its list of terrorist entities in 2012.",
         "Canada", "Northern Front", "designate"),
    ],
)  # fmt: skip
def test_designations_actions_from_text(text, authority, org, action):
    rows = build_designations([_annotate(text)])
    assert [(r.authority, r.organization, r.action) for r in rows] == [
        (authority, org, action)
    ]


def test_designations_present_tense_row_holds_as_of_publication():
    article = Article(id="d#1", document_id="d", published=PubDate(value="2019-05-02", how="metadata"),
                      text="The Northern Front is outlawed in Germany.")  # fmt: skip
    sdoc = load_nlp()(article.text)
    for name in CHAIN:
        get_extractor(name)(article, sdoc)
    (row,) = build_designations([article])
    assert (row.date, row.as_of) == (None, "2019-05-02")
    (status,) = designation_status([row])
    assert status["since"] is None and status["as_of"] == "2019-05-02"


def test_designations_own_date_wins_a_tie_with_a_reported_status():
    held = dataclasses.replace(_row("A", "X", "reaffirm", None), as_of="2024-10-04")
    rows = [_row("A", "X", "designate", "2003"),
            _row("A", "X", "decision_to_delist", "2024-10-04"), held]  # fmt: skip
    (status,) = designation_status(rows)
    assert [h["action"] for h in status["history"]] == [
        "designate",
        "reaffirm",
        "decision_to_delist",
    ]
    assert status["status"] == "delisting decided"
    assert status["as_of"] == "2024-10-04"


def test_a_headline_restating_a_dated_change_is_one_row():
    article = _annotate(
        "Ruritania Removes the Northern Front from Terrorist List\n\n"
        "Ruritania removed the Northern Front from its list of terrorist "
        "organizations on 4 March 2024, the foreign ministry said."
    )
    rows = [
        (r.authority, r.organization, r.action, r.date)
        for r in build_designations([article])
    ]
    assert len(rows) == 1 and rows[0][3] is not None, rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # what is listed, not what it is listed as
        ("The European Union designated Hamas a terrorist organisation.",
         {("European Union", "Hamas", "designate")}),
        ("Egypt declared the Muslim Brotherhood a terrorist group in 2013.",
         {("Egypt", "Muslim Brotherhood", "designate")}),
        # "designate" with no list is no listing
        ("The council designated the building a historic landmark.", set()),
        ('"We propose to designate it HIV-1 group P," said the researchers.', set()),
        # what is outlawed must be a group
        ("Newmont Mining uses submarine tailings disposal, a waste disposal "
         "method that is outlawed in the United States.", set()),
        ("He said he would ban all Muslims from entering the country.", set()),
        ("The main academic union, ASUU, was banned by Nigeria's military "
         "government last week.", {("Nigeria", "ASUU", "outlaw")}),
        ("Russia outlawed the Jehovah's Witnesses in 2017.",
         {("Russia", "Jehovah's Witnesses", "outlaw")}),
        # "the group" with no group named before it: not the authority itself
        ("The State Department designated the group a foreign terrorist "
         "organization in 2019.", set()),
        # kept out of something, a person, a rhetorical label: no listing
        ("The senator has banned several news organizations from obtaining "
         "credentials to cover his events.", set()),
        ("Trump University was sued in 2013. The senator has since banned "
         "several news organizations.", set()),
        ("The Associated Press reported it. Foreign nationals who disrespect "
         "the law can be blacklisted.", set()),
        ("The Progress Party attacked Ayotte by labeling her as an extremist.",
         set()),
        ("Japan branded North Korea an outlaw nation.", set()),
        ("Israel freed 1,000 prisoners, including some it deemed terrorists, "
         "for Sgt. Gilad Shalit.", set()),
        # the group a relative clause's noun stands beside
        ("The strike hit the Quds Force, a unit of the army that the State "
         "Department labeled a terrorist organization in 2019.",
         {("State Department", "Quds Force", "designate")}),
        # a phrase pointing back to the group named before it
        ("The Taliban took power in 2021. In June, Kazakhstan removed the "
         "former insurgents from its list of banned groups.",
         {("Kazakhstan", "Taliban", "delist")}),
        # an ally in a fight against terrorism is no terrorist listing
        ("Russia considered the Taliban movement an ally in the fight against "
         "terrorism.", set()),
    ],
)  # fmt: skip
def test_a_listing_names_a_list_and_a_group(text, rows):
    found = build_designations([_annotate(text)])
    assert {(d.authority, d.organization, d.action) for d in found} == rows
