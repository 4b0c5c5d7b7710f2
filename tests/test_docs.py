"""The documentation site: `mkdocs build --strict` passes and the pages keep up with the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import newsparse
from newsparse.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def nav_pages(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [page for value in node.values() for page in nav_pages(value)]
    if isinstance(node, list):
        return [page for item in node for page in nav_pages(item)]
    return []


def test_every_nav_page_exists():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    missing = [page for page in nav_pages(config["nav"]) if not (DOCS / page).is_file()]
    assert not missing, f"pages in mkdocs.yml's nav but not in docs/: {missing}"


@pytest.mark.slow
def test_mkdocs_build_strict(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "api" / "index.html").is_file()


def test_api_page_documents_every_public_name():
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    undocumented = [name for name in newsparse.__all__ if not re.search(rf"`[^`]*\b{re.escape(name)}\b", text)]
    assert not undocumented, f"newsparse.__all__ names missing from docs/api.md: {undocumented}"


def test_cli_page_documents_every_command():
    build_parser()
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = [command.NAME for command in COMMANDS if f"## {command.NAME}" not in text]
    assert not missing, f"commands without a section in docs/cli.md: {missing}"


def test_getting_started_lists_every_example():
    text = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    examples = sorted(p.name for p in (ROOT / "examples").glob("*.py")) + ["plugin-package/"]
    missing = [name for name in examples if f"`{name}`" not in text]
    assert not missing, f"examples not listed in docs/getting-started.md: {missing}"
