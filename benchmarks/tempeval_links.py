"""Gold EVENT-TIMEX3 links within a sentence, read from TimeBank/AQUAINT TimeML files.

Each linked date becomes one ``LinkedDate``: its sentence (split with the pipeline's own
splitter), its offsets there, and the offsets of every event word a TLINK ties it to.
Used to learn and to measure anchoring (benchmarks/train_anchoring.py, benchmarks/events.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractors.sentences import split_sentences

_TAG = re.compile(r"<(/?)(EVENT|TIMEX3|SIGNAL)\b([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class LinkedDate:
    """A gold date in its sentence with the event words linked to it (sentence offsets)."""

    document: str
    sentence: str
    start: int
    end: int
    type: str
    events: tuple[tuple[int, int], ...]


def _plain_text(body: str) -> tuple[str, dict[str, tuple[int, int]], dict[str, tuple]]:
    """Text without tags, event spans by eid and timex (start, end, type) by tid."""
    pieces, events, timexes, opened = [], {}, {}, []
    position = length = 0
    for tag in _TAG.finditer(body):
        piece = body[position : tag.start()]
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        if not tag.group(1):
            opened.append((tag.group(2), dict(_ATTRIBUTE.findall(tag.group(3))), length))
            continue
        kind, attributes, start = opened.pop()
        if kind == "EVENT":
            events[attributes["eid"]] = (start, length)
        elif kind == "TIMEX3":
            timexes[attributes["tid"]] = (start, length, attributes.get("type", ""))
    pieces.append(body[position:])
    return "".join(pieces), events, timexes


def read_linked_dates(path: Path) -> Iterator[LinkedDate]:
    """Every date of one TimeML file that a TLINK ties to an event in the same sentence."""
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text, events, timexes = _plain_text(body)
    instances = dict(
        (match["eiid"], match["eid"])
        for match in re.finditer(r'<MAKEINSTANCE eventID="(?P<eid>\w+)" eiid="(?P<eiid>\w+)"', raw)
    )
    spans = list(split_sentences(text))
    starts = [start for start, _ in spans]

    def sentence_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    linked: dict[str, set[tuple[int, int]]] = {}
    for match in re.finditer(r"<TLINK\b[^>]*>", raw):
        attributes = dict(_ATTRIBUTE.findall(match.group(0)))
        if "relatedToTime" in attributes and "eventInstanceID" in attributes:
            instance, tid = attributes["eventInstanceID"], attributes["relatedToTime"]
        elif "timeID" in attributes and "relatedToEventInstance" in attributes:
            instance, tid = attributes["relatedToEventInstance"], attributes["timeID"]
        else:
            continue
        event = events.get(instances.get(instance, ""))
        if tid not in timexes or event is None:
            continue
        if sentence_of(event[0]) == sentence_of(timexes[tid][0]) >= 0:
            linked.setdefault(tid, set()).add(event)
    for tid, linked_events in sorted(linked.items(), key=lambda item: timexes[item[0]][0]):
        start, end, timex_type = timexes[tid]
        sentence_start, sentence_end = spans[sentence_of(start)]
        yield LinkedDate(
            document=path.stem,
            sentence=text[sentence_start:sentence_end],
            start=start - sentence_start,
            end=end - sentence_start,
            type=timex_type,
            events=tuple(
                sorted((a - sentence_start, b - sentence_start) for a, b in linked_events)
            ),
        )


def read_corpus(folder: Path) -> list[LinkedDate]:
    """All linked dates of every ``*.tml`` file under ``folder``, in file order."""
    return [linked for path in sorted(folder.rglob("*.tml")) for linked in read_linked_dates(path)]
