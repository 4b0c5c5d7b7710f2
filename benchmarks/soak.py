"""Soak benchmark: a long unattended run keeps memory flat.

    python benchmarks/soak.py [--n 20000] [--every 2000] [--batch-size 64]

Streams N generated news-like articles (benchmarks/corpus.py) through
``Parser.parse_many`` and prints the resident set size every ``--every``
articles, then the growth between the first checkpoint (models loaded,
caches warm) and the last. Flat memory means growth of a few per cent at
most, not proportional to N.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from newsparse import ArticleInput, Parser  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--n", type=int, default=20_000)
    options.add_argument("--every", type=int, default=2_000)
    options.add_argument("--batch-size", type=int, default=64)
    args = options.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)

    process = psutil.Process()
    parser = Parser()
    inputs = (ArticleInput.create(a["text"], id=a["id"], published=a["published"]) for a in generate(args.n, seed=99))
    checkpoints: list[tuple[int, float, float]] = []
    started = time.perf_counter()
    failed = quotes = 0
    for count, result in enumerate(parser.parse_many(inputs, batch_size=args.batch_size), start=1):
        if hasattr(result, "quotes"):
            quotes += len(result.quotes)
        else:
            failed += 1
        if count % args.every == 0:
            rss = process.memory_info().rss / 2**20
            checkpoints.append((count, rss, time.perf_counter() - started))
            sys.stdout.write(
                f"{count:>7} articles  RSS {rss:8.1f} MiB  {count / (time.perf_counter() - started):6.1f} articles/s\n"
            )
            sys.stdout.flush()
    first, last = checkpoints[0], checkpoints[-1]
    growth = last[1] - first[1]
    sys.stdout.write(
        f"articles {last[0]}, failed {failed}, quotes {quotes}\n"
        f"RSS at {first[0]}: {first[1]:.1f} MiB, at {last[0]}: {last[1]:.1f} MiB, "
        f"growth {growth:+.1f} MiB ({growth / first[1] * 100:+.1f}%)\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
