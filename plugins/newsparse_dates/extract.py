"""Find and normalize every temporal expression of a text.

Pipeline: every grammar rule scans the text (compiled regexes, no per-token
library calls); overlapping matches are resolved longest-first; matches the
NLP analysis shows are not temporal are dropped (``May`` the modal, ``2000
people``, ``the fall of Rome``); the rest are normalized in text order, so
that an earnings story's "a year earlier" can refer to the quarter just
mentioned; finally a clock time is joined to the day it belongs to
(``5 p.m. EST, Nov. 6``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from newsparse import Analysis, DateMention, Span
from newsparse_dates.normalize import HANDLERS, Context, Timex
from newsparse_dates.patterns import FOLD_TRAPS, RULES, TRIGGER, TRIGGER_LOWER, WINDOW_AFTER, WINDOW_BEFORE, Rule
from newsparse_dates.tense import tense_at

__all__ = ["extract_dates", "find_candidates", "resolve", "windows"]

_PRIORITY = {rule.name: index for index, rule in enumerate(RULES)}
_NOT_TEMPORAL_ENTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "LAW"})
_TEMPORAL_NOUNS = frozenset(
    {
        "period",
        "quarter",
        "season",
        "year",
        "election",
        "elections",
        "campaign",
        "budget",
        "summit",
        "census",
        "results",
        "earnings",
        "levels",
        "level",
        "figures",
        "report",
        "games",
        "olympics",
        "cup",
        "law",
        "act",
        "agreement",
        "accord",
        "crisis",
        "war",
        "model",
        "models",
        "edition",
        "fiscal",
        "class",
        "session",
        "term",
        "midterms",
        "primary",
        "primaries",
        "vote",
        "race",
        "contest",
        "tournament",
        "championship",
        "deadline",
        "plan",
        "target",
        "targets",
        "goal",
        "goals",
        "rate",
        "prices",
        "price",
        "sales",
        "profit",
        "loss",
        "version",
    }
)
_JOINABLE_GAP = re.compile(r"^\s*,?\s*(?:on\s+)?$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$|^XXXX-")


class Match(NamedTuple):
    start: int
    end: int
    rule: str
    match: re.Match[str]


_SPACE = re.compile(r"\s")


def triggers(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``TRIGGER`` in ``text`` (only their offsets are read).

    Found case-sensitively in the lower-cased text when that gives the same
    offsets (the same length, no :data:`FOLD_TRAPS` character): the cheaper scan.
    """
    if FOLD_TRAPS.search(text) is None:
        lowered = text.lower()
        if len(lowered) == len(text):
            return TRIGGER_LOWER.finditer(lowered)
    return TRIGGER.finditer(text)


