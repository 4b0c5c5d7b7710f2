"""--resume: ids already in an output JSONL, a cut last line repaired, the rest appended."""

from __future__ import annotations

import gzip
import json

import pytest

from newsparse import ArticleInput, ParseFailure
from newsparse.cli import main
from newsparse.errors import InputError
from newsparse.run.resume import Tally, prepare_append, scan_output, skip_done


def _line(article_id: str, text: str = "Some text.") -> str:
    return json.dumps({"id": article_id, "text": text, "quotes": []}) + "\n"


def test_ids_of_complete_lines(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(_line("a") + _line("b") + "\n" + _line("c"), encoding="utf-8")
    ids, length = scan_output(out)
    assert ids == {"a", "b", "c"}
    assert length == out.stat().st_size


def test_a_cut_last_line_is_removed_before_appending(tmp_path):
    out = tmp_path / "out.jsonl"
    good = _line("a") + _line("b")
    out.write_text(good + _line("c", "x" * 500)[:200], encoding="utf-8")  # killed mid-write
    assert prepare_append(out) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == good


def test_a_complete_json_last_line_without_newline_is_redone(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(_line("a") + _line("b").rstrip("\n"), encoding="utf-8")
    assert prepare_append(out) == {"a"}
    assert out.read_text(encoding="utf-8") == _line("a")


def test_a_broken_line_in_the_middle_is_skipped_not_cut(tmp_path, caplog):
    out = tmp_path / "out.jsonl"
    content = _line("a") + '{"id": "b", "te\n' + _line("c")
    out.write_text(content, encoding="utf-8")
    assert prepare_append(out) == {"a", "c"}
    assert out.read_text(encoding="utf-8") == content
    assert "out.jsonl:2" in caplog.text


def test_no_output_yet_means_nothing_done(tmp_path):
    assert prepare_append(tmp_path / "missing.jsonl") == set()


def test_gzipped_output_cannot_be_resumed(tmp_path):
    out = tmp_path / "out.jsonl.gz"
    with gzip.open(out, "wt") as handle:
        handle.write(_line("a"))
    with pytest.raises(InputError, match="not gzipped"):
        prepare_append(out)


def test_skip_done_counts_and_keeps_unmatchable_items():
    tally = Tally()
    failure = ParseFailure(None, "broken", "in.jsonl:3")
    inputs = [ArticleInput.create("x", id="a"), ArticleInput.create("y", id="b"), ArticleInput.create("z")]
    items = [*inputs, failure, "plain"]
    kept = list(skip_done(items, {"a", "zzz"}, tally))
    assert [getattr(k, "id", k) for k in kept[:2]] == ["b", None]
    assert kept[2] is failure and kept[3] == "plain"
    assert tally.skipped == 1
    assert "1 skipped" in tally.summary(written=3, failed=0, output=None)


def test_cli_resume_parses_only_what_is_missing(tmp_path, parser, capsys):
    texts = {
        "a": "The port of Antwerp reopened on Sunday after a storm, officials said.",
        "b": "\u201cWe will rebuild,\u201d said Marta Lenz, the mayor of the town.",
        "c": "Prices of bread rose 4 percent in March, the statistics office said.",
    }
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    first = parser.parse(ArticleInput.create(texts["a"], id="a")).to_json()
    out = tmp_path / "out.jsonl"
    out.write_text(first + "\n" + '{"id": "b", "text": "\u201cWe will', encoding="utf-8")  # interrupted run

    code = main(["parse", str(source), "-o", str(out), "--resume", "--no-progress"])

    assert code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == first  # what was done stays as it was
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "c"]
    assert "1 skipped" in capsys.readouterr().err


def test_cli_resume_needs_an_output_file(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Text."}) + "\n", encoding="utf-8")
    assert main(["parse", str(source), "--resume"]) == 2
