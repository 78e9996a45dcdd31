"""Flat records of events: the one row shape shared by every export.

A record describes the event by its first mention and carries every mention in ``reports``
(JSONL only), so a reader sees one row per event however many articles report it.
"""

from __future__ import annotations

from typing import Any

from extractors.events import Event, Mention

COLUMNS = [
    "id",
    "value",
    "start",
    "end",
    "granularity",
    "title",
    "kind",
    "trigger",
    "actors",
    "place",
    "confidence",
    "text",
    "sentence",
    "article_id",
    "article_title",
    "published",
    "url",
    "sources",
    "reports",
]
CSV_COLUMNS = [column for column in COLUMNS if column != "reports"]
ACTOR_SEPARATOR = "; "


def _report(mention: Mention) -> dict[str, Any]:
    return {
        "article_id": mention.article_id,
        "article_title": mention.article_title,
        "published": mention.published.isoformat() if mention.published else None,
        "url": mention.url,
        "text": mention.timex.text,
        "sentence": mention.sentence,
    }


def event_record(event: Event) -> dict[str, Any]:
    """One event as a flat dict; dates are ISO strings, ``sources`` counts distinct articles."""
    first = event.mentions[0]
    return {
        "id": event.id,
        "value": event.value,
        "start": event.first.isoformat(),
        "end": event.last.isoformat(),
        "granularity": event.granularity,
        "title": event.title,
        "kind": event.kind,
        "trigger": event.trigger,
        "actors": list(event.actors),
        "place": event.place,
        "confidence": event.confidence,
        "text": first.timex.text,
        "sentence": first.sentence,
        "article_id": first.article_id,
        "article_title": first.article_title,
        "published": first.published.isoformat() if first.published else None,
        "url": first.url,
        "sources": len(event.sources),
        "reports": [_report(mention) for mention in event.mentions],
    }


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record as a CSV row: actors joined with ``ACTOR_SEPARATOR``, no nested reports."""
    row = {column: record[column] for column in CSV_COLUMNS}
    row["actors"] = ACTOR_SEPARATOR.join(record["actors"])
    return row
