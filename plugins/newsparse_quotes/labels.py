"""Section labels: the all-caps lead-ins that structure wire copy, which are headings, not speakers.

Market wraps and live pages open paragraphs with labels such as ``ENERGY:``,
``CURRENCIES:``, ``ASIA'S DAY:``, ``WATCH:`` or ``READ MORE:``. They look like
the colon credits of interview transcripts (``SILVA: With a bin.``), which
*are* attributions. The difference is not the shape (both are upper case,
line-initial, followed by a colon) but what the label names: a transcript
tag names a person of the article, a section label names a topic. So an
all-caps lead-in is a speaker only when its last word is the name of a
person the article mentions elsewhere, or when the words after it speak in
the first or second person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import Analysis, Token

from .marks import Segment, mark_end

_WORDS = re.compile(r"[^\W\d_]+")
# First-person words: a lead-in followed by them is a speaker tag, not a heading ("you" is often generic).
_VOICE = frozenset({"i", "i'm", "we", "me", "us", "my", "our"})


def is_section_label(analysis: Analysis, lead: Sequence[Token], content: Sequence[Token] = ()) -> bool:
    """Whether the lead-in ``lead`` (the tokens before a line-initial colon) is a heading, not a speaker.

    A heading is written all in upper case, does not name a person of the
    article by its last word, and is not followed by words in the first or
    second person (``content``: ``MARTINEZ: I think ...`` is someone
    speaking, ``ENERGY: Benchmark crude fell ...`` the reporter's section).
    ``SILVA`` in an interview with Renata Silva is a speaker.
    """
    words = [t for t in lead if any(ch.isalpha() for ch in t.text)]
    if not words or any(ch.islower() for t in words for ch in t.text):
        return False
    last = words[-1].text.lower()
    if last in person_words(analysis) or last in transcript_tags(analysis):
        return False
    return not any(t.text.lower() in _VOICE for t in content)


def transcript_tags(analysis: Analysis) -> frozenset[str]:
    """Last words (lower-cased) of all-caps lead-ins that open a paragraph speaking in the first person.

    ``TAPPER: And obviously, I think ...`` shows ``TAPPER`` is a transcript
    tag, so ``TAPPER: Do you think ...?`` and ``JAKE TAPPER: Donald Trump
    released a video`` are the interviewer's turns too, not headings, even
    when the interviewer is named nowhere else in mixed case. A heading
    (``ENERGY:``) opens the reporter's own prose. Cached on the analysis.
    """
    cached = analysis.__dict__.get("_quotes_transcript_tags")
    if cached is None:
        tags = set()
        for start, end in analysis.paragraphs:
            found = _TAG.match(analysis.text, start, end)
            if found is not None and _VOICE & {w.lower() for w in _WORDS.findall(found.group(2))}:
                tags.add(found.group(1).split()[-1].lower())
        cached = analysis.__dict__["_quotes_transcript_tags"] = frozenset(tags)
    return cached


#: An all-caps lead-in of one to three words before a colon opening a paragraph, and what follows it.
_TAG = re.compile(r"\s*([A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){0,2})[ \t]*:[ \t]+([^\n]*)")


def person_words(analysis: Analysis) -> frozenset[str]:
    """Lower-cased words of the article's PERSON entities written in mixed case (cached on the analysis)."""
    cached = analysis.__dict__.get("_quotes_person_words")
    if cached is None:
        cached = frozenset(
            word.lower()
            for entity in analysis.entities
            if entity.label == "PERSON"
            for word in _WORDS.findall(analysis.text[entity.start : entity.end])
            if not word.isupper()
        )
        analysis.__dict__["_quotes_person_words"] = cached
    return cached


_SINGLE_MARKS = frozenset({"'", "‘", "‚"})


def is_quoted_heading(text: str, segment: Segment, paragraph: tuple[int, int], segments: Sequence[Segment]) -> bool:
    """Whether a quotation that makes up a paragraph on its own is a subheading, not someone's words.

    Headlines and subheadings quote in headline style: single marks
    (``'A change warrior.'``) where the body quotes speech in double ones,
    or all capitals (``"EVENTUALLY VOTERS DECIDE WELL"``). A paragraph that
    is nothing but such a quotation, with no credit, is a heading pulled
    from the story. Where an article quotes everything in single marks
    (British style) a single-marked paragraph is speech, so the mark is
    read against the article's own style.
    """
    if re.search(r"\w", text[paragraph[0] : segment.open] + text[mark_end(text, segment) : paragraph[1]]):
        return False
    words = _WORDS.findall(text[segment.start : segment.end])
    if len(words) >= 2 and all(word.isupper() for word in words):
        return True
    if segment.style not in _SINGLE_MARKS:
        return False
    return any(other.style not in _SINGLE_MARKS and other.style != "—" for other in segments)
