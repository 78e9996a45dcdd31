"""A small news site on 127.0.0.1 for the web tests: article pages, an RSS feed, a log.

The pages look like a real newspaper's (navigation, bylines, related links, footer, meta
tags in the head) so that trafilatura has to find the article among the rest. The stories
are written for these tests.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Story:
    slug: str
    headline: str
    paragraphs: tuple[str, ...]
    published: date | None = None
    # Where the date is written: "meta" (article:published_time), "none", or "text" (a
    # visible dateline only, for htmldate's wider search).
    dating: str = "meta"


STORIES = [
    Story(
        "barrier-test",
        "Storm barrier passes its autumn test",
        (
            "ROTTERDAM — The Maeslant storm surge barrier closed on Thursday for its annual"
            " test, the water authority said, and reopened six hours later without a fault.",
            "The barrier first swung shut in 1997 and was last closed for a real storm in"
            " December 2023, when a north-westerly gale pushed the sea up the Nieuwe Waterweg.",
            "Engineers will replace the ball joints next year, a job planned since last"
            " September, the authority added.",
        ),
        date(2024, 10, 4),
    ),
    Story(
        "harbour-strike",
        "Dock workers end three-day harbour strike",
        (
            "Dock workers in Antwerp returned to work on Monday after a three-day strike over"
            " night-shift pay, the union said.",
            "Talks with the port operators will resume on October 21 and a vote on the offer"
            " is expected in November.",
            "The last strike of this size, in 2019, held up more than two hundred ships.",
        ),
        date(2024, 10, 8),
    ),
    Story(
        "ferry-route",
        "New ferry route to link the islands by spring",
        (
            "A new ferry route between the northern islands will open in April 2025, the"
            " regional government announced on Tuesday.",
            "The two ships were ordered in 2022 and the first was launched last month at a"
            " yard in Harlingen.",
        ),
        date(2024, 10, 15),
    ),
    Story(
        "dike-repair",
        "Dike repair finished ahead of winter",
        (
            "Work on the river dike near Nijmegen was finished last week, two weeks ahead of"
            " plan, the contractor said.",
            "The dike was raised after the floods of 1995 and inspected again in 2021.",
        ),
        date(2024, 10, 22),
    ),
    Story(
        "lock-closure",
        "Canal lock closed for repairs",
        (
            "The old canal lock at Spaarndam will close on November 4 for repairs that are"
            " expected to last until March 2025.",
            "It was built in 1845 and last rebuilt in 1958.",
        ),
        date(2024, 10, 29),
    ),
]


def article_page(story: Story, base: str) -> str:
    """A full newspaper page around one story."""
    url = f"{base}/news/{story.slug}"
    meta = ""
    dateline = ""
    if story.published and story.dating == "meta":
        stamp = f"{story.published.isoformat()}T08:30:00+00:00"
        meta = f'<meta property="article:published_time" content="{stamp}">'
        dateline = f'<time datetime="{stamp}">{story.published:%d %B %Y}</time>'
    elif story.published and story.dating == "text":
        dateline = f"<p class='dateline'>Updated {story.published:%d %B %Y}, 09:12</p>"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{html.escape(story.headline)} | The Harbour Gazette</title>
<meta property="og:title" content="{html.escape(story.headline)}">
<meta property="og:type" content="article">
{meta}
<link rel="canonical" href="{url}">
</head><body>
<header><a href="/">The Harbour Gazette</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a>
<a href="/subscribe">Subscribe for 1 euro a week</a></nav></header>
<main><article>
<h1>{html.escape(story.headline)}</h1>
<p class="byline">By our waterways reporter</p>
{dateline}
{body}
</article>
<aside><h2>Most read</h2><ul>
<li><a href="/news/tide-tables">Tide tables for the weekend</a></li>
<li><a href="/news/bridge-works">Bridge works: what drivers need to know</a></li>
</ul></aside></main>
<footer><p>© The Harbour Gazette. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body></html>
"""


def rss_feed(stories: list[Story], base: str) -> str:
    """An RSS 2.0 feed of the stories, newest first."""
    items = "\n".join(
        f"""<item><title>{html.escape(story.headline)}</title>
<link>{base}/news/{story.slug}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">gazette-{story.slug}</guid>
<pubDate>{format_datetime(datetime(*story.published.timetuple()[:3], 7, 0, tzinfo=UTC))}</pubDate>
<description>{html.escape(story.paragraphs[0][:120])}</description></item>"""
        for story in sorted(stories, key=lambda s: s.published or date.min, reverse=True)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>The Harbour Gazette: waterways</title>
<link>{base}/news</link>
<description>News from the ports, rivers and canals.</description>
{items}
</channel></rss>
"""


@dataclass
class Newsroom:
    """The site's content by path, and every path requested so far."""

    base: str = ""
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    user_agents: list[str] = field(default_factory=list)
    # Paths that answer 503 this many more times before serving their content.
    unavailable: dict[str, int] = field(default_factory=dict)

    def publish(self, story: Story) -> str:
        self.routes[f"/news/{story.slug}"] = (
            200,
            "text/html; charset=utf-8",
            article_page(story, self.base).encode("utf-8"),
        )
        return f"{self.base}/news/{story.slug}"

    def feed(self, stories: list[Story], path: str = "/feed", content_type: str = "") -> str:
        self.routes[path] = (
            200,
            content_type or "application/rss+xml",
            rss_feed(stories, self.base).encode("utf-8"),
        )
        return f"{self.base}{path}"

    def page_requests(self) -> list[str]:
        return [path.split("?")[0] for path in self.requests if path.startswith("/news/")]


@contextmanager
def serve_newsroom() -> Iterator[Newsroom]:
    """A real HTTP server on 127.0.0.1 at a free port, in a thread, for one test."""
    room = Newsroom()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            room.requests.append(self.path)
            room.user_agents.append(self.headers.get("User-Agent", ""))
            path = self.path.split("?")[0]
            status, content_type, body = room.routes.get(path, (404, "text/plain", b"not found"))
            if room.unavailable.get(path):
                room.unavailable[path] -= 1
                status, content_type, body = 503, "text/plain", b"try again later"
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    room.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield room
    finally:
        server.shutdown()
        server.server_close()
