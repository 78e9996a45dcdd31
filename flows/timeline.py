"""The ``timeline_flow``: articles in, events out, timeline page written.

Each task works on a batch of articles: Prefect costs milliseconds of server work per
task run, so one task per sentence or per article would cost more than the work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extractors.articles import Article, LoadFailure, read_sources
from extractors.events import Event, build_events
from outputs.exports import write_outputs
from outputs.records import event_record
from outputs.view import PageOptions


@dataclass
class RunSummary:
    """What a run read, produced and could not read."""

    articles: int
    events: int
    outputs: dict[str, Path]
    failures: list[LoadFailure] = field(default_factory=list)


@task(cache_policy=NO_CACHE)
def load_articles(
    sources: list[str], published: date | None
) -> tuple[list[Article], list[LoadFailure]]:
    """Read every source; unreadable ones are returned as failures, not raised."""
    articles, failures = [], []
    for item in read_sources(sources, published):
        (failures if isinstance(item, LoadFailure) else articles).append(item)
    return articles, failures


@task(cache_policy=NO_CACHE)
def extract_events(batch: list[Article]) -> tuple[list[Event], list[LoadFailure]]:
    """Events of a batch of articles; an article that fails is reported and skipped."""
    events, failures = [], []
    for article in batch:
        try:
            events.extend(build_events(article))
        except Exception as error:  # one broken article must never stop the run
            failures.append(LoadFailure(article.source, f"{article.source}: {error!r}"))
    return events, failures


@task(cache_policy=NO_CACHE)
def write_timeline_outputs(events: list[Event], out: Path, options: PageOptions) -> dict[str, Path]:
    """Write the page and the exports (JSONL, CSV, TimelineJS, iCalendar), in date order."""
    records = [event_record(event) for event in sorted(events, key=lambda e: (e.first, e.last))]
    return write_outputs(records, out, options)


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
) -> RunSummary:
    """Extract dated events from the articles in ``sources`` and render the timeline.

    Args:
        sources: .txt files (first line is the title), folders of them, or articles JSONL.
        published: publication date for articles whose source gives none.
        out: folder for timeline.html, events.jsonl and events.csv.
        title: heading of the timeline page.
        batch_size: articles per extraction task.
        lanes: page rows by "actor", "kind", "source" or "story".
        since, until: keep only events whose dates overlap this range.
        min_sources: keep only events reported by at least this many articles.
    """
    logger = get_run_logger()
    options = PageOptions(title, lanes, since, until, min_sources)  # bad options fail first
    articles, failures = load_articles(sources, published)
    events: list[Event] = []
    for offset in range(0, len(articles), batch_size):
        batch_events, batch_failures = extract_events(articles[offset : offset + batch_size])
        events.extend(batch_events)
        failures.extend(batch_failures)
    for failure in failures:
        logger.warning("skipped %s", failure.reason)
    outputs = write_timeline_outputs(events, Path(out), options)
    logger.info("%d articles, %d events, %d failures", len(articles), len(events), len(failures))
    return RunSummary(len(articles), len(events), outputs, failures)
