import csv
import json
from datetime import date
from pathlib import Path

from extractors.articles import Article
from extractors.events import build_events
from outputs.exports import write_outputs
from outputs.records import COLUMNS, CSV_COLUMNS, event_record
from outputs.view import PageOptions


def _records(
    title: str = "Harbour pact", text: str = "The pact was signed on May 16."
) -> list[dict]:
    article = Article(
        id="a1",
        title=title,
        text=text,
        published=date(2024, 5, 17),
        source="s",
        url="https://example.org/a1",
    )
    return [event_record(event) for event in build_events(article)]


def test_jsonl_and_csv_hold_the_same_rows(tmp_path: Path) -> None:
    paths = write_outputs(_records(), tmp_path, "Test")
    [from_jsonl] = [json.loads(line) for line in paths["jsonl"].read_text().splitlines()]
    with paths["csv"].open(newline="") as handle:
        [from_csv] = list(csv.DictReader(handle))
    assert list(from_jsonl) == COLUMNS
    assert list(from_csv) == CSV_COLUMNS
    assert from_jsonl["sources"] == 1 and from_csv["sources"] == "1"
    [report] = from_jsonl["reports"]
    assert report == {
        "article_id": "a1",
        "article_title": "Harbour pact",
        "published": "2024-05-17",
        "url": "https://example.org/a1",
        "text": "May 16",
        "sentence": "The pact was signed on May 16.",
    }
    assert from_jsonl["value"] == from_csv["value"] == "2024-05-16"
    assert from_jsonl["start"] == from_jsonl["end"] == "2024-05-16"
    assert from_jsonl["text"] == "May 16"
    assert from_jsonl["article_title"] == from_csv["article_title"] == "Harbour pact"


def test_page_is_self_contained_and_escapes_article_text(tmp_path: Path) -> None:
    records = _records(
        title="<script>alert(1)</script>", text="On May 16 <img src=x onerror=alert(2)> hit."
    )
    page = write_outputs(records, tmp_path, "Test")["html"].read_text(encoding="utf-8")
    assert '<script src="http' not in page and len(page) > 1_000_000  # plotly.js is embedded
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


def test_every_format_is_written_and_holds_the_same_selection(tmp_path: Path) -> None:
    records = [
        {**_records()[0], "id": "many", "sources": 3},
        {**_records()[0], "id": "single", "sources": 1},
    ]
    options = PageOptions(title="Harbour", lanes="kind", min_sources=2)
    paths = write_outputs(records, tmp_path, options)
    assert {path.name for path in paths.values()} == {
        "events.jsonl",
        "events.csv",
        "timeline.html",
        "timelinejs.json",
        "events.ics",
    }
    assert [json.loads(line)["id"] for line in paths["jsonl"].read_text().splitlines()] == ["many"]
    assert [e["unique_id"] for e in json.loads(paths["timelinejs"].read_text())["events"]] == [
        "event-many"
    ]
    assert paths["ics"].read_text().count("BEGIN:VEVENT") == 1
    assert "<title>Harbour</title>" in paths["html"].read_text(encoding="utf-8")
