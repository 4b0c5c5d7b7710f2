"""Scan quotation marks into quoted segments, in one linear pass.

Why a hand-written scanner and not one regex: news text mixes mark styles
(straight, curly, single, guillemets, low-high, NYT's ``''`` closer and
dialogue dashes), wire copy leaves a quote open at the end of a paragraph
when the next paragraph continues it, and scraped text has stray or missing
marks. A small state machine that resets at every paragraph handles all of
these without backtracking: an unclosed quote is closed at its paragraph's
end (recovered, flagged ``closed=False``) and never swallows the rest of
the article.

This module is public for plugin authors: "where are the quotations of this
text". :func:`scan` lists them; :class:`Quotations` (built once per article
and cached as :attr:`newsparse.Analysis.quotations`) answers "is this offset
inside one, and which" by bisection. Plugins may not import each other, so
every plugin that must tell quoted words from narration reads the marks here
and they all agree on where a quotation starts and ends.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

# Openers and the closers each accepts. Straight marks are ambiguous and are
# decided from their neighbours (see ``_direction``).
_CLOSERS: dict[str, str] = {
    "“": '”"″',  # curly double; „ ... “ handled below
    "„": '“”"',  # German/Polish low-high
    "«": "»",
    "»": "«",  # Danish/German reversed guillemets
    "‹": "›",
    "‘": "’'",
    "‚": "‘’",
    "``": "''\"”",  # PTB / NYT
    "「": "」",
    "『": "』",
}
_STRAIGHT = {'"', "'"}
# Every character (or pair) that may be a mark, one regex alternation so the
# scan visits only candidate positions.
_MARK = re.compile(r"``|''|[\"'“”„«»‹›‘’‚「」『』]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
# A dialogue dash at the start of a paragraph: ``— We will not go,`` ...
_DIALOGUE_DASH = re.compile(r"[ \t]*[—―–][ \t]+(?=\S)")
_CLOSING_DASH = re.compile(r",?[ \t]+[—―–][ \t]+")
# A subheading framed by dashes (``– Old hands –.``, the wire style of AFP): a heading, not a dialogue line.
_FRAMED_HEADING = re.compile(r"[ \t]*[—―–][ \t]+[^\n—―–]{1,80}?[ \t]+[—―–][ \t]*\.?[ \t]*")
_WORD = re.compile(r"\w")

#: Quotes longer than this (characters) are cut at the paragraph anyway;
#: the limit only guards against a pathological single-paragraph megatext.
MAX_SEGMENT = 20_000


@attrs.frozen
class Segment:
    """A quoted stretch of text.

    ``open``/``close``: offsets of the opening mark and of the closing mark
    (``close == content_end`` and ``closed`` is ``False`` when the quote ran
    to the end of its paragraph without one). ``start``/``end``: the content,
    marks and surrounding spaces excluded. ``style``: the opening mark (or
    ``"—"`` for a dialogue dash). ``runs_on``: the quote was left open at a
    paragraph end and the next paragraph opens with a mark (the wire
    convention for a quote that continues).
    """

    open: int
    close: int
    start: int
    end: int
    style: str
    closed: bool = True
    runs_on: bool = False


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for match in _PARAGRAPH.finditer(text):
        if match.start() > position:
            yield position, match.start()
        position = match.end()
    if position < len(text):
        yield position, len(text)


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _opens(text: str, i: int, width: int) -> bool:
    """A straight mark at ``i`` looks like an opener: nothing word-like before, text after."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + width] if i + width < len(text) else ""
    return (_is_space(before) or before in "([{—–-/:;,") and not _is_space(after)


