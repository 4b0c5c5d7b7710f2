"""Full garbage collections that leave the long-lived heap alone while a batch is parsed.

Python's cyclic garbage collector now and then makes a *full* collection,
which walks every tracked object of the process: with the spaCy model and
the plugins loaded, over 100,000 objects and about 0.15 s a sweep. Parsing
makes tens of thousands of short-lived objects per batch (tokens, results),
enough to set off such a sweep every few dozen articles: it cost about 1%
of the whole parse, half of it in the conversion and the extractors.

:func:`batch_collections` freezes the heap for the length of a batch
(:func:`gc.freeze`: the objects alive then move to a permanent generation
that collections skip), so the sweeps inside the batch cover the batch's own
objects only, and unfreezes it at the end (:func:`gc.unfreeze`: they go back
to the oldest generation). Nothing is kept from the collector: garbage
among the older objects is found by the first full collection after the
batch. Results cannot change; only when the collector looks does.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def batch_collections() -> Iterator[None]:
    """Inside the block, the collector looks only at objects made inside it (see the module).

    Does nothing when the collector is disabled, or when objects are frozen
    already: whoever froze them (a server before it forks workers, say)
    expects them to stay frozen, and :func:`gc.unfreeze` would thaw them.
    A thread that freezes objects while the block runs meets the same
    limit: the block's end thaws them too.
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


__all__ = ["batch_collections"]
