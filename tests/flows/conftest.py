"""Flow tests run against Prefect's test harness: a throwaway local API and database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flows.settings import apply_prefect_defaults


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    apply_prefect_defaults()
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield
