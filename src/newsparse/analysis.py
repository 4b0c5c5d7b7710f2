"""The neutral NLP analysis every extractor reads.

Both backends (spaCy, stanza) convert their documents into an
:class:`Analysis`, so extractors never import an NLP library and never care
which backend ran. Tokens, sentences and entities know their character
offsets into the original text (as in spaCy and stanza), so nothing is
re-found later by string search.

Tokens, sentences and entities are ``NamedTuple``s: immutable, cheap to
build for every token of every article, and picklable for worker processes.
The :class:`Analysis` itself is read-only too: one plugin that assigned
``analysis.tokens = ()`` would silently cost every later plugin its input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property
from operator import attrgetter
from typing import Any, NamedTuple

from newsparse.datelines import dateline_spans
from newsparse.marks import Quotations


class Token(NamedTuple):
    """One token. ``head`` is the index of its syntactic head (itself at the root).

    ``pos`` is the Universal POS tag, ``tag`` the treebank tag (PTB for
    English), ``dep`` the Universal Dependencies relation in lower case
    (``nsubj``, ``ccomp``, ``root``...), ``ent`` the entity label when the
    token is inside a named entity, else ``""``.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    ent: str = ""


class Sentence(NamedTuple):
    """A sentence: character range and the token index range ``[first, last)``."""

    start: int
    end: int
    first: int
    last: int


class Entity(NamedTuple):
    """A named entity: character range, label (OntoNotes: PERSON, ORG, GPE...) and token range."""

    start: int
    end: int
    label: str
    first: int
    last: int


class Chunk(NamedTuple):
    """A base noun phrase: character range, token range and the index of its head token."""

    start: int
    end: int
    first: int
    last: int
    root: int


_FIELDS = ("text", "tokens", "sentences", "entities", "chunks", "coref", "backend", "model")


def _owners(n_tokens: int, ranges: Sequence[Entity | Chunk]) -> tuple[int, ...]:
    """For each token, the index of the first of ``ranges`` (token ranges) that covers it, else -1."""
    owner = [-1] * n_tokens
    for number, item in enumerate(ranges):
        for i in range(item.first, item.last):
            if owner[i] == -1:
                owner[i] = number
    return tuple(owner)


_INDEX, _HEAD, _START = attrgetter("i"), attrgetter("head"), attrgetter("start")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*\S)")


