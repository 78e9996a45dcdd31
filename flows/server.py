"""A Prefect server that newsline starts as its own child process and stops again.

Scheduled runs need a real Prefect server (Prefect's temporary in-process-managed one
schedules nothing), and a one-off run starts faster when its server boots while the
parent process is still importing. Either way the server is a child process on a free
loopback port with its own PREFECT_HOME, in a process group of its own so that stopping
it leaves nothing behind. This module does not import Prefect.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

HEALTH_TIMEOUT_SECONDS = 180.0
STOP_TIMEOUT_SECONDS = 15.0


class ServerError(RuntimeError):
    """The Prefect server did not start or answer; the message says why."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(home: Path) -> dict[str, str]:
    """The environment of a server child: its own home, no telemetry, no upstream API."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"PREFECT_API_URL", "PREFECT_API_KEY", "PREFECT_PROFILE"}
    }
    environment.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_LOGGING_LEVEL=os.environ.get("PREFECT_SERVER_LOGGING_LEVEL", "WARNING"),
    )
    return environment


def healthy(api_url: str) -> bool:
    """Whether the Prefect API at ``api_url`` answers its health check now."""
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def wait_until_healthy(
    api_url: str, alive: Callable[[], bool], log: Path, timeout: float = HEALTH_TIMEOUT_SECONDS
) -> None:
    """Block until the API answers; raise ServerError, with the log's tail, if it dies or hangs."""
    deadline = time.monotonic() + timeout
    while not healthy(api_url):
        if not alive():
            raise ServerError(f"the Prefect server for {api_url} exited:\n{log_tail(log)}")
        if time.monotonic() > deadline:
            raise ServerError(
                f"the Prefect server at {api_url} was not healthy after {timeout:.0f} s:\n"
                + log_tail(log)
            )
        time.sleep(0.1)


def log_tail(log: Path, lines: int = 20) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no server log at {log})"


class LocalPrefectServer:
    """`prefect server start` on 127.0.0.1 as a child process, for as long as a block runs.

    ``ui=False, services="ephemeral"`` starts the same lean server Prefect starts for a
    flow run with no API configured (no UI, only the services a run needs); the default
    starts the full server with the scheduler and the UI, which ``newsline serve`` needs.
    """

    def __init__(self, home: Path, *, ui: bool = True, ephemeral: bool = False) -> None:
        self.home = home
        self.ui = ui
        self.ephemeral = ephemeral
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = home / "server.log"

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.address}/api"

    def command(self) -> list[str]:
        """The server command line: the Prefect CLI, or Prefect's own ephemeral app."""
        if self.ephemeral:
            # What Prefect runs for its temporary server (SubprocessASGIServer).
            return [
                *(sys.executable, "-m", "uvicorn", "--factory"),
                "prefect.server.api.server:create_app",
                *("--host", "127.0.0.1", "--port", str(self.port)),
                *("--log-level", "error", "--lifespan", "on"),
            ]
        return [
            *(sys.executable, "-m", "prefect", "server", "start"),
            *("--host", "127.0.0.1", "--port", str(self.port), "--analytics-off"),
            "--ui" if self.ui else "--no-ui",
        ]

    def start(self) -> None:
        """Launch the server; returns at once (see ``wait_until_healthy``)."""
        self.home.mkdir(parents=True, exist_ok=True)
        environment = server_environment(self.home)
        if self.ephemeral:
            environment.update(
                PREFECT_UI_ENABLED="0", PREFECT__SERVER_EPHEMERAL="1", PREFECT__SERVER_FINAL="1"
            )
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                self.command(),
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Own process group: a Ctrl-C in the terminal reaches newsline only, which
                # then stops the server itself, after the flow runs that still need it.
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )

    def healthy(self) -> bool:
        """Whether the server answers its health check now."""
        return healthy(self.api_url)

    def wait_until_healthy(self, timeout: float = HEALTH_TIMEOUT_SECONDS) -> None:
        """Block until /api/health answers; raise ServerError if the server dies or hangs."""
        process = self.process
        assert process is not None, "start() the server first"
        wait_until_healthy(
            self.api_url, lambda: process.poll() is None, self.log_path, timeout=timeout
        )

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        """SIGTERM the server's process group, then SIGKILL whatever is left after timeout."""
        if self.process is None:
            return
        process, self.process = self.process, None
        if process.poll() is None:
            _signal_group(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                _signal_group(process.pid, signal.SIGKILL)
                process.wait()
        # Anything the server started in its group goes too.
        _signal_group(process.pid, signal.SIGKILL)

    def __enter__(self) -> LocalPrefectServer:
        self.start()
        try:
            self.wait_until_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def start_local_api(home: Path) -> Callable[[], None]:
    """Where no PREFECT_API_URL is set, point this process's flow runs at a local server.

    Call it before Prefect is imported: a new server boots while the caller imports, and
    PREFECT_API_URL points at it. (Prefect would start a server itself, but only at the
    first flow run, after importing its server code into this process too.) The server is
    the resident one of :mod:`flows.resident`, or, with its idle time set to 0, a child
    that stops when this process exits, after Prefect has flushed its logs to it, or dies.
    Returns the function that waits until the API answers.
    """
    if os.environ.get("PREFECT_API_URL"):
        return lambda: None
    from flows.resident import attach, idle_seconds

    idle = idle_seconds()
    if idle > 0:
        api_url, ready = attach(home, idle)
        os.environ["PREFECT_API_URL"] = api_url
        return ready
    server = LocalPrefectServer(home, ui=False, ephemeral=True)
    server.start()
    # atexit runs the last registered first: Prefect's log and event workers, registered
    # later, flush to the server before it stops.
    atexit.register(server.stop)
    os.environ["PREFECT_API_URL"] = server.api_url
    return server.wait_until_healthy


def raise_keyboard_interrupt(signum: int, frame: object) -> None:
    """A SIGTERM handler that unwinds like Ctrl-C, so ``finally`` blocks stop servers."""
    raise KeyboardInterrupt


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when newsline dies, even by SIGKILL."""
    if sys.platform == "linux":
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _signal_group(pid: int, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signum)
