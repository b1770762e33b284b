"""Exceptions raised by corroborate.

CorroborateError
├── InputError          a file or record cannot be read (names the file)
├── PipelineError       an extractor failed (names the extractor)
├── StoreError          the knowledge base cannot be opened or migrated
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


class ConfigError(CorroborateError):
    """An unknown option, extractor name or evaluation task."""
