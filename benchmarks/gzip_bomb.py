"""Gzip-bomb benchmark: how fast, and in how much memory, ``newsparse parse`` refuses a bomb.

    python benchmarks/gzip_bomb.py [--inflated-mb 1000] [--kind txt|jsonl] [--timeout 60]

Writes a ``.txt.gz`` (or ``.jsonl.gz``) that inflates to ``--inflated-mb``
MB of zero bytes next to one ordinary article, runs ``newsparse parse`` on
both in a child process, and prints when the bomb's error was logged
(``refused_after_s``; the failure is reported with its batch, so this
includes loading the NLP model for the ordinary article), the wall time, the
child's peak RSS (``wait4``), its exit code, how many articles were written
and the error it logged for the bomb. A child still running after ``--timeout`` seconds is
killed and reported as such.

``--alone`` parses the bomb by itself, so no model is loaded and the
refusal time is that of reading the bomb up to the limit.

Target (issue 16): the 1 GB-inflated bomb is refused in <= 10 s at <= 500 MB,
and the ordinary article is still written. Figures in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

CHUNK = 1 << 20


def write_bomb(path: Path, inflated_mb: int, kind: str) -> None:
    """``inflated_mb`` MB of zero bytes, gzipped (a JSONL bomb opens a record that never closes)."""
    zeros = b"\0" * CHUNK
    with gzip.open(path, "wb", compresslevel=9) as handle:
        if kind == "jsonl":
            handle.write(b'{"id": "bomb", "text": "')
        for _ in range(inflated_mb):
            handle.write(zeros)


def _collect(stream: IO[str] | None, lines: list[tuple[float, str]], started: float) -> None:
    for line in stream or ():
        lines.append((time.perf_counter() - started, line.rstrip("\n")))


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--inflated-mb", type=int, default=1000)
    options.add_argument("--kind", choices=("txt", "jsonl"), default="txt")
    options.add_argument("--timeout", type=float, default=60.0)
    options.add_argument("--alone", action="store_true", help="the bomb only, without the ordinary article")
    options.add_argument("--extra", nargs="*", default=[], help="further arguments for newsparse parse")
    args = options.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        bomb = root / f"bomb.{args.kind}.gz"
        write_bomb(bomb, args.inflated_mb, args.kind)
        (root / "ordinary.txt").write_text("“We are nearly there,” said Mayor Ines Duarte on Monday.\n")
        output = root / "out.jsonl"
        command = [sys.executable, "-m", "newsparse", "parse", str(bomb)]
        command += [] if args.alone else [str(root / "ordinary.txt")]
        command += ["-o", str(output), "--format", "jsonl", "--no-progress", *args.extra]
        started = time.perf_counter()
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True)
        lines: list[tuple[float, str]] = []  # stderr lines with the time they arrived
        reader = threading.Thread(target=_collect, args=(process.stderr, lines, started), daemon=True)
        reader.start()
        killed = False
        deadline = started + args.timeout
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)  # not poll(): it would reap the child's usage
        while pid == 0 and time.perf_counter() < deadline:
            time.sleep(0.1)
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid == 0:
            os.killpg(process.pid, signal.SIGKILL)
            killed = True
            _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        reader.join(timeout=5)
        errors = [(at, line) for at, line in lines if "bomb" in line][:3]
        written = output.read_text(encoding="utf-8").count("\n") if output.exists() else 0
        figures = {
            "bomb": f"{bomb.name}: {bomb.stat().st_size / 1e6:.2f} MB gzipped, {args.inflated_mb} MB inflated",
            "refused_after_s": round(errors[0][0], 1) if errors else None,
            "wall_s": round(elapsed, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 2**10),
            "exit": "killed after timeout" if killed else process.returncode,
            "articles_written": written,
            "output_bytes": output.stat().st_size if output.exists() else 0,
            "bomb_error": [line[:200] for _, line in errors],
        }
        sys.stdout.write(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
