"""Merge the same event reported several times, in one article or many, into one event.

Candidates are blocked by their date interval and granularity, so only events dated alike
are ever compared: thousands of articles merge in near-linear time. Within a block two
events are the same when they share their trigger (or one's title names the other's
trigger, or they share a kind that is not ``other``) and also share an actor or the
distinctive words of their titles; two things on the same day that share nothing stay
apart. A week's or a month's report may then join one day's report within it. Every
mention keeps its provenance.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from extractors.anchoring import TIME_WORDS, is_function_word, lemma_of, tokenize
from extractors.describe import NAME_TITLES
from extractors.events import Event

_MIN_SHARED_WORDS = 2
_FINE_GRANULARITIES = frozenset({"day", "time", "week", "month"})
_CONTAINING = frozenset({"week", "month"})  # reports that may join a day's report within them
_CONTAINED = frozenset({"day", "time"})
_NOMINAL_ENDINGS = ("ation", "ition", "ion", "ment", "ure", "ing", "al")
_MIN_STEM = 4
_MIN_D_TO_S = 5  # "decid", "expand"; not "raid" (raise) or "lead" (lease)
# Nouns that are not their verb's stem plus an ending.
_IRREGULAR_NOUNS = {
    "death": "die",
    "birth": "born",
    "loss": "lose",
    "sale": "sell",
    "speech": "speak",
    "flight": "fly",
    "growth": "grow",
    "choice": "choose",
}
# Words that many different names share: "United States" and "United Nations" are not alike.
_GENERIC_NAME_WORDS = frozenset(
    [
        "united",
        "states",
        "nations",
        "national",
        "new",
        "north",
        "south",
        "east",
        "west",
        "central",
        "union",
        "republic",
        "democratic",
        "people's",
        "peoples",
        "party",
        "council",
        "ministry",
        "department",
        "organization",
        "organisation",
        "association",
        "international",
        "world",
        "federal",
        "state",
        "city",
        "group",
        "company",
        "corp",
        "inc",
        "bank",
        "house",
        "court",
        "agency",
        "of",
        "the",
        "and",
        "for",
    ]
)


class _Name(NamedTuple):
    words: frozenset[str]
    given: str  # the opening word of a personal-looking name ("Ed Miliband"), else ""


_NOT_DISTINCTIVE = NAME_TITLES | _GENERIC_NAME_WORDS


def _name(actor: str) -> _Name:
    written = actor.split()
    words = [w.lower() for w in written if w.lower() not in _NOT_DISTINCTIVE]
    # "Ed Miliband" opens on a given name; "BP Plc" and "Dutch government" on none.
    personal = (
        len(written) > 1 and not written[0].isupper() and all(w[:1].isupper() for w in written)
    )
    return _Name(frozenset(words), words[0] if personal and words else "")


@dataclass(frozen=True, slots=True)
class _Signature:
    trigger: str
    kind: str
    articles: frozenset[str]
    coarse: bool
    actors: tuple[_Name, ...]
    words: frozenset[str]
    stems: frozenset[str]


def _content_words(text: str) -> set[str]:
    return {
        lemma_of(token.text)
        for token in tokenize(text)
        if token.text[:1].isalpha()
        and not is_function_word(token.lower)
        and token.lower not in NAME_TITLES
    }


def _without_ending(lemma: str) -> str:
    """The lemma without a nominal ending: "resignation" -> "resign"."""
    for ending in _NOMINAL_ENDINGS:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= _MIN_STEM:
            return lemma[: -len(ending)]
    return lemma


def trigger_stem(word: str) -> str:
    """What a noun and its verb share, so that either names the event: "resignation" and
    "resigned" -> "resign", "arrival" and "arrive" -> "arriv", "voting" and "vote" -> "vot",
    "explosion" and "explode" -> "explos", "response" and "respond" -> "respons" (a long
    verb's "-d" is its noun's "-s"), "death" and "died" -> "di"."""
    lemma = lemma_of(word)
    stem = _without_ending(_IRREGULAR_NOUNS.get(lemma, lemma)).removesuffix("e")
    return stem[:-1] + "s" if stem.endswith("d") and len(stem) >= _MIN_D_TO_S else stem


# Verbs too light to name a happening across a month: "took over the claims" on a day is not
# "will not take place until August".
_LIGHT_TRIGGERS = frozenset(
    map(trigger_stem, ("take", "make", "have", "get", "give", "go", "come", "do", "put", "set"))
)


def _signature(event: Event) -> _Signature:
    trigger = trigger_stem(event.trigger) if event.trigger else ""
    actors = tuple(name for name in map(_name, event.actors) if name.words)
    # A verb trigger is no shared word, a noun trigger is: two "meeting"s of one day meet.
    words = _content_words(event.title) - {_without_ending(lemma_of(event.trigger))}
    articles = frozenset(event.sources)
    coarse = event.granularity not in _FINE_GRANULARITIES
    stems = frozenset(map(trigger_stem, words))
    return _Signature(trigger, event.kind, articles, coarse, actors, frozenset(words), stems)


def same_event(first: Event, second: Event) -> bool:
    """Whether two events dated alike report the same happening."""
    a, b = _signature(first), _signature(second)
    return _same(a, b)


class _Shared(NamedTuple):
    """What two reports have in common."""

    trigger: bool
    named: bool  # the same trigger, or one's title names the other's
    actor: bool
    words: bool  # the distinctive words of their titles


def _shared(a: _Signature, b: _Signature) -> _Shared:
    same_trigger = bool(a.trigger) and a.trigger == b.trigger
    # "a conference is scheduled for June 12" and "a conference on June 12": one report
    # dates the verb, the other the noun; each title names the other's trigger.
    named = same_trigger or a.trigger in b.stems or b.trigger in a.stems
    shared_actor = any(_same_actor(x, y) for x in a.actors for y in b.actors)
    shared_words = len(a.words & b.words) >= _MIN_SHARED_WORDS or (
        bool(a.words & b.words) and min(len(a.words), len(b.words)) <= 2
    )
    return _Shared(same_trigger, named, shared_actor, shared_words)


def _same(a: _Signature, b: _Signature) -> bool:
    shared = _shared(a, b)
    same_kind = a.kind == b.kind and a.kind != "other"
    if a.coarse:
        # A year holds many happenings with the same verb and the same main actor.
        return (shared.trigger or same_kind) and shared.actor and shared.words
    if shared.named:
        # One article naming the same happening on the same date twice means it once.
        # unless each names its own, different actors ("X said on Monday", "Y said on Monday").
        same_article = bool(a.articles & b.articles) and not (a.actors and b.actors)
        return shared.actor or shared.words or same_article
    return same_kind and shared.actor and shared.words


def _same_actor(one: _Name, other: _Name) -> bool:
    """Whether two names name one actor: "Xi" and "Xi Jinping", "BP official" and "BP Plc";
    not "Ed Miliband" and "Ed Chernoff", who share only a given name."""
    if one.words <= other.words or other.words <= one.words:
        return True
    shared = one.words & other.words
    return bool(shared - {one.given} if one.given == other.given else shared)


def _block(event: Event) -> tuple[str, str, str]:
    return event.granularity, event.first.isoformat(), event.last.isoformat()


def _find(parents: list[int], index: int) -> int:
    while parents[index] != index:
        parents[index] = parents[parents[index]]
        index = parents[index]
    return index


def _title_words(event: Event) -> frozenset[str]:
    """The stems a title says its event with, dates left out ("April 20 explosion": explos)."""
    return frozenset(
        trigger_stem(word) for word in _content_words(event.title) if word not in TIME_WORDS
    )


def _typical(group: list[Event]) -> Event:
    """The report whose title says most of what the other titles say (each of its words
    counted once for every other title that has it), so that many reports of "the Deepwater
    Horizon rig explosion" outvote one "BP explodes" and a bare "Meeting" loses to "Xi-Lukashenko
    meeting"; ties go to the most confident report."""
    words = [_title_words(event) for event in group]
    counts = Counter(word for title in words for word in title)
    support = [sum(counts[word] - 1 for word in title) for title in words]
    return group[
        max(
            range(len(group)),
            key=lambda i: (
                support[i],
                group[i].confidence,
                len(group[i].actors),
                -len(group[i].title),
            ),
        )
    ]


