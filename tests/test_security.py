"""Security: no network at parse time, no pickle or eval on input."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from newsparse.io import html_to_input

ROOT = Path(__file__).resolve().parent.parent
HTML = (
    "<html><head><title>Budget vote</title><script src='https://cdn.example.com/x.js'></script></head>"
    "<body><article><p>The council approved the budget on Tuesday after a long debate about school funding and roads.</p>"
    "<p>“This is a fair compromise,” said councillor Marta Silva, who had opposed an earlier draft of the plan.</p>"
    "<img src='https://images.example.com/a.png'></article></body></html>"
)


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError(f"network access attempted: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, a))
    return attempts


def test_parsing_text_and_html_makes_no_network_access(parser, no_network):
    article = parser.parse(html_to_input(HTML, source="page.html"))
    assert "fair compromise" in article.text
    parser.parse("“It is done,” said Marta Silva on Tuesday.", published="2024-05-01")
    assert no_network == []


def offenders(paths, pattern):
    return [
        f"{p.relative_to(ROOT)}:{n}"
        for p in paths
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]


def test_no_eval_or_exec_anywhere_in_the_library():
    sources = [*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("plugins").rglob("*.py")]
    assert len(sources) > 10
    assert offenders(sources, re.compile(r"(?<![\w.])eval\(|(?<![\w.])exec\(|yaml\.load\(|marshal\.loads")) == []


def test_nothing_that_reads_input_or_results_uses_pickle():
    """Input files, JSON results and plugins never go through pickle.

    (Worker processes exchange the parser's own settings the way
    multiprocessing always does; that never touches user files.)
    """
    core = ("io.py", "inputs.py", "records.py", "serialize.py", "models.py")
    readers = [ROOT / "src/newsparse" / name for name in core] + list(ROOT.joinpath("src/newsparse/cli").glob("*.py"))
    readers += list(ROOT.joinpath("src/newsparse/corpus").rglob("*.py"))
    readers += list(ROOT.joinpath("plugins").rglob("*.py"))
    assert offenders(readers, re.compile(r"import (pickle|shelve|dill)|\b(pickle|shelve|dill)\.")) == []
