"""Normalising one article's input: text, metadata, publication date.

Everything that enters the parser passes through :meth:`ArticleInput.create`,
which refuses empty text and unparseable dates with a clear message and
replaces lone surrogates (which cannot be encoded as UTF-8) one for one, so
character offsets stay those of the caller's string.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from newsparse.errors import InputError

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: Any, source: str | None = None) -> str:
    """Check ``text`` is a non-blank ``str``; replace lone surrogates by U+FFFD (same length)."""
    if isinstance(text, bytes):
        raise InputError("text is bytes: decode it first (newsparse.io.decode_bytes names the bad byte)", source)
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}", source)
    if not text.strip():
        raise InputError("empty text" if not text else "text is only whitespace", source)
    return _LONE_SURROGATE.sub("\ufffd", text)


def coerce_published(value: Any, source: str | None = None) -> dt.datetime | None:
    """A publication date from a ``datetime``, ``date`` or string, or a clear :class:`InputError`."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise InputError(f"published must be a date string, got {type(value).__name__}", source)
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        from dateutil import parser as dateutil_parser

        return dateutil_parser.parse(value)
    except (ValueError, OverflowError) as error:
        raise InputError(f"published: cannot parse date {value!r}", source) from error


@attrs.frozen
class ArticleInput:
    """One article to parse, validated. Build with :meth:`create`."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.datetime | None = None
    published_source: str | None = None
    language: str = "en"
    authors: tuple[str, ...] = ()
    extra: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def create(
        cls,
        text: Any,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: Any = None,
        published_source: str | None = None,
        language: str = "en",
        authors: tuple[str, ...] | list[str] = (),
        extra: dict[str, Any] | None = None,
        source: str | None = None,
    ) -> ArticleInput:
        where = source or id
        date = coerce_published(published, where)
        return cls(
            text=clean_text(text, where),
            id=None if id is None else str(id),
            title=title,
            url=url,
            published=date,
            published_source=published_source or ("caller" if date is not None else None),
            language=language or "en",
            authors=tuple(authors or ()),
            extra=dict(extra or {}),
        )


@attrs.frozen
class ParseFailure:
    """An article that could not be read or parsed at all (bad input, backend crash), in a batch.

    It stands in the stream in the article's place, so a batch goes on and
    reports it: ``input`` is the article when it could be read, ``source``
    names where it came from (``file.jsonl:12``).
    """

    input: ArticleInput | None
    error: str
    source: str | None = None


def as_input(raw: str | ArticleInput | ParseFailure) -> ArticleInput | ParseFailure:
    """A stream item as an :class:`ArticleInput`, or a :class:`ParseFailure` naming why it is not one."""
    if isinstance(raw, (ArticleInput, ParseFailure)):
        return raw
    try:
        return ArticleInput.create(raw)
    except InputError as error:
        return ParseFailure(None, str(error))


__all__ = ["ArticleInput", "ParseFailure", "as_input", "clean_text", "coerce_published"]
