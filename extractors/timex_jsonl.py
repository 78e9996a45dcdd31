"""Tag documents given as JSON lines: the scoring interface of the tagger.

Each input line is ``{"doc": ..., "dct": "YYYY-MM-DD" | null, "text": "..."}``; each output
line is ``{"doc": ..., "timexes": [{"start", "end", "text", "type", "value"}]}`` with
character offsets into ``text``. A line that cannot be read is reported with its number and
skipped; the other lines are still tagged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from extractors.timex import tag


class BadLine(ValueError):
    """One input line that is not a document the tagger can read."""

    def __init__(self, number: int, reason: str) -> None:
        super().__init__(f"line {number}: {reason}")
        self.number = number


@dataclass(frozen=True)
class Document:
    doc: Any
    reference: date | None
    text: str


def read_document(number: int, line: str) -> Document:
    """The document on input line ``number``, or BadLine saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadLine(number, f"not JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise BadLine(number, "not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise BadLine(number, f"doc {record.get('doc')!r}: 'text' must be a string")
    return Document(record.get("doc"), _reference(number, record.get("dct")), text)


def _reference(number: int, dct: object) -> date | None:
    if dct is None or dct == "":
        return None
    if not isinstance(dct, str):
        raise BadLine(number, f"'dct' must be an ISO date string, not {dct!r}")
    try:
        return datetime.fromisoformat(dct).date() if "T" in dct else date.fromisoformat(dct)
    except ValueError as error:
        raise BadLine(number, f"'dct' {dct!r} is not an ISO date") from error


def tag_document(document: Document) -> dict[str, Any]:
    """The output record of one document."""
    return {
        "doc": document.doc,
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in tag(document.text, document.reference)
        ],
    }


def tag_lines(lines: Iterable[str], problems: list[BadLine]) -> Iterator[str]:
    """Output JSON lines for the input ``lines``; unreadable lines go to ``problems``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            document = read_document(number, line)
        except BadLine as problem:
            problems.append(problem)
            continue
        yield json.dumps(tag_document(document), ensure_ascii=False)
