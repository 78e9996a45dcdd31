"""The ``timeline_flow``: new articles in, their events stored, the whole timeline redrawn.

Each task works on a batch of articles: Prefect costs milliseconds of server work per
task run, so one task per sentence or per article would cost more than the work. Web pages
are the exception: one task per fetch, so Prefect retries a network error with back-off.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from pathlib import Path
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from extractors.articles import Article, LoadFailure, read_sources
from extractors.urls import is_web_url
from flows.extraction import BatchResult, extract_batch, skip_interpreter_teardown
from flows.progress import BATCH_FIELD
from outputs.view import PageOptions

if TYPE_CHECKING:
    from extractors.web import Page

MAX_REPORTED_FAILURES = 50


@dataclass
class RunSummary:
    """What a run read, added to the store, drew, and could not read."""

    articles: int
    events: int
    outputs: dict[str, Path]
    failures: list[LoadFailure] = field(default_factory=list)
    added: int = 0
    undated: int = 0
    store: str = ""


def _network_error(_task: Any, _task_run: Any, state: Any) -> bool:
    from extractors.web import RetryableFetchError

    return isinstance(state.result(raise_on_failure=False), RetryableFetchError)


@task(
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_condition_fn=_network_error,
)
def fetch_page(url: str) -> Page:
    """One HTTP GET; network errors and 5xx answers are retried after 1 s, then 2 s."""
    from extractors.web import fetch

    return fetch(url)


@flow(name="timeline", log_prints=False)
def timeline_flow(
    sources: list[str],
    published: date | None = None,
    out: str = "out",
    title: str = "newsline timeline",
    batch_size: int = 100,
    workers: int | None = None,
    lanes: str = "story",
    since: date | None = None,
    until: date | None = None,
    min_sources: int = 1,
    store: str | None = None,
    glob: str | None = None,
    dask: str | None = None,
) -> RunSummary:
    """Store the events of the articles in ``sources`` not yet stored; redraw the timeline.

    Args:
        sources: local files or folders (.txt, .md, .html, articles JSONL), or http(s) URLs
            of web pages or RSS/Atom feeds.
        published: publication date for articles whose source gives none.
        out: folder for timeline.html and the exports.
        title: heading of the timeline page.
        batch_size: articles per extraction task (and per store transaction).
        workers: processes extracting batches at once, the flow's own among them; default
            one per core (1: the flow's process alone).
        store: SQLAlchemy URL of the store; default ``<out>/newsline.db`` (SQLite).
        glob: in folders, which files to read (e.g. ``*.html``).
        lanes: page rows by "actor", "kind", "source" or "story".
        since, until: keep only events whose dates overlap this range.
        min_sources: keep only events reported by at least this many articles.
        dask: address of a Dask scheduler (e.g. ``tcp://10.0.0.5:8786``) to extract the
            batches on, or ``local`` for a temporary cluster of this machine's cores;
            default: ``workers`` processes on this machine.
    """
    # The store and the page load here, in the flow's process: workers import this module.
    from flows.storage import finish_and_render, open_run, store_batch, store_fetch_failures
    from outputs.store import default_store_url

    logger = get_run_logger()
    options = PageOptions(title, lanes, since, until, min_sources)  # bad options fail first
    store_url = store or default_store_url(Path(out))
    run_id, known = open_run(store_url, sources)
    failures: list[LoadFailure] = []
    fetched = []
    for url in (source for source in sources if is_web_url(source)):
        from extractors.web import read_url  # trafilatura and feedparser: web sources only

        for item in read_url(url, fetch_page, known, published):
            (failures if isinstance(item, LoadFailure) else fetched).append(item)
    if any(failure.url for failure in failures):  # a task run costs API calls: only if needed
        store_fetch_failures(store_url, run_id, failures)
    local = [source for source in sources if not is_web_url(source)]
    reader = _ReadCounter(chain(fetched, read_sources(local, published, glob)), failures)
    new = _unseen(reader, known)
    added, undated, report = 0, 0, []
    for number, result in enumerate(_extract(new, batch_size, workers, dask), start=1):
        batch_added = store_batch(quote(result), store_url, run_id)
        added += batch_added
        undated += sum(article.published is None for article, _ in result.extracted)
        failures += [LoadFailure(item.source, item.error, item.url) for item in result.failed]
        report.append(_batch_row(number, result, batch_added))
        articles = len(result.extracted) + len(result.failed)
        logger.info(
            "batch %d: %d articles, %d new, %d failed, %.2f s",
            *(number, articles, batch_added, len(result.failed), result.seconds),
            extra={
                BATCH_FIELD: {
                    "articles": articles,
                    "new": batch_added,
                    "failed": len(result.failed),
                }
            },
        )
    for failure in failures:
        logger.warning("skipped %s", failure.reason)
    outputs, events = finish_and_render(
        store_url, run_id, reader.articles, added, [f.reason for f in failures], Path(out), options
    )
    summary = RunSummary(reader.articles, events, outputs, failures, added, undated, store_url)
    logger.info(
        "%d articles read, %d added, %d events in the store, %d failures",
        *(reader.articles, added, events, len(failures)),
    )
    _publish_summary(summary, report)
    return summary


class _ReadCounter:
    """Articles from a reader, counted; read failures go to ``failures`` as they come."""

    def __init__(self, items: Iterable[Article | LoadFailure], failures: list[LoadFailure]):
        self.items, self.failures, self.articles = items, failures, 0

    def __iter__(self) -> Iterator[Article]:
        for item in self.items:
            if isinstance(item, LoadFailure):
                self.failures.append(item)
            else:
                self.articles += 1
                yield item


def _unseen(articles: Iterable[Article], known: set[str]) -> Iterator[Article]:
    """Articles not in the store and not met earlier in this run (by id)."""
    seen = set(known)
    for article in articles:
        if article.id not in seen:
            seen.add(article.id)
            yield article


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def _extract(
    articles: Iterable[Article], batch_size: int, workers: int | None, dask: str | None
) -> Iterator[BatchResult]:
    """Batch results as they finish, streamed: only a few batches are in memory at once.

    Batches and results go to tasks quoted: Prefect would otherwise walk every article and
    event in them looking for futures: about a fifth of the CPU of a run.

    A single batch is extracted here, where starting worker processes would cost more than
    the work. More batches go to a task runner, a few batches ahead of the store. With
    ``dask`` that is a Dask cluster (``"local"``: a LocalCluster of this machine's cores),
    which does all the extracting. Otherwise it is a pool of ``workers - 1`` processes, and
    this process extracts too whenever the pool has enough to do: it would otherwise only
    wait, and a worker process costs about two seconds of CPU to start (Prefect's import).
    It keeps the last batch too, rather than wait for the pool to get to it.
    """
    workers = workers or os.cpu_count() or 1
    batches = _batches(articles, batch_size)
    first = list(islice(batches, 2))
    runner = _task_runner(workers, dask) if len(first) > 1 else None
    if runner is None:
        for batch in chain(first, batches):
            yield extract_batch(quote(batch))
        return
    with runner:
        window = 2 * _runner_slots(runner, workers)
        finished: SimpleQueue = SimpleQueue()
        running = 0
        for batch, last in _flag_last(chain(first, batches)):
            while dask and running >= window:  # the cluster extracts; this process stores
                yield finished.get().result()
                running -= 1
            if running < window and (dask or not last):
                # Dask rebuilds tuples (quote is one) on the way to its workers: plain batches.
                parameters = {"batch": batch if dask else quote(batch)}
                runner.submit(extract_batch, parameters=parameters).add_done_callback(finished.put)
                running += 1
            else:
                yield extract_batch(quote(batch))
            while not finished.empty():
                yield finished.get().result()
                running -= 1
        for _ in range(running):
            yield finished.get().result()


def _flag_last(batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], bool]]:
    """Each batch, and whether it is the last (read one batch ahead)."""
    iterator = iter(batches)
    current = next(iterator, None)
    while current is not None:
        following = next(iterator, None)
        yield current, following is None
        current = following


def _task_runner(workers: int, dask: str | None) -> TaskRunner | None:
    if dask is not None:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner() if dask == "local" else DaskTaskRunner(address=dask)
    if workers <= 1:
        return None
    return ProcessPoolTaskRunner(max_workers=workers - 1, initializer=skip_interpreter_teardown)


def _runner_slots(runner: TaskRunner, workers: int) -> int:
    """How many batches the runner works on at once."""
    if isinstance(runner, ProcessPoolTaskRunner):
        return workers - 1
    dask_workers = runner.client.scheduler_info()["workers"].values()
    return max(1, sum(worker["nthreads"] for worker in dask_workers))


def _batch_row(number: int, result: BatchResult, added: int) -> dict[str, Any]:
    return {
        "batch": number,
        "articles": len(result.extracted) + len(result.failed),
        "new": added,
        "events": sum(len(events) for _, events in result.extracted),
        "failed": len(result.failed),
        "seconds": round(result.seconds, 3),
        "worker": result.worker,
    }


def _publish_summary(summary: RunSummary, report: list[dict[str, Any]]) -> None:
    """The run's summary as Prefect artifacts: totals and failures, and a row per batch."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    lines = [
        "# newsline run",
        "",
        "| articles read | new | failed | events in the store |",
        "| ---: | ---: | ---: | ---: |",
        f"| {summary.articles} | {summary.added} | {len(summary.failures)} | {summary.events} |",
        "",
        f"Store: `{summary.store}`",
        "",
        *(f"- page/export: `{path}`" for path in summary.outputs.values()),
    ]
    if summary.failures:
        lines += ["", "## Failures", ""]
        lines += [f"- {failure.reason}" for failure in summary.failures[:MAX_REPORTED_FAILURES]]
        if len(summary.failures) > MAX_REPORTED_FAILURES:
            lines.append(f"- ... and {len(summary.failures) - MAX_REPORTED_FAILURES} more")
    create_markdown_artifact("\n".join(lines), key="newsline-run", description="Run summary")
    if report:
        create_table_artifact(report, key="newsline-batches", description="Work per batch")
