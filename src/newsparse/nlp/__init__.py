"""NLP backends: each turns text into the neutral :class:`~newsparse.analysis.Analysis`."""

from newsparse.nlp.base import Backend, BackendUnavailable

__all__ = ["Backend", "BackendUnavailable"]
