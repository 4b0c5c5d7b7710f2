"""The publication date printed in the text: wire datelines and date lines.

Three forms, tried in order:

* numeric agency datelines, ``20/06/2023 17:32:23 – Beijing (AFP) –``
  (AFP prints them at the end of the dispatch);
* place datelines, ``BEIJING, June 20 (Reuters) -``, whose year comes from
  the text (a ``© 2023`` line or the years it mentions) when not printed;
* a date line near the top, ``June 20, 2023`` / ``Tuesday 20 June 2023 09:15``.

The day/month order of a numeric date is decided by evidence, never
silently: a field above 12, the other numeric dates of the text, the
agency's convention, how the text writes dates in words (``20 June`` vs
``June 20``) or the site's country; the evidence used is recorded in the
:class:`~newsparse.models.PublishedDate` ``source`` (``"dateline (day > 12)"``).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import NamedTuple

from newsparse import PublishedDate, Span
from newsparse_dates.lexicon import month_number
from newsparse_dates.patterns import DAY, MONTH, WEEKDAY, YEAR

log = logging.getLogger(__name__)

#: Agencies that print numeric dates day first / month first.
DAY_FIRST_AGENCIES = frozenset(
    {"afp", "dpa", "ansa", "efe", "belga", "apa", "anp", "ats", "sda", "xinhua", "kyodo", "tass"}
)
MONTH_FIRST_AGENCIES = frozenset({"ap", "upi"})
_DAY_FIRST_DOMAINS = re.compile(r"\.(?:fr|de|uk|ie|au|nz|in|eu|es|it|be|ch|nl|za|ng|ke|pk)(?:/|$)")

_TIME = r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
_DASH = r"\s*[-–—]+\s*"
_NUMERIC_DATELINE = re.compile(
    rf"(?P<date>(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)(?:\s+{_TIME})?){_DASH}"
    r"(?P<place>[A-Z][\w .'’-]{1,40}?)\s*\((?P<agency>[A-Za-z][\w-]{1,15})\)"
)
_PLACE_DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][A-Za-z .'’-]{{1,40}}),\s+(?P<date>(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})"
    rf"(?:,\s+(?P<year>{YEAR}))?)\s*\((?P<agency>[A-Za-z][\w .-]{{1,20}})\){_DASH}",
    re.MULTILINE | re.IGNORECASE,
)
_DATE_LINE = re.compile(
    rf"^[^\S\n]*(?:(?:updated|published|posted|first published)(?: on)?:?\s+)?(?P<date>(?:{WEEKDAY},?\s+)?"
    rf"(?:(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})|(?P<day2>{DAY})\s+(?P<month2>{MONTH}),?\s+(?P<year2>{YEAR})"
    rf"|(?P<iso>\d{{4}}-\d\d-\d\d))(?:,?\s+(?:at\s+)?{_TIME}(?:\s*(?P<ampm>[ap]\.?m\.?))?)?)[^\S\n]*(?:[|·,-].{{0,40}})?$",
    re.MULTILINE | re.IGNORECASE,
)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_URL_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)(?:[/-](?P<day>[0-3]?\d))?(?!\d)")
_NUMERIC_DATES = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?:19|20)\d\d(?!\d)")
#: What every numeric date contains (its separator before the year). ``_NUMERIC_DATES`` opens with a
#: lookbehind, so ``re`` tries it at every position of the text; this pattern opens with a character
#: class, which ``re`` scans for quickly, and most articles hold no match, so the full test is skipped.
_NUMERIC_DATE_TAIL = re.compile(r"[/.](?:19|20)\d\d")
_WORD_DAY_MONTH = re.compile(rf"(?<!\w)(?:{DAY})\s+(?:of\s+)?{MONTH}", re.IGNORECASE)
_WORD_MONTH_DAY = re.compile(rf"{MONTH}\s+(?:{DAY})(?!\w)", re.IGNORECASE)


class Order(NamedTuple):
    """Whether numeric dates are day first, and the evidence for it (``None``: no evidence)."""

    day_first: bool | None
    evidence: str


def has_numeric_dates(text: str) -> bool:
    """Whether ``text`` writes any date in digits (``05/06/2023``): only then is the order worth deciding."""
    return _NUMERIC_DATE_TAIL.search(text) is not None and _NUMERIC_DATES.search(text) is not None


def day_month_order(text: str, agency: str | None = None, url: str | None = None) -> Order:
    """Decide the day/month order of the text's numeric dates from the evidence available."""
    first_high = second_high = 0
    for match in _NUMERIC_DATES.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        first_high += a > 12
        second_high += b > 12
    if first_high and not second_high:
        return Order(True, "day > 12")
    if second_high and not first_high:
        return Order(False, "day > 12")
    if agency:
        key = agency.lower()
        if key in DAY_FIRST_AGENCIES:
            return Order(True, f"{agency} convention")
        if key in MONTH_FIRST_AGENCIES:
            return Order(False, f"{agency} convention")
    day_month = len(_WORD_DAY_MONTH.findall(text))
    month_day = len(_WORD_MONTH_DAY.findall(text))
    if day_month != month_day:
        return Order(day_month > month_day, "dates written in words")
    if url and _DAY_FIRST_DOMAINS.search(url):
        return Order(True, "site country")
    return Order(None, "no evidence")


