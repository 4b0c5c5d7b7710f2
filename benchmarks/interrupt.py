"""Stopping `newsparse parse --jobs N` from outside: what is left running, what is lost.

    .venv/bin/python benchmarks/interrupt.py                  # 60 articles, --jobs 2, both signals
    .venv/bin/python benchmarks/interrupt.py --n 100 --signal TERM

For each way of stopping a run (``TERM``: ``kill -TERM`` of the parent, as
``timeout``, systemd and container runtimes do; ``KILL``: ``kill -9`` of the
parent alone, its workers untouched), it:

1. starts ``newsparse parse articles.jsonl -o out.jsonl --jobs N`` in a
   session of its own,
2. waits until some articles are written, notes every process of the run
   (the parent and all its descendants: workers, fork server, resource
   tracker), then sends the signal to the parent only,
3. counts the processes of the run still alive 5 s later (and kills them,
   so nothing is left behind by the benchmark itself),
4. runs the same command with ``--resume`` and counts duplicated and
   missing article ids in the output.

It prints the exit code (143 expected after TERM), the processes left, and
the duplicates and missing ids after the resume (0 and 0 expected).
Articles come from ``--corpus`` (default: the development corpus when it is
there, else the generated corpus of ``corpus.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev" / "polnear-train.jsonl.gz"
SIGNALS = {"TERM": signal.SIGTERM, "KILL": signal.SIGKILL}


def write_articles(path: Path, n: int, corpus_path: str | None) -> list[str]:
    """N articles as JSONL at ``path``; their ids."""
    source = Path(corpus_path) if corpus_path else (DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else None)
    records: list[dict] = []
    if source is not None:
        import gzip

        opener = gzip.open if source.suffix == ".gz" else open
        with opener(source, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                published = record.get("published") or record.get("dct")
                records.append({"id": record["id"], "text": record["text"], "published": published})
                if len(records) >= n:
                    break
    else:
        records = [{"id": r["id"], "text": r["text"], "published": r["published"]} for r in corpus.generate(n, seed=7)]
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return [r["id"] for r in records]


def command() -> list[str]:
    executable = Path(sys.executable).with_name("newsparse")
    return [str(executable)] if executable.exists() else [sys.executable, "-m", "newsparse"]


def lines_in(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.endswith(b"\n"))
    except FileNotFoundError:
        return 0


def run_tree(parent: psutil.Process) -> list[psutil.Process]:
    try:
        return [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def interrupt(name: str, source: Path, output: Path, ids: list[str], jobs: int, after: int) -> dict:
    """One run stopped by signal ``name``; figures of what was left and lost."""
    base = [*command(), "--quiet", "parse", str(source), "-o", str(output), "--jobs", str(jobs), "--no-progress"]
    started = time.perf_counter()
    # stderr to a file, not a pipe: processes left behind would hold a pipe open forever
    errors = output.with_suffix(".stderr")
    process = subprocess.Popen(base, start_new_session=True, stderr=errors.open("w"))
    parent = psutil.Process(process.pid)
    while lines_in(output) < after and process.poll() is None:
        time.sleep(0.2)
    if process.poll() is not None:
        raise SystemExit(f"the run ended before {after} articles were written; use a larger --n")
    tree = run_tree(parent)
    names = Counter(_role(p, process.pid) for p in tree)
    written_before = lines_in(output)
    os.kill(process.pid, SIGNALS[name])
    signalled = time.perf_counter()
    try:
        code = process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        code = None
    stderr = errors.read_text(encoding="utf-8", errors="replace")
    time.sleep(max(0.0, 5.0 - (time.perf_counter() - signalled)))
    left = [p for p in tree if _alive(p)]
    left_roles = dict(Counter(_role(p, process.pid) for p in left))
    for p in left:  # leave nothing behind ourselves
        p.kill()
    written_at_stop = lines_in(output)
    resumed = subprocess.run([*base, "--resume"], capture_output=True, text=True)
    present = Counter(json.loads(line)["id"] for line in output.open(encoding="utf-8"))
    return {
        "signal": name,
        "processes": dict(names),
        "written_before": written_before,
        "written_at_stop": written_at_stop,
        "seconds_to_signal": signalled - started,
        "exit_code": code,
        "hint": "--resume" in stderr,
        "left_after_5s": len(left),
        "left_roles": left_roles,
        "resume_exit": resumed.returncode,
        "duplicates": sum(count - 1 for count in present.values() if count > 1),
        "missing": len(set(ids) - set(present)),
        "total": sum(present.values()),
    }


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _role(process: psutil.Process, parent: int) -> str:
    """What a process of the run is, from its command line."""
    if process.pid == parent:
        return "parent"
    try:
        line = " ".join(process.cmdline())
    except psutil.Error:
        return "gone"
    if "forkserver" in line and process.ppid() == parent:
        return "fork server"  # its children, the workers, show the same command line
    if "resource_tracker" in line:
        return "resource tracker"
    return "worker"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=60, help="articles (default 60)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--after", type=int, default=8, help="articles written before the signal (default 8)")
    parser.add_argument("--signal", choices=sorted(SIGNALS), nargs="+", default=["TERM", "KILL"])
    parser.add_argument("--corpus", default=None, help="JSONL(.gz) of articles (default: the development corpus)")
    args = parser.parse_args(argv)
    print(
        f"newsparse interrupt: {args.n} articles, --jobs {args.jobs}, signal after {args.after} written; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        ids = write_articles(source, args.n, args.corpus)
        for name in args.signal:
            output = Path(folder) / f"out-{name}.jsonl"
            figures = interrupt(name, source, output, ids, args.jobs, args.after)
            print(
                f"  kill -{name} of the parent after {figures['seconds_to_signal']:.1f} s "
                f"({figures['written_before']} written; processes of the run: {figures['processes']}):\n"
                f"    exit code {figures['exit_code']}, resume hint printed: {figures['hint']}, "
                f"{figures['written_at_stop']} articles in the output at the stop\n"
                f"    processes of the run alive 5 s after the signal: {figures['left_after_5s']} "
                f"{figures['left_roles'] or ''}\n"
                f"    --resume: exit {figures['resume_exit']}, {figures['total']} lines, "
                f"{figures['duplicates']} duplicates, {figures['missing']} missing of {len(ids)}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
