"""Gather the articles of a report: parsed JSONL/JSON as written by ``newsparse parse``, or raw articles.

A record that carries ``schema_version`` and ``quotes`` is a parsed
article and is read back losslessly; anything else (plain text, HTML, a
JSONL record with ``text``/``html``) is parsed here, with one
:class:`~newsparse.parser.Parser` created only if something needs parsing.
An input that cannot be read or parsed is reported, never fatal.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsparse.errors import InputError, SchemaError
from newsparse.inputs import ArticleInput
from newsparse.io import JSONL_SUFFIXES, decode_bytes, expand_paths, read_file, record_to_input
from newsparse.models import Article
from newsparse.parser import ParseFailure, Parser

log = logging.getLogger(__name__)

Item = Article | ArticleInput | ParseFailure


def is_parsed(record: Any) -> bool:
    """Whether a JSON record is a parsed article rather than raw input."""
    return isinstance(record, dict) and "schema_version" in record and "quotes" in record


def _record_item(record: Any, source: str) -> Item:
    try:
        if is_parsed(record):
            return Article.from_dict(record)
        return record_to_input(record, source)
    except (SchemaError, InputError) as error:
        return ParseFailure(None, str(error), source)


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_bytes(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()


def _json_items(path: Path) -> Iterator[Item]:
    """Items of a .json (one article, or a list from ``--format json``) or .jsonl file."""
    try:
        content = decode_bytes(_read_bytes(path), str(path))
    except InputError as error:
        yield ParseFailure(None, str(error), str(path))
        return
    if _suffix(path) in JSONL_SUFFIXES:
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield ParseFailure(None, f"{source}: broken JSON line: {error.msg} at column {error.colno}", source)
                continue
            item = _record_item(record, source)
            if isinstance(item, ArticleInput) and item.id is None:
                import attrs

                item = attrs.evolve(item, id=f"{path.stem}:{number}")
            yield item
        return
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        yield ParseFailure(None, f"{path}: broken JSON: {error.msg} at line {error.lineno}", str(path))
        return
    for index, record in enumerate(data if isinstance(data, list) else [data]):
        yield _record_item(record, f"{path}[{index}]" if isinstance(data, list) else str(path))


def read_items(paths: Iterable[str], published: Any = None) -> Iterator[Item]:
    """Parsed articles, inputs still to parse, and failures, in input order."""
    for path in expand_paths(paths):
        if _suffix(path) in JSONL_SUFFIXES | {".json"}:
            yield from _json_items(path)
        else:
            yield from read_file(path, published=published)


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
    items = list(read_items(paths, published=published))
    to_parse = [item for item in items if isinstance(item, ArticleInput)]
    parsed: Iterator[Article | ParseFailure] = iter(())
    if to_parse:
        parser = parser or Parser(**parser_options)
        parsed = parser.parse_many(to_parse)
    articles: list[Article] = []
    failures: list[ParseFailure] = []
    for item in items:
        result = next(parsed) if isinstance(item, ArticleInput) else item
        if isinstance(result, ParseFailure):
            log.error("skipped: %s", result.error)
            failures.append(result)
        else:
            articles.append(result)
    return articles, failures
