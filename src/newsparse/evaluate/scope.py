"""Which predicted quotes a gold file can judge: its cue scope.

Gold files differ in what they annotate. PolNeAR marks every attribution
(``believes``, ``wants``, ``endorses``...); the seeds gold marks reported
speech only. newsparse extracts both and labels each quote with the class
of its cue (``Quote.cue_class``), so scoring a speech-only gold file
against beliefs and wishes would count correct extractions as false alarms.

``auto`` reads the gold file's own cues: when none of them falls outside the
reported-speech classes, only predicted quotes of those classes (or with no
cue) are scored; as soon as the gold has a belief, stance or evidence cue,
everything is. The report says which scope was used, and ``--cue-class all``
scores everything regardless.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import attrs

from newsparse.cues import cue_class
from newsparse.evaluate.cues import cue_lemma

log = logging.getLogger(__name__)

#: Classes of reported speech: said / wrote / according to, for X.
SPEECH_SCOPE = frozenset({"speech", "writing", "source"})


def gold_scope(gold_cues: Iterable[str | None]) -> frozenset[str] | None:
    """The cue classes to score for gold with these cues; ``None`` means all quotes."""
    outside = set()
    for cue in gold_cues:
        lemma = cue_lemma(cue) if cue else ""
        cls = cue_class(lemma) if lemma else None
        if cls is not None and cls not in SPEECH_SCOPE:
            outside.add(cls)
    if outside:
        log.info("gold file has %s attributions: scoring every predicted quote", ", ".join(sorted(outside)))
        return None
    return SPEECH_SCOPE


def resolve(option: str, gold_cues: Iterable[str | None]) -> frozenset[str] | None:
    """``--cue-class`` value (``auto``, ``all`` or a comma list) → classes to score, ``None`` for all."""
    if option == "all":
        return None
    if option == "auto":
        return gold_scope(gold_cues)
    return frozenset(part.strip() for part in option.split(",") if part.strip())


def in_scope(quote: Any, classes: frozenset[str] | None) -> bool:
    return classes is None or quote.cue_class is None or quote.cue_class in classes


def restrict(articles: list[Any], classes: frozenset[str] | None) -> list[Any]:
    """The articles with only the quotes of ``classes`` (all of them for ``None``)."""
    if classes is None:
        return articles
    return [attrs.evolve(a, quotes=tuple(q for q in a.quotes if in_scope(q, classes))) for a in articles]
