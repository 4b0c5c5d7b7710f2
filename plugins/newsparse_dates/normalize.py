"""TIMEX3 normalization: a matched expression plus its anchor and tense -> type and value.

One handler per grammar rule (``HANDLERS[rule.name]``). A handler reads the
match's named groups and a :class:`Context` (the anchor date, the tense
around the expression, computed only when asked for, and what earlier
mentions established) and returns a :class:`Timex`, or ``None`` to reject
the match (a bare "a year" that is neither a duration nor a frequency).

Values follow TimeML / TempEval-3: ``2023-06-19``, ``2023-06``, ``2023-W24``,
``2023-W24-WE``, ``2023-Q2``, ``2023-SU``, ``2023``, ``202`` (decade),
``20`` (century), ``2023-06-19TNI``, ``2023-06-20T17:32:23``, ``P3Y``,
``PT2H``, ``PXY``, ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, and for
SETs ``P1W`` / ``XXXX-WXX-4``. Without an anchor (no publication date)
relative expressions get underspecified values (``XXXX-11``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from newsparse_dates import timeline as tl
from newsparse_dates.lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    month_number,
    parse_number,
    spelled_year,
    weekday_number,
)
from newsparse_dates.tense import FUTURE, PAST


class Timex(NamedTuple):
    """A normalized expression: TIMEX3 type and value, granularity, and the anchor it was resolved against."""

    type: str
    value: str
    granularity: str
    anchor: str | None = None


class Context:
    """What a handler may consult about the expression being normalized.

    ``tense`` is computed lazily: most expressions (absolute dates,
    durations) never need it, and parsing the tree costs time.
    """

    def __init__(
        self,
        anchor: dt.datetime | None,
        tense: Callable[[], int | None],
        day_first: bool | None = None,
        last_quarter: tuple[int, int] | None = None,
        reference: dt.date | None = None,
        before: str = "",
        after: str = "",
        narrative: dt.date | None = None,
    ) -> None:
        self.anchor_time = anchor
        self.anchor = anchor.date() if anchor is not None else None
        self._tense = tense
        self._tense_value: int | None = None
        self._tense_known = False
        self.day_first = day_first
        self.last_quarter = last_quarter
        self.reference = reference
        self.before = before  # a few characters of text before the match
        self.after = after  # and after it
        self.narrative = narrative  # the last absolute date the text gave ("the following year")

    @property
    def tense(self) -> int | None:
        if not self._tense_known:
            self._tense_value = self._tense()
            self._tense_known = True
        return self._tense_value

    @property
    def anchor_value(self) -> str | None:
        return self.anchor.isoformat() if self.anchor is not None else None

    def direction(self, default: int = 0) -> int:
        """-1 / 0 / +1 from the tense; present tense counts as ``default``."""
        tense = self.tense
        if tense == PAST:
            return -1
        if tense == FUTURE:
            return 1
        return default


Handler = Callable[[re.Match[str], Context], Timex | None]
HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        HANDLERS[name] = function
        return function

    return register


def _g(match: re.Match[str], name: str) -> str | None:
    value = match.groupdict().get(name)
    return value.lower().strip() if value else None


def _req(match: re.Match[str], name: str) -> str:
    """A group the rule's pattern always fills, lower-cased and stripped (``_g`` for optional ones)."""
    value = _g(match, name)
    if value is None:
        raise ValueError(f"the rule matched without its {name!r} group")
    return value


def _clock(hour: str, minute: str | None, second: str | None = None) -> str:
    text = f"T{int(hour):02d}:{int(minute or 0):02d}"
    return text + (f":{int(second):02d}" if second else "")


def _year_of(text: str | None, spelled: str | None = None) -> int | None:
    if text:
        return int(text)
    if spelled:
        return spelled_year(spelled.replace("the year ", "").replace("year ", ""))
    return None


def _edge_words(edge: str | None) -> str | None:
    """The TIMEX3 ``mod`` a modifier stands for; kept in the granularity, not the value."""
    return edge


