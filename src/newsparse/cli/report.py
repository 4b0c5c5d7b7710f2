"""``newsparse report PATH... -o report.html``: one self-contained HTML page of parsed (or raw) articles."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from newsparse.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, add_disable_argument

log = logging.getLogger(__name__)

NAME = "report"
HELP = "write a self-contained HTML report of parsed (or raw) articles"


def add_arguments(parser: argparse.ArgumentParser) -> None:
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
    add_disable_argument(parser)


def run(args: argparse.Namespace) -> int:
    from newsparse.corpus.report import write_report
    from newsparse.corpus.report.load import load_articles

    articles, failures = load_articles(args.paths, published=args.published, backend=args.backend, disable=args.disable)
    if not articles and failures:
        log.error("no article could be read; no report written")
        return EXIT_USAGE
    messages = [f"{f.source}: {f.error}" if f.source and f.source not in f.error else f.error for f in failures]
    path = write_report(articles, args.output, title=args.title, input_failures=messages)
    log.info("report of %d article(s) written to %s", len(articles), path)
    return EXIT_SOME_FAILED if failures else EXIT_OK
