"""Every example script runs (as a user would run it, with this venv's Python) and prints what it promises.

Scripts are discovered from examples/*.py, so a new example is run too; the
ones below also have their output checked. Each run loads the NLP model in a
fresh process, so the inputs are the two short example articles.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each example script runs in its own interpreter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = EXAMPLES / "data"
SCRIPTS = sorted(path.name for path in EXAMPLES.glob("*.py"))


def run_example(name: str, *args: str, cwd: Path) -> str:
    run = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], cwd=cwd, capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, f"{name} exited {run.returncode}:\n{run.stdout}\n{run.stderr}"
    assert run.stdout.strip(), f"{name} printed nothing"
    return run.stdout


def test_the_examples_are_there():
    assert {"parse_article.py", "corpus_to_csv.py", "inline_plugin.py", "html_report.py"} <= set(SCRIPTS)
    assert (DATA / "wire_story.txt").is_file() and (DATA / "housing_vote.txt").is_file()


def check_parse_article(out: str, tmp_path: Path) -> None:
    header, *lines = out.strip().splitlines()
    match = re.match(r"wire_story: (\d+) quotes, (\d+) actors, published 2024-03-14$", header)
    assert match, header
    quotes = [line for line in lines if line.startswith("- ")]
    assert len(quotes) == int(match.group(1)) >= 4
    # the unambiguous attribution of the story ('..." said Grace Mwangi, a water policy researcher')
    assert any(line.startswith("- Grace Mwangi") and "Nobody should expect miracles" in line for line in quotes), out


def check_corpus_to_csv(out: str, tmp_path: Path) -> None:
    assert "2 articles -> " in out
    with (tmp_path / "tables" / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert f"{len(rows)} quotes; most quoted:" in out
    assert {row["article_id"] for row in rows} == {"wire_story", "housing_vote"}
    for name in ("articles", "actors", "dates", "stances"):
        assert (tmp_path / "tables" / f"{name}.csv").is_file()
    assert "share of quotes by kind of speaker:" in out


def check_inline_plugin(out: str, tmp_path: Path) -> None:
    text = (DATA / "housing_vote.txt").read_text(encoding="utf-8")
    found = re.findall(r"watchlist found (.+) \((\w+)\) at ([\d, ]+)", out)
    assert {name for name, _, _ in found} == {"Apartment Owners Association", "Eastside Renters Union", "state Senate"}
    for name, kind, places in found:
        assert kind == "organization"
        for start in places.split(", "):
            assert text[int(start) : int(start) + len(name)] == name
    assert re.search(r"^\d+ actors from the other plugins$", out, re.M)


def check_html_report(out: str, tmp_path: Path) -> None:
    match = re.search(r"wrote (\S+) \(2 articles, (\d+) quotes\)", out)
    assert match, out
    assert int(match.group(2)) >= 4
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'data-article-id="wire_story"' in html and 'data-article-id="housing_vote"' in html
    assert html.count('<mark class="q') >= int(match.group(2))


def check_custom_stance_classifier(out: str, tmp_path: Path) -> None:
    lines = out.strip().splitlines()
    assert re.fullmatch(r"\d+ stances by \['support-oppose'\]", lines[-1]), lines[-1]  # the built-in one is replaced
    # "...said in a statement last week that it welcomed any dialogue": a verb of support, so positive
    assert any(line.startswith("positive") and "[welcomed]" in line for line in lines), out


CHECKS = {
    "parse_article.py": ((), check_parse_article),
    "corpus_to_csv.py": (("-o", "tables"), check_corpus_to_csv),
    "inline_plugin.py": ((), check_inline_plugin),
    "html_report.py": (("-o", "report.html"), check_html_report),
    "custom_stance_classifier.py": ((), check_custom_stance_classifier),
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_example_runs(script, tmp_path):
    args, check = CHECKS.get(script, ((), None))
    out = run_example(script, *args, cwd=tmp_path)
    if check is not None:
        check(out, tmp_path)


def test_plugin_package_is_found_through_its_entry_point(parse):
    newsparse = Path(sys.executable).parent / "newsparse"
    run = subprocess.run([str(newsparse), "plugins", "--json"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    plugins = {plugin["name"]: plugin for plugin in json.loads(run.stdout)}
    assert "handles" in plugins, (
        "the example plugin package is not installed: pip install -e examples/plugin-package (.ci/run does)"
    )
    assert plugins["handles"]["hooks"] == ["newsparse_actors"]
    assert plugins["handles"]["source"] == "entry point"
    article = parse("The mayor's office posted the schedule on @CityHallNews before noon.")
    handles = [actor for actor in article.actors if actor.provenance and actor.provenance.plugin == "handles"]
    assert [actor.name for actor in handles] == ["@cityhallnews"]
    assert handles[0].mentions[0].text == "@CityHallNews"
