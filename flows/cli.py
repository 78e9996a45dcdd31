"""The ``newsline`` command line.

Commands import their heavy dependencies (Prefect, pandas, Plotly) only when they run,
so ``newsline --help`` answers at once.
"""

from __future__ import annotations

import atexit
import os
import sys
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


_Sources = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .md, .html, articles .jsonl), folders of them, or http(s) URLs"
        " of web pages or RSS/Atom feeds."
    ),
]
_Published = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY-MM-DD) for articles whose source has none."),
]
_Glob = Annotated[
    str | None, typer.Option(help="In folders, read only files matching this (e.g. '*.md').")
]
_Out = Annotated[Path, typer.Option(help="Folder for the outputs.")]
_Title = Annotated[str, typer.Option(help="Heading of the timeline page.")]
_Lanes = Annotated[Lanes, typer.Option(help="Page rows: by actor, kind of event, source or story.")]
_Since = Annotated[str | None, typer.Option(help="Keep events on or after this day (YYYY-MM-DD).")]
_Until = Annotated[str | None, typer.Option(help="Keep events on or before this day (YYYY-MM-DD).")]
_MinSources = Annotated[
    int, typer.Option(min=1, help="Keep events reported by at least N articles.")
]


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from error


_Dask = Annotated[
    str | None,
    typer.Option(
        help="Extract on the Dask cluster whose scheduler is at this address"
        " (tcp://host:8786), or 'local' for a temporary cluster of this machine's cores.",
        metavar="ADDRESS",
    ),
]

_Workers = Annotated[
    int | None,
    typer.Option(
        min=1,
        help="Processes extracting batches at once, this one among them (default: one per"
        " core; 1: this process alone). Ignored with --dask.",
    ),
]

_STORE_OPTION = typer.Option(
    help="SQLAlchemy URL of the event store, e.g. postgresql+psycopg://user@host/db"
    " (default: sqlite file newsline.db in --out).",
)


@app.command()
def run(
    sources: _Sources,
    published: _Published = None,
    out: _Out = Path("out"),
    title: _Title = "newsline timeline",
    lanes: _Lanes = Lanes.story,
    since: _Since = None,
    until: _Until = None,
    min_sources: _MinSources = 1,
    store: Annotated[str | None, _STORE_OPTION] = None,
    glob: _Glob = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per extraction task and store transaction.")
    ] = 100,
    workers: _Workers = None,
    dask: _Dask = None,
) -> None:
    """Store the events of new articles, then redraw the page and exports from the whole store.

    Writes timeline.html, events.jsonl/.csv, timelinejs.json and events.ics.
    """
    day = _parse_day(published)
    since_day, until_day = _date_range(since, until)
    from extractors.urls import is_web_url

    missing = [s for s in sources if not is_web_url(s) and not Path(s).exists()]
    if missing:
        raise typer.BadParameter(
            f"no such file or folder: {', '.join(missing)}", param_hint="SOURCES"
        )

    from flows.server import ServerError, start_local_api
    from flows.settings import apply_prefect_defaults

    try:
        api_ready = start_local_api(apply_prefect_defaults())
        from flows import storage  # noqa: F401 (the store and page libraries load meanwhile)
        from flows.timeline import timeline_flow  # imports while the server boots
        from outputs.store import StoreBusyError

        api_ready()
    except ServerError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(4) from error
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.progress import batch_progress

    # No flow-run heartbeats: they let Prefect automations find crashed runs of deployments
    # (`serve` keeps them), and their thread takes up to a second to stop after every run.
    no_heartbeats = temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})
    try:
        with no_heartbeats, batch_progress(sys.stderr.isatty()):
            summary = timeline_flow(
                sources=sources,
                published=day,
                out=str(out),
                title=title,
                batch_size=batch_size,
                workers=workers,
                lanes=lanes.value,
                since=since_day,
                until=until_day,
                min_sources=min_sources,
                store=store,
                glob=glob,
                dask=dask,
            )
    except StoreBusyError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(3) from error
    for failure in summary.failures:
        typer.echo(f"skipped: {failure.reason}", err=True)
    typer.echo(
        f"{summary.articles} articles read, {summary.added} new, {len(summary.failures)} skipped;"
        f" {summary.events} events in the store"
    )
    if summary.undated:
        typer.echo(
            f"{summary.undated} new articles have no publication date (use --published):"
            " their relative dates are left unresolved",
            err=True,
        )
    _print_outputs(summary.outputs, summary.store)
    if summary.articles == 0 and summary.failures:
        raise typer.Exit(1)


@app.command()
def render(
    out: _Out = Path("out"),
    title: _Title = "newsline timeline",
    store: Annotated[str | None, _STORE_OPTION] = None,
    lanes: _Lanes = Lanes.story,
    since: _Since = None,
    until: _Until = None,
    min_sources: _MinSources = 1,
    query: Annotated[
        str | None, typer.Option(help="Only events whose title or sentence has all these words.")
    ] = None,
) -> None:
    """Redraw the page and exports from the store alone (nothing is read or fetched)."""
    from outputs.render import render_store
    from outputs.store import Store, StoreBusyError, default_store_url
    from outputs.view import PageOptions

    since_day, until_day = _date_range(since, until)
    options = PageOptions(title, lanes.value, since_day, until_day, min_sources)
    url = store or default_store_url(out)
    if store is None and not (out / "newsline.db").exists():
        raise typer.BadParameter(
            f"no store at {out / 'newsline.db'}: run first", param_hint="--out"
        )
    try:
        with Store.open(url) as opened:
            outputs, events = render_store(opened, out, options, query)
    except StoreBusyError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(3) from error
    typer.echo(f"{events} events drawn")
    _print_outputs(outputs, url)


