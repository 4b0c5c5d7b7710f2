"""Scoring actors against gold annotations (``*-gold.jsonl``, see ``FORMAT.md`` of the eval data).

:func:`score_actors` is what ``newsparse evaluate`` calls for the actors
task. For every gold actor it asks: was it found (a predicted actor whose
name, or one of whose aliases, is the gold name once honorifics,
possessives and initials are set aside), with the right kind, with a role
that matches, and only once.

A fair role match (:func:`role_matches`): gold roles are sometimes the
appositive (``China expert at the German Marshall Fund``) and sometimes
the pre-modifier (``US Secretary of State``), while newsparse tabulates
role and affiliation apart (``China expert`` + ``German Marshall Fund``).
So roles are compared as sets of content words: they match when one
contains the other (the affiliation's words may complete the prediction)
or when they share at least half their words. ``role_exact`` is reported
too, for the strict reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsparse.names import fold as _fold
from newsparse.names import name_key

_STOP = frozenset("a an the of at in on for and to his her its their s within with during from by as".split())
_WORD = re.compile(r"\w+")


def role_words(text: str | None) -> set[str]:
    """Content words of a role, folded: ``the US Secretary of State`` → ``{us, secretary, state}``."""
    if not text:
        return set()
    return {w for w in _WORD.findall(_fold(text)) if w not in _STOP}


def role_matches(predicted: str | None, gold: str | None, affiliation: str | None = None) -> bool:
    """Do a predicted role (plus its affiliation) and a gold role say the same thing? See module docstring."""
    p, g = role_words(predicted), role_words(gold)
    if not p or not g:
        return False
    a = role_words(affiliation)
    if p <= g or g <= (p | a):
        return True
    return len(p & g) / len(p | g) >= 0.5


def _get(obj: Any, field: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(field, default)
    return getattr(obj, field, default)


def _kind(actor: Any) -> str:
    kind = _get(actor, "kind", "unknown")
    return getattr(kind, "value", kind)


def _pair(gold_articles: Iterable[Any], predicted_articles: Iterable[Any]) -> list[tuple[Any, Any]]:
    """Gold and predicted articles paired by id (by position when ids are missing)."""
    gold = list(gold_articles)
    predicted = list(predicted_articles)
    by_id = {_get(p, "id"): p for p in predicted if _get(p, "id") is not None}
    pairs = []
    for index, item in enumerate(gold):
        match = by_id.get(_get(item, "id"))
        if match is None and index < len(predicted):
            match = predicted[index]
        pairs.append((item, match))
    return pairs


def _keys(actor: Any) -> set[str]:
    names = [_get(actor, "name", "")] + list(_get(actor, "aliases", ()) or ())
    return {name_key(n) for n in names if n}


def score_actors(gold_articles: Iterable[Any], predicted_articles: Iterable[Any]) -> dict[str, Any]:
    """Score predicted actors against gold ones; articles are dicts or :class:`~newsparse.Article`.

    Returns counts, rates (``recall``, ``kind_accuracy``,
    ``role_match_rate``, ``role_exact_rate``), ``duplicates`` (gold actors
    that came out as more than one predicted actor) and lists naming what
    was missed or mismatched, for error analysis.
    """
    totals = {
        "articles": 0,
        "gold_actors": 0,
        "found": 0,
        "kind_correct": 0,
        "gold_roles": 0,
        "roles_matched": 0,
        "roles_exact": 0,
        "duplicates": 0,
    }
    missed: list[str] = []
    wrong_kind: list[str] = []
    role_misses: list[dict[str, Any]] = []
    duplicated: list[str] = []
    for gold, predicted in _pair(gold_articles, predicted_articles):
        totals["articles"] += 1
        actors = list(_get(predicted, "actors", ()) or ()) if predicted is not None else []
        keyed = [(actor, _keys(actor)) for actor in actors]
        gold_actors = list(_get(gold, "actors", ()) or ())
        last_words = [name_key(_get(g, "name", "")).split()[-1:] for g in gold_actors]
        for gold_actor, last in zip(gold_actors, last_words, strict=True):
            totals["gold_actors"] += 1
            gold_name = _get(gold_actor, "name", "")
            key = name_key(gold_name)
            label = f"{_get(gold, 'id')}: {gold_name}"
            matches = [actor for actor, keys in keyed if key in keys]
            gold_role = _get(gold_actor, "role")
            if gold_role:
                totals["gold_roles"] += 1  # a missed actor's role counts as not matched
            if not matches:
                missed.append(label)
                continue
            totals["found"] += 1
            best = matches[0]
            if _kind(best) == _get(gold_actor, "kind"):
                totals["kind_correct"] += 1
            else:
                wrong_kind.append(f"{label} ({_kind(best)})")
            if _duplicated(gold_actor, last, last_words, keyed):
                totals["duplicates"] += 1
                duplicated.append(label)
            if gold_role:
                predicted_role = _get(best, "role")
                if role_matches(predicted_role, gold_role, _get(best, "affiliation")):
                    totals["roles_matched"] += 1
                else:
                    role_misses.append({"actor": label, "gold": gold_role, "predicted": predicted_role})
                if predicted_role and role_words(predicted_role) == role_words(gold_role):
                    totals["roles_exact"] += 1
    return {
        **totals,
        "recall": _rate(totals["found"], totals["gold_actors"]),
        "kind_accuracy": _rate(totals["kind_correct"], totals["found"]),
        "role_match_rate": _rate(totals["roles_matched"], totals["gold_roles"]),
        "role_exact_rate": _rate(totals["roles_exact"], totals["gold_roles"]),
        "missed": missed,
        "wrong_kind": wrong_kind,
        "role_mismatches": role_misses,
        "duplicated": duplicated,
    }


def _duplicated(gold_actor: Any, last: list[str], all_last: list[list[str]], keyed: list[tuple[Any, set[str]]]) -> bool:
    """More than one predicted actor answers to this person's name, aliases or (unshared) surname."""
    keys = {name_key(_get(gold_actor, "name", ""))}
    keys |= {name_key(a) for a in _get(gold_actor, "aliases", ()) or ()}
    if last and sum(1 for other in all_last if other == last) == 1:
        keys.add(last[0])
    return sum(1 for _, actor_keys in keyed if actor_keys & keys) > 1


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
