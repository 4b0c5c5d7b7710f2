"""Flat tables of parse results: one row per quote, actor, date, stance and article.

Researchers read results in pandas, R or a spreadsheet, not as nested JSON.
This module flattens :class:`~newsparse.models.Article` results into six
tables that join on ``article_id`` (and ``quote_id`` / ``actor_id`` /
``cluster_id``):

``articles``  one row per article (title, publication date, counts, failures);
              an article that could not be parsed at all is a row too, with
              its ``parse_error``, so nothing vanishes silently from a corpus
``quotes``    one row per quote, with its speaker's name, kind, role and
              affiliation, the cue, the first stance on it and its offsets
``actors``    one row per actor, with how often it is quoted
``dates``     one row per date mention with its TIMEX3 value
``stances``   one row per stance (per quote or per actor)
``quote_clusters``  one row per quote cluster: the same quote across articles
              (:mod:`newsparse.corpus.quotes`); every quote row has its
              ``cluster_id``, which is known only when the whole corpus has
              been read, so the quotes table is completed at the end

The row building is plain Python, so ``newsparse parse --format csv``
streams a corpus of any size to CSV without pandas; :func:`to_dataframes`
needs pandas and parquet output needs pyarrow, both from the ``tables``
extra (``pip install "newsparse[tables]"``), imported only when used.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from newsparse.errors import NewsparseError
from newsparse.inputs import ParseFailure
from newsparse.models import Article, Quote, Stance

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

log = logging.getLogger(__name__)

# Column name -> type ("str", "int", "float", "bool"); the order is the column order.
# The types give pandas nullable dtypes and a fixed parquet schema, so an
# empty table or a column that happens to be all missing keeps its type.
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "str",
        "title": "str",
        "url": "str",
        "published": "str",
        "published_source": "str",
        "language": "str",
        "authors": "str",
        "characters": "int",
        "n_quotes": "int",
        "n_actors": "int",
        "n_dates": "int",
        "n_stances": "int",
        "n_failures": "int",
        "failures": "str",
        "parse_error": "str",
        "nlp_backend": "str",
        "nlp_model": "str",
    },
    "quotes": {
        "article_id": "str",
        "quote_id": "str",
        "text": "str",
        "kind": "str",
        "speaker_id": "str",
        "speaker_name": "str",
        "speaker_kind": "str",
        "speaker_role": "str",
        "speaker_affiliation": "str",
        "speaker_gender": "str",
        "speaker_mention": "str",
        "cue": "str",
        "cue_class": "str",
        "stance_polarity": "str",
        "stance_score": "float",
        "stance_framing": "str",
        "dates": "str",
        "date_values": "str",
        "confidence": "float",
        "reasons": "str",
        "start": "int",
        "end": "int",
        "n_parts": "int",
        "cue_start": "int",
        "cue_end": "int",
        "plugin": "str",
        "cluster_id": "str",
    },
    "actors": {
        "article_id": "str",
        "actor_id": "str",
        "name": "str",
        "kind": "str",
        "role": "str",
        "affiliation": "str",
        "affiliation_id": "str",
        "title": "str",
        "gender": "str",
        "aliases": "str",
        "n_mentions": "int",
        "n_quotes": "int",
        "first_start": "int",
        "stance_polarity": "str",
        "stance_score": "float",
        "plugin": "str",
    },
    "dates": {
        "article_id": "str",
        "date_id": "str",
        "text": "str",
        "value": "str",
        "type": "str",
        "granularity": "str",
        "anchor": "str",
        "start": "int",
        "end": "int",
        "in_quote": "str",
        "plugin": "str",
    },
    "stances": {
        "article_id": "str",
        "stance_id": "str",
        "quote_id": "str",
        "actor_id": "str",
        "actor_name": "str",
        "polarity": "str",
        "score": "float",
        "framing": "str",
        "target": "str",
        "evidence": "str",
        "plugin": "str",
    },
    "quote_clusters": {
        "cluster_id": "str",
        "kind": "str",
        "canonical": "str",
        "speaker": "str",
        "speaker_name": "str",
        "speaker_agreement": "float",
        "speakers": "str",
        "n_members": "int",
        "n_articles": "int",
        "n_outlets": "int",
        "n_variants": "int",
        "first_seen": "str",
        "first_seen_article": "str",
        "first_seen_url": "str",
        "first_seen_outlet": "str",
        "undated": "int",
        "outlets": "str",
        "articles": "str",
        "variants": "str",
    },
}

TABLE_NAMES: tuple[str, ...] = tuple(COLUMNS)
FORMATS = ("csv", "parquet")
SEPARATOR = "; "  # joins list-valued cells (authors, aliases, date values) into one string


class Tables(NamedTuple):
    """The six tables as pandas DataFrames; join them on ``article_id`` (quote clusters on ``cluster_id``)."""

    articles: pd.DataFrame
    quotes: pd.DataFrame
    actors: pd.DataFrame
    dates: pd.DataFrame
    stances: pd.DataFrame
    quote_clusters: pd.DataFrame


class MissingExtra(NewsparseError, ImportError):
    """An optional dependency of the ``tables`` extra is not installed."""


def _require(module: str) -> Any:
    """Import pandas or pyarrow, or say which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtra(
            f"{module} is needed for tables; install the 'tables' extra: pip install \"newsparse[tables]\""
        ) from error


