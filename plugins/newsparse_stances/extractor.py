"""The stance extractor: one :class:`Stance` per quote toward its target, one per (speaker, target) pair.

The method that decides polarity is pluggable:

* ``model`` (default, offline): the learned target-aware linear model
  shipped with the package (:mod:`.model`, trained by :mod:`.train`);
* ``lexicon``: VADER adapted to news with syntax-aware negation, contrast
  and hedges; blind to the target, kept as the baseline;
* ``stanza``: stanza's sentence sentiment classifier, when its models are installed;
* ``transformers``: any local Hugging Face sequence-classification
  checkpoint (``StanceExtractor("transformers", model=PATH)``, extra ``[transformers]``).

Framing comes from the attribution cue whatever the method. The learned
model and the transformer judge a *target*: a quote's target is the actor
or named entity it mentions that the method finds it most clearly for or
against (:func:`.target.quote_candidates`), its Actor id kept in ``target_actor``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsparse import Actor, Analysis, Document, Polarity, Quote, Span, Stance, Token, hookimpl

from .aggregate import aggregate_by_pair
from .framing import framing_of
from .polarity import NEUTRAL_BELOW, Evidence, PolarityResult, PolarityScorer, decide
from .target import Candidate, actor_mentions, find_target, quote_candidates
from .targeted import Judgement, ModelMethod

if TYPE_CHECKING:
    from .stanza_sentiment import StanzaSentiment
    from .transformers_method import TransformersMethod

log = logging.getLogger(__name__)

METHODS = ("model", "lexicon", "stanza", "transformers")
DEFAULT_METHOD = "model"
#: Environment variable choosing the method for the built-in plugin.
METHOD_ENV = "NEWSPARSE_STANCE_METHOD"
#: A candidate target judged with at least this P(negative) or P(positive) is taken without judging the rest.
CLEAR = 0.5
#: Environment variable naming the checkpoint directory of the ``transformers`` method.
MODEL_ENV = "NEWSPARSE_STANCE_MODEL"


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
    return token_spans(text, analysis, ((e.first, e.last) for e in evidence))


def token_spans(text: str, analysis: Analysis, ranges: Iterable[tuple[int, int]]) -> tuple[Span, ...]:
    """Character spans of inclusive token ranges, overlapping or adjacent ones merged."""
    merged: list[list[int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    tokens = analysis.tokens
    return tuple(Span.of(text, tokens[first].start, tokens[last].end) for first, last in merged)


def _tone_evidence(document: Document, tone: PolarityResult, polarity: Polarity, score: float) -> tuple[Span, ...]:
    """The lexicon's words of ``tone`` on the side of the verdict ``polarity``."""
    carrying = PolarityResult(polarity, score, tone.positive, tone.negative, tone.evidence).carrying
    return evidence_spans(document.text, document.analysis, carrying)


