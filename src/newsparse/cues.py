"""The attribution-cue lexicon: which words tell the reader that a source said, wrote or holds something.

It is part of the public API (``from newsparse import cues``) because more
than one layer needs it: the built-in quotes plugin finds cues with it, and
``newsparse evaluate`` reads the class of a gold file's cues to decide what
a speech-only gold file can judge. The table lives in ``cues.tsv`` beside
this module (package data) so that adding a verb is a one-line change
reviewed like any other data.

Every entry has a *class* (``speech``, ``writing``, ``cognition``, ``stance``,
``evidence``, ``source``) so speech-only users can filter quotes by
``Quote.cue_class``, a *framing* (``neutral``, ``endorsing``,
``distancing``, ``emotive``) that a stance plugin can read, and what it
*takes* as content (see the header of ``cues.tsv``).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import attrs

log = logging.getLogger(__name__)

CLASSES = ("speech", "writing", "cognition", "stance", "evidence", "source")
FRAMINGS = ("neutral", "endorsing", "distancing", "emotive")
TAKES = ("clause", "any", "finite")
KINDS = ("verb", "phrase")

#: Classes a reader of "who said what" usually wants (speech-only users filter on these).
SPEECH_CLASSES = frozenset({"speech", "writing"})


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

    def cue(self, text: str) -> Cue:
        """The entry whose cue text is ``text``; a ``KeyError`` naming it when the table has none."""
        found = self.entry(text)
        if found is None:
            raise KeyError(f"no cue {text!r} in the cue lexicon")
        return found

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
        source = resources.files(__name__.rpartition(".")[0]).joinpath("cues.tsv")
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


def cue_class(text: str) -> str | None:
    """The class of the cue whose lemma or text is ``text`` (``"said"`` must be lemmatised first), else ``None``."""
    lex = lexicon()
    key = text.lower()
    entries = lex.verbs.get(key)
    if entries:
        return entries[0].cls
    entry = lex.entry(key)
    return entry.cls if entry is not None else None


__all__ = [
    "CLASSES",
    "FRAMINGS",
    "KINDS",
    "SPEECH_CLASSES",
    "TAKES",
    "Cue",
    "Lexicon",
    "cue_class",
    "is_cue_lemma",
    "lexicon",
    "load_lexicon",
    "parse_lexicon",
]
