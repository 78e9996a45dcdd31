"""Ingest speed: articles per second into a fresh store, and for the idempotent re-run.

    .venv/bin/python benchmarks/ingest.py [--data ../shared/data/timeline17] [--store URL]
                                          [--batch-size 200]

Does what a run of the timeline flow does, through its own task functions (``task.fn``) and
the same core calls, without Prefect's orchestration, whose start-up (seconds, more on a
loaded machine) would drown the figures: read the articles, drop those already stored,
extract (timed apart: that is the events stage's cost) and store the rest in batches, then
redraw the page and exports from the whole store. The second pass over the same input must
add nothing. ``--store`` must name an empty store; the default is a new SQLite file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.articles import LoadFailure, read_sources
from extractors.events import build_events
from flows.storage import finish_and_render, open_run
from outputs.store import Store, describe
from outputs.view import PageOptions

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeline17"


def one_pass(sources: list[str], store: str, out: Path, batch_size: int) -> dict[str, float]:
    """One run's work, timed by stage; returns seconds per stage and counts."""
    started = time.perf_counter()
    run_id, known = open_run.fn(store, sources)
    articles, failures = [], []
    for item in read_sources(sources):
        (failures if isinstance(item, LoadFailure) else articles).append(item)
    read = time.perf_counter()
    new = list({a.id: a for a in articles if a.id not in known}.values())
    added, extracting = 0, 0.0
    with Store.open(store) as opened:
        for offset in range(0, len(new), batch_size):
            batch = new[offset : offset + batch_size]
            began = time.perf_counter()
            extracted = [(article, build_events(article)) for article in batch]
            extracting += time.perf_counter() - began
            added += opened.add(run_id, extracted)
    stored = time.perf_counter()
    _outputs, events = finish_and_render.fn(
        store, run_id, len(articles), added, [f.reason for f in failures], out, PageOptions()
    )
    drawn = time.perf_counter()
    return {
        "articles": len(articles),
        "added": added,
        "failed": len(failures),
        "events": events,
        "read": read - started,
        "extract": extracting,
        "store": stored - read - extracting,
        "render": drawn - stored,
        "total": drawn - started,
    }


def report(name: str, figures: dict[str, float]) -> None:
    ingest = figures["read"] + figures["extract"] + figures["store"]
    print(
        f"{name}: {figures['articles']} articles read, {figures['added']} added,"
        f" {figures['failed']} failed, {figures['events']} events drawn"
    )
    added, storing = figures["added"], ""
    if added:
        storing = f" ({added / figures['store']:,.0f} articles/s)"
    print(
        f"  read {figures['read']:.2f} s, extract {figures['extract']:.2f} s,"
        f" store {figures['store']:.2f} s{storing},"
        f" render {figures['render']:.2f} s, total {figures['total']:.2f} s"
    )
    print(
        f"  {figures['articles'] / ingest:,.0f} articles/s ingest (read, extract, store);"
        f" {figures['articles'] / figures['total']:,.0f} articles/s with the render"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--store", help="SQLAlchemy URL of an empty store (default: new SQLite)")
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()
    sources = sorted(str(path) for path in args.data.glob("*/articles.jsonl"))
    if not sources:
        sys.exit(f"no */articles.jsonl under {args.data}: the shared data set is not there")
    with tempfile.TemporaryDirectory(prefix="newsline-ingest-") as scratch:
        store = args.store or f"sqlite:///{Path(scratch) / 'newsline.db'}"
        with Store.open(store) as opened:
            if opened.counts()["articles"]:
                sys.exit(f"{describe(store)} is not empty: give an empty store")
        print(f"{len(sources)} files under {args.data}, store {describe(store)}")
        report("fresh store", one_pass(sources, store, Path(scratch) / "out", args.batch_size))
        report("re-run", one_pass(sources, store, Path(scratch) / "out", args.batch_size))
        with Store.open(store) as opened:
            print(f"store rows: {opened.counts()}")


if __name__ == "__main__":
    main()
