"""Datelines: ``WASHINGTON (AP) —``, ``NAIROBI, March 4 (Reuters) -``, ``PORTLAND, Ore. —``.

The city is where the story was filed and the agency who filed it; neither
is an actor of the story nor the speaker of a quote, so the actors and quotes
plugins both leave these ranges out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_STATE = r"(?:,\s(?:[A-Z][a-z.]+\.?(?:\s[A-Z][a-z.]+)?|(?:[A-Z]\.){2,3}|[A-Z]{2}))?"  # Ore., New Mexico, S.C., TX
_DAY = r"(?:,\s[A-Z][a-z]+\.?\s\d{1,2}(?:,\s\d{4})?)?"
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+)*"
    + _STATE
    + ")"
    + _DAY
    + r"(?:\s\((?P<agency>[A-Za-z][A-Za-z&.\s]{0,20})\))?"
    r"\s*[—–-]{1,2}\s"
)
#: ``Washington (AFP) –``: a city in title case is a dateline only with the agency's name after it.
_TITLED_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}" + _STATE + ")" + _DAY + r"\s\((?P<agency>[A-Z][A-Za-z&.]{1,15})\)"
    r"\s*[—–-]{1,2}\s"
)


def dateline_spans(text: str, paragraph_starts: list[int]) -> list[tuple[int, int]]:
    """Character ranges of dateline places and agencies at the start of paragraphs."""
    spans: list[tuple[int, int]] = []
    for start in paragraph_starts:
        while start < len(text) and text[start] in " \t":
            start += 1
        match = _DATELINE.match(text, start)
        if match is not None:
            head = match.group("place").split(",")[0]
            if len(head) < 3 or not head.replace(" ", "").replace(".", "").replace("-", "").isupper():
                match = None
        if match is None:
            match = _TITLED_DATELINE.match(text, start)
        if match is None:
            continue
        spans.append((match.start("place"), match.end("place")))
        if match.group("agency"):
            spans.append((match.start("agency"), match.end("agency")))
    return spans


#: What stands between a dateline's place and its agency: the filing date (``, March 4 (``).
_PLACE_TO_AGENCY = re.compile(_DAY + r"\s\(")


def whole_datelines(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of :func:`dateline_spans` with a place and its agency joined over the date between them.

    ``NAIROBI, March 4 (Reuters) -``, the commonest wire dateline, has its
    place and agency apart; read as two ranges, the date between them looks
    like text of the story, so a content that opens with the dateline would
    seem to hold one inside it. Joined, the dateline is one range from the
    place to the agency.
    """
    joined: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if joined and _PLACE_TO_AGENCY.fullmatch(text, joined[-1][1], start) is not None:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined
