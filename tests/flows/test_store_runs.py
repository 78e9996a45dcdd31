"""Runs against a lasting store: each adds only what is new and redraws the whole store."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.articles import content_id
from outputs.store import Store
from tests.conftest import PROJECT

FLOOD = {
    "title": "Flood pact",
    "published": "2024-05-17",
    "text": "Mayors signed a flood pact on Thursday in Rotterdam. The barrier opened in 1997.",
}
BUDGET = {
    "title": "Budget talks",
    "published": "2023-03-01",
    "text": "Ministers meet on March 2 to settle the budget. Talks failed last September.",
}


def write_jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def exported(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]


def test_runs_add_only_what_is_new_and_draw_the_whole_store(
    prefect_harness: None, store_url: str, tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    first = write_jsonl(tmp_path / "first.jsonl", FLOOD)
    both = write_jsonl(tmp_path / "both.jsonl", BUDGET, FLOOD)
    out = tmp_path / "out"

    summary = timeline_flow(sources=[str(first)], out=str(out), store=store_url)
    assert (summary.articles, summary.added) == (1, 1)
    assert {row["value"] for row in exported(out)} == {"2024-05-16", "1997"}

    summary = timeline_flow(sources=[str(both)], out=str(out), store=store_url)
    assert (summary.articles, summary.added) == (2, 1)
    assert {row["value"] for row in exported(out)} == {
        "2024-05-16",
        "1997",
        "2023-03-02",
        "2022-09",
    }
    with Store.open(store_url) as store:
        after_two = store.counts()

    summary = timeline_flow(sources=[str(both), str(first)], out=str(out), store=store_url)
    assert (summary.articles, summary.added) == (3, 0)
    with Store.open(store_url) as store:
        assert store.counts() == {**after_two, "runs": 3}
    assert sorted(row["article_id"] for row in exported(out)) == sorted(
        [content_id(FLOOD["text"])] * 2 + [content_id(BUDGET["text"])] * 2
    )


def test_render_redraws_a_filtered_timeline_from_the_store_alone(tmp_path: Path) -> None:
    from extractors.articles import read_sources
    from extractors.events import build_events

    store_url = f"sqlite:///{tmp_path / 'kept.db'}"
    articles = list(read_sources([write_jsonl(tmp_path / "in.jsonl", FLOOD, BUDGET)]))
    with Store.open(store_url) as store:
        store.add(store.start_run(["in.jsonl"]), [(a, build_events(a)) for a in articles])
    (tmp_path / "in.jsonl").unlink()
    out = tmp_path / "drawn"
    command = [sys.executable, "-m", "flows.cli", "render", "--out", str(out)]
    command += ["--store", store_url, "--since", "2023-01-01", "--query", "ministers"]
    result = subprocess.run(
        command, cwd=PROJECT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "1 events drawn" in result.stdout
    assert [row["value"] for row in exported(out)] == ["2023-03-02"]
    assert (out / "timeline.html").stat().st_size > 1_000_000
    assert not list(out.glob(".render-*"))


def test_render_without_a_store_names_what_is_missing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "render", "--out", str(tmp_path / "empty")],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "no store at" in result.stderr
    assert "run first" in result.stderr


def test_a_newer_extractor_extracts_again_the_articles_a_run_reads(
    prefect_harness: None, store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import outputs.store
    from flows.timeline import timeline_flow

    source = write_jsonl(tmp_path / "in.jsonl", FLOOD, BUDGET)
    out = tmp_path / "out"
    assert timeline_flow(sources=[str(source)], out=str(out), store=store_url).added == 2
    with Store.open(store_url) as store:
        before = store.counts()
    monkeypatch.setattr(outputs.store, "extractor_version", lambda: "a newer extractor")
    assert timeline_flow(sources=[str(source)], out=str(out), store=store_url).added == 2
    assert timeline_flow(sources=[str(source)], out=str(out), store=store_url).added == 0
    with Store.open(store_url) as store:
        assert store.counts() == {**before, "runs": 3}
