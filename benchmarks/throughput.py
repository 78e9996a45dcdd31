"""End-to-end throughput of ``newsline run``: N articles into a fresh store.

For each N the articles are Timeline17 articles from ../shared, repeated with new ids
where N is larger than the set. Prints, per N: wall time, articles per second, the
peak resident memory of the newsline process and its worker processes, and, for the
one-process variant (--workers 1), the share of the wall time that is Prefect overhead:
wall time minus that of the same work done by the flow's task functions called directly
in a plain Python process (same imports, no Prefect engine or server).

    python benchmarks/throughput.py                 # N = 1, 100, 1000, 10000
    python benchmarks/throughput.py --sizes 1 1000 --dask local
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

import psutil

from extractors.articles import content_id

PROJECT = Path(__file__).resolve().parents[1]
TIMELINE17 = PROJECT.parent / "shared" / "data" / "timeline17"

# The flow's work without the Prefect engine: each task's own function, called in turn.
DIRECT = """
import sys
from pathlib import Path
from flows import storage, timeline as t
from extractors.articles import read_sources
from outputs.store import default_store_url
from outputs.view import PageOptions

source, out, batch_size = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
store_url = default_store_url(out)
run_id, known = storage.open_run.fn(store_url, [source])
failures = []
reader = t._ReadCounter(read_sources([source]), failures)
added = 0
for batch in t._batches(t._unseen(reader, known), batch_size):
    added += storage.store_batch.fn(t.extract_batch.fn(batch), store_url, run_id)
storage.finish_and_render.fn(store_url, run_id, reader.articles, added, [], out, PageOptions())
print(reader.articles, added)
"""


def timeline17_articles() -> list[dict[str, str]]:
    if not TIMELINE17.is_dir():
        sys.exit(f"{TIMELINE17} is absent: the shared data set is not beside this checkout")
    articles = []
    for path in sorted(TIMELINE17.glob("*/articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            first_line = record["text"].split("\n", 1)[0]
            title = " ".join(first_line.split()[:10])
            articles.append(
                {"title": title, "published": record["time"], "text": record["text"]}
                | {"id": f"{path.parent.name}-{record['id']}"}
            )
    # The same text in two topics' files is one article to newsline: count it once.
    return list({content_id(article["text"]): article for article in articles}.values())


def write_articles(path: Path, articles: list[dict[str, str]], count: int) -> None:
    """``count`` articles; past the end of the set they repeat as new articles.

    newsline knows an article by its URL, else by its text's hash, so a repeat gets a URL
    of its own (under the reserved .invalid domain): it is read, extracted and stored anew.
    """
    with path.open("w", encoding="utf-8") as out:
        for number, article in enumerate(islice(cycle(articles), count)):
            repeat = number // len(articles)
            if repeat:
                article = article | {"url": f"https://copy-{repeat}.invalid/{article['id']}"}
            out.write(json.dumps(article) + "\n")


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and its living children (the extraction workers)."""
    total = process.memory_info().rss
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += child.memory_info().rss
    return total


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident bytes of the process and its children (every 50 ms)."""
    started = time.perf_counter()
    process = psutil.Popen(
        command, env=env, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, tree_rss(process))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    wall = time.perf_counter() - started
    _, stderr = process.communicate()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr.decode()[-3000:]}")
    return wall, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000, 10000])
    parser.add_argument("--dask", help="also run with --dask ADDRESS (e.g. local)")
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--no-direct", action="store_true", help="skip the no-Prefect baseline")
    parser.add_argument(
        "--no-one-process", action="store_true", help="skip the --workers 1 variant"
    )
    options = parser.parse_args()

    articles = timeline17_articles()
    work = Path(tempfile.mkdtemp(prefix="newsline-throughput-"))
    env = {
        **os.environ,
        # A warm Prefect home, as a user has after the first run.
        "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(work / "prefect")),
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    try:
        report(options, articles, work, env)
    finally:  # the runs attached to a resident Prefect server: stop it
        stop = [sys.executable, "-m", "flows.cli", "stop-server"]
        subprocess.run(stop, env=env, cwd=PROJECT, check=False, capture_output=True)


def report(
    options: argparse.Namespace, articles: list[dict[str, str]], work: Path, env: dict[str, str]
) -> None:
    newsline = [sys.executable, "-m", "flows.cli", "run"]
    write_articles(work / "warm.jsonl", articles, 1)
    measure([*newsline, str(work / "warm.jsonl"), "--out", str(work / "warm")], env)

    one_process = [] if options.no_one_process else [("--workers 1", ["--workers", "1"])]
    variants = [("run", []), *one_process] + (
        [(f"--dask {options.dask}", ["--dask", options.dask])] * bool(options.dask)
    )
    print(f"Timeline17: {len(articles)} articles; batch size {options.batch_size}", end="")
    print(f"; {os.cpu_count()} cpus; load average {os.getloadavg()[0]:.1f}")
    header = ("variant", "N", "wall s", "art/s", "peak MB", "direct s", "Prefect %")
    print("{:<14} {:>6} {:>8} {:>8} {:>8} {:>9} {:>9}".format(*header))
    for size in options.sizes:
        source = work / f"articles-{size}.jsonl"
        write_articles(source, articles, size)
        direct = None
        if not options.no_direct:
            direct, _ = measure(
                [
                    sys.executable,
                    "-c",
                    DIRECT,
                    str(source),
                    str(work / f"direct-{size}"),
                    str(options.batch_size),
                ],
                env,
            )
        for name, extra in variants:
            out = work / f"{name.replace(' ', '_')}-{size}"
            wall, peak = measure(
                [
                    *newsline,
                    str(source),
                    "--out",
                    str(out),
                    "--batch-size",
                    str(options.batch_size),
                    *extra,
                ],
                env,
            )
            # Prefect's share is only meaningful against the same work in one process.
            one_process = direct and name == "--workers 1"
            share = f"{100 * (wall - direct) / wall:8.0f}%" if one_process else f"{'-':>9}"
            direct_text = f"{direct:9.2f}" if direct else f"{'-':>9}"
            print(
                f"{name:<14} {size:>6} {wall:8.2f} {size / wall:8.1f} {peak / 2**20:8.0f}"
                f" {direct_text} {share}",
                flush=True,
            )


if __name__ == "__main__":
    main()
