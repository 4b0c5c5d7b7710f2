"""The HTML report without a browser: escaping, self-containment, highlights, inputs and the CLI.

The page is parsed back with the standard library's HTMLParser, so these
tests check the markup a browser will receive; tests/test_report_browser.py
then checks what Chromium makes of it.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Actor, ActorKind, Article, Provenance, Quote, QuoteKind, Span
from newsparse.cli import build_parser, main
from newsparse.corpus.report import render_report, write_report
from newsparse.corpus.report.load import load_articles
from newsparse.corpus.report.render import _Mark, highlight
from newsparse.corpus.report.summary import PALETTE, summarize
from sample_articles import COUNCIL_TEXT, clinic_article, council_article, sample_articles, span

VOID = {"meta", "input", "br", "img", "hr", "link", "rect"}


class Page(HTMLParser):
    """Collects, per article, the text of its .text container and each highlight with its data attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.articles: dict[str, dict] = {}
        self.current: dict = {}
        self.text_depth = 0  # stack depth of the open .text container, 0 outside
        self.scripts: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        if tag == "article":
            self.current = {"text": "", "marks": []}
            self.articles[attributes["data-article-id"]] = self.current
        if tag == "mark" and self.text_depth:
            attributes = {**attributes, "offset": len(self.current["text"]), "content": ""}
            self.current["marks"].append(attributes)
        self.stack.append((tag, attributes))
        if tag == "div" and "text" in (attributes.get("class") or "").split():
            self.text_depth = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>: the markup is not well nested"
        if len(self.stack) < self.text_depth:
            self.text_depth = 0

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        if self.text_depth:
            self.current["text"] += data
            for tag, attributes in self.stack:
                if tag == "mark":
                    attributes["content"] += data


