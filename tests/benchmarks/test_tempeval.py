"""The TempEval-3 benchmark's reader and scorer, on a small TimeML file written here."""

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("tempeval", PROJECT / "benchmarks" / "tempeval.py")
tempeval = importlib.util.module_from_spec(_spec)
sys.modules["tempeval"] = tempeval  # dataclasses look their module up while being defined
_spec.loader.exec_module(tempeval)

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-03-01"
 functionInDocument="CREATION_TIME">March 1, 2023</TIMEX3></DCT>
<TEXT>
Ports &amp; docks <EVENT eid="e1">closed</EVENT> <TIMEX3 tid="t1" type="DATE"
 value="2023-02-24">Friday</TIMEX3>
for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_tags_unescapes_and_keeps_gold_offsets(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    document = tempeval.read_document(path)
    assert document.reference == date(2023, 3, 1)
    assert "Ports & docks closed Friday" in document.text
    assert [(document.text[m.start : m.end], m.type, m.value) for m in document.gold] == [
        ("Friday", "DATE", "2023-02-24"),
        ("three days", "DURATION", "P3D"),
    ]


def test_score_counts_strict_relaxed_and_value_matches() -> None:
    Mention = tempeval.Mention
    gold = [Mention(0, 6, "DATE", "2023-02-24"), Mention(11, 21, "DURATION", "P3D")]
    found = [
        Mention(0, 6, "DATE", "2023-02-24"),  # exact
        Mention(7, 21, "DURATION", "P2D"),  # overlaps, wrong value
        Mention(30, 35, "DATE", "2023"),  # false positive
    ]
    score = tempeval.Score()
    errors = score.add(gold, found)
    assert (score.strict_system, score.relaxed_system, score.system) == (1, 2, 3)
    assert (score.strict_gold, score.relaxed_gold, score.gold) == (1, 2, 2)
    assert (score.matched, score.right_type, score.right_value) == (2, 2, 1)
    assert sorted(kind for kind, _, _ in errors) == ["FALSE", "SPAN", "VALUE"]


def test_subset_picks_one_sub_folder_whatever_its_case(tmp_path: Path) -> None:
    for name in ("TimeBank", "AQUAINT"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.tml").write_text(TIMEML, encoding="utf-8")
    folder = tempeval.subset_folder(tmp_path, "timebank")
    assert folder == tmp_path / "TimeBank"
    assert [document.name for document in tempeval.read_corpus(folder)] == ["TimeBank"]
    with pytest.raises(ValueError, match=r"no sub-folder 'wsj' \(sub-folders: AQUAINT, TimeBank\)"):
        tempeval.subset_folder(tmp_path, "wsj")
