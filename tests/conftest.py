"""Shared fixtures: one spaCy-backed parser and analyser per test session (models load once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import Parser
from newsparse.analysis import Analysis

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def parser() -> Parser:
    """The default parser (all entry-point plugins, spaCy backend)."""
    return Parser()


@pytest.fixture(scope="session")
def analyze(parser: Parser):
    """``analyze(text) -> Analysis`` with the default backend, for extractor unit tests."""

    def run(text: str) -> Analysis:
        return parser.backend.analyze(text)

    return run


@pytest.fixture(scope="session")
def parse(parser: Parser):
    """``parse(text, published=None) -> Article`` with the default parser."""

    def run(text: str, **kwargs):
        return parser.parse(text, **kwargs)

    return run
