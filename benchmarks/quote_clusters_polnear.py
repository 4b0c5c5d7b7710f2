"""Quote clusters on a parsed corpus, checked by hand: counts, samples to judge, and the judged figures.

    newsparse parse ../shared/eval/dev/polnear-train.jsonl.gz -o polnear.jsonl   # once (~4 CPU-minutes)
    python benchmarks/quote_clusters_polnear.py polnear.jsonl                     # counts and figures
    python benchmarks/quote_clusters_polnear.py polnear.jsonl --show clusters     # the texts to judge
    python benchmarks/quote_clusters_polnear.py polnear.jsonl --show pairs

Samples (seeded, so anyone gets the same ones from the same parse):

* 100 random clusters that span two or more articles, to judge *pure*
  (every member is the same quote: the same words from the same source and
  occasion, or a trimmed or altered copy of them) or *impure*;
* 50 random pairs of quotes from different articles that were *not* joined
  but share 5 or more content words, to judge *same* (a true repeat that was
  missed) or *different*;
* the 30 not-joined pairs whose content words overlap most (Jaccard), where
  missed repeats would be if there were any: a lower bound on misses.

The judgements live in ``benchmarks/quote_clusters_polnear.tsv`` (sample,
key, verdict, note; keys are cluster ids and article/quote ids, no text of
the corpus). Purity is pure / judged. Recall of true repeats is the
cross-article member pairs inside pure clusters divided by those plus the
missed pairs estimated from the random sample (its share of "same" times
all not-joined pairs sharing 5+ content words).
"""

from __future__ import annotations

import argparse
import csv
import logging
import random
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

from newsparse.corpus.quote_text import words
from newsparse.corpus.quotes import QuoteCluster, QuoteIndex, QuoteRecord
from newsparse.records import read_records

SEED = 19
JUDGEMENTS = Path(__file__).with_name("quote_clusters_polnear.tsv")
MIN_SHARED_CONTENT = 5


def content_words(text: str, stop: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in stop and len(w) > 1 and not w.isdigit())


def not_joined_pairs(
    index: QuoteIndex, clusters: list[QuoteCluster], stop: frozenset[str]
) -> list[tuple[QuoteRecord, QuoteRecord]]:
    """Pairs of quotes from different articles, in different clusters, sharing 5+ content words."""
    cluster_of = {(m.record.article.id, m.record.quote_id): c.id for c in clusters for m in c.members}
    records = index.records
    content = [content_words(r.text, stop) for r in records]
    postings: dict[str, list[int]] = {}
    for number, found in enumerate(content):
        for word in found:
            postings.setdefault(word, []).append(number)
    pairs = []
    for number, found in enumerate(content):
        if len(found) < MIN_SHARED_CONTENT:
            continue
        shared = Counter(other for word in found for other in postings[word] if other > number)
        for other, count in sorted(shared.items()):
            a, b = records[number], records[other]
            if count < MIN_SHARED_CONTENT or a.article.id == b.article.id:
                continue
            if cluster_of[(a.article.id, a.quote_id)] != cluster_of[(b.article.id, b.quote_id)]:
                pairs.append((a, b))
    return pairs


def samples(index: QuoteIndex, clusters: list[QuoteCluster]) -> dict[str, list]:
    from spacy.lang.en.stop_words import STOP_WORDS

    rng = random.Random(SEED)
    stop = frozenset(STOP_WORDS)
    multi = [c for c in clusters if c.n_articles >= 2]
    pairs = not_joined_pairs(index, clusters, stop)
    hardest = sorted(pairs, key=lambda p: (-_overlap(p, stop), pair_key(p)))[:30]
    return {
        "multi": multi,
        "pairs_all": pairs,
        "clusters": rng.sample(multi, min(100, len(multi))),
        "pairs": rng.sample(pairs, min(50, len(pairs))),
        "hardest": hardest,
    }


def _overlap(pair: tuple[QuoteRecord, QuoteRecord], stop: frozenset[str]) -> float:
    """Jaccard similarity of two quotes' content words: where missed repeats would be."""
    a, b = (content_words(r.text, stop) for r in pair)
    return len(a & b) / len(a | b)


def pair_key(pair: tuple[QuoteRecord, QuoteRecord]) -> str:
    return " | ".join(f"{r.article.id}/{r.quote_id}" for r in pair)