def _clock(match: re.Match[str]) -> dt.time:
    if not match["hour"]:
        return dt.time()
    hour = int(match["hour"])
    ampm = match.groupdict().get("ampm")
    if ampm and ampm.lower().startswith("p") and hour < 12:
        hour += 12
    if ampm and ampm.lower().startswith("a") and hour == 12:
        hour = 0
    return dt.time(hour % 24, int(match["minute"]), int(match["second"] or 0))


def _publication_year(text: str, url: str | None, month: int, day: int) -> tuple[int, str] | None:
    """The year a dateline omits: from the copyright line, or a dated URL path (``/2016/07/29/``).

    The years an article mentions are no evidence (a 2016 story recalls
    2013 and looks ahead to 2017): without one of these the dateline is
    not used rather than dated by a guess.
    """
    copyright_year = _COPYRIGHT_YEAR.search(text)
    if copyright_year:
        return int(copyright_year["year"]), "copyright year"
    if url:
        for match in _URL_DATE.finditer(url):
            if int(match["month"]) == month and (match["day"] is None or int(match["day"]) == day):
                return int(match["year"]), "year from the URL"
    return None


def _numeric(text: str, url: str | None) -> PublishedDate | None:
    # every match holds a ``_NUMERIC_DATE_TAIL``, a cheap scan; most texts have none (see has_numeric_dates)
    match = _NUMERIC_DATELINE.search(text) if _NUMERIC_DATE_TAIL.search(text) else None
    if match is None:
        return None
    order = day_month_order(text, match["agency"], url)
    a, b = int(match["a"]), int(match["b"])
    day_first = order.day_first if order.day_first is not None else False
    day, month = (a, b) if day_first else (b, a)
    try:
        value = dt.datetime.combine(dt.date(int(match["year"]), month, day), _clock(match))
    except ValueError:
        return None
    evidence = order.evidence if order.day_first is not None else "month first assumed, no evidence"
    if order.day_first is None:
        log.info("dateline %r: day/month order has no evidence, read month first", match["date"])
    return PublishedDate(value, f"dateline ({evidence})", Span.of(text, match.start("date"), match.end("date")))


def _leading_number(text: str) -> int:
    """``12`` from ``12th``: the day group of a dateline starts with its digits."""
    digits = re.match(r"\d+", text)
    if digits is None:
        raise ValueError(f"no day number in {text!r}")
    return int(digits.group())


def _place(text: str, url: str | None) -> PublishedDate | None:
    match = _PLACE_DATELINE.search(text[:2000])
    if match is None:
        return None
    month = month_number(match["month"])
    day = _leading_number(match["day"])
    source = "dateline"
    if match["year"]:
        year = int(match["year"])
    else:
        found = _publication_year(text, url, month or 0, day)
        if found is None:
            log.info("dateline %r has no year and nothing gives it: not used", match["date"])
            return None
        year, how = found
        source = f"dateline ({how})"
    try:
        value = dt.datetime(year, month or 1, day)
    except ValueError:
        return None
    return PublishedDate(value, source, Span.of(text, match.start("date"), match.end("date")))


def _date_line(text: str) -> PublishedDate | None:
    head = text[:400]
    for match in _DATE_LINE.finditer(head):
        try:
            if match["iso"]:
                date = dt.date.fromisoformat(match["iso"])
            elif match["month"]:
                date = dt.date(int(match["year"]), month_number(match["month"]) or 0, _leading_number(match["day"]))
            else:
                date = dt.date(
                    int(match["year2"]),
                    month_number(match["month2"]) or 0,
                    _leading_number(match["day2"]),
                )
        except ValueError:
            continue
        return PublishedDate(
            dt.datetime.combine(date, _clock(match)), "text", Span.of(text, match.start("date"), match.end("date"))
        )
    return None


def find_published(text: str, url: str | None = None) -> PublishedDate | None:
    """The publication date printed in ``text``, or ``None``; see the module docstring for the forms."""
    return _numeric(text, url) or _place(text, url) or _date_line(text)
