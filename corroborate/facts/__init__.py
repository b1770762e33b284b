"""Corroborate: inside a story, align what its articles state into facts and
mark each corroborated, single-source, conflicting, disputed or superseded.

``statements`` reads each article's annotations as propositions (through
``index``, what an article names where),
``compatible`` decides when two of them are the same proposition and when
their values agree (``pairs`` finds which pairs can be, unscored; ``apart``
which are of different places, populations, organisations or people), ``align``
groups, judges, merges and ranks them,
``labels`` says how each fact reads, and ``timeline`` holds day ranges and
each article's consistency with itself.
"""

from .align import align_facts, align_stories
from .timeline import check_consistency

__all__ = ["align_facts", "align_stories", "check_consistency"]
