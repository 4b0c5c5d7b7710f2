"""Progress bars on long batches, shown only where someone is watching.

One helper for every long loop (the command line, ``evaluate``): a tqdm bar
on standard error when ``enabled`` is true, or by default when standard
error is a terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress(
    items: Iterable[T], enabled: bool | None = None, *, total: int | None = None, desc: str | None = None
) -> Iterator[T]:
    """``items`` with a progress bar (``enabled=None``: only when stderr is a terminal)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return iter(items)
    from tqdm import tqdm

    return iter(tqdm(items, total=total, desc=desc, unit="article", file=sys.stderr))


__all__ = ["progress"]
