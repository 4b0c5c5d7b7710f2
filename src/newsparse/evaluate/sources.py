"""Speaking-actor precision: are the sources users count real sources?

Researchers count *speaking actors*: the actors some quote is attributed to.
One that is an object noun phrase (``an option``), a dateline (``WASHINGTON``)
or markup pollutes every table built on them. Against a gold file that marks
where each attribution's source is written (PolNeAR's ``speaker_start`` /
``speaker_end``), a speaking actor counts as right when at least one of its
mentions, or the speaker mention of one of its quotes, overlaps an annotated
source span of that article. Precision is right / speaking actors; the
figures are also given per actor kind, with the commonest wrong names for
error analysis, and the share of quotes with no speaker actor at all.

The same precision is given apart for the *confident* speaking actors: those
with at least one quote at the confidence users are advised to keep
(:data:`~newsparse.models.HIGH_CONFIDENCE`). An actor that speaks
only in doubtful quotes is off a source far more often (most such quotes are
stance or belief readings PolNeAR does not annotate, or attributions nested
in another quote), so a user who counts sources at that confidence should
know what the count is worth.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from newsparse.evaluate.gold import GoldArticle
from newsparse.models import HIGH_CONFIDENCE, Article

Offsets = tuple[int, int]


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _speaking(article: Article) -> dict[str, list[Offsets]]:
    """Speaker actor id -> its mentions plus the speaker mentions of its quotes."""
    spans: dict[str, list[Offsets]] = {}
    for quote in article.quotes:
        if quote.speaker is None:
            continue
        found = spans.setdefault(quote.speaker, [])
        if quote.speaker_mention is not None:
            found.append((quote.speaker_mention.start, quote.speaker_mention.end))
    for actor in article.actors:
        if actor.id in spans:
            spans[actor.id].extend((m.start, m.end) for m in actor.mentions)
    return spans


def _confident(article: Article, threshold: float = HIGH_CONFIDENCE) -> set[str]:
    """Speaker actor ids with at least one quote at ``threshold`` or above: the sources a cautious user keeps."""
    return {quote.speaker for quote in article.quotes if quote.speaker is not None and quote.confidence >= threshold}


def _shares(tally: Counter, prefix: str = "") -> dict[str, Any]:
    """``speaking``, ``on_source`` and their ratio from a tally keyed ``<prefix>speaking`` / ``<prefix>on_source``."""
    speaking, on_source = tally[prefix + "speaking"], tally[prefix + "on_source"]
    return {"speaking": speaking, "on_source": on_source, "precision": on_source / speaking if speaking else None}


def score_speaking_actors(pairs: Iterable[tuple[GoldArticle, Article]], examples: int = 20) -> dict[str, Any]:
    """Speaking-actor precision over (gold, predicted) article pairs; articles without source offsets are skipped."""
    articles = quotes = speakerless = 0
    by_kind: dict[str, Counter] = {}
    everyone: Counter = Counter()
    wrong_names: Counter = Counter()
    for gold, article in pairs:
        sources = sorted(span for quote in gold.quotes for span in quote.speaker_spans)
        if not sources:
            continue
        quotes += len(article.quotes)
        speakerless += sum(1 for quote in article.quotes if quote.speaker is None)
        articles += 1
        kinds = {actor.id: actor for actor in article.actors}
        confident = _confident(article)
        for actor_id, spans in _speaking(article).items():
            actor = kinds.get(actor_id)
            kind = actor.kind.value if actor is not None else "missing"
            tallies = [by_kind.setdefault(kind, Counter()), everyone]
            on_source = any(_overlaps(span, source) for span in spans for source in sources)
            for tally in tallies:
                tally["speaking"] += 1
                tally["on_source"] += on_source
                if actor_id in confident:
                    tally["confident_speaking"] += 1
                    tally["confident_on_source"] += on_source
            if not on_source:
                wrong_names[(kind, actor.name if actor is not None else actor_id)] += 1
    overall = _shares(everyone)
    return {
        "articles": articles,
        "speaking_actors": overall["speaking"],
        "on_source": overall["on_source"],
        "precision": overall["precision"],
        "quotes": quotes,
        "speaker_none_share": speakerless / quotes if quotes else None,
        "by_kind": {kind: _shares(tally) for kind, tally in sorted(by_kind.items())},
        "confident": {
            "threshold": HIGH_CONFIDENCE,
            **_shares(everyone, "confident_"),
            "by_kind": {kind: _shares(tally, "confident_") for kind, tally in sorted(by_kind.items())},
        },
        "commonest_not_on_source": [
            {"kind": kind, "name": name, "articles": count} for (kind, name), count in wrong_names.most_common(examples)
        ],
    }
