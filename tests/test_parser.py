"""The one-pass parser: phases, provenance, fault isolation, plugin control."""

from __future__ import annotations

import importlib.metadata

import attrs
import pytest

from newsparse import (
    Actor,
    Article,
    DateMention,
    InputError,
    Parser,
    PluginError,
    PluginRegistrationError,
    Quote,
    Span,
    Stance,
    hookimpl,
)
from newsparse.analysis import Analysis, Sentence, Token
from newsparse.nlp.base import Backend, BackendUnavailable

TEXT = "“The bridge opens in May,” Mayor Ines Duarte said. Critics disagreed."


class Names:
    """A tiny actors plugin: the PERSON entities of the analysis."""

    name = "names"

    @hookimpl
    def newsparse_actors(self, document):
        return [
            Actor(
                id=f"a{e.start}",
                name=document.text[e.start : e.end],
                kind="person",
                mentions=[Span.of(document.text, e.start, e.end)],
            )
            for e in document.analysis.entities
            if e.label == "PERSON"
        ]


class FirstQuote:
    """A quotes plugin that checks it is given the actors of the earlier phase."""

    name = "first-quote"
    seen_actors: tuple = ()

    @hookimpl
    def newsparse_quotes(self, document, actors):
        FirstQuote.seen_actors = actors
        speaker = actors[0].id if actors else None
        return [Quote(id="q1", parts=[Span.of(document.text, 1, 24)], speaker=speaker)]


class Exploding:
    name = "exploding"

    @hookimpl
    def newsparse_quotes(self, document):
        raise RuntimeError("boom")

    @hookimpl
    def newsparse_actors(self, document):
        raise KeyError("missing")


class WrongResults:
    name = "wrong"

    @hookimpl
    def newsparse_actors(self, document):
        return [
            "not an actor",
            Actor(id="x1", name="Ghost", mentions=[Span(0, 5, "Ghost")]),  # text does not match the article
            Actor(id="x2", name="Mayor", mentions=[Span.of(document.text, 27, 32)]),
        ]


class Stances:
    name = "stance-count"

    @hookimpl
    def newsparse_stances(self, quotes, actors):
        return [Stance(id=f"s-{q.id}", polarity="neutral", quote=q.id) for q in quotes]


@pytest.fixture(scope="module")
def make(parser):
    """Parsers sharing the session's loaded spaCy backend, without the built-in extractors."""

    def build(*plugins, **kwargs):
        return Parser(backend=parser.backend, plugins=plugins, load_entry_points=False, **kwargs)

    return build


def test_phases_see_earlier_results_and_results_are_stamped(make):
    article = make(Names(), FirstQuote(), Stances()).parse(TEXT, id="t1", published="2024-03-01")
    assert [a.name for a in article.actors] == ["Ines Duarte"]
    assert FirstQuote.seen_actors == article.actors
    assert article.quotes[0].speaker == article.actors[0].id
    assert article.quotes[0].provenance.plugin == "first-quote"
    assert article.actors[0].provenance.plugin == "names"
    assert article.stances[0].quote == "q1"
    assert article.nlp.backend == "spacy"
    assert article.published.isoformat() == "2024-03-01T00:00:00"
    assert article.published_source == "caller"


def test_a_plugin_that_raises_loses_no_other_result(make):
    article = make(Names(), FirstQuote(), Exploding(), Stances()).parse(TEXT)
    assert [a.name for a in article.actors] == ["Ines Duarte"]
    assert [q.id for q in article.quotes] == ["q1"]
    assert len(article.stances) == 1
    failures = {(f.plugin, f.phase): f.error for f in article.failures}
    assert failures == {("exploding", "entities"): "KeyError: 'missing'", ("exploding", "quotes"): "RuntimeError: boom"}
    assert "boom" in next(f.detail for f in article.failures if f.phase == "quotes")
    assert Article.from_json(article.to_json()) == article


def test_invalid_results_are_dropped_and_recorded(make):
    article = make(WrongResults()).parse(TEXT)
    assert [a.id for a in article.actors] == ["x2"]
    errors = [f.error for f in article.failures]
    assert any("expected Actor, got str" in e for e in errors)
    assert any("does not match the article text" in e for e in errors)


def test_duplicate_ids_from_two_plugins_keep_the_first(make):
    class Again(Names):
        name = "names-again"

    article = make(Names(), Again()).parse(TEXT)
    assert len(article.actors) == 1
    assert any("duplicate actor id" in f.error for f in article.failures)


