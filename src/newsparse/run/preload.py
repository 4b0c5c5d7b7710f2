"""Imported by the fork server of a process pool: builds the parser before any worker is forked.

:mod:`newsparse.run.pool` starts multiprocessing's fork server with this
module preloaded and the pool's :class:`~newsparse.run.pool.ParserRecipe`
in the environment variable ``NEWSPARSE_PRELOAD_RECIPE``, with the parent's
``sys.path`` (the order of the import path decides the order in which
plugins are found, and so the order of results). The server builds
that parser and loads its model once; every worker forked from it finds the
parser ready (copy-on-write: the model's memory is shared, not copied), so a
worker starts in milliseconds instead of loading a model for seconds.

Nothing here may raise: the fork server ignores only ``ImportError`` from a
preloaded module. A parser that cannot be built is left for the workers,
which build it themselves and report the error through their tasks.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import sys

from newsparse.run.pool import PRELOAD_ENV, ParserRecipe, parser_for

log = logging.getLogger(__name__)


def preload() -> bool:
    """Build the parser named by the environment, if any; True when it is ready."""
    data = os.environ.pop(PRELOAD_ENV, None)
    if not data:
        return False
    try:
        sent = pickle.loads(bytes.fromhex(data))
        sys.path[:] = sent["sys_path"]  # the parent's, as a spawned worker would get it
        parser_for(ParserRecipe(sent["recipe"]))
    except Exception:  # noqa: BLE001 - the workers build it again and report the error
        log.debug("could not preload the parser in the fork server", exc_info=True)
        return False
    gc.freeze()  # objects that live as long as the process: out of the collector's (and copy-on-write's) way
    return True


preload()
