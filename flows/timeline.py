"""The ``timeline_flow``: new articles in, their events stored, the whole timeline redrawn.

Each task works on a batch of articles: Prefect costs milliseconds of server work per
task run, so one task per sentence or per article would cost more than the work. Web pages
are the exception: one task per fetch, so Prefect retries a network error with back-off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from extractors.articles import Article, LoadFailure, read_sources
from extractors.events import build_events
from extractors.urls import canonical_url, is_web_url
from extractors.web import Page, RetryableFetchError, fetch, read_url
from outputs.render import render_store
from outputs.store import FailedArticle, Store, default_store_url
from outputs.view import PageOptions


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
    return isinstance(state.result(raise_on_failure=False), RetryableFetchError)


@task(
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_condition_fn=_network_error,
)
def fetch_page(url: str) -> Page:
    """One HTTP GET; network errors and 5xx answers are retried after 1 s, then 2 s."""
    return fetch(url)


@task(cache_policy=NO_CACHE)
def open_run(store_url: str, sources: list[str]) -> tuple[int, set[str]]:
    """Record the run and return the keys (ids, URLs) of the articles already stored."""
    with Store.open(store_url) as store:
        return store.start_run(sources), store.stored_keys()


@task(cache_policy=NO_CACHE)
def load_local_articles(
    sources: list[str], published: date | None, glob: str | None
) -> tuple[list[Article], list[LoadFailure]]:
    """Read every local source; unreadable ones are returned as failures, not raised."""
    articles, failures = [], []
    for item in read_sources(sources, published, glob):
        (failures if isinstance(item, LoadFailure) else articles).append(item)
    return articles, failures


@task(cache_policy=NO_CACHE)
def extract_and_store(
    batch: list[Article], store_url: str, run_id: int
) -> tuple[int, list[LoadFailure]]:
    """Events of a batch of articles, stored with them in one transaction."""
    extracted, failed = [], []
    for article in batch:
        try:
            extracted.append((article, build_events(article)))
        except Exception as error:  # one broken article must never stop the run
            reason = f"{article.source}: {error!r}"
            failed.append(FailedArticle(article.id, article.url, article.source, reason))
    with Store.open(store_url) as store:
        added = store.add(run_id, extracted, failed)
    return added, [LoadFailure(item.source, item.error, item.url) for item in failed]


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
    """Close the run's record and redraw the timeline from the whole store."""
    with Store.open(store_url) as store:
        store.finish_run(run_id, read, added, errors)
        return render_store(store, out, options)


@flow(name="timeline", log_prints=False)
def timeline_flow(
    sources: list[str],
    published: date | None = None,
    out: str = "out",
    title: str = "newsline timeline",
    batch_size: int = 200,
    lanes: str = "story",
    since: date | None = None,
    until: date | None = None,
    min_sources: int = 1,
    store: str | None = None,
    glob: str | None = None,
) -> RunSummary:
    """Store the events of the articles in ``sources`` not yet stored; redraw the timeline.

    Args:
        sources: local files or folders (.txt, .md, .html, articles JSONL), or http(s) URLs
            of web pages or RSS/Atom feeds.
        published: publication date for articles whose source gives none.
        out: folder for timeline.html and the exports.
        title: heading of the timeline page.
        batch_size: articles per extraction task (and per store transaction).
        store: SQLAlchemy URL of the store; default ``<out>/newsline.db`` (SQLite).
        glob: in folders, which files to read (e.g. ``*.html``).
        lanes: page rows by "actor", "kind", "source" or "story".
        since, until: keep only events whose dates overlap this range.
        min_sources: keep only events reported by at least this many articles.
    """
    logger = get_run_logger()
    options = PageOptions(title, lanes, since, until, min_sources)  # bad options fail first
    store_url = store or default_store_url(Path(out))
    run_id, known = open_run(store_url, sources)
    local = [source for source in sources if not is_web_url(source)]
    articles, failures = load_local_articles(local, published, glob)
    fetch_failures = []
    for url in (source for source in sources if is_web_url(source)):
        for item in read_url(url, fetch_page, known, published):
            (fetch_failures if isinstance(item, LoadFailure) else articles).append(item)
    store_fetch_failures(store_url, run_id, fetch_failures)
    failures += fetch_failures
    new = list({a.id: a for a in articles if a.id not in known}.values())
    added = 0
    for offset in range(0, len(new), batch_size):
        batch_added, batch_failures = extract_and_store(
            new[offset : offset + batch_size], store_url, run_id
        )
        added += batch_added
        failures += batch_failures
    for failure in failures:
        logger.warning("skipped %s", failure.reason)
    outputs, events = finish_and_render(
        store_url, run_id, len(articles), added, [f.reason for f in failures], Path(out), options
    )
    undated = sum(article.published is None for article in new)
    logger.info(
        "%d articles read, %d added, %d events in the store, %d failures",
        len(articles),
        added,
        events,
        len(failures),
    )
    return RunSummary(len(articles), events, outputs, failures, added, undated, store_url)
