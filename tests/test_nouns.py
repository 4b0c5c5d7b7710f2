"""The source-noun lexicon: which head nouns can speak, and which carry a gender."""

from __future__ import annotations

import pytest

from newsparse import nouns


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("spokeswoman", "person"),
        ("officials", "person"),
        ("epidemiologist", "person"),
        ("historians", "person"),
        ("congressmen", "person"),
        ("46-year-old", "person"),
        ("ministry", "organization"),
        ("electorate", "group"),
        ("city", "place"),
        ("poll", "document"),
        ("tweets", "document"),
        ("statement", "document"),
        ("neurosurgeon", "person"),
        ("superdelegates", "person"),
        ("caucus-goers", "person"),
        ("staff", "group"),
        ("troops", "group"),
        ("placards", "document"),
        ("memoir", "document"),
        ("returns", "document"),
        ("option", None),
        ("timing", None),
        ("attack", None),
        ("meeting", None),
        ("insist", None),
        ("career", None),
        ("specimen", None),
    ],
)
def test_noun_class(word: str, expected: str | None) -> None:
    assert nouns.noun_class(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("spokeswoman", "female"),
        ("wife", "female"),
        ("Congresswoman", "female"),
        ("congressman", "male"),
        ("sons", "male"),
        ("committeeman", "male"),  # a party's two seats per state: committeeman and committeewoman
        ("committeewoman", "female"),
        ("salesman", "male"),
        ("anchorwoman", "female"),
        ("chairman", None),  # used for women too
        ("spokesman", None),
        ("official", None),
    ],
)
def test_noun_gender(word: str, expected: str | None) -> None:
    assert nouns.noun_gender(word) == expected


def test_extend_adds_a_noun_and_refuses_an_unknown_class() -> None:
    assert nouns.noun_class("bailiffs") is None
    nouns.extend("person", ["bailiff"])
    try:
        assert nouns.noun_class("bailiffs") == "person"
    finally:
        nouns._CLASSES["person"].discard("bailiff")
        nouns._CLASS_CACHE.clear()  # answers are cached by word; extend() clears them, this undoing must too
    assert nouns.noun_class("bailiffs") is None
    with pytest.raises(ValueError, match="unknown noun class"):
        nouns.extend("animal", ["dog"])  # type: ignore[arg-type]
