"""Throughput of newsparse against its bare NLP backend, and where the time goes.

    .venv/bin/python benchmarks/throughput.py                 # N=1000, --jobs 1 and 2
    .venv/bin/python benchmarks/throughput.py --n 200 --jobs 1 --profile

For each ``--jobs`` value it runs, over the same generated corpus of N
news-like articles (see ``corpus.py``: varied names, numbers and quotes, so
no cache can help):

* **bare**: the backend's own ``nlp.pipe`` with the same components and
  batch size, no conversion, no extraction (``n_process=jobs`` for jobs > 1);
* **full**: ``Parser.parse_many(..., n_process=jobs)``, every installed plugin.

and prints articles/s and tokens/s, the full/bare ratio, the extraction
share of total time, peak RSS, and cumulative figures at N/4, N/2 and N of
the one streaming run, to show how cost grows with N (per-article time
should stay flat). With ``--jobs 1`` the full run is instrumented: CPU time
in the backend, in the spaCy→Analysis conversion, in each plugin's hook,
and the rest (assembly, validation). ``--profile`` adds a cProfile of the
full run with the hottest functions per plugin.

Timing is noisy on a shared machine: CPU-time figures (``cpu``) are less so
than wall-clock ones. Worker start-up (model loading) for jobs > 1 is
reported apart; rates are measured from the first result on.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from newsparse import (
    ParseFailure,  # noqa: E402
    Parser,  # noqa: E402
)
from newsparse.inputs import ArticleInput  # noqa: E402
from newsparse.run.pool import DEFAULT_START_METHOD  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXTRACTOR_HOOKS = ("newsparse_actors", "newsparse_dates", "newsparse_quotes", "newsparse_stances", "newsparse_finalize")


# -- measuring ------------------------------------------------------------------------
class PeakMemory:
    """Peak memory while a run lasts, sampled in a thread.

    ``rss``: resident set of this process. ``total``: proportional set size
    (PSS) of this process plus its worker processes, so pages that forked
    workers share are counted once, not once per process.
    """

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.rss = self.total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        me = psutil.Process()
        rss = me.memory_info().rss
        total = _pss(me, rss)
        for child in me.children(recursive=True):
            try:
                total += _pss(child, child.memory_info().rss)
            except psutil.Error:
                pass
        self.rss, self.total = max(self.rss, rss), max(self.total, total)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> PeakMemory:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def _pss(process: psutil.Process, fallback: int) -> int:
    try:
        return process.memory_full_info().pss
    except (psutil.Error, AttributeError):
        return fallback


class Totals:
    """Cumulative wall time, CPU time, articles and tokens of one kind of run."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self.articles = self.tokens = 0
        self.rows: dict[int, dict[str, float]] = {}

    def mark(self, memory: PeakMemory) -> None:
        memory.sample()
        self.rows[self.articles] = {"wall": self.wall, "cpu": self.cpu, "tokens": self.tokens, "memory": memory.total}


# -- the runs -----------------------------------------------------------------------------
class Instrumented:
    """Wraps the backend and every extractor hook of a parser with CPU-time counters."""

    def __init__(self, parser: Parser) -> None:
        self.parser = parser
        self.cpu: collections.Counter[str] = collections.Counter()
        self.tokens = 0
        self._wrap_backend(parser)
        for hook in EXTRACTOR_HOOKS:
            for impl in parser.registry.implementations(hook):
                impl.function = self._timed(impl.function, f"{impl.plugin_name}.{hook}")

    def _wrap_backend(self, parser: Parser) -> None:
        from newsparse.nlp.spacy_backend import doc_to_analysis

        backend = parser.backend
        original = backend.analyze_many

        def analyze_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Any]:
            model = backend.model
            docs = backend.nlp.pipe(texts, batch_size=batch_size)
            while True:
                started = time.process_time()
                doc = next(docs, None)
                self.cpu["backend: nlp.pipe"] += time.process_time() - started
                if doc is None:
                    return
                started = time.process_time()
                analysis = doc_to_analysis(doc, model)
                self.cpu["backend: spaCy Doc -> Analysis"] += time.process_time() - started
                self.tokens += len(analysis.tokens)
                yield analysis

        backend.analyze_many = analyze_many if original.__module__.endswith("spacy_backend") else original  # type: ignore[method-assign]

    def _timed(self, function: Callable[..., Any], key: str) -> Callable[..., Any]:
        counters = self.cpu

        def timed(*args: Any) -> Any:
            started = time.process_time()
            try:
                returned = function(*args)
                # generators do their work when listed: list them inside the timer
                return list(returned) if returned is not None and not isinstance(returned, (list, tuple)) else returned
            finally:
                counters[key] += time.process_time() - started

        return timed


