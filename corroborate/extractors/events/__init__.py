"""PLOVER events (``events.plover.v1``): what happened, who did it to whom
(``extract``), when, where and how many (``circumstances``), and whether it is
told as done (``modality``). Importing the package registers the extractor."""

from .extract import NAME, make_event_extractor

__all__ = ["NAME", "make_event_extractor"]
