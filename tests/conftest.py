"""Shared test fixtures: where the read-only ../shared data lives, and stores to test on."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
SEED = SHARED / "seeds" / "000_62f2d983f655606c.txt"


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
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store: a SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(postgres_url())
    name = f"newsline_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
