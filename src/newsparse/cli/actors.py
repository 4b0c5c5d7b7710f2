"""``newsparse actors PATH...``: actors across a corpus, with counts (csv or json)."""

from __future__ import annotations

import argparse
import logging

from newsparse.cli.common import CorpusArticles, add_corpus_arguments, write_corpus_table
from newsparse.models import HIGH_CONFIDENCE, ActorKind

log = logging.getLogger(__name__)

NAME = "actors"
HELP = "actors across a corpus: who appears and is quoted, with counts (csv or json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_corpus_arguments(parser)
    parser.add_argument(
        "--kind", action="append", choices=[k.value for k in ActorKind], help="only these kinds (repeatable)"
    )
    parser.add_argument("--min-articles", type=int, default=1, help="leave out actors seen in fewer articles")
    parser.add_argument(
        "--min-confident-quotes",
        type=int,
        default=0,
        help=f"leave out actors with fewer quotes at confidence >= {HIGH_CONFIDENCE} (1: quoted with confidence)",
    )


def run(args: argparse.Namespace) -> int:
    from newsparse.corpus.actors import CSV_COLUMNS, ActorIndex

    index = ActorIndex()
    articles = CorpusArticles(args)
    for article in articles:
        index.add(article)
    kinds = set(args.kind or [])
    rows = [
        a
        for a in index.actors()
        if len(a.articles) >= args.min_articles
        and a.confident_quotes >= args.min_confident_quotes
        and (not kinds or a.kind.value in kinds)
    ]
    write_corpus_table(args.output, args.format, rows, CSV_COLUMNS)
    log.info("%d actors from %d articles, %d failed", len(rows), index.n_articles, articles.failed)
    return articles.exit_code()
