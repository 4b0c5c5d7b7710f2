"""The dates extractor on sentences written for these tests: extents, TIMEX3 values, tense, anchors.

Each case is (publication date, text, expected extent, expected value,
expected type). The publication dates are chosen so that every relative
case has one right answer: 2023-06-20 is a Tuesday; 2024-01-03 (a
Wednesday) tests year boundaries.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_dates import extract_dates

TUE = dt.datetime(2023, 6, 20)
NEW_YEAR = dt.datetime(2024, 1, 3)
OCT = dt.datetime(2023, 10, 25)

CASES = [
    # absolute dates
    (TUE, "The treaty was signed on June 19, 2023 in Paris.", "June 19, 2023", "2023-06-19", "DATE"),
    (TUE, "The vote took place on 3 March 2021 after a long campaign.", "3 March 2021", "2021-03-03", "DATE"),
    (TUE, "Results are due on Sept. 30, the company said.", "Sept. 30", "2023-09-30", "DATE"),
    (TUE, "The company was founded in 1998 by two engineers.", "1998", "1998", "DATE"),
    (TUE, "Prices peaked in March 2022 and then fell.", "March 2022", "2022-03", "DATE"),
    (TUE, "The memo is dated 2021-11-05 and marked secret.", "2021-11-05", "2021-11-05", "DATE"),
    (TUE, "The deadline passed on Friday, June 16, without a deal.", "Friday, June 16", "2023-06-16", "DATE"),
    (TUE, "The report, released 14/02/2023, was ignored.", "14/02/2023", "2023-02-14", "DATE"),
    (TUE, "Growth will slow in the second half of 2024.", "the second half of 2024", "2024-H2", "DATE"),
    # weekdays, resolved by tense
    (TUE, "The minister resigned on Monday after the vote.", "Monday", "2023-06-19", "DATE"),
    (TUE, "The minister will resign on Friday, aides said.", "Friday", "2023-06-23", "DATE"),
    (TUE, "Talks resumed on Thursday in Geneva.", "Thursday", "2023-06-15", "DATE"),
    (TUE, "The council met last Friday to discuss the budget.", "last Friday", "2023-06-16", "DATE"),
    (TUE, "The council will meet next Monday.", "next Monday", "2023-06-26", "DATE"),
    (TUE, "The strike began Saturday night at the port.", "Saturday night", "2023-06-17TNI", "TIME"),
    (TUE, "Rebels said on Tuesday that they had withdrawn.", "Tuesday", "2023-06-20", "DATE"),
    # months and seasons, resolved by tense
    (TUE, "Leaders will meet in November in San Francisco.", "November", "2023-11", "DATE"),
    (TUE, "Leaders met in November in Bali.", "November", "2022-11", "DATE"),
    (TUE, "The new law will take effect in January.", "January", "2024-01", "DATE"),
    (TUE, "Inflation slowed in April, the bank said.", "April", "2023-04", "DATE"),
    (TUE, "The festival returns this summer with new acts.", "this summer", "2023-SU", "DATE"),
    (TUE, "Sales collapsed last winter as prices soared.", "last winter", "2022-WI", "DATE"),
    (TUE, "The plant will open next spring.", "next spring", "2024-SP", "DATE"),
    (TUE, "In the autumn of 2019 the firm collapsed.", "the autumn of 2019", "2019-FA", "DATE"),
    (TUE, "The mayor said last May that the park would close.", "last May", "2022-05", "DATE"),
    # year boundaries: an article of January 3
    (NEW_YEAR, "Output fell sharply in December, the survey showed.", "December", "2023-12", "DATE"),
    (NEW_YEAR, "The company reported record sales last year.", "last year", "2023", "DATE"),
    (NEW_YEAR, "The store will reopen in March.", "March", "2024-03", "DATE"),
    (NEW_YEAR, "The rules changed on Dec. 28 without notice.", "Dec. 28", "2023-12-28", "DATE"),
    (NEW_YEAR, "Officials met on Friday to review the plan.", "Friday", "2023-12-29", "DATE"),
    (NEW_YEAR, "Last month's figures were weak.", "Last month", "2023-12", "DATE"),
    (NEW_YEAR, "The minister was sworn in last week.", "last week", "2023-W52", "DATE"),
    # relative expressions
    (TUE, "Unemployment rose last month in most regions.", "last month", "2023-05", "DATE"),
    (TUE, "Elections are due next year, officials said.", "next year", "2024", "DATE"),
    (TUE, "The bridge closed two weeks ago after floods.", "two weeks ago", "2023-06-06", "DATE"),
    (TUE, "He was released yesterday from custody.", "yesterday", "2023-06-19", "DATE"),
    (TUE, "The verdict is expected tomorrow.", "tomorrow", "2023-06-21", "DATE"),
    (TUE, "Protests continued over the weekend in the capital.", "the weekend", "2023-W24-WE", "DATE"),
    (TUE, "Talks will continue this weekend in Oslo.", "this weekend", "2023-W25-WE", "DATE"),
    (
        TUE,
        "Traffic was halted during the night of Monday to Tuesday.",
        "the night of Monday to Tuesday",
        "2023-06-19",
        "DATE",
    ),
    (TUE, "Prices rose five percent last week.", "last week", "2023-W24", "DATE"),
    (TUE, "The firm plans to hire staff next month.", "next month", "2023-07", "DATE"),
    (TUE, "Three years ago the plant closed.", "Three years ago", "2020", "DATE"),
    (OCT, "Earnings fell in the third quarter, the bank said.", "the third quarter", "2023-Q3", "DATE"),
    (TUE, "Shares fell this morning in Tokyo.", "this morning", "2023-06-20TMO", "TIME"),
    (TUE, "Earlier this year, the bank cut rates.", "Earlier this year", "2023", "DATE"),
    (TUE, "The ban ends in early 2025.", "early 2025", "2025", "DATE"),
    (TUE, "The prime minister spoke to him tonight.", "tonight", "2023-06-20TNI", "TIME"),
    # vague references
    (TUE, "Prices are now falling across the region.", "now", "PRESENT_REF", "DATE"),
    (TUE, "The group has recently expanded into Asia.", "recently", "PAST_REF", "DATE"),
    (TUE, "Tensions have grown in recent years.", "recent years", "PAST_REF", "DATE"),
    (TUE, "The minister will decide in the near future.", "the near future", "FUTURE_REF", "DATE"),
    (TUE, "Currently, the plant employs 300 workers.", "Currently", "PRESENT_REF", "DATE"),
    # decades and centuries
    (TUE, "The building dates from the 1960s.", "the 1960s", "196", "DATE"),
    (TUE, "It was the worst crisis of the 20th century.", "the 20th century", "19", "DATE"),
    # durations
    (TUE, "She served as mayor for three years.", "three years", "P3Y", "DURATION"),
    (TUE, "The strike lasted six weeks.", "six weeks", "P6W", "DURATION"),
    (TUE, "The meeting lasted two hours.", "two hours", "PT2H", "DURATION"),
    (TUE, "Talks went on for several months.", "several months", "PXM", "DURATION"),
    (TUE, "He spent 2 1/2 years in prison.", "2 1/2 years", "P2Y6M", "DURATION"),
    (TUE, "Exports fell in the past three months.", "the past three months", "P3M", "DURATION"),
    (TUE, "The city adopted a 10-year plan for housing.", "10-year", "P10Y", "DURATION"),
    (TUE, "The siege lasted twenty four days.", "twenty four days", "P24D", "DURATION"),
    # times of day
    (TUE, "The polls close at 8 p.m. in most states.", "8 p.m.", "2023-06-20T20:00", "TIME"),
    (TUE, "The summit will open at 10 a.m. Wednesday.", "10 a.m. Wednesday", "2023-06-21T10:00", "TIME"),
    (TUE, "The blast happened at 17:30 GMT near the station.", "17:30 GMT", "2023-06-20T17:30", "TIME"),
    # sets
    (TUE, "The committee meets every week in the town hall.", "every week", "P1W", "SET"),
    (TUE, "The paper is published daily in three languages.", "daily", "P1D", "SET"),
    (TUE, "Trains leave each Thursday for the coast.", "each Thursday", "XXXX-WXX-4", "SET"),
    (TUE, "He earns $50,000 a year as a teacher.", "a year", "P1Y", "SET"),
]


@pytest.mark.parametrize(
    ("published", "text", "extent", "value", "timex_type"), CASES, ids=[c[2] + "|" + c[1][:30] for c in CASES]
)
def test_expression(analyze, published, text, extent, value, timex_type):
    mentions = extract_dates(text, analyze(text), published)
    found = {m.span.text: m for m in mentions}
    assert extent in found, f"{extent!r} not found; got {[(m.span.text, m.value) for m in mentions]}"
    mention = found[extent]
    assert (mention.value, mention.type) == (value, timex_type)


def test_case_set_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the plan was a mistake and would be reviewed by experts.",
        "May I ask what you intend to do about the water supply?",
        "The company employs 2000 people in three factories.",
        "The fall of the regime surprised most analysts.",
        "Analysts expect the central bank to hold its course, citing weak demand.",
        "Mr. Okafor, 52 years old, joined the board as a director.",
        "The average daily volume was about 130 million shares.",
        "She will leave as soon as the border opens.",
        'The senator spoke on the programme "This Week" about the budget.',
    ],
)
def test_text_without_dates(analyze, text):
    assert extract_dates(text, analyze(text), TUE) == []


def test_relative_values_without_anchor_are_underspecified(analyze):
    text = "Leaders met on Monday and will meet again in November."
    mentions = {m.span.text: m for m in extract_dates(text, analyze(text), None)}
    assert mentions["Monday"].value == "XXXX-WXX-1"
    assert mentions["November"].value == "XXXX-11"
    assert mentions["Monday"].anchor is None


def test_mentions_record_anchor_and_granularity(analyze):
    text = "The ceasefire collapsed last month, and talks resume on June 19, 2023."
    mentions = {m.span.text: m for m in extract_dates(text, analyze(text), TUE)}
    assert mentions["last month"].anchor == "2023-06-20"
    assert mentions["last month"].granularity == "month"
    assert mentions["June 19, 2023"].anchor is None  # absolute: no anchor used


def test_ids_are_unique_and_stable(analyze):
    text = "On Monday he spoke; on Tuesday she replied; on Wednesday they met."
    first = extract_dates(text, analyze(text), TUE)
    second = extract_dates(text, analyze(text), TUE)
    assert [m.id for m in first] == [m.id for m in second] == [f"d{m.span.start}" for m in first]
    assert len({m.id for m in first}) == 3


def test_earnings_story_year_earlier_refers_to_the_quarter(analyze):
    text = "Net income rose 12% in the third quarter. A year earlier, the company lost money."
    mentions = {m.span.text: m for m in extract_dates(text, analyze(text), OCT)}
    assert mentions["the third quarter"].value == "2023-Q3"
    assert mentions["A year earlier"].value == "2022-Q3"


@pytest.mark.parametrize(
    "text",
    [
        "About three-quarters of voters backed the plan.",
        "Nearly a quarter of the budget goes to defence.",
    ],
)
def test_fractions_are_not_quarters(analyze, text):
    assert [m for m in extract_dates(text, analyze(text), TUE) if "quarter" in m.span.text] == []


_PIECES = st.sampled_from(
    [
        "on",
        "Monday",
        "May",
        "may",
        "12",
        "2023",
        "/",
        "-",
        ":",
        "p.m.",
        "last",
        "next",
        "year",
        "years",
        "ago",
        "the",
        "quarter",
        "third-quarter",
        "weekend",
        "night",
        "of",
        "to",
        "a",
        "few",
        "every",
        "now",
        "June",
        "30,",
        "Sept.",
        "fall",
        "1990s",
        "'80s",
        "twenty",
        "four",
        "hours",
        "$5",
        "a year",
        "\n",
        "é",
        "",
        "05/06/2023",
    ]
)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_PIECES, max_size=25), anchor=st.sampled_from([None, TUE, NEW_YEAR]))
def test_any_text_gives_valid_mentions(words, anchor):
    """Without an analysis and on word salad, the extractor never raises and every span matches the text."""
    text = " ".join(words)
    mentions = extract_dates(text, None, anchor)
    assert len({m.id for m in mentions}) == len(mentions)
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.span.text
        assert mention.value