def test_the_assembled_article_is_one_the_validating_constructor_accepts(make):
    """The parser sets the results (checked one by one as they came in) without Article re-walking every
    span: rebuilt through the validating constructor, the article is the same, bad and duplicate results gone."""

    class Again(Names):
        name = "names-again"

    article = make(Names(), Again(), WrongResults(), FirstQuote(), Stances()).parse(TEXT)
    assert article.actors and article.quotes and article.stances
    assert len({a.id for a in article.actors}) == len(article.actors)
    assert Article(**{field.name: getattr(article, field.name) for field in attrs.fields(Article)}) == article


def test_errors_raise_mode_names_the_plugin(make):
    with pytest.raises(PluginError, match="plugin 'exploding' failed in phase 'entities'"):
        make(Exploding(), errors="raise").parse(TEXT)


def test_finalize_can_replace_the_article_and_bad_finalize_is_recorded(make):
    class DropQuotes:
        name = "drop-quotes"

        @hookimpl
        def newsparse_finalize(self, article):
            return Article(text=article.text, id=article.id, actors=article.actors, nlp=article.nlp)

    class BadFinal:
        name = "bad-final"

        @hookimpl
        def newsparse_finalize(self, article):
            return "not an article"

    article = make(Names(), FirstQuote(), DropQuotes(), BadFinal()).parse(TEXT)
    assert article.quotes == ()
    assert len(article.actors) == 1
    assert [f.plugin for f in article.failures] == ["bad-final"]


def test_disable_by_argument_and_environment(parser, monkeypatch):
    names = {p.name for p in Parser(backend=parser.backend, disable=["stances"]).registry.info()}
    assert "stances" not in names and "quotes" in names
    monkeypatch.setenv("NEWSPARSE_DISABLE_PLUGINS", "quotes, dates")
    names = {p.name for p in Parser(backend=parser.backend).registry.info()}
    assert {"quotes", "dates"}.isdisjoint(names) and "actors" in names


