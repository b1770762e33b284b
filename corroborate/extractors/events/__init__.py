"""PLOVER events (``events.plover.v1``): which words tell one (``triggers``),
what happened, who did it to whom (``extract``), when, where and how many
(``circumstances``), and whether it is told as done (``modality``); and acts
(``acts.deps.v1``, ``acts``), who did what by verbs PLOVER does not type.
Importing the package registers both."""

from .acts import make_act_extractor
from .extract import NAME, make_event_extractor

__all__ = ["NAME", "make_act_extractor", "make_event_extractor"]