# -- rows (plain Python) ---------------------------------------------------------------
def article_key(article: Article, position: int) -> str:
    """The ``article_id`` of the tables: the article's id, or its position in the input when it has none."""
    return article.id if article.id is not None else str(position)


def _enum(value: Any) -> str | None:
    return None if value is None else getattr(value, "value", str(value))


def _join(values: Iterable[str]) -> str | None:
    joined = SEPARATOR.join(v for v in values if v)
    return joined or None


def _first_stance(stances: Iterable[Stance]) -> Stance | None:
    return next(iter(stances), None)


def article_rows(article: Article, position: int = 0) -> dict[str, list[dict[str, Any]]]:
    """The rows this article adds to each table (table name -> list of row dicts)."""
    key = article_key(article, position)
    actors = {actor.id: actor for actor in article.actors}
    dates = {date.id: date for date in article.dates}
    quote_stances: dict[str, list[Stance]] = {}
    actor_stances: dict[str, list[Stance]] = {}
    for stance in article.stances:
        if stance.quote is not None:
            quote_stances.setdefault(stance.quote, []).append(stance)
        if stance.actor is not None and stance.quote is None:
            actor_stances.setdefault(stance.actor, []).append(stance)
    quotes_by_speaker: dict[str, int] = {}
    for quote in article.quotes:
        if quote.speaker is not None:
            quotes_by_speaker[quote.speaker] = quotes_by_speaker.get(quote.speaker, 0) + 1
    date_in_quote = {date_id: quote.id for quote in article.quotes for date_id in quote.dates}

    return {
        "articles": [_article_row(article, key)],
        "quotes": [_quote_row(key, quote, actors, dates, quote_stances.get(quote.id, ())) for quote in article.quotes],
        "actors": [
            {
                "article_id": key,
                "actor_id": actor.id,
                "name": actor.name,
                "kind": _enum(actor.kind),
                "role": actor.role,
                "affiliation": actor.affiliation,
                "affiliation_id": actor.affiliation_id,
                "title": actor.title,
                "gender": actor.gender,
                "aliases": _join(actor.aliases),
                "n_mentions": len(actor.mentions),
                "n_quotes": quotes_by_speaker.get(actor.id, 0),
                "first_start": min((m.start for m in actor.mentions), default=None),
                "stance_polarity": _enum(getattr(_first_stance(actor_stances.get(actor.id, ())), "polarity", None)),
                "stance_score": getattr(_first_stance(actor_stances.get(actor.id, ())), "score", None),
                "plugin": actor.provenance.plugin if actor.provenance else None,
            }
            for actor in article.actors
        ],
        "dates": [
            {
                "article_id": key,
                "date_id": date.id,
                "text": date.span.text,
                "value": date.value,
                "type": date.type,
                "granularity": date.granularity,
                "anchor": date.anchor,
                "start": date.span.start,
                "end": date.span.end,
                "in_quote": date_in_quote.get(date.id),
                "plugin": date.provenance.plugin if date.provenance else None,
            }
            for date in article.dates
        ],
        "stances": [
            {
                "article_id": key,
                "stance_id": stance.id,
                "quote_id": stance.quote,
                "actor_id": stance.actor,
                "actor_name": actors[stance.actor].name if stance.actor in actors else None,
                "polarity": _enum(stance.polarity),
                "score": stance.score,
                "framing": _enum(stance.framing),
                "target": stance.target,
                "evidence": _join(span.text for span in stance.evidence),
                "plugin": stance.provenance.plugin if stance.provenance else None,
            }
            for stance in article.stances
        ],
    }


