"""Hostile inputs and faults (issue 16): each bad file or article fails alone, with a clear error.

Every test here reproduces one finding of the probe: reader errors
(truncated or fake gzip, unreadable files, missing HTML cleaner), gzip
bombs, silent skips of broken symlinks and unreadable folders, publication
dates that were invented or invalid, JSONL split on Unicode line
separators, long articles analysed all at once, a time budget a plugin can
swallow, and plugins that break the shared analysis or flood the article.
"""

from __future__ import annotations

import builtins
import gzip
import io
import json
import logging
import os
import time
from pathlib import Path

import pytest

from newsparse import Actor, Article, InputError, Parser, Quote, Span, Stance, hookimpl
from newsparse.cli import main
from newsparse.inputs import coerce_published

TEXT = "“Repairs are done,” said Ines Duarte, the mayor. Paulo Reis disagreed."


# -- helpers --------------------------------------------------------------------------------------
def _parsed_line(article_id: str, text: str = TEXT) -> str:
    """One line of ``newsparse parse`` output, built without NLP."""
    start = text.index("Ines Duarte")
    actor = Actor(id="a1", name="Ines Duarte", kind="person", mentions=[Span.of(text, start, start + 11)])
    quote = Quote(id="q1", parts=[Span.of(text, 1, 17)], speaker="a1")
    return Article(text=text, id=article_id, actors=[actor], quotes=[quote]).to_json()


