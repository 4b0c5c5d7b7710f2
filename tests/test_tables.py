"""Tables: to_dataframes, the CSV/parquet writer and `newsparse parse --format csv|parquet`."""

from __future__ import annotations

import csv
import subprocess
import sys

import pandas as pd
import pytest

import newsparse
from newsparse import Article, ArticleInput, ParseFailure
from newsparse.cli import main
from newsparse.corpus.tables import COLUMNS, TABLE_NAMES, MissingExtra, to_dataframes, write_tables
from sample_articles import clinic_article, council_article, sample_articles


@pytest.fixture(scope="module")
def tables():
    return to_dataframes(sample_articles())


def test_quotes_table_carries_speaker_cue_stance_dates_and_offsets(tables):
    quotes = tables.quotes
    assert list(quotes.columns) == list(COLUMNS["quotes"])
    assert len(quotes) == 8
    row = quotes[(quotes.article_id == "council-2024-05-16") & (quotes.quote_id == "q3")].iloc[0]
    assert row.speaker_name == "David Osei"
    assert row.speaker_kind == "person"
    assert row.speaker_role == "Council member"
    assert row.speaker_affiliation == "budget committee"
    assert row.speaker_mention == "he"
    assert row.cue == "said" and row.cue_class == "speech"
    assert row.stance_polarity == "negative" and row.stance_score == pytest.approx(-0.6)
    assert row.stance_framing == "neutral"
    assert row.kind == "direct"
    article = council_article()
    assert article.text[row.start : row.end] == row.text
    assert article.text[row.cue_start : row.cue_end] == "said"
    first = quotes[(quotes.article_id == "council-2024-05-16") & (quotes.quote_id == "q1")].iloc[0]
    assert first.dates == "March" and first.date_values == "2025-03"
    assert first.kind == "indirect" and first.confidence == pytest.approx(0.8)


def test_missing_values_are_NA_not_strings_or_nan(tables):
    quotes = tables.quotes
    unattributed = quotes[quotes.quote_id == "q5"].iloc[0]
    assert unattributed.speaker_id is pd.NA and unattributed.speaker_name is pd.NA
    assert unattributed.stance_score is pd.NA
    assert str(quotes.dtypes["start"]) == "Int64"
    assert str(quotes.dtypes["stance_score"]) == "Float64"
    assert str(quotes.dtypes["speaker_name"]).startswith("string")


def test_actors_table_counts_quotes_and_mentions(tables):
    actors = tables.actors.set_index(["article_id", "actor_id"])
    assert actors.loc[("council-2024-05-16", "a1"), "n_quotes"] == 2
    assert actors.loc[("council-2024-05-16", "a1"), "n_mentions"] == 2
    assert actors.loc[("council-2024-05-16", "a4"), "n_quotes"] == 0
    assert actors.loc[("council-2024-05-16", "a2"), "stance_polarity"] == "negative"  # the per-actor stance s3
    assert actors.loc[("clinic", "p1"), "name"] == "Dr. <b>Ruiz</b> & Sons"  # data is data: nothing escaped here
    assert actors.loc[("clinic", "o1"), "kind"] == "organization"


def test_dates_stances_and_articles_tables(tables):
    dates = tables.dates.set_index(["article_id", "date_id"])
    assert dates.loc[("council-2024-05-16", "d2"), "in_quote"] == "q1"
    assert dates.loc[("council-2024-05-16", "d1"), "in_quote"] is pd.NA
    assert dates.loc[("council-2024-05-16", "d1"), "text"] == "Tuesday"
    stances = tables.stances
    assert set(stances.stance_id) == {"s1", "s2", "s3"}
    assert stances.set_index("stance_id").loc["s1", "evidence"] == "gift"
    assert stances.set_index("stance_id").loc["s2", "actor_name"] == "Lena Park"
    articles = tables.articles.set_index("article_id")
    assert articles.loc["council-2024-05-16", "n_quotes"] == 5
    assert articles.loc["clinic", "published"] == "2024-05-17T00:00:00"


def test_empty_input_gives_typed_empty_tables():
    empty = to_dataframes([])
    for name in TABLE_NAMES:
        frame = getattr(empty, name)
        assert frame.empty and list(frame.columns) == list(COLUMNS[name])
    assert str(empty.quotes.dtypes["end"]) == "Int64"


def test_one_article_and_articles_without_ids():
    article = Article(text="No quotes here.")
    tables = to_dataframes([article, council_article(), article])
    assert list(tables.articles.article_id) == ["0", "council-2024-05-16", "2"]
    assert len(to_dataframes(clinic_article()).quotes) == 3


def test_refuses_what_is_not_an_article():
    with pytest.raises(TypeError, match="Article or ParseFailure objects, got dict at position 1"):
        to_dataframes([council_article(), {"text": "x"}])


