"""An installable newsparse plugin: social-media handles (``@name``) as actors.

Installed with ``pip install ./examples/plugin-package``, it is found through
the ``newsparse`` entry-point group exactly like the built-in extractors, so
``newsparse plugins`` lists it and every ``Parser()`` runs it.
"""

from __future__ import annotations

import re

from newsparse import Actor, ActorKind, Document, Span, hookimpl

__version__ = "0.1.0"

HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{2,30})\b")


@hookimpl
def newsparse_actors(document: Document) -> list[Actor]:
    """One actor per distinct handle, with every place it appears as a mention."""
    mentions: dict[str, list[Span]] = {}
    for match in HANDLE.finditer(document.text):
        mentions.setdefault(match.group(1).lower(), []).append(Span.of(document.text, match.start(), match.end()))
    return [
        Actor(id=f"handle-{name}", name="@" + name, kind=ActorKind.UNKNOWN, mentions=spans)
        for name, spans in mentions.items()
    ]
