"""Batches through the timeline flow: streamed, summarised, and run on a Dask cluster."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

TEXTS = [
    "The dyke council met on Monday in Rotterdam.",
    "Engineers closed the barrier in 1997 after a storm.",
    "The port reopened last September.",
    "Ministers will vote on the plan next month.",
    "Fishermen protested on Friday.",
]


@pytest.fixture
def articles_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": f"a{n}", "title": f"Article {n}", "published": "2024-05-17", "text": t})
        for n, t in enumerate(TEXTS)
    ]
    lines.insert(2, "{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def events_of(out: Path) -> list[tuple[str, str, str]]:
    rows = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    return sorted((row["article_title"], row["value"], row["text"]) for row in rows)


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[object]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False) as cluster:
        yield cluster


def test_batches_are_reported_and_summarised(
    prefect_harness: None, articles_jsonl: Path, tmp_path: Path
) -> None:
    from prefect.artifacts import Artifact

    from flows.timeline import timeline_flow

    state = timeline_flow(
        sources=[str(articles_jsonl)],
        published=date(2024, 1, 1),
        out=str(tmp_path / "out"),
        batch_size=2,
        workers=2,
        return_state=True,
    )
    summary = state.result()
    assert (summary.articles, summary.added, len(summary.failures)) == (5, 5, 1)
    table, markdown = Artifact.get("newsline-batches"), Artifact.get("newsline-run")
    assert table is not None and markdown is not None
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    # Numbered as they finish: the flow's process extracts a batch while the pool works.
    assert [row["batch"] for row in rows] == [1, 2, 3]
    assert sorted((row["articles"], row["new"]) for row in rows) == [(1, 1), (2, 2), (2, 2)]
    # Two batches went to the pool's worker process; the third, with the pool busy, was
    # extracted in the flow's own process.
    here = f"{socket.gethostname()}:{os.getpid()}"
    assert sorted(row["worker"] == here for row in rows) == [False, False, True]
    assert table.flow_run_id == state.state_details.flow_run_id
    assert "| 5 | 5 | 1 |" in markdown.data
    assert f"{articles_jsonl}:3" in markdown.data  # the broken line, with its reason


def test_worker_processes_extract_the_same_events_as_one_process(
    prefect_harness: None, articles_jsonl: Path, tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    runs = {
        workers: timeline_flow(
            sources=[str(articles_jsonl)],
            out=str(tmp_path / f"workers-{workers}"),
            batch_size=2,
            workers=workers,
        )
        for workers in (1, 2)
    }
    assert [(run.articles, run.added, run.events) for run in runs.values()] == [(5, 5, 5)] * 2
    assert events_of(tmp_path / "workers-2") == events_of(tmp_path / "workers-1")


def test_dask_cluster_extracts_the_same_events(
    prefect_harness: None, articles_jsonl: Path, tmp_path: Path, dask_cluster: object
) -> None:
    from flows.timeline import timeline_flow

    local = timeline_flow(
        sources=[str(articles_jsonl)], out=str(tmp_path / "here"), batch_size=2, workers=1
    )
    on_dask = timeline_flow(
        sources=[str(articles_jsonl)],
        out=str(tmp_path / "dask"),
        batch_size=2,
        dask=dask_cluster.scheduler_address,  # type: ignore[attr-defined]
    )
    assert (on_dask.articles, on_dask.added, on_dask.events) == (
        local.articles,
        local.added,
        local.events,
    )
    assert events_of(tmp_path / "dask") == events_of(tmp_path / "here")
    # The batches ran on the cluster's workers: three extract tasks finished there.
    prefixes = dask_cluster.scheduler.task_prefixes  # type: ignore[attr-defined]
    extract = [prefix for name, prefix in prefixes.items() if name.startswith("extract_batch")]
    assert sum(prefix.state_counts["memory"] for prefix in extract) == 3
