"""Parsing a stream of articles on several processes, in input order, in flat memory.

:meth:`Parser.parse_many(..., n_process=N) <newsparse.parser.Parser.parse_many>`
comes here when ``N > 1``. The design, and why:

* **A pool of worker processes, one** :class:`~newsparse.parser.Parser`
  **each, built once.** Loading a spaCy model takes seconds, so a worker
  builds its parser in the pool initializer and keeps it for every chunk.
  Workers rebuild the parser from a :class:`ParserRecipe` (the arguments the
  parent's parser was made with), because a pluggy manager and a loaded
  model cannot travel between processes.
* **Chunks in, results out, in input order.** The parent cuts the input
  stream into chunks of ``chunk_size`` articles, submits them and yields
  each chunk's results when its turn comes, so output order equals input
  order whatever order the workers finish in.
* **Bounded in-flight work.** At most ``max_in_flight`` chunks' worth of
  articles are submitted and not yet yielded, and ``n_process`` chunks more
  are read ahead; the input iterator is read only as fast as results are
  consumed, so memory stays flat on an archive of any size (unlike
  ``multiprocessing.Pool.imap``, which reads its whole input ahead).
* **Workers finish together.** The read-ahead shows the end of the input
  before it is cut: what is left then goes out in shrinking chunks, so no
  worker is left parsing a whole last chunk alone while the others wait
  (with 32 news articles a chunk, that wait was about 4 s of a run).
* **Failures per article.** Inside a worker, ``parse_many`` already turns a
  bad article into a :class:`~newsparse.parser.ParseFailure`. If a worker
  process dies (out of memory, a crash in native code), the pool is
  restarted, the unfinished chunks are redone one at a time, and the chunk
  that kills a worker again is redone article by article, so only the
  article that kills a worker becomes a failure.
* **spawn / forkserver, not fork.** A forked child inherits the parent's
  threads and locks (torch, BLAS, logging, tqdm's monitor) in whatever state
  they were; ``forkserver`` (the default here) forks workers from a clean
  server process, ``spawn`` starts fresh interpreters. Both are safe.
* **One model, loaded once, shared.** With ``forkserver`` the server
  process builds the parser (and loads the model) before it forks any
  worker (:mod:`newsparse.run.preload`), so a worker starts in milliseconds
  instead of loading a model of its own for seconds, and the model's
  memory is shared copy-on-write. The server lives as long as the calling
  process, so later runs with the same parser start as fast.
* **Nothing outlives the caller.** Each worker watches a pipe whose
  writing end only the parent holds (the *lifeline*): when the parent
  ends, however it ends (``kill -9`` included), the pipe closes and the
  workers exit, and with them the fork server and multiprocessing's
  resource tracker, which live only as long as someone uses them. On an
  early stop (an exception, ``Ctrl-C``, ``SIGTERM`` turned into an
  exception by the command line) the parent closes the lifeline itself, so
  running chunks are abandoned at once instead of finished; the results
  already finished in input order are still yielded first.
"""

from __future__ import annotations

import concurrent.futures as cf
import gc
import hashlib
import importlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from newsparse.errors import NewsparseError, PluginError
from newsparse.inputs import ArticleInput, ParseFailure, as_input

if TYPE_CHECKING:
    from newsparse.models import Article
    from newsparse.parser import Parser

log = logging.getLogger(__name__)

START_METHODS = ("forkserver", "spawn", "fork")
DEFAULT_START_METHOD = os.environ.get("NEWSPARSE_START_METHOD", "forkserver")
#: How the pool tells the fork server which parser to build (see newsparse.run.preload).
PRELOAD_ENV = "NEWSPARSE_PRELOAD_RECIPE"
PRELOAD_MODULE = "newsparse.run.preload"
# The largest recipe passed through the environment (Linux caps one variable at 128 KiB).
_PRELOAD_LIMIT = 32_768
# Libraries that start thread pools: one thread per worker process, since the
# processes already use every core and oversubscription only adds switching.
_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
WORKER_DIED = (
    "the worker process parsing this article died (out of memory, or a crash in native code); "
    "the other articles were parsed"
)


# -- how to rebuild a parser in another process ----------------------------------
@attrs.frozen
class _ModuleRef:
    """A plugin module, sent by name (modules cannot be pickled) and imported again."""

    name: str

    def load(self) -> ModuleType:
        return importlib.import_module(self.name)


