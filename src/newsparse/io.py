"""Reading articles from files (text, HTML, JSON, JSONL, gzip).

Readers yield :class:`~newsparse.inputs.ArticleInput` or, for an input that
cannot be read, a :class:`~newsparse.inputs.ParseFailure` naming the file and
line, so a batch goes on past one bad article and reports it. Any error met
while one file is read (a truncated or fake gzip, a file that may not be
read, a broken HTML toolchain) fails that file alone, never the run; what
cannot be read at all (a dangling symlink, a folder that cannot be listed)
is reported in its place, never skipped. JSON Lines are split on ``\n``
only (never on U+2028, U+2029 or U+0085, which JSON strings may hold), by
the one line reader :func:`json_records`.

:class:`ReadLimits` stop gzip bombs and runaway inputs within seconds: one
article (a whole file, or one JSONL line) may take at most
``max_article_bytes`` as read, and one gzipped file may inflate to at most
``max_inflated_bytes``.

Text is UTF-8 unless the caller names another encoding (``encoding=``,
``newsparse parse --encoding``) for text, HTML and JSON files; an HTML page
that is not UTF-8 is read in the charset its ``<meta>`` declares, as a
browser would. JSON Lines are UTF-8, as JSON exchanged between programs
must be (RFC 8259).
"""

from __future__ import annotations

import codecs
import errno
import glob
import gzip
import json
import logging
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from newsparse.errors import InputError
from newsparse.inputs import ArticleInput, ParseFailure

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = JSONL_SUFFIXES | {".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

DEFAULT_MAX_ARTICLE_BYTES = 10_000_000
DEFAULT_MAX_INFLATED_BYTES = 2_000_000_000
_SKIP_CHUNK = 1 << 20
_SKIP_FACTOR = 10
#: how htmldate writes a page's date: with the time and UTC offset when the page gives them
_HTML_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


@attrs.frozen
class ReadLimits:
    """How much one article and one gzipped file may take, in bytes as read (``None``: no limit).

    ``max_article_bytes`` bounds one article: a whole text, HTML or JSON
    file, or one JSONL line, after decompression. ``max_inflated_bytes``
    bounds what one ``.gz`` file inflates to. ``newsparse parse
    --max-article-size`` and ``--max-inflated-size`` set them.
    """

    max_article_bytes: int | None = DEFAULT_MAX_ARTICLE_BYTES
    max_inflated_bytes: int | None = DEFAULT_MAX_INFLATED_BYTES


DEFAULT_LIMITS = ReadLimits()


@attrs.frozen
class Unreadable:
    """A path named or found among the inputs that cannot be read, and why (never skipped silently)."""

    path: Path
    reason: str

    def failure(self) -> ParseFailure:
        return ParseFailure(None, f"{self.path}: {self.reason}", str(self.path))


#: What to do about bytes that are not UTF-8: files whose encoding can be named, and JSON, which must be UTF-8.
NAME_THE_ENCODING = "re-encode the file as UTF-8, or name its encoding (newsparse parse --encoding cp1252)"
REENCODE = "re-encode the file as UTF-8"


def decode_bytes(data: bytes, source: str, encoding: str | None = None, advice: str = REENCODE) -> str:
    """UTF-8 (with or without BOM), or ``encoding``; else an :class:`InputError` naming the byte offset."""
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not valid {encoding or 'UTF-8'} at byte {error.start} ({data[error.start : error.start + 1]!r}); "
            + ("check the encoding named" if encoding else advice),
            source,
        ) from error


def encoding_name(name: str) -> str:
    """Python's name for an encoding (``latin-1`` → ``iso8859-1``), or a ``ValueError`` saying it is unknown."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown text encoding {name!r} (try utf-8, cp1252, latin-1)") from None


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(page: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` of its first 4 KB, if Python knows it."""
    match = _META_CHARSET.search(page[:4096])
    if match is None:
        return None
    try:
        return encoding_name(match.group(1).decode("ascii"))
    except ValueError:
        return None


def decode_html(page: bytes, source: str, encoding: str | None = None) -> str:
    """An HTML page's text: ``encoding`` if given, else UTF-8, else the charset the page declares.

    UTF-8 is tried before the declaration because pages often declare a
    legacy charset and are served as UTF-8 all the same; bytes that are not
    UTF-8 are read as the page says, as a browser would.
    """
    if encoding is not None:
        return decode_bytes(page, source, encoding)
    try:
        return decode_bytes(page, source, advice=NAME_THE_ENCODING)
    except InputError:
        declared = declared_charset(page)
        if declared is None or declared == "utf-8":
            raise
        return decode_bytes(page, source, declared)


def html_to_input(html: str, source: str | None = None, **fields: Any) -> ArticleInput:
    """Extract the article body and metadata (title, author, date, url) from HTML with trafilatura.

    The text keeps the page's paragraphs, one per line. Fields given by the
    caller win over the page's metadata; a date from the page keeps its time
    and UTC offset when the page gives them and is recorded with
    ``published_source="html"``.
    """
    import trafilatura

    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params={"outputformat": _HTML_DATE_FORMAT, "original_date": True, "extensive_search": True},
    )
    if not extracted:
        raise InputError("no article text found in the HTML", source)
    meta = json.loads(extracted)
    # "text" keeps one paragraph per line; "raw_text" runs them together, and attribution reads paragraphs
    text = meta.get("text") or meta.get("raw_text") or ""
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


