"""iCalendar export (RFC 5545): ``events.ics``, one all-day event over each event's interval.

Written by hand: the format is small and a library would be a dependency for a few lines.
DTEND of an all-day event is exclusive (the day after the last day). DTSTAMP, which the RFC
requires, is the latest publication date among the event's reports (midnight UTC), so a
file depends on its articles and never on the clock. Vague references have no interval
and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from outputs import view
from outputs.view import PageOptions

_LINE_OCTETS = 75


def escape_text(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1)."""
    octets = line.encode("utf-8")
    if len(octets) <= _LINE_OCTETS:
        return line
    pieces, start, limit = [], 0, _LINE_OCTETS
    while len(octets) - start > limit:
        end = start + limit
        while octets[end] & 0xC0 == 0x80:  # a continuation byte: cut before its character
            end -= 1
        pieces.append(octets[start:end])
        start, limit = end, _LINE_OCTETS - 1  # continuation lines start with a space
    pieces.append(octets[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def _stamp(record: dict[str, Any], first: date) -> str:
    published = [r.get("published") for r in view.reports(record) if r.get("published")]
    day = max((date.fromisoformat(p[:10]) for p in published), default=first)
    return f"{day:%Y%m%d}T000000Z"


def _description(record: dict[str, Any]) -> str:
    first = view.reports(record)[0]
    sources = view.sources(record)
    lines = [
        f"“{record.get('text') or ''}” → {view.display_date(record)} ({record.get('value')})",
        " ".join((record.get("sentence") or first.get("sentence") or "").split()),
        f"{view.article_name(first)}, published {first.get('published') or 'unknown'}"
        f" ({sources} source{'' if sources == 1 else 's'})",
    ]
    return "\n".join(lines)


def _event_lines(record: dict[str, Any], first: date, last: date) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{record['id']}@newsline",
        f"DTSTAMP:{_stamp(record, first)}",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(' '.join((record.get('title') or '').split()))}",
        f"DESCRIPTION:{escape_text(_description(record))}",
        f"CATEGORIES:{escape_text(view.kind(record))}",
        "TRANSP:TRANSPARENT",
    ]
    if record.get("place"):
        lines.append(f"LOCATION:{escape_text(str(record['place']))}")
    url = view.link(record)
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(records: Sequence[dict[str, Any]], options: PageOptions) -> str:
    """The whole calendar, CRLF line ends, folded lines."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//newsline//timeline export//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(options.title)}",
    ]
    for record in records:
        span = view.interval(record)
        if span:
            lines.extend(_event_lines(record, *span))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_ics(
    records: Sequence[dict[str, Any]], path: Path, options: PageOptions | None = None
) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(calendar_text(records, options or PageOptions()))
    return path
