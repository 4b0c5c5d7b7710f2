"""Reading articles: text, HTML, JSON, JSONL (gzip), and clear errors naming file and line."""

from __future__ import annotations

import gzip
import json

import pytest

from newsparse import ArticleInput, InputError, ParseFailure
from newsparse.io import decode_bytes, expand_paths, html_to_input, read_inputs

HTML = """<!doctype html><html><head>
<title>Bridge to reopen | The Daily Example</title>
<meta property="og:title" content="Bridge to reopen in May">
<meta name="author" content="Rita Souza">
<meta property="article:published_time" content="2024-03-14T09:00:00Z">
<script>alert("not article text")</script>
</head><body><nav>Home | World | Sport</nav>
<article><h1>Bridge to reopen in May</h1>
<p>The old river bridge will reopen to traffic in May, city officials said on Thursday, after two years of repairs that cost far more than planned.</p>
<p>“We are nearly there,” said Mayor Ines Duarte, who has faced criticism over the delays from shop owners on both banks of the river.</p>
<p>Engineers said the final inspection is scheduled for the last week of April, weather permitting, and that traffic limits will stay in place for trucks.</p>
</article><footer>© The Daily Example</footer></body></html>"""


def test_html_body_and_metadata_are_extracted():
    item = html_to_input(HTML, source="page.html")
    assert "reopen to traffic in May" in item.text
    assert "alert(" not in item.text and "Home | World" not in item.text
    assert item.title.startswith("Bridge to reopen")
    assert item.authors == ("Rita Souza",)
    assert (item.published.date().isoformat(), item.published_source) == ("2024-03-14", "html")


def test_html_without_article_text_is_an_error():
    with pytest.raises(InputError, match="no article text found in the HTML"):
        html_to_input("<html><body><script>x()</script></body></html>", source="empty.html")


def test_undecodable_bytes_name_the_file_and_byte():
    with pytest.raises(InputError, match=r"bad\.txt: not valid UTF-8 at byte 3"):
        decode_bytes(b"caf\xc3 \xff", "bad.txt")
    assert decode_bytes("\ufeffBOM text".encode(), "bom.txt") == "BOM text"


def _legacy_page(charset: str) -> str:
    """The test page as an older site serves it: the charset declared in a ``<meta>``."""
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return HTML.replace("<head>", "<head>" + head).replace("Ines Duarte", "Inês Duarte").replace("“", '"')


def test_an_html_page_that_is_not_utf8_is_read_in_its_declared_charset(tmp_path):
    (tmp_path / "legacy.html").write_bytes(_legacy_page("windows-1252").encode("cp1252"))
    (tmp_path / "mislabelled.html").write_bytes(_legacy_page("windows-1252").encode("utf-8"))
    legacy, mislabelled = read_inputs([str(tmp_path / "legacy.html"), str(tmp_path / "mislabelled.html")])
    assert "said Mayor Inês Duarte" in legacy.text  # the declared charset, not mojibake
    assert "said Mayor Inês Duarte" in mislabelled.text  # UTF-8 bytes stay UTF-8 whatever the page declares


def test_a_named_encoding_reads_legacy_text_and_a_wrong_one_is_named(tmp_path):
    (tmp_path / "old.txt").write_bytes("Café owner José Núñez said the rent doubled.".encode("cp1252"))
    (tmp_path / "undefined.txt").write_bytes(b"caf\x81")  # 0x81 is no character in cp1252
    [default] = read_inputs([str(tmp_path / "old.txt")])
    assert isinstance(default, ParseFailure) and "--encoding" in default.error
    [item] = read_inputs([str(tmp_path / "old.txt")], encoding="cp1252")
    assert item.text == "Café owner José Núñez said the rent doubled."
    [wrong] = read_inputs([str(tmp_path / "undefined.txt")], encoding="cp1252")
    assert isinstance(wrong, ParseFailure) and "not valid cp1252 at byte 3" in wrong.error


def test_json_lines_are_utf8_and_the_error_does_not_offer_an_encoding(tmp_path):
    (tmp_path / "old.jsonl").write_bytes('{"id": "a", "text": "Café owner said no."}\n'.encode("cp1252"))
    [failure] = read_inputs([str(tmp_path / "old.jsonl")], encoding="cp1252")
    assert isinstance(failure, ParseFailure) and "not valid UTF-8" in failure.error
    assert "--encoding" not in failure.error


def test_jsonl_bad_lines_become_failures_and_the_rest_is_read(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    lines = [
        json.dumps({"id": "a", "text": "First article text.", "published": "2024-03-01"}),
        "{broken json",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "d", "text": "Fourth.", "date": "not a date at all"}),
        "",
        json.dumps({"text": "Fifth, without id.", "dct": "2024-03-05", "section": "world"}),
        json.dumps(["not", "an", "object"]),
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    results = list(read_inputs([str(path)]))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["ArticleInput", "ParseFailure", "ParseFailure", "ParseFailure", "ArticleInput", "ParseFailure"]
    assert results[0].published.isoformat() == "2024-03-01T00:00:00"
    assert results[1].source.endswith("batch.jsonl.gz:2") and "broken JSON line" in results[1].error
    assert 'neither "text" nor "html"' in results[2].error and results[2].source.endswith(":3")
    assert "cannot parse date 'not a date at all'" in results[3].error
    assert results[4].id == "batch.jsonl:6" and results[4].extra == {"section": "world"}
    assert "expected a JSON object" in results[5].error


def test_text_files_directories_and_globs(tmp_path):
    (tmp_path / "a.txt").write_text("Article A.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Article B.", encoding="utf-8")
    (tmp_path / "sub" / "c.bin").write_bytes(b"\x00\x01")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    names = [p.name for p in expand_paths([str(tmp_path)])]
    assert names == ["a.txt", "bad.txt", "empty.txt", "b.txt"]
    results = list(read_inputs([str(tmp_path / "*.txt")], published="2024-01-03"))
    assert isinstance(results[0], ArticleInput) and results[0].id == "a"
    assert results[0].published.isoformat() == "2024-01-03T00:00:00"
    assert isinstance(results[1], ParseFailure) and "not valid UTF-8 at byte 0" in results[1].error
    assert isinstance(results[2], ParseFailure) and "only whitespace" in results[2].error
    with pytest.raises(InputError, match="no such file"):
        list(expand_paths([str(tmp_path / "nothing-*.txt")]))
