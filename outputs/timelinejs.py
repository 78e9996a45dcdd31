"""Knight Lab TimelineJS export: ``timelinejs.json`` loads in TimelineJS as it is.

TimelineJS renders ``headline`` and ``text`` as HTML, so article text is escaped here too.
Dates are given at the event's own precision: a month event has ``{year, month}``, and only
a period longer than its precision unit (a week, season, quarter, decade) has an
``end_date``. Vague references have no date TimelineJS could show and are left out.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from outputs import view
from outputs.timeline import highlighted_sentence
from outputs.view import PageOptions


def _date(day: date, precision: str) -> dict[str, int]:
    fields = {"year": day.year, "month": day.month, "day": day.day}
    keep = {"year": 1, "month": 2, "day": 3}[precision]
    return dict(list(fields.items())[:keep])


def _dates(record: dict[str, Any], first: date, last: date) -> dict[str, dict[str, int]]:
    """start_date (and end_date for multi-unit periods) at the event's precision."""
    if first == last:
        return {"start_date": _date(first, "day")}
    whole_months = first.day == 1 and date.fromordinal(last.toordinal() + 1).day == 1
    if not whole_months:  # a week, a weekend, any run of days
        return {"start_date": _date(first, "day"), "end_date": _date(last, "day")}
    whole_years = whole_months and first.month == 1 and last.month == 12
    precision = "year" if whole_years else "month"
    dates = {"start_date": _date(first, precision)}
    single = first.year == last.year and (whole_years or first.month == last.month)
    if not single:
        dates["end_date"] = _date(last, precision)
    return dates


def _text(record: dict[str, Any]) -> str:
    first = view.reports(record)[0]
    sentence = highlighted_sentence(
        record.get("sentence") or first.get("sentence") or "", record.get("text") or ""
    ).replace("<br>", " ")
    article = html.escape(view.article_name(first))
    url = view.link(record)
    if url:
        article = (
            f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">{article}</a>'
        )
    published = html.escape(str(first.get("published") or "unknown date"))
    sources = view.sources(record)
    return (
        f"<p>{sentence}</p><p>{article}, published {published}"
        f" · {sources} source{'' if sources == 1 else 's'}</p>"
    )


def timelinejs_document(records: Sequence[dict[str, Any]], options: PageOptions) -> dict[str, Any]:
    """The TimelineJS JSON document of the dated records, grouped by the page's lanes."""
    dated = [r for r in records if view.interval(r)]
    groups = view.lanes(dated, options.lanes) if dated else []
    events = []
    for record, group in zip(dated, groups, strict=True):
        first, last = view.interval(record)
        events.append(
            {
                **_dates(record, first, last),
                "text": {
                    "headline": html.escape(record.get("title") or record.get("text") or ""),
                    "text": _text(record),
                },
                "group": html.escape(group),
                "display_date": view.display_date(record),
                "unique_id": f"event-{record['id']}",
            }
        )
    return {
        "title": {"text": {"headline": html.escape(options.title), "text": ""}},
        "events": events,
    }


def write_timelinejs(
    records: Sequence[dict[str, Any]], path: Path, options: PageOptions | None = None
) -> Path:
    document = timelinejs_document(records, options or PageOptions())
    # No indent: json's C encoder only writes compact JSON, and is 5x faster at it.
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path