def _article_row(article: Article, key: str) -> dict[str, Any]:
    return {
        "article_id": key,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "language": article.language,
        "authors": _join(article.authors),
        "characters": len(article.text),
        "n_quotes": len(article.quotes),
        "n_actors": len(article.actors),
        "n_dates": len(article.dates),
        "n_stances": len(article.stances),
        "n_failures": len(article.failures),
        "failures": _join(f"{f.plugin}/{f.phase}: {f.error}" for f in article.failures),
        "nlp_backend": article.nlp.backend if article.nlp else None,
        "nlp_model": article.nlp.model if article.nlp else None,
    }


def _quote_row(key: str, quote: Quote, actors: dict, dates: dict, stances: Iterable[Stance]) -> dict[str, Any]:
    speaker = actors.get(quote.speaker) if quote.speaker is not None else None
    stance = _first_stance(stances)
    quote_dates = [dates[d] for d in quote.dates if d in dates]
    return {
        "article_id": key,
        "quote_id": quote.id,
        "text": quote.text,
        "kind": _enum(quote.kind),
        "speaker_id": quote.speaker,
        "speaker_name": speaker.name if speaker else None,
        "speaker_kind": _enum(speaker.kind) if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_affiliation": speaker.affiliation if speaker else None,
        "speaker_gender": speaker.gender if speaker else None,
        "speaker_mention": quote.speaker_mention.text if quote.speaker_mention else None,
        "cue": quote.cue.text if quote.cue else None,
        "cue_class": quote.cue_class,
        "stance_polarity": _enum(stance.polarity) if stance else None,
        "stance_score": stance.score if stance else None,
        "stance_framing": _enum(stance.framing) if stance else None,
        "dates": _join(date.span.text for date in quote_dates),
        "date_values": _join(date.value for date in quote_dates),
        "confidence": quote.confidence,
        "reasons": _join(quote.reasons),
        "start": quote.start,
        "end": quote.end,
        "n_parts": len(quote.parts),
        "cue_start": quote.cue.start if quote.cue else None,
        "cue_end": quote.cue.end if quote.cue else None,
        "plugin": quote.provenance.plugin if quote.provenance else None,
    }


def failure_rows(failure: ParseFailure, position: int = 0) -> dict[str, list[dict[str, Any]]]:
    """An article that could not be parsed: one ``articles`` row carrying the error, nothing else."""
    item = failure.input
    row: dict[str, Any] = dict.fromkeys(COLUMNS["articles"])
    row.update(
        article_id=(item.id if item is not None and item.id is not None else failure.source) or str(position),
        title=item.title if item is not None else None,
        url=item.url if item is not None else None,
        published=item.published.isoformat() if item is not None and item.published else None,
        parse_error=failure.error,
    )
    return {name: ([row] if name == "articles" else []) for name in TABLE_NAMES}


def rows_of(item: Article | ParseFailure, position: int = 0) -> dict[str, list[dict[str, Any]]]:
    """The rows of a parsed article or of a :class:`ParseFailure`, as ``parse_many`` yields them."""
    if isinstance(item, Article):
        return article_rows(item, position)
    if isinstance(item, ParseFailure):
        return failure_rows(item, position)
    raise TypeError(f"expected Article or ParseFailure objects, got {type(item).__name__} at position {position}")


def iter_rows(articles: Iterable[Article | ParseFailure]) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Rows per article, streaming; refuses anything that is not an article or a parse failure."""
    for position, item in enumerate(articles):
        yield rows_of(item, position)


# -- pandas ----------------------------------------------------------------------------
_PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}


def pandas_dtypes(columns: dict[str, str]) -> dict[str, str]:
    """pandas nullable dtypes for a table's column types (``str`` -> ``string``, ``int`` -> ``Int64``...)."""
    return {column: _PANDAS_DTYPES[kind] for column, kind in columns.items()}


