"""``newsparse quotes PARSED...``: quotes across a corpus, grouped into clusters (csv, json or jsonl)."""

from __future__ import annotations

import argparse
import logging

from newsparse.cli.common import CorpusArticles, add_corpus_arguments, positive, write_corpus_table

log = logging.getLogger(__name__)

NAME = "quotes"
HELP = "quotes across a corpus: repeats, near repeats and fragments, who said them, first seen (csv, json, jsonl)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_corpus_arguments(parser, formats=("csv", "json", "jsonl"))
    parser.add_argument(
        "--min-articles",
        type=positive,
        default=2,
        help="leave out clusters seen in fewer articles (default 2: quotes across articles; 1: every quote)",
    )
    parser.add_argument("--kind", choices=("direct", "indirect"), help="only direct quotes or only paraphrases")


def run(args: argparse.Namespace) -> int:
    from newsparse.corpus.quotes import CSV_COLUMNS, QuoteIndex

    index = QuoteIndex()
    articles = CorpusArticles(args)
    for article in articles:
        index.add(article)
    clusters = [
        c for c in index.clusters() if c.n_articles >= args.min_articles and (args.kind is None or c.kind == args.kind)
    ]
    write_corpus_table(args.output, args.format, clusters, CSV_COLUMNS)
    log.info(
        "%d quote clusters from %d quotes in %d articles, %d failed",
        len(clusters),
        len(index.records),
        index.n_articles,
        articles.failed,
    )
    return articles.exit_code(empty_ok=True)  # an empty corpus is an empty table
