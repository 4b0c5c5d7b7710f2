"""The regex grammar of English temporal expressions, compiled once at import.

Each :class:`Rule` matches one family of TIMEX3 expressions and names the
normalizer that turns its named groups into a value (``normalize.HANDLERS``).
Extents follow TimeML (TempEval-3): the leading preposition is left out
("on Monday" -> "Monday", "for three years" -> "three years"), determiners
and modifiers are kept ("the past three months", "early next year").

Month and weekday names are matched case-sensitively (``May`` the month,
not ``may`` the modal); everything else ignores case. Overlapping matches
are resolved by the extractor (longest wins), so rules may overlap freely.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsparse_dates.lexicon import MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, WEEKDAYS


def _cased(words) -> str:
    """Title-case and upper-case alternatives, case-sensitive inside an ignore-case pattern."""
    forms = sorted({w.title() for w in words} | {w.upper() for w in words}, key=len, reverse=True)
    return "(?-i:" + _by_first_letter(forms, fold=False) + ")"


def _by_first_letter(words: list[str], fold: bool = True) -> str:
    """An alternation of literal ``words`` grouped by first letter, same match as ``a|b|c``.

    ``re`` tries every branch of a flat alternation at every word start; grouped,
    it tries one letter per group and enters a single group (the trigger scan
    became about 4x cheaper, the ``duration`` rule about 40%). Order inside a
    group is kept and words of different groups cannot match at the same
    place, so the branches that match are tried in the same order, backtracking
    included: the match is unchanged. ``words`` are literals: lower-case ones
    for an ignore-case pattern (``fold``), or grouped by their exact first
    letter (``fold=False``) inside a case-sensitive one.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower() if fold else word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


MONTH_FULL = _cased(MONTHS)
MONTH_ABBR = _cased(MONTH_ABBREVIATIONS)
#: A month name, or an abbreviation with its dot (``Sept.``) or before a day number (``Sept 30``).
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.|{MONTH_ABBR}(?=\s+\d))"
WEEKDAY = _cased(WEEKDAYS)
YEAR = r"(?<![\d$£€.,])(?:1[6-9]|20)\d\d(?![\d%]|,\d|\.\d|-\d)"
_UNITS_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORDS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_YEAR = (
    rf"(?:nineteen|twenty)[- ](?:hundred"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_UNITS_WORDS})?|{_TEENS_WORDS})"
    rf"|(?:the )?year two thousand(?:(?: and)?[- ](?:{_UNITS_WORDS}|{_TEENS_WORDS}|twenty(?:[- ]{_UNITS_WORDS})?))?"
    rf"|two thousand(?: and)?[- ](?:{_UNITS_WORDS}|{_TEENS_WORDS}|twenty(?:[- ]{_UNITS_WORDS})?)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_NUMBER_WORDS = _by_first_letter(NUMBER_WORDS.split("|"))
NUMBER = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{_NUMBER_WORDS}(?:[- ](?:and[- ])?{_NUMBER_WORDS})*"
    r"|an? (?:hundred|thousand|dozen)|several|a few|a couple of|a couple|couple of|few|many|an?)"
)
UNIT = r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|centurie)"
UNIT_PLURAL = rf"{UNIT}s?"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
APPROX = _by_first_letter(
    "about|around|nearly|almost|roughly|approximately|some|more than|less than|at least|at most|up to|"
    "no more than|under|just|another|an additional|fewer than|upwards of|the better part of".split("|")
)
SPAN_DET = (
    r"(?:the (?:past|last|next|first|previous|following|coming|latest|final|remaining|initial|ensuing)"
    r"|(?:each of )?the past)"
)
CLOCK = (
    r"(?:(?:about|around|approximately|shortly (?:before|after)|just (?:before|after))\s+)?"
    r"(?:(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    r"(?:\s+(?P<zone>[ECMP][SD]T|GMT|UTC|ET|BST|CET))?|(?P<noon>noon|midnight|midday))"
)
REL = (
    r"(?:this past|this coming|the past|the last|the previous|the next|the coming|the following|the current|"
    r"the same|the latest|the most recent|last|next|this|that|current|previous|coming|past)"
)
EDGE = (
    r"(?:early|earlier|late|later|mid-?|the (?:end|beginning|start|middle|first half|second half|last half|rest) of"
    r"|(?:the )?(?:end|start|beginning) of)"
)
QUARTER_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"