# -- absolute ---------------------------------------------------------------------


@handler("iso")
def _iso(match: re.Match[str], ctx: Context) -> Timex | None:
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    if match["hour"]:
        return Timex("TIME", day.isoformat() + _clock(match["hour"], match["minute"], match["second"]), "time")
    return Timex("DATE", day.isoformat(), "day")


@handler("numeric")
def _numeric(match: re.Match[str], ctx: Context) -> Timex | None:
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    if a > 12 or (ctx.day_first and b <= 12):
        day, month = a, b
    else:
        month, day = a, b
    try:
        date = dt.date(year, month, day)
    except ValueError:
        try:
            date = dt.date(year, day, month)
        except ValueError:
            return None
    if match["hour"]:
        return Timex("TIME", date.isoformat() + _clock(match["hour"], match["minute"], match["second"]), "time")
    return Timex("DATE", date.isoformat(), "day")


def _dated(ctx: Context, month: int, day: int, year: int | None) -> tuple[dt.date | None, str | None]:
    if year is not None:
        try:
            return dt.date(year, month, day), None
        except ValueError:
            return None, None
    if ctx.anchor is None:
        return None, None
    return tl.place_day(ctx.anchor, month, day, ctx.direction()), ctx.anchor_value


def _month_day(match: re.Match[str], ctx: Context) -> Timex | None:
    month = month_number(match["month"])
    day = int(re.match(r"\d+", match["day"])[0])  # type: ignore[index]  # the pattern's day starts with digits
    year = _year_of(match["year"])
    if month is None:
        return None
    date, anchor = _dated(ctx, month, day, year)
    if date is None:
        if year is None and ctx.anchor is None:
            return Timex("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
        return None
    return Timex("DATE", date.isoformat(), "day", anchor)


HANDLERS["month_day"] = _month_day
HANDLERS["day_month"] = _month_day


@handler("month_year")
def _month_year(match: re.Match[str], ctx: Context) -> Timex | None:
    month = month_number(match["month"])
    year = _year_of(match["year"], match["spelled"])
    if month is None or year is None:
        return None
    return Timex("DATE", tl.month_value(year, month), "month")


@handler("month")
def _month(match: re.Match[str], ctx: Context) -> Timex | None:
    month = month_number(match["month"])
    if month is None:
        return None
    rel, yrel = _g(match, "rel"), _g(match, "yrel")
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}", "month")
    if yrel:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[yrel]
    elif rel in ("last", "this past"):
        # "last February" said in March is a year back: last month would be "last month"
        year = ctx.anchor.year if month < ctx.anchor.month - 1 else ctx.anchor.year - 1
    elif rel in ("next", "this coming"):
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    elif rel == "this":
        year = ctx.anchor.year
    else:
        year = tl.place_month(ctx.anchor, month, ctx.direction())
    return Timex("DATE", tl.month_value(year, month), "month", ctx.anchor_value)


# -- weekdays, days, times of day ------------------------------------------------------


def _weekday_date(ctx: Context, weekday: int, rel: str | None) -> dt.date:
    assert ctx.anchor is not None
    if rel in ("last", "this past", "the previous"):
        return tl.weekday_strict(ctx.anchor, weekday, -1)
    if rel in ("next", "this coming", "coming", "the following"):
        return tl.weekday_strict(ctx.anchor, weekday, 1)
    # news reports mostly look back: only an explicit future places a bare weekday ahead
    return tl.place_weekday(ctx.anchor, weekday, 1 if ctx.tense == FUTURE else -1)


@handler("weekday")
def _weekday(match: re.Match[str], ctx: Context) -> Timex | None:
    weekday = weekday_number(match["weekday"])
    if weekday is None:
        return None
    rel, pod = _g(match, "rel"), _g(match, "pod")
    pod_code = PARTS_OF_DAY.get(pod.rstrip("s")) if pod else None
    if match["plural"] or (pod and pod.endswith("s")):
        return Timex("SET", f"XXXX-WXX-{weekday}" + (f"T{pod_code}" if pod_code else ""), "set")
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-WXX-{weekday}", "day")
    date = _weekday_date(ctx, weekday, rel)
    if pod_code:
        return Timex("TIME", f"{date.isoformat()}T{pod_code}", "part-of-day", ctx.anchor_value)
    return Timex("DATE", date.isoformat(), "day", ctx.anchor_value)