def run_interleaved(
    instrument: Instrumented, inputs: list[ArticleInput], batch_size: int, marks: list[int]
) -> tuple[Totals, Totals, PeakMemory, int]:
    """--jobs 1: bare and full alternate over rounds of articles, so load changes hit both alike."""
    parser = instrument.parser
    nlp = parser.backend.nlp
    bare, full, failed = Totals(), Totals(), 0
    size = 4 * batch_size
    pending = list(marks)
    with PeakMemory() as memory:
        for first in range(0, len(inputs), size):
            chunk = inputs[first : first + size]
            wall, cpu = time.perf_counter(), time.process_time()
            for doc in nlp.pipe((item.text for item in chunk), batch_size=batch_size):
                bare.tokens += sum(1 for t in doc if not t.is_space)
            bare.wall += time.perf_counter() - wall
            bare.cpu += time.process_time() - cpu
            bare.articles += len(chunk)

            wall, cpu = time.perf_counter(), time.process_time()
            for result in parser.parse_many(chunk, batch_size=batch_size):
                failed += isinstance(result, ParseFailure)
            full.wall += time.perf_counter() - wall
            full.cpu += time.process_time() - cpu
            full.articles += len(chunk)
            full.tokens = instrument.tokens
            if pending and full.articles >= pending[0]:
                while pending and full.articles >= pending[0]:
                    pending.pop(0)
                bare.mark(memory)
                full.mark(memory)
    return bare, full, memory, failed


def run_streaming(
    stream: Iterable[Any], count_tokens: Callable[[Any], int], marks: list[int]
) -> tuple[Totals, PeakMemory, float, int]:
    """--jobs N: one streaming run; cumulative wall time at each mark; time to the first result."""
    totals, failed, first = Totals(), 0, None
    started = time.perf_counter()
    with PeakMemory() as memory:
        for result in stream:
            if first is None:
                first = time.perf_counter() - started
            failed += isinstance(result, ParseFailure)
            totals.articles += 1
            totals.tokens += count_tokens(result)
            totals.wall = time.perf_counter() - started
            if totals.articles in marks:
                totals.mark(memory)
    return totals, memory, first or 0.0, failed


# -- reporting -------------------------------------------------------------------------------
def _mb(value: float) -> str:
    return f"{value / 2**20:,.0f} MB"


def _rows(name: str, totals: Totals, tokens_per_article: float, cpu: bool) -> list[str]:
    out = []
    for n, row in sorted(totals.rows.items()):
        rate = n / row["wall"]
        cpu_text = f"  cpu {1000 * row['cpu'] / n:6.1f} ms/art" if cpu else ""
        out.append(
            f"  {name:<5} N={n:<6} {row['wall']:8.1f} s  {rate:7.2f} art/s  {rate * tokens_per_article:8.0f} tok/s  "
            f"{1000 * row['wall'] / n:7.1f} ms/art{cpu_text}  memory {_mb(row['memory'])}"
        )
    return out


def _marginal(totals: Totals) -> tuple[float, list[float]]:
    """Articles/s between the first and the last mark (start-up and pipeline fill excluded),
    and ms/article in each stretch between marks (flat = linear in N)."""
    points = sorted(totals.rows.items())
    stretches = [(0, 0.0)] + [(n, row["wall"]) for n, row in points]
    pairs = zip(stretches, stretches[1:], strict=False)
    per = [1000 * (w1 - w0) / (n1 - n0) for (n0, w0), (n1, w1) in pairs if n1 > n0]
    (n_first, first), (n_last, last) = points[0], points[-1]
    rate = (n_last - n_first) / (last["wall"] - first["wall"]) if n_last > n_first else n_last / last["wall"]
    return rate, per


