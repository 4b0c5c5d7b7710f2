"""The built-in ``actors`` extractor plugin (entry point ``actors`` in the ``newsparse`` group).

Finds people, organizations and groups (named entities, places that act,
unnamed sources), merges their mentions into one :class:`~newsparse.Actor`
each and reads roles, affiliations, honorifics and textual gender
evidence. See ``docs/actors.md``.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse import Actor, Document, hookimpl
from newsparse_actors.extract import extract_actors

__version__ = "0.1.0"

__all__ = ["extract_actors", "newsparse_actors"]


@hookimpl
def newsparse_actors(document: Document) -> Iterable[Actor]:
    """The actors of ``document`` (runs in the entities phase, before quotes)."""
    return extract_actors(document.analysis)
