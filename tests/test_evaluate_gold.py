"""Reading gold files as they are: gzip, discontinuous spans, speaker/cue offsets, and broken gold."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from newsparse.evaluate.core import plugins_not_needed
from newsparse.evaluate.gold import GoldError, gold_article, read_gold

DATA = Path(__file__).parent / "data" / "evaluate"


def test_reads_discontinuous_content_and_speaker_and_cue_offsets() -> None:
    gold = read_gold(DATA / "tiny-gold.jsonl")
    assert gold.problems == []
    assert [a.id for a in gold.articles] == ["harbor-bridge", "water-rates"]
    bridge = gold.articles[0]
    assert bridge.dct == "2024-03-13"
    split = bridge.quotes[2]
    assert [bridge.text[s:e] for s, e in split.spans] == ["Safety comes first", "and the schedule comes second."]
    assert [bridge.text[s:e] for s, e in split.speaker_spans] == ["she"]
    assert split.speaker_aliases == ("Jane Okafor",)
    assert bridge.text[slice(*split.cue_span)] == "added"
    rates = gold.articles[1]
    assert rates.quotes[0].spans == ((0, 41),) and rates.quotes[0].speaker_spans == ()
    assert rates.quotes[1].kind == "mixed" and rates.quotes[1].cue_span is None
    assert gold.has("dates") and gold.has("stances") and gold.has("actors")


def test_reads_gzip_and_limit(tmp_path: Path) -> None:
    packed = tmp_path / "tiny-gold.jsonl.gz"
    with (DATA / "tiny-gold.jsonl").open("rb") as source, gzip.open(packed, "wb") as target:
        shutil.copyfileobj(source, target)
    plain, zipped = read_gold(DATA / "tiny-gold.jsonl"), read_gold(packed)
    assert [a.quotes for a in zipped.articles] == [a.quotes for a in plain.articles]
    assert [a.id for a in read_gold(packed, limit=1).articles] == ["harbor-bridge"]


def test_broken_gold_is_reported_precisely_and_left_out() -> None:
    gold = read_gold(DATA / "broken-gold.jsonl")
    problems = [str(p) for p in gold.problems]
    path = str(DATA / "broken-gold.jsonl")
    assert problems[0] == f"{path}:1 (article park): quotes[0]: text 'the park' != text[4:12] 'council '"
    assert "quotes[1]: cue 'said' does not match text[0:4]; cue offsets ignored" in problems[1]
    assert "quotes[2]: bad offsets" in problems[2]
    assert "dates[0]: missing 'value'" in problems[3]
    assert problems[4].startswith(f"{path}:2: not valid JSON")
    assert problems[5] == f"{path}:3 (article empty): missing or empty 'text'"
    assert problems[6] == f"{path}:4 (article park): duplicate article id"
    assert len(problems) == 7
    assert [a.id for a in gold.articles] == ["park", "park#line4"]
    kept = gold.articles[0].quotes
    assert [q.index for q in kept] == [1] and kept[0].cue_span is None


def test_strict_mode_and_unusable_files_raise(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="7 problem"):
        read_gold(DATA / "broken-gold.jsonl", strict=True)
    with pytest.raises(GoldError, match="not found"):
        read_gold(tmp_path / "missing.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no gold articles"):
        read_gold(empty)
    with pytest.raises(GoldError, match="speaker 'Bo' does not match"):
        gold_article(
            {
                "id": "x",
                "text": "Al said hi.",
                "quotes": [
                    {
                        "start": 8,
                        "end": 10,
                        "text": "hi",
                        "speaker": "Bo",
                        "speaker_start": 0,
                        "speaker_end": 2,
                        "kind": "indirect",
                    }
                ],
            }
        )


def test_discontinuous_parts_must_lie_inside_the_quote_in_order() -> None:
    text = "A, he said, B and C."
    with pytest.raises(GoldError, match="not inside"):
        gold_article(
            {
                "id": "x",
                "text": text,
                "quotes": [{"start": 0, "end": 1, "text": "A", "spans": [[0, 1], [12, 13]], "kind": "direct"}],
            }
        )
    with pytest.raises(GoldError, match="out of order"):
        gold_article(
            {
                "id": "x",
                "text": text,
                "quotes": [{"start": 0, "end": 13, "text": text[:13], "spans": [[12, 13], [0, 1]], "kind": "direct"}],
            }
        )


def test_a_dates_only_file_needs_only_the_dates_plugin() -> None:
    gold = read_gold(DATA / "dates-only-gold.jsonl")
    assert not gold.has("quotes") and gold.has("dates")
    assert plugins_not_needed(gold) == ["quotes", "stances", "actors"]
    assert plugins_not_needed(read_gold(DATA / "tiny-gold.jsonl")) == []


def test_self_check_scores_the_gold_against_itself_perfectly() -> None:
    from newsparse.evaluate.core import evaluate

    report = evaluate(DATA / "tiny-gold.jsonl", self_check=True)
    assert report["self_check_failures"] == []
    overall = report["quotes"]["overall"]
    assert (overall["gold"], overall["matched"]) == (5, 5)
    for key in ("content", "exact", "end_to_end"):
        assert [overall[key][name] for name in ("precision", "recall", "f1")] == [1.0, 1.0, 1.0]
