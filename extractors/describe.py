"""Describe an anchored event for a reader: title, trigger, actors, place and kind.

Titles follow headline habits: a noun event keeps its noun phrase ("Lukashenko's 2020
election victory", "G-20 foreign ministers' meeting in New Delhi"), a verb event becomes
subject + present-tense verb + object ("Lukashenko visits Moscow"). A title is built from
whole phrases only, never cut mid-phrase, and never ends on a function word. A denial is
kept as a headline writes it, since a title that drops it states the opposite of the fact:
the modal's own negative ("BP won't pay a dividend"), else "doesn't" ("UAE doesn't ban pork
imports"), "not" before a participle ("Report not published") and "No" before a noun ("No
sign of Dr Murray").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extractors.anchoring import (
    EVENT_NOUNS,
    TIME_WORDS,
    VERB_GROUP_ADVERBS,
    Anchor,
    Token,
    inflection,
    is_auxiliary,
    is_function_word,
    is_preposition,
    is_verb,
    lemma_of,
    tokenize,
    word_classes,
)

_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "ern")
_NAME_LIKE_ENDINGS = ("ian", "ean", "ern")  # "Brian", "Transocean", "CERN"; not "-ish", "-ese"
_PLURAL_DEMONYM_LENGTH = 7
_PLURAL_WITHOUT_S = frozenset({"people", "police", "personnel", "children", "men", "women"})
_COMPLEMENT_PREPOSITIONS = frozenset(
    {"into", "against", "with", "between", "over", "of", "to", "on", "aboard"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "inside"})
_MOTION_KINDS = frozenset({"visit"})
# Verbs that only say an event took place; the noun after them names it.
_SUPPORT_VERBS = frozenset(
    {"launch", "hold", "stage", "conduct", "carry", "mount", "pay", "make", "give", "deliver"}
)
# Before a participle: "is sending" is told as "sends", "was targeted" stays "targeted".
_BE = frozenset({"was", "were", "been", "is", "are", "be", "being", "'s", "’s", "'re", "’re"})
_PERFECT = frozenset({"has", "have", "had", "'ve", "’ve"})
_GROUP_ADVERBS = VERB_GROUP_ADVERBS | {"all"}  # "shops have all been closed"
_NEGATIONS = frozenset({"not", "n't", "n’t", "never", "cannot"})
# A headline negates a verb with its modal's own negative ("won't pay"), else with "doesn't".
_NEGATED_MODALS = {
    "will": "won't",
    "wo": "won't",
    "would": "won't",
    "shall": "won't",
    "'ll": "won't",
    "’ll": "won't",
    "can": "can't",
    "ca": "can't",
    "could": "can't",
    "cannot": "can't",
    "may": "may not",
    "might": "might not",
    "must": "mustn't",
    "should": "shouldn't",
}
# A date after these tells when a negated deed comes to be after all: "won't be ready until
# August" is ready in August, "has not leaked since July 15" leaked until then.
_DELAYS = frozenset({"until", "till", "before", "since"})
_DELAY_REACH = 3  # "until at least", "until after Labor Day"
_LASTING = frozenset({"wait", "stay", "remain", "last"})
_ASPECT_VERBS = frozenset(
    {"stop", "start", "begin", "resume", "continue", "keep", "cease", "finish", "suspend"}
    | {"halt", "ban", "allow", "avoid", "end", "quit", "restart"}
)
_CATENATIVES = frozenset({"want", "seem", "appear", "hope", "expect", "plan", "intend", "try"})
_LOOSE_ADVERBS = frozenset({"first", "again", "later", "ever", "even", "then"})
_PUTTING_OFF = frozenset(
    {"due", "set", "expected", "scheduled", "slated", "likely", "unlikely", "supposed", "going"}
)
# Verbs whose object is the subject of the infinitive after it: "expects drilling to finish".
_OBJECT_CONTROL = frozenset({"expect", "allow", "want", "cause", "force", "order", "permit"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
)
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_MODIFIERS = 3  # words between a preposition and the name it governs: "to the former"
# Nouns that count, measure or sort what follows "of": the noun after "of" is what acts.
_PARTITIVES = frozenset(
    {"kind", "sort", "type", "number", "lot", "lots", "couple", "series", "amount", "majority"}
    | {"group", "pair", "dozens", "hundreds", "thousands", "millions", "bit", "part", "some"}
    | {"million", "billion", "gallons", "barrels", "tons", "tonnes", "litres", "liters"}
)
_CONTRASTS = frozenset({"but", "while", "whereas", "although", "though", "because"})
_PHRASES = 2  # prepositional phrases between a subject's noun and its verb
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "till", "as", "like"})
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
_CLAUSE_LINKS = _RELATIVE_PRONOUNS | _CLAUSE_OPENERS | {"when", "where", "because", "while", "if"}
_OBJECT_WORDS = 4
_FRONTED_REACH = 9  # words from a participle that opens a sentence to the comma that ends it
_JOIN_REACH = 8
_RELATIVE_REACH = 12  # words back from a verb to the relative pronoun whose noun is its subject
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "what"})
_DASHES = frozenset(
    {"-", "–", "—", "--"}
)  # words back from "and" to the verb a second verb shares its subject with
_AMOUNT_UNITS = frozenset({"m", "bn", "b", "k", "mn", "tn", "million", "billion", "trillion"})
_CURRENCIES = frozenset({"$", "£", "€", "#"})  # "#" is a pound sign in Penn Treebank text
_REPORT_REACH = 8  # words from a verb of saying to the verb it reports
_UNSURE_MODALS = frozenset({"could", "may", "might", "should", "must", "can"})
_PHRASE_END = 3  # words a title may run on by to end its phrase
_OBJECT_STOPS = frozenset(
    {"that", "which", "who", "because", "while", "when", "whether", "what", "how", "why"}
)
_NEAR_NAME = 8
_ACTORS = 3
_JOINERS = frozenset({"of", "&", "-", "for", "the", "de", "al", "bin"})
_NAME_LINKS = _JOINERS | {"and"}
_BODY_JOINERS = frozenset({"of", "&", "for", "the"})
_DOMAINS = frozenset({"of", "for"})  # "Secretary of State", "Minister for Co-operation"
_NOT_NAMES = frozenset(
    TIME_WORDS
    | {"i", "the", "a", "an", "but", "and", "in", "on", "at", "as", "it", "he", "she", "they"}
    | {"we", "this", "that", "there", "after", "before", "when", "while", "like", "nor", "see"}
    | {"also", "only", "speaking", "according", "earlier", "later", "last", "next"}
    | {"her", "his", "its", "their", "our", "my", "you", "these", "those", "some"}
    | {"what", "where", "how", "why", "your", "although", "though", "because", "if", "however"}
    | {"with", "amid", "despite", "during", "since", "until", "for", "from", "by"}
    | {"not"}
)
_MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})  # "Mr Wells" is Wells
_CLOCK_MARK = 4  # letters of "A.M." or "CEST"
_OPENERS = frozenset({".", "!", "?", '"', "“", "‘", "'", "(", ":", "-", "–", "—", "*", "\\*", "``"})
# Titles that stand before a name ("President Xi"): not part of who the actor is.
NAME_TITLES = frozenset(
    [
        "president",
        "minister",
        "secretary",
        "leader",
        "chairman",
        "chancellor",
        "king",
        "queen",
        "prince",
        "premier",
        "general",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "governor",
        "senator",
        "mayor",
        "director",
        "chief",
        "executive",
        "officer",
        "commissioner",
        "attorney",
        "vice",
        "deputy",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)


@dataclass(frozen=True, slots=True)
class Description:
    """What a reader needs to recognise an event at a glance."""

    title: str
    trigger: str
    actors: tuple[str, ...]
    place: str | None
    kind: str


@cache
def _lexicon() -> dict:
    return json.loads(
        resources.files("extractors").joinpath("data/event_lexicon.json").read_text("utf-8")
    )


@cache
def _kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for kind, lemmas in _lexicon()["kinds"].items():
        for lemma in lemmas:
            kinds.setdefault(lemma, kind)
    return kinds


@cache
def _journeys_needing_a_place() -> frozenset[str]:
    return frozenset(_lexicon()["journeys"]["need_a_place"])


@cache
def _accident_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    accidents = _lexicon()["accidents"]
    return tuple(frozenset(accidents[key]) for key in ("triggers", "cues", "violence"))


def kind_of(trigger_lemma: str, sentence: Sequence[Token] = ()) -> str:
    """The coarse kind of an event from its trigger's lemma (``other`` when unlisted); with
    the sentence's tokens, an explosion at a refinery is a disaster, not a conflict."""
    kind = _kinds().get(trigger_lemma, "other")
    triggers, cues, violence = _accident_words()
    if trigger_lemma in triggers and sentence:
        lemmas = {lemma_of(token.text) for token in sentence}
        if lemmas & cues and not lemmas & violence:
            return "disaster"
    return kind


