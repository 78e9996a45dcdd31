"""A run killed mid-way (SIGKILL, whole process group) and the run after it.

The killed run's store must be consistent (each stored article with all of its events), and
the next run must leave exactly the store an uninterrupted run leaves.
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.conftest import PROJECT

ARTICLES = 400
BATCH = 4
# What identifies the stored content; when it was fetched and by which run may differ.
SNAPSHOT = {
    "articles": "id, url, title, published, content_hash, status, error, text",
    "events": "id, article_id, value, first, last, data",
    "mentions": 'event_id, position, article_id, start, "end", text, value',
    "event_sources": "event_id, article_id",
}
ARTICLE_COLUMN = {"articles": 0, "events": 1, "mentions": 2, "event_sources": 1}


def write_articles(path: Path) -> Path:
    """Many short council reports, each with absolute and relative dates."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(ARTICLES):
            published = date(2024, 1, 1) + timedelta(days=number)
            text_ = (
                f"The council of district {number} approved the harbour plan on Monday. "
                f"Work on quay {number} starts in March 2025 and was first proposed in "
                f"{1990 + number % 30}. A public hearing is set for next month."
            )
            record = {"title": f"Harbour plan {number}", "published": str(published)}
            out.write(json.dumps({**record, "text": text_}) + "\n")
    return path


def run_command(source: Path, store: str, out: Path) -> list[str]:
    return [
        *(sys.executable, "-m", "flows.cli", "run", str(source)),
        *("--store", store, "--out", str(out), "--batch-size", str(BATCH)),
    ]


def cli_env(tmp_path: Path) -> dict[str, str]:  # a Prefect home of its own
    return {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }


def snapshot(store: str) -> dict[str, list[tuple]]:
    engine = create_engine(store.replace("postgresql:", "postgresql+psycopg:"))
    with engine.connect() as connection:
        tables = {
            table: sorted(
                tuple(row) for row in connection.execute(text(f"SELECT {columns} FROM {table}"))
            )
            for table, columns in SNAPSHOT.items()
        }
    engine.dispose()
    return tables


def stored_articles(store: str) -> int:
    engine = create_engine(store.replace("postgresql:", "postgresql+psycopg:"))
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    except Exception:  # the first run has not created the tables yet
        return 0
    finally:
        engine.dispose()


def start_run(source: Path, store: str, out: Path, tmp_path: Path) -> subprocess.Popen:
    """``newsline run`` in its own process group, returned once it has stored something."""
    process = subprocess.Popen(
        run_command(source, store, out),
        cwd=PROJECT, env=cli_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 600
    while stored_articles(store) == 0 and process.poll() is None:
        assert time.monotonic() < deadline, "the run stored nothing in 600 s"
        time.sleep(0.01)
    return process


def test_a_killed_run_is_finished_by_the_next_one(
    prefect_harness: None, new_store: Callable[[], str], tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    source = write_articles(tmp_path / "council.jsonl")
    reference, killed = new_store(), new_store()
    uninterrupted = timeline_flow(
        sources=[str(source)], out=str(tmp_path / "reference"), store=reference, batch_size=BATCH
    )
    assert uninterrupted.added == ARTICLES
    expected = snapshot(reference)

    victim = start_run(source, killed, tmp_path / "killed", tmp_path)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=60)
    assert victim.returncode == -signal.SIGKILL, "the run finished before it could be killed"

    partial = snapshot(killed)
    stored = {row[0] for row in partial["articles"]}
    assert 0 < len(stored) < ARTICLES
    for table, rows in expected.items():
        position = ARTICLE_COLUMN[table]
        assert partial[table] == [row for row in rows if row[position] in stored], table

    finishing = timeline_flow(
        sources=[str(source)], out=str(tmp_path / "killed"), store=killed, batch_size=BATCH
    )
    assert (finishing.articles, finishing.added) == (ARTICLES, ARTICLES - len(stored))
    assert snapshot(killed) == expected
    assert (tmp_path / "killed" / "events.jsonl").read_text() == (
        tmp_path / "reference" / "events.jsonl"
    ).read_text()


def test_two_runs_at_once_both_finish_and_store_everything_once(
    prefect_harness: None, new_store: Callable[[], str], tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    source = write_articles(tmp_path / "council.jsonl")
    store = new_store()
    other = start_run(source, store, tmp_path / "other", tmp_path)
    this = timeline_flow(sources=[str(source)], out=str(tmp_path / "this"), store=store)
    other_out, other_err = other.communicate(timeout=600)
    assert other.returncode == 0, other_err
    other_added = int(other_out.split(" articles read, ")[1].split(" new")[0])
    assert 0 < other_added < ARTICLES, "the two runs did not overlap"
    assert this.added + other_added == ARTICLES
    assert len(snapshot(store)["articles"]) == ARTICLES
