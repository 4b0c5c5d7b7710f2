"""Throughput of newsparse against its bare NLP backend, and where the time goes.

    .venv/bin/python benchmarks/throughput.py                 # real articles, --jobs 1 and 2
    .venv/bin/python benchmarks/throughput.py --n 200 --jobs 1 --profile
    .venv/bin/python benchmarks/throughput.py --corpus generated --n 1000
    .venv/bin/python benchmarks/throughput.py --jobs --cli 200 # newsparse parse, start-up included

The corpus: ``--corpus FILE.jsonl[.gz]`` reads real articles (one JSON object
a line, ``{"id", "text", "published" | "dct", "title"}``, read the way
``newsparse parse`` reads them), by default the development corpus
``../shared/eval/dev/polnear-train.jsonl.gz`` when it is there (it is read
in place, never copied into the repository); ``--corpus generated`` (the
fallback) generates N news-like articles (see ``corpus.py``: varied names,
numbers and quotes, so no cache can help). Real articles are longer and
richer in quotes than the generated ones, so the extractors' share differs.

For each ``--jobs`` value it runs, over the same N articles:

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

``--cli N`` times ``newsparse parse`` on the first N articles end to end, as
a user runs it (interpreter, model and worker start-up included), once per
``--jobs`` value, and prints the speed-up of each over ``--jobs 1``.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from newsparse import ParseFailure, Parser  # noqa: E402
from newsparse.inputs import ArticleInput  # noqa: E402
from newsparse.run.pool import DEFAULT_START_METHOD  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# the development corpus, read in place (never copied into the repository)
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev" / "polnear-train.jsonl.gz"
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
            texts = list(texts)
            docs = backend.nlp.pipe(texts, batch_size=batch_size)
            for text in texts:
                started = time.process_time()
                doc = next(docs)
                self.cpu["backend: nlp.pipe"] += time.process_time() - started
                started = time.process_time()
                analysis = doc_to_analysis(doc, model, text)  # as SpacyBackend.analyze_many calls it
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
    """--jobs 1: bare and full alternate over rounds of articles, so load changes hit both alike;
    which of the two goes first alternates too, so neither always meets the texts first.
    Rounds end at every mark, so the figures at N/4, N/2 and N are taken exactly there."""
    parser = instrument.parser
    nlp = parser.backend.nlp
    bare, full, failed = Totals(), Totals(), 0
    ends = sorted(set(range(4 * batch_size, len(inputs), 4 * batch_size)) | set(marks))

    def run_bare(chunk: list[ArticleInput]) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        # in a memory zone, as parse_many runs: the words bare spaCy meets are not left
        # in the vocabulary for the full run to find
        with nlp.memory_zone():
            for doc in nlp.pipe((item.text for item in chunk), batch_size=batch_size):
                bare.tokens += sum(1 for t in doc if not t.is_space)
        bare.wall += time.perf_counter() - wall
        bare.cpu += time.process_time() - cpu
        bare.articles += len(chunk)

    def run_full(chunk: list[ArticleInput]) -> int:
        wall, cpu = time.perf_counter(), time.process_time()
        failed = sum(isinstance(result, ParseFailure) for result in parser.parse_many(chunk, batch_size=batch_size))
        full.wall += time.perf_counter() - wall
        full.cpu += time.process_time() - cpu
        full.articles += len(chunk)
        full.tokens = instrument.tokens
        return failed

    with PeakMemory() as memory:
        for round_, (first, last) in enumerate(zip([0, *ends], ends, strict=False)):
            chunk = inputs[first:last]
            if round_ % 2 == 0:
                run_bare(chunk)
                failed += run_full(chunk)
            else:
                failed += run_full(chunk)
                run_bare(chunk)
            if last in marks:
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


def _marginal(totals: Totals, clock: str = "wall", tokens: Totals | None = None) -> tuple[float, list[str]]:
    """Articles/s between the first and the last mark (start-up and pipeline fill excluded),
    and, for each stretch between marks, ms per article and ms per 1,000 tokens (flat = linear
    in N; real articles differ in length, so the per-token figure is the one to compare).
    ``tokens``: the run whose token counts to use when ``totals`` counts none (same articles)."""
    points = sorted(totals.rows.items())
    counted = tokens.rows if tokens is not None else totals.rows
    stretches = [(0, 0.0, 0.0)] + [(n, row[clock], counted.get(n, row)["tokens"]) for n, row in points]
    per = []
    for (n0, t0, k0), (n1, t1, k1) in zip(stretches, stretches[1:], strict=False):
        if n1 > n0:
            per_token = f" ({1e6 * (t1 - t0) / (k1 - k0):.1f} ms/ktok)" if k1 > k0 else ""
            per.append(f"{1000 * (t1 - t0) / (n1 - n0):.1f}{per_token}")
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
    _, per = _marginal(full, "cpu")
    out.append("  full CPU ms/article per stretch up to N/4, N/2, N (flat = linear): " + ", ".join(per))
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
        f"full {full_first:.1f} s (newsparse pool, {DEFAULT_START_METHOD}; the server started above)"
    )
    out += _rows("bare", bare, tokens_per_article, cpu=False)
    out += _rows("full", full, tokens_per_article, cpu=False)
    bare_rate, _ = _marginal(bare)
    full_rate, per = _marginal(full, "wall", tokens=bare)
    out.append(
        f"  steady rate (N/4 to N): bare {bare_rate:.2f} art/s, full {full_rate:.2f} art/s "
        f"-> full / bare {full_rate / bare_rate:.1%}"
    )
    out.append(
        f"  whole run, start-up included: bare {bare.wall:.1f} s, full {full.wall:.1f} s "
        f"-> full / bare {bare.wall / full.wall:.1%}"
    )
    out.append("  full wall ms/article per stretch up to N/4, N/2, N: " + ", ".join(per))
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


# -- the corpus -------------------------------------------------------------------------
def load_corpus(args: argparse.Namespace) -> tuple[list[ArticleInput], str]:
    """The N articles to measure on, and a line saying what they are."""
    path = _corpus_path(args.corpus)
    if path is None:
        n = args.n or 1000
        records = corpus.generate(n, seed=args.seed)
        inputs = [
            ArticleInput.create(r["text"], id=r["id"], title=r["title"], published=r["published"]) for r in records
        ]
        return inputs, f"generated corpus (benchmarks/corpus.py, seed {args.seed}): {n} articles"
    from newsparse.io import read_inputs

    inputs = []
    for item in read_inputs([str(path)]):
        if isinstance(item, ArticleInput):
            inputs.append(item)
        if args.n and len(inputs) >= args.n:
            break
    if args.n and len(inputs) < args.n:
        print(f"note: {path} holds {len(inputs)} articles, fewer than --n {args.n}; measuring all of them")
    characters = sum(len(item.text) for item in inputs) / max(len(inputs), 1)
    return inputs, f"real articles from {path}: the first {len(inputs)}, {characters:,.0f} characters on average"


def _corpus_path(choice: str | None) -> Path | None:
    """``--corpus``: a file, ``generated``, or by default the development corpus when it is there."""
    if choice == "generated":
        return None
    if choice is None:
        if DEFAULT_CORPUS.exists():
            return DEFAULT_CORPUS
        print(f"note: {DEFAULT_CORPUS} is not there; using the generated corpus")
        return None
    path = Path(choice)
    if not path.exists():
        raise SystemExit(f"--corpus {choice}: no such file")
    return path


# -- start-up and the command line ----------------------------------------------------
def worker_startup(parser: Parser, jobs: int) -> tuple[float, float, float]:
    """The pool's start-up: seconds from ``parse_many(n_process=jobs)`` to the last of ``jobs``
    one-line articles parsed, one per worker (workers started, parser ready, little else), twice:
    the first time (fork server started, model loaded) and again (the server already runs).
    Also the CPU seconds of this process's fork server (its start-up: interpreter, imports, model)."""
    texts = [f"Worker {k} said it was ready." for k in range(jobs)]
    walls = []
    for _ in range(2):
        started = time.perf_counter()
        list(parser.parse_many(texts, batch_size=1, n_process=jobs))
        walls.append(time.perf_counter() - started)
    server_cpu = 0.0
    for child in psutil.Process().children():
        with contextlib.suppress(psutil.Error):
            if "forkserver" in " ".join(child.cmdline()):
                times = child.cpu_times()
                server_cpu += times.user + times.system
    return walls[0], walls[1], server_cpu


