"""``newsline serve``: the timeline flow as a Prefect deployment that runs on a schedule.

Schedules need a real Prefect server. Where the user has configured none
(no PREFECT_API_URL), newsline starts one as its child, with its own PREFECT_HOME under
the output folder, and stops it again when serving ends (SIGTERM or Ctrl-C).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from flows.server import LocalPrefectServer, raise_keyboard_interrupt
from flows.settings import apply_prefect_defaults

DEPLOYMENT_NAME = "newsline"


def serve_timeline(
    parameters: dict[str, Any],
    *,
    cron: str | None,
    interval: float | None,
    local_home: Path,
    echo: Callable[[str], None] = print,
) -> None:
    """Serve ``timeline_flow`` with ``parameters`` on a schedule until SIGTERM or Ctrl-C.

    ``local_home`` is the PREFECT_HOME of the server newsline starts itself where no
    PREFECT_API_URL is set; with one set, the deployment is served on that server.
    """
    previous_handler = signal.signal(signal.SIGTERM, raise_keyboard_interrupt)
    try:
        with ExitStack() as stack:
            api_url = os.environ.get("PREFECT_API_URL")
            if api_url:
                apply_prefect_defaults()
                ui_url = os.environ.get("PREFECT_UI_URL") or api_url.removesuffix("/api")
            else:
                server = LocalPrefectServer(local_home)
                stack.callback(server.stop)
                server.start()
                # The client settings must be in the environment before Prefect is imported.
                os.environ["PREFECT_API_URL"] = server.api_url
                os.environ["PREFECT_HOME"] = str(local_home)
                apply_prefect_defaults()
                echo(f"starting a local Prefect server (log: {server.log_path})")
                _import_flow()  # while the server boots
                server.wait_until_healthy()
                ui_url = server.address
            echo(f"Prefect UI: {ui_url}")
            _serve(parameters, cron=cron, interval=interval)
    except KeyboardInterrupt:
        echo("stopping")
    finally:
        signal.signal(signal.SIGTERM, previous_handler)


def _import_flow() -> Any:
    from flows.timeline import timeline_flow

    return timeline_flow


def _serve(parameters: dict[str, Any], *, cron: str | None, interval: float | None) -> None:
    from prefect import serve
    from prefect.deployments.runner import EntrypointType

    deployment = _import_flow().to_deployment(
        name=DEPLOYMENT_NAME,
        cron=cron,
        interval=interval,
        parameters=parameters,
        # Runs load the flow by module path, whatever the working folder.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    # One run at a time: a run that outlasts its interval delays the next one.
    serve(deployment, limit=1)
