"""Event records as ``outputs.records.event_record`` makes them, built field by field."""

from __future__ import annotations

from typing import Any

import pytest


def make_record(
    id: str = "e1",
    value: str = "2023-03-02",
    start: str | None = "2023-03-02",
    end: str | None = "2023-03-02",
    *,
    title: str = "foreign ministers meet in New Delhi",
    text: str = "March 2",
    sentence: str = "The G-20 foreign ministers meet on March 2 in New Delhi.",
    article_id: str = "a1",
    article_title: str = "Ministers gather",
    published: str = "2023-03-01",
    url: str | None = "https://example.org/a1",
    **extra: Any,
) -> dict[str, Any]:
    """One record; ``extra`` adds the newer fields (kind, actors, reports, sources, ...)."""
    record = {
        "id": id,
        "value": value,
        "start": start,
        "end": end,
        "granularity": "day",
        "title": title,
        "text": text,
        "sentence": sentence,
        "article_id": article_id,
        "article_title": article_title,
        "published": published,
        "url": url,
        "sources": 1,
    }
    record.update(extra)
    return record


@pytest.fixture
def record_factory():
    return make_record