class Rule(NamedTuple):
    """One family of expressions: its name (the normalizer key) and compiled pattern.

    ``needs``: lower-case strings of which any match must contain one; a text
    containing none of them skips the rule (a substring test costs far less
    than a regex scan), ``()`` runs it always. ``guard``: a pattern every
    match contains, found in the lower-cased window, when a literal is too
    loose (``day`` is in every ``Monday``; a duration's unit follows a space
    or a hyphen); read only in texts without :data:`FOLD_TRAPS`.
    """

    name: str
    pattern: re.Pattern[str]
    needs: tuple[str, ...] = ()
    guard: re.Pattern[str] | None = None


_MONTH_WORDS = tuple(MONTHS) + tuple(MONTH_ABBREVIATIONS)
_WEEKDAY_WORDS = tuple(WEEKDAYS)
_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "centur")
_SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter")
#: What every match of the ``year`` rule contains: a year's first two digits (``1[6-9]``, ``20``), or
#: a piece of a spelled year (``nineteen``, ``twenty``, ``two thousand``) without ``i`` or ``s``, which
#: also match ``ı``, ``İ`` and ``ſ`` when case is ignored, while a substring test is exact.
_YEAR_WORDS = ("16", "17", "18", "19", "20", "teen", "twenty", "thou")
_NEEDS = {
    # Each tuple is read off its rule's pattern (a literal every match must contain):
    # the tighter it is, the fewer windows run the rule, same matches.
    "iso": ("-0", "-1"),  # the month's first digit, [01], after its hyphen
    "numeric": ("/18", "/19", "/20", ".18", ".19", ".20"),  # the second separator, then the year's first digits
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month": tuple(MONTHS),
    "night_of": ("night",),
    "weekday": _WEEKDAY_WORDS,
    "deictic": ("yesterday", "today", "tomorrow", "tonight"),
    "part_of_day": ("morning", "afternoon", "evening", "night"),
    "clock": ("am", "a.m", "pm", "p.m", "noon", "midnight", "midday"),
    "clock24": (":0", ":1", ":2", ":3", ":4", ":5"),  # the colon, then the minutes' first digit, [0-5]
    "mid_afternoon": ("morning", "afternoon", "evening"),
    "relative": _UNIT_WORDS + _SEASON_WORDS,
    "the_weekend": ("weekend",),
    "year_end": ("end",),
    "ago": ("ago", "earlier", "from now", "hence"),
    "duration": _UNIT_WORDS,
    "vague_span": _UNIT_WORDS,
    "bare_plural": ("for ",),
    "quarter": ("quarter",),
    "the_quarter": ("quarter", "period"),
    "year_period": ("period", "quarter"),
    "the_year": ("year",),
    "year": _YEAR_WORDS,
    "year_ago_period": ("year-ago", "year-earlier"),
    "decade": ("0s", "0's", "ties"),
    "century": ("century",),
    "season": _SEASON_WORDS,
    "season_year": _SEASON_WORDS,
    "vague": (
        "now",
        "current",
        "recent",
        "lately",
        "these days",
        "moment",
        "present",
        "past",
        "future",
        "term",
        "soon",
        "time being",
        "later date",
        "some point",
    ),
    "set": (
        "every",
        "each",
        "per ",
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "hourly",
        "nightly",
        "once",
        "twice",
        "times",
    ),
}


#: Each read off its rule's pattern: the unit words (as in ``_NEEDS``) and what the pattern puts before them.
_GUARDS = {
    "duration": rf"[\s-](?:{'|'.join(_UNIT_WORDS)})",  # (?P<num>...)[\s-](?P<unit>...)
    "vague_span": r"\s(?:year|month|week|day|decade|quarter)",  # \s+(?P<unit>years|months|...)
    "relative": r"\s(?:week|month|year|quarter|decade|centur|spring|summer|fall|autumn|winter)",  # \s+(?P<unit>...)
}


def _rule(name: str, pattern: str) -> Rule:
    compiled = re.compile(rf"(?<![\w'-])(?:{pattern})(?![\w-])", re.IGNORECASE)
    guard = _GUARDS.get(name)
    return Rule(name, compiled, _NEEDS.get(name, ()), re.compile(guard) if guard else None)


