"""The built-in ``dates`` extractor plugin (entry point ``dates`` in the ``newsparse`` group).

Finds every temporal expression with its TIMEX3 type and value (TimeML,
as in TempEval-3), resolved against the publication date and the tense of
the governing verb; when the caller gave no publication date, finds it in
the text (wire datelines, date lines) and returns it as a
:class:`~newsparse.models.PublishedDate`. See ``docs/dates.md``.

Modules: ``patterns`` (the regex grammar), ``lexicon`` (words and
numbers), ``normalize`` (TIMEX3 values), ``timeline`` (calendar
arithmetic), ``tense`` (past/future from the parse), ``dateline``
(publication date), ``extract`` (the pipeline).
"""

from __future__ import annotations

from newsparse import DateMention, Document, PublishedDate, hookimpl
from newsparse_dates.dateline import day_month_order, find_published, has_numeric_dates
from newsparse_dates.extract import extract_dates

__version__ = "0.1.0"

__all__ = ["extract_dates", "find_published", "newsparse_dates"]


@hookimpl
def newsparse_dates(document: Document) -> list[DateMention | PublishedDate]:
    """Date mentions of the document, plus its publication date when the caller gave none."""
    found = find_published(document.text, document.url) if document.published is None else None
    anchor = document.published or (found.value if found is not None else None)
    day_first = day_month_order(document.text, url=document.url).day_first if has_numeric_dates(document.text) else None
    results: list[DateMention | PublishedDate] = list(
        extract_dates(document.text, document.analysis, anchor, day_first)
    )
    if found is not None:
        results.append(found)
    return results
