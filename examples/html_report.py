"""Parse the example articles and write the HTML report.

    python examples/html_report.py [-o report.html] [PATH ...]

The report is one self-contained page (no network needed to open it):
every article with its quotes highlighted in a colour per speaker, a
sidebar of sources with quote counts and a corpus summary. Hover or click
a quote to see speaker, role, cue, stance and dates. The command-line
equivalent is ``newsparse report examples/data -o report.html``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsparse import ParseFailure, Parser
from newsparse.corpus.report import write_report
from newsparse.io import read_inputs

HERE = Path(__file__).resolve().parent


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("paths", nargs="*", default=[str(HERE / "data")])
    options.add_argument("-o", "--output", type=Path, default=Path("report.html"))
    args = options.parse_args()

    articles = []
    for result in Parser().parse_many(read_inputs(args.paths)):
        if isinstance(result, ParseFailure):
            print(f"skipped {result.source}: {result.error}")
        else:
            articles.append(result)

    path = write_report(articles, args.output, title="newsparse example report")
    quotes = sum(len(article.quotes) for article in articles)
    print(f"wrote {path} ({len(articles)} articles, {quotes} quotes)")
    speakers = Counter(
        article.speaker_of(quote).name for article in articles for quote in article.quotes if article.speaker_of(quote)
    )
    for name, count in speakers.most_common(3):
        print(f"  {count}  {name}")


if __name__ == "__main__":
    main()
