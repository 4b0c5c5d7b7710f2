"""Quote scores: content P/R/F1 (overlap and exact), speaker accuracy, end to end.

An :class:`Alignment` pairs one article's gold and predicted quotes (see
:mod:`newsparse.evaluate.matching` for the criteria); :class:`QuoteTally`
adds alignments up, overall and by group. Groups have a gold side and a
predicted side: recall of "direct" counts gold direct quotes found,
precision of "direct" counts predicted direct quotes that match any gold
quote (matching ignores kind, so a kind mistake costs only in the
confusion table, not twice).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from newsparse.evaluate.cues import cue_lemma
from newsparse.evaluate.gold import GoldArticle, GoldQuote
from newsparse.evaluate.matching import (
    OVERLAP_THRESHOLD,
    Tokens,
    exact_key,
    exact_match,
    greedy_match,
    overlap_scores,
)
from newsparse.evaluate.speakers import has_speaker, speaker_right
from newsparse.models import HIGH_CONFIDENCE, Article, Quote


@attrs.define
class Alignment:
    """How one article's predicted quotes line up with its gold quotes.

    ``gold_match[g]`` is the index of the predicted quote matched to gold
    ``g`` (or ``None``); ``best_overlap`` keeps, for unmatched quotes on
    either side, the best partner they overlapped below the threshold, for
    the error analysis.
    """

    gold_article: GoldArticle
    article: Article
    gold: list[GoldQuote]
    predicted: list[Quote]
    gold_match: list[int | None]
    predicted_match: list[int | None]
    exact_gold: set[int]
    exact_predicted: set[int]
    speaker_ok: dict[int, bool]
    gold_best: dict[int, tuple[int, float]] = attrs.field(factory=dict)
    predicted_best: dict[int, tuple[int, float]] = attrs.field(factory=dict)
    gold_tokens: list[frozenset[int]] = attrs.field(factory=list)
    predicted_tokens: list[frozenset[int]] = attrs.field(factory=list)
    scores: dict[tuple[int, int], float] = attrs.field(factory=dict)


def predicted_kind(quote: Quote) -> str:
    return quote.kind.value if hasattr(quote.kind, "value") else str(quote.kind)


def align(
    gold_article: GoldArticle, article: Article, kind: str | None = None, tokens: Tokens | None = None
) -> Alignment:
    """Match ``article``'s quotes to the gold ones (only quotes of ``kind`` on both sides when given)."""
    text = gold_article.text
    if article.text != text:
        raise ValueError(f"article {gold_article.id}: predicted text differs from the gold text")
    gold = [q for q in gold_article.quotes if kind is None or q.kind == kind]
    predicted = [q for q in article.quotes if kind is None or predicted_kind(q) == kind]
    tokens = tokens or Tokens(text)
    gold_tokens = [tokens.covered(q.spans) for q in gold]
    predicted_spans = [tuple((p.start, p.end) for p in q.parts) for q in predicted]
    predicted_tokens = [tokens.covered(spans) for spans in predicted_spans]
    scores = overlap_scores(gold_tokens, predicted_tokens, [q.spans for q in gold], predicted_spans)
    matches = greedy_match(scores, OVERLAP_THRESHOLD)
    gold_match: list[int | None] = [None] * len(gold)
    predicted_match: list[int | None] = [None] * len(predicted)
    for match in matches:
        gold_match[match.gold] = match.predicted
        predicted_match[match.predicted] = match.gold
    exact = exact_match([exact_key(text, q.spans) for q in gold], [exact_key(text, s) for s in predicted_spans])
    speaker_ok = {
        g: speaker_right(gold_article, gold[g], article, predicted[p])
        for g, p in enumerate(gold_match)
        if p is not None
    }
    alignment = Alignment(
        gold_article,
        article,
        gold,
        predicted,
        gold_match,
        predicted_match,
        {m.gold for m in exact},
        {m.predicted for m in exact},
        speaker_ok,
        gold_tokens=gold_tokens,
        predicted_tokens=predicted_tokens,
        scores=scores,
    )
    for (g, p), score in scores.items():
        if gold_match[g] is None and score > alignment.gold_best.get(g, (-1, 0.0))[1]:
            alignment.gold_best[g] = (p, score)
        if predicted_match[p] is None and score > alignment.predicted_best.get(p, (-1, 0.0))[1]:
            alignment.predicted_best[p] = (g, score)
    return alignment


