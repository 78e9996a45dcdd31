"""The tagger against its gold cases (timex_cases.tsv) and the seed article of the card."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from extractors.articles import read_sources
from extractors.timex import Timex, tag

CASES_FILE = Path(__file__).with_name("timex_cases.tsv")


def _cases() -> list[pytest.param]:
    cases = []
    for number, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        reference, marked, timex_type, value = line.split("\t")
        cases.append(
            pytest.param(date.fromisoformat(reference), marked, timex_type, value, id=f"L{number}")
        )
    return cases


@pytest.mark.parametrize(("reference", "marked", "timex_type", "value"), _cases())
def test_gold_case(reference: date, marked: str, timex_type: str, value: str) -> None:
    text = marked.replace("[", "").replace("]", "")
    found = [(t.text, t.type, t.value) for t in tag(text, reference)]
    bracket = re.search(r"\[(.*?)\]", marked)
    if bracket is None:
        assert found == []
    else:
        assert (bracket.group(1), timex_type, value) in found


def test_offsets_point_into_the_text_and_come_in_order() -> None:
    text = "On Friday , `` the talks '' -LRB- held last week -RRB- ended ; on March 2 they resume."
    found = tag(text, date(2023, 3, 1))
    assert [t.text for t in found] == ["Friday", "last week", "March 2"]
    assert all(text[t.start : t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)


def test_timex_carries_the_interval_its_value_covers() -> None:
    [timex] = tag("Beijing issued a statement last week.", date(2023, 3, 1))
    assert timex == Timex(
        start=27,
        end=36,
        text="last week",
        type="DATE",
        value="2023-W08",
        first=date(2023, 2, 20),
        last=date(2023, 2, 26),
        granularity="week",
    )


def test_without_a_reference_relative_dates_are_not_guessed_from_the_clock() -> None:
    found = {t.text: t.value for t in tag("On Friday, as in 1992, in March, at Christmas.", None)}
    assert found == {
        "Friday": "XXXX-WXX-5",
        "1992": "1992",
        "March": "XXXX-03",
        "Christmas": "XXXX-12-25",
    }
    assert tag("The talks ended last week.", None) == []


def test_without_a_reference_a_paired_day_keeps_its_month() -> None:
    found = {t.text: t.value for t in tag("Talks on April 24 and 25 and on June 30 and 31.", None)}
    assert found == {"April 24": "XXXX-04-24", "25": "XXXX-04-25", "June 30": "XXXX-06-30"}


def test_curly_quotes_and_headline_datelines_keep_spans() -> None:
    text = "BEIJING, March 1 (Reuters) – “Today we meet,” Xi said on Wednesday’s visit."
    found = [(t.text, t.value) for t in tag(text, date(2023, 3, 1))]
    assert found == [
        ("March 1", "2023-03-01"),
        ("Today", "2023-03-01"),
        ("Wednesday", "2023-03-01"),
    ]


def test_seed_article_expressions(seed_article: Path) -> None:
    [article] = read_sources([seed_article], published=date(2023, 3, 1))
    found = [(t.text, t.value) for t in tag(article.text, article.published)]
    expected = [
        ("Wednesday", "2023-03-01"),
        ("last week", "2023-W08"),
        ("last year", "2022"),
        ("Wednesday", "2023-03-01"),
        ("Last September", "2022-09"),
        ("Today", "2023-03-01"),
        ("the same day", "2023-03-01"),
        ("March 2", "2023-03-02"),
        ("2020", "2020"),
        ("earlier this month", "2023-03"),
        ("earlier this month", "2023-03"),
    ]
    remaining = list(found)
    for item in expected:
        assert item in remaining, f"{item} not in {found}"
        remaining.remove(item)


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("Prices peaked in late 1999.", "END"),
        ("It opened in early March.", "START"),
        ("Building began in mid-1996.", "MID"),
        ("The talks took nearly two years.", "LESS_THAN"),
        ("The flight took about five hours.", "APPROX"),
        ("The strike lasted more than four hours.", "MORE_THAN"),
        ("The envoy arrived on Friday.", None),
    ],
)
def test_leading_modifiers_give_the_timeml_mod(text: str, mod: str | None) -> None:
    [timex] = tag(text, date(2000, 6, 1))
    assert timex.mod == mod


@pytest.mark.parametrize("text", ["It happened on April 31.", "Due Feb. 30, 1999.", "Sept. 31"])
def test_impossible_dates_are_left_out(text: str) -> None:
    assert tag(text, date(2023, 3, 1)) == []


@pytest.mark.parametrize("reference", [date(1, 1, 1), date(9999, 12, 31)])
def test_references_at_the_ends_of_the_calendar_do_not_break_tagging(reference: date) -> None:
    text = "On Friday, March 29, next week, last week, two years ago, the quarter, in 1999."
    found = {t.text: t.value for t in tag(text, reference)}
    assert found["1999"] == "1999"
    assert found["Friday, March 29"] == f"{reference.year:04d}-03-29"  # a year in the calendar


def test_a_smaller_number_after_a_date_is_no_second_day() -> None:
    text = "The agency raised its alert on April 29 to 5 on its scale."
    assert [t.text for t in tag(text, date(2009, 4, 30))] == ["April 29"]


_FILLER = "The panel reviews the week's new albums and talks to the bands behind them. " * 16


def test_a_clock_time_far_from_any_day_named_is_on_the_reference_day() -> None:
    """A listing's programmes and a live blog's entries do not take a day named pages before;
    a story told in the past keeps its day."""
    reference = date(2023, 3, 1)
    opening = "The concert is repeated on Thursday 16 March at 2pm. "
    listing = tag(opening + _FILLER + "At 8pm there is live football.", reference)
    story = tag(opening + _FILLER + "The stage collapsed at 8pm.", reference)
    assert [t.value for t in listing][-1] == "2023-03-01T20:00"
    assert [t.value for t in story][-1] == "2023-03-16T20:00"
    near = tag(opening + "At 8pm there is live football.", reference)
    assert [t.value for t in near][-1] == "2023-03-16T20:00"
