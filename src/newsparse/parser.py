"""The one-pass parser: one NLP analysis, extractor plugins in phases, faults isolated.

The phases, over one shared :class:`~newsparse.analysis.Analysis`::

    entities   newsparse_actors, newsparse_dates
    (the Document is rebuilt with the publication date the dates phase found)
    quotes     newsparse_quotes   (given actors and dates)
    stances    newsparse_stances  (given quotes and actors)
    finalize   newsparse_finalize (the whole Article, chained)

Every hook goes through :class:`~newsparse.hookrunner.HookRunner`, which
calls each implementation on its own so that every result is stamped with
the plugin that made it and one plugin's fault is recorded without losing
the others' results.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import Any

import attrs

from newsparse.analysis import Analysis
from newsparse.consistency import unique, without_dangling_references
from newsparse.document import Document
from newsparse.errors import InputError, PluginError
from newsparse.heap import batch_collections
from newsparse.hookrunner import DEFAULT_MAX_RESULTS, HookRunner, Trace, log_trace, replace_fields, result_problem
from newsparse.inputs import ArticleInput, ParseFailure, as_input
from newsparse.models import (
    Actor,
    Article,
    DateMention,
    Failure,
    NlpInfo,
    Provenance,
    PublishedDate,
    Quote,
    Stance,
)
from newsparse.nlp.base import Backend, BackendUnavailable
from newsparse.plugins import PluginRegistry

log = logging.getLogger(__name__)

#: the longest article parsed by default, in characters; a longer one is refused with a clear error
DEFAULT_MAX_ARTICLE_CHARS = 10_000_000


class Parser:
    """Parse news articles into :class:`~newsparse.models.Article` results.

    ``Parser()`` loads every plugin of the ``newsparse`` entry-point group
    (the built-in extractors included) into a plugin manager of its own.
    ``plugins`` adds plugin objects (modules, classes, instances),
    ``disable`` leaves named plugins out. ``errors="raise"`` re-raises a
    plugin's exception or invalid result instead of recording it, for plugin
    development. ``backend`` is a backend name (resolved by
    ``newsparse_load_backend``) or an already loaded backend object, to
    share one model between parsers. ``plugin_timeout`` (seconds) is a time
    budget per hook call: a plugin that exceeds it is interrupted and
    recorded as a failure, for unattended batch runs. ``trace`` is called
    with a :class:`~newsparse.hookrunner.HookCall` after every hook call
    (``NEWSPARSE_TRACE_PLUGINS=1`` logs them). ``max_article_chars``
    refuses longer articles before any NLP time or memory is spent on them
    (an :class:`~newsparse.errors.InputError`, or a failure of that article
    in a batch); ``max_results`` caps what one plugin may return for one
    article (the first ones are kept, the cut is recorded as a failure);
    ``None`` lifts either limit. The NLP backend loads lazily on the first
    parse and is reused.
    """

    def __init__(
        self,
        backend: str | Backend = "spacy",
        plugins: Sequence[object] = (),
        disable: Iterable[str] = (),
        errors: str = "record",
        backend_options: dict[str, Any] | None = None,
        load_entry_points: bool = True,
        plugin_timeout: float | None = None,
        trace: Trace | None = None,
        max_article_chars: int | None = DEFAULT_MAX_ARTICLE_CHARS,
        max_results: int | None = DEFAULT_MAX_RESULTS,
    ) -> None:
        disable = tuple(disable)
        self.backend_options = dict(backend_options or {})
        # the constructor arguments, so worker processes can build the same parser (newsparse.run.pool)
        self._recipe = {
            "backend": backend,
            "plugins": tuple(plugins),
            "disable": disable,
            "errors": errors,
            "backend_options": self.backend_options,
            "load_entry_points": load_entry_points,
            "plugin_timeout": plugin_timeout,
            "max_article_chars": max_article_chars,
            "max_results": max_results,
        }
        if trace is None and os.environ.get("NEWSPARSE_TRACE_PLUGINS") == "1":
            trace = log_trace
        self.registry = PluginRegistry(plugins, disable, load_entry_points)
        self.runner = HookRunner(self.registry, errors, plugin_timeout, trace, max_results)
        self.errors = errors
        self.plugin_timeout = plugin_timeout
        self.max_article_chars = max_article_chars
        self._backend: Backend | None = None
        if isinstance(backend, str):
            self.backend_name = backend
        else:
            self.backend_name, self._backend = backend.name, backend
        self._nlp_infos: dict[tuple[str, str], NlpInfo] = {}

    # -- backend ---------------------------------------------------------------
    @property
    def backend(self) -> Backend:
        """The NLP backend, chosen by ``newsparse_load_backend`` (pluggy's first answer wins)."""
        if self._backend is None:
            backend = self.registry.manager.hook.newsparse_load_backend(
                name=self.backend_name, options=self.backend_options
            )
            if backend is None:
                raise BackendUnavailable(f"no plugin provides an NLP backend called {self.backend_name!r}")
            self._backend = backend
        return self._backend

    # -- public API --------------------------------------------------------------
    def parse(
        self,
        text: str | ArticleInput,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: str | dt.date | dt.datetime | None = None,
        language: str = "en",
    ) -> Article:
        """Parse one article. ``text`` is plain text or an :class:`ArticleInput`.

        Raises :class:`~newsparse.errors.InputError` for empty or invalid input
        and for an article longer than ``max_article_chars``.
        """
        item = (
            text
            if isinstance(text, ArticleInput)
            else ArticleInput.create(text, id=id, title=title, url=url, published=published, language=language)
        )
        self._check_size(item)
        return self.parse_analyzed(item, self.backend.analyze(item.text))

    def stance_toward(
        self,
        text: str,
        start: int,
        end: int,
        *,
        published: str | dt.date | dt.datetime | None = None,
    ) -> Stance:
        """How ``text`` treats the span ``text[start:end]``: polarity, score, evidence, target.

        The text is analysed by this parser's backend and the first
        ``newsparse_stance_toward`` plugin answers (the built-in stances
        plugin: its configured method, the learned model by default; the
        same one ``parse`` applies to each quote's target). Raises
        ``ValueError`` naming the span and the text length when the span is
        empty, blank or outside the text, and :class:`InputError` for a blank text.
        """
        item = ArticleInput.create(text, published=published)
        _check_target_span(item.text, start, end)
        return self.stance_in(self.backend.analyze(item.text), start, end, published=item.published)

    def stance_in(
        self,
        analysis: Analysis,
        start: int,
        end: int,
        *,
        published: str | dt.date | dt.datetime | None = None,
    ) -> Stance:
        """:meth:`stance_toward` over an existing analysis (to analyse many texts in one batch)."""
        _check_target_span(analysis.text, start, end)
        item = ArticleInput.create(analysis.text, published=published)
        document = Document(text=item.text, analysis=analysis, published=item.published)
        for impl in self.registry.implementations("newsparse_stance_toward"):
            kwargs = {"document": document, "start": start, "end": end}
            stance = impl.function(*[kwargs[name] for name in impl.argnames])
            if stance is None:
                continue
            problem = result_problem(stance, (Stance,), item.text)
            if problem is not None:
                raise PluginError(impl.plugin_name, "stance_toward", ValueError(problem))
            if stance.provenance is None:
                stance = replace_fields(
                    stance, provenance=Provenance(impl.plugin_name, self.registry.version(impl.plugin_name))
                )
            return stance
        raise PluginError("stances", "stance_toward", LookupError("no plugin answers newsparse_stance_toward"))

    def parse_many(
        self, inputs: Iterable[str | ArticleInput | ParseFailure], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Article | ParseFailure]:
        """Parse a stream of articles in input order, batching the NLP backend.

        An article that cannot be parsed yields a :class:`ParseFailure` in
        its place and the batch goes on (a ``ParseFailure`` in ``inputs``,
        from a reader, is passed through). Memory is bounded by ``batch_size``.
        ``n_process > 1`` (or ``-1``: one per core) parses on that many worker
        processes, each with its own copy of this parser (see :mod:`newsparse.run.pool`).
        """
        if n_process != 1:
            from newsparse.run.pool import parse_parallel

            return parse_parallel(self, inputs, n_process=n_process, batch_size=batch_size)
        return self._parse_serial(inputs, batch_size)

    def _parse_serial(
        self, inputs: Iterable[str | ArticleInput | ParseFailure], batch_size: int
    ) -> Iterator[Article | ParseFailure]:
        batch: list[ArticleInput | ParseFailure] = []
        for raw in inputs:
            batch.append(as_input(raw))
            if len(batch) >= batch_size:
                yield from self._parse_batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._parse_batch(batch, batch_size)

    def _check_size(self, item: ArticleInput) -> None:
        limit = self.max_article_chars
        if limit is not None and len(item.text) > limit:
            raise InputError(
                f"the article has {len(item.text):,} characters, over the limit of {limit:,} "
                "(raise it with Parser(max_article_chars=...) or newsparse parse --max-article-size)",
                item.id,
            )

    def _admit(self, item: ArticleInput | ParseFailure) -> ArticleInput | ParseFailure:
        """``item``, or a failure in its place when it is over the size limit."""
        if isinstance(item, ArticleInput):
            try:
                self._check_size(item)
            except InputError as error:
                return ParseFailure(item, str(error), item.id)
        return item

    def _parse_batch(
        self, batch: list[ArticleInput | ParseFailure], batch_size: int
    ) -> Iterator[Article | ParseFailure]:
        batch = [self._admit(item) for item in batch]
        good = [item for item in batch if isinstance(item, ArticleInput)]
        if not good:  # only failures (unreadable files): report them without loading a model
            yield from (item for item in batch if isinstance(item, ParseFailure))
            return
        parsed = iter(self._parse_analysed_batch(good, batch_size))
        for item in batch:
            yield item if isinstance(item, ParseFailure) else next(parsed)

    def _parse_analysed_batch(self, good: list[ArticleInput], batch_size: int) -> list[Article | ParseFailure]:
        """The articles of ``good`` in order, each extracted as soon as the backend has analysed it.

        Each analysis is dropped after its own article, instead of the whole
        batch's analyses being made first and held to the end. Held, a
        batch's tens of thousands of tokens lived long enough to reach the
        cyclic garbage collector's oldest generation, and filled it fast
        enough to set off a full collection (a sweep over every object of the
        model and plugins, over 0.1 s) about once a batch. The extractors so
        run inside the backend's memory zone; they see only the analysis
        (plain strings and numbers), never the NLP library's objects, and the
        articles are handed over once the zone is closed.
        """
        parsed: list[Article | ParseFailure] = []
        # batch_collections: the garbage collector's full sweeps skip the model's and plugins' objects
        with batch_collections(), self.backend.memory_zone():  # memory zone: spaCy's vocabulary stays as it was
            analyses = _until_failure(self.backend.analyze_many((item.text for item in good), batch_size=batch_size))
            try:
                parsed.extend(self._parse_one(item, analysis) for item, analysis in zip(good, analyses, strict=False))
            finally:
                analyses.close()  # the backend's generator ends inside the zone
        if len(parsed) < len(good):  # one text broke the batch: redo the rest one by one to find it
            log.warning("NLP batch failed; analysing its %d remaining articles one by one", len(good) - len(parsed))
            parsed.extend(self._parse_one(item, None) for item in good[len(parsed) :])
        return parsed

    def _parse_one(self, item: ArticleInput, analysis: Analysis | None) -> Article | ParseFailure:
        """``item`` extracted over ``analysis`` (analysed on its own when ``None``), or its failure."""
        try:
            return self.parse_analyzed(item, analysis if analysis is not None else self.backend.analyze(item.text))
        except BackendUnavailable:
            raise
        except Exception as error:  # noqa: BLE001 - reported per article, batch goes on
            if self.errors == "raise":
                raise
            return ParseFailure(item, f"{type(error).__name__}: {error}", item.id)

    # -- the phases ----------------------------------------------------------------
    def parse_analyzed(self, item: ArticleInput, analysis: Analysis) -> Article:
        """Run the extractor phases over an existing analysis of ``item.text``."""
        if analysis.text != item.text:
            raise ValueError("the analysis is of a different text than the article")
        document = Document(
            text=item.text,
            analysis=analysis,
            id=item.id,
            title=item.title,
            url=item.url,
            published=item.published,
            language=item.language,
        )
        failures: list[Failure] = []
        run = self.runner.collect

        actors = run("entities", "newsparse_actors", (Actor,), item.text, failures, document=document)
        dated = run("entities", "newsparse_dates", (DateMention, PublishedDate), item.text, failures, document=document)
        dates = tuple(r for r in dated if isinstance(r, DateMention))
        found_published = next((r for r in dated if isinstance(r, PublishedDate)), None)
        actors = unique(actors, "actors", failures)

        published, source, published_span = item.published, item.published_source, None
        if published is None and found_published is not None:
            published, source, published_span = found_published.value, found_published.source, found_published.span
            document = attrs.evolve(document, published=published)  # later phases see the date found

        quoted = run(
            "quotes",
            "newsparse_quotes",
            (Quote, Actor),
            item.text,
            failures,
            document=document,
            actors=actors,
            dates=dates,
        )
        actors = unique(actors + tuple(r for r in quoted if isinstance(r, Actor)), "actors", failures)
        quotes = unique(tuple(r for r in quoted if isinstance(r, Quote)), "quotes", failures)

        stances = run(
            "stances",
            "newsparse_stances",
            (Stance,),
            item.text,
            failures,
            document=document,
            quotes=quotes,
            actors=actors,
        )
        dates = unique(dates, "dates", failures)
        stances = unique(stances, "stances", failures)
        article = Article(
            text=item.text,
            id=item.id,
            title=item.title,
            url=item.url,
            published=published,
            published_source=source,
            published_span=published_span,
            language=item.language,
            authors=item.authors,
            failures=(),
            nlp=self._nlp_info(analysis),
            extra=dict(item.extra),
        )
        # The results join the validated article without being checked a second time: the runner
        # checked each one as it came in (its type, every span against this text), `unique` made
        # their ids unique, and the published span was checked as a PublishedDate's. Article's
        # own check walked every span again (~0.3 ms an article).
        article = replace_fields(article, actors=actors, quotes=quotes, dates=dates, stances=stances)
        article = self.runner.chain("finalize", "newsparse_finalize", "article", article, _finalize_problem, failures)
        article = without_dangling_references(article, failures)
        return replace_fields(article, failures=tuple(article.failures) + tuple(failures))

    def _nlp_info(self, analysis: Analysis) -> NlpInfo:
        # cached: spaCy rebuilds its whole meta dict for every ``version`` lookup
        info = self._nlp_infos.get((analysis.backend, analysis.model))
        if info is None:
            backend = self._backend
            version = backend.version if backend is not None else "unknown"
            info = self._nlp_infos[(analysis.backend, analysis.model)] = NlpInfo(
                analysis.backend, analysis.model, version
            )
        return info


def _until_failure(analyses: Iterable[Analysis]) -> Generator[Analysis, None, None]:
    """The backend's analyses, cut short where an error in the batch stops them (a missing model is raised)."""
    try:
        yield from analyses
    except BackendUnavailable:
        raise
    except Exception:  # noqa: BLE001 - the caller analyses the rest one by one, each failure on its article
        log.debug("NLP batch stopped", exc_info=True)


def _finalize_problem(returned: Any, previous: Article) -> str | None:
    if not isinstance(returned, Article) or returned.text != previous.text:
        return "finalize must return an Article of the same text or None"
    return None


def _check_target_span(text: str, start: int, end: int) -> None:
    """A clear ``ValueError`` unless ``[start, end)`` is a non-empty, non-blank span inside ``text``."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise ValueError(f"target span [{start!r}, {end!r}) must be two integers (text length {len(text)})")
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"target span [{start}, {end}) is empty or outside the text (text length {len(text)}): "
            f"expected 0 <= start < end <= {len(text)}"
        )
    if not text[start:end].strip():
        raise ValueError(f"target span [{start}, {end}) is blank (text length {len(text)})")


__all__ = ["ParseFailure", "Parser"]
