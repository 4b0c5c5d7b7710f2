"""Parsing the gold articles: in-process or in a pool of worker processes.

Each worker builds its own :class:`~newsparse.parser.Parser` once (the NLP
model loads once per process) and parses chunks of articles with
``parse_many`` so spaCy batches them. Every gold article is parsed with its
``dct`` as publication date. An article that fails to parse is replaced by
an empty :class:`~newsparse.models.Article` of the same text (its gold
quotes then count as misses, so a crash can never raise the score) and
reported.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs

from newsparse.evaluate.gold import GoldArticle
from newsparse.models import Article

log = logging.getLogger(__name__)

CHUNK = 8  # articles per worker task: big enough for spaCy batching, small enough to balance two cores


@attrs.frozen
class Prediction:
    """The parser's article for one gold article, or why there is none."""

    article: Article
    error: str | None = None


_PARSER: Any = None


def _init_worker(options: dict[str, Any], single_thread: bool = False) -> None:
    """Build this process's parser. Pool workers also pin BLAS/OpenMP to one thread.

    The pool is the parallelism: with two workers on two cores, each
    worker's numeric libraries spawning threads of their own only adds
    contention (measured: ~35% more CPU time per article in spaCy). The
    variables must be set before numpy loads, which happens in the worker
    because the parser loads its NLP model lazily.
    """
    global _PARSER
    from newsparse.parser import Parser

    if single_thread:
        for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(variable, "1")
    _PARSER = options.pop("parser", None) or Parser(**options)


def _parse_chunk(items: Sequence[tuple[str, str, str | None]]) -> list[Prediction]:
    """Parse ``(id, text, dct)`` triples with the worker's parser."""
    from newsparse.inputs import ArticleInput
    from newsparse.parser import ParseFailure

    inputs: list[Any] = []
    results: list[Prediction | None] = []
    for article_id, text, dct in items:
        try:
            inputs.append(ArticleInput.create(text, id=article_id, published=dct))
            results.append(None)
        except Exception as error:  # noqa: BLE001 - a bad dct must not stop the run
            results.append(Prediction(Article(text=text, id=article_id), f"{type(error).__name__}: {error}"))
    parsed = iter(_PARSER.parse_many(inputs, batch_size=len(inputs) or 1))
    for position, slot in enumerate(results):
        if slot is not None:
            continue
        result = next(parsed)
        article_id, text, dct = items[position]
        if isinstance(result, ParseFailure):
            results[position] = Prediction(Article(text=text, id=article_id), result.error)
        else:
            results[position] = Prediction(result)
    return [r for r in results if r is not None]


def predict(
    golds: Sequence[GoldArticle],
    jobs: int = 1,
    parser_options: dict[str, Any] | None = None,
    progress: bool = False,
    parser: Any = None,
    chunk: int = CHUNK,
) -> Iterator[Prediction]:
    """Parse every gold article, in order; ``jobs > 1`` uses that many worker processes.

    ``parser`` (in-process only) reuses an existing :class:`~newsparse.parser.Parser`
    instead of building one from ``parser_options``.
    """
    options = dict(parser_options or {})
    items = [(gold.id, gold.text, gold.dct) for gold in golds]
    chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
    bar = _bar(len(items), progress)
    try:
        if jobs <= 1 or len(chunks) <= 1 or parser is not None:
            _init_worker({**options, "parser": parser})
            for part in chunks:
                yield from _advance(bar, _parse_chunk(part))
            return
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(options, True)) as pool:
            for predictions in pool.map(_parse_chunk, chunks):
                yield from _advance(bar, predictions)
    finally:
        if bar is not None:
            bar.close()


def _advance(bar: Any, predictions: list[Prediction]) -> list[Prediction]:
    if bar is not None:
        bar.update(len(predictions))
    return predictions


def _bar(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    import sys

    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, desc="parsing")
