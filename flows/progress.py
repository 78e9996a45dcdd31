"""A progress display for interactive runs, fed by the flow's own per-batch log records.

The flow logs one record per stored batch with the counts in ``extra`` (``BATCH_FIELD``);
the same record reaches the Prefect UI as a log line. In a terminal, `newsline run` shows
those counts on a rich progress line, and Prefect's console log lines scroll above it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

BATCH_FIELD = "newsline_batch"


class _BatchHandler(logging.Handler):
    """Advances the progress line by each batch record's articles."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress
        self.started = time.monotonic()
        self.task = progress.add_task("extracting", total=None, new=0, failed=0, rate=0.0)

    def emit(self, record: logging.LogRecord) -> None:
        batch: dict[str, int] | None = getattr(record, BATCH_FIELD, None)
        if batch is None:
            return
        task = self.progress.tasks[self.task]
        done = task.completed + batch["articles"]
        self.progress.update(
            self.task,
            completed=done,
            new=task.fields["new"] + batch["new"],
            failed=task.fields["failed"] + batch["failed"],
            rate=done / max(time.monotonic() - self.started, 1e-9),
        )


@contextmanager
def batch_progress(enabled: bool) -> Iterator[None]:
    """Show the run's progress on stderr while the block runs, where ``enabled``."""
    if not enabled:
        yield
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:.0f} articles, {task.fields[new]} new,"),
        TextColumn("{task.fields[failed]} failed, {task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )
    handler = _BatchHandler(progress)
    flow_runs = logging.getLogger("prefect.flow_runs")
    consoles = _prefect_consoles()
    saved = [console.console for console in consoles]
    with progress:
        for console in consoles:  # log lines print above the progress line, not through it
            console.console = progress.console
        flow_runs.addHandler(handler)
        try:
            yield
        finally:
            flow_runs.removeHandler(handler)
            for console, original in zip(consoles, saved, strict=True):
                console.console = original


def _prefect_consoles() -> list[Any]:
    """Prefect's console log handlers (they print through a rich Console of their own)."""
    from prefect.logging.handlers import PrefectConsoleHandler

    return [h for h in logging.getLogger().handlers if isinstance(h, PrefectConsoleHandler)]
