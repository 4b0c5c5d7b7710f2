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


def test_no_pickle_eval_or_exec_in_the_library():
    sources = [*ROOT.joinpath("src").rglob("*.py"), *ROOT.joinpath("plugins").rglob("*.py")]
    assert sources
    forbidden = re.compile(r"\bimport pickle\b|\bpickle\.loads?\(|(?<![\w.])eval\(|(?<![\w.])exec\(|yaml\.load\(|marshal\.loads")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in sources for n, line in enumerate(p.read_text().splitlines(), 1) if forbidden.search(line)]
    assert offenders == []
