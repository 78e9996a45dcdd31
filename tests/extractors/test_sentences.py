from extractors.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_splits_on_full_stops_and_newlines() -> None:
    text = "The vote was held on Sunday. Results came late!\nA new paragraph starts here"
    assert _sentences(text) == [
        "The vote was held on Sunday.",
        "Results came late!",
        "A new paragraph starts here",
    ]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Mr. Ortiz arrived on Jan. 5 with Dr. Chen. They left."
    assert _sentences(text) == ["Mr. Ortiz arrived on Jan. 5 with Dr. Chen.", "They left."]


def test_offsets_point_into_the_original_text() -> None:
    text = "  First one.   Second one.  "
    spans = list(split_sentences(text))
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]


def test_closing_quotes_stay_with_their_sentence_ptb_quotes_too() -> None:
    text = "He said `` no . '' Then he left . She said “yes.” Later, silence."
    assert _sentences(text) == [
        "He said `` no . ''",
        "Then he left .",
        "She said “yes.”",
        "Later, silence.",
    ]


def test_initials_do_not_end_a_sentence() -> None:
    text = "N.J. Gov. Tom Kean met John F. Kennedy Jr. in Trenton. They spoke."
    assert _sentences(text) == [
        "N.J. Gov. Tom Kean met John F. Kennedy Jr. in Trenton.",
        "They spoke.",
    ]
