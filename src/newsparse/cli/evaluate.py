"""``newsparse evaluate GOLD``: score newsparse against gold annotations (``docs/evaluation.md``)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from newsparse.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    add_disable_argument,
    add_progress_argument,
    positive,
)

log = logging.getLogger(__name__)

NAME = "evaluate"
HELP = "score newsparse against a gold file (quotes, speakers, actors, dates, stances)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold",
        type=Path,
        help="gold file: JSONL or JSONL.gz in the gold format (FORMAT.md), or target stances "
        "(one {text, target, polarity} per line, as NewsMTSC)",
    )
    parser.add_argument("--limit", type=positive, metavar="N", help="only the first N articles")
    parser.add_argument(
        "--jobs", type=positive, default=1, metavar="N", help="worker processes (each loads its own parser)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of text")
    parser.add_argument(
        "--errors",
        type=Path,
        metavar="FILE",
        help="write every miss/false alarm with its sentence, grouped by cause (.jsonl: JSON lines)",
    )
    parser.add_argument(
        "--kind",
        choices=("direct", "indirect", "mixed", "unmarked"),
        help="score only quotes of this kind (gold and predicted)",
    )
    parser.add_argument("--backend", default="spacy", help="NLP backend (spacy or stanza)")
    add_disable_argument(parser)
    parser.add_argument(
        "--cue-class",
        default="auto",
        metavar="CLASSES",
        help="score predicted quotes of these cue classes only (comma list, e.g. speech,writing,source), "
        "'all', or 'auto' (default): speech classes when the gold file annotates only reported speech",
    )
    parser.add_argument("--top-cues", type=positive, default=15, metavar="N", help="rows in the by-cue table")
    parser.add_argument(
        "--strict", action="store_true", help="stop on any gold problem instead of leaving the annotation out"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="score the gold against itself, no parsing (must be 100%%: checks scorer and gold)",
    )
    add_progress_argument(parser)


def _first_record(path: Path) -> object:
    """The first record of the gold file (to tell the target format from articles), or ``None``."""
    from newsparse.io import json_records

    for _, _, record in json_records(path):
        return record
    return None


def run_targets(args: argparse.Namespace) -> int:
    """Score the stance method on (text, target, polarity) lines: accuracy, macro-F1, per-class F1."""
    from newsparse import Parser
    from newsparse.evaluate.stances import evaluate_targets, format_target_report

    parser = Parser(backend=args.backend, disable=args.disable)
    try:
        report = evaluate_targets(
            args.gold,
            parser,
            limit=args.limit,
            progress=sys.stderr.isatty() if args.progress is None else args.progress,
        )
    except ValueError as error:
        log.error("%s", error)
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_target_report(report))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from newsparse.evaluate.core import evaluate
    from newsparse.evaluate.report import format_report
    from newsparse.evaluate.stances import is_target_format

    if args.gold.exists() and is_target_format(_first_record(args.gold)):
        return run_targets(args)

    report = evaluate(
        args.gold,
        limit=args.limit,
        jobs=args.jobs,
        kind=args.kind,
        backend=args.backend,
        disable=args.disable,
        errors_path=args.errors,
        strict=args.strict,
        progress=sys.stderr.isatty() if args.progress is None else args.progress,
        top_cues=args.top_cues,
        self_check=args.self_check,
        cue_classes=args.cue_class,
    )
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report))
    if report["parse_failures"]:
        log.warning("%d article(s) could not be parsed and were scored as empty", len(report["parse_failures"]))
        return EXIT_SOME_FAILED
    return EXIT_OK