def _truncated_gzip(path: Path, content: bytes) -> None:
    data = gzip.compress(content)
    path.write_bytes(data[: len(data) // 2])


def _written_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").split("\n") if line]


@pytest.fixture
def unreadable(monkeypatch):
    """Make files named ``*locked*`` raise PermissionError when opened for reading.

    CI runs as root, for whom ``chmod 000`` does not stop reading, so the OS error is injected at ``open``.
    """
    real_open, real_io_open = builtins.open, io.open

    def guarded(real):
        def opener(file, *args, **kwargs):
            reading = str(args[0] if args else kwargs.get("mode", "r")).startswith("r")
            if reading and isinstance(file, (str, os.PathLike)) and "locked" in os.fspath(file):
                raise PermissionError(13, "Permission denied", os.fspath(file))
            return real(file, *args, **kwargs)

        return opener

    monkeypatch.setattr(builtins, "open", guarded(real_open))
    monkeypatch.setattr(io, "open", guarded(real_io_open))


# -- item 1 and 3: reader errors are failures of their own file -------------------------------------
def test_html_cleaner_is_a_declared_dependency():
    from importlib.metadata import requires

    declared = " ".join(requires("newsparse") or [])
    assert "lxml_html_clean" in declared or "lxml[html_clean]" in declared
    import lxml_html_clean  # noqa: F401 - what justext needs with lxml >= 5.2


def test_parse_reports_reader_errors_per_file_and_writes_the_rest(tmp_path, caplog, unreadable, monkeypatch):
    import trafilatura

    def broken_extract(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(trafilatura, "extract", broken_extract)
    (tmp_path / "a_good.txt").write_text(TEXT, encoding="utf-8")
    _truncated_gzip(tmp_path / "b_truncated.txt.gz", TEXT.encode() * 50)
    (tmp_path / "c_not_gzip.txt.gz").write_text(TEXT, encoding="utf-8")
    (tmp_path / "d_locked.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "e_page.html").write_text("<html><body><p>" + TEXT + "</p></body></html>", encoding="utf-8")
    (tmp_path / "f_good.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with caplog.at_level(logging.ERROR):
        code = main(["parse", str(tmp_path), "-o", str(out), "--format", "jsonl"])
    assert code == 1
    assert _written_ids(out) == ["a_good", "f_good"]
    log = caplog.text
    assert "b_truncated.txt.gz" in log and "truncated" in log.lower()
    assert "c_not_gzip.txt.gz" in log and "not a gzip file" in log.lower()
    assert "d_locked.txt" in log and "permission denied" in log.lower()
    assert "e_page.html" in log and "lxml_html_clean" in log


@pytest.mark.parametrize("command", ["report", "actors", "stances"])
def test_corpus_commands_report_reader_errors_per_file(tmp_path, caplog, unreadable, command):
    parsed = tmp_path / "a_parsed.jsonl"
    parsed.write_text(_parsed_line("one") + "\n" + _parsed_line("two") + "\n", encoding="utf-8")
    _truncated_gzip(tmp_path / "b_truncated.jsonl.gz", (_parsed_line("three") + "\n").encode() * 20)
    (tmp_path / "c_not_gzip.jsonl.gz").write_text(_parsed_line("four") + "\n", encoding="utf-8")
    (tmp_path / "d_locked.jsonl").write_text(_parsed_line("five") + "\n", encoding="utf-8")
    out = tmp_path / ("report.html" if command == "report" else "table.json")
    extra = [] if command == "report" else ["--format", "json"]
    with caplog.at_level(logging.ERROR):
        code = main([command, str(tmp_path), "-o", str(out), *extra])
    assert code == 1
    assert out.exists()
    for name in ("b_truncated.jsonl.gz", "c_not_gzip.jsonl.gz", "d_locked.jsonl"):
        assert name in caplog.text
    if command == "actors":  # Ines Duarte is counted in both readable articles
        rows = json.loads(out.read_text(encoding="utf-8"))
        assert [(row["name"], len(row["articles"])) for row in rows] == [("Ines Duarte", 2)]


# -- item 2: HTML keeps paragraphs, offsets and the page's time ------------------------------------------
PAGE = """<!doctype html><html><head><title>Council delays vote | The Daily Example</title>
<meta property="article:published_time" content="2025-05-15T14:32:00-04:00"></head>
<body><article><h1>Council delays vote on housing plan</h1>
<p>The city council delayed its vote on the housing plan on Thursday. A spokesman for Mayor Whitfield's office said the mayor still backs the plan.</p>
<p>“This plan will push families out of the neighbourhood they built,” said Raj Patel, who leads the tenants' association.</p>
<p>The vote is now expected in June, after a new round of public hearings in all five districts of the city.</p>
</article></body></html>"""


def test_html_keeps_paragraph_breaks_and_the_time_and_offset(parser):
    from newsparse.io import html_to_input

    item = html_to_input(PAGE, source="page.html")
    paragraphs = [p for p in item.text.split("\n") if p.strip()]
    assert paragraphs[1].startswith("The city council") and paragraphs[2].startswith("“This plan")
    assert item.published.isoformat() == "2025-05-15T14:32:00-04:00"
    article = parser.parse(item)
    assert article.text == item.text
    patel = [q for q in article.quotes if q.text.startswith("This plan")]
    assert patel and article.speaker_of(patel[0]).name == "Raj Patel"
    for quote in article.quotes:
        assert all(item.text[s.start : s.end] == s.text for s in quote.spans())


def test_html_date_without_a_time_stays_a_date():
    from newsparse.io import html_to_input

    item = html_to_input(PAGE.replace("2025-05-15T14:32:00-04:00", "2025-05-15"), source="page.html")
    assert item.published.isoformat() == "2025-05-15T00:00:00"


# -- item 4: gzip bombs and oversized articles --------------------------------------------------------
def test_gzip_bomb_and_oversized_article_are_refused_quickly(tmp_path, caplog):
    with gzip.open(tmp_path / "bomb.txt.gz", "wb") as handle:
        for _ in range(50):
            handle.write(b"\0" * (1 << 20))  # 50 MB of zeros, 50 KB gzipped
    lines = [json.dumps({"id": "big", "text": "word " * 5000}), json.dumps({"id": "small", "text": TEXT})]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    started = time.perf_counter()
    with caplog.at_level(logging.ERROR):
        code = main(["parse", str(tmp_path), "-o", str(out), "--format", "jsonl", "--max-article-size", "10000"])
    assert time.perf_counter() - started < 60
    assert code == 1
    assert _written_ids(out) == ["ok", "small"]
    assert "bomb.txt.gz" in caplog.text and "--max-article-size" in caplog.text
    assert "records.jsonl:1" in caplog.text


def test_inflated_size_limit_refuses_the_rest_of_a_gzipped_file(tmp_path, caplog):
    records = "".join(json.dumps({"id": f"r{i}", "text": TEXT + " " * 2000}) + "\n" for i in range(20))
    with gzip.open(tmp_path / "many.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(records)
    out = tmp_path / "out.jsonl"
    with caplog.at_level(logging.ERROR):
        code = main(["parse", str(tmp_path / "many.jsonl.gz"), "-o", str(out), "--max-inflated-size", "10000"])
    assert code == 1
    assert _written_ids(out) == ["r0", "r1", "r2", "r3"]  # what came before the limit is kept
    assert "--max-inflated-size" in caplog.text


def test_parser_refuses_an_article_over_its_size_limit(parser):
    small = Parser(backend=parser.backend, max_article_chars=1000)
    with pytest.raises(InputError, match="1,000"):
        small.parse("word " * 1000)
    results = list(small.parse_many(["word " * 1000, TEXT]))
    assert type(results[0]).__name__ == "ParseFailure" and isinstance(results[1], Article)


# -- item 5: long texts are analysed piece by piece ------------------------------------------------------
@pytest.mark.slow  # analyses a 330,000-character text twice
def test_long_text_pieces_go_through_spacy_one_at_a_time(parser):
    from newsparse.nlp import spacy_backend

    backend = parser.backend
    nlp = backend.nlp
    pulled = {"before_first_doc": None, "count": 0}

    class Watching:
        """The real pipeline, counting how many pieces it was handed before it returned one."""

        def __getattr__(self, name):
            return getattr(nlp, name)

        def __call__(self, text, *args, **kwargs):
            pulled["count"] += 1
            return nlp(text, *args, **kwargs)

        def pipe(self, texts, *args, **kwargs):
            def counted():
                for text in texts:
                    pulled["count"] += 1
                    yield text

            for doc in nlp.pipe(counted(), *args, **kwargs):
                if pulled["before_first_doc"] is None:
                    pulled["before_first_doc"] = pulled["count"]
                yield doc

    text = "\n\n".join(f"Paragraph {i} said the minister, who spoke on Monday." for i in range(6000))
    assert len(text) > 3 * spacy_backend.PIECE_LIMIT
    expected = backend.analyze(text)
    watched = spacy_backend.SpacyBackend(nlp=Watching())
    analysis = watched.analyze(text)
    assert pulled["count"] == len(spacy_backend.split_points(text, spacy_backend.PIECE_LIMIT))
    assert pulled["before_first_doc"] in (None, 1)
    assert analysis.tokens == expected.tokens and analysis.sentences == expected.sentences


# -- item 6: publication dates ------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["2024", "5", "Monday", "March 2024", "2024-03", "next week"])
def test_a_date_without_a_day_is_refused_not_completed(value):
    with pytest.raises(InputError, match="day"):
        coerce_published(value, "--published")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14", "2024-03-14T00:00:00"),
        ("2024-03-14T10:00:00Z", "2024-03-14T10:00:00+00:00"),
        ("14 March 2024", "2024-03-14T00:00:00"),
        ("Thu, 14 Mar 2024 10:00:00 +0100", "2024-03-14T10:00:00+01:00"),
        ("0001-01-01", "0001-01-01T00:00:00"),
        ("9999-12-31", "9999-12-31T00:00:00"),
    ],
)
def test_full_dates_are_taken_as_given(value, expected):
    assert coerce_published(value).isoformat() == expected


@pytest.mark.parametrize("value", ["2024-03-14T10:00:00+25:00", "2024-03-14T10:00:00-24:00", "2024-02-30"])
def test_impossible_dates_and_offsets_are_refused_at_input(value):
    with pytest.raises(InputError, match="published"):
        coerce_published(value)


def test_an_impossible_offset_in_a_batch_fails_alone(tmp_path, caplog):
    lines = [
        json.dumps({"id": "a", "text": TEXT, "published": "2024-03-14T10:00:00+25:00"}),
        json.dumps({"id": "b", "text": TEXT, "published": "2024-03-14T10:00:00+01:00"}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with caplog.at_level(logging.ERROR):
        assert main(["parse", str(tmp_path / "in.jsonl"), "-o", str(out), "--format", "jsonl"]) == 1
    assert _written_ids(out) == ["b"]
    assert "+25:00" in caplog.text


def test_cli_published_without_a_day_is_a_usage_error(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert main(["parse", str(tmp_path / "a.txt"), "--published", "2024"]) == 2
    assert "2024" in caplog.text and "day" in caplog.text


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0001-01-01T00:00:00+05:00"])
def test_calendar_edges_do_not_break_the_dates_plugin(parser, published):
    text = "The talks ended yesterday, officials said. They will resume next year, in 10 days, and after Monday."
    article = parser.parse(text, published=published)
    assert article.failures == ()
    for mention in article.dates:
        assert mention.value is None or not mention.value.startswith(("10000", "-", "0000"))
    assert Article.from_json(article.to_json()) == article


# -- item 7: JSONL is split on "\n" only --------------------------------------------------------------------
def test_report_reads_records_holding_unicode_line_separators(tmp_path, caplog):
    texts = [TEXT.replace(" the mayor", sep + "the mayor") for sep in ("\u2028", "\u2029", "\x85", "\x1c", "\v")]
    lines = [_parsed_line(f"id{i}", text) for i, text in enumerate(texts)]
    assert any("\u2028" in line for line in lines)  # written raw, not escaped
    path = tmp_path / "parsed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert main(["report", str(path), "-o", str(tmp_path / "r.html")]) == 0
        assert main(["actors", str(path), "--format", "json", "-o", str(tmp_path / "a.json")]) == 0
    assert len(json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))[0]["articles"]) == 5


# -- item 8: nothing is skipped silently ---------------------------------------------------------------------
def test_broken_symlinks_and_unreadable_folders_are_reported(tmp_path, caplog, monkeypatch):
    corpus = tmp_path / "corpus"
    (corpus / "locked_folder").mkdir(parents=True)
    (corpus / "locked_folder" / "hidden.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "good.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "dangling.txt").symlink_to(corpus / "missing.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    real_scandir = os.scandir

    def scandir(path="."):
        if "locked_folder" in os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out.jsonl"
    with caplog.at_level(logging.ERROR):
        code = main(["parse", str(corpus), "-o", str(out), "--format", "jsonl"])
    assert code == 1
    assert _written_ids(out) == ["good"]
    for name in ("dangling.txt", "loop.txt", "locked_folder"):
        assert name in caplog.text
    caplog.clear()
    with caplog.at_level(logging.ERROR):  # named on the command line, too
        code = main(
            ["parse", str(corpus / "dangling.txt"), str(corpus / "good.txt"), "-o", str(out), "--format", "jsonl"]
        )
    assert code == 1 and "dangling.txt" in caplog.text and _written_ids(out) == ["good"]


def test_nothing_readable_is_exit_2(tmp_path, caplog):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    with caplog.at_level(logging.ERROR):
        assert main(["parse", str(tmp_path / "dangling.txt"), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert "dangling.txt" in caplog.text


# -- item 10: a budget that cannot be swallowed ---------------------------------------------------------------
class Swallows:
    """Retries forever-ish, swallowing every Exception (bounded so that a failing test still ends)."""

    name = "swallows"

    @hookimpl
    def newsparse_quotes(self, document):
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            try:
                time.sleep(0.01)
            except Exception:  # noqa: BLE001 - the point of the test
                pass
        return [Quote(id="late", parts=[Span.of(document.text, 1, 17)])]


def test_a_plugin_cannot_swallow_its_time_budget(parser):
    budgeted = Parser(backend=parser.backend, plugins=[Swallows()], load_entry_points=False, plugin_timeout=0.5)
    started = time.perf_counter()
    article = budgeted.parse(TEXT)
    assert time.perf_counter() - started < 4
    assert article.quotes == ()
    assert [(f.plugin, f.error) for f in article.failures] == [
        ("swallows", "PluginTimeout: exceeded its time budget of 0.5 s")
    ]


# -- item 11: one plugin cannot break the others ------------------------------------------------------------
class Vandal:
    name = "vandal"

    @hookimpl(tryfirst=True)
    def newsparse_actors(self, document):
        document.analysis.tokens = ()
        return []


def test_the_shared_analysis_is_read_only(parser):
    clean = parser.parse(TEXT)
    vandalised = Parser(backend=parser.backend, plugins=[Vandal()]).parse(TEXT)
    assert [f.plugin for f in vandalised.failures] == ["vandal"]
    assert vandalised.quotes == clean.quotes and vandalised.actors == clean.actors
    analysis = parser.backend.analyze(TEXT)
    for name in ("tokens", "sentences", "entities", "token_starts", "children", "paragraphs"):
        assert isinstance(getattr(analysis, name), tuple), name
    with pytest.raises(AttributeError):
        analysis.text = "other"


class Flood:
    name = "flood"

    def __init__(self, count: int, same_id: bool = False) -> None:
        self.count, self.same_id = count, same_id

    @hookimpl
    def newsparse_actors(self, document):
        span = Span.of(document.text, 25, 36)
        for i in range(self.count):
            yield Actor(id="dup" if self.same_id else f"x{i}", name="Ines Duarte", mentions=[span])


def test_results_over_the_per_plugin_cap_are_cut_and_recorded(parser):
    capped = Parser(backend=parser.backend, plugins=[Flood(5000)], load_entry_points=False, max_results=1000)
    article = capped.parse(TEXT)
    assert len(article.actors) == 1000
    assert [(f.plugin, f.phase) for f in article.failures] == [("flood", "entities")]
    assert "1,000" in article.failures[0].error


def test_duplicate_ids_are_one_failure_with_a_count(parser):
    article = Parser(backend=parser.backend, plugins=[Flood(10_000, same_id=True)], load_entry_points=False).parse(TEXT)
    assert len(article.actors) == 1
    assert len(article.failures) == 1
    assert "9,999" in article.failures[0].error and "'dup'" in article.failures[0].error


class Dangling:
    name = "dangling"

    @hookimpl
    def newsparse_quotes(self, document):
        return [Quote(id="q-d", parts=[Span.of(document.text, 1, 17)], speaker="nobody")]

    @hookimpl
    def newsparse_stances(self, document):
        return [
            Stance(id="s-d", polarity="negative", quote="no-such-quote"),
            Stance(id="s-ok", polarity="negative", quote="q-d", actor="ghost"),
        ]


def test_dangling_speaker_and_quote_ids_are_dropped_and_recorded(parser):
    article = Parser(backend=parser.backend, plugins=[Dangling()], load_entry_points=False).parse(TEXT)
    (quote,) = article.quotes
    assert quote.id == "q-d" and quote.speaker is None
    assert [(s.id, s.quote, s.actor) for s in article.stances] == [("s-ok", "q-d", None)]
    errors = " | ".join(f.error for f in article.failures)
    assert "'nobody'" in errors and "'no-such-quote'" in errors and "'ghost'" in errors
    assert {f.plugin for f in article.failures} == {"dangling"}
