import json
from datetime import date
from pathlib import Path

import pytest

from extractors.articles import Article, read_sources
from extractors.events import Event, Mention, build_events, dates_an_event, extract, find_mentions
from extractors.timex import Timex


def _article(text: str, published: date | None = date(2024, 5, 17)) -> Article:
    return Article(id="t", title="Test", text=text, published=published, source="test")


def test_events_carry_their_sentence_and_resolved_interval() -> None:
    text = "Storms hit the coast. Mayors signed the flood pact last September in Rotterdam."
    [event] = build_events(_article(text))
    assert event.value == "2023-09"
    assert (event.first, event.last, event.granularity) == (
        date(2023, 9, 1),
        date(2023, 9, 30),
        "month",
    )
    [mention] = event.mentions
    assert mention.sentence == "Mayors signed the flood pact last September in Rotterdam."
    assert text[mention.timex.start : mention.timex.end] == "last September"
    assert "flood pact" in event.title.lower()


def test_relative_dates_without_a_publication_date_make_no_event() -> None:
    events = build_events(_article("The talks ended last week. The treaty dates from 1992.", None))
    assert [event.value for event in events] == ["1992"]


def test_seed_article_has_the_three_card_events(seed_article: Path) -> None:
    [article] = read_sources([seed_article], published=date(2023, 3, 1))
    found = {(event.mentions[0].timex.text, event.value) for event in build_events(article)}
    assert {("2020", "2020"), ("Last September", "2022-09"), ("March 2", "2023-03-02")} <= found


def test_mentions_keep_provenance_and_offsets_into_the_article() -> None:
    text = "Talks began.\nThe ministers met on Thursday. They meet again next month."
    article = Article(
        id="a9", title="Talks", text=text, published=date(2024, 5, 17), source="s", url="u"
    )
    mentions = find_mentions(article)
    assert [m.timex.text for m in mentions] == ["Thursday", "next month"]
    for mention in mentions:
        assert (mention.article_id, mention.article_title, mention.url) == ("a9", "Talks", "u")
        assert mention.published == date(2024, 5, 17)
        assert text[mention.timex.start : mention.timex.end] == mention.timex.text
        local = mention.timex.start - mention.sentence_start
        assert mention.sentence[local : local + len(mention.timex.text)] == mention.timex.text
    assert [m.sentence for m in mentions] == [
        "The ministers met on Thursday.",
        "They meet again next month.",
    ]


def test_event_dict_round_trip_is_lossless_and_json_able() -> None:
    [event] = build_events(_article("Mayors signed the pact on May 16."))
    event.actors, event.place, event.kind, event.confidence = ("Mayors",), "Delft", "agreement", 0.7
    data = json.loads(json.dumps(event.to_dict()))
    assert data["first"] == data["mentions"][0]["timex"]["first"] == "2024-05-16"
    assert data["mentions"][0]["published"] == "2024-05-17"
    restored = Event.from_dict(data)
    assert restored == event
    assert isinstance(restored.mentions[0].timex.last, date)


def test_events_are_described_by_what_happened() -> None:
    text = "Chile and Peru signed a fishing accord in Lima on Thursday."
    [event] = build_events(_article(text))
    assert event.value == "2024-05-16"
    assert (event.trigger, event.kind, event.place) == ("accord", "agreement", "Lima")
    assert event.title == "Chile–Peru fishing accord in Lima"
    assert set(event.actors) == {"Chile", "Peru"}
    assert 0.0 < event.confidence <= 1.0


def test_quoted_deictic_dates_and_vague_spans_stay_mentions() -> None:
    text = "“Today we stand together,” the mayor said. Prices rose in recent weeks."
    extraction = extract(_article(text))
    assert extraction.events == []
    assert "Today" in [mention.timex.text for mention in extraction.other_mentions]


def test_a_copula_with_no_subject_dates_no_event_but_a_named_state_does() -> None:
    text = "The harbour is busier now than it was in 2019. The ferry was in Oslo on Monday."
    extraction = extract(_article(text))
    assert [event.mentions[0].timex.text for event in extraction.events] == ["Monday"]
    assert "2019" in [mention.timex.text for mention in extraction.other_mentions]


