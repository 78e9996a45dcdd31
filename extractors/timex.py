"""Find temporal expressions in English text and normalise them to TimeML values.

Every relative expression is resolved from an explicit reference date (the article's
publication date), never from the clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.timeml import interval_of

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: where it is in the text and what it means."""

    start: int
    end: int
    text: str
    type: str
    value: str
    first: date | None = None
    last: date | None = None
    granularity: str | None = None


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

Resolver = Callable[[re.Match[str], date | None], str | None]


def _month_day(match: re.Match[str], reference: date | None) -> str | None:
    month, day = MONTHS[match["month"].lower()], int(match["day"])
    if match["year"]:
        return f"{int(match['year']):04d}-{month:02d}-{day:02d}"
    if reference is None:
        return f"XXXX-{month:02d}-{day:02d}"
    return f"{reference.year:04d}-{month:02d}-{day:02d}"


def _relative_month(match: re.Match[str], reference: date | None) -> str | None:
    month = MONTHS[match["month"].lower()]
    if reference is None:
        return f"XXXX-{month:02d}"
    shift = {"last": -1, "next": 1, "this": 0}[match["modifier"].lower()]
    year = reference.year
    if shift < 0 and month >= reference.month:
        year -= 1
    elif shift > 0 and month <= reference.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _relative_unit(match: re.Match[str], reference: date | None) -> str | None:
    if reference is None:
        return None
    shift = {"last": -1, "next": 1, "this": 0, "earlier this": 0, "later this": 0}[
        " ".join(match["modifier"].lower().split())
    ]
    unit = match["unit"].lower()
    if unit == "year":
        return f"{reference.year + shift:04d}"
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    year, week, _ = (reference + timedelta(weeks=shift)).isocalendar()
    return f"{year:04d}-W{week:02d}"


def _weekday(match: re.Match[str], reference: date | None) -> str | None:
    if reference is None:
        return f"XXXX-WXX-{WEEKDAYS[match['weekday'].lower()] + 1}"
    offset = (reference.weekday() - WEEKDAYS[match["weekday"].lower()]) % 7
    return (reference - timedelta(days=offset)).isoformat()


def _today(_match: re.Match[str], reference: date | None) -> str | None:
    return reference.isoformat() if reference else "PRESENT_REF"


_RULES: list[tuple[re.Pattern[str], str, Resolver]] = [
    (
        re.compile(
            rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?",
            re.IGNORECASE,
        ),
        "DATE",
        _month_day,
    ),
    (
        re.compile(rf"\b(?P<modifier>last|next|this)\s+{_MONTH}\b", re.IGNORECASE),
        "DATE",
        _relative_month,
    ),
    (
        re.compile(
            r"\b(?P<modifier>last|next|this|earlier\s+this|later\s+this)\s+"
            r"(?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
        "DATE",
        _relative_unit,
    ),
    (re.compile(rf"\b{_WEEKDAY}\b", re.IGNORECASE), "DATE", _weekday),
    (re.compile(r"\b(?:today|the same day)\b", re.IGNORECASE), "DATE", _today),
    (
        re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)\b"),
        "DATE",
        lambda match, _reference: match["year"],
    ),
]


def tag(text: str, reference: date | None) -> list[Timex]:
    """All temporal expressions in ``text``, resolved against ``reference``, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    for pattern, timex_type, resolve in _RULES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            value = resolve(match, reference)
            if value is None:
                continue
            taken.append((start, end))
            interval = interval_of(value)
            found.append(
                Timex(
                    start=start,
                    end=end,
                    text=match.group(0),
                    type=timex_type,
                    value=value,
                    first=interval.first if interval else None,
                    last=interval.last if interval else None,
                    granularity=interval.granularity if interval else None,
                )
            )
    return sorted(found, key=lambda timex: timex.start)
