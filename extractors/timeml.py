"""TimeML TIMEX3 values and the calendar interval each one covers.

A value such as ``2022-09`` or ``2023-W08`` names a period; the timeline needs that
period as dates. Parsing lives here, once, so the tagger, the event builder, the store
and the page all agree on what a value means.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# Northern-hemisphere meteorological seasons, as TimeML's SP/SU/FA/WI are read in news.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_VALUE = re.compile(
    r"""^(?:
        (?P<century>\d{2})
      | (?P<decade>\d{3})
      | (?P<year>\d{4})
        (?: -(?P<month>\d{2}) (?: -(?P<day>\d{2}) (?: T(?P<time>[\d:.]+|MO|AF|EV|NI|DT) )? )?
          | -W(?P<week>\d{2}) (?: -(?P<weekpart>WE|[1-7]) )?
          | -Q(?P<quarter>[1-4])
          | -H(?P<half>[12])
          | -(?P<season>SP|SU|FA|WI)
        )?
    )$""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Interval:
    """The first and last calendar day a value covers, and how precise it is."""

    first: date
    last: date
    granularity: str


def _month_span(year: int, first_month: int, last_month: int) -> tuple[date, date]:
    last_year, last_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    last_day = calendar.monthrange(last_year, last_month)[1]
    return date(year, first_month, 1), date(last_year, last_month, last_day)


def interval_of(value: str) -> Interval | None:
    """The calendar interval of a TimeML DATE/TIME value, or None when it names no period.

    Durations (``P3Y``), sets and references (``PAST_REF``) and values with unknown
    digits (``XXXX-09``) cover no fixed period and give None.
    """
    match = _VALUE.match(value)
    if match is None:
        return None
    groups = match.groupdict()
    try:
        if groups["century"]:
            start = int(groups["century"]) * 100
            return Interval(date(start, 1, 1), date(start + 99, 12, 31), "century")
        if groups["decade"]:
            start = int(groups["decade"]) * 10
            return Interval(date(start, 1, 1), date(start + 9, 12, 31), "decade")
        year = int(groups["year"])
        if groups["day"]:
            day = date(year, int(groups["month"]), int(groups["day"]))
            return Interval(day, day, "time" if groups["time"] else "day")
        if groups["month"]:
            month = int(groups["month"])
            return Interval(*_month_span(year, month, month), "month")
        if groups["week"]:
            monday = date.fromisocalendar(year, int(groups["week"]), 1)
            part = groups["weekpart"]
            if part == "WE":
                return Interval(monday + timedelta(5), monday + timedelta(6), "weekend")
            if part:
                day = monday + timedelta(int(part) - 1)
                return Interval(day, day, "day")
            return Interval(monday, monday + timedelta(6), "week")
        if groups["quarter"]:
            first_month = 3 * int(groups["quarter"]) - 2
            return Interval(*_month_span(year, first_month, first_month + 2), "quarter")
        if groups["half"]:
            first_month = 6 * int(groups["half"]) - 5
            return Interval(*_month_span(year, first_month, first_month + 5), "half")
        if groups["season"]:
            return Interval(*_month_span(year, *_SEASON_MONTHS[groups["season"]]), "season")
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    except (ValueError, OverflowError):  # month 13, day 31 of a 30-day month, week 54, year 10000
        return None
