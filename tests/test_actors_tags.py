"""Party-state tags (``newsparse_actors.tags``) and datelines (``newsparse.dateline_spans``), on text written for the tests."""

from __future__ import annotations

import pytest

from newsparse import dateline_spans, whole_datelines
from newsparse_actors.tags import party_tag


@pytest.mark.parametrize(
    ("text", "party", "state"),
    [
        ("Sen. Thomas Whitfield, R-Texas, disagreed.", "Republican Party", "Texas"),
        ("Rep. Ann Lee (D-Calif.) said so.", "Democratic Party", "California"),
        ("Sen. Lena Ortiz, D-N.Y., objected.", "Democratic Party", "New York"),
        ("Sen. Ray Moss, I-Vt., abstained.", "independent", "Vermont"),
        ("Rep. Jo Park, R-TX, voted no.", "Republican Party", "Texas"),
    ],
)
def test_party_tag_after_a_name(text: str, party: str, state: str) -> None:
    name_end = text.index(",") if "(" not in text else text.index(" (")
    tag = party_tag(text, name_end)
    assert tag is not None
    assert (tag.party, tag.state) == (party, state)
    assert text[tag.start : tag.end].startswith(party[0].upper())


def test_no_tag_where_the_comma_opens_something_else() -> None:
    text = "Ann Lee, Director of Finance, said so."
    assert party_tag(text, text.index(",")) is None


def test_datelines_at_paragraph_starts() -> None:
    text = "WASHINGTON (AP) — The Senate voted.\n\nNAIROBI, March 4 (Reuters) - Kenya agreed.\n\nIt rained."
    starts = [0, text.index("NAIROBI"), text.index("It rained")]
    found = [text[s:e] for s, e in dateline_spans(text, starts)]
    assert found == ["WASHINGTON", "AP", "NAIROBI", "Reuters"]


def test_whole_datelines_join_a_place_and_its_agency_over_the_date() -> None:
    text = "ACCRA, June 3 (Reuters) - Ghana agreed.\n\nLIMA (AP) — Peru voted.\n\nKIEV, Ukraine — It rained."
    starts = [0, text.index("LIMA"), text.index("KIEV")]
    joined = [text[s:e] for s, e in whole_datelines(text, dateline_spans(text, starts))]
    assert joined == ["ACCRA, June 3 (Reuters", "LIMA (AP", "KIEV, Ukraine"]


def test_dateline_with_state_and_no_agency() -> None:
    text = "PORTLAND, Ore. — Ana Moreno scored twice."
    assert [text[s:e] for s, e in dateline_spans(text, [0])] == ["PORTLAND, Ore."]


def test_a_sentence_in_capitals_is_not_a_dateline() -> None:
    text = "The mayor said - at length - that she would stay."
    assert dateline_spans(text, [0]) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lisbon (AFP) – Prime Minister Ana Costa said the budget would pass.", ["Lisbon", "AFP"]),
        ("Kansas City (Reuters) - Officials said the plant would close.", ["Kansas City", "Reuters"]),
        ("MYRTLE BEACH, S.C. — Senator Ray Moss questioned the plan.", ["MYRTLE BEACH, S.C."]),
    ],
)
def test_title_case_dateline_with_agency_and_dotted_state(text: str, want: list[str]) -> None:
    assert [text[s:e] for s, e in dateline_spans(text, [0])] == want


@pytest.mark.parametrize(
    "text", ["Lena Ortiz (D-N.Y.) - said no.", "Ana Costa (R) - voted no.", "Lisbon - the city said."]
)
def test_a_name_with_a_party_tag_or_no_agency_is_not_a_dateline(text: str) -> None:
    assert dateline_spans(text, [0]) == []
