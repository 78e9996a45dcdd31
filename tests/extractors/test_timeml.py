from datetime import date

import pytest

from extractors.timeml import Interval, interval_of

CASES = [
    ("2023-03-02", Interval(date(2023, 3, 2), date(2023, 3, 2), "day")),
    ("2022-09", Interval(date(2022, 9, 1), date(2022, 9, 30), "month")),
    ("2024-02", Interval(date(2024, 2, 1), date(2024, 2, 29), "month")),
    ("2020", Interval(date(2020, 1, 1), date(2020, 12, 31), "year")),
    ("199", Interval(date(1990, 1, 1), date(1999, 12, 31), "decade")),
    ("19", Interval(date(1900, 1, 1), date(1999, 12, 31), "century")),
    ("2023-W08", Interval(date(2023, 2, 20), date(2023, 2, 26), "week")),
    ("2023-W08-WE", Interval(date(2023, 2, 25), date(2023, 2, 26), "weekend")),
    ("2022-Q3", Interval(date(2022, 7, 1), date(2022, 9, 30), "quarter")),
    ("2022-H2", Interval(date(2022, 7, 1), date(2022, 12, 31), "half")),
    ("2022-SU", Interval(date(2022, 6, 1), date(2022, 8, 31), "season")),
    ("2022-WI", Interval(date(2022, 12, 1), date(2023, 2, 28), "season")),
    ("2023-03-01T14:00", Interval(date(2023, 3, 1), date(2023, 3, 1), "time")),
    ("2023-03-01TEV", Interval(date(2023, 3, 1), date(2023, 3, 1), "time")),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_interval_of_dated_values(value: str, expected: Interval) -> None:
    assert interval_of(value) == expected


@pytest.mark.parametrize(
    "value", ["P3Y", "PAST_REF", "XXXX-09", "2023-13", "2023-02-30", "", "20231", "9999-W52-WE"]
)
def test_values_without_a_fixed_period_give_none(value: str) -> None:
    assert interval_of(value) is None
