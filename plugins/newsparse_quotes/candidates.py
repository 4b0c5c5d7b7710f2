"""The intermediate form every quote finder produces before speakers are resolved.

Finders (``direct`` for quotation marks, ``reported`` for indirect, unmarked
and mixed speech) return :class:`Candidate` objects with plain offsets; the
plugin merges them, resolves each speaker mention to an ``Actor`` and only
then builds the frozen :class:`newsparse.Quote` models.
"""

from __future__ import annotations

import attrs

from newsparse import QuoteKind

Offsets = tuple[int, int]


@attrs.define
class Candidate:
    """A quote found in the text, not yet tied to an actor.

    ``parts``: content ranges in text order (quotation marks and the comma
    before the attribution excluded). ``cue``: the attribution verb/phrase
    range and ``cue_lemma`` its lemma (``say``, ``according to``),
    ``cue_class`` its class (``speech``, ``writing``, ``cognition``,
    ``source``...). ``speaker``: the range of the speaker mention as
    written (``she``, ``the spokesman``, ``Mr. Blinken``) and
    ``speaker_token`` the index of its head token when known.
    ``label``: where the text names the speaker when that is not the
    mention resolved (an interview answer's ``A:`` stands for the
    interviewee named in the introduction): the quote's speaker mention.
    ``continues``: this candidate continues the previous quote's speaker
    (a paragraph with a quote and no attribution of its own). ``source``
    names the rule that found it, ``negated`` says the cue is negated and
    ``describes`` that the cue's clause modifies a noun (``voters who back
    X``, ``groups supporting her``); :mod:`.confidence` turns them into the
    quote's confidence and reasons.
    """

    parts: list[Offsets]
    kind: QuoteKind
    cue: Offsets | None = None
    cue_lemma: str | None = None
    cue_class: str | None = None
    speaker: Offsets | None = None
    speaker_token: int | None = None
    confidence: float = 0.8  # the finder's ranking when candidates overlap; the quote's own is assessed later
    continues: bool = False
    source: str = ""  # the rule that found it ("direct:cue", "reported:clause"...): confidence.py reads it
    negated: bool = False  # the cue is negated ("did not say whether ..."): nothing was said
    label: Offsets | None = None  # "A:" in an interview: the speaker mention, while ``speaker`` is resolved
    describes: bool = False  # the cue is in a relative clause or a participle modifying a noun

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def overlaps(self, other: Candidate) -> bool:
        return any(a < d and c < b for a, b in self.parts for c, d in other.parts)