def _closes(text: str, i: int, width: int) -> bool:
    """A straight mark at ``i`` looks like a closer: text before, nothing word-like after."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + width] if i + width < len(text) else ""
    return not _is_space(before) and (after == "" or not _WORD.match(after))


# Words English spells with a leading apostrophe (``'em``, ``rock 'n' roll``): elisions, never an opening mark.
_ELIDED = re.compile(r"['‘’](?:em|til|tis|twas|cause|bout|n['‘’]?)(?![\w'‘’])")
_SINGLE = re.compile(r"['‘’]")


def _single_opens(text: str, i: int) -> bool:
    """A single mark (``'`` or ``‘``) opening a quote, not an elision (``'90s``, ``'em``, ``rock 'n' roll``)."""
    if not _opens(text, i, 1):
        return False
    after = text[i + 1] if i + 1 < len(text) else ""
    return not after.isdigit() and _ELIDED.match(text, i) is None


def _single_closes(text: str, i: int) -> bool:
    """A single closer, not an apostrophe inside a word (``it’s``)."""
    after = text[i + 1] if i + 1 < len(text) else ""
    return _closes(text, i, 1) and not after.isalpha()


def _word_final_apostrophe(text: str, i: int, p_end: int) -> bool:
    """A single mark ending a word inside a single-quoted quotation: a plural possessive or an elision.

    ``'We backed the teachers' strike,' she said`` and ``'Goin' home,' he
    said``: the mark after ``teachers`` and ``Goin`` would close the quote
    by its neighbours, but a word follows it and another closing mark comes
    before any new opening one, so the quotation goes on. A closer with no
    later one (``called them 'bosses' and left``) still closes.
    """
    if not (text[i - 1 : i].isalpha() and text[i + 1 : i + 2] == " " and _WORD.match(text, i + 2)):
        return False
    for match in _SINGLE.finditer(text, i + 1, p_end):
        j = match.start()
        if _single_closes(text, j):
            return True
        if _single_opens(text, j):
            return False
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def scan(text: str) -> list[Segment]:
    """All quoted segments of ``text`` in order; never raises on odd marks."""
    paragraphs = list(_paragraphs(text))
    segments: list[Segment] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        found = _scan_paragraph(text, p_start, p_end)
        if found and not found[-1].closed and index + 1 < len(paragraphs):
            next_start = paragraphs[index + 1][0]
            nxt = text[next_start : next_start + 3].lstrip()
            if nxt[:1] in "\"“„«‘'`" or nxt[:2] == "``":
                found[-1] = attrs.evolve(found[-1], runs_on=True)
        segments.extend(found)
    return segments


def _scan_paragraph(text: str, p_start: int, p_end: int) -> list[Segment]:
    """Segments of one paragraph; an open quote at its end is closed there."""
    segments: list[Segment] = []
    dash = _DIALOGUE_DASH.match(text, p_start, p_end)
    if dash is not None and dash.start() == p_start:
        if _FRAMED_HEADING.fullmatch(text, p_start, p_end):
            return []  # "– Ready for the fight –.": a subheading, whatever marks it holds
        return _dialogues(text, dash.end(), p_start, p_end)
    opener: str | None = None
    open_at = 0
    for match in _MARK.finditer(text, p_start, p_end):
        mark, i = match.group(), match.start()
        if opener is None:
            if mark in _STRAIGHT:
                ok = _single_opens(text, i) if mark == "'" else _opens(text, i, 1)
            elif mark in ("‘", "‚"):
                ok = _single_opens(text, i) or mark == "‚"
            elif mark == "''":
                ok = _opens(text, i, 2)  # NYT opens with '' too: ''We won,'' he said.
            else:
                ok = mark in _CLOSERS
            if ok:
                opener, open_at = mark, i
            continue
        if _closes_opener(text, opener, mark, i, p_end):
            start, end = _trimmed(text, open_at + len(opener), i)
            if end > start:
                segments.append(Segment(open_at, i, start, end, opener))
            opener = None
        elif _restarts(text, opener, mark, i):
            # Lost sync (a closer went missing): drop the dangling opener, restart here.
            open_at = i
    if opener is not None:
        start, end = _trimmed(text, open_at + len(opener), min(p_end, open_at + MAX_SEGMENT))
        if end > start:
            segments.append(Segment(open_at, end, start, end, opener, closed=False))
    return segments


def _restarts(text: str, opener: str, mark: str, i: int) -> bool:
    """Lost sync: a mark that can only open while a quote is open (its closer went missing)."""
    if mark in ('"', "“") and mark == opener:
        return _opens(text, i, 1) and not _closes(text, i, 1)
    if opener in ("'", "‘") and mark in ("'", "‘"):
        return _single_opens(text, i) and not _single_closes(text, i)
    return False


def _after_nested(text: str, i: int) -> bool:
    """A straight mark set off by a space after a single closer: ``'a flight to quality,' " he said``.

    Washington Post style closes a quotation nested in another this way; the
    space before the mark would otherwise read it as an opener and leave the
    outer quotation open to the end of its paragraph.
    """
    return text[max(0, i - 2) : i] in ("' ", "’ ") and (i + 1 == len(text) or not _WORD.match(text[i + 1]))


def _stuck_closer(text: str, i: int) -> bool:
    """A straight mark right after a word and its punctuation, with no space before the next word.

    ``"This is paranoia,"Clinton said``: a missing space (a typo, or a space
    lost when the text was scraped) makes the mark look like an opener by
    its neighbours, and the quote would restart there. While a straight
    quote is open, a mark after ``,``, ``.``, ``?`` or ``!`` that itself
    follows a word ends what was said: nobody opens a quotation with its
    first word glued to the punctuation of the narration before it.
    """
    return i >= 2 and text[i - 1] in ",.?!" and _WORD.match(text[i - 2]) is not None


def _closes_opener(text: str, opener: str, mark: str, i: int, p_end: int) -> bool:
    if opener == "''":
        return mark in ("''", '"', "”") and _closes(text, i, len(mark))
    if opener == "'":
        return mark in ("'", "’") and _single_closes(text, i) and not _word_final_apostrophe(text, i, p_end)
    if opener in ("‘", "‚"):
        return mark in _CLOSERS[opener] and _single_closes(text, i) and not _word_final_apostrophe(text, i, p_end)
    if opener == '"':
        return mark in ('"', "”", "''") and (
            _closes(text, i, len(mark)) or mark != '"' or _after_nested(text, i) or _stuck_closer(text, i)
        )
    if mark == '"':
        return mark in _CLOSERS.get(opener, "") and (_closes(text, i, 1) or _after_nested(text, i))
    return mark in _CLOSERS.get(opener, "") or (mark == "''" and opener in ("“", "``"))


_NEXT_TURN = re.compile(r"[.!?][ \t]+[—―–][ \t]+(?=\S)")


def _dialogues(text: str, start: int, p_start: int, p_end: int) -> list[Segment]:
    """Dialogue-dash speech: ``— A, — said X. — B.`` is two segments around the attribution."""
    found: list[Segment] = []
    opening = p_start
    while start < p_end and len(found) < 1000:
        segment = _dialogue(text, start, opening, p_end)
        if segment is None:
            break
        found.append(segment)
        if not segment.closed:
            break
        turn = _NEXT_TURN.search(text, segment.close, p_end)
        if turn is None:
            break
        opening, start = turn.start() + 1, turn.end()
    return found


def _dialogue(text: str, start: int, p_start: int, p_end: int) -> Segment | None:
    """A paragraph opened by a dialogue dash: the speech runs to the next dash or the end."""
    closing = _CLOSING_DASH.search(text, start, p_end)
    end = closing.start() if closing is not None else p_end
    s, e = _trimmed(text, start, end)
    while e > s and text[e - 1] in ",":
        e -= 1
    if e <= s:
        return None
    return Segment(p_start, end, s, e, "—", closed=closing is not None)


def mark_end(text: str, segment: Segment) -> int:
    """Offset just after the closing mark (or after the content when there is none)."""
    if not segment.closed:
        return segment.end
    if segment.style == "—":
        return segment.close
    if text.startswith("''", segment.close):
        return segment.close + 2
    return segment.close + 1


def strip_separator(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without a trailing separator comma (``"We won,"`` -> ``We won``)."""
    start, end = _trimmed(text, start, end)
    while end > start and text[end - 1] in ",;":
        end -= 1
    return _trimmed(text, start, end)


#: Styles read as quotations by readers that only want the double marks
#: (guillemets and dialogue dashes included): single marks in English news
#: are mostly apostrophes and scare quotes.
DOUBLE_STYLES = frozenset({"“", "„", "«", "»", "‹", "``", "''", '"', "「", "『", "—"})


class Quotations:
    """The quoted segments of one text, for offset queries in ``O(log n)``.

    Segments from :func:`scan` are in order and do not overlap, so the one
    that may hold an offset is the last that opens at or before it. A
    segment's span runs from its opening mark to just after its closing mark
    (:func:`mark_end`): the marks count as inside.
    """

    __slots__ = ("text", "segments", "_opens", "_ends")

    def __init__(self, text: str, segments: list[Segment] | None = None) -> None:
        self.text = text
        self.segments: tuple[Segment, ...] = tuple(scan(text) if segments is None else segments)
        self._opens = [segment.open for segment in self.segments]
        self._ends = [mark_end(text, segment) for segment in self.segments]

    def at(self, offset: int) -> Segment | None:
        """The segment whose marks enclose ``offset`` (opening mark included, closing mark included), or ``None``."""
        index = bisect.bisect_right(self._opens, offset) - 1
        if index >= 0 and offset < self._ends[index]:
            return self.segments[index]
        return None

    def span(self, segment: Segment) -> tuple[int, int]:
        """``segment``'s extent with its marks: from the opening mark to just after the closing one."""
        return segment.open, mark_end(self.text, segment)

    def opened_in(self, start: int, end: int) -> list[Segment]:
        """The segments whose opening mark lies in ``[start, end)``, in order."""
        low = bisect.bisect_left(self._opens, start)
        high = bisect.bisect_left(self._opens, end)
        return list(self.segments[low:high])
