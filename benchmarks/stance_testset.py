"""Score the stances plugin on its own test set of news-style quotes.

The set (``tests/data/stance_testset.jsonl``) was written for newsparse,
not taken from any corpus: one short news text per line, the quote's
content, its cue, the expected polarity and framing, and tags (negation,
contrast, hedge, intensifier, mixed, neutral, topical, framing).

Quotes are built directly at the given offsets, so this measures the
stance method alone, independent of the quotes plugin. Prints accuracy
and macro-F1 for polarity (overall and per tag), framing accuracy, the
same for unadapted VADER for comparison, and the time per quote::

    .venv/bin/python benchmarks/stance_testset.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsparse import Parser
from newsparse.document import Document
from newsparse.evaluate.stances import label_scores
from newsparse.models import Quote, Span
from newsparse_stances import StanceExtractor

ROOT = Path(__file__).resolve().parent.parent
TESTSET = ROOT / "tests" / "data" / "stance_testset.jsonl"
#: Written after the method was developed on TESTSET and never used to tune it: the honest figure.
HELDOUT = ROOT / "tests" / "data" / "stance_testset_heldout.jsonl"


def load(path: Path = TESTSET) -> list[dict[str, Any]]:
    """The test items, one JSON object per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_quote(item: dict[str, Any]) -> Quote:
    """A Quote over the item's text: content where ``quote`` occurs, cue where ``cue`` occurs outside it."""
    text = item["text"]
    start = text.index(item["quote"])
    end = start + len(item["quote"])
    cue = None
    if item.get("cue"):
        position = text.find(item["cue"], end)
        if position < 0:
            position = text.index(item["cue"])
        cue = Span.of(text, position, position + len(item["cue"]))
    return Quote(id="q1", parts=[Span.of(text, start, end)], cue=cue, speaker="a1")


def predict(items: Sequence[dict[str, Any]], analyses: Sequence[Any], extractor: StanceExtractor) -> list[Any]:
    """The per-quote stance of every item."""
    stances = []
    for item, analysis in zip(items, analyses, strict=False):
        document = Document(text=item["text"], analysis=analysis)
        stances.append(extractor.quote_stance(document, build_quote(item)))
    return stances


def report(items: Sequence[dict[str, Any]], stances: Sequence[Any], name: str, errors: bool = False) -> dict[str, Any]:
    """Print and return polarity scores overall and per tag, and framing accuracy."""
    gold = [item["polarity"] for item in items]
    predicted = [stance.polarity.value for stance in stances]
    overall = label_scores(gold, predicted)
    print(
        f"{name}: polarity accuracy {overall['accuracy']:.3f} ({overall['correct']}/{overall['n']}), "
        f"macro-F1 {overall['macro_f1']:.3f}"
    )
    tags = sorted({tag for item in items for tag in item.get("tags", ())})
    for tag in tags:
        idx = [i for i, item in enumerate(items) if tag in item.get("tags", ())]
        scores = label_scores([gold[i] for i in idx], [predicted[i] for i in idx])
        print(f"    {tag:12} {scores['correct']:3}/{scores['n']:<3} accuracy {scores['accuracy']:.2f}")
    framed = [
        (item["framing"], s.framing.value if s.framing else None)
        for item, s in zip(items, stances, strict=True)
        if "framing" in item
    ]
    framing_accuracy = sum(1 for g, p in framed if g == p) / len(framed) if framed else 0.0
    print(f"    framing accuracy {framing_accuracy:.3f} ({len(framed)} items)")
    if errors:
        for item, stance in zip(items, stances, strict=False):
            if item["polarity"] != stance.polarity.value:
                print(
                    f"      gold {item['polarity']:8} got {stance.polarity.value:8} {stance.score:+.2f} "
                    f"{[e.text for e in stance.evidence]} | {item['quote']}"
                )
    overall["framing_accuracy"] = framing_accuracy
    return overall


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--errors", action="store_true", help="list the items the method gets wrong")
    args = options.parse_args(argv)
    parser = Parser(disable=["quotes", "actors", "dates", "stances"])
    extractors = (
        ("learned model", StanceExtractor("model")),
        ("news lexicon", StanceExtractor("lexicon")),
        ("plain VADER", StanceExtractor("lexicon", lexicon="vader")),
    )
    for label, path in (("development set", TESTSET), ("held-out set", HELDOUT), ("both", None)):
        items = load(path) if path is not None else load(TESTSET) + load(HELDOUT)
        print(f"== {label}: {len(items)} quotes")
        analyses = list(parser.backend.analyze_many([item["text"] for item in items]))
        for name, extractor in extractors:
            began = time.perf_counter()
            stances = predict(items, analyses, extractor)
            elapsed = time.perf_counter() - began
            report(items, stances, name, errors=args.errors and name == "news lexicon")
            print(f"    {1000 * elapsed / len(items):.3f} ms per quote (analysis excluded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
