"""Quote clusters at scale: a million synthetic quotes with realistic repeats and variants.

Generates a corpus of quote records the way news repeats quotes, clusters
it with :func:`newsparse.corpus.quotes.cluster_records` and prints, for N/4,
N/2 and N quotes (each size in a fresh process, so peak memory is that
size's own): wall time, CPU time, time per quote, peak RSS, and how well the
clusters match the generator's truth.

    python benchmarks/quote_clusters.py                 # N = 1,000,000
    python benchmarks/quote_clusters.py --n 200000 --sizes 1

The synthetic corpus (seeded, so every run is the same):

* words: 200 English function words (about 45% of tokens, as in news) and
  30,000 made-up content words drawn with Zipf frequencies;
* original quotes of 3 to 80 words (log-normal, median about 16), each by one
  of 20,000 speakers (Zipf popularity) in one of 60 outlets, over a year;
* how often an original is repeated follows a power law (P(more than k) = k^-1.5, mean about 2.5): most
  quotes appear once, a few hundreds of times;
* each repeat is printed verbatim (55%), with other formatting (curly or
  straight marks, case, punctuation; 20%), with a word or two dropped (8%),
  as a fragment of 6 or more words (10%), with one word changed (a misquote,
  4%), or paraphrased as indirect speech (3%, which must stay apart);
* 5% of repeats name no speaker, 4% the wrong one.

Truth: every record carries its original's number. *Purity* is the share of
records in a multi-member cluster that belong to that cluster's majority
original; *recall* is, over originals with two or more joinable direct
records (6+ words), the share of those records found in the original's
largest cluster. Targets (issue 19): <= 10 minutes and <= 4 GB at N on this
2-core machine, time per quote flat over N/4, N/2, N.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator

FUNCTION_WORDS = (
    "the of and to a in that is for it with as was on be by at this have from or an are not but they we he "
    "she his her their our you i will would can could should has had been were which who what when there "
    "all if so no more about up out than them its into some any only other then now also just do does did "
    "because very over after before while where how those these such most many much new first last one two "
    "three may might must said says get got make made go going want wants know think see us me my your him "
    "being both each few own same too under again against between through during without within along across "
    "around among upon down off once here why whom whose yet nor either neither every anything nothing "
    "something everything someone everyone people time year years day way thing things man woman country "
    "state government president world life work part place case week company system program question "
    "number night point home water room mother area money story fact month lot right study book eye job word "
    "business issue side kind head house service friend father power hour game line end member law car city"
).split()
OUTLETS = 60
SPEAKERS = 20_000
CONTENT_WORDS = 30_000


def _syllable_words(rng: random.Random, n: int) -> list[str]:
    onsets = "b c d f g h j k l m n p r s t v w z br cr dr fl gr pl pr sh st th tr".split()
    vowels = "a e i o u ai ea ee oa ou".split()
    codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"]
    seen: set[str] = set()
    while len(seen) < n:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(rng.randint(1, 3)))
        seen.add(word)
    return sorted(seen)


class Corpus:
    """A seeded generator of originals and their repeats."""

    def __init__(self, seed: int = 19) -> None:
        self.rng = random.Random(seed)
        self.content = _syllable_words(self.rng, CONTENT_WORDS)
        weights = [1 / (rank + 10) for rank in range(CONTENT_WORDS)]
        self.content_cum = list(_cumulative(weights))
        self.speakers = [
            f"{self.rng.choice(self.content).title()} {self.rng.choice(self.content).title()}" for _ in range(SPEAKERS)
        ]
        self.speaker_cum = list(_cumulative([1 / (rank + 1) ** 0.9 for rank in range(SPEAKERS)]))
        self.start = dt.datetime(2024, 1, 1)

    def original(self) -> tuple[str, int]:
        rng = self.rng
        n = max(3, min(80, round(rng.lognormvariate(2.8, 0.55))))
        words = []
        for _ in range(n):
            if rng.random() < 0.45:
                words.append(rng.choice(FUNCTION_WORDS))
            else:
                words.append(rng.choices(self.content, cum_weights=self.content_cum)[0])
        words[0] = words[0].capitalize()
        for position in range(4, n - 1, rng.randint(6, 14)):
            words[position] += ","
        text = " ".join(words).replace(" i ", " I ") + rng.choice((".", ".", ".", "!", "?"))
        text = text.replace("dont ", "don't ")
        speaker = rng.choices(range(SPEAKERS), cum_weights=self.speaker_cum)[0]
        return text, speaker

    def repeats(self) -> int:
        """How many times an original is printed: P(more than k) = k ** -1.5 (mean about 2.5), at most 2,000."""
        u = self.rng.random()
        return min(2000, int((1 - u) ** (-1 / 1.5)))

    def variant(self, text: str) -> tuple[str, str, str]:
        """``(how, kind, text)`` of one repeat of ``text``."""
        rng = self.rng
        roll = rng.random()
        words = text.split()
        if roll < 0.55:
            return "verbatim", "direct", text
        if roll < 0.75:
            return "formatting", "direct", _reformat(rng, text)
        if roll < 0.83 and len(words) >= 8:
            for _ in range(rng.choice((1, 1, 2))):
                del words[rng.randrange(1, len(words) - 1)]
            return "dropped", "direct", " ".join(words)
        if roll < 0.93 and len(words) >= 10:
            size = rng.randint(6, max(6, len(words) * 2 // 3))
            first = rng.randrange(0, len(words) - size + 1)
            return "fragment", "direct", " ".join(words[first : first + size]).strip(",.")
        if roll < 0.97 and len(words) >= 6:
            position = rng.randrange(1, len(words) - 1)
            words[position] = rng.choices(self.content, cum_weights=self.content_cum)[0]
            return "misquote", "direct", " ".join(words)
        if roll < 1.0:
            paraphrase = " ".join({"I": "he", "we": "they", "my": "his", "our": "their"}.get(w, w) for w in words)
            return "paraphrase", "indirect", "that " + paraphrase[0].lower() + paraphrase[1:].rstrip(".!?")
        return "verbatim", "direct", text


def _reformat(rng: random.Random, text: str) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return text.replace("'", "\u2019")
    if choice == 1:
        return text.lower()
    if choice == 2:
        return text.replace(",", "").rstrip(".!?")
    return text.replace(", ", " \u2014 ")


def _cumulative(weights: list[float]) -> Iterator[float]:
    total = 0.0
    for weight in weights:
        total += weight
        yield total


def generate(n: int, seed: int = 19) -> tuple[list, list[int]]:
    """``n`` quote records (in articles of about 10 quotes) and each record's original number."""
    from newsparse.corpus.quotes import ArticleRef, QuoteRecord

    corpus = Corpus(seed)
    rng = corpus.rng
    printings: list[tuple[int, int, str, str]] = []  # (original, speaker, kind, text)
    original = 0
    while len(printings) < n:
        text, speaker = corpus.original()
        for copy in range(corpus.repeats()):
            how, kind, printed = ("verbatim", "direct", text) if copy == 0 else corpus.variant(text)
            printings.append((original, speaker, kind, printed))
        original += 1
    printings = printings[:n]
    rng.shuffle(printings)
    records, truth = [], []
    article = None
    for number, (original, speaker, kind, text) in enumerate(printings):
        if number % 10 == 0:
            day = corpus.start + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
            outlet = f"outlet{rng.randrange(OUTLETS)}.example"
            published = None if rng.random() < 0.02 else day.isoformat()
            article = ArticleRef(f"a{number // 10}", f"https://{outlet}/{number // 10}", outlet, published)
        roll = rng.random()
        said_by = None if roll < 0.05 else (rng.randrange(SPEAKERS) if roll < 0.09 else speaker)
        name = corpus.speakers[said_by] if said_by is not None else None
        key = f"person:{name.lower()}" if name else None
        spans = ((0, len(text)),)
        records.append(QuoteRecord(article, f"q{number % 10}", kind, kind, text, spans, key, name))
        truth.append(original)
    return records, truth


