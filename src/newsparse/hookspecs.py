"""Every hook a newsparse plugin can implement, in one place.

The parser calls them in phases over one shared NLP analysis::

    newsparse_load_backend            (once per Parser, first result wins)
    newsparse_actors, newsparse_dates (phase "entities": independent)
    newsparse_quotes                  (phase "quotes": given actors and dates)
    newsparse_stances                 (phase "stances": given quotes and actors)
    newsparse_finalize                (phase "finalize": the whole Article)

Extractor hooks return an iterable of result models (or ``None``); the
parser stamps each result with the plugin's provenance, validates it
against the article text and records a :class:`~newsparse.models.Failure`
instead of the result when a plugin raises or returns something invalid.
An implementation may accept any subset of a hook's arguments.

Each hook has a section with an example plugin in ``docs/plugin_hooks.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from newsparse.document import Document
    from newsparse.models import Actor, Article, DateMention, PublishedDate, Quote, Stance
    from newsparse.nlp.base import Backend

PROJECT = "newsparse"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec(firstresult=True)
def newsparse_load_backend(name: str, options: dict[str, Any]) -> Backend | None:
    """Return the NLP backend called ``name`` (e.g. ``"spacy"``), or ``None`` if not yours.

    Called once per :class:`~newsparse.parser.Parser`, lazily. The first
    non-``None`` answer wins; the built-in backends are registered
    ``trylast`` so a user plugin can replace them (a different spaCy model,
    a remote service, a cached analysis). ``options`` are the parser's
    ``backend_options``.
    """


@hookspec
def newsparse_actors(document: Document) -> Iterable[Actor] | None:
    """Return the actors (people, organizations, groups) of the document.

    Runs in the first phase, beside :func:`newsparse_dates`. Ids must be
    unique within the article; later phases refer to actors by id.
    """


@hookspec
def newsparse_dates(document: Document) -> Iterable[DateMention | PublishedDate] | None:
    """Return the date mentions of the document, and optionally its publication date.

    Runs in the first phase. ``document.published`` is the caller's
    publication date (or one taken from HTML metadata) and may be ``None``;
    a plugin that finds it in the text (a wire dateline) returns a
    :class:`~newsparse.models.PublishedDate`, which the parser uses only
    when the caller gave none.
    """


@hookspec
def newsparse_quotes(
    document: Document, actors: tuple[Actor, ...], dates: tuple[DateMention, ...]
) -> Iterable[Quote | Actor] | None:
    """Return the quotes of the document, given the actors and dates found so far.

    A quote's ``speaker`` is the id of one of ``actors``; a plugin that
    finds a speaker nobody else found returns that new ``Actor`` too.
    """


@hookspec
def newsparse_stances(
    document: Document, quotes: tuple[Quote, ...], actors: tuple[Actor, ...]
) -> Iterable[Stance] | None:
    """Return stances for quotes (``Stance.quote``) and/or actors (``Stance.actor``)."""


@hookspec(firstresult=True)
def newsparse_stance_toward(document: Document, start: int, end: int) -> Stance | None:
    """Return how the document's text treats the span ``text[start:end]`` (``Parser.stance_toward``).

    The span is already checked to be a non-empty range inside the text.
    The first plugin to answer wins; the built-in stances plugin answers
    with its configured method (the learned model by default).
    """


@hookspec
def newsparse_finalize(article: Article) -> Article | None:
    """Inspect or replace the finished article; return a new ``Article`` or ``None``.

    Implementations are chained: each sees the article the previous one
    returned. Models are frozen, so a plugin changes results only by
    returning a new article built with :func:`attrs.evolve`; the parser
    re-validates it and keeps the previous article if it is invalid.
    """
