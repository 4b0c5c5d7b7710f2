"""The built-in ``quotes`` extractor plugin (entry point ``quotes`` in the ``newsparse`` group).

Pipeline, one pass over the shared analysis:

1. :mod:`.marks` scans quotation marks into segments;
2. :mod:`.direct` attributes them (cue, speaker mention, split quotes,
   credits, paragraph continuation) as :class:`.candidates.Candidate` s;
3. :mod:`.reported` (reported speech: indirect, unmarked, mixed, "according
   to") adds candidates outside the regions already taken;
4. :func:`merge` drops overlapping duplicates;
5. :mod:`.speakers` resolves each speaker mention to an ``Actor`` (given by
   the actors phase or created here) and the frozen ``Quote`` models are built.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable, Sequence

from newsparse import Actor, DateMention, Document, Quote, QuoteKind, Span, hookimpl, whole_datelines

from . import direct, interview, reported
from .candidates import Candidate
from .confidence import assess
from .cues import SPEECH_CLASSES
from .speakers import Entry, Resolver

__version__ = "0.1.0"

log = logging.getLogger(__name__)


@hookimpl
def newsparse_quotes(document: Document, actors: tuple[Actor, ...], dates: tuple[DateMention, ...]) -> list:
    """Quotes of the document, plus any Actor created for a speaker nobody else found."""
    return extract(document.analysis, actors, dates)


def extract(analysis, actors: Sequence[Actor] = (), dates: Sequence[DateMention] = ()) -> list[Quote | Actor]:
    """Find, merge and attribute quotes of one analysed text (usable without a Parser)."""
    candidates = direct.find(analysis)
    candidates = merge(candidates, reported.find(analysis, list(candidates)))
    candidates = _outside_datelines(analysis, candidates)
    candidates = [c for c in candidates if not _first_person_inside_a_quotation(analysis, c)]
    candidates = _join_after_reported_speech(analysis, candidates)
    _continue_reported_speech(analysis, candidates)
    candidates = interview.apply(analysis.text, analysis.paragraphs, candidates, actors)
    quoted = [part for c in candidates if c.kind in (QuoteKind.DIRECT, QuoteKind.MIXED) for part in c.parts]
    resolver = Resolver(analysis, actors, quoted=quoted)
    quotes = _build(analysis.text, candidates, resolver, dates)
    return [*quotes, *resolver.new_actors()]


def _outside_datelines(analysis, candidates: list[Candidate]) -> list[Candidate]:
    """``WASHINGTON (AP) — Sen. X said ...``: a dateline is never a quote's content (issue 17).

    A content that begins with the dateline (``MAPLE FALLS — The library will
    close, officials announced``) starts after it; one with a dateline
    elsewhere is dropped. The place and the agency are one range with the
    date between them (``NAIROBI, March 4 (Reuters) -``).
    """
    datelines = whole_datelines(analysis.text, analysis.datelines)
    if not datelines:
        return candidates
    kept = []
    for candidate in candidates:
        parts = [_after_dateline(analysis.text, part, datelines) for part in candidate.parts]
        if any(part is _INSIDE for part in parts):
            continue
        candidate.parts = [part for part in parts if part is not None]
        if candidate.parts:
            kept.append(candidate)
    return kept


def _first_person_inside_a_quotation(analysis, candidate: Candidate) -> bool:
    """``'I write the books I wanted to read': a conversation with ...``: an ``I``/``we`` attribution inside
    quotation marks no quote was found for is part of the quoted words, not a quote of its own.

    Quotations found as quotes already hold their inner attributions; a
    quotation no cue attributes (a headline's, a title's) kept them apart, and
    their ``I`` is neither the writer nor anyone named.
    """
    if candidate.kind not in (QuoteKind.INDIRECT, QuoteKind.MIXED) or candidate.cue is None or not candidate.speaker:
        return False
    if analysis.text[candidate.speaker[0] : candidate.speaker[1]].lower() not in ("i", "we"):
        return False
    segment = analysis.quotations.at(candidate.cue[0])
    if segment is None or not segment.closed:
        return False
    return all(segment.start <= start and end <= segment.end for start, end in candidate.parts)


def _continue_reported_speech(analysis, candidates: list[Candidate]) -> None:
    """A free quote opening the paragraph after a reported attribution continues that speaker (in place).

    ``Carter said the base would stay.`` / ``"That is because this region
    ..."``: news introduces a speaker in reported speech and goes on in
    their own words in the next paragraph, with no new attribution. The
    direct finder carries a speaker over from a previous direct quote only;
    this carries it over from reported speech (speech or writing cues), as
    long as nothing but the quote's opening stands between.
    """
    previous: Candidate | None = None
    for candidate in candidates:
        if (
            previous is not None
            and candidate.source == "direct:free"
            and candidate.speaker is None
            and _opens_next_paragraph(analysis, previous, candidate)
        ):
            candidate.speaker, candidate.speaker_token = previous.speaker, previous.speaker_token
            candidate.continues = True
            candidate.source = "direct:continued"
        previous = candidate if _reports_speech(candidate) else None


def _join_after_reported_speech(analysis, candidates: list[Candidate]) -> list[Candidate]:
    """A free quote right after a reported attribution in the same paragraph is that quote's next part.

    ``The deal "looks out for Wall Street first," Sanders wrote. "That is
    unacceptable."``: the attribution interrupts one quote, as the direct
    finder reads ``"A," she said. "B."``, whether the first part is quoted
    whole or inside a paraphrase (a ``mixed`` quote, which the reported
    finder makes). Only the attribution may stand between the two: its cue,
    its speaker and what the clause says of them (``Senator Ward said in a
    statement on Friday``, ``said Nora Quist, who runs the harbor``; see
    :func:`.direct.one_attribution`). A quote the direct finder carried over
    from an earlier paragraph's speaker is joined too: the attribution right
    before it in its own paragraph is nearer; so is one after a quotation
    the reported finder recovered (``"A,“ said X, a clerk. "B."``: a
    turned closing mark the direct finder could not pair).
    """
    kept: list[Candidate] = []
    for candidate in candidates:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and candidate.source in ("direct:free", "direct:continued")
            and (_reports_speech(previous) or _recovered_quotation(previous))
            and _interrupted_by_attribution(analysis, previous, candidate)
        ):
            previous.parts.append(candidate.parts[0])
            continue
        kept.append(candidate)
    return kept


def _interrupted_by_attribution(analysis, previous: Candidate, candidate: Candidate) -> bool:
    """Whether ``previous``'s attribution clause, and nothing else, stands between it and ``candidate``."""
    if previous.cue is None or previous.speaker is None or len(candidate.parts) != 1:
        return False
    segment = analysis.quotations.at(candidate.start)
    opening = segment.open if segment is not None else candidate.start
    for start, end in (previous.cue, previous.speaker):
        if not previous.end <= start <= end <= opening:
            return False  # the attribution must stand between the two parts
    return direct.one_attribution(analysis, previous.cue, previous.speaker, previous.end, opening)