@attrs.define
class Tally:
    """Counts for one group; gold-side and predicted-side counts kept apart (see module docstring)."""

    gold: int = 0
    gold_matched: int = 0
    gold_exact: int = 0
    gold_end_to_end: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    predicted_exact: int = 0
    predicted_end_to_end: int = 0
    predicted_no_speaker: int = 0
    matched_no_speaker: int = 0

    def as_dict(self) -> dict[str, Any]:
        content = _prf(self.predicted_matched, self.predicted, self.gold_matched, self.gold)
        exact = _prf(self.predicted_exact, self.predicted, self.gold_exact, self.gold)
        end_to_end = _prf(self.predicted_end_to_end, self.predicted, self.gold_end_to_end, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.gold_matched,
            "content": content,
            "exact": exact,
            "speaker": {
                "matched": self.gold_matched,
                "right": self.gold_end_to_end,
                "accuracy": _ratio(self.gold_end_to_end, self.gold_matched),
                "matched_without_speaker": self.matched_no_speaker,
            },
            "end_to_end": end_to_end,
            "no_speaker_share": _ratio(self.predicted_no_speaker, self.predicted),
        }


def _ratio(part: int, whole: int) -> float | None:
    """``None`` when undefined (nothing to divide by), so a table shows "–" and not a fake 0."""
    return part / whole if whole else None


def _prf(tp_predicted: int, predicted: int, tp_gold: int, gold: int) -> dict[str, float | int | None]:
    precision = _ratio(tp_predicted, predicted)
    recall = _ratio(tp_gold, gold)
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


GroupKey = Callable[[Any], str]
MIN_BOOTSTRAP_ARTICLES = 20  # resampling a handful of articles gives an interval that means nothing
#: Lower edges of the confidence bands of the calibration table, highest first.
CONFIDENCE_BANDS = (0.9, 0.7, 0.5, 0.3, 0.0)


def confidence_band(confidence: float) -> str:
    """``"0.7–0.9"``: the band of the calibration table a confidence falls in."""
    upper = 1.0
    for lower in CONFIDENCE_BANDS:
        if confidence >= lower:
            return f"{lower:.1f}–{upper:.1f}"
        upper = lower
    return f"0.0–{CONFIDENCE_BANDS[-2]:.1f}"


