"""Properties: segmentation keeps body text in order; offsets stay inside the text;
store -> load round-trips."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.records import Article, Document, Mention, PubDate, Zone
from corroborate.segment import segment_document
from corroborate.store import Store

_words = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")),
    min_size=1,
    max_size=40,
)
_lines = st.lists(
    st.one_of(_words, st.just(""), st.just("TT")), min_size=1, max_size=30
)


def _body_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


@given(_lines)
@settings(max_examples=200, deadline=None)
def test_properties_segmentation_keeps_body_order(lines: list[str]):
    text = "\n".join(lines)
    doc = Document("d", text, "x.txt", "text/plain")
    articles = segment_document(doc)
    out = [
        line
        for a in articles
        for z in a.zones
        if z.kind in ("body", "dateline")
        for line in _body_lines(a.text[z.start : z.end])
    ]
    source = iter(_body_lines(text))
    # every output body line occurs in the source, in the same order
    for line in out:
        assert any(line in candidate for candidate in source), line


@given(_lines)
@settings(max_examples=200, deadline=None)
def test_properties_zones_inside_text(lines: list[str]):
    doc = Document("d", "\n".join(lines), "x.txt", "text/plain")
    for article in segment_document(doc):
        for zone in article.zones:
            assert 0 <= zone.start < zone.end <= len(article.text)
            assert article.text[zone.start : zone.end].strip()


@st.composite
def _articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(min_size=1, max_size=200))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=5
        )
    )
    mentions = [
        Mention(min(a, b), max(a, b), "ORG", "entities.spacy.v1") for a, b in spans
    ]
    value = draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
    return Article(
        id="d#1",
        document_id="d",
        text=text,
        mentions=mentions,
        published=PubDate(value, "day" if value else None),
        zones=[Zone(0, len(text), "body")],
        flags=draw(st.lists(st.text(max_size=2))),
    )


@given(_articles())
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_properties_store_round_trip(article: Article):
    with (
        tempfile.TemporaryDirectory() as folder,
        Store(Path(folder) / "kb.db") as store,
    ):
        doc = Document("d", article.text, "x.txt", "text/plain", articles=[article])
        store.add_documents([doc])
        assert store.get_article("d#1") == article
        assert Article.from_dict(article.to_dict()) == article