class StanceExtractor:
    """Computes stances; an instance is a newsparse plugin (the entry point names this class).

    ``method``: one of :data:`METHODS`; ``None`` reads ``$NEWSPARSE_STANCE_METHOD``
    (default ``model``). ``model``: for ``"model"`` a weights file (default:
    the shipped one), for ``"transformers"`` a checkpoint directory
    (default ``$NEWSPARSE_STANCE_MODEL``). ``lexicon``: ``"news"`` (adapted)
    or ``"vader"`` (unadapted, for comparison). ``per_actor``: also return one
    aggregate stance per (speaker, target) pair.

    Models load on first use and stay with this instance (one per parser).
    Register an instance in place of the built-in plugin with
    ``Parser(plugins=[StanceExtractor("lexicon")], disable=["stances"])``;
    its results are then stamped ``stances-lexicon``.
    """

    def __init__(
        self,
        method: str | None = None,
        lexicon: str = "news",
        per_actor: bool = True,
        model: str | Path | None = None,
    ) -> None:
        method = method or os.environ.get(METHOD_ENV, DEFAULT_METHOD)
        if method not in METHODS:
            raise ValueError(f"unknown stance method {method!r}: expected one of {METHODS}")
        if method == "transformers" and model is None:
            model = os.environ.get(MODEL_ENV)
            if not model:
                raise ValueError(f"the transformers method needs model=PATH (or ${MODEL_ENV}): a local checkpoint")
        self.method = method
        #: the plugin name when an instance is registered (``Parser(plugins=[...])``)
        self.name = f"stances-{method}"
        self.scorer = PolarityScorer(lexicon)
        self.per_actor = per_actor
        self.model_path = model
        self._learned: ModelMethod | None = None
        self._stanza: StanzaSentiment | None = None
        self._transformers: TransformersMethod | None = None

    # -- the methods, loaded on first use ---------------------------------------------
    @property
    def learned(self) -> ModelMethod:
        if self._learned is None:
            self._learned = ModelMethod(self.model_path)
        return self._learned

    def _classifier(self) -> StanzaSentiment:
        if self._stanza is None:
            from .stanza_sentiment import StanzaSentiment

            self._stanza = StanzaSentiment()
        return self._stanza

    def _transformer(self) -> TransformersMethod:
        if self._transformers is None:
            from .transformers_method import TransformersMethod

            assert self.model_path is not None  # checked in __init__
            self._transformers = TransformersMethod(self.model_path)
        return self._transformers

    @property
    def targeted(self) -> bool:
        """Whether the method judges a target (``model``, ``transformers``) or the whole text."""
        return self.method in {"model", "transformers"}

    def judge(
        self, analysis: Analysis, first: int, last: int, context: Sequence[int] | None = None, evidence: bool = True
    ) -> Judgement:
        """The targeted method's verdict on tokens ``[first, last)`` within ``context`` tokens."""
        if self.method == "transformers":
            return self._transformer().judge(analysis, first, last, context)
        return self.learned.judge(analysis, first, last, context, evidence)

    def polarity(self, document: Document, quote: Quote, tokens: Sequence[Token]) -> PolarityResult:
        """The polarity of one quote by a whole-text method (``lexicon`` or ``stanza``)."""
        lexical = self.scorer.score(document.analysis, tokens)
        if self.method != "stanza":
            return lexical
        polarity, score = self._classifier().classify(quote.text)
        # stanza judges whole sentences; the lexicon still shows which words lean that way
        return PolarityResult(polarity, score, lexical.positive, lexical.negative, lexical.evidence)

    # -- per quote ----------------------------------------------------------------------
    def quote_stance(
        self,
        document: Document,
        quote: Quote,
        actors: Sequence[Actor] = (),
        mentions: Sequence[Candidate] | None = None,
    ) -> Stance:
        """The stance of one quote: polarity, score, evidence, framing, target.

        ``mentions``: :func:`.target.actor_mentions` of ``actors``, when the caller computed them once per document.
        """
        if self.targeted:
            if mentions is None:
                mentions = actor_mentions(document.analysis, actors)
            stance = self._targeted_quote_stance(document, quote, mentions)
            if stance is not None:
                return stance
        return self._lexical_quote_stance(document, quote)

    def _targeted_quote_stance(self, document: Document, quote: Quote, mentions: Sequence[Candidate]) -> Stance | None:
        """Stance toward the quote's clearest target; ``None`` when the quote names nothing to judge."""
        analysis = document.analysis
        inside = [t.i for t in quote_tokens(analysis, quote) if t.pos != "SPACE"]
        # the cue reads with the content ("criticized the governor"); the reporter's other words do not
        cue = [t.i for t in analysis.tokens_in(quote.cue.start, quote.cue.end)] if quote.cue else []
        mention = quote.speaker_mention
        candidates = quote_candidates(
            analysis, set(inside), mentions, quote.speaker, (mention.start, mention.end) if mention else None
        )
        # one context for every candidate (the quote and its cue), so the lexicon reads it once
        context = sorted(set(inside) | set(cue))
        tone = self.tone(analysis, context, set(cue) - set(inside))  # the quoted words' own, cue left out
        if len(candidates) == 1 and not candidates[0].named:
            candidate = candidates[0]  # nothing to choose between, and its verdict is the tone: no model call
        else:
            best = self._most_clear(analysis, candidates, context)
            if best is None:
                return None
            candidate, judgement = best
        if candidate.named:
            polarity, score = self._combined(tone, judgement)
            if polarity is judgement.polarity and polarity is not Polarity.NEUTRAL:
                judgement = self.judge(analysis, candidate.first, candidate.last, context)  # now with its evidence
                # a cue word is shown only when it evaluates ("criticized"), not when it just reports ("added")
                lexical = {e.token for e in self.learned.features.lexical(analysis, context).evidence}
                shown = [i for i in judgement.evidence if i not in cue or i in lexical]
                evidence = token_spans(document.text, analysis, ((i, i) for i in shown))
            else:  # the verdict leans on the overall tone: show the lexicon's words for it
                evidence = _tone_evidence(document, tone, polarity, score)
        else:  # about a thing or a situation ("It means weakness"), not someone: the words' own tone
            polarity, score = tone.polarity, round(tone.score, 4)
            evidence = _tone_evidence(document, tone, polarity, score)
        target = Span.of(document.text, candidate.start, candidate.end)
        return Stance(
            id=f"stance-{quote.id}",
            polarity=polarity,
            score=score,
            quote=quote.id,
            actor=quote.speaker,
            evidence=evidence,
            framing=framing_of(analysis, quote),
            target=target.text,
            target_span=target,
            target_actor=candidate.actor,
        )

    def _most_clear(
        self, analysis: Analysis, candidates: Sequence[Candidate], context: Sequence[int]
    ) -> tuple[Candidate, Judgement] | None:
        """The candidate the model finds the quote most clearly for or against, with its verdict."""
        best: tuple[Candidate, Judgement] | None = None
        for candidate in candidates:
            judgement = self.judge(analysis, candidate.first, candidate.last, context, evidence=False)
            if best is None or judgement.confidence > best[1].confidence:
                best = (candidate, judgement)
            if judgement.confidence >= CLEAR:  # clearly for or against this one: the others need not be judged
                break
        return best

    @staticmethod
    def _combined(tone: PolarityResult, judgement: Judgement) -> tuple[Polarity, float]:
        """A quote's polarity from both views: toward its target (the model) and overall (the lexicon).

        A quote is the speaker's stance toward its target *and* a tone: the
        model was trained on the first, and does not see praise and blame
        of two other things in one quote ("positive, but difficult to
        implement"), which the lexicon calls mixed. So: mixed when the
        lexicon says so, otherwise the mean of the two signed scores, cut
        at the lexicon's neutral band. The tone is the quoted words' own:
        the cue ("laments", "warned") is the reporter's framing, not the speaker's tone.
        """
        if tone.polarity is Polarity.MIXED:
            return Polarity.MIXED, round(tone.score, 4)
        score = (judgement.score + tone.score) / 2
        if score >= NEUTRAL_BELOW:
            return Polarity.POSITIVE, round(score, 4)
        if score <= -NEUTRAL_BELOW:
            return Polarity.NEGATIVE, round(score, 4)
        return Polarity.NEUTRAL, round(score, 4)

    def tone(self, analysis: Analysis, context: Sequence[int], cue_tokens: set[int]) -> PolarityResult:
        """The lexicon's verdict on the quoted words: the context's scoring (shared with the features), cue left out."""
        lexical = self.learned.features.lexical(analysis, context)
        evidence = tuple(e for e in lexical.evidence if e.token not in cue_tokens)
        positive = sum(e.value for e in evidence if e.value > 0)
        negative = -sum(e.value for e in evidence if e.value < 0)
        polarity, score = decide(positive, negative, positive - negative)
        return PolarityResult(polarity, score, positive, negative, evidence)

    def _lexical_quote_stance(self, document: Document, quote: Quote) -> Stance:
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
        """Per-quote stances, then (``per_actor``) one aggregate per (speaker, target) pair."""
        mentions = actor_mentions(document.analysis, actors) if self.targeted else []
        per_quote = [self.quote_stance(document, quote, actors, mentions) for quote in quotes]
        if not self.per_actor:
            return per_quote
        known = {actor.id for actor in actors}
        speaking = [s for s in per_quote if s.actor is not None and (not known or s.actor in known)]
        return per_quote + aggregate_by_pair(speaking)

    # -- toward a given span ----------------------------------------------------------------
    def stance_toward(self, document: Document, start: int, end: int) -> Stance:
        """How the document treats ``text[start:end]``, by the configured method."""
        analysis = document.analysis
        found = [t.i for t in analysis.tokens_in(start, end) if t.pos != "SPACE"]
        if not found:
            raise ValueError(f"target span [{start}, {end}) covers no token (text length {len(document.text)})")
        first, last = found[0], found[-1] + 1
        target = Span.of(document.text, start, end)
        if self.targeted:
            judgement = self.judge(analysis, first, last)
            polarity, score = judgement.polarity, judgement.score
            evidence = token_spans(document.text, analysis, ((i, i) for i in judgement.evidence))
        else:
            sentences = range(analysis.tokens[first].sent, analysis.tokens[last - 1].sent + 1)
            tokens = [t for s in sentences for t in analysis.sentence_tokens(analysis.sentences[s])]
            result = self.scorer.score(analysis, tokens)
            polarity, score = result.polarity, round(result.score, 4)
            if self.method == "stanza":
                sentence_text = document.text[tokens[0].start : tokens[-1].end]
                polarity, score = self._classifier().classify(sentence_text)
            evidence = evidence_spans(document.text, analysis, result.carrying)
        return Stance(
            id="stance-toward",
            polarity=polarity,
            score=score,
            evidence=evidence,
            target=target.text,
            target_span=target,
        )

    # -- hooks ------------------------------------------------------------------------------
    @hookimpl
    def newsparse_stances(
        self, document: Document, quotes: tuple[Quote, ...], actors: tuple[Actor, ...]
    ) -> list[Stance]:
        """Stances of the article's quotes and of its (speaker, target) pairs."""
        return self.stances(document, quotes, actors)

    @hookimpl
    def newsparse_stance_toward(self, document: Document, start: int, end: int) -> Stance:
        """Answers ``Parser.stance_toward`` with this instance's method."""
        return self.stance_toward(document, start, end)


__all__ = ["METHODS", "METHOD_ENV", "MODEL_ENV", "StanceExtractor", "decide", "evidence_spans", "quote_tokens"]
