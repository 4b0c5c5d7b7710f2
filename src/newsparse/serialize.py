"""JSON round trip for articles with a cattrs converter, and a schema version.

One converter serves every model: enums become their values, datetimes ISO
8601 strings, tuples lists. ``Article`` construction re-validates every span
on the way back in, so a JSON file edited into inconsistency is refused.
No pickle anywhere.

This module knows no model: :mod:`newsparse.models` imports it (for the
``Article.to_json``/``from_json`` methods and ``SCHEMA_VERSION``) and hands
it the class to build, so the two modules do not import each other.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs

from newsparse.errors import SchemaError

#: The version of the JSON shape of an article; a reader refuses another major version.
SCHEMA_VERSION = "1.1"

T = TypeVar("T")

converter = cattrs.Converter(omit_if_default=False)
converter.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
converter.register_structure_hook(dt.datetime, lambda value, _: dt.datetime.fromisoformat(value))


def _major(version: str) -> str:
    return str(version).split(".", 1)[0]


def to_dict(model: Any) -> dict[str, Any]:
    """A JSON-ready dict of a model (an article's has its ``schema_version``)."""
    return converter.unstructure(model)


def _leaf_messages(error: BaseException) -> list[str]:
    """The innermost errors of a cattrs validation error group, with their own messages."""
    nested = getattr(error, "exceptions", None)
    if not nested:
        return [f"{type(error).__name__}: {error}"]
    return [message for inner in nested for message in _leaf_messages(inner)]


def to_json(model: Any, **kwargs: Any) -> str:
    """The model as JSON text (non-ASCII kept as it is unless ``ensure_ascii=True``)."""
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(to_dict(model), **kwargs)


def from_dict(data: Any, cls: type[T]) -> T:
    """Rebuild a ``cls`` (an Article) from its dict; refuses unknown major schema versions and invalid spans."""
    if not isinstance(data, dict):
        raise SchemaError(f"an article must be a JSON object, got {type(data).__name__}")
    version = data.get("schema_version", SCHEMA_VERSION)
    if _major(version) != _major(SCHEMA_VERSION):
        raise SchemaError(f"schema_version {version!r} is not readable by this release (reads {SCHEMA_VERSION})")
    try:
        return converter.structure(data, cls)
    except cattrs.BaseValidationError as error:
        raise SchemaError(f"not a valid newsparse article: {'; '.join(_leaf_messages(error))}") from error
    except (ValueError, TypeError) as error:
        raise SchemaError(f"not a valid newsparse article: {error}") from error


def from_json(text: str, cls: type[T]) -> T:
    """Rebuild a ``cls`` from JSON text (see :func:`from_dict`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SchemaError(f"not JSON: {error}") from error
    return from_dict(data, cls)


__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"]
