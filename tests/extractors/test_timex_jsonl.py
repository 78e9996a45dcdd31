import json
from datetime import date

import pytest

from extractors.timex_jsonl import BadLine, read_document, tag_lines


def test_each_document_line_gives_its_timexes_with_offsets_into_its_text() -> None:
    text = "Talks ended last week; on March 2 they resume."
    line = json.dumps({"doc": 7, "dct": "2023-03-01", "text": text})
    [out] = [json.loads(record) for record in tag_lines([line], [])]
    assert out["doc"] == 7
    assert [(t["text"], t["type"], t["value"]) for t in out["timexes"]] == [
        ("last week", "DATE", "2023-W08"),
        ("March 2", "DATE", "2023-03-02"),
    ]
    assert all(text[t["start"] : t["end"]] == t["text"] for t in out["timexes"])


def test_creation_time_may_be_a_datetime_or_absent() -> None:
    assert read_document(1, '{"doc": 1, "dct": "1998-08-07T06:18:00", "text": ""}').reference == (
        date(1998, 8, 7)
    )
    assert read_document(1, '{"doc": 1, "text": "x"}').reference is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "line 2: not JSON"),
        ("[1, 2]", "line 2: not a JSON object"),
        ('{"doc": "d", "dct": "2023-03-01"}', "line 2: doc 'd': 'text' must be a string"),
        ('{"doc": "d", "dct": "yesterday", "text": ""}', "line 2: 'dct' 'yesterday' is not"),
    ],
)
def test_a_bad_line_is_reported_by_number_and_the_rest_still_tagged(line: str, reason: str) -> None:
    good = json.dumps({"doc": "ok", "dct": "2023-03-01", "text": "in 1992"})
    problems: list[BadLine] = []
    records = [json.loads(record) for record in tag_lines([good, line, "", good], problems)]
    assert [record["doc"] for record in records] == ["ok", "ok"]
    [problem] = problems
    assert str(problem).startswith(reason)