def _reports_speech(candidate: Candidate) -> bool:
    """A reported (not direct) attribution of speech or writing with a speaker mention."""
    return (
        candidate.speaker is not None
        and candidate.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED)
        and candidate.cue_class in SPEECH_CLASSES
    )


def _recovered_quotation(candidate: Candidate) -> bool:
    """A quotation the reported finder attributed after the direct finder left it (``,“ said X``: a mark turned)."""
    return (
        candidate.kind == QuoteKind.DIRECT
        and not candidate.source.startswith("direct")
        and candidate.speaker is not None
        and candidate.cue_class in SPEECH_CLASSES
    )


def _opens_next_paragraph(analysis, previous: Candidate, candidate: Candidate) -> bool:
    """``candidate`` opens the paragraph right after the one ``previous`` ends, which it ends too."""
    paragraphs = analysis.paragraphs
    there = analysis.paragraph_at(max(0, previous.end - 1))
    here = analysis.paragraph_at(candidate.start)
    if there is None or here is None or there not in paragraphs or here not in paragraphs:
        return False
    if paragraphs.index(here) - paragraphs.index(there) != 1:
        return False
    text = analysis.text
    rest = text[previous.end : there[1]].strip(" \t\n\"”’'.,;:!?")
    opening = text[here[0] : candidate.start].strip()
    return not rest and all(char in _OPENING_MARKS for char in opening) and _ends_its_sentence(text, candidate.end)


def _ends_its_sentence(text: str, end: int) -> bool:
    """Whether a quote ending at ``end`` closes its sentence (``"...," the email read`` does not: it is credited)."""
    after = text[end : end + 40]
    stripped = after.lstrip("\"”’'» \t")
    if after[:1] == "," or stripped[:1] == ",":
        return False
    words = stripped.lstrip(".!?;:").split()
    return not words or not words[0][:1].islower()


_OPENING_MARKS = frozenset("\"“‘'`«„")
_INSIDE: tuple[int, int] = (-1, -1)  # a part with a dateline inside it, not at its start
_AFTER_DATELINE = " \t()—–-:,"


