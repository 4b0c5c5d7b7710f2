"""What an NLP backend is: anything that turns texts into :class:`Analysis` objects.

A backend subclasses :class:`Backend` and implements :meth:`Backend.analyze`;
the base class gives every other method a sound default, so a plugin's
backend (a different model, a remote service, a cached analysis) is a few
lines, and the parser never has to ask a backend what it can do.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager

from newsparse.analysis import Analysis
from newsparse.errors import NewsparseError


class BackendUnavailable(NewsparseError, RuntimeError):
    """The backend's library or model is not installed; the message says how to get it."""


class Backend:
    """An NLP backend. Models load lazily, on the first text analysed.

    ``name`` is what ``Parser(backend=...)`` asks for; ``model`` and
    ``version`` are recorded on every article (``Article.nlp``).
    """

    name: str = "backend"

    @property
    def model(self) -> str:
        """The model's name (``en_core_web_sm``), recorded on every article."""
        return self.name

    @property
    def version(self) -> str:
        """The model's version, recorded on every article."""
        return "0"

    def analyze(self, text: str) -> Analysis:
        """Analyse one text."""
        raise NotImplementedError(f"{type(self).__name__} must implement analyze(text)")

    def analyze_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Analysis]:
        """Analyse texts in batches, yielding analyses in input order (default: one by one)."""
        return (self.analyze(text) for text in texts)

    def memory_zone(self) -> AbstractContextManager[None]:
        """A context inside which the backend may keep per-batch state it frees at exit.

        The parser wraps every batch in it. Nothing by default; the spaCy
        backend drops the vocabulary entries a batch added, which would
        otherwise grow with every new word over a long archive.
        """
        return contextlib.nullcontext()


__all__ = ["Backend", "BackendUnavailable"]
