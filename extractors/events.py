"""Turn dated mentions in articles into timeline events.

An event is what a dated mention refers to, with every mention that reports it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from extractors.articles import Article
from extractors.sentences import split_sentences
from extractors.timex import Timex, tag

_TITLE_WORDS = 12


@dataclass(frozen=True, slots=True)
class Mention:
    """A date expression in one sentence of one article."""

    article: Article
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

    @property
    def sources(self) -> list[str]:
        """Ids of the distinct articles that report this event."""
        return list(dict.fromkeys(mention.article.id for mention in self.mentions))


def find_mentions(article: Article) -> list[Mention]:
    """Every temporal expression of ``article``, with its sentence, resolved from publication."""
    mentions = []
    for start, end in split_sentences(article.text):
        sentence = article.text[start:end]
        for timex in tag(sentence, article.published):
            shifted = Timex(
                start=timex.start + start,
                end=timex.end + start,
                text=timex.text,
                type=timex.type,
                value=timex.value,
                first=timex.first,
                last=timex.last,
                granularity=timex.granularity,
            )
            mentions.append(Mention(article, sentence, start, shifted))
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
