"""Render parsed articles as one self-contained HTML page.

The page needs nothing but itself: CSS and JavaScript are inlined, charts
are inline SVG, no font, script or image is fetched, so it can be mailed,
archived or opened offline. Every piece of article text, name and metadata
is escaped here with :func:`html.escape`; the script never writes HTML
(it only clones and toggles elements rendered here), so a quote containing
``<script>`` shows as text.

Highlights are built from character offsets: the text is cut at every
start and end of a quote part, cue, speaker mention and date, and each
piece is wrapped in the marks that cover it. Overlapping results from
different plugins therefore nest instead of breaking the markup, and the
text inside the article container is exactly ``article.text``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from importlib import resources

import attrs

from newsparse import __version__
from newsparse.corpus.report import clusters as across_articles
from newsparse.corpus.report.charts import bar_chart, share_chart
from newsparse.corpus.report.summary import NOT_STATED, PALETTE, Summary, summarize
from newsparse.models import Actor, Article, DateMention, Quote, Stance

TOP_SOURCES = 10


def _asset(name: str) -> str:
    return resources.files("newsparse.corpus.report").joinpath(name).read_text(encoding="utf-8")


def _attrs(**values: object) -> str:
    """HTML attributes, escaped; ``None`` values are left out, ``data_x`` becomes ``data-x``."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{escape(str(value), quote=True)}"'
        for name, value in values.items()
        if value is not None
    )


def _palette_css() -> str:
    rules = [f".sp-{i}{{--bg:{bg};--fg:{fg}}}" for i, (bg, fg) in enumerate(PALETTE)]
    return "\n".join(rules)


# -- marks: the pieces of text to wrap --------------------------------------------------
@attrs.frozen
class _Mark:
    """A range to wrap, with the tag that wraps it; ``rank`` orders nesting (outermost first)."""

    start: int
    end: int
    rank: int
    tag: str
    attributes: str
    first: bool = False  # the first piece of a quote gets the keyboard focus stop and the anchor
    anchor: str = ""

    def open(self, piece_start: int, piece_end: int) -> str:
        extra = ""
        if self.first and piece_start == self.start:  # the quote's anchor and keyboard stop
            extra = f' tabindex="0" id="{escape(self.anchor)}"'
        if self.tag == "mark":
            extra += _attrs(data_start=piece_start, data_end=piece_end)
        return f"<{self.tag}{self.attributes}{extra}>"

    def close(self) -> str:
        return f"</{self.tag}>"


@attrs.frozen
class _Speaker:
    """How one quote's speaker is shown: colour class and the data attributes tests and scripts read."""

    css: str
    id: str
    name: str
    key: str


def _speaker(article: Article, quote: Quote, summary: Summary) -> _Speaker:
    actor = article.speaker_of(quote)
    if actor is None:
        return _Speaker("sp-none", quote.speaker or "", "", "")
    source = summary.source(actor)
    colour = source.colour if source is not None and source.colour >= 0 else None
    return _Speaker(
        f"sp-{colour}" if colour is not None else "sp-none", actor.id, actor.name, source.key if source else ""
    )


def _marks(article: Article, card_prefix: str, summary: Summary) -> list[_Mark]:
    marks: list[_Mark] = []
    for number, quote in enumerate(article.quotes):
        speaker = _speaker(article, quote, summary)
        card = f"{card_prefix}-q{number}"
        anchored = False  # the first non-empty part carries the quote's anchor
        for part_number, part in enumerate(quote.parts):
            if part.start == part.end:
                continue
            marks.append(
                _Mark(
                    part.start,
                    part.end,
                    0,
                    "mark",
                    _attrs(
                        class_=f"q {speaker.css} kind-{quote.kind.value}",
                        data_card=card,
                        data_quote_id=quote.id,
                        data_part=part_number,
                        data_speaker_id=speaker.id,
                        data_speaker_name=speaker.name,
                        data_speaker_key=speaker.key,
                    ),
                    first=not anchored,
                    anchor=f"{card}-at",
                )
            )
            anchored = True
        if quote.speaker_mention is not None and len(quote.speaker_mention):
            mention = quote.speaker_mention
            marks.append(
                _Mark(
                    mention.start,
                    mention.end,
                    1,
                    "span",
                    _attrs(class_=f"who {speaker.css}", data_card=card, data_mention_of=quote.id),
                )
            )
        if quote.cue is not None and len(quote.cue):
            marks.append(
                _Mark(
                    quote.cue.start,
                    quote.cue.end,
                    2,
                    "span",
                    _attrs(class_="cue", data_card=card, data_cue_of=quote.id),
                )
            )
    for date in article.dates:
        if len(date.span):
            label = f"{date.value} ({date.type})"
            marks.append(
                _Mark(
                    date.span.start, date.span.end, 3, "span", _attrs(class_="date", data_date_id=date.id, title=label)
                )
            )
    return marks


