from datetime import date

import pytest

from extractors.articles import Article
from extractors.events import build_events
from extractors.merge import merge_events


def _article(article_id: str, text: str, published: date = date(2024, 5, 17)) -> Article:
    return Article(id=article_id, title=article_id, text=text, published=published, source="s")


def test_two_articles_reporting_the_same_meeting_make_one_event_with_two_sources() -> None:
    first = _article("wire", "Foreign ministers of Chile and Peru met in Lima on Thursday.")
    second = _article(
        "daily",
        "The ministers' meeting in Lima on Thursday was short, Peru said.",
        published=date(2024, 5, 18),
    )
    events = build_events(first) + build_events(second)
    assert len(events) == 2
    [merged] = merge_events(events)
    assert merged.sources == ["wire", "daily"]
    assert merged.value == "2024-05-16"
    assert merged.place == "Lima"
    texts = [first.text, second.text]
    for mention, text in zip(merged.mentions, texts, strict=True):
        assert text[mention.timex.start : mention.timex.end] == "Thursday"
        assert mention.sentence == text


def test_the_same_event_twice_in_one_article_is_one_event() -> None:
    text = (
        "Mayor Ines Duarte resigned on Monday. "
        "Her resignation on Monday surprised the council, Duarte's aides said."
    )
    events = build_events(_article("a", text, date(2024, 6, 5)))
    [merged] = merge_events(events)
    assert len(merged.mentions) == 2 and merged.sources == ["a"]


def test_a_report_dating_the_verb_and_one_dating_the_noun_are_one_event() -> None:
    announced = _article(
        "notice", "A funding conference is scheduled for June 12 in Brussels.", date(2024, 5, 17)
    )
    previewed = _article(
        "preview", "The June 12 conference in Brussels will set the budget.", date(2024, 6, 3)
    )
    events = build_events(announced) + build_events(previewed)
    assert {event.trigger for event in events} == {"scheduled", "conference"}
    [merged] = merge_events(events)
    assert merged.sources == ["notice", "preview"] and merged.value == "2024-06-12"
    assert merged.kind == "meeting"  # from the report that names the conference


@pytest.mark.parametrize(
    ("verb_report", "noun_report"),
    [
        ("The singer died in Lyon on Friday.", "The singer's death on Friday shook Lyon."),
        ("The envoy arrived in Lyon on Friday.", "The envoy's arrival on Friday drew crowds."),
        ("The refinery exploded on Friday.", "The refinery's explosion on Friday was heard."),
        (
            "The panel responded to the charges on Friday.",
            "The panel's response on Friday was brief.",
        ),
    ],
)
def test_a_verb_and_its_irregular_or_e_dropping_noun_name_one_event(
    verb_report: str, noun_report: str
) -> None:
    events = build_events(_article("wire", verb_report, date(2024, 5, 19))) + build_events(
        _article("daily", noun_report, date(2024, 5, 20))
    )
    assert len(events) == 2
    [merged] = merge_events(events)
    assert merged.sources == ["wire", "daily"]


def test_a_month_report_joins_the_days_report_of_the_same_happening_within_it() -> None:
    day = _article("wire", "The singer Ada Morrow died in Lyon on June 25.", date(2024, 6, 26))
    month = _article("weekly", "Ada Morrow died in Lyon in June, aged 50.", date(2024, 7, 8))
    other_day = _article(
        "daily", "The painter Ada Morrow died in Lyon on June 3.", date(2024, 6, 4)
    )
    once_more = _article("radio", "Ada Morrow died in Lyon on June 25.", date(2024, 6, 27))
    events = [
        event for article in (day, month, other_day, once_more) for event in build_events(article)
    ]
    assert [event.granularity for event in events] == ["day", "month", "day", "day"]
    merged = {event.value: event for event in merge_events(events)}
    # "in June" fits June 3 and June 25 alike: it joins the day more articles report, once.
    assert merged.keys() == {"2024-06-25", "2024-06-03"}
    assert merged["2024-06-25"].sources == ["wire", "radio", "weekly"]
    assert merged["2024-06-03"].sources == ["daily"]


def test_a_statement_in_a_month_is_not_the_statement_of_a_day() -> None:
    day = _article("wire", "The Norva council said on June 25 that the port stays shut.")
    month = _article("weekly", "The Norva council said in June that the port stays shut.")
    events = build_events(day) + build_events(month)
    assert len(merge_events(events)) == 2


def test_different_events_on_the_same_day_that_share_nothing_stay_apart() -> None:
    text = (
        "Fishermen in Porto protested on Tuesday. "
        "Engineers in Oslo unveiled a tidal turbine on Tuesday."
    )
    events = build_events(_article("b", text, date(2024, 6, 5)))
    assert len(events) == 2
    assert len(merge_events(events)) == 2


def test_the_same_trigger_on_different_dates_is_not_merged() -> None:
    text = "Ministers met in Lima on Monday. Ministers met in Lima on Tuesday."
    assert len(merge_events(build_events(_article("c", text, date(2024, 6, 5))))) == 2


def test_different_people_saying_things_on_the_same_day_stay_apart() -> None:
    text = (
        "Governor Ana Ruiz said on Monday the dam held. Senator Bo Lind said on Monday it leaked."
    )
    events = build_events(_article("d", text, date(2024, 6, 5)))
    assert [event.kind for event in events] == ["statement", "statement"]
    assert len(merge_events(events)) == 2


def test_a_year_needs_a_shared_actor_and_shared_words_to_merge() -> None:
    same = [
        _article("e", "The tanker Exxon Valdez spilled crude off Alaska in 1989."),
        _article("f", "Nothing matched the Exxon Valdez spill off Alaska in 1989."),
    ]
    assert len(merge_events([e for a in same for e in build_events(a)])) == 1
    different = _article(
        "g", "Norsk opened a depot in Bergen in 2010. Norsk opened a school in Oslo in 2010."
    )
    events = build_events(different)
    assert len(events) == 2
    assert len(merge_events(events)) == 2


def test_people_who_share_only_a_given_name_stay_apart_and_a_short_name_joins_the_full() -> None:
    two_eds = [
        _article("h", "Ed Lamb resigned from the city council on Monday."),
        _article("i", "Ed Moss resigned as rugby coach on Monday."),
    ]
    events = [e for a in two_eds for e in build_events(a)]
    assert len(events) == 2
    assert len(merge_events(events)) == 2
    short_and_full = [
        _article("j", "President Xi Jinping spoke at the summit in Astana on Monday."),
        _article("k", "Xi spoke at the summit in Astana on Monday."),
    ]
    [merged] = merge_events([e for a in short_and_full for e in build_events(a)])
    assert merged.sources == ["j", "k"]


def test_a_merged_event_takes_the_title_most_reports_agree_with() -> None:
    reports = [
        "The Nordvik rig exploded on Monday, killing four workers.",
        "The Nordvik rig explosion on Monday killed four workers.",
        "Nordvik exploded on Monday.",
        "The explosion on Monday at the Nordvik rig shut the field.",
    ]
    events = [e for i, text in enumerate(reports) for e in build_events(_article(f"r{i}", text))]
    [merged] = merge_events(events)
    assert len(merged.sources) == 4
    assert merged.title == "Nordvik rig explodes"
