"""``eval geo`` reads both corpus layouts: LGL/TR-News toponyms and GeoVirus locations."""

from __future__ import annotations

import pytest

from corroborate.evaluate.geo import read_corpus

TOPONYM_XML = """<articles><article docid="7"><text>Rain fell on Lyon today.</text>
<toponyms><toponym><start>12</start><end>16</end><phrase>Lyon</phrase>
<gaztag geonameid="2996944"><lat>45.75</lat><lon>4.85</lon></gaztag></toponym>
</toponyms></article></articles>"""
LOCATION_XML = """<articles><article><source>http://example.org/a</source>
<text>Rain fell on Lyon today.</text><locations><location><name>Lyon</name>
<start>12</start><end>16</end><lat>45.75</lat><lon>4.85</lon>
<page>http://example.org/Lyon</page></location></locations></article>
<!--<article><text></text></article>--></articles>"""


@pytest.mark.parametrize(
    ("xml", "doc_id", "geonameid"),
    [(TOPONYM_XML, "7", 2996944), (LOCATION_XML, "http://example.org/a", None)],
)
def test_geo_read_corpus_layouts(tmp_path, xml, doc_id, geonameid):
    path = tmp_path / "corpus.xml"
    path.write_text(xml, encoding="utf-8")
    [(found_id, text, gold)] = read_corpus(path)
    assert found_id == doc_id
    assert [text[g.start : g.end] for g in gold] == ["Lyon"]
    assert (gold[0].geonameid, gold[0].lat, gold[0].lon) == (geonameid, 45.75, 4.85)