def test_parse_failures_stay_visible_as_article_rows(tmp_path):
    bad = ParseFailure(ArticleInput.create("text", id="broken-7", title="Lost"), "ValueError: boom", "feed.jsonl:7")
    unreadable = ParseFailure(None, "feed.jsonl:9: broken JSON line", "feed.jsonl:9")
    tables = to_dataframes([council_article(), bad, unreadable])
    articles = tables.articles.set_index("article_id")
    assert list(articles.index) == ["council-2024-05-16", "broken-7", "feed.jsonl:9"]
    assert articles.loc["broken-7", "parse_error"] == "ValueError: boom"
    assert articles.loc["broken-7", "title"] == "Lost"
    assert articles.loc["broken-7", "n_quotes"] is pd.NA  # unknown, not zero
    assert articles.loc["council-2024-05-16", "parse_error"] is pd.NA
    assert set(tables.quotes.article_id) == {"council-2024-05-16"}
    paths = write_tables([bad, council_article()], tmp_path, "csv")
    with paths["articles"].open(encoding="utf-8", newline="") as handle:
        assert [row["parse_error"] for row in csv.DictReader(handle)] == ["ValueError: boom", ""]


def test_top_level_attribute_is_lazy():
    assert newsparse.to_dataframes is to_dataframes
    code = "import sys, newsparse; assert 'pandas' not in sys.modules; newsparse.to_dataframes; print('ok')"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "ok", run.stderr
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        newsparse.nope  # noqa: B018


def test_missing_pandas_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    with pytest.raises(MissingExtra, match=r"newsparse\[tables\]"):
        to_dataframes([council_article()])


def test_csv_files_match_the_dataframes(tmp_path, tables):
    paths = write_tables(sample_articles(), tmp_path / "out", "csv")
    assert sorted(p.name for p in paths.values()) == sorted(f"{n}.csv" for n in TABLE_NAMES)
    with paths["quotes"].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["quote_id"] for row in rows] == list(tables.quotes.quote_id)
    script = next(row for row in rows if row["quote_id"] == "q3")
    assert "<script>alert(1)</script>" in script["text"]  # commas, quotes and markup survive the CSV round trip
    assert pd.read_csv(paths["actors"]).shape == tables.actors.shape


def test_parquet_files_keep_types_even_when_empty(tmp_path, tables):
    paths = write_tables(sample_articles(), tmp_path, "parquet")
    quotes = pd.read_parquet(paths["quotes"])
    assert list(quotes.quote_id) == list(tables.quotes.quote_id)
    assert quotes.start.tolist() == tables.quotes.start.tolist()
    empty = write_tables([], tmp_path / "empty", "parquet")
    frame = pd.read_parquet(empty["stances"])
    assert frame.empty and list(frame.columns) == list(COLUMNS["stances"])
    assert str(frame.dtypes["score"]) in {"float64", "Float64"}


def test_writer_refuses_a_file_as_directory(tmp_path):
    target = tmp_path / "quotes.csv"
    target.write_text("x")
    with pytest.raises(newsparse.NewsparseError, match="not a directory"):
        write_tables([], target, "csv")


def test_cli_parse_format_csv(tmp_path, parser, monkeypatch):
    source = tmp_path / "story.txt"
    source.write_text(
        'The harbour will reopen on Monday, officials said. "We are ready," said Captain Mia Holm, the port director.',
        encoding="utf-8",
    )
    monkeypatch.setattr("newsparse.parser.Parser", lambda **options: parser)  # reuse the session's loaded model
    assert main(["parse", str(source), "--format", "csv", "-o", str(tmp_path / "tables")]) == 0
    article = parser.parse(source.read_text(encoding="utf-8"), id="story")
    quotes = pd.read_csv(tmp_path / "tables" / "quotes.csv")
    assert len(quotes) == len(article.quotes)
    articles = pd.read_csv(tmp_path / "tables" / "articles.csv")
    assert list(articles.article_id) == ["story"]
    assert main(["parse", str(source), "--format", "parquet", "-o", str(tmp_path / "pq")]) == 0
    assert len(pd.read_parquet(tmp_path / "pq" / "quotes.parquet")) == len(article.quotes)


def test_cli_tables_need_an_output_directory(tmp_path, parser, monkeypatch, caplog):
    source = tmp_path / "story.txt"
    source.write_text("Nothing was said.", encoding="utf-8")
    monkeypatch.setattr("newsparse.parser.Parser", lambda **options: parser)
    assert main(["parse", str(source), "--format", "csv"]) == 2
    assert "give a directory with -o" in caplog.text


def test_cli_tables_keep_failed_articles(tmp_path, parser, monkeypatch):
    source = tmp_path / "feed.jsonl"
    source.write_text('{"id": "ok", "text": "All quiet."}\n{"id": "empty", "text": ""}\n', encoding="utf-8")
    monkeypatch.setattr("newsparse.parser.Parser", lambda **options: parser)
    assert main(["parse", str(source), "--format", "csv", "-o", str(tmp_path / "t")]) == 1  # some failed
    articles = pd.read_csv(tmp_path / "t" / "articles.csv")
    assert list(articles.article_id) == ["ok", f"{source}:2"]
    assert articles.parse_error.isna().tolist() == [True, False]
    assert "empty text" in articles.parse_error[1]
