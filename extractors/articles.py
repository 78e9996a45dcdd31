"""Read news articles from text files, folders and JSONL files.

Loading never stops at a bad article: each one that cannot be read becomes a
``LoadFailure`` naming its source, and the rest are still read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; ``published`` is the reference date for its relative dates."""

    id: str
    title: str
    text: str
    published: date | None
    source: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """An input that could not be read as an article, and why."""

    source: str
    reason: str


def content_id(text: str) -> str:
    """A stable id for an article without a URL: the hash of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object, source: str) -> date | None:
    """A publication date from ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date)."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{source}: published must be a YYYY-MM-DD string, got {value!r}")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as error:
        raise ValueError(f"{source}: published {value!r} is not a YYYY-MM-DD date") from error


def _read_text_file(path: Path, published: date | None) -> Article:
    text = path.read_text(encoding="utf-8")
    title, _, body = text.lstrip("\ufeff").partition("\n")
    if not body.strip():
        raise ValueError(f"{path}: no article text after the title line")
    return Article(
        id=content_id(text),
        title=title.strip(),
        text=body.strip("\n"),
        published=published,
        source=str(path),
    )


def _read_jsonl(path: Path, published: date | None) -> Iterator[Article | LoadFailure]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError(f"{where}: expected a JSON object")
                text = record.get("text")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError(f"{where}: missing or empty 'text'")
                yield Article(
                    id=str(record.get("id") or record.get("url") or content_id(text)),
                    title=str(record.get("title") or "").strip(),
                    text=text,
                    published=parse_published(record.get("published"), where) or published,
                    source=where,
                    url=record.get("url") or None,
                )
            except ValueError as error:  # json.JSONDecodeError is a ValueError
                message = str(error) if str(error).startswith(where) else f"{where}: {error}"
                yield LoadFailure(where, message)


def read_source(
    source: str | Path, published: date | None = None
) -> Iterator[Article | LoadFailure]:
    """Articles from one source: a ``.txt`` file, a ``.jsonl`` file or a folder of them."""
    path = Path(source)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix in {".txt", ".jsonl"}:
                yield from read_source(child, published)
        return
    try:
        if path.suffix == ".jsonl":
            yield from _read_jsonl(path, published)
        else:
            yield _read_text_file(path, published)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        yield LoadFailure(
            str(path), f"{path}: {error}" if str(path) not in str(error) else str(error)
        )


def read_sources(
    sources: Iterable[str | Path], published: date | None = None
) -> Iterator[Article | LoadFailure]:
    """Articles from every source in turn."""
    for source in sources:
        yield from read_source(source, published)
