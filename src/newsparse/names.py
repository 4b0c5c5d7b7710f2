"""Name normalisation shared by the corpus views and the scorers.

Two layers need to say whether two names are the same person's: the corpus
views (``newsparse actors`` merges actors of many articles under one key)
and the actor scorer (a predicted actor matches a gold one). They must
agree, so the rule lives here, below both.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsparse.analysis import Analysis, Token

_WORD = re.compile(r"\w+")
_HONORIFICS = frozenset("mr mrs ms miss dr prof rep sen gov gen mx sir dame lord lady rev".split())

#: Honorifics that abbreviate a title noun: ``Sen. Rubio`` is "the senator" later, and a headline's
#: ``Senator says ...`` is him. The actors plugin gives the noun as a role; the quotes plugin matches on it.
HONORIFIC_TITLES: dict[str, str] = {
    "sen": "senator",
    "rep": "congressman",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "capt": "captain",
    "adm": "admiral",
    "prof": "professor",
    "professor": "professor",
    "dr": "doctor",
    "pres": "president",
    "amb": "ambassador",
    "maj": "major",
    "sgt": "sergeant",
}


def is_honorific(word: str) -> bool:
    """``Mr.``, ``Rev``, ``Sen.``: a word printed before a name to address or title its bearer."""
    return fold(word).rstrip(".") in _HONORIFICS


def is_possessive(token: Token) -> bool:
    """``'s`` or ``’s`` (however tagged), or any token the tagger calls a possessive ending (``CBS'``)."""
    return token.tag == "POS" or token.text in ("'s", "’s")


def title_noun(honorific: str | None) -> str | None:
    """``Sen.`` → ``senator``; ``None`` for an honorific that abbreviates no title noun (``Mr.``)."""
    return HONORIFIC_TITLES.get(fold(honorific).rstrip(".")) if honorific else None


def body_name(tokens: Sequence[Token], head: Token) -> bool:
    """``Natural Resources Wales``: a plural proper noun inside a name makes it a body's, never a person's.

    The tagger often leaves such a name untagged; the actors and quotes
    plugins then read an untagged name that speaks as a person's. Only a
    plural between two words of the name: a given name ending in ``s``
    (``Ines Corbel``) is often tagged plural too, and it comes first.
    """
    return any(
        t.tag == "NNPS" and t.pos == "PROPN" and t.i != head.i and before.pos == "PROPN"
        for before, t in zip(tokens, tokens[1:], strict=False)
    )


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(name: str) -> str:
    """``Mr. Antony J. Blinken's`` → ``antony blinken``."""
    text = re.sub(r"['’]s\b|(?<=s)['’]", "", name)
    words = [w for w in _WORD.findall(fold(text))]
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    kept = [w for w in words if not (len(w) == 1 and len(words) > 1) and w not in ("jr", "sr")]
    return " ".join(kept)


#: Past participles that give the noun they describe its name: ``a man named``, ``a woman identified as``.
NAMING_PARTICIPLES = frozenset({"name", "call", "identify", "know"})


def participle_name(analysis: Analysis, participle: Token) -> Token | None:
    """The proper noun a naming participle gives the noun it describes (``named Tom Berg``, ``identified as
    Erik Lund``), else ``None``.

    News introduces a person it has just described this way (``A man named
    Tom Berg told reporters``); the name, not the description, is who then
    acts. Only a past participle hung on a noun (the noun is what is named,
    not who names it), or a relative clause in which the one described
    gives the name (:func:`_self_named`).
    """
    if participle.dep == "relcl":
        return _self_named(analysis, participle)
    if participle.dep != "acl" or participle.tag != "VBN" or participle.lemma.lower() not in NAMING_PARTICIPLES:
        return None
    return _name_given(analysis, participle, ("oprd", "attr", "dobj"))


#: Who names themselves: ``identified himself as``, ``calls herself``.
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "themself"})


def _self_named(analysis: Analysis, verb: Token) -> Token | None:
    """The name a relative clause says the one described goes by in the story, else ``None``.

    ``a man who identified himself only as Rick``, ``a woman who calls
    herself Maria``, ``a shopper who gave his name as Tom`` (or ``gave only
    her first name, Claire``), ``a nurse who
    asked to be identified only as Ana``: sources who will not be named in
    full give a name this way, and the story then quotes them under it.
    """
    tokens = analysis.tokens
    kids = [tokens[c] for c in analysis.children[verb.i]]
    lemma = verb.lemma.lower()
    if lemma in NAMING_PARTICIPLES and any(k.dep == "dobj" and k.text.lower() in _REFLEXIVES for k in kids):
        return _name_given(analysis, verb, ("oprd", "attr"))
    given = next((k for k in kids if k.dep == "dobj" and k.lemma.lower() == "name"), None)
    if lemma == "give" and given is not None:
        # "gave his name as Tom", "gave only her first name, Claire": after "as", or set off after "name"
        return _name_given(analysis, verb, ()) or _name_given(analysis, given, ("appos",))
    wished = next((k for k in kids if k.dep == "xcomp" and k.tag == "VBN"), None)
    if wished is not None and wished.lemma.lower() in NAMING_PARTICIPLES:
        return _name_given(analysis, wished, ("oprd", "attr"))
    return None


def _name_given(analysis: Analysis, verb: Token, predicates: tuple[str, ...]) -> Token | None:
    """The proper noun ``verb`` gives as a name: its predicate of the kinds ``predicates``, or ``as`` + name."""
    tokens = analysis.tokens
    for child in analysis.children[verb.i]:
        kid = tokens[child]
        if kid.dep in predicates:
            return kid if kid.pos == "PROPN" else None
        if kid.dep == "prep" and kid.text.lower() == "as":
            named = next((tokens[c] for c in analysis.children[child] if tokens[c].dep == "pobj"), None)
            return named if named is not None and named.pos == "PROPN" else None
    return None


def participle_naming(analysis: Analysis, name: Token) -> Token | None:
    """The naming participle that gives ``name`` to a noun (the inverse of :func:`participle_name`), else ``None``.

    For ``asked to be identified as Ana`` it is the relative clause's verb, the one hung on the noun.
    """
    tokens = analysis.tokens
    parent = tokens[name.head]
    if name.dep == "pobj" and parent.text.lower() == "as" and parent.head != parent.i:
        parent = tokens[parent.head]
    if name.dep == "appos" and parent.lemma.lower() == "name" and parent.head != parent.i:
        parent = tokens[parent.head]  # "gave only her first name, Claire"
    if parent.dep == "xcomp" and parent.head != parent.i:
        parent = tokens[parent.head]
    return parent if parent.i != name.i and participle_name(analysis, parent) == name else None


__all__ = [
    "HONORIFIC_TITLES",
    "NAMING_PARTICIPLES",
    "body_name",
    "fold",
    "is_honorific",
    "is_possessive",
    "name_key",
    "participle_name",
    "participle_naming",
    "title_noun",
]
