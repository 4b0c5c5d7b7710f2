"""The report's "quotes across articles" section: quote clusters seen in two or more articles.

Each cluster shows its canonical text, speaker, first sighting, how many
articles and outlets carry it, its variants with the differing words struck
through and inserted (``<del>``/``<ins>``), and links to every member quote
in the articles above. Each highlighted quote that belongs to such a cluster
links back to it from its card. All text is escaped here, like the rest of
the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import attrs

from newsparse.corpus.quotes import ClusterMember, QuoteCluster, QuoteIndex
from newsparse.models import Article

MAX_CLUSTERS = 200  # the page is for hundreds of articles; the command line lists them all


@attrs.frozen
class Across:
    """The clusters shown, and for each quote on the page the cluster it belongs to."""

    clusters: tuple[QuoteCluster, ...]
    of_quote: dict[tuple[int, str], QuoteCluster]  # (article position, quote id) -> its cluster
    anchors: dict[tuple[str, str], str]  # (article key, quote id) -> the quote's anchor on the page

    def cluster_of(self, position: int, quote_id: str) -> QuoteCluster | None:
        return self.of_quote.get((position, quote_id))


def across_articles(articles: Sequence[Article]) -> Across:
    """Cluster the page's quotes; keep the clusters seen in two or more articles."""
    index = QuoteIndex()
    for position, article in enumerate(articles):
        index.add(article, position)
    clusters = tuple(c for c in index.clusters() if c.n_articles >= 2)[:MAX_CLUSTERS]
    position_of = {(a.id if a.id is not None else str(i)): i for i, a in reversed(list(enumerate(articles)))}
    of_quote: dict[tuple[int, str], QuoteCluster] = {}
    anchors: dict[tuple[str, str], str] = {}
    for cluster in clusters:
        for member in cluster.members:
            position = position_of[member.record.article.id]
            of_quote[(position, member.record.quote_id)] = cluster
            quote_ids = [q.id for q in articles[position].quotes]
            if member.record.quote_id in quote_ids:  # not so when two articles share an id
                number = quote_ids.index(member.record.quote_id)
                anchors[(member.record.article.id, member.record.quote_id)] = f"a{position}-q{number}-at"
    return Across(clusters, of_quote, anchors)


def card_row(cluster: QuoteCluster | None) -> str:
    """The row of a quote's card that links to its cluster (empty when the quote is seen once)."""
    if cluster is None:
        return ""
    label = f"in {_count(cluster.n_articles, 'article')}, {_count(cluster.n_outlets, 'outlet')}"
    if cluster.variants:
        label += f", {_count(len(cluster.variants), 'variant')}"
    return f'<dt>Across articles</dt><dd><a class="to-cluster" href="#{escape(cluster.id)}">{escape(label)}</a></dd>'


def section(across: Across) -> str:
    """The section, or nothing when no quote appears in two articles."""
    if not across.clusters:
        return ""
    items = "".join(_cluster(cluster, across.anchors) for cluster in across.clusters)
    return (
        f'<section class="clusters" id="quote-clusters"><h2>Quotes across articles '
        f'<span class="count">{len(across.clusters)}</span></h2>'
        '<p class="hint">The same quote in several articles: exact repeats, near repeats and fragments. '
        "Variants show the canonical words struck through and the printed words underlined.</p>"
        f"<ol>{items}</ol></section>"
    )


def _cluster(cluster: QuoteCluster, anchors: dict[tuple[str, str], str]) -> str:
    first = cluster.first_seen
    if first is None:
        seen = "first seen: unknown (no publication dates)"
    else:
        where = f" in {first.outlet}" if first.outlet else ""
        seen = f"first seen {first.published[:10] if first.published else ''}{where} ({first.id})"
        if cluster.undated:
            seen += f"; {cluster.undated} undated article(s) may be earlier"
    speaker = cluster.speaker_name or cluster.speaker or "no speaker found"
    if cluster.speaker_agreement is not None and cluster.speaker_agreement < 1:
        others = ", ".join(f"{name or key} ({count})" for key, name, count in cluster.speakers[1:])
        speaker += f" (also attributed to {others})"
    meta = f"{cluster.kind} · {_count(cluster.n_articles, 'article')} · {_count(cluster.n_outlets, 'outlet')} · {seen}"
    members = "".join(_member_link(member, anchors) for member in cluster.members)
    variants = "".join(f"<li>{variant_html(member)}</li>" for member in cluster.variants)
    variants_html = f'<ul class="variants">{variants}</ul>' if variants else ""
    return (
        f'<li class="cluster" id="{escape(cluster.id)}"><blockquote>{escape(cluster.canonical)}</blockquote>'
        f'<p class="said-by"><strong>{escape(speaker)}</strong></p><p class="meta">{escape(meta)}</p>'
        f'{variants_html}<p class="members">{members}</p></li>'
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _member_link(member: ClusterMember, anchors: dict[tuple[str, str], str]) -> str:
    record = member.record
    anchor = anchors.get((record.article.id, record.quote_id))
    label = f"{record.article.outlet or record.article.id} ({member.relation})"
    if anchor is None:
        return f'<span class="member">{escape(label)}</span> '
    return f'<a class="member" href="#{escape(anchor)}">{escape(label)}</a> '


def variant_html(member: ClusterMember) -> str:
    """A member's text with the words that differ from the canonical text as ``<del>``/``<ins>``."""
    text, out, at = member.record.text, [], 0
    for diff in sorted(member.differences, key=lambda d: (d.start, d.end)):
        out.append(escape(text[at : diff.start]))
        if diff.canonical:
            out.append(f"<del>{escape(diff.canonical)}</del>")
        if diff.member:
            out.append(f"{' ' if diff.canonical else ''}<ins>{escape(diff.member)}</ins>")
        elif diff.end < len(text) and not text[diff.end].isspace():
            out.append(" ")  # a dropped word: keep the next word apart from it
        at = diff.end
    out.append(escape(text[at:]))
    return "".join(out)
