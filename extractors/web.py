"""Articles from the web: HTML pages and RSS/Atom feeds by URL, and local HTML files.

Whether a URL is a page or a feed is read from the response, not asked of the user. A
feed's entries are fetched as pages, except those the caller already has. Fetching is
polite and bounded: a named User-Agent, timeouts, a size limit, http/https only. Network
errors and server-side failures raise ``RetryableFetchError`` so the caller (a Prefect
task) can retry with back-off; anything else is a ``FetchError``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib.metadata import version

import feedparser
import htmldate
import httpx
import trafilatura
from trafilatura.utils import load_html

from extractors.articles import Article, LoadFailure, article_id
from extractors.urls import canonical_url, is_web_url

USER_AGENT = (
    f"newsline/{version('newsline')} (news timeline builder; polite, one request at a time)"
)
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
MAX_BYTES = 5 * 1024 * 1024
# Fewer words than this in a page's main text is navigation or a stub, not a story.
MIN_WORDS = 8
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


class FetchError(Exception):
    """A URL that cannot be read, and retrying will not help."""


class RetryableFetchError(FetchError):
    """A network error or server-side failure that may pass."""


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: what was asked for, where it ended up, and its bytes."""

    url: str
    final_url: str
    content_type: str
    body: bytes


def fetch(url: str, client: httpx.Client | None = None) -> Page:
    """GET ``url`` (redirects followed), refusing other schemes and bodies over MAX_BYTES."""
    if not is_web_url(url):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    own_client = client is None
    client = client or httpx.Client(
        headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True
    )
    try:
        with client.stream("GET", url) as response:
            if response.status_code == 429 or response.status_code >= 500:
                raise RetryableFetchError(f"{url}: HTTP {response.status_code}")
            if response.status_code >= 400:
                raise FetchError(f"{url}: HTTP {response.status_code}")
            declared = int(response.headers.get("content-length") or 0)
            if declared > MAX_BYTES:
                raise FetchError(f"{url}: {declared} bytes, over the {MAX_BYTES} byte limit")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise FetchError(f"{url}: over the {MAX_BYTES} byte limit")
            return Page(
                url=url,
                final_url=str(response.url),
                content_type=response.headers.get("content-type", "").lower(),
                body=bytes(body),
            )
    except httpx.TransportError as error:
        raise RetryableFetchError(f"{url}: {type(error).__name__}: {error}") from error
    finally:
        if own_client:
            client.close()


def is_feed(page: Page) -> bool:
    """An RSS/Atom document, judged by its media type or, failing that, its root element."""
    if any(kind in page.content_type for kind in _FEED_TYPES):
        return True
    if "html" in page.content_type:
        return False
    return bool(_FEED_ROOT.search(page.body[:2048]))


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str
    title: str
    published: date | None


def feed_entries(page: Page) -> list[FeedEntry]:
    """The entries of a feed that link to an article, in feed order."""
    parsed = feedparser.parse(page.body, response_headers={"content-location": page.final_url})
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"{page.url}: not a readable feed ({parsed.bozo_exception})")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        day = datetime(*stamp[:6], tzinfo=UTC).date() if stamp else None
        entries.append(FeedEntry(link=link, title=entry.get("title", ""), published=day))
    return entries


def _page_date(tree: object, url: str | None) -> date | None:
    """htmldate's wider search (visible text patterns too): for pages with no clear date.

    Its guesses from a bare year or month (a year in the story, the copyright line) come back
    as the first of a month; those are dropped, since they would date the article by an event
    it reports and resolve its relative dates from the wrong day.
    """
    found = htmldate.find_date(tree, url=url, extensive_search=True, original_date=True)
    day = date.fromisoformat(found) if found else None
    return day if day and day.day != 1 else None


def article_from_html(
    html: bytes | str,
    source: str,
    url: str | None,
    published: date | None = None,
    entry: FeedEntry | None = None,
) -> Article:
    """The main text and metadata of a page; trafilatura reads it, htmldate dates it if unclear.

    Publication date, first found: the page's own metadata, the feed entry's date, htmldate's
    wider search, then ``published``.
    """
    tree = load_html(html)
    if tree is None:
        raise ValueError(f"{source}: not an HTML document")
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    words = len((document.text or "").split()) if document else 0
    if words < MIN_WORDS:
        raise ValueError(f"{source}: no article text found in the page ({words} words)")
    title = document.title or (entry.title if entry else "") or ""
    text = document.text
    if title and text.startswith(title + "\n"):  # the headline is the title, not the story
        text = text[len(title) + 1 :]
    own_date = date.fromisoformat(document.date) if document.date else None
    day = own_date or (entry.published if entry else None) or _page_date(tree, url) or published
    # The page's canonical link identifies it; the URL it was fetched from is kept as well,
    # so that a feed entry linking there is known on the next run without fetching it.
    canonical = document.url if document.url and is_web_url(document.url) else url
    return Article(
        id=article_id(text, canonical),
        title=title.strip(),
        text=text,
        published=day,
        source=source,
        url=canonical_url(url or canonical) if (url or canonical) else None,
    )


def read_url(
    url: str,
    fetch_page: Callable[[str], Page],
    known: Container[str] = frozenset(),
    published: date | None = None,
) -> Iterator[Article | LoadFailure]:
    """The article at ``url``, or the articles of the feed at ``url`` not already ``known``.

    ``known`` holds canonical URLs (article ids) already stored: their pages are not fetched.
    ``fetch_page`` is ``fetch`` or a wrapper that retries it.
    """
    if canonical_url(url) in known:
        return
    try:
        page = fetch_page(url)
    except FetchError as error:
        yield LoadFailure(url, str(error), url=url)
        return
    if not is_feed(page):
        yield _article_or_failure(page, published, None)
        return
    try:
        entries = feed_entries(page)
    except FetchError as error:
        yield LoadFailure(url, str(error), url=url)
        return
    for entry in entries:
        if canonical_url(entry.link) in known:
            continue
        try:
            entry_page = fetch_page(entry.link)
        except FetchError as error:
            yield LoadFailure(entry.link, str(error), url=entry.link)
            continue
        yield _article_or_failure(entry_page, published, entry)


def _article_or_failure(
    page: Page, published: date | None, entry: FeedEntry | None
) -> Article | LoadFailure:
    try:
        return article_from_html(page.body, page.url, page.url, published, entry)
    except ValueError as error:
        return LoadFailure(page.url, str(error), url=page.url)
