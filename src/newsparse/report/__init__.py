"""The HTML report: ``newsparse report PATH... -o report.html``.

One self-contained static page for reading parse results in a browser:
each article with its quotes highlighted in a colour per speaker (hover or
click one for speaker, role, cue, stance and dates), a sidebar of sources
with quote counts, and a corpus summary with charts. From Python::

    from newsparse.report import render_report, write_report
    write_report(articles, "report.html")

This module is imported by the CLI at start-up to register the subcommand,
so it imports only the standard library and newsparse's own light modules;
rendering is in :mod:`newsparse.report.render`.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsparse.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, command

log = logging.getLogger(__name__)


def render_report(articles: Iterable[Any], title: str = "newsparse report", input_failures: Sequence[str] = ()) -> str:
    """The report page for ``articles`` (parsed :class:`~newsparse.models.Article` objects) as HTML."""
    from newsparse.report.render import render_report as render

    return render(list(articles), title=title, input_failures=input_failures)


def write_report(
    articles: Iterable[Any], path: str | Path, title: str = "newsparse report", input_failures: Sequence[str] = ()
) -> Path:
    """Write the report page to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(articles, title=title, input_failures=input_failures), encoding="utf-8")
    return path


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="parsed JSONL/JSON from `newsparse parse`, or raw articles (.txt .html .jsonl) to parse first",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=Path("report.html"), help="the HTML file to write (default: report.html)"
    )
    parser.add_argument("--title", default="newsparse report", help="page title")
    parser.add_argument("--published", help="publication date for plain-text inputs (ISO 8601)")
    parser.add_argument("--backend", default="spacy", help="NLP backend for raw inputs: spacy (default) or stanza")
    parser.add_argument(
        "--disable", action="append", default=[], metavar="PLUGIN", help="leave a plugin out (repeatable)"
    )


def _run_report(args: argparse.Namespace) -> int:
    from newsparse.report.load import load_articles

    articles, failures = load_articles(args.paths, published=args.published, backend=args.backend, disable=args.disable)
    if not articles and failures:
        log.error("no article could be read; no report written")
        return EXIT_USAGE
    messages = [f"{f.source}: {f.error}" if f.source and f.source not in f.error else f.error for f in failures]
    path = write_report(articles, args.output, title=args.title, input_failures=messages)
    log.info("report of %d article(s) written to %s", len(articles), path)
    return EXIT_SOME_FAILED if failures else EXIT_OK


_run_report.add_arguments = _add_arguments  # type: ignore[attr-defined]
command("report", "write a self-contained HTML report of parsed (or raw) articles")(_run_report)

__all__ = ["render_report", "write_report"]
