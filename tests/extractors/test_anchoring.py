from pathlib import Path

import pytest

from extractors.anchoring import anchor, tokenize

CASES = [
    line.split("\t")
    for line in (Path(__file__).parent / "anchoring_cases.tsv").read_text("utf-8").splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize(("sentence", "date", "expected"), CASES)
def test_date_is_anchored_to_the_event_word(sentence: str, date: str, expected: str) -> None:
    start = sentence.index(date)
    found = anchor(sentence, start, start + len(date))
    assert found is not None
    assert (found.text, sentence[found.start : found.end]) == (expected, expected)


def test_possessives_are_tokens_of_their_own() -> None:
    words = [token.text for token in tokenize("Wednesday’s meeting and Lukashenko's win")]
    assert words == ["Wednesday", "’s", "meeting", "and", "Lukashenko", "'s", "win"]


def test_a_sentence_without_an_event_word_has_no_anchor() -> None:
    assert anchor("2020", 0, 4) is None
