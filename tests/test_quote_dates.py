"""Quotes refer to the date mentions inside their content (issue 7: results refer to their dates)."""

from __future__ import annotations

import pytest


def test_quote_lists_the_dates_inside_it_and_not_those_outside(parse):
    article = parse(
        "“We will meet again in June, and the vote will be on Monday,” Mayor Ines Duarte said last week.",
        published="2024-03-14",
    )
    (quote,) = article.quotes
    inside = {d.id: d for d in article.dates if d.id in quote.dates}
    assert sorted(d.span.text for d in inside.values()) == ["June", "Monday"]
    outside = [d for d in article.dates if d.id not in quote.dates]
    assert [d.span.text for d in outside] == ["last week"]
    assert {d.value for d in inside.values()} == {"2024-06", "2024-03-18"}


@pytest.mark.slow
def test_many_quotes_and_dates_attach_in_linear_time(parse):
    text = "\n\n".join(
        f"“The plan for {month} {day} stands,” said Ines Duarte."
        for month, day in [("May", d) for d in range(1, 29)] * 20
    )
    article = parse(text, published="2024-03-14")
    assert len(article.quotes) == 560
    assert all(len(q.dates) == 1 for q in article.quotes)
