"""The attribution-cue lexicon: which words tell the reader that a source said, wrote or holds something.

It is part of the public API (``from newsparse import cues``) because more
than one layer needs it: the built-in quotes plugin finds cues with it, and
``newsparse evaluate`` reads the class of a gold file's cues to decide what
a speech-only gold file can judge. The table lives in ``cues.tsv`` beside
this module (package data) so that adding a verb is a one-line change
reviewed like any other data.

Every entry has a *class* (``speech``, ``writing``, ``cognition``, ``stance``,
``evidence``, ``source``, ``question``) so speech-only users can filter quotes
by ``Quote.cue_class``, a *framing* (``neutral``, ``endorsing``,
``distancing``, ``emotive``) that a stance plugin can read, and what it
*takes* as content (see the header of ``cues.tsv``). An entry is one *sense*
of a cue: the same verb may have several lines, and which one applies is
decided by what the verb takes in the sentence (``asked whether ...`` is
speech, ``asked the city to ...`` a request), so that decision is data in the
table and not special cases in the finders (:meth:`Lexicon.sense`). Nouns of
the table name messages and positions (``statement``, ``claim``): they head
attributions of their own (``her claim that ...``) and tell a verb's message
(``issued a statement``) from a thing or an act (``issued permits``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import attrs

log = logging.getLogger(__name__)

#: Cue classes. ``question``: a question or request put to someone by someone unnamed
#: (``Asked whether ...``, ``was asked to ...``), not the words of the one asked.
CLASSES = ("speech", "writing", "cognition", "stance", "evidence", "source", "question")
FRAMINGS = ("neutral", "endorsing", "distancing", "emotive")
#: What a cue sense takes as its content (the header of ``cues.tsv`` explains each); ``none`` is for
#: message nouns that head no attribution of their own; ``request`` is a to-infinitive of what an addressee is
#: to do (``urged visitors to ...``): the words of the one who asks, unless no one is named (``was asked to``).
TAKES = ("clause", "question", "infinitive", "request", "predicate", "message", "object", "none")
KINDS = ("verb", "phrase", "noun")

#: Classes a reader of "who said what" usually wants (speech-only users filter on these).
SPEECH_CLASSES = frozenset({"speech", "writing"})

#: The formulas by which a reporter says why a source is not named (``on condition of anonymity``,
#: ``who asked not to be named``): they describe the source, never what the source said.
ANONYMITY = re.compile(
    r"\b(?:not to be (?:named|identified)|on (?:the )?condition of anonymity|anonymously|declined to be named|"
    r"not authori[sz]ed to (?:speak|talk|comment)(?: publicly| on the record)?)\b",
    re.IGNORECASE,
)


#: A complement found in a sentence that also fits a sense taking a wider (or more particular) complement.
_COVERED = {"message": "object", "infinitive": "request"}


def _takes(value: str | Iterable[str]) -> frozenset[str]:
    words = value.split(",") if isinstance(value, str) else value
    return frozenset(word.strip() for word in words if word.strip())


def _known_takes(instance: Cue, attribute: attrs.Attribute, value: frozenset[str]) -> None:
    unknown = sorted(value - set(TAKES))
    if unknown or not value:
        listed = ",".join(sorted(value)) or "(empty)"
        raise ValueError(f"takes must be a comma list of {', '.join(TAKES)}; got {listed}")
    if "none" in value and (len(value) > 1 or instance.kind != "noun"):
        raise ValueError("takes 'none' is for nouns only, and alone")


@attrs.frozen
class Cue:
    """One lexicon entry (a line of ``cues.tsv``): a cue in one sense.

    ``takes`` is the set of complements that make content for this sense
    (``clause``, ``question``, ``infinitive``, ``predicate``, ``message``,
    ``object``; a string ``"clause,question"`` is accepted).
    """

    text: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    cls: str = attrs.field(validator=attrs.validators.in_(CLASSES))
    framing: str = attrs.field(default="neutral", validator=attrs.validators.in_(FRAMINGS))
    takes: frozenset[str] = attrs.field(default=frozenset({"clause"}), converter=_takes, validator=_known_takes)

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
    """The loaded cue entries, indexed for constant-time lookup by lemma.

    ``verbs`` maps a verb lemma to its entries (phrasal ones first, then file
    order), ``phrases`` the word tuples of phrase entries, ``nouns`` the
    noun entries by lemma.
    """

    def __init__(self, cues: Iterable[Cue]) -> None:
        self.cues: tuple[Cue, ...] = tuple(cues)
        self.verbs: dict[str, list[Cue]] = {}
        self.phrases: dict[tuple[str, ...], Cue] = {}
        self.nouns: dict[str, Cue] = {}
        self._first: dict[str, Cue] = {}
        self._senses: dict[tuple[str, str], list[Cue]] = {}
        for cue in self.cues:
            self._first.setdefault(cue.text, cue)
            self._senses.setdefault((cue.kind, cue.text), []).append(cue)
            if cue.kind == "verb":
                # phrasal entries first so "call for" wins over a bare "call" (the sort is stable: file order stays)
                self.verbs.setdefault(cue.lemma, []).append(cue)
                self.verbs[cue.lemma].sort(key=lambda c: c.particle is None)
            elif cue.kind == "noun":
                self.nouns.setdefault(cue.text, cue)
            else:
                self.phrases.setdefault(tuple(cue.text.split()), cue)
        self.phrase_starts: dict[str, list[tuple[str, ...]]] = {}
        for words in self.phrases:
            self.phrase_starts.setdefault(words[0], []).append(words)

    def __len__(self) -> int:
        return len(self.cues)

    def __contains__(self, text: str) -> bool:
        return text in self._first

    def cue(self, text: str) -> Cue:
        """The first entry whose cue text is ``text``; a ``KeyError`` naming it when the table has none."""
        found = self.entry(text)
        if found is None:
            raise KeyError(f"no cue {text!r} in the cue lexicon")
        return found

    def entry(self, text: str) -> Cue | None:
        """The first entry whose cue text is ``text`` (``"say"``, ``"call for"``, ``"according to"``)."""
        return self._first.get(text)

    def senses(self, text: str, kind: str = "verb") -> list[Cue]:
        """Every entry of the cue ``text`` of ``kind``, in file order (one per sense)."""
        return list(self._senses.get((kind, text), ()))

    def sense(self, cue: Cue, complement: str) -> Cue | None:
        """The sense of ``cue`` that takes ``complement`` (the first in file order), ``None`` when none does.

        ``message`` fits a sense that takes ``object`` too: a message is an object; ``infinitive``
        fits a sense that takes ``request``: a request is an infinitive (the addressee is its subject).
        """
        for entry in self._senses.get((cue.kind, cue.text), [cue]):
            if complement in entry.takes or _COVERED.get(complement, "") in entry.takes:
                return entry
        return None

    def message(self, lemma: str) -> Cue | None:
        """The noun entry of ``lemma`` (``statement``, ``claim``, ``poll``), ``None`` for other nouns."""
        return self.nouns.get(lemma.lower())


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
    entries += [cue for kind in ("verb", "phrase") for cue in lex.senses(key, kind) if cue not in entries]
    if classes is not None:
        wanted = set(classes)
        entries = [cue for cue in entries if cue.cls in wanted]
    return bool(entries)


def cue_class(text: str) -> str | None:
    """The class of the cue whose lemma or text is ``text`` (``"said"`` must be lemmatised first), else ``None``.

    A verb's own first sense is meant, not a phrasal verb's: ``call`` is speech, ``call for`` stance.
    """
    lex = lexicon()
    key = text.lower()
    entries = lex.senses(key, "verb") or lex.senses(key, "phrase") or lex.verbs.get(key, [])
    return entries[0].cls if entries else None


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
