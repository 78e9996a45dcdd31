"""From dates to events, measured: anchoring accuracy and merging at scale.

    .venv/bin/python -m benchmarks.events [--shared ../shared] [--samples 8]

1. Anchoring on TimeBank/AQUAINT (TempEval-3 train): the share of dates linked by a TLINK
   to an event in the same sentence that we anchor to one of those event words. Reported
   for the shipped ranker (trained on this data), for the structural rules alone, and
   cross-validated by document (the ranker retrained without the held-out documents).
2. Merging on Timeline17: every article through extraction, events counted before and
   after merging, timings, and a sample of merged groups to inspect.

Titles (extractors/describe.py) are judged on Timeline17 by diffing every event's title
before and after a change and reading a random sample of the changed ones. Not taken:
- the family name as a name's short form ("Neil MacGregor" -> "MacGregor"): of 30 changed
  titles 7 better, 4 worse ("Exxon Valdez" -> "Valdez", "BP CEO Tony Hayward" -> "Hayward").
- an object run on to its phrase's end even past a clean end: titles grew long ("makes
  significant changes to the draft executive summary"); only a cut phrase is run on now.
- a base verb after "not" ("will not pay") read as a verb by the anchorer's own verb test
  (anchoring.is_verb) rather than by the title step alone: anchoring mean10 0.7609 ->
  0.7568 (one shuffle 0.7591 -> 0.7639, training accuracy 0.9353 -> 0.9337).
- a name that ends like a nationality kept as a name unless a lower-case noun follows,
  for every capitalised adjective too: sentence openers became subjects ("Up troops",
  "Late re-installs", "Cold evaporates"); only unknown "-ian"/"-ean"/"-ern" words now.
- the object after a verb's date taken whatever follows the date (not only a preposition):
  reported clauses cut short ("BP says the cement seal", "Valves shut and pressure").
- a place after "in the"/"at the" for verb titles and after "from the" too: titles of works
  and far places ("With hits from the Bay City Rollers", "Provisions pass the House in the
  Senate"); kept for noun titles after "in/at/near the" only.
- the object-or-measure test for every common subject (not only one found past a name):
  935 titles change, most worse ("Crews resume work" -> "Coast Guard resumes work").
- a comma participle told in the passive for any object, not only a count: 139 change, the
  rest worse ("paves the way" -> "The way paved", "BP stops the flow" -> "The flow stopped").
- a participle after a dash or a quotation mark kept as a participle: 8 of 31 changes were
  main verbs put in the past ("Deepwater Horizon exploded", "Holder Jr said").
- an "-ing" word after a noun read as a noun: 153 change, most worse ("Oil gushing",
  "Young man walking" for clauses with a subject and a verb).
- a plural verb for a title with no subject after "they" or "we" ("They resigned" ->
  "Resign"): 182 titles change and read as orders ("Produce their recommendations").
- no name acting where a common noun of its own stands right before the verb behind an
  article or a comma ("the BP oil spill ..., an official said" -> "Official says"): 225
  change; of 50 read about 22 better, 12 worse (coordinated names split: "Mississippi
  launches"; "Day installs", "Percent purchases").
- the nouns past a name for a relative clause with no comma ("the spill in the Gulf of
  Mexico that began"): 7 change, 4 worse ("Sisters descendants of Pryce Morris born").
- an aside that opens with a name's owner (", BP's chief,") ending before a main verb: a
  participle after it became a main verb ("Patti names after his father").
- "both" inside a verb group ("Both were born"): a far name took the verb ("William born").
- a named complement cut before "and" dropped rather than run on to the second name: the
  second parent or country was lost ("son of Richard Jones and Lowry Williams" -> "son").
- the main clause's subject for an opening participle with no reach for its comma: a far
  clause's noun ("Built in 2001 by ..., officials estimate" -> "Day built").

A merged event's title is its most typical report's (extractors/merge.py, ``_typical``). Not
taken:
- the medoid title by Jaccard similarity of title stems: 142 of 1,325 merged titles change,
  three of the eight largest groups better ("Jackson dies" for "Los Angeles Michael Jackson
  dies") but most more generic ("2 election", "Senate hearings", "Oil drilling").
- a word no other title says counted against its title: 249 change, mostly vaguer ("BP
  begins pumping mud" -> "BP begins").

Merging across granularities (a week's or month's report joining a day's) needs one word
besides the trigger in common; two: 140 groups split, more right joins lost ("Markey
introduces a bill", "Singer buried") than wrong ones undone.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

from benchmarks.tempeval_links import LinkedDate, read_corpus
from benchmarks.train_anchoring import (
    SHUFFLES,
    accuracy,
    by_rule,
    cross_validate,
    mean_cross_validated,
    outcomes,
)
from extractors.anchoring import _weights, candidates
from extractors.articles import Article
from extractors.events import Event, extract
from extractors.merge import merge_events

_PTB = [
    (re.compile(r"-LRB-"), "("),
    (re.compile(r"-RRB-"), ")"),
    (re.compile(r"``\s*|''"), '"'),
    (re.compile(r"\s+(?=['’](?:s|re|ve|ll|d|m)\b|n't\b)"), ""),
    (re.compile(r"\s+([.,;:!?%)])"), r"\1"),
    (re.compile(r"([($#])\s+"), r"\1"),
]


def detokenise(text: str) -> str:
    """Penn-Treebank tokens back to ordinary text ("BP 's -LRB- # 50m -RRB-" -> "BP's (#50m)")."""
    for pattern, replacement in _PTB:
        text = pattern.sub(replacement, text)
    return text


def rule_outcomes(corpus: list[LinkedDate]) -> list[tuple[str, bool]]:
    """The structural rules' own picks, without the ranker."""
    results = []
    for linked in corpus:
        tokens, found = candidates(linked.sentence, linked.start, linked.end)
        picked = next((index for index, f in found if "rule-pick" in f), None)
        hit = picked is not None and any(
            tokens[picked].start < end and tokens[picked].end > start
            for start, end in linked.events
        )
        results.append(("rules", hit))
    return results


