import json
from pathlib import Path

import pytest

from outputs.timelinejs import timelinejs_document, write_timelinejs
from outputs.view import PageOptions
from tests.outputs.conftest import make_record


@pytest.mark.parametrize(
    ("value", "start", "end", "dates"),
    [
        (
            "2023-03-02",
            "2023-03-02",
            "2023-03-02",
            {"start_date": {"year": 2023, "month": 3, "day": 2}},
        ),
        ("2022-09", "2022-09-01", "2022-09-30", {"start_date": {"year": 2022, "month": 9}}),
        ("2020", "2020-01-01", "2020-12-31", {"start_date": {"year": 2020}}),
        (
            "2023-W08",
            "2023-02-20",
            "2023-02-26",
            {
                "start_date": {"year": 2023, "month": 2, "day": 20},
                "end_date": {"year": 2023, "month": 2, "day": 26},
            },
        ),
        (
            "2022-SU",
            "2022-06-01",
            "2022-08-31",
            {"start_date": {"year": 2022, "month": 6}, "end_date": {"year": 2022, "month": 8}},
        ),
        (
            "199",
            "1990-01-01",
            "1999-12-31",
            {"start_date": {"year": 1990}, "end_date": {"year": 1999}},
        ),
    ],
)
def test_dates_are_given_at_the_events_precision(value, start, end, dates) -> None:
    [event] = timelinejs_document([make_record(value=value, start=start, end=end)], PageOptions())[
        "events"
    ]
    assert {key: event[key] for key in ("start_date", "end_date") if key in event} == dates


def test_document_has_the_fields_timelinejs_reads_and_escapes_article_html(tmp_path: Path) -> None:
    records = [
        make_record(
            "e1",
            title="<img src=x onerror=alert(1)>",
            sentence="On March 2 <script>alert(2)</script> they met.",
            kind="meeting",
            sources=2,
        ),
        make_record("e2", "PAST_REF", None, None),
        make_record("e3", url="javascript:alert(3)"),
    ]
    path = write_timelinejs(
        records, tmp_path / "timelinejs.json", PageOptions(title="T & T", lanes="kind")
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["title"]["text"]["headline"] == "T &amp; T"
    first, third = document["events"]  # the vague reference has no date to show
    assert first["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in first["text"]["text"]
    assert '<span style="color:#b3261e">March 2</span>' in first["text"]["text"]
    assert 'href="https://example.org/a1"' in first["text"]["text"]
    assert "2 sources" in first["text"]["text"]
    assert (first["group"], third["group"]) == ("meeting", "other")
    assert first["display_date"] == "2 Mar 2023"
    assert first["unique_id"] == "event-e1" and third["unique_id"] == "event-e3"
    assert "javascript" not in third["text"]["text"]