RULES: tuple[Rule, ...] = (
    _rule(
        "iso",
        r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
        r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?",
    ),
    _rule(
        "numeric",
        r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:1[89]|20)\d\d)"
        r"(?:,?\s+(?:at\s+)?(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?",
    ),
    _rule(
        "month_day",
        rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?P<month>{MONTH})\s+(?P<day>{DAY})"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
    ),
    _rule(
        "day_month",
        rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
    ),
    _rule(
        "month_year",
        rf"(?:(?P<edge>{EDGE})\s*)?(?P<month>{MONTH_FULL}|{MONTH_ABBR}\.)(?:,?\s+(?:of\s+)?(?P<year>{YEAR})|\s+(?P<spelled>{SPELLED_YEAR}))",
    ),
    _rule(
        "month",
        rf"(?:(?P<rel>last|next|this|this past|this coming|{EDGE})\s*)?(?P<month>{MONTH_FULL})"
        r"(?:\s+(?P<yrel>this|last|next) year)?",
    ),
    _rule(
        "night_of",
        rf"(?:the\s+)?night\s+(?:of|from)\s+(?P<weekday>{WEEKDAY})\s+(?:to|into|until)\s+(?P<weekday2>{WEEKDAY})",
    ),
    _rule(
        "weekday",
        rf"(?:(?P<rel>last|next|this|this coming|this past|the previous|the following"
        rf"|coming|early|late|earlier|later)\s+)?"
        rf"(?P<weekday>{WEEKDAY})(?P<plural>s)?(?:\s+(?P<pod>{PART_OF_DAY}s?))?",
    ),
    _rule(
        "deictic",
        rf"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<word>yesterday|today|tomorrow|tonight)"
        rf"(?:\s+(?P<pod>{PART_OF_DAY}))?",
    ),
    _rule(
        "part_of_day",
        rf"(?:(?P<edge>early|late|earlier|later)\s+)?(?:(?P<ref>this|last|yesterday|tomorrow|the)\s+)?(?P<pod>{PART_OF_DAY}|mid-?afternoon|overnight)"
        r"(?:\s+(?P<ref2>yesterday|today|tomorrow))?",
    ),
    _rule("clock", CLOCK),
    _rule(
        "mid_afternoon",
        r"(?P<edge>mid|late|early)[- ]?(?P<pod>afternoon|morning|evening)(?:\s+(?P<ref2>yesterday|today|tomorrow))?",
    ),
    _rule(
        "clock24",
        r"(?<=\bat )(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
        r"(?:\s*(?P<zone>GMT|UTC|CET|BST|local time|h))?",
    ),
    _rule(
        "relative",
        rf"(?:(?P<edge>{EDGE})\s+)?(?P<rel>{REL})\s+(?P<fiscal>fiscal\s+)?"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)",
    ),
    _rule("the_weekend", r"the weekend"),
    _rule(
        "year_end",
        r"(?:(?:around|at)\s+)?(?:the end of the (?P<u1>year|month|week)|year[- ]end|year's end|(?P<u2>month)[- ]end)",
    ),
    _rule(
        "ago",
        rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<num>{NUMBER})\s+(?P<unit>{UNIT_PLURAL})"
        rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from now|hence)"
        rf"|(?P<unit2>{UNIT}s)\s+ago)",
    ),
    _rule(
        "duration",
        rf"(?:(?P<approx>(?:{APPROX}\s+)?{SPAN_DET}|{APPROX}|the)\s+)?(?:(?P<low>{NUMBER})\s+(?:to|or)\s+)?(?P<num>{NUMBER})(?:\s+(?:more|full|long))?"
        rf"[\s-](?P<unit>{UNIT_PLURAL})(?P<old>-old)?(?:\s+or\s+so)?",
    ),
    _rule(
        "vague_span",
        r"(?:(?P<det>recent|the coming|coming|the (?:past|last) (?:few|several)|the next (?:few|several)|past|the)\s+)"
        r"(?P<unit>years|months|weeks|days|decades|quarters)(?P<ahead>\s+ahead)?",
    ),
    _rule("bare_plural", r"(?<=\bfor )(?P<unit>years|months|weeks|days|decades|centuries|hours)"),
    _rule(
        "quarter",
        rf"(?:(?P<owner>this year's|last year's|next year's|the|this)\s+"
        rf"(?=[\w' -]*?{QUARTER_ORD}\s+(?:fiscal\s+)?quarter))?"
        r"(?:(?P<flat>flat|strong|weak|disappointing)\s+)?"
        r"(?:(?P<yref>(?:comparable\s+|corresponding\s+)?(?:year-ago|year-earlier|year ago|(?:19|20)\d\d))\s+)?"
        rf"(?P<fiscal>fiscal[- ]?)?(?P<ord>{QUARTER_ORD})[- ](?:fiscal\s+)?quarter"
        rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<yrel>last|this|next) year))?",
    ),
    _rule(
        "the_quarter",
        r"(?P<owner>the|its|this|that|the latest|the most recent|the year-ago|the year-earlier|year-ago|year-earlier|"
        r"the comparable year-ago|the comparable|the same)\s+(?:fiscal\s+)?(?P<what>quarter|period)"
        r"(?P<ago>\s+a year (?:ago|earlier))?",
    ),
    _rule("year_period", rf"(?:the\s+)?(?P<year>{YEAR})\s+(?:fiscal\s+)?(?P<what>period|quarter)"),
    _rule("the_year", r"the (?:(?P<kind>full|fiscal|calendar|latest fiscal|current fiscal|entire|whole)\s+)?year"),
    _rule(
        "year_ago_period",
        r"(?:the\s+)?(?:comparable\s+)?(?P<yref>year-ago|year-earlier)\s+(?P<what>period|quarter)|(?P<yref2>year-ago|year-earlier)",
    ),
    _rule(
        "year",
        rf"(?:(?P<edge>{EDGE}|fiscal|calendar|FY)\s*)?(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR}))"
        r"(?P<later>\s+or\s+(?:later|beyond|earlier|before|after)|\s+and\s+beyond)?",
    ),
    _rule(
        "decade",
        r"(?:the\s+)?(?:(?P<edge>early|mid-?|late|last half of the|first half of the)\s*)?"
        r"(?:(?P<century>1[5-9]|20)(?P<decade>\d)0'?s|'(?P<short>\d)0s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
    ),
    _rule(
        "century",
        r"(?:the\s+)?(?:(?P<edge>early|mid-?|late)\s*)?"
        r"(?:(?P<ord>\d{1,2})(?:st|nd|rd|th)|(?P<word>eighteenth|nineteenth|twentieth|twenty-first))[- ]century",
    ),
    _rule(
        "season",
        r"(?:(?P<rel>this past|this coming|the early|the late|this|last|next|the"
        r"|early|late|mid-?|the coming|the past)\s*)"
        r"(?P<season>spring|summer|fall|autumn|winter)(?:\s+of\s+(?:(?P<year>\d{4})|(?P<spelled>"
        + SPELLED_YEAR
        + r")))?",
    ),
    _rule("season_year", r"(?P<season>spring|summer|fall|autumn|winter)\s+(?P<year>(?:19|20)\d\d)"),
    _rule(
        "vague",
        r"(?P<word>right now|just now|now|currently|more recently|recently|lately|nowadays|these days|"
        r"the moment|the present|the past|the future|the near future|the near term|the short term|the long term|"
        r"soon|the time being|a later date|some point)",
    ),
    _rule(
        "set",
        rf"(?:(?P<q>every|each|per)\s+(?:(?P<n>{NUMBER}|other)\s+)?(?P<unit>{UNIT_PLURAL}|{WEEKDAY}|{MONTH_FULL}|{PART_OF_DAY})"
        r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly)"
        rf"|(?P<times>once|twice|three times|four times|\d+ times)\s+(?:a|an|per|each|every)\s+(?P<unit2>{UNIT}))",
    ),
)


