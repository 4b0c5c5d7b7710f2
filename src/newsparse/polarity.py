"""Combining the polarities of one source's quotes into one verdict.

The rule is shared by the built-in stances plugin (a source's stance within
one article) and the corpus summary (``newsparse stances``: a source's
stance over many articles), so both layers import it from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.models import Polarity

#: The weaker side must reach this share of the stronger for "mixed".
MIXED_SHARE = 0.5


def combine_polarities(polarities: Sequence[Polarity], scores: Sequence[float]) -> tuple[Polarity, float]:
    """Polarity and mean score over an actor's quote stances, neutral ones set aside.

    An actor with four neutral quotes and one sharp criticism is negative,
    not "neutral on average"; the score is the mean over opinionated quotes.
    """
    positive = sum(1 for p in polarities if p in (Polarity.POSITIVE, Polarity.MIXED))
    negative = sum(1 for p in polarities if p in (Polarity.NEGATIVE, Polarity.MIXED))
    opinionated = [s for p, s in zip(polarities, scores, strict=False) if p is not Polarity.NEUTRAL]
    if not opinionated:
        return Polarity.NEUTRAL, 0.0
    score = max(-1.0, min(1.0, sum(opinionated) / len(opinionated)))
    if positive and negative and min(positive, negative) >= MIXED_SHARE * max(positive, negative):
        return Polarity.MIXED, score
    if positive > negative:
        return Polarity.POSITIVE, max(score, 0.0)
    if negative > positive:
        return Polarity.NEGATIVE, min(score, 0.0)
    return Polarity.MIXED, score


__all__ = ["MIXED_SHARE", "combine_polarities"]
