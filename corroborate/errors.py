"""Exceptions raised by corroborate, and the exit codes of its command line.

CorroborateError
├── InputError          a file or record cannot be read (names the file)
├── PipelineError       an extractor failed (names the extractor)
├── StoreError          the knowledge base cannot be opened or migrated
├── NotFoundError       no article, story, entity or decision has that id
└── ConfigError         an unknown option, extractor or task
"""

from __future__ import annotations

EXIT_OK = 0
"""Everything asked for was done."""
EXIT_INPUT = 1
"""Some input was rejected (a file, a record, an id, a knowledge base), each named on stderr."""
EXIT_USAGE = 2
"""The command line itself is wrong (click's usage errors, unknown extractor or task)."""
EXIT_INTERNAL = 3
"""A bug: an unexpected exception, printed with its traceback."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C (128 + SIGINT, as shells report it)."""


class CorroborateError(Exception):
    """Base class of every error corroborate raises on purpose."""


class InputError(CorroborateError):
    """A file or record cannot be read; the message names it and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # rebuilt from both arguments when it crosses a process boundary
        return type(self), (self.path, self.problem)


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
