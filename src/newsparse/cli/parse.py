"""``newsparse parse PATH...``: articles in, JSON, JSONL or tables out."""

from __future__ import annotations

import argparse
import gc
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsparse.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    Output,
    add_disable_argument,
    add_limit_arguments,
    add_progress_argument,
    jobs,
    read_limits,
)
from newsparse.progress import progress

if TYPE_CHECKING:
    from newsparse.run.resume import Tally

log = logging.getLogger(__name__)

NAME = "parse"
HELP = "parse articles into JSON"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, globs; .txt .html .json .jsonl(.gz)"
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "parquet"),
        default=None,
        help="json (pretty) or jsonl; default: json for one article, jsonl otherwise; csv or parquet: "
        "tables (quotes, actors, dates, stances, articles) written into the directory given by -o",
    )
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--published", help="publication date for plain-text inputs (ISO 8601)")
    parser.add_argument("--backend", default="spacy", help="NLP backend: spacy (default) or stanza")
    add_disable_argument(parser)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--plugin-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time budget per plugin call: a plugin that exceeds it is interrupted and recorded "
        "as a failure on the article (unattended runs)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=jobs,
        default=1,
        metavar="N",
        help="worker processes, each with its own model (0: one per CPU core); default 1",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip articles whose id is already in the -o JSONL file and append the others (after an interrupted run)",
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="encoding of text, HTML and JSON files that are not UTF-8 (e.g. cp1252, latin-1); "
        "default UTF-8, or for HTML the charset the page declares (JSON Lines are always UTF-8)",
    )
    add_limit_arguments(parser)
    add_progress_argument(parser)


def _encoding(name: str) -> str:
    """``--encoding``: a name Python knows, refused with the reason at the command line otherwise."""
    from newsparse.io import encoding_name

    try:
        return encoding_name(name)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run(args: argparse.Namespace) -> int:
    """Parse, with ``SIGTERM`` handled like ``Ctrl-C`` (workers stopped, output flushed, exit 143)."""
    from newsparse.run.stopping import terminate_as_interrupt

    with terminate_as_interrupt():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from newsparse.io import read_inputs
    from newsparse.parser import Parser
    from newsparse.run.resume import Tally, prepare_append, skip_done

    limits = read_limits(args)
    parser = Parser(
        backend=args.backend,
        disable=args.disable,
        plugin_timeout=args.plugin_timeout,
        max_article_chars=limits.max_article_bytes,
        max_results=args.max_results,
    )
    inputs = read_inputs(args.paths, published=args.published, limits=limits, encoding=args.encoding)
    tally = Tally()
    if args.resume:
        if args.output is None or args.format not in (None, "jsonl"):
            log.error("--resume appends to a JSONL file: give it with -o (and --format jsonl or none)")
            return EXIT_USAGE
        inputs = skip_done(inputs, prepare_append(args.output), tally)
    if args.jobs == 1:
        _ = parser.backend.model  # load the model here, then keep the garbage collector off its objects:
        gc.freeze()  # they live as long as the run (about 1.5% of the CPU time otherwise; workers do the same)
    results = parser.parse_many(inputs, batch_size=args.batch_size, n_process=-1 if args.jobs == 0 else args.jobs)
    try:
        return _write(args, results, tally)
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # on any way out, an interruption too: stop the workers now, not at interpreter exit


def _write(args: argparse.Namespace, results: Iterator[Any], tally: Tally) -> int:
    from newsparse.inputs import ParseFailure

    if args.format in ("csv", "parquet"):
        return _write_tables(args, results)
    fmt = "jsonl" if args.resume else args.format
    failed = written = unread = 0
    with Output(args.output, append=args.resume) as out, tally.report(args, lambda: (written, failed)):
        buffered: list[Any] = []
        for result in progress(results, args.progress):
            if isinstance(result, ParseFailure):
                failed += 1
                unread += result.input is None
                log.error("failed: %s", result.error)
                continue
            written += 1
            if fmt == "jsonl":
                out.write(result.to_json() + "\n")
            else:
                buffered.append(result)
                if fmt is None and len(buffered) > 1:  # more than one article: stream as JSONL
                    fmt = "jsonl"
                    for article in buffered:
                        out.write(article.to_json() + "\n")
                    buffered = []
        if buffered:
            if fmt == "json" and len(buffered) > 1:
                out.write(json.dumps([a.to_dict() for a in buffered], ensure_ascii=False, indent=2) + "\n")
            else:
                out.write(buffered[0].to_json(indent=2) + "\n")
    return _exit_code(written, failed, unread)


def _exit_code(written: int, failed: int, unread: int) -> int:
    """``docs/cli.md``: 1 when some articles failed, 2 when nothing could be read at all."""
    if not failed:
        return EXIT_OK
    # the counts were printed by tally.report; this names the failure for log readers
    log.warning("summary: %d of %d articles failed (see errors above)", failed, failed + written)
    if not written and unread == failed:
        log.error("nothing could be read")
        return EXIT_USAGE
    return EXIT_SOME_FAILED


def _write_tables(args: argparse.Namespace, results: Iterator[Any]) -> int:
    """``--format csv|parquet``: one file per table in the ``-o`` directory, streamed (see newsparse.corpus.tables)."""
    from newsparse.corpus.tables import TableWriter
    from newsparse.inputs import ParseFailure

    if args.output is None:
        log.error("--format %s writes several tables: give a directory with -o", args.format)
        return EXIT_USAGE
    failed = 0
    with TableWriter(args.output, args.format) as writer:
        for result in progress(results, args.progress):
            if isinstance(result, ParseFailure):  # kept as an articles row with its parse_error
                failed += 1
                log.error("failed: %s", result.error)
            writer.add(result)
    log.info("%d articles written as %s tables to %s, %d failed", writer.articles, args.format, args.output, failed)
    if failed:
        log.warning("summary: %d of %d articles failed (see errors above)", failed, failed + writer.articles)
        return EXIT_SOME_FAILED
    return EXIT_OK
