"""Corpus-level view of the sources: who is quoted, how often, and in which colour.

Actors are per article (their ids are only unique inside one article), but a
reader of a report wants "Amina Odhiambo, 5 quotes in 3 articles". Sources
are therefore grouped across articles by their normalised name, and each
gets one colour used everywhere in the report (highlights, sidebar, chart).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from newsparse.models import Actor, Article

# Highlight background and a darker accent per colour; distinguishable side by side.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#fde68a", "#b45309"),
    ("#bfdbfe", "#1d4ed8"),
    ("#bbf7d0", "#15803d"),
    ("#fecaca", "#b91c1c"),
    ("#ddd6fe", "#6d28d9"),
    ("#fbcfe8", "#be185d"),
    ("#a5f3fc", "#0e7490"),
    ("#fed7aa", "#c2410c"),
    ("#d9f99d", "#4d7c0f"),
    ("#e7d3b5", "#7c5a2a"),
    ("#99f6e4", "#0f766e"),
    ("#cbd5e1", "#475569"),
)
NO_SPEAKER = "no speaker found"
KIND_ORDER = ("person", "organization", "group", "place", "document", "unknown", NO_SPEAKER)
NOT_STATED = "not stated"
#: Order of the gender chart: each gender by the strength of its evidence, then nothing said.
GENDER_ORDER = tuple(
    f"{gender} ({source})" for gender in ("female", "male") for source in ("honorific", "role", "pronoun", "name")
) + (NOT_STATED,)


def gender_label(actor: Actor) -> str:
    """``female (pronoun)``: the gender with the evidence it rests on (``Actor.gender_source``)."""
    if not actor.gender:
        return NOT_STATED
    return f"{actor.gender} ({actor.gender_source or 'unknown evidence'})"


def _ordered(counts: Counter, order: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Counts in a fixed order (so charts compare across reports), unknown labels last."""
    known = [(label, counts[label]) for label in order if counts[label]]
    return tuple(known + sorted(((k, v) for k, v in counts.items() if k not in order), key=lambda kv: -kv[1]))


def source_key(actor: Actor) -> str:
    """Names that differ only in case or spacing are the same source across articles."""
    return " ".join(actor.name.split()).casefold()


@attrs.frozen
class Source:
    """One source of the corpus: the actors of that name in every article."""

    key: str
    name: str
    kind: str
    quotes: int
    articles: int
    mentions: int
    roles: tuple[str, ...]
    colour: int  # index into PALETTE, or -1 for sources never quoted


@attrs.frozen
class Summary:
    """Counts for the corpus summary and the sidebar."""

    articles: int
    quotes: int
    sources: tuple[Source, ...]  # most quoted first
    by_kind: tuple[tuple[str, int], ...]  # speaker kind -> quotes (KIND_ORDER)
    by_quote_kind: tuple[tuple[str, int], ...]  # direct / indirect / ... -> quotes
    by_gender: tuple[tuple[str, int], ...]  # speaker gender and its evidence ("female (pronoun)") -> quotes
    failures: int
    index: dict[str, Source] = attrs.field(repr=False, eq=False)

    def source(self, actor: Actor) -> Source | None:
        """The corpus-level source this article's actor belongs to."""
        return self.index.get(source_key(actor))


def _colours(quoted: list[str], in_articles: dict[str, set[int]]) -> dict[str, int]:
    """A palette index per quoted source, most quoted first, distinct within every article.

    Up to one colour per source when the palette allows. Beyond that,
    greedy colouring: each source takes the least used colour that no source
    it shares an article with already has, so two speakers of one article
    never look alike unless an article has more speakers than colours.
    """
    if len(quoted) <= len(PALETTE):  # few enough for one colour each across the whole corpus
        return {key: rank for rank, key in enumerate(quoted)}
    colours: dict[str, int] = {}
    taken: dict[int, set[int]] = {}  # article position -> colours used there
    uses = [0] * len(PALETTE)
    for key in quoted:
        used = set().union(*(taken.get(position, set()) for position in in_articles[key]))
        free = [c for c in range(len(PALETTE)) if c not in used] or list(range(len(PALETTE)))
        colour = min(free, key=lambda c: (uses[c], c))  # the least used, so the whole palette is spread
        uses[colour] += 1
        colours[key] = colour
        for position in in_articles[key]:
            taken.setdefault(position, set()).add(colour)
    return colours


def summarize(articles: Sequence[Article]) -> Summary:
    """Group actors by name across articles, count their quotes and assign colours."""
    names: dict[str, Counter] = {}
    kinds: dict[str, Counter] = {}
    quotes: Counter = Counter()
    in_articles: dict[str, set[int]] = {}
    mentions: Counter = Counter()
    roles: dict[str, list[str]] = {}
    by_kind: Counter = Counter()
    by_quote_kind: Counter = Counter()
    by_gender: Counter = Counter()
    for position, article in enumerate(articles):
        actors = {actor.id: actor for actor in article.actors}
        for actor in article.actors:
            key = source_key(actor)
            names.setdefault(key, Counter())[actor.name] += 1
            kinds.setdefault(key, Counter())[actor.kind.value] += 1
            in_articles.setdefault(key, set()).add(position)
            mentions[key] += len(actor.mentions)
            if actor.role and actor.role not in roles.setdefault(key, []):
                roles[key].append(actor.role)
        for quote in article.quotes:
            by_quote_kind[quote.kind.value] += 1
            speaker = actors.get(quote.speaker) if quote.speaker is not None else None
            if speaker is None:
                by_kind[NO_SPEAKER] += 1
                continue
            quotes[source_key(speaker)] += 1
            by_kind[speaker.kind.value] += 1
            by_gender[gender_label(speaker)] += 1
    order = sorted(names, key=lambda key: (-quotes[key], names[key].most_common(1)[0][0].casefold()))
    colours = _colours([key for key in order if quotes[key]], in_articles)
    sources = tuple(
        Source(
            key=key,
            name=names[key].most_common(1)[0][0],
            kind=kinds[key].most_common(1)[0][0],
            quotes=quotes[key],
            articles=len(in_articles[key]),
            mentions=mentions[key],
            roles=tuple(roles.get(key, ())),
            colour=colours.get(key, -1),
        )
        for key in order
    )
    return Summary(
        articles=len(articles),
        quotes=sum(len(article.quotes) for article in articles),
        sources=sources,
        by_kind=tuple((kind, by_kind[kind]) for kind in KIND_ORDER if by_kind[kind]),
        by_quote_kind=tuple(sorted(by_quote_kind.items(), key=lambda item: -item[1])),
        by_gender=_ordered(by_gender, GENDER_ORDER),
        failures=sum(len(article.failures) for article in articles),
        index={source.key: source for source in sources},
    )
