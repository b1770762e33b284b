"""Exceptions raised by corroborate.

CorroborateError
├── InputError          a file or record cannot be read (names the file)
├── PipelineError       an extractor failed (names the extractor)
├── StoreError          the knowledge base cannot be opened or migrated
├── NotFoundError       no article, story, entity or decision has that id
└── ConfigError         an unknown option, extractor or task
"""

from __future__ import annotations


class CorroborateError(Exception):
    """Base class of every error corroborate raises on purpose."""


class InputError(CorroborateError):
    """A file or record cannot be read; the message names it and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class PipelineError(CorroborateError):
    """An extractor failed; the message names the extractor and the article."""


class StoreError(CorroborateError):
    """The knowledge base cannot be opened, migrated or written."""


class NotFoundError(CorroborateError):
    """No record of this kind has the id asked for; the message says where to list them.

    The web app answers it with 404, the command line with a message on stderr.
    """

    def __init__(
        self, what: str, item_id: str, listing: str, *, page: str | None = ""
    ) -> None:
        """``listing`` is the command that lists them, ``page`` the web page
        (``/`` + ``listing`` when not given, none when None)."""
        page = f"/{listing}" if page == "" else page
        where = f"`corroborate {listing}`" + (f" or {page}" if page else "")
        super().__init__(f"no {what} {item_id!r}; list them with {where}")
        self.what = what
        self.item_id = item_id


class ConfigError(CorroborateError):
    """An unknown option, extractor name or evaluation task."""
