"""Fuzz benchmark: parse thousands of generated hostile articles and print what broke.

    python benchmarks/fuzz.py [--n 10000] [--seed 0] [--backend spacy]

Prints crashes (exceptions out of the parser, and plugin failures recorded on
articles: both must be 0), invalid offsets (spans outside the text or not
matching it: must be 0), JSON round-trip mismatches, and time per article
(median, p99, slowest, and slowest/median: no pathological slowdowns).
Exits 1 when anything broke, so it can gate a release.
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from newsparse import Article, InputError, Parser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the generator is test support code
from support.hostile import hostile_article  # noqa: E402


def invalid_spans(article: Article) -> int:
    """Spans outside the text or not matching it (Article refuses them, so this double-checks)."""
    bad = 0
    for result in (*article.actors, *article.quotes, *article.dates, *article.stances):
        for span in result.spans():
            if (
                not (0 <= span.start <= span.end <= len(article.text))
                or article.text[span.start : span.end] != span.text
            ):
                bad += 1
    return bad


def _progress(n: int):
    from tqdm import tqdm

    return tqdm(range(n), unit="article", file=sys.stderr, mininterval=2)


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--n", type=int, default=10_000)
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--backend", default="spacy")
    options.add_argument(
        "--round-trip-every", type=int, default=10, help="check the JSON round trip on every k-th article"
    )
    args = options.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")

    parser = Parser(backend=args.backend)
    parser.backend.analyze("Warm up the model before timing.")
    rng = random.Random(args.seed)
    crashes: Counter[str] = Counter()
    plugin_failures: Counter[str] = Counter()
    invalid = mismatches = refused = 0
    times: list[float] = []
    slowest = (0.0, -1, 0)
    for number in _progress(args.n):
        text = hostile_article(rng)
        started = time.perf_counter()
        try:
            article = parser.parse(text, published="2024-01-03")
        except InputError:
            refused += 1
            continue
        except Exception as error:  # noqa: BLE001 - counting crashes is the point
            crashes[f"{type(error).__name__}: {error}"[:120]] += 1
            continue
        elapsed = time.perf_counter() - started
        times.append(elapsed)
        if elapsed > slowest[0]:
            slowest = (elapsed, number, len(text))
        for failure in article.failures:
            plugin_failures[f"{failure.plugin}/{failure.phase}: {failure.error}"[:120]] += 1
        invalid += invalid_spans(article)
        if number % args.round_trip_every == 0 and Article.from_json(article.to_json()) != article:
            mismatches += 1

    median = statistics.median(times)
    p99 = sorted(times)[max(int(len(times) * 0.99) - 1, 0)]
    lines = [
        f"articles              {args.n} (seed {args.seed}); refused as empty input: {refused}",
        f"crashes               {sum(crashes.values())}",
        f"plugin failures       {sum(plugin_failures.values())}",
        f"invalid offsets       {invalid}",
        f"JSON round-trip diffs {mismatches} (every {args.round_trip_every}th article checked)",
        f"time per article      median {median * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
        f"slowest {slowest[0] * 1000:.1f} ms (#{slowest[1]}, {slowest[2]} chars)",
        f"slowest / median      {slowest[0] / median:.1f}x",
    ]
    lines += [f"  {count:5d}  {message}" for message, count in (crashes + plugin_failures).most_common(10)]
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if crashes or plugin_failures or invalid or mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
