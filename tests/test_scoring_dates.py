"""The TempEval-3 style date scorer on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from newsparse import Article, DateMention, Span
from newsparse.evaluate.dates import score_dates

TEXT = "On Monday the firm said sales fell last month and would recover over three years."


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def _gold(part: str, value: str, type_: str | None = "DATE") -> dict:
    start = TEXT.index(part)
    entry = {"start": start, "end": start + len(part), "text": part, "value": value}
    if type_:
        entry["type"] = type_
    return entry


def _mention(part: str, value: str, type_: str = "DATE") -> DateMention:
    span = _span(TEXT, part)
    return DateMention(id=f"d{span.start}", span=span, value=value, type=type_)


GOLD = {
    "id": "a1",
    "text": TEXT,
    "dates": [_gold("Monday", "2023-06-19"), _gold("last month", "2023-05"), _gold("three years", "P3Y", "DURATION")],
}


def test_perfect_prediction():
    article = Article(
        TEXT,
        id="a1",
        dates=[
            _mention("Monday", "2023-06-19"),
            _mention("last month", "2023-05"),
            _mention("three years", "P3Y", "DURATION"),
        ],
    )
    scores = score_dates([GOLD], [article])
    assert scores["strict"]["f1"] == scores["overlap"]["f1"] == 1.0
    assert scores["value"]["accuracy"] == 1.0
    assert scores["by_type"]["DURATION"]["overlap"]["recall"] == 1.0


def test_strict_overlap_value_and_precision_differ():
    article = Article(
        TEXT,
        id="a1",
        dates=[
            _mention("On Monday", "2023-06-19"),  # overlap only, right value
            _mention("last month", "2023-04"),  # strict, wrong value
            _mention("the firm", "PRESENT_REF"),  # spurious
        ],
    )
    scores = score_dates([GOLD], [article])
    assert scores["strict"]["matched"] == 1
    assert scores["overlap"]["matched"] == 2
    assert scores["overlap"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["overlap"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["value"]["accuracy"] == 0.5
    assert scores["value"]["correct"] == 1
    assert scores["by_type"]["DURATION"]["overlap"]["recall"] == 0.0


def test_one_prediction_cannot_match_two_gold_mentions():
    gold = {"id": "a1", "text": TEXT, "dates": [_gold("Monday", "2023-06-19"), _gold("On", "X")]}
    article = Article(TEXT, id="a1", dates=[_mention("On Monday", "2023-06-19")])
    scores = score_dates([gold], [article])
    assert scores["overlap"]["matched"] == 1
    assert scores["overlap"]["recall"] == 0.5


def test_missing_type_is_date_and_bad_gold_span_is_reported():
    gold = {
        "id": "a1",
        "text": TEXT,
        "dates": [_gold("Monday", "2023-06-19", None), {"start": 0, "end": 5, "text": "Tues", "value": "x"}],
    }
    scores = score_dates([gold], [Article(TEXT, id="a1", dates=[_mention("Monday", "2023-06-19")])])
    assert scores["gold"] == 1
    assert scores["by_type"]["DATE"]["gold"] == 1
    assert len(scores["invalid_gold"]) == 1


def test_unparsed_article_counts_as_no_predictions():
    scores = score_dates([GOLD], [None])
    assert scores["unparsed"] == 1
    assert scores["overlap"]["recall"] == 0.0
    assert scores["overlap"]["precision"] is None  # nothing predicted: undefined, not 0
    assert scores["value"]["accuracy"] is None


def test_articles_pair_by_id_not_position():
    other = {"id": "a2", "text": "Nothing dated here.", "dates": []}
    perfect = Article(
        TEXT,
        id="a1",
        dates=[
            _mention("Monday", "2023-06-19"),
            _mention("last month", "2023-05"),
            _mention("three years", "P3Y", "DURATION"),
        ],
    )
    scores = score_dates([GOLD, other], [Article("Nothing dated here.", id="a2"), perfect])
    assert scores["overlap"]["f1"] == 1.0