def _frame(pd: Any, name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns = COLUMNS[name]
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    return frame.astype(pandas_dtypes(columns))


def to_dataframes(articles: Article | Iterable[Article | ParseFailure]) -> Tables:
    """Flatten parsed articles into pandas DataFrames (a :class:`Tables` named tuple).

    >>> tables = to_dataframes(parser.parse_many(texts))        # doctest: +SKIP
    >>> tables.quotes.groupby("speaker_name").size().nlargest(10)  # doctest: +SKIP

    Columns have nullable dtypes (``string``, ``Int64``, ``Float64``) so a
    missing speaker or stance is ``<NA>`` rather than a float ``NaN``; the
    tables are the same for one article or a million, empty ones included.
    A :class:`~newsparse.parser.ParseFailure` (as ``parse_many`` yields for
    an article it could not parse) becomes an ``articles`` row with its
    ``parse_error``.
    Needs pandas (the ``tables`` extra).
    """
    pd = _require("pandas")
    if isinstance(articles, Article):
        articles = [articles]
    collected: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    clusters = QuoteClusters()
    for position, item in enumerate(articles):
        for name, table_rows in rows_of(item, position).items():
            collected[name].extend(table_rows)
        clusters.add(item, position)
    collected["quote_clusters"] = clusters.rows()
    for row in collected["quotes"]:
        row["cluster_id"] = clusters.id_of(row)
    return Tables(**{name: _frame(pd, name, collected[name]) for name in TABLE_NAMES})


class QuoteClusters:
    """The ``quote_clusters`` table and the quotes' ``cluster_id``, known once every article is in."""

    def __init__(self) -> None:
        from newsparse.corpus.quotes import QuoteIndex

        self.index = QuoteIndex()
        self._ids: dict[tuple[str, str], str] | None = None
        self._rows: list[dict[str, Any]] = []

    def add(self, item: Article | ParseFailure, position: int) -> None:
        if isinstance(item, Article):
            self.index.add(item, position)

    def _cluster(self) -> None:
        if self._ids is None:
            clusters = self.index.clusters()
            self._ids = {(m.record.article.id, m.record.quote_id): c.id for c in clusters for m in c.members}
            self._rows = [{k: (None if v == "" else v) for k, v in c.to_row().items()} for c in clusters]

    def rows(self) -> list[dict[str, Any]]:
        """One row per cluster, most widely reported first."""
        self._cluster()
        return self._rows

    def id_of(self, quote_row: dict[str, Any]) -> str | None:
        """The ``cluster_id`` of a ``quotes`` row."""
        self._cluster()
        assert self._ids is not None
        return self._ids.get((quote_row["article_id"], quote_row["quote_id"]))


# -- files -----------------------------------------------------------------------------
class TableWriter:
    """Stream articles into one file per table in ``directory`` (``quotes.csv``, ...).

    CSV is written row by row with the standard library (no pandas), parquet
    in row groups of ``chunk_rows`` rows with pyarrow, so memory stays flat
    however large the corpus (the quote clusters keep one small record per
    quote). Use as a context manager and :meth:`add` each article; files for
    all six tables are written, empty ones included, so a downstream script
    can always open them. The quotes go to ``quotes.<fmt>.partial`` first and
    get their ``cluster_id`` when the writer closes, with the
    ``quote_clusters`` table.
    """

    def __init__(self, directory: str | Path, fmt: str = "csv", chunk_rows: int = 50_000) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"table format must be one of {FORMATS}, got {fmt!r}")
        self.directory = Path(directory)
        if self.directory.exists() and not self.directory.is_dir():
            raise NewsparseError(
                f"{self.directory} exists and is not a directory (tables are written into a directory)"
            )
        self.fmt = fmt
        self.chunk_rows = chunk_rows
        self.articles = 0  # parsed articles written
        self.failures = 0  # parse failures written (as articles rows with a parse_error)
        self._pa: Any = _require("pyarrow") if fmt == "parquet" else None
        self._pending: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
        self._handles: dict[str, Any] = {}
        self._writers: dict[str, Any] = {}
        self._clusters = QuoteClusters()

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.{self.fmt}"

    def _open(self, name: str, path: Path) -> None:
        if self.fmt == "csv":
            handle = path.open("w", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=list(COLUMNS[name]))
            writer.writeheader()
            self._handles[name], self._writers[name] = handle, writer
        else:
            import pyarrow.parquet as pq

            self._writers[name] = pq.ParquetWriter(path, self._schema(name))

    def _close(self, name: str) -> None:
        if self.fmt == "parquet" and name in self._writers:
            self._flush(name)
            self._writers.pop(name).close()
        elif name in self._handles:
            self._handles.pop(name).close()
            self._writers.pop(name, None)

    def __enter__(self) -> TableWriter:
        self.directory.mkdir(parents=True, exist_ok=True)
        for name in TABLE_NAMES:
            if name != "quote_clusters":
                self._open(name, self._partial() if name == "quotes" else self.path(name))
        return self

    def _partial(self) -> Path:
        return self.path("quotes").with_name(f"quotes.{self.fmt}.partial")

    def add(self, item: Article | ParseFailure) -> None:
        """Write (or buffer) the rows of one article, or the ``articles`` row of a parse failure."""
        self._clusters.add(item, self.articles + self.failures)
        for name, rows in rows_of(item, self.articles + self.failures).items():
            if name == "quote_clusters":
                continue
            if self.fmt == "csv":
                self._writers[name].writerows(rows)
            else:
                self._pending[name].extend(rows)
                if len(self._pending[name]) >= self.chunk_rows:
                    self._flush(name)
        if isinstance(item, Article):
            self.articles += 1
        else:
            self.failures += 1

    def _schema(self, name: str) -> Any:
        pa = self._pa
        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        return pa.schema([(column, types[kind]) for column, kind in COLUMNS[name].items()])

    def _flush(self, name: str) -> None:
        rows = self._pending[name]
        if rows:
            table = self._pa.Table.from_pylist(rows, schema=self._schema(name))
            self._writers[name].write_table(table)
        self._pending[name] = []

    def __exit__(self, *exc: object) -> None:
        for name in TABLE_NAMES:
            self._close(name)
        self._open("quote_clusters", self.path("quote_clusters"))
        self._write_rows("quote_clusters", self._clusters.rows())
        self._close("quote_clusters")
        self._complete_quotes()

    def _write_rows(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            if self.fmt == "csv":
                self._writers[name].writerow(row)
            else:
                self._pending[name].append(row)
                if len(self._pending[name]) >= self.chunk_rows:
                    self._flush(name)

    def _complete_quotes(self) -> None:
        """Copy ``quotes.<fmt>.partial`` to ``quotes.<fmt>`` with each quote's ``cluster_id``."""
        partial = self._partial()
        self._open("quotes", self.path("quotes"))
        if self.fmt == "csv":
            with partial.open(encoding="utf-8", newline="") as handle:
                self._write_rows("quotes", self._with_cluster(csv.DictReader(handle)))
        else:
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(partial).iter_batches(batch_size=self.chunk_rows):
                self._write_rows("quotes", self._with_cluster(batch.to_pylist()))
        self._close("quotes")
        partial.unlink()

    def _with_cluster(self, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows:
            row["cluster_id"] = self._clusters.id_of(row)
            yield row


def write_tables(
    articles: Iterable[Article | ParseFailure], directory: str | Path, fmt: str = "csv"
) -> dict[str, Path]:
    """Write the six tables of ``articles`` into ``directory``; returns table name -> file path."""
    with TableWriter(directory, fmt) as writer:
        for article in articles:
            writer.add(article)
    return {name: writer.path(name) for name in TABLE_NAMES}


__all__ = [
    "COLUMNS",
    "FORMATS",
    "MissingExtra",
    "QuoteClusters",
    "TABLE_NAMES",
    "TableWriter",
    "Tables",
    "article_rows",
    "failure_rows",
    "rows_of",
    "to_dataframes",
    "write_tables",
]
