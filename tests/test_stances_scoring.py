"""``score_stances`` (used by ``newsparse evaluate``) and the corpus-level stance summary."""

from __future__ import annotations

import json

import pytest

from newsparse import combine_polarities as verdict
from newsparse.corpus.stances import summarize_stances
from newsparse.evaluate.stances import best_quote, macro_f1, score_stances
from newsparse.models import Actor, ActorKind, Article, Polarity, Quote, Span, Stance

TEXT = 'Ana Ruiz said the plan was "a clear success". Leo Park said it was "a costly mistake". Ruiz said more.'


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def _article(polarities: dict[str, str], article_id: str = "a1", text: str = TEXT) -> Article:
    actors = (
        Actor(id="ruiz", name="Ana Ruiz", kind=ActorKind.PERSON, mentions=[_span(text, "Ana Ruiz")]),
        Actor(id="park", name="Leo Park", kind=ActorKind.PERSON, mentions=[_span(text, "Leo Park")]),
    )
    quotes = (
        Quote(id="q1", parts=[_span(text, "a clear success")], speaker="ruiz"),
        Quote(id="q2", parts=[_span(text, "a costly mistake")], speaker="park"),
    )
    stances = tuple(
        Stance(id=f"s-{qid}", quote=qid, actor=q.speaker, polarity=polarity)
        for q in quotes
        for qid, polarity in polarities.items()
        if q.id == qid
    )
    return Article(text=text, id=article_id, actors=actors, quotes=quotes, stances=stances)


def _gold(article_id: str = "a1") -> dict:
    q1, q2 = _span(TEXT, "a clear success"), _span(TEXT, "a costly mistake")
    return {
        "id": article_id,
        "text": TEXT,
        "quotes": [
            {"start": q1.start - 1, "end": q1.end, "text": TEXT[q1.start - 1 : q1.end]},  # overlap, not exact
            {"start": q2.start, "end": q2.end, "text": q2.text},
            {"start": 0, "end": 8, "text": TEXT[0:8]},  # a gold quote nobody predicted
        ],
        "stances": [
            {"speaker": "Ana Ruiz", "quote": 0, "polarity": "positive"},
            {"speaker": "Leo Park", "quote": 1, "polarity": "negative"},
            {"speaker": "Ana Ruiz", "quote": 2, "polarity": "neutral"},
        ],
    }


def test_score_stances_matches_by_overlap_and_counts_missing_as_wrong():
    result = score_stances([_gold()], [_article({"q1": "positive", "q2": "mixed"})])
    assert result["n"] == 3 and result["matched"] == 2
    assert result["accuracy"] == pytest.approx(1 / 3)
    assert result["accuracy_matched"] == pytest.approx(1 / 2)
    # classes: positive (F1 1), negative (0), mixed (0), neutral (0)
    assert result["macro_f1"] == pytest.approx(0.25)
    assert result["items"][2]["predicted"] == "none"


def test_score_stances_accepts_dicts_and_pairs_by_id():
    other = _article({"q1": "negative", "q2": "negative"}, article_id="zz")
    result = score_stances([_gold()], [other.to_dict(), _article({"q1": "positive", "q2": "negative"}).to_dict()])
    assert result["correct"] == 2


def test_macro_f1_and_best_quote():
    assert macro_f1(["positive", "negative"], ["positive", "negative"]) == 1.0
    assert macro_f1(["positive", "negative"], ["negative", "positive"]) == 0.0
    with pytest.raises(ValueError):
        macro_f1(["positive"], [])
    quotes = _article({}).quotes
    assert best_quote(0, 5, quotes) is None
    assert best_quote(TEXT.index("costly"), TEXT.index("costly") + 3, quotes).id == "q2"


def test_verdict_rule():
    assert verdict([Polarity.NEUTRAL, Polarity.NEGATIVE], [0.0, -0.5]) == (Polarity.NEGATIVE, -0.5)
    assert verdict([Polarity.NEUTRAL], [0.0]) == (Polarity.NEUTRAL, 0.0)
    assert verdict([Polarity.POSITIVE, Polarity.NEGATIVE], [0.5, -0.5])[0] is Polarity.MIXED
    assert verdict([Polarity.POSITIVE, Polarity.POSITIVE, Polarity.NEGATIVE], [0.5, 0.5, -0.2])[0] is Polarity.MIXED
    assert verdict([Polarity.POSITIVE] * 3 + [Polarity.NEGATIVE], [0.5] * 3 + [-0.2])[0] is Polarity.POSITIVE


def test_summarize_stances_merges_actors_across_articles():
    text2 = 'Ruiz said the plan was "a clear success". Leo Park said it was "a costly mistake". Ruiz said more.'
    first = _article({"q1": "positive", "q2": "negative"}, "a1")
    second = Article(
        text=text2,
        id="a2",
        actors=(Actor(id="r", name="Ruiz", kind=ActorKind.PERSON, mentions=[_span(text2, "Ruiz")]),),
        quotes=(Quote(id="q1", parts=[_span(text2, "a clear success")], speaker="r"),),
        stances=(Stance(id="s", quote="q1", actor="r", polarity="positive", score=0.5, framing="endorsing"),),
    )
    rows = {row.name: row for row in summarize_stances([first, second])}
    assert rows["Ana Ruiz"].quotes == 2
    assert rows["Ana Ruiz"].articles == ("a1", "a2")
    assert rows["Ana Ruiz"].polarity is Polarity.POSITIVE
    assert rows["Ana Ruiz"].framings == (("endorsing", 1),)
    assert rows["Leo Park"].polarity is Polarity.NEGATIVE
    assert rows["Leo Park"].to_dict()["polarity"] == "negative"


def test_stances_command_writes_one_row_per_quoted_actor(tmp_path, capsys):
    import csv
    import io

    from newsparse.cli import main

    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text(_article({"q1": "positive", "q2": "negative"}).to_json() + "\n", encoding="utf-8")
    assert main(["stances", str(parsed)]) == 0
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["Ana Ruiz"]["polarity"] == "positive" and rows["Ana Ruiz"]["positive"] == "1"
    assert rows["Leo Park"]["polarity"] == "negative"
    assert main(["stances", str(parsed), "--format", "json", "--min-quotes", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == []
