"""Words of English temporal expressions: months, weekdays, units, numbers.

Kept apart from the regex grammar (``patterns``) so the normalizer can map
a matched word to its number without re-deriving anything from the regex.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: The month each season starts in (northern hemisphere, as TimeML assumes).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Parts of the day and their TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
    "midday": "MI",
    "mid-afternoon": "AF",
    "mid afternoon": "AF",
}

#: Duration units: TIMEX3 letter and whether it is a time (``T``) unit.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}
UNIT_PLURALS: dict[str, str] = {"centuries": "century"}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,
}

_SMALL = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "couple": 2,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
#: Quantities that are vague: TIMEX3 writes ``X`` for the number (``PXY``).
VAGUE_QUANTITIES = frozenset({"several", "few", "a few", "some", "many", "a number of", "a couple of years"})

#: Number words that can be chained ("twenty four"); "a", "an" and "couple" are handled by the grammar.
NUMBER_WORDS = "|".join(
    sorted([w for w in _SMALL if w not in ("a", "an", "couple")] + list(_TENS) + list(_SCALES), key=len, reverse=True)
)

_SPLIT = re.compile(r"[\s-]+")
_FRACTION = re.compile(r"^(\d+)\s+1/2$")


def month_number(word: str) -> int | None:
    """``"Sept."`` -> 9, ``"November"`` -> 11; ``None`` for anything else."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def weekday_number(word: str) -> int | None:
    """ISO weekday (Monday = 1) of ``"Tuesday"`` or ``"Tue."``."""
    key = word.lower().rstrip(".")
    return WEEKDAYS.get(key) or WEEKDAY_ABBREVIATIONS.get(key)


def parse_number(text: str) -> float | None:
    """A quantity written in digits or words (``"twenty four"``, ``"2 1/2"``, ``"a couple of"``).

    Returns ``None`` for vague quantities (``several``, ``a few``) and for
    anything it cannot read, so the caller writes ``X`` instead of guessing.
    """
    words = text.lower().strip()
    if not words:
        return None
    fraction = _FRACTION.match(words)
    if fraction:
        return int(fraction.group(1)) + 0.5
    try:
        return float(words.replace(",", ""))
    except ValueError:
        pass
    if words in ("several", "few", "a few", "some", "many", "a number of", "the"):
        return None
    words = words.replace(" of", "").replace(" and ", " ")
    if words in ("a couple", "couple"):
        return 2.0
    total, current = 0, 0
    for word in _SPLIT.split(words):
        if word in ("a", "an") and current == 0:
            current = 1
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word in ("half",):
            current += 0.5  # type: ignore[assignment]  # "two and a half" is the one fractional number
        else:
            return None
    return float(total + current)


def spelled_year(text: str) -> int | None:
    """``"nineteen ninety-six"`` -> 1996, ``"two thousand"`` -> 2000, ``"twenty twenty-three"`` -> 2023."""
    words = _SPLIT.split(text.lower().strip())
    if not words:
        return None
    if "thousand" in words:
        value = parse_number(text)
        return int(value) if value is not None else None
    if words[0] in ("nineteen", "twenty", "eighteen") and len(words) >= 2:
        century = _SMALL.get(words[0]) or _TENS.get(words[0])
        rest = parse_number(" ".join(words[1:]))
        if century is None or rest is None:
            return None
        return int(century * 100 + rest)
    return None