def _date_range(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    since_day, until_day = _parse_day(since), _parse_day(until)
    if since_day and until_day and since_day > until_day:
        raise typer.BadParameter(f"--since {since} is after --until {until}")
    return since_day, until_day


def _print_outputs(outputs: dict[str, Path], store_url: str) -> None:
    from outputs.store import describe

    for kind, path in outputs.items():
        typer.echo(f"{kind:>10}: {Path(path).resolve()}")
    typer.echo(f"{'store':>10}: {describe(store_url)}")


@app.command()
def timex(
    source: Annotated[
        Path | None, typer.Argument(help='JSONL of {"doc", "dct", "text"}; stdin if omitted.')
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output JSONL; stdout if omitted.")
    ] = None,
) -> None:
    """Tag temporal expressions: one {"doc", "timexes": [...]} line per input document."""
    import sys
    from contextlib import ExitStack

    from extractors.timex_jsonl import BadLine, tag_lines

    if source is not None and not source.is_file():
        raise typer.BadParameter(f"no such file: {source}", param_hint="SOURCE")
    problems: list[BadLine] = []
    with ExitStack() as files:
        lines = files.enter_context(source.open(encoding="utf-8")) if source else sys.stdin
        sink = files.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        for record in tag_lines(lines, problems):
            sink.write(record + "\n")
    for problem in problems:
        typer.echo(f"skipped {source or 'stdin'} {problem}", err=True)
    if problems:
        raise typer.Exit(1)


@app.command()
def serve(
    sources: _Sources,
    cron: Annotated[
        str | None, typer.Option(help='Cron schedule, e.g. "0 * * * *" (every hour).')
    ] = None,
    interval: Annotated[float | None, typer.Option(help="Seconds between runs.", min=1)] = None,
    published: _Published = None,
    out: _Out = Path("out"),
    title: _Title = "newsline timeline",
    lanes: _Lanes = Lanes.story,
    since: _Since = None,
    until: _Until = None,
    min_sources: _MinSources = 1,
    store: Annotated[str | None, _STORE_OPTION] = None,
    glob: _Glob = None,
    workers: _Workers = None,
    dask: _Dask = None,
) -> None:
    """Run the timeline flow on a schedule as a Prefect deployment, with the Prefect UI.

    Without PREFECT_API_URL, a local Prefect server is started (and stopped on SIGTERM or
    Ctrl-C) with its data in OUT/prefect; with it, the deployment is served on that server.
    """
    if (cron is None) == (interval is None):
        raise typer.BadParameter("give exactly one of --cron and --interval")
    day = _parse_day(published)
    since_day, until_day = _date_range(since, until)
    from extractors.urls import is_web_url
    from flows.serve import serve_timeline

    out = out.resolve()
    # Scheduled runs start in other processes: hand them absolute paths.
    parameters = {
        "sources": [s if is_web_url(s) else str(Path(s).resolve()) for s in sources],
        "published": day.isoformat() if day else None,
        "out": str(out),
        "title": title,
        "lanes": lanes.value,
        "since": since_day.isoformat() if since_day else None,
        "until": until_day.isoformat() if until_day else None,
        "min_sources": min_sources,
        "store": store,
        "glob": glob,
        "workers": workers,
        "dask": dask,
    }
    serve_timeline(
        parameters, cron=cron, interval=interval, local_home=out / "prefect", echo=typer.echo
    )


@app.command("stop-server")
def stop_server() -> None:
    """Stop the local Prefect server that `newsline run` keeps between runs.

    It stops by itself after NEWSLINE_SERVER_IDLE_SECONDS (default 600) without a run.
    """
    from flows.resident import stop_keeper
    from flows.settings import apply_prefect_defaults

    home = apply_prefect_defaults()
    typer.echo(f"stopped the server of {home}" if stop_keeper(home) else "no server was running")


def main() -> None:
    """Console-script entry point.

    The process ends as soon as the exit handlers have run (Prefect's handlers send its last logs
    and events to the API), without tearing the interpreter down: with Prefect, pandas
    and Plotly loaded that teardown takes about a second and frees nothing anyone needs.
    """
    exit_code = [1]  # an uncaught error ends the process with 1, as Python's own exit does
    atexit.register(_end_process, exit_code)  # registered first, so it runs last
    try:
        app()
    except SystemExit as done:
        exit_code[0] = done.code if isinstance(done.code, int) else int(done.code is not None)
        raise
    except KeyboardInterrupt:
        exit_code[0] = 130  # the shell's code for a process stopped by Ctrl-C
        raise


def _end_process(exit_code: list[int]) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(exit_code[0])


if __name__ == "__main__":
    main()
