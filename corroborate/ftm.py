"""FollowTheMoney export: Organization, Person and Sanction entities."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from followthemoney import model

from .designations import LISTING_ACTIONS
from .records import Designation, Entity

ID_PREFIX = "corroborate"
SCHEMAS = {"Person": "Person", "Organization": "Organization", "Place": "Address",
           "Address": "Address", "LegalEntity": "LegalEntity"}  # fmt: skip
PROGRAM = "terrorist and banned organisation lists, as reported in the news"


def build_ftm_entities(
    entities: Sequence[Entity], designations: Sequence[Designation]
) -> list[dict[str, Any]]:
    """Build FollowTheMoney entity dicts for entities and their sanctions.

    One ``Sanction`` per listing period of an (authority, organisation) pair:
    a listing action opens it (``listingDate``/``startDate``), a ``delist``
    closes it (``endDate``); a decision to delist is kept in ``status`` and
    ``summary`` without closing it.

    Args:
        entities: resolved entities (any FtM schema name in ``Entity.kind``).
        designations: registry rows from :func:`corroborate.designations.build_designations`.

    Returns:
        ``EntityProxy.to_dict()`` dicts: the entities first, then sanctions.
    """
    proxies: dict[str, Any] = {}
    names: dict[str, str] = {}
    for entity in entities:
        proxy = _entity_proxy(entity)
        proxies[proxy.id] = proxy
        for name in [entity.name, *(a.name for a in entity.aliases)]:
            names.setdefault(name.lower(), proxy.id)
    sanctions = _sanctions(designations, proxies, names)
    return [p.to_dict() for p in proxies.values()] + [s.to_dict() for s in sanctions]


def _entity_proxy(entity: Entity) -> Any:
    """An FtM proxy for one entity, with its aliases."""
    proxy = model.make_entity(SCHEMAS.get(entity.kind, "LegalEntity"))
    proxy.id = entity.id
    proxy.add("name", entity.name)
    for alias in entity.aliases:
        if alias.name != entity.name:
            proxy.add("alias", alias.name)
    return proxy


def _sanctions(
    designations: Sequence[Designation], proxies: dict[str, Any], names: dict[str, str]
) -> list[Any]:
    """Sanction proxies from dated registry rows, per (authority, organisation)."""
    pairs: dict[tuple[str, str], list[Designation]] = {}
    for row in designations:
        org_id = _organization_id(row, proxies, names)
        pairs.setdefault((row.authority_id or row.authority, org_id), []).append(row)
    sanctions = []
    for (authority, org_id), rows in sorted(pairs.items()):
        rows.sort(key=lambda r: (r.date or "").replace("X", "0"))
        sanctions += _periods(authority, org_id, rows)
    return sanctions


def _organization_id(
    row: Designation, proxies: dict[str, Any], names: dict[str, str]
) -> str:
    """The organisation's entity id; an Organization is made when none is known."""
    if row.organization_id and row.organization_id in proxies:
        return row.organization_id
    known = names.get(row.organization.lower())
    if known is not None:
        return known
    proxy = model.make_entity("Organization")
    proxy.id = _make_id("org", row.organization.lower())
    proxy.add("name", row.organization)
    proxies.setdefault(proxy.id, proxy)
    names[row.organization.lower()] = proxy.id
    return str(proxy.id)


def _periods(authority: str, org_id: str, rows: list[Designation]) -> list[Any]:
    """Split one pair's rows into listing periods, each a Sanction."""
    periods: list[Any] = []
    current: Any | None = None
    for row in rows:
        if current is None or (
            row.action in LISTING_ACTIONS and current.get("endDate")
        ):
            current = _new_sanction(authority, org_id, row, len(periods))
            periods.append(current)
        _apply(current, row)
    return periods


def _new_sanction(authority: str, org_id: str, row: Designation, index: int) -> Any:
    """An empty Sanction for one listing period."""
    proxy = model.make_entity("Sanction")
    proxy.id = _make_id("sanction", authority.lower(), org_id, str(index))
    proxy.add("entity", org_id)
    proxy.add("authority", row.authority)  # the name; ``authority`` keys the pair
    proxy.add("program", row.list_name or PROGRAM)
    return proxy


def _apply(sanction: Any, row: Designation) -> None:
    """Add one dated action to a Sanction (dates only when FtM can parse them)."""
    date = _ftm_date(row.date)
    if row.action in LISTING_ACTIONS and date and not sanction.get("listingDate"):
        sanction.add("listingDate", date)
        sanction.add("startDate", date)
    elif row.action == "delist" and date:
        sanction.add("endDate", date)
    sanction.set("status", row.action)
    sanction.add(
        "summary", f"{row.action} ({row.date or 'undated'}) in {row.article_id}"
    )


def _ftm_date(value: str | None) -> str | None:
    """An FtM date prefix (YYYY, YYYY-MM, YYYY-MM-DD) from a TIMEX value, or None."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    keep = [parts[0]] + [p for p in parts[1:3] if p.isdigit()]
    return "-".join(keep[: len(keep)])


def _make_id(*parts: str) -> str:
    """A stable id from parts."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{ID_PREFIX}-{parts[0]}-{digest}"