def open_binary(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> IO[bytes]:
    """The file's bytes, decompressed on the fly for ``.gz`` (within ``limits.max_inflated_bytes``)."""
    if path.suffix != ".gz":
        return path.open("rb")
    inflated = _Inflated(gzip.GzipFile(path, "rb"), limits.max_inflated_bytes, str(path))
    return inflated  # type: ignore[return-value]  # the reading methods of IO[bytes] that readers use


class _Inflated:
    """A gzip reader that refuses to inflate past ``limit`` bytes (gzip bombs)."""

    def __init__(self, handle: gzip.GzipFile, limit: int | None, source: str) -> None:
        self.handle, self.limit, self.source, self.count = handle, limit, source, 0

    def _counted(self, data: bytes) -> bytes:
        self.count += len(data)
        if self.limit is not None and self.count > self.limit:
            raise InputError(
                f"inflates to more than {self.limit:,} bytes (a gzip bomb?); "
                "raise the limit with --max-inflated-size to read it",
                self.source,
            )
        return data

    def read(self, size: int = -1) -> bytes:
        return self._counted(self.handle.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._counted(self.handle.readline(size))

    def __enter__(self) -> _Inflated:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


def logical_suffix(path: Path) -> str:
    """The suffix that says what a file holds, ``.gz`` set aside: ``a.jsonl.gz`` -> ``.jsonl``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def read_error(error: BaseException) -> str:
    """What went wrong reading a file, in words a user can act on."""
    if isinstance(error, InputError):
        return error.reason
    if isinstance(error, EOFError):
        return "the gzip stream ends early (a truncated file?)"
    if isinstance(error, gzip.BadGzipFile):
        return f"not a gzip file, although its name ends in .gz ({error})"
    if isinstance(error, zlib.error):
        return f"corrupt gzip data ({error})"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read it: {error.strerror}"
    return f"{type(error).__name__}: {error}"


def read_limited(handle: IO[bytes], limits: ReadLimits, source: str) -> bytes:
    """The whole of ``handle`` as one article, or an :class:`InputError` past ``max_article_bytes``."""
    limit = limits.max_article_bytes
    data = handle.read(-1 if limit is None else limit + 1)
    if limit is not None and len(data) > limit:
        raise InputError(
            f"the article is over {limit:,} bytes; raise the limit with --max-article-size to read it", source
        )
    return data


def jsonl_lines(handle: IO[bytes], limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, line)`` of a JSONL stream, split on ``b"\\n"`` only; ``None`` for an over-long line.

    A line over ``max_article_bytes`` is skipped in bounded memory (read in
    1 MB pieces to its end) and given as ``None``, so its reader can report
    it and go on with the next line.
    """
    limit = limits.max_article_bytes
    number = 0
    while True:
        line = handle.readline(-1 if limit is None else limit + 1)
        if not line:
            return
        number += 1
        if limit is not None and len(line) > limit and not line.endswith(b"\n"):
            _skip_line(handle, limit)
            yield number, None
            continue
        yield number, line


def _skip_line(handle: IO[bytes], limit: int) -> None:
    """Read past the end of an over-long line, in 1 MB pieces; give up past ``_SKIP_FACTOR`` times ``limit``.

    A line that runs on that far is no article (a gzip bomb of one endless
    line inflates to gigabytes): the rest of the file is refused then,
    within seconds, instead of being inflated to its end.
    """
    skipped = 0
    while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
        skipped += len(rest)
        if skipped > _SKIP_FACTOR * limit:
            raise InputError(
                f"a line runs on past {_SKIP_FACTOR * limit:,} bytes (a gzip bomb?); the rest of the file is not read"
            )


def too_long(limits: ReadLimits) -> str:
    return f"the line is over {limits.max_article_bytes:,} bytes; raise the limit with --max-article-size to read it"


def json_records(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[tuple[str, int | None, Any]]:
    """``(source, line number, record)`` for each record of a JSON or JSONL file (gzip too), streaming.

    A JSONL file gives one record per non-blank line (split on ``\\n`` only);
    a JSON file gives its object, or each element of its list (``newsparse
    parse --format json``), with ``None`` as line number. A line or file
    that cannot be read (not UTF-8 JSON, over ``limits``) gives an
    :class:`InputError` in place of the record, so readers report it and go
    on; an error that stops the reading (a truncated gzip stream, a read
    error) gives one for the rest of the file, after the lines before it.
    """
    if logical_suffix(path) not in JSONL_SUFFIXES:
        source, data = str(path), _json_file(path, limits)
        if isinstance(data, list):
            yield from ((f"{path}[{index}]", None, record) for index, record in enumerate(data))
        else:
            yield source, None, data
        return
    number = 0
    try:
        with open_binary(path, limits) as handle:
            for number, raw in jsonl_lines(handle, limits):
                source = f"{path}:{number}"
                if raw is None:
                    yield source, number, InputError(too_long(limits), source)
                elif raw.strip():
                    yield source, number, _json_line(raw, source)
    except Exception as error:  # noqa: BLE001 - any reader fault fails the rest of this file, not the run
        source = f"{path}:{number + 1}" if number else str(path)
        yield source, number + 1, InputError(read_error(error), source)


def _json_file(path: Path, limits: ReadLimits) -> Any:
    """The content of a JSON file, or an :class:`InputError` saying why it cannot be read."""
    source = str(path)
    try:
        with open_binary(path, limits) as handle:
            return _load_json(decode_bytes(read_limited(handle, limits, source), source), source)
    except Exception as error:  # noqa: BLE001 - any reader fault fails this file, not the run
        return InputError(read_error(error), source)


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
    return attrs.evolve(item, id=f"{path.stem}:{number}")


def read_jsonl(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[ArticleInput | ParseFailure]:
    """Articles of a JSONL file (gzip too), one per line; bad lines become failures."""
    for source, number, record in json_records(path, limits):
        try:
            if isinstance(record, InputError):
                raise record
            yield with_default_id(record_to_input(record, source), path, number or 0)
        except Exception as error:  # noqa: BLE001 - this line fails (a broken HTML toolchain too), not the file
            yield ParseFailure(None, f"{source}: {read_error(error)}", source)


def read_file(
    path: Path, published: Any = None, limits: ReadLimits = DEFAULT_LIMITS, encoding: str | None = None
) -> Iterator[ArticleInput | ParseFailure]:
    """Articles from one file, chosen by suffix: text, HTML, JSON or JSONL (optionally gzipped).

    Whatever goes wrong while the file is read (within ``limits``) becomes
    a :class:`ParseFailure` naming the file and the reason. ``encoding``
    (default UTF-8; for HTML, what the page declares) applies to text, HTML
    and JSON files; JSON Lines are UTF-8.
    """
    suffix = logical_suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, limits)
        return
    source = str(path)
    try:
        with open_binary(path, limits) as handle:
            raw = read_limited(handle, limits, source)
        if suffix in HTML_SUFFIXES:
            content = decode_html(raw, source, encoding)
            item = html_to_input(content, source=source, id=path.stem, published=published)
        elif suffix == ".json":
            item = record_to_input(_load_json(decode_bytes(raw, source, encoding, NAME_THE_ENCODING), source), source)
        else:
            content = decode_bytes(raw, source, encoding, NAME_THE_ENCODING)
            item = ArticleInput.create(content, id=path.stem, published=published, source=source)
    except Exception as error:  # noqa: BLE001 - any reader fault fails this file, not the run
        yield ParseFailure(None, f"{source}: {read_error(error)}", source)
        return
    yield item


def _load_json(content: str, source: str) -> Any:
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(f"broken JSON: {error.msg} at line {error.lineno}", source) from error


def expand_paths(patterns: Iterable[str]) -> Iterator[Path | Unreadable]:
    """Files named by paths, directories (recursively, known suffixes) and globs, sorted.

    What cannot be read is yielded as :class:`Unreadable` in its place, never
    skipped: a dangling symlink, a symlink loop, a folder that cannot be
    listed. A pattern that matches nothing is an :class:`InputError`.
    """
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield Unreadable(path, _broken_link(path))
        else:
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                raise InputError("no such file, directory or matching glob", pattern)
            for match in map(Path, matches):
                if match.is_file():
                    yield match
                elif match.is_symlink() and not match.exists():
                    yield Unreadable(match, _broken_link(match))


def _walk(root: Path) -> Iterator[Path | Unreadable]:
    """Files with a known suffix under ``root`` (symlinked folders not followed), and what cannot be read."""
    found: list[Path | Unreadable] = []

    def cannot_list(error: OSError) -> None:
        found.append(Unreadable(Path(error.filename or root), f"cannot list this folder: {error.strerror}"))

    for folder, _folders, files in os.walk(root, onerror=cannot_list):
        for name in files:
            path = Path(folder, name)
            if logical_suffix(path) not in KNOWN_SUFFIXES:
                continue
            found.append(Unreadable(path, _broken_link(path)) if not path.exists() else path)
    yield from sorted(found, key=lambda item: item.path if isinstance(item, Unreadable) else item)


def _broken_link(path: Path) -> str:
    """Why ``path``, which does not resolve, cannot be read: a symlink loop or a dangling symlink."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop: it points back to itself"
        if error.errno != errno.ENOENT:
            return f"cannot follow the symlink: {error.strerror}"
    try:
        target = os.readlink(path)
    except OSError:
        return "does not exist"
    return f"dangling symlink: its target {target!r} does not exist"


def read_inputs(
    patterns: Iterable[str], published: Any = None, limits: ReadLimits = DEFAULT_LIMITS, encoding: str | None = None
) -> Iterator[ArticleInput | ParseFailure]:
    """All articles named by ``patterns``, in order, streaming; what cannot be read as failures."""
    for path in expand_paths(patterns):
        if isinstance(path, Unreadable):
            yield path.failure()
        else:
            yield from read_file(path, published=published, limits=limits, encoding=encoding)
