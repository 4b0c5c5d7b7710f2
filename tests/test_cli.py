"""The command line: parse, plugins, exit codes, ``python -m newsparse``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import Article
from newsparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "wire_story.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsparse", *args], capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_parse_prints_an_article_json_that_reads_back_equal():
    result = run("parse", str(EXAMPLE), "--format", "json", "--published", "2024-03-14")
    assert result.returncode == 0, result.stderr
    article = Article.from_json(result.stdout)
    assert article.id == "wire_story" and article.text == EXAMPLE.read_text(encoding="utf-8")
    assert Article.from_json(article.to_json()) == article
    assert article.published.date().isoformat() == "2024-03-14"
    assert "1 article written, 0 failed" in result.stderr  # the summary goes to stderr, data to stdout


def test_plugins_lists_builtins_with_versions(capsys):
    assert main(["plugins", "--json"]) == 0
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert {"actors", "dates", "quotes", "stances", "backends"} <= set(rows)
    assert rows["backends"]["hooks"] == ["newsparse_load_backend"]
    assert all(row["version"] for row in rows.values())


def test_a_batch_with_bad_articles_writes_the_others_and_exits_1(tmp_path, caplog):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        "\n".join(
            [
                json.dumps({"id": "one", "text": "The council met on Monday.", "published": "2024-03-14"}),
                "{oops",
                json.dumps({"id": "three", "text": "“Fine,” she said.", "published": "2024-03-14"}),
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    code = main(["parse", str(inputs), "--format", "jsonl", "-o", str(out)])
    assert code == 1
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["one", "three"]
    assert "in.jsonl:2" in caplog.text and "broken JSON line" in caplog.text
    assert "1 of 3 articles failed" in caplog.text


def test_missing_input_is_a_usage_error(tmp_path, caplog):
    assert main(["parse", str(tmp_path / "absent-*.txt")]) == 2
    assert "no such file" in caplog.text


def test_unknown_backend_is_a_usage_error(caplog):
    assert main(["parse", str(EXAMPLE), "--backend", "klingon"]) == 2
    assert "no plugin provides an NLP backend called 'klingon'" in caplog.text


def test_negative_jobs_is_a_usage_error(capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(EXAMPLE), "-j", "-2"])
    assert exit_info.value.code == 2
    assert "must be 0 (one per CPU core) or more, got -2" in capsys.readouterr().err


def test_an_unknown_encoding_is_a_usage_error(capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(EXAMPLE), "--encoding", "klingon"])
    assert exit_info.value.code == 2
    assert "unknown text encoding 'klingon'" in capsys.readouterr().err
