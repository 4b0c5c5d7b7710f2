"""The one-pass parser: one NLP analysis, extractor plugins in phases, faults isolated.

Each hook implementation is called on its own (not through ``pm.hook``), so
the parser can stamp every result with the plugin that made it and turn one
plugin's exception into a recorded :class:`~newsparse.models.Failure`
without losing the results of the others.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import traceback
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from newsparse.batch import memory_zone
from newsparse.budget import call_with_budget
from newsparse.document import Document
from newsparse.errors import InputError, PluginError
from newsparse.inputs import ArticleInput, coerce_published
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
    first_mismatch,
)
from newsparse.nlp.base import Backend, BackendUnavailable
from newsparse.plugins import PluginRegistry

log = logging.getLogger(__name__)

ERRORS = ("record", "raise")


@attrs.frozen
class ParseFailure:
    """An article that could not be parsed at all (bad input, backend crash), in a batch."""

    input: ArticleInput | None
    error: str
    source: str | None = None


@attrs.define
class _Collected:
    """Results of one phase from all plugins, plus the failures met."""

    results: list[Any] = attrs.field(factory=list)
    failures: list[Failure] = attrs.field(factory=list)


class Parser:
    """Parse news articles into :class:`~newsparse.models.Article` results.

    ``Parser()`` loads every plugin of the ``newsparse`` entry-point group
    (the built-in extractors included) into a plugin manager of its own.
    ``plugins`` adds plugin objects (modules, classes, instances),
    ``disable`` leaves named plugins out. ``errors="raise"`` re-raises a
    plugin's exception instead of recording it, for plugin development.
    ``backend`` is a backend name (resolved by ``newsparse_load_backend``)
    or an already loaded backend object, to share one model between parsers.
    ``plugin_timeout`` (seconds) is a time budget per hook call: a plugin
    that exceeds it is interrupted and recorded as a failure, for unattended
    batch runs. The NLP backend loads lazily on the first parse and is reused.
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
    ) -> None:
        if errors not in ERRORS:
            raise ValueError(f"errors must be one of {ERRORS}, got {errors!r}")
        disable = tuple(disable)
        self.backend_options = dict(backend_options or {})
        # the constructor arguments, so worker processes can build the same parser (newsparse.batch)
        self._recipe = {
            "backend": backend,
            "plugins": tuple(plugins),
            "disable": disable,
            "errors": errors,
            "backend_options": self.backend_options,
            "load_entry_points": load_entry_points,
        }
        self.errors = errors
        self.registry = PluginRegistry(plugins, disable, load_entry_points)
        self._backend: Backend | None = None
        if isinstance(backend, str):
            self.backend_name = backend
        else:
            self.backend_name, self._backend = backend.name, backend
        self._trace = os.environ.get("NEWSPARSE_TRACE_PLUGINS") == "1"
        self.plugin_timeout = plugin_timeout
        self._recipe["plugin_timeout"] = plugin_timeout

    # -- backend ---------------------------------------------------------------
    @property
    def backend(self) -> Backend:
        """The NLP backend, chosen by ``newsparse_load_backend`` (first answer wins)."""
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

        Raises :class:`~newsparse.errors.InputError` for empty or invalid input.
        """
        item = (
            text
            if isinstance(text, ArticleInput)
            else ArticleInput.create(text, id=id, title=title, url=url, published=published, language=language)
        )
        return self.parse_analyzed(item, self.backend.analyze(item.text))

    def parse_many(
        self, inputs: Iterable[str | ArticleInput | ParseFailure], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Article | ParseFailure]:
        """Parse a stream of articles in input order, batching the NLP backend.

        An article that cannot be parsed yields a :class:`ParseFailure` in
        its place and the batch goes on (a ``ParseFailure`` in ``inputs``,
        from a reader, is passed through). Memory is bounded by ``batch_size``.
        ``n_process > 1`` (or ``-1``: one per core) parses on that many worker
        processes, each with its own copy of this parser (see :mod:`newsparse.batch`).
        """
        if n_process != 1:
            from newsparse.batch import parse_parallel

            return parse_parallel(self, inputs, n_process=n_process, batch_size=batch_size)
        return self._parse_serial(inputs, batch_size)

    def _parse_serial(
        self, inputs: Iterable[str | ArticleInput | ParseFailure], batch_size: int
    ) -> Iterator[Article | ParseFailure]:
        batch: list[ArticleInput | ParseFailure] = []
        for raw in inputs:
            batch.append(_as_input(raw))
            if len(batch) >= batch_size:
                yield from self._parse_batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._parse_batch(batch, batch_size)

    def _parse_batch(
        self, batch: list[ArticleInput | ParseFailure], batch_size: int
    ) -> Iterator[Article | ParseFailure]:
        good = [item for item in batch if isinstance(item, ArticleInput)]
        try:
            with memory_zone(self):  # spaCy's vocabulary would otherwise grow with every new word
                analyses = iter(list(self.backend.analyze_many((item.text for item in good), batch_size=batch_size)))
        except BackendUnavailable:
            raise
        except Exception:  # one text broke the batch: redo one by one to find it
            log.warning("NLP batch failed; analysing its %d articles one by one", len(good))
            analyses = None
        for item in batch:
            if isinstance(item, ParseFailure):
                yield item
                continue
            try:
                analysis = next(analyses) if analyses is not None else self.backend.analyze(item.text)
                yield self.parse_analyzed(item, analysis)
            except BackendUnavailable:
                raise
            except Exception as error:  # noqa: BLE001 - reported per article, batch goes on
                if self.errors == "raise":
                    raise
                yield ParseFailure(item, f"{type(error).__name__}: {error}", item.id)

    # -- the phases ----------------------------------------------------------------
    def parse_analyzed(self, item: ArticleInput, analysis: Any) -> Article:
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

        actors = self._phase("entities", "newsparse_actors", (Actor,), failures, document=document)
        dated = self._phase("entities", "newsparse_dates", (DateMention, PublishedDate), failures, document=document)
        dates = tuple(r for r in dated if isinstance(r, DateMention))
        found_published = next((r for r in dated if isinstance(r, PublishedDate)), None)
        actors = _unique(actors, "actors", failures)

        quoted = self._phase(
            "quotes", "newsparse_quotes", (Quote, Actor), failures, document=document, actors=actors, dates=dates
        )
        actors = _unique(actors + tuple(r for r in quoted if isinstance(r, Actor)), "actors", failures)
        quotes = _unique(tuple(r for r in quoted if isinstance(r, Quote)), "quotes", failures)

        stances = self._phase(
            "stances", "newsparse_stances", (Stance,), failures, document=document, quotes=quotes, actors=actors
        )
        published, source, published_span = item.published, item.published_source, None
        if published is None and found_published is not None:
            published, source, published_span = found_published.value, found_published.source, found_published.span

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
            actors=actors,
            quotes=quotes,
            dates=_unique(dates, "dates", failures),
            stances=_unique(stances, "stances", failures),
            failures=(),
            nlp=self._nlp_info(analysis),
            extra=dict(item.extra),
        )
        article = self._finalize(article, failures)
        return _replace(article, failures=tuple(article.failures) + tuple(failures))

    def _nlp_info(self, analysis: Any) -> NlpInfo:
        # cached: spaCy rebuilds its whole meta dict for every ``version`` lookup
        cache: dict[tuple[str, str], NlpInfo] = self.__dict__.setdefault("_nlp_infos", {})
        info = cache.get((analysis.backend, analysis.model))
        if info is None:
            backend = self._backend
            version = backend.version if backend is not None else "unknown"
            info = cache[(analysis.backend, analysis.model)] = NlpInfo(analysis.backend, analysis.model, version)
        return info

    def _phase(
        self, phase: str, hook_name: str, allowed: tuple[type, ...], failures: list[Failure], **kwargs: Any
    ) -> tuple[Any, ...]:
        """Call every implementation of ``hook_name``; keep valid results, record faults."""
        results: list[Any] = []
        text = kwargs["document"].text
        for impl in self.registry.implementations(hook_name):
            name = impl.plugin_name
            provenance = Provenance(name, self.registry.version(name))
            try:
                items = call_with_budget(
                    _listed(impl.function), [kwargs[arg] for arg in impl.argnames], self.plugin_timeout
                )
            except Exception as error:  # noqa: BLE001 - isolate plugin faults
                if self.errors == "raise":
                    raise PluginError(name, phase, error) from error
                failures.append(_failure(name, phase, error))
                log.warning("plugin %s failed in phase %s: %s", name, phase, error)
                continue
            kept = [self._check(item, allowed, text, provenance, phase, failures) for item in items]
            kept = [item for item in kept if item is not None]
            if self._trace:
                log.info("trace: %s.%s -> %d results", name, hook_name, len(kept))
            results.extend(kept)
        return tuple(results)

    def _check(
        self,
        item: Any,
        allowed: tuple[type, ...],
        text: str,
        provenance: Provenance,
        phase: str,
        failures: list[Failure],
    ) -> Any | None:
        """Stamp ``item`` with its provenance, or record why it was dropped."""
        problem = _problem(item, allowed, text)
        if problem is not None:
            if self.errors == "raise":
                raise PluginError(provenance.plugin, phase, ValueError(problem))
            failures.append(Failure(provenance.plugin, phase, f"InvalidResult: {problem}"))
            return None
        if item.provenance is None:
            item = _replace(item, provenance=provenance)
        return item

    def _finalize(self, article: Article, failures: list[Failure]) -> Article:
        for impl in self.registry.implementations("newsparse_finalize"):
            try:
                returned = call_with_budget(
                    impl.function, [{"article": article}[arg] for arg in impl.argnames], self.plugin_timeout
                )
            except Exception as error:  # noqa: BLE001
                if self.errors == "raise":
                    raise PluginError(impl.plugin_name, "finalize", error) from error
                failures.append(_failure(impl.plugin_name, "finalize", error))
                continue
            if returned is None:
                continue
            if not isinstance(returned, Article) or returned.text != article.text:
                failures.append(
                    Failure(
                        impl.plugin_name,
                        "finalize",
                        "InvalidResult: finalize must return an Article of the same text or None",
                    )
                )
                continue
            article = returned
        return article


def _listed(function: Any) -> Any:
    """``function`` whose result is materialised as a list inside the time budget (generators too)."""

    def call(*args: Any) -> list[Any]:
        returned = function(*args)
        return list(returned) if returned is not None else []

    return call


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _replace(item: Any, **changes: Any) -> Any:
    """``attrs.evolve(item, **changes)`` without running validators again.

    For values the parser itself made valid (a provenance, recorded
    failures) on an item validated when it was built. ``evolve`` re-validates
    every field and span, which cost ~2% of a whole parse when run for every
    result; this copy costs a third of it.
    """
    cls = type(item)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(field.name for field in attrs.fields(cls))
    new = object.__new__(cls)
    for name in names:
        object.__setattr__(new, name, changes[name] if name in changes else getattr(item, name))
    return new


def _as_input(raw: str | ArticleInput | ParseFailure) -> ArticleInput | ParseFailure:
    if isinstance(raw, (ArticleInput, ParseFailure)):
        return raw
    try:
        return ArticleInput.create(raw)
    except InputError as error:
        return ParseFailure(None, str(error))


def _problem(item: Any, allowed: tuple[type, ...], text: str) -> str | None:
    if not isinstance(item, allowed):
        names = " or ".join(t.__name__ for t in allowed)
        return f"expected {names}, got {type(item).__name__}"
    span = first_mismatch(text, item.spans())
    if span is not None:
        return f"{type(item).__name__} span [{span.start}, {span.end}) does not match the article text"
    return None


def _unique(items: tuple[Any, ...], what: str, failures: list[Failure]) -> tuple[Any, ...]:
    """Drop results whose id another result already took (the first one wins)."""
    seen: set[str] = set()
    kept = []
    for item in items:
        if item.id in seen:
            plugin = item.provenance.plugin if item.provenance else "?"
            failures.append(Failure(plugin, what, f"InvalidResult: duplicate {what[:-1]} id {item.id!r}"))
            continue
        seen.add(item.id)
        kept.append(item)
    return tuple(kept)


def _failure(plugin: str, phase: str, error: BaseException) -> Failure:
    detail = "".join(traceback.format_exception(type(error), error, error.__traceback__, limit=-3))
    return Failure(plugin, phase, f"{type(error).__name__}: {error}", detail)


__all__ = ["Parser", "ParseFailure", "coerce_published"]