def anchoring_report(tempeval: Path) -> None:
    corpus = read_corpus(tempeval)
    shipped = outcomes(corpus, _weights())
    by_type = Counter(linked.type for linked in corpus)
    print(f"== Anchoring: {len(corpus)} dates linked to an event in their sentence ({tempeval})")
    print(f"shipped ranker (trained on this data):   {accuracy(shipped):.3f}")
    for timex_type, count in sorted(by_type.items()):
        typed = [o for o, d in zip(shipped, corpus, strict=True) if d.type == timex_type]
        print(f"  {timex_type:<9} {count:>5} dates   {accuracy(typed):.3f}")
    print(f"structural rules alone:                  {accuracy(rule_outcomes(corpus)):.3f}")
    started = time.perf_counter()
    held_out = cross_validate(corpus)
    print(
        f"5-fold cross-validated by document:      {accuracy(held_out):.3f}"
        f"   ({time.perf_counter() - started:.1f} s to retrain 5 times)"
    )
    print("  by rule (held out):", json.dumps(by_rule(held_out)))
    print(f"  mean over {len(SHUFFLES)} fold shuffles:    {mean_cross_validated(corpus):.3f}")


def read_timeline17(folder: Path) -> list[Article]:
    """Every article of every topic folder under ``folder``."""
    return [
        article
        for path in sorted(folder.glob("*/articles.jsonl"))
        for article in read_topic(path.parent)
    ]


def read_topic(folder: Path) -> list[Article]:
    """The articles of one Timeline17 topic folder, as ordinary text, ids "topic/id"."""
    articles = []
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        articles.append(
            Article(
                id=f"{folder.name}/{record['id']}",
                title="",
                text=detokenise(record["text"]),
                published=date.fromisoformat(record["time"]),
                source=str(folder / "articles.jsonl"),
            )
        )
    return articles


def _show(event: Event) -> None:
    sources = len(event.sources)
    print(
        f"- {event.value} [{event.kind}] {event.title!r}: {len(event.mentions)} mentions, "
        f"{sources} articles; actors {list(event.actors)[:4]}"
    )
    seen = set()
    for mention in event.mentions:
        if mention.article_id in seen:
            continue
        seen.add(mention.article_id)
        sentence = " ".join(mention.sentence.split())
        print(f"    {mention.article_id} ({mention.published}): {sentence[:150]}")
        if len(seen) == 3:
            break


def merging_report(folder: Path, samples: int) -> None:
    articles = read_timeline17(folder)
    started = time.perf_counter()
    events, others = [], 0
    for article in articles:
        extraction = extract(article)
        events.extend(extraction.events)
        others += len(extraction.other_mentions)
    extracted = time.perf_counter() - started
    started = time.perf_counter()
    merged = merge_events(events)
    merging = time.perf_counter() - started
    groups = [event for event in merged if len(event.mentions) > 1]
    multi_source = [event for event in merged if len(event.sources) > 1]
    characters = sum(len(article.text) for article in articles)
    print(f"\n== Merging: {len(articles)} Timeline17 articles ({folder})")
    print(
        f"extraction: {extracted:.1f} s ({characters / extracted / 1000:.0f} k chars/s), "
        f"{len(events)} events, {others} mentions dating no event"
    )
    print(
        f"merging: {merging:.2f} s; {len(events)} events -> {len(merged)} "
        f"({len(events) - len(merged)} merged away); {len(groups)} events hold several "
        f"mentions, {len(multi_source)} come from several articles"
    )
    kinds = Counter(event.kind for event in merged)
    print("kinds after merging:", dict(kinds.most_common()))
    largest = sorted(multi_source, key=lambda e: len(e.sources), reverse=True)[:samples]
    print(f"\nlargest merged groups ({len(largest)}):")
    for event in largest:
        _show(event)
    rest = [event for event in multi_source if event not in largest]
    chosen = random.Random(17).sample(rest, min(samples, len(rest)))
    print(f"\nrandom merged groups ({len(chosen)}):")
    for event in chosen:
        _show(event)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--samples", type=int, default=8)
    arguments = parser.parse_args()
    anchoring_report(arguments.shared / "data" / "tempeval3" / "train")
    merging_report(arguments.shared / "data" / "timeline17", arguments.samples)


if __name__ == "__main__":
    main()
