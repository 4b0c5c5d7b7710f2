"""``newsparse stances PATH...``: stance per quoted actor across a corpus (csv or json)."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator

from newsparse.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, add_corpus_arguments, write_corpus_table
from newsparse.models import Article

log = logging.getLogger(__name__)

NAME = "stances"
HELP = "stance per quoted actor across a corpus: for, against, mixed, with framing (csv or json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_corpus_arguments(parser)
    parser.add_argument("--min-quotes", type=int, default=1, help="leave out actors quoted fewer times")


def run(args: argparse.Namespace) -> int:
    from newsparse.corpus.stances import CSV_COLUMNS, summarize_stances
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

    rows = [row for row in summarize_stances(articles()) if row.quotes >= args.min_quotes]
    write_corpus_table(args.output, args.format, rows, CSV_COLUMNS)
    log.info("%d quoted actors from %d articles, %d failed", len(rows), counted["articles"], counted["failed"])
    if counted["failed"]:
        log.warning("summary: %d inputs could not be read or parsed (see errors above)", counted["failed"])
        return EXIT_SOME_FAILED
    return EXIT_OK if counted["articles"] else EXIT_USAGE
