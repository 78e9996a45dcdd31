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

from extractors.anchoring import anchor, is_verb, rule_confidence, tokenize
from extractors.articles import Article
from extractors.describe import describe
from extractors.sentences import split_sentences
from extractors.timex import Timex, tag

# TimeML values of calendar points and periods: 2020, 2022-09, 2023-03-02, 2023-W08, 2023-Q1,
# 2023-SU, 199X; not durations (P3D), reference words (PAST_REF) or unresolved XXXX values.
_CALENDAR_VALUE = re.compile(r"\d{3}[\dX](?:-(?:\d\d(?:-\d\d)?|W\d\d|Q\d|H\d|[A-Z]{2}))?(?:T.*)?$")
# Vague spans that date nothing a reader can place: "in recent weeks", "for years", "days".
_VAGUE = re.compile(
    r"\b(?:recent|past|coming|several|few|many|years|decades|days|weeks|months)\b", re.I
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)*")
_TIME_ZONE = re.compile(r"\b(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|IST|JST|HKT|SGT|AE[SD]T)\b")
# The news agency that ends a dateline, before the lead: "RABAT, June 12 (Reuters) - Morocco
# has ...", "HOUSTON (AP) -- ". A place in capitals, a date or a time zone stands before it.
_AGENCY_MARK = re.compile(r"\([A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2}\)[ ]*(?:--?|[–—])\s+")
_DATELINE_WORDS = re.compile(r"\b[A-Z]{2,}\b|\d")
_DATELINE_REACH = 40
# A place in capitals closing a headline that runs into the dateline ("... in 2013 GENEVA").
_TRAILING_PLACE = re.compile(r"(?:\s+[A-Z][A-Z.\\/,-]+)+\s*$")
_COMMENT_STAMP = re.compile(r"^.{0,60}?\b(?:wrote|writes|posted)\s*:")
# A post's byline before its date: "Posted by Ann Lee, on June 1, 2010", "Posted by: ann_l".
_POSTED_BY = re.compile(r"\bPosted by\b:?(?:[^.!?|\n]|(?<=\b[A-Z])\.){0,60}$")
# A date with its year and a clock time side by side, with no "at" or "on" between, stamps a
# page: "Friday, July 23, 2010; 8:39 AM", "-- June 02, 2010 2:46 PM", "4:30 PM Thu, 11 Jun 2009",
# "Ann Lee | 09:06 UK time, Tuesday, 8 June 2010".
_CLOCK = r"\d{1,2}[:.]\d\d\s*[AaPp]\.?[Mm]\b\.?"
_DAY_AND_YEAR = (
    r"(?:[A-Z][a-z]{2,8}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d\b"
)
_ZONED_CLOCK = rf"(?:{_CLOCK}|\d{{1,2}}[:.]\d\d(?=\s+(?:[A-Z]{{2,4}}|UK time)\b))"
_PAGE_STAMP = re.compile(
    rf"\b(?:19|20)\d\d[,;]?\s+{_CLOCK}"
    rf"|{_ZONED_CLOCK}(?:\s+(?:[A-Z]{{2,4}}|UK time))?,?\s+{_DAY_AND_YEAR}"
)
_STAMP_REACH = 40
# A paper's note on its own printing: "A version appeared on p1 of the Main section on
# Friday 28 May", "This article was amended on 18 June", "First published on ...".
_PUBLICATION_NOTE = re.compile(
    r"\b(?:a version (?:of this article )?appeared|this (?:article|story) was (?:first )?"
    r"(?:published|amended|corrected|updated)|(?:first|originally) published"
    r"|last (?:updated|modified))\b(?:[^.]|\.(?=\d)){0,100}$",  # "on 15.58 BST on Friday"
    re.IGNORECASE,
)
# A title that opens on a copula has no subject: "it was in 2019" or "Today is June 16" dates
# a state of nothing named, not an event.
_SUBJECTLESS_COPULA = re.compile(r"(?:is|are|was|were|be|been)\b", re.I)
_DEICTIC = re.compile(r"(?:today|tonight|now|this (?:week|month|year)|tomorrow|yesterday)", re.I)
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


def event_id(*parts: str) -> str:
    """A short stable id from the parts that identify an event."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Extraction:
    """An article's events, and the dated mentions that date no event (kept, not shown)."""

    events: list[Event]
    other_mentions: list[Mention]


def dates_an_event(mention: Mention) -> bool:
    """Whether the mention names a calendar point or period, not a span or a vague time."""
    timex = mention.timex
    return (
        timex.type in {"DATE", "TIME"}
        and timex.first is not None
        and timex.last is not None
        and timex.granularity is not None
        and _CALENDAR_VALUE.match(timex.value) is not None
        and _VAGUE.search(timex.text) is None
        and not _dateline(mention)
    )


