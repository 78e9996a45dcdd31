from datetime import date

import pytest

from outputs import view
from outputs.view import PageOptions
from tests.outputs.conftest import make_record


def _report(article_id: str, title: str = "", url: str | None = None) -> dict:
    return {
        "article_id": article_id,
        "article_title": title or article_id,
        "published": "2023-03-01",
        "url": url,
        "text": "March 2",
        "sentence": "They met on March 2.",
    }


def test_select_keeps_enough_sources_and_overlapping_dates() -> None:
    records = [
        make_record("old", "2020", "2020-01-01", "2020-12-31", sources=3),
        make_record("new", "2023-03-02", sources=1),
        make_record("both", "2022-12", "2022-12-01", "2022-12-31", sources=2),
        make_record("vague", "PAST_REF", None, None, sources=2),
    ]
    ids = lambda options: [r["id"] for r in view.select(records, options)]  # noqa: E731
    assert ids(PageOptions()) == ["old", "new", "both", "vague"]
    assert ids(PageOptions(min_sources=2)) == ["old", "both", "vague"]
    # A year overlaps a range that starts inside it; vague references go with a date filter.
    assert ids(PageOptions(since=date(2020, 6, 1), until=date(2022, 12, 5))) == ["old", "both"]
    assert ids(PageOptions(since=date(2023, 1, 1))) == ["new"]


def test_bad_options_are_refused_with_the_value() -> None:
    with pytest.raises(ValueError, match="'place'"):
        PageOptions(lanes="place")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="min_sources"):
        PageOptions(min_sources=0)
    with pytest.raises(ValueError, match="after until"):
        PageOptions(since=date(2023, 2, 1), until=date(2023, 1, 1))


def test_story_lanes_join_articles_that_report_the_same_event() -> None:
    records = [
        make_record("e1", reports=[_report("a1", "Summit opens"), _report("a2")]),
        make_record("e2", reports=[_report("a2", "Summit day two")]),
        make_record("e3", reports=[_report("a3", "Flood in the north")]),
        make_record("e4", reports=[_report("a1", "Summit opens")]),
    ]
    lanes = view.lanes(records, "story")
    assert lanes[0] == lanes[1] == lanes[3] != lanes[2]
    assert lanes[0] == "Summit opens (+1 article)"  # a1 has the most events of its story
    assert lanes[2] == "Flood in the north"


def test_a_story_of_untitled_articles_is_named_after_its_most_reported_event() -> None:
    untitled = [{**_report("a1"), "article_title": None}, {**_report("a2"), "article_title": ""}]
    records = [
        make_record("e1", title="Quake strikes the capital", sources=2, reports=untitled),
        make_record("e2", title="Aid flights land", sources=1, reports=untitled[:1]),
        make_record("e3", title="Aid flights land", sources=1, reports=untitled[:1]),
    ]
    assert set(view.lanes(records, "story")) == {"Quake strikes the capital (+1 article)"}


def test_kind_actor_and_source_lanes_fall_back_when_fields_are_absent() -> None:
    records = [
        make_record("e1", kind="meeting", actors=["Xi Jinping", "Lukashenko"]),
        make_record("e2", url="https://www.example.com/x"),
        make_record("e3", url=None, article_title="Local paper story"),
    ]
    assert view.lanes(records, "kind") == ["meeting", "other", "other"]
    assert view.lanes(records, "actor") == ["Xi Jinping", "(no actor named)", "(no actor named)"]
    assert view.lanes(records, "source") == ["example.org", "example.com", "Local paper story"]


def test_lanes_beyond_the_limit_merge_into_one() -> None:
    records = [make_record(f"e{n}", kind=f"kind{n}") for n in range(view.MAX_LANES + 5)]
    lanes = view.lanes(records, "kind")
    assert len(set(lanes)) == view.MAX_LANES
    assert lanes.count("other kinds") == 6


@pytest.mark.parametrize(
    ("value", "start", "end", "shown"),
    [
        ("2023-03-02", "2023-03-02", "2023-03-02", "2 Mar 2023"),
        ("2022-09", "2022-09-01", "2022-09-30", "September 2022"),
        ("2020", "2020-01-01", "2020-12-31", "2020"),
        ("199", "1990-01-01", "1999-12-31", "1990s"),
        ("2023-W08", "2023-02-20", "2023-02-26", "week of 20 Feb 2023"),
        ("2022-Q3", "2022-07-01", "2022-09-30", "Q3 2022"),
        ("2022-SU", "2022-06-01", "2022-08-31", "summer 2022"),
        ("2022-H1", "2022-01-01", "2022-06-30", "Jan 2022 – Jun 2022"),
        ("2023-W08-WE", "2023-02-25", "2023-02-26", "25 Feb 2023 – 26 Feb 2023"),
        ("PAST_REF", None, None, "no fixed date"),
    ],
)
def test_display_date_reads_at_the_dates_precision(value, start, end, shown) -> None:
    assert view.display_date(make_record(value=value, start=start, end=end)) == shown


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("https://example.org/a\nBEGIN:VEVENT", False),
        ('https://example.org/"onmouseover="x', False),
        ("//example.org/a", False),
        (None, False),
    ],
)
def test_only_plain_http_links_are_kept(url, kept) -> None:
    assert (view.safe_url(url) is not None) is kept
