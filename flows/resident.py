"""A lean Prefect server kept between runs, so a one-off `newsline run` starts in seconds.

Booting Prefect's server takes longer than a one-article run's own work (see
benchmarks/startup.py). The first run therefore starts a *keeper*: a small detached process
that runs the server and stops it once no `newsline run` has used it for the idle time
(``NEWSLINE_SERVER_IDLE_SECONDS``, default 600; 0 turns this off, and each run boots and
stops a server of its own). Later runs find the keeper through a state file in
PREFECT_HOME and attach to its server. Each attached run leaves a file named by its PID in
a clients folder; a client that died, even by SIGKILL, no longer counts. One lock file
orders attaching and stopping, so a run never attaches to a server that is going away.
This module does not import Prefect.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from flows.server import (
    LocalPrefectServer,
    ServerError,
    log_tail,
    raise_keyboard_interrupt,
    wait_until_healthy,
)

IDLE_VARIABLE = "NEWSLINE_SERVER_IDLE_SECONDS"
DEFAULT_IDLE_SECONDS = 600.0
KEEPER_START_TIMEOUT_SECONDS = 30.0
POLL_SECONDS = 1.0


def idle_seconds() -> float:
    """How long a resident server outlives its last run; 0 means no resident server."""
    value = os.environ.get(IDLE_VARIABLE, "")
    if not value:
        return DEFAULT_IDLE_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if seconds < 0:
        raise ServerError(f"{IDLE_VARIABLE}={value!r} is not a number of seconds (0: none)")
    return seconds


@dataclass(frozen=True)
class Keeper:
    """A running keeper as its state file records it."""

    pid: int
    api_url: str

    def alive(self) -> bool:
        return _alive(self.pid)


@dataclass(frozen=True)
class ResidentPaths:
    """The keeper's files in a PREFECT_HOME."""

    home: Path

    @property
    def state(self) -> Path:
        return self.home / "newsline-server.json"

    @property
    def lock(self) -> Path:
        return self.home / "newsline-server.lock"

    @property
    def clients(self) -> Path:
        return self.home / "newsline-server.clients"

    @property
    def log(self) -> Path:  # the keeper writes where its server does
        return self.home / "server.log"


def attach(home: Path, idle: float) -> tuple[str, Callable[[], None]]:
    """The API URL of the resident server in ``home``, started if none is running.

    Registers this process as a client until it exits. Returns the URL and the function
    that waits until the server answers (a new one is still booting).
    """
    paths = ResidentPaths(home)
    with _locked(paths):
        keeper = running_keeper(paths)
        if keeper is None:
            keeper = _start_keeper(paths, idle)
        paths.clients.mkdir(exist_ok=True)
        client = paths.clients / str(os.getpid())
        client.touch()
    atexit.register(client.unlink, missing_ok=True)
    return keeper.api_url, lambda: wait_until_healthy(keeper.api_url, keeper.alive, paths.log)


def running_keeper(paths: ResidentPaths) -> Keeper | None:
    """The keeper the state file names, if that process is alive."""
    try:
        state = json.loads(paths.state.read_text(encoding="utf-8"))
        keeper = Keeper(int(state["pid"]), str(state["api_url"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return keeper if keeper.alive() else None


def stop_keeper(home: Path, timeout: float = 30.0) -> bool:
    """Stop the resident server of ``home``; False if none was running."""
    keeper = running_keeper(ResidentPaths(home))
    if keeper is None:
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(keeper.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while keeper.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    return True


def keep(home: Path, idle: float) -> None:
    """The keeper's life: run the server until it has had no client for ``idle`` seconds."""
    paths = ResidentPaths(home)
    server = LocalPrefectServer(home, ui=False, ephemeral=True)
    signal.signal(signal.SIGTERM, raise_keyboard_interrupt)
    try:
        server.start()
        _write_state(paths, Keeper(os.getpid(), server.api_url))
        last_used = time.monotonic()
        while server.process is not None and server.process.poll() is None:
            time.sleep(POLL_SECONDS)
            with _locked(paths):
                if _live_clients(paths):
                    last_used = time.monotonic()
                elif time.monotonic() - last_used > idle:
                    _forget(paths)  # under the lock: nobody attaches from here on
                    break
    except KeyboardInterrupt:
        pass
    finally:
        with _locked(paths):
            _forget(paths)
        server.stop()


def _start_keeper(paths: ResidentPaths, idle: float) -> Keeper:
    command = [sys.executable, "-m", "flows.resident", str(paths.home), str(idle)]
    with paths.log.open("ab") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # outlives this run and its terminal's Ctrl-C
        )
    deadline = time.monotonic() + KEEPER_START_TIMEOUT_SECONDS
    while (keeper := running_keeper(paths)) is None or keeper.pid != process.pid:
        if process.poll() is not None or time.monotonic() > deadline:
            raise ServerError(f"the newsline server keeper did not start:\n{log_tail(paths.log)}")
        time.sleep(0.05)
    return keeper


def _write_state(paths: ResidentPaths, keeper: Keeper) -> None:
    partial = paths.state.with_suffix(".partial")
    partial.write_text(json.dumps({"pid": keeper.pid, "api_url": keeper.api_url}))
    partial.replace(paths.state)


def _forget(paths: ResidentPaths) -> None:
    """Remove the state file if it is this keeper's."""
    keeper = running_keeper(paths)
    if keeper is not None and keeper.pid == os.getpid():
        paths.state.unlink(missing_ok=True)


def _live_clients(paths: ResidentPaths) -> bool:
    live = False
    for client in paths.clients.glob("*") if paths.clients.is_dir() else ():
        if client.name.isdigit() and _alive(int(client.name)):
            live = True
        else:
            client.unlink(missing_ok=True)  # a run that died without saying so
    return live


@contextlib.contextmanager
def _locked(paths: ResidentPaths) -> Iterator[None]:
    paths.home.mkdir(parents=True, exist_ok=True)
    with paths.lock.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


if __name__ == "__main__":
    keep(Path(sys.argv[1]), float(sys.argv[2]))
