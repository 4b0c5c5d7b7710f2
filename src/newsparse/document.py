"""What extractor hooks receive: the text, its metadata and the shared analysis."""

from __future__ import annotations

import datetime as dt

import attrs

from newsparse.analysis import Analysis


@attrs.frozen
class Document:
    """An article being parsed: read-only input to every extractor hook.

    ``published`` is the caller's (or HTML metadata's) publication date;
    ``None`` when unknown, in which case a dates plugin may find one.
    """

    text: str
    analysis: Analysis
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.datetime | None = None
    language: str = "en"
