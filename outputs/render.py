"""Draw the timeline and exports from everything in the store, not only the latest run."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from extractors.merge import merge_events
from extractors.version import extractor_version, source_digest
from outputs.exports import write_outputs
from outputs.records import event_record
from outputs.store import Store
from outputs.view import PageOptions

# What the outputs in a folder were drawn from; a run that finds the same keeps them.
STAMP = ".newsline-drawn.json"


def render_store(
    store: Store,
    out_dir: Path,
    options: PageOptions,
    query: str | None = None,
    *,
    reuse: bool = False,
) -> tuple[dict[str, Path], int]:
    """Write every output from the stored events; returns the paths and the events drawn.

    Only events overlapping ``options``' dates (and with every ``query`` word) are loaded;
    the page's own selection (e.g. ``min_sources``) then applies as in any run.

    The files are written beside the old ones and then renamed over them, so a run killed
    while drawing leaves the previous page intact, never half a page. With ``reuse``,
    outputs this newsline drew from the same store contents with the same options are
    kept as they are: a scheduled run that found nothing new draws nothing.
    """
    drawn_from = _drawn_from(store, options, query)
    if reuse and (kept := _kept_outputs(out_dir, drawn_from)) is not None:
        return kept
    # Reports of one happening from different runs and articles are drawn as one event.
    found = merge_events(store.events(options.since, options.until, query))
    records = [event_record(event) for event in found]
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".render-") as scratch:
        drafts = write_outputs(records, Path(scratch), options)
        outputs = {}
        for kind, draft in drafts.items():
            outputs[kind] = out_dir / draft.name
            os.replace(draft, outputs[kind])
    stamp = {"from": drawn_from, "outputs": {k: p.name for k, p in outputs.items()}}
    (out_dir / STAMP).write_text(json.dumps(stamp | {"events": len(records)}), encoding="utf-8")
    return outputs, len(records)


def _drawn_from(store: Store, options: PageOptions, query: str | None) -> dict[str, Any]:
    return json.loads(
        json.dumps(
            {
                "store": store.contents_key(),
                "options": asdict(options),
                "query": query,
                "code": drawing_version(),
            },
            default=str,
        )
    )


@cache
def drawing_version() -> str:
    """A digest of the code that draws: the extractors (which merge the events) and these
    outputs. An upgrade of either redraws what an older newsline drew, though the store is
    the same."""
    return f"{extractor_version()}-{source_digest(Path(__file__).resolve().parent)}"


def _kept_outputs(out_dir: Path, drawn_from: dict[str, Any]) -> tuple[dict[str, Path], int] | None:
    """The outputs in ``out_dir`` if they were drawn from ``drawn_from`` and are all there."""
    try:
        stamp = json.loads((out_dir / STAMP).read_text(encoding="utf-8"))
        outputs = {kind: out_dir / name for kind, name in stamp["outputs"].items()}
        if stamp["from"] == drawn_from and all(path.is_file() for path in outputs.values()):
            return outputs, int(stamp["events"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # no stamp, or not one of ours: draw anew
    return None
