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


#: two different defaults for dateutil: a part it takes from the default differs between the readings
_PROBES = (dt.datetime(2001, 2, 3, 4, 5, 6, 7), dt.datetime(2005, 6, 7, 8, 9, 10, 11))


def coerce_published(value: Any, source: str | None = None) -> dt.datetime | None:
    """A publication date from a ``datetime``, ``date`` or string, or a clear :class:`InputError`.

    Strings are ISO 8601 or a full date in words (``14 March 2024``,
    ``Thu, 14 Mar 2024 10:00:00 +0100``). A string without a year, month or
    day (``2024``, ``March 2024``, ``Monday``) is refused: newsparse never
    fills a missing part from today, the way dateutil alone would. A UTC
    offset must be within +/-24 hours. The time and offset are kept.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _checked_offset(value, value.isoformat, source)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise InputError(f"published must be a date string, got {type(value).__name__}", source)
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = _free_form(text, source)
    return _checked_offset(parsed, lambda: text, source)


def _free_form(text: str, source: str | None) -> dt.datetime:
    """A full date in another layout than ISO 8601; refused when a year, month or day is missing."""
    from dateutil import parser as dateutil_parser

    try:
        first, second = (dateutil_parser.parse(text, default=probe) for probe in _PROBES)
    except (ValueError, OverflowError) as error:
        raise InputError(
            f"published: cannot parse date {text!r} as a full date (day, month and year): {error}", source
        ) from None
    missing = [part for part in ("year", "month", "day") if getattr(first, part) != getattr(second, part)]
    if missing:
        raise InputError(
            f"published: {text!r} has no {' and no '.join(missing)}; give a full date such as 2024-03-14 "
            "(newsparse never invents a day)",
            source,
        )
    # a time part dateutil had to take from the default was not given: midnight, as for a bare date
    hour, minute, seconds, micro = (
        getattr(first, part) if getattr(first, part) == getattr(second, part) else 0
        for part in ("hour", "minute", "second", "microsecond")
    )
    return first.replace(hour=hour, minute=minute, second=seconds, microsecond=micro)


def _checked_offset(value: dt.datetime, shown: Any, source: str | None) -> dt.datetime:
    """``value``, or an :class:`InputError` if its UTC offset is impossible (over 24 hours)."""
    try:
        value.utcoffset()
    except ValueError as error:
        raise InputError(f"published: {shown()!r} has an impossible UTC offset ({error})", source) from None
    return value


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