def _capitalised(tokens: list[Token], index: int) -> bool:
    """A word written as a name: capitalised, not a function or time word, and not merely
    an ordinary word capitalised because it opens the sentence or is shouted in capitals."""
    text = tokens[index].text
    lower = text.lower()
    if not text[:1].isupper() or lower in _NOT_NAMES or lower in _MONTH_ABBREVIATIONS:
        return False
    if text.isupper() and is_auxiliary(lower):
        return False  # "this virus CAN NOT become"
    contracted = re.split(r"['’]", lower, maxsplit=1)
    if len(contracted) > 1 and contracted[0] in _NOT_NAMES | _RELATIVE_PRONOUNS:
        return False  # "We'll", "I'm"
    if index and _clock_mark(tokens[index]) and _clock_mark(tokens[index - 1], time=True):
        return False  # "5:21 PM Federal health officials", "5:08 PM ET Who"
    opens = index == 0 or tokens[index - 1].text in _OPENERS
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    ordinary = is_function_word(text.lower()) or (
        bool(word_classes(text.lower()))
        and not following[:1].isupper()
        and following not in {"and", "’s", "'s"}
    )
    return not ((opens or (text.isupper() and len(text) > 4)) and ordinary)


def _clock_mark(token: Token, time: bool = False) -> bool:
    """A short word in capitals that may follow a time of day ("PM", "ET", "BST"); with
    ``time``, what it follows: the time itself ("5:21") or its "PM"."""
    text = token.text.strip(".")
    if time:
        return text[-1:].isdigit() or text.lower() in {"am", "pm", "a.m", "p.m"}
    return text.isupper() and len(text) <= _CLOCK_MARK


def _adjective(tokens: list[Token], index: int) -> bool:
    """An adjective written with a capital ("Western"), or a word the lexicon does not know
    that ends like a nationality ("Spanish", "Chinese"); one that may end a name too
    ("-ian", "-ean") only where it is used as a nationality, before the noun it qualifies
    ("Belarusian troops") or after an article ("a Canadian"), not in "Transocean earned",
    "Brian and Bruce"."""
    lower = tokens[index].lower
    classes = word_classes(lower)
    if "ADJ" in classes:
        return True
    if classes or not lower.endswith(_DEMONYM_ENDINGS):
        return False
    if not lower.endswith(_NAME_LIKE_ENDINGS):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    qualifies = (
        following is not None
        and following.text.isalpha()
        and following.text.islower()
        and not is_function_word(following.lower)
        and not is_verb(tokens, index + 1)
    )
    return qualifies or (index > 0 and tokens[index - 1].lower in _DETERMINERS)


