"""Tests of the example plugin, written the way docs/testing-plugins.md recommends.

Run them with ``pytest examples/plugin-package/tests`` (the project's CI does).
"""

from __future__ import annotations

import newsparse_handles
import pytest

from newsparse import ActorKind, Parser, SpacyBackend
from newsparse.plugins import PluginRegistry

TEXT = (
    "The mayor answered critics on social media. "
    '"We will rebuild the bridge," @CityOfHarbor posted on Monday, and @harbor_news shared it. '
    "Later @CityOfHarbor added that work starts in May."
)


@pytest.fixture(scope="module")
def alone() -> Parser:
    """Only this plugin (and the spaCy backend), its errors raised: what a unit test of one plugin wants."""
    return Parser(backend=SpacyBackend(), plugins=[newsparse_handles], load_entry_points=False, errors="raise")


def test_every_handle_is_one_actor_with_all_its_mentions(alone: Parser) -> None:
    article = alone.parse(TEXT)
    names = {actor.name: actor for actor in article.actors}
    assert set(names) == {"@cityofharbor", "@harbor_news"}
    city = names["@cityofharbor"]
    assert [m.text for m in city.mentions] == ["@CityOfHarbor", "@CityOfHarbor"]
    assert city.kind is ActorKind.UNKNOWN
    assert city.provenance is not None and city.provenance.plugin == "newsparse_handles"


def test_an_email_address_is_not_a_handle(alone: Parser) -> None:
    article = alone.parse("Write to press@harbor.gov for the full statement.")
    assert article.actors == ()


def test_the_entry_point_registers_it_beside_the_builtins() -> None:
    """Installed (`pip install -e examples/plugin-package`), it is found like the built-in extractors."""
    plugins = {info.name: info for info in PluginRegistry().info()}
    assert plugins["handles"].hooks == ("newsparse_actors",)
    assert plugins["handles"].source == "entry point"
    assert {"actors", "quotes", "dates", "stances"} <= set(plugins)


def test_it_runs_beside_the_builtins_without_failures() -> None:
    article = Parser().parse(TEXT)
    assert article.failures == ()
    handles = [a for a in article.actors if a.provenance and a.provenance.plugin == "handles"]
    assert {a.name for a in handles} == {"@cityofharbor", "@harbor_news"}
    assert any(quote.text.startswith("We will rebuild the bridge") for quote in article.quotes)
