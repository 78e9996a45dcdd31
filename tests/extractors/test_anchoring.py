from pathlib import Path

import pytest

from extractors.anchoring import anchor, names_a_time, tokenize

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


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("At 9:15 pm on 4 Jul 2011, Harbourwatcher: great news!", "4 Jul 2011"),  # not "pm"
        ("Traffic peaks in the summer months.", "summer"),  # not "months"
        ("It's Wednesday January the 12th.", "January"),  # not "th"
        ("Mary Rees b. 1852 in Tregaron.", "1852"),  # not "b" (born) nor the name
        ("John b. 1842, Edward b. 1848, Martha b. 1850.", "1848"),
        ("SINGAPORE, June 9 (Wire) - Harbourline (HBL.", "June 9"),  # a dateline and a name
    ],
)
def test_time_words_abbreviations_and_names_are_no_event_words(sentence: str, date: str) -> None:
    start = sentence.index(date)
    found = anchor(sentence, start, start + len(date))
    if found is not None:
        token = next(token for token in tokenize(sentence) if token.start == found.start)
        assert not names_a_time(token) and not token.text[:1].isupper(), found