@attrs.define
class QuoteTally:
    """Accumulates alignments: overall, by kind, by cue lemma, and the kind confusion."""

    overall: Tally = attrs.field(factory=Tally)
    by_kind: dict[str, Tally] = attrs.field(factory=dict)
    by_cue: dict[str, Tally] = attrs.field(factory=dict)
    kind_confusion: Counter = attrs.field(factory=Counter)
    by_confidence: dict[str, Tally] = attrs.field(factory=dict)
    confident: Tally = attrs.field(factory=Tally)
    articles: int = 0
    per_article: list[tuple[int, int, int, int]] = attrs.field(factory=list)

    def add(self, alignment: Alignment) -> None:
        self.articles += 1
        matched = [g for g, p in enumerate(alignment.gold_match) if p is not None]
        self.per_article.append(
            (len(alignment.gold), len(alignment.predicted), len(matched), sum(alignment.speaker_ok[g] for g in matched))
        )
        groups = (
            (self.by_kind, lambda g: g.kind, predicted_kind),
            (
                self.by_cue,
                lambda g: cue_lemma(g.cue) or "(none)",
                lambda p: cue_lemma(p.cue.text if p.cue else "") or "(none)",
            ),
        )
        for g, quote in enumerate(alignment.gold):
            p = alignment.gold_match[g]
            tallies = [self.overall] + [table.setdefault(gold_key(quote), Tally()) for table, gold_key, _ in groups]
            for tally in tallies:
                tally.gold += 1
                if p is not None:
                    tally.gold_matched += 1
                    tally.gold_end_to_end += alignment.speaker_ok[g]
                    tally.matched_no_speaker += not has_speaker(alignment.predicted[p])
                if g in alignment.exact_gold:
                    tally.gold_exact += 1
            if p is not None:
                self.kind_confusion[(quote.kind, predicted_kind(alignment.predicted[p]))] += 1
            self.confident.gold += 1
            if p is not None and alignment.predicted[p].confidence >= HIGH_CONFIDENCE:
                self.confident.gold_matched += 1
                self.confident.gold_end_to_end += alignment.speaker_ok[g]
                self.confident.gold_exact += g in alignment.exact_gold
        for p, predicted in enumerate(alignment.predicted):
            match = alignment.predicted_match[p]
            tallies = [self.overall] + [table.setdefault(pred_key(predicted), Tally()) for table, _, pred_key in groups]
            tallies.append(self.by_confidence.setdefault(confidence_band(predicted.confidence), Tally()))
            if predicted.confidence >= HIGH_CONFIDENCE:
                tallies.append(self.confident)
            for tally in tallies:
                tally.predicted += 1
                tally.predicted_no_speaker += not has_speaker(predicted)
                if match is not None:
                    tally.predicted_matched += 1
                    tally.predicted_end_to_end += alignment.speaker_ok[match]
                if p in alignment.exact_predicted:
                    tally.predicted_exact += 1

    def as_dict(self, top_cues: int = 15, resamples: int = 1000) -> dict[str, Any]:
        cues = sorted(self.by_cue.items(), key=lambda item: (-item[1].gold, -item[1].predicted, item[0]))
        overall = self.overall.as_dict()
        if resamples and len(self.per_article) >= MIN_BOOTSTRAP_ARTICLES:
            overall["content"]["f1_ci95"] = bootstrap_f1(self.per_article, 2, resamples)
            overall["end_to_end"]["f1_ci95"] = bootstrap_f1(self.per_article, 3, resamples)
        return {
            "articles": self.articles,
            "overall": overall,
            "by_kind": {kind: tally.as_dict() for kind, tally in sorted(self.by_kind.items())},
            "by_cue": {cue: tally.as_dict() for cue, tally in cues[:top_cues]},
            "kind_confusion": [
                {"gold": gold, "predicted": predicted, "count": count}
                for (gold, predicted), count in sorted(self.kind_confusion.items(), key=lambda item: -item[1])
            ],
            "by_confidence": {band: _band(tally) for band, tally in sorted(self.by_confidence.items(), reverse=True)},
            "confident": {"threshold": HIGH_CONFIDENCE, **self.confident.as_dict()},
        }


def _band(tally: Tally) -> dict[str, Any]:
    """Predicted quotes of one confidence band and how many are right (a band has no gold side)."""
    return {
        "predicted": tally.predicted,
        "right": tally.predicted_matched,
        "precision": _ratio(tally.predicted_matched, tally.predicted),
        "right_with_speaker": tally.predicted_end_to_end,
    }


def bootstrap_f1(
    per_article: list[tuple[int, int, int, int]], column: int, resamples: int, seed: int = 0
) -> list[float]:
    """95% interval of micro F1 over articles resampled with replacement (percentile bootstrap).

    Articles, not quotes, are resampled because quotes of one article are
    not independent (one writer, one speaker). The seed is fixed so the same
    predictions always give the same interval. ``column`` picks the true
    positives: 2 content matches, 3 end-to-end.
    """
    import random

    rng = random.Random(seed)
    count = len(per_article)
    values = []
    for _ in range(resamples):
        gold = predicted = hits = 0
        for _ in range(count):
            row = per_article[rng.randrange(count)]
            gold, predicted, hits = gold + row[0], predicted + row[1], hits + row[column]
        values.append(2 * hits / (gold + predicted) if gold + predicted else 0.0)
    values.sort()
    return [values[int(0.025 * (resamples - 1))], values[int(round(0.975 * (resamples - 1)))]]


def score_quotes(
    pairs: Iterable[tuple[GoldArticle, Article]], kind: str | None = None, top_cues: int = 15, resamples: int = 1000
) -> tuple[dict[str, Any], list[Alignment]]:
    """Score every (gold, predicted) article pair; returns the figures and the alignments.

    ``resamples`` bootstrap samples give the 95% interval of the overall F1s (0: none).
    """
    tally = QuoteTally()
    alignments = []
    for gold_article, article in pairs:
        alignment = align(gold_article, article, kind)
        tally.add(alignment)
        alignments.append(alignment)
    return tally.as_dict(top_cues, resamples), alignments
