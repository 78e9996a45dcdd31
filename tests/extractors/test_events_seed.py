"""The design card's seed article: each dated event it names, titled so a reader knows it."""

from datetime import date
from pathlib import Path

import pytest

from extractors.articles import read_sources
from extractors.events import Event, extract
from extractors.merge import merge_events

# (value, words the title must hold, kind)
EXPECTED = [
    ("2020", {"Lukashenko", "2020", "election"}, "election"),
    ("2022", {"incursion"}, "conflict"),
    ("2022-09", {"summit", "Uzbekistan"}, "meeting"),
    ("2023-W08", {"Beijing", "statement"}, "statement"),
    ("2023-03", {"Lukashenko", "Moscow"}, "visit"),
    ("2023-03-01", {"Xi", "Lukashenko", "meeting"}, "meeting"),
    ("2023-03-01", {"Blinken"}, "statement"),
    ("2023-03-02", {"G-20", "meeting", "New Delhi"}, "meeting"),
]


@pytest.fixture(scope="module")
def seed_events() -> tuple[list[Event], list[str]]:
    from tests.conftest import shared_path

    path: Path = shared_path("seeds/000_62f2d983f655606c.txt")
    [article] = read_sources([path], published=date(2023, 3, 1))
    extraction = extract(article)
    return merge_events(extraction.events), [m.timex.text for m in extraction.other_mentions]


@pytest.mark.parametrize(("value", "words", "kind"), EXPECTED)
def test_seed_event_is_found_and_titled(
    seed_events: tuple[list[Event], list[str]], value: str, words: set[str], kind: str
) -> None:
    events, _ = seed_events
    titled = [e for e in events if e.value == value and all(w in e.title for w in words)]
    assert titled, f"no {value} event titled with {words}: {[(e.value, e.title) for e in events]}"
    [event] = titled
    assert event.kind == kind
    assert len(event.title.split()) <= 8


def test_seed_meeting_reported_twice_is_one_event_with_both_mentions(
    seed_events: tuple[list[Event], list[str]],
) -> None:
    events, _ = seed_events
    [meeting] = [e for e in events if e.value == "2023-03-01" and e.kind == "meeting"]
    assert [m.timex.text for m in meeting.mentions] == ["Wednesday", "Wednesday"]
    assert {"Xi Jinping", "Alexander Lukashenko"} <= set(meeting.actors)
    assert meeting.place == "Beijing"


def test_seed_vague_spans_date_no_event(seed_events: tuple[list[Event], list[str]]) -> None:
    events, others = seed_events
    texts = {mention.timex.text for event in events for mention in event.mentions}
    assert not any("recent" in text or "days" in text for text in texts)
    assert any("recent weeks" in text for text in others)
