"""Draw the timeline and exports from everything in the store, not only the latest run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from extractors.merge import merge_events
from outputs.exports import write_outputs
from outputs.records import event_record
from outputs.store import Store
from outputs.view import PageOptions


def render_store(
    store: Store,
    out_dir: Path,
    options: PageOptions,
    query: str | None = None,
) -> tuple[dict[str, Path], int]:
    """Write every output from the stored events; returns the paths and the events drawn.

    Only events overlapping ``options``' dates (and with every ``query`` word) are loaded;
    the page's own selection (e.g. ``min_sources``) then applies as in any run.

    The files are written beside the old ones and then renamed over them, so a run killed
    while drawing leaves the previous page intact, never half a page.
    """
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
    return outputs, len(records)
