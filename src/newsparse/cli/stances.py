"""``newsparse stances PATH...``: stance per quoted actor across a corpus (csv or json)."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from typing import Any

from newsparse.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, add_corpus_arguments, write_corpus_table
from newsparse.models import Article

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
    from newsparse.inputs import ParseFailure
    from newsparse.parser import Parser
    from newsparse.progress import progress
    from newsparse.records import read_articles

    counted = {"articles": 0, "failed": 0}

    def articles() -> Iterator[Article]:
        for item in progress(
            read_articles(args.paths, lambda: Parser(backend=args.backend), batch_size=args.batch_size)
        ):
            if isinstance(item, ParseFailure):
                counted["failed"] += 1
                log.error("failed: %s", item.error)
            else:
                counted["articles"] += 1
                yield item

    if args.target and args.by != "pair":
        log.error("--target filters (speaker, target) rows: use it with --by pair")
        return EXIT_USAGE
    rows: list[Any]
    if args.by == "pair":
        rows = [row for row in summarize_pairs(articles()) if row.quotes >= args.min_quotes]
        if args.target:
            rows = [row for row in rows if row.matches(args.target)]
        write_corpus_table(args.output, args.format, rows, PAIR_COLUMNS)
    else:
        rows = [row for row in summarize_stances(articles()) if row.quotes >= args.min_quotes]
        write_corpus_table(args.output, args.format, rows, CSV_COLUMNS)
    log.info("%d %s rows from %d articles, %d failed", len(rows), args.by, counted["articles"], counted["failed"])
    if counted["failed"]:
        log.warning("summary: %d inputs could not be read or parsed (see errors above)", counted["failed"])
        return EXIT_SOME_FAILED
    return EXIT_OK if counted["articles"] else EXIT_USAGE