def show(sample: dict[str, list], what: str) -> None:
    out = sys.stdout
    if what == "clusters":
        for number, cluster in enumerate(sample["clusters"]):
            out.write(f"## C{number:03d} {cluster.id} kind={cluster.kind} articles={cluster.n_articles} ")
            out.write(f"outlets={cluster.n_outlets} speaker={cluster.speaker}\n   CANON: {cluster.canonical[:300]}\n")
            for member in cluster.members:
                r = member.record
                out.write(f"   - [{member.relation}/{r.kind}] {r.article.id[:40]} sp={r.speaker}: {r.text[:300]}\n")
        return
    for name in ("pairs", "hardest"):
        for number, pair in enumerate(sample[name]):
            out.write(f"## {name[0].upper()}{number:02d} {pair_key(pair)}\n")
            for r in pair:
                out.write(f"   [{r.kind}] {r.article.id[:40]} sp={r.speaker}: {r.text[:350]}\n")


def upper_bound(successes: int, trials: int, level: float = 0.05) -> float:
    """One-sided 95% upper confidence bound of a binomial proportion (Clopper-Pearson, by bisection)."""
    from math import comb

    def at_most(p: float) -> float:
        return sum(comb(trials, k) * p**k * (1 - p) ** (trials - k) for k in range(successes + 1))

    low, high = successes / trials if trials else 0.0, 1.0
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if at_most(middle) > level else (low, middle)
    return high


def read_judgements(path: Path) -> dict[tuple[str, str], str]:
    with path.open(encoding="utf-8") as handle:
        return {(row["sample"], row["key"]): row["verdict"] for row in csv.DictReader(handle, delimiter="\t")}


def cross_article_pairs(cluster: QuoteCluster) -> int:
    return sum(1 for a, b in combinations(cluster.members, 2) if a.record.article.id != b.record.article.id)


def report(sample: dict[str, list], judgements: dict[tuple[str, str], str]) -> None:
    verdicts = [judgements.get(("cluster", c.id)) for c in sample["clusters"]]
    pair_verdicts = [judgements.get(("pair", pair_key(p))) for p in sample["pairs"]]
    hard_verdicts = [judgements.get(("hardest", pair_key(p))) for p in sample["hardest"]]
    unjudged = verdicts.count(None) + pair_verdicts.count(None) + hard_verdicts.count(None)
    if unjudged:
        print(f"{unjudged} sampled items have no judgement in {JUDGEMENTS.name}: run --show and judge them")
    pure = verdicts.count("pure")
    purity = pure / (pure + verdicts.count("impure")) if pure + verdicts.count("impure") else float("nan")
    same = pair_verdicts.count("same")
    judged_pairs = same + pair_verdicts.count("different")
    missed = same / judged_pairs * len(sample["pairs_all"]) if judged_pairs else float("nan")
    joined = sum(cross_article_pairs(c) for c in sample["multi"]) * purity
    print(f"purity: {pure} of {pure + verdicts.count('impure')} judged clusters pure = {purity:.1%}")
    print(f"random not-joined pairs sharing {MIN_SHARED_CONTENT}+ content words: {same} of {judged_pairs} true repeats")
    print(f"  -> missed true-repeat pairs, estimated: {missed:.0f} of {len(sample['pairs_all'])}")
    print(f"hardest not-joined pairs: {hard_verdicts.count('same')} of {len(sample['hardest'])} true repeats (missed)")
    floor = max(missed, hard_verdicts.count("same"))
    worst = max(upper_bound(same, judged_pairs) * len(sample["pairs_all"]), hard_verdicts.count("same"))
    print(f"joined true-repeat pairs (cross-article, times purity): {joined:.0f}")
    print(f"recall of true repeats: {joined / (joined + floor):.1%} (missed counted as {floor:.0f})")
    print(
        f"  lower bound: {joined / (joined + worst):.1%} (missed at the random sample's 95% upper bound, {worst:.0f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parsed", nargs="+", help="parsed JSONL (newsparse parse output)")
    parser.add_argument("--show", choices=("clusters", "pairs"), help="print a sample's texts to judge")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    index = QuoteIndex()
    for item in read_records(args.parsed):
        if hasattr(item, "quotes"):
            index.add(item)
    clusters = index.clusters()
    sample = samples(index, clusters)
    if args.show:
        show(sample, args.show)
        return 0
    multi = sample["multi"]
    print(f"articles {index.n_articles}, quotes {len(index.records)}, clusters {len(clusters)}")
    print(f"clusters with 2+ members: {sum(1 for c in clusters if c.n_members > 1)}")
    print(f"clusters spanning 2+ articles: {len(multi)} (direct {sum(c.kind == 'direct' for c in multi)})")
    print(f"clusters spanning 2+ outlets: {sum(1 for c in clusters if c.n_outlets >= 2)}")
    print(f"clusters with variants: {sum(1 for c in multi if c.variants)}")
    if args.judgements.exists():
        report(sample, read_judgements(args.judgements))
    return 0


if __name__ == "__main__":
    sys.exit(main())
