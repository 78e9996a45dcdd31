"""Anchor a date expression to the event word it dates, from the sentence's structure.

No parser is needed for the few structures that carry most dates in news: a possessive
("last September's SCO summit" -> summit), a date modifying a noun ("the 2020 election" ->
election), a date attached to the verb or noun it follows ("signed the pact on May 16" ->
signed), and a date that opens its clause before the verb it dates ("On Tuesday, the minister
resigned" -> resigned). Word classes and lemmas come from LemmInflect's English lexicon,
which ships with the package (no model is downloaded); event nouns come from
``data/event_lexicon.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from lemminflect import getAllLemmas, getInflection

from extractors.timex_rules import MONTHS, WEEKDAYS

_LEXICON = json.loads(
    resources.files("extractors").joinpath("data/event_lexicon.json").read_text("utf-8")
)
EVENT_NOUNS = frozenset(
    lemma for lemmas in _LEXICON["kinds"].values() for lemma in lemmas
) | frozenset(_LEXICON["other_event_nouns"])
_NOT_EVENT_WORDS = json.loads(
    resources.files("extractors").joinpath("data/not_event_words.json").read_text("utf-8")
)
_TIME_AND_UNIT_WORDS = frozenset(
    word
    for group, words in _NOT_EVENT_WORDS.items()
    if group not in {"_about", "capitalised"}
    for word in words
)
_CAPITALISED_TIME_WORDS = frozenset(_NOT_EVENT_WORDS["capitalised"]) | frozenset(
    written for name in (*MONTHS, *WEEKDAYS) for written in (name.capitalize(), name.upper())
)
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ery", "ing", "al")
_NOT_NOMINALISATIONS = frozenset(
    [
        "nation",
        "station",
        "region",
        "religion",
        "mention",
        "portion",
        "percent",
        "government",
        "department",
        "moment",
        "apartment",
        "parliament",
        "element",
        "segment",
        "comment",
        "picture",
        "nature",
        "culture",
        "future",
        "structure",
        "feature",
        "figure",
        "capital",
        "official",
        "general",
        "national",
        "local",
        "total",
        "central",
        "individual",
        "thing",
        "something",
        "nothing",
        "anything",
        "everything",
        "morning",
        "evening",
        "building",
        "king",
        "spring",
        "ring",
        "string",
        "ceiling",
    ]
)

_TOKEN = re.compile(
    r"-[LR][RCS]B-|``|''|\w+(?:-\w+)*(?=['’]s\b)|['’]s\b|\w+(?=n't\b)|n't\b|\d+(?:[.,:]\d+)*%?|"
    r"[A-Za-z]+(?:\.[A-Za-z]+)+\.?|\w+(?:[-'’]\w+)*|[^\w\s]",
)
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "some",
        "any",
        "each",
        "every",
        "no",
        "another",
        "other",
        "such",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "since",
        "until",
        "till",
        "by",
        "for",
        "before",
        "after",
        "from",
        "through",
        "over",
        "within",
        "throughout",
        "between",
        "of",
        "to",
        "into",
        "ahead",
        "around",
        "about",
        "as",
        "near",
        "toward",
        "towards",
        "via",
        "under",
        "beginning",
        "starting",
        "ending",
    ]
)
_AUXILIARIES = frozenset(
    [
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "'s",
        "'re",
        "'ve",
        "'d",
        "'ll",
        "going",
        "got",
        "get",
    ]
)
_PRONOUNS = frozenset(
    [
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "him",
        "them",
        "us",
        "me",
        "who",
        "whom",
        "which",
        "what",
        "whose",
        "there",
    ]
)
_CONJUNCTIONS = frozenset(
    ["and", "or", "but", "nor", "so", "yet", "while", "when", "where", "whereas", "if", "because"]
)
_CLAUSE_STOPS = frozenset(";:()[]{}-LRB--RRB-\"``''“”—–")
# Words that stand inside a verb group: "has not yet", "was officially opened".
VERB_GROUP_ADVERBS = frozenset(
    ["not", "n't", "never", "also", "already", "still", "just", "finally", "formally", "officially"]
)
_NEGATIONS_AND_ADVERBS = VERB_GROUP_ADVERBS | frozenset(
    [
        "only",
        "even",
        "then",
        "now",
        "again",
        "reportedly",
        "later",
        "earlier",
        "first",
        "recently",
        "publicly",
    ]
)
_CLAUSE_OPENERS = _CONJUNCTIONS | {"that", "which", "who"}
_DATE_MODIFIERS = frozenset(["early", "late", "mid", "last", "next", "past", "this", "coming"])
_REPORTING_VERBS = frozenset(_LEXICON["kinds"]["statement"])
_MAIN_VERB_AUXILIARIES = frozenset(["has", "have", "had", "is", "are", "was", "were"])
TIME_WORDS = frozenset(
    [
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "now",
        *WEEKDAYS,
        *MONTHS,
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "month",
        "year",
        "weekend",
    ]
)
_LIGHT_PARTICIPLES = frozenset(
    [
        "made",
        "held",
        "scheduled",
        "planned",
        "slated",
        "set",
        "due",
        "expected",
        "given",
        "delivered",
        "staged",
        "hosted",
        "called",
        "convened",
        "organised",
        "organized",
        "announced",
        "issued",
        "released",
        "published",
    ]
)
_COPULAS = frozenset(
    ["is", "are", "was", "were", "been", "be", "being", "remains", "remained", "became", "become"]
)
_VERB_TAGS = ("VBD", "VBN", "VBG", "VBZ", "VB", "VBP")
_POSSESSIVE = frozenset({"'s", "’s", "’", "'"})
STRUCTURAL_RULES = frozenset(
    {"rule-pick=possessive", "rule-pick=modifier", "rule-pick=noun-with-date"}
)
_LEFT_REACH = 20
_RIGHT_REACH = 10
_NEAR_WORDS = 3


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its offsets in the sentence, and its lower case."""

    start: int
    end: int
    text: str
    lower: str


