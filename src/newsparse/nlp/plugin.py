"""The built-in backends as a plugin (entry point ``backends``), registered ``trylast``.

A user plugin implementing ``newsparse_load_backend`` runs first and wins.
"""

from __future__ import annotations

from typing import Any

from newsparse.hookspecs import hookimpl
from newsparse.nlp.base import Backend


@hookimpl(trylast=True)
def newsparse_load_backend(name: str, options: dict[str, Any]) -> Backend | None:
    if name == "spacy":
        from newsparse.nlp.spacy_backend import SpacyBackend

        return SpacyBackend(model=options.get("model"))
    if name == "stanza":
        from newsparse.nlp.stanza_backend import StanzaBackend

        return StanzaBackend(language=options.get("language", "en"), options=options)
    return None
