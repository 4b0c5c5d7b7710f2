"""The one reader of result files (newsparse.records): parsed, raw and broken records, in order."""

from __future__ import annotations

import gzip
import json

import pytest

from newsparse import Article, ArticleInput, ParseFailure, Parser, read_articles, read_records

TEXT = "The council approved the budget, Mayor Ines Duarte said on Monday."


@pytest.fixture(scope="module")
def parsed(parser: Parser) -> Article:
    return parser.parse(TEXT, id="parsed-1")


def test_each_record_is_judged_on_its_own(tmp_path, parsed):
    path = tmp_path / "mixed.jsonl"
    lines = [
        parsed.to_json(),
        json.dumps({"id": "raw-2", "text": "Another article, said nobody."}),
        "{broken",
        # claims to be parsed, but its quote's span does not match the text
        json.dumps(
            {
                "schema_version": "1.0",
                "text": "x",
                "quotes": [{"id": "q", "parts": [{"start": 0, "end": 3, "text": "abc"}]}],
            }
        ),
        json.dumps({"text": "No id here."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_records([str(path)]))
    assert [type(item).__name__ for item in items] == [
        "Article",
        "ArticleInput",
        "ParseFailure",
        "ParseFailure",
        "ArticleInput",
    ]
    assert items[0] == parsed
    assert items[1].id == "raw-2" and items[4].id == "mixed:5"
    assert items[2].source == f"{path}:3" and "broken JSON line" in items[2].error
    assert items[3].source == f"{path}:4" and "not a valid newsparse article" in items[3].error


def test_line_separators_inside_strings_do_not_split_records(tmp_path, parser):
    text = "Ines Duarte said\u2028the bridge\u2029opens\x85in May."
    article = parser.parse(text, id="seps")
    path = tmp_path / "seps.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(article.to_json() + "\n" + article.to_json().replace('"seps"', '"seps-2"') + "\n")
    items = list(read_records([str(path)]))
    assert [item.id for item in items] == ["seps", "seps-2"]
    assert all(isinstance(item, Article) and item.text == text for item in items)


def test_a_json_file_may_hold_a_list_of_articles(tmp_path, parsed):
    path = tmp_path / "all.json"
    path.write_text(json.dumps([parsed.to_dict(), {"id": "r", "text": "Raw text here."}]), encoding="utf-8")
    items = list(read_records([str(path)]))
    assert items[0] == parsed and isinstance(items[1], ArticleInput)


def test_read_articles_parses_raw_inputs_in_order_and_only_when_needed(tmp_path, parsed, parser):
    only_parsed = tmp_path / "parsed.jsonl"
    only_parsed.write_text(parsed.to_json() + "\n", encoding="utf-8")

    def no_parser() -> Parser:
        raise AssertionError("a corpus of parsed articles must not build a parser")

    assert list(read_articles([str(only_parsed)], no_parser)) == [parsed]

    (tmp_path / "b.txt").write_text("Officials said the road reopens Friday.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("   ", encoding="utf-8")
    results = list(read_articles([str(tmp_path)], parser))
    assert [getattr(r, "id", None) for r in results] == ["b", None, "parsed-1"]
    assert isinstance(results[1], ParseFailure) and "c.txt" in results[1].error
