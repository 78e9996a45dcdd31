"""Flat records of events: the one row shape shared by every export."""

from __future__ import annotations

from typing import Any

from extractors.events import Event

COLUMNS = [
    "id",
    "value",
    "start",
    "end",
    "granularity",
    "title",
    "text",
    "sentence",
    "article_id",
    "article_title",
    "published",
    "url",
    "sources",
]


def event_record(event: Event) -> dict[str, Any]:
    """One event as a flat dict; date fields are ISO strings, ``sources`` counts articles."""
    first = event.mentions[0]
    return {
        "id": event.id,
        "value": event.value,
        "start": event.first.isoformat(),
        "end": event.last.isoformat(),
        "granularity": event.granularity,
        "title": event.title,
        "text": first.timex.text,
        "sentence": first.sentence,
        "article_id": first.article.id,
        "article_title": first.article.title,
        "published": first.article.published.isoformat() if first.article.published else None,
        "url": first.article.url,
        "sources": len(event.sources),
    }