@attrs.frozen
class ParserRecipe:
    """The arguments a :class:`~newsparse.parser.Parser` was built with, picklable.

    ``pickled`` holds them as bytes, so the recipe can be checked once in the
    parent (a clear error if a plugin cannot be sent) and used as a cache key
    in workers (one parser per distinct recipe per process).
    """

    pickled: bytes

    @classmethod
    def of(cls, parser: Parser) -> ParserRecipe:
        """The recipe of an existing parser (its constructor arguments)."""
        return cls.from_kwargs(**parser._recipe)

    @classmethod
    def from_kwargs(cls, **kwargs: Any) -> ParserRecipe:
        """A recipe from :class:`~newsparse.parser.Parser` keyword arguments."""
        kwargs = dict(kwargs)
        plugins = kwargs.get("plugins", ())
        kwargs["plugins"] = tuple(_ModuleRef(p.__name__) if isinstance(p, ModuleType) else p for p in plugins)
        kwargs["disable"] = tuple(kwargs.get("disable", ()))
        try:
            data = pickle.dumps(kwargs)
        except Exception as error:  # noqa: BLE001 - say what cannot travel, not pickle's internals
            raise NewsparseError(
                "this parser cannot be sent to worker processes "
                f"({type(error).__name__}: {error}); pass plugins as importable modules, classes or "
                "picklable instances and the backend by name, or use n_process=1"
            ) from error
        return cls(data)

    @property
    def key(self) -> str:
        return hashlib.sha1(self.pickled).hexdigest()

    def build(self) -> Parser:
        from newsparse.parser import Parser

        kwargs = pickle.loads(self.pickled)
        kwargs["plugins"] = tuple(p.load() if isinstance(p, _ModuleRef) else p for p in kwargs["plugins"])
        return Parser(**kwargs)


# -- the parser of this process (workers; dask workers too) ------------------------
_PARSERS: dict[str, Parser] = {}
_PARSERS_LOCK = threading.Lock()


def parser_for(recipe: ParserRecipe, load_backend: bool = True) -> Parser:
    """This process's parser for ``recipe``, built (and its model loaded) on first use."""
    key = recipe.key
    with _PARSERS_LOCK:
        parser = _PARSERS.get(key)
        if parser is None:
            parser = recipe.build()
            if load_backend:
                _ = parser.backend.model  # load the model now, not inside the first chunk
            _PARSERS[key] = parser
            _one_thread_per_library()
    return parser


def _one_thread_per_library() -> None:
    """Keep torch to one intra-op thread (spaCy imports it through thinc)."""
    import sys

    torch = sys.modules.get("torch")
    if torch is not None:
        try:
            torch.set_num_threads(1)
        except RuntimeError:  # pragma: no cover - already set, or torch refuses after first use
            pass


_WORKER: dict[str, Any] = {}


def _init_worker(recipe: ParserRecipe, lifeline: multiprocessing.connection.Connection, inherited: int | None) -> None:
    """Pool initializer: exit with the parent, then build the parser once per worker.

    A load error is kept and raised by every task, so the parent sees the
    real reason instead of a broken pool. ``inherited``: the parent's end of
    the lifeline, which a ``fork`` child holds a copy of and must close.
    """
    if inherited is not None:
        os.close(inherited)
    threading.Thread(target=_exit_with_parent, args=(lifeline,), name="newsparse-lifeline", daemon=True).start()
    # Ctrl-C reaches the whole process group: the parent decides, and closes the lifeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in _THREAD_ENV:
        os.environ.setdefault(name, "1")
    try:
        _WORKER["parser"] = parser_for(recipe)
    except Exception as error:  # noqa: BLE001 - reported through the tasks
        _WORKER["error"] = _transportable(error)
    gc.freeze()  # the model's objects are never garbage: keep the collector (and copy-on-write) off them


def _exit_with_parent(lifeline: multiprocessing.connection.Connection) -> None:
    """Block until the lifeline closes (the parent never writes to it), then end this worker at once."""
    try:
        lifeline.recv()
    except (EOFError, OSError):
        pass
    os._exit(0)


def _parse_chunk(chunk: list[ArticleInput | ParseFailure], batch_size: int) -> list[Article | ParseFailure]:
    """The task a worker runs: one chunk through its parser's serial ``parse_many``."""
    if "error" in _WORKER:
        raise _WORKER["error"]
    parser: Parser = _WORKER["parser"]
    try:
        return list(parser.parse_many(chunk, batch_size=batch_size))
    except Exception as error:  # noqa: BLE001 - only with errors="raise" or a backend failure
        raise _transportable(error) from None


def _transportable(error: BaseException) -> BaseException:
    """``error`` if it survives pickling, else an equivalent that does.

    newsparse's own exceptions take several constructor arguments, which
    plain exception pickling cannot restore.
    """
    if isinstance(error, PluginError):
        inner = error.error
        if not _survives_pickle(inner):
            inner = RuntimeError(f"{type(inner).__name__}: {inner}")
        error = PluginError(error.plugin, error.phase, inner)
        error.args = (error.plugin, error.phase, inner)
        return error
    if _survives_pickle(error):
        return error
    return NewsparseError(f"{type(error).__name__} in a worker process: {error}")


