"""Per-pair stance: what a source thinks of a target over all their quotes in an article.

Quotes are grouped by (speaker, target): the target's actor id when it is
an actor, else its text (case-folded), else no target. So an article
yields "Whitfield is against the bill" and "Whitfield is for the
governor" as two aggregates instead of one blurred verdict.

Neutral quotes (facts, schedules) say little about a stance, so the
verdict is taken over the *opinionated* quotes: an actor with four neutral
quotes and one sharp criticism is negative, not "neutral on average".
An actor who both praises and criticises (in comparable measure) is mixed.
The rule (:func:`newsparse.corpus.stances.verdict`) is shared with the corpus level.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from newsparse import Framing, Polarity, Span, Stance, combine_polarities

T = TypeVar("T")


def _evidence(stances: Sequence[Stance], polarity: Polarity) -> tuple[Span, ...]:
    keep = {
        Polarity.POSITIVE: (Polarity.POSITIVE, Polarity.MIXED),
        Polarity.NEGATIVE: (Polarity.NEGATIVE, Polarity.MIXED),
        Polarity.MIXED: (Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.MIXED),
        Polarity.NEUTRAL: (),
    }[polarity]
    spans = {span for stance in stances if stance.polarity in keep for span in stance.evidence}
    return tuple(sorted(spans, key=_span_order))


def _span_order(span: Span) -> tuple[int, int, str]:
    """A span's place in order, as ``Span``'s own comparison (its fields in turn) but without its slow ``__lt__``."""
    return span.start, span.end, span.text


def _most_common(values: Iterable[T]) -> T | None:
    """The most frequent of ``values``, the first seen among equals (as ``Counter.most_common``); ``None`` if empty.

    Counted in a plain dict: an actor has one or two quotes, and building a ``Counter`` cost more than counting.
    """
    counts: dict[T, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _most_common_framing(stances: Sequence[Stance]) -> Framing | None:
    return _most_common(stance.framing for stance in stances if stance.framing is not None)


def _most_common_target(stances: Sequence[Stance]) -> tuple[str | None, Span | None]:
    target = _most_common(stance.target for stance in stances if stance.target)
    if target is None:
        return None, None
    span = next(stance.target_span for stance in stances if stance.target == target)
    return target, span


def aggregate_actor(actor_id: str, stances: Sequence[Stance], stance_id: str) -> Stance:
    """One actor-level :class:`Stance` from that actor's per-quote stances (at least one)."""
    if not stances:
        raise ValueError(f"no quote stances to aggregate for actor {actor_id!r}")
    polarity, score = combine_polarities([s.polarity for s in stances], [s.score for s in stances])
    target, target_span = _most_common_target(stances)
    target_actor = next((s.target_actor for s in stances if s.target == target and s.target_actor), None)
    return Stance(
        id=stance_id,
        polarity=polarity,
        score=score,
        actor=actor_id,
        evidence=_evidence(stances, polarity),
        framing=_most_common_framing(stances),
        target=target,
        target_span=target_span,
        target_actor=target_actor,
    )


def target_key(stance: Stance) -> str | None:
    """What makes two quote stances about the same target: its actor id, else its case-folded text."""
    if stance.target_actor:
        return f"actor:{stance.target_actor}"
    if stance.target:
        return f"text:{' '.join(stance.target.casefold().split())}"
    return None


def aggregate_by_pair(quote_stances: Sequence[Stance]) -> list[Stance]:
    """One stance per (speaker, target) among ``quote_stances``, in first-quote order."""
    groups: dict[tuple[str, str | None], list[Stance]] = {}
    for stance in quote_stances:
        if stance.actor is not None:
            groups.setdefault((stance.actor, target_key(stance)), []).append(stance)
    numbers: dict[str, int] = {}
    used: set[str] = set()
    out = []
    for (actor, key), stances in groups.items():
        numbers[actor] = numbers.get(actor, 0) + 1
        suffix = "" if key is None else f"-{numbers[actor]}"
        out.append(aggregate_actor(actor, stances, _unused(f"stance-actor-{actor}{suffix}", used)))
    return out


def _unused(ident: str, used: set[str]) -> str:
    """``ident``, or ``ident.2``, ``ident.3``... when another pair took it (actor ``a``'s second
    target and an actor whose id is ``a-2`` would both be ``stance-actor-a-2``)."""
    candidate, n = ident, 1
    while candidate in used:
        n += 1
        candidate = f"{ident}.{n}"
    used.add(candidate)
    return candidate


def aggregate_by_actor(quote_stances: Sequence[Stance]) -> list[Stance]:
    """Actor-level stances for every speaker among ``quote_stances``, in first-quote order."""
    by_actor: dict[str, list[Stance]] = {}
    for stance in quote_stances:
        if stance.actor is not None:
            by_actor.setdefault(stance.actor, []).append(stance)
    return [aggregate_actor(actor, stances, f"stance-actor-{actor}") for actor, stances in by_actor.items()]
