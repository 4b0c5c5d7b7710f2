"""The built-in ``stances`` extractor plugin (entry point ``stances`` in the ``newsparse`` group).

For every quote: polarity (positive / negative / neutral / mixed), a score
in [-1, 1], the evidence words, the framing of the attribution cue and the
target when the quote names one; for every speaking actor: an aggregate
over their quotes. See ``docs/stances.md``.

To use another classifier, register your own ``newsparse_stances`` plugin
and disable this one: ``Parser(plugins=[Mine()], disable=["stances"])``
(``examples/custom_stance_classifier.py``). To keep this plugin but switch
method, set ``NEWSPARSE_STANCE_METHOD=stanza``, or register an instance:
``Parser(plugins=[StanceExtractor(method="stanza")], disable=["stances"])``.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse import hookimpl
from newsparse.document import Document
from newsparse.models import Actor, Quote, Stance

from .extractor import METHOD_ENV, StanceExtractor

__version__ = "0.1.0"

_default: StanceExtractor | None = None


def default_extractor() -> StanceExtractor:
    """The process-wide extractor the entry-point plugin uses (built on first use)."""
    global _default
    if _default is None:
        _default = StanceExtractor()
    return _default


@hookimpl(trylast=True)
def newsparse_stances(document: Document, quotes: tuple[Quote, ...], actors: tuple[Actor, ...]) -> Iterable[Stance]:
    """Stances of the article's quotes and speakers (the built-in method)."""
    return default_extractor().stances(document, quotes, actors)


__all__ = ["StanceExtractor", "METHOD_ENV", "default_extractor", "newsparse_stances"]
