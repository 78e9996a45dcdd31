"""Extractors: read articles, find and normalise dates, build events. No Prefect here.

The names below load on first use, so that importing one stage (the tagger behind
``newsline timex``) does not load the others (the event builder's word models).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {
    "Article": "extractors.articles",
    "LoadFailure": "extractors.articles",
    "read_sources": "extractors.articles",
    "Event": "extractors.events",
    "Mention": "extractors.events",
    "build_events": "extractors.events",
    "find_mentions": "extractors.events",
    "Timex": "extractors.timex",
    "tag": "extractors.timex",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'extractors' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
