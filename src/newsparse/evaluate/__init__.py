"""Scoring newsparse against gold annotations: every scorer lives in this package.

From Python::

    from newsparse.evaluate import evaluate
    report = evaluate("seeds-gold.jsonl", jobs=2)
    report["quotes"]["overall"]["end_to_end"]["f1"]

``quotes``/``speakers``/``matching`` score attributions, ``actors``,
``dates`` and ``stances`` the other sections; ``core`` reads the gold file,
parses its articles and calls each scorer. The command is
``newsparse evaluate`` (:mod:`newsparse.cli.evaluate`). Metrics and their
exact definitions: ``docs/evaluation.md``.
"""

from __future__ import annotations

from newsparse.evaluate.core import evaluate

__all__ = ["evaluate"]