@handler("night_of")
def _night_of(match: re.Match[str], ctx: Context) -> Timex | None:
    """ "the night of Monday to Tuesday": the night that begins on the Monday, dated by that Monday."""
    weekday = weekday_number(match["weekday"])
    if weekday is None:
        return None
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-WXX-{weekday}", "day")
    return Timex("DATE", _weekday_date(ctx, weekday, None).isoformat(), "day", ctx.anchor_value)


_DEICTIC_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


@handler("deictic")
def _deictic(match: re.Match[str], ctx: Context) -> Timex | None:
    word, pod = _req(match, "word"), _g(match, "pod")
    if ctx.anchor is None:
        return Timex("DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX", "day")
    date = (ctx.anchor + dt.timedelta(days=_DEICTIC_SHIFT[word])).isoformat()
    if word == "tonight":
        pod = "night"
    if pod:
        return Timex("TIME", f"{date}T{PARTS_OF_DAY[pod]}", "part-of-day", ctx.anchor_value)
    return Timex("DATE", date, "day", ctx.anchor_value)


@handler("part_of_day")
def _part_of_day(match: re.Match[str], ctx: Context) -> Timex | None:
    ref, ref2, pod = _g(match, "ref"), _g(match, "ref2"), _req(match, "pod")
    if ref is None and ref2 is None and pod != "overnight" and not match["edge"]:
        return None  # a bare "morning" is not anchored to anything
    code = PARTS_OF_DAY.get(pod.replace("mid-", "mid-").strip(), "AF" if "afternoon" in pod else "NI")
    if ctx.anchor is None:
        return Timex("TIME", f"XXXX-XX-XXT{code}", "part-of-day")
    shift = (
        -1 if (ref == "last" or ref == "yesterday" or ref2 == "yesterday") else 1 if "tomorrow" in (ref, ref2) else 0
    )
    date = ctx.anchor + dt.timedelta(days=shift)
    return Timex("TIME", f"{date.isoformat()}T{code}", "part-of-day", ctx.anchor_value)


@handler("clock")
def _clock_time(match: re.Match[str], ctx: Context) -> Timex | None:
    if match["noon"]:
        hour, minute = (12, 0) if match["noon"].lower() in ("noon", "midday") else (24, 0)
    else:
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if hour > 12 or hour == 0:
            return None
        pm = match["ampm"].lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    day = ctx.anchor.isoformat() if ctx.anchor is not None else "XXXX-XX-XX"
    return Timex("TIME", f"{day}T{hour:02d}:{minute:02d}", "clock", ctx.anchor_value)


@handler("clock24")
def _clock24(match: re.Match[str], ctx: Context) -> Timex | None:
    day = ctx.anchor.isoformat() if ctx.anchor is not None else "XXXX-XX-XX"
    return Timex("TIME", day + _clock(match["hour"], match["minute"], match["second"]), "clock", ctx.anchor_value)


# -- relative units ---------------------------------------------------------------------

_REL_SHIFT = {
    "last": -1,
    "the last": -1,
    "the past": -1,
    "past": -1,
    "previous": -1,
    "the previous": -1,
    "this past": -1,
    "the most recent": -1,
    "the latest": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "coming": 1,
    "this coming": 1,
    "the following": 1,
    "this": 0,
    "the current": 0,
    "current": 0,
    "the same": 0,
    "that": 0,
}


