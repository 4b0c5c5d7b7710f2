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

import bisect
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsparse import Actor, Analysis, Entity

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
    entity = analysis.entity_at(head)
    if entity is not None:
        return entity.start, entity.end
    chunk = analysis.chunk_at(head)
    if chunk is not None:
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
    for entity in analysis.sentence_entities(sentence):
        if entity.label not in TARGET_ENTITIES:
            continue
        if entity.first in inside and (exclude is None or not (entity.start < exclude[1] and exclude[0] < entity.end)):
            return entity.start, entity.end
    return None


# -- the target of a quote, for the learned model ----------------------------------------
@attrs.frozen
class Candidate:
    """A possible target of a quote: characters, tokens ``[first, last)``, the actor it names if any.

    ``named``: an actor's mention or a named entity (whom the learned model was trained to judge),
    not a clause subject or noun phrase picked for want of one ("*It* means weakness").
    """

    start: int
    end: int
    first: int
    last: int
    actor: str | None = None
    named: bool = True


def _token_range(analysis: Analysis, start: int, end: int) -> tuple[int, int] | None:
    found = [t.i for t in analysis.tokens_in(start, end) if t.pos != "SPACE"]
    return (found[0], found[-1] + 1) if found else None


def actor_mentions(analysis: Analysis, actors: Sequence[Actor]) -> list[Candidate]:
    """Every actor mention of a document as a candidate (token range and actor id), in text order.

    Computed once per document; each quote then picks the mentions inside it.
    """
    found = []
    for actor in actors:
        for mention in actor.mentions:
            tokens = _token_range(analysis, mention.start, mention.end)
            if tokens is not None:
                found.append(Candidate(mention.start, mention.end, tokens[0], tokens[1], actor.id))
    found.sort(key=lambda c: (c.first, c.last))
    return found


def _entities_between(analysis: Analysis, low: int, high: int) -> Iterator[Entity]:
    """The entities of the sentences of tokens ``low`` to ``high``, in text order.

    Read from the analysis's per-sentence index: a quote looks at its own sentences, not at every entity
    of the article (sentence numbers grow with token indexes, and the entities are in text order).
    """
    for sentence in range(analysis.tokens[low].sent, analysis.tokens[high].sent + 1):
        yield from analysis.sentence_entities(sentence)


def _first_token(candidate: Candidate) -> int:
    return candidate.first


def quote_candidates(
    analysis: Analysis,
    inside: set[int],
    mentions: Sequence[Candidate],
    speaker: str | None,
    speaker_mention: tuple[int, int] | None,
    limit: int = 3,
) -> list[Candidate]:
    """Who or what a quote may be about: the actors and named entities it mentions, in text order.

    An actor counts once (its first mention inside the quote) and the
    speaker never counts; a named entity no actor covers is a candidate of
    its own. The subjects of its first clauses are candidates too ("*This
    temporary resumption* will not survive", "*It* means weakness"): a
    quote is often for or against what it talks about, not whom it names.
    A quote with none of these has its first noun phrase. At most ``limit``
    names plus ``SUBJECT_CANDIDATES`` subjects.
    """
    found: list[Candidate] = []
    seen_actors: set[str] = set()

    def free(first: int, last: int) -> bool:
        if speaker_mention is not None:
            start, end = analysis.tokens[first].start, analysis.tokens[last - 1].end
            if start < speaker_mention[1] and speaker_mention[0] < end:
                return False
        return all(c.last <= first or last <= c.first for c in found)

    if not inside:
        return []
    low, high = min(inside), max(inside)
    # mentions are in text order: skip those before the quote without building a list of their offsets per quote
    start_at = bisect.bisect_left(mentions, low, key=_first_token)
    for mention in mentions[start_at:]:
        if mention.first > high:
            break
        if mention.first < low or mention.actor == speaker or mention.actor in seen_actors:
            continue
        if all(i in inside for i in range(mention.first, mention.last)) and free(mention.first, mention.last):
            found.append(mention)
            seen_actors.add(str(mention.actor))
    for entity in _entities_between(analysis, low, high):
        if entity.first < low or entity.last - 1 > high:
            continue
        if entity.label in TARGET_ENTITIES and entity.first in inside and entity.last - 1 in inside:
            if free(entity.first, entity.last):
                found.append(Candidate(entity.start, entity.end, entity.first, entity.last))
    found.sort(key=lambda c: c.first)
    named = found[:limit]
    for subject in _subject_phrases(analysis, inside, SUBJECT_CANDIDATES):
        if free(subject.first, subject.last) and all(subject.last <= c.first or c.last <= subject.first for c in named):
            named.append(subject)
    if not named:
        chunk = next(
            (c for c in analysis.chunks if c.first in inside and c.last - 1 in inside),
            None,
        )
        if chunk is not None:
            named.append(Candidate(chunk.start, chunk.end, chunk.first, chunk.last, named=False))
    return named


FIRST_PERSON = frozenset({"i", "we", "me", "us", "myself", "ourselves"})
#: How many clause subjects of a quote are candidates besides the names ("*the relationship* remains vulnerable").
SUBJECT_CANDIDATES = 1


def _subject_phrases(analysis: Analysis, inside: set[int], limit: int) -> list[Candidate]:
    """The subjects of the quote's clauses, in text order (pronouns too: "*It* means weakness")."""
    out: list[Candidate] = []
    for i in sorted(inside):
        token = analysis.tokens[i]
        if token.text.lower() in FIRST_PERSON or token.tag in {"WDT", "WP"}:
            continue  # the speakers themselves ("I", "we"), relative pronouns ("which", "who")
        if token.dep in SUBJECTS and token.pos in {"NOUN", "PROPN", "PRON"} and token.head in inside:
            out.append(_phrase_candidate(analysis, i, inside))
            if len(out) == limit:
                break
    return out


def _phrase_candidate(analysis: Analysis, head: int, inside: set[int]) -> Candidate:
    start, end = phrase_around(analysis, head)
    tokens = _token_range(analysis, start, end)
    if tokens is None or not all(i in inside for i in range(*tokens)):
        token = analysis.tokens[head]
        return Candidate(token.start, token.end, head, head + 1, named=False)
    return Candidate(start, end, tokens[0], tokens[1], named=False)
