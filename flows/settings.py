"""Prefect settings newsline needs before Prefect is imported.

Prefect reads its settings from the environment at import time, so these are applied
as defaults (a value the user set wins) by the CLI before any Prefect import.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {
    # No telemetry: Prefect's server otherwise phones home on every start.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # The temporary server runs migrations on a new database, which can exceed the
    # 20 s default on a loaded 2-core machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def default_prefect_home() -> Path:
    """A PREFECT_HOME kept between runs, so the temporary server's database is reused."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "newsline" / "prefect"


def apply_prefect_defaults() -> Path:
    """Set newsline's Prefect defaults in the environment where the user has not.

    Returns PREFECT_HOME.
    """
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)
    home = Path(os.environ.setdefault("PREFECT_HOME", str(default_prefect_home())))
    # Prefect creates only the last level of its home and times out without it.
    home.mkdir(parents=True, exist_ok=True)
    return home