def _most_precise(group: list[Event]) -> Event:
    """The report whose date a group takes: the most precise, and of equally precise dates the
    one most articles give ("on June 25" over "in June")."""
    articles: Counter[tuple[date, date]] = Counter()
    for event in group:
        articles[event.first, event.last] += len(set(event.sources))
    return min(
        group,
        key=lambda event: (event.last - event.first, -articles[event.first, event.last]),
    )


def _combined(group: list[Event]) -> Event:
    """One event from a group: described by its most typical report, holding every mention."""
    best = _typical(group)
    dated = _most_precise(group)
    mentions = sorted(
        (mention for event in group for mention in event.mentions),
        key=lambda m: (m.published or m.timex.first or best.first, m.article_id, m.timex.start),
    )
    counted = Counter(actor for event in group for actor in event.actors)
    # "Xi" adds nothing beside "Xi Jinping".
    actors = [
        actor
        for actor, _ in counted.most_common()
        if not any(actor != other and set(actor.split()) < set(other.split()) for other in counted)
    ]
    places = Counter(event.place for event in group if event.place)
    # "scheduled" says little; the "conference" of another report says what it was.
    kinds = Counter(event.kind for event in group if event.kind != "other")
    earliest = min(group, key=lambda event: (event.mentions[0].published or best.first, event.id))
    return Event(
        id=earliest.id,
        title=best.title,
        value=dated.value,
        first=dated.first,
        last=dated.last,
        granularity=dated.granularity,
        mentions=mentions,
        trigger=best.trigger,
        actors=tuple(actors),
        place=places.most_common(1)[0][0] if places else best.place,
        kind=kinds.most_common(1)[0][0] if kinds else best.kind,
        confidence=max(event.confidence for event in group),
    )