def _dateline(mention: Mention) -> bool:
    """Whether the date stamps the story, its printing, a post or a reader's comment, not
    something that happened ("DUBAI | Mon May 4, 2009 8:25 am EDT", "At 10:49 am on 02 Feb
    2010, Lisy wrote:", "A version appeared on p1 of the Main section on Friday 28 May 2010",
    "Posted by Ann Lee on June 1, 2010", "Friday, July 23, 2010; 8:39 AM")."""
    local = mention.timex.start - mention.sentence_start
    after = mention.sentence[local : local + len(mention.timex.text) + 30]
    before = mention.sentence[max(0, local - 12) : local]
    return (
        _TIME_ZONE.search(after) is not None
        or "|" in before
        or after[len(mention.timex.text) :].lstrip().startswith("|")
        or _COMMENT_STAMP.search(mention.sentence[local:]) is not None
        or _PUBLICATION_NOTE.search(mention.sentence[:local]) is not None
        or _POSTED_BY.search(mention.sentence[:local]) is not None
        or _page_stamp(mention.sentence, local, mention.timex.text)
    )


def _page_stamp(sentence: str, local: int, text: str) -> bool:
    """Whether the date is part of a date-and-clock stamp of the page (``_PAGE_STAMP``)."""
    start = max(0, local - _STAMP_REACH)
    around = sentence[start : local + len(text) + _STAMP_REACH]
    return any(
        stamp.start() < local - start + len(text) and stamp.end() > local - start
        for stamp in _PAGE_STAMP.finditer(around)
    )


def _quoted(sentence: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a quotation in ``sentence``."""
    before = sentence[:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _agency_mark(sentence: str) -> re.Match[str] | None:
    """The "(Reuters) -" that ends an agency dateline in ``sentence``, if there is one."""
    mark = _AGENCY_MARK.search(sentence)
    if mark is None:
        return None
    before = sentence[max(0, mark.start() - _DATELINE_REACH) : mark.start()]
    return mark if mark.start() == 0 or _DATELINE_WORDS.search(before) else None


def _without_dateline(sentence: str, local: int, length: int) -> tuple[str, int]:
    """The text to anchor the date at ``local`` in, with an agency dateline cut off.

    Words of a dateline are no event ("SINGAPORE", "Tue Jun"): a date in the lead is anchored
    in the lead alone, and the dateline's own date ("RABAT, June 12 (Reuters) - Morocco has
    confirmed ...") dates the lead's event as if it opened the lead. A date before the
    dateline, in a headline, is anchored in the headline.
    """
    mark = _agency_mark(sentence)
    if mark is None:
        return sentence, local
    if local >= mark.end():
        return sentence[mark.end() :], local - mark.end()
    if not sentence[local + length : mark.start()].strip():
        return f"{sentence[local : local + length]}, {sentence[mark.end() :]}", 0
    headline = sentence[: mark.start()].split("|", 1)[0]
    trimmed = _TRAILING_PLACE.sub("", headline)
    return (trimmed, local) if local + length <= len(trimmed) else (headline, local)


def _context(article: Article, mention: Mention) -> tuple[str, int]:
    """The text to anchor in and the date's offset in it.

    A sentence that opens with a verbless phrase around its date ("Last September in
    Uzbekistan, which ...") continues the sentence before it, cut off by a stray full stop.
    """
    sentence, local = mention.sentence, mention.timex.start - mention.sentence_start
    if _agency_mark(sentence) is not None:
        return _without_dateline(sentence, local, len(mention.timex.text))
    opening = sentence[: sentence.find(",")] if "," in sentence else sentence
    if local > 0 or mention.sentence_start == 0:
        return sentence, local
    tokens = tokenize(opening)
    if any(is_verb(tokens, index) for index in range(len(tokens))):
        return sentence, local
    previous_start = max(
        (start for start, _ in split_sentences(article.text[: mention.sentence_start])),
        default=mention.sentence_start,
    )
    context = article.text[previous_start : mention.sentence_start + len(sentence)]
    if "\n" in context:
        return sentence, local
    return context, mention.sentence_start - previous_start + local


def extract(article: Article) -> Extraction:
    """Anchor every dated mention of ``article``; those that date an event become events."""
    mentions = find_mentions(article)
    # Names the article also writes alone ("Xi" beside "Xi Jinping"): short forms for titles.
    known_names = frozenset(
        run.group(0) for run in _CAPITALISED_RUN.finditer(article.text) if " " not in run.group(0)
    )
    events, others = [], []
    for mention in mentions:
        timex = mention.timex
        local = timex.start - mention.sentence_start
        deictic = _DEICTIC.fullmatch(timex.text.strip()) is not None
        if not dates_an_event(mention) or (deictic and _quoted(mention.sentence, local)):
            others.append(mention)
            continue
        context, start = _context(article, mention)
        found = anchor(context, start, start + len(timex.text))
        if found is None:
            others.append(mention)
            continue
        described = describe(context, start, start + len(timex.text), found, known_names)
        if found.lemma == "be" and _SUBJECTLESS_COPULA.match(described.title):
            others.append(mention)
            continue
        events.append(
            Event(
                id=event_id(article.id, str(timex.start)),
                title=described.title,
                value=timex.value,
                first=timex.first,
                last=timex.last,
                granularity=timex.granularity,
                mentions=[mention],
                trigger=described.trigger,
                actors=described.actors,
                place=described.place,
                kind=described.kind,
                confidence=rule_confidence(found.rule),
            )
        )
    return Extraction(events, others)


def build_events(article: Article) -> list[Event]:
    """The events that the dated mentions of ``article`` date."""
    return extract(article).events
