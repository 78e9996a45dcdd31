"""In a terminal, `newsline run` shows a progress line fed by the flow's batch records."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_in_terminal(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal; the exit code and everything it showed there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=follower
    )
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is gone
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=300), ANSI.sub("", shown.decode(errors="replace"))


def test_terminal_run_shows_articles_done(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    texts = ["The dam opened on Monday.", "Pumps failed in 2019.", "Talks resume next week."]
    lines = [
        json.dumps({"id": f"a{n}", "published": "2024-05-17", "text": text})
        for n, text in enumerate(texts)
    ]
    source.write_text("\n".join([*lines, "{broken"]) + "\n", encoding="utf-8")
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "COLUMNS": "200"}
    command = [sys.executable, "-m", "flows.cli", "run", str(source), "--out", str(tmp_path)]
    code, shown = run_in_terminal([*command, "--batch-size", "2", "--workers", "1"], env)
    assert code == 0, shown
    assert "extracting" in shown
    assert "3 articles, 3 new, 0 failed" in shown  # after the second batch
    assert "2 articles, 2 new, 0 failed" in shown  # after the first
    assert "batch 2: 1 articles" in shown  # Prefect's log lines still print
