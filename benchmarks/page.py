"""Timeline page at 10, 1,000 and 10,000 synthetic events: file size, build time, and time
to first render in headless chromium (navigation start to the end of Plotly.newPlot; "script
start" is when plotly.js and the page are parsed and the figure script begins).

    .venv/bin/python benchmarks/page.py [--sizes 10 1000 10000] [--keep DIR]

Events are made up (seeded): a mix of day, week, month, season and year dates over three
years, six kinds, 1-5 sources, lanes by story. The page must render 10,000 events in < 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from outputs.timeline import write_timeline
from outputs.view import PageOptions
from tests.browser import VIEWPORT, chromium, find_chromium

KINDS = ["meeting", "election", "statement", "conflict", "agreement", "other"]
WORDS = [
    "minister",
    "summit",
    "talks",
    "border",
    "accord",
    "vote",
    "council",
    "court",
    "ruling",
    "strike",
    "protest",
    "market",
    "budget",
    "treaty",
    "visit",
    "report",
    "trade",
    "sanctions",
    "ceasefire",
    "inquiry",
    "launch",
]
FIRST_DAY = date(2021, 1, 1)


def _period(rng: random.Random) -> tuple[str, date, date, str]:
    """(value, first, last, text) of a random date at a random precision."""
    day = FIRST_DAY + timedelta(days=rng.randrange(3 * 365))
    pick = rng.random()
    if pick < 0.6:
        return day.isoformat(), day, day, f"{day:%B} {day.day}"
    if pick < 0.7:
        monday = day - timedelta(days=day.weekday())
        week = monday.isocalendar()
        return f"{week[0]}-W{week[1]:02d}", monday, monday + timedelta(days=6), "last week"
    if pick < 0.85:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return f"{day:%Y-%m}", first, last, f"{day:%B}"
    if pick < 0.9:
        return f"{day.year}-SU", date(day.year, 6, 1), date(day.year, 8, 31), "the summer"
    return str(day.year), date(day.year, 1, 1), date(day.year, 12, 31), str(day.year)


def synthetic_records(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    articles = max(1, count // 5)
    records = []
    for number in range(count):
        value, first, last, text = _period(rng)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))
        sentence = f"Officials said the {words} took place {text}, " + " ".join(
            rng.choice(WORDS) for _ in range(rng.randint(8, 30))
        )
        article = rng.randrange(articles)
        reports = [
            {
                "article_id": f"a{article + extra}",
                "article_title": f"Article {article + extra} on the {rng.choice(WORDS)}",
                "published": (last + timedelta(days=rng.randint(0, 30))).isoformat(),
                "url": f"https://news.example/{article + extra}",
                "text": text,
                "sentence": sentence,
            }
            for extra in range(rng.choice([1, 1, 1, 2, 3, 5]))
        ]
        records.append(
            {
                "id": f"e{number}",
                "value": value,
                "start": first.isoformat(),
                "end": last.isoformat(),
                "granularity": "day",
                "title": f"{words} {text}",
                "kind": rng.choice(KINDS),
                "actors": [rng.choice(["Xi", "Putin", "Lula", "Scholz", "Modi"])],
                "confidence": rng.random(),
                "text": text,
                "sentence": sentence,
                **{key: reports[0][key] for key in ("article_id", "article_title", "published")},
                "url": reports[0]["url"],
                "sources": len(reports),
                "reports": reports,
            }
        )
    return records


def render_seconds(browser, path: Path) -> tuple[float, float]:
    """(plotly.js parsed and the figure script started, figure drawn), from navigation start."""
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_function("window.newslineRenderedAt !== undefined", timeout=60_000)
    started, rendered = page.evaluate("[window.newslinePlotStartedAt, window.newslineRenderedAt]")
    page.close()
    if errors:
        raise RuntimeError(f"{path}: script errors {errors}")
    return started / 1000, rendered / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1_000, 10_000])
    parser.add_argument("--keep", type=Path, help="write the pages here instead of a temp dir")
    arguments = parser.parse_args()
    executable = find_chromium()
    if executable is None:
        sys.exit("chromium not found: apt-get install chromium")
    folder = arguments.keep or Path(tempfile.mkdtemp(prefix="newsline-page-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"{'events':>7} {'file MB':>8} {'build s':>8} {'script start s':>15} {'first render s':>15}"
    )
    with chromium(executable) as browser:
        render_seconds(browser, write_timeline(synthetic_records(1), folder / "warm.html"))
        for size in arguments.sizes:
            records = synthetic_records(size)
            started = time.perf_counter()
            path = write_timeline(records, folder / f"timeline-{size}.html", PageOptions())
            build = time.perf_counter() - started
            loads = sorted(render_seconds(browser, path) for _ in range(3))
            script_start, first_render = loads[1]  # the median load
            megabytes = path.stat().st_size / 1e6
            print(
                f"{size:>7} {megabytes:>8.2f} {build:>8.2f} {script_start:>15.2f}"
                f" {first_render:>15.2f}"
            )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"median of 3 loads, times from navigation start; chromium {executable},"
        f" viewport {VIEWPORT['width']}x{VIEWPORT['height']}; {os.cpu_count()} cores,"
        f" load average {load}; pages in {folder}"
    )


if __name__ == "__main__":
    main()
