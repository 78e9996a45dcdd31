"""Shared test fixtures: where the read-only ../shared data lives, and stores to test on."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
SEED = SHARED / "seeds" / "000_62f2d983f655606c.txt"

# Each `newsline run` a test starts boots and stops a Prefect server of its own, so no
# test leaves a resident server behind (tests/flows/test_resident.py tests that one).
os.environ.setdefault("NEWSLINE_SERVER_IDLE_SECONDS", "0")


def run_newsline(
    *arguments: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """The ``newsline`` command line in a process of its own, its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *arguments],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def shared_path(relative: str) -> Path:
    """A path under ../shared, or skip the test with a message saying what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data set is not beside this checkout")
    return path


@pytest.fixture
def seed_article() -> Path:
    """The seed article of the design card (published 2023-03-01)."""
    return shared_path("seeds/000_62f2d983f655606c.txt")


def postgres_url() -> str:
    """The PostgreSQL server for store tests; CI must have one, a developer may not."""
    url = os.environ.get("NEWSLINE_TEST_POSTGRES_URL")
    if not url:
        message = (
            "NEWSLINE_TEST_POSTGRES_URL is unset: no PostgreSQL server for the store tests"
            ' (start one with: eval "$(.ci/postgres start)")'
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes fresh, empty stores: SQLite files, or new databases on the test PostgreSQL server."""
    if request.param == "sqlite":
        names = (f"sqlite:///{tmp_path / f'store{number}.db'}" for number in itertools.count())
        yield lambda: next(names)
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(postgres_url())
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    created: list[str] = []

    def create() -> str:
        created.append(f"newsline_{uuid.uuid4().hex[:12]}")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{created[-1]}"'))
        return server.set(database=created[-1]).render_as_string(hide_password=False)

    try:
        yield create
    finally:
        with admin.connect() as connection:
            for name in created:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def store_url(new_store: Callable[[], str]) -> str:
    """A fresh, empty store, on SQLite and on PostgreSQL."""
    return new_store()
