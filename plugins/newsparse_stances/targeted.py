"""Stance toward a target with the learned model: features -> probabilities -> polarity and evidence.

The evidence shown for a verdict are the words whose features push the
model most towards it (the lexicon's evaluative words and the words
that govern or modify the target), so a reader sees why, not just what.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

from newsparse import Analysis, Polarity

from .features import FeatureExtractor, word_form
from .model import StanceModel

#: Features tied to one word of the context: a word's share of the verdict is the sum of these.
WORD_PREFIXES = ("w", "L", "R", "n1", "d2", "up", "pred", "mod")
#: Parts of speech that can be shown as evidence (function words carry weight in the model, not meaning).
EVIDENCE_POS = frozenset({"ADJ", "ADV", "NOUN", "VERB", "INTJ"})
#: At most this many evidence words per verdict.
MAX_EVIDENCE = 3


@attrs.frozen
class Judgement:
    """The model's verdict on one target: polarity, signed score, class probabilities, evidence tokens."""

    polarity: Polarity
    score: float
    probabilities: tuple[float, float, float]
    evidence: tuple[int, ...]

    @property
    def confidence(self) -> float:
        """How strongly the verdict leans to a side: max(P(negative), P(positive))."""
        return max(self.probabilities[0], self.probabilities[2])


class ModelMethod:
    """The learned stance model, loaded on first use from ``path`` (default: the shipped weights)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = path
        self._model: StanceModel | None = None
        self.features = FeatureExtractor()
        self._shared: tuple[dict[str, float], list[float]] | None = None
        #: the targets judged within ``_shared``'s context: (first, last) -> their features and summed scores.
        #: A quote's chosen target is judged again for its evidence; this spares recomputing it.
        self._targets: dict[tuple[int, int], tuple[dict[str, float], list[float]]] = {}

    @property
    def model(self) -> StanceModel:
        if self._model is None:
            self._model = StanceModel.load(self.path)
        return self._model

    def judge(
        self,
        analysis: Analysis,
        first: int,
        last: int,
        context: Sequence[int] | None = None,
        evidence: bool = True,
    ) -> Judgement:
        """The verdict on the target tokens ``[first, last)``, reading ``context`` (default: its sentences).

        ``evidence=False`` skips finding the evidence words (when only comparing candidates).
        """
        inside = list(context) if context is not None else self.features.context(analysis, first, last)
        shared = self.features.context_features(analysis, inside)
        if self._shared is None or self._shared[0] is not shared:  # a quote's candidates share these scores
            self._shared, self._targets = (shared, self.model.scores(shared)), {}
        own, totals = self._target_scores(analysis, first, last, inside)
        prediction = self.model.from_scores(totals)
        polarity = Polarity(prediction.label)
        shown: tuple[int, ...] = ()
        if evidence and polarity is not Polarity.NEUTRAL:
            features = {**shared, **own}
            shown = self._evidence(analysis, first, last, inside, features, prediction.label)
        return Judgement(polarity, round(prediction.score, 4), prediction.probabilities, shown)

    def _target_scores(
        self, analysis: Analysis, first: int, last: int, inside: Sequence[int]
    ) -> tuple[dict[str, float], list[float]]:
        """The target's own features and the class scores with the shared context's added, kept for the context.

        ``self._targets`` is emptied whenever the context changes, so it holds a quote's few candidates at most.
        """
        known = self._targets.get((first, last))
        if known is None:
            assert self._shared is not None  # set by ``judge`` before this is called
            own = self.features.target_features(analysis, first, last, inside)
            totals = [a + b for a, b in zip(self._shared[1], self.model.scores(own), strict=True)]
            known = self._targets[(first, last)] = (own, totals)
        return known

    def _evidence(
        self,
        analysis: Analysis,
        first: int,
        last: int,
        inside: Sequence[int],
        features: dict[str, float],
        label: str,
    ) -> tuple[int, ...]:
        model = self.model
        shares: list[tuple[float, int]] = []
        for i in inside:
            token = analysis.tokens[i]
            if first <= i < last or token.pos not in EVIDENCE_POS:
                continue
            word = word_form(token)
            share = 0.0
            for prefix in WORD_PREFIXES:
                name = f"{prefix}:{word}"
                value = features.get(name)
                if value:
                    share += model.contribution(name, value, label)
            if share > 0:
                shares.append((share, i))
        shares.sort(key=lambda pair: (-pair[0], pair[1]))
        # the lexicon's words of the verdict's sign come first: the model weighs them through its
        # lexicon-sum features, which name no word, so "nightmare" would otherwise lose to "policy"
        sign = -1.0 if label == "negative" else 1.0
        lexical = sorted(
            (-abs(e.value), e.token)
            for e in self.features.lexical(analysis, inside).evidence
            if e.value * sign > 0 and not first <= e.token < last
        )
        chosen = list(dict.fromkeys([i for _, i in lexical] + [i for _, i in shares]))
        return tuple(sorted(chosen[:MAX_EVIDENCE]))
