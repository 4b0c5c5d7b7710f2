"""Names with a nickname in quotation marks: ``Dane "The Hammer" Hollis``, ``Tommy 'Two Guns' Marino``.

Sports, crime and profile news introduce people so. The quotation marks
inside the name throw the entity tagger off: it reads ``The Hammer" Hollis``
as a title of a work, ``Ella "Lady Ella`` and ``Moreau`` as two people, or
tags nothing at all. What is a name here is plain from the words, though: a
capitalised given name, a nickname of one to four capitalised words in
marks that touch it, and a capitalised family name. This module finds those
runs in the tokens, so the actors step can make one person of them (named
``Dane Hollis``, the nickname kept as an alias) whatever the tagger said.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse import Token, nouns

_OPENING = frozenset({'"', "“", "``", "'", "‘"})
_CLOSING = {'"': '"', "“": "”", "``": "''", "'": "'", "‘": "’"}
#: Parts of speech a word of a name never has, whatever its capital (``Felt “Invisible” As``: a headline).
_FUNCTION = frozenset({"ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM"})
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_MAX_NICKNAME = 4


@attrs.frozen
class Nicknamed:
    """Token ranges of one name with a nickname: the whole name ``[first, last)``, the marked nickname in it."""

    first: int
    last: int
    nickname_first: int  # the opening mark
    nickname_last: int  # just after the closing mark


def nicknamed_names(tokens: Sequence[Token], text: str) -> list[Nicknamed]:
    """Every ``Given "Nick" Family`` run in the text, in order (see the module docstring)."""
    found: list[Nicknamed] = []
    for token in tokens:
        if token.text not in _OPENING or token.i == 0:
            continue
        close = _closing_mark(tokens, token)
        if close is None:
            continue
        given = _given_start(tokens, token.i, text)
        family = _family_end(tokens, close, text)
        if given is not None and family is not None:
            found.append(Nicknamed(given, family, token.i, close + 1))
    return found


def _closing_mark(tokens: Sequence[Token], opening: Token) -> int | None:
    """The index of the mark closing a nickname of one to four capitalised words right after ``opening``."""
    closing = _CLOSING[opening.text]
    words: list[Token] = []
    for token in tokens[opening.i + 1 : opening.i + 2 + _MAX_NICKNAME]:
        touching = token.start == (words[-1].end if words else opening.end)
        if token.text in (closing, "’", "”", '"', "''") and words and touching:
            return token.i if _nickname_words(words) else None
        if token.sent != opening.sent or not token.text[:1].isalnum():
            return None
        words.append(token)
    return None


def _nickname_words(words: list[Token]) -> bool:
    """Capitalised words (a leading *the* aside), as a name is written: ``The Hammer``, ``Two Guns``, ``Satchmo``."""
    rest = words[1:] if words[0].text.lower() == "the" and len(words) > 1 else words
    return all(w.text[:1].isupper() or w.text[:1].isdigit() for w in rest)


def _name_word(token: Token) -> bool:
    """A capitalised word a name can hold: no function word, no noun for a person's role (``Singer``)."""
    word = token.text
    if not (word[:1].isupper() and word.replace(".", "").replace("'", "").isalpha()) or token.pos in _FUNCTION:
        return False
    return nouns.noun_class(word.lower()) != "person"


def _given_start(tokens: Sequence[Token], opening: int, text: str) -> int | None:
    """Where the given name before the opening mark starts, if there is one.

    One word, or two inside a sentence (``said Mary Ann "Annie" Holt``): a
    capital opening the sentence may be a role's (``Trumpeter Louis
    "Satchmo" Armstrong``), which no word list knows in full.
    """
    first = opening - 1
    if not _name_word(tokens[first]) or text[tokens[first].end : tokens[opening].start] != " ":
        return None
    before = first - 1
    if (
        before >= 0
        and tokens[before].sent == tokens[first].sent
        and before > 0
        and tokens[before - 1].sent == tokens[before].sent  # a capital opening a sentence may be a role's
        and tokens[before].pos == "PROPN"
        and _name_word(tokens[before])
        and text[tokens[before].end : tokens[first].start] == " "
    ):
        return before
    return first


def _family_end(tokens: Sequence[Token], close: int, text: str) -> int | None:
    """Just after the family name that follows the closing mark (``Hollis``, ``Cordero-Hale``, ``Lang Jr.``)."""
    first = close + 1
    if first >= len(tokens) or tokens[first].pos != "PROPN" or not _name_word(tokens[first]):
        return None
    if text[tokens[close].end : tokens[first].start] != " ":
        return None
    last = first + 1
    while last + 1 < len(tokens) and tokens[last].text == "-" and _name_word(tokens[last + 1]):
        last += 2  # "Cordero-Hale", which the tokenizer splits
    if last < len(tokens) and tokens[last].text in _SUFFIXES:
        last += 1
    return last
