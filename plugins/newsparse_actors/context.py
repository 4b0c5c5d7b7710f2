"""Per-document lookups the actor finders share, built once in linear time."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from newsparse import Analysis, Entity, Token
from newsparse_actors.quoted import narrated_sentences, quoted_tokens

if TYPE_CHECKING:
    from newsparse_actors.roles import RoleInfo


class Context:
    """The analysis plus a token → entity index, so no finder scans entities per token."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.tokens = analysis.tokens
        #: :func:`.roles.describe`'s answers by token range, and which sentences are title-case headlines
        self.descriptions: dict[tuple[int, int], RoleInfo] = {}
        self.title_cased: dict[int, bool] = {}

    @cached_property
    def entity_of(self) -> list[int]:
        """``entity_of[i]``: index into ``analysis.entities`` of the entity holding token ``i``, or -1."""
        index = [-1] * len(self.tokens)
        for number, entity in enumerate(self.analysis.entities):
            for i in range(entity.first, min(entity.last, len(index))):
                index[i] = number
        return index

    @cached_property
    def quoted(self) -> list[bool]:
        """``quoted[i]``: token ``i`` stands inside quotation marks (:mod:`.quoted`)."""
        return quoted_tokens(self.analysis)

    @cached_property
    def narrated(self) -> list[int]:
        """``narrated[s]``: sentences up to ``s`` with narration in them (:func:`.quoted.narrated_sentences`)."""
        return narrated_sentences(self.analysis, self.quoted)

    def narration_distance(self, earlier: int, later: int) -> int:
        """Sentences of narration from sentence ``earlier`` to sentence ``later``; quoted-only ones do not count."""
        return self.narrated[later] - self.narrated[earlier]

    def entity_at(self, i: int) -> Entity | None:
        if 0 <= i < len(self.tokens):
            number = self.entity_of[i]
            if number >= 0:
                return self.analysis.entities[number]
        return None

    def head_of_range(self, first: int, last: int) -> int:
        """The token of ``[first, last)`` whose head lies outside it (the phrase's head)."""
        for i in range(first, last):
            head = self.tokens[i].head
            if head < first or head >= last or head == i:
                return i
        return last - 1

    def sentence_bounds(self, token: Token) -> tuple[int, int]:
        sentence = self.analysis.sentences[token.sent]
        return sentence.first, sentence.last

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character range of tokens ``[first, last)``, a quote glued before the first name left out."""
        return _after_glued_quote(self.tokens[first]), self.tokens[last - 1].end

    def word(self, i: int) -> str:
        """Token ``i`` as a name reads it: without a closing quote glued before it (``stealth,"Okonjo``)."""
        start, end = self.chars(i, i + 1)
        return self.text[start:end]

    def slice(self, first: int, last: int) -> str:
        start, end = self.chars(first, last)
        return self.text[start:end]


#: A closing quotation mark printed with no space before the next word: ``paranoia,"Clinton said``.
_GLUED_QUOTE = re.compile(r"^\S*?[\w.,!?;:'’][\"”](?=[A-Z])")


def _after_glued_quote(token: Token) -> int:
    """Where a name starts in ``token``: after a closing quote the writer glued to it, else at the token.

    A quotation that ends without a space before the speaker's name
    (``paranoia,"Clinton said``) is read as one word; the name is only what
    follows the mark, never the end of the quotation.
    """
    glued = _GLUED_QUOTE.match(token.text)
    return token.start + glued.end() if glued else token.start