_TRIGGER_WORDS = (
    sorted(set(MONTHS) | set(MONTH_ABBREVIATIONS) | set(WEEKDAYS), key=len, reverse=True)
    + "second|minute|hour|day|night|week|month|quarter|year|decade|centur|spring|summer|fall|autumn|winter"
    "|morning|afternoon|evening|noon|midnight|midday|yesterday|today|tomorrow|tonight|overnight"
    "|now|current|recent|lately|nowadays|soon|present|moment|past|future|term|time being|later date|point"
    "|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|period|year-|fiscal"
    "|nineteen|twenty|thirties|forties|fifties|sixties|seventies|eighties|nineties|two thousand".split("|")
)


#: Words one of which every temporal expression contains. The extractor runs the
#: rules only in windows around these, so text without them costs one scan.
TRIGGER = re.compile(r"\d+|(?<![\w])" + _by_first_letter(_TRIGGER_WORDS), re.IGNORECASE)
#: The same pattern without IGNORECASE, for a text already in lower case (its words are all lower case).
#: An ignore-case scan compares every letter in both cases at every position; this one is about a third
#: cheaper and finds the same matches, unless the text holds a :data:`FOLD_TRAPS` character.
TRIGGER_LOWER = re.compile(TRIGGER.pattern)
#: The characters for which ``re``'s case folding and ``str.lower`` disagree on the pattern's letters,
#: digits and ``\w``: ``İ`` (lower-cased to two characters), ``ı`` and ``ſ`` (matched as ``i`` and ``s``
#: ignoring case, left as they are by ``lower``). ``tests/test_dates_needs.py`` checks every code point.
FOLD_TRAPS = re.compile("[\u0130\u0131\u017f]")
#: How far an expression may reach left and right of its trigger word, in characters.
WINDOW_BEFORE, WINDOW_AFTER = 70, 45
