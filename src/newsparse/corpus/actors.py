"""Actors across a corpus: one entry per person or organization, with counts.

Researchers ask corpus questions: who is quoted most, from which
institutions, in how many outlets. :class:`ActorIndex` merges the
per-article actors of many :class:`~newsparse.models.Article` results
under a stable key (kind + normalized name: ``person:antony blinken``),
counting articles, mentions and quotes::

    from newsparse.corpus import ActorIndex
    index = ActorIndex()
    for article in articles:
        index.add(article)
    for actor in index.actors()[:10]:
        print(actor.name, actor.quotes, len(actor.articles))

Within an article the actors plugin has already merged ``Blinken`` into
``Antony Blinken``. Across articles, a person who only ever appears by
surname in one article (``Glaser``) joins the single full-name entry whose
last (or first) word it is; when two full names share it (``Joe Biden``,
``Jill Biden``) it stays apart, as the corpus cannot tell which is meant.

The command ``newsparse actors PATH... [--format csv|json]``
(:mod:`newsparse.cli.actors`) reads parsed articles or raw inputs (parsed
on the fly, :func:`newsparse.records.read_articles`) and writes one row per
corpus actor.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from newsparse.models import Actor, ActorKind, Article
from newsparse.names import name_key

log = logging.getLogger(__name__)

CSV_COLUMNS = (
    "key",
    "name",
    "kind",
    "n_articles",
    "n_mentions",
    "n_quotes",
    "role",
    "affiliation",
    "gender",
    "title",
    "roles",
    "affiliations",
    "aliases",
    "articles",
)


@attrs.frozen
class CorpusActor:
    """One actor of the corpus. ``roles``/``affiliations`` are ``(text, articles)`` pairs, commonest first.

    ``gender`` is set only when every article that gave evidence agrees.
    """

    key: str
    name: str
    kind: ActorKind
    articles: tuple[str, ...]
    mentions: int
    quotes: int
    roles: tuple[tuple[str, int], ...] = ()
    affiliations: tuple[tuple[str, int], ...] = ()
    titles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    actor_ids: tuple[tuple[str, str], ...] = ()  # (article id, actor id) pairs, to find the mentions again

    @property
    def role(self) -> str | None:
        return self.roles[0][0] if self.roles else None

    @property
    def affiliation(self) -> str | None:
        return self.affiliations[0][0] if self.affiliations else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind.value,
            "n_articles": len(self.articles),
            "n_mentions": self.mentions,
            "n_quotes": self.quotes,
            "role": self.role,
            "affiliation": self.affiliation,
            "gender": self.gender,
            "titles": list(self.titles),
            "roles": [list(r) for r in self.roles],
            "affiliations": [list(a) for a in self.affiliations],
            "aliases": list(self.aliases),
            "articles": list(self.articles),
            "actor_ids": [list(p) for p in self.actor_ids],
        }

    def to_row(self) -> dict[str, Any]:
        """A flat CSV row: lists joined with ``; ``."""
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind.value,
            "n_articles": len(self.articles),
            "n_mentions": self.mentions,
            "n_quotes": self.quotes,
            "role": self.role or "",
            "affiliation": self.affiliation or "",
            "gender": self.gender or "",
            "title": "; ".join(self.titles),
            "roles": "; ".join(r for r, _ in self.roles),
            "affiliations": "; ".join(a for a, _ in self.affiliations),
            "aliases": "; ".join(self.aliases),
            "articles": "; ".join(self.articles),
        }


def actor_key(actor: Actor) -> str:
    """The corpus key: kind and normalized name (``person:antony blinken``, ``organization:stimson center``)."""
    words = name_key(actor.name).split()
    if actor.kind is not ActorKind.PERSON and words and words[0] == "the":
        words = words[1:]
    return f"{actor.kind.value}:{' '.join(words) or actor.name.casefold()}"


@attrs.define
class _Entry:
    """Accumulates one key's evidence as articles are added."""

    names: Counter = attrs.field(factory=Counter)
    kind: ActorKind = ActorKind.UNKNOWN
    articles: dict[str, int] = attrs.field(factory=dict)  # article id -> its position in the input
    mentions: int = 0
    quotes: int = 0
    roles: Counter = attrs.field(factory=Counter)
    affiliations: Counter = attrs.field(factory=Counter)
    titles: Counter = attrs.field(factory=Counter)
    aliases: dict[str, None] = attrs.field(factory=dict)
    genders: set[str] = attrs.field(factory=set)
    actor_ids: list[tuple[str, str]] = attrs.field(factory=list)

    def absorb(self, other: _Entry) -> None:
        self.names.update(other.names)
        self.articles.update(other.articles)
        self.mentions += other.mentions
        self.quotes += other.quotes
        self.roles.update(other.roles)
        self.affiliations.update(other.affiliations)
        self.titles.update(other.titles)
        self.aliases.update(other.aliases)
        self.genders |= other.genders
        self.actor_ids.extend(other.actor_ids)


