"""Can this speaker phrase speak? The class of a source mention, or ``None`` for junk.

A quote's speaker must be something that can speak or be cited: a person,
an organization, a group, a place acting as a collective voice, or a
document or medium (a report, a poll, an email, a video). Object noun
phrases and abstractions (``an option``, ``the timing``, ``a double-barreled
attack``), dates and numbers, and markup (``<tweet id="...``) never are.
:func:`source_class` answers from the phrase's head word, its entity label
and, for partitives (``half of voters``, ``three in four``, ``23 percent``),
the noun they count. :func:`relative_antecedent` finds what ``who``,
``which`` and ``that`` stand for, so ``a poll that showed`` is the poll.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import Analysis, Token, nouns

_ENTITY_CLASS: dict[str, nouns.NounClass | None] = {
    "PERSON": "person",
    "ORG": "organization",
    "FAC": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "WORK_OF_ART": "document",
    "LAW": "document",
    "DATE": None,
    "TIME": None,
    "MONEY": None,
    "QUANTITY": None,
    "ORDINAL": None,
    "EVENT": None,
    "PRODUCT": None,
    "LANGUAGE": None,
}
_MARKUP = frozenset('<>="{}|')
_AGE = re.compile(r"\d+-year-old")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Pronoun-like quantifiers that stand for people counted: "many say", "others argue".
QUANTIFIER_PRONOUNS = frozenset(
    {"some", "many", "others", "both", "most", "few", "several", "those", "all", "everyone", "everybody"}
)
_COUNTED_DEPS = frozenset({"nummod", "quantmod", "npadvmod"})


def has_markup(text: str) -> bool:
    """``tweet id="79565...``: markup left in the text is never a speaker."""
    return any(c in _MARKUP for c in text)


def source_class(analysis: Analysis, tokens: Sequence[Token], head: Token) -> nouns.NounClass | None:
    """``person``, ``group``, ``organization``, ``place``, ``document``, or ``None`` when it cannot speak."""
    if not tokens or has_markup(analysis.text[tokens[0].start : tokens[-1].end]):
        return None
    if _AGE.search(analysis.text, tokens[0].start, tokens[-1].end):
        return "person"  # "the 46-year-old said"
    if head.text.lower() in nouns.PARTITIVES or head.ent in ("PERCENT", "CARDINAL") or head.pos == "NUM":
        return _partitive(analysis, head)
    if head.ent in _ENTITY_CLASS:
        return _ENTITY_CLASS[head.ent]
    if head.pos == "PROPN":
        return "person" if head.ent == "" and head.text[:1].isupper() else "organization"
    if head.pos == "ADJ" and tokens[0].text.lower() == "the":
        return "group"  # "the poor", "the elderly"
    return nouns.noun_class(head.text, head.lemma)


def _partitive(analysis: Analysis, head: Token) -> nouns.NounClass | None:
    """``half of voters`` counts voters; ``nearly half`` or ``three in four`` counts people."""
    tokens = analysis.tokens
    for child in analysis.children[head.i]:
        if tokens[child].text.lower() in ("of", "in"):
            objects = [k for k in analysis.children[child] if tokens[k].dep == "pobj"]
            if objects and tokens[child].text.lower() == "of":
                counted = tokens[objects[0]]
                return source_class(analysis, [counted], counted) if counted.i != head.i else None
    if head.ent in ("DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"):
        return None
    return "group"


def relative_antecedent(analysis: Analysis, token: Token) -> tuple[int, int] | None:
    """Token range of the noun phrase ``who``/``which``/``that`` stands for (``Lee, who said`` -> ``Lee``)."""
    tokens = analysis.tokens
    verb = tokens[token.head]
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    noun = tokens[verb.head]
    if noun.pos not in ("NOUN", "PROPN", "PRON"):
        return None
    first = noun.i
    while (
        first > 0
        and tokens[first - 1].head == noun.i
        and tokens[first - 1].dep
        in (
            "compound",
            "amod",
            "det",
            "nmod",
            "poss",
            "case",
            "nummod",
        )
    ):
        first -= 1
    if tokens[first].dep == "case" and first > 0:
        first -= 1
    return first, noun.i + 1
