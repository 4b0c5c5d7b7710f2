"""Stopping a run from outside: SIGTERM like Ctrl-C, and no process outliving its parent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse.run.resume import Tally
from newsparse.run.stopping import EXIT_TERMINATED, Terminated, exit_code, terminate_as_interrupt

psutil = pytest.importorskip("psutil")


def test_sigterm_raises_terminated_inside_the_block_and_the_old_handler_comes_back():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated), terminate_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler interrupts this
    assert signal.getsignal(signal.SIGTERM) == before


def test_exit_codes():
    assert exit_code(Terminated()) == EXIT_TERMINATED == 143
    assert exit_code(KeyboardInterrupt()) == 130


def test_the_summary_gives_the_resume_hint_and_143_even_when_quiet(capsys):
    class Args:
        quiet = True
        output = Path("out.jsonl")

    with pytest.raises(SystemExit) as stop, Tally().report(Args(), lambda: (3, 0)):
        raise Terminated()
    assert stop.value.code == 143
    err = capsys.readouterr().err
    assert "3 articles written" in err and "--resume" in err


def _articles(path: Path, n: int) -> list[str]:
    sentence = "The minister said on Monday that the talks in Nairobi would resume next week. "
    with path.open("w", encoding="utf-8") as handle:
        for k in range(n):
            text = f"Article {k}. " + sentence * 20 + f"“We will see,” said Amina Odhiambo {k}."
            handle.write(json.dumps({"id": f"a{k}", "text": text, "published": "2024-05-01"}) + "\n")
    return [f"a{k}" for k in range(n)]


def _lines(path: Path) -> int:
    return sum(1 for line in path.open("rb") if line.endswith(b"\n")) if path.exists() else 0


def _alive(processes: list) -> list:
    left = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                left.append(process)
        except psutil.NoSuchProcess:
            pass
    return left


def _stop_a_run(tmp_path: Path, how: signal.Signals) -> tuple[int, str, list, Path, list[str], list[str]]:
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _articles(source, 60)
    command = [sys.executable, "-m", "newsparse", "parse", str(source), "-o", str(output), "--jobs", "2"]
    command += ["--batch-size", "2", "--no-progress"]
    errors = tmp_path / "stderr.txt"  # a file, not a pipe, which processes left behind would hold open
    process = subprocess.Popen(command, stderr=errors.open("w"), start_new_session=True)
    parent = psutil.Process(process.pid)
    deadline = time.monotonic() + 300
    while _lines(output) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process.poll() is None, "the run ended before it could be stopped"
    tree = [parent, *parent.children(recursive=True)]
    assert len(tree) >= 4  # parent, resource tracker, fork server, workers
    os.kill(process.pid, how)
    code = process.wait(timeout=60)
    stderr = errors.read_text(encoding="utf-8")
    time.sleep(5)
    left = _alive(tree)
    for straggler in left:  # do not leave them to the next test
        straggler.kill()
    return code, stderr, left, output, ids, command


def _resume_completes(output: Path, ids: list[str], command: list[str]) -> None:
    subprocess.run([*command, "--resume"], check=True, capture_output=True)
    written = [json.loads(line)["id"] for line in output.open(encoding="utf-8")]
    assert sorted(written) == sorted(ids)  # no duplicate, none missing


@pytest.mark.slow
def test_sigterm_stops_workers_flushes_and_exits_143(tmp_path):
    code, stderr, left, output, ids, command = _stop_a_run(tmp_path, signal.SIGTERM)
    assert code == 143
    assert "--resume" in stderr
    assert left == []
    _resume_completes(output, ids, command)


@pytest.mark.slow
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    code, _, left, output, ids, command = _stop_a_run(tmp_path, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert left == []
    _resume_completes(output, ids, command)