def highlight(text: str, marks: Sequence[_Mark]) -> str:
    """``text`` escaped, with every mark wrapped around the pieces it covers."""
    ordered = sorted((m for m in marks if m.start < m.end), key=lambda m: (m.rank, m.start, -m.end))
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for index, mark in enumerate(ordered):
        opening.setdefault(mark.start, []).append(index)
        closing.setdefault(mark.end, []).append(index)
    cuts = sorted({0, len(text)} | opening.keys() | closing.keys())
    active: set[int] = set()  # a sweep over the cuts: marks covering the current piece
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        active.difference_update(closing.get(start, ()))
        active.update(opening.get(start, ()))
        wrapping = [ordered[index] for index in sorted(active)]  # outermost first
        piece = escape(text[start:end], quote=False)
        out.append(
            "".join(m.open(start, end) for m in wrapping) + piece + "".join(m.close() for m in reversed(wrapping))
        )
    return "".join(out)


# -- cards: what hovering or clicking a quote shows --------------------------------------
def _row(label: str, value: str | None, css: str = "") -> str:
    shown = escape(value) if value else '<span class="none">—</span>'
    return f"<dt>{escape(label)}</dt><dd{_attrs(class_=css or None)}>{shown}</dd>"


def _stance_text(stances: Sequence[Stance]) -> str | None:
    if not stances:
        return None
    texts = []
    for stance in stances:
        text = f"{stance.polarity.value} ({stance.score:+.2f})"
        if stance.framing is not None:
            text += f", framed as {stance.framing.value}"
        if stance.target:
            text += f", about {stance.target}"
        texts.append(text)
    return "; ".join(texts)


def _dates_text(article: Article, quote: Quote) -> str | None:
    by_id = {date.id: date for date in article.dates}
    inside: list[DateMention] = [by_id[d] for d in quote.dates if d in by_id]
    if not inside:  # a dates plugin may not link dates to quotes: fall back to containment
        inside = [d for d in article.dates if any(part.contains(d.span) for part in quote.parts)]
    return "; ".join(f"“{d.span.text}” → {d.value}" for d in inside) or None


def _card(article: Article, quote: Quote, card_id: str, speaker: _Speaker, cluster_row: str = "") -> str:
    actor: Actor | None = article.speaker_of(quote)
    name = actor.name if actor else "No speaker found"
    kind = actor.kind.value if actor else ""
    cue = f"“{quote.cue.text}”" + (f" ({quote.cue_class})" if quote.cue_class else "") if quote.cue else None
    how = f"{quote.kind.value}, confidence {quote.confidence:.2f}"
    plugin = quote.provenance.plugin if quote.provenance else None
    rows = [
        _row("Role", actor.role if actor else None),
        _row("Affiliation", actor.affiliation if actor else None),
        _row("Cue", cue),
        _row("Stance", _stance_text(article.stances_of(quote)), "stance"),
        _row("Dates", _dates_text(article, quote)),
        _row("Quote", how),
        _row("Published", article.published.date().isoformat() if article.published else None),
        _row("Found by", plugin),
        cluster_row,
    ]
    return (
        f'<div class="card" id="{escape(card_id)}" hidden>'
        f'<p class="card-who"><span class="swatch {speaker.css}"></span>'
        f'<strong class="card-name">{escape(name)}</strong> <span class="kind">{escape(kind)}</span></p>'
        f"<dl>{''.join(rows)}</dl></div>"
    )


# -- page sections -----------------------------------------------------------------------
def _article_heading(article: Article, position: int) -> str:
    if article.title:
        return article.title
    first_line = next((line.strip() for line in article.text.splitlines() if line.strip()), "")
    return article.id or (first_line[:80] if first_line else f"Article {position + 1}")


