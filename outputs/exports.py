"""Write events as JSON Lines and CSV."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from outputs.records import CSV_COLUMNS, csv_row
from outputs.view import PageOptions, select


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> Path:
    """One event a line, UTF-8, keys in ``COLUMNS`` order."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_csv(records: Iterable[dict[str, Any]], path: Path) -> Path:
    """The same rows as the JSONL file without the nested ``reports``; actors joined."""
    rows = [csv_row(record) for record in records]
    pd.DataFrame(rows, columns=CSV_COLUMNS).to_csv(path, index=False)
    return path


def write_outputs(
    records: list[dict[str, Any]], out_dir: Path, options: PageOptions | str | None = None
) -> dict[str, Path]:
    """Write every output format into ``out_dir``; returns the paths by format name.

    ``options`` selects the events (dates, sources) and sets the page's title and lanes; a
    bare string is taken as the title. Every format holds the same selection.
    """
    from outputs.ics import write_ics  # plotly is only imported when a page is drawn
    from outputs.timeline import write_timeline
    from outputs.timelinejs import write_timelinejs

    if not isinstance(options, PageOptions):
        options = PageOptions(title=options) if options else PageOptions()
    records = select(records, options)
    out_dir.mkdir(parents=True, exist_ok=True)
    return {
        "jsonl": write_jsonl(records, out_dir / "events.jsonl"),
        "csv": write_csv(records, out_dir / "events.csv"),
        "html": write_timeline(records, out_dir / "timeline.html", options),
        "timelinejs": write_timelinejs(records, out_dir / "timelinejs.json", options),
        "ics": write_ics(records, out_dir / "events.ics", options),
    }
