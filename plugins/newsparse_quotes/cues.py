"""The attribution-cue lexicon: which words tell the reader that a source said, wrote or holds something.

The lexicon lives in ``cues.tsv`` beside this module (package data) so that
adding a verb is a one-line change reviewed like any other data; this module
loads it once and answers two questions for the quote finders:

* :func:`is_cue_lemma` — is this lemma an attribution cue (optionally of given classes)?
* :func:`cue_at` — is the token at this index a cue in this sentence, and which
  one (phrasal verbs such as ``call for`` need their particle as a child, verbs
  must be tagged as verbs, ``according to`` is matched on the words)?

Every entry has a *class* (``speech``, ``writing``, ``cognition``, ``stance``,
``evidence``, ``source``) so speech-only users can filter quotes by
``Quote.cue_class``, and a *framing* (``neutral``, ``endorsing``,
``distancing``, ``emotive``) that the stances plugin can read.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import attrs

from newsparse.analysis import Analysis

log = logging.getLogger(__name__)

CLASSES = ("speech", "writing", "cognition", "stance", "evidence", "source")
FRAMINGS = ("neutral", "endorsing", "distancing", "emotive")
TAKES = ("clause", "any", "finite")
KINDS = ("verb", "phrase")

#: Classes a reader of "who said what" usually wants (speech-only users filter on these).
SPEECH_CLASSES = frozenset({"speech", "writing"})

_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_PARTICLE_DEPS = frozenset({"prt", "prep", "compound:prt"})


@attrs.frozen
class Cue:
    """One lexicon entry (a line of ``cues.tsv``)."""

    text: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    cls: str = attrs.field(validator=attrs.validators.in_(CLASSES))
    framing: str = attrs.field(default="neutral", validator=attrs.validators.in_(FRAMINGS))
    takes: str = attrs.field(default="clause", validator=attrs.validators.in_(TAKES))

    @property
    def lemma(self) -> str:
        """The verb lemma (first word); ``call`` for ``call for``."""
        return self.text.split()[0]

    @property
    def particle(self) -> str | None:
        """The particle or preposition of a phrasal verb (``for`` in ``call for``), else ``None``."""
        words = self.text.split()
        return words[1] if self.kind == "verb" and len(words) > 1 else None


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


class Lexicon:
    """The loaded cue entries, indexed for constant-time lookup by lemma."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        self.cues: tuple[Cue, ...] = tuple(cues)
        self.verbs: dict[str, list[Cue]] = {}
        self.phrases: dict[tuple[str, ...], Cue] = {}
        for cue in self.cues:
            if cue.kind == "verb":
                # phrasal entries first so "call for" wins over a bare "call"
                self.verbs.setdefault(cue.lemma, []).append(cue)
                self.verbs[cue.lemma].sort(key=lambda c: c.particle is None)
            else:
                self.phrases[tuple(cue.text.split())] = cue
        self.phrase_starts: dict[str, list[tuple[str, ...]]] = {}
        for words in self.phrases:
            self.phrase_starts.setdefault(words[0], []).append(words)

    def __len__(self) -> int:
        return len(self.cues)

    def __contains__(self, text: str) -> bool:
        return any(cue.text == text for cue in self.cues)

    def entry(self, text: str) -> Cue | None:
        """The entry whose cue text is ``text`` (``"say"``, ``"call for"``, ``"according to"``)."""
        return next((cue for cue in self.cues if cue.text == text), None)


def parse_lexicon(lines: Iterable[str], origin: str = "<lexicon>") -> Lexicon:
    """Build a :class:`Lexicon` from TSV lines, naming the line of any malformed entry."""
    cues = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(f"{origin}:{number}: expected 5 tab-separated fields, got {len(fields)}: {line!r}")
        text, kind, cls, framing, takes = (field.strip() for field in fields)
        try:
            cues.append(Cue(text.lower(), kind, cls, framing, takes))
        except ValueError as error:
            raise ValueError(f"{origin}:{number}: {error}") from error
    return Lexicon(cues)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load ``cues.tsv`` (the packaged one by default, or a user's own file)."""
    if path is None:
        source = resources.files(__package__).joinpath("cues.tsv")
        return parse_lexicon(source.read_text(encoding="utf-8").splitlines(), "cues.tsv")
    path = Path(path)
    return parse_lexicon(path.read_text(encoding="utf-8").splitlines(), str(path))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    loaded = load_lexicon()
    log.debug("loaded %d attribution cues", len(loaded))
    return loaded


def is_cue_lemma(lemma: str, classes: Iterable[str] | None = None) -> bool:
    """Whether ``lemma`` is a cue verb's lemma (or a whole cue such as ``call for``), of ``classes`` if given."""
    lex = lexicon()
    key = lemma.lower()
    entries = list(lex.verbs.get(key, ()))
    entries += [cue for cue in lex.cues if cue.text == key and cue not in entries]
    if classes is not None:
        wanted = set(classes)
        entries = [cue for cue in entries if cue.cls in wanted]
    return bool(entries)


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
        if cue.particle is None:
            return CueMatch(token.start, token.end, index, (index,), cue)
        for child in analysis.children[index]:
            kid = analysis.tokens[child]
            if kid.dep in _PARTICLE_DEPS and kid.text.lower() == cue.particle and child > index:
                return CueMatch(token.start, kid.end, index, (index, child), cue)
    return None


def _phrase_match(analysis: Analysis, index: int, words: tuple[str, ...], cue: Cue) -> CueMatch | None:
    last = index + len(words)
    if last > len(analysis.tokens):
        return None
    tokens = analysis.tokens[index:last]
    if any(tok.text.lower() != word for tok, word in zip(tokens, words)):
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
