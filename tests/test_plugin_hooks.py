"""Every hookspec is documented in docs/plugin_hooks.md, and its documented example runs.

Like datasette's test_plugin_hooks.py: the docs are the contract, so the
example of each section is executed as a real plugin and its effect checked.
"""

from __future__ import annotations

import inspect
import re
import types
from pathlib import Path

import pytest

from newsparse import Parser, hookspecs

DOCS = Path(__file__).resolve().parent.parent / "docs" / "plugin_hooks.md"
HOOKS = sorted(name for name, f in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("newsparse_"))

TEXT = (
    "Q: Will the port reopen?\n"
    "A: We expect traffic to resume in Q3 2025, but the failure of the old crane was reckless.\n"
    "Follow @portauthority for updates."
)


def sections() -> dict[str, str]:
    text = DOCS.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    return {part.split("\n", 1)[0].strip(): part for part in parts[1:]}


def example_plugin(hook: str) -> types.ModuleType:
    """The documented example of ``hook`` as a module (the code block that defines it)."""
    blocks = re.findall(r"```python\n(.*?)```", sections()[hook], flags=re.DOTALL)
    code = next(b for b in blocks if f"def {hook}(" in b)
    module = types.ModuleType(f"doc_example_{hook}")
    exec(compile(code, f"{DOCS}:{hook}", "exec"), module.__dict__)  # noqa: S102 - our own docs
    return module


def test_hookspecs_are_all_prefixed_and_known():
    assert HOOKS == [
        "newsparse_actors",
        "newsparse_dates",
        "newsparse_finalize",
        "newsparse_load_backend",
        "newsparse_quotes",
        "newsparse_stance_toward",
        "newsparse_stances",
    ]


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_documented_section_with_an_example(hook):
    section = sections().get(hook)
    assert section is not None, f"docs/plugin_hooks.md has no '## {hook}' section"
    assert f"def {hook}(" in section, f"the {hook} section has no example implementation"


@pytest.fixture(scope="module")
def shared_backend(parser):
    return parser.backend


def run_with(plugin, shared_backend, **kwargs):
    parser = Parser(backend=shared_backend, plugins=[plugin], load_entry_points=False, errors="raise", **kwargs)
    return parser.parse(TEXT, title="Interview with the port authority", published="2025-01-10")


def test_actors_example(shared_backend):
    article = run_with(example_plugin("newsparse_actors"), shared_backend)
    assert [(a.name, a.mentions[0].text) for a in article.actors] == [("@portauthority", "@portauthority")]


def test_dates_example(shared_backend):
    article = run_with(example_plugin("newsparse_dates"), shared_backend)
    assert [(d.span.text, d.value) for d in article.dates] == [("Q3 2025", "2025-Q3")]


def test_quotes_example(shared_backend):
    article = run_with(example_plugin("newsparse_quotes"), shared_backend)
    assert [q.text for q in article.quotes] == [TEXT.split("\n")[1][3:]]
    assert article.quotes[0].speaker is None and article.quotes[0].confidence == 0.3


def test_stances_example(shared_backend):
    quotes = example_plugin("newsparse_quotes")
    stances = example_plugin("newsparse_stances")
    parser = Parser(backend=shared_backend, plugins=[quotes, stances], load_entry_points=False, errors="raise")
    article = parser.parse(TEXT)
    assert [(s.quote, s.polarity.value) for s in article.stances] == [(article.quotes[0].id, "negative")]


def test_stance_toward_example(shared_backend):
    plugin = example_plugin("newsparse_stance_toward")
    parser = Parser(backend=shared_backend, plugins=[plugin], load_entry_points=False, errors="raise")
    text = "The mayor blamed the contractor for the delays."
    start = text.index("the contractor") + 4
    blamed = parser.stance_toward(text, start, start + len("contractor"))
    assert (blamed.polarity.value, blamed.target, blamed.provenance.plugin) == (
        "negative",
        "contractor",
        "doc_example_newsparse_stance_toward",
    )
    assert parser.stance_toward(text, 0, len("The mayor")).polarity.value == "neutral"


def test_finalize_example(shared_backend):
    quotes = example_plugin("newsparse_quotes")
    final = example_plugin("newsparse_finalize")
    parser = Parser(backend=shared_backend, plugins=[quotes, final], load_entry_points=False, errors="raise")
    assert parser.parse(TEXT).quotes == ()  # the only quote has no speaker


def test_load_backend_example(monkeypatch):
    module = example_plugin("newsparse_load_backend")
    loaded = []
    monkeypatch.setattr(module, "SpacyBackend", lambda model: loaded.append(model) or "backend-object")
    parser = Parser(backend="spacy-large", plugins=[module], load_entry_points=False)
    assert parser.backend == "backend-object" and loaded == ["en_core_web_lg"]
    assert Parser(backend="spacy", plugins=[module]).backend.name == "spacy"  # not ours: the built-in answers