@dataclass(frozen=True, slots=True)
class Anchor:
    """The event word a date belongs to: offsets in the sentence, lemma, and the rule used."""

    start: int
    end: int
    text: str
    lemma: str
    rule: str


def tokenize(sentence: str) -> list[Token]:
    """Words and punctuation with offsets; a possessive ``'s`` is a token of its own."""
    return list(_tokens(sentence))


@lru_cache(maxsize=1024)
def _tokens(sentence: str) -> tuple[Token, ...]:
    # A sentence is tokenised by the anchorer, the describer and the merger in turn.
    return tuple(
        Token(m.start(), m.end(), m.group(0), m.group(0).lower()) for m in _TOKEN.finditer(sentence)
    )


@cache
def word_classes(word: str) -> dict[str, tuple[str, ...]]:
    """Word classes the lexicon allows for ``word`` (``{"VERB": ("meet",), ...}``)."""
    return getAllLemmas(word)


@cache
def _verb_forms(word: str) -> frozenset[str]:
    """Penn tags (VBD, VBN, VBG, VBZ, VB, VBP) that ``word`` has as a form of a verb."""
    tags = set()
    for lemma in word_classes(word).get("VERB", ()):
        for tag in _VERB_TAGS:
            if word in inflection(lemma, tag):
                tags.add(tag)
    return frozenset(tags)


@cache
def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """The forms of ``lemma`` for a Penn tag ("rise", "VBZ" -> ("rises",)), remembered.

    Many words share a lemma ("meets", "met"); lemminflect copies its tables on every call.
    """
    return getInflection(lemma, tag)


def lemma_of(word: str) -> str:
    """The lemma of a content word, preferring its noun reading ("meeting" stays "meeting")."""
    lower = word.lower()
    if lower in EVENT_NOUNS:
        return lower
    classes = word_classes(lower)
    for upos in ("NOUN", "VERB", "ADJ"):
        if upos in classes:
            return classes[upos][0]
    return lower


def names_a_time(token: Token) -> bool:
    """A unit of time, time of day, clock, ordinal ending or abbreviation ("months", "pm",
    "12th", "b. 1842"): never the event a date belongs to, though often next to one."""
    if len(token.text) == 1 or token.text in _CAPITALISED_TIME_WORDS:
        return True
    lower = token.lower
    return (
        lower in _TIME_AND_UNIT_WORDS
        or word_classes(lower).get("NOUN", (lower,))[0] in _TIME_AND_UNIT_WORDS
    )


