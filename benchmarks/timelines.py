"""Date selection on Timeline17: do the days our events are most reported on match the days
people chose for their timelines of the same stories?

    .venv/bin/python -m benchmarks.timelines [--shared ../shared]

Each topic folder with gold timelines (``timelines.jsonl``) is read as one store would hold
it: every article extracted, the events merged. A day's salience is how many distinct
articles report any event dated to it (day and time granularity). The benchmark takes as
many top days as the gold timeline has dates and reports date F1 (precision equals recall
at that length), the usual measure of timeline summarisation (Martschat & Markert 2018;
news-tls, Gholipour Ghalandari & Ifrim 2020, about 0.5 over all 17 Timeline17 topics),
beside two baselines: the days most articles were published on, and the days with most
mentions before merging. "reach" is the share of gold
days found among all the days our events are dated to, the ceiling for any ranking.

Measured and not taken (mean over the 10 timelines):
- summing each event's sources, which counts an article once for every event it dates to
  the day: 0.477 against 0.521; the same with an article published two or more days later
  counting 2 (a look back says the day mattered): 0.500, counting 3: 0.487, 0.5: 0.457;
- with summed sources, keeping only days within the collection's publication span: 0.464
  against 0.477 (from a week before its first article on: 0.476-0.477); with that span,
  adding 0.25-1 times the articles published on the day, or 0.25-0.5 times those published
  the day after: 0.459-0.470 against 0.464; events or mentions after merging: 0.455, 0.451.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.events import read_topic
from extractors.articles import Article
from extractors.events import Event, extract
from extractors.merge import merge_events

Ranking = Callable[[list[Article], list[Event], list[Event]], Counter]


def by_articles(articles: list[Article], events: list[Event], merged: list[Event]) -> Counter:
    """Distinct articles reporting any of the merged events of each day."""
    reporting: dict[date, set[str]] = {}
    for event in merged:
        reporting.setdefault(event.first, set()).update(event.sources)
    return Counter({day: len(ids) for day, ids in reporting.items()})


def by_mentions(articles: list[Article], events: list[Event], merged: list[Event]) -> Counter:
    """Dated mentions of each day, before merging."""
    return Counter(event.first for event in events)


def by_publication(articles: list[Article], events: list[Event], merged: list[Event]) -> Counter:
    """Articles published on each day: the baseline that reads no text."""
    return Counter(article.published for article in articles)


def dated_to_a_day(events: list[Event]) -> list[Event]:
    """Events dated to a day or a time on it: the candidates for a timeline of days."""
    return [event for event in events if event.granularity in {"day", "time"}]


RANKINGS: dict[str, Ranking] = {
    "articles per day (ours)": by_articles,
    "mentions per day": by_mentions,
    "articles published": by_publication,
}


def top_days(scores: Counter, count: int) -> set[date]:
    """The ``count`` best days, ties broken by the earlier day so results are repeatable."""
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return {day for day, _ in ranked[:count]}


def date_f1(chosen: set[date], gold: set[date]) -> float:
    """F1 of chosen against gold days (equal to recall when as many days are chosen)."""
    hits = len(chosen & gold)
    return 2 * hits / (len(chosen) + len(gold)) if hits else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    arguments = parser.parse_args()
    root = arguments.shared / "data" / "timeline17"
    topics = sorted(path.parent for path in root.glob("*/timelines.jsonl"))
    if not topics:
        sys.exit(
            f"{root}: no Timeline17 topic with timelines.jsonl (is ../shared beside the checkout?)"
        )
    scores: dict[str, list[float]] = {name: [] for name in RANKINGS}
    reach: list[float] = []
    started = time.perf_counter()
    print(f"{'topic':<22} {'gold':>4} {'reach':>6} " + " ".join(f"{n:>22}" for n in RANKINGS))
    for folder in topics:
        articles = read_topic(folder)
        events = [event for article in articles for event in extract(article).events]
        merged = dated_to_a_day(merge_events(events))
        events = dated_to_a_day(events)
        found = {event.first for event in merged}
        for line in (folder / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
            gold = {date.fromisoformat(day) for day, _ in json.loads(line)}
            reach.append(len(gold & found) / len(gold))
            row = []
            for name, ranking in RANKINGS.items():
                score = date_f1(top_days(ranking(articles, events, merged), len(gold)), gold)
                scores[name].append(score)
                row.append(f"{score:>22.3f}")
            print(f"{folder.name:<22} {len(gold):>4} {reach[-1]:>6.2f} " + " ".join(row))
    print(
        f"{'mean':<22} {'':>4} {sum(reach) / len(reach):>6.2f} "
        + " ".join(f"{sum(values) / len(values):>22.3f}" for values in scores.values())
    )
    print(f"{len(reach)} timelines, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