def time_cli(inputs: list[ArticleInput], jobs_values: list[int], batch_size: int) -> None:
    """``newsparse parse FILE --jobs J`` on these articles, end to end, for each J: wall time,
    and CPU time of the whole process tree (from the kernel's accounting of waited-for children)."""
    executable = Path(sys.executable).with_name("newsparse")
    command = [str(executable)] if executable.exists() else [sys.executable, "-m", "newsparse"]
    walls: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for item in inputs:
                record = {"id": item.id, "text": item.text, "title": item.title}
                if item.published is not None:
                    record["published"] = item.published.isoformat()
                handle.write(json.dumps(record) + "\n")
        print(f"\n== newsparse parse, start-up included: {len(inputs)} articles ==")
        for jobs in jobs_values:
            output = Path(folder) / f"out-{jobs}.jsonl"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            run = [
                *command,
                "--quiet",
                "parse",
                str(source),
                "-o",
                str(output),
                "--jobs",
                str(jobs),
                "--batch-size",
                str(batch_size),
                "--no-progress",
            ]
            others = _run_sampling_cpu(run)
            walls[jobs] = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) + others
            lines = sum(1 for _ in output.open(encoding="utf-8"))
            speedup = (
                f"  -> {walls[jobs_values[0]] / walls[jobs]:.2f}x --jobs {jobs_values[0]}"
                if jobs != jobs_values[0]
                else ""
            )
            print(
                f"  --jobs {jobs}: {walls[jobs]:6.1f} s wall, {cpu:6.1f} s CPU (all processes), "
                f"{lines} articles written, {len(inputs) / walls[jobs]:.2f} art/s{speedup}  "
                f"(load average {os.getloadavg()[0]:.1f})",
                flush=True,
            )