class ActorIndex:
    """Merges actors of many articles; add articles one by one (memory grows with actors, not articles)."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self.n_articles = 0

    def add(self, article: Article, position: int | None = None) -> None:
        """Count ``article``'s actors. Articles without an id are known by their position."""
        article_id = article.id if article.id is not None else str(self.n_articles if position is None else position)
        quotes = Counter(q.speaker for q in article.quotes if q.speaker)
        for actor in article.actors:
            entry = self._entries.setdefault(actor_key(actor), _Entry(kind=actor.kind))
            entry.names[actor.name] += 1
            entry.articles.setdefault(article_id, self.n_articles)
            entry.mentions += len(actor.mentions)
            entry.quotes += quotes.get(actor.id, 0)
            if actor.role:
                entry.roles[actor.role] += 1
            if actor.affiliation:
                entry.affiliations[actor.affiliation] += 1
            if actor.title:
                entry.titles[actor.title] += 1
            if actor.gender:
                entry.genders.add(actor.gender)
            entry.aliases.update(dict.fromkeys(a for a in actor.aliases if a != actor.name))
            entry.actor_ids.append((article_id, actor.id))
        self.n_articles += 1

    def extend(self, articles: Iterable[Article]) -> ActorIndex:
        for article in articles:
            self.add(article)
        return self

    def actors(self) -> list[CorpusActor]:
        """The corpus actors, most quoted first (then most articles, most mentions, name)."""
        entries = _merge_surnames(dict(self._entries))
        result = [_freeze(key, entry) for key, entry in entries.items()]
        result.sort(key=lambda a: (-a.quotes, -len(a.articles), -a.mentions, a.name.casefold()))
        return result


def _merge_surnames(entries: dict[str, _Entry]) -> dict[str, _Entry]:
    """``person:glaser`` joins ``person:bonnie glaser`` when no other full name ends (or starts) with it."""
    prefix = f"{ActorKind.PERSON.value}:"
    by_last: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for key in entries:
        words = key[len(prefix) :].split() if key.startswith(prefix) else []
        if len(words) > 1:
            by_last.setdefault(words[-1], []).append(key)
            by_first.setdefault(words[0], []).append(key)
    for key in [k for k in entries if k.startswith(prefix) and " " not in k[len(prefix) :]]:
        word = key[len(prefix) :]
        targets = by_last.get(word) or by_first.get(word) or []
        if len(targets) == 1:
            entries[targets[0]].absorb(entries.pop(key))
    return entries


def _freeze(key: str, entry: _Entry) -> CorpusActor:
    names = entry.names.most_common()
    name = max(names, key=lambda pair: (len(pair[0].split()), pair[1]))[0]
    aliases = tuple(a for a in dict.fromkeys([n for n, _ in names] + list(entry.aliases)) if a != name)
    return CorpusActor(
        key=key,
        name=name,
        kind=entry.kind,
        articles=tuple(sorted(entry.articles, key=entry.articles.__getitem__)),
        mentions=entry.mentions,
        quotes=entry.quotes,
        roles=tuple(entry.roles.most_common()),
        affiliations=tuple(entry.affiliations.most_common()),
        titles=tuple(t for t, _ in entry.titles.most_common()),
        aliases=aliases,
        gender=next(iter(entry.genders)) if len(entry.genders) == 1 else None,
        actor_ids=tuple(entry.actor_ids),
    )


def merge_actors(articles: Iterable[Article]) -> list[CorpusActor]:
    """The corpus actors of ``articles`` (see :class:`ActorIndex`)."""
    return ActorIndex().extend(articles).actors()


__all__ = ["ActorIndex", "CorpusActor", "actor_key", "merge_actors"]
