"""Multi-process parse_many (newsparse.run.pool): same results as the serial path, in order,
reading the input lazily, surviving a worker that dies, reporting errors clearly."""

from __future__ import annotations

import os
import re

import pytest

from newsparse import Article, ArticleInput, Backend, ParseFailure, Parser, hookimpl
from newsparse.analysis import Analysis, Sentence, Token
from newsparse.errors import NewsparseError, PluginError
from newsparse.run.pool import WORKER_DIED, ParserRecipe, failure_to_dict, parse_parallel

pytestmark = pytest.mark.slow  # worker process pools

TEXTS = [
    "The mayor of Porto, Rui Almeida, said on Tuesday that the bridge would reopen in June.",
    "\u201cWe are not going to sign this,\u201d said Helena Ortiz, a spokeswoman for the union.",
    "",  # empty: a failure in its place, the batch goes on
    "Shares of Blue Lantern Foods fell 8 percent after the company cut its forecast.",
    "Police in Ghent arrested two men last night, a police spokesman told reporters.",
    "Farmers' groups said the subsidy cut would hit small producers hardest.",
    "The committee will publish its report next month, according to a parliamentary aide.",
]


class Counting:
    """An input stream that records how many items were taken from it."""

    def __init__(self, items):
        self.items = list(items)
        self.taken = 0

    def __iter__(self):
        for item in self.items:
            self.taken += 1
            yield item


@pytest.fixture(scope="module")
def parallel_run(parser):
    source = Counting(TEXTS + [ParseFailure(None, "broken JSON line", "in.jsonl:9")])
    results, taken_at_first = [], None
    for result in parser.parse_many(source, batch_size=1, n_process=2):
        if taken_at_first is None:
            taken_at_first = source.taken
        results.append(result)
    return results, taken_at_first


def test_parallel_results_equal_serial_results_in_input_order(parser, parallel_run):
    results, _ = parallel_run
    serial = list(parser.parse_many(TEXTS + [ParseFailure(None, "broken JSON line", "in.jsonl:9")], batch_size=1))
    assert len(results) == len(TEXTS) + 1
    assert [type(r) for r in results] == [type(r) for r in serial]
    for got, want in zip(results, serial, strict=True):
        if isinstance(want, Article):
            assert got.to_dict() == want.to_dict()
        else:
            assert got.error == want.error
    assert isinstance(results[2], ParseFailure) and "empty" in results[2].error
    assert results[-1].source == "in.jsonl:9"  # a reader's failure passes through, in place
    assert any(r.quotes for r in results if isinstance(r, Article))  # real work was done


def test_input_is_read_lazily(parallel_run):
    _, taken_at_first = parallel_run
    # batch_size=1, 2 processes: at most 2 * 2 chunks in flight, plus 2 read ahead
    assert taken_at_first <= 6 < len(TEXTS) + 1


def test_bad_arguments_fail_at_the_call(parser):
    with pytest.raises(ValueError, match="n_process"):
        parser.parse_many(TEXTS, n_process=0)
    with pytest.raises(ValueError, match="start_method"):
        parse_parallel(parser, TEXTS, start_method="thread")


def test_a_parser_that_cannot_travel_is_refused_clearly():
    class Local:  # defined in a function: cannot be pickled by reference
        @hookimpl
        def newsparse_actors(self, document):
            return []

    parser = Parser(plugins=[Local()], load_entry_points=False)
    with pytest.raises(NewsparseError, match="cannot be sent to worker processes"):
        parser.parse_many(["One text."], n_process=2)


def test_recipe_sends_plugin_modules_by_name():
    import newsparse.nlp.plugin as backends

    recipe = ParserRecipe.from_kwargs(plugins=[backends], load_entry_points=False)
    rebuilt = recipe.build()
    assert rebuilt.registry.manager.is_registered(backends)


# -- worker deaths and raised errors, with a light test backend (no model to load) ----------
class WordBackend(Backend):
    """Whitespace tokens, one sentence: enough for the pool machinery, loads instantly."""

    name = "words"
    model = "whitespace"
    version = "test"

    def analyze(self, text: str) -> Analysis:
        tokens = tuple(
            Token(i, m.start(), m.end(), m.group(), m.group().lower(), "X", "X", "dep", i, 0)
            for i, m in enumerate(re.finditer(r"\S+", text))
        )
        return Analysis(text, tokens, (Sentence(0, len(text), 0, len(tokens)),), backend="words", model="whitespace")

    def analyze_many(self, texts, batch_size=32):
        return (self.analyze(text) for text in texts)


class WordBackendPlugin:
    @hookimpl
    def newsparse_load_backend(self, name, options):
        return WordBackend() if name == "words" else None


class Saboteur:
    """Kills its worker process on CRASH, raises on RAISE."""

    @hookimpl
    def newsparse_actors(self, document):
        if "CRASH" in document.text:
            os._exit(3)
        if "RAISE" in document.text:
            raise ValueError("sabotaged")
        return []


def _light_parser(**kwargs) -> Parser:
    return Parser(backend="words", plugins=[WordBackendPlugin(), Saboteur()], load_entry_points=False, **kwargs)


def test_an_article_that_kills_its_worker_becomes_a_failure_and_the_rest_is_parsed():
    texts = ["first fine text", "second fine text", "this one will CRASH the worker", "fourth", "fifth"]
    inputs = [ArticleInput.create(t, id=f"a{i}") for i, t in enumerate(texts)]
    results = list(_light_parser().parse_many(inputs, batch_size=2, n_process=2))
    assert [r.input.id if isinstance(r, ParseFailure) else r.id for r in results] == ["a0", "a1", "a2", "a3", "a4"]
    failed = [r for r in results if isinstance(r, ParseFailure)]
    assert [f.input.id for f in failed] == ["a2"]
    assert failed[0].error == WORKER_DIED
    assert failure_to_dict(failed[0]) == {"id": "a2", "source": "a2", "error": WORKER_DIED}


def test_errors_raise_reaches_the_caller_as_plugin_error():
    parser = _light_parser(errors="raise")
    with pytest.raises(PluginError, match="sabotaged"):
        list(parser.parse_many(["fine", "please RAISE now", "fine again"], batch_size=1, n_process=2))


def test_errors_record_keeps_the_plugin_failure_on_the_article():
    results = list(_light_parser().parse_many(["fine", "please RAISE now"], batch_size=1, n_process=2))
    assert all(isinstance(r, Article) for r in results)
    assert [f.plugin for f in results[1].failures] == ["Saboteur"]
    assert results[0].failures == ()


def test_chunks_shrink_at_the_end_of_the_input_so_workers_finish_together():
    from newsparse.run.pool import _chunks

    chunks = list(_chunks((f"Article {i}." for i in range(200)), 32, 2))
    sizes = [len(c) for c in chunks]
    assert sizes == [32, 32, 32, 32, 18, 14, 10, 8, 6, 4, 3, 3, 2, 2, 2]
    assert [a.text for c in chunks for a in c] == [f"Article {i}." for i in range(200)]  # order kept
    assert [len(c) for c in _chunks(["One.", "Two.", "Three."], 32, 2)] == [2, 1]  # a short input is shared too