@pytest.mark.parametrize(
    ("text", "timex_type", "value"),
    [("days", "DURATION", "P3D"), ("recent weeks", "DATE", "PAST_REF"), ("years", "DATE", "P1Y")],
)
def test_spans_and_vague_times_date_no_event(text: str, timex_type: str, value: str) -> None:
    timex = Timex(0, len(text), text, timex_type, value, date(2024, 5, 1), date(2024, 5, 17), "day")
    mention = Mention("a", "A", date(2024, 5, 17), None, text, 0, timex)
    assert not dates_an_event(mention)


def test_datelines_comment_stamps_and_printing_notes_date_no_event() -> None:
    text = (
        "LIMA | Thu May 16, 2024 9:10 am EDT LIMA (Wire) - Ministers met in Lima on Thursday.\n"
        "Barges lined up on Friday.\n"
        "At 10:49 am on 17 May 2024, lima_reader wrote: the barges were late.\n"
        "A version of this article appeared on p3 of the Ports section on Friday 17 May 2024."
    )
    extraction = extract(_article(text))
    assert [event.mentions[0].timex.text for event in extraction.events] == [
        "Thursday",
        "Friday",
    ]
    assert extraction.events[1].title == "Barges line up"
    dateline, _, comment, note = text.split("\n")
    stamps = [m.timex.text for m in extraction.other_mentions]
    stamped = [
        dateline[: dateline.index("(Wire)")],
        comment[: comment.index("wrote")],
        note[note.index(" on Friday") :],
    ]
    assert all(any(t in part for t in stamps) for part in stamped)
    assert all(any(t in part for part in stamped) for t in stamps)


@pytest.mark.parametrize(
    ("text", "expression", "title"),
    [
        # The dateline's own date dates the lead's event.
        (
            "RABAT, June 12 (Wire) - Morocco has confirmed its first case of the virus.",
            "June 12",
            "Morocco confirms its first case",
        ),
        (
            "LISBON | Wed Jun 12, 2024 9:10 am EDT LISBON, June 12 (Wire) - Dock workers walked "
            "out over pay.",
            "June 12",
            "Dock workers walk out over pay",
        ),
        # A date in the lead is anchored and titled in the lead alone.
        (
            "LISBON (Wire) -- The port authority closed the harbour on Tuesday.",
            "Tuesday",
            "Port authority closes the harbour",
        ),
        # A date in a headline before the dateline, in the headline.
        (
            "Port strike set for July 1 LISBON | Wed Jun 12, 2024 9:10 am EDT LISBON (Wire) - "
            "Dock workers voted to strike.",
            "July 1",
            "Port strike",
        ),
    ],
)
def test_agency_datelines_give_no_title_words(text: str, expression: str, title: str) -> None:
    events = build_events(_article(text, date(2024, 6, 12)))
    assert {event.mentions[0].timex.text: event.title for event in events} == {expression: title}


def test_a_dateline_with_no_lead_event_dates_nothing() -> None:
    extraction = extract(_article("SINGAPORE, June 9 (Wire) - Harbourline (HBL."))
    assert extraction.events == []
    assert [mention.timex.text for mention in extraction.other_mentions] == ["June 9"]


def test_stamps_between_bars_date_no_event() -> None:
    text = "Posted by: harbourfan | June 24, 2024 11:13 AM | Report abuse The ferry sank."
    assert extract(_article(text, date(2024, 6, 24))).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Posted by Ann Lee and Bo Chan, on June 1, 2024 10:20 AM The ferry sank.",
        "The quay is charming Posted by harbourfan 2 May 2024",
        "Friday, May 17, 2024; 8:39 AM The port reopened after the storm.",
        "-- May 17, 2024 2:46 PM I saw the ferry leave.",
        "Broadcast on Radio Lima, 4:30 PM Thu, 16 May 2024",
        "Ann Lee | 09:06 UK time, Tuesday, 14 May 2024 Commentators discuss the port strike.",
    ],
)
def test_post_bylines_and_date_clock_stamps_date_no_event(text: str) -> None:
    assert extract(_article(text, date(2024, 6, 24))).events == []


def test_a_clock_time_told_with_its_date_dates_an_event() -> None:
    events = build_events(_article("The ferry sank at 2:46 PM on May 17, 2024.", date(2024, 6, 24)))
    assert [event.mentions[0].timex.text for event in events] == ["2:46 PM", "May 17, 2024"]
