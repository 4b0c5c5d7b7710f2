"""The actor scorer E's evaluate command calls (newsparse.evaluate.actors)."""

from __future__ import annotations

from newsparse.evaluate.actors import name_key, role_matches, score_actors
from newsparse.models import Actor, ActorKind, Article, Span


def test_name_key_ignores_honorifics_possessives_and_initials():
    assert name_key("Mr. Antony J. Blinken's") == "antony blinken"
    assert name_key("Ms. Yun") == "yun"


def test_role_match_is_containment_or_half_overlap():
    assert role_matches("President", "Chinese President")
    assert role_matches("director", "executive director of the Coalition")
    assert role_matches("China expert", "China expert at the Marshall Fund", affiliation="Marshall Fund")
    assert role_matches("senior fellow at the Institute", "senior fellow")
    assert not role_matches("mayor", "chief economist")
    assert not role_matches(None, "mayor")
    assert not role_matches("counterpart", "")


def _predicted() -> Article:
    text = "Rita Hale, a mayor, spoke. Hale left. Dan Hale stayed."
    return Article(
        text=text,
        id="x",
        actors=[
            Actor(
                id="a-rita-hale",
                name="Rita Hale",
                kind=ActorKind.PERSON,
                role="mayor",
                mentions=[Span.of(text, 0, 9)],
                aliases=["Hale"],
            ),
            Actor(id="a-hale", name="Hale", kind=ActorKind.ORGANIZATION, mentions=[Span.of(text, 27, 31)]),
        ],
    )


def test_score_counts_found_kind_role_and_duplicates():
    gold = [
        {
            "id": "x",
            "actors": [
                {"name": "Rita Hale", "kind": "person", "role": "Mayor of Easton"},
                {"name": "Dan Hale", "kind": "person", "role": "baker"},
            ],
        }
    ]
    result = score_actors(gold, [_predicted()])
    assert result["gold_actors"] == 2
    assert result["found"] == 1 and result["missed"] == ["x: Dan Hale"]
    assert result["kind_correct"] == 1
    assert result["roles_matched"] == 1 and result["gold_roles"] == 2
    # "Hale" is shared by two gold people, so the separate "Hale" actor is no proof of a duplicate
    assert result["duplicates"] == 0


def test_a_second_actor_for_one_person_is_a_duplicate():
    gold = [{"id": "x", "actors": [{"name": "Rita Hale", "kind": "person", "aliases": ["Hale"]}]}]
    result = score_actors(gold, [_predicted().to_dict()])  # dicts work too
    assert result["duplicates"] == 1
    assert result["duplicated"] == ["x: Rita Hale"]
