"""What the commands share: exit codes, argument types, output files, corpus tables.

Exit codes (``docs/cli.md``): 0 all went well, 1 some articles failed (the
others were still written), 2 bad usage or nothing could be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from newsparse.models import Article

log = logging.getLogger(__name__)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class Command(Protocol):
    """A command module: ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> exit code``."""

    NAME: str
    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def whole_number(minimum: int, meaning: str) -> Callable[[str], int]:
    """An argparse type: a whole number >= ``minimum``, so that ``-j -2`` is a usage error, not a traceback."""

    def convert(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be {meaning}, got {number}")
        return number

    return convert


#: ``--jobs``: 0 means one worker per CPU core.
jobs = whole_number(0, "0 (one per CPU core) or more")
#: ``--limit``, ``--top-cues``, evaluate's ``--jobs``.
positive = whole_number(1, "at least 1")


_UNITS = {"": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9}


def size(value: str) -> int | None:
    """An argparse type: a size in bytes, with an optional unit (``500k``, ``10MB``, ``2G``); ``none``: no limit."""
    text = value.strip().lower().replace("_", "").replace(",", "")
    if text in ("none", "unlimited"):
        return None
    number = text.rstrip("kmgb")
    unit = text[len(number) :]
    try:
        amount = float(number) * _UNITS[unit]
    except (KeyError, ValueError):
        raise argparse.ArgumentTypeError(f"expected a size such as 10MB, 500k or none, got {value!r}") from None
    if amount < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 byte, got {value!r}")
    return int(amount)


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """``--max-article-size``, ``--max-inflated-size``, ``--max-results``: the limits against hostile inputs."""
    from newsparse.hookrunner import DEFAULT_MAX_RESULTS
    from newsparse.io import DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_INFLATED_BYTES

    parser.add_argument(
        "--max-article-size",
        type=size,
        default=DEFAULT_MAX_ARTICLE_BYTES,
        metavar="SIZE",
        help=f"refuse an article (a file, or a JSONL line) over this size (default {DEFAULT_MAX_ARTICLE_BYTES:,} "
        "bytes, i.e. 10MB; 'none' for no limit)",
    )
    parser.add_argument(
        "--max-inflated-size",
        type=size,
        default=DEFAULT_MAX_INFLATED_BYTES,
        metavar="SIZE",
        help=f"stop reading a .gz file that inflates past this size (default {DEFAULT_MAX_INFLATED_BYTES:,} "
        "bytes, i.e. 2GB; 'none' for no limit)",
    )
    parser.add_argument(
        "--max-results",
        type=positive,
        default=DEFAULT_MAX_RESULTS,
        metavar="N",
        help=f"keep at most N results of one plugin for one article, record the cut (default {DEFAULT_MAX_RESULTS:,})",
    )


def read_limits(args: argparse.Namespace) -> Any:
    """The :class:`~newsparse.io.ReadLimits` given by :func:`add_limit_arguments`."""
    from newsparse.io import ReadLimits

    return ReadLimits(max_article_bytes=args.max_article_size, max_inflated_bytes=args.max_inflated_size)


def add_disable_argument(parser: argparse.ArgumentParser) -> None:
    """``--disable PLUGIN`` (repeatable)."""
    parser.add_argument(
        "--disable", action="append", default=[], metavar="PLUGIN", help="leave a plugin out (repeatable)"
    )


def add_corpus_arguments(parser: argparse.ArgumentParser, formats: Sequence[str] = ("csv", "json")) -> None:
    """PATH..., --format csv|json (or ``formats``), -o, --backend, --batch-size: a corpus table's inputs and output."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="parsed JSONL (newsparse parse) or raw inputs (.txt .html .json .jsonl)",
    )
    parser.add_argument("--format", choices=formats, default="csv", help=f"{' or '.join(formats)} (default csv)")
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


class CorpusArticles:
    """The articles of a corpus command's PATHs: parsed JSONL read back, raw inputs parsed on the way.

    Iterate once; a file or article that cannot be read or parsed is logged
    and counted (``failed``), the others are yielded (``read``), so the
    command writes its table from what could be read and says what could not.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.read = 0
        self.failed = 0

    def __iter__(self) -> Iterator[Article]:
        from newsparse.inputs import ParseFailure
        from newsparse.parser import Parser
        from newsparse.progress import progress
        from newsparse.records import read_articles

        args = self.args
        items = read_articles(args.paths, lambda: Parser(backend=args.backend), batch_size=args.batch_size)
        for item in progress(items):
            if isinstance(item, ParseFailure):
                self.failed += 1
                log.error("failed: %s", item.error)
            else:
                self.read += 1
                yield item

    def exit_code(self, empty_ok: bool = False) -> int:
        """1 when some inputs failed (with a summary), else 0; 2 for nothing read unless ``empty_ok``."""
        if self.failed:
            log.warning("summary: %d inputs could not be read or parsed (see errors above)", self.failed)
            return EXIT_SOME_FAILED
        return EXIT_OK if self.read or empty_ok else EXIT_USAGE


def write_corpus_table(path: Path | None, fmt: str, rows: Sequence[Any], columns: Sequence[str]) -> None:
    """Rows (objects with ``to_dict()`` and a flat ``to_row()``) as JSON, JSONL or CSV, to ``path`` or stdout."""
    with Output(path) as out:
        if fmt == "jsonl":
            for row in rows:
                out.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
        elif fmt == "json":
            json.dump([row.to_dict() for row in rows], out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            writer.writerows(row.to_row() for row in rows)


class Output:
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

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self.handle is not None:
            self.handle.close()


__all__ = [
    "EXIT_OK",
    "EXIT_SOME_FAILED",
    "EXIT_USAGE",
    "Command",
    "Output",
    "add_corpus_arguments",
    "add_disable_argument",
    "add_limit_arguments",
    "add_progress_argument",
    "jobs",
    "positive",
    "read_limits",
    "size",
    "whole_number",
    "write_corpus_table",
]
