"""Scheduled runs on a feed served on 127.0.0.1: each run fetches and stores only what is new."""

import json
from pathlib import Path

from outputs.store import Store
from tests.newsroom import STORIES, serve_newsroom


def exported(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]


def test_a_feed_run_again_fetches_only_its_new_entries(
    prefect_harness: None, store_url: str, tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    out = tmp_path / "out"
    first, later = STORIES[:3], STORIES[3:]
    with serve_newsroom() as room:
        for story in first:
            room.publish(story)
        feed = room.feed(first)
        summary = timeline_flow(sources=[feed], out=str(out), store=store_url)
        assert (summary.articles, summary.added, summary.failures) == (3, 3, [])
        assert sorted(room.page_requests()) == sorted(f"/news/{s.slug}" for s in first)
        first_events = {row["id"] for row in exported(out)}
        assert {"2024-10-21", "2025-04"} <= {row["value"] for row in exported(out)}

        room.requests.clear()
        for story in later:
            room.publish(story)
        room.feed(STORIES)
        summary = timeline_flow(sources=[feed], out=str(out), store=store_url)
        assert (summary.articles, summary.added) == (2, 2)
        assert sorted(room.page_requests()) == sorted(f"/news/{s.slug}" for s in later)

        room.requests.clear()
        summary = timeline_flow(sources=[feed], out=str(out), store=store_url)
        assert (summary.articles, summary.added) == (0, 0)
        assert room.requests == ["/feed"]

    rows = exported(out)
    assert first_events < {row["id"] for row in rows}
    assert len({row["id"] for row in rows}) == len(rows)
    assert {"2024-11-04", "1845", "1995"} <= {row["value"] for row in rows}
    assert {row["url"] for row in rows} == {f"{room.base}/news/{s.slug}" for s in STORIES}
    with Store.open(store_url) as store:
        counts = store.counts()
    assert (counts["articles"], counts["runs"]) == (5, 3)


def test_an_unavailable_page_is_retried_in_the_run_and_a_missing_one_in_the_next(
    prefect_harness: None, store_url: str, tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    out = tmp_path / "out"
    flaky, missing = STORIES[0], STORIES[1]
    with serve_newsroom() as room:
        room.publish(flaky)
        room.unavailable[f"/news/{flaky.slug}"] = 1  # one 503, then the page
        feed = room.feed([flaky, missing])  # the second entry's page is not there yet
        summary = timeline_flow(sources=[feed], out=str(out), store=store_url)
        assert summary.added == 1
        [failure] = summary.failures
        assert missing.slug in failure.reason and "HTTP 404" in failure.reason
        assert room.page_requests().count(f"/news/{flaky.slug}") == 2

        room.publish(missing)
        summary = timeline_flow(sources=[feed], out=str(out), store=store_url)
        assert (summary.added, summary.failures) == (1, [])
    with Store.open(store_url) as store:
        assert store.counts()["articles"] == 2
        assert len(store.stored_keys()) == 2
