"""What a page or an export shows of the event records: selection, lanes and display dates.

Records come from ``outputs.records.event_record``. Fields that later stages add (kind,
actors, reports, ...) are read through the accessors here, with a fallback where a record
lacks them, so the page and every export agree on one reading of a record.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

LaneKind = Literal["actor", "kind", "source", "story"]
LANE_KINDS: tuple[LaneKind, ...] = ("actor", "kind", "source", "story")
MAX_LANES = 24
OTHER_KIND = "other"
_NO_LANE = {"actor": "(no actor named)", "kind": OTHER_KIND, "source": "(unknown source)"}
_UNSAFE_IN_URL = re.compile(r'[\s\x00-\x1f<>"]')
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


@dataclass(frozen=True, slots=True)
class PageOptions:
    """What the user asked to see: the page heading, the lanes and which events."""

    title: str = "newsline timeline"
    lanes: LaneKind = "story"
    since: date | None = None
    until: date | None = None
    min_sources: int = 1

    def __post_init__(self) -> None:
        if self.lanes not in LANE_KINDS:
            raise ValueError(f"lanes must be one of {', '.join(LANE_KINDS)}, not {self.lanes!r}")
        if self.min_sources < 1:
            raise ValueError(f"min_sources must be at least 1, not {self.min_sources}")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")


def interval(record: dict[str, Any]) -> tuple[date, date] | None:
    """First and last day the event's date covers, or None for a vague reference."""
    if not record.get("start") or not record.get("end"):
        return None
    return date.fromisoformat(record["start"]), date.fromisoformat(record["end"])


def kind(record: dict[str, Any]) -> str:
    return record.get("kind") or OTHER_KIND


def sources(record: dict[str, Any]) -> int:
    return int(record.get("sources") or 1)


def reports(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every mention of the event; a record from before ``reports`` existed has its first."""
    if record.get("reports"):
        return list(record["reports"])
    fields = ("article_id", "article_title", "published", "url", "text", "sentence")
    return [{field: record.get(field) for field in fields}]


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link a page may open, else None (no javascript: etc.)."""
    url = (url or "").strip()
    if not url or _UNSAFE_IN_URL.search(url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme in {"http", "https"} and parts.netloc else None


def link(record: dict[str, Any]) -> str | None:
    """The first safe source link among the event's reports."""
    return next((url for r in reports(record) if (url := safe_url(r.get("url")))), None)


def select(records: Sequence[dict[str, Any]], options: PageOptions) -> list[dict[str, Any]]:
    """The records the options keep: enough sources and, when dates are given, overlapping.

    A date filter keeps only dated events: a vague reference cannot be placed in a range.
    """
    kept = []
    for record in records:
        if sources(record) < options.min_sources:
            continue
        span = interval(record)
        if options.since or options.until:
            if span is None:
                continue
            if options.since and span[1] < options.since:
                continue
            if options.until and span[0] > options.until:
                continue
        kept.append(record)
    return kept


def _host(url: str | None) -> str | None:
    url = safe_url(url)
    return urlsplit(url).hostname.removeprefix("www.") if url else None


def article_name(report: dict[str, Any]) -> str:
    """The article's title, or its id when it has none."""
    return report.get("article_title") or report.get("article_id") or "(untitled article)"


def _story_lanes(records: Sequence[dict[str, Any]]) -> list[str]:
    """Stories: articles joined whenever one event is reported by both (connected components).

    A story is named after its article with the most events, plus how many articles it has;
    where that article has no title, after the story's most reported event instead of an id.
    """
    parent: dict[str, str] = {}

    def root(article: str) -> str:
        while parent.setdefault(article, article) != article:
            parent[article] = parent[parent[article]]
            article = parent[article]
        return article

    first_ids = []
    for record in records:
        ids = [r.get("article_id") or article_name(r) for r in reports(record)]
        first_ids.append(ids[0])
        for other in ids:
            parent[root(other)] = root(ids[0])
    titles = {
        article: reports(record)[0].get("article_title")
        for article, record in zip(first_ids, records, strict=True)
    }
    headline: dict[str, dict[str, Any]] = {}
    for article, record in zip(first_ids, records, strict=True):
        best = headline.setdefault(root(article), record)
        if sources(record) > sources(best):
            headline[root(article)] = record
    events_per_article = Counter(first_ids)
    articles_per_story = Counter(root(article) for article in parent)
    story_name = {}
    for article, _ in events_per_article.most_common():
        story = root(article)
        if story not in story_name:
            extra = articles_per_story[story] - 1
            suffix = f" (+{extra} article{'s' if extra > 1 else ''})" if extra else ""
            name = titles[article] or headline[story].get("title") or article
            story_name[story] = name + suffix
    return [story_name[root(article)] for article in first_ids]


def lanes(records: Sequence[dict[str, Any]], by: LaneKind) -> list[str]:
    """The lane of each record; beyond ``MAX_LANES`` the smallest lanes merge into one."""
    if by == "story":
        names = _story_lanes(records)
    elif by == "kind":
        names = [kind(record) for record in records]
    elif by == "actor":
        names = [(record.get("actors") or [_NO_LANE["actor"]])[0] for record in records]
    else:
        names = [
            _host(report.get("url")) or article_name(report)
            for report in (reports(record)[0] for record in records)
        ]
    names = [name or _NO_LANE.get(by, OTHER_KIND) for name in names]
    counts = Counter(names)
    if len(counts) > MAX_LANES:
        kept = {name for name, _ in counts.most_common(MAX_LANES - 1)}
        rest = f"other {by}s" if by != "story" else "other stories"
        names = [name if name in kept else rest for name in names]
    return names


def _day(day: date) -> str:
    return f"{day.day} {calendar.month_abbr[day.month]} {day.year}"


def display_date(record: dict[str, Any]) -> str:
    """The resolved date in words at its own precision: "2 Mar 2023", "September 2022"."""
    span = interval(record)
    if span is None:
        return "no fixed date"
    first, last = span
    value = str(record.get("value") or "")
    next_day = last + timedelta(days=1)
    if first == last:
        return _day(first)
    if value[-2:] in _SEASONS and value[:4].isdigit():
        return f"{_SEASONS[value[-2:]]} {value[:4]}"
    if len(value) == 7 and value[4:6] == "-Q":
        return f"Q{value[6]} {value[:4]}"
    if first.day == 1 and next_day.day == 1:
        if (first.year, first.month) == (last.year, last.month):
            return f"{calendar.month_name[first.month]} {first.year}"
        if first.month == 1 and last.month == 12:
            if first.year == last.year:
                return str(first.year)
            if first.year % 10 == 0 and last.year == first.year + 9:
                return f"{first.year}s"
            return f"{first.year}–{last.year}"
        return f"{calendar.month_abbr[first.month]} {first.year} – {_month_year(last)}"
    if first.weekday() == 0 and (last - first).days == 6:
        return f"week of {_day(first)}"
    return f"{_day(first)} – {_day(last)}"


def _month_year(day: date) -> str:
    return f"{calendar.month_abbr[day.month]} {day.year}"
