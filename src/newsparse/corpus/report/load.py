"""Gather the articles of a report: parsed JSONL/JSON as written by ``newsparse parse``, or raw articles.

Reading goes through :func:`newsparse.records.read_articles`, the one reader
every corpus output shares: parsed records are read back losslessly, raw
inputs are parsed with a :class:`~newsparse.parser.Parser` created only if
something needs parsing. An input that cannot be read or parsed is
reported, never fatal.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from newsparse.inputs import ParseFailure
from newsparse.models import Article
from newsparse.parser import Parser
from newsparse.records import read_articles

log = logging.getLogger(__name__)


def load_articles(
    paths: Iterable[str],
    parser: Parser | None = None,
    published: Any = None,
    **parser_options: Any,
) -> tuple[list[Article], list[ParseFailure]]:
    """Every article named by ``paths``, parsing raw inputs; returns ``(articles, failures)``.

    ``parser`` is used for raw inputs; without one, a ``Parser(**parser_options)``
    is created on first need, so a report of already parsed JSONL never
    loads an NLP model.
    """
    articles: list[Article] = []
    failures: list[ParseFailure] = []
    for item in read_articles(paths, parser or (lambda: Parser(**parser_options)), published=published):
        if isinstance(item, ParseFailure):
            log.error("skipped: %s", item.error)
            failures.append(item)
        else:
            articles.append(item)
    return articles, failures


__all__ = ["load_articles"]
