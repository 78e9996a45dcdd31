"""Score the temporal tagger on TempEval-3 TimeML files, side by side with dateparser.

Reads every ``.tml`` file under the corpus folder (default ``../shared/data/tempeval3/train``):
the plain text is the ``<TEXT>`` element with its tags stripped, the reference date is the
document creation time, and the gold mentions are the TIMEX3 elements inside ``<TEXT>``.
Prints TempEval-3 style figures (strict and relaxed span P/R/F1, type and value accuracy over
relaxed matches, value F1 = relaxed F1 x value accuracy), then characters per second for the
tagger and for ``dateparser.search_dates(languages=['en'])`` on the same texts, pinned to one
core, and the tagger's startup time (import + first call) beyond Python's own.

    python benchmarks/tempeval.py [CORPUS] [--subset NAME] [--errors] [--no-dateparser]

``--subset`` scores one sub-folder of the corpus alone (``timebank`` or ``aquaint`` in the
TempEval-3 training data), so a rule's gain can be checked on each half separately.

Tagger alternatives measured and reverted (value F1 on all of train, then timebank / aquaint):
- a month named with no tense and more than N months before the reference month read as next
  year's: N=6 0.8334 -> 0.8329 (timebank one right less), N=8 -> 0.8329 (aquaint one less),
  N=7 and N=9 no change.
- a bare "recent" ("the recent sale") as PAST_REF: 0.8340 -> 0.8336 (6 right, 16 more found;
  timebank 0.8561 -> 0.8558): TimeBank tags it about one time in three.
- a weekday's part of day left out of its value ("Friday night" 2000-01-07, not ...TNI): 0.8340
  -> 0.8361 but timebank 0.8561 -> 0.8537; the gold writes it both ways, 11 times each.
- a bare "o'clock" ("at five o'clock") as a clock time: train unchanged; on Timeline17 most new
  values were wrong ("the Six O'clock News", "10 o'clock last night" read 10:00).
- a weekday of a plan told in the past ("was due to begin on Tuesday") read in the reference's
  calendar week rather than as the nearest such day: "was expected to begin Sunday night", told
  on a Monday, went to the coming Sunday; train unchanged either way.
- "should", "might" as future cues like "would": train unchanged; on Timeline17 about nine
  values right and six wrong ("should be joined Sunday" right, "the April blast" a year ahead).
- a month named with no tense read in the year the same month was read in before, if that is
  next to the reference year ("expected to join in April ... the summit in April"): 0.8346 ->
  0.8352 (aquaint one right more), but on Timeline17 two of four changes wrong.
- a clock time with no day of its own taking the narrative's day only within 300 characters of
  where that day was named (not 1000): 0.8346 -> 0.8341 (aquaint 0.7886 -> 0.7870); within
  150: -> 0.8336 (aquaint -> 0.7853). TimeBank's clock times take days named far back.
  A clause told in the past keeping that day only within 3000 characters: train unchanged; on
  Timeline17 8 values change, about half wrong ("The Valdez ran into the reef at four minutes
  after midnight" loses its 1989 day).
- "last Tuesday" told a day or two after a Tuesday read as the week before's: train unchanged;
  on Timeline17 7 values change, 4 right (one quake in three articles), 3 undecidable, and it
  contradicts the gold case "Talks resumed last Monday" (told on a Wednesday).
- "by", "effective" etc. before a date not looking ahead whenever a past verb follows in the
  clause (not only after a sentence-opening "By"): 0.8346 -> 0.8341 (timebank 0.8565 ->
  0.8557); on Timeline17 about half of 24 changes wrong ("hoped to have it in place by
  Wednesday", "could become a storm by the weekend, meteorologists said").
- the clause after a date ending at "and" too, so that a verb joined by "and" gives no tense
  ("collected 10,000 barrels on Sunday and hopes to capture more"): 0.8346 -> 0.8336 (aquaint
  0.7886 -> 0.7853); on Timeline17 about half of 26 changes wrong.
- "could" (not "could have") as a future cue like "would": 0.8346 -> 0.8341 (aquaint 0.7886
  -> 0.7870); on Timeline17 41 values change, about 27 right ("It could be ready to deploy on
  Tuesday", "could reach landfall on Friday") but durations turn to dates ("could double in
  five years" -> 2014) and past clauses go ahead ("On Thursday, I could smell the oil").
- "due to" before a determiner or a capital ("due to the storm", "due to H1N1") as no future
  cue: no change on train or on Timeline17.
- "in the morning", "late in the afternoon" in a past or future clause as that part of the
  narrative's day: 0.8346 -> 0.8349 (one value), but on Timeline17 8 of about 28 decidable
  new tags took a stale day ("At one point in the morning" -> April 20); a wrong day on a
  timeline costs more than a missing part of one.
- a month told in the past tense read as last year's only when more than two months ahead of
  the reference month (not one): 0.8346 -> 0.8341 (timebank 0.8565 -> 0.8557, "changed to a
  calendar year in December" told in October); on Timeline17 18 of 21 changes right, most of
  them plans with a modal, which the modal rule now reads without this.
- a modal ("could", "may") as a future cue for weekdays and weekends, which read no tense as
  past: 0.8346 -> 0.8336 (aquaint 0.7886 -> 0.7853: "could be located Wednesday", "set Friday
  as the deadline" after "must"); on Timeline17 about 20 of 24 changes right.
- "last week" told on a Sunday as the week that Sunday ends: 0.8346 -> 0.8336 (timebank
  0.8565 -> 0.8549); on Timeline17 about half of 55 changes right (news of the days just
  gone, but "last week's quake" told eleven days on is the week before).
- the clause before a date read 140 characters back, not 100: 0.8352 -> 0.8357 (timebank
  0.8573 -> 0.8580); on Timeline17 27 values change, about half wrong (a far "was" makes
  "ahead of November elections" last year's).
- "as early as" read as past whenever its clause has a past verb (no check for a future word or
  modal in it): train unchanged; on Timeline17 2 of 3 changes wrong ("may begin debating a
  slimmed-down bill as early as Thursday", "could receive dividends ... as soon as March").
- "the next day" counted from the reference in any future clause, not only a firm one: train
  unchanged; on Timeline17 3 of 8 changes wrong ("would need to return the following day",
  "helped out until the next day").
- "the next day" in a firm future clause counted from the last day named after the reference
  (not from the reference): one more right ("The next day, the president will" after "Tuesday
  night"), one more wrong ("will spend the next day" two days on).
- "until" after any past verb of its clause read by that verb's tense (not only one right
  before it that tells how long a thing went on): on train one value changes; on Timeline17
  24 values change, most wrong ("has delayed the trial until May", "were forecast through
  Sunday", "increased his estimate ... if the spill continues until August").
- "would" after a past verb of its clause ("feared the leak would ...") read with no tense:
  train 2 values change; on Timeline17 28 change, 1 right (untensed weekdays look back: "said
  its board would meet on Monday", "said it would organize protests from Thursday").
- a month and day between a determiner and a noun ("the April 20 explosion") read with no
  tense at all, not only without a future: train unchanged; on Timeline17 5 of 7 changes wrong
  ("blamed failures for the April 20 explosion" told in January went to the coming April).
- a month and day naming an event ("the April 20 explosion") never made the narrative's day,
  whatever its clause's tense: train unchanged; on Timeline17 12 values change, 6 right ("The
  next day, the president will" after "the April 20 explosion"), 3 wrong ("That morning,
  Browner appeared" after "the Aug. 4 report" went to the reference day), 3 wrong either way.
- "planned to", "planned for" as a plan told in the past (the day may have come or not, like
  "was due to"): train unchanged; on Timeline17 3 values change, 1 right ("planned to visit
  the coast again on Friday" told on Thursday), 2 undecidable (a digest's entries).
- a bare year before 1600 after "between", "from", "until", "by", "at", "about": these are
  mostly clock times on British pages ("between 1040 and 1050", "until 1221", "by 1100").
"""

