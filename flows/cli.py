"""The ``newsline`` command line.

Commands import their heavy dependencies (Prefect, pandas, Plotly) only when they run,
so ``newsline --help`` answers at once.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Extract dated events from news articles into an interactive timeline.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _commands() -> None:
    """Extract dated events from news articles into an interactive timeline."""


class Lanes(StrEnum):
    """What the rows of the timeline page group events by."""

    actor = "actor"
    kind = "kind"
    source = "source"
    story = "story"


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from error


@app.command()
def run(
    sources: Annotated[
        list[str], typer.Argument(help=".txt file, folder of them, or articles JSONL.")
    ],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD) for articles whose source has none."),
    ] = None,
    out: Annotated[Path, typer.Option(help="Folder for the outputs.")] = Path("out"),
    title: Annotated[str, typer.Option(help="Heading of the timeline page.")] = "newsline timeline",
    lanes: Annotated[
        Lanes, typer.Option(help="Page rows: by actor, kind of event, source or story.")
    ] = Lanes.story,
    since: Annotated[
        str | None, typer.Option(help="Keep events on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Keep events on or before this day (YYYY-MM-DD).")
    ] = None,
    min_sources: Annotated[
        int, typer.Option(min=1, help="Keep events reported by at least N articles.")
    ] = 1,
) -> None:
    """Run the timeline flow and write timeline.html, events.jsonl/.csv, timelinejs.json, .ics."""
    day = _parse_day(published)
    since_day, until_day = _parse_day(since), _parse_day(until)
    if since_day and until_day and since_day > until_day:
        raise typer.BadParameter(f"--since {since} is after --until {until}")
    missing = [source for source in sources if not Path(source).exists()]
    if missing:
        raise typer.BadParameter(
            f"no such file or folder: {', '.join(missing)}", param_hint="SOURCES"
        )

    from flows.settings import apply_prefect_defaults

    apply_prefect_defaults()
    from flows.timeline import timeline_flow

    summary = timeline_flow(
        sources=sources,
        published=day,
        out=str(out),
        title=title,
        lanes=lanes.value,
        since=since_day,
        until=until_day,
        min_sources=min_sources,
    )
    for failure in summary.failures:
        typer.echo(f"skipped: {failure.reason}", err=True)
    typer.echo(
        f"{summary.articles} articles, {summary.events} events, {len(summary.failures)} skipped"
    )
    for kind, path in summary.outputs.items():
        typer.echo(f"{kind:>10}: {Path(path).resolve()}")
    if summary.articles == 0:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
