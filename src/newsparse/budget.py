"""A per-plugin time budget, so one hanging plugin cannot stall a night's batch.

On Unix, in the main thread, the budget is enforced with ``SIGALRM``
(``signal.setitimer``): the plugin is interrupted by :class:`PluginTimeout`
inside its own code, like pytest-timeout's signal method. Where signals are
not available (other threads, Windows) the call runs to its end and is then
judged: results that came too late are dropped all the same, so the output
does not depend on where the parser ran.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class PluginTimeout(Exception):
    """A plugin used more than its time budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"exceeded its time budget of {seconds:g} s")


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def call_with_budget(function: Callable[..., T], args: list[Any], seconds: float | None) -> T:
    """``function(*args)``, raising :class:`PluginTimeout` past ``seconds`` (``None``: no budget)."""
    if not seconds:
        return function(*args)
    if not _can_use_alarm():
        started = time.perf_counter()
        result = function(*args)
        if time.perf_counter() - started > seconds:
            raise PluginTimeout(seconds)
        return result

    def on_alarm(signum: int, frame: Any) -> None:
        raise PluginTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return function(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
