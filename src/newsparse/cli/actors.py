"""``newsparse actors PATH...``: actors across a corpus, with counts (csv or json)."""

from __future__ import annotations

import argparse
import logging

from newsparse.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, add_corpus_arguments, write_corpus_table
from newsparse.models import ActorKind

log = logging.getLogger(__name__)

NAME = "actors"
HELP = "actors across a corpus: who appears and is quoted, with counts (csv or json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_corpus_arguments(parser)
    parser.add_argument(
        "--kind", action="append", choices=[k.value for k in ActorKind], help="only these kinds (repeatable)"
    )
    parser.add_argument("--min-articles", type=int, default=1, help="leave out actors seen in fewer articles")


def run(args: argparse.Namespace) -> int:
    from newsparse.corpus.actors import CSV_COLUMNS, ActorIndex
    from newsparse.inputs import ParseFailure
    from newsparse.parser import Parser
    from newsparse.progress import progress
    from newsparse.records import read_articles

    index = ActorIndex()
    failed = 0
    for article in progress(
        read_articles(args.paths, lambda: Parser(backend=args.backend), batch_size=args.batch_size)
    ):
        if isinstance(article, ParseFailure):
            failed += 1
            log.error("failed: %s", article.error)
        else:
            index.add(article)
    kinds = set(args.kind or [])
    rows = [a for a in index.actors() if len(a.articles) >= args.min_articles and (not kinds or a.kind.value in kinds)]
    write_corpus_table(args.output, args.format, rows, CSV_COLUMNS)
    log.info("%d actors from %d articles, %d failed", len(rows), index.n_articles, failed)
    if failed:
        log.warning("summary: %d inputs could not be read or parsed (see errors above)", failed)
        return EXIT_SOME_FAILED
    if index.n_articles == 0:
        return EXIT_USAGE
    return EXIT_OK
