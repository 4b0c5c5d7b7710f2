"""Parsing corpora on a Dask cluster: ``dask.bag`` and ``dask.dataframe`` of articles.

>>> from distributed import Client                       # doctest: +SKIP
>>> import dask.bag as db, newsparse.run.dask as nd          # doctest: +SKIP
>>> client = Client("scheduler:8786")                    # doctest: +SKIP
>>> nd.register(client)              # every worker loads its model now, once  # doctest: +SKIP
>>> records = db.read_text("s3://archive/*.jsonl.gz").map(json.loads)          # doctest: +SKIP
>>> nd.parse_bag(records).map(json.dumps).to_textfiles("s3://out/*.jsonl")      # doctest: +SKIP
>>> parsed = db.read_text("s3://out/*.jsonl").map(json.loads)                     # doctest: +SKIP
>>> clusters = nd.cluster_quotes(parsed)     # quotes across articles, as newsparse quotes  # doctest: +SKIP

Why it is built this way:

* **One parser per worker process, loaded once.** A task cannot carry a
  loaded spaCy model (hundreds of MB, not picklable with our plugins), so
  tasks carry a small :class:`~newsparse.run.pool.ParserRecipe` and each
  worker process keeps the parser built from it in a process-level cache
  (:func:`newsparse.run.pool.parser_for`). :func:`register` installs a worker
  plugin that builds it when a worker starts, including workers that join
  later; without it the first partition on each worker builds it.
* **A partition is a batch.** Each partition goes through the serial
  :meth:`~newsparse.parser.Parser.parse_many`, so the NLP backend sees
  batches and a bad article becomes a failure record, not a failed task.
* **Plain data out.** A bag yields JSON-ready dicts (``Article.to_dict()``,
  or ``{"id", "source", "error"}`` for an article that could not be
  parsed), a dataframe gets flat columns plus the article as JSON, so results
  can be written with Dask's own writers (``to_textfiles``, ``to_parquet``).
* **Threads.** Workers run tasks in threads; one lock per parser keeps
  two tasks from using one model at once. Use ``--nthreads 1`` and more
  worker processes (``--nworkers``) to use more cores.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from newsparse.corpus.tables import COLUMNS as TABLE_COLUMNS
from newsparse.corpus.tables import pandas_dtypes, rows_of
from newsparse.errors import InputError
from newsparse.inputs import ArticleInput, ParseFailure
from newsparse.io import record_to_input
from newsparse.run.pool import ParserRecipe, failure_to_dict, parser_for

try:  # distributed is optional: a bag or dataframe can also run on Dask's local schedulers
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - without the dask extra
    WorkerPlugin = object  # type: ignore[assignment,misc]

#: The dataframe's columns: the ``articles`` table of :mod:`newsparse.corpus.tables`, plus the whole
#: article as JSON. One row layout for an article everywhere (tables, CSV, parquet, Dask).
ARTICLE_COLUMNS: dict[str, str] = {**TABLE_COLUMNS["articles"], "article": "str"}
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def recipe_for(parser: Any = None, **parser_kwargs: Any) -> ParserRecipe:
    """The recipe of ``parser`` (a :class:`~newsparse.parser.Parser`), or of ``Parser(**parser_kwargs)``."""
    if parser is not None:
        if parser_kwargs:
            raise TypeError("give either a parser or Parser keyword arguments, not both")
        return ParserRecipe.of(parser)
    return ParserRecipe.from_kwargs(**parser_kwargs)


class ParserPlugin(WorkerPlugin):
    """Worker plugin: build the parser (and load its model) when a worker starts."""

    def __init__(self, recipe: ParserRecipe) -> None:
        self.recipe = recipe

    def setup(self, worker: Any = None) -> None:
        parser_for(self.recipe)


def register(client: Any, parser: Any = None, **parser_kwargs: Any) -> ParserRecipe:
    """Have every worker of ``client``'s cluster (present and future) load the parser now.

    Returns the recipe; pass the same ``parser`` / keyword arguments to
    :func:`parse_bag` or :func:`parse_dataframe` so they use the loaded parser.
    """
    recipe = recipe_for(parser, **parser_kwargs)
    client.register_plugin(ParserPlugin(recipe), name=f"newsparse-parser-{recipe.key[:12]}")
    return recipe


def _lock(recipe: ParserRecipe) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(recipe.key, threading.Lock())


def _to_input(item: Any) -> Any:
    """An :class:`ArticleInput` (or a ``ParseFailure``) from a string, a record dict or an input."""
    if isinstance(item, (str, ArticleInput, ParseFailure)):
        return item
    if isinstance(item, dict):
        source = f"id {item.get('id')}" if item.get("id") is not None else "dask record"
        try:
            return record_to_input(item, source)
        except InputError as error:
            return ParseFailure(None, str(error), source)
    return ParseFailure(None, f"expected a text, a record dict or an ArticleInput, got {type(item).__name__}")


def _id_of(item: Any) -> str | None:
    if isinstance(item, ArticleInput):
        return item.id
    if isinstance(item, dict) and item.get("id") is not None:
        return str(item["id"])
    return None


def parse_records(items: Iterable[Any], recipe: ParserRecipe, batch_size: int = 32) -> list[Any]:
    """Parse one partition in this process: ``Article`` or ``ParseFailure`` per item, in order."""
    items = list(items)
    if not items:
        return []
    parser = parser_for(recipe)
    with _lock(recipe):
        return list(parser.parse_many((_to_input(item) for item in items), batch_size=batch_size))


def _partition_dicts(items: Iterable[Any], recipe: ParserRecipe, batch_size: int) -> list[dict[str, Any]]:
    items = list(items)
    out = []
    for item, result in zip(items, parse_records(items, recipe, batch_size), strict=True):
        if isinstance(result, ParseFailure):
            record = failure_to_dict(result)
            record["id"] = record["id"] or _id_of(item)
            out.append(record)
        else:
            out.append(result.to_dict())
    return out


def parse_bag(bag: Any, parser: Any = None, *, batch_size: int = 32, **parser_kwargs: Any) -> Any:
    """A bag of article dicts from a bag of texts, record dicts (``{"id", "text" | "html", ...}``) or inputs.

    Each result is ``Article.to_dict()`` (rebuild with ``Article.from_dict``),
    or ``{"id", "source", "error"}`` for an article that could not be parsed.
    """
    recipe = recipe_for(parser, **parser_kwargs)
    return bag.map_partitions(_partition_dicts, recipe, batch_size)


def _row_records(frame: Any, columns: dict[str, str]) -> list[dict[str, Any]]:
    """Rows of a pandas partition as JSONL-style records; missing values dropped."""
    import pandas as pd

    present = {field: column for field, column in columns.items() if column in frame.columns}
    records = []
    for row in frame[list(present.values())].itertuples(index=False, name=None):
        record = {field: value for field, value in zip(present, row, strict=True) if not _missing(value, pd)}
        records.append(record)
    return records


def _missing(value: Any, pd: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, arrays: not a scalar missing value
        return False


def _partition_frame(frame: Any, recipe: ParserRecipe, batch_size: int, columns: dict[str, str]) -> Any:
    import pandas as pd

    records = _row_records(frame, columns)
    rows = []
    for record, result in zip(records, parse_records(records, recipe, batch_size), strict=True):
        if isinstance(result, ParseFailure) and result.input is None and record.get("id") is not None:
            result = ParseFailure(None, result.error, str(record["id"]))  # the row's id, not a file name
        row = rows_of(result)["articles"][0]
        row["article"] = result.to_json() if not isinstance(result, ParseFailure) else None
        rows.append(row)
    out = pd.DataFrame.from_records(rows, columns=list(ARTICLE_COLUMNS), index=frame.index)
    return out.astype(pandas_dtypes(ARTICLE_COLUMNS))


def parse_dataframe(
    frame: Any,
    parser: Any = None,
    *,
    text: str = "text",
    id: str = "id",
    title: str = "title",
    url: str = "url",
    published: str = "published",
    html: str = "html",
    batch_size: int = 32,
    **parser_kwargs: Any,
) -> Any:
    """A dataframe of results, one row per input row (same index), from a dataframe of articles.

    Columns: those of the ``articles`` table of :mod:`newsparse.corpus.tables`
    (``article_id``, ``title``, ``published``, counts, ``failures``,
    ``parse_error`` for a row that could not be parsed...) and ``article``
    (the whole article as JSON, for ``Article.from_json``). Input column names are given by the keyword
    arguments; a column that is absent is left out.
    """
    import pandas as pd

    recipe = recipe_for(parser, **parser_kwargs)
    columns = {"text": text, "id": id, "title": title, "url": url, "published": published, "html": html}
    if text not in frame.columns and html not in frame.columns:
        raise InputError(f"the dataframe has no {text!r} (or {html!r}) column; name it with text=...")
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in pandas_dtypes(ARTICLE_COLUMNS).items()})
    return frame.map_partitions(_partition_frame, recipe, batch_size, columns, meta=meta)


# -- quote clusters on a cluster ----------------------------------------------------------------
def cluster_quotes(articles: Any) -> list[Any]:
    """The quote clusters of a bag of parsed articles, computed on the cluster.

    ``articles`` is a ``dask.bag`` of :class:`~newsparse.models.Article`
    objects or their dicts (``parse_bag`` output or ``newsparse parse`` JSONL
    read with ``db.read_text(...).map(json.loads)``); failure records are
    skipped. The result is the list :meth:`QuoteIndex.clusters
    <newsparse.corpus.quotes.QuoteIndex.clusters>` gives for the same
    articles in the same order: same members, ids, canonical texts.

    What runs where: reading articles, making quote records, putting words in
    normal form and building each cluster (variants, speakers, first seen)
    run on the workers; the client holds one small row per distinct quote
    text while candidates are found and aligned
    (:func:`~newsparse.corpus.quotes.join_texts`, the same code as in one
    process), and the cluster of each text.
    """
    import itertools

    import dask
    import dask.bag as db

    from newsparse.corpus import quotes

    partitions = articles.to_delayed()
    counts = dask.compute(*[dask.delayed(_count_articles)(part) for part in partitions])
    offsets = itertools.accumulate((0, *counts[:-1]))
    records = db.from_delayed(
        [dask.delayed(_quote_records)(part, offset) for part, offset in zip(partitions, offsets, strict=True)]
    )
    speakers = records.map(_speaker_of).filter(_is_not_none).distinct().compute()
    keyed = records.map(_keyed, quotes.speaker_merges(speakers)).persist()
    fuzzy = keyed.filter(_is_fuzzy)
    groups = fuzzy.foldby(_key_of, _add_to_group, (0, frozenset()), _merge_groups, (0, frozenset())).compute()
    texts = [quotes.GroupText(key, n, speakers) for key, (n, speakers) in sorted(groups)]
    roots = quotes.join_texts(texts)
    root_of = {text.key: texts[root].key for text, root in zip(texts, roots, strict=True)}
    members = keyed.map(_with_root, dask.delayed(root_of, traverse=False))
    clusters = members.groupby(_root).map(_build).compute()
    return sorted(clusters, key=quotes.cluster_order)


def _is_article(item: Any) -> bool:
    from newsparse.models import Article

    return isinstance(item, Article) or (isinstance(item, dict) and "schema_version" in item)


def _count_articles(partition: Iterable[Any]) -> int:
    return sum(1 for item in partition if _is_article(item))


def _quote_records(partition: Iterable[Any], offset: int) -> list[Any]:
    """The quote records of a partition's articles, numbered from ``offset`` as in one process."""
    from newsparse.corpus.quotes import quote_records
    from newsparse.models import Article

    found = []
    position = offset
    for item in partition:
        if not _is_article(item):
            continue
        article = item if isinstance(item, Article) else Article.from_dict(item)
        found.extend(quote_records(article, position))
        position += 1
    return found


