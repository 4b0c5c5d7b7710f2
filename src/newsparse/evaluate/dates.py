"""Date scoring the way TempEval-3 scores TIMEX3: extents strict and relaxed, then attributes.

* **Extent**: a predicted mention matches a gold one *strictly* when both
  offsets are equal, *relaxed* (``overlap``) when they share a character.
  Matching is one-to-one (greedy, largest overlap first), so one long
  prediction cannot claim two gold mentions. Precision = matched /
  predicted, recall = matched / gold.
* **Attributes** (``value``, ``type``) are judged on relaxed matches, as
  TempEval-3 does: ``accuracy`` = correct / matched, and the attribute F1
  counts only correct matches (precision = correct / predicted, recall =
  correct / gold), so it rewards finding *and* normalizing.
* **By type**: gold mentions are grouped by their TIMEX3 type (missing ->
  ``DATE``), predictions by theirs; recall uses gold of the type, precision
  predictions of the type (matched to gold of any type).
* A figure with nothing to divide by (no prediction of a type, no match)
  is ``None``, never a fake 0.

Gold articles are the parsed JSON lines of a gold file (``FORMAT.md``);
every gold span is checked against the text, and a mismatching one is
reported in ``invalid_gold`` and left out rather than scored wrongly.
Predicted articles are :class:`~newsparse.models.Article` objects (or
``None`` / anything without ``dates`` for an article that failed to parse,
counted in ``unparsed``), paired with gold by ``id`` when every article has
one, else by position.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

TYPES = ("DATE", "TIME", "DURATION", "SET")


class _Mention(NamedTuple):
    start: int
    end: int
    value: str
    type: str


def _ratio(numerator: int, denominator: int) -> float | None:
    """``None`` when there is nothing to divide by: an undefined figure is not a zero."""
    return round(numerator / denominator, 4) if denominator else None


def _prf(matched_predicted: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float | None]:
    precision, recall = _ratio(matched_predicted, predicted), _ratio(matched_gold, gold)
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _gold_mentions(article: dict[str, Any], invalid: list[dict[str, Any]]) -> list[_Mention]:
    text = article.get("text", "")
    mentions = []
    for entry in article.get("dates") or []:
        start, end = entry.get("start"), entry.get("end")
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        if not ok or ("text" in entry and text[start:end] != entry["text"]):
            invalid.append({"article": article.get("id"), "entry": entry, "error": "span does not match the text"})
            continue
        mentions.append(_Mention(start, end, str(entry.get("value", "")), entry.get("type") or "DATE"))
    return mentions


def _predicted_mentions(article: Any) -> list[_Mention] | None:
    dates = getattr(article, "dates", None)
    if dates is None:
        return None
    return [_Mention(d.span.start, d.span.end, d.value, d.type) for d in dates]


def _match(gold: list[_Mention], predicted: list[_Mention], strict: bool) -> list[tuple[_Mention, _Mention]]:
    """One-to-one pairs, largest overlap first (strict: identical offsets only)."""
    candidates = []
    for g in gold:
        for p in predicted:
            if strict:
                if (g.start, g.end) == (p.start, p.end):
                    candidates.append((g.end - g.start, g, p))
            else:
                overlap = min(g.end, p.end) - max(g.start, p.start)
                if overlap > 0:
                    candidates.append((overlap, g, p))
    candidates.sort(key=lambda item: (-item[0], item[1].start, item[2].start))
    used_gold: set[_Mention] = set()
    used_predicted: set[_Mention] = set()
    pairs = []
    for _, g, p in candidates:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        pairs.append((g, p))
    return pairs


def _pair_articles(
    gold_articles: Sequence[dict[str, Any]], predicted_articles: Sequence[Any]
) -> list[tuple[dict, Any]]:
    gold_ids = [g.get("id") for g in gold_articles]
    predicted_ids = [getattr(p, "id", None) for p in predicted_articles]
    if all(gold_ids) and len(set(gold_ids)) == len(gold_ids) and any(predicted_ids):
        by_id = {pid: p for pid, p in zip(predicted_ids, predicted_articles, strict=True) if pid is not None}
        return [(g, by_id.get(g["id"])) for g in gold_articles]
    if len(gold_articles) != len(predicted_articles):
        raise ValueError(
            f"score_dates: {len(gold_articles)} gold articles but {len(predicted_articles)} predicted, "
            "and no ids to pair them"
        )
    return list(zip(gold_articles, predicted_articles, strict=True))


def score_dates(gold_articles: Iterable[dict[str, Any]], predicted_articles: Iterable[Any]) -> dict[str, Any]:
    """TempEval-3 style scores of predicted date mentions against gold; see the module docstring.

    Returns a JSON-serialisable dict: counts, ``strict`` and ``overlap``
    extent P/R/F1, ``value`` and ``type`` attribute accuracy and F1,
    ``by_type`` figures, ``invalid_gold`` entries and ``unparsed`` count.
    """
    gold_list, predicted_list = list(gold_articles), list(predicted_articles)
    invalid: list[dict[str, Any]] = []
    totals: dict[str, int] = defaultdict(int)
    per_type: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    unparsed = 0
    for gold_article, predicted_article in _pair_articles(gold_list, predicted_list):
        if predicted_article is not None and getattr(
            predicted_article, "text", gold_article.get("text")
        ) != gold_article.get("text"):
            raise ValueError(f"score_dates: article {gold_article.get('id')!r}: predicted text differs from gold text")
        gold = _gold_mentions(gold_article, invalid)
        predicted = _predicted_mentions(predicted_article)
        if predicted is None:
            unparsed += 1
            predicted = []
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        for g in gold:
            per_type[g.type]["gold"] += 1
        for p in predicted:
            per_type[p.type]["predicted"] += 1
        for g, p in _match(gold, predicted, strict=True):
            totals["strict"] += 1
            per_type[g.type]["strict_gold"] += 1
            per_type[p.type]["strict_predicted"] += 1
        for g, p in _match(gold, predicted, strict=False):
            totals["overlap"] += 1
            per_type[g.type]["overlap_gold"] += 1
            per_type[p.type]["overlap_predicted"] += 1
            value_ok, type_ok = g.value == p.value, g.type == p.type
            totals["value"] += value_ok
            totals["type"] += type_ok
            per_type[g.type]["value"] += value_ok
    n_gold, n_predicted = totals["gold"], totals["predicted"]
    matched = totals["overlap"]

    def attribute(correct: int) -> dict[str, float | None]:
        return {"accuracy": _ratio(correct, matched), "correct": correct, **_prf(correct, n_predicted, correct, n_gold)}

    by_type = {}
    for name in sorted(per_type, key=lambda t: (TYPES.index(t) if t in TYPES else 99, t)):
        counts = per_type[name]
        by_type[name] = {
            "gold": counts["gold"],
            "predicted": counts["predicted"],
            "strict": _prf(counts["strict_predicted"], counts["predicted"], counts["strict_gold"], counts["gold"]),
            "overlap": _prf(counts["overlap_predicted"], counts["predicted"], counts["overlap_gold"], counts["gold"]),
            "value_accuracy": _ratio(counts["value"], counts["overlap_gold"]),
        }
    if invalid:
        log.warning("score_dates: %d gold date entries do not match their text and were left out", len(invalid))
    return {
        "articles": len(gold_list),
        "gold": n_gold,
        "predicted": n_predicted,
        "strict": {"matched": totals["strict"], **_prf(totals["strict"], n_predicted, totals["strict"], n_gold)},
        "overlap": {"matched": matched, **_prf(matched, n_predicted, matched, n_gold)},
        "value": attribute(totals["value"]),
        "type": attribute(totals["type"]),
        "by_type": by_type,
        "invalid_gold": invalid,
        "unparsed": unparsed,
    }