def windows(text: str) -> list[tuple[int, int]]:
    """Disjoint stretches of ``text`` around trigger words, cut at whitespace.

    Running thirty rules over the whole text is the extractor's main cost;
    running them only where a temporal word occurs keeps it a few percent
    of the NLP analysis.
    """
    spans: list[tuple[int, int]] = []
    for trigger in triggers(text):
        start = max(0, trigger.start() - WINDOW_BEFORE)
        end = min(len(text), trigger.end() + WINDOW_AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    snapped = []
    for start, end in spans:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, end)
        snapped.append((start, space.start() if space else len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in snapped:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


#: How far left of a window a rule's lookbehind may read (``(?<=\bfor )``):
#: its ``needs`` word can sit just before the match, so the test looks that far back.
_LOOKBEHIND_REACH = 8


def find_candidates(text: str) -> list[Match]:
    """Every match of every rule whose keywords occur in its window; overlapping freely.

    The ``needs`` test is made per window, not per text: a long article
    holds nearly every keyword somewhere, so a text-wide test skipped almost
    no rule, while a window holds only a few and most scans are saved.
    A match lies inside its window, so the per-window test drops only rules
    that cannot match there.
    """
    found: list[Match] = []
    guarded = FOLD_TRAPS.search(text) is None  # else a guard's letters may be printed as ``ſ`` or ``ı``
    for start, end in windows(text):
        for rule in _rules_for(text[max(0, start - _LOOKBEHIND_REACH) : end].lower(), guarded):
            found.extend(
                Match(m.start(), m.end(), rule.name, m)
                for m in rule.pattern.finditer(text, start, end)
                if m.end() > m.start()
            )
    return found


def _rules_for(lowered: str, guarded: bool = False) -> list[Rule]:
    """The rules to run on one lower-cased window: those without ``needs`` or with one present.

    The same rules as testing each rule's ``needs`` against :func:`needs_in`, in
    :data:`RULES` order, but read from the literals the scan reports
    (:data:`_RULES_BY_LITERAL`) instead of some thirty set tests a window.
    ``guarded``: also leave out the rules whose ``guard`` the window lacks
    (only for a text without :data:`FOLD_TRAPS`, where lower-casing keeps every letter a rule can match).
    """
    found = _UNCONDITIONAL.union(*map(_RULES_BY_LITERAL.__getitem__, _NEEDS_SCAN.findall(lowered)))
    rules = [RULES[number] for number in sorted(found)]
    if guarded:
        rules = [rule for rule in rules if rule.guard is None or rule.guard.search(lowered) is not None]
    return rules


def needs_in(lowered: str) -> frozenset[str]:
    """The ``needs`` literals that occur in ``lowered``: the same set as testing each with ``in``, in one scan.

    At each position the scan reports the longest literal starting there;
    the shorter ones starting there are its prefixes (:data:`_NEEDS_PREFIXES`).
    Some 120 substring tests per window cost more than the scan.
    """
    return frozenset().union(*map(_NEEDS_PREFIXES.__getitem__, _NEEDS_SCAN.findall(lowered)))


_ALL_NEEDS = tuple(sorted({word for rule in RULES for word in rule.needs}))
#: Each literal with the literals that are its prefixes (itself included).
_NEEDS_PREFIXES = {word: frozenset(other for other in _ALL_NEEDS if word.startswith(other)) for word in _ALL_NEEDS}


def _needs_scan() -> re.Pattern[str]:
    """A zero-width scan capturing, at every position, the longest ``needs`` literal that starts there.

    The alternatives are grouped by first character, longest first within a
    group, so ``re`` tries one group per position and its first alternative
    that matches is the longest. Case-sensitive: windows are lower-cased.
    The leading class of first characters turns away most positions (spaces,
    punctuation, other letters) before ``re`` walks the groups: 15% faster.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(_ALL_NEEDS, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = (f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    firsts = re.escape("".join(sorted(groups)))
    return re.compile(f"(?=[{firsts}])(?=({'|'.join(branches)}))")


_NEEDS_SCAN = _needs_scan()
#: For each literal the scan reports, the numbers in :data:`RULES` of the rules that need it or one of its prefixes.
_RULES_BY_LITERAL = {
    word: frozenset(number for number, rule in enumerate(RULES) if not prefixes.isdisjoint(rule.needs))
    for word, prefixes in _NEEDS_PREFIXES.items()
}
#: The numbers of the rules without ``needs``, run in every window.
_UNCONDITIONAL = frozenset(number for number, rule in enumerate(RULES) if not rule.needs)


def resolve(candidates: list[Match], accept: Callable[[Match], bool]) -> list[Match]:
    """Non-overlapping matches: longest first, then earliest, then rule order.

    A candidate that ``accept`` refuses (not temporal here, or its
    normalizer finds no value) leaves its place to shorter ones, so
    "the 1988 quarter" read as a 1988-quarter duration and refused still
    lets "the 1988 quarter" as a dated period through.
    """
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), m.start, _PRIORITY[m.rule]))
    taken: list[tuple[int, int]] = []
    kept: list[Match] = []
    for candidate in ordered:
        index = bisect.bisect_left(taken, (candidate.start, candidate.end))
        before = taken[index - 1] if index else None
        after = taken[index] if index < len(taken) else None
        if (before and before[1] > candidate.start) or (after and after[0] < candidate.end):
            continue
        if not accept(candidate):
            continue
        taken.insert(index, (candidate.start, candidate.end))
        kept.append(candidate)
    kept.sort(key=lambda m: m.start)
    return kept


def _is_temporal(candidate: Match, text: str, analysis: Analysis | None) -> bool:
    """False for matches the analysis shows are something else (a modal, a count, a name)."""
    groups = candidate.match.groupdict()
    rule = candidate.rule
    if rule == "season" and (groups.get("rel") or "").lower() == "the" and not groups.get("year"):
        if re.match(r"\s+of\b", text[candidate.end :]):
            return False  # "the fall of Rome"
    if analysis is None or not analysis.tokens:
        return True
    tokens = analysis.tokens_in(candidate.start, candidate.end)
    if not tokens:
        return True
    first = tokens[0]
    if rule == "month" and not groups.get("rel") and not groups.get("yrel"):
        return first.tag != "MD" and first.pos not in ("VERB", "AUX") and first.ent not in _NAME_ENTS
    if rule == "season" and tokens[-1].pos in ("VERB", "AUX"):
        return False
    if rule == "year" and not groups.get("edge") and not groups.get("spelled"):
        if first.ent in _NOT_TEMPORAL_ENTS and first.ent != "CARDINAL":
            return False
        if first.dep == "nummod" and first.head != first.i:
            head = analysis.tokens[first.head]
            if head.i > first.i and head.tag in ("NNS", "NNPS") and head.lemma.lower() not in _TEMPORAL_NOUNS:
                return False  # "2000 people" counts things; "the 1987 crash" is dated
    if rule == "weekday" and first.ent in ("PERSON",):
        return False
    if rule in ("year", "deictic") and first.ent in _NAME_ENTS:
        return False  # "Orion 1980", "VOA Today": part of a name
    if rule == "set" and groups.get("adv") and first.pos == "ADJ":
        return False  # "daily volume" describes a thing; "published daily" is a frequency
    if rule in ("duration", "ago") and first.ent in ("MONEY", "PERCENT"):
        return False
    return True


def _sentence_index(analysis: Analysis | None, offset: int) -> int:
    if analysis is None or not analysis.sentences:
        return 0
    index = bisect.bisect_right(analysis.sentence_starts, offset) - 1
    return max(index, 0)


_DERIVED = re.compile(r"year[- ](?:ago|earlier)|a year|last year's|previous", re.IGNORECASE)
_ABSOLUTE_RULES = frozenset({"iso", "numeric", "month_day", "day_month", "month_year", "year", "quarter", "season"})
_ABSOLUTE_VALUE = re.compile(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$")


class _Tenses:
    """Tense per span, computed once even when a candidate is normalized twice."""

    def __init__(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self.cache: dict[tuple[int, int], int | None] = {}

    def of(self, start: int, end: int) -> int | None:
        if (start, end) not in self.cache:
            self.cache[(start, end)] = tense_at(self.analysis, start, end)
        return self.cache[(start, end)]


def _context(text: str, candidate: Match, anchor: dt.datetime | None, tenses: _Tenses, **known: Any) -> Context:
    return Context(
        anchor,
        lambda: tenses.of(candidate.start, candidate.end),
        before=text[max(0, candidate.start - 25) : candidate.start],
        after=text[candidate.end : candidate.end + 25],
        **known,
    )


def normalize_all(
    text: str, matches: list[Match], tenses: _Tenses, anchor: dt.datetime | None, day_first: bool | None
) -> list[tuple[Match, Timex]]:
    """Normalize in text order, carrying what earlier mentions established.

    ``last_quarter``: the quarter an earnings story is talking about (for
    "a year earlier", "the year-ago period"), kept for one sentence;
    ``reference``: the last full date (for "three days later"), two
    sentences; ``narrative``: the last absolute date or year (for "the
    following year", "that month").
    """
    analysis = tenses.analysis
    results: list[tuple[Match, Timex]] = []
    last_quarter: tuple[int, int, int] | None = None  # year, quarter, sentence
    reference: tuple[dt.date, int] | None = None  # date, sentence
    narrative: dt.date | None = None
    for candidate in matches:
        sentence = _sentence_index(analysis, candidate.start)
        context = _context(
            text,
            candidate,
            anchor,
            tenses,
            day_first=day_first,
            last_quarter=last_quarter[:2] if last_quarter and sentence - last_quarter[2] <= 1 else None,
            reference=reference[0] if reference and sentence - reference[1] <= 2 else None,
            narrative=narrative,
        )
        timex = _timex(candidate, context)
        if timex is None:
            continue
        results.append((candidate, timex))
        explicit = not _DERIVED.search(candidate.match.group())
        if timex.granularity == "quarter" and re.match(r"^\d{4}-Q\d$", timex.value) and explicit:
            last_quarter = (int(timex.value[:4]), int(timex.value[-1]), sentence)
        elif timex.granularity == "day" and re.match(r"^\d{4}-\d\d-\d\d$", timex.value):
            reference = (dt.date.fromisoformat(timex.value), sentence)
        absolute = _ABSOLUTE_VALUE.match(timex.value[:10])
        if candidate.rule in _ABSOLUTE_RULES and absolute and timex.anchor is None:
            narrative = dt.date(int(absolute[1]), int(absolute[2] or 1), int(absolute[3] or 1))
    return results


#: values outside the calendar: a year of five digits, year 0 or a negative year
_OFF_CALENDAR = re.compile(r"^(?:\d{5}|0000|-)")


def _timex(candidate: Match, context: Context) -> Timex | None:
    """The candidate's TIMEX3 value, or ``None`` when it has none or falls off the calendar.

    An anchor at the calendar's edge (a publication date of 0001-01-01 or
    9999-12-31) puts "yesterday" or "next year" before year 1 or after
    9999; such a mention is left out rather than failing the whole plugin.
    """
    try:
        timex = HANDLERS[candidate.rule](candidate.match, context)
    except (OverflowError, ValueError):  # date arithmetic past year 1 or 9999
        return None
    if timex is not None and _OFF_CALENDAR.match(timex.value):
        return None
    return timex


def _join_clock(text: str, items: list[tuple[int, int, Timex]]) -> list[tuple[int, int, Timex]]:
    """``5 p.m. Wednesday`` / ``Nov. 6, 5 p.m.``: one TIME whose date is the day's, not the anchor's."""
    joined: list[tuple[int, int, Timex]] = []
    index = 0
    while index < len(items):
        start, end, timex = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and _JOINABLE_GAP.match(text[end : following[0]]):
            clock, day = (timex, following[2]) if timex.granularity == "clock" else (following[2], timex)
            if (
                clock.granularity == "clock"
                and day.type == "DATE"
                and day.granularity == "day"
                and _DAY_VALUE.match(day.value)
            ):
                value = day.value + clock.value[clock.value.index("T") :]
                joined.append((start, following[1], Timex("TIME", value, "time", day.anchor)))
                index += 2
                continue
        if timex.granularity == "clock":
            timex = timex._replace(granularity="time")
        joined.append((start, end, timex))
        index += 1
    return joined


def extract_dates(
    text: str, analysis: Analysis | None, anchor: dt.datetime | None, day_first: bool | None = None
) -> list[DateMention]:
    """All date mentions of ``text``, resolved against ``anchor`` (the publication date, or ``None``).

    Ids are ``d<start>``: unique (mentions never overlap) and stable across
    runs, so quotes can refer to the dates inside them.
    """
    tenses = _Tenses(analysis)

    def accept(candidate: Match) -> bool:
        if not _is_temporal(candidate, text, analysis):
            return False
        context = _context(text, candidate, anchor, tenses, day_first=day_first)
        return _timex(candidate, context) is not None

    matches = resolve(find_candidates(text), accept)
    normalized = normalize_all(text, matches, tenses, anchor, day_first)
    items = _join_clock(text, [(m.start, m.end, timex) for m, timex in normalized])
    return [
        DateMention(
            id=f"d{start}",
            span=Span.of(text, start, end),
            value=timex.value,
            type=timex.type,
            granularity=timex.granularity,
            anchor=timex.anchor,
        )
        for start, end, timex in items
    ]
