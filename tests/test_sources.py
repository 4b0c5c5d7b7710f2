"""Sources people can count (issue 17): real speakers, countable kinds, roles a reader would take.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newsparse import ActorKind


@pytest.fixture(scope="module")
def speakers(parse):
    """``speakers(text) -> [(quote text, speaker kind, speaker name) ...]`` and the article."""

    def run(text: str):
        article = parse(text)
        by_id = {actor.id: actor for actor in article.actors}
        found = []
        for quote in article.quotes:
            actor = by_id.get(quote.speaker)
            found.append((quote.text, actor.kind.value if actor else None, actor.name if actor else None))
        return found, article

    return run


def _actor(article, name):
    return next(actor for actor in article.actors if actor.name == name)


def test_object_phrases_and_abstractions_are_never_speakers(speakers) -> None:
    found, article = speakers(
        "The timing suggests that a deal is close. A so-called duties test determines whether workers are executives."
    )
    assert all(kind is None for _, kind, _ in found)
    assert not [a for a in article.actors if a.name in ("The timing", "A so-called duties test")]


def test_documents_are_documents_and_speak(speakers) -> None:
    found, _ = speakers(
        "A new poll shows the mayor ahead. The survey found that most residents support the plan. "
        "The book argues that cities are failing. An explosive report said the company hid losses."
    )
    kinds = {name: kind for _, kind, name in found}
    assert kinds == {
        "A new poll": "document",
        "The survey": "document",
        "The book": "document",
        "An explosive report": "document",
    }


def test_relative_pronoun_and_quantifier_speakers(speakers) -> None:
    found, _ = speakers(
        "The campaign cited a new survey, which found that voters were tired. Many say the plan will fail."
    )
    assert ("that voters were tired", "document", "a new survey") in found
    assert ("the plan will fail", "group", "Many") in found


def test_place_acting_is_a_place_with_its_government_reading(speakers) -> None:
    found, article = speakers("Kenya said on Monday that it would reopen the border.")
    assert found == [("that it would reopen the border", "place", "Kenya")]
    assert _actor(article, "Kenya").role == "government"


def test_dateline_is_neither_actor_nor_speaker(speakers) -> None:
    found, article = speakers("WASHINGTON (AP) — Sen. Thomas Whitfield, R-Texas, said the bill would fail.")
    assert found == [("the bill would fail", "person", "Thomas Whitfield")]
    assert not [a for a in article.actors if a.name in ("WASHINGTON", "AP")]


def test_party_state_tag_gives_role_and_affiliation(parse) -> None:
    article = parse("Sen. Thomas Whitfield, R-Texas, disagreed with the plan.")
    whitfield = _actor(article, "Thomas Whitfield")
    assert (whitfield.role, whitfield.affiliation) == ("senator from Texas", "Republican Party")
    assert _actor(article, "Republican Party").kind is ActorKind.ORGANIZATION


def test_title_after_the_name_without_a_comma(parse) -> None:
    article = parse("Sen. Lena Ortiz of Ohio said the bill would pass. Ann Lee of the Urban Institute disagreed.")
    ortiz, lee = _actor(article, "Lena Ortiz"), _actor(article, "Ann Lee")
    assert (ortiz.role, ortiz.affiliation) == ("senator from Ohio", "Ohio")
    assert lee.affiliation == "Urban Institute"


def test_possessive_affiliation_resolves_to_the_named_organization(parse) -> None:
    article = parse(
        "The Environmental Protection Agency issued new rules on Monday. "
        "The agency's administrator, Dana Cole, said the rules were overdue."
    )
    cole = _actor(article, "Dana Cole")
    assert (cole.role, cole.affiliation) == ("administrator", "Environmental Protection Agency")


def test_a_role_never_holds_a_pronoun(parse) -> None:
    article = parse(
        "Foreign Minister Amina Odhiambo spoke first. Her Ethiopian counterpart, Dawit Bekele, said talks would resume."
    )
    assert _actor(article, "Dawit Bekele").role == "Ethiopian counterpart"


def test_gender_comes_with_its_evidence(parse) -> None:
    article = parse(
        "Mrs. Eileen Parkhurst said the water rose fast. Graham Tolley, the association's chairman, agreed. "
        "He said the council had been warned. The company's spokeswoman, Alex Moreau, declined to comment."
    )
    assert (_actor(article, "Eileen Parkhurst").gender, _actor(article, "Eileen Parkhurst").gender_source) == (
        "female",
        "honorific",
    )
    assert (_actor(article, "Graham Tolley").gender, _actor(article, "Graham Tolley").gender_source) == (
        "male",
        "pronoun",
    )
    assert (_actor(article, "Alex Moreau").gender, _actor(article, "Alex Moreau").gender_source) == ("female", "role")
