"""Publication dates found in the text (datelines), their evidence, and the plugin inside the parser."""

from __future__ import annotations

import datetime as dt

from newsparse import DateMention
from newsparse_dates import find_published
from newsparse_dates.dateline import day_month_order


def test_numeric_agency_dateline_with_day_above_twelve():
    text = "The talks ended without a deal.\n\n21/06/2023 09:15:02 – Brussels (AFP) – © 2023 AFP"
    found = find_published(text)
    assert found.value == dt.datetime(2023, 6, 21, 9, 15, 2)
    assert found.source == "dateline (day > 12)"
    assert found.span.text == "21/06/2023 09:15:02"


def test_ambiguous_numeric_dateline_uses_agency_convention():
    found = find_published("Rain fell.\n\n05/06/2023 10:00 – Lyon (AFP) –")
    assert found.value == dt.datetime(2023, 6, 5, 10, 0)
    assert found.source == "dateline (AFP convention)"


def test_ambiguous_numeric_dateline_uses_other_dates_of_the_text():
    text = "05/06/2023 10:00 - Springfield (NNA) - The hearing set for 25/07/2023 was moved."
    found = find_published(text)
    assert found.value.date() == dt.date(2023, 6, 5)
    assert found.source == "dateline (day > 12)"


def test_ambiguous_numeric_dateline_without_evidence_says_so():
    found = find_published("05/06/2023 10:00 - Springfield (NNA) - The hearing was moved.")
    assert found.value.date() == dt.date(2023, 5, 6)
    assert "no evidence" in found.source


def test_place_dateline_takes_its_year_from_the_copyright_line():
    text = "LAGOS, March 4 (Reuters) - Fuel queues grew on Saturday.\n\n© 2024 Reuters"
    found = find_published(text)
    assert found.value == dt.datetime(2024, 3, 4)
    assert found.source == "dateline (copyright year)"
    assert found.span.text == "March 4"


def test_place_dateline_without_any_year_is_not_guessed():
    text = "LAGOS, March 4 (Reuters) - Fuel queues grew on Saturday, as in 2012, before the 2027 vote."
    assert find_published(text) is None  # the years it mentions say nothing of when it was written


def test_place_dateline_takes_its_year_from_a_dated_url():
    text = "LAGOS, March 4 (Reuters) - Fuel queues grew on Saturday."
    found = find_published(text, url="https://example.com/world/2024/03/04/fuel-queues")
    assert found.value == dt.datetime(2024, 3, 4)
    assert found.source == "dateline (year from the URL)"


def test_date_line_at_the_top():
    found = find_published("Tuesday 12 September 2023 14:05\n\nThe mayor resigned today.")
    assert found.value == dt.datetime(2023, 9, 12, 14, 5)
    assert found.source == "text"


def test_no_publication_date_in_plain_text():
    assert find_published("The mayor resigned, saying the city deserved better.") is None


def test_order_from_dates_written_in_words():
    assert day_month_order("It opened on 3 May and closed on 9 June.").day_first is True
    assert day_month_order("It opened on May 3 and closed on June 9.").day_first is False


def test_parser_uses_the_dateline_and_resolves_against_it(parse):
    text = (
        "NAIROBI, July 14, 2023 (Reuters) - Kenya's parliament passed the finance bill on Thursday, "
        "a week after protests that began on Monday."
    )
    article = parse(text)
    assert article.published == dt.datetime(2023, 7, 14)
    assert article.published_source == "dateline"
    values = {d.span.text: d.value for d in article.dates}
    assert values["Thursday"] == "2023-07-13"
    assert values["Monday"] == "2023-07-10"
    assert all(isinstance(d, DateMention) and d.provenance.plugin == "dates" for d in article.dates)


def test_caller_publication_date_wins_over_the_dateline(parse):
    text = "NAIROBI, July 14, 2023 (Reuters) - The bill passed on Thursday."
    article = parse(text, published="2023-07-20")
    assert article.published == dt.datetime(2023, 7, 20)
    assert article.published_source != "dateline"
    assert {d.span.text: d.value for d in article.dates}["Thursday"] == "2023-07-20"


def test_numeric_dates_in_the_body_share_the_evidence(parse):
    article = parse("The report of 14/02/2023 replaced the one of 05/03/2023.", published="2023-06-20")
    values = {d.span.text: d.value for d in article.dates}
    assert values == {"14/02/2023": "2023-02-14", "05/03/2023": "2023-03-05"}