def test_extra_plugin_modules_from_the_environment(parser, monkeypatch, tmp_path):
    (tmp_path / "envplugin.py").write_text(
        "from newsparse import hookimpl, DateMention, Span\n"
        "@hookimpl\n"
        "def newsparse_dates(document):\n"
        "    i = document.text.index('May')\n"
        "    return [DateMention(id='d-env', span=Span.of(document.text, i, i + 3), value='2024-05')]\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("NEWSPARSE_PLUGINS", "envplugin")
    article = Parser(backend=parser.backend, load_entry_points=False).parse(TEXT)
    assert [(d.id, d.value, d.provenance.plugin) for d in article.dates] == [("d-env", "2024-05", "envplugin")]


def test_a_plugin_module_that_cannot_be_imported_is_named_in_the_error(parser, monkeypatch, tmp_path):
    (tmp_path / "brokenplugin.py").write_text("import no_such_dependency_of_the_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("NEWSPARSE_PLUGINS", "envplugin_misspelt")
    with pytest.raises(PluginRegistrationError, match="'envplugin_misspelt', which cannot be imported"):
        Parser(backend=parser.backend, load_entry_points=False)
    monkeypatch.setenv("NEWSPARSE_PLUGINS", "brokenplugin")
    with pytest.raises(PluginRegistrationError, match="'brokenplugin'.*no_such_dependency_of_the_plugin"):
        Parser(backend=parser.backend, load_entry_points=False)


def test_an_installed_plugin_that_fails_to_load_is_named_with_how_to_leave_it_out(parser, monkeypatch):
    broken = importlib.metadata.EntryPoint(name="broken", value="no_such_package.plugin", group="newsparse")
    real = importlib.metadata.entry_points

    def with_broken(**kwargs):
        return [*real(**kwargs), broken] if kwargs.get("group") == "newsparse" else real(**kwargs)

    monkeypatch.setattr(importlib.metadata, "entry_points", with_broken)
    with pytest.raises(PluginRegistrationError, match="NEWSPARSE_DISABLE_PLUGINS=broken") as raised:
        Parser(backend=parser.backend)
    assert "no_such_package.plugin" in str(raised.value)
    names = {p.name for p in Parser(backend=parser.backend, disable=["broken"]).registry.info()}
    assert {"quotes", "actors", "dates"} <= names


def test_builtin_extractors_are_entry_point_plugins(parser):
    info = {p.name: p for p in parser.registry.info()}
    for name in ("actors", "dates", "quotes", "stances", "backends"):
        assert info[name].source == "entry point"
    assert info["backends"].hooks == ("newsparse_load_backend",)


class WhitespaceBackend(Backend):
    """A user backend: one sentence, whitespace tokens, no tags. Replaces spaCy when registered."""

    name = "spacy"
    model = "whitespace"
    version = "1"

    def analyze(self, text):
        tokens, position = [], 0
        for i, word in enumerate(text.split()):
            start = text.index(word, position)
            position = start + len(word)
            tokens.append(Token(i, start, position, word, word.lower(), "X", "", "dep", 0, 0))
        return Analysis(
            text, tuple(tokens), (Sentence(0, len(text), 0, len(tokens)),), backend="whitespace", model="ws"
        )

    def analyze_many(self, texts, batch_size=32):
        return (self.analyze(t) for t in texts)


def test_a_user_plugin_replaces_the_backend_first_result_wins():
    class BackendPlugin:
        name = "my-backend"

        @hookimpl
        def newsparse_load_backend(self, name, options):
            return WhitespaceBackend() if name == "spacy" else None

    parser = Parser(plugins=[BackendPlugin()], disable=["quotes", "actors", "dates", "stances"])
    article = parser.parse("Three short words")
    assert article.nlp.backend == "whitespace"
    with pytest.raises(BackendUnavailable, match="no plugin provides an NLP backend called 'klingon'"):
        _ = Parser(backend="klingon", load_entry_points=False).backend


def test_empty_and_bad_input_is_refused_clearly(make):
    parser = make()
    with pytest.raises(InputError, match="empty text"):
        parser.parse("")
    with pytest.raises(InputError, match="only whitespace"):
        parser.parse(" \n\t ")
    with pytest.raises(InputError, match="text is bytes"):
        parser.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="cannot parse date 'next Blursday'"):
        parser.parse("Some text.", published="next Blursday")


def test_lone_surrogates_are_replaced_without_moving_offsets(make):
    article = make(Names()).parse("Ines Duarte \ud800 spoke to Ines Duarte.")
    assert article.text == "Ines Duarte \ufffd spoke to Ines Duarte."
    article.to_json().encode("utf-8")


def test_parse_many_keeps_order_and_reports_bad_articles(make):
    parser = make(Names())
    texts = ["Ines Duarte spoke.", "", "Paulo Reis answered.", "   "]
    results = list(parser.parse_many(texts, batch_size=2))
    assert [type(r).__name__ for r in results] == ["Article", "ParseFailure", "Article", "ParseFailure"]
    assert results[0].actors[0].name == "Ines Duarte" and results[2].actors[0].name == "Paulo Reis"
    assert "empty text" in results[1].error and "only whitespace" in results[3].error


class FlakyBatchBackend(WhitespaceBackend):
    """Analyses a batch lazily and breaks on a text with BREAK in it, alone or in a batch; records the order of work."""

    def __init__(self, log):
        self.log = log

    def analyze(self, text):
        if "BREAK" in text:
            raise RuntimeError("tokenizer broke")
        self.log.append(("analyse", text))
        return super().analyze(text)

    def analyze_many(self, texts, batch_size=32):
        return (self.analyze(t) for t in texts)


class Recorder:
    name = "recorder"

    def __init__(self, log):
        self.log = log

    @hookimpl
    def newsparse_actors(self, document):
        self.log.append(("extract", document.text))
        return []


def test_each_article_is_extracted_as_soon_as_it_is_analysed():
    """A batch's analyses are not all held at once: analysis and extraction alternate, in input order."""
    log: list[tuple[str, str]] = []
    parser = Parser(backend=FlakyBatchBackend(log), plugins=[Recorder(log)], load_entry_points=False)
    results = list(parser.parse_many(["one", "two", "three"], batch_size=3))
    assert [type(r).__name__ for r in results] == ["Article"] * 3
    assert log == [(step, text) for text in ("one", "two", "three") for step in ("analyse", "extract")]


def test_a_text_that_breaks_the_nlp_batch_fails_alone(caplog):
    log: list[tuple[str, str]] = []
    parser = Parser(backend=FlakyBatchBackend(log), plugins=[Recorder(log)], load_entry_points=False)
    texts = ["one", "two BREAK", "three", "", "four"]
    results = list(parser.parse_many(texts, batch_size=5))
    assert [type(r).__name__ for r in results] == ["Article", "ParseFailure", "Article", "ParseFailure", "Article"]
    assert [r.text for r in results if isinstance(r, Article)] == ["one", "three", "four"]
    assert results[1].error == "RuntimeError: tokenizer broke" and "empty text" in results[3].error
    assert "NLP batch failed; analysing its 3 remaining articles one by one" in caplog.text
    with pytest.raises(RuntimeError, match="tokenizer broke"):
        list(Parser(backend=FlakyBatchBackend([]), load_entry_points=False, errors="raise").parse_many(texts))


def test_date_results_feed_the_quotes_phase(make):
    class Dates:
        name = "dates-x"

        @hookimpl
        def newsparse_dates(self, document):
            i = document.text.index("in May")
            return [DateMention(id="d1", span=Span.of(document.text, i, i + 6), value="2024-05")]

    seen = {}

    class Quotes:
        name = "quotes-x"

        @hookimpl
        def newsparse_quotes(self, dates):
            seen["dates"] = dates

    make(Dates(), Quotes()).parse(TEXT)
    assert [d.value for d in seen["dates"]] == ["2024-05"]


def test_publication_date_found_by_a_plugin_is_used_only_without_the_callers(make):
    import datetime as dt

    from newsparse import PublishedDate

    class Dateline:
        name = "dateline-x"

        @hookimpl
        def newsparse_dates(self, document):
            return [PublishedDate(dt.datetime(2024, 3, 14), "dateline", Span.of(document.text, 0, 7))]

    parser = make(Dateline())
    found = parser.parse("Nairobi – Talks resumed.")
    assert (found.published, found.published_source, found.published_span.text) == (
        dt.datetime(2024, 3, 14),
        "dateline",
        "Nairobi",
    )
    given = parser.parse("Nairobi – Talks resumed.", published="2020-01-01")
    assert (given.published.year, given.published_source, given.published_span) == (2020, "caller", None)


def test_a_date_found_by_the_dates_phase_reaches_the_later_phases(make):
    import datetime as dt

    from newsparse import PublishedDate

    class Dateline:
        name = "dateline-y"

        @hookimpl
        def newsparse_dates(self, document):
            return [PublishedDate(dt.datetime(2024, 3, 14), "dateline", Span.of(document.text, 0, 7))]

    seen = {}

    class Quotes:
        name = "quotes-y"

        @hookimpl
        def newsparse_quotes(self, document):
            seen["quotes"] = document.published

    class Stances:
        name = "stances-y"

        @hookimpl
        def newsparse_stances(self, document):
            seen["stances"] = document.published

    parser = make(Dateline(), Quotes(), Stances())
    parser.parse("Nairobi – Talks resumed.")
    assert seen == {"quotes": dt.datetime(2024, 3, 14), "stances": dt.datetime(2024, 3, 14)}
    parser.parse("Nairobi – Talks resumed.", published="2020-01-01")  # the caller's date wins everywhere
    assert seen == {"quotes": dt.datetime(2020, 1, 1), "stances": dt.datetime(2020, 1, 1)}


def test_hook_wrappers_are_refused_when_registered(parser):
    from newsparse import PluginRegistrationError

    class Wrapper:
        name = "wrapper"

        @hookimpl(wrapper=True)
        def newsparse_actors(self, document):
            return (yield)

    class OldStyleWrapper:
        name = "old-wrapper"

        @hookimpl(hookwrapper=True)
        def newsparse_quotes(self, document):
            yield

    for plugin in (Wrapper(), OldStyleWrapper()):
        with pytest.raises(PluginRegistrationError, match=f"plugin '{plugin.name}'.*hook wrapper"):
            Parser(backend=parser.backend, plugins=[plugin], load_entry_points=False)


def test_an_invalid_finalize_result_raises_in_raise_mode_like_every_phase(make):
    class BadFinal:
        name = "bad-final"

        @hookimpl
        def newsparse_finalize(self, article):
            return "not an article"

    with pytest.raises(PluginError, match="plugin 'bad-final' failed in phase 'finalize'.*Article of the same text"):
        make(BadFinal(), errors="raise").parse(TEXT)


def test_the_trace_callback_sees_every_hook_call(make):
    calls = []
    parser = make(Names(), FirstQuote(), Exploding(), trace=calls.append)
    parser.parse(TEXT)
    by_plugin = {(c.plugin, c.hook): c for c in calls}
    assert by_plugin[("names", "newsparse_actors")].results == 1
    assert by_plugin[("first-quote", "newsparse_quotes")].results == 1
    exploded = by_plugin[("exploding", "newsparse_actors")]
    assert exploded.results == 0 and exploded.error.startswith("KeyError")
    assert all(c.seconds >= 0 for c in calls)


def test_a_plugin_class_gets_one_instance_per_parser(parser):
    class Counting:
        instances = 0

        def __init__(self):
            Counting.instances += 1
            self.seen = 0

        @hookimpl
        def newsparse_actors(self, document):
            self.seen += 1

    first = Parser(backend=parser.backend, plugins=[Counting], load_entry_points=False)
    second = Parser(backend=parser.backend, plugins=[Counting], load_entry_points=False)
    first.parse(TEXT)
    first.parse(TEXT)
    assert Counting.instances == 2
    mine = first.registry.manager.get_plugin("Counting")
    other = second.registry.manager.get_plugin("Counting")
    assert (mine.seen, other.seen) == (2, 0)
