"""Why a predicted quote may not be a quote: the classes of false alarms, for ``--errors``.

A false alarm (a prediction that matches no gold quote) is put in the first
class whose test it passes. The tests read only the article text and the
predicted :class:`~newsparse.models.Quote` (its cue, class, kind, speaker
mention and reasons), so they work for any plugin's quotes and need no NLP:

========================  ==========================================================
class                     what it looks like
========================  ==========================================================
section label             ``ENERGY: Crude fell 42 cents``: an all-caps line-initial lead-in credited as a speaker
colon credit              a verbless ``Name: words`` credit (transcripts, headlines)
dash credit               ``"..." — Name``: a verbless dash credit
title or headline         most words capitalized: a title (``Boys: What It Means to ...``) or a headline
name or scare quote       a short quoted phrase with no cue (``"Big Mo"``, ``"ghosting"``)
question or request       content that asks (``Asked whether ...``, ``asking the city to ...``)
negated cue               ``did not say whether ...``, ``declined to ...``: nothing was said
noun phrase content       the cue took a thing or an act (``offered insurance``), not a statement
belief, stance, evidence  a cognition, stance or evidence cue the gold does not annotate there
no speaker                an unattributed quote
other                     none of these (often a boundary or a gold omission)
========================  ==========================================================
"""

from __future__ import annotations

import re

from newsparse.models import Quote

CLASSES = (
    "section label",
    "colon credit",
    "dash credit",
    "title or headline",
    "name or scare quote",
    "question or request",
    "negated cue",
    "noun phrase content",
    "belief, stance, evidence",
    "no speaker",
    "other",
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MARKS = "\"'“”‘’«»„` "
_DASHES = ("—", "–", "-", "―")
_ASKING = re.compile(r"(?i)(whether|if|who|what|which|when|where|why|how|to)\b")
_NEGATION = re.compile(r"(?i)\b(not|never|n['’]t|declined|declines|refused|refuses|without)\b")
_SMALL_WORDS = frozenset("a an the of and or to in on for at by with from as is it".split())
SCARE_WORDS = 4  # a quoted phrase this short with no cue is a name or a scare quote


def classify(text: str, quote: Quote) -> str:
    """The class (one of :data:`CLASSES`) of a predicted quote that matched no gold quote."""
    content = quote.text
    cue = quote.cue.text if quote.cue is not None else None
    mention = quote.speaker_mention.text if quote.speaker_mention is not None else ""
    if cue == ":" or (cue is None and _colon_before(text, quote)):
        letters = [ch for ch in mention if ch.isalpha()]
        return "section label" if letters and all(ch.isupper() for ch in letters) else "colon credit"
    if cue is None and quote.speaker_mention is not None and _dash_after(text, quote):
        return "dash credit"
    if _titled(content):
        return "title or headline"
    if cue is None and len(_WORD.findall(content)) <= SCARE_WORDS:
        return "name or scare quote"
    if quote.cue_class == "question" or _ASKING.match(content):
        return "question or request"
    before_cue = text[max(0, quote.cue.start - 24) : quote.cue.end] if quote.cue is not None else ""
    if any("negated" in reason for reason in quote.reasons) or _NEGATION.search(before_cue):
        return "negated cue"
    if any("noun phrase" in reason for reason in quote.reasons):
        return "noun phrase content"
    if quote.cue_class in ("cognition", "stance", "evidence"):
        return "belief, stance, evidence"
    if quote.speaker is None and quote.speaker_mention is None:
        return "no speaker"
    return "other"


def _colon_before(text: str, quote: Quote) -> bool:
    """A colon right before the content (or its opening mark)."""
    return text[max(0, quote.start - 4) : quote.start].rstrip(_MARKS).endswith(":")


def _dash_after(text: str, quote: Quote) -> bool:
    """A dash right after the content (or its closing mark)."""
    return text[quote.end : quote.end + 6].lstrip(_MARKS + ".,!?").startswith(_DASHES)


def _titled(content: str) -> bool:
    """Most words capitalized, small words aside: a title or a headline."""
    words = [w for w in _WORD.findall(content) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
