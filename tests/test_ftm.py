"""FollowTheMoney export: entities and Sanction records from the designation registry."""

from __future__ import annotations

import pytest
from followthemoney import model

from corroborate.ftm import build_ftm_entities
from corroborate.records import Alias, Designation, Entity, Span


def _row(
    authority: str, org: str, action: str, date: str | None, org_id: str | None = None
) -> Designation:
    return Designation(authority=authority, organization=org, action=action,
                       article_id="x#1", evidence=Span(0, 1), extractor="test",
                       date=date, organization_id=org_id, list_name="terrorist organizations")  # fmt: skip


ENTITIES = [
    Entity(id="org-1", kind="Organization", name="Northern Front",
           aliases=[Alias("org-1", "NF", "acronym")]),
    Entity(id="per-1", kind="Person", name="Jane Roe"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("entity_id", "schema"), [("org-1", "Organization"), ("per-1", "Person")]
)
def test_ftm_entities_keep_ids_schemas_and_aliases(entity_id, schema):
    dicts = {d["id"]: d for d in build_ftm_entities(ENTITIES, [])}
    assert dicts[entity_id]["schema"] == schema
    assert model.get_proxy(dicts[entity_id]).schema.name == schema
    if entity_id == "org-1":
        assert dicts[entity_id]["properties"]["alias"] == ["NF"]


@pytest.mark.parametrize(
    ("rows", "listing", "end", "sanctions"),
    [
        ([_row("Stateland", "NF", "designate", "2003"),
          _row("Stateland", "Northern Front", "delist", "2024-10-04")],
         ["2003"], ["2024-10-04"], 1),
        ([_row("Stateland", "Northern Front", "designate", "2003"),
          _row("Stateland", "Northern Front", "decision_to_delist", "2024-10-04")],
         ["2003"], None, 1),
        ([_row("Stateland", "Northern Front", "designate", "2001"),
          _row("Stateland", "Northern Front", "delist", "2005"),
          _row("Stateland", "Northern Front", "outlaw", "2010")],
         ["2001"], ["2005"], 2),
    ],
)  # fmt: skip
def test_ftm_sanctions_periods(rows, listing, end, sanctions):
    dicts = build_ftm_entities(ENTITIES, rows)
    found = [d for d in dicts if d["schema"] == "Sanction"]
    assert len(found) == sanctions
    first = found[0]["properties"]
    assert first["entity"] == ["org-1"]
    assert first["authority"] == ["Stateland"]
    assert first.get("listingDate") == listing
    assert first.get("endDate") == end
    for d in found:
        model.get_proxy(d)  # valid FtM


@pytest.mark.parametrize("org", ["Eastern League"])
def test_ftm_unknown_organisation_becomes_an_organization(org):
    dicts = build_ftm_entities([], [_row("Stateland", org, "outlaw", None)])
    (entity,) = [d for d in dicts if d["schema"] == "Organization"]
    (sanction,) = [d for d in dicts if d["schema"] == "Sanction"]
    assert entity["properties"]["name"] == [org]
    assert sanction["properties"]["entity"] == [entity["id"]]


@pytest.mark.parametrize(("authority", "authority_id"), [("Stateland", "gpe-7")])
def test_ftm_sanction_authority_is_a_name(authority, authority_id):
    row = Designation(authority=authority, organization="Northern Front",
                      action="designate", article_id="x#1", evidence=Span(0, 1),
                      extractor="test", date="2003", authority_id=authority_id)  # fmt: skip
    (sanction,) = [
        d for d in build_ftm_entities(ENTITIES, [row]) if d["schema"] == "Sanction"
    ]
    assert sanction["properties"]["authority"] == [authority]
