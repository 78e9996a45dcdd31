"""Shared test fixtures: where the read-only ../shared data lives."""

from __future__ import annotations

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