def _within(day: _Signature, wide: _Signature) -> bool:
    """Whether a week's or month's report tells the same happening as a day's within it. A
    month holds many things of one kind, so the happening must be named alike and share an
    actor or a word besides the trigger; and "BP said" in May is not "BP said" on May 24."""
    if "statement" in (day.kind, wide.kind) or wide.trigger in _LIGHT_TRIGGERS:
        return False
    shared = _shared(day, wide)
    triggers = {day.trigger, wide.trigger}
    besides = {word for word in day.words & wide.words if trigger_stem(word) not in triggers}
    return shared.named and (shared.actor or bool(besides))


def _join_contained(events: list[Event], signatures: list[_Signature], parents: list[int]) -> None:
    """A week's or a month's report joins the report of a day within it that tells the same
    happening ("died in June", "died on June 25"). A group of such reports joins at most one
    day's group, the one most articles report, so that "the April explosion" never bridges
    an explosion on April 2 and another on April 20."""
    # Day reports by day and by each stem that may name their happening: their trigger, and
    # their title's words for a week's or month's trigger to be named in.
    by_trigger: dict[tuple[date, str], list[int]] = defaultdict(list)
    by_word: dict[tuple[date, str], list[int]] = defaultdict(list)
    wide: dict[int, list[int]] = defaultdict(list)
    articles: dict[int, set[str]] = defaultdict(set)
    for index, event in enumerate(events):
        signature = signatures[index]
        if event.granularity in _CONTAINED:
            by_trigger[event.first, signature.trigger].append(index)
            for stem in signature.stems:
                by_word[event.first, stem].append(index)
            articles[_find(parents, index)] |= signature.articles
        elif event.granularity in _CONTAINING:
            wide[_find(parents, index)].append(index)
    for root, members in wide.items():
        matches: set[int] = set()
        for index in members:
            signature, event = signatures[index], events[index]
            for offset in range((event.last - event.first).days + 1):
                day = event.first + timedelta(days=offset)
                candidates = by_word.get((day, signature.trigger), []) + [
                    other
                    for stem in (signature.trigger, *signature.stems)
                    for other in by_trigger.get((day, stem), ())
                ]
                for other in candidates:
                    group = _find(parents, other)
                    if group not in matches and _within(signatures[other], signature):
                        matches.add(group)
        if matches:
            parents[root] = max(matches, key=lambda match: (len(articles[match]), -match))


def merge_events(events: list[Event]) -> list[Event]:
    """The events with every group reporting the same happening merged into one.

    The result keeps the order of each group's first event.
    """
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        blocks[_block(event)].append(index)
    signatures = [_signature(event) for event in events]
    parents = list(range(len(events)))
    for members in blocks.values():
        for position, index in enumerate(members):
            for other in members[position + 1 :]:
                if _find(parents, index) != _find(parents, other) and _same(
                    signatures[index], signatures[other]
                ):
                    parents[_find(parents, other)] = _find(parents, index)
    _join_contained(events, signatures, parents)
    groups: dict[int, list[Event]] = defaultdict(list)
    for index, event in enumerate(events):
        groups[_find(parents, index)].append(event)
    return [group[0] if len(group) == 1 else _combined(group) for group in groups.values()]
