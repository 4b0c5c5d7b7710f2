"""Parsing the gold articles: in-process or on the process pool of :mod:`newsparse.run.pool`.

Every gold article is parsed with its
``dct`` as publication date. An article that fails to parse is replaced by
an empty :class:`~newsparse.models.Article` of the same text (its gold
quotes then count as misses, so a crash can never raise the score) and
reported.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from newsparse.errors import InputError
from newsparse.evaluate.gold import GoldArticle
from newsparse.inputs import ArticleInput, ParseFailure
from newsparse.models import Article
from newsparse.parser import Parser
from newsparse.progress import progress as show_progress

log = logging.getLogger(__name__)

CHUNK = 8  # articles per batch and worker task: big enough for spaCy batching, small enough to balance two cores


@attrs.frozen
class Prediction:
    """The parser's article for one gold article, or why there is none."""

    article: Article
    error: str | None = None


def predict(
    golds: Sequence[GoldArticle],
    jobs: int = 1,
    parser_options: dict[str, Any] | None = None,
    progress: bool = False,
    parser: Parser | None = None,
) -> Iterator[Prediction]:
    """Parse every gold article, in order; ``jobs > 1`` uses that many worker processes.

    The parsing goes through :meth:`Parser.parse_many`, so evaluation runs
    on the same process pool as ``newsparse parse --jobs``. ``parser``
    (in-process only) reuses an existing parser instead of building one
    from ``parser_options``.
    """
    if parser is None:
        parser = Parser(**dict(parser_options or {}))
    else:
        jobs = 1
    inputs = (_input(gold) for gold in golds)
    results = parser.parse_many(inputs, batch_size=CHUNK, n_process=max(1, jobs))
    for gold, result in zip(golds, show_progress(results, progress, total=len(golds), desc="parsing"), strict=True):
        if isinstance(result, ParseFailure):
            yield Prediction(Article(text=gold.text, id=gold.id), result.error)
        else:
            yield Prediction(result)


def _input(gold: GoldArticle) -> ArticleInput | ParseFailure:
    """The gold article as parser input, its ``dct`` as publication date; a bad ``dct`` is that article's failure."""
    try:
        return ArticleInput.create(gold.text, id=gold.id, published=gold.dct)
    except InputError as error:
        return ParseFailure(None, f"{type(error).__name__}: {error}", gold.id)
