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
from pathlib import Path
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


# -- the target format: one (text, target, polarity) per line ---------------------------------
TARGET_LABELS = ("negative", "neutral", "positive")


def is_target_format(record: Any) -> bool:
    """Whether a JSON line is a target-stance item (``text``, ``target``, ``polarity``) rather than an article."""
    return isinstance(record, dict) and "target" in record and "polarity" in record and "quotes" not in record


def read_target_item(record: Any, where: str) -> tuple[str, int, int, str]:
    """``(text, start, end, polarity)`` of one target line; ``ValueError`` naming ``where`` and the problem.

    ``target`` is ``{"start", "end", "text"}`` (NewsMTSC's shape; ``text``
    must match) or a plain string, found at its first occurrence.
    """
    text, target, polarity = record.get("text"), record.get("target"), record.get("polarity")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: no text")
    if polarity not in TARGET_LABELS:
        raise ValueError(f"{where}: polarity {polarity!r} is not one of {TARGET_LABELS}")
    if isinstance(target, str):
        start = text.find(target)
        if not target.strip() or start < 0:
            raise ValueError(f"{where}: target {target!r} does not occur in the text")
        return text, start, start + len(target), polarity
    if not isinstance(target, dict):
        raise ValueError(f"{where}: target must be a string or {{start, end, text}}")
    begin, finish = target.get("start"), target.get("end")
    if not (isinstance(begin, int) and isinstance(finish, int) and 0 <= begin < finish <= len(text)):
        raise ValueError(f"{where}: target offsets [{begin}, {finish}) are not inside the text (length {len(text)})")
    start, end = begin, finish
    if "text" in target and text[start:end] != target["text"]:
        raise ValueError(f"{where}: target text {target['text']!r} != text[{start}:{end}] {text[start:end]!r}")
    return text, start, end, polarity


def class_f1(gold: Sequence[str], predicted: Sequence[str], label: str) -> float:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
    wrong = sum(1 for g, p in zip(gold, predicted, strict=True) if (g == label) != (p == label))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def target_scores(
    gold: Sequence[str], predicted: Sequence[str], resamples: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-class F1 over the three polarities, each with a 95% bootstrap interval.

    The interval resamples items with replacement (``resamples`` times,
    seeded: the same input gives the same interval) and takes the 2.5th
    and 97.5th percentiles.
    """
    import random

    def figures(g: Sequence[str], p: Sequence[str]) -> dict[str, float]:
        per_class = {label: class_f1(g, p, label) for label in TARGET_LABELS}
        return {
            "accuracy": sum(1 for a, b in zip(g, p, strict=True) if a == b) / len(g) if g else 0.0,
            "macro_f1": sum(per_class.values()) / len(per_class),
            **{f"f1_{label}": value for label, value in per_class.items()},
        }

    point = figures(gold, predicted)
    result: dict[str, Any] = {"n": len(gold), **{k: round(v, 4) for k, v in point.items()}}
    if resamples and gold:
        rng = random.Random(seed)
        samples: dict[str, list[float]] = {key: [] for key in point}
        n = len(gold)
        for _ in range(resamples):
            picks = [rng.randrange(n) for _ in range(n)]
            resampled = figures([gold[i] for i in picks], [predicted[i] for i in picks])
            for key, value in resampled.items():
                samples[key].append(value)
        for key, values in samples.items():
            values.sort()
            low, high = values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]
            result[f"{key}_ci95"] = [round(low, 4), round(high, 4)]
    result["confusion"] = {f"{g}->{p}": c for (g, p), c in sorted(Counter(zip(gold, predicted, strict=True)).items())}
    return result


def evaluate_targets(
    path: str | Path,
    parser: Any,
    limit: int | None = None,
    resamples: int = 1000,
    batch_size: int = 64,
    progress: bool = False,
) -> dict[str, Any]:
    """Score ``parser.stance_in`` on a target-format file (``.jsonl`` or ``.jsonl.gz``).

    Every text is analysed once (in batches); each line's target is
    judged by the parser's stance method (``newsparse_stance_toward``).
    A malformed line is a ``ValueError`` naming ``file:line``.
    """
    from newsparse.errors import InputError
    from newsparse.io import json_records
    from newsparse.progress import progress as bar

    items: list[tuple[str, int, int, str]] = []
    for source, number, record in json_records(Path(path)):
        if limit is not None and len(items) >= limit:
            break
        where = f"{source}:{number}" if number is not None else source
        if isinstance(record, InputError):
            raise ValueError(f"{where}: {record}")
        items.append(read_target_item(record, where))
    texts = list(dict.fromkeys(text for text, _, _, _ in items))
    analyses = dict(zip(texts, parser.backend.analyze_many(texts, batch_size=batch_size), strict=True))
    predicted = [
        parser.stance_in(analyses[text], start, end).polarity.value
        for text, start, end, _ in bar(items, progress, desc="stances")
    ]
    report = target_scores([item[3] for item in items], predicted, resamples)
    report["gold_file"] = str(path)
    return report


def format_target_report(report: Mapping[str, Any]) -> str:
    """The text report of :func:`evaluate_targets`."""

    def figure(key: str) -> str:
        interval = report.get(f"{key}_ci95")
        text = f"{100 * report[key]:.1f}"
        return f"{text} [{100 * interval[0]:.1f}–{100 * interval[1]:.1f}]" if interval else text

    lines = [
        f"newsparse evaluate — {report['gold_file']} (target stances: text, target, polarity)",
        f"  n                 {report['n']}",
        f"  accuracy          {figure('accuracy')}",
        f"  macro-F1          {figure('macro_f1')}",
    ]
    lines += [f"  F1 {label:<14} {figure(f'f1_{label}')}" for label in TARGET_LABELS]
    lines.append("  (95% bootstrap intervals in brackets)")
    lines += [f"  confusion {pair:<22} {count}" for pair, count in report["confusion"].items()]
    return "\n".join(lines) + "\n"


__all__ = [
    "POLARITIES",
    "best_quote",
    "evaluate_targets",
    "format_target_report",
    "is_target_format",
    "label_scores",
    "macro_f1",
    "score_stances",
    "target_scores",
]
