import json
from datetime import date
from pathlib import Path

from extractors.articles import Article, LoadFailure, read_sources


def test_text_file_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Dam opens\n\nThe dam opened on Monday.\n", encoding="utf-8")
    [article] = read_sources([path], published=date(2024, 5, 20))
    assert isinstance(article, Article)
    assert (article.title, article.text, article.published) == (
        "Dam opens",
        "The dam opened on Monday.",
        date(2024, 5, 20),
    )


def test_jsonl_published_field_wins_over_the_default(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    records = [
        {"id": "a", "title": "A", "published": "2021-02-03", "text": "Text A."},
        {"id": "b", "title": "B", "text": "Text B.", "url": "https://example.org/b"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    first, second = read_sources([path], published=date(2020, 1, 1))
    assert first.published == date(2021, 2, 3)
    assert (second.published, second.url) == (date(2020, 1, 1), "https://example.org/b")


def test_timeline17_time_field_is_the_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text('{"id": "7", "time": "2010-04-21", "text": "Oil leaks ."}\n', encoding="utf-8")
    [article] = read_sources([path], published=date(2020, 1, 1))
    assert article.published == date(2010, 4, 21)


def test_id_is_the_canonical_url_else_the_text_hash(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    records = [
        {
            "id": "1",
            "text": "Same  story.",
            "url": "HTTPS://News.Example.org:443/a?utm_source=x#top",
        },
        {"id": "2", "text": "Same story."},
        {"id": "3", "text": "Same\nstory. "},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with_url, first, second = read_sources([path])
    assert with_url.id == "https://news.example.org/a"
    assert first.id == second.id != with_url.id


def test_broken_lines_are_reported_and_the_rest_still_read(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "Fine."}\n'
        "not json at all\n"
        '{"id": "bad-date", "text": "x", "published": "yesterday"}\n'
        '{"id": "empty", "text": ""}\n'
        '{"id": "ok2", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    items = list(read_sources([path]))
    assert [item.text for item in items if isinstance(item, Article)] == ["Fine.", "Also fine."]
    failures = [item for item in items if isinstance(item, LoadFailure)]
    assert [failure.source for failure in failures] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "yesterday" in failures[1].reason
    assert "text" in failures[2].reason


def test_folder_is_read_recursively_and_bad_files_are_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("One\nBody one.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Two\nBody two.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9\nBody".encode("latin-1"))
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    titles = sorted(item.title for item in items if isinstance(item, Article))
    assert titles == ["One", "Two"]
    [failure] = [item for item in items if isinstance(item, LoadFailure)]
    assert failure.source == str(tmp_path / "latin1.txt")


def test_missing_file_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    [failure] = read_sources([tmp_path / "nope.txt"])
    assert isinstance(failure, LoadFailure)
    assert "nope.txt" in failure.reason


def test_same_text_gets_the_same_id(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Title\nSame body.", encoding="utf-8")
    first, second = read_sources([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert first.id == second.id


def test_markdown_front_matter_gives_title_date_and_url(tmp_path: Path) -> None:
    path = tmp_path / "lock.md"
    path.write_text(
        "---\ntitle: 'Canal lock closed'\ndate: 2024-10-29\nurl: https://gazette.test/lock\n---\n"
        "The **old** lock at [Spaarndam](https://example.org) closes on *November 4*.\n\n"
        "- It was built in 1845.\n",
        encoding="utf-8",
    )
    [article] = read_sources([path], published=date(2000, 1, 1))
    assert (article.title, article.published) == ("Canal lock closed", date(2024, 10, 29))
    assert article.id == article.url == "https://gazette.test/lock"
    assert (
        article.text == "The old lock at Spaarndam closes on November 4.\n\nIt was built in 1845."
    )


def test_markdown_heading_is_the_title_when_there_is_no_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "ferry.md"
    path.write_text("# New ferry route\n\nThe route opens in April 2025.\n", encoding="utf-8")
    [article] = read_sources([path], published=date(2024, 10, 15))
    assert (article.title, article.text.strip(), article.published) == (
        "New ferry route",
        "The route opens in April 2025.",
        date(2024, 10, 15),
    )


def test_html_file_is_read_like_a_web_page(tmp_path: Path) -> None:
    from tests.newsroom import STORIES, article_page

    story = STORIES[3]
    path = tmp_path / "dike.html"
    path.write_text(article_page(story, "https://gazette.test"), encoding="utf-8")
    [article] = read_sources([path])
    assert (article.title, article.published) == (story.headline, story.published)
    assert article.id == f"https://gazette.test/news/{story.slug}"
    assert "Nijmegen" in article.text and "Most read" not in article.text


def test_glob_picks_the_files_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "a.md").write_text("# A\n\nBody A.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\nBody B.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("C\nBody C.", encoding="utf-8")
    every = sorted(item.title for item in read_sources([tmp_path]))
    markdown = sorted(item.title for item in read_sources([tmp_path], glob="*.md"))
    nested = sorted(item.title for item in read_sources([tmp_path], glob="2024/*"))
    assert (every, markdown, nested) == (["A", "B", "C"], ["A", "B"], ["A"])


def test_an_html_file_without_an_article_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    [failure] = read_sources([path])
    assert isinstance(failure, LoadFailure)
    assert str(path) in failure.reason and "no article text" in failure.reason