def _unit_value(anchor: dt.date, unit: str, shift: int) -> tuple[str, str]:
    """Value and granularity of the ``unit`` containing ``anchor``, shifted ``shift`` units."""
    if unit == "week":
        return tl.week_value(anchor, shift), "week"
    if unit == "weekend":
        return tl.week_value(anchor, shift) + "-WE", "weekend"
    if unit == "month":
        return tl.month_value(*tl.shift_month(anchor.year, anchor.month, shift)), "month"
    if unit == "quarter":
        year, quarter = tl.shift_quarter(anchor.year, tl.quarter_of(anchor), shift)
        return f"{year}-Q{quarter}", "quarter"
    if unit == "decade":
        return str(anchor.year // 10 + shift), "decade"
    if unit == "century":
        return str(anchor.year // 100 + shift), "century"
    return str(anchor.year + shift), "year"


@handler("relative")
def _relative(match: re.Match[str], ctx: Context) -> Timex | None:
    rel, unit = _g(match, "rel"), _req(match, "unit")
    if match["unit"][0].isupper() and not match["unit"].isupper():
        return None  # "This Week" mid-sentence is a title (a TV programme), not a week
    if rel in ("that", "the same", "the following", "the previous") and unit in ("year", "month"):
        # anaphoric: relative to the narrative's last absolute date, not the publication date
        if ctx.narrative is None:
            return None if rel in ("that", "the same") else Timex("DATE", "XXXX" if unit == "year" else "XXXX-XX", unit)
        shift = {"the following": 1, "the previous": -1}.get(rel, 0)
        value, granularity = _unit_value(ctx.narrative, unit, shift)
        return Timex("DATE", value, granularity, ctx.narrative.isoformat())
    if rel in ("that", "the same"):
        return None
    if unit in SEASONS:
        return _season_value(ctx, SEASONS[unit], rel)
    if ctx.anchor is None:
        return Timex("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX"), unit)
    shift = _REL_SHIFT.get(rel, 0) if rel is not None else 0
    if unit == "weekend":
        if shift == 0:
            return Timex("DATE", tl.weekend_value(ctx.anchor, ctx.direction(default=1)), "weekend", ctx.anchor_value)
        value = tl.weekend_value(ctx.anchor, -1) if shift < 0 else tl.week_value(ctx.anchor, 1) + "-WE"
        return Timex("DATE", value, "weekend", ctx.anchor_value)
    if unit == "quarter" and rel in ("the latest", "the most recent"):
        shift = -1
    value, granularity = _unit_value(ctx.anchor, unit, shift)
    return Timex("DATE", value, granularity, ctx.anchor_value)


@handler("the_weekend")
def _the_weekend(match: re.Match[str], ctx: Context) -> Timex | None:
    if ctx.anchor is None:
        return Timex("DATE", "XXXX-WXX-WE", "weekend")
    return Timex("DATE", tl.weekend_value(ctx.anchor, ctx.direction(default=-1)), "weekend", ctx.anchor_value)


@handler("year_end")
def _year_end(match: re.Match[str], ctx: Context) -> Timex | None:
    unit = _g(match, "u1") or _g(match, "u2") or "year"
    if ctx.anchor is None:
        return Timex("DATE", "XXXX", unit)
    value, granularity = _unit_value(ctx.anchor, unit, 0)
    return Timex("DATE", value, granularity, ctx.anchor_value)


def _unit_key(unit: str) -> str:
    unit = unit.lower()
    unit = UNIT_PLURALS.get(unit, unit)
    if unit.endswith("ies"):
        unit = unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") and unit[:-1] in UNITS else unit


_FRACTIONS = {"year": (12, "M", False), "day": (24, "H", True), "hour": (60, "M", True)}


def _duration_value(quantity: float | None, unit: str) -> str:
    """``P3Y``, ``PT2H``, ``PXD`` (vague), ``P2Y6M`` (2 1/2 years); decades and centuries in years."""
    letter, is_time = UNITS[unit]
    if unit in ("decade", "century"):
        if quantity is None:
            return "PX" + letter
        letter, quantity = "Y", quantity * (10 if unit == "decade" else 100)
    if quantity is None:
        return ("PT" if is_time else "P") + "X" + letter
    whole = int(quantity)
    if quantity != whole and unit in _FRACTIONS:
        factor, sub, sub_is_time = _FRACTIONS[unit]
        rest = int(round((quantity - whole) * factor))
        head = ("PT" if is_time else "P") + (f"{whole}{letter}" if whole else "")
        return head + ("T" if sub_is_time and not is_time else "") + f"{rest}{sub}"
    amount = str(whole) if quantity == whole else f"{quantity:g}"
    return ("PT" if is_time else "P") + amount + letter


def _shift_date(anchor: dt.date, quantity: float, unit: str, sign: int) -> tuple[str, str] | None:
    """``anchor`` moved ``quantity`` units back (``sign=-1``) or forward, at the unit's granularity."""
    amount = int(quantity) * sign
    if unit in ("day", "night"):
        return (anchor + dt.timedelta(days=amount)).isoformat(), "day"
    if unit == "week":
        return (anchor + dt.timedelta(weeks=amount)).isoformat(), "day"
    if unit == "month":
        return tl.month_value(*tl.shift_month(anchor.year, anchor.month, amount)), "month"
    if unit == "quarter":
        year, quarter = tl.shift_quarter(anchor.year, tl.quarter_of(anchor), amount)
        return f"{year}-Q{quarter}", "quarter"
    if unit == "year":
        return str(anchor.year + amount), "year"
    if unit == "decade":
        return str((anchor.year + 10 * amount) // 10), "decade"
    if unit == "century":
        return str((anchor.year + 100 * amount) // 100), "century"
    return None


@handler("ago")
def _ago(match: re.Match[str], ctx: Context) -> Timex | None:
    if match["unit2"]:
        return Timex("DATE", "PAST_REF", "ref", ctx.anchor_value)  # "months ago"
    unit = _unit_key(match["unit"])
    if unit not in UNITS or unit == "weekend":
        return None
    direction = _g(match, "dir")
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    num = _g(match, "num")
    quantity = parse_number(num) if num else None
    if quantity is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ref", ctx.anchor_value)
    if direction in ("before", "after") and ctx.reference is None:
        return Timex("DURATION", _duration_value(quantity, unit), "duration")
    # "a year earlier" in an earnings report means the same quarter a year before
    if unit == "year" and quantity == 1 and ctx.last_quarter is not None and direction in ("ago", "earlier"):
        year, quarter = ctx.last_quarter
        return Timex("DATE", f"{year - 1}-Q{quarter}", "quarter", f"{year}-Q{quarter}")
    base = ctx.anchor if direction in ("ago", "from now", "hence") else (ctx.reference or ctx.anchor)
    if base is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ref")
    if UNITS[unit][1]:
        moved = (ctx.anchor_time or dt.datetime.combine(base, dt.time())) + sign * _timedelta(quantity, unit)
        return Timex("TIME", moved.strftime("%Y-%m-%dT%H:%M"), "time", ctx.anchor_value)
    shifted = _shift_date(base, quantity, unit, sign)
    if shifted is None:
        return None
    return Timex("DATE", shifted[0], shifted[1], base.isoformat())


def _timedelta(quantity: float, unit: str) -> dt.timedelta:
    return {"second": dt.timedelta(seconds=quantity), "minute": dt.timedelta(minutes=quantity)}.get(
        unit, dt.timedelta(hours=quantity)
    )


_DURATION_CUES = re.compile(
    r"(?:\b(?:for|within|over|in|after|about|nearly|almost|than|lasting|lasted|last|spent|took|take|takes|"
    r"past|next|first|least|most|up to|only|just|another|during|throughout)\s*)$",
    re.IGNORECASE,
)
_RATE_CUES = re.compile(r"(?:\d|\b(?:cents?|dollars?|euros?|pounds?|percent|times|twice|once))\s*$", re.IGNORECASE)


@handler("duration")
def _duration(match: re.Match[str], ctx: Context) -> Timex | None:
    unit = _unit_key(match["unit"])
    if unit not in UNITS or unit == "weekend":
        return None
    num = _g(match, "num")
    quantity = parse_number(num) if num and not match["low"] else None
    if num in ("a", "an") and not match["approx"]:
        if _RATE_CUES.search(ctx.before):
            return Timex("SET", f"P1{UNITS[unit][0]}" if not UNITS[unit][1] else f"PT1{UNITS[unit][0]}", "set")
        if not _DURATION_CUES.search(ctx.before):
            return None  # "a day to remember", "one day he..."
    if num == "one" and unit in ("day", "night") and not match["approx"] and not _DURATION_CUES.search(ctx.before):
        return None
    if re.match(r"\s+old\b", ctx.after):
        return None  # an age ("52 years old") is not a period of time in the story
    if unit == "quarter" and (re.match(r"\s+of\b", ctx.after) or "-quarter" in match.group().lower()):
        return None  # "three-quarters of voters", "a quarter of the budget" are fractions
    if quantity is not None and (quantity > 10000 or (quantity >= 1000 and not match["unit"].lower().endswith("s"))):
        return None  # "the 1988 quarter" is a dated quarter, not a 1988-quarter duration
    return Timex("DURATION", _duration_value(quantity, unit), "duration")


@handler("vague_span")
def _vague_span(match: re.Match[str], ctx: Context) -> Timex | None:
    det = _g(match, "det") or ""
    if det == "the" and not match["ahead"]:
        return None
    if match["ahead"] or "coming" in det or "next" in det:
        return Timex("DATE", "FUTURE_REF", "ref", ctx.anchor_value)
    unit = _unit_key(match["unit"])
    if det == "recent" and unit in ("day", "week", "month", "quarter"):
        # TimeML: "in recent weeks" is a stretch of time (PXW); "in recent years" a vague past
        return Timex("DURATION", _duration_value(None, unit), "duration")
    return Timex("DATE", "PAST_REF", "ref", ctx.anchor_value)


@handler("bare_plural")
def _bare_plural(match: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DURATION", _duration_value(None, _unit_key(match["unit"])), "duration")


# -- quarters ------------------------------------------------------------------------------


@handler("quarter")
def _quarter(match: re.Match[str], ctx: Context) -> Timex | None:
    quarter = ORDINALS[_req(match, "ord")]
    year = _year_of(match["year"])
    yref, yrel, owner = _g(match, "yref"), _g(match, "yrel"), _g(match, "owner") or ""
    if yref and yref[-4:].isdigit():
        year = int(yref[-4:])
    if year is None:
        if ctx.anchor is None:
            return Timex("DATE", f"XXXX-Q{quarter}", "quarter")
        rel_year = {"last year's": -1, "next year's": 1, "this year's": 0}.get(owner)
        if yrel:
            rel_year = {"last": -1, "next": 1, "this": 0}[yrel]
        if rel_year is not None:
            year = ctx.anchor.year + rel_year
        else:
            year = tl.place_quarter(ctx.anchor, quarter, ctx.direction())
        if yref and ("ago" in yref or "earlier" in yref):
            year -= 1
    return Timex("DATE", f"{year}-Q{quarter}", "quarter", ctx.anchor_value)


@handler("the_quarter")
def _the_quarter(match: re.Match[str], ctx: Context) -> Timex | None:
    """ "the quarter" in a results story is the quarter just reported: the last one, or the one in context."""
    owner = _g(match, "owner") or ""
    if _g(match, "what") == "period" and owner not in (
        "the latest",
        "the most recent",
        "the year-ago",
        "the year-earlier",
        "the comparable year-ago",
        "year-ago",
        "year-earlier",
    ):
        return None  # "the period" alone is anaphoric to anything
    if ctx.last_quarter is not None:
        year, quarter = ctx.last_quarter
    elif ctx.anchor is not None:
        shift = 0 if owner in ("this", "the current") else -1
        year, quarter = tl.shift_quarter(ctx.anchor.year, tl.quarter_of(ctx.anchor), shift)
    else:
        return Timex("DATE", "XXXX-QX", "quarter")
    if "year-ago" in owner or "year-earlier" in owner or match["ago"]:
        year -= 1
    return Timex("DATE", f"{year}-Q{quarter}", "quarter", ctx.anchor_value)


@handler("year_ago_period")
def _year_ago_period(match: re.Match[str], ctx: Context) -> Timex | None:
    """ "the year-ago period": the quarter in context (else the last completed one), a year back."""
    if ctx.last_quarter is not None:
        year, quarter = ctx.last_quarter
        return Timex("DATE", f"{year - 1}-Q{quarter}", "quarter", ctx.anchor_value)
    if ctx.anchor is None:
        return None
    if match["what"]:
        year, quarter = tl.shift_quarter(ctx.anchor.year - 1, tl.quarter_of(ctx.anchor), -1)
        return Timex("DATE", f"{year}-Q{quarter}", "quarter", ctx.anchor_value)
    return Timex("DATE", str(ctx.anchor.year - 1), "year", ctx.anchor_value)


@handler("year_period")
def _year_period(match: re.Match[str], ctx: Context) -> Timex | None:
    """ "the 1988 period" in a results story: the quarter in context, in that year."""
    year = int(match["year"])
    if ctx.last_quarter is not None:
        return Timex("DATE", f"{year}-Q{ctx.last_quarter[1]}", "quarter", ctx.anchor_value)
    return Timex("DATE", str(year), "year")


_YEAR_CUES = re.compile(r"\b(?:for|in|during|throughout|of|over)\s*$", re.IGNORECASE)


@handler("the_year")
def _the_year(match: re.Match[str], ctx: Context) -> Timex | None:
    """ "the year ended June 30" is a duration; "for the (full) year" the current year."""
    kind = _g(match, "kind")
    if re.match(r"\s+end(?:ed|ing)\b", ctx.after):
        return Timex("DURATION", "P1Y", "duration")
    if kind is None and not _YEAR_CUES.search(ctx.before):
        return None
    if ctx.anchor is None:
        return Timex("DATE", "XXXX", "year")
    year = ctx.anchor.year - (1 if kind == "latest fiscal" else 0)
    return Timex("DATE", str(year), "year", ctx.anchor_value)


@handler("mid_afternoon")
def _mid_afternoon(match: re.Match[str], ctx: Context) -> Timex | None:
    code = PARTS_OF_DAY[_req(match, "pod")]
    if ctx.anchor is None:
        return Timex("TIME", f"XXXX-XX-XXT{code}", "part-of-day")
    ref = _g(match, "ref2")
    date = ctx.anchor + dt.timedelta(days=_DEICTIC_SHIFT.get(ref or "today", 0))
    return Timex("TIME", f"{date.isoformat()}T{code}", "part-of-day", ctx.anchor_value)


# -- years, decades, centuries, seasons --------------------------------------------------------


@handler("year")
def _year(match: re.Match[str], ctx: Context) -> Timex | None:
    year = _year_of(match["year"], match["spelled"])
    if year is None:
        return None
    edge = _g(match, "edge") or ""
    if "half of" in edge:
        return Timex("DATE", f"{year:04d}-H{1 if 'first' in edge else 2}", "half-year")
    return Timex("DATE", f"{year:04d}", "year")


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


@handler("decade")
def _decade(match: re.Match[str], ctx: Context) -> Timex | None:
    if match["century"]:
        return Timex("DATE", f"{match['century']}{match['decade']}", "decade")
    digit = int(match["short"]) if match["short"] else _DECADE_WORDS[_req(match, "word")]
    if not match["short"] and not match.group().lower().startswith("the"):
        return None  # "in his forties" is an age
    century = 19 if ctx.anchor is None or digit * 10 > ctx.anchor.year % 100 else ctx.anchor.year // 100
    return Timex("DATE", f"{century}{digit}", "decade")


_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@handler("century")
def _century(match: re.Match[str], ctx: Context) -> Timex | None:
    number = int(match["ord"]) if match["ord"] else _CENTURY_WORDS[_req(match, "word")]
    return Timex("DATE", f"{number - 1:02d}", "century")


def _season_value(ctx: Context, code: str, rel: str | None) -> Timex:
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-{code}", "season")
    rel = rel or ""
    if rel in ("last", "the past"):
        year = tl.place_season(ctx.anchor, code, -1, strict=True)
    elif rel in ("next", "the coming"):
        year = tl.place_season(ctx.anchor, code, 1, strict=True)
    elif rel == "this past":
        year = tl.place_season(ctx.anchor, code, -1)
    elif rel == "this coming":
        year = tl.place_season(ctx.anchor, code, 1)
    elif rel == "this":
        year = tl.season_index(ctx.anchor)[0]
    else:
        direction = ctx.direction()
        year = tl.place_season(ctx.anchor, code, direction) if direction else tl.season_index(ctx.anchor)[0]
    return Timex("DATE", f"{year}-{code}", "season", ctx.anchor_value)


@handler("season")
def _season(match: re.Match[str], ctx: Context) -> Timex | None:
    code = SEASONS[_req(match, "season")]
    year = _year_of(match["year"], match["spelled"])
    if year is not None:
        return Timex("DATE", f"{year}-{code}", "season")
    rel = _g(match, "rel")
    if rel in ("the early", "the late", "early", "late", "mid", "mid-", "the"):
        rel = None
    return _season_value(ctx, code, rel)


@handler("season_year")
def _season_year(match: re.Match[str], ctx: Context) -> Timex | None:
    return Timex("DATE", f"{match['year']}-{SEASONS[_req(match, 'season')]}", "season")


# -- vague references and sets ---------------------------------------------------------------------

_PRESENT = {
    "now",
    "right now",
    "just now",
    "currently",
    "nowadays",
    "these days",
    "the moment",
    "the present",
    "the time being",
}
_PAST = {"recently", "more recently", "lately", "the past"}
_FUTURE = {
    "the future",
    "the near future",
    "the near term",
    "the short term",
    "the long term",
    "soon",
    "a later date",
    "some point",
}


@handler("vague")
def _vague(match: re.Match[str], ctx: Context) -> Timex | None:
    word = _g(match, "word")
    if word == "soon" and (re.search(r"\bas\s*$", ctx.before) or re.match(r"\s+(?:after|before|as)\b", ctx.after)):
        return None  # "as soon as", "soon after being captured": relative to an event, not a time
    if word == "some point" and not re.search(r"\bat\s*$", ctx.before):
        return None
    if word in ("the moment", "the present", "the time being") and not re.search(r"\b(?:at|for)\s*$", ctx.before):
        return None
    if word == "some point":
        value = "FUTURE_REF" if ctx.direction(default=1) >= 0 else "PAST_REF"
    elif word in _PRESENT:
        value = "PRESENT_REF"
    elif word in _PAST:
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    return Timex("DATE", value, "ref", ctx.anchor_value)


_ADVERB_SETS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "bimonthly": "P2M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


@handler("set")
def _set(match: re.Match[str], ctx: Context) -> Timex | None:
    if match["adv"]:
        return Timex("SET", _ADVERB_SETS[_req(match, "adv")], "set")
    word = match["unit"] or match["unit2"]
    weekday = weekday_number(word)
    if weekday is not None:
        return Timex("SET", f"XXXX-WXX-{weekday}", "set")
    month = month_number(word)
    if month is not None:
        return Timex("SET", f"XXXX-{month:02d}", "set")
    if word.lower() in PARTS_OF_DAY:
        return Timex("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word.lower()]}", "set")
    unit = _unit_key(word)
    if unit not in UNITS:
        return None
    num = _g(match, "n")
    quantity = 2 if num == "other" else (parse_number(num) if num else 1)
    return Timex("SET", _duration_value(quantity, unit), "set")
