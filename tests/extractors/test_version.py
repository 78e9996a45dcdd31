"""The extractor version changes with the extractors' code and data, and with nothing else."""

import shutil
from pathlib import Path

import extractors
from extractors.version import extractor_version, source_digest


def test_the_version_follows_every_code_and_data_file(tmp_path: Path) -> None:
    copy = tmp_path / "extractors"
    shutil.copytree(Path(extractors.__file__).parent, copy)
    assert source_digest(copy) == extractor_version()

    (copy / "__pycache__").mkdir(exist_ok=True)
    (copy / "__pycache__" / "stale.py").write_text("compiled leftovers", encoding="utf-8")
    (copy / "notes.txt").write_text("not code", encoding="utf-8")
    assert source_digest(copy) == extractor_version()

    lexicon = copy / "data" / "event_lexicon.json"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + " ", encoding="utf-8")
    edited_data = source_digest(copy)
    assert edited_data != extractor_version()

    (copy / "timex_rules.py").write_text("", encoding="utf-8")
    assert source_digest(copy) not in {edited_data, extractor_version()}
