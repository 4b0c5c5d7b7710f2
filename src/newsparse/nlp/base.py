"""What an NLP backend is: anything that turns texts into :class:`Analysis` objects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from newsparse.analysis import Analysis
from newsparse.errors import NewsparseError


class BackendUnavailable(NewsparseError, RuntimeError):
    """The backend's library or model is not installed; the message says how to get it."""


@runtime_checkable
class Backend(Protocol):
    """An NLP backend. Models load lazily, on the first text analysed."""

    name: str

    @property
    def model(self) -> str: ...

    @property
    def version(self) -> str: ...

    def analyze(self, text: str) -> Analysis:
        """Analyse one text."""
        ...

    def analyze_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Analysis]:
        """Analyse texts in batches, yielding analyses in input order."""
        ...
