"""The flow's tasks on the store and the page. They run in the flow's own process (the
store has one writer), so worker processes, which import flows.timeline to run
extract_batch, never load SQLAlchemy, pandas or Plotly."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.articles import FailedArticle, LoadFailure
from extractors.urls import canonical_url
from flows.extraction import BatchResult
from outputs.render import render_store
from outputs.store import Store
from outputs.view import PageOptions


@task(cache_policy=NO_CACHE)
def open_run(store_url: str, sources: list[str]) -> tuple[int, set[str]]:
    """Record the run and return the keys (ids, URLs) of the articles already stored."""
    with Store.open(store_url) as store:
        return store.start_run(sources), store.stored_keys()


@task(cache_policy=NO_CACHE)
def store_batch(result: BatchResult, store_url: str, run_id: int) -> int:
    """Store a batch's articles and events in one transaction; returns how many were new.

    Runs in the flow's process, one batch at a time: the store has one writer.
    """
    with Store.open(store_url) as store:
        return store.add(run_id, result.extracted, result.failed)


@task(cache_policy=NO_CACHE)
def store_fetch_failures(store_url: str, run_id: int, failures: list[LoadFailure]) -> None:
    """Keep pages that could not be fetched as failed articles, so the next run retries them."""
    failed = [
        FailedArticle(canonical_url(item.url), item.url, item.source, item.reason)
        for item in failures
        if item.url
    ]
    if failed:
        with Store.open(store_url) as store:
            store.add(run_id, [], failed)


@task(cache_policy=NO_CACHE)
def finish_and_render(
    store_url: str,
    run_id: int,
    read: int,
    added: int,
    errors: list[str],
    out: Path,
    options: PageOptions,
) -> tuple[dict[str, Path], int]:
    """Close the run's record and redraw the timeline from the whole store (unless the
    outputs in ``out`` show the store as it is, with these options)."""
    with Store.open(store_url) as store:
        store.finish_run(run_id, read, added, errors)
        return render_store(store, out, options, reuse=True)
