"""Web pages and feeds, fetched for real from a news site served on 127.0.0.1."""

import socket
from dataclasses import replace
from datetime import date

import pytest

from extractors import web
from extractors.articles import Article, LoadFailure
from extractors.web import (
    USER_AGENT,
    FetchError,
    RetryableFetchError,
    article_from_html,
    feed_entries,
    fetch,
    is_feed,
    read_url,
)
from tests.newsroom import STORIES, Story, article_page, serve_newsroom

BARRIER, STRIKE, FERRY = STORIES[:3]


def test_a_page_gives_its_story_title_date_and_canonical_id() -> None:
    with serve_newsroom() as room:
        url = room.publish(BARRIER)
        [article] = read_url(url + "?utm_source=newsletter#comments", fetch)
    assert isinstance(article, Article)
    assert (article.title, article.published) == (BARRIER.headline, date(2024, 10, 4))
    assert article.id == article.url == url
    assert article.text.startswith("ROTTERDAM — The Maeslant storm surge barrier closed")
    assert "last September" in article.text
    for chrome in ("Subscribe", "Most read", "All rights reserved", "waterways reporter"):
        assert chrome not in article.text
    assert room.user_agents == [USER_AGENT]


@pytest.mark.parametrize(
    ("dating", "entry_date", "default", "expected"),
    [
        ("meta", date(2030, 1, 1), None, date(2024, 10, 8)),  # the page's own date first
        ("none", date(2024, 10, 9), date(2000, 1, 1), date(2024, 10, 9)),  # then the feed's
        ("text", None, date(2000, 1, 1), date(2024, 10, 8)),  # then htmldate's wider search
        ("none", None, date(2000, 1, 1), date(2000, 1, 1)),  # then --published
        ("none", None, None, None),  # else unknown, and kept
    ],
)
def test_publication_date_order(
    dating: str, entry_date: date | None, default: date | None, expected: date | None
) -> None:
    page = article_page(replace(STRIKE, dating=dating), "http://gazette.test")
    entry = web.FeedEntry("http://gazette.test/news/harbour-strike", "", entry_date)
    article = article_from_html(
        page, "test", "http://gazette.test/news/harbour-strike", default, entry
    )
    assert article.published == expected


def test_a_feed_is_told_from_a_page_by_the_response_not_the_url() -> None:
    with serve_newsroom() as room:
        page_url = room.publish(BARRIER)
        typed = room.feed([BARRIER], "/feed")
        plain = room.feed([BARRIER], "/news.xml.html", content_type="text/plain")
        assert not is_feed(fetch(page_url))
        assert is_feed(fetch(typed))
        assert is_feed(fetch(plain))
        [entry] = feed_entries(fetch(plain))
    assert (entry.title, entry.published) == (BARRIER.headline, BARRIER.published)


def test_a_feed_fetches_only_the_entries_not_already_known() -> None:
    with serve_newsroom() as room:
        for story in (BARRIER, STRIKE, FERRY):
            room.publish(story)
        feed = room.feed([BARRIER, STRIKE, FERRY])
        known = {f"{room.base}/news/{STRIKE.slug}"}
        articles = list(read_url(feed, fetch, known))
        assert sorted(a.title for a in articles) == sorted([BARRIER.headline, FERRY.headline])
        assert sorted(room.page_requests()) == [f"/news/{BARRIER.slug}", f"/news/{FERRY.slug}"]
        assert all(a.id == a.url for a in articles)


def test_a_missing_entry_is_reported_and_the_rest_still_read() -> None:
    with serve_newsroom() as room:
        room.publish(BARRIER)
        feed = room.feed([BARRIER, STRIKE])  # the strike story's page is not published
        items = list(read_url(feed, fetch))
    [failure] = [item for item in items if isinstance(item, LoadFailure)]
    assert "harbour-strike" in failure.reason and "HTTP 404" in failure.reason
    assert failure.url and failure.url.startswith(room.base)
    assert [item.title for item in items if isinstance(item, Article)] == [BARRIER.headline]


def test_server_errors_and_network_errors_may_be_retried_others_not() -> None:
    with serve_newsroom() as room:
        room.publish(BARRIER)
        room.unavailable[f"/news/{BARRIER.slug}"] = 1
        with pytest.raises(RetryableFetchError, match="HTTP 503"):
            fetch(f"{room.base}/news/{BARRIER.slug}")
        assert fetch(f"{room.base}/news/{BARRIER.slug}").body.startswith(b"<!DOCTYPE html>")
        with pytest.raises(FetchError, match="HTTP 404") as missing:
            fetch(f"{room.base}/news/nowhere")
        assert not isinstance(missing.value, RetryableFetchError)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(RetryableFetchError, match="ConnectError"):
        fetch(f"http://127.0.0.1:{port}/feed")


def test_only_http_and_https_are_fetched(tmp_path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<p>private</p>", encoding="utf-8")
    for url in (secret.as_uri(), "ftp://127.0.0.1/feed"):
        with pytest.raises(FetchError, match="only http and https"):
            fetch(url)


def test_a_body_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web, "MAX_BYTES", 2_000)
    with serve_newsroom() as room:
        url = room.publish(Story("long", "Long read", ("A long paragraph. " * 400,)))
        with pytest.raises(FetchError, match="2000 byte limit"):
            fetch(url)