def _article_section(
    article: Article, position: int, summary: Summary, across: across_articles.Across | None = None
) -> str:
    anchor = f"a{position}"
    marks = _marks(article, anchor, summary)
    meta = [
        f"published {article.published.date().isoformat()}" if article.published else "no publication date",
        f"id {article.id}" if article.id else None,
        f"{len(article.quotes)} quote{'s' if len(article.quotes) != 1 else ''}",
        f"{len(article.actors)} actor{'s' if len(article.actors) != 1 else ''}",
    ]
    meta_html = " · ".join(escape(m) for m in meta if m)
    if article.url and article.url.startswith(("http://", "https://")):  # never a javascript: link
        meta_html += f' · <a{_attrs(href=article.url)} rel="noreferrer">source</a>'
    speakers = _article_speakers(article, summary)
    cards, items = [], []
    for number, quote in enumerate(article.quotes):
        speaker = _speaker(article, quote, summary)
        card_id = f"{anchor}-q{number}"
        cluster = across.cluster_of(position, quote.id) if across is not None else None
        cards.append(_card(article, quote, card_id, speaker, across_articles.card_row(cluster)))
        who = speaker.name or "no speaker found"
        link = _attrs(href=f"#{card_id}-at", data_card=card_id, data_speaker_key=speaker.key)
        items.append(
            f'<li><a class="goto"{link}>'
            f'<span class="swatch {speaker.css}"></span><strong>{escape(who)}</strong> '
            f'<span class="kind">{escape(quote.kind.value)}</span> {escape(_clip(quote.text, 160))}</a></li>'
        )
    failures = ""
    if article.failures:
        listed = "".join(
            f"<li>{escape(f.plugin)} ({escape(f.phase)}): {escape(f.error)}</li>" for f in article.failures
        )
        failures = _details("failures", f"{len(article.failures)} plugin problem(s)", f"<ul>{listed}</ul>")
    quote_list = (
        _details("quotes", f"Who said what ({len(article.quotes)})", f"<ol>{''.join(items)}</ol>", open_=True)
        if items
        else '<p class="empty">No quotes found in this article.</p>'
    )
    return (
        f'<article class="article" id="{anchor}"{_attrs(data_article_id=article.id or str(position))}>'
        f"<header><h2>{escape(_article_heading(article, position))}</h2>"
        f'<p class="meta">{meta_html}</p>{speakers}</header>'
        f'<div class="text">{highlight(article.text, marks)}</div>'
        f"{quote_list}{failures}"
        f'<div class="cards">{"".join(cards)}</div></article>'
    )


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _article_speakers(article: Article, summary: Summary) -> str:
    """A legend of who is quoted in this article, in the colours of the highlights."""
    counts: dict[str, int] = {}
    for quote in article.quotes:
        counts[quote.speaker or ""] = counts.get(quote.speaker or "", 0) + 1
    chips = []
    for actor_id, count in sorted(counts.items(), key=lambda item: -item[1]):
        actor = article.actor(actor_id) if actor_id else None
        source = summary.source(actor) if actor else None
        css = f"sp-{source.colour}" if source is not None and source.colour >= 0 else "sp-none"
        label = actor.name if actor else "no speaker found"
        role = f", {actor.role}" if actor and actor.role else ""
        overall = [st for st in article.stances if actor is not None and st.actor == actor.id and st.quote is None]
        tooltip = f"{count} quote(s); overall stance: {_stance_text(overall)}" if overall else f"{count} quote(s)"
        chips.append(
            f"<li{_attrs(class_=f'chip {css}', title=tooltip)}>{escape(label + role)}"
            f' <span class="count">{count}</span></li>'
        )
    return f'<ul class="speakers" aria-label="Speakers in this article">{"".join(chips)}</ul>' if chips else ""


def _sidebar(summary: Summary, articles: Sequence[Article]) -> str:
    rows = []
    for source in summary.sources:
        css = f"sp-{source.colour}" if source.colour >= 0 else "sp-none"
        roles = f" — {', '.join(source.roles)}" if source.roles else ""
        tooltip = f"{source.name}{roles} · {source.kind} · in {source.articles} article(s)"
        button = _attrs(
            class_="actor" if source.quotes else "actor unquoted", data_speaker_key=source.key, title=tooltip
        )
        rows.append(
            f'<li{_attrs(data_name=source.name.casefold())}><button type="button"{button} aria-pressed="false">'
            f'<span class="swatch {css}"></span><span class="name">{escape(source.name)}</span>'
            f'<span class="kind">{escape(source.kind)}</span>'
            f'<span class="count" title="quotes">{source.quotes}</span></button></li>'
        )
    toc = "".join(
        f'<li><a href="#a{i}">{escape(_clip(_article_heading(a, i), 70))}</a>'
        f' <span class="count">{len(a.quotes)}</span></li>'
        for i, a in enumerate(articles)
    )
    actors = f'<ol class="actors">{"".join(rows)}</ol>' if rows else '<p class="empty">No actors found.</p>'
    return (
        '<nav class="sidebar" aria-label="Sources and articles">'
        f'<h2>Sources <span class="count">{len(summary.sources)}</span></h2>'
        '<input type="search" id="actor-filter" placeholder="Filter sources…" aria-label="Filter sources">'
        '<p class="hint">Click a source to pick out its quotes; click again to clear.</p>'
        f'{actors}<h2>Articles</h2><ol class="toc">{toc}</ol></nav>'
    )


