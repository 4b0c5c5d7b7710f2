"""Stances per actor across a corpus: who is for, who is against, and how they are framed.

Per-quote stances (from the ``stances`` plugin or any other) are grouped
by the corpus actor key of :mod:`newsparse.corpus` (``person:bonnie
glaser``; a bare ``Glaser`` in another article joins her entry), so one
source quoted in many articles gets one line::

    from newsparse.corpus.stances import summarize_stances
    for row in summarize_stances(articles):
        print(row.name, row.polarity.value, row.score, row.counts, row.framings)

From the shell, ``newsparse stances PATH... [--format csv|json]``
(:mod:`newsparse.cli.stances`) reads parsed articles or raw inputs (parsed
on the fly) and writes one row per corpus actor who is quoted.

The verdict rule is the same as the per-article aggregate: neutral quotes
(facts, schedules) do not dilute an opinion; comparable praise and
criticism make ``mixed``. One pass over the articles; memory grows with
the number of quotes kept (a few small values each), not with the texts.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from newsparse.corpus.actors import ActorIndex, CorpusActor
from newsparse.models import ActorKind, Article, Polarity, Stance
from newsparse.polarity import combine_polarities

log = logging.getLogger(__name__)

#: The verdict and its tally, the same columns in both tables (see :func:`_tally_row`).
TALLY_COLUMNS = ("polarity", "score", "quotes", "n_articles", *(p.value for p in Polarity))
CSV_COLUMNS = ("key", "name", "kind", *TALLY_COLUMNS, "framing", "framings", "targets", "evidence")


@attrs.frozen
class ActorStanceSummary:
    """One corpus actor's stance over all their quotes.

    ``counts``: quotes per polarity; ``framings``/``targets``/``evidence``:
    ``(value, count)`` pairs, commonest first (evidence words lower-cased).
    """

    key: str
    name: str
    kind: ActorKind
    polarity: Polarity
    score: float
    quotes: int
    articles: tuple[str, ...]
    counts: dict[str, int]
    framings: tuple[tuple[str, int], ...] = ()
    targets: tuple[tuple[str, int], ...] = ()
    evidence: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict:
        """A JSON-ready dict (enums as their values)."""
        data = attrs.asdict(self)
        data["kind"] = self.kind.value
        data["polarity"] = self.polarity.value
        return data

    def to_row(self) -> dict[str, Any]:
        """A flat CSV row: counts in their own columns, lists as ``value (count); ...``."""
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind.value,
            **_tally_row(self),
            "framing": self.framings[0][0] if self.framings else "",
            "framings": _listed(self.framings),
            "targets": _listed(self.targets),
            "evidence": _listed(self.evidence),
        }


@attrs.define
class _Kept:
    """What is kept of one per-quote stance until the corpus keys are known."""

    polarity: Polarity
    score: float
    framing: str | None
    target: str | None
    evidence: tuple[str, ...]

    @classmethod
    def of(cls, stance: Stance) -> _Kept:
        return cls(
            stance.polarity,
            stance.score,
            stance.framing.value if stance.framing else None,
            stance.target,
            tuple(span.text.lower() for span in stance.evidence),
        )


@attrs.frozen
class _Verdict:
    """Several quotes' stances combined: the rule of the per-article aggregate, and the tally."""

    polarity: Polarity
    score: float
    counts: dict[str, int]

    @classmethod
    def of(cls, stances: list[_Kept]) -> _Verdict:
        polarity, score = combine_polarities([s.polarity for s in stances], [s.score for s in stances])
        counts = {p.value: sum(1 for s in stances if s.polarity is p) for p in Polarity}
        return cls(polarity, round(score, 4), counts)


def _tally_row(row: ActorStanceSummary | PairStanceSummary) -> dict[str, Any]:
    """The :data:`TALLY_COLUMNS` of a summary row."""
    return {
        "polarity": row.polarity.value,
        "score": row.score,
        "quotes": row.quotes,
        "n_articles": len(row.articles),
        **{p.value: row.counts.get(p.value, 0) for p in Polarity},
    }


def _listed(values: tuple[tuple[str, int], ...]) -> str:
    """``(value, count)`` pairs as one CSV cell: ``value (count); ...``."""
    return "; ".join(f"{value} ({count})" for value, count in values)


def summarize_stances(articles: Iterable[Article]) -> list[ActorStanceSummary]:
    """Per corpus actor, the stance over their quotes in ``articles``; most quoted first.

    Uses :class:`newsparse.corpus.ActorIndex` for the actor keys, so the
    rows line up with ``newsparse actors``. Quotes whose speaker is not an
    actor of the article are left out.
    """
    index = ActorIndex()
    kept: dict[tuple[str, str], list[_Kept]] = {}
    for position, article in enumerate(articles):
        if article is None:
            continue
        index.add(article, position=position)
        article_id = article.id if article.id is not None else str(position)
        for stance in article.stances:
            if stance.quote is None or stance.actor is None:
                continue
            kept.setdefault((article_id, stance.actor), []).append(_Kept.of(stance))
    summaries = [_summary(actor, kept) for actor in index.actors()]
    rows = [row for row in summaries if row is not None]
    rows.sort(key=lambda row: (-row.quotes, row.name.casefold()))
    return rows


