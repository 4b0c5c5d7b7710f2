"""The dates grammar's ``needs`` prefilter: a rule is skipped only where it cannot match.

Each rule lists literals one of which every match contains (``Rule.needs``);
a window without any of them skips the rule. These tests check, on sentences
written for them and on word salad, that the skip never loses a candidate.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_dates.dateline import _NUMERIC_DATES, has_numeric_dates
from newsparse_dates.extract import _ALL_NEEDS, Match, _rules_for, find_candidates, needs_in, triggers, windows
from newsparse_dates.patterns import FOLD_TRAPS, RULES, TRIGGER, TRIGGER_LOWER

SENTENCES = [
    "The memo is dated 2021-11-05 and marked secret.",
    "The report, released 14/02/2023, was ignored; another came out 3.4.1999, at 10:45 GMT.",
    "They met at 09:30 and again at 23:05 local time, not at 7.15 or at 12:75.",
    "The company was founded in 1998, fiscal 2019 and FY2020 were weak, 1650 was long ago.",
    "In nineteen ninety-two, and in the year two thousand, and two thousand and five.",
    "Twenty twenty was hard; nineteen hundred was another age.",
    "Sales of 2000 units in 2021 beat the 1999 figure of 18,000 and the 20% gain.",
    "The numbers 16, 17, 190 and 2050 are not all years, nor is 12/13.",
]


def _all_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every rule over every window, no ``needs`` skip: what the prefilter must not change."""
    found = []
    for start, end in windows(text):
        for rule in RULES:
            found.extend(
                (m.start(), m.end(), rule.name) for m in rule.pattern.finditer(text, start, end) if m.end() > m.start()
            )
    return sorted(found)


def _spans(candidates: list[Match]) -> list[tuple[int, int, str]]:
    return sorted((c.start, c.end, c.rule) for c in candidates)


#: Durations, spans and relative dates, and unit words inside other words (``Monday``, ``today``, ``midnight``).
UNIT_SENTENCES = [
    "The talks lasted three days, then a two-week break, a 10-year plan and a 45-year-old envoy.",
    "On Monday, today and on Friday night the minister spoke until midnight.",
    "For the past few years, in the coming months, next quarter, last winter and this fiscal year.",
    "About two to three hours or so, every other week, some 20 minutes, the 19th century, weekdays.",
    "Monthly figures for the HOLIDAY season: yearly, nightly and the Weekend edition.",
]


@pytest.mark.parametrize("text", SENTENCES + UNIT_SENTENCES)
def test_skipped_rules_find_nothing(text):
    assert _spans(find_candidates(text)) == _all_candidates(text)


def test_every_match_contains_a_needed_literal():
    matched = set()
    for text in SENTENCES:
        for rule in RULES:
            for match in rule.pattern.finditer(text):
                matched.add(rule.name)
                if rule.needs:
                    assert any(word in match.group().lower() for word in rule.needs), (rule.name, match.group())
    # the sentences exercise the rules whose needs are digits and punctuation
    assert {"iso", "numeric", "clock24", "year"} <= matched


_PIECES = st.sampled_from(
    "on at in 2023 1998 16 17 20 1650 2050 18,000 - -0 / . : 10:45 12:75 7.15 3.4.1999 14/02/2023 2021-11-05 "
    "fiscal FY FY2019 the year two thousand and five nineteen ninety twenty hundred early late of".split()
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_PIECES, max_size=20), joiner=st.sampled_from([" ", "", "-", "/", "."]))
def test_skip_loses_nothing_on_word_salad(words, joiner):
    text = joiner.join(words)
    assert _spans(find_candidates(text)) == _all_candidates(text)


# -- the trigger scan on lower-cased text ----------------------------------------------------
TRIGGER_SENTENCES = [
    *SENTENCES,
    "On MONDAY, Mr. Day said Yesterday's TODAY show aired at NOON; the Daily Mail ran it Tuesday night.",
    "ÉLÉPHANT-Week: the Straße closed for the WINTER, Σοφία returned in März and again this Spring.",
    "Kelvin: 300 \u212a, Ⅻ o'clock and ⅻ, ＭＯＮＤＡＹ in wide letters, a dayﬁrst ligature.",
    "İstanbul and the ıdle ſummer week: the three characters the folded scan must not meet.",
]