def _parenthetical(tokens: list[Token]) -> set[int]:
    """Indexes inside dashes or brackets: an aside, not the clause's own words."""
    inside, opened = set(), None
    for index, token in enumerate(tokens):
        if token.text in {"–", "—", "(", ")", "-LRB-", "-RRB-"}:
            if opened is None and token.text not in {")", "-RRB-"}:
                opened = index
            elif opened is not None:
                inside.update(range(opened, index + 1))
                opened = None
    return inside


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indexes of each run of capitalised words ("Antony Blinken")."""
    runs, index = [], 0
    while index < len(tokens):
        if not _capitalised(tokens, index):
            index += 1
            continue
        last = index
        while last + 1 < len(tokens):
            following = tokens[last + 1]
            if _capitalised(tokens, last + 1):
                last += 1
            elif (
                following.lower in _JOINERS
                and last + 2 < len(tokens)
                and _capitalised(tokens, last + 2)
            ):
                last += 2
            else:
                break
        first = _after_office(tokens, index, last)
        if last > first or not _adjective(tokens, first):
            runs.append((first, last))
        index = last + 1
    return runs


def _after_office(tokens: list[Token], first: int, last: int) -> int:
    """Where the person starts in a run that names their office first ("White House Chief of
    Staff Rahm Emanuel", "BP Chief Executive Tony Hayward", "(Secretary of) State Hillary
    Clinton"): after the office's titles and the domain after them. A title that opens the
    run stays ("President Barack Obama")."""
    if first > 1 and tokens[first - 1].lower in _DOMAINS and tokens[first - 2].lower in NAME_TITLES:
        return _past_domain(tokens, first, last) or first
    for index in range(first, last):
        domain = tokens[index + 1].lower in _DOMAINS
        if tokens[index].lower in NAME_TITLES and (index > first or domain):
            start = index + 1
            while start < last and tokens[start].lower in NAME_TITLES:
                start += 1
            if tokens[start].lower in _DOMAINS:
                return _past_domain(tokens, start + 1, last) or first
            return start if start <= last else first
    return first


def _past_domain(tokens: list[Token], first: int, last: int) -> int | None:
    """The first word of a person's name after an office's domain ("Homeland Security Janet
    Napolitano"): the domain is ordinary words, the name is not. None where the run ends
    on an ordinary word too ("Mayor of South Padre Island" names a place)."""
    start = first
    while start < last and word_classes(tokens[start].lower):
        start += 1
    if start == first or start > last or word_classes(tokens[last].lower):
        return None
    return start


def _text(sentence: str, tokens: list[Token], first: int, last: int) -> str:
    return sentence[tokens[first].start : tokens[last].end]


def _short_name(name: str, known: frozenset[str]) -> str:
    """The shortest form of ``name`` the article uses on its own ("Xi Jinping" -> "Xi"),
    taken from before any "of" ("House of Representatives" -> "House", never
    "Representatives")."""
    words = name.split()
    # "President Xi" is Xi, but "Mervyn King" keeps his name, "Mayor of Hull" his office and
    # "General Motors" its first word.
    while (
        len(words) > 1
        and words[0].lower() in NAME_TITLES
        and words[1] not in _DOMAINS
        and not (
            len(words) == 2
            and words[0].lower() not in _HONORIFICS
            and word_classes(words[1].lower())
        )
    ):
        words = words[1:]
    if all(word[:1].isupper() or word in _JOINERS for word in words):  # not "Dutch government"
        head = next((i for i, word in enumerate(words) if word in _BODY_JOINERS), len(words))
        # Never a word of the language ("World Health Organization" is not "Health") nor "The".
        for word in words[:head]:
            if (
                word in known
                and len(words) > 1
                and word.lower() not in NAME_TITLES
                and word.lower() not in _NOT_NAMES
                and not word_classes(word.lower())
            ):
                return word
    return " ".join(words) or name


def _possessive(name: str) -> str:
    """ "Lukashenko's", but "Canadians'" for a plural."""
    return f"{name}'" if _plural_noun(name.split()) else f"{name}'s"


def _place_after(
    sentence: str,
    tokens: list[Token],
    runs: list[tuple[int, int]],
    start: int,
    stop: int,
    date: range | None = None,
) -> tuple[str, str] | None:
    """A capitalised place after in/at/from between tokens ``start`` and ``stop``, with the
    words that introduce it: "in Moscow"; with the ``date``, also a whole name after "in the",
    "at the" or "near the" ("at the White House", not "at the Deepwater Horizon | rig" or "in
    the National Oceanic | and Atmospheric Administration")."""
    for first, last in runs:
        if not start < first <= stop:
            continue
        if tokens[first - 1].lower in _PLACE_PREPOSITIONS:
            return tokens[first - 1].lower, _text(sentence, tokens, first, last)
        if (
            date is not None
            and first > 1
            and tokens[first - 1].lower == "the"
            and tokens[first - 2].lower in {"in", "at", "near"}
            and not _phrase_goes_on(tokens, last + 1, date)
            and (last + 1 >= len(tokens) or tokens[last + 1].lower not in {"and", "&"})
        ):
            return f"{tokens[first - 2].lower} the", _text(sentence, tokens, first, last)
    return None


def _named_complement(
    sentence: str,
    tokens: list[Token],
    runs: list[tuple[int, int]],
    last: int,
    owned: bool,
    date: range,
) -> str:
    """A named object right after a noun: "incursion into Ukraine", "talks with Kyiv", "fire
    aboard the Ocean Star"; after "the" only as a whole phrase ("explosion on the Deepwater
    Horizon rig", not "cases of the H1N1") and when no owner names the noun already; never a
    name that owns what follows ("meeting with Acme('s board)"); a second name joined by "and"
    comes too ("match between England and Pakistan")."""
    if last + 1 >= len(tokens) or tokens[last + 1].lower not in _COMPLEMENT_PREPOSITIONS:
        return ""
    article = last + 2 < len(tokens) and tokens[last + 2].lower == "the"
    if article and owned:
        return ""
    ends = dict(runs)
    if last + 2 + article not in ends:
        return ""
    ended = end = ends[last + 2 + article]
    if end + 2 < len(tokens) and tokens[end + 1].lower in {"and", "&"} and end + 2 in ends:
        ended = end = ends[end + 2]  # "between England and Pakistan", "the Ports and Harbours"
    while article and ended - end < _PHRASE_END and _phrase_goes_on(tokens, ended + 1, date):
        ended += 1
    owned_on = tokens[ended].text in {"'s", "’s"} or (  # "on Alaska('s North Slope)"
        ended + 1 < len(tokens) and tokens[ended + 1].text in {"'s", "’s"}
    )
    if owned_on or (article and _phrase_goes_on(tokens, ended + 1, date)):
        return ""
    return f" {_text(sentence, tokens, last + 1, ended)}"


def _clause_bounds(tokens: list[Token], index: int) -> tuple[int, int]:
    """The stretch around ``index`` not crossing ; : or a quotation mark."""
    stops = {";", ":", "“", "”", '"', "``", "''"}
    first = index
    while first > 0 and tokens[first - 1].text not in stops:
        first -= 1
    last = index
    while last + 1 < len(tokens) and tokens[last + 1].text not in stops:
        last += 1
    return first, last


def _name_word(token: Token) -> bool:
    """A capitalised word that may belong to a name, even at the opening of a sentence."""
    return (
        token.text[:1].isupper()
        and not is_function_word(token.lower)
        and token.lower not in _NOT_NAMES
    )


def _object_of_preposition(tokens: list[Token], run: tuple[int, int]) -> bool:
    """Whether the name ``run`` sits in a prepositional phrase, where no subject stands: "the
    coast of Florida", "an aide to former Vice President Dick Cheney", "in this Gulf Coast
    town". A preposition that also opens a clause ("after Obama said") does not count, nor
    does a date ("On Monday BP said") or a name a relative clause tells of ("a tribute to
    Jackson, who died")."""
    first, last = run
    told = last + 2 if last + 1 < len(tokens) and tokens[last + 1].text == "," else last + 1
    if told < len(tokens) and (tokens[told].lower == "who" or _past_participle(tokens, told)):
        return False
    index = first - 1
    while index > 0 and (
        _name_word(tokens[index])
        or (tokens[index].lower in _NAME_LINKS and _name_word(tokens[index - 1]))
    ):
        index -= 1  # the rest of the name and names beside it: "to Adam and Joe"
    for _ in range(_MODIFIERS):  # "to (the) (former)": a determiner opens the phrase
        if index < 0 or not _modifier(tokens, index):
            break
        index -= 1
        if tokens[index + 1].lower in _DETERMINERS:
            break
    lower = tokens[index].lower if index >= 0 else ""
    return _preposition(lower)


def _preposition(lower: str) -> bool:
    """A preposition that opens a phrase, not a clause ("after Obama said")."""
    return (
        is_preposition(lower) or lower in _PLACE_PREPOSITIONS or lower in {"with", "off"}
    ) and lower not in _CLAUSE_OPENERS


def _past_participle(tokens: list[Token], index: int) -> bool:
    """A verb's past participle that is no past tense ("born", "taken"): "died" and "killed"
    may be the main verb."""
    return is_verb(tokens, index) and _only_participle(tokens[index].lower)


def _verb_lemma(lower: str) -> str:
    """The verb a form belongs to: "rose" is of rise, not the noun rose."""
    return word_classes(lower).get("VERB", (lemma_of(lower),))[0]


def _only_participle(lower: str) -> bool:
    """Whether a verb form is a past participle and never a past tense ("born", "taken")."""
    lemma = _verb_lemma(lower)
    return (
        lower != lemma
        and lower in inflection(lemma, "VBN")
        and lower not in inflection(lemma, "VBD")
    )


def _modifier(tokens: list[Token], index: int) -> bool:
    """A determiner or an adjective that may stand before a name in a noun phrase."""
    token = tokens[index]
    return token.lower in _DETERMINERS or (
        token.text.isalpha()
        and token.text.islower()
        and not is_function_word(token.lower)
        and not is_verb(tokens, index)
        and "ADJ" in word_classes(token.lower)
    )


def _subject(
    sentence: str,
    tokens: list[Token],
    runs: list[tuple[int, int]],
    index: int,
    look_ahead: bool = True,
    common: bool = False,
) -> list[str]:
    """Names that act in the clause of ``index``: nearest before it, else the main clause's.
    Where the verb at ``index`` has a ``common`` noun as its subject, a name acts for it only
    in the same clause."""
    first, last = _clause_bounds(tokens, index)
    aside = _parenthetical(tokens)
    before = [
        run
        for run in runs
        if first <= run[0]
        and run[1] < index
        and run[0] not in aside
        and not _object_of_preposition(tokens, run)
        and not (common and _other_clause(tokens, run[1], index))
        and not _apposition_owner(tokens, run, index)
        and not _says_of_it(tokens, run[1], index)
    ]
    if before:
        first_word, last_word = before[-1]
        qualified = last_word
        while (  # "the Dutch government promised": the name and the nouns it qualifies
            qualified + 1 < index
            and tokens[qualified + 1].text.isalpha()
            and tokens[qualified + 1].text.islower()
            and tokens[qualified + 1].lower not in _NOT_NAMES
            and not is_function_word(tokens[qualified + 1].lower)
            and not is_verb(tokens, qualified + 1)
            and "NOUN" in word_classes(tokens[qualified + 1].lower)
        ):
            qualified += 1
        if _verb_group(tokens, qualified + 1, index):  # they are the verb's subject
            last_word = qualified
        chosen = [(first_word, last_word)]
        # "Xi Jinping and Alexander Lukashenko": a coordinated pair acts together.
        for run in reversed(before[:-1]):
            between = {t.lower for t in tokens[run[1] + 1 : chosen[0][0]]}
            if between == {"and"} and _one_body(tokens, run, chosen[0]):
                # "Food and Drug Administration": one body's name
                chosen = [(run[0], chosen[0][1])]
                break
            if "and" in between and len(between) <= 6:
                chosen.insert(0, run)
                break
        return [_text(sentence, tokens, a, b) for a, b in chosen]
    if not look_ahead:
        return []
    # "Speaking on the same day, ..., Antony Blinken, said": the name right before a verb.
    ends = {
        run[1]: run for run in runs if run[0] > index and not _object_of_preposition(tokens, run)
    }
    for verb in range(index + 1, last + 1):
        if tokens[verb].lower in _CONTRASTS or (
            tokens[verb].lower == "and" and tokens[verb - 1].text == ","
        ):  # "before it exploded, but Hayward isn't biting", "..., and Lothian is arguing":
            break  # another clause's subject
        if not is_verb(tokens, verb):
            continue
        end = verb - 2 if tokens[verb - 1].text == "," else verb - 1
        if end in ends:
            return [_text(sentence, tokens, *ends[end])]
    # "Before visiting Moscow, Lukashenko claimed": the name that opens the main clause.
    comma = next((i for i in range(index, last + 1) if tokens[i].text == ","), None)
    following = tokens[comma + 1].lower if comma is not None and comma + 1 < len(tokens) else ""
    if comma is not None and following != "and" and following not in _CONTRASTS:
        opening = [run for run in runs if comma < run[0] <= comma + 2]
        if opening:
            return [_text(sentence, tokens, *opening[0])]
    return []


def _one_body(tokens: list[Token], first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two names joined by "and" name one body: both made of words of the language,
    neither a plural ("Food and Drug Administration", not "Democrats and Republicans")."""
    words = [tokens[index] for a, b in (first, second) for index in range(a, b + 1)]
    return all(
        is_function_word(token.lower) or bool(word_classes(token.lower)) for token in words
    ) and not any(_plural_noun([tokens[b].text]) for _, b in (first, second))


def _says_of_it(tokens: list[Token], name_end: int, verb: int) -> bool:
    """Whether the name only tells of the verb's clause, a verb of saying between them and no
    subject after it: "which BP says may not happen", "a date Shell said would slip"."""
    said = name_end + 1
    start = verb
    while start > 0 and _in_verb_group(tokens, start - 1):
        start -= 1
    return (
        said + 1 == start
        and (is_verb(tokens, verb) or _after_negation(tokens, verb))
        and is_verb(tokens, said)
        and kind_of(lemma_of(tokens[said].text)) == "statement"
    )


def _apposition_owner(tokens: list[Token], run: tuple[int, int], verb: int) -> bool:
    """Whether the name ``run`` owns the words of an aside set off by commas after a common
    noun, right before the verb's group: in "The quake, Haiti's worst in decades, struck" the
    quake struck, not Haiti."""
    first, last = run
    if first < 2 or tokens[first - 1].text != "," or tokens[last + 1].text not in {"'s", "’s"}:
        return False
    noun = tokens[first - 2]
    if not (noun.text.isalpha() and noun.text.islower() and "NOUN" in word_classes(noun.lower)):
        return False
    closing = next((i for i in range(last + 2, verb) if tokens[i].text == ","), None)
    return closing is not None and _verb_group(tokens, closing + 1, verb)


def _owned_subject(
    sentence: str, tokens: list[Token], runs: list[tuple[int, int]], verb: int, actors: list[str]
) -> str:
    """The one name acting for ``verb`` with what it owns, when that is the verb's subject:
    "BP's share price" in "BP's share price fell"; empty otherwise."""
    if len(actors) != 1:
        return ""
    for first, last in runs:
        if last < verb and _text(sentence, tokens, first, last) == actors[0]:
            owned = _owned_nouns(tokens, last, verb)
            if owned is not None:  # the name without its titles, its "'s" and what it owns
                name = actors[0].split()
                while len(name) > 1 and name[0].lower() in NAME_TITLES:
                    name = name[1:]
                things = _words(tokens, last + 2, owned, range(0), sentence)
                return f"{' '.join(name)}{tokens[last + 1].text} {things}"
    return ""


def _owned_nouns(tokens: list[Token], name_end: int, verb: int) -> int | None:
    """The last of the words a name owns when they are the verb's subject: "BP's share price
    fell", "Sporkin's tenure was extended", "BP's new chief executive said"; None where the
    name owns no words right before the verb group."""
    index = name_end + 1
    if index >= verb or tokens[index].text not in {"'s", "’s", "'", "’"}:
        return None
    while (
        index + 1 < verb
        and tokens[index + 1].text.isalpha()
        and tokens[index + 1].text.islower()
        and not is_function_word(tokens[index + 1].lower)
        and not is_verb(tokens, index + 1)
        and not _group_adverb(tokens[index + 1].lower)
        and tokens[index + 1].lower not in TIME_WORDS
        and {"NOUN", "ADJ"} & set(word_classes(tokens[index + 1].lower))
    ):
        index += 1
    owned = index > name_end + 1 and (
        _verb_group(tokens, index + 1, verb)
        or (index + 2 == verb and _set_off_participle(tokens, verb))  # "Lee's study, released"
    )
    return index if owned and "NOUN" in word_classes(tokens[index].lower) else None


def _other_clause(tokens: list[Token], name_end: int, verb: int) -> bool:
    """Whether a relative pronoun, a conjunction that opens a clause or a verb of saying
    stands between a name and the group of ``verb``, so that the name acts in another clause:
    "Transocean, the owner of the rig that exploded", "Eleven people died when an explosion
    destroyed", "English said the girl attended"; not an aside set off by commas ("Paris and
    Blanket, who range in age from 9 to 14, were") nor a relative clause of the name's
    apposition ("the Exxon Valdez, the grounded tanker that leaked")."""
    start = verb
    while start > 0 and _in_verb_group(tokens, start - 1):
        start -= 1
    if tokens[name_end + 1].text == "," and tokens[start - 1].text == ",":
        return False
    if tokens[start - 1].lower in _RELATIVE_PRONOUNS:  # "the Exxon Valdez, the tanker that"
        phrase = _noun_run(tokens, start - 1)
        while phrase > 0 and _modifier(tokens, phrase - 1):
            phrase -= 1
        if phrase - 2 == name_end and tokens[phrase - 1].text == ",":
            return False
    return any(
        tokens[index].lower in _CLAUSE_LINKS
        or (is_verb(tokens, index) and kind_of(lemma_of(tokens[index].text)) == "statement")
        for index in range(name_end + 1, start)
    )


def _noun_phrase(tokens: list[Token], head: int, date: range) -> tuple[int, int]:
    """Token span of the noun phrase whose head is ``head``, with compounds after it."""
    first = head
    while first > 0:
        previous = tokens[first - 1]
        lower = previous.lower
        if previous.text in {"'s", "’s", "’", "'"} or (
            lower not in {"the", "a", "an"}
            and not is_function_word(lower)
            and previous.text[:1].isalnum()
            and (not is_verb(tokens, first - 1) or _participle(previous.lower))
            and not _negating(lower)
            and not _after_negation(tokens, first - 1)
        ):
            first -= 1
        else:
            break
    last = head
    while (
        last + 1 < len(tokens)
        and last + 1 not in date
        and tokens[last + 1].text[:1].isalpha()
        and not is_function_word(tokens[last + 1].lower)
        and not is_verb(tokens, last + 1)
        and not tokens[last + 1].text[:1].isupper()
        and "NOUN" in word_classes(tokens[last + 1].lower)
    ):
        last += 1
    return first, last


def _negated_governor(tokens: list[Token], head: int, date: range) -> int | None:
    """The negated verb whose indefinite object the noun phrase of ``head`` is: "will not
    receive (any) dividend payments", "did not release details"; not "let's not forget the
    explosion", which happened."""
    index = _noun_phrase(tokens, head, date)[0] - 1
    while index > 0 and tokens[index].lower in {"a", "an", "any"}:
        index -= 1
    verb = index >= 0 and (is_verb(tokens, index) or _after_negation(tokens, index))
    return index if verb and _negation(tokens, index, date) else None


def _denial(tokens: list[Token], first: int, date: range) -> str:
    """ "No" or "Not" where it stands before the noun phrase at ``first`` ("no sign of", "is
    not available"), unless the date tells when it came after all ("no cases since May 14")."""
    before = tokens[first - 1].lower if first > 0 else ""
    if not (before == "no" or _negating(before)) or _delayed(tokens, date):
        return ""
    return "No" if before == "no" else "Not"


def _words(
    tokens: list[Token],
    first: int,
    last: int,
    skip: range,
    sentence: str,
    told: dict[int, str] | None = None,
) -> str:
    """Tokens ``first..last`` as text without the date's own tokens (and a dangling 's); a
    token in ``told`` is written as told there."""
    kept = []
    for index in range(first, last + 1):
        if index in skip:
            continue
        if tokens[index].text in {"'s", "’s"} and (index - 1 in skip or not kept):
            continue
        kept.append(index)
    parts = []
    for position, index in enumerate(kept):
        token = tokens[index]
        glued = position and (
            token.text in {"'s", "’s", "’", "'", ","}
            or tokens[kept[position - 1]].end == token.start
        )
        parts.append(("" if glued else " ") + (told or {}).get(index, token.text))
    return "".join(parts).strip()


def _participle(word: str) -> bool:
    """A participle that can modify a noun ("fishing accord", "planned strike")."""
    return word.endswith(("ing", "ed"))


def _common_subject(tokens: list[Token], verb: int, date: range) -> str:
    """The nouns before a verb when no name acts: "Barges line up", "the rig sank", with
    the verb group or the date between ("barrier tests will begin", "the ministry on
    Saturday confirmed"), or a participle set off by a comma ("The walkout, planned for
    Wednesday", "The report, to be published"), or the noun a relative clause tells of ("the
    relief well, which started"), or the object a verb such as "expect" makes the subject of
    its infinitive ("expects drilling to be finished").
    A date with no nouns before it is the subject itself ("Today is ..."). A "no" before the
    nouns stays ("No one can help") unless the date tells when it came after all."""
    negative = not _delayed(tokens, date)
    end = verb
    while end > 0 and _in_verb_group(tokens, end - 1):
        end -= 1
    relative = end > 1 and tokens[end - 1].lower in _RELATIVE_PRONOUNS
    set_off = relative and tokens[end - 2].text == ","
    if relative:  # "the well, which started"
        end -= 2 if set_off else 1
    if end - 1 in date:
        before = date.start
        while before > 1 and tokens[before - 1].lower in {"and", "or"}:
            if tokens[before - 2].lower not in TIME_WORDS:
                break
            before -= 2  # "Floods in March and August 2019 closed": the date's partner
        if before > 0 and is_preposition(tokens[before - 1].lower):
            before -= 1
        if subject := _nouns_before(tokens, before, negative):
            return subject
    if end == verb and _set_off_participle(tokens, verb):
        end -= 1
    elif end > 1 and tokens[end - 1].lower == "to":  # "expects drilling to be finished"
        if tokens[end - 2].text == "," and tokens[end].lower == "be":
            return _nouns_before(tokens, end - 2, negative)  # "The report, to be published,"
        return _controlled(tokens, end - 1)
    elif tokens[end - 1].text in _DASHES and tokens[end - 2].end < tokens[end - 1].start:
        aside = next((i for i in range(end - 2, 0, -1) if tokens[i].text in _DASHES), None)
        end = aside if aside is not None else end  # "The tests - which last hours - were"
    elif tokens[end - 1].text == ",":  # "The strike, in March, stranded"
        aside = next((i for i in range(end - 2, 0, -1) if tokens[i].text == ","), None)
        opening = tokens[aside + 1].lower if aside is not None else ""
        # An aside opens with a function word or an adverb: "A decision, she said, would be
        # made", "Authorities, however, said".
        if aside is not None and (
            is_function_word(opening)
            or set(word_classes(opening)) == {"ADV"}
            or tokens[aside + 2].text in {"'s", "’s"}  # "The quake, Haiti's worst, struck"
        ):
            end = aside
    run = _noun_run(tokens, end)
    # "payments to claimants who filed": the claimants; "Shares in BP, which rose": the shares
    if relative and (run < end or not set_off):
        return " ".join(token.text for token in tokens[run:end])
    return _nouns_before(tokens, end, negative) or _relative_head(tokens, end, verb)


def _relative_head(tokens: list[Token], end: int, verb: int) -> str:
    """The nouns a relative clause ending at ``end`` tells of, when they are the subject of
    the finite verb after it: "The rig that had burned for 36 hours in the Gulf sank" -> "rig";
    not "a cap that stopped oil from gushing", nor "told a conference that 250,000 (died)"."""
    word = tokens[verb].lower
    finite = end < verb or any(word in _forms(word, tag) for tag in ("VBD", "VBZ", "VBP"))
    if word.endswith("ing") or not finite or tokens[end - 1].text[:1].isdigit():
        return ""
    for index in range(end - 1, max(end - _RELATIVE_REACH, 0), -1):
        lower = tokens[index].lower
        if lower in _RELATIVE_PRONOUNS:
            return _nouns_before(tokens, index)
        if lower in _CLAUSE_LINKS or lower in _PRONOUNS or not tokens[index].text[:1].isalnum():
            break
    return ""


def _forms(word: str, tag: str) -> tuple[str, ...]:
    """The forms with Penn tag ``tag`` of the verb ``word`` belongs to."""
    return inflection(_verb_lemma(word), tag)


def _controlled(tokens: list[Token], to: int) -> str:
    """The nouns before the "to" at ``to`` where a verb of ``_OBJECT_CONTROL`` governs them:
    "expects drilling (to be finished)", "allowing the supplies (to be ready)"; else empty."""
    first = to
    while (  # a gerund may be the noun here: "expects drilling to be finished"
        first > 0
        and to - first < _OBJECT_WORDS
        and tokens[first - 1].text.isalpha()
        and not is_function_word(tokens[first - 1].lower)
        and "NOUN" in word_classes(tokens[first - 1].lower)
    ):
        first -= 1
    governor = first - 1
    while governor > 0 and _modifier(tokens, governor):
        governor -= 1
    controls = (
        first < to
        and governor >= 0
        and is_verb(tokens, governor)
        and _verb_lemma(tokens[governor].lower) in _OBJECT_CONTROL
    )
    return " ".join(token.text for token in tokens[first:to]) if controls else ""


def _nouns_before(tokens: list[Token], end: int, negative: bool = False) -> str:
    """The run of a few nouns that ends right before token ``end``, or the one before the
    prepositional phrases it closes: "Shops in the Mexico City area were closed" tells of
    the shops, "The explosion on the rig on the night of 20 April killed" of the explosion,
    "The summit in Lisbon was held" of the summit.
    With ``negative``, a "no" before them stays: "No one helps", "No drilling allowed"."""
    first = _noun_run(tokens, end)
    if first == end and end > 0 and tokens[end - 1].lower in TIME_WORDS:
        first -= 1  # "on the night of": only a way to what the phrases belong to
    named = first
    while named > 0 and (
        _name_word(tokens[named - 1])
        or (tokens[named - 1].lower in _JOINERS and named > 1 and _name_word(tokens[named - 2]))
    ):
        named -= 1
    past_name = False
    if first == end and 1 < named < end and tokens[named - 1].lower in {"of", "for"}:
        head = _noun_run(tokens, named - 1)  # "The trial of Dr Murray", "a spokeswoman for BP"
        if head < named - 1 and tokens[named - 2].lower not in _PARTITIVES:
            first = head
    elif first == end and 1 < named < end:
        opening = named - 1
        while opening > 0 and tokens[opening].lower in _ARTICLES:
            opening -= 1
        head = _noun_run(tokens, opening)  # "The summit in Lisbon was held": the summit
        past_name = _preposition(tokens[opening].lower) and head < opening
        if past_name:
            first, end = head, opening
    for _ in range(_PHRASES):
        opening = first - 1
        while opening > 0 and tokens[opening].lower in _ARTICLES:  # not "for his meeting"
            opening -= 1
        lower = tokens[opening].lower if first < end and opening > 0 else ""
        if not _preposition(lower) or lower == "with":  # "at odds with a study published"
            break
        earlier = _noun_run(tokens, opening)
        if earlier == opening or tokens[opening - 1].lower in _PARTITIVES:
            break  # "this kind of pandemic struck": the pandemic
        first, end = earlier, opening
    if first < end and tokens[end - 1].lower in TIME_WORDS:
        return ""  # no night or year acts
    if past_name and not _opens_clause(tokens, first):
        return ""  # "burned for 36 hours in the Gulf", "returned from a trip to Mexico"
    if negative and first < end and first > 0 and tokens[first - 1].lower == "no":
        first -= 1
    elif 1 < first < end and _hyphened(tokens, first):
        first -= 2  # "The 7.0-magnitude quake": the measure is one word with the noun
    while 0 < first < end and _count_word(tokens, first - 1):
        first -= 1  # "$49 million (was budgeted)", "11 million gallons", not "In 2009 farmers"
    return _words(tokens, first, end - 1, range(0), "")


def _count_word(tokens: list[Token], index: int) -> bool:
    """A number or a currency sign that counts the nouns after it; not a year ("2009") nor a
    day of a date ("the April 20 blowout")."""
    text = tokens[index].text
    if text in _CURRENCIES:
        return True
    before = tokens[index - 1].lower.rstrip(".") if index > 0 else ""
    return (
        text[:1].isdigit()
        and re.fullmatch(r"(?:1[89]|20)\d\d", text) is None
        and before not in TIME_WORDS
        and before not in _MONTH_ABBREVIATIONS
    )


def _inner_hyphen(tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` is a hyphen inside a word: "14(-)year", "cut(-)and-cap"."""
    return 0 < index < len(tokens) - 1 and _hyphened(tokens, index + 1)


def _inner_hyphens(tokens: list[Token], start: int, end: int) -> int:
    """How many hyphens inside words tokens ``start..end`` hold: a hyphened word is one word."""
    return sum(_inner_hyphen(tokens, index) for index in range(start, end + 1))


def _hyphened(tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` ends a word joined by a hyphen: "7.0-magnitude"."""
    return (
        tokens[index - 1].text == "-"
        and tokens[index - 2].end == tokens[index - 1].start
        and tokens[index - 1].end == tokens[index].start
    )


def _opens_clause(tokens: list[Token], first: int) -> bool:
    """Whether the noun phrase whose nouns start at ``first`` may be a subject: nothing before
    its determiners and adjectives that makes it an object or a measure ("burned for 36 hours
    in the Gulf", "returned from a trip to Mexico", "to seal the ruptured oil well in the
    Gulf", "the bureau of minerals and petroleum in Nuuk")."""
    index = first - 1
    while index >= 0 and (
        _modifier(tokens, index)
        or tokens[index].text in {"'s", "’s"}
        or _name_word(tokens[index])
        or (  # "the ruptured oil well"
            tokens[index].text.islower()
            and _participle(tokens[index].lower)
            and index > 0
            and _modifier(tokens, index - 1)
        )
    ):
        index -= 1
    if index < 0:
        return True
    before = tokens[index]
    return not (
        before.text[:1].isdigit()
        or _preposition(before.lower)
        or before.lower in {"and", "or"}
        or is_verb(tokens, index)
    )


def _noun_run(tokens: list[Token], end: int) -> int:
    """Where the run of a few nouns (or a name and the nouns it qualifies) before ``end``
    starts; ``end`` when there is none."""
    first = end
    while (
        first > 0
        and end - first < _OBJECT_WORDS
        and tokens[first - 1].text[:1].isalpha()
        and not is_function_word(tokens[first - 1].lower)
        and not is_verb(tokens, first - 1)
        and "NOUN" in word_classes(tokens[first - 1].lower)
        and tokens[first - 1].lower not in TIME_WORDS  # "Yesterday seas calmed": the seas
    ):
        first -= 1
    while 0 < first < end and tokens[first].text[:1].isupper() and _capitalised(tokens, first - 1):
        first -= 1  # the whole name: "Deepwater Horizon explosion", not "Horizon explosion"
    return first


def _supported_noun(tokens: list[Token], verb: int, date: range) -> int | None:
    """The event noun a support verb carries ("launch an incursion", "hold talks")."""
    if lemma_of(tokens[verb].text) not in _SUPPORT_VERBS:
        return None
    for index in range(verb + 1, min(len(tokens), verb + 1 + _OBJECT_WORDS)):
        if index in date or not tokens[index].text[:1].isalnum():
            return None
        if lemma_of(tokens[index].text) in EVENT_NOUNS and not is_verb(tokens, index):
            return index
    return None


def _verb_group(tokens: list[Token], start: int, verb: int) -> bool:
    """Whether tokens ``start..verb-1`` belong to the verb's group ("will not", "has been",
    "officially", "is due to")."""
    return all(_in_verb_group(tokens, index) for index in range(start, verb))


def _in_verb_group(tokens: list[Token], index: int) -> bool:
    """An auxiliary, "not", an adverb of time or manner, or a "due to" that puts the verb off;
    not the "to" of "hopes to", whose subject hopes rather than acts."""
    lower = _auxiliary(tokens[index].lower)
    if lower == "to":
        return index > 0 and tokens[index - 1].lower in _PUTTING_OFF
    return (
        is_auxiliary(lower)
        or lower in _NEGATED_MODALS
        or _group_adverb(lower)
        or lower in _NEGATIONS
        or lower in _PUTTING_OFF
    )


def _group_adverb(lower: str) -> bool:
    """An adverb that may stand inside a verb group: "not", "already", "first", "again",
    "successfully" ("was first detected", "was successfully reinstalled")."""
    if lower in _GROUP_ADVERBS or lower in _LOOSE_ADVERBS:
        return True
    classes = word_classes(lower)
    return lower.endswith("ly") and "ADV" in classes and "ADJ" not in classes


def _negating(lower: str) -> bool:
    """ "not", "never", "cannot", or an auxiliary with its "n't" ("won’t", "wasn't")."""
    return lower in _NEGATIONS or lower.endswith(("n't", "n’t"))


def _auxiliary(lower: str) -> str:
    """The auxiliary a word is without its "n't" ("won’t" -> "wo", "wasn’t" -> "was")."""
    return lower[:-3] if len(lower) > len("n't") and lower.endswith(("n't", "n’t")) else lower


def _after_negation(tokens: list[Token], index: int) -> bool:
    """A verb's base form right after a negation, which the verb test takes for a noun
    ("will not pay", "can't go")."""
    return (
        index > 0
        and _negating(tokens[index - 1].lower)
        and "VERB" in word_classes(tokens[index].lower)
    )


def _negation(tokens: list[Token], verb: int, date: range) -> str | None:
    """How the verb group before ``verb`` says "not": its modal's negative ("won't", "can't",
    "may not"), "never", or "not" ("did not", "has not", "decided not to", "did not want to");
    None when it does not, or when the date tells when the deed comes to be after all ("not
    ready until August": ready in August)."""
    start = verb
    while start > 0 and (
        _in_verb_group(tokens, start - 1)
        or (tokens[start - 1].lower == "to" and start > 1 and _catenative(tokens, start - 2))
    ):
        start -= 1 if tokens[start - 1].lower != "to" else 2
    group = [tokens[index].lower for index in range(start, verb)]
    if not any(_negating(word) for word in group) or _delayed(tokens, date, verb):
        return None
    if "never" in group:
        return "never"
    modal = next((_auxiliary(w) for w in group if _auxiliary(w) in _NEGATED_MODALS), None)
    return _NEGATED_MODALS[modal] if modal else "not"


def _catenative(tokens: list[Token], index: int) -> bool:
    """A negation or a verb that hands its subject and its "not" on to the verb after "to":
    "decided not to pay", "did not want to invade"."""
    lower = tokens[index].lower
    return _negating(lower) or _verb_lemma(lower) in _CATENATIVES


def _delayed(tokens: list[Token], date: range, verb: int | None = None) -> bool:
    """Whether a "not" or "no" dates what does come to be: the date comes after "until",
    "before" or "since" ("not ready until at least August"), unless the verb tells of a
    state that lasts ("will not wait until August"), or "before" follows the verb as "ever
    before" ("a strain never seen before")."""
    if (
        verb is not None
        and verb + 1 < len(tokens)
        and tokens[verb + 1].lower == "before"
        and verb + 2 not in date
    ):
        return True
    lasting = verb is not None and _verb_lemma(tokens[verb].lower) in _LASTING
    return not lasting and any(
        tokens[index].lower in _DELAYS
        for index in range(max(date.start - _DELAY_REACH, 0), date.start)
    )


def _plural_noun(words: list[str]) -> bool:
    """Whether a name stands for many: "European Commission officials", "Democrats",
    "Canadians"; not "Reuters" or "Wales" ("wale" is a noun too), nor a name of several
    capitalised words, which names one body ("House of Representatives", "Fitch Ratings")."""
    if not words:
        return False
    last = words[-1]
    lower = last.lower()
    if last.islower() or lower in _PLURAL_WITHOUT_S:
        return _plural_common_noun(last)
    if len(words) > 1:
        return False
    lemmas = word_classes(lower)
    if set(lemmas) == {"NOUN"} and lemmas["NOUN"][0] != lower:
        return lower in inflection(lemmas["NOUN"][0], "NNS")
    # Peoples the lexicon does not know ("Americans", "Afghans"); "Evans" is too short.
    return lower.endswith("ans") and len(lower) >= _PLURAL_DEMONYM_LENGTH


def _plural_common_noun(phrase: str) -> bool:
    """Whether a phrase ends on a plural common noun: "officials", "seven people", "earnings";
    not "virus", "crisis" or "census", whose lemma is themselves."""
    lower = phrase.rsplit(maxsplit=1)[-1].lower() if phrase else ""
    if lower in _PLURAL_WITHOUT_S:
        return True
    if not lower.endswith("s"):  # "fishermen", "mice"; not "data" or "media", read as one
        lemmas = word_classes(lower).get("NOUN", ()) if not lower.endswith("a") else ()
        return any(lemma != lower and lower in inflection(lemma, "NNS") for lemma in lemmas)
    if lower.endswith(("ss", "us", "is")):
        return False
    lemmas = word_classes(lower).get("NOUN")
    return lemmas is None or lower.endswith("ings") or any(lemma != lower for lemma in lemmas)


def _set_off_participle(tokens: list[Token], verb: int) -> bool:
    """A past participle right after a noun and a comma, before a preposition or a day: it
    describes that noun ("The walkout, planned for Wednesday", "The report, released Monday")."""
    if not (1 < verb < len(tokens) - 1 and tokens[verb - 1].text == ","):
        return False
    if _closes_aside(tokens, verb - 1):
        return False  # "Ian MacDonald, an oceanographer, testified Monday": the main verb
    following = tokens[verb + 1].lower.rstrip(".")
    return (
        (tokens[verb].lower.endswith("ed") or _only_participle(tokens[verb].lower))
        and tokens[verb - 2].text.isalpha()
        and "NOUN" in word_classes(tokens[verb - 2].lower)
        and (  # "planned for", "released Oct. 6", not "killed more than"
            is_preposition(following)
            or following in TIME_WORDS
            or following in _MONTH_ABBREVIATIONS
        )
    )


def _closes_aside(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` closes an aside: a relative clause (", who leads the
    response,") or a phrase about a name (", an oceanographer,"); not a fronted phrase's
    ("Yesterday, the first well,")."""
    opening = next((i for i in range(comma - 1, 0, -1) if tokens[i].text == ","), None)
    if opening is None or opening + 1 >= comma:
        return False
    before, first = tokens[opening - 1], tokens[opening + 1]
    if first.lower in {"who", "which"}:
        return True
    return _name_word(before) and before.lower not in TIME_WORDS and first.lower in _ARTICLES


def _names_near(
    sentence: str, tokens: list[Token], runs: list[tuple[int, int]], names: list[str], first: int
) -> bool:
    """Whether one of ``names`` ends within a few tokens of token ``first``."""
    return any(
        any(  # a part of one body's name: "Food" of "Food and Drug Administration"
            name == text or name.startswith(f"{text} and ") or name.endswith(f" and {text}")
            for name in names
        )
        and abs(first - b) <= _NEAR_NAME
        for text, b in ((_text(sentence, tokens, a, b), b) for a, b in runs)
    )


def _fronted(tokens: list[Token], first: int) -> bool:
    """Whether a noun phrase sits in a phrase that opens its clause ("In remarks to ...,")."""
    return (
        first > 0
        and is_function_word(tokens[first - 1].lower)
        and not any(is_verb(tokens, index) for index in range(first))
    )


def _trim(title: str) -> str:
    """No title ends on a function word, comma or dash (a percentage may end it: "3%")."""
    words = title.split()
    while words and (
        is_function_word(words[-1].lower())
        or not (words[-1][-1:].isalnum() or words[-1].endswith("%"))
    ):
        words.pop()
    return " ".join(words)


def _headline_verb(
    tokens: list[Token], index: int, plural: bool, negation: str | None = None
) -> str:
    """The verb in headline tense: "visiting" -> "visits", passive participles kept; with a
    ``negation`` from ``_negation``, "won't pay", "doesn't pay", "never pays", "not published"."""
    word = tokens[index].text
    lower = word.lower()
    joined = _joined_to(tokens, index)
    after_be = _passive(tokens, index) or (  # "the letter was dated in June and released"
        joined != index
        and tokens[index - 1].lower == "and"
        and _passive(tokens, joined)
        and tokens[joined].lower != "born"  # "born in 1888 and died in 1931": died
        and lower in inflection(_verb_lemma(lower), "VBN")
    )
    if lower.endswith("ing") and lower in EVENT_NOUNS and not after_be and not negation:
        return word  # "Congressional hearing", "OPEC meeting": the noun, as written
    perfect = any(token.lower in _PERFECT for token in tokens[max(index - 3, 0) : index])
    if (
        (after_be and not lower.endswith("ing"))
        or _set_off_participle(tokens, index)
        or (_only_participle(lower) and not perfect)
        or _opening_participle(tokens, index)
    ):  # "Belarus targeted by sanctions", "Walkout planned", "Samuel born in 1795"
        word = lower if index == 0 and word.istitle() else word  # "Built in 2001": "built"
        return f"{'never' if negation == 'never' else 'not'} {word}" if negation else word
    lemma = _verb_lemma(lower)
    if negation in _NEGATED_MODALS.values():
        return f"{negation} {lemma}"
    if negation == "not":
        return f"{'don' if plural else 'doesn'}'t {lemma}"
    form = [f for f in inflection(lemma, "VBP" if plural else "VBZ") if f != "am"]
    present = form[0] if form else word
    return f"never {present}" if negation == "never" else present


def _opening_participle(tokens: list[Token], verb: int) -> bool:
    """A past participle that opens its sentence or an aside in brackets before a preposition,
    or opens a phrase that a comma soon ends: "Built in 2001 by Hyundai", "(drowned in Swansea
    Bay)", "Rebuilt the following year, the bridge" tell what was done to the thing, not what
    it did."""
    lower = tokens[verb].lower
    lemma = _verb_lemma(lower)
    opening = verb
    while opening > 0 and _group_adverb(tokens[opening - 1].lower):
        opening -= 1  # "Previously declared", "First broadcast"
    bracketed = opening > 0 and tokens[opening - 1].text in {"(", "-LRB-"}
    fronted = opening == 0 and "," in {t.text for t in tokens[verb + 1 : verb + _FRONTED_REACH]}
    return (
        (opening == 0 or bracketed)
        and lower != lemma
        and lower in inflection(lemma, "VBN")
        and verb + 1 < len(tokens)
        and (is_preposition(tokens[verb + 1].lower) or fronted)
    )


def _main_subject(tokens: list[Token], verb: int, date: range) -> str:
    """The common subject of the main clause after a participle that opens the sentence:
    "Adopted in October, the law sends" -> "law"."""
    reach = range(verb + 1, min(len(tokens), verb + _FRONTED_REACH))
    comma = next((i for i in reach if tokens[i].text == ","), None)
    if comma is None:
        return ""
    main = next((i for i in range(comma + 2, len(tokens)) if is_verb(tokens, i)), None)
    return _common_subject(tokens, main, date) if main is not None else ""


def _passive(tokens: list[Token], verb: int) -> bool:
    """Whether a form of "be" comes before the verb: "was targeted", "wasn’t published"."""
    previous = verb - 1
    while previous > 0 and _group_adverb(tokens[previous].lower):  # "was not published"
        previous -= 1
    return previous >= 0 and _auxiliary(tokens[previous].lower) in _BE


def _reported(
    sentence: str,
    tokens: list[Token],
    runs: list[tuple[int, int]],
    verb: int,
    date: range,
    known_names: frozenset[str],
) -> str:
    """What a verb of saying reports, as a headline: "It said last week (that) the cap was
    irrelevant" -> "cap is irrelevant"; empty where no subject and verb follow close by."""
    start = verb + 1
    while start < len(tokens) and (
        start in date
        or tokens[start].lower in {"that", ","}
        or (start + 1 in date and is_preposition(tokens[start].lower))
    ):
        start += 1
    said = next(
        (
            index
            for index in range(start + 1, min(len(tokens), start + _REPORT_REACH))
            if is_verb(tokens, index) or _after_negation(tokens, index)
        ),
        None,
    )
    if said is None:
        return ""
    group = said
    while group > start and _in_verb_group(tokens, group - 1):
        group -= 1
    if any(  # only the subject's words: "(the) top kill", "their bill"
        (not token.text[:1].isalnum() and token.text not in {"'s", "’s", "-"})
        or (is_function_word(token.lower) and token.lower not in _DETERMINERS)
        or token.lower in _OBJECT_STOPS
        or token.lower.endswith("ing")  # "regarding whether"
        for token in tokens[start:group]
    ):
        return ""
    if any(token.lower in _UNSURE_MODALS for token in tokens[group:said]):
        return ""  # "acknowledged his administration could do better": not that it does
    names = [
        run
        for run in runs
        if start <= run[0] and run[1] < said and _verb_group(tokens, run[1] + 1, said)
    ]
    common = _common_subject(tokens, said, date)
    if names:
        subject = _short_name(_text(sentence, tokens, *names[-1]), known_names)
        plural = _plural_noun(subject.split())
    elif common and common.split()[0] in {token.text for token in tokens[start:said]}:
        subject, plural = common, _plural_common_noun(common)
    else:
        return ""
    negation = _negation(tokens, said, date)
    told = _headline_verb(tokens, said, plural, negation)
    inflected = negation is None and told != tokens[said].text
    thing = _verb_object(tokens, said, date, sentence, plural if inflected else None)
    return " ".join(part for part in (subject, told, thing) if part)


def _outcome(tokens: list[Token], verb: int, date: range, sentence: str) -> str:
    """What a participle set off by a comma did to a counted object, told in the passive:
    "exploded on April 20, killing 11 workers" -> "11 workers killed"; empty where the object
    is no count or does not end on a noun or a number ("leaving 11 workers missing")."""
    word = tokens[verb].lower
    if not (word.endswith("ing") and verb > 0 and tokens[verb - 1].text == ","):
        return ""
    lemma = _verb_lemma(word)
    done = inflection(lemma, "VBN") if lemma != word else ()
    thing = _verb_object(tokens, verb, date, sentence)
    last = thing.rsplit(maxsplit=1)[-1] if thing else ""
    if not (done and thing[:1].isdigit()) or not (
        last[:1].isdigit() or "NOUN" in word_classes(last.lower())
    ):
        return ""
    return f"{thing} {done[0]}"


def _joined_to(tokens: list[Token], verb: int) -> int:
    """The verb whose subject ``verb`` shares, joined to it by "and" with no subject between
    ("a rig exploded and sank", "the order came from an executive and was made"); else
    ``verb`` itself."""
    start = verb
    while start > 0 and _in_verb_group(tokens, start - 1):
        start -= 1
    if start < 2 or tokens[start - 1].lower != "and":
        return verb
    for index in range(start - 2, max(start - 2 - _JOIN_REACH, -1), -1):
        if tokens[index].lower in _CLAUSE_LINKS or not tokens[index].text[:1].isalnum():
            break
        if is_verb(tokens, index):
            naming = _auxiliary(tokens[index].lower) in _BE and _name_word(tokens[index + 1])
            return verb if naming else index  # not "His name was Ann Lee and was born"
    return verb


def _verb_here(tokens: list[Token], index: int) -> bool:
    """A verb in use, not an "-ing" noun after its adjective ("faced harsh questioning")."""
    return is_verb(tokens, index) and not _compound_gerund(tokens, index)


def _compound_gerund(tokens: list[Token], index: int) -> bool:
    """An "-ing" word after an adjective: "offshore drilling", "a thorough grilling", "harsh
    questioning": a noun the adjective qualifies, not a verb whose subject acts ("people
    wearing masks" is one)."""
    if index == 0 or not tokens[index].lower.endswith("ing"):
        return False
    before = tokens[index - 1]
    classes = word_classes(before.lower)
    return (
        before.text.isalpha()
        and before.text.islower()
        and not is_function_word(before.lower)
        and not is_verb(tokens, index - 1)
        and not _group_adverb(before.lower)
        and set(classes) == {"ADJ"}
    )


def _gerund_of(tokens: list[Token], verb: int) -> bool:
    """Whether the "-ing" word at ``verb`` is what a verb of starting, stopping or allowing
    right before it governs ("stopped flowing", "suspended fishing", "resumed pumping"): that
    verb tells the event, the "-ing" word what it is about."""
    return (
        verb > 0
        and tokens[verb].lower.endswith("ing")
        and is_verb(tokens, verb - 1)
        and _verb_lemma(tokens[verb - 1].lower) in _ASPECT_VERBS
    )


def _verb_object(
    tokens: list[Token], verb: int, date: range, sentence: str, plural: bool | None = None
) -> str:
    """The words after the verb up to the first clause break, date or verb, at most a few;
    after the date where the date comes first ("appearing Monday at a commission hearing").
    Where the verb is told in the present (``plural`` given), a verb joined to it by "and" or
    "or" is told alike: "will save energy and create jobs" -> "saves energy and creates jobs"."""
    start = _past_date(tokens, verb, date)
    last = start
    while (
        last + 1 < len(tokens)
        and last + 1 - start - 2 * _inner_hyphens(tokens, start, last + 1) <= _OBJECT_WORDS
        and last + 1 not in date
        and (
            tokens[last + 1].text[:1].isalnum()
            or tokens[last + 1].text in _CURRENCIES
            or _inner_hyphen(tokens, last + 1)  # "a 14(-)year low"
        )
        and not (_verb_here(tokens, last + 1) and last + 1 > start + 1)
        and tokens[last + 1].lower not in _OBJECT_STOPS
    ):
        last += 1
    while last > start and (
        is_function_word(tokens[last].lower) or not tokens[last].text[:1].isalnum()
    ):
        last -= 1
    ended = last
    while ended - last < _PHRASE_END and _phrase_goes_on(tokens, ended + 1, date):
        ended += 1  # "becomes BP('s chief executive)": the phrase's end, if near
    if not _phrase_goes_on(tokens, ended + 1, date) and tokens[ended].text not in {"'s", "’s"}:
        last = ended
    while last > start and _phrase_goes_on(tokens, last + 1, date):
        last -= 1  # else "the impact of Western (European travel ...)": back to "the impact"
    if start > verb and (
        not any(_content_word(tokens[i]) for i in range(start + 1, last + 1))
        or any(tokens[i].lower in TIME_WORDS | {"time"} for i in range(start + 1, last + 1))
        or (last + 1 < len(tokens) and is_verb(tokens, last + 1))
        or (tokens[start + 1].lower == "for" and _verb_next(tokens, last))
    ):  # "published Tuesday also", "removed at 12:30 local time Saturday", "after the country
        return ""  # recorded", "called this week for the dividends to be cut": not a whole phrase
    if last <= start:
        return ""
    told = {
        index: _headline_verb(tokens, index, bool(plural))
        for index in range(start + 2, last + 1)
        if plural is not None and _coordinated_verb(tokens, verb, index)
    }
    return _trim(_words(tokens, start + 1, last, date, sentence, told))


def _coordinated_verb(tokens: list[Token], verb: int, index: int) -> bool:
    """Whether token ``index`` is a verb in the same form as ``verb`` joined to its words by
    "and" or "or": "woke up early and prepared", "could mutate and grow"."""
    if tokens[index - 1].lower not in {"and", "or"}:
        return False
    word, head = tokens[index].lower, tokens[verb].lower
    classes = word_classes(word)
    if "VERB" not in classes or ("NOUN" in classes and not is_verb(tokens, index)):
        return False
    lemma, head_lemma = _verb_lemma(word), _verb_lemma(head)
    both_base = word == lemma and head == head_lemma
    both_past = word in inflection(lemma, "VBD") and head in inflection(head_lemma, "VBD")
    return both_base or both_past


def _verb_next(tokens: list[Token], index: int) -> bool:
    """Whether "to" and a verb follow token ``index``: "for the dividends (to be) cut"."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower != "to":
        return False
    following = tokens[index + 2].lower
    return is_auxiliary(following) or "VERB" in word_classes(following)


def _past_date(tokens: list[Token], verb: int, date: range) -> int:
    """Where the words a verb governs start: after its date where the date comes first and a
    prepositional phrase follows ("died on 25 June 2009 from an overdose", "was stoked on
    Wednesday by a report", "resort yesterday to the favorite defense"); else at the verb.
    Not before a clause ("reopen on Wednesday after the country recorded", "said on Friday
    the seal had held") nor inside a span ("lived from 1784 to 1865")."""
    after = verb + 1
    if after + 1 in date and is_preposition(tokens[after].lower):
        after += 1  # "met on Monday with"
    if after not in date or date.stop >= len(tokens) or tokens[after - 1].lower == "from":
        return verb
    following = tokens[date.stop]
    if following.lower == "by":
        return date.stop - 1 if _passive(tokens, verb) else verb
    phrase = following.text.islower() and _preposition(following.lower)
    # Not "throughout the second half of the 20th century", "said Saturday about 2.1 million
    # gallons had": the date's own phrase, an adverb.
    own = following.lower in _CLAUSE_LINKS | {"of", "about"} or (
        following.lower == "to"
        and tokens[date.stop - 1].text[:1].isdigit()
        and date.stop + 1 < len(tokens)
        and tokens[date.stop + 1].text[:1].isdigit()
    )  # "conducted June 3 to 6": the date goes on
    return date.stop - 1 if phrase and not own else verb


def _content_word(token: Token) -> bool:
    """A word that says what: a noun, a name or a number, not "also" or "then"."""
    return (
        token.text[:1].isupper()
        or token.text[:1].isdigit()
        or ("NOUN" in word_classes(token.lower) and not is_function_word(token.lower))
    )


def _phrase_goes_on(tokens: list[Token], index: int, date: range) -> bool:
    """Whether token ``index`` carries on the noun phrase before it ("the small | hours", "BP |
    's spokesman"), so that a title ending before it would end mid-phrase."""
    if index >= len(tokens) or index in date:
        return False
    token = tokens[index]
    if token.lower in _AMOUNT_UNITS and tokens[index - 1].text[:1].isdigit():
        return True  # "$87 | m", "$5 | bn"
    amount = index + 1 < len(tokens) and (
        tokens[index + 1].text in _CURRENCIES or tokens[index + 1].text[:1].isdigit()
    )
    if tokens[index - 1].text[:1].isdigit() and token.lower in {"to", "-", "–", "and"} and amount:
        return True  # "$30 | to $35 billion", "between $350,000 | and $750,000": a range
    if token.text in _CURRENCIES or _inner_hyphen(tokens, index):
        return True
    return token.text in {"'s", "’s"} or (
        token.text[:1].isalnum()
        and not is_function_word(token.lower)
        and token.lower not in _OBJECT_STOPS
        and not _verb_here(tokens, index)
        and (
            token.text[:1].isupper()
            or token.text[:1].isdigit()
            or "NOUN" in word_classes(token.lower)
        )
    )


def describe(
    sentence: str, date_start: int, date_end: int, found: Anchor, known_names: frozenset[str]
) -> Description:
    """Title, trigger, actors, place and kind of the event ``found`` dated at the offsets."""
    tokens = tokenize(sentence)
    date = range(
        next(i for i, t in enumerate(tokens) if t.end > date_start),
        next((i for i, t in enumerate(tokens) if t.start >= date_end), len(tokens)),
    )
    head = next(i for i, t in enumerate(tokens) if t.start == found.start)
    runs = [run for run in name_runs(tokens) if run[0] not in date]
    kind = kind_of(found.lemma, tokens)
    window_end = min(len(tokens) - 1, max(head, date.stop) + 6)
    located = _place_after(sentence, tokens, runs, head, window_end)
    place = located[1] if located else None
    where = f" {located[0]} {located[1]}" if located else ""
    dated_noun = found.rule in {"possessive", "modifier"}  # "an April 18 warning"
    verbal = (
        not dated_noun
        and (is_verb(tokens, head) or _after_negation(tokens, head))
        and not _compound_gerund(tokens, head)
    )
    governor = None if verbal or dated_noun else _negated_governor(tokens, head, date)
    if governor is not None:  # "will not receive dividend payments": none came
        head, verbal = governor, True
    if verbal and _gerund_of(tokens, head):  # "the oil stopped flowing": it stopped
        head -= 1
    elif not verbal and head > 0 and _capitalised(tokens, head) and is_verb(tokens, head - 1):
        head, verbal = head - 1, True  # "BP executives told Congress": the telling
    negation = _negation(tokens, head, date) if verbal else None
    carried = _supported_noun(tokens, head, date) if verbal else None
    if carried is not None:  # "held talks", "to launch an incursion": the noun names it
        kind = kind_of(lemma_of(tokens[carried].text)) if kind == "other" else kind
        if not (
            _common_subject(tokens, head, date) or _subject(sentence, tokens, runs, head, False)
        ):  # with no subject to say who did it, the noun phrase is the better title
            head, verbal = carried, False
    if verbal:
        doer = _joined_to(tokens, head)  # "the rig exploded and sank": the rig sank
        common = _common_subject(tokens, doer, date)
        # A name further on acts for a verb with no subject of its own ("Speaking ..., Blinken
        # said"), not for one whose subject is a common noun ("The group was founded").
        actors = _subject(sentence, tokens, runs, doer, look_ahead=not common, common=bool(common))
        if place is None and kind in _MOTION_KINDS:
            objects = [run for run in runs if head < run[0] <= head + 2]
            place = _text(sentence, tokens, *objects[0]) if objects else None
            where = ""
        if not (actors or common) and _opening_participle(tokens, head):
            common = _main_subject(tokens, head, date)  # "Adopted in May, the law sends"
        subject = " and ".join(_short_name(actor, known_names) for actor in actors[:2])
        owned = _owned_subject(sentence, tokens, runs, doer, actors)
        common = "" if subject else common
        plural = len(actors) > 1 or (
            _plural_noun(actors[0].split())
            if actors
            else _plural_common_noun(common.split(" of ")[0])  # "Thousands of Haitians"
        )
        if owned:  # "Sporkin's tenure was extended": the tenure, not Sporkin
            subject, plural = owned, _plural_common_noun(owned)
        verb = _headline_verb(tokens, head, plural, negation)
        subject = subject or common
        inflected = negation is None and verb != tokens[head].text
        thing = _verb_object(tokens, head, date, sentence, plural if inflected else None)
        first_word, _, rest = thing.partition(" ")
        if first_word in {"n't", "n’t"}:  # "he wasn't here": "isn't here"
            verb, thing = f"{verb}n't", rest
        if (
            not (subject or thing)
            and kind_of(lemma_of(tokens[head].text)) == "statement"
            and not _passive(tokens, head)  # "it was announced that": no one says
        ):
            thing = _reported(sentence, tokens, runs, head, date, known_names)
        title = _outcome(tokens, head, date, sentence) or " ".join(
            part for part in (subject, verb, thing) if part
        )
        if place and place not in title:
            title += where
    else:
        first, last = _noun_phrase(tokens, head, date)
        phrase = _words(
            tokens, first, last, date if found.rule != "modifier" else range(0), sentence
        )
        agents = [
            run for run in runs if tokens[run[0] - 1].lower == "by" and last < run[0] <= last + 3
        ]
        actors = (
            [_text(sentence, tokens, a, b) for a, b in runs if first <= a and b <= last]
            or [_text(sentence, tokens, *run) for run in agents[:1]]
            or _subject(sentence, tokens, runs, first, look_ahead=_fronted(tokens, first))
        )
        if (
            kind != "meeting"
            and not _fronted(tokens, first)
            and not _names_near(sentence, tokens, runs, actors, first)
        ):
            actors = []  # a far subject did something else; a meeting's are its participants
        owned = any(first <= a and b <= last for a, b in runs) or bool(actors)
        denial = "No" if negation else _denial(tokens, first, date)
        if denial:  # "No sign of Dr Murray", "No dividend", "Not available"
            phrase = f"{denial.lower()} {phrase}"
        has_owner = any(
            tokens[i].text in {"'s", "’s"} and i - 1 not in date for i in range(first + 1, last)
        )
        if (  # "the singer's death" has its owner: not "Michael's singer's death"
            not any(first <= a and b <= last for a, b in runs)
            and actors
            and denial != "No"
            and not has_owner
        ):
            short = [_short_name(actor, known_names) for actor in actors[:2]]
            phrase = (
                f"{short[0]}–{short[1]} {phrase}"
                if len(short) == 2
                else f"{_possessive(short[0])} {phrase}"
            )
        title = _outcome(tokens, head, date, sentence) or (
            phrase + _named_complement(sentence, tokens, runs, last, owned, date)
        )
        if place is None:  # "Meeting at the White House", "Oil spill in the Gulf of Mexico"
            located = _place_after(sentence, tokens, runs, head, window_end, date)
            place = located[1] if located else None
            where = f" {located[0]} {located[1]}" if located else ""
        if place and place.split()[0] not in title.split():
            title += where
    if kind in _MOTION_KINDS and place is None and found.lemma in _journeys_needing_a_place():
        kind = "other"
    title = _trim(title) or found.text
    return Description(
        title=title[:1].upper() + title[1:],
        trigger=found.text,
        actors=tuple(dict.fromkeys(actors))[:_ACTORS],
        place=place,
        kind=kind,
    )
