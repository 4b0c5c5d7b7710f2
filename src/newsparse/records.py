"""The one reader of result files: parsed articles, raw inputs and failures, in order.

Every corpus command (``actors``, ``stances``, ``report`` and the corpus
views) reads its inputs here, so they agree on one rule: a JSON record is a
parsed article when it carries ``schema_version`` (what
:meth:`Article.to_dict` writes), decided per record, so a file may mix
parsed and raw records. Anything else (plain text, HTML, a record with
``text``/``html``) is an input still to parse. A record or file that cannot
be read becomes a :class:`~newsparse.inputs.ParseFailure` naming where it
came from, and the stream goes on.

:func:`read_articles` parses the raw inputs on the fly, with a parser made
on first need, so a corpus of already parsed JSONL never loads a model.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsparse.errors import InputError, SchemaError
from newsparse.inputs import ArticleInput, ParseFailure
from newsparse.io import (
    DEFAULT_LIMITS,
    JSON_SUFFIXES,
    ReadLimits,
    Unreadable,
    json_records,
    logical_suffix,
    read_file,
    with_default_id,
)
from newsparse.io import expand_paths as expand_paths
from newsparse.models import Article
from newsparse.parser import Parser

log = logging.getLogger(__name__)

Record = Article | ArticleInput | ParseFailure


def is_parsed(record: Any) -> bool:
    """Whether a JSON record is a parsed article (``newsparse parse`` output) rather than raw input."""
    return isinstance(record, dict) and "schema_version" in record


def record_item(record: Any, source: str) -> Record:
    """One JSON record as a parsed :class:`Article`, an input to parse, or a failure naming ``source``."""
    from newsparse.io import record_to_input

    try:
        if is_parsed(record):
            return Article.from_dict(record)
        return record_to_input(record, source)
    except (SchemaError, InputError) as error:
        return ParseFailure(None, str(error) if source in str(error) else f"{source}: {error}", source)


def read_records(paths: Iterable[str], published: Any = None, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Record]:
    """Parsed articles, inputs still to parse, and failures, in input order, streaming.

    A file that cannot be read (truncated gzip, no permission, a dangling
    symlink, over ``limits``) is a failure in its place; the others are read.
    """
    for path in expand_paths(paths):
        if isinstance(path, Unreadable):
            yield path.failure()
        elif logical_suffix(path) in JSON_SUFFIXES:
            yield from _json_file_records(path, limits)
        else:
            yield from read_file(path, published=published, limits=limits)


def _json_file_records(path: Path, limits: ReadLimits) -> Iterator[Record]:
    for source, number, record in json_records(path, limits):
        if isinstance(record, InputError):
            yield ParseFailure(None, str(record), source)
            continue
        item = record_item(record, source)
        if isinstance(item, ArticleInput) and number is not None:
            item = with_default_id(item, path, number)
        yield item


def read_articles(
    paths: Iterable[str],
    parser: Parser | Callable[[], Parser] | None = None,
    published: Any = None,
    batch_size: int = 32,
) -> Iterator[Article | ParseFailure]:
    """Articles from ``paths``: parsed ones as they are, raw inputs parsed now, failures in their place.

    ``parser`` is a :class:`Parser`, or a function that makes one (called
    on first need), or ``None`` for the default parser. Order is kept:
    inputs are parsed in batches between parsed records.
    """
    made: list[Parser] = []

    def make() -> Parser:
        if isinstance(parser, Parser):
            return parser
        return parser() if parser is not None else Parser()

    pending: list[ArticleInput] = []

    def flush() -> Iterator[Article | ParseFailure]:
        if pending:
            if not made:
                made.append(make())
            yield from made[0].parse_many(list(pending), batch_size=batch_size)
            pending.clear()

    for item in read_records(paths, published=published):
        if isinstance(item, ArticleInput):
            pending.append(item)
            if len(pending) >= batch_size:
                yield from flush()
            continue
        yield from flush()
        yield item
    yield from flush()


__all__ = ["Record", "expand_paths", "is_parsed", "read_articles", "read_records", "record_item"]
