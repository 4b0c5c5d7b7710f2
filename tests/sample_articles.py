"""Hand-built parsed articles for the tables and report tests.

Built directly from the models (no NLP), so the tests of tables and the
report are fast and deterministic and do not depend on how well the
extractors are doing today. The texts are written for these tests; one
quote and one speaker name contain markup, to prove it is shown as text.
"""

from __future__ import annotations

import datetime as dt

from newsparse import (
    Actor,
    ActorKind,
    Article,
    DateMention,
    Framing,
    Polarity,
    Provenance,
    Quote,
    QuoteKind,
    Span,
    Stance,
)

COUNCIL_TEXT = (
    "Mayor Lena Park said on Tuesday that the city would cut bus fares by March.\n\n"
    "\u201cNobody should have to choose between groceries and getting to work,\u201d Park told reporters.\n\n"
    "Council member David Osei, who chairs the budget committee, disagreed. "
    "\u201cThis plan is <script>alert(1)</script> a gift to the suburbs,\u201d he said.\n\n"
    "According to the Transit Workers Union, drivers were not consulted.\n\n"
    "\u201cIt will never pass,\u201d someone shouted from the gallery."
)

CLINIC_TEXT = (
    "The rural clinic in Alder Creek will close in June, its director confirmed on Friday.\n\n"
    "\u201cWe ran out of nurses before we ran out of money,\u201d said Dr. Ruiz & Sons, the clinic's director. "
    "\u201cPatients will have to drive an hour,\u201d she added.\n\n"
    "Lena Park said the city could not help."
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in ``text`` (fails loudly if absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def inner(text: str, opening: str, closing: str = "\u201d") -> Span:
    """The content between the quotation marks that open with ``opening``."""
    start = text.index(opening) + 1
    end = text.index(closing, start)
    return Span.of(text, start, end)


def council_article() -> Article:
    text = COUNCIL_TEXT
    stamp = Provenance("quotes", "1.0")
    actors = (
        Actor(
            "a1",
            "Lena Park",
            ActorKind.PERSON,
            (span(text, "Lena Park"), span(text, "Park", 1)),
            role="Mayor",
            gender="female",
            gender_source="honorific",
        ),
        Actor(
            "a2",
            "David Osei",
            ActorKind.PERSON,
            (span(text, "David Osei"), span(text, "he said")),
            role="Council member",
            affiliation="budget committee",
        ),
        Actor("a3", "Transit Workers Union", ActorKind.ORGANIZATION, (span(text, "Transit Workers Union"),)),
        Actor("a4", "reporters", ActorKind.GROUP, (span(text, "reporters"),)),
    )
    dates = (
        DateMention("d1", span(text, "Tuesday"), "2024-05-14", anchor="2024-05-16"),
        DateMention("d2", span(text, "March"), "2025-03", granularity="month", anchor="2024-05-16"),
    )
    quotes = (
        Quote(
            "q1",
            (span(text, "the city would cut bus fares by March"),),
            QuoteKind.INDIRECT,
            cue=span(text, "said"),
            cue_class="speech",
            speaker="a1",
            speaker_mention=span(text, "Mayor Lena Park"),
            confidence=0.8,
            dates=("d2",),
            provenance=stamp,
        ),
        Quote(
            "q2",
            (inner(text, "\u201cNobody"),),
            QuoteKind.DIRECT,
            cue=span(text, "told"),
            cue_class="speech",
            speaker="a1",
            speaker_mention=span(text, "Park", 1),
            provenance=stamp,
        ),
        Quote(
            "q3",
            (inner(text, "\u201cThis plan"),),
            QuoteKind.DIRECT,
            cue=span(text, "said", 1),
            cue_class="speech",
            speaker="a2",
            speaker_mention=Span.of(text, text.index("he said"), text.index("he said") + 2),
            provenance=stamp,
        ),
        Quote(
            "q4",
            (span(text, "drivers were not consulted"),),
            QuoteKind.INDIRECT,
            cue=span(text, "According to"),
            cue_class="source",
            speaker="a3",
            provenance=stamp,
        ),
        Quote(
            "q5",
            (inner(text, "\u201cIt will"),),
            QuoteKind.DIRECT,
            cue=span(text, "shouted"),
            confidence=0.3,
            provenance=stamp,
        ),
    )
    stances = (
        Stance(
            "s1",
            Polarity.NEGATIVE,
            -0.6,
            quote="q3",
            actor="a2",
            framing=Framing.NEUTRAL,
            evidence=(span(text, "gift"),),
        ),
        Stance("s2", Polarity.POSITIVE, 0.4, quote="q1", actor="a1", target="bus fares"),
        Stance("s3", Polarity.NEGATIVE, -0.5, actor="a2"),
    )
    return Article(
        text=text,
        id="council-2024-05-16",
        title="City to cut bus fares, mayor says",
        published=dt.datetime(2024, 5, 16),
        actors=actors,
        quotes=quotes,
        dates=dates,
        stances=stances,
    )


def clinic_article() -> Article:
    text = CLINIC_TEXT
    name = "Dr. <b>Ruiz</b> & Sons"  # markup in a name must be shown as text
    actors = (
        Actor(
            "p1",
            name,
            ActorKind.PERSON,
            (span(text, "Dr. Ruiz & Sons"), span(text, "she")),
            role="the clinic's director",
            gender="female",
            gender_source="honorific",
        ),
        Actor("p2", "Lena Park", ActorKind.PERSON, (span(text, "Lena Park"),)),
        Actor("o1", "Alder Creek clinic", ActorKind.ORGANIZATION, (span(text, "clinic"),)),
    )
    quotes = (
        Quote(
            "q1",
            (inner(text, "\u201cWe ran"),),
            cue=span(text, "said"),
            speaker="p1",
            speaker_mention=span(text, "Dr. Ruiz & Sons"),
        ),
        Quote(
            "q2",
            (inner(text, "\u201cPatients"),),
            cue=span(text, "added"),
            speaker="p1",
            speaker_mention=span(text, "she"),
        ),
        Quote(
            "q3", (span(text, "the city could not help"),), QuoteKind.INDIRECT, cue=span(text, "said", 1), speaker="p2"
        ),
    )
    dates = (DateMention("d1", span(text, "June"), "2024-06", granularity="month"),)
    return Article(text=text, id="clinic", published=dt.date(2024, 5, 17), actors=actors, quotes=quotes, dates=dates)


def sample_articles() -> list[Article]:
    return [council_article(), clinic_article()]
