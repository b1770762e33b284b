"""The ``corroborate`` command line: a click group of thin commands over
:class:`corroborate.KnowledgeBase` (``commands``), and how they print and
fail (``output``)."""

from .commands import cli
from .output import Commands

__all__ = ["Commands", "cli"]
