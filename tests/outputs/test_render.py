"""Drawing from the store: a run that finds the store as it was drawn keeps the outputs."""

from __future__ import annotations

from pathlib import Path

from outputs import render
from outputs.render import STAMP, render_store
from outputs.store import Store
from outputs.view import PageOptions
from tests.outputs.test_store import extracted


def page_written_at(out: Path) -> int:
    return (out / "timeline.html").stat().st_mtime_ns


def test_outputs_are_kept_until_the_store_or_the_options_change(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Store.open(f"sqlite:///{tmp_path / 'store.db'}") as store:
        run = store.start_run(["test"])
        store.add(run, extracted("dam"))
        outputs, events = render_store(store, out, PageOptions(), reuse=True)
        drawn = page_written_at(out)

        assert render_store(store, out, PageOptions(), reuse=True) == (outputs, events)
        assert page_written_at(out) == drawn  # nothing new: nothing drawn

        store.add(run, extracted("budget"))
        _, more = render_store(store, out, PageOptions(), reuse=True)
        assert more > events and page_written_at(out) > drawn

        drawn = page_written_at(out)
        render_store(store, out, PageOptions(title="Harbour"), reuse=True)
        assert page_written_at(out) > drawn
        assert "Harbour" in (out / "timeline.html").read_text(encoding="utf-8")

        drawn = page_written_at(out)
        render_store(store, out, PageOptions(title="Harbour"))  # without reuse: always
        assert page_written_at(out) > drawn


def test_a_missing_output_or_a_broken_stamp_draws_anew(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Store.open(f"sqlite:///{tmp_path / 'store.db'}") as store:
        store.add(store.start_run(["test"]), extracted("dam"))
        outputs, _ = render_store(store, out, PageOptions(), reuse=True)
        outputs["ics"].unlink()
        render_store(store, out, PageOptions(), reuse=True)
        assert outputs["ics"].is_file()

        (out / STAMP).write_text("{not json", encoding="utf-8")
        drawn = page_written_at(out)
        render_store(store, out, PageOptions(), reuse=True)
        assert page_written_at(out) > drawn


def test_outputs_an_older_newsline_drew_are_drawn_anew(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    with Store.open(f"sqlite:///{tmp_path / 'store.db'}") as store:
        store.add(store.start_run(["test"]), extracted("dam"))
        render_store(store, out, PageOptions(), reuse=True)
        drawn = page_written_at(out)
        monkeypatch.setattr(render, "drawing_version", lambda: "an-upgraded-newsline")
        render_store(store, out, PageOptions(), reuse=True)
        assert page_written_at(out) > drawn