def _summary(actor: CorpusActor, kept: dict[tuple[str, str], list[_Kept]]) -> ActorStanceSummary | None:
    stances: list[_Kept] = []
    articles: dict[str, None] = {}
    for pair in actor.actor_ids:
        found = kept.get((pair[0], pair[1]), [])
        if found:
            articles[pair[0]] = None
            stances.extend(found)
    if not stances:
        return None
    verdict = _Verdict.of(stances)
    return ActorStanceSummary(
        key=actor.key,
        name=actor.name,
        kind=actor.kind,
        polarity=verdict.polarity,
        score=verdict.score,
        quotes=len(stances),
        articles=tuple(articles),
        counts=verdict.counts,
        framings=tuple(Counter(s.framing for s in stances if s.framing).most_common()),
        targets=tuple(Counter(s.target for s in stances if s.target).most_common()),
        evidence=tuple(Counter(word for s in stances for word in s.evidence).most_common(10)),
    )


# -- (speaker, target) pairs: who is for or against whom ------------------------------------------
PAIR_COLUMNS = ("speaker_key", "speaker", "target_key", "target", *TALLY_COLUMNS, "evidence")


@attrs.frozen
class PairStanceSummary:
    """A speaker's stance toward one target over all their quotes about it.

    The target is a corpus actor (``target_key`` as in ``newsparse actors``)
    when the stance names one (``Stance.target_actor``), else the target's
    text, case-folded (``text:the bill``). ``evidence``: ``(word, count)``, commonest first.
    """

    speaker_key: str
    speaker: str
    target_key: str
    target: str
    polarity: Polarity
    score: float
    quotes: int
    articles: tuple[str, ...]
    counts: dict[str, int]
    evidence: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict:
        data = attrs.asdict(self)
        data["polarity"] = self.polarity.value
        return data

    def to_row(self) -> dict[str, Any]:
        return {
            "speaker_key": self.speaker_key,
            "speaker": self.speaker,
            "target_key": self.target_key,
            "target": self.target,
            **_tally_row(self),
            "evidence": _listed(self.evidence),
        }

    def matches(self, name: str) -> bool:
        """Whether ``name`` names this target (case-insensitive: the whole name, a word run of it, or its key)."""
        wanted = " ".join(name.casefold().split())
        target = " ".join(self.target.casefold().split())
        return bool(wanted) and (wanted == target or wanted == self.target_key or f" {wanted} " in f" {target} ")


def summarize_pairs(articles: Iterable[Article]) -> list[PairStanceSummary]:
    """Per (speaker, target), the stance over the speaker's quotes about it; most quoted first.

    Speakers and actor targets get the corpus keys of :class:`ActorIndex`,
    so one person is one speaker across articles. Quote stances without a
    target or without a speaking actor are left out.
    """
    index = ActorIndex()
    kept: list[tuple[str, str, str | None, str, _Kept]] = []  # article, speaker id, target actor id, target text
    for position, article in enumerate(articles):
        index.add(article, position=position)
        article_id = article.id if article.id is not None else str(position)
        for stance in article.stances:
            if stance.quote is None or stance.actor is None or not stance.target:
                continue
            kept.append((article_id, stance.actor, stance.target_actor, stance.target, _Kept.of(stance)))
    corpus_actor = {pair: actor for actor in index.actors() for pair in actor.actor_ids}
    groups: dict[tuple[str, str], list[tuple[str, _Kept]]] = {}
    names: dict[str, str] = {}
    for article_id, speaker_id, target_id, target_text, item in kept:
        speaker = corpus_actor.get((article_id, speaker_id))
        if speaker is None:
            continue
        target = corpus_actor.get((article_id, target_id)) if target_id else None
        target_key = target.key if target is not None else f"text:{' '.join(target_text.casefold().split())}"
        names[speaker.key] = speaker.name
        names.setdefault(target_key, target.name if target is not None else target_text)
        groups.setdefault((speaker.key, target_key), []).append((article_id, item))
    rows = [_pair(speaker, target, names, found) for (speaker, target), found in groups.items()]
    rows.sort(key=lambda row: (-row.quotes, row.speaker.casefold(), row.target.casefold()))
    return rows


def _pair(speaker: str, target: str, names: dict[str, str], found: list[tuple[str, _Kept]]) -> PairStanceSummary:
    stances = [item for _, item in found]
    verdict = _Verdict.of(stances)
    return PairStanceSummary(
        speaker_key=speaker,
        speaker=names[speaker],
        target_key=target,
        target=names[target],
        polarity=verdict.polarity,
        score=verdict.score,
        quotes=len(stances),
        articles=tuple(dict.fromkeys(article for article, _ in found)),
        counts=verdict.counts,
        evidence=tuple(Counter(word for s in stances for word in s.evidence).most_common(5)),
    )


__all__ = ["PAIR_COLUMNS", "ActorStanceSummary", "PairStanceSummary", "summarize_pairs", "summarize_stances"]
