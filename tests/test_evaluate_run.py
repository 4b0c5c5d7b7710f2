"""``newsparse evaluate`` end to end on small gold files written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse.cli import EXIT_USAGE, build_parser, main
from newsparse.evaluate.core import evaluate
from newsparse.evaluate.gold import read_gold
from newsparse.evaluate.runner import predict

DATA = Path(__file__).parent / "data" / "evaluate"


def test_evaluate_scores_every_gold_quote_and_writes_the_errors(parser, tmp_path: Path) -> None:
    errors = tmp_path / "errors.txt"
    report = evaluate(DATA / "tiny-gold.jsonl", parser=parser, errors_path=errors)
    json.dumps(report)  # the --json output is this dict
    assert report["articles"] == 2 and report["parse_failures"] == [] and report["gold_problems"] == []
    overall = report["quotes"]["overall"]
    assert overall["gold"] == 5
    assert overall["matched"] <= min(overall["gold"], overall["predicted"])
    assert set(report["quotes"]["by_kind"]) >= {"direct", "indirect", "mixed"}
    listed = errors.read_text(encoding="utf-8")
    assert listed.startswith(f"# newsparse evaluate: errors against {DATA / 'tiny-gold.jsonl'}")
    for cause, count in report["errors"]["by_cause"].items():
        assert f"======== {cause} ({count}) ========" in listed
    assert listed.count("\n[") == report["errors"]["total"]
    for section in ("actors", "dates", "stances"):
        assert section in report  # annotated in this gold: scored, or reported as not available


def test_a_dates_only_file_skips_quote_scoring(parser) -> None:
    report = evaluate(DATA / "dates-only-gold.jsonl", parser=parser)
    assert "quotes" not in report and "errors" not in report
    assert "dates" in report and "actors" not in report and "stances" not in report


@pytest.mark.slow
def test_worker_pool_keeps_input_order_and_parses_with_the_dct() -> None:
    gold = read_gold(DATA / "tiny-gold.jsonl")
    predictions = list(predict(gold.articles, jobs=2, parser_options={"disable": ["stances"]}))
    assert [p.article.id for p in predictions] == ["harbor-bridge", "water-rates"]
    assert [p.error for p in predictions] == [None, None]
    assert [p.article.published.isoformat() for p in predictions] == ["2024-03-13T00:00:00", "2024-06-10T08:00:00"]
    assert [p.article.text for p in predictions] == [a.text for a in gold.articles]


def test_cli_options_and_a_missing_gold_file(tmp_path: Path) -> None:
    args = build_parser().parse_args(
        ["evaluate", "g.jsonl.gz", "--jobs", "2", "--limit", "5", "--json", "--kind", "direct"]
    )
    assert (args.jobs, args.limit, args.json, args.kind) == (2, 5, True, "direct")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["evaluate", "g.jsonl", "--jobs", "0"])
    assert main(["evaluate", str(tmp_path / "missing.jsonl")]) == EXIT_USAGE


class _Broken:
    """A plugin that fails on every article: its fault must be reported, not lose the evaluation."""

    @staticmethod
    @__import__("newsparse").hookimpl
    def newsparse_stances(document, quotes, actors):
        raise RuntimeError(f"cannot read {document.id}")


def test_plugin_faults_and_unparseable_articles_are_reported_and_scored_as_misses(parser, tmp_path: Path) -> None:
    from newsparse import Parser

    record = json.loads((DATA / "tiny-gold.jsonl").read_text(encoding="utf-8").splitlines()[1])
    bad = tmp_path / "bad-dct.jsonl"
    bad.write_text(json.dumps({**record, "id": "bad-date", "dct": "the day after"}) + "\n" + json.dumps(record) + "\n")
    broken = Parser(backend=parser.backend, plugins=[_Broken()])
    report = evaluate(bad, parser=broken)
    assert [f["article"] for f in report["parse_failures"]] == ["bad-date"]
    assert "cannot parse date" in report["parse_failures"][0]["error"]
    assert report["plugin_failures"] == {"_Broken (stances): RuntimeError": 1}
    assert report["plugin_failure_examples"]["_Broken (stances): RuntimeError"] == [
        "water-rates: RuntimeError: cannot read water-rates"
    ]
    overall = report["quotes"]["overall"]
    assert overall["gold"] == 4 and overall["matched"] <= 2  # the unparsed article's two quotes are misses
