"""Gender coverage of quotes by named persons (``newsparse.evaluate.genders``), the figure of issue 17."""

from __future__ import annotations

from newsparse.evaluate.genders import is_full_name, score_named_genders
from newsparse.models import Actor, Article, Quote, Span

TEXT = "Ann Lee said the plan would fail. Okafor said it would not. The council said it would vote. Lee agreed."


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span.of(TEXT, start, start + len(words))


def _article(lee_gender: str | None, source: str | None) -> Article:
    lee = Actor("a-lee", "Ann Lee", "person", [_span("Ann Lee")], gender=lee_gender, gender_source=source)
    okafor = Actor("a-okafor", "Okafor", "person", [_span("Okafor")], gender="male", gender_source="pronoun")
    council = Actor("a-council", "The council", "organization", [_span("The council")])
    quotes = [
        Quote("q1", [_span("the plan would fail")], "indirect", speaker=lee.id),
        Quote("q2", [_span("it would not")], "indirect", speaker=okafor.id),
        Quote("q3", [_span("it would vote")], "indirect", speaker=council.id),
        Quote("q4", [_span("agreed")], "indirect", speaker=lee.id),
    ]
    return Article(TEXT, id="a", actors=[lee, okafor, council], quotes=quotes)


def test_only_quotes_by_fully_named_persons_count() -> None:
    result = score_named_genders([_article(None, None)])
    # Okafor (one word) and the council (not a person) are left out; Ann Lee's two quotes count
    assert result["quotes_by_named_persons"] == 2
    assert result["with_gender"] == 0
    assert result["share"] == 0.0
    assert result["by_evidence"] == {}


def test_gendered_quotes_are_counted_by_their_evidence() -> None:
    result = score_named_genders([_article("female", "honorific"), _article(None, None)])
    assert (result["with_gender"], result["quotes_by_named_persons"]) == (2, 4)
    assert result["share"] == 0.5
    assert result["by_evidence"] == {"honorific": 2}


def test_full_name_needs_two_capitalised_words() -> None:
    assert is_full_name("Maria Delgado")
    assert is_full_name("J. R. Smith Jr.")
    assert not is_full_name("Delgado")
    assert not is_full_name("the senator")
    assert not is_full_name("Maria the baker")


def test_no_quotes_gives_no_share() -> None:
    assert score_named_genders([])["share"] is None
