"""Turn dated mentions in articles into timeline events.

An event is what a dated mention refers to, with every mention that reports it.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from extractors.articles import Article
from extractors.sentences import split_sentences
from extractors.timex import Timex, tag

_TITLE_WORDS = 12
_TIMEX_DATE_FIELDS = ("first", "last")


@dataclass(frozen=True, slots=True)
class Mention:
    """A date expression in one sentence of one article, with the article's provenance.

    Only the article's identity is kept, not its text: events from thousands of articles
    are held, merged and stored at once.
    """

    article_id: str
    article_title: str
    published: date | None
    url: str | None
    sentence: str
    sentence_start: int
    timex: Timex


@dataclass(slots=True)
class Event:
    """Something that happened on a date, with the mentions that report it."""

    id: str
    title: str
    value: str
    first: date
    last: date
    granularity: str
    mentions: list[Mention] = field(default_factory=list)
    trigger: str = ""
    actors: tuple[str, ...] = ()
    place: str | None = None
    kind: str = "other"
    confidence: float = 1.0

    @property
    def sources(self) -> list[str]:
        """Ids of the distinct articles that report this event."""
        return list(dict.fromkeys(mention.article_id for mention in self.mentions))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (dates as ISO strings) that ``from_dict`` turns back into this event."""
        return {
            "id": self.id,
            "title": self.title,
            "value": self.value,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "granularity": self.granularity,
            "trigger": self.trigger,
            "actors": list(self.actors),
            "place": self.place,
            "kind": self.kind,
            "confidence": self.confidence,
            "mentions": [_mention_to_dict(mention) for mention in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """The event ``to_dict`` described."""
        return cls(
            id=data["id"],
            title=data["title"],
            value=data["value"],
            first=date.fromisoformat(data["first"]),
            last=date.fromisoformat(data["last"]),
            granularity=data["granularity"],
            trigger=data["trigger"],
            actors=tuple(data["actors"]),
            place=data["place"],
            kind=data["kind"],
            confidence=float(data["confidence"]),
            mentions=[_mention_from_dict(mention) for mention in data["mentions"]],
        )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _mention_to_dict(mention: Mention) -> dict[str, Any]:
    timex = {
        name: _iso(value) if isinstance(value, date) else value
        for name, value in ((f.name, getattr(mention.timex, f.name)) for f in fields(Timex))
    }
    return {
        "article_id": mention.article_id,
        "article_title": mention.article_title,
        "published": _iso(mention.published),
        "url": mention.url,
        "sentence": mention.sentence,
        "sentence_start": mention.sentence_start,
        "timex": timex,
    }


def _mention_from_dict(data: dict[str, Any]) -> Mention:
    timex = dict(data["timex"])
    for name in _TIMEX_DATE_FIELDS:
        timex[name] = _from_iso(timex.get(name))
    return Mention(
        article_id=data["article_id"],
        article_title=data["article_title"],
        published=_from_iso(data["published"]),
        url=data["url"],
        sentence=data["sentence"],
        sentence_start=data["sentence_start"],
        timex=Timex(**timex),
    )


def find_mentions(article: Article) -> list[Mention]:
    """Every temporal expression of ``article``, with its sentence, resolved from publication.

    The whole text is tagged at once so the tagger can resolve expressions that lean on an
    earlier one ("the next day"); each expression is then placed in its sentence.
    """
    timexes = tag(article.text, article.published)
    spans = list(split_sentences(article.text)) or [(0, len(article.text))]
    starts = [start for start, _ in spans]
    mentions = []
    for timex in timexes:
        start, end = spans[max(bisect_right(starts, timex.start) - 1, 0)]
        mentions.append(
            Mention(
                article_id=article.id,
                article_title=article.title,
                published=article.published,
                url=article.url,
                sentence=article.text[start:end],
                sentence_start=start,
                timex=timex,
            )
        )
    return mentions


def _title(mention: Mention) -> str:
    """The words of the sentence around the date: a readable stand-in for what happened."""
    sentence = mention.sentence
    local_start = mention.timex.start - mention.sentence_start
    local_end = mention.timex.end - mention.sentence_start
    words_after = list(re.finditer(r"\S+", sentence[local_end:]))[: _TITLE_WORDS // 2]
    words_before = list(re.finditer(r"\S+", sentence[:local_start]))
    words_before = words_before[len(words_before) - (_TITLE_WORDS - len(words_after)) :]
    start = words_before[0].start() if words_before else local_start
    end = local_end + words_after[-1].end() if words_after else local_end
    return sentence[start:end].strip(" ,;:-–—")


def event_id(*parts: str) -> str:
    """A short stable id from the parts that identify an event."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def build_events(article: Article) -> list[Event]:
    """One event per dated mention that covers a calendar interval."""
    events = []
    for mention in find_mentions(article):
        timex = mention.timex
        if timex.first is None or timex.last is None or timex.granularity is None:
            continue
        events.append(
            Event(
                id=event_id(article.id, str(timex.start)),
                title=_title(mention),
                value=timex.value,
                first=timex.first,
                last=timex.last,
                granularity=timex.granularity,
                mentions=[mention],
            )
        )
    return events
