"""Rebuild the shipped stance model: ``python -m newsparse_stances.train``.

Reads NewsMTSC-style lines (``text``, ``target`` {start, end, text},
``polarity``), by default ``../shared/eval/dev/newsmtsc-train.jsonl.gz``,
and keeps a validation slice apart *by sentence text* (a sentence and all
its targets go to the same side: SHA-256 of the text, 15 of 100 buckets),
so no sentence is both trained on and validated. Every sentence is
analysed once by the NLP backend newsparse parses with, features come
from :mod:`.features`, and a multinomial logistic regression
(:mod:`.linear`) is fitted on the training part with the L2 strength
chosen by 5-fold cross-validation on the training part only (``--cv``;
the default is the value that search chose, recorded in the file).

Deterministic: no random numbers anywhere; same data and code, same
weights, same bytes. The validation figures are printed and stored in the
weights file's ``training`` record.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsparse import Analysis

from .features import FeatureExtractor
from .linear import SparseRows, fit_logistic
from .model import LABELS, StanceModel, default_path

log = logging.getLogger(__name__)

DEFAULT_DATA = Path("../shared/eval/dev/newsmtsc-train.jsonl.gz")
#: Percent of sentences kept apart for validation.
VALIDATION_PERCENT = 15
#: L2 strength chosen by 5-fold cross-validation on the training part (``--cv`` redoes the search).
DEFAULT_L2 = 0.003
L2_GRID = (0.001, 0.003, 0.01)
#: Features seen in fewer training rows than this are left out (noise, and a smaller file).
MIN_COUNT = 2
FOLDS = 5


def bucket(text: str, salt: str = "") -> int:
    """A stable number in [0, 100) from a sentence's text: the same on every machine and run."""
    return int(hashlib.sha256((salt + text).encode("utf-8")).hexdigest()[:8], 16) % 100


def is_validation(text: str) -> bool:
    return bucket(text) < VALIDATION_PERCENT


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The (text, target, polarity) lines of a training file (``.gz`` or plain)."""
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            target = row.get("target")
            if row.get("polarity") not in LABELS or not isinstance(target, dict):
                raise ValueError(f"{path}:{number}: expected polarity in {LABELS} and a target object")
            if row["text"][target["start"] : target["end"]] != target["text"]:
                raise ValueError(f"{path}:{number}: target {target['text']!r} does not match the text")
            rows.append(row)
    return rows


def token_range(analysis: Analysis, start: int, end: int) -> tuple[int, int] | None:
    """Token index range ``[first, last)`` covering characters ``[start, end)``, or ``None``."""
    tokens = [t.i for t in analysis.tokens_in(start, end) if t.pos != "SPACE"]
    return (tokens[0], tokens[-1] + 1) if tokens else None


def featurize(rows: Sequence[dict[str, Any]], analyses: dict[str, Analysis]) -> list[dict[str, float]]:
    extractor = FeatureExtractor()
    out = []
    for row in rows:
        analysis = analyses[row["text"]]
        found = token_range(analysis, row["target"]["start"], row["target"]["end"])
        out.append(extractor.features(analysis, *found) if found else {"bias": 1.0})
    return out


def analyse(texts: Iterable[str]) -> dict[str, Analysis]:
    """One analysis per distinct text, by the default NLP backend (as ``newsparse parse`` uses)."""
    from newsparse import Parser

    unique = list(dict.fromkeys(texts))
    backend = Parser().backend
    log.info("analysing %d sentences with %s", len(unique), backend.name)
    return dict(zip(unique, backend.analyze_many(unique, batch_size=64), strict=True))


def vocabulary(rows: Sequence[dict[str, float]]) -> dict[str, int]:
    counts = Counter(name for row in rows for name in row)
    return {name: j for j, name in enumerate(sorted(n for n, c in counts.items() if c >= MIN_COUNT))}


def fit(rows: Sequence[dict[str, float]], labels: Sequence[str], l2: float) -> StanceModel:
    vocab = vocabulary(rows)
    y = np.array([LABELS.index(label) for label in labels], dtype=np.int64)
    weights = fit_logistic(SparseRows(rows, vocab), y, len(LABELS), l2)
    names = sorted(vocab, key=vocab.__getitem__)
    table = {}
    for name in names:
        w = weights[vocab[name]]
        table[name] = (float(w[0]), float(w[1]), float(w[2]))
    return StanceModel(table, {})


def predict(model: StanceModel, rows: Sequence[dict[str, float]]) -> list[str]:
    return [model.predict(row).label for row in rows]


def cross_validate(rows: Sequence[dict[str, float]], labels: Sequence[str], texts: Sequence[str], l2: float) -> float:
    """Macro-F1 of ``FOLDS``-fold cross-validation, folds by sentence text."""
    fold = [bucket(text, salt="fold") % FOLDS for text in texts]
    predicted = [""] * len(rows)
    for k in range(FOLDS):
        train = [i for i in range(len(rows)) if fold[i] != k]
        model = fit([rows[i] for i in train], [labels[i] for i in train], l2)
        for i in range(len(rows)):
            if fold[i] == k:
                predicted[i] = model.predict(rows[i]).label
    return scores(labels, predicted)["macro_f1"]


def scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy and macro-F1 over the three labels (``newsparse evaluate`` gives intervals and per-class F1)."""
    f1 = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        wrong = sum(1 for g, p in zip(gold, predicted, strict=True) if (g == label) != (p == label))
        f1.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    return {
        "n": len(gold),
        "accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(sum(f1) / len(f1), 4),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsparse_stances.train", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="training file (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=None, help="weights file (default: the package's own)")
    parser.add_argument("--l2", type=float, default=DEFAULT_L2, help="L2 strength (default: %(default)s)")
    parser.add_argument("--cv", action="store_true", help=f"choose the L2 strength from {L2_GRID} by cross-validation")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.data.exists():
        parser.error(f"training data {args.data} not found (give --data PATH)")

    rows = read_rows(args.data)
    analyses = analyse(row["text"] for row in rows)
    train = [row for row in rows if not is_validation(row["text"])]
    valid = [row for row in rows if is_validation(row["text"])]
    train_features, valid_features = featurize(train, analyses), featurize(valid, analyses)
    train_labels = [row["polarity"] for row in train]
    l2 = args.l2
    if args.cv:
        texts = [row["text"] for row in train]
        results = {value: cross_validate(train_features, train_labels, texts, value) for value in L2_GRID}
        for value, f1 in results.items():
            log.info("cross-validation l2=%g macro-F1 %.4f", value, f1)
        l2 = max(results, key=results.__getitem__)
    model = fit(train_features, train_labels, l2)
    validation = scores([row["polarity"] for row in valid], predict(model, valid_features))
    model.training.update(
        {
            "data": args.data.name,
            "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
            "split": f"sha256(text) % 100 < {VALIDATION_PERCENT} is validation",
            "train_rows": len(train),
            "validation_rows": len(valid),
            "l2": l2,
            "min_count": MIN_COUNT,
            "features": model.size,
            "nlp_model": next(iter(analyses.values())).model if analyses else "",
            "validation": validation,
        }
    )
    out = args.out or default_path()
    model.save(out)
    log.info("validation: %s", validation)
    log.info("wrote %s (%d features, %.1f MB)", out, model.size, out.stat().st_size / 1e6)
    return 0


if __name__ == "__main__":
    sys.exit(main())
