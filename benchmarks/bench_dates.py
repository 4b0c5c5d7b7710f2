"""Cost of the dates extractor next to the NLP analysis, and of dateparser for comparison.

Usage: ``python benchmarks/bench_dates.py [corpus.jsonl[.gz]]`` (gold format: ``text`` and ``dct``).
Without a corpus it times a synthetic news text. Prints figures; asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
import time


def _texts(path: str | None) -> list[tuple[str, dt.datetime | None]]:
    if path is None:
        body = (
            "WASHINGTON, June 20 (Reuters) - The Senate voted on Monday to extend the program for three years. "
            "Officials said last month that talks would resume in November, and the bill was signed on June 19, 2023. "
            "Shares fell 3% in the third quarter from a year earlier, while analysts said prices are now falling. "
        )
        return [(body * 8, dt.datetime(2023, 6, 20))] * 50
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [(row["text"], dt.datetime.fromisoformat(row["dct"][:10]) if row.get("dct") else None) for row in rows]


def main() -> None:
    texts = _texts(sys.argv[1] if len(sys.argv) > 1 else None)
    from newsparse import Parser
    from newsparse_dates import extract_dates
    from newsparse_dates.dateline import day_month_order, find_published

    backend = Parser(disable=["quotes", "actors", "stances", "dates"]).backend
    started = time.perf_counter()
    analyses = list(backend.analyze_many((text for text, _ in texts), batch_size=32))
    nlp_seconds = time.perf_counter() - started
    started = time.perf_counter()
    mentions = 0
    for (text, published), analysis in zip(texts, analyses, strict=True):
        found = find_published(text) if published is None else None
        anchor = published or (found.value if found else None)
        mentions += len(extract_dates(text, analysis, anchor, day_month_order(text).day_first))
    dates_seconds = time.perf_counter() - started
    characters = sum(len(text) for text, _ in texts)
    print(f"articles={len(texts)} characters={characters} mentions={mentions}")
    print(
        f"nlp analysis: {nlp_seconds:.2f}s  dates extractor: {dates_seconds:.3f}s "
        f"({100 * dates_seconds / nlp_seconds:.1f}% of the analysis, "
        f"{1000 * dates_seconds / len(texts):.2f} ms/article)"
    )

    started = time.perf_counter()
    import dateparser  # noqa: F401 - timing the import is the point

    import_seconds = time.perf_counter() - started
    strings = ["June 19, 2023", "last month", "Sept. 30", "two weeks ago", "Monday"] * 20
    started = time.perf_counter()
    for string in strings:
        dateparser.parse(string, settings={"RELATIVE_BASE": dt.datetime(2023, 6, 20)})
    call_ms = 1000 * (time.perf_counter() - started) / len(strings)
    print(f"dateparser: import {import_seconds:.2f}s, {call_ms:.2f} ms per parse() call")


if __name__ == "__main__":
    main()