def score(clusters: list, records: list, truth: list[int]) -> dict[str, float]:
    """Purity of multi-member clusters and recall of joinable repeats against the generator's truth."""
    from newsparse.corpus.quote_match import FUZZY_MIN_WORDS
    from newsparse.corpus.quote_text import words

    position = {(r.article.id, r.quote_id): i for i, r in enumerate(records)}
    cluster_of = [0] * len(records)
    pure = total = 0
    for number, cluster in enumerate(clusters):
        members = [position[(m.record.article.id, m.record.quote_id)] for m in cluster.members]
        for member in members:
            cluster_of[member] = number
        if len(members) > 1:
            pure += Counter(truth[m] for m in members).most_common(1)[0][1]
            total += len(members)
    joinable: dict[int, list[int]] = {}
    for number, record in enumerate(records):
        if record.kind == "direct" and len(words(record.text)) >= FUZZY_MIN_WORDS:
            joinable.setdefault(truth[number], []).append(number)
    found = expected = 0
    for members in joinable.values():
        if len(members) > 1:
            found += Counter(cluster_of[m] for m in members).most_common(1)[0][1]
            expected += len(members)
    return {"purity": pure / total if total else 1.0, "recall": found / expected if expected else 1.0}


def run_one(n: int, seed: int, check: bool) -> dict[str, float]:
    from newsparse.corpus.quotes import cluster_records

    started = time.perf_counter()
    records, truth = generate(n, seed)
    generated = time.perf_counter()
    cpu = time.process_time()
    clusters = cluster_records(records)
    wall = time.perf_counter() - generated
    cpu = time.process_time() - cpu
    result = {
        "n": n,
        "generate_s": round(generated - started, 1),
        "cluster_wall_s": round(wall, 1),
        "cluster_cpu_s": round(cpu, 1),
        "us_per_quote": round(wall / n * 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_avg": round(os.getloadavg()[0], 1),  # other processes on the machine: wall time grows with it
        "clusters": len(clusters),
        "multi_article_clusters": sum(1 for c in clusters if c.n_articles > 1),
        "variants": sum(len(c.variants) for c in clusters),
    }
    if check:
        result.update({k: round(v, 4) for k, v in score(clusters, records, truth).items()})
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="the largest size N (quotes)")
    parser.add_argument("--sizes", type=int, choices=(1, 3), default=3, help="3: N/4, N/2, N; 1: N only")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--no-check", action="store_true", help="skip scoring against the truth")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a single size, in this process
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    if args.one:
        print(json.dumps(run_one(args.one, args.seed, not args.no_check)))
        return 0
    sizes = [args.n // 4, args.n // 2, args.n] if args.sizes == 3 else [args.n]
    rows = []
    for n in sizes:
        command = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)]
        command += ["--no-check"] if args.no_check else []
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    print()
    header = ("quotes", 10), ("cluster s", 10), ("cpu s", 8), ("us/quote", 9), ("peak MB", 9), ("load", 5)
    print(" ".join(f"{name:>{width}}" for name, width in header), f"{'purity':>7} {'recall':>7}")
    for row in rows:
        purity, recall = row.get("purity", float("nan")), row.get("recall", float("nan"))
        print(
            f"{row['n']:>10,} {row['cluster_wall_s']:>10} {row['cluster_cpu_s']:>8} {row['us_per_quote']:>9} "
            f"{row['peak_rss_mb']:>9} {row['load_avg']:>5} {purity:>7.4f} {recall:>7.4f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
