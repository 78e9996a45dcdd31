"""The tagger searches each rule only around its cue words: that must find what a scan of the
whole text finds, on every gold case and on text where cues sit at the edges of a window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors import timex
from extractors.timex_rules import CUES, RULES

CASES_FILE = Path(__file__).with_name("timex_cases.tsv")


def _whole_text_matches(text: str) -> list[tuple[int, int, int]]:
    return sorted(
        (match.start(), match.end(), priority)
        for priority, pattern in timex._compiled()
        for match in pattern.finditer(text)
    )


def _windowed_matches(text: str) -> list[tuple[int, int, int]]:
    return sorted((start, end, priority) for start, end, priority, _ in timex._matches(text))


def _case_texts() -> list[str]:
    lines = CASES_FILE.read_text(encoding="utf-8").splitlines()
    return [
        re.sub(r"[\[\]]", "", line.split("\t")[1])
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def test_every_rule_names_its_cues() -> None:
    assert [rule.name for rule in RULES if rule.name not in CUES] == []
    assert [name for name in CUES if name not in {rule.name for rule in RULES}] == []


def test_cued_search_finds_what_a_whole_text_scan_finds_in_every_gold_case() -> None:
    texts = _case_texts()
    assert len(texts) > 100
    assert [text for text in texts if _windowed_matches(text) != _whole_text_matches(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # the same cues far apart, then close together, and at the very ends of the text
        "In midsummer 1990 " + "the talks went nowhere. " * 12 + "Two years later, at noon.",
        "March " + "x" * 500 + " 2 March 2010, a.m. and the 1990s" + " y" * 200 + " Sunday",
        "Every Monday and twice a year, mid-March, since the nineties.",
        # a window that ends inside a word ("Easter|n") must not read a word edge there
        "Friday" + " " * 114 + "Eastern Steel",
    ],
)
def test_cued_search_finds_what_a_whole_text_scan_finds_in_long_text(text: str) -> None:
    assert _whole_text_matches(text) != []
    assert _windowed_matches(text) == _whole_text_matches(text)
