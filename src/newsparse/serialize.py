"""JSON round trip for articles with a cattrs converter, and a schema version.

One converter serves every model: enums become their values, datetimes ISO
8601 strings, tuples lists. ``Article`` construction re-validates every span
on the way back in, so a JSON file edited into inconsistency is refused.
No pickle anywhere.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import cattrs

from newsparse.errors import SchemaError
from newsparse.models import SCHEMA_VERSION, Article

converter = cattrs.Converter(omit_if_default=False)
converter.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
converter.register_structure_hook(dt.datetime, lambda value, _: dt.datetime.fromisoformat(value))


def _major(version: str) -> str:
    return str(version).split(".", 1)[0]


def article_to_dict(article: Article) -> dict[str, Any]:
    """A JSON-ready dict of the article (``schema_version`` included)."""
    return converter.unstructure(article)


def _leaf_messages(error: BaseException) -> list[str]:
    """The innermost errors of a cattrs validation error group, with their own messages."""
    nested = getattr(error, "exceptions", None)
    if not nested:
        return [f"{type(error).__name__}: {error}"]
    return [message for inner in nested for message in _leaf_messages(inner)]


def article_to_json(article: Article, **kwargs: Any) -> str:
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(article_to_dict(article), **kwargs)


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an article; refuses unknown major schema versions and invalid spans."""
    if not isinstance(data, dict):
        raise SchemaError(f"an article must be a JSON object, got {type(data).__name__}")
    version = data.get("schema_version", SCHEMA_VERSION)
    if _major(version) != _major(SCHEMA_VERSION):
        raise SchemaError(f"schema_version {version!r} is not readable by this release (reads {SCHEMA_VERSION})")
    try:
        return converter.structure(data, Article)
    except cattrs.BaseValidationError as error:
        raise SchemaError(f"not a valid newsparse article: {'; '.join(_leaf_messages(error))}") from error
    except (ValueError, TypeError) as error:
        raise SchemaError(f"not a valid newsparse article: {error}") from error


def article_from_json(text: str) -> Article:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SchemaError(f"not JSON: {error}") from error
    return article_from_dict(data)
