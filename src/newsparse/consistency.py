"""Keeping an Article internally consistent: unique ids, and no id that names nothing.

``docs/schema.md`` promises that an Article is internally consistent: ids
are unique per kind of result, a quote's ``speaker`` is one of its actors,
a stance's ``quote`` one of its quotes. Plugins are other people's code, so
the parser enforces it here: a duplicate result or a dangling reference is
dropped and recorded as a :class:`~newsparse.models.Failure` of the plugin
that made it, one failure per plugin and kind of problem (with a count), so
a plugin that repeats one id a million times adds one failure, not a million.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsparse.hookrunner import replace_fields
from newsparse.models import Actor, Article, Failure, Quote, Stance

Dropped = Callable[[Any, str, str], None]


def unique(items: tuple[Any, ...], what: str, failures: list[Failure]) -> tuple[Any, ...]:
    """``items`` without those whose id an earlier one took (the first wins); one failure per plugin."""
    seen: set[str] = set()
    kept = []
    dropped: dict[str, list[str]] = {}
    for item in items:
        if item.id in seen:
            dropped.setdefault(plugin_of(item), []).append(item.id)
            continue
        seen.add(item.id)
        kept.append(item)
    for plugin, ids in dropped.items():
        failures.append(Failure(plugin, what, f"InvalidResult: {counted(ids, f'duplicate {what[:-1]} id')}, dropped"))
    return tuple(kept)


def without_dangling_references(article: Article, failures: list[Failure]) -> Article:
    """``article`` with every reference to an id that names no result removed, each removal recorded.

    The result stays (a quote without its speaker is still a quote); only a
    stance left with neither a quote nor an actor is dropped, since a stance
    must be of one of them.
    """
    actor_ids = {actor.id for actor in article.actors}
    quote_ids = {quote.id for quote in article.quotes}
    date_ids = {date.id for date in article.dates}
    dangling: dict[tuple[str, str], list[str]] = {}

    def drop(item: Any, what: str, value: str) -> None:
        dangling.setdefault((plugin_of(item), what), []).append(value)

    actors = tuple(_mend_actor(actor, actor_ids, drop) for actor in article.actors)
    quotes = tuple(_mend_quote(quote, actor_ids, date_ids, drop) for quote in article.quotes)
    stances = tuple(s for s in (_mend_stance(s, quote_ids, actor_ids, drop) for s in article.stances) if s is not None)
    if not dangling:
        return article
    for (plugin, what), ids in dangling.items():
        failures.append(Failure(plugin, "references", f"DanglingReference: {counted(ids, what)}, dropped"))
    return replace_fields(article, actors=actors, quotes=quotes, stances=stances)


def _mend_actor(actor: Actor, actor_ids: set[str], drop: Dropped) -> Actor:
    if actor.affiliation_id is None or actor.affiliation_id in actor_ids:
        return actor
    drop(actor, "affiliation_id that is no actor", actor.affiliation_id)
    return replace_fields(actor, affiliation_id=None)


def _mend_quote(quote: Quote, actor_ids: set[str], date_ids: set[str], drop: Dropped) -> Quote:
    changes: dict[str, Any] = {}
    if quote.speaker is not None and quote.speaker not in actor_ids:
        drop(quote, "speaker that is no actor", quote.speaker)
        changes["speaker"] = None
    missing = [date for date in quote.dates if date not in date_ids]
    if missing:
        for date in missing:
            drop(quote, "date that is no date mention", date)
        changes["dates"] = tuple(date for date in quote.dates if date in date_ids)
    return replace_fields(quote, **changes) if changes else quote


def _mend_stance(stance: Stance, quote_ids: set[str], actor_ids: set[str], drop: Dropped) -> Stance | None:
    changes: dict[str, Any] = {}
    if stance.quote is not None and stance.quote not in quote_ids:
        drop(stance, "quote that is no quote", stance.quote)
        changes["quote"] = None
    if stance.actor is not None and stance.actor not in actor_ids:
        drop(stance, "actor that is no actor", stance.actor)
        changes["actor"] = None
    if not changes:
        return stance
    if changes.get("quote", stance.quote) is None and changes.get("actor", stance.actor) is None:
        return None
    return replace_fields(stance, **changes)


def plugin_of(item: Any) -> str:
    """The plugin that made ``item`` (its provenance), ``"?"`` if unstamped."""
    return item.provenance.plugin if item.provenance else "?"


def counted(ids: list[str], what: str) -> str:
    """``"3 results with a duplicate actor id ('a', 'b')"``: the count and the first few distinct ids."""
    distinct = list(dict.fromkeys(ids))
    shown = ", ".join(repr(i) for i in distinct[:3]) + (", ..." if len(distinct) > 3 else "")
    return f"{len(ids):,} result{'s' if len(ids) != 1 else ''} with a {what} ({shown})"


__all__ = ["counted", "plugin_of", "unique", "without_dangling_references"]
