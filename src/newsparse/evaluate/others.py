"""The scorers other modules own (actors, dates, stances), called when they exist.

Each is a function ``score_<section>(gold_articles, predicted_articles) ->
dict`` in ``newsparse.scoring_<section>``: gold articles are the raw gold
JSON dicts, predicted the parsed :class:`~newsparse.models.Article` objects,
in the same order. A scorer that is missing is reported as such; one that
raises is reported with its error and does not stop the evaluation.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from typing import Any

from newsparse.models import Article

log = logging.getLogger(__name__)

SECTIONS = ("actors", "dates", "stances")


def run_other_scorers(
    sections: Sequence[str], gold_articles: Sequence[dict[str, Any]], predicted: Sequence[Article]
) -> dict[str, Any]:
    """``{section: result dict}`` for each wanted section; ``{"error": ...}`` or ``{"skipped": ...}`` otherwise."""
    results: dict[str, Any] = {}
    for section in sections:
        module_name = f"newsparse.scoring_{section}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            results[section] = {"skipped": f"no scorer yet ({module_name} is missing)"}
            continue
        scorer = getattr(module, f"score_{section}", None)
        if scorer is None:
            results[section] = {"skipped": f"{module_name} has no score_{section}()"}
            continue
        try:
            results[section] = scorer(list(gold_articles), list(predicted))
        except Exception as error:  # noqa: BLE001 - one broken scorer must not lose the quote figures
            log.exception("scorer %s failed", module_name)
            results[section] = {"error": f"{type(error).__name__}: {error}"}
    return results
