"""Stopping a run from outside: ``SIGTERM`` handled like ``Ctrl-C``.

``timeout``, systemd and container runtimes stop a program with ``SIGTERM``,
whose default action ends the process on the spot: nothing is cleaned up,
and worker processes are left behind. Inside :func:`terminate_as_interrupt`
``SIGTERM`` raises :class:`Terminated` in the main thread instead. It is a
``KeyboardInterrupt``, so the code that already handles ``Ctrl-C`` handles
it too: the process pool stops its workers and still delivers the results
already finished (:mod:`newsparse.run.pool`), the output is flushed and
closed, the summary says how to resume (:class:`newsparse.run.resume.Tally`),
and the exit code is 143 (128 + ``SIGTERM``, what a shell reports), against
130 after ``Ctrl-C``. A second ``SIGTERM`` ends the process at once, in case
stopping hangs; the workers then still exit by themselves (the pool's lifeline).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


class Terminated(KeyboardInterrupt):
    """``SIGTERM`` arrived while :func:`terminate_as_interrupt` was active."""


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within this block, ``SIGTERM`` raises :class:`Terminated` (main thread only; elsewhere a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminated(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
        raise Terminated(f"stopped by signal {signum} (SIGTERM)")

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def exit_code(interrupt: KeyboardInterrupt) -> int:
    """143 after ``SIGTERM``, 130 after ``Ctrl-C``."""
    return EXIT_TERMINATED if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED


__all__ = ["EXIT_INTERRUPTED", "EXIT_TERMINATED", "Terminated", "exit_code", "terminate_as_interrupt"]