def _summary_section(summary: Summary) -> str:
    quoted = [s for s in summary.sources if s.quotes][:TOP_SOURCES]
    top_rows = [(s.name, s.quotes, PALETTE[s.colour][1]) for s in quoted]
    no_speaker = dict(summary.by_kind).get("no speaker found", 0)
    direct = dict(summary.by_quote_kind).get("direct", 0)
    stats = [
        ("articles", summary.articles),
        ("quotes", summary.quotes),
        ("sources quoted", sum(1 for s in summary.sources if s.quotes)),
        ("direct quotes", f"{direct / summary.quotes:.0%}" if summary.quotes else "—"),
        ("quotes without a speaker", no_speaker),
    ]
    cards = "".join(
        f'<div class="stat"><span class="figure">{escape(str(v))}</span> {escape(k)}</div>' for k, v in stats
    )
    figures = [
        _figure("Who is quoted most", bar_chart(top_rows, "Who is quoted most")),
        _figure("Share of quotes by kind of source", share_chart(summary.by_kind, "Share of quotes by kind of source")),
        _figure("Quotes by how they are reported", share_chart(summary.by_quote_kind, "Quotes by kind")),
    ]
    if any(gender != NOT_STATED for gender, _ in summary.by_gender):
        caption = (
            "Quotes by speaker gender and its evidence: an honorific (Mrs., Mr.), a gendered role noun "
            "(spokeswoman, his wife), pronouns that refer to the speaker; name = a first-name estimate, off by default"
        )
        figures.append(_figure(caption, share_chart(summary.by_gender, "Quotes by speaker gender and evidence")))
    problems = (
        f'<p class="warning">{summary.failures} plugin problem(s) were recorded; see the articles concerned.</p>'
        if summary.failures
        else ""
    )
    return (
        f'<section class="summary" id="summary"><h2>Corpus summary</h2><div class="stats">{cards}</div>'
        f'{problems}<div class="figures">{"".join(figures)}</div></section>'
    )


def _figure(caption: str, chart: str) -> str:
    return f"<figure><figcaption>{escape(caption)}</figcaption>{chart}</figure>"


def _details(css: str, summary: str, body: str, open_: bool = False) -> str:
    """A collapsible block; ``summary`` is plain text (escaped here), ``body`` is HTML."""
    return f'<details class="{css}"{" open" if open_ else ""}><summary>{escape(summary)}</summary>{body}</details>'


def render_report(
    articles: Sequence[Article], title: str = "newsparse report", input_failures: Sequence[str] = ()
) -> str:
    """The whole report page for ``articles`` as an HTML string.

    ``input_failures`` are messages about inputs that could not be read or
    parsed; they are listed on the page so a reader knows the report is
    partial.
    """
    articles = list(articles)
    summary = summarize(articles)
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    failed = ""
    if input_failures:
        listed = "".join(f"<li>{escape(message)}</li>" for message in input_failures)
        failed = _details(
            "failures", f"{len(input_failures)} input(s) could not be read or parsed", f"<ul>{listed}</ul>", True
        )
    across = across_articles.across_articles(articles)
    body = "".join(_article_section(article, i, summary, across) for i, article in enumerate(articles))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{escape(title)}</title>"
        f"<style>{_asset('report.css')}\n{_palette_css()}</style></head>"
        f'<body><header class="top"><h1>{escape(title)}</h1>'
        f'<p class="meta">{summary.articles} article(s) · {summary.quotes} quote(s) · generated {generated}'
        f" by newsparse {escape(__version__)}"
        " · hover or click a highlighted quote for its speaker, cue, stance and dates</p></header>"
        f'<div class="layout">{_sidebar(summary, articles)}'
        f"<main>{failed}{_summary_section(summary)}{across_articles.section(across)}{body}</main></div>"
        '<aside id="popover" class="popover" role="dialog" aria-live="polite" hidden></aside>'
        f"<script>{_asset('report.js')}</script></body></html>\n"
    )
