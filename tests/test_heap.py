"""batch_collections: the collector skips the older heap inside a batch, and gives it back after."""

from __future__ import annotations

import gc
import weakref

import pytest

from newsparse.heap import batch_collections


class Node:
    """A cycle's member, to see when the collector frees it."""

    def __init__(self) -> None:
        self.other: Node | None = None


def _cycle() -> weakref.ref[Node]:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


@pytest.fixture(autouse=True)
def _thawed():
    """Each test starts with nothing frozen (an in-process `newsparse parse` run freezes the heap for good)."""
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    yield
    gc.unfreeze()
    if frozen:
        gc.freeze()


def test_older_objects_are_frozen_inside_and_thawed_after():
    gc.collect()
    with batch_collections():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_garbage_among_older_objects_is_collected_after_the_batch():
    gc.collect()
    old = _cycle()  # made before the batch: frozen with the rest of the heap
    with batch_collections():
        gc.collect()
        assert old() is not None  # not looked at inside the batch
        young = _cycle()  # made inside: collected as usual
        gc.collect()
        assert young() is None
    gc.collect()
    assert old() is None  # nothing kept from the collector


def test_a_freeze_made_elsewhere_is_left_alone():
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    with batch_collections():
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == frozen  # not thawed


def test_nothing_is_done_when_the_collector_is_off():
    gc.disable()
    try:
        with batch_collections():
            assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_the_heap_is_thawed_when_the_batch_raises():
    with pytest.raises(RuntimeError), batch_collections():
        raise RuntimeError("plugin broke")
    assert gc.get_freeze_count() == 0