def _speaker_of(record: Any) -> str | None:
    return record.speaker


def _is_not_none(value: Any) -> bool:
    return value is not None


def _keyed(record: Any, merges: dict[str, str]) -> tuple[tuple, int, Any]:
    from newsparse.corpus.quotes import exact_key, with_speaker

    record = with_speaker(record, merges)
    key, n_words = exact_key(record)
    return key, n_words, record


def _key_of(item: tuple[tuple, int, Any]) -> tuple:
    return item[0]


def _add_to_group(group: tuple[int, frozenset], item: tuple[tuple, int, Any]) -> tuple[int, frozenset]:
    speaker = item[2].speaker
    return item[1], (group[1] | {speaker}) if speaker is not None else group[1]


def _merge_groups(a: tuple[int, frozenset], b: tuple[int, frozenset]) -> tuple[int, frozenset]:
    return max(a[0], b[0]), a[1] | b[1]


def _is_fuzzy(item: tuple[tuple, int, Any]) -> bool:
    from newsparse.corpus.quotes import is_fuzzy

    return is_fuzzy(item[0], item[1])


def _with_root(item: tuple[tuple, int, Any], root_of: dict[tuple, tuple]) -> tuple[tuple, tuple[Any, tuple]]:
    return root_of.get(item[0], item[0]), (item[2], item[0])


def _root(item: tuple[tuple, Any]) -> tuple:
    return item[0]


def _build(group: tuple[tuple, list[tuple[tuple, tuple[Any, tuple]]]]) -> Any:
    from newsparse.corpus.quotes import build_cluster

    return build_cluster([member for _, member in group[1]])


__all__ = [
    "ARTICLE_COLUMNS",
    "ParserPlugin",
    "cluster_quotes",
    "parse_bag",
    "parse_dataframe",
    "parse_records",
    "recipe_for",
    "register",
]