def _offsets(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("text", TRIGGER_SENTENCES)
def test_triggers_are_those_of_the_ignore_case_scan(text):
    assert _offsets(triggers(text)) == _offsets(TRIGGER.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_triggers_match_on_any_text(text):
    assert _offsets(triggers(text)) == _offsets(TRIGGER.finditer(text))


def test_fold_traps_are_the_only_characters_where_lower_and_ignore_case_disagree():
    """Over every code point: where ``str.lower`` and ``re``'s case folding differ on the pattern's
    letters, digits or ``\\w``, the character is one of ``FOLD_TRAPS`` (else the folded scan could
    find other triggers than the ignore-case one)."""
    literals = sorted(set(TRIGGER_LOWER.pattern) & set("abcdefghijklmnopqrstuvwxyz0123456789 -"))
    folded = re.compile("[" + re.escape("".join(literals)) + "]", re.IGNORECASE)
    word, digit = re.compile(r"\w"), re.compile(r"\d")
    disagree = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lower = char.lower()
        if lower == char and not folded.match(char):
            continue  # unchanged by lower() and matching no literal: both scans read it alike
        if (
            len(lower) != 1
            or bool(word.match(char)) != bool(word.match(lower))
            or bool(digit.match(char)) != bool(digit.match(lower))
            or any(bool(re.match(re.escape(x), char, re.IGNORECASE)) != (lower == x) for x in literals)
        ):
            disagree.append(char)
    assert disagree and all(FOLD_TRAPS.match(char) for char in disagree)
    assert all(FOLD_TRAPS.match(char) for char in "\u0130\u0131\u017f")


# -- the numeric-date test before deciding day/month order ------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote on 05/06/2023 was close.", True),
        ("Filed 31.12.1999, reviewed 1/2/2001.", True),
        ("Version 2.2019 shipped; the ratio was 3/4 and 12.20 dollars.", False),
        ("Version 1/2/20234 and 11/12/1899", False),  # a fifth digit, a year before 1900
        ("It rose 4.5% in 2020, and 10/2020 was the month.", False),
        ("", False),
    ],
)
def test_has_numeric_dates(text, expected):
    assert has_numeric_dates(text) is expected
    assert has_numeric_dates(text) is (_NUMERIC_DATES.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789/.19 20ab", max_size=40))
def test_has_numeric_dates_is_the_full_pattern_on_any_text(text):
    assert has_numeric_dates(text) is (_NUMERIC_DATES.search(text) is not None)


def _needs_by_substring(lowered: str) -> frozenset[str]:
    return frozenset(word for word in _ALL_NEEDS if word in lowered)


@pytest.mark.parametrize("text", [*SENTENCES, "year-ago year-earlier centuries 1990s 80's a.m. p.m per day"])
def test_needs_scan_finds_the_literals_a_substring_test_finds(text):
    assert needs_in(text.lower()) == _needs_by_substring(text.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted({*"".join(_ALL_NEEDS), "x", " "})), max_size=60))
def test_needs_scan_on_any_text(text):
    # literals overlapping, nested and repeated ("year-ago" holds "year", "a.m" and "am" share a start)
    assert needs_in(text) == _needs_by_substring(text)


def _rules_by_testing_each(lowered: str) -> list:
    present = _needs_by_substring(lowered)
    return [rule for rule in RULES if not rule.needs or not present.isdisjoint(rule.needs)]


@pytest.mark.parametrize("text", [*SENTENCES, "year-ago year-earlier centuries 1990s 80's a.m. p.m per day", "", "xyz"])
def test_rules_for_a_window_are_those_whose_needs_it_holds(text):
    assert _rules_for(text.lower()) == _rules_by_testing_each(text.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted({*"".join(_ALL_NEEDS), "x", " "})), max_size=60))
def test_rules_for_any_text(text):
    assert _rules_for(text) == _rules_by_testing_each(text)


_UNIT_PIECES = [
    "day",
    "days",
    "week",
    "month",
    "year",
    "-",
    " ",
    "two",
    "the",
    "past",
    "next",
    "mon",
    "few",
    "s",
    "10",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_PIECES), max_size=14).map("".join))
def test_every_match_contains_its_guard(text):
    for rule in RULES:
        if rule.guard is not None:
            for match in rule.pattern.finditer(text):
                assert rule.guard.search(match.group().lower()), (rule.name, match.group())


@pytest.mark.parametrize("text", UNIT_SENTENCES)
def test_every_match_in_the_unit_sentences_contains_its_guard(text):
    guarded = [rule for rule in RULES if rule.guard is not None]
    for rule in guarded:
        for match in rule.pattern.finditer(text):
            assert rule.guard.search(match.group().lower()), (rule.name, match.group())
    assert all(any(rule.pattern.search(text) for text in UNIT_SENTENCES) for rule in guarded)  # each one exercised


def test_a_guard_turns_away_a_unit_inside_another_word():
    lowered = "on monday the minister spoke until midnight."
    assert "duration" in {rule.name for rule in _rules_for(lowered)}  # "day" and "night" are there
    assert "duration" not in {rule.name for rule in _rules_for(lowered, guarded=True)}
    assert "duration" in {rule.name for rule in _rules_for("for two days", guarded=True)}
