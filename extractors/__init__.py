"""Extractors: read articles, find and normalise dates, build events. No Prefect here."""

from extractors.articles import Article, LoadFailure, read_sources
from extractors.events import Event, Mention, build_events, find_mentions
from extractors.timex import Timex, tag

__all__ = [
    "Article",
    "Event",
    "LoadFailure",
    "Mention",
    "Timex",
    "build_events",
    "find_mentions",
    "read_sources",
    "tag",
]
