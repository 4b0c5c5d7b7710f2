"""Exceptions newsparse raises, each naming what is wrong and where."""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of newsparse's own errors."""


class InputError(NewsparseError, ValueError):
    """An article that cannot be parsed as given: empty text, bad encoding, broken JSON.

    ``source`` names where it came from (``file.jsonl:12``) when known.
    """

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        self.reason = message
        super().__init__(f"{source}: {message}" if source else message)


class PluginError(NewsparseError):
    """A plugin raised (only with ``Parser(errors="raise")``; otherwise it is recorded)."""

    def __init__(self, plugin: str, phase: str, error: BaseException) -> None:
        self.plugin = plugin
        self.phase = phase
        self.error = error
        super().__init__(f"plugin {plugin!r} failed in phase {phase!r}: {type(error).__name__}: {error}")


class PluginRegistrationError(NewsparseError, TypeError):
    """A plugin that cannot be registered as it is written (e.g. a hook wrapper); the message says why."""


class SchemaError(NewsparseError, ValueError):
    """JSON that is not a newsparse article of a schema version this release reads."""