def report_serial(
    n: int, bare: Totals, full: Totals, memory: PeakMemory, failed: int, instrument: Instrumented
) -> None:
    per_article = bare.tokens / max(bare.articles, 1)
    out = [
        f"\n== --jobs 1 (bare and full interleaved in rounds): N={n}, {bare.tokens:,} tokens "
        f"({per_article:.0f}/article) =="
    ]
    out += _rows("bare", bare, per_article, cpu=True)
    out += _rows("full", full, per_article, cpu=True)
    wall_ratio, cpu_ratio = bare.wall / full.wall, bare.cpu / full.cpu
    out.append(f"  full / bare throughput: wall {wall_ratio:.1%}, cpu {cpu_ratio:.1%}")
    _, per = _marginal(full)
    out.append("  full ms/article per stretch up to N/4, N/2, N (flat = linear): " + ", ".join(f"{p:.1f}" for p in per))
    out.append(f"  peak memory: {_mb(memory.rss)} RSS (one process); failures: {failed}")
    total = max(full.cpu, sum(instrument.cpu.values()))
    backend = instrument.cpu["backend: nlp.pipe"]
    out.append(f"  where the full run's CPU time goes (total {full.cpu:.1f} s):")
    for name, seconds in instrument.cpu.most_common():
        out.append(f"    {name:<38} {seconds:8.2f} s  {seconds / total:6.1%}")
    rest = total - sum(instrument.cpu.values())
    out.append(f"    {'rest (assembly, validation, phases)':<38} {rest:8.2f} s  {rest / total:6.1%}")
    out.append(
        f"  extraction share of the full run (all but nlp.pipe, same run): {(total - backend) / total:.1%}"
        f"  -> full at {backend / total:.1%} of bare throughput"
    )
    print("\n".join(out), flush=True)


def report_parallel(
    jobs: int,
    n: int,
    bare: Totals,
    bare_memory: PeakMemory,
    bare_first: float,
    full: Totals,
    full_memory: PeakMemory,
    full_first: float,
    failed: int,
    tokens_per_article: float,
) -> float:
    out = [f"\n== --jobs {jobs} (separate streaming runs): N={n} =="]
    out.append(
        f"  first result after: bare {bare_first:.1f} s (spaCy n_process, fork: model inherited), "
        f"full {full_first:.1f} s (newsparse pool, {DEFAULT_START_METHOD}: each worker loads its model)"
    )
    out += _rows("bare", bare, tokens_per_article, cpu=False)
    out += _rows("full", full, tokens_per_article, cpu=False)
    bare_rate, _ = _marginal(bare)
    full_rate, per = _marginal(full)
    out.append(
        f"  steady rate (N/4 to N): bare {bare_rate:.2f} art/s, full {full_rate:.2f} art/s "
        f"-> full / bare {full_rate / bare_rate:.1%}"
    )
    out.append("  full ms/article per stretch up to N/4, N/2, N: " + ", ".join(f"{p:.1f}" for p in per))
    out.append(
        f"  peak memory (PSS, main + workers): bare {_mb(bare_memory.total)}, full {_mb(full_memory.total)} "
        f"(the main process holds a model here for the bare run; `newsparse parse --jobs` does not); "
        f"failures: {failed}"
    )
    print("\n".join(out), flush=True)
    return full_rate


