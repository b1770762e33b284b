"""An article's text cut into pieces that carry the annotations over them:
mentions, dates, places, quantities, claim parts and event triggers, and the
evidence a link points at (the article page's highlighting)."""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass(frozen=True, slots=True)
class _Layer:
    """One annotation drawn over the text: its span, CSS classes and tooltip line."""

    start: int
    end: int
    css: str
    title: str


def build_zones(
    data: dict[str, Any],
    zones: list[dict[str, Any]],
    *,
    mark: tuple[int, int] | None = None,
) -> list[dict[str, Any]]:
    """The article's zones cut into pieces that carry the annotations covering them.

    Args:
        data: an article as ``query.show_article`` returns it.
        zones: its zones with offsets (``Zone.to_dict()``).
        mark: a span to highlight (evidence a link points at), or None.

    Returns:
        ``[{"kind", "start", "pieces": [{"text", "css", "title", "anchor"}]}]``;
        text outside every zone (blank lines) is left out.
    """
    layers = _layers(data)
    if mark is not None:
        layers.append(_Layer(mark[0], mark[1], "hl", "linked evidence"))
    zones = zones or [{"start": 0, "end": len(data["text"]), "kind": "body"}]
    return [
        {"kind": z["kind"], "start": z["start"],
         "pieces": _pieces(data["text"], z["start"], z["end"], layers, mark)}
        for z in zones
    ]  # fmt: skip


def _pieces(text: str, start: int, end: int, layers: list[_Layer],
            mark: tuple[int, int] | None) -> list[dict[str, Any]]:  # fmt: skip
    """Cut ``text[start:end]`` at every annotation boundary inside it."""
    inside = [x for x in layers if x.start < end and x.end > start and x.end > x.start]
    cuts = sorted(
        {start, end} | {b for x in inside for b in (x.start, x.end) if start < b < end}
    )
    pieces = []
    anchor_at = (
        max(mark[0], start) if mark and mark[0] < end and mark[1] > start else None
    )
    for low, high in zip(cuts, cuts[1:], strict=False):
        covering = [x for x in inside if x.start <= low and high <= x.end]
        pieces.append({
            "text": text[low:high],
            "css": " ".join(dict.fromkeys(c for x in covering for c in x.css.split())),
            "title": "\n".join(dict.fromkeys(x.title for x in covering)),
            "anchor": low == anchor_at,
        })  # fmt: skip
    return pieces


def _layers(data: dict[str, Any]) -> list[_Layer]:
    """Mentions, dates, places, quantities, claim parts and event triggers."""
    layers = [_Layer(m["start"], m["end"], f"m m-{m['label']}",
                     f"{m['label']}" + (f" → {m['entity_id']}" if m.get("entity_id") else "")
                     + f" · {m['extractor']}") for m in data["mentions"]]  # fmt: skip
    layers += [_Layer(d["start"], d["end"], "d", f"date {d['value'] or '?'}"
                      f" ({d.get('precision') or d['type']}) · {d['extractor']}")
               for d in data["dates"]]  # fmt: skip
    layers += [_Layer(p["start"], p["end"], "p", f"place {p.get('name') or '?'}"
                      f" [{p.get('country') or '?'}, GeoNames {p.get('geonameid')}] · {p['extractor']}")
               for p in data["places"]]  # fmt: skip
    layers += [_Layer(q["start"], q["end"], "n", f"quantity {_amount(q)} {q.get('unit') or ''}"
                      f" · {q['extractor']}") for q in data["quantities"]]  # fmt: skip
    layers += [layer for claim in data["claims"] for layer in _claim_layers(claim)]
    layers += [_Layer(e["trigger"]["start"], e["trigger"]["end"], "ev",
                      f"event {e['type']} {e.get('mode') or ''} ({e['modality']}) · {e['extractor']}")
               for e in data["events"] if e.get("trigger")]  # fmt: skip
    return layers


def _claim_layers(claim: dict[str, Any]) -> list[_Layer]:
    """Source, cue and content of one claim."""
    about = f"{claim['stance']}, according to {claim.get('according_to') or '?'} · {claim['extractor']}"
    parts = (("source", "cs"), ("cue", "cc"), ("content", "ct"))
    return [_Layer(claim[part]["start"], claim[part]["end"], css, f"claim {part}: {about}")
            for part, css in parts if claim.get(part)]  # fmt: skip


def _amount(quantity: dict[str, Any]) -> str:
    """A quantity's value, or its range, as text."""
    if quantity.get("value") is not None:
        return f"{quantity['value']:g}"
    low, high = quantity.get("low"), quantity.get("high")
    return f"{low if low is not None else '?'}–{high if high is not None else '?'}"