def page_of(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert not page.stack, f"unclosed tags: {page.stack[-3:]}"
    return page


def check_highlights(page: Page, articles: list[Article]) -> None:
    """Each article's text is intact and every quote part is highlighted, in place, with its speaker."""
    for article in articles:
        rendered = page.articles[article.id]
        assert rendered["text"] == article.text
        for quote in article.quotes:
            speaker = article.speaker_of(quote)
            for number, part in enumerate(quote.parts):
                pieces = [
                    m for m in rendered["marks"] if m["data-quote-id"] == quote.id and m["data-part"] == str(number)
                ]
                assert pieces, f"{article.id}/{quote.id} part {number} is not highlighted"
                assert "".join(m["content"] for m in pieces) == part.text
                assert pieces[0]["offset"] == part.start
                for piece in pieces:
                    assert piece["offset"] == int(piece["data-start"])
                    assert piece["data-speaker-id"] == (quote.speaker or "")
                    assert piece["data-speaker-name"] == (speaker.name if speaker else "")


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(sample_articles(), title="Bus fares <and> clinics")


def test_every_quote_is_highlighted_in_place_with_its_speaker(html):
    check_highlights(page_of(html), sample_articles())


def test_all_text_is_escaped(html):
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "Dr. &lt;b&gt;Ruiz&lt;/b&gt; &amp; Sons" in html
    assert "<b>Ruiz</b>" not in html
    assert "<title>Bus fares &lt;and&gt; clinics</title>" in html
    page = page_of(html)
    assert len([tag for tag, _ in page.tags if tag == "script"]) == 1  # only the report's own script
    assert "<b>Ruiz</b>" in unescape(html)  # shown to the reader as the literal text


def test_page_is_self_contained(html):
    page = page_of(html)
    for tag, attributes in page.tags:
        assert tag not in {"link", "img", "iframe", "object", "embed"}, tag
        assert "src" not in attributes, (tag, attributes)
        href = attributes.get("href")
        assert href is None or href.startswith("#"), href
    ids = {attributes["id"] for _, attributes in page.tags if "id" in attributes}
    internal = [attributes["href"][1:] for _, attributes in page.tags if attributes.get("href", "").startswith("#")]
    assert internal and set(internal) <= ids  # every in-page link has its target
    assert not re.search(r"url\(|@import|https?://", "".join(page.scripts))
    assert not re.search(r"url\(|@import", html)
    assert "default-src 'none'" in html  # the page even forbids itself from fetching anything


def test_article_links_only_for_web_urls():
    article = attrs.evolve(council_article(), url="javascript:alert(1)")
    assert "javascript:" not in render_report([article])
    web = render_report([attrs.evolve(council_article(), url="https://example.org/story?a=1&b=2")])
    assert 'href="https://example.org/story?a=1&amp;b=2"' in web


def test_colours_follow_the_speaker_across_articles():
    articles = sample_articles()
    summary = summarize(articles)
    page = page_of(render_report(articles))
    colour_of: dict[str, set[str]] = {}
    for rendered in page.articles.values():
        by_speaker: dict[str, set[str]] = {}
        for mark in rendered["marks"]:
            colour = next(c for c in mark["class"].split() if c.startswith("sp-"))
            by_speaker.setdefault(mark["data-speaker-key"], set()).add(colour)
            colour_of.setdefault(mark["data-speaker-key"], set()).add(colour)
        named = {key: colours for key, colours in by_speaker.items() if key}
        assert all(len(colours) == 1 for colours in named.values())
        distinct = [next(iter(c)) for c in named.values()]
        assert len(distinct) == len(set(distinct)), "two speakers of one article share a colour"
    assert colour_of["lena park"] == {f"sp-{summary.index['lena park'].colour}"}  # same colour in both articles
    assert colour_of[""] == {"sp-none"}  # the quote nobody was found for


def test_sidebar_and_summary_counts(html):
    summary = summarize(sample_articles())
    lena = summary.index["lena park"]
    assert (lena.quotes, lena.articles, lena.kind) == (3, 2, "person")
    assert summary.sources[0].key == "lena park"  # most quoted first
    assert dict(summary.by_kind) == {"person": 6, "organization": 1, "no speaker found": 1}
    assert dict(summary.by_quote_kind) == {"direct": 5, "indirect": 3}
    assert dict(summary.by_gender) == {"female (honorific)": 4, "not stated": 3}  # Lena Park: none in the clinic story
    assert summary.index["reporters"].quotes == 0 and summary.index["reporters"].colour == -1
    assert re.search(r'data-speaker-key="lena park"[^>]*>.*?<span class="count" title="quotes">3</span>', html)
    assert "<figcaption>Who is quoted most</figcaption><svg" in html
    assert "<title>Lena Park: 3</title>" in html
    assert 'person <span class="figure">6 · 75%</span>' in html


def test_cards_show_speaker_role_cue_stance_and_dates(html):
    card = re.search(r'<div class="card" id="a0-q0" hidden>(.*?)</div>', html).group(1)
    text = unescape(re.sub(r"<[^>]+>", " ", card))
    for expected in (
        "Lena Park",
        "Mayor",
        "“said” (speech)",
        "positive (+0.40)",
        "about bus fares",
        "“March” → 2025-03",
        "2024-05-16",
    ):
        assert expected in text, expected


def test_speaker_chips_give_the_overall_stance(html):
    assert 'title="1 quote(s); overall stance: negative (-0.50)">David Osei, Council member' in html


def test_overlapping_quotes_from_two_plugins_nest():
    article = council_article()
    wider = Quote(
        "x1",
        (span(COUNCIL_TEXT, "Nobody should have to choose"),),
        speaker="a2",
        provenance=Provenance("other"),
    )
    straddling = Quote("x2", (span(COUNCIL_TEXT, "work,\u201d Park told"),), speaker=None)
    article = attrs.evolve(article, quotes=article.quotes + (wider, straddling))
    check_highlights(page_of(render_report([article])), [article])


def test_article_without_results_or_id():
    article = Article(text="Plain text <with> nothing to find.\n\nSecond paragraph.")
    page = page_of(render_report([article]))
    assert page.articles["0"]["text"] == article.text
    assert "No quotes found in this article." in render_report([article])
    assert "No quotes to chart." in render_report([])


# -- inputs -----------------------------------------------------------------------------
def test_load_parsed_jsonl_without_loading_a_parser(tmp_path, monkeypatch):
    path = tmp_path / "parsed.jsonl"
    path.write_text("".join(a.to_json() + "\n" for a in sample_articles()) + "{broken\n", encoding="utf-8")
    monkeypatch.setattr("newsparse.corpus.report.load.Parser", lambda **kw: pytest.fail("a parser was created"))
    articles, failures = load_articles([str(path)])
    assert articles == sample_articles()
    assert len(failures) == 1 and f"{path}:3" in failures[0].error and "broken JSON" in failures[0].error


def test_load_json_list_and_raw_records(tmp_path, parser):
    listed = tmp_path / "parsed.json"
    listed.write_text(json.dumps([a.to_dict() for a in sample_articles()]), encoding="utf-8")
    raw = tmp_path / "raw.jsonl"
    raw.write_text(
        json.dumps({"id": "raw-1", "text": '"It is done," said Ana Lima, the mayor.'}) + "\n", encoding="utf-8"
    )
    articles, failures = load_articles([str(listed), str(raw)], parser=parser)
    assert failures == []
    assert [a.id for a in articles] == ["council-2024-05-16", "clinic", "raw-1"]
    assert articles[2] == parser.parse('"It is done," said Ana Lima, the mayor.', id="raw-1")


def test_cli_report_from_parsed_jsonl(tmp_path, caplog):
    assert "report" in build_parser()._subparsers._group_actions[0].choices  # registered at start-up
    source = tmp_path / "parsed.jsonl"
    source.write_text("".join(a.to_json() + "\n" for a in sample_articles()), encoding="utf-8")
    out = tmp_path / "out" / "report.html"
    assert main(["report", str(source), "-o", str(out), "--title", "Week 20"]) == 0
    html = out.read_text(encoding="utf-8")
    check_highlights(page_of(html), sample_articles())
    assert "<title>Week 20</title>" in html


def test_cli_report_lists_unreadable_inputs(tmp_path):
    source = tmp_path / "parsed.jsonl"
    source.write_text(council_article().to_json() + "\n" + '{"text": ""}\n', encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(source), "-o", str(out)]) == 1  # written, but some input failed
    html = out.read_text(encoding="utf-8")
    assert "1 input(s) could not be read or parsed" in html and "empty text" in html
    assert main(["report", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2


def test_write_report_creates_the_directory(tmp_path):
    path = write_report([clinic_article()], tmp_path / "a" / "b.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_palette_classes_are_defined(html):
    for number in range(len(PALETTE)):
        assert f".sp-{number}{{--bg:" in html


def test_colours_stay_distinct_within_articles_when_the_palette_runs_out():
    text = " ".join(f"Person{i} said yes." for i in range(len(PALETTE) + 3))
    articles = []
    for offset in range(0, len(PALETTE) + 3, 5):  # overlapping groups of five speakers per article
        actors, quotes = [], []
        for i in range(offset, min(offset + 5, len(PALETTE) + 3)):
            name = span(text, f"Person{i} said yes")
            actors.append(
                Actor(
                    f"a{i}",
                    f"Person{i}",
                    ActorKind.PERSON,
                    (Span.of(text, name.start, name.start + len(f"Person{i}")),),
                )
            )
            quotes.append(Quote(f"q{i}", (span(text, "yes", i),), QuoteKind.INDIRECT, speaker=f"a{i}"))
        articles.append(Article(text=text, id=f"art{offset}", actors=actors, quotes=quotes))
    summary = summarize(articles)
    assert len({s.colour for s in summary.sources}) == len(PALETTE)  # the palette is used up
    for article in articles:
        colours = [summary.source(actor).colour for actor in article.actors]
        assert len(colours) == len(set(colours)), article.id


def test_cli_report_parses_raw_text(tmp_path, parser, monkeypatch):
    source = tmp_path / "harbour.txt"
    text = '"We are ready," said Captain Mia Holm, the port director. The harbour reopens on Monday, officials said.\n'
    source.write_text(text, encoding="utf-8")
    created = []
    monkeypatch.setattr("newsparse.corpus.report.load.Parser", lambda **options: created.append(options) or parser)
    out = tmp_path / "report.html"
    assert main(["report", str(source), "-o", str(out), "--disable", "stances"]) == 0
    assert created == [{"backend": "spacy", "disable": ["stances"]}]
    expected = parser.parse(text, id="harbour")
    check_highlights(page_of(out.read_text(encoding="utf-8")), [expected])


def test_load_gzipped_parsed_jsonl_and_dangling_speaker(tmp_path):
    import gzip

    article = council_article()
    dangling = attrs.evolve(article, quotes=(attrs.evolve(article.quotes[0], speaker="gone"),) + article.quotes[1:])
    path = tmp_path / "parsed.jsonl.gz"
    path.write_bytes(gzip.compress((dangling.to_json() + "\n").encode("utf-8")))
    articles, failures = load_articles([str(path)])
    assert failures == [] and articles == [dangling]
    page = page_of(render_report(articles))
    check_highlights(page, articles)  # the speaker id is kept, with no name and the grey "unknown" colour
    first = next(m for m in page.articles[article.id]["marks"] if m["data-quote-id"] == "q1")
    assert first["data-speaker-id"] == "gone" and "sp-none" in first["class"]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_highlight_keeps_the_text_and_nests_any_overlap(data):
    text = data.draw(st.text(alphabet='ab <>&"\n\u201c', min_size=1, max_size=40))
    offsets = st.integers(min_value=0, max_value=len(text))
    ranges = data.draw(st.lists(st.tuples(offsets, offsets).map(sorted), max_size=6))
    marks = [
        _Mark(start, end, rank % 3, "mark" if rank % 3 == 0 else "span", f' data-id="m{rank}"')
        for rank, (start, end) in enumerate(ranges)
    ]
    html = f'<article data-article-id="x"><div class="text">{highlight(text, marks)}</div></article>'
    page = page_of(html)  # asserts every tag closes in order
    assert page.articles["x"]["text"] == text
    for rank, (start, end) in enumerate(ranges):
        if rank % 3 == 0 and start < end:
            pieces = [m for m in page.articles["x"]["marks"] if m["data-id"] == f"m{rank}"]
            assert "".join(m["content"] for m in pieces) == text[start:end]
            assert pieces[0]["offset"] == start