def _survives_pickle(error: BaseException) -> bool:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001
        return False
    return True


# -- the parent side ------------------------------------------------------------------
def resolve_processes(n_process: int) -> int:
    """``n_process`` as a count: ``-1`` means one per CPU core."""
    if n_process == -1:
        return os.cpu_count() or 1
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive number of processes or -1 (all cores), got {n_process!r}")
    return n_process


def parse_parallel(
    parser: Parser,
    inputs: Iterable[str | ArticleInput | ParseFailure],
    n_process: int = 2,
    batch_size: int = 32,
    chunk_size: int | None = None,
    max_in_flight: int | None = None,
    start_method: str | None = None,
) -> Iterator[Article | ParseFailure]:
    """Parse ``inputs`` on ``n_process`` worker processes; results in input order.

    ``chunk_size`` articles go to a worker at a time (default ``batch_size``;
    the last chunks of the input are smaller); at most ``max_in_flight``
    chunks' worth of articles (default ``2 * n_process``, enough to keep
    every worker busy while the parent consumes) are out at once, and
    ``n_process`` chunks more are read ahead to see the end coming.
    Arguments are checked here, before the first result is asked for.
    """
    n = resolve_processes(n_process)
    chunk_size = chunk_size or batch_size
    if batch_size < 1 or chunk_size < 1:
        raise ValueError(f"batch_size and chunk_size must be >= 1, got {batch_size} and {chunk_size}")
    start_method = start_method or DEFAULT_START_METHOD
    if start_method not in START_METHODS:
        raise ValueError(f"start_method must be one of {START_METHODS}, got {start_method!r}")
    recipe = ParserRecipe.of(parser)
    pool = _Pool(recipe, n, start_method, batch_size)
    pool.start_server()  # the server loads the model while the first chunks are read
    return pool.run(_chunks(inputs, chunk_size, n), (max_in_flight or 2 * n) * chunk_size)


#: The smallest chunk cut from the end of the input (a chunk costs a task's round trip).
_SMALLEST_LAST_CHUNK = 2


