"""The one hook runner: every extractor hook goes through :class:`HookRunner`.

pluggy's own ``pm.hook.X(...)`` calls all implementations in one loop and
returns their results in one list, so the caller cannot tell which plugin
made what, and one plugin's exception loses every result. newsparse needs
both (results stamped with their plugin; a failing plugin recorded, the
others kept), so the runner calls each implementation on its own, in the
order pluggy would (``tryfirst``/``trylast`` honoured), and applies one
policy in every phase:

* an exception from a plugin, or a result that is not valid (wrong type, a
  span that does not match the text, a finalize that returns something
  other than an Article of the same text), is recorded as a
  :class:`~newsparse.models.Failure` with ``errors="record"`` and raised as
  :class:`~newsparse.errors.PluginError` with ``errors="raise"``;
* each call runs inside the parser's time budget (:mod:`newsparse.budget`);
* each plugin may return at most ``max_results`` results for one article
  (a generator is not even read past that): the first ones are kept and the
  cut is recorded, so one flooding plugin cannot take the run's time and memory;
* each call is reported to one trace callback (``NEWSPARSE_TRACE_PLUGINS=1``
  logs them).

This departs from pluggy in one documented way: hook *wrappers*
(``@hookimpl(wrapper=True)`` or ``hookwrapper=True``) have no meaning
when implementations are called one by one, so the plugin registry refuses
them at registration (:class:`~newsparse.errors.PluginRegistrationError`).
"""

from __future__ import annotations

import itertools
import logging
import time
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from newsparse.budget import PluginTimeout, call_with_budget
from newsparse.errors import PluginError
from newsparse.models import Failure, Provenance, first_mismatch
from newsparse.plugins import PluginRegistry

log = logging.getLogger(__name__)

ERRORS = ("record", "raise")

#: the most results one plugin may return for one article, by default
DEFAULT_MAX_RESULTS = 100_000

T = TypeVar("T")


@attrs.frozen
class HookCall:
    """One call of one plugin's implementation, as the trace callback sees it."""

    plugin: str
    hook: str
    phase: str
    results: int  # results kept (0 after a failure)
    seconds: float
    error: str | None = None


Trace = Callable[[HookCall], None]


def log_trace(call: HookCall) -> None:
    """The trace callback ``NEWSPARSE_TRACE_PLUGINS=1`` installs: one log line per call."""
    outcome = f"failed: {call.error}" if call.error else f"{call.results} results"
    log.info("trace: %s.%s (%s) -> %s in %.4f s", call.plugin, call.hook, call.phase, outcome, call.seconds)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def replace_fields(item: T, **changes: Any) -> T:
    """``attrs.evolve(item, **changes)`` without running validators again.

    For values the parser itself made valid (a provenance, recorded
    failures) on an item validated when it was built. ``evolve`` re-validates
    every field and span, which cost ~2% of a whole parse when run for every
    result; this copy costs a third of it.
    """
    cls: Any = type(item)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(field.name for field in attrs.fields(cls))
    new = object.__new__(cls)
    for name in names:
        object.__setattr__(new, name, changes[name] if name in changes else getattr(item, name))
    return new


def failure_of(plugin: str, phase: str, error: BaseException) -> Failure:
    """A recorded failure with the last frames of the traceback, for the plugin's author."""
    detail = "".join(traceback.format_exception(type(error), error, error.__traceback__, limit=-3))
    return Failure(plugin, phase, f"{type(error).__name__}: {error}", detail)


