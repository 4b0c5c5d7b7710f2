"""The shipped stance model: a linear classifier over :mod:`.features`, stored as JSON.

The weights file (``stance_model.json`` beside this module) is data, never
code: a format tag, the class labels, one weight per class for each
feature name, and a record of how it was trained. Prediction is a sum
of dictionary look-ups, so parsing needs neither numpy nor scikit-learn.
Rebuild the file with ``python -m newsparse_stances.train`` (see
``docs/stances.md``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from newsparse import NewsparseError

FORMAT = "newsparse-stance-linear/1"
LABELS = ("negative", "neutral", "positive")
MODEL_FILE = "stance_model.json"
REBUILD = "python -m newsparse_stances.train"


class ModelFileError(NewsparseError, RuntimeError):
    """The stance model's weights file is missing or unreadable; the message names it and how to rebuild it."""


def default_path() -> Path:
    """Where the shipped weights live (inside the installed package)."""
    return Path(str(resources.files(__package__).joinpath(MODEL_FILE)))


@attrs.frozen
class Prediction:
    """Class probabilities for one target, with the polarity they give."""

    probabilities: tuple[float, float, float]  # in LABELS order

    @property
    def label(self) -> str:
        best = max(range(len(LABELS)), key=lambda k: self.probabilities[k])
        return LABELS[best]

    @property
    def score(self) -> float:
        """Signed strength in [-1, 1]: P(positive) - P(negative)."""
        return self.probabilities[2] - self.probabilities[0]


class StanceModel:
    """Linear weights per feature and class; ``predict`` turns features into probabilities."""

    def __init__(self, weights: Mapping[str, tuple[float, float, float]], training: Mapping[str, Any]) -> None:
        self.weights = dict(weights)
        self.training = dict(training)

    @classmethod
    def load(cls, path: str | Path | None = None) -> StanceModel:
        """Read a weights file; :class:`ModelFileError` if it is missing or corrupt."""
        path = Path(path) if path is not None else default_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelFileError(f"stance model file {path} is missing; rebuild it with `{REBUILD}`") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ModelFileError(
                f"stance model file {path} cannot be read ({error}); rebuild it with `{REBUILD}`"
            ) from None
        return cls.from_dict(raw, path)

    @classmethod
    def from_dict(cls, raw: Any, source: str | Path = "<dict>") -> StanceModel:
        """A model from the parsed JSON object, every field checked."""
        problem = _problem(raw)
        if problem:
            raise ModelFileError(f"stance model file {source} is corrupt ({problem}); rebuild it with `{REBUILD}`")
        weights = {name: (float(w[0]), float(w[1]), float(w[2])) for name, w in raw["weights"].items()}
        return cls(weights, raw.get("training", {}))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "labels": list(LABELS),
            "training": self.training,
            "weights": {name: [round(v, 6) for v in w] for name, w in sorted(self.weights.items())},
        }

    def save(self, path: str | Path) -> None:
        """Write the weights as JSON (sorted keys, fixed rounding: the same model gives the same bytes)."""
        Path(path).write_text(json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":")) + "\n")

    def scores(self, features: Mapping[str, float]) -> list[float]:
        """The linear score of each class (features the model never saw are ignored)."""
        neg = neu = pos = 0.0
        get = self.weights.get
        for name, value in features.items():
            w = get(name)
            if w is not None:
                if value == 1.0:
                    neg += w[0]
                    neu += w[1]
                    pos += w[2]
                else:
                    neg += w[0] * value
                    neu += w[1] * value
                    pos += w[2] * value
        return [neg, neu, pos]

    def predict(self, features: Mapping[str, float]) -> Prediction:
        return self.from_scores(self.scores(features))

    @staticmethod
    def from_scores(totals: Sequence[float]) -> Prediction:
        """Softmax of the class scores (which may be summed over feature groups scored apart)."""
        top = max(totals)
        exp = [math.exp(t - top) for t in totals]
        norm = sum(exp)
        return Prediction((exp[0] / norm, exp[1] / norm, exp[2] / norm))

    def contribution(self, name: str, value: float, label: str) -> float:
        """How much one feature pushes towards ``label`` against the other classes' mean."""
        w = self.weights.get(name)
        if w is None:
            return 0.0
        k = LABELS.index(label)
        others = [w[j] for j in range(len(LABELS)) if j != k]
        return value * (w[k] - sum(others) / len(others))

    @cached_property
    def size(self) -> int:
        return len(self.weights)


def _problem(raw: Any) -> str | None:
    """What is wrong with a parsed weights object, or ``None``."""
    if not isinstance(raw, dict):
        return "not a JSON object"
    if raw.get("format") != FORMAT:
        return f"format is {raw.get('format')!r}, expected {FORMAT!r}"
    if raw.get("labels") != list(LABELS):
        return f"labels are {raw.get('labels')!r}, expected {list(LABELS)!r}"
    weights = raw.get("weights")
    if not isinstance(weights, dict) or not weights:
        return "no weights"
    for name, w in weights.items():
        if not (
            isinstance(w, list)
            and len(w) == len(LABELS)
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in w)
        ):
            return f"weights of feature {name!r} are not {len(LABELS)} finite numbers"
    return None