def _run_sampling_cpu(command: list[str]) -> float:
    """Run ``command``; the CPU seconds of its descendants that it does not wait for itself
    (the fork server and the workers forked from it), sampled twice a second. The command's own
    CPU time, and that of the children it waits for, is in RUSAGE_CHILDREN after it ends."""
    process = subprocess.Popen(command)
    parent = psutil.Process(process.pid)
    seen: dict[int, float] = {}
    while process.poll() is None:
        try:
            for child in parent.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    times = child.cpu_times()
                    seen[child.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.5)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return sum(seen.values())


# -- main -------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    inputs, described = load_corpus(args)
    n = len(inputs)
    marks = sorted({max(1, n // 4), max(1, n // 2), n})

    started = time.perf_counter()
    parser = Parser()
    nlp = parser.backend.nlp
    print(
        f"newsparse throughput: {described}; batch size {args.batch_size}, jobs {args.jobs}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start"
    )
    print(
        f"backend {parser.backend.model} ({parser.backend.version}); components {nlp.pipe_names}; "
        f"loaded in {time.perf_counter() - started:.1f} s; torch imported: {'torch' in sys.modules}"
    )
    print("plugins: " + ", ".join(f"{p.name} {p.version}" for p in parser.registry.info()))
    warm = [r["text"] for r in corpus.generate(8, seed=args.seed + 1)]
    list(parser.parse_many(warm))  # first-call costs (lazy lexicons, compiled patterns) out of the timings

    for jobs in args.jobs:
        if jobs == 1:
            instrument = Instrumented(parser)
            bare, full, memory, failed = run_interleaved(instrument, inputs, args.batch_size, marks)
            report_serial(n, bare, full, memory, failed, instrument)
            parser = Parser()  # a clean parser again (the instrumented one wraps its hooks)
            continue
        first, again, server_cpu = worker_startup(Parser(), jobs)
        print(
            f"\nworker start-up, --jobs {jobs}: {first:.1f} s wall the first time (fork server started, "
            f"{server_cpu:.1f} s CPU in it: interpreter, imports, model), {again:.1f} s when it already runs "
            f"(from parse_many to {jobs} one-line articles parsed, one per worker)"
        )
        texts = [item.text for item in inputs]
        docs = nlp.pipe(texts, batch_size=args.batch_size, n_process=jobs)
        bare, bare_memory, bare_first, _ = run_streaming(docs, lambda doc: sum(1 for t in doc if not t.is_space), marks)
        tokens_per_article = bare.tokens / n
        results = parser.parse_many(inputs, batch_size=args.batch_size, n_process=jobs)
        full, full_memory, full_first, failed = run_streaming(results, lambda result: 0, marks)
        report_parallel(
            jobs, n, bare, bare_memory, bare_first, full, full_memory, full_first, failed, tokens_per_article
        )
    if args.cli:
        time_cli(inputs[: args.cli], args.cli_jobs, args.batch_size)
    if args.profile:
        profile(Parser(), inputs[: args.profile_n or n], args.batch_size, args.top)
    print(f"\nload average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min)")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus",
        default=None,
        metavar="FILE.jsonl[.gz] | generated",
        help=f"articles to measure on (default: {DEFAULT_CORPUS} when present, else generated)",
    )
    parser.add_argument("--n", type=int, default=None, help="articles (default: all of a file, 1000 generated)")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="process counts to measure (default: 1 2)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--cli", type=int, default=0, metavar="N", help="also time `newsparse parse` end to end on the first N articles"
    )
    parser.add_argument(
        "--cli-jobs", type=int, nargs="+", default=[1, 2], help="--jobs values for --cli (default: 1 2)"
    )
    parser.add_argument("--profile", action="store_true", help="also cProfile a serial full run, hot spots per plugin")
    parser.add_argument("--profile-n", type=int, default=None, help="articles for the profile (default: N)")
    parser.add_argument("--top", type=int, default=6, help="functions listed per plugin in the profile")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
