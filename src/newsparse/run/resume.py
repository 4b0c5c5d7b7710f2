"""Resuming an interrupted run: which articles an output JSONL file already holds.

``newsparse parse ... -o out.jsonl --resume`` skips the ids already written
and appends the rest. A run that was killed mid-write leaves a last line
without its newline (or cut mid-JSON); :func:`prepare_append` cuts that
line off before anything is appended, so the file stays one JSON object per
line and the cut article is simply parsed again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsparse.errors import InputError

log = logging.getLogger(__name__)

_READ_BLOCK = 1 << 16


def _id_of(line: bytes) -> tuple[bool, str | None]:
    """(is valid JSON, its ``id`` if any) of one output line."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False, None
    if not isinstance(record, dict):
        return False, None
    value = record.get("id")
    return True, None if value is None else str(value)


def scan_output(path: Path) -> tuple[set[str], int]:
    """The ids in output file ``path`` and the byte length of its complete lines.

    A line counts only when it ends with a newline and is a JSON object; a
    broken line in the middle (which a run of this tool does not write) is
    skipped with a warning, its article will be parsed again.
    """
    ids: set[str] = set()
    good_length = position = 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            position += len(line)
            complete = line.endswith(b"\n")
            valid, article_id = _id_of(line) if line.strip() else (True, None)
            if complete:
                good_length = position
                if not valid:
                    log.warning("%s:%d is not a JSON object; its article will be parsed again", path, number)
            if valid and complete and article_id is not None:
                ids.add(article_id)
    return ids, good_length


def prepare_append(path: Path) -> set[str]:
    """Ids already in ``path``, after cutting off an unfinished last line; ``set()`` if no file.

    Call before appending to ``path``: anything after the last newline is
    the partial write of an interrupted run.
    """
    path = Path(path)
    if path.suffix == ".gz":
        raise InputError("--resume needs a plain (not gzipped) JSONL output file", str(path))
    if not path.exists():
        return set()
    ids, good_length = scan_output(path)
    size = path.stat().st_size
    if size > good_length:
        log.warning(
            "%s ends with an unfinished line (%d bytes, an interrupted write); removing it", path, size - good_length
        )
        with path.open("r+b") as handle:
            handle.truncate(good_length)
            handle.flush()
            os.fsync(handle.fileno())
    return ids


class Tally:
    """Counts for the end-of-run summary of ``newsparse parse``: skipped articles and elapsed time."""

    def __init__(self) -> None:
        self.skipped = 0
        self.started = time.perf_counter()

    def summary(self, written: int, failed: int, output: Path | None, interrupted: bool = False) -> str:
        elapsed = time.perf_counter() - self.started
        rate = (written + failed) / elapsed if elapsed > 0 else 0.0
        where = f" to {output}" if output is not None else ""
        parts = [f"{written} article{'' if written == 1 else 's'} written{where}", f"{failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        text = f"newsparse: {', '.join(parts)} in {_clock(elapsed)} ({rate:.1f} articles/s)"
        if interrupted:
            text += "; interrupted: run the same command with --resume to continue"
        return text

    @contextlib.contextmanager
    def report(self, args: Any, counts: Callable[[], tuple[int, int]]) -> Iterator[None]:
        """Write the summary to stderr at the end (unless ``--quiet``).

        After ``Ctrl-C`` or ``SIGTERM`` (see :mod:`newsparse.run.stopping`) the
        summary, with the ``--resume`` hint, is written even with ``--quiet``,
        and the run exits with 130 or 143.
        """
        from newsparse.run.stopping import exit_code

        try:
            yield
        except KeyboardInterrupt as stop:
            sys.stderr.write(self.summary(*counts(), args.output, interrupted=True) + "\n")
            raise SystemExit(exit_code(stop)) from None
        if not getattr(args, "quiet", False):
            sys.stderr.write(self.summary(*counts(), args.output) + "\n")


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


def skip_done(items: Iterable[Any], done: set[str], tally: Tally | None = None) -> Iterator[Any]:
    """``items`` without the articles whose id is in ``done`` (counted in ``tally.skipped``).

    Items without an id, and reader failures, always pass: there is nothing
    to match them by.
    """
    from newsparse.inputs import ArticleInput

    for item in items:
        if isinstance(item, ArticleInput) and item.id is not None and item.id in done:
            if tally is not None:
                tally.skipped += 1
            continue
        yield item


__all__ = ["Tally", "prepare_append", "scan_output", "skip_done"]
