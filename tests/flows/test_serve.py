"""``newsline serve`` end to end: its own Prefect server, scheduled runs, a clean SIGTERM.

SLOW (about a minute): it boots a real Prefect server and waits for real scheduled runs.
It is the only such test; everything else about serving is covered by faster tests.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psutil
import pytest

from tests.conftest import PROJECT

pytestmark = pytest.mark.slow


def article_line(identifier: str, text: str) -> str:
    record = {"id": identifier, "title": identifier, "published": "2024-05-17", "text": text}
    return json.dumps(record) + "\n"


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def completed_runs(api_url: str) -> int:
    response = httpx.post(
        f"{api_url}/flow_runs/count",
        json={"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}},
        timeout=10,
    )
    response.raise_for_status()
    return int(response.json())


def article_titles(events_path: Path) -> set[str]:
    if not events_path.exists():
        return set()
    return {json.loads(line)["article_title"] for line in events_path.read_text().splitlines()}


def _command_line(process: psutil.Process) -> str:
    """A process's command line, or "" once it has exited (a zombie has none to read)."""
    try:
        return " ".join(process.cmdline())
    except psutil.NoSuchProcess:  # ZombieProcess is one
        return ""


def test_serve_runs_on_schedule_picks_up_new_articles_and_stops_cleanly(tmp_path: Path) -> None:
    sources = tmp_path / "inbox"
    sources.mkdir()
    (sources / "first.jsonl").write_text(
        article_line("first", "The council approved the dyke plan on Monday."), encoding="utf-8"
    )
    out = tmp_path / "out"
    # No Prefect API configured: serve must start its own server.
    env = {name: value for name, value in os.environ.items() if not name.startswith("PREFECT_")}
    env["PREFECT_RUNNER_POLL_FREQUENCY"] = "2"  # notice scheduled runs quickly
    log_path = tmp_path / "serve.log"
    command = [sys.executable, "-m", "flows.cli", "serve", str(sources), "--interval", "5"]
    with log_path.open("w") as log:
        serve = subprocess.Popen(
            [*command, "--out", str(out)],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    seen: dict[int, psutil.Process] = {}

    def note_descendants() -> None:
        for process in psutil.Process(serve.pid).children(recursive=True):
            seen.setdefault(process.pid, process)

    try:
        match = wait_for(
            lambda: re.search(r"Prefect UI: (http://127\.0\.0\.1:\d+)", log_path.read_text()),
            240,
            "the Prefect UI address",
        )
        api_url = f"{match.group(1)}/api"  # type: ignore[union-attr]
        note_descendants()
        servers = {pid for pid, p in seen.items() if "server" in _command_line(p)}
        assert servers, "serve did not start a Prefect server as its child"
        ui = httpx.get(match.group(1), timeout=10)  # type: ignore[union-attr]
        assert ui.status_code == 200

        def two_runs_done() -> bool:
            note_descendants()
            return completed_runs(api_url) >= 2

        wait_for(two_runs_done, 180, "two completed scheduled runs")
        assert article_titles(out / "events.jsonl") == {"first"}

        (sources / "second.jsonl").write_text(
            article_line("second", "Engineers inspected the sluice on Tuesday."), encoding="utf-8"
        )

        def new_article_rendered() -> bool:
            note_descendants()
            return "second" in article_titles(out / "events.jsonl")

        wait_for(new_article_rendered, 120, "a scheduled run to pick up the new article")
        assert article_titles(out / "events.jsonl") == {"first", "second"}
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            code = serve.wait(timeout=60)
        except subprocess.TimeoutExpired:
            serve.kill()
            raise
    assert code == 0, log_path.read_text()[-3000:]
    gone, alive = psutil.wait_procs(list(seen.values()), timeout=10)
    assert not alive, f"left behind: {[(p.pid, _command_line(p)) for p in alive]}"
    assert servers <= {p.pid for p in gone}
