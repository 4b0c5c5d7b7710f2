"""Gender coverage of the sources users count: quotes by named persons that carry a gender, by evidence.

GenderGapTracker-style counts need the gender of each quoted person. A
gender is given only from evidence (``Actor.gender_source``: a pronoun that
resolves to the person, an honorific, a gendered role noun, or, when the
opt-in ``first_names`` plugin runs, a first-name estimate). The figure is
the share of quotes whose speaker is a person named with at least two
capitalised words (``Maria Delgado``, not ``Delgado`` or ``the senator``),
since a one-word name gives a first-name table nothing to go on and a
description is not a name. It needs no gold: it reads the parsed articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from newsparse.models import ActorKind, Article


def is_full_name(name: str) -> bool:
    """Two or more words, each starting with a capital letter (initials and ``Jr.`` included)."""
    words = name.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def score_named_genders(articles: Iterable[Article]) -> dict[str, Any]:
    """Quotes by fully named persons, how many carry a gender, and by which evidence."""
    quotes = gendered = 0
    by_source: Counter[str] = Counter()
    for article in articles:
        persons = {
            actor.id: actor for actor in article.actors if actor.kind is ActorKind.PERSON and is_full_name(actor.name)
        }
        for quote in article.quotes:
            actor = persons.get(quote.speaker) if quote.speaker is not None else None
            if actor is None:
                continue
            quotes += 1
            if actor.gender is not None:
                gendered += 1
                by_source[actor.gender_source or "unstated"] += 1
    return {
        "quotes_by_named_persons": quotes,
        "with_gender": gendered,
        "share": gendered / quotes if quotes else None,
        "by_evidence": dict(by_source.most_common()),
    }