def _chunks(inputs: Iterable[Any], size: int, workers: int) -> Iterator[list[Any]]:
    """``inputs`` in chunks of ``size``, the last ones shrinking so that the workers finish together.

    ``size * workers`` articles are read ahead, so the end of the input is
    seen before the last full chunk is cut. What is left then goes out by
    guided scheduling: each chunk a ``2 * workers``-th of the rest (at least
    :data:`_SMALLEST_LAST_CHUNK`), so the last tasks are short and a worker
    that finishes early finds work until the others are nearly done.
    """
    ahead: deque[Any] = deque()
    for raw in inputs:
        ahead.append(as_input(raw))
        if len(ahead) >= size * (workers + 1):
            yield [ahead.popleft() for _ in range(size)]
    while ahead:
        share = max(_SMALLEST_LAST_CHUNK, -(-len(ahead) // (2 * workers)))
        yield [ahead.popleft() for _ in range(min(size, share, len(ahead)))]


class _Pool:
    """A process pool that survives dead workers, yields chunk results in order, and dies with its caller."""

    def __init__(self, recipe: ParserRecipe, processes: int, start_method: str, batch_size: int) -> None:
        self.recipe = recipe
        self.processes = processes
        self.context = multiprocessing.get_context(start_method)
        self.batch_size = batch_size
        self.executor: cf.ProcessPoolExecutor | None = None
        self.lifeline: tuple[multiprocessing.connection.Connection, multiprocessing.connection.Connection] | None = None

    def start_server(self) -> None:
        """Start the fork server (it loads the model), if that is the start method; it does not wait."""
        if self.context.get_start_method() == "forkserver":
            _start_fork_server(self.context, self.recipe)

    def _start(self) -> cf.ProcessPoolExecutor:
        if self.executor is None:
            if self.lifeline is None:
                self.lifeline = self.context.Pipe(duplex=False)  # (reader for the workers, writer kept here)
            self.start_server()  # again after a restart: a server that died is started anew
            reader, writer = self.lifeline
            inherited = writer.fileno() if self.context.get_start_method() == "fork" else None
            self.executor = cf.ProcessPoolExecutor(
                self.processes,
                mp_context=self.context,
                initializer=_init_worker,
                initargs=(self.recipe, reader, inherited),
            )
        return self.executor

    def _restart(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def _stop(self, finished: bool) -> None:
        """Shut the pool down: after the last chunk, let workers exit; on an early stop, end them now."""
        executor, self.executor = self.executor, None
        if not finished and self.lifeline is not None:
            self.lifeline[1].close()  # every worker sees the lifeline close and exits
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=not finished)
        if self.lifeline is not None:
            for end in self.lifeline:
                end.close()
            self.lifeline = None

    def _submit(self, chunk: list[Any]) -> cf.Future:
        return self._start().submit(_parse_chunk, chunk, self.batch_size)

    def run(self, chunks: Iterator[list[Any]], max_articles: int) -> Iterator[Article | ParseFailure]:
        """Submit ``chunks``, with at most ``max_articles`` articles out (submitted, not yet yielded).

        Counted in articles, not chunks, so the short chunks at the end of
        the input keep every worker supplied while the head chunk finishes.
        """
        pending: deque[tuple[list[Any], cf.Future]] = deque()
        finished = False
        try:
            for chunk in chunks:
                pending.append((chunk, self._submit(chunk)))
                while sum(len(waiting) for waiting, _ in pending) >= max_articles:
                    yield from self._collect(pending)
            while pending:
                yield from self._collect(pending)
            finished = True
        except KeyboardInterrupt:  # Ctrl-C, or SIGTERM raised as an exception by the command line
            done = _finished_in_order(pending)
            self._stop(finished=False)
            yield from done  # what is finished is still delivered (and written) before stopping
            raise
        finally:
            self._stop(finished)

    def _collect(self, pending: deque[tuple[list[Any], cf.Future]]) -> list[Article | ParseFailure]:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            suspects = [chunk] + [c for c, _ in pending]
            pending.clear()
            log.warning("a worker process died; redoing %d unfinished chunks one at a time", len(suspects))
            self._restart()
            return [result for suspect in suspects for result in self._isolate(suspect)]

    def _isolate(self, chunk: list[Any]) -> list[Article | ParseFailure]:
        """Redo ``chunk`` alone; if it kills a worker again, redo it article by article."""
        try:
            return self._submit(chunk).result()
        except BrokenProcessPool:
            self._restart()
        if len(chunk) > 1:
            return [result for item in chunk for result in self._isolate([item])]
        self._check_workers_start()
        item = chunk[0]
        if isinstance(item, ParseFailure):
            return [item]
        log.error("article %s killed a worker process; recorded as a failure", item.id or repr(item.text[:40]))
        return [ParseFailure(item, WORKER_DIED, item.id)]

    def _check_workers_start(self) -> None:
        """Raise if workers die even with nothing to do, instead of failing every article."""
        try:
            self._submit([]).result()
        except BrokenProcessPool as error:
            self._restart()
            raise NewsparseError(
                "worker processes die before parsing anything; with the spawn or forkserver start "
                "method the calling script must start work under `if __name__ == '__main__':`"
            ) from error


def _finished_in_order(pending: deque[tuple[list[Any], cf.Future]]) -> list[Article | ParseFailure]:
    """The results of the chunks at the head of ``pending`` that are already done, in input order."""
    results: list[Article | ParseFailure] = []
    while pending and pending[0][1].done() and not pending[0][1].cancelled() and pending[0][1].exception() is None:
        results.extend(pending.popleft()[1].result())
    return results


def _start_fork_server(context: Any, recipe: ParserRecipe) -> None:
    """Start this process's fork server, if it is not running yet, with ``recipe``'s parser preloaded.

    The server is started once per process and kept (multiprocessing's
    design): a later pool with another recipe gets workers that build their
    own parser, slower but the same. A recipe too large for the environment
    is not preloaded either.
    """
    from multiprocessing import forkserver

    # this process's import path goes along: the server's own starts elsewhere, and the order of
    # sys.path decides the order in which entry points (plugins, hence results) are found
    data = pickle.dumps({"recipe": recipe.pickled, "sys_path": list(sys.path)}).hex()
    preload = len(data) <= _PRELOAD_LIMIT
    context.set_forkserver_preload([PRELOAD_MODULE] if preload else ["newsparse.parser"])
    if preload:
        os.environ[PRELOAD_ENV] = data
    try:
        forkserver.ensure_running()  # does nothing when the server already runs
    finally:
        os.environ.pop(PRELOAD_ENV, None)


def failure_to_dict(failure: ParseFailure) -> dict[str, Any]:
    """A JSON-ready record of an article that could not be parsed (for JSONL logs, Dask bags).

    It has an ``"error"`` key, which an article's dict never has, so the two
    can share one stream: ``[r for r in records if "error" not in r]``.
    """
    item = failure.input
    return {
        "id": item.id if item is not None else None,
        "source": failure.source,
        "error": failure.error,
    }


__all__ = ["ParserRecipe", "failure_to_dict", "parse_parallel", "parser_for", "resolve_processes"]