class HookRunner:
    """Calls a registry's hook implementations one by one under one fault policy."""

    def __init__(
        self,
        registry: PluginRegistry,
        errors: str = "record",
        timeout: float | None = None,
        trace: Trace | None = None,
        max_results: int | None = DEFAULT_MAX_RESULTS,
    ) -> None:
        if errors not in ERRORS:
            raise ValueError(f"errors must be one of {ERRORS}, got {errors!r}")
        self.registry = registry
        self.errors = errors
        self.timeout = timeout
        self.trace = trace
        self.max_results = max_results

    # -- the one policy ------------------------------------------------------------
    def fail(self, plugin: str, phase: str, error: BaseException, failures: list[Failure]) -> None:
        """A plugin raised: raise it (``errors="raise"``) or record it."""
        if self.errors == "raise":
            raise PluginError(plugin, phase, error) from error
        failures.append(failure_of(plugin, phase, error))
        log.warning("plugin %s failed in phase %s: %s", plugin, phase, error)

    def invalid(self, plugin: str, phase: str, problem: str, failures: list[Failure]) -> None:
        """A plugin returned something invalid: raise (``errors="raise"``) or record it; it is dropped."""
        if self.errors == "raise":
            raise PluginError(plugin, phase, ValueError(problem))
        failures.append(Failure(plugin, phase, f"InvalidResult: {problem}"))

    def _call(self, impl: Any, kwargs: dict[str, Any]) -> Any:
        return call_with_budget(impl.function, [kwargs[arg] for arg in impl.argnames], self.timeout)

    def _traced(self, impl: Any, hook: str, phase: str, started: float, results: int, error: str | None) -> None:
        if self.trace is not None:
            self.trace(HookCall(impl.plugin_name, hook, phase, results, time.perf_counter() - started, error))

    # -- extractor phases: everyone contributes ---------------------------------------
    def collect(
        self,
        phase: str,
        hook: str,
        allowed: tuple[type, ...],
        text: str,
        failures: list[Failure],
        **kwargs: Any,
    ) -> tuple[Any, ...]:
        """Every implementation's results, each stamped with its plugin; faults recorded."""
        results: list[Any] = []
        for impl in self.registry.implementations(hook):
            name = impl.plugin_name
            started = time.perf_counter()
            try:
                items = self._call(_Listed(impl, self.max_results), kwargs)
            except (Exception, PluginTimeout) as error:  # noqa: BLE001 - isolate plugin faults
                self._traced(impl, hook, phase, started, 0, f"{type(error).__name__}: {error}")
                self.fail(name, phase, error, failures)
                continue
            if self.max_results is not None and len(items) > self.max_results:
                items = items[: self.max_results]
                self.invalid(name, phase, _too_many(self.max_results), failures)
            provenance = Provenance(name, self.registry.version(name))
            kept = [self._checked(item, allowed, text, provenance, phase, failures) for item in items]
            kept = [item for item in kept if item is not None]
            self._traced(impl, hook, phase, started, len(kept), None)
            results.extend(kept)
        return tuple(results)

    def _checked(
        self,
        item: Any,
        allowed: tuple[type, ...],
        text: str,
        provenance: Provenance,
        phase: str,
        failures: list[Failure],
    ) -> Any | None:
        """``item`` stamped with its provenance, or ``None`` after recording why it was dropped."""
        problem = result_problem(item, allowed, text)
        if problem is not None:
            self.invalid(provenance.plugin, phase, problem, failures)
            return None
        if item.provenance is None:
            item = replace_fields(item, provenance=provenance)
        return item

    # -- finalize: each sees what the previous one returned -----------------------------
    def chain(
        self,
        phase: str,
        hook: str,
        argument: str,
        value: T,
        check: Callable[[Any, T], str | None],
        failures: list[Failure],
    ) -> T:
        """Pass ``value`` through every implementation; ``check(returned, previous)`` names a problem or ``None``.

        An implementation returning ``None`` leaves the value as it was.
        """
        for impl in self.registry.implementations(hook):
            started = time.perf_counter()
            try:
                returned = self._call(impl, {argument: value})
            except (Exception, PluginTimeout) as error:  # noqa: BLE001
                self._traced(impl, hook, phase, started, 0, f"{type(error).__name__}: {error}")
                self.fail(impl.plugin_name, phase, error, failures)
                continue
            self._traced(impl, hook, phase, started, 0 if returned is None else 1, None)
            if returned is None:
                continue
            problem = check(returned, value)
            if problem is not None:
                self.invalid(impl.plugin_name, phase, problem, failures)
                continue
            value = returned
        return value


class _Listed:
    """An implementation whose result is materialised as a list inside the time budget (generators too).

    At most ``cap + 1`` results are read from a generator (one more tells
    that the cap was passed), so a plugin that yields without end costs no
    more than the cap.
    """

    def __init__(self, impl: Any, cap: int | None = None) -> None:
        self.argnames: Sequence[str] = impl.argnames
        self._function = impl.function
        self._cap = cap

    def function(self, *args: Any) -> list[Any]:
        returned = self._function(*args)
        if returned is None:
            return []
        if self._cap is not None and not isinstance(returned, (list, tuple)):
            return list(itertools.islice(returned, self._cap + 1))
        return list(returned)


def _too_many(cap: int) -> str:
    return (
        f"more than {cap:,} results for one article; the first {cap:,} were kept "
        "(raise the cap with Parser(max_results=...) or newsparse parse --max-results)"
    )


def result_problem(item: Any, allowed: tuple[type, ...], text: str) -> str | None:
    """Why ``item`` cannot be kept as a result of a hook that returns ``allowed`` types, or ``None``."""
    if not isinstance(item, allowed):
        names = " or ".join(t.__name__ for t in allowed)
        return f"expected {names}, got {type(item).__name__}"
    result: Any = item  # one of the models: each has spans()
    span = first_mismatch(text, result.spans())
    if span is not None:
        return f"{type(item).__name__} span [{span.start}, {span.end}) does not match the article text"
    return None


__all__ = [
    "DEFAULT_MAX_RESULTS",
    "ERRORS",
    "HookCall",
    "HookRunner",
    "Trace",
    "failure_of",
    "log_trace",
    "replace_fields",
    "result_problem",
]
