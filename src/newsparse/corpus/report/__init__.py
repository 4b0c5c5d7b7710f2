"""The HTML report: ``newsparse report PATH... -o report.html``.

One self-contained static page for reading parse results in a browser:
each article with its quotes highlighted in a colour per speaker (hover or
click one for speaker, role, cue, stance and dates), a sidebar of sources
with quote counts, and a corpus summary with charts. From Python::

    from newsparse.corpus.report import render_report, write_report
    write_report(articles, "report.html")

Rendering is in :mod:`newsparse.corpus.report.render`, imported when a
page is rendered; the command is :mod:`newsparse.cli.report`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def render_report(articles: Iterable[Any], title: str = "newsparse report", input_failures: Sequence[str] = ()) -> str:
    """The report page for ``articles`` (parsed :class:`~newsparse.models.Article` objects) as HTML."""
    from newsparse.corpus.report.render import render_report as render

    return render(list(articles), title=title, input_failures=input_failures)


def write_report(
    articles: Iterable[Any], path: str | Path, title: str = "newsparse report", input_failures: Sequence[str] = ()
) -> Path:
    """Write the report page to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(articles, title=title, input_failures=input_failures), encoding="utf-8")
    return path


__all__ = ["render_report", "write_report"]
