"""Attributed claims (``claims.rules.v1``): who said what (``extract``), with
which words and stance (``cues``), according to whom (``sources``), quoted
between which marks (``marks``), and read from the layout alone: quotations
going on over paragraphs, signed with a dash, "Name:" lines
(``quotations``). Importing the package registers the
extractor."""

from .extract import NAME, extract_claims, make_claim_extractor
from .speakers import is_unnamed_source

__all__ = ["NAME", "extract_claims", "is_unnamed_source", "make_claim_extractor"]
