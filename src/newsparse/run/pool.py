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
* **Bounded in-flight work.** At most ``max_in_flight`` chunks are
  submitted and not yet yielded; the input iterator is read only as fast as
  results are consumed, so memory stays flat on an archive of any size
  (unlike ``multiprocessing.Pool.imap``, which reads its whole input ahead).
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
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import importlib
import logging
import multiprocessing
import os
import pickle
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


def _init_worker(recipe: ParserRecipe) -> None:
    """Pool initializer: build the parser once per worker. A load error is kept and
    raised by every task, so the parent sees the real reason instead of a broken pool."""
    for name in _THREAD_ENV:
        os.environ.setdefault(name, "1")
    try:
        _WORKER["parser"] = parser_for(recipe)
    except Exception as error:  # noqa: BLE001 - reported through the tasks
        _WORKER["error"] = _transportable(error)


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

    ``chunk_size`` articles go to a worker at a time (default ``batch_size``);
    at most ``max_in_flight`` chunks (default ``2 * n_process``, enough to
    keep every worker busy while the parent consumes) are out at once.
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
    return pool.run(_chunks(inputs, chunk_size), max_in_flight or 2 * n)


def _chunks(inputs: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for raw in inputs:
        chunk.append(as_input(raw))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Pool:
    """A process pool that survives dead workers and yields chunk results in order."""

    def __init__(self, recipe: ParserRecipe, processes: int, start_method: str, batch_size: int) -> None:
        self.recipe = recipe
        self.processes = processes
        self.context = multiprocessing.get_context(start_method)
        self.batch_size = batch_size
        self.executor: cf.ProcessPoolExecutor | None = None

    def _start(self) -> cf.ProcessPoolExecutor:
        if self.executor is None:
            if self.context.get_start_method() == "forkserver":
                # import the heavy libraries once in the server, not in every worker
                self.context.set_forkserver_preload(["newsparse.parser", "spacy"])
            self.executor = cf.ProcessPoolExecutor(
                self.processes, mp_context=self.context, initializer=_init_worker, initargs=(self.recipe,)
            )
        return self.executor

    def _restart(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def _submit(self, chunk: list[Any]) -> cf.Future:
        return self._start().submit(_parse_chunk, chunk, self.batch_size)

    def run(self, chunks: Iterator[list[Any]], max_in_flight: int) -> Iterator[Article | ParseFailure]:
        pending: deque[tuple[list[Any], cf.Future]] = deque()
        finished = False
        try:
            for chunk in chunks:
                pending.append((chunk, self._submit(chunk)))
                while len(pending) >= max_in_flight:
                    yield from self._collect(pending)
            while pending:
                yield from self._collect(pending)
            finished = True
        finally:
            if self.executor is not None:
                # on early exit (consumer stopped, Ctrl-C) do not wait for queued chunks
                self.executor.shutdown(wait=finished, cancel_futures=not finished)
                self.executor = None

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
