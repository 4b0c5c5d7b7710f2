"""The optional ``transformers`` method: a local Hugging Face sequence-classification checkpoint.

``StanceExtractor("transformers", model=PATH)`` loads any checkpoint
directory saved with ``save_pretrained`` (e.g. a RoBERTa fine-tuned on
NewsMTSC that you already have); nothing is downloaded
(``local_files_only=True``). The target is marked in the input as a
sentence pair, ``(sentence, target)``, the usual input of target-dependent
classifiers. Labels are read from the checkpoint's ``id2label`` when they
name the polarities (``negative``/``neutral``/``positive``, any case or
abbreviation ``neg``/``neu``/``pos``); a 3-label checkpoint with generic
names (``LABEL_0``...) is read in that order. Needs ``pip install
'newsparse[transformers]'``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsparse import Analysis, NewsparseError, Polarity

from .model import LABELS, ModelFileError
from .targeted import Judgement

#: Longest input, in the checkpoint's tokens (sentence + target).
MAX_LENGTH = 256


class TransformersUnavailable(NewsparseError, RuntimeError):
    """The ``transformers`` package is not installed."""


def label_order(id2label: dict[int, str]) -> list[int]:
    """For each of LABELS (negative, neutral, positive), the checkpoint's output index."""
    by_name: dict[str, int] = {}
    for index, name in id2label.items():
        key = str(name).strip().lower()[:3]
        if key in {"neg", "neu", "pos"}:
            by_name[key] = int(index)
    if len(by_name) == 3:
        return [by_name["neg"], by_name["neu"], by_name["pos"]]
    if len(id2label) == 3:
        return [0, 1, 2]
    raise ValueError(
        f"cannot read the labels {sorted(id2label.values())} as negative/neutral/positive: "
        "give the checkpoint an id2label naming them"
    )


class TransformersMethod:
    """A sequence-classification checkpoint judging (sentence, target) pairs on the CPU."""

    def __init__(self, path: str | Path, max_length: int = MAX_LENGTH) -> None:
        try:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as error:
            raise TransformersUnavailable(
                f"the transformers stance method needs `pip install 'newsparse[transformers]'` ({error})"
            ) from None
        self.path = Path(path)
        if not self.path.is_dir():
            raise ModelFileError(f"transformers checkpoint directory {self.path} not found")
        self.torch = torch
        try:
            self.tokenizer: Any = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
            self.model: Any = AutoModelForSequenceClassification.from_pretrained(self.path, local_files_only=True)
        except (OSError, ValueError) as error:
            raise ModelFileError(f"cannot load the transformers checkpoint {self.path}: {error}") from None
        self.model.eval()
        self.order = label_order(dict(self.model.config.id2label))
        self.max_length = max_length

    def probabilities(self, sentence: str, target: str) -> tuple[float, float, float]:
        """P(negative), P(neutral), P(positive) for ``target`` in ``sentence``."""
        inputs = self.tokenizer(
            sentence, target, truncation="only_first", max_length=self.max_length, return_tensors="pt"
        )
        with self.torch.no_grad():
            logits = self.model(**inputs).logits[0]
        probs = self.torch.softmax(logits, dim=-1).tolist()
        return (probs[self.order[0]], probs[self.order[1]], probs[self.order[2]])

    def judge(self, analysis: Analysis, first: int, last: int, context: Sequence[int] | None = None) -> Judgement:
        """The verdict on target tokens ``[first, last)`` in their sentence (or ``context``)."""
        tokens = analysis.tokens
        if context:
            start, end = tokens[min(context)].start, tokens[max(context)].end
        else:
            start = analysis.sentences[tokens[first].sent].start
            end = analysis.sentences[tokens[last - 1].sent].end
        target = analysis.text[tokens[first].start : tokens[last - 1].end]
        probs = self.probabilities(analysis.text[start:end], target)
        best = max(range(3), key=lambda k: probs[k])
        return Judgement(Polarity(LABELS[best]), round(probs[2] - probs[0], 4), probs, ())
