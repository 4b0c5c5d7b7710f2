"""Parse one news article and print who said what.

    python examples/parse_article.py [PATH] [--published 2024-03-14]

Without a path it parses ``examples/data/wire_story.txt``. Each line is a
quote: the speaker (with role when the text gives one), how the speech is
reported (direct, indirect, mixed) and the quoted text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsparse import Parser

HERE = Path(__file__).resolve().parent


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("path", nargs="?", type=Path, default=HERE / "data" / "wire_story.txt")
    options.add_argument("--published", default=None, help="publication date (ISO 8601); default: found in the text")
    args = options.parse_args()

    parser = Parser()
    article = parser.parse(args.path.read_text(encoding="utf-8"), id=args.path.stem, published=args.published)

    published = article.published.date().isoformat() if article.published else "unknown"
    print(f"{article.id}: {len(article.quotes)} quotes, {len(article.actors)} actors, published {published}")
    for quote in article.quotes:
        speaker = article.speaker_of(quote)
        who = speaker.name if speaker else "(no speaker found)"
        if speaker and speaker.role:
            who += f", {speaker.role}"
        print(f"- {who} [{quote.kind.value}]: {quote.text}")
    for failure in article.failures:  # a plugin that failed is reported, the others' results are kept
        print(f"! plugin {failure.plugin} failed in {failure.phase}: {failure.error}")


if __name__ == "__main__":
    main()
