"""Score predicted stances against gold: polarity accuracy and macro-F1.

Gold stances (``/work/shared/eval/FORMAT.md``) name a speaker and the index
of a gold quote. A gold stance is matched to the predicted per-quote stance
of the predicted quote that overlaps its gold quote most (by characters,
over all parts); the gold polarity is compared with that stance's.

Two accuracies are reported because they answer different questions:
``accuracy`` counts a gold stance whose quote was not found (or has no
stance) as wrong — the end-to-end figure; ``accuracy_matched`` only looks
at the matched ones — how good the stance method is given the quotes.
Macro-F1 is over the four polarity classes that occur in gold or
prediction, on all gold stances (a missed one predicts ``none``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from newsparse.models import Article, Quote, Stance

POLARITIES = ("positive", "negative", "neutral", "mixed")
MISSING = "none"


def _as_article(predicted: Article | Mapping[str, Any]) -> Article:
    if isinstance(predicted, Article):
        return predicted
    if isinstance(predicted, Mapping):
        return Article.from_dict(dict(predicted))
    raise TypeError(f"predicted articles must be Article or dict, got {type(predicted).__name__}")


def _overlap(start: int, end: int, quote: Quote) -> int:
    return sum(max(0, min(end, part.end) - max(start, part.start)) for part in quote.parts)


def best_quote(start: int, end: int, quotes: Sequence[Quote]) -> Quote | None:
    """The predicted quote overlapping ``[start, end)`` most, or ``None`` if none overlaps."""
    best, best_overlap = None, 0
    for quote in quotes:
        overlap = _overlap(start, end, quote)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str] | None = None) -> float:
    """Unweighted mean of per-class F1 over ``labels`` (default: classes seen in gold or prediction)."""
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} labels, predicted {len(predicted)}")
    classes = list(labels) if labels is not None else sorted((set(gold) | set(predicted)) - {MISSING})
    if not classes:
        return 0.0
    scores = []
    for label in classes:
        tp = sum(1 for g, p in zip(gold, predicted, strict=False) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=False) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=False) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def label_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1, confusion counts and n for two parallel label lists."""
    n = len(gold)
    correct = sum(1 for g, p in zip(gold, predicted, strict=False) if g == p)
    return {
        "n": n,
        "correct": correct,
        "accuracy": correct / n if n else 0.0,
        "macro_f1": macro_f1(gold, predicted),
        "confusion": {f"{g}->{p}": c for (g, p), c in sorted(Counter(zip(gold, predicted, strict=False)).items())},
    }


def _quote_stances(article: Article) -> dict[str, Stance]:
    return {stance.quote: stance for stance in article.stances if stance.quote is not None}


def score_stances(
    gold_articles: Iterable[Mapping[str, Any]], predicted_articles: Iterable[Article | Mapping[str, Any]]
) -> dict[str, Any]:
    """Score polarity of gold stances against predictions (see the module docstring).

    ``gold_articles``: gold JSON objects (``id``, ``text``, ``quotes``,
    ``stances``); ``predicted_articles``: :class:`Article` objects or their
    dicts, paired with gold by ``id`` (or by text when ids are missing).
    Returns ``n``, ``matched``, ``accuracy``, ``accuracy_matched``,
    ``macro_f1``, ``confusion`` and per-stance ``items`` for error analysis.
    """
    predicted = [_as_article(p) for p in predicted_articles]
    by_id = {a.id: a for a in predicted if a.id is not None}
    by_text = {a.text: a for a in predicted}
    gold_labels: list[str] = []
    predicted_labels: list[str] = []
    items: list[dict[str, Any]] = []
    for gold in gold_articles:
        gold_id = gold.get("id")
        article = (by_id.get(str(gold_id)) if gold_id is not None else None) or by_text.get(gold.get("text", ""))
        stances = _quote_stances(article) if article is not None else {}
        for gold_stance in gold.get("stances", ()):
            gold_quote = gold["quotes"][gold_stance["quote"]]
            quote = best_quote(gold_quote["start"], gold_quote["end"], article.quotes) if article else None
            stance = stances.get(quote.id) if quote is not None else None
            label = stance.polarity.value if stance is not None else MISSING
            gold_labels.append(gold_stance["polarity"])
            predicted_labels.append(label)
            items.append(
                {
                    "article": gold.get("id"),
                    "speaker": gold_stance.get("speaker"),
                    "quote": gold_stance["quote"],
                    "gold": gold_stance["polarity"],
                    "predicted": label,
                    "evidence": [span.text for span in stance.evidence] if stance is not None else [],
                }
            )
    result = label_scores(gold_labels, predicted_labels)
    matched = [(g, p) for g, p in zip(gold_labels, predicted_labels, strict=False) if p != MISSING]
    result["matched"] = len(matched)
    result["accuracy_matched"] = sum(1 for g, p in matched if g == p) / len(matched) if matched else 0.0
    result["items"] = items
    return result


__all__ = ["score_stances", "macro_f1", "label_scores", "best_quote", "POLARITIES"]