def _is_name(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    return token.text[:1].isupper() and index > 0 and tokens[index - 1].text not in {'"', "``"}


def is_function_word(lower: str) -> bool:
    return (
        lower in _DETERMINERS
        or lower in _PREPOSITIONS
        or lower in _PRONOUNS
        or lower in _CONJUNCTIONS
        or lower in _AUXILIARIES
    )


def is_auxiliary(lower: str) -> bool:
    """A word of a verb group before its main verb: "will", "has", "was", "'ve"."""
    return lower in _AUXILIARIES


def is_preposition(lower: str) -> bool:
    return lower in _PREPOSITIONS


def _event_noun(tokens: list[Token], index: int) -> bool:
    """A noun that names an event: listed, or a nominalisation ("decision", "shooting")."""
    token = tokens[index]
    lower = token.lower
    if is_function_word(lower) or not token.text[:1].isalpha() or names_a_time(token):
        return False
    if _is_name(tokens, index) and lower not in EVENT_NOUNS:
        return False
    classes = word_classes(lower)
    if "NOUN" not in classes and lower not in EVENT_NOUNS:
        return False
    lemma = classes.get("NOUN", (lower,))[0]
    if lower in EVENT_NOUNS or lemma in EVENT_NOUNS:
        return True
    return lemma.endswith(_NOMINAL_SUFFIXES) and lemma not in _NOT_NOMINALISATIONS


def is_verb(tokens: list[Token], index: int) -> bool:
    """A content verb in use here: an inflected form that is not read as a noun or adjective."""
    token = tokens[index]
    lower = token.lower
    if _is_name(tokens, index) or names_a_time(token):
        return False
    if lower in _MAIN_VERB_AUXILIARIES:
        return not _followed_by_verb(tokens, index)  # "had a loss", not "had fallen"
    if is_function_word(lower):
        return False
    forms = _verb_forms(lower)
    if not forms:
        return False
    previous = tokens[index - 1].lower if index > 0 else ""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    classes = word_classes(lower)
    if previous in _AUXILIARIES - _POSSESSIVE or (previous == "to" and "VB" in forms):
        return True
    if (
        "ADJ" in classes
        and following is not None
        and following.lower not in TIME_WORDS
        and "NOUN" in word_classes(following.lower)
    ):
        return False  # "a heavily wooded area"
    if "NOUN" in classes and (
        previous in _DETERMINERS
        or previous in _POSSESSIVE
        or previous in _PREPOSITIONS  # "in trading", "at the meeting"
        or previous.replace(".", "").isdigit()
    ):
        return False  # "the talks", "19.69 points"
    if forms <= {"VBZ", "VB", "VBP"} and "NOUN" in classes:
        return previous in _PRONOUNS  # "transaction costs" is a noun, "it costs" a verb
    return bool(forms & {"VBD", "VBN", "VBZ", "VBG"}) or previous in _PRONOUNS


def _followed_by_verb(tokens: list[Token], index: int) -> bool:
    for following in tokens[index + 1 : index + 4]:
        lower = following.lower
        if lower in _NEGATIONS_AND_ADVERBS or lower.endswith("ly"):
            continue
        return bool(_verb_forms(lower) & {"VBN", "VBG"}) or lower in _AUXILIARIES
    return False


def _anchor(tokens: list[Token], index: int, rule: str) -> Anchor:
    token = tokens[index]
    return Anchor(token.start, token.end, token.text, lemma_of(token.text), rule)


def _noun_phrase_head(tokens: list[Token], start: int) -> int | None:
    """The event noun of the noun phrase starting at ``start`` ("SCO summit" -> summit)."""
    for index in range(start, min(start + 5, len(tokens))):
        lower = tokens[index].lower
        if _event_noun(tokens, index):
            return index
        if is_function_word(lower) or not tokens[index].text[:1].isalnum():
            return None
        if is_verb(tokens, index) and not _is_name(tokens, index):
            return None
    return None


def _noun_phrase_end(tokens: list[Token], start: int) -> int | None:
    """The last noun of the noun phrase starting at ``start`` ("profit taking", "net income")."""
    head = None
    for index in range(start, min(start + 4, len(tokens))):
        token = tokens[index]
        classes = word_classes(token.lower)
        if is_function_word(token.lower) or not token.text[:1].isalpha():
            break
        if ("NOUN" in classes or not classes) and not names_a_time(token):
            head = index
        elif "ADJ" not in classes:
            break
    return head


def _can_modify_a_noun(tokens: list[Token], first: int, last: int) -> bool:
    """Dates like "2020", "third-quarter", "four-day" can modify a noun; "Tuesday" cannot."""
    words = [token.lower for token in tokens[first : last + 1]]
    return any(char.isdigit() for word in words for char in word) or "-" in words[-1]


def _clause_opens_before(tokens: list[Token], index: int) -> bool:
    """Whether the date (with its preposition) starts its clause."""
    if index < 0:
        return True
    lower = tokens[index].lower
    return lower in {",", ";", ":"} | _CONJUNCTIONS or tokens[index].text in _CLAUSE_STOPS


def _opening_phrase(tokens: list[Token], before: int, following: int) -> bool:
    """Whether the date ends a verbless phrase that opens the sentence ("In trading Friday,")."""
    if following >= len(tokens) or tokens[following].text != ",":
        return False
    if before < 0 or tokens[0].lower not in _PREPOSITIONS:
        return False
    return not any(is_verb(tokens, index) for index in range(0, before + 1))


def _search_left(tokens: list[Token], before: int) -> tuple[int | None, int | None]:
    """The nearest verb and the nearest event noun left of ``before`` within the clause."""
    verb = noun = None
    for index in range(before, max(before - _LEFT_REACH, -1), -1):
        if tokens[index].text in _CLAUSE_STOPS:
            break
        if noun is None and _event_noun(tokens, index):
            noun = index
        if is_verb(tokens, index):
            verb = index
            break
    return verb, noun


def _near(tokens: list[Token], index: int, before: int) -> bool:
    """Whether at most a few words other than names and determiners stand in between."""
    between = [
        token
        for i, token in enumerate(tokens[index + 1 : before + 1], start=index + 1)
        if not _is_name(tokens, i) and token.lower not in _DETERMINERS
    ]
    return len(between) <= _NEAR_WORDS


def _search_right(tokens: list[Token], after: int) -> int | None:
    """The first verb right of ``after`` within the clause (skipping its subject)."""
    for index in range(after, min(after + _RIGHT_REACH, len(tokens))):
        if tokens[index].text in _CLAUSE_STOPS:
            return None
        if is_verb(tokens, index):
            return index
    return None


def _predicate(tokens: list[Token], verb: int, before: int) -> int:
    """For a copula, the adjective or noun it predicates ("was weak", "is a suspect")."""
    if tokens[verb].lower not in _COPULAS:
        return verb
    for index in range(verb + 1, before + 1):
        lower = tokens[index].lower
        if lower in _DETERMINERS or lower in _NEGATIONS_AND_ADVERBS or lower.endswith("ly"):
            continue
        if lower.isalpha() and not is_function_word(lower):
            return index
        break
    return verb


def _settled(tokens: list[Token], index: int) -> int:
    """``index``, moved from a light participle to the noun it follows ("meeting held")."""
    if tokens[index].lower in _LIGHT_PARTICIPLES and index > 0 and _event_noun(tokens, index - 1):
        return index - 1
    return index


def _rule_choice(tokens: list[Token], first: int, last: int) -> tuple[int, str] | None:
    """The event word the structural rules pick for the date at tokens ``first..last``."""
    following = last + 1
    if following < len(tokens) and tokens[following].lower in _POSSESSIVE:
        head = _noun_phrase_head(tokens, following + 1)
        if head is None:
            head = _noun_phrase_end(tokens, following + 1)  # "Friday's focus"
        if head is not None:
            return head, "possessive"
    if _can_modify_a_noun(tokens, first, last):
        start_of_noun = following + (following < len(tokens) and tokens[following].text == ",")
        head = _noun_phrase_head(tokens, start_of_noun)
        if head is not None:
            return head, "modifier"
    if following < len(tokens) and tokens[following].lower == "of":
        head = _noun_phrase_head(tokens, following + 1)
        if head is None and following + 1 < len(tokens):
            head = _noun_phrase_head(tokens, following + 2)  # "a week of his capture"
        if head is not None:
            return head, "of-complement"
    before = first - 1
    while before >= 0 and tokens[before].lower in _PREPOSITIONS | _NEGATIONS_AND_ADVERBS:
        before -= 1
    after = following
    while after < len(tokens) and tokens[after].text == ",":
        after += 1
    if (
        before >= 0
        and before < first - 1
        and tokens[first - 1].lower in _PREPOSITIONS
        and _event_noun(tokens, before)
        and not any(is_verb(tokens, index) for index in range(before))
    ):
        return before, "noun-with-date"  # the subject: "her resignation on Monday surprised"
    if after < len(tokens) and after == following and is_verb(tokens, after):
        return _settled(tokens, after), "preverbal"  # "the minister yesterday resigned"
    if _clause_opens_before(tokens, before) or _opening_phrase(tokens, before, following):
        right = _search_right(tokens, after)
        if right is not None:
            return _settled(tokens, right), "clause-opening"
    verb, noun = _search_left(tokens, before)
    if noun is not None and (
        verb is None or (_near(tokens, noun, before) and lemma_of(tokens[noun].text) in EVENT_NOUNS)
    ):
        return noun, "governing-noun"
    if verb is not None:
        return _settled(tokens, _predicate(tokens, verb, before)), "governing-verb"
    right = _search_right(tokens, after)
    if right is not None:
        return _settled(tokens, right), "following-verb"
    return None


def _bucket(distance: int) -> str:
    """Token distance in the coarse steps the ranker learns weights for."""
    for limit, name in ((3, str(distance)), (5, "4-5"), (9, "6-9")):
        if distance <= limit:
            return name
    return "10+"


def _word_class(tokens: list[Token], index: int, verb: bool, event_noun: bool) -> str:
    if verb:
        forms = _verb_forms(tokens[index].lower)
        return "verb:" + ("VBD" if "VBD" in forms else "VBG" if "VBG" in forms else min(forms))
    if event_noun:
        return "noun:listed" if lemma_of(tokens[index].text) in EVENT_NOUNS else "noun:derived"
    if _is_name(tokens, index):
        return "name"
    classes = word_classes(tokens[index].lower)
    return "other:" + ("ADJ" if "ADJ" in classes else "NOUN" if "NOUN" in classes else "?")


def _features(
    tokens: list[Token],
    first: int,
    last: int,
    index: int,
    picked: tuple[int, str] | None,
    verbs: list[bool],
    nouns: list[bool],
    context: _DateContext,
) -> list[str]:
    """What the ranker knows about ``index`` as the event word of the date at ``first..last``.

    ``verbs`` and ``nouns`` flag each token of the sentence as a verb or an event noun.
    """
    side = "L" if index < first else "R"
    distance = first - index if side == "L" else index - last
    span = range(index + 1, first) if side == "L" else range(last + 1, index)
    word_class = _word_class(tokens, index, verbs[index], nouns[index])
    tense = _tense(tokens, index, word_class)
    verbs_between = sum(verbs[i] for i in span)
    commas_between = sum(tokens[i].text == "," for i in span)
    preposition, after_date, date_word = context.preposition, context.after, context.word
    previous = tokens[index - 1].lower if index > 0 else "<s>"
    bucket = _bucket(distance)
    lemma = lemma_of(tokens[index].text)
    nouns_between = sum(nouns[i] for i in span)
    previous = previous if is_function_word(previous) else "w"
    following = tokens[index + 1].lower if index + 1 < len(tokens) else "</s>"
    following = following if not following[:1].isalpha() or is_function_word(following) else "w"
    features = [
        f"side={side}|class={word_class}|verbs={min(verbs_between, 2)}"
        f"|nouns={min(nouns_between, 2)}",
        f"side={side}|previous={previous}|class={word_class}",
        f"side={side}|lemma={lemma}",
        f"side={side}|date-word={date_word}",
        f"side={side}|after-date={after_date}|class={word_class[:4]}",
        f"side={side}|before-date={preposition}|distance={bucket}",
        f"side={side}",
        f"side={side}|distance={bucket}",
        f"side={side}|class={word_class}",
        f"side={side}|class={word_class}|distance={bucket}",
        f"side={side}|verbs-between={min(verbs_between, 2)}",
        f"side={side}|class={word_class}|verbs-between={min(verbs_between, 2)}",
        f"side={side}|commas-between={min(commas_between, 2)}",
        f"side={side}|preposition={preposition}|class={word_class}",
        f"side={side}|opens-clause={context.opens_clause}",
        f"copula={tokens[index].lower in _COPULAS}",
        f"after-auxiliary={previous in _AUXILIARIES}|class={word_class}",
        f"after-determiner={previous in _DETERMINERS}|class={word_class}",
        f"side={side}|readings={''.join(sorted(word_classes(tokens[index].lower)))}",
        f"side={side}|suffix={tokens[index].lower[-3:]}|class={word_class[:4]}",
        f"side={side}|reporting={lemma in _REPORTING_VERBS}|class={word_class[:4]}",
        f"side={side}|next={following}|class={word_class[:4]}",
        f"side={side}|date-word={date_word}|class={word_class[:4]}|distance={bucket}",
        f"side={side}|same-clause={not any(_breaks_clause(tokens[i]) for i in span)}"
        f"|class={word_class[:4]}",
        f"object-of-verb={_beyond_modifiers(tokens, index, -1, verbs)}|class={word_class[:4]}",
        f"side={side}|event-object={_beyond_modifiers(tokens, index, 1, nouns)}"
        f"|class={word_class[:4]}",
        f"date-tense={context.tense}|tense={tense}",
        f"side={side}|date-tense={context.tense}|tense={tense}",
        f"side={side}|lemma={lemma}|preposition={preposition}",
    ]
    if picked is not None:
        if picked[0] == index:
            features += ["rule-pick", f"rule-pick={picked[1]}"]  # kept last: see anchor()
        else:
            features.append(f"rule-picked-other={picked[1]}|side={side}")
    return features


_PAST_DATE_WORDS = frozenset(
    ["ago", "last", "yesterday", "earlier", "previous", "past", "recent", "recently", "since"]
)
_FUTURE_DATE_WORDS = frozenset(["next", "tomorrow", "coming", "later", "future", "upcoming"])
_PRESENT_DATE_WORDS = frozenset(["today", "now", "this", "current", "currently", "tonight"])
_TENSE_MARKERS = {
    "will": "will",
    "'ll": "will",
    "shall": "will",
    "would": "modal",
    "could": "modal",
    "might": "modal",
    "may": "modal",
    "should": "modal",
    "can": "modal",
    "must": "modal",
    "to": "to",
    "has": "perfect",
    "have": "perfect",
    "had": "perfect",
    "is": "present",
    "are": "present",
    "am": "present",
    "was": "past",
    "were": "past",
}


class _DateContext(NamedTuple):
    """What the ranker knows about the date itself, the same for every candidate."""

    preposition: str  # the preposition before the date, "-" or "<s>"
    after: str  # the punctuation or function word after it, "w" for a content word
    word: str  # its last word, "<num>" for a number
    opens_clause: bool
    tense: str  # past, present, future or "?"


def _date_context(tokens: list[Token], first: int, last: int) -> _DateContext:
    preposition = tokens[first - 1].lower if first > 0 else "<s>"
    after = tokens[last + 1].lower if last + 1 < len(tokens) else "</s>"
    return _DateContext(
        preposition=preposition if preposition in _PREPOSITIONS else "-",
        after=after if not after[:1].isalpha() or is_function_word(after) else "w",
        word=tokens[last].lower if not tokens[last].text[:1].isdigit() else "<num>",
        opens_clause=_clause_opens_before(tokens, first - 1),
        tense=_date_tense(tokens, first, last),
    )


def _date_tense(tokens: list[Token], first: int, last: int) -> str:
    """Past, present or future as the date's own words say ("ago", "next", "this"), else "?".

    A past date tends to date a verb in the past tense, a future one a verb after "will".
    """
    words = {token.lower for token in tokens[first : last + 1]}
    if words & _PAST_DATE_WORDS:
        return "past"
    if words & _FUTURE_DATE_WORDS:
        return "future"
    if words & _PRESENT_DATE_WORDS:
        return "present"
    return "?"


def _tense(tokens: list[Token], index: int, word_class: str) -> str:
    """The candidate's tense from the auxiliary before it, else its own form."""
    for position in range(index - 1, max(index - 4, -1), -1):
        lower = tokens[position].lower
        if lower in _TENSE_MARKERS:
            return _TENSE_MARKERS[lower]
        if not (
            lower in _NEGATIONS_AND_ADVERBS
            or lower.endswith("ly")
            or lower in {"be", "been", "being", "have"}
        ):
            break
    return word_class


def _beyond_modifiers(tokens: list[Token], index: int, step: int, flags: list[bool]) -> bool:
    """Whether the word past the determiners, numbers and adjectives next to ``index`` is flagged.

    Looking left over "a net" from "loss" finds the verb of "had a net loss"; looking right
    from "had" finds its event object.
    """
    position = index + step
    for _ in range(3):
        if not 0 <= position < len(tokens):
            return False
        if flags[position]:
            return True
        token = tokens[position]
        lower = token.lower
        if not (
            lower in _DETERMINERS
            or lower in {"$", "%", "#"}
            or token.text[:1].isdigit()
            or "ADJ" in word_classes(lower)
        ):
            return False
        position += step
    return False


def _breaks_clause(token: Token) -> bool:
    """A comma, conjunction, quote or "that" between two words puts them in different clauses."""
    return token.text == "," or token.text in _CLAUSE_STOPS or token.lower in _CLAUSE_OPENERS


def candidates(
    sentence: str, start: int, end: int
) -> tuple[list[Token], list[tuple[int, list[str]]]]:
    """The sentence's tokens and every content word that may be the date's event word.

    Each candidate comes with the features the ranker scores; exposed so the weights can be
    learned from annotated text (benchmarks/train_anchoring.py).
    """
    tokens = tokenize(sentence)
    inside = [i for i, token in enumerate(tokens) if token.start < end and token.end > start]
    if not inside:
        return tokens, []
    first, last = inside[0], inside[-1]
    picked = _rule_choice(tokens, first, last)
    window = range(max(first - _LEFT_REACH, 0), min(last + 1 + _LEFT_REACH, len(tokens)))
    verbs = [index in window and is_verb(tokens, index) for index in range(len(tokens))]
    nouns = [index in window and _event_noun(tokens, index) for index in range(len(tokens))]
    context = _date_context(tokens, first, last)
    found = []
    for index in window:
        if (
            first <= index <= last
            or not tokens[index].text[:1].isalpha()
            or names_a_time(tokens[index])
            or _names_someone(tokens, index)
        ):
            continue
        if (
            is_function_word(tokens[index].lower)
            and tokens[index].lower not in _COPULAS
            and not verbs[index]  # "had a loss" is the event, "had fallen" is not
        ):
            continue
        if _part_of_date(tokens, first, last, index):
            continue
        found.append((index, _features(tokens, first, last, index, picked, verbs, nouns, context)))
    return tokens, found


def _names_someone(tokens: list[Token], index: int) -> bool:
    """A name ("Reuters", "Mary" opening a genealogy line) rather than an event's word:
    capitalised inside the sentence or unknown to the lexicon, and not a listed event noun."""
    token = tokens[index]
    named = _is_name(tokens, index) or (token.text[:1].isupper() and not word_classes(token.lower))
    return named and lemma_of(token.text) not in EVENT_NOUNS


def _part_of_date(tokens: list[Token], first: int, last: int, index: int) -> bool:
    """A time word or date modifier next to the date ("Thursday night", "early March")."""
    lower = tokens[index].lower
    if index == last + 1:
        return lower in TIME_WORDS
    return index == first - 1 and (lower in TIME_WORDS or lower in _DATE_MODIFIERS)


@cache
def _model() -> dict:
    path = resources.files("extractors").joinpath("data/anchor_weights.json")
    return json.loads(path.read_text("utf-8"))


def _weights() -> dict[str, float]:
    return _model()["weights"]


def rule_confidence(rule: str) -> float:
    """How often anchors made by ``rule`` were right on held-out TimeBank/AQUAINT documents."""
    accuracy = _model()["rule_accuracy"]
    return accuracy.get(rule, accuracy["ranked"])


def score(features: list[str], weights: dict[str, float]) -> float:
    """The ranker's score of one candidate: the sum of its features' weights."""
    get = weights.get
    return sum([get(feature, 0.0) for feature in features])


def anchor(
    sentence: str, start: int, end: int, weights: dict[str, float] | None = None
) -> Anchor | None:
    """The event word that the date at ``sentence[start:end]`` dates, or None if none is found.

    A possessive or a date modifying a noun settles it; otherwise the structural rules propose
    a word and a linear ranker learned from TimeBank/AQUAINT weighs that proposal against
    every other content word nearby.
    """
    weights = _weights() if weights is None else weights
    tokens, found = candidates(sentence, start, end)
    if not found:
        return None
    for index, features in found:
        if features[-1] in STRUCTURAL_RULES:  # the rule's pick, kept last by _features
            return _anchor(tokens, index, features[-1].split("=", 1)[1])
    index, features = max(found, key=lambda candidate: score(candidate[1], weights))
    rule = next((f.split("=", 1)[1] for f in features if f.startswith("rule-pick=")), "ranked")
    return _anchor(tokens, _settled(tokens, index), rule)
