"""How long ``newsparse evaluate`` takes on a gold file, in wall and CPU seconds.

    .venv/bin/python benchmarks/bench_evaluate.py [GOLD] [--jobs 2] [--limit N]

The target (issue 12): the 840-article PolNeAR file in under 3 minutes on
2 cores. On a shared machine the wall time mostly measures the neighbours,
so the CPU seconds are printed too: CPU / jobs is what the wall time would
be on otherwise idle cores (plus model loading).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from pathlib import Path

from newsparse.evaluate.core import evaluate

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "polnear-train.jsonl.gz"
TARGET_SECONDS = 180


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    options.add_argument("--jobs", type=int, default=2)
    options.add_argument("--limit", type=int)
    args = options.parse_args()
    logging.basicConfig(level=logging.WARNING)
    report = evaluate(args.gold, jobs=args.jobs, limit=args.limit)
    seconds = report["seconds"]
    idle_estimate = seconds["parse_cpu"] / args.jobs + seconds["score"]
    figures = {
        "gold": str(args.gold),
        "articles": report["articles"],
        "jobs": args.jobs,
        "wall_seconds": seconds["total"],
        "parse_cpu_seconds": seconds["parse_cpu"],
        "score_seconds": seconds["score"],
        "estimated_seconds_on_idle_cores": round(idle_estimate, 1),
        "load_average": os.getloadavg()[0],
        "target_seconds": TARGET_SECONDS,
        "content_f1": report.get("quotes", {}).get("overall", {}).get("content", {}).get("f1"),
    }
    print(json.dumps(figures, indent=2))  # noqa: T201 - a benchmark prints its figures


if __name__ == "__main__":
    main()