def _after_dateline(text: str, part: tuple[int, int], datelines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """``part`` without the dateline it begins with (``None`` if nothing is left; :data:`_INSIDE` if one is within)."""
    start, end = part
    for first, last in datelines:
        if last <= start or end <= first:
            continue
        if text[start:first].strip():
            return _INSIDE
        start = max(start, last)
        while start < end and text[start] in _AFTER_DATELINE:
            start += 1
    return (start, end) if start < end else None


def merge(first: Iterable[Candidate], second: Iterable[Candidate]) -> list[Candidate]:
    """All candidates in text order, dropping any that overlaps one already kept.

    ``first`` (direct quotes: marks are the strongest evidence) wins over
    ``second``; within a list the higher confidence wins.
    """
    kept: list[Candidate] = []
    taken = _Intervals()
    ordered = sorted(first, key=lambda c: -c.confidence) + sorted(second, key=lambda c: -c.confidence)
    for candidate in ordered:
        if not candidate.parts or any(e <= s for s, e in candidate.parts):
            continue
        if any(taken.overlaps(s, e) for s, e in candidate.parts):
            continue
        for s, e in candidate.parts:
            taken.add(s, e)
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


class _Intervals:
    """Disjoint ``[start, end)`` ranges kept sorted, for overlap tests in O(log n) (merge stays linear-ish)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # last range starting before ``end``
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _build(text: str, candidates: Sequence[Candidate], resolver: Resolver, dates: Sequence[DateMention]) -> list[Quote]:
    quotes: list[Quote] = []
    previous: Entry | None = None
    date_index = _DateIndex(dates)
    for candidate in candidates:
        entry = None
        if candidate.continues and previous is not None:
            entry = previous  # the paragraph continues the last speaker's quote
        elif candidate.speaker is not None:
            entry = resolver.resolve(candidate.speaker[0], candidate.speaker[1], candidate.speaker_token, previous)
            if entry is None and resolver.rejected and _needs_a_source(candidate):
                continue  # "a so-called test determines whether ...": nothing that can speak, no attribution
            if entry is not None and candidate.label is not None:
                resolver.remember(entry, *candidate.label)  # the label is a mention of the speaker too
        quotes.append(_quote(text, candidate, entry, date_index))
        if entry is not None:
            previous = entry
    return quotes


def _needs_a_source(candidate: Candidate) -> bool:
    """Reported views (not marked quotes, not speech cues) stand only with a subject that can hold them.

    A quotation in marks or a ``said`` is kept with ``speaker=None`` when its
    subject cannot speak (the words are someone's); ``the timing suggests``,
    ``a test determines`` are not attributions at all.
    """
    if candidate.kind in (QuoteKind.DIRECT, QuoteKind.MIXED):
        return False
    return candidate.cue_class not in ("speech", "writing", "source")


class _DateIndex:
    """The article's date mentions sorted by start, to find those inside a quote by binary search.

    Built once per article, so attaching dates to quotes stays linear in the
    quotes rather than quotes × dates (an archive page can hold thousands of both).
    """

    def __init__(self, dates: Sequence[DateMention]) -> None:
        self.dates = sorted(dates, key=lambda d: d.span.start)
        self.starts = [d.span.start for d in self.dates]

    def inside(self, parts: Sequence[Span]) -> tuple[str, ...]:
        found: list[str] = []
        for part in parts:
            for index in range(bisect.bisect_left(self.starts, part.start), len(self.dates)):
                date = self.dates[index]
                if date.span.start >= part.end:
                    break
                if date.span.end <= part.end:
                    found.append(date.id)
        return tuple(found)


def _quote(text: str, candidate: Candidate, entry: Entry | None, dates: _DateIndex) -> Quote:
    parts = [Span.of(text, s, e) for s, e in candidate.parts]
    confidence, reasons = assess(candidate, speaker_found=entry is not None)
    inside = dates.inside(parts)
    # the mention is kept even when no actor could be resolved ("he" with no antecedent):
    # it is what the text says, while speaker=None and the low confidence say who is unknown
    written = candidate.label or candidate.speaker  # "A:" names an interview's answerer where the answer is
    mention = Span.of(text, *written) if written is not None else None
    return Quote(
        id=f"q{candidate.start}",
        parts=parts,
        kind=candidate.kind if isinstance(candidate.kind, QuoteKind) else QuoteKind(candidate.kind),
        cue=Span.of(text, *candidate.cue) if candidate.cue else None,
        cue_class=candidate.cue_class,
        speaker=entry.id if entry is not None else None,
        speaker_mention=mention,
        confidence=max(0.0, min(1.0, confidence)),
        dates=inside,
        reasons=reasons,
    )
