"""The built-in ``stances`` extractor plugin (entry point ``stances`` in the ``newsparse`` group).

For every quote: polarity (positive / negative / neutral / mixed), a score
in [-1, 1], the evidence words, the framing of the attribution cue and the
target when the quote names one; for every speaking actor: an aggregate
over their quotes. See ``docs/stances.md``.

To use another classifier, register your own ``newsparse_stances`` plugin
and disable this one: ``Parser(plugins=[Mine()], disable=["stances"])``
(``examples/custom_stance_classifier.py``).

The entry point names the class :class:`StanceExtractor`: the plugin
registry makes one instance per parser, so the state it keeps (a loaded
classifier) belongs to that parser, never to the process. To keep this plugin but switch
method, set ``NEWSPARSE_STANCE_METHOD=stanza``, or register an instance:
``Parser(plugins=[StanceExtractor(method="stanza")], disable=["stances"])``.
"""

from __future__ import annotations

from .extractor import METHOD_ENV, StanceExtractor

__version__ = "0.1.0"

__all__ = ["METHOD_ENV", "StanceExtractor"]
