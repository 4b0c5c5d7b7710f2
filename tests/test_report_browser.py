"""The HTML report in a real headless browser: Debian's Chromium driven by Playwright.

No browser is downloaded: Playwright drives the system Chromium
(/usr/bin/chromium, installed by .ci/run). If it is missing these tests
FAIL with a message saying how to install it; they never skip, because the
issue requires the report to be checked in a browser in CI.

Screenshots go to ``test-artifacts/`` (git-ignored; override with
``NEWSPARSE_TEST_ARTIFACTS``) so a person can look at them after the run.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsparse import Article
from newsparse.corpus.report import write_report
from sample_articles import sample_articles

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # headless Chromium

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "data"
CHROMIUM = os.environ.get("NEWSPARSE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Every highlight piece of every article, with where it really sits in the rendered text.
READ_DOM = """
() => Array.from(document.querySelectorAll("article.article")).map((article) => {
  const text = article.querySelector(".text");
  const marks = Array.from(text.querySelectorAll("mark.q")).map((mark) => {
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEndBefore(mark);
    const style = getComputedStyle(mark);
    return {
      quote: mark.dataset.quoteId, part: Number(mark.dataset.part),
      speakerId: mark.dataset.speakerId, speakerName: mark.dataset.speakerName,
      start: Number(mark.dataset.start), offset: before.toString().length, text: mark.textContent,
      background: style.backgroundColor, visible: mark.getClientRects().length > 0,
    };
  });
  return {id: article.dataset.articleId, text: text.textContent, marks};
})
"""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install the OS package (apt-get install chromium; .ci/run does) "
            "or point NEWSPARSE_CHROMIUM at a Chromium binary. The report's browser tests must run, not skip."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    directory = Path(os.environ.get("NEWSPARSE_TEST_ARTIFACTS", ROOT / "test-artifacts"))
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def open_report(browser, path: Path):
    """Load the page; collect console errors, page errors, dialogs and any network request."""
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    problems: list[str] = []
    page.on(
        "console",
        lambda message: (
            problems.append(f"console {message.type}: {message.text}") if message.type in ("error", "warning") else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on(
        "request",
        lambda request: (
            problems.append(f"request: {request.url}") if not request.url.startswith(("file:", "data:")) else None
        ),
    )
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def check_highlights_in_dom(page, articles: list[Article]) -> int:
    """Every quote part is highlighted where it is in the text, tagged with its speaker; returns the count."""
    rendered = {item["id"]: item for item in page.evaluate(READ_DOM)}
    checked = 0
    for position, article in enumerate(articles):
        dom = rendered[article.id or str(position)]
        assert dom["text"] == article.text, f"{article.id}: the rendered text differs from the article"
        assert {m["quote"] for m in dom["marks"]} == {q.id for q in article.quotes}
        speaker_colours: dict[str, set[str]] = {}
        for quote in article.quotes:
            speaker = article.speaker_of(quote)
            for number, part in enumerate(quote.parts):
                pieces = sorted(
                    (m for m in dom["marks"] if m["quote"] == quote.id and m["part"] == number),
                    key=lambda m: m["offset"],
                )
                where = f"{article.id}/{quote.id} part {number}"
                assert "".join(m["text"] for m in pieces) == part.text, where
                assert pieces[0]["offset"] == part.start, where
                for piece in pieces:
                    assert piece["offset"] == piece["start"], where
                    assert piece["visible"], where
                    assert piece["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), f"{where} is not highlighted"
                    assert piece["speakerId"] == (quote.speaker or ""), where
                    assert piece["speakerName"] == (speaker.name if speaker else ""), where
                    if speaker is not None:
                        speaker_colours.setdefault(speaker.id, set()).add(piece["background"])
            checked += 1
        firsts = [min(colours) for colours in speaker_colours.values()]
        assert len(firsts) == len(set(firsts)), f"{article.id}: two speakers share a highlight colour"
    return checked


def test_report_of_sample_articles_in_chromium(browser, artifacts, tmp_path):
    articles = sample_articles()
    path = write_report(articles, tmp_path / "report.html")
    page, problems = open_report(browser, path)

    assert check_highlights_in_dom(page, articles) == 8
    assert page.locator("mark.q", has_text="<script>alert(1)</script>").count() == 1  # shown as text

    page.hover('article#a0 mark.q[data-quote-id="q3"]')
    popover = page.locator("#popover")
    assert popover.is_visible()
    card = popover.inner_text()
    for expected in ("David Osei", "Council member", "budget committee", "“said” (speech)", "negative (-0.60)"):
        assert expected in card
    page.mouse.move(5, 5)
    assert popover.is_hidden()

    page.click('article#a0 mark.q[data-quote-id="q1"]')  # click pins the card
    page.mouse.move(5, 5)
    assert popover.is_visible() and "“March” → 2025-03" in popover.inner_text()
    page.keyboard.press("Escape")
    assert popover.is_hidden()

    page.click('article#a1 a.goto[href="#a1-q1-at"]')  # "who said what" list: jump to the quote, show its card
    assert popover.is_visible() and "“added”" in popover.inner_text()
    assert page.evaluate("document.activeElement.dataset.card") == "a1-q1"  # keyboard focus moved to the quote
    page.keyboard.press("Escape")

    page.click('button.actor[data-speaker-key="lena park"]')  # pick out one source's quotes
    picked = page.eval_on_selector_all("mark.q.picked", "marks => marks.map(m => m.dataset.speakerName)")
    assert picked and set(picked) == {"Lena Park"}
    assert (
        page.locator("mark.q.picked[data-quote-id]").evaluate_all(
            "ms => new Set(ms.map(m => m.closest('article').id + m.dataset.quoteId)).size"
        )
        == 3
    )
    page.fill("#actor-filter", "osei")
    assert page.locator(".actors li:not([hidden])").all_inner_texts()[0].startswith("David Osei")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(artifacts / "report-samples.png"), full_page=True)
    assert problems == []


def test_report_of_the_example_articles_in_chromium(browser, artifacts, parser, tmp_path):
    """The issue's check: the two example articles, parsed for real, every quote on the right speaker."""
    articles = [
        parser.parse(path.read_text(encoding="utf-8"), id=path.stem)
        for path in (EXAMPLES / "wire_story.txt", EXAMPLES / "housing_vote.txt")
    ]
    for article in articles:
        assert article.quotes, f"{article.id}: the parser found no quotes to show"
    path = write_report(articles, tmp_path / "examples.html", title="newsparse: example articles")
    page, problems = open_report(browser, path)

    assert check_highlights_in_dom(page, articles) == sum(len(a.quotes) for a in articles)

    page.screenshot(path=str(artifacts / "report-examples.png"), full_page=True)

    attributed = next(q for q in articles[0].quotes if q.speaker)
    selector = f'article#a0 mark.q[data-quote-id="{attributed.id}"]'
    page.click(selector)
    card = page.locator("#popover").inner_text()
    assert articles[0].speaker_of(attributed).name in card
    page.screenshot(path=str(artifacts / "report-examples-card.png"))
    assert problems == []


def test_empty_report_loads_cleanly(browser, tmp_path):
    path = write_report([], tmp_path / "empty.html", input_failures=["feed.jsonl:3: broken JSON line"])
    page, problems = open_report(browser, path)
    assert "No quotes to chart." in page.inner_text("main")
    assert "1 input(s) could not be read or parsed" in page.inner_text("main")
    page.fill("#actor-filter", "anyone")
    page.keyboard.press("Escape")
    assert problems == []
