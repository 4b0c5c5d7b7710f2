"""The scorers of the sections beside quotes: actors, dates and stances.

Each is a function ``score_<section>(gold_articles, predicted_articles) ->
dict`` in this package: gold articles are the raw gold JSON dicts,
predicted the parsed :class:`~newsparse.models.Article` objects, in the same
order. One that raises is reported with its error and does not stop the
evaluation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from newsparse.evaluate.actors import score_actors
from newsparse.evaluate.dates import score_dates
from newsparse.evaluate.stances import score_stances
from newsparse.models import Article

log = logging.getLogger(__name__)

Scorer = Callable[[list[dict[str, Any]], list[Article]], dict[str, Any]]

SCORERS: dict[str, Scorer] = {"actors": score_actors, "dates": score_dates, "stances": score_stances}
SECTIONS = tuple(SCORERS)


def run_other_scorers(
    sections: Sequence[str], gold_articles: Sequence[dict[str, Any]], predicted: Sequence[Article]
) -> dict[str, Any]:
    """``{section: result dict}`` for each wanted section; ``{"error": ...}`` for a scorer that raised."""
    results: dict[str, Any] = {}
    for section in sections:
        try:
            results[section] = SCORERS[section](list(gold_articles), list(predicted))
        except Exception as error:  # noqa: BLE001 - one broken scorer must not lose the quote figures
            log.exception("the %s scorer failed", section)
            results[section] = {"error": f"{type(error).__name__}: {error}"}
    return results
