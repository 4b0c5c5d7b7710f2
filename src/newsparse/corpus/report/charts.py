"""Small inline SVG charts for the report: no JavaScript, no library, no network.

Every label goes through :func:`html.escape`, and each bar carries a
``<title>`` so hovering shows the exact figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 190
BAR_WIDTH = 300
MAX_LABEL = 28

KIND_COLOURS = {
    "person": "#2563eb",
    "organization": "#16a34a",
    "group": "#ea580c",
    "place": "#0891b2",
    "document": "#a16207",
    "unknown": "#6b7280",
    "female (honorific)": "#9d174d",
    "female (role)": "#be185d",
    "female (pronoun)": "#ec4899",
    "female (name)": "#f9a8d4",
    "male (honorific)": "#1e3a8a",
    "male (role)": "#1d4ed8",
    "male (pronoun)": "#60a5fa",
    "male (name)": "#bfdbfe",
    "no speaker found": "#d1d5db",
    "direct": "#1d4ed8",
    "indirect": "#0e7490",
    "mixed": "#7e22ce",
    "unmarked": "#9ca3af",
    "not stated": "#d1d5db",
}
FALLBACK_COLOURS = ("#b45309", "#be185d", "#4d7c0f", "#4338ca", "#0f766e", "#b91c1c")


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def bar_chart(rows: Sequence[tuple[str, int, str]], caption: str) -> str:
    """Horizontal bars, one per ``(label, value, colour)``, longest first as given."""
    if not rows:
        return '<p class="empty">No quotes to chart.</p>'
    top = max(value for _, value, _ in rows) or 1
    height = len(rows) * (BAR_HEIGHT + GAP)
    width = LABEL_WIDTH + BAR_WIDTH + 50
    parts = [
        f'<svg class="chart bars" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{escape(caption)}">'
    ]
    for row, (label, value, colour) in enumerate(rows):
        y = row * (BAR_HEIGHT + GAP)
        length = max(2.0, BAR_WIDTH * value / top)
        middle = y + BAR_HEIGHT / 2
        parts.append(
            f"<g><title>{escape(label)}: {value}</title>"
            f'<text x="{LABEL_WIDTH - 8}" y="{middle:.1f}" text-anchor="end" dominant-baseline="middle">'
            f"{escape(_short(label))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" rx="3"'
            f' fill="{escape(colour)}"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{middle:.1f}" dominant-baseline="middle" class="value">'
            f"{value}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def share_chart(rows: Sequence[tuple[str, int]], caption: str) -> str:
    """One 100 % stacked bar with a legend giving counts and percentages."""
    total = sum(value for _, value in rows)
    if not total:
        return '<p class="empty">No quotes to chart.</p>'
    width, height = LABEL_WIDTH + BAR_WIDTH + 50, 28
    x = 0.0
    bars, legend = [], []
    for index, (label, value) in enumerate(rows):
        colour = KIND_COLOURS.get(label, FALLBACK_COLOURS[index % len(FALLBACK_COLOURS)])
        share = value / total
        bars.append(
            f'<rect x="{x:.1f}" y="0" width="{width * share:.1f}" height="{height}" fill="{colour}">'
            f"<title>{escape(label)}: {value} ({share:.0%})</title></rect>"
        )
        legend.append(
            f'<li><span class="swatch" style="background:{colour}"></span>{escape(label)} '
            f'<span class="figure">{value} · {share:.0%}</span></li>'
        )
        x += width * share
    svg = (
        f'<svg class="chart share" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{escape(caption)}">{"".join(bars)}</svg>'
    )
    return svg + f'<ul class="legend">{"".join(legend)}</ul>'
