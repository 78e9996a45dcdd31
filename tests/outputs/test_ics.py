import re
from pathlib import Path

from outputs.ics import escape_text, fold, write_ics
from outputs.view import PageOptions
from tests.outputs.conftest import make_record


def _unfold(text: str) -> list[str]:
    """Content lines as RFC 5545 3.1 says a reader rebuilds them."""
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _events(lines: list[str]) -> list[dict[str, str]]:
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def test_folding_keeps_lines_within_75_octets_and_unfolds_to_the_original() -> None:
    line = "DESCRIPTION:" + "Łódź, Zürich and 北京 met; " * 20
    folded = fold(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert folded.replace("\r\n ", "") == line


def test_text_values_escape_backslash_semicolon_comma_and_newline() -> None:
    assert escape_text("a\\b; c, d\ne") == "a\\\\b\\; c\\, d\\ne"


def test_calendar_has_all_day_events_with_exclusive_ends_and_links(tmp_path: Path) -> None:
    records = [
        make_record("day", title="Ministers meet, talk; part", kind="meeting"),
        make_record("month", "2022-09", "2022-09-01", "2022-09-30", url=None),
        make_record("year", "2022", "2022-01-01", "2022-12-31", place="Samarkand"),
        make_record("vague", "PAST_REF", None, None),
    ]
    path = write_ics(records, tmp_path / "events.ics", PageOptions(title="Week, 1"))
    raw = path.read_bytes()
    assert re.search(rb"[^\r]\n", raw) is None  # every line ends with CRLF
    lines = _unfold(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and "X-WR-CALNAME:Week\\, 1" in lines
    day, month, year = _events(lines)  # the vague reference has no interval
    assert day["DTSTART;VALUE=DATE"] == "20230302" and day["DTEND;VALUE=DATE"] == "20230303"
    assert month["DTSTART;VALUE=DATE"] == "20220901" and month["DTEND;VALUE=DATE"] == "20221001"
    assert year["DTEND;VALUE=DATE"] == "20230101"
    assert day["SUMMARY"] == "Ministers meet\\, talk\\; part"
    assert day["URL"] == "https://example.org/a1" and "URL" not in month
    assert day["CATEGORIES"] == "meeting" and year["LOCATION"] == "Samarkand"
    assert day["UID"] == "day@newsline" and day["DTSTAMP"] == "20230301T000000Z"
    assert "2 Mar 2023" in day["DESCRIPTION"] and "\\n" in day["DESCRIPTION"]
