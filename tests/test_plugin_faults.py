"""Plugin faults never cost another plugin's results: hangs, wrong types, mutation attempts."""

from __future__ import annotations

import threading
import time

import attrs
import pytest

from newsparse import Actor, Article, Parser, Quote, Span, hookimpl
from newsparse.budget import PluginTimeout, call_with_budget

TEXT = "“Repairs are done,” said Ines Duarte, the mayor. Paulo Reis disagreed."


class Good:
    name = "good"

    @hookimpl
    def newsparse_actors(self, document):
        i = document.text.index("Ines Duarte")
        return [Actor(id="a-duarte", name="Ines Duarte", kind="person", mentions=[Span.of(document.text, i, i + 11)])]

    @hookimpl
    def newsparse_quotes(self, document, actors):
        return [Quote(id="q1", parts=[Span.of(document.text, 1, 17)], speaker=actors[0].id)]


class Hangs:
    name = "hangs"

    @hookimpl
    def newsparse_quotes(self, document):
        while True:  # a plugin stuck in a loop
            time.sleep(0.01)


class SlowGenerator:
    name = "slow-generator"

    @hookimpl
    def newsparse_actors(self, document):
        yield Actor(id="slow", name="Slow")
        time.sleep(5)
        yield Actor(id="slower", name="Slower")


class Mutator:
    name = "mutator"
    error: Exception | None = None

    @hookimpl
    def newsparse_quotes(self, actors):
        try:
            actors[0].name = "Someone else"  # type: ignore[misc]
        except Exception as error:  # noqa: BLE001
            Mutator.error = error
        return []


@pytest.fixture(scope="module")
def backend(parser):
    parser.backend.analyze("Load the model now, not inside a timed parse.")
    return parser.backend


def test_a_hanging_plugin_is_interrupted_and_the_rest_is_kept(backend):
    parser = Parser(backend=backend, plugins=[Good(), Hangs()], load_entry_points=False, plugin_timeout=0.5)
    started = time.perf_counter()
    article = parser.parse(TEXT)
    assert time.perf_counter() - started < 30  # interrupted: without the budget this never returns
    assert [q.id for q in article.quotes] == ["q1"] and article.quotes[0].speaker == "a-duarte"
    assert [(f.plugin, f.phase, f.error) for f in article.failures] == [
        ("hangs", "quotes", "PluginTimeout: exceeded its time budget of 0.5 s")
    ]


def test_a_generator_plugin_is_held_to_the_budget_too(backend):
    parser = Parser(backend=backend, plugins=[Good(), SlowGenerator()], load_entry_points=False, plugin_timeout=0.3)
    article = parser.parse(TEXT)
    assert [a.id for a in article.actors] == ["a-duarte"]  # the slow plugin's partial output is dropped whole
    assert article.failures[0].plugin == "slow-generator"


def test_plugins_cannot_mutate_other_plugins_results(backend):
    parser = Parser(backend=backend, plugins=[Good(), Mutator()], load_entry_points=False)
    article = parser.parse(TEXT)
    assert isinstance(Mutator.error, attrs.exceptions.FrozenInstanceError)
    assert article.actors[0].name == "Ines Duarte"


def test_budget_outside_the_main_thread_judges_after_the_call():
    outcome = {}

    def worker():
        try:
            call_with_budget(time.sleep, [0.2], 0.05)
        except PluginTimeout as error:
            outcome["error"] = str(error)
        outcome["fast"] = call_with_budget(lambda x: x * 2, [21], 1.0)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert outcome == {"error": "exceeded its time budget of 0.05 s", "fast": 42}


def test_failures_survive_the_json_round_trip(backend):
    article = Parser(backend=backend, plugins=[Good(), Hangs()], load_entry_points=False, plugin_timeout=0.2).parse(
        TEXT
    )
    assert Article.from_json(article.to_json()).failures == article.failures


@pytest.mark.slow
def test_cli_plugin_timeout_records_the_hang_and_writes_the_article(tmp_path, monkeypatch):
    import json

    from newsparse.cli import main

    (tmp_path / "hanging_plugin.py").write_text(
        "import time\nfrom newsparse import hookimpl\n\n@hookimpl\ndef newsparse_stances(document):\n    time.sleep(60)\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("NEWSPARSE_PLUGINS", "hanging_plugin")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(article), "--format", "jsonl", "-o", str(out), "--plugin-timeout", "1"]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [(f["plugin"], f["phase"]) for f in written["failures"]] == [("hanging_plugin", "stances")]
    assert written["quotes"], "the built-in extractors' results are kept"
