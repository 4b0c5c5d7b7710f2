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
    assert main(["stances", str(parsed), "--by", "speaker"]) == 0
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["Ana Ruiz"]["polarity"] == "positive" and rows["Ana Ruiz"]["positive"] == "1"
    assert rows["Leo Park"]["polarity"] == "negative"
    assert main(["stances", str(parsed), "--by", "speaker", "--format", "json", "--min-quotes", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def _pair_articles() -> list[Article]:
    """Two articles: Ruiz for the plan and against Park; Park against Ruiz (an actor target)."""
    text = 'Ana Ruiz said "the plan works". Leo Park said "Ruiz misled everyone". Ruiz said "Park is a liar".'
    a = Article(
        text=text,
        id="p1",
        actors=(
            Actor(id="r", name="Ana Ruiz", kind=ActorKind.PERSON, mentions=[_span(text, "Ana Ruiz")]),
            Actor(id="k", name="Leo Park", kind=ActorKind.PERSON, mentions=[_span(text, "Leo Park")]),
        ),
        quotes=(
            Quote(id="q1", parts=[_span(text, "the plan works")], speaker="r"),
            Quote(id="q2", parts=[_span(text, "Ruiz misled everyone")], speaker="k"),
            Quote(id="q3", parts=[_span(text, "Park is a liar")], speaker="r"),
        ),
        stances=(
            Stance(
                id="s1",
                quote="q1",
                actor="r",
                polarity="positive",
                score=0.6,
                target="the plan",
                target_span=_span(text, "the plan"),
                evidence=[_span(text, "works")],
            ),
            Stance(
                id="s2",
                quote="q2",
                actor="k",
                polarity="negative",
                score=-0.7,
                target="Ruiz",
                target_actor="r",
                evidence=[_span(text, "misled")],
            ),
            Stance(
                id="s3",
                quote="q3",
                actor="r",
                polarity="negative",
                score=-0.8,
                target="Park",
                target_actor="k",
                evidence=[_span(text, "liar")],
            ),
        ),
    )
    return [a]


def test_pairs_say_who_is_for_or_against_whom():
    from newsparse.corpus.stances import summarize_pairs

    rows = {(row.speaker, row.target): row for row in summarize_pairs(_pair_articles())}
    assert set(rows) == {("Ana Ruiz", "the plan"), ("Leo Park", "Ana Ruiz"), ("Ana Ruiz", "Leo Park")}
    assert rows[("Leo Park", "Ana Ruiz")].target_key == "person:ana ruiz"  # an actor target gets its corpus key
    assert rows[("Ana Ruiz", "the plan")].target_key == "text:the plan"
    assert rows[("Ana Ruiz", "Leo Park")].polarity is Polarity.NEGATIVE
    assert rows[("Ana Ruiz", "the plan")].evidence == (("works", 1),)
    assert rows[("Leo Park", "Ana Ruiz")].matches("ana ruiz") and not rows[("Leo Park", "Ana Ruiz")].matches("ana r")


def test_stances_command_gives_pairs_and_filters_by_target(tmp_path, capsys):
    import csv
    import io

    from newsparse.cli import main

    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text("".join(a.to_json() + "\n" for a in _pair_articles()), encoding="utf-8")
    assert main(["stances", str(parsed)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["speaker"], r["target"], r["polarity"]) for r in rows} == {
        ("Ana Ruiz", "the plan", "positive"),
        ("Leo Park", "Ana Ruiz", "negative"),
        ("Ana Ruiz", "Leo Park", "negative"),
    }
    assert main(["stances", str(parsed), "--target", "Leo Park", "--format", "json"]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert (only["speaker"], only["target"], only["quotes"]) == ("Ana Ruiz", "Leo Park", 1)
    assert main(["stances", str(parsed), "--by", "speaker", "--target", "Park"]) == 2


def test_evaluate_reads_the_target_format(tmp_path, capsys):
    from newsparse.cli import main

    gold = tmp_path / "targets.jsonl"
    lines = [
        {
            "text": "Opposition leaders blamed the finance minister for the collapse.",
            "target": {"start": 26, "end": 46, "text": "the finance minister"},
            "polarity": "negative",
        },
        {
            "text": "The mayor praised the firefighters for their quick response.",
            "target": "the firefighters",
            "polarity": "positive",
        },
        {"text": "The committee will meet in Geneva on Tuesday.", "target": "The committee", "polarity": "neutral"},
    ]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["evaluate", str(gold), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n"] == 3 and 0 <= report["macro_f1"] <= 1
    assert set(report) >= {"accuracy", "accuracy_ci95", "macro_f1_ci95", "f1_negative", "f1_neutral", "f1_positive"}
    low, high = report["macro_f1_ci95"]
    assert low <= report["macro_f1"] <= high
    assert main(["evaluate", str(gold)]) == 0
    assert "macro-F1" in capsys.readouterr().out
    gold.write_text(json.dumps({"text": "No such target here.", "target": "Smith", "polarity": "neutral"}) + "\n")
    assert main(["evaluate", str(gold)]) == 2
