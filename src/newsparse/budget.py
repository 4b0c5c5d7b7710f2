"""A per-plugin time budget, so one hanging plugin cannot stall a night's batch.

On Unix, in the main thread, the budget is enforced with ``SIGALRM``
(``signal.setitimer``): the plugin is interrupted by :class:`PluginTimeout`
inside its own code, like pytest-timeout's signal method. The budget
cannot be swallowed: :class:`PluginTimeout` is a ``BaseException`` (a
plugin's ``except Exception:`` does not catch it), the alarm is re-armed
every 50 ms until the plugin gives up, and a call that returns late has its
results dropped all the same. Where signals are not available (other
threads, Windows) the call runs to its end and is then judged that way, so
the output does not depend on where the parser ran.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: after the first interruption, interrupt again this often (a plugin that swallowed it is still running)
REARM_SECONDS = 0.05


class PluginTimeout(BaseException):
    """A plugin used more than its time budget.

    A ``BaseException``, like ``KeyboardInterrupt``: ``except Exception``
    in a plugin (retry loops, defensive wrappers) must not swallow it.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"exceeded its time budget of {seconds:g} s")


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def call_with_budget(function: Callable[..., T], args: list[Any], seconds: float | None) -> T:
    """``function(*args)``, raising :class:`PluginTimeout` past ``seconds`` (``None``: no budget)."""
    if not seconds:
        return function(*args)
    started = time.perf_counter()
    result = _call_with_alarm(function, args, seconds) if _can_use_alarm() else function(*args)
    if time.perf_counter() - started > seconds:  # swallowed the interruption, or could not be interrupted
        raise PluginTimeout(seconds)
    return result


def _call_with_alarm(function: Callable[..., T], args: list[Any], seconds: float) -> T:
    calling = True

    def on_alarm(signum: int, frame: Any) -> None:
        if calling:
            raise PluginTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, REARM_SECONDS)
    try:
        try:
            return function(*args)
        finally:
            calling = False
    finally:
        _disarm(previous)


def _disarm(previous: Any) -> None:
    """Stop the alarm and restore the previous handler, even if a last alarm lands meanwhile."""
    while True:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            return
        except PluginTimeout:
            continue
