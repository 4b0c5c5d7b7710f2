"""Calendar arithmetic on TIMEX3 granularities: days, ISO weeks, months, quarters, seasons.

``Direction`` is how a relative expression is placed against the anchor:
``-1`` the most recent occurrence before it (past tense, "last"), ``+1``
the next one (future tense, "next"), ``0`` the occurrence closest to it
(no tense evidence: news mostly talks about the recent past and near future).
"""

from __future__ import annotations

import datetime as dt

SEASON_ORDER = ("SP", "SU", "FA", "WI")


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date, shift: int = 0) -> str:
    """ISO week of ``day`` shifted by ``shift`` weeks: ``2023-W24``."""
    year, week, _ = (day + dt.timedelta(weeks=shift)).isocalendar()
    return f"{year}-W{week:02d}"


def weekend_value(day: dt.date, direction: int) -> str:
    """The weekend meant by "the weekend" said on ``day``.

    Past: the weekend just gone (this week's when said on a Saturday or
    Sunday). Future: the coming one (this week's). ``0`` behaves as past,
    the usual reading in news reports.
    """
    in_weekend = day.isoweekday() >= 6
    if direction > 0 or in_weekend:
        return week_value(day) + "-WE"
    return week_value(day, -1) + "-WE"


def shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def place_month(anchor: dt.date, month: int, direction: int) -> int:
    """The year of the month ``month`` meant relative to ``anchor`` (see ``Direction``)."""
    if month == anchor.month:
        return anchor.year
    delta = month - anchor.month
    closest = anchor.year - 1 if delta > 6 else anchor.year + 1 if delta < -6 else anchor.year
    if direction < 0:
        chosen = anchor.year if month < anchor.month else anchor.year - 1
    elif direction > 0:
        chosen = anchor.year if month > anchor.month else anchor.year + 1
    else:
        return closest
    # "gave them until mid-November" said in late October: the tensed reading would be
    # most of a year away, the other one a few weeks
    months_away = lambda year: abs((year - anchor.year) * 12 + delta)  # noqa: E731
    if months_away(chosen) >= 9 and months_away(closest) <= 3:
        return closest
    return chosen


def place_day(anchor: dt.date, month: int, day: int, direction: int) -> dt.date | None:
    """A month/day without a year placed near ``anchor``; ``None`` if no such date exists."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    closest = min(candidates, key=lambda c: abs(c - anchor))
    if direction < 0:
        past = [c for c in candidates if c <= anchor]
        chosen = max(past) if past else closest
    elif direction > 0:
        future = [c for c in candidates if c >= anchor]
        chosen = min(future) if future else closest
    else:
        return closest
    # "declared a dividend payable Dec. 15": the verb's tense is not the date's when the
    # tensed reading lies most of a year away and the other reading within a few weeks
    if abs((chosen - anchor).days) > 180 and abs((closest - anchor).days) <= 100:
        return closest
    return chosen


def place_weekday(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The date of ISO ``weekday`` near ``anchor``.

    The anchor's own weekday is the anchor itself ("Friday" in a Friday
    paper is today); ``last``/``next`` Friday use :func:`weekday_strict`.
    """
    delta = weekday - anchor.isoweekday()
    if delta == 0:
        return anchor
    if direction > 0:
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


def weekday_strict(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """``last Friday`` / ``next Friday``: never the anchor day itself."""
    delta = weekday - anchor.isoweekday()
    if direction > 0:
        return anchor + dt.timedelta(days=delta % 7 or 7)
    return anchor - dt.timedelta(days=(-delta) % 7 or 7)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, shift: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + shift
    return index // 4, index % 4 + 1


def place_quarter(anchor: dt.date, quarter: int, direction: int) -> int:
    """The year of quarter ``quarter``: a past-tense quarter that has not begun yet is last year's.

    A future tense does not move a past quarter to next year: results are
    reported (and forecast, "expects to report a third-quarter loss") after
    the quarter has ended.
    """
    if direction < 0 and quarter > quarter_of(anchor):
        return anchor.year - 1
    return anchor.year


def season_index(day: dt.date) -> tuple[int, int]:
    """(year, index into SEASON_ORDER) of the season ``day`` falls in; Jan/Feb belong to last year's winter."""
    month = day.month
    if month in (12, 1, 2):
        return (day.year if month == 12 else day.year - 1), 3
    return day.year, (month - 3) // 3


def place_season(anchor: dt.date, season: str, direction: int, strict: bool = False) -> int:
    """The year of ``season`` relative to ``anchor``; ``strict`` excludes the current season."""
    year, current = season_index(anchor)
    target = SEASON_ORDER.index(season)
    here = year * 4 + current
    same_year = year * 4 + target
    if direction < 0:
        best = same_year if same_year < here or (same_year == here and not strict) else same_year - 4
        return best // 4
    if direction > 0:
        best = same_year if same_year > here or (same_year == here and not strict) else same_year + 4
        return best // 4
    return year
