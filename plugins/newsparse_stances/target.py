"""What an evaluation is about: the noun phrase the strongest evidence word attaches to.

Read from the dependency parse around the evidence word:

* an attributive adjective evaluates its noun ("a *productive* meeting");
* a predicate ("The visit was *disappointing*", "China's stance is a
  *mistake*") evaluates its subject;
* an evaluative verb evaluates its object ("we *welcome* the decision"),
  or its subject when it has none ("the talks *failed*");
* an evaluative noun evaluates its "of" phrase ("the *failure* of the talks").

Pronouns are not useful targets ("it", "they"); the phrase is then the
first named entity of the sentence that is inside the quote, if any. The
span is the base noun phrase (``Analysis.chunks``) or, failing that, the
named entity or the bare noun.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse import Analysis

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "obj", "pobj", "attr", "dative"})
PREDICATES = frozenset({"acomp", "attr", "oprd", "root", "ccomp", "xcomp", "conj"})
OF_LIKE = frozenset({"of", "for", "to", "on", "over", "about"})
TARGET_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})


def _child(analysis: Analysis, i: int, deps: Iterable[str]) -> int | None:
    wanted = set(deps)
    return next((c for c in analysis.children[i] if analysis.tokens[c].dep in wanted), None)


def _nominal(analysis: Analysis, i: int | None) -> int | None:
    """``i`` if it is a usable target head (noun, proper noun, entity), else ``None``."""
    if i is None:
        return None
    token = analysis.tokens[i]
    if token.pos in {"NOUN", "PROPN"}:
        return i
    return None


def head_of_target(analysis: Analysis, i: int) -> int | None:
    """The head token of the phrase evidence word ``i`` evaluates, if the parse shows one."""
    token = analysis.tokens[i]
    if token.dep == "amod" and token.head != i:
        return _nominal(analysis, token.head)
    if token.pos == "VERB":
        found = _nominal(analysis, _child(analysis, i, ("dobj", "obj")))
        if found is None:
            found = _nominal(analysis, _child(analysis, i, SUBJECTS))
        return found
    if token.pos == "NOUN":
        prep = next(
            (
                c
                for c in analysis.children[i]
                if analysis.tokens[c].dep == "prep" and analysis.tokens[c].text.lower() in OF_LIKE
            ),
            None,
        )
        if prep is not None:
            found = _nominal(analysis, _child(analysis, prep, ("pobj",)))
            if found is not None:
                return found
    if token.dep in PREDICATES or token.pos in {"ADJ", "NOUN"}:
        verb = token.head if token.dep in {"acomp", "attr", "oprd"} else i
        return _nominal(analysis, _child(analysis, verb, SUBJECTS))
    return None


def phrase_around(analysis: Analysis, head: int) -> tuple[int, int]:
    """Character range of the noun phrase headed by token ``head``."""
    for entity in analysis.entities:
        if entity.first <= head < entity.last:
            return entity.start, entity.end
    for chunk in analysis.chunks:
        if chunk.first <= head < chunk.last:
            return chunk.start, chunk.end
    token = analysis.tokens[head]
    return token.start, token.end


def find_target(
    analysis: Analysis, evidence_tokens: Iterable[int], inside: set[int], exclude: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """The target's character range for a quote, or ``None`` when the quote names none.

    ``evidence_tokens`` strongest first; ``inside`` the quote's token
    indexes (the target must be in the quote); ``exclude`` a character
    range not to return (the speaker's own mention).
    """
    ordered = list(evidence_tokens)
    for i in ordered:
        head = head_of_target(analysis, i)
        if head is None or head not in inside:
            continue
        start, end = phrase_around(analysis, head)
        if exclude is not None and start < exclude[1] and exclude[0] < end:
            continue
        return start, end
    if not ordered:
        return None
    sentence = analysis.tokens[ordered[0]].sent
    for entity in analysis.entities:
        if entity.label not in TARGET_ENTITIES or analysis.tokens[entity.first].sent != sentence:
            continue
        if entity.first in inside and (exclude is None or not (entity.start < exclude[1] and exclude[0] < entity.end)):
            return entity.start, entity.end
    return None
