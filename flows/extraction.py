"""The extraction task: pure work on a batch of articles, run by a worker process or a
Dask worker, which need nothing of the store or the page."""

from __future__ import annotations

import atexit
import os
import socket
import time
from dataclasses import dataclass

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.articles import Article, FailedArticle
from extractors.events import Event, build_events


@dataclass
class BatchResult:
    """The events of a batch of articles, the articles that failed, and where and how long
    the extraction ran (``host:pid`` of the worker process)."""

    extracted: list[tuple[Article, list[Event]]]
    failed: list[FailedArticle]
    seconds: float
    worker: str


@task(cache_policy=NO_CACHE)
def extract_batch(batch: list[Article]) -> BatchResult:
    """Events of a batch of articles; an article that fails is kept as a failure with why.

    Pure work on its input, so it runs wherever the task runner puts it (a Dask worker).
    """
    started = time.perf_counter()
    extracted, failed = [], []
    for article in batch:
        try:
            extracted.append((article, build_events(article)))
        except Exception as error:  # one broken article must never stop the run
            reason = f"{article.source}: {error!r}"
            failed.append(FailedArticle(article.id, article.url, article.source, reason))
    worker = f"{socket.gethostname()}:{os.getpid()}"
    return BatchResult(extracted, failed, time.perf_counter() - started, worker)


def skip_interpreter_teardown() -> None:
    """Initializer of worker processes: a worker ends as soon as its exit handlers have run.

    The pool waits for its workers to exit at the end of every run, and tearing down an
    interpreter that holds Prefect takes about a second and frees nothing anyone needs.
    Registered first, so it runs last, after Prefect's own handlers.
    """
    atexit.register(os._exit, 0)
