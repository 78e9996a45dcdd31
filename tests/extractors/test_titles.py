"""Event titles read like headlines: the cases in title_cases.tsv, sentences written for them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.articles import Article
from extractors.events import build_events

CASES = [
    line.split("\t")
    for line in (Path(__file__).parent / "title_cases.tsv").read_text("utf-8").splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize(("published", "sentence", "expression", "title"), CASES)
def test_event_title(published: str, sentence: str, expression: str, title: str) -> None:
    article = Article("t", "Test", sentence, date.fromisoformat(published), "test")
    titles = {event.mentions[0].timex.text: event.title for event in build_events(article)}
    assert titles.get(expression) == title, titles