def profile(parser: Parser, inputs: list[ArticleInput], batch_size: int, top: int) -> None:
    """cProfile of a serial full run; own time per function inside each plugin package."""
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in parser.parse_many(inputs, batch_size=batch_size):
        pass
    profiler.disable()
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    groups: dict[str, list[tuple[float, float, str]]] = collections.defaultdict(list)
    for (filename, _line, function), (_, _, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        group = _group_of(filename)
        if group:
            groups[group].append((own, cumulative, f"{_short(filename)}:{function}"))
    print(f"\n== cProfile of a serial full run: {len(inputs)} articles, {wall:.1f} s wall while profiled ==")
    print("  own time per package (cProfile inflates Python-heavy code relative to spaCy's compiled code):")
    for group, rows in sorted(groups.items(), key=lambda item: -sum(r[0] for r in item[1]))[:16]:
        print(f"    {group:<28} {sum(r[0] for r in rows):7.2f} s  {sum(r[0] for r in rows) / total:6.1%}")
    for group, rows in sorted(groups.items()):
        if group.startswith(("plugin", "newsparse")):
            print(f"  hottest in {group} (own time, share of all profiled time; cumulative):")
            for own, cumulative, where in sorted(rows, reverse=True)[:top]:
                print(f"    {where:<64} {own:6.2f} s {own / total:6.1%}  cum {cumulative:6.2f} s")


def _short(filename: str) -> str:
    try:
        return os.path.relpath(filename, ROOT)
    except ValueError:
        return filename


def _group_of(filename: str) -> str | None:
    path = filename.replace("\\", "/")
    if "/plugins/newsparse_" in path:
        return "plugin " + path.split("/plugins/newsparse_")[1].split("/")[0]
    if "/src/newsparse/" in path:
        return "newsparse " + path.split("/src/newsparse/")[1].split("/")[0].removesuffix(".py")
    for library in ("spacy", "thinc", "dateparser", "vaderSentiment", "attr", "cattrs", "pluggy", "regex", "numpy"):
        if f"/{library}/" in path:
            return f"lib {library}"
    return None


# -- main -------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    records = list(corpus.generate(args.n, seed=args.seed))
    inputs = [ArticleInput.create(r["text"], id=r["id"], title=r["title"], published=r["published"]) for r in records]
    marks = sorted({max(1, args.n // 4), max(1, args.n // 2), args.n})

    started = time.perf_counter()
    parser = Parser()
    nlp = parser.backend.nlp
    print(
        f"newsparse throughput: N={args.n}, batch size {args.batch_size}, jobs {args.jobs}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start"
    )
    print(
        f"backend {parser.backend.model} ({parser.backend.version}); components {nlp.pipe_names}; "
        f"loaded in {time.perf_counter() - started:.1f} s"
    )
    print("plugins: " + ", ".join(f"{p.name} {p.version}" for p in parser.registry.info()))
    warm = [r["text"] for r in corpus.generate(8, seed=args.seed + 1)]
    list(parser.parse_many(warm))  # first-call costs (lazy lexicons, compiled patterns) out of the timings

    tokens_per_article = 0.0
    for jobs in args.jobs:
        if jobs == 1:
            instrument = Instrumented(parser)
            bare, full, memory, failed = run_interleaved(instrument, inputs, args.batch_size, marks)
            tokens_per_article = bare.tokens / args.n
            report_serial(args.n, bare, full, memory, failed, instrument)
            parser = Parser()  # a clean parser again (the instrumented one wraps its hooks)
            continue
        texts = [item.text for item in inputs]
        docs = nlp.pipe(texts, batch_size=args.batch_size, n_process=jobs)
        bare, bare_memory, bare_first, _ = run_streaming(docs, lambda doc: sum(1 for t in doc if not t.is_space), marks)
        tokens_per_article = bare.tokens / args.n
        results = parser.parse_many(inputs, batch_size=args.batch_size, n_process=jobs)
        full, full_memory, full_first, failed = run_streaming(results, lambda result: 0, marks)
        report_parallel(
            jobs, args.n, bare, bare_memory, bare_first, full, full_memory, full_first, failed, tokens_per_article
        )
    if args.profile:
        profile(Parser(), inputs[: args.profile_n or args.n], args.batch_size, args.top)
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="process counts to measure (default: 1 2)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--profile", action="store_true", help="also cProfile a serial full run, hot spots per plugin")
    parser.add_argument("--profile-n", type=int, default=None, help="articles for the profile (default: N)")
    parser.add_argument("--top", type=int, default=6, help="functions listed per plugin in the profile")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
