"""Finding attribution cues in an analysis, with the public cue lexicon (:mod:`newsparse.cues`).

The lexicon itself (the table, its classes and framings) is public, in the
core; this module answers the quote finders' question of *where* a cue is:

* :func:`cue_at` — is the token at this index a cue in this sentence, and which
  one (phrasal verbs such as ``call for`` need their particle as a child, verbs
  must be tagged as verbs, ``according to`` is matched on the words)?
* :func:`phrase_extension` — a cue-widening phrase such as ``in a statement``.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from newsparse import Analysis, Token, cues

# the public lexicon's names, as the quote finders of this plugin use them
CLASSES = cues.CLASSES
ANONYMITY = cues.ANONYMITY
SPEECH_CLASSES = cues.SPEECH_CLASSES
Cue = cues.Cue
Lexicon = cues.Lexicon
is_cue_lemma = cues.is_cue_lemma
lexicon = cues.lexicon

_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_PARTICLE_DEPS = frozenset({"prt", "prep", "compound:prt"})


@attrs.frozen
class CueMatch:
    """A cue found in an analysis: where it is and what lexicon entry it matched.

    ``start``/``end`` are character offsets of the cue words (verb plus
    particle: ``called for``; ``according to``); ``head`` is the index of the
    token that governs the attribution (the verb, or ``according``);
    ``tokens`` the indexes of the cue's words.
    """

    start: int
    end: int
    head: int
    tokens: tuple[int, ...]
    cue: Cue

    @property
    def lemma(self) -> str:
        return self.cue.text

    @property
    def cls(self) -> str:
        return self.cue.cls

    @property
    def framing(self) -> str:
        return self.cue.framing


def reporter_of_conjunct(analysis: Analysis, token: Token) -> int | None:
    """The cue a subjectless conjunct of a reported clause belongs to: ``said`` in ``X said Y but added Z``.

    The parser coordinates ``added`` with the reported verb (``it was too
    early``) rather than with ``said``; the reported clause's subject (an
    ``it``, someone talked about) did not add anything, the reporter did.
    """
    if token.dep != "conj":
        return None
    head = analysis.tokens[token.head]
    if head.dep != "ccomp" or head.head == head.i or cue_at(analysis, head.head) is None:
        return None
    return head.head


def cue_at(analysis: Analysis, index: int, classes: Iterable[str] | None = None) -> CueMatch | None:
    """The cue whose head is token ``index``, or ``None``.

    A verb entry matches a token tagged as a verb with that lemma; a phrasal
    entry also needs its particle among the verb's children (``called for``,
    ``pointed out``). A phrase entry matches when the words starting at
    ``index`` are the phrase (``According to``).
    """
    lex = lexicon()
    wanted = set(classes) if classes is not None else None
    token = analysis.tokens[index]
    lower = token.text.lower()
    for words in lex.phrase_starts.get(lower, ()):
        match = _phrase_match(analysis, index, words, lex.phrases[words])
        if match is not None and (wanted is None or match.cls in wanted):
            return match
    if token.tag not in _VERB_TAGS and token.pos != "VERB":
        return None
    for cue in lex.verbs.get(token.lemma.lower(), ()):
        if wanted is not None and cue.cls not in wanted:
            continue
        if cue is not lex.senses(cue.text, cue.kind)[0]:
            continue  # a cue's other senses are chosen by what it takes (Lexicon.sense), not matched here
        if cue.particle is None:
            return CueMatch(token.start, token.end, index, (index,), cue)
        for child in analysis.children[index]:
            kid = analysis.tokens[child]
            adjacent_adverb = kid.dep == "advmod" and child == index + 1  # "shot back that ...": parsed an adverb
            if (kid.dep in _PARTICLE_DEPS or adjacent_adverb) and kid.text.lower() == cue.particle and child > index:
                if kid.dep == "prep" and _object_between(analysis, index, child):
                    break  # "referred questions to the province", "called the senator on Monday": another frame
                return CueMatch(token.start, kid.end, index, (index, child), cue)
        marker = _clause_marker(analysis, index, cue.particle)
        if marker is not None:
            return CueMatch(token.start, analysis.tokens[marker].end, index, (index, marker), cue)
    return None


def wording_aside(analysis: Analysis, index: int) -> bool:
    """Whether token ``index`` is the verb of an ``as`` clause on the wording: ``as one midwife put it``.

    ``as X put it``, ``as she phrased it``, ``as one voter described it``:
    whatever the verb, an ``as`` clause with a subject whose object ``it``
    stands for the words around it says who worded them. Only an ``in``
    phrase on the medium may go with it (``put it in a memo``; not ``put it
    on the table``, a thing placed).
    """
    token = analysis.tokens[index]
    if token.pos != "VERB":
        return False
    deps = {analysis.tokens[c].dep: analysis.tokens[c].text.lower() for c in analysis.children[index]}
    return (
        deps.get("mark") == "as"
        and deps.get("dobj") == "it"
        and deps.get("prep", "in") == "in"
        and any(dep in ("nsubj", "nsubjpass") for dep in deps)
    )


def _clause_marker(analysis: Analysis, verb: int, particle: str) -> int | None:
    """The particle parsed as the marker of a clause right after the verb: ``called for the governor to resign``.

    ``for X to ...`` is an infinitive clause with its own subject, so the
    parser makes ``for`` its marker, not the verb's particle; the phrasal cue
    (``call for``) is still there, and the marked clause is what it takes.
    """
    following = verb + 1
    if following >= len(analysis.tokens):
        return None
    tok = analysis.tokens[following]
    if tok.dep != "mark" or tok.text.lower() != particle:
        return None
    clause = analysis.tokens[tok.head]
    return following if clause.i > following and clause.head == verb else None


_OBJECT_DEPS = frozenset({"dobj", "obj", "oprd", "dative", "iobj", "attr"})


def _object_between(analysis: Analysis, verb: int, preposition: int) -> bool:
    """Whether the verb has an object before the preposition (``refer X to Y`` is not ``refer to Y``)."""
    return any(analysis.tokens[c].dep in _OBJECT_DEPS and verb < c < preposition for c in analysis.children[verb])


def _phrase_match(analysis: Analysis, index: int, words: tuple[str, ...], cue: Cue) -> CueMatch | None:
    last = index + len(words)
    if last > len(analysis.tokens):
        return None
    tokens = analysis.tokens[index:last]
    if any(tok.text.lower() != word for tok, word in zip(tokens, words, strict=True)):
        return None
    return CueMatch(tokens[0].start, tokens[-1].end, index, tuple(range(index, last)), cue)


def phrase_extension(analysis: Analysis, verb: int) -> int | None:
    """End offset of a cue-widening phrase attached to ``verb`` (``said in a statement``), else ``None``.

    PolNeAR-style cue spans include these phrases; the content starts after them.
    """
    lex = lexicon()
    for child in analysis.children[verb]:
        kid = analysis.tokens[child]
        if kid.dep != "prep" or child <= verb:
            continue
        for words in lex.phrase_starts.get(kid.text.lower(), ()):
            if lex.phrases[words].cls == "source":
                continue
            match = _phrase_match(analysis, child, words, lex.phrases[words])
            if match is not None:
                return match.end
    return None


__all__ = [
    "ANONYMITY",
    "CLASSES",
    "SPEECH_CLASSES",
    "Cue",
    "CueMatch",
    "Lexicon",
    "cue_at",
    "is_cue_lemma",
    "lexicon",
    "phrase_extension",
    "wording_aside",
]
