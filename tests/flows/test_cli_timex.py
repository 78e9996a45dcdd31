"""`newsline timex`: JSONL in, JSONL out, through the real console entry point."""

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = {"doc": "a1", "dct": "2023-03-01", "text": "The envoy arrived on Friday."}


def _newsline(*arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from flows.cli import main; main()", "timex", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_reads_stdin_and_writes_stdout() -> None:
    done = _newsline(stdin=json.dumps(ARTICLE) + "\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "doc": "a1",
        "timexes": [
            {"start": 21, "end": 27, "text": "Friday", "type": "DATE", "value": "2023-02-24"}
        ],
    }


def test_reads_and_writes_files_and_reports_bad_lines(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n{broken\n", encoding="utf-8")
    done = _newsline(str(source), "-o", str(target))
    assert done.returncode == 1
    assert f"{source} line 2: not JSON" in done.stderr
    assert [json.loads(line)["doc"] for line in target.read_text().splitlines()] == ["a1"]


def test_missing_input_file_is_named(tmp_path: Path) -> None:
    done = _newsline(str(tmp_path / "absent.jsonl"))
    assert done.returncode != 0
    assert "absent.jsonl" in done.stderr
