"""The stance extractor: one :class:`Stance` per quote, one per speaking actor.

The method that decides polarity is pluggable: ``lexicon`` (default,
offline: VADER adapted to news with syntax-aware negation, contrast and
hedges) or ``stanza`` (stanza's sentence sentiment classifier, when its
models are installed). Evidence, framing and target come from the same
analysis either way, so the output has the same shape.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from newsparse import Actor, Analysis, Document, Polarity, Quote, Span, Stance, Token, hookimpl

from .aggregate import aggregate_by_actor
from .framing import framing_of
from .polarity import Evidence, PolarityResult, PolarityScorer, decide
from .target import find_target

if TYPE_CHECKING:
    from .stanza_sentiment import StanzaSentiment

log = logging.getLogger(__name__)

METHODS = ("lexicon", "stanza")
#: Environment variable choosing the method for the built-in plugin.
METHOD_ENV = "NEWSPARSE_STANCE_METHOD"


def quote_tokens(analysis: Analysis, quote: Quote) -> list[Token]:
    """The analysis tokens of a quote's parts, in order, each once."""
    seen: set[int] = set()
    tokens: list[Token] = []
    for part in quote.parts:
        for token in analysis.tokens_in(part.start, part.end):
            if token.i not in seen:
                seen.add(token.i)
                tokens.append(token)
    return tokens


def evidence_spans(text: str, analysis: Analysis, evidence: Iterable[Evidence]) -> tuple[Span, ...]:
    """Character spans of the evidence, overlapping or adjacent token ranges merged."""
    ranges = sorted((e.first, e.last) for e in evidence)
    merged: list[list[int]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    tokens = analysis.tokens
    return tuple(Span.of(text, tokens[first].start, tokens[last].end) for first, last in merged)


class StanceExtractor:
    """Computes stances; an instance is a newsparse plugin (see ``__init__``'s hook).

    ``method``: ``"lexicon"`` or ``"stanza"``; ``None`` reads
    ``$NEWSPARSE_STANCE_METHOD`` (default ``lexicon``). ``lexicon``:
    ``"news"`` (adapted) or ``"vader"`` (unadapted, for comparison).
    ``per_actor``: also return one aggregate stance per speaking actor.

    Register an instance in place of the built-in plugin with
    ``Parser(plugins=[StanceExtractor("stanza")], disable=["stances"])``;
    its results are then stamped ``stances-stanza``.
    """

    def __init__(self, method: str | None = None, lexicon: str = "news", per_actor: bool = True) -> None:
        method = method or os.environ.get(METHOD_ENV, "lexicon")
        if method not in METHODS:
            raise ValueError(f"unknown stance method {method!r}: expected one of {METHODS}")
        self.method = method
        #: the plugin name when an instance is registered (``Parser(plugins=[...])``)
        self.name = f"stances-{method}"
        self.scorer = PolarityScorer(lexicon)
        self.per_actor = per_actor
        self._stanza: StanzaSentiment | None = None

    def _classifier(self) -> StanzaSentiment:
        if self._stanza is None:
            from .stanza_sentiment import StanzaSentiment

            self._stanza = StanzaSentiment()
        return self._stanza

    def polarity(self, document: Document, quote: Quote, tokens: Sequence[Token]) -> PolarityResult:
        """The polarity of one quote by the configured method."""
        lexical = self.scorer.score(document.analysis, tokens)
        if self.method == "lexicon":
            return lexical
        polarity, score = self._classifier().classify(quote.text)
        # stanza judges whole sentences; the lexicon still shows which words lean that way
        positive, negative = lexical.positive, lexical.negative
        return PolarityResult(polarity, score, positive, negative, lexical.evidence)

    def quote_stance(self, document: Document, quote: Quote) -> Stance:
        """The stance of one quote: polarity, score, evidence, framing, target."""
        analysis = document.analysis
        tokens = quote_tokens(analysis, quote)
        result = self.polarity(document, quote, tokens)
        carrying = sorted(result.carrying, key=lambda e: -abs(e.value))
        target_span = None
        if carrying:
            exclude = (quote.speaker_mention.start, quote.speaker_mention.end) if quote.speaker_mention else None
            found = find_target(analysis, [e.token for e in carrying], {t.i for t in tokens}, exclude)
            if found is not None:
                target_span = Span.of(document.text, *found)
        return Stance(
            id=f"stance-{quote.id}",
            polarity=result.polarity,
            score=round(result.score, 4),
            quote=quote.id,
            actor=quote.speaker,
            evidence=evidence_spans(document.text, analysis, carrying),
            framing=framing_of(analysis, quote),
            target=target_span.text if target_span else None,
            target_span=target_span,
        )

    def stances(self, document: Document, quotes: Sequence[Quote], actors: Sequence[Actor] = ()) -> list[Stance]:
        """Per-quote stances, then (``per_actor``) one aggregate per speaking actor."""
        per_quote = [self.quote_stance(document, quote) for quote in quotes]
        if not self.per_actor:
            return per_quote
        known = {actor.id for actor in actors}
        speaking = [s for s in per_quote if s.actor is not None and (not known or s.actor in known)]
        return per_quote + aggregate_by_actor(speaking)

    @hookimpl
    def newsparse_stances(
        self, document: Document, quotes: tuple[Quote, ...], actors: tuple[Actor, ...]
    ) -> list[Stance]:
        """Lets an instance be registered as a plugin (``Parser(plugins=[StanceExtractor("stanza")])``)."""
        return self.stances(document, quotes, actors)


__all__ = ["StanceExtractor", "quote_tokens", "evidence_spans", "decide", "Polarity"]
