"""What the commands share: exit codes, argument types, output files, corpus tables.

Exit codes (``docs/cli.md``): 0 all went well, 1 some articles failed (the
others were still written), 2 bad usage or nothing could be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol

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


def add_disable_argument(parser: argparse.ArgumentParser) -> None:
    """``--disable PLUGIN`` (repeatable)."""
    parser.add_argument(
        "--disable", action="append", default=[], metavar="PLUGIN", help="leave a plugin out (repeatable)"
    )


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
    with Output(path) as out:
        if fmt == "json":
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
    "add_progress_argument",
    "jobs",
    "positive",
    "whole_number",
    "write_corpus_table",
]
