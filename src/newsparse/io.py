"""Reading articles from files (text, HTML, JSONL, gzip) and writing results.

Readers yield :class:`~newsparse.inputs.ArticleInput` or, for an input that
cannot be read, a :class:`~newsparse.inputs.ParseFailure` naming the file and
line, so a batch goes on past one bad article and reports it. JSON Lines are
split on ``\n`` only (never on U+2028, U+2029 or U+0085, which JSON strings
may hold), by the one line reader :func:`json_records`.
"""

from __future__ import annotations

import glob
import gzip
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from newsparse.errors import InputError
from newsparse.inputs import ArticleInput, ParseFailure

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = JSONL_SUFFIXES | {".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


def decode_bytes(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), or an :class:`InputError` naming the byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not valid UTF-8 at byte {error.start} ({data[error.start : error.start + 1]!r}); "
            "re-encode the file as UTF-8",
            source,
        ) from error


def html_to_input(html: str, source: str | None = None, **fields: Any) -> ArticleInput:
    """Extract the article body and metadata (title, author, date, url) from HTML with trafilatura.

    Fields given by the caller win over the page's metadata; a date from
    the page is recorded with ``published_source="html"``.
    """
    import trafilatura

    extracted = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False, favor_precision=True
    )
    if not extracted:
        raise InputError("no article text found in the HTML", source)
    meta = json.loads(extracted)
    text = meta.get("raw_text") or meta.get("text") or ""
    authors = [a.strip() for a in (meta.get("author") or "").split(";") if a.strip()]
    published = fields.pop("published", None)
    published_source = "caller" if published else None
    if not published and meta.get("date"):
        published, published_source = meta["date"], "html"
    return ArticleInput.create(
        text,
        id=fields.pop("id", None),
        title=fields.pop("title", None) or meta.get("title"),
        url=fields.pop("url", None) or meta.get("url") or meta.get("source"),
        published=published,
        published_source=published_source,
        authors=authors,
        source=source,
        **fields,
    )


def record_to_input(record: Any, source: str) -> ArticleInput:
    """One JSONL record ``{"id", "text" | "html", "published" | "date" | "dct", "title", "url"}``."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}", source)
    published = record.get("published") or record.get("date") or record.get("dct")
    known = {"id", "text", "html", "published", "date", "dct", "title", "url", "language", "authors"}
    extra = {k: v for k, v in record.items() if k not in known and _jsonable_scalar(v)}
    fields: dict[str, Any] = {
        "id": None if record.get("id") is None else str(record["id"]),
        "title": record.get("title"),
        "url": record.get("url"),
        "published": published,
        "language": record.get("language") or "en",
    }
    if record.get("text") is not None:
        return ArticleInput.create(
            record["text"], authors=record.get("authors") or (), extra=extra, source=source, **fields
        )
    if record.get("html") is not None:
        return html_to_input(record["html"], source=source, extra=extra, **fields)
    raise InputError('the record has neither "text" nor "html"', source)


def _jsonable_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) or value is None


def open_binary(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed on the fly for ``.gz``."""
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # type: ignore[return-value]


def logical_suffix(path: Path) -> str:
    """The suffix that says what a file holds, ``.gz`` set aside: ``a.jsonl.gz`` -> ``.jsonl``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def json_records(path: Path) -> Iterator[tuple[str, int | None, Any]]:
    """``(source, line number, record)`` for each record of a JSON or JSONL file (gzip too), streaming.

    A JSONL file gives one record per non-blank line (split on ``\n`` only);
    a JSON file gives its object, or each element of its list (``newsparse
    parse --format json``), with ``None`` as line number. A line or file
    that is not valid UTF-8 JSON gives an :class:`InputError` in place of
    the record, so readers report it and go on.
    """
    if logical_suffix(path) in JSONL_SUFFIXES:
        with open_binary(path) as handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    source = f"{path}:{number}"
                    yield source, number, _json_line(raw, source)
        return
    source = str(path)
    try:
        with open_binary(path) as handle:
            data = _load_json(decode_bytes(handle.read(), source), source)
    except InputError as error:
        yield source, None, error
        return
    if isinstance(data, list):
        for index, record in enumerate(data):
            yield f"{path}[{index}]", None, record
    else:
        yield source, None, data


def _json_line(raw: bytes, source: str) -> Any:
    try:
        return json.loads(decode_bytes(raw, source))
    except InputError as error:
        return error
    except json.JSONDecodeError as error:
        return InputError(f"broken JSON line: {error.msg} at column {error.colno}", source)


def with_default_id(item: ArticleInput, path: Path, number: int) -> ArticleInput:
    """``item`` with the id ``<file stem>:<line>`` when its record gave none (ids make --resume work)."""
    if item.id is not None:
        return item
    import attrs

    return attrs.evolve(item, id=f"{path.stem}:{number}")


def read_jsonl(path: Path) -> Iterator[ArticleInput | ParseFailure]:
    """Articles of a JSONL file (gzip too), one per line; bad lines become failures."""
    for source, number, record in json_records(path):
        try:
            if isinstance(record, InputError):
                raise record
            yield with_default_id(record_to_input(record, source), path, number or 0)
        except InputError as error:
            yield ParseFailure(None, str(error), source)


def read_file(path: Path, published: Any = None) -> Iterator[ArticleInput | ParseFailure]:
    """Articles from one file, chosen by suffix: text, HTML, JSON or JSONL (optionally gzipped)."""
    suffix = logical_suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    source = str(path)
    try:
        with open_binary(path) as handle:
            content = decode_bytes(handle.read(), source)
        if suffix in HTML_SUFFIXES:
            yield html_to_input(content, source=source, id=path.stem, published=published)
        elif suffix == ".json":
            yield record_to_input(_load_json(content, source), source)
        else:
            yield ArticleInput.create(content, id=path.stem, published=published, source=source)
    except InputError as error:
        yield ParseFailure(None, str(error), source)


def _load_json(content: str, source: str) -> Any:
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(f"broken JSON: {error.msg} at line {error.lineno}", source) from error


def expand_paths(patterns: Iterable[str]) -> Iterator[Path]:
    """Files named by paths, directories (recursively, known suffixes) and globs, sorted."""
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and logical_suffix(p) in KNOWN_SUFFIXES)
        elif path.exists():
            yield path
        else:
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                raise InputError("no such file, directory or matching glob", pattern)
            yield from (Path(m) for m in matches if Path(m).is_file())


def read_inputs(patterns: Iterable[str], published: Any = None) -> Iterator[ArticleInput | ParseFailure]:
    """All articles named by ``patterns``, in order, streaming."""
    for path in expand_paths(patterns):
        yield from read_file(path, published=published)
