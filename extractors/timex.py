"""Find temporal expressions in English text and normalise them to TimeML TIMEX3 values.

``tag`` reads a whole document: every rule of :mod:`extractors.timex_rules` proposes
spans, the longest non-overlapping ones win, and they are read in text order so that
narrative expressions ("the next day", "that year", "the year-ago quarter") resolve
against what the text said before them. Every relative expression is resolved from an
explicit reference date (the publication date), never from the clock; without one they get
X digits or are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from extractors.timeml import interval_of
from extractors.timex_rules import CUES, RULES, Context, expand, unit_in_title


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
    mod: str | None = None  # TimeML mod: START for "early 1990", APPROX for "about an hour"...


# TimeML ``mod`` of a leading modifier word; the value stays that of the whole period.
_MODS = [
    (r"early|the beginning of|the start of", "START"),
    (r"mid|the middle of", "MID"),
    (r"late|the end of|year[- ]end|year['’]s end", "END"),
    (r"about|around|approximately|roughly|some", "APPROX"),
    (r"more than|well over|over", "MORE_THAN"),
    (r"less than|fewer than|under|nearly|almost", "LESS_THAN"),
    (r"at least|no less than", "EQUAL_OR_MORE"),
    (r"at most|no more than|up to", "EQUAL_OR_LESS"),
]
_MOD = re.compile("|".join(rf"(?P<{mod}>(?:{words})\b)" for words, mod in _MODS), re.IGNORECASE)


def _mod_of(text: str) -> str | None:
    found = _MOD.match(text)
    return found.lastgroup if found else None


@cache
def _compiled() -> list[tuple[int, re.Pattern[str]]]:
    return [(priority, re.compile(expand(rule.pattern))) for priority, rule in enumerate(RULES)]


@cache
def _rules_by_cue() -> dict[str, tuple[int, ...]]:
    """The rules each cue word calls for; a year calls for the rules of any number too."""
    rules: dict[str, set[int]] = {}
    for priority, rule in enumerate(RULES):
        for cue in CUES.get(rule.name, ()):
            rules.setdefault(cue, set()).add(priority)
    rules["<year>"] = rules.get("<year>", set()) | rules.get("<digits>", set())
    return {cue: tuple(sorted(priorities)) for cue, priorities in rules.items()}


_WORD = re.compile(r"[^\W\d_]+|\d+")
_YEAR = re.compile(r"1\d\d\d|20\d\d")
# How far a match may reach before and after its cue word, in characters: more than the
# longest expression any rule matches ("the past twenty-five and a half years or so").
CUE_REACH = 120
# A window ends at the end of a word, where a pattern's closing "\b" holds in the whole text too.
_REST_OF_WORD = re.compile(r"\w*")


def _search_windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """For each rule with cues, the stretches of ``text`` around its cue words, merged."""
    by_cue = _rules_by_cue()
    windows: dict[int, list[tuple[int, int]]] = {
        priority: [] for priority, rule in enumerate(RULES) if rule.name in CUES
    }
    for word in _WORD.finditer(text):
        token = word.group()
        if token[0].isdigit():
            token = "<year>" if _YEAR.fullmatch(token) else "<digits>"
        priorities = by_cue.get(token.lower())
        if not priorities:
            continue
        start = max(word.start() - CUE_REACH, 0)
        end = _REST_OF_WORD.match(text, word.end() + CUE_REACH).end()  # "\b" at a window's end
        for priority in priorities:
            spans = windows[priority]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return windows


def _matches(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule's matches, each rule searched only near its cue words."""
    windows = _search_windows(text)
    whole = [(0, len(text))]
    found = []
    for priority, pattern in _compiled():
        for start, end in windows.get(priority, whole):
            for match in pattern.finditer(text, start, end):
                found.append((match.start(), match.end(), priority, match))
    return found


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Non-overlapping rule matches: longest first, then earliest rule."""
    found = _matches(text)
    found.sort(key=lambda item: (item[0] - item[1], item[2], item[0]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for start, end, priority, match in found:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, priority, match))
    chosen.sort()
    return chosen


def tag(text: str, reference: date | None) -> list[Timex]:
    """All temporal expressions in ``text``, resolved against ``reference``, in text order."""
    context = Context(text=text, reference=reference)
    found: list[Timex] = []
    for start, end, priority, match in _candidates(text):
        rule = RULES[priority]
        if rule.name != "holiday" and unit_in_title(match, context):
            continue  # "28 Days Later", "Album of the Year"; not "Christmas Day"
        context.at = start
        try:
            reading = rule.read(match, context)
        except (ValueError, OverflowError):  # "April 31", or a date beyond year 9999
            continue
        if reading is None or reading[1] is None:
            continue
        timex_type, value = reading
        interval = interval_of(value)
        found.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=timex_type,
                value=value,
                first=interval.first if interval else None,
                last=interval.last if interval else None,
                granularity=interval.granularity if interval else None,
                mod=_mod_of(text[start:end]),
            )
        )
    return found
