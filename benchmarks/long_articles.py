"""Long-article benchmark: peak memory and time of one parse as the article grows.

    python benchmarks/long_articles.py [--sizes 1,5] [--kind prose|nopunct] [--mem-limit-gb 4]

Each size runs in a fresh child process (so peak RSS is that parse's own,
model included) which builds one deterministic article of about N MB,
parses it with ``Parser().parse`` and reports its peak resident set size
(``ru_maxrss``), CPU and wall time and what was found. ``--kind prose`` is
news-like paragraphs with quotes, names and dates; ``--kind nopunct`` is one
line of words without any punctuation or line break (the parser's worst
case). ``--mem-limit-gb`` caps the child's address space (``RLIMIT_AS``) so a
run that would need far more memory fails with ``MemoryError`` instead of
taking the machine down; such a run is reported as ``over the limit``.

The targets (issue 16): 1 MB peak RSS <= 1.2 GB; 5 MB <= 1.5 GB and its
time <= 6 x the 1 MB time. Figures are recorded in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time

NAMES = ["Ines Duarte", "Paulo Reis", "Amara Okafor", "Lena Vogt", "Raj Patel", "Chen Wei", "Sofia Marin"]
ROLES = ["the finance minister", "a spokesman for the ministry", "the mayor", "a union leader", "an economist"]
ORGS = ["the central bank", "the city council", "Reuters", "the transport union", "the health ministry"]
WORDS = (
    "the budget plan would cut spending on roads and schools while taxes on fuel rise next year "
    "officials expect growth to slow as exports fall and prices climb across the region"
).split()


def prose(size: int, seed: int = 0) -> str:
    """News-like paragraphs (quotes with speakers, organisations, dates) up to ``size`` characters."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        name, role, org = rng.choice(NAMES), rng.choice(ROLES), rng.choice(ORGS)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
        paragraph = rng.choice(
            [
                f"“{words.capitalize()},” said {name}, {role}, on Monday.",
                f"{name} told reporters that {words} by March 2025.",
                f"According to {org}, {words}. The report was published on 14 March 2024.",
                f"{words.capitalize()}, {org} said in a statement last week.",
            ]
        )
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def no_punctuation(size: int, seed: int = 0) -> str:
    """One line of lower-case words, no punctuation or line break, ``size`` characters."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)[:size].strip()


def child(megabytes: float, kind: str, mem_limit_gb: float | None) -> None:
    """Run in the child process: build, parse, print one JSON line of figures."""
    if mem_limit_gb:
        limit = int(mem_limit_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import logging

    logging.basicConfig(level=logging.ERROR)
    from newsparse import Parser

    size = int(megabytes * 1_000_000)
    text = prose(size) if kind == "prose" else no_punctuation(size)
    parser = Parser()
    parser.backend.analyze("Warm up the model before timing.")
    loaded_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
    cpu0, wall0 = time.process_time(), time.perf_counter()
    figures: dict[str, object] = {"chars": len(text), "model_loaded_rss_mb": round(loaded_rss)}
    try:
        article = parser.parse(text, published="2024-03-15")
    except MemoryError:
        figures["error"] = "MemoryError (over the --mem-limit-gb address-space limit)"
    else:
        figures.update(
            quotes=len(article.quotes),
            actors=len(article.actors),
            dates=len(article.dates),
            failures=[f"{f.plugin}/{f.phase}: {f.error}"[:100] for f in article.failures],
        )
    figures.update(cpu_s=round(time.process_time() - cpu0, 1), wall_s=round(time.perf_counter() - wall0, 1))
    sys.stdout.write(json.dumps(figures) + "\n")


def run(megabytes: float, kind: str, mem_limit_gb: float | None) -> dict[str, object]:
    """One size in a child process; adds the child's peak RSS (from ``wait4``) to its figures."""
    command = [sys.executable, __file__, "--child", str(megabytes), "--kind", kind]
    if mem_limit_gb:
        command += ["--mem-limit-gb", str(mem_limit_gb)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    figures: dict[str, object] = json.loads(output.strip().splitlines()[-1]) if output.strip() else {}
    figures.update(
        megabytes=megabytes,
        kind=kind,
        peak_rss_mb=round(usage.ru_maxrss / 2**10),
        exit=process.returncode,
        total_wall_s=round(time.perf_counter() - started, 1),
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--sizes", default="1,5", help="article sizes in MB, comma-separated")
    options.add_argument("--kind", choices=("prose", "nopunct"), default="prose")
    options.add_argument("--mem-limit-gb", type=float, default=None, help="address-space cap of each child")
    options.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.child is not None:
        child(args.child, args.kind, args.mem_limit_gb)
        return 0
    results = []
    for size in (float(s) for s in args.sizes.split(",")):
        figures = run(size, args.kind, args.mem_limit_gb)
        results.append(figures)
        sys.stdout.write(json.dumps(figures) + "\n")
        sys.stdout.flush()
    timed = [r for r in results if "error" not in r and r.get("exit") == 0]
    if len(timed) >= 2:
        first, last = timed[0], timed[-1]
        ratio = float(last["cpu_s"]) / max(float(first["cpu_s"]), 1e-9)  # type: ignore[arg-type]
        sys.stdout.write(
            f"{last['megabytes']} MB / {first['megabytes']} MB: CPU time x{ratio:.1f}, "
            f"peak RSS {first['peak_rss_mb']} -> {last['peak_rss_mb']} MB\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
