"""The gold as a prediction: scoring it against itself must give 100% everywhere.

``newsparse evaluate --self-check`` runs this instead of the parser. It
needs no NLP, takes seconds, and catches what would silently bend every
figure: gold the matcher cannot match (content without a single word), a
speaker rule that cannot recognise the gold's own speaker, offsets the
models refuse. A figure below 100% here is a scorer or gold bug, not an
extractor one.
"""

from __future__ import annotations

from newsparse.evaluate.gold import GoldArticle
from newsparse.models import Actor, Article, Quote, QuoteKind, Span


def gold_as_article(gold: GoldArticle) -> Article:
    """An :class:`Article` whose quotes are exactly the gold ones (speakers as actors by name)."""
    text = gold.text
    actors: dict[str, Actor] = {}
    quotes = []
    for quote in gold.quotes:
        mention = Span.of(text, *quote.speaker_spans[0]) if quote.speaker_spans else None
        speaker = None
        if quote.speaker:
            actor = actors.get(quote.speaker)
            if actor is None:
                actor = actors[quote.speaker] = Actor(f"a{len(actors)}", quote.speaker)
            speaker = actor.id
        kind = quote.kind if quote.kind in {k.value for k in QuoteKind} else QuoteKind.INDIRECT
        cue = Span.of(text, *quote.cue_span) if quote.cue_span else None
        parts = [Span.of(text, start, end) for start, end in quote.spans]
        quotes.append(Quote(f"q{quote.index}", parts, kind, cue=cue, speaker=speaker, speaker_mention=mention))
    return Article(text=text, id=gold.id, actors=tuple(actors.values()), quotes=quotes)
