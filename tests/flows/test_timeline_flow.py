import json
import os
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import run_newsline


@pytest.fixture
def articles_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps(
            {
                "id": "pact",
                "title": "Pact",
                "published": "2024-05-17",
                "text": "Mayors signed a flood pact on Thursday in Rotterdam.",
            }
        ),
        "{broken json",
        json.dumps({"id": "old", "title": "Old", "text": "The barrier opened in 1997."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_flow_writes_outputs_and_reports_broken_input(
    prefect_harness: None, articles_jsonl: Path, tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    summary = timeline_flow(
        sources=[str(articles_jsonl)], published=date(2024, 1, 1), out=str(tmp_path / "out")
    )
    assert (summary.articles, summary.events) == (2, 2)
    [failure] = summary.failures
    assert failure.source == f"{articles_jsonl}:2"
    rows = [
        json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()
    ]
    assert [(row["article_title"], row["value"]) for row in rows] == [
        ("Old", "1997"),
        ("Pact", "2024-05-16"),
    ]
    assert (tmp_path / "out" / "timeline.html").stat().st_size > 1_000_000


def test_cli_run_on_the_seed_article(seed_article: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    result = run_newsline(
        "run",
        str(seed_article),
        "--published",
        "2023-03-01",
        "--out",
        str(tmp_path / "out"),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "events.jsonl" in result.stdout
    rows = [
        json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()
    ]
    values = {(row["text"], row["value"]) for row in rows}
    assert {("2020", "2020"), ("Last September", "2022-09"), ("March 2", "2023-03-02")} <= values
    page = (tmp_path / "out" / "timeline.html").read_text(encoding="utf-8")
    assert "SCO summit" not in page or "Shanghai" in page  # titles come from the article
    for row in rows:
        assert json.dumps(row["start"]) in page or row["start"] in page


def test_cli_names_a_missing_source(tmp_path: Path) -> None:
    result = run_newsline("run", str(tmp_path / "missing.txt"), timeout=60)
    assert result.returncode == 2
    assert "missing.txt" in result.stderr


def test_flow_page_options_select_events_for_the_page_and_every_export(
    prefect_harness: None, articles_jsonl: Path, tmp_path: Path
) -> None:
    from flows.timeline import timeline_flow

    out = tmp_path / "out"
    summary = timeline_flow(
        sources=[str(articles_jsonl)],
        published=date(2024, 1, 1),
        out=str(out),
        title="Floods",
        lanes="kind",
        since=date(2024, 1, 1),
    )
    assert {Path(path).name for path in summary.outputs.values()} >= {
        "timeline.html",
        "events.jsonl",
        "events.csv",
        "timelinejs.json",
        "events.ics",
    }
    [row] = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert row["value"] == "2024-05-16"  # the 1997 event is before --since
    [event] = json.loads((out / "timelinejs.json").read_text())["events"]
    assert event["start_date"] == {"year": 2024, "month": 5, "day": 16}
    assert (out / "events.ics").read_text().count("BEGIN:VEVENT") == 1
    assert "<title>Floods</title>" in (out / "timeline.html").read_text(encoding="utf-8")


def test_cli_refuses_unknown_lanes_and_reversed_dates(articles_jsonl: Path) -> None:
    for options, message in (
        (["--lanes", "place"], "place"),
        (["--since", "2024-02-01", "--until", "2024-01-01"], "after --until"),
    ):
        result = run_newsline("run", str(articles_jsonl), *options, timeout=60)
        assert result.returncode == 2
        assert message in result.stderr
