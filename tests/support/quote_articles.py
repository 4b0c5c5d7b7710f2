"""Articles with quotes, built for the quote-cluster tests: text, spans and speakers computed, not typed."""

from __future__ import annotations

import datetime as dt

from newsparse.models import Actor, Article, Quote, Span


def make_article(
    article_id: str,
    *quotes: tuple[str | None, str, str],
    url: str | None = None,
    published: dt.datetime | None = None,
    extra: dict | None = None,
) -> Article:
    """An article of one paragraph per quote: ``(speaker name or None, content, kind)``.

    Direct quotes are printed in marks after ``NAME said:``; indirect and
    mixed ones after ``NAME said that``. Spans are computed, not typed.
    """
    text, actors, found = "", {}, []
    for number, (speaker, content, kind) in enumerate(quotes):
        who = speaker or "Someone"
        lead = f"{who} said: \u201c" if kind == "direct" else f"{who} said that "
        start = len(text) + len(lead)
        text += lead + content + ("\u201d" if kind == "direct" else "") + ".\n\n"
        actor_id = None
        if speaker is not None:
            if speaker not in actors:
                mention = Span.of(text, start - len(lead), start - len(lead) + len(who))
                actors[speaker] = Actor(id=f"a{len(actors)}", name=speaker, kind="person", mentions=(mention,))
            actor_id = actors[speaker].id
        found.append(
            Quote(id=f"q{number}", parts=(Span.of(text, start, start + len(content)),), kind=kind, speaker=actor_id)
        )
    return Article(
        text=text,
        id=article_id,
        url=url,
        published=published,
        actors=tuple(actors.values()),
        quotes=tuple(found),
        extra=extra or {},
    )