class Analysis:
    """One document's analysis, shared read-only by all extractors.

    Derived indexes (children, paragraphs, offset lookups) are computed on
    first use and cached, so an extractor that needs them pays once and the
    others get them for free.
    """

    __slots__ = ("text", "tokens", "sentences", "entities", "chunks", "coref", "backend", "model", "__dict__")

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    chunks: tuple[Chunk, ...]
    coref: tuple[tuple[tuple[int, int], ...], ...]
    backend: str
    model: str

    def __init__(
        self,
        text: str,
        tokens: tuple[Token, ...],
        sentences: tuple[Sentence, ...],
        entities: tuple[Entity, ...] = (),
        chunks: tuple[Chunk, ...] = (),
        coref: tuple[tuple[tuple[int, int], ...], ...] = (),
        backend: str = "unknown",
        model: str = "unknown",
    ) -> None:
        fields = (text, tuple(tokens), tuple(sentences), tuple(entities), tuple(chunks), tuple(coref), backend, model)
        for name, value in zip(_FIELDS, fields, strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Analysis is read-only (every plugin shares it): cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Analysis is read-only (every plugin shares it): cannot delete {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Analysis, tuple(getattr(self, name) for name in _FIELDS))

    def __repr__(self) -> str:
        return (
            f"Analysis(backend={self.backend!r}, tokens={len(self.tokens)}, "
            f"sentences={len(self.sentences)}, entities={len(self.entities)})"
        )

    # -- cached indexes ------------------------------------------------------
    @cached_property
    def token_starts(self) -> tuple[int, ...]:
        return tuple(map(_START, self.tokens))

    @cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        return tuple(sentence.start for sentence in self.sentences)

    @cached_property
    def paragraph_starts(self) -> tuple[int, ...]:
        return tuple(paragraph[0] for paragraph in self.paragraphs)

    @cached_property
    def _entity_of_token(self) -> tuple[int, ...]:
        return _owners(len(self.tokens), self.entities)

    @cached_property
    def _chunk_of_token(self) -> tuple[int, ...]:
        return _owners(len(self.tokens), self.chunks)

    @cached_property
    def _entities_by_sentence(self) -> dict[int, tuple[Entity, ...]]:
        grouped: dict[int, list[Entity]] = {}
        for entity in self.entities:
            grouped.setdefault(self.tokens[entity.first].sent, []).append(entity)
        return {sentence: tuple(items) for sentence, items in grouped.items()}

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        """``children[i]``: indexes of tokens whose head is token ``i``, in order.

        Most tokens head nothing: they share one empty tuple, and only heads get a list.
        """
        tokens = self.tokens
        children: list[tuple[int, ...]] = [()] * len(tokens)
        dependents: dict[int, list[int]] = {}
        for i, head in zip(map(_INDEX, tokens), map(_HEAD, tokens), strict=True):
            if head != i:
                found = dependents.get(head)
                if found is None:
                    dependents[head] = [i]
                else:
                    found.append(i)
        for head, found in dependents.items():
            children[head] = tuple(found)
        return tuple(children)

    @cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """Character ranges of paragraphs (text between line breaks), blank ones left out."""
        spans: list[tuple[int, int]] = []
        position = 0
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            if self.text[position : match.start()].strip():
                spans.append((position, match.start()))
            position = match.end()
        if self.text[position:].strip():
            spans.append((position, len(self.text)))
        return tuple(spans)

    @cached_property
    def quotations(self) -> Quotations:
        """Where the text's quotations are (:mod:`newsparse.marks`), scanned once for every plugin that asks."""
        return Quotations(self.text)

    @cached_property
    def datelines(self) -> tuple[tuple[int, int], ...]:
        """Character ranges of the datelines opening paragraphs (``WASHINGTON (AP) —``), found once for every plugin.

        See :func:`newsparse.datelines.dateline_spans`: where and by whom a story was filed, never an actor,
        a speaker or a quote's content.
        """
        return tuple(dateline_spans(self.text, [0, *self.paragraph_starts]))

    # -- lookups -------------------------------------------------------------
    def token_at(self, offset: int) -> Token | None:
        """The token covering character ``offset``, if any."""
        index = bisect.bisect_right(self.token_starts, offset) - 1
        if index >= 0 and self.tokens[index].start <= offset < self.tokens[index].end:
            return self.tokens[index]
        return None

    @cached_property
    def _tokens_in(self) -> dict[tuple[int, int], tuple[Token, ...]]:
        return {}

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """Tokens that lie inside ``[start, end)`` (partially overlapping ones included).

        Remembered per range: the extractors ask for the same spans (a
        mention, a quote) several times an article.
        """
        known = self._tokens_in.get((start, end))
        if known is None:
            known = self._tokens_in[(start, end)] = self._find_tokens_in(start, end)
        return known

    def _find_tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        starts, tokens = self.token_starts, self.tokens
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        count = len(tokens)
        while first < count and tokens[first].end <= start:
            first += 1
        return tokens[first : bisect.bisect_left(starts, end)]

    def sentence_of(self, token: Token) -> Sentence:
        return self.sentences[token.sent]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first : sentence.last]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``, if any."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def paragraph_at(self, offset: int) -> tuple[int, int] | None:
        """The (start, end) of the paragraph containing character ``offset``."""
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and self.paragraphs[index][0] <= offset < self.paragraphs[index][1]:
            return self.paragraphs[index]
        return None

    @cached_property
    def _subtrees(self) -> dict[int, tuple[int, int]]:
        return {}

    def subtree(self, index: int) -> tuple[int, int]:
        """Token index range ``[first, last)`` covered by token ``index``'s subtree.

        Remembered per token: the extractors ask about the same heads (a cue
        verb, a quote's clause) about twice an article on average.
        """
        known = self._subtrees.get(index)
        if known is None:
            known = self._subtrees[index] = self._walk_subtree(index)
        return known

    def _walk_subtree(self, index: int) -> tuple[int, int]:
        first = last = index
        stack = [index]
        children = self.children
        while stack:
            node = stack.pop()
            if node < first:
                first = node
            elif node > last:
                last = node
            stack.extend(children[node])
        return first, last + 1

    def entity_at(self, index: int) -> Entity | None:
        """The named entity token ``index`` belongs to (the first, if several), in constant time."""
        number = self._entity_of_token[index]
        return self.entities[number] if number >= 0 else None

    def chunk_at(self, index: int) -> Chunk | None:
        """The noun chunk token ``index`` belongs to (the first, if several), in constant time."""
        number = self._chunk_of_token[index]
        return self.chunks[number] if number >= 0 else None

    def sentence_entities(self, sentence: int) -> tuple[Entity, ...]:
        """The entities whose first token is in sentence number ``sentence``, in text order."""
        return self._entities_by_sentence.get(sentence, ())

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.entities if e.start >= start and e.end <= end]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]


def split_points(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at line breaks when possible.

    Backends analyse very long texts piece by piece (spaCy refuses texts over
    ``nlp.max_length`` and its memory grows with text length); cutting at a
    paragraph, else at a space, keeps sentences whole in practice.
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = text.rfind("\n", start + limit // 2, window_end)
        if cut == -1:
            cut = text.rfind(" ", start + limit // 2, window_end)
        if cut == -1:
            cut = window_end
        else:
            cut += 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


class AnalysisJoiner:
    """One analysis of a long text built from analyses of its consecutive pieces, added one at a time.

    Each piece's analysis can be freed as soon as it is added, so memory
    holds the joined result and one piece, never every piece twice.
    """

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.entities: list[Entity] = []
        self.chunks: list[Chunk] = []
        self.coref: list[tuple[tuple[int, int], ...]] = []
        self.backend = self.model = "unknown"

    def add(self, offset: int, part: Analysis) -> None:
        """Append ``part``, the analysis of the piece that starts at character ``offset``."""
        base_token, base_sentence = len(self.tokens), len(self.sentences)
        self.backend, self.model = part.backend, part.model
        self.tokens.extend(
            t._replace(
                i=t.i + base_token,
                start=t.start + offset,
                end=t.end + offset,
                head=t.head + base_token,
                sent=t.sent + base_sentence,
            )
            for t in part.tokens
        )
        self.sentences.extend(
            Sentence(s.start + offset, s.end + offset, s.first + base_token, s.last + base_token)
            for s in part.sentences
        )
        self.entities.extend(
            Entity(e.start + offset, e.end + offset, e.label, e.first + base_token, e.last + base_token)
            for e in part.entities
        )
        self.chunks.extend(
            Chunk(c.start + offset, c.end + offset, c.first + base_token, c.last + base_token, c.root + base_token)
            for c in part.chunks
        )
        self.coref.extend(tuple((a + offset, b + offset) for a, b in chain) for chain in part.coref)

    def finish(self, text: str) -> Analysis:
        """The joined analysis of ``text`` (the whole text the pieces were cut from)."""
        return Analysis(
            text,
            tuple(self.tokens),
            tuple(self.sentences),
            tuple(self.entities),
            tuple(self.chunks),
            tuple(self.coref),
            self.backend,
            self.model,
        )
