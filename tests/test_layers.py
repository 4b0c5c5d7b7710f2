"""The layers show in the imports: each layer loads only what is below it.

Every check runs in a fresh interpreter, so what one test imported cannot
hide what another layer pulls in. A failure names the module that should
not have been loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # one fresh interpreter per layer

#: layer module -> modules importing it must NOT load
FORBIDDEN = {
    # plugins sit on the plugin API (the top-level package) only
    "newsparse_stances": ["newsparse.cli", "newsparse.corpus", "newsparse.evaluate", "newsparse.run", "argparse"],
    "newsparse_quotes": ["newsparse.cli", "newsparse.corpus", "newsparse.evaluate", "newsparse.run"],
    "newsparse_actors": ["newsparse.cli", "newsparse.corpus", "newsparse.evaluate", "newsparse.run"],
    "newsparse_dates": ["newsparse.cli", "newsparse.corpus", "newsparse.evaluate", "newsparse.run"],
    # the core knows nothing of running, corpus outputs, evaluation or the command line, nor of any plugin
    "newsparse": [
        "newsparse.cli",
        "newsparse.corpus",
        "newsparse.evaluate",
        "newsparse.run",
        "newsparse_quotes",
        "newsparse_actors",
        "newsparse_dates",
        "newsparse_stances",
        "spacy",
        "stanza",
        "torch",
        "pandas",
        "argparse",
    ],
    "newsparse.parser": ["newsparse.run", "newsparse.corpus", "newsparse.cli", "newsparse.evaluate", "spacy"],
    # running sits on the core only
    "newsparse.run.pool": ["newsparse.corpus", "newsparse.cli", "newsparse.evaluate"],
    "newsparse.run.resume": ["newsparse.corpus", "newsparse.cli", "newsparse.evaluate"],
    # corpus outputs never reach into the command line, evaluation or a plugin
    "newsparse.corpus.actors": ["newsparse.cli", "newsparse.evaluate", "newsparse_quotes", "newsparse_actors"],
    "newsparse.corpus.stances": ["newsparse.cli", "newsparse.evaluate", "newsparse_stances"],
    "newsparse.corpus.tables": ["newsparse.cli", "newsparse.evaluate", "pandas"],
    "newsparse.corpus.report": ["newsparse.cli", "newsparse.evaluate"],
    # evaluation reads results and gold, never a plugin's internals or the command line
    "newsparse.evaluate": [
        "newsparse.cli",
        "newsparse_quotes",
        "newsparse_actors",
        "newsparse_dates",
        "newsparse_stances",
    ],
    # the command line starts without loading models or data libraries
    "newsparse.cli": ["spacy", "stanza", "torch", "pandas", "newsparse_quotes", "newsparse.corpus.report.render"],
}


def loaded_after_import(module: str) -> set[str]:
    code = f"import sys, json; import {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_a_layer_does_not_load_the_layers_above_it(module: str) -> None:
    loaded = loaded_after_import(module)
    assert module in loaded
    wrong = sorted(
        name for name in loaded for banned in FORBIDDEN[module] if name == banned or name.startswith(banned + ".")
    )
    assert not wrong, f"importing {module} loads {wrong}"


def test_the_check_can_fail() -> None:
    """The same probe sees a dependency that is there: the CLI's parse command loads the parser."""
    assert "newsparse.parser" in loaded_after_import("newsparse.cli.parse")


def test_builtin_plugins_import_only_the_top_level_package() -> None:
    """Plugins use the public API in one style: ``from newsparse import ...``, nothing deeper."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "plugins"
    offenders = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith(("from newsparse.", "import newsparse"))
    ]
    assert not offenders, "plugins import newsparse internals:\n" + "\n".join(offenders)