from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = PROJECT.parent / "shared" / "data" / "tempeval3" / "train"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_CREATION_TIME = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")


@dataclass(frozen=True)
class Mention:
    """A temporal expression: character span into the document text, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    reference: date
    gold: list[Mention]


def read_document(path: Path) -> Document:
    """Plain text, creation date and gold TIMEX3 mentions of one TimeML file."""
    source = path.read_text(encoding="utf-8")
    body = _TEXT.search(source)
    creation = _CREATION_TIME.search(source)
    if body is None or creation is None:
        raise ValueError(f"{path}: no <TEXT> element or no CREATION_TIME TIMEX3")
    reference = date.fromisoformat(dict(_ATTRIBUTE.findall(creation.group(0)))["value"][:10])
    pieces: list[str] = []
    length = 0
    opened: tuple[int, dict[str, str]] | None = None
    gold: list[Mention] = []
    position = 0
    for tag in _TAG.finditer(body.group(1)):
        piece = html.unescape(body.group(1)[position : tag.start()])
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            assert opened is not None, f"{path}: unbalanced TIMEX3"
            start, attributes = opened
            gold.append(Mention(start, length, attributes["type"], attributes["value"]))
            opened = None
        else:
            opened = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
    pieces.append(html.unescape(body.group(1)[position:]))
    return Document(path.stem, "".join(pieces), reference, gold)


def read_corpus(folder: Path) -> list[Document]:
    return [read_document(path) for path in sorted(folder.rglob("*.tml"))]


def subset_folder(corpus: Path, name: str) -> Path:
    """The sub-folder of ``corpus`` called ``name``, whatever its case ("timebank")."""
    for child in sorted(corpus.iterdir()):
        if child.is_dir() and child.name.lower() == name.lower():
            return child
    folders = ", ".join(sorted(c.name for c in corpus.iterdir() if c.is_dir())) or "none"
    raise ValueError(f"{corpus}: no sub-folder {name!r} (sub-folders: {folders})")


@dataclass
class Score:
    system: int = 0
    gold: int = 0
    strict_system: int = 0
    strict_gold: int = 0
    relaxed_system: int = 0
    relaxed_gold: int = 0
    matched: int = 0
    right_type: int = 0
    right_value: int = 0

    def add(self, gold: list[Mention], system: list[Mention]) -> list[tuple[str, Mention, Mention]]:
        """Count one document; return its errors as (kind, gold or None, system or None)."""
        errors: list[tuple[str, Mention | None, Mention | None]] = []
        self.system += len(system)
        self.gold += len(gold)
        spans = {(mention.start, mention.end) for mention in gold}
        self.strict_system += sum((m.start, m.end) in spans for m in system)
        self.strict_gold += sum(
            (m.start, m.end) in {(s.start, s.end) for s in system} for m in gold
        )
        for item in gold:
            if any(_overlap(item, other) for other in system):
                self.relaxed_gold += 1
            else:
                errors.append(("MISS", item, None))
        for item in system:
            partners = [other for other in gold if _overlap(item, other)]
            if not partners:
                errors.append(("FALSE", None, item))
                continue
            self.relaxed_system += 1
            partner = partners[0]
            self.matched += 1
            self.right_type += partner.type == item.type
            self.right_value += partner.value == item.value
            if (partner.start, partner.end) != (item.start, item.end):
                errors.append(("SPAN", partner, item))
            if partner.value != item.value or partner.type != item.type:
                errors.append(("VALUE", partner, item))
        return errors

    def lines(self, label: str) -> list[str]:
        strict = _prf(self.strict_system, self.system, self.strict_gold, self.gold)
        relaxed = _prf(self.relaxed_system, self.system, self.relaxed_gold, self.gold)
        type_accuracy = self.right_type / self.matched if self.matched else 0.0
        value_accuracy = self.right_value / self.matched if self.matched else 0.0
        return [
            f"{label}: {self.gold} gold, {self.system} found",
            "  strict   P {:.3f}  R {:.3f}  F1 {:.3f}".format(*strict),
            "  relaxed  P {:.3f}  R {:.3f}  F1 {:.3f}".format(*relaxed),
            f"  type accuracy {type_accuracy:.3f}  value accuracy {value_accuracy:.3f}"
            f"  value F1 {relaxed[2] * value_accuracy:.3f}",
        ]


def _overlap(one: Mention, other: Mention) -> bool:
    return one.start < other.end and other.start < one.end


def _prf(hit_system: int, system: int, hit_gold: int, gold: int) -> tuple[float, float, float]:
    precision = hit_system / system if system else 0.0
    recall = hit_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


Tagger = Callable[[str, date], list[Mention]]
Error = tuple[str, str, Mention | None, Mention | None]  # document, kind, gold, found


def newsline_tagger() -> Tagger:
    from extractors.timex import tag

    def run(text: str, reference: date) -> list[Mention]:
        return [Mention(t.start, t.end, t.type, t.value) for t in tag(text, reference)]

    return run


def dateparser_tagger() -> Tagger:
    """dateparser.search_dates as a tagger: spans located in order, values at the precision
    the matched text shows (a bare year gives YYYY, a month and year YYYY-MM, else a day)."""
    from datetime import datetime
    from datetime import time as day_time

    from dateparser.search import search_dates

    def run(text: str, reference: date) -> list[Mention]:
        settings = {"RELATIVE_BASE": datetime.combine(reference, day_time(12))}
        found = search_dates(text, languages=["en"], settings=settings) or []
        mentions: list[Mention] = []
        cursor = 0
        for substring, moment in found:
            start = text.find(substring, cursor)
            if start < 0:
                continue
            cursor = start + len(substring)
            if re.fullmatch(r"\D*\d{4}\D*", substring) and not re.search(r"\d{1,2}\D", substring):
                value = f"{moment.year:04d}"
            else:
                value = moment.date().isoformat()
            mentions.append(Mention(start, cursor, "DATE", value))
        return mentions

    return run


def evaluate(
    documents: Iterable[Document], tagger: Tagger
) -> tuple[Score, list[tuple[str, str, Mention | None, Mention | None]], float]:
    score = Score()
    errors: list[tuple[str, str, Mention | None, Mention | None]] = []
    elapsed = 0.0
    for document in documents:
        began = time.perf_counter()
        system = tagger(document.text, document.reference)
        elapsed += time.perf_counter() - began
        for kind, gold, found in score.add(document.gold, system):
            errors.append((document.name, kind, gold, found))
    return score, errors, elapsed


def startup_seconds() -> tuple[float, float]:
    """Best-of-five wall time of bare Python and of Python importing the tagger + one call."""
    probe = (
        "from datetime import date; from extractors.timex import tag;"
        " tag('on Friday', date(2023, 3, 1))"
    )

    def best(arguments: list[str]) -> float:
        timings = []
        for _ in range(5):
            began = time.perf_counter()
            subprocess.run([sys.executable, *arguments], check=True, cwd=PROJECT)
            timings.append(time.perf_counter() - began)
        return min(timings)

    return best(["-c", "pass"]), best(["-c", probe])


def print_errors(documents: list[Document], errors: list[Error]) -> None:
    texts = {document.name: document.text for document in documents}
    for name, kind, gold, found in errors:
        text = texts[name]
        anchor = gold or found
        context = text[max(0, anchor.start - 40) : anchor.end + 40].replace("\n", " ")
        print(
            f"{kind:5} {name}  gold {_describe(text, gold)}  | found {_describe(text, found)}"
            f"  | {context}"
        )


def _describe(text: str, mention: Mention | None) -> str:
    if mention is None:
        return "-"
    return f"{text[mention.start : mention.end]!r} {mention.type} {mention.value}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--subset", help="score one sub-folder only, e.g. timebank or aquaint")
    parser.add_argument("--errors", action="store_true", help="list misses, extras, wrong values")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser run")
    arguments = parser.parse_args()
    if not arguments.corpus.exists():
        sys.exit(f"{arguments.corpus}: no such corpus folder")
    corpus = arguments.corpus
    if arguments.subset:
        try:
            corpus = subset_folder(corpus, arguments.subset)
        except ValueError as error:
            sys.exit(str(error))
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sys.path.insert(0, str(PROJECT))
    documents = read_corpus(corpus)
    characters = sum(len(document.text) for document in documents)
    print(f"{len(documents)} documents, {characters} characters, one core")
    score, errors, elapsed = evaluate(documents, newsline_tagger())
    if arguments.errors:
        print_errors(documents, errors)
    print("\n".join(score.lines("newsline")))
    print(f"  {characters / elapsed:,.0f} characters/s")
    if not arguments.no_dateparser:
        score, _, elapsed = evaluate(documents, dateparser_tagger())
        print("\n".join(score.lines("dateparser.search_dates")))
        print(f"  {characters / elapsed:,.0f} characters/s")
    python_alone, with_tagger = startup_seconds()
    print(
        f"startup: python {python_alone:.3f} s, import + first tag() {with_tagger:.3f} s,"
        f" difference {with_tagger - python_alone:.3f} s"
    )


if __name__ == "__main__":
    main()
