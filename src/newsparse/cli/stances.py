"""``newsparse stances PATH...``: stance per quoted actor across a corpus (csv or json)."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from newsparse.cli.common import EXIT_USAGE, CorpusArticles, add_corpus_arguments, write_corpus_table

log = logging.getLogger(__name__)

NAME = "stances"
HELP = "who is for or against whom across a corpus: (speaker, target) stances (csv or json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_corpus_arguments(parser)
    parser.add_argument("--min-quotes", type=int, default=1, help="leave out rows with fewer quotes")
    parser.add_argument(
        "--by",
        choices=("pair", "speaker"),
        default="pair",
        help="pair (default): one row per (speaker, target); speaker: one row per quoted actor over all targets",
    )
    parser.add_argument("--target", metavar="NAME", help="only the rows whose target is NAME (pairs only)")


def run(args: argparse.Namespace) -> int:
    from newsparse.corpus.stances import CSV_COLUMNS, PAIR_COLUMNS, summarize_pairs, summarize_stances

    if args.target and args.by != "pair":
        log.error("--target filters (speaker, target) rows: use it with --by pair")
        return EXIT_USAGE
    articles = CorpusArticles(args)
    rows: list[Any]
    if args.by == "pair":
        rows = [row for row in summarize_pairs(articles) if row.quotes >= args.min_quotes]
        if args.target:
            rows = [row for row in rows if row.matches(args.target)]
        write_corpus_table(args.output, args.format, rows, PAIR_COLUMNS)
    else:
        rows = [row for row in summarize_stances(articles) if row.quotes >= args.min_quotes]
        write_corpus_table(args.output, args.format, rows, CSV_COLUMNS)
    log.info("%d %s rows from %d articles, %d failed", len(rows), args.by, articles.read, articles.failed)
    return articles.exit_code()
