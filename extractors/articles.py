"""Read news articles from local files, folders and JSONL files.

Loading never stops at a bad article: each one that cannot be read becomes a
``LoadFailure`` naming its source, and the rest are still read.

An article's id is its canonical URL when it has one, else the hash of its text, so the
same article read from two places, or read again, has the same id.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TEXT_SUFFIXES = {".txt"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; ``published`` is the reference date for its relative dates.

    ``published`` is None when neither the source nor the user gave one: the article is
    kept, its absolute dates count, and its relative ones stay unresolved.
    """

    id: str
    title: str
    text: str
    published: date | None
    source: str
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(_normalised(self.text).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """An input that could not be read as an article, and why; ``url`` if it had one."""

    source: str
    reason: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class FailedArticle:
    """An article that was identified but could not be fetched or processed."""

    id: str
    url: str | None
    source: str
    error: str


def _normalised(text: str) -> str:
    return " ".join(text.split())


def content_id(text: str) -> str:
    """A stable id for an article without a URL: the hash of its text, whitespace aside."""
    return hashlib.sha256(_normalised(text).encode("utf-8")).hexdigest()[:16]


def article_id(text: str, url: str | None) -> str:
    """The canonical URL when there is one, else the hash of the text."""
    if url:
        from extractors.urls import canonical_url

        return canonical_url(url)
    return content_id(text)


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


def _article(
    title: str, text: str, published: date | None, source: str, url: str | None = None
) -> Article:
    if not text.strip():
        raise ValueError(f"{source}: no article text")
    return Article(article_id(text, url), title.strip(), text, published, source, url or None)


def _read_text_file(path: Path, published: date | None) -> Article:
    title, _, body = path.read_text(encoding="utf-8").lstrip("\ufeff").partition("\n")
    if not body.strip():
        raise ValueError(f"{path}: no article text after the title line")
    return _article(title, body.strip("\n"), published, str(path))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<fields>.*?)\n---[ \t]*\n", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
# Markup that carries no words: images, link targets, emphasis, code fences, list and quote marks.
_MARKDOWN_MARKUP = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$", re.MULTILINE), ""),
    (re.compile(r"^[ \t]{0,3}(?:>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*(?:```|~~~).*$|^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),
    (re.compile(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1"), r"\2"),
]


def _read_markdown_file(path: Path, published: date | None) -> Article:
    """Title from front matter or the first heading; date and URL from front matter."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    fields: dict[str, str] = {}
    if front := _FRONT_MATTER.match(text):
        fields = {
            match["key"].lower(): match["value"].strip("'\"")
            for match in _FRONT_FIELD.finditer(front["fields"])
        }
        text = text[front.end() :]
    title = fields.get("title", "")
    if not title:
        first, _, rest = text.strip("\n").partition("\n")
        if heading := _HEADING.match(first):
            title, text = heading["text"], rest
    for pattern, replacement in _MARKDOWN_MARKUP:
        text = pattern.sub(replacement, text)
    where = str(path)
    own_date = parse_published(fields.get("published") or fields.get("date"), where)
    return _article(title, text.strip("\n"), own_date or published, where, fields.get("url"))


def _read_html_file(path: Path, published: date | None) -> Article:
    from extractors.web import article_from_html

    return article_from_html(path.read_bytes(), str(path), url=None, published=published)


def _read_jsonl(path: Path, published: date | None) -> Iterator[Article | LoadFailure]:
    """One article a line: ``text`` required; ``title``, ``url`` and ``published`` (or
    ``time``) optional."""
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
                own_date = parse_published(record.get("published") or record.get("time"), where)
                yield _article(
                    str(record.get("title") or ""),
                    text,
                    own_date or published,
                    where,
                    record.get("url") or None,
                )
            except ValueError as error:  # json.JSONDecodeError is a ValueError
                message = str(error) if str(error).startswith(where) else f"{where}: {error}"
                yield LoadFailure(where, message)


_FILE_READERS = {
    **dict.fromkeys(TEXT_SUFFIXES, _read_text_file),
    **dict.fromkeys(MARKDOWN_SUFFIXES, _read_markdown_file),
    **dict.fromkeys(HTML_SUFFIXES, _read_html_file),
}


def read_source(
    source: str | Path, published: date | None = None, glob: str | None = None
) -> Iterator[Article | LoadFailure]:
    """Articles from one local source: a file, or a folder searched recursively.

    In a folder, ``glob`` (e.g. ``*.html``, ``2024-*/*.md``) picks the files; by default every
    file with a known suffix is read.
    """
    path = Path(source)
    if path.is_dir():
        for child in sorted(path.rglob(glob or "*")):
            if child.is_file() and child.suffix.lower() in SUFFIXES:
                yield from read_source(child, published)
        return
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, published)
        else:
            yield _FILE_READERS.get(suffix, _read_text_file)(path, published)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        yield LoadFailure(
            str(path), f"{path}: {error}" if str(path) not in str(error) else str(error)
        )


def read_sources(
    sources: Iterable[str | Path], published: date | None = None, glob: str | None = None
) -> Iterator[Article | LoadFailure]:
    """Articles from every local source in turn."""
    for source in sources:
        yield from read_source(source, published, glob)
