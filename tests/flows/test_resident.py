"""The Prefect server `newsline run` keeps between runs: reused, then gone when idle."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from flows.resident import IDLE_VARIABLE, ResidentPaths, running_keeper
from tests.conftest import run_newsline

ARTICLE = {
    "id": "lock",
    "title": "Lock",
    "published": "2024-05-17",
    "text": "The new sea lock opened on Thursday, two years after work began in 2022.",
}


def run(source: Path, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_newsline("run", str(source), "--out", str(out), env=env)


def listening(api_url: str) -> bool:
    address = urlsplit(api_url)
    with socket.socket() as probe:
        return probe.connect_ex((address.hostname, address.port)) == 0


def wait_for(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def flow_run_events(api_url: str) -> list[str]:
    """Names of the flow-run events the Prefect server at ``api_url`` has recorded."""
    query = {"filter": {"event": {"prefix": ["prefect.flow-run."]}}, "limit": 50}
    page = httpx.post(f"{api_url}/events/filter", json=query, timeout=10).json()
    return [event["event"] for event in page["events"]]


@pytest.fixture
def home(tmp_path: Path):  # type: ignore[no-untyped-def]
    home = tmp_path / "prefect"
    yield home
    keeper = running_keeper(ResidentPaths(home))
    if keeper is not None:  # a failed test must not leave the server running
        os.kill(keeper.pid, 15)


def test_second_run_reuses_the_server_which_stops_when_idle(home: Path, tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    paths = ResidentPaths(home)
    paths.clients.mkdir(parents=True)
    (paths.clients / "999999999").touch()  # a run that was killed: it must not count
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_LOGGING_LEVEL": "WARNING",
        IDLE_VARIABLE: "8",
    }
    env.pop("PREFECT_API_URL", None)

    first = run(source, tmp_path / "first", env)
    assert first.returncode == 0, first.stderr
    keeper = running_keeper(paths)
    assert keeper is not None and listening(keeper.api_url)
    second = run(source, tmp_path / "second", env)
    assert second.returncode == 0, second.stderr
    assert running_keeper(paths) == keeper  # attached, not started anew
    assert "1 articles read, 1 new" in second.stdout  # its own store, same server
    # Both runs are in the server's events, and neither sent a heartbeat: stopping the
    # heartbeat thread would hold up the end of every run.
    completed = "prefect.flow-run.Completed"
    assert wait_for(lambda: flow_run_events(keeper.api_url).count(completed) == 2, timeout=30)
    assert "prefect.flow-run.heartbeat" not in flow_run_events(keeper.api_url)

    assert wait_for(lambda: not keeper.alive(), timeout=60)
    assert not paths.state.exists()
    assert list(paths.clients.iterdir()) == []
    assert not listening(keeper.api_url)


def test_stop_server_command_stops_it(home: Path, tmp_path: Path) -> None:
    source = tmp_path / "article.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    env = {**os.environ, "PREFECT_HOME": str(home), IDLE_VARIABLE: "600"}
    env.pop("PREFECT_API_URL", None)
    assert run(source, tmp_path / "out", env).returncode == 0
    keeper = running_keeper(ResidentPaths(home))
    assert keeper is not None

    stopped = run_newsline("stop-server", env=env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert not keeper.alive() and not listening(keeper.api_url)
    again = run_newsline("stop-server", env=env)
    assert "no server was running" in again.stdout


def test_bad_idle_time_is_named(tmp_path: Path) -> None:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), IDLE_VARIABLE: "soon"}
    env.pop("PREFECT_API_URL", None)
    source = tmp_path / "article.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    result = run(source, tmp_path / "out", env)
    assert result.returncode == 4
    assert f"error: {IDLE_VARIABLE}='soon' is not a number of seconds" in result.stderr
