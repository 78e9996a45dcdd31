"""The patterns of English temporal expressions and their TimeML readings.

Each :class:`Rule` is a regular expression whose match is exactly the TIMEX3 extent
(TimeML conventions: no leading preposition; determiners and modifiers such as "the",
"late", "nearly" included) and a reader that turns the match into a TIMEX3 type and value,
given a :class:`Context` that knows the reference date, the tense around the match and where
the narrative stands. Patterns use ``<NAME>`` macros (see ``MACROS``) for shared pieces.
``tests/extractors/timex_cases.tsv`` holds the expected readings, one case a line.

Words match case-insensitively, except month and weekday names, which must be capitalised
so that "may", "march" and "sun" as ordinary words are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, date, timedelta
from itertools import pairwise

MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], start=1
    )
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "fortnight": "FN",
}
# Units written as a number of smaller ones in a TimeML value: a decade is P10Y.
UNIT_MULTIPLES = {"DE": (10, "Y"), "CE": (100, "Y"), "FN": (2, "W")}
CLOCK_UNITS = frozenset({"hour", "minute", "second"})
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
    "final": -1,
}
CENTURY_ORDINALS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
_ORDINAL_WORDS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth"),
]
# Days of the month spelled out, as transcribed speech has them: "March eighth".
DAY_ORDINALS = {
    **{word: number for number, word in enumerate(_ORDINAL_WORDS, start=1)},
    **{f"twenty-{word}": 20 + number for number, word in enumerate(_ORDINAL_WORDS[:9], start=1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
SMALL_NUMBERS = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * number
    for number, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2
    )
}
# Quantities that say "some number of": their durations get X digits (PXY).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some")
QUANTITIES = (*VAGUE_QUANTITIES, "a couple of", "couple of")  # "a couple of years" is P2Y
DECADE_WORDS = {
    word: digit
    for digit, word in enumerate(
        [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ],
        start=2,
    )
}
SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}
# Words after a four-digit number that make it a count, not a year ("1990 employees").
COUNTED_NOUNS = (
    "people|persons|employees|workers|jobs|shares|troops|soldiers|tons|tonnes|feet|foot|"
    "meters|metres|miles|kilometers|kilometres|acres|barrels|cars|vehicles|members|votes|"
    "points|yards|pounds|dollars|yen|marks|francs|units|homes|houses|students|cases|deaths|"
    "calories|pages|rooms|seats|beds|customers|patients|children|men|women|prisoners|refugees"
)


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(str(word)) for word in words), key=len, reverse=True))


def _capitalised(words: object) -> str:
    """Alternation of the Capitalised and UPPER-CASE forms of ``words``."""
    return _alternation(
        form for word in words for form in (str(word).capitalize(), str(word).upper())
    )


_NUMBER_WORD = (
    f"(?:(?:{_alternation(TENS)})(?:[- ](?:{_alternation(SMALL_NUMBERS)}))?"
    f"|{_alternation(SMALL_NUMBERS)}|an?)"
)
_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?(?:[ -]1/2)?|\d+/\d+"
    rf"|{_NUMBER_WORD}(?:[ -]and[ -]a[ -]half)?(?:[ -](?:hundred|thousand))?"
    rf"|{_alternation(QUANTITIES)}|a half|half an?|a dozen)"
)
_SPELLED_YEAR = (
    r"(?:(?:eighteen|nineteen)[ -](?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
)

TIME_ZONES = r"[ECMP][SD]T|GMT|UTC|BST|CES?T"
HOUR_WORDS = {word: SMALL_NUMBERS[word] for word in list(SMALL_NUMBERS)[1:13]}
_HOUR = rf"(?:1[0-2]|0?[1-9]|{_alternation(HOUR_WORDS)})"
_DAY_PART = r"(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening|night)|at[ \t]+night)"
# "four in the morning" counts no time after "killed": an hour before a part of the day reads
# as a clock time after a preposition of time only.
_TIME_PREPOSITIONS = "at|by|until|till|around|about|before|after|from|since|to"
_AFTER_TIME_PREPOSITION = (
    "(?:" + "|".join(rf"(?<=\b{word} )" for word in _TIME_PREPOSITIONS.split("|")) + ")"
)

MACROS = {
    # left edge: not inside a word, a number or an amount of money
    "L": r"(?<![\w$£€#.,/'’-])",
    "S": r"[ \t]+",
    "COMMA": r"(?:[ \t]*,)?[ \t]+",  # "June 2, 2010" and PTB-tokenised "June 2 , 2010"
    "MONTH": (
        rf"(?P<month>(?:{_capitalised(MONTHS)})\b"
        rf"|(?:{_capitalised(MONTH_ABBREVIATIONS)})(?:\.|\b(?=[ \t]*\d)))"
    ),
    "MONTHNAME": rf"(?P<month>(?:{_capitalised(MONTHS)})\b|Sept\.)",
    "WEEKDAY": rf"(?P<weekday>{_capitalised(WEEKDAYS)})",
    "DAY": r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.,]\d)"
    rf"|(?i:(?:twenty|thirty)[ -](?:{_alternation(_ORDINAL_WORDS[:9])})"
    rf"|{_alternation(_ORDINAL_WORDS)}|thirtieth)(?![\w-]))",
    "YEAR": r"(?P<year>1\d\d\d|20\d\d)",
    "YEARSPELLED": rf"(?P<year>1\d\d\d|20\d\d|(?i:{_SPELLED_YEAR}))",
    # right edge of a year: not a percentage, a range "1989-90" or a count "1990 employees"
    "YEAREND": rf"(?![\w%]|[.,/]\d|-\d|[ \t]*(?:%|(?i:percent|per cent|{COUNTED_NOUNS})\b)"
    rf"|[ \t]+(?:{TIME_ZONES}|local time|hours|hrs)\b)",  # "1815 GMT" is a clock time
    "NUMBER": rf"(?P<number>(?i:{_NUMBER}))",
    "NUMBER2": rf"(?i:{_NUMBER})",
    "UNIT": r"(?P<unit>(?i:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year"
    r"|decade|centur(?:y|ies))s?)",
    "APPROX": r"(?i:(?:more|less|fewer) than|at least|at most|nearly|almost|about|around|"
    r"roughly|approximately|up to|no more than|no less than|well over|over|under|some)",
    "EDGE": r"(?P<edge>(?i:early|late|earlier|later|mid|the end of|the beginning of|the start of"
    r"|the middle of|the rest of|the remainder of|sometime))",
    "PART": r"(?P<part>(?i:morning|afternoon|evening|night))",
    "CLOCK": r"(?P<clock>(?i:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ \t]*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
    rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?=[ \t]*(?:{TIME_ZONES})\b)|(?:noon|midnight|midday)\b"
    # "at 4 in the morning", "at ten o'clock at night"; not "the Ten o'clock News", nor a bare
    # "o'clock" that leaves morning or evening open
    rf"|{_AFTER_TIME_PREPOSITION}{_HOUR}(?:[ \t]+o['’]clock)?[ \t]+{_DAY_PART}\b))",
    "ZONE": rf"(?:[ \t]+(?:{TIME_ZONES})\b)?",
    # a part of a longer period named after it: "the last half of the '80s"
    "PARTOF": r"(?i:the[ \t]+(?:(?:first|second|last|latter|early|later)[ \t]+half|end|beginning"
    r"|start|middle|turn)[ \t]+of[ \t]+)",
    "ORDINAL": r"(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))",
}
_MACRO = re.compile(r"<([A-Z0-9]+)>")


def expand(pattern: str) -> str:
    """The regular expression a rule pattern stands for, its ``<NAME>`` macros filled in."""
    return _MACRO.sub(lambda macro: MACROS[macro.group(1)], pattern)


# --- values ---------------------------------------------------------------------------------


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, shift: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + shift
    return index // 4, index % 4 + 1


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def parse_number(text: str) -> float | None:
    """The number a quantity phrase names, or None for vague ones ("several")."""
    words = text.lower().replace("-", " ").split()
    if " ".join(words) in VAGUE_QUANTITIES:
        return None
    if "couple" in words:
        return 2
    if words == ["a", "dozen"]:
        return 12
    total = 0.0
    for word in words:
        if word in {"a", "an"}:
            total += 0 if total else 1
        elif word in SMALL_NUMBERS:
            total += SMALL_NUMBERS[word]
        elif word in TENS:
            total += TENS[word]
        elif word in {"hundred", "thousand"}:
            total = max(total, 1) * (100 if word == "hundred" else 1000)
        elif word == "half":
            total = total - 1 + 0.5 if total == 1 and words[0] == "a" else total + 0.5
        elif word != "and":
            numerator, slash, denominator = word.partition("/")
            try:
                total += (
                    int(numerator) / int(denominator) if slash else float(word.replace(",", ""))
                )
            except (ValueError, ZeroDivisionError):
                return None
    return total


def spelled_year(text: str) -> int:
    """1996 for "1996" or "nineteen ninety-six", 2000 for "two thousand"."""
    if text.isdigit():
        return int(text)
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(parse_number(" ".join(words[2:])) or 0)
    century = SMALL_NUMBERS[words[0]] * 100
    return (
        century
        if words[1:] == ["hundred"]
        else century + int(parse_number(" ".join(words[1:])) or 0)
    )


def duration_value(amount: float | None, unit: str) -> str:
    """TimeML duration: P3Y, PT2H, PT5H30M, P10Y for a decade, PXY when the amount is vague."""
    word = unit.lower()
    name = "century" if word.startswith("centur") else word.removesuffix("s")
    code = UNITS[name]
    clock = name in CLOCK_UNITS
    prefix = "PT" if clock else "P"
    if amount is None:
        return f"{prefix}X{'W' if code == 'FN' else code}"  # "fortnights" is some weeks
    if code in UNIT_MULTIPLES:
        factor, code = UNIT_MULTIPLES[code]
        amount *= factor
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{code}"
    lead = f"{whole}{code}" if whole else ""
    rest = amount - whole
    if clock and code in {"H", "M"}:
        smaller, factor = ("M", 60) if code == "H" else ("S", 60)
        return f"PT{lead}{round(rest * factor)}{smaller}"
    if code == "Y":
        return f"P{lead}{round(rest * 12)}M"
    if code == "D":
        return f"P{lead}T{round(rest * 24)}H"
    if code == "W":
        return f"P{round(amount * 7)}D"
    return f"{prefix}{amount:g}{code}"


# --- context --------------------------------------------------------------------------------

QUARTER_REACH = 1500  # characters
PAST_PERFECT_REACH = 40  # characters from "had" to the date it governs
SAME_QUARTER_REACH = 300  # characters: "the quarter ended ..." right after a named quarter
DAY_REACH = 1000  # characters from a day named to a clock time that takes it unasked
# At most this many days from a weekday to the one joined after it ("Thursday or Friday"); more
# is a list out of order ("statements made Friday and Thursday"), each day read on its own.
JOINED_DAYS_APART = 3
# "will" and its contractions, also curly or PTB-tokenised: "we’ll", "we 'll", "wo n't".
_WILL_WORDS = r"will|shall|won['’]t|wo(?=[ \t]+n['’]t\b)|(?<=['’])ll|going to"
_FUTURE_WORDS = (
    rf"{_WILL_WORDS}|scheduled|slated|expected|expects?|planning to"
    r"|set to|due|(?:un)?likely to"
    r"|is to|are to|to be held|upcoming|intends? to|hopes? to|aims? to|next(?! to\b)"
    # "the end", "is open", "broke open": no verbs of the future
    r"|(?<!the )(?:begins?|starts?|opens|ends?|expires?)"
    r"|later this|as early as|as soon as"
    # not "would have seen": a past that did not happen
    r"|would(?![ \t]*['’]ve\b|[ \t]+have[ \t]+(?:been|had|made|\w+(?:ed|en|ne|wn|ght|ld|id)\b))"
    r"|(?:is|are) the deadline"
    # the present of a visit or a meeting speaks of the coming one: "He returns on Monday"
    r"|returns|visits|meets|travels|leaves|arrives|flies|hosts|resumes|convenes|testifies"
)
# After a date, a plan that follows a determiner is a noun of another phrase: "announced in
# July its plan to sell assets"; before it, the plan governs the date: "a plan to cut jobs in May".
_FUTURE_CUES_AFTER = re.compile(
    r"(?<!had )(?<!had been )\b(?:"
    rf"{_FUTURE_WORDS}|(?<!\bits )(?<!\bthe )(?<!\ba )(?<!\btheir )(?<!\bhis )(?<!\bher )plans? to"
    r")\b",
    re.IGNORECASE,
)
# A past plan looks ahead from before the date only: "planned to leave on Thursday", but
# "On Friday, the government planned to pay" says when the plan was made.
_FUTURE_CUES = re.compile(
    rf"(?<!had )(?<!had been )\b(?:{_FUTURE_WORDS}|plans? to|planned (?:to|for))\b",
    re.IGNORECASE,
)
# A past wish looks neither way: "hoped to get the vaccine in August" (told in June) and "wanted
# to release the models in late April" (told in October) both mean this year's month.
# A deed still to be done, before the date only: "testimony to be delivered Thursday", "the
# report, to be released on Tuesday"; not "was found to be infected", nor after a verb that makes
# someone do it ("bad weather forced the work to be suspended at the weekend").
_TO_BE_DONE = re.compile(
    r"(?<!found )(?<!reported )(?<!believed )(?<!said )(?<!thought )(?<!known )(?<!shown )"
    r"(?<!confirmed )(?<!appeared )(?<!seemed )(?<!used )(?<!proved )(?<!out )"
    r"\bto be (?:held|heard|read|broadcast|built|paid|sent|shown|given|made|taken|sold|\w+ed)\b",
    re.IGNORECASE,
)
_MADE_TO = re.compile(
    r"\b(?:caused|forced|allowed|ordered|asked|led|prompted|enabled|required)\b", re.IGNORECASE
)
_PAST_WISH = re.compile(
    r"\b(?:hoped|wanted|promised|pledged|vowed|intended|aimed|threatened) to\b", re.IGNORECASE
)
# A modal tells of what may happen, neither past nor firmly ahead: "the leak might not be
# stopped before August", "relief wells meant to stop the flow in August"; not a past that did
# not happen ("could have"), nor what someone could not do ("he couldn't work through the summer").
_MODAL = re.compile(
    r"\b(?:could(?![ \t]*n['’]t|[ \t]+not\b)|might|(?-i:may)|should|must|supposed to|meant to)\b"
    r"(?![ \t]+have\b|[ \t]*['’]ve\b)",
    re.IGNORECASE,
)
# "was planning to", "were due to" speak of a plan, not of the past; "unnamed", "United" are
# no past tense.
_PAST_CUES = re.compile(
    r"(?<!be )(?<!been )(?<!being )(?<!is )(?<!are )\b(?:"  # "is answered": a present passive
    r"(?:was|were)(?![ \t]+(?:planning|going|scheduled|due|set to|expected)\b)"
    r"|had|did|ago|came|went|took|made|began|"
    # "last" and "hit" after a modal, "to" or "does" are no past: "the strike will last until
    # Friday", "better for it to hit us in the summer"
    r"(?<!will )(?<!would )(?<!could )(?<!may )(?<!might )(?<!to )(?<!can )(?<!does )(?<!do )"
    r"(?<!n't )(?:last|hit)|"
    r"said|met|won|lost|fell|rose|held|left|told|gave|saw|sold|bought|paid|got|led|ran|"
    r"struck|brought|became|earlier|since|"
    # simple past forms that are no participles ("is heard in May" speaks of the future)
    r"grew|sank|shrank|wrote|spoke|chose|drove|broke|stole|froze|swore|tore|wore|withdrew|"
    r"overtook|undertook|arose|overcame|rode|knew|threw|drew|flew|blew|died|fled|rang|sang|swam|ate|forgave|"
    # not "-ed" adjectives or nouns: "unnamed", "so-called", "state-owned", "seabed", "greed"
    r"(?<!-)(?!(?:succe|proce|exce|ne|fe|se|spe|bre|ble|inde|hundr|she|gre|hatr|sacr|nak|wick|belov"
    r"|(?:sea|river|lake|ocean|creek|flower|test|hot|sick|death|sun)b)ed\b|un\w+ed\b)\w{3,}ed)\b",
    re.IGNORECASE,
)
# A word right before a date that puts it ahead: "payable Jan. 2", "by February".
# A clock time may stand between: "until midnight on Monday", "by 5 p.m. on Friday".
_CLOCK_ON = (
    r"(?:(?:midnight|noon|\d\d?(?:[:.]\d\d)?[ \t]*[ap]\.?m\.?)[ \t]+(?:\w+[ \t]+)?on[ \t]+)?"
)
_FUTURE_PREPOSITION = re.compile(
    rf"\b(?:by|effective|payable|starting|beginning|due)[ \t]+"
    # "by early on Saturday", "starting on Monday"
    r"(?:(?:early|late)[ \t]+(?:on[ \t]+)?|(?<=ing[ \t])on[ \t]+|(?<=ive[ \t])on[ \t]+)?"
    rf"{_CLOCK_ON}\Z",
    re.IGNORECASE,
)
_PUT_OFF = r"postponed|delayed|deferred|rescheduled|extended|pushed[ \t]+back|put[ \t]+off"
# "until Tuesday" looks ahead ("gave them until Tuesday"), unless the clause is in the past
# perfect: "Until Thursday, they had not called him a suspect."
_UNTIL = re.compile(
    rf"\b(?:until|till|through"
    # "postponed the shows to July 31", "extended the ban by ten days to May 17"
    rf"|(?:{_PUT_OFF})"
    rf"\b[^.;]{{0,60}}?[ \t]to)[ \t]+{_CLOCK_ON}\Z",
    re.IGNORECASE,
)
# A past verb right before "until" tells how long a thing went on ("the leak ran until July 15",
# "it was only a cold until Friday"); not one that puts a thing off or grants the time ("halted
# drilling until Nov. 30", "gave them until Tuesday"), nor one of another clause ("feared that
# the leak lasts until August").
_ENDS_IN_UNTIL = re.compile(rf"\b(?:until|till)[ \t]+{_CLOCK_ON}\Z", re.IGNORECASE)
_PUT_OFF_OR_GRANTED = re.compile(
    rf"\b(?:{_PUT_OFF}|halted|suspended|closed|shut|banned|barred|gave|given|granted|allowed"
    r"|set|waited|kept|held|remained|stayed)\b",
    re.IGNORECASE,
)
_CLAUSE_OPENER = re.compile(r"\b(?:that|if|when|whether|because|unless|while|and|but)\b", re.I)
# Nor does a past negation: "I didn't hear of it until Friday night", "It was not until Monday".
_NOT_UNTIL = re.compile(
    r"\b(?:did(?:[ \t]?n['’]t|[ \t]+not)|(?:was|were)(?:[ \t]?n['’]t|[ \t]+not)[ \t]+until)\b",
    re.IGNORECASE,
)
# The past perfect shortly before a date puts it behind the story, plan or deadline alike: "had
# been due to expire Friday", "had filed reports by Wednesday"; not "had said it will vote Friday".
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_WILL = re.compile(rf"\b(?:{_WILL_WORDS})\b", re.IGNORECASE)
# The earliest a thing may happen: "could come as early as Friday", "as soon as next week".
_EARLIEST = re.compile(r"\b(?i:as[ \t]+(?:early|soon)[ \t]+as)[ \t]+\Z")
# A plan told in the past ("it was planning to use") puts nothing ahead of "as early as".
_WAS_BEFORE = re.compile(r"\b(?:was|were)[ \t]+\Z", re.IGNORECASE)
# A plan told in the past tense, whose day may have come or not: "was due to", "were set to".
_PAST_PLAN = re.compile(
    r"\b(?:was|were)[ \t]+(?:(?:(?:due|expected|scheduled|slated|set|supposed|meant)[ \t]+)?to"
    r"|(?:due|scheduled|slated|set|expected)[ \t]+(?:on|for))\b",  # "the tests were due on Monday"
    re.IGNORECASE,
)
# Words that put an event named by its day ahead ("ahead of Thursday's testimony", "preparations
# are under way for Saturday's concert"), whatever the tense of the clause that tells of them.
_AHEAD_OF = re.compile(
    r"\b(?:ahead of|in advance of|awaiting|in the (?:run|lead)-up to|under way for"
    r"|look(?:s|ing)? (?:ahead|forward) to|preparations? for)[ \t]+\Z",
    re.IGNORECASE,
)
# The event a day names told of as still to come by a clause of its own: "Saturday's concert,
# which will be broadcast live".
_FUTURE_EVENT_AFTER = re.compile(
    r"[ \t]*['’]s[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+[ \t]*,?[ \t]*(?:which|that)[ \t]+"
    r"(?:will|is[ \t]+(?:to|due|set|expected|scheduled)|is[ \t]+going[ \t]+to)\b",
    re.IGNORECASE,
)
# Future cues firm enough to put an event named by its day ahead: not "would", which mostly
# reports a past plan ("said they would fight Wednesday's ruling").
_FIRM_FUTURE = re.compile(
    rf"\b(?:{_WILL_WORDS}|expected to|due to|set to|scheduled|slated|plans? to"
    r"|planning to|(?:is|are) to)\b(?![ \t]+have\b)",  # not "are expected to have died in"
    re.IGNORECASE,
)
# A past verb that opens a clause of its own: "he acknowledged that even August is not firm".
_THAT_AFTER = re.compile(r"[ \t]+that\b")
# A participle right after a date, opening a phrase of the noun before it ("a hearing on
# Thursday devoted to the disaster", "the report out Friday prepared by the panel") or an
# adjective of the plural noun after it ("is expected to order on Thursday strengthened
# inspections").
_PARTICIPLE_AFTER = re.compile(
    r"[ \t]+\w+ed[ \t]+(?:(?:to|by|in|on|at|for|with|from)\b"
    r"|(?!(?:was|has|is|its|his|this)\b)[a-z]+s\b)"
)
# A past that did not happen: "we'd have been of limited use", "could have stopped it".
_CONDITIONAL_PAST = re.compile(
    r"(?:['’]d|\bwould|\bcould|\bmight|\bshould)(?:[ \t]+have\b|[ \t]*['’]ve\b)", re.IGNORECASE
)
# "By" opening a sentence or a clause joined by "and": its clause tells whether the date is
# ahead ("By Friday, crews will have...") or behind ("By the end of May, BP's hopes rested on...",
# "followed on Thursday and by Thursday night the pair were reunited").
_OPENING_BY = re.compile(
    r"(?:\A[ \t\"“]*(?:(?:And|But|Then)[ \t]+)?|,?[ \t]+and[ \t]+)[Bb]y[ \t]+"
    r"(?:(?:early|late)[ \t]+(?:on[ \t]+)?)?\Z"
)
# "will be officially released", "if the flow is not stopped": a participle after "be" and an
# adverb or a negation is no past tense either.
_BE_AND_ADVERB = re.compile(
    r"\b(?:be|been|being|is|are)(?:[ \t]?n['’]t|[ \t]+\w+ly|[ \t]+not)[ \t]+\Z", re.IGNORECASE
)


# "due to" right after a date gives a cause, no plan: "shut on Friday due to the storm".
_CAUSE_FIRST = re.compile(r"[ \t,]*due[ \t]+to\b", re.IGNORECASE)


def _cues_in(cues: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``cues`` in ``text``, less past participles of a passive with an adverb,
    deeds someone was made to do, and a cause right after the date ("woken up at three in the
    morning due to false alarms")."""
    cause = _CAUSE_FIRST.match(text) if cues is _FUTURE_CUES_AFTER else None
    for cue in cues.finditer(text):
        if cues is _PAST_CUES and _BE_AND_ADVERB.search(text, 0, cue.start()):
            continue
        if cues is _TO_BE_DONE and _MADE_TO.search(text, 0, cue.start()):
            continue
        if cause and cue.start() < cause.end():
            continue
        yield cue


# A sentence ends at . ! ? before a capital, unless the period closes an initial ("N.J.",
# "Daniel P. Davison") or a title; clauses also end at ; and a few conjunctions.
_CLAUSE_EDGE = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<!\bCo)(?<!\bInc)(?<!\bCorp)"
    # nor the period of "a.m." before a zone, a weekday or a month: "at 11 a.m. EDT on Saturday"
    rf"(?!(?<=\b[ap]\.m)\.[ \t]+(?:{TIME_ZONES}|ET|PT|CT|MT|{_capitalised(WEEKDAYS)}"
    rf"|{_capitalised(MONTHS)}|{_capitalised(MONTH_ABBREVIATIONS)})\b)"
    r"[.!?][\"'”’]*\s+(?=[\"'“‘`]*[A-Z])|[;\n]|\b(?i:but|while|because)\b"
)


# A relative clause after a date has a tense of its own: "introduced a bill Friday that would
# redirect $50 million" speaks of last Friday.
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who)\b")
# Verbs that report speech, whose tense after a date is the reporter's, not the date's.
_REPORTING = re.compile(r"said|told|added|announced|reported|stated", re.IGNORECASE)
# A quotation mark ends a clause too: in "will leave at 4 a.m. Thursday,'' Castro said" the
# quotation speaks of the future, whatever the tense of the verb reporting it.
_QUOTE_EDGE = re.compile(r"''|``|[\"“”]")
# So does a spaced dash closing a relative clause set aside by dashes: "Hayward - who is to
# leave in October - accepted", where the verb after it is the subject's, not the date's.
_DASH_EDGE = re.compile(r"[ \t](?:-{1,2}|–|—)[ \t]")
_ASIDE_OPENED = re.compile(r"[ \t](?:-{1,2}|–|—)[ \t]+(?:who|which|whose)\b(?!.*[ \t](?:-|–|—))")
# Likewise a relative clause set aside by commas: in "The disaster, which began in mid-April,
# will persist" the verb after its closing comma is the subject's.
_COMMA_EDGE = re.compile(",")
_COMMA_ASIDE_OPENED = re.compile(r",[ \t]+(?:who|which|whose)\b[^,]*\Z")


# A four-digit number opening a line or sentence, then a capitalised word: a live page's
# clock stamp ("1604 Adm Mike Mullen says") or a chronology's year ("1918 Flu kills").
# The stamp may end in a colon: "2059 : Media critic Howard Kurtz tweets".
_STAMP = re.compile(
    r"(?:^|(?<=[.!?\"'”)]\s)|(?<=\n))[ \t]*(\d{4})(?:[ \t]*:)?[ \t]+(?=[A-Z])", re.MULTILINE
)
_RUN_ON_STAMP = re.compile(r"(?<=\w[ \t])(\d{4})(?=(?:[ \t]*:)?[ \t]+[A-Z])")
_MIN_STAMPS = 4


def _one_way(values: list[int]) -> bool:
    """Whether nearly all steps between neighbours go one way (a stray first entry aside)."""
    steps = [b - a for a, b in pairwise(values) if b != a]
    down = sum(step < 0 for step in steps)
    return max(down, len(steps) - down) >= 0.9 * len(steps)


@dataclass
class Context:
    """What a reader needs beyond its match: reference date, tense, narrative position."""

    text: str
    reference: date | None
    _day: date | None = None  # the day the narrative has reached
    year: int | None = None  # the last year named outright
    month: tuple[int, int] | None = None  # the last month named: (year, month)
    month_without_day: bool = False  # a month was named after the day, and the day is not in it
    days_named: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day): its year
    quarter: tuple[int, int] | None = None  # the last quarter named: (year, quarter)
    quarter_at: int = 0  # where it was named
    months_at: int = -1  # where a span of several months was named ("the nine months")
    _stamps: frozenset[int] | None = None  # where a live page's clock stamps stand
    at: int = 0  # where the expression being read starts
    _day_at: int = 0  # where the narrative's day was named

    @property
    def day(self) -> date | None:
        return self._day

    @day.setter
    def day(self, day: date | None) -> None:
        self._day, self._day_at, self.month_without_day = day, self.at, False

    def day_of_time(self, start: int, end: int) -> date | None:
        """The day a time of day names no day for is on: the day the narrative has reached, if
        it was named shortly before or the clause tells of the past ("By 8 p.m. the test had
        ended"); else the reference day ("At 8pm there's live commentary" far down a
        listing). A time that opens an entry of a live page ("3.08 pm: Waxman speaks") is
        the page's, whatever day its entries tell of."""
        if just_before(_SENTENCE_OPENING, self, start) and _ENTRY_AFTER_TIME.match(self.text, end):
            return self.reference
        if (
            self._day is not None
            and self.reference is not None
            and self._day < self.reference
            and self.firmly_ahead(start, end)
        ):
            return self.reference  # "is expected to reconnect at midnight": not a past day's
        if self._day is not None and (
            start - self._day_at <= DAY_REACH or self.tense(start, end) < 0
        ):
            return self._day
        return self.reference

    def name_month(self, year: int, month: int) -> None:
        """A month named without a day: "that day" then means a day of it, not the last day."""
        self.month = (year, month)
        self.month_without_day = self._day is None or (self._day.year, self._day.month) != (
            year,
            month,
        )

    def clock_stamps(self) -> frozenset[int]:
        """Where the four-digit clock stamps that open the entries of a live page stand
        ("1604 Adm Mike Mullen says ...", entries running down from "2346" to "2205"): a run
        of at least four, each a time of day, nearly all in one direction, and over a day
        that no run of years could be: reaching past the reference's year, or all within
        twelve hours' worth of numbers a century or more before it. On such a page a stamp
        may also run on after the entry before it, where a line break was lost."""
        if self._stamps is None:
            self._stamps = frozenset()
            found = [(m.start(1), int(m.group(1))) for m in _STAMP.finditer(self.text)]
            times = [value for _, value in found]
            if (
                self.reference is not None
                and len(times) >= _MIN_STAMPS
                and all(value % 100 < 60 and value < 2400 for value in times)
                and _one_way(times)
                and (
                    max(times) > self.reference.year + 1
                    or (max(times) < self.reference.year - 100 and max(times) - min(times) < 1200)
                )
            ):
                # Where a line break was lost, a stamp runs on after the entry before it
                # ("... to Port-au-Prince's airport 1604 Adm Mike Mullen says").
                run_on = [
                    m.start(1)
                    for m in _RUN_ON_STAMP.finditer(self.text)
                    if int(m.group(1)) % 100 < 60 and min(times) <= int(m.group(1)) <= max(times)
                ]
                self._stamps = frozenset(start for start, _ in found) | frozenset(run_on)
        return self._stamps

    def tense(self, start: int, end: int, modals: bool = True) -> int:
        """+1 when the clause around [start, end) speaks of the future, -1 of the past, 0 when
        it does not say: a past perfect or a deadline word right before the expression decides,
        else the tense cue nearest to it wins. A modal ("might", "could") says no tense, unless
        ``modals`` is false: a weekday with no tense is read as past, which a modal is not.
        "As early as" looks ahead unless its clause is told in the past with no word of the
        future ("knew of the fault as early as June"; not "said the vote could come as early
        as Friday")."""
        earliest = _EARLIEST.search(self.text, max(0, start - BEFORE_REACH), start)
        if earliest:
            clause = self.clause(earliest.start(), end)
            ahead = any(
                not _WAS_BEFORE.search(clause, 0, cue.start())  # "it was planning to use"
                for cues in (_FUTURE_CUES, _TO_BE_DONE, _MODAL)
                for cue in cues.finditer(clause)
            )
            return -1 if self._told_in_past(clause) and not ahead else 1
        before = self.clause_before(start)
        after = self.text[end : end + 100]
        relative = _RELATIVE_CLAUSE.search(after)
        if relative:
            after = after[: relative.start()]
        # a quotation closing after the date ends its clause (scare quotes before it do not)
        edges_after = [_CLAUSE_EDGE, _QUOTE_EDGE]
        if _ASIDE_OPENED.search(before):
            edges_after.append(_DASH_EDGE)  # the aside the date is in ends at its dash
        if _COMMA_ASIDE_OPENED.search(before):
            edges_after.append(_COMMA_EDGE)
        for edges in edges_after:
            edge = edges.search(after)
            if edge:
                after = after[: edge.start()]
        had = [*_PAST_PERFECT.finditer(before)]
        if (
            had
            and len(before) - had[-1].end() <= PAST_PERFECT_REACH
            and not _WILL.search(before, had[-1].end())
        ):
            return -1
        # "until April's accident": the preposition governs the noun, not the date
        governs_date = after.lstrip()[:2] not in {"'s", "’s"}
        if (
            governs_date
            and _FUTURE_PREPOSITION.search(before)
            and not _PAST_PERFECT.search(after)
            and not (_OPENING_BY.search(before) and self._told_in_past(after))
        ):
            return 1  # "payable Jan. 2"; not "by early April BP had weighed the option"
        if (
            governs_date
            and _UNTIL.search(before)
            and not _PAST_PERFECT.search(before + " " + after)
            and not _NOT_UNTIL.search(before)
            and not self._went_on_until(before)
        ):
            return 1
        nearest: tuple[int, int] | None = None
        for cues, tense in (
            (_FUTURE_CUES, 1),
            (_TO_BE_DONE, 1),
            (_PAST_CUES, -1),
            (_PAST_WISH, 0),
            *([(_MODAL, 0)] if modals else []),
        ):
            for cue in _cues_in(cues, before):
                if tense < 0 and _THAT_AFTER.match(before, cue.end()):
                    continue  # "acknowledged that even August is not firm": the clause's own
                distance = len(before) - cue.end()
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, tense)
        cued_before = nearest is not None
        for cues, tense in ((_FUTURE_CUES_AFTER, 1), (_PAST_CUES, -1)):
            # "since" after the date tells of another time: "Thursday, his first since February"
            cue = next((c for c in _cues_in(cues, after) if c.group(0).lower() != "since"), None)
            if cue and cued_before and _REPORTING.fullmatch(cue.group(0)):
                continue  # "who will take over on Oct. 1, said": the clause's own verb tells
            if cue and _PARTICIPLE_AFTER.match(after) and _FIRM_FUTURE.search(before):
                continue  # "will face a hearing on Thursday devoted to the disaster"
            # a cue after the date counts double: the verb governing a date mostly comes first
            if cue and (nearest is None or 2 * cue.start() < nearest[0]):
                nearest = (2 * cue.start(), tense)
        return nearest[1] if nearest else 0

    @staticmethod
    def _went_on_until(before: str) -> bool:
        """Whether ``before`` ends in "until" after a past verb of its own clause that tells
        how long a thing went on, with no word of the future or modal between."""
        if not _ENDS_IN_UNTIL.search(before):
            return False
        past = [c for c in _cues_in(_PAST_CUES, before) if not _REPORTING.fullmatch(c.group(0))]
        if not past or _PUT_OFF_OR_GRANTED.search(before):
            return False
        rest = before[past[-1].start() :]
        return not any(
            cues.search(rest) for cues in (_CLAUSE_OPENER, _FUTURE_CUES, _TO_BE_DONE, _MODAL)
        )

    @staticmethod
    def _told_in_past(clause: str) -> bool:
        """Whether ``clause`` has a past verb of its own, not one that reports speech, and
        is no conditional ("By Saturday we'd have been of limited use")."""
        return not _CONDITIONAL_PAST.search(clause) and any(
            not _REPORTING.fullmatch(cue.group(0)) for cue in _cues_in(_PAST_CUES, clause)
        )

    def clause(self, start: int, end: int) -> str:
        """The words of the clause before ``start`` and after ``end``, up to 100 characters
        each way."""
        after = self.text[end : end + 100]
        edge = _CLAUSE_EDGE.search(after)
        return self.clause_before(start) + " " + (after[: edge.start()] if edge else after)

    def clause_before(self, start: int) -> str:
        """The words of the clause before ``start``, up to 100 characters back."""
        # one character more: a sentence ends before the capital that opens the expression
        before = self.text[max(0, start - 100) : start + 1]
        cut = [edge.end() for edge in _CLAUSE_EDGE.finditer(before) if edge.end() < len(before)]
        return before[cut[-1] if cut else 0 : -1 if start < len(self.text) else None]

    def planned_in_past(self, start: int) -> bool:
        """Whether the clause before ``start`` ends in a plan told in the past tense, no deadline:
        "was due to begin on Tuesday", "were to vote Friday"; not "was to be sealed by Sunday"."""
        before = self.clause_before(start)
        plans = [*_PAST_PLAN.finditer(before)]
        if not plans or _FUTURE_PREPOSITION.search(before) or _UNTIL.search(before):
            return False
        rest = plans[-1].end()
        return not _WILL.search(before, rest) and not _PAST_CUES.search(before, rest)

    def event_ahead(self, start: int, end: int) -> bool:
        """Whether an event named by its day ("Thursday's testimony") is still to come: right
        after "ahead of" or "awaiting", or in a clause that speaks firmly of the future ("is
        expected to attend Wednesday's meeting", "Saturday's concert will raise money"); not
        after a past perfect ("had worked on new rules before Tuesday's blast")."""
        before = self.clause_before(start)
        if _PAST_PERFECT.search(before[-PAST_PERFECT_REACH:]):
            return False
        if _AHEAD_OF.search(before) or _FUTURE_EVENT_AFTER.match(self.text, end):
            return True
        return self.firmly_ahead(start, end)

    def firmly_ahead(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) speaks of the future with a firm cue, not a
        "would" that mostly reports a past plan."""
        return (
            self.tense(start, end) > 0 and _FIRM_FUTURE.search(self.clause(start, end)) is not None
        )

    def name_quarter(self, quarter: tuple[int, int], position: int) -> None:
        self.quarter, self.quarter_at = quarter, position

    def quarter_near(self, position: int, reach: int = QUARTER_REACH) -> tuple[int, int] | None:
        """The quarter named shortly before ``position``: "a year earlier" then compares
        with that quarter a year back, not with the whole year; unless a span of several months
        was named since ("in the nine months, net rose from $5 million a year earlier")."""
        if (
            self.quarter is not None
            and position - self.quarter_at <= reach
            and self.months_at < self.quarter_at
        ):
            return self.quarter
        return None

    def last_quarter(self) -> tuple[int, int] | None:
        """The last calendar quarter completed before the reference date."""
        if self.reference is None:
            return None
        return shift_quarter(*quarter_of(self.reference), -1)


Reading = tuple[str, str] | None
Reader = Callable[[re.Match[str], Context], Reading]


@dataclass(frozen=True)
class Rule:
    """A named pattern (with ``<NAME>`` macros) and the reader of its matches."""

    name: str
    pattern: str
    read: Reader


def group(match: re.Match[str], name: str) -> str | None:
    """A named group of ``match``, or None when the rule's pattern has no such group."""
    return match.groupdict().get(name)


# How far back a pattern ending in \Z looks for the words right before a match: more than
# any such pattern matches. Searching the text from its start would cost time in its length.
BEFORE_REACH = 60


def just_before(pattern: re.Pattern[str], context: Context, position: int) -> bool:
    """Whether the text right before ``position`` ends as ``pattern`` (anchored by ``\\Z``)."""
    return pattern.search(context.text, max(0, position - BEFORE_REACH), position) is not None


def in_title(match: re.Match[str], context: Context) -> bool:
    """Whether a time word is capitalised inside a name or title ("VOA Today", "High Noon",
    "60 Minutes"), where it names no time."""
    return match.group(0)[:1].isupper() and just_before(_TITLE_BEFORE, context, match.start())


def unit_in_title(match: re.Match[str], context: Context) -> bool:
    """Whether a unit of time is capitalised after the first word of its sentence, as in a name
    or title ("28 Days Later", "Journalist of the Year", "the One Day International")."""
    unit = _CAPITALISED_UNIT.search(context.text, match.start(), match.end())
    return unit is not None and not just_before(_SENTENCE_OPENING, context, unit.start())


# "the 21st Century" is written capitalised as often as not, "Second" is mostly an ordinal.
_CAPITALISED_UNIT = re.compile(
    r"\b(?:Minute|Hour|Day|Night|Weekend|Week|Month|Quarter|Year|Decade)s?\b"
)
# Nothing but the start of a line or sentence, a quotation mark or a bracket before.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“‘`'(]|-LRB-)[ \t]*\Z", re.MULTILINE)
# A colon after a time that opens a sentence or line: the time stamps an entry of a live page.
_ENTRY_AFTER_TIME = re.compile(r"[ \t]*:[ \t]")


# A capitalised word or a number right before, in the same sentence (no period, quote or
# line break between).
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|\d)['’`]*[ \t]+\Z|\d[ \t]*['’`]+\Z")
_HIGH = re.compile(r"\b[Hh]igh[ \t]+\Z")


def words_of(match: re.Match[str], name: str) -> str:
    """The named group lower-cased with its whitespace normalised ('' when absent)."""
    return " ".join((group(match, name) or "").lower().split())


# --- readers: calendar dates ----------------------------------------------------------------


def month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def day_number(text: str) -> int:
    """The day of the month: 8 for "8", "8th" or "eighth", 21 for "twenty first"."""
    digits = re.match(r"\d+", text)
    return int(digits.group(0)) if digits else DAY_ORDINALS["-".join(text.lower().split())]


_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+\Z")


def _year_without_century(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 30 else 2000
    return year


# A day that opens a line and an entry after it ("April 30 - BP says it will pay") dates an event
# of a chronology, told in the present tense but past, whatever its tense.
_ENTRY_AFTER = re.compile(r"[ \t]*(?:-{1,2}|–|—|:)[ \t]")
# An earlier entry of a chronology run on into one line: "20 April: Rig explodes 8 May: ..."
_ENTRY_BEFORE = re.compile(
    rf"(?:\d\d?[ \t]+(?:{_capitalised(MONTHS)})|(?:{_capitalised(MONTHS)})[ \t]+\d\d?):[ \t]"
)


# A determiner before a day that names an event: "the April 20 blowout", "his June 15 speech".
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|his|her|its|their|our)[ \t]+\Z")


def _names_event(context: Context, start: int, end: int) -> bool:
    """Whether the day from ``start`` to ``end`` stands between a determiner and a noun."""
    return just_before(_DETERMINER_BEFORE, context, start) and bool(
        _NOUN_AFTER.match(context.text, end)
    )


def _year_for_day(context: Context, month: int, day: int, start: int, end: int) -> int | None:
    """The year of a month and day named without one: the reference year, unless the tense
    puts the date on the other side of the reference (then the closest year that fits)."""
    reference = context.reference
    if reference is None:
        return None
    line_start = context.text.rfind("\n", 0, start) + 1
    chronology = _ENTRY_AFTER.match(context.text, end) and (
        start == line_start or _ENTRY_BEFORE.search(context.text, line_start, start)
    )
    opening = year_opening(context, start)
    if opening is not None:
        return opening  # "In 1989, the tanker ran aground on March 24"
    if chronology:
        tense = -1
    elif context.planned_in_past(start):
        tense = 0  # "was due to start on 13 July": the plan's day may have come or not
    else:
        tense = context.tense(start, end)
        if tense > 0 and _names_event(context, start, end):
            tense = 0  # "feared it would spread after the April 20 blowout": a day naming an event
    options = []
    for year in range(max(reference.year - 1, MINYEAR), min(reference.year + 1, MAXYEAR) + 1):
        distance = (date(year, month, 28 if (month, day) == (2, 29) else day) - reference).days
        if (tense >= 0 and distance >= -60) or (tense <= 0 and distance <= 60):
            # without a tense, news speaks of the past more than of the future
            options.append((abs(distance) * (2 if distance > 0 and not tense else 1), -year, year))
    return min(options)[2] if options else reference.year


_ATTACKS_AFTER = re.compile(
    r"[ \t]+(?:terror(?:ist)?[ \t]+)?(?:attacks?|victims?|hijack\w*|fund|commission)\b",
    re.IGNORECASE,
)


def read_month_day(match: re.Match[str], context: Context) -> Reading:
    """March 2 / Nov. 2, 1990 / 2 March 2023 / Friday, Oct. 23."""
    month = month_number(match["month"])
    day = day_number(match["day"])
    if match["day"][0].isalpha() and (
        (match.start("day") < match.start("month") and " of " not in match.group(0).lower())
        or (month == 5 and just_before(_NAME_BEFORE, context, match.start()))
    ):
        return None  # "the second March", "Theresa May second": no dates; "March second" is
    if group(match, "year"):
        year: int | None = int(match["year"])
        context.year = year
        context.days_named[(month, day)] = year
    elif (month, day) == (9, 11) and _ATTACKS_AFTER.match(context.text, match.end()):
        year = 2001  # "the Sept. 11 attacks", "September 11 victims": the day is a name
    elif group(match, "rel"):  # "25 June that year", "March 2 last year"
        year = _relative_year(match, context)
    elif (month, day) in context.days_named and context.tense(match.start(), match.end()) <= 0:
        year = context.days_named[(month, day)]  # "June 4th 1989 ... the crackdown on June 4th"
    else:
        year = _year_for_day(context, month, day, match.start(), match.end())
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    # a day naming an event in a clause not told in the past ("Tickets for the May 20 concert
    # will be valid on the new date") is no day the narrative has reached
    if not (
        _names_event(context, match.start(), match.end())
        and context.tense(match.start(), match.end()) >= 0
    ):
        context.day, context.month = resolved, (year, month)
    return "DATE", resolved.isoformat()


# "April 24 and 25", "June 3 to 6": the day before the second one gives its month and year.
_MONTH_DAY_BEFORE = re.compile(expand(r"<MONTH><S><DAY>(?:<S>(?:and|or|to|through)<S>|-)\Z"))


def read_day_paired_after(match: re.Match[str], context: Context) -> Reading:
    """25 in "April 24 and 25": a day of the month just named."""
    first = _MONTH_DAY_BEFORE.search(
        context.text, max(0, match.start() - BEFORE_REACH), match.start()
    )
    day = day_number(match["day"])
    if first is None or day <= day_number(first["day"]):
        return None  # "raised the alert on April 29 to 5" is no day
    month = month_number(first["month"])
    if context.month is None or context.month[1] != month:  # no reference date gave a year
        return "DATE", date(2000, month, day).strftime("XXXX-%m-%d")  # 2000: a leap year
    return "DATE", date(context.month[0], month, day).isoformat()


def read_day_paired_before(match: re.Match[str], context: Context) -> Reading:
    """23 in "23 and 28 April": a day of the month named after the next day."""
    if day_number(match["day"]) >= day_number(match["second"]):
        return None
    return read_month_day(match, context)


def read_day_alone(match: re.Match[str], context: Context) -> Reading:
    """22nd in "arrived on the 22nd", "Thursday, the 19th": that day of the month the
    narrative's day (or the reference) is in, or of the month before or after it, on the side
    the tense says, else the nearest; with a weekday, the nearest where the day falls on it."""
    day = day_number(match["day"])
    base = context.day_of_time(match.start(), match.end())
    if base is None:
        return "DATE", f"XXXX-XX-{day:02d}"
    candidates = []
    for shift in (-1, 0, 1):
        year, month = shift_month(base.year, base.month, shift)
        with suppress(ValueError):
            candidates.append(date(year, month, day))
    if group(match, "weekday"):
        weekday = WEEKDAYS[match["weekday"].lower()]
        candidates = [c for c in candidates if c.isoweekday() == weekday]
        chosen = min(candidates, key=lambda c: abs(c - base), default=None)
    elif (
        _ENDS_IN_UNTIL.search(context.clause_before(match.start()))
        or (tense := context.tense(match.start(), match.end())) > 0
    ):  # "went on until the 4th" reaches past the narrative's day, whatever the tense
        chosen = min((c for c in candidates if c >= base), default=None)
    elif tense < 0:
        chosen = max((c for c in candidates if c <= base), default=None)
    else:  # the nearest, the past counted closer: news speaks of it more
        chosen = min(candidates, key=lambda c: (c - base).days * (2 if c > base else -1))
    if chosen is None:
        return None
    context.day = chosen
    return "DATE", chosen.isoformat()


def read_week_of(match: re.Match[str], context: Context) -> Reading:
    """the week of March 6: the calendar week that holds that day."""
    reading = read_month_day(match, context)
    if reading is None or not reading[1][0].isdigit():
        return None
    return "DATE", week_value(date.fromisoformat(reading[1]))


def read_numeric_date(match: re.Match[str], context: Context) -> Reading:
    """10/24/1998 (American order) and 1998-10-24."""
    try:
        day = date(_year_without_century(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    context.day = day
    return "DATE", day.isoformat()


def read_month_year(match: re.Match[str], context: Context) -> Reading:
    """July 1997 / March of 1996 / June last year / June of that year (the story's year)."""
    month = month_number(match["month"])
    if group(match, "year"):
        year: int | None = spelled_year(match["year"])
        context.year = year
    else:
        year = _relative_year(match, context)
    if year is None:
        return "DATE", f"XXXX-{month:02d}"
    context.name_month(year, month)
    return "DATE", f"{year:04d}-{month:02d}"


# "June of that year", "March of the following year": counted from the year the story is at.
_STORY_YEAR_SHIFT = {
    "that": 0,
    "the same": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the prior": -1,
}


def _relative_year(match: re.Match[str], context: Context) -> int | None:
    """The year of "June last year" (from the reference) or "June of that year" (from the
    story's year, else the reference's)."""
    relative = words_of(match, "rel")
    if relative in _STORY_YEAR_SHIFT and context.year is not None:
        return context.year + _STORY_YEAR_SHIFT[relative]
    if context.reference is None:
        return None
    return context.reference.year + {"last": -1, "next": 1}.get(relative, 0)


_MONTH_AS_WORD_UNLESS_AFTER = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "through",
        "from",
        "of",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "past",
        "coming",
        "end",
        "beginning",
    ]
)


# A lower-case word after "the <Month>" that makes the month an adjective of a noun: "the
# October slaying", "the March accession"; not a preposition ("the March for Life", "the March
# on Washington") or a verb ("the March is ...").
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:of|for|on|in|to|at|from|against|through|across|and|or|is|was|will|has|had"
    r"|began|ended|went|drew|that|which|who)\b)[a-z]{3,}\b"
)


# A capitalised word right before a month that is no word of time or grammar makes the month
# part of a name or title.
_NAME_WORD_BEFORE = re.compile(
    r"\b(?!(?i:the|a|an|his|her|its|their|our|in|on|of|by|to|at|for|from|since|until|till"
    r"|through|throughout|during|before|after|around|about|between|early|late|mid|last|next"
    r"|this|that|end|and|or|but|then|also|starting|beginning|as|every|each|unlike|like|except"
    r"|including)\b)"
    rf"(?!(?:{_capitalised(WEEKDAYS)})\b)[A-Z][a-z]+[ \t]+\Z"
)
# A month used as a first name: a capitalised surname right after it, and a word before it that
# is no word of time or grammar ("the veteran actress June Whitfield", "Lee and April Marsh");
# "In June Congress passed" and a month opening its sentence stay dates.
_SURNAME_AFTER = re.compile(
    rf"[ \t]+(?!(?:{_capitalised(MONTHS)}|{_capitalised(WEEKDAYS)})\b)[A-Z][a-z]+\b"
)
_FIRST_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?!(?i:the|a|an|his|her|its|their|our|in|on|of|by|to|at|for|from|since|until"
    r"|till|through|throughout|during|before|after|around|about|between|early|late|mid|last"
    r"|next|this|that|end|but|then|also|starting|beginning|as|every|each|unlike|like|except"
    r"|including|into|within|than|over|under|all|is|was|are|were|be|been|whole|entire"
    r"|said|says|held|set|due|scheduled)\b)[\w-]*[^\W\d_][ \t]+\Z"
)
# "and" before a month joins it to a date ("in May and June Congress"), unless a name precedes it.
_AND_AFTER_DATE = re.compile(rf"(?:{_capitalised(MONTHS)}|\d)[ \t]*,?[ \t]+(?i:and|or)[ \t]+\Z")
# "sales this year through August": the month closes a stretch of this year, whatever the tense.
_THIS_YEAR_THROUGH = re.compile(
    r"\b(?i:this|the)[ \t]+year(?:[ \t]+to[ \t]+date)?,?[ \t]+(?i:through|to|until|till)[ \t]+\Z"
)


# A month that ends or joins a stretch opened by a month: "from July through September".
_STRETCH_FROM = re.compile(expand(r"<MONTHNAME><S>(?i:through|thru|until|till|to|and|or)<S>\Z"))


# The year a sentence opens with, for a month named later in its first clause: "In 1918, a
# first wave came in April"; not "In 2009, BP earned $27 billion, and it ended March with...".
_IN_YEAR = re.compile(
    r"\A[ \t\"“]*(?:In|During)[ \t]+(?P<year>1\d\d\d|20\d\d)[ \t]*,(?![^\n]*\band\b)"
)


def year_opening(context: Context, start: int) -> int | None:
    """The year the sentence before ``start`` opens with ("In 1918, ..."), if any."""
    opening = _IN_YEAR.search(context.clause_before(start))
    return int(opening["year"]) if opening else None


def _stretch_start(context: Context, start: int) -> tuple[int, int] | None:
    """The (year, month) of the month that opens a stretch ending at ``start``, if it was the
    last month read: "from July through September", "late August or early September"."""
    opening = _STRETCH_FROM.search(context.text, max(0, start - 20), start)
    if opening is None or context.month is None:
        return None
    month = month_number(opening["month"])
    return context.month if context.month[1] == month else None


def read_month(match: re.Match[str], context: Context) -> Reading:
    """A month without a year: past tense looks back, future looks ahead, else this year;
    "that February" is in the year the story has reached."""
    month = month_number(match["month"])
    relative = words_of(match, "relative")
    if not relative and not group(match, "edge"):
        before = context.text[max(0, match.start() - 12) : match.start()].lower().split()
        previous = before[-1].strip("-") if before else ""
        if previous in {"annual", "``", '"', "“"} or (
            previous == "the" and not _NOUN_AFTER.match(context.text, match.end())
        ):
            return None  # "the March for Life" is a march; "the October slaying" a month
        if month == 5 and previous not in _MONTH_AS_WORD_UNLESS_AFTER:
            return None  # "May" the modal verb or the name
        if just_before(_NAME_WORD_BEFORE, context, match.start()):
            return None  # "spokeswoman Hannah August", "the Long March", "Lord March"
        if (
            _SURNAME_AFTER.match(context.text, match.end())
            and just_before(_FIRST_NAME_WORD_BEFORE, context, match.start())
            and not just_before(_AND_AFTER_DATE, context, match.start())
        ):
            return None  # "the veteran actress June Whitfield"
    reference = context.reference
    if reference is None:
        return "DATE", f"XXXX-{month:02d}"
    year = reference.year
    if relative == "that" and month == 5:
        return None  # "said that May would resign" names no month
    if relative == "that" and context.year is not None:
        year = context.year  # "an uprising that February": the February of the story's year
    elif relative in {"last", "past", "this past"}:
        # "last February" told in March is a year back: the month just gone is "last month";
        # not "the last April" (the latest)
        just_gone = relative == "last" and not just_before(_THE_BEFORE, context, match.start())
        year -= month >= reference.month - just_gone
    elif relative in {"next", "coming", "this coming"}:
        year += month <= reference.month
    elif not relative and (opening := year_opening(context, match.start())):
        year = opening  # "In 1918, a first wave came in April"
    elif not relative and (first := _stretch_start(context, match.start())):
        year = first[0] + (month < first[1])  # "from July through September": July's year
    elif relative != "this" and not just_before(_THIS_YEAR_THROUGH, context, match.start()):
        tense = context.tense(match.start(), match.end())
        if tense > 0:
            year += month < reference.month
        elif tense < 0:  # a past report of next month's plan ("told them of cuts in September")
            year -= month > reference.month + 1
        elif month - reference.month > 6:  # no tense: this year's, unless far ahead
            year -= 1
    context.name_month(year, month)
    return "DATE", f"{year:04d}-{month:02d}"


def read_month_quarter(match: re.Match[str], context: Context) -> Reading:
    """the December quarter: the three months ending that month, the last such stretch begun
    by the reference date (ended, when the clause is in the past tense), valued as the
    calendar quarter that holds most of it (a fiscal "August quarter" is Q3)."""
    reference = context.reference
    if reference is None:
        return None
    first = shift_month(reference.year, month_number(match["month"]), -2)
    last = shift_month(*first, 2)
    if first > (reference.year, reference.month) or (
        last >= (reference.year, reference.month) and context.tense(match.start(), match.end()) < 0
    ):  # not begun yet, or told of in the past tense and not over yet
        first = (first[0] - 1, first[1])
    year, month = shift_month(*first, 1)
    quarter = (year, (month - 1) // 3 + 1)
    context.name_quarter(quarter, match.start())
    return "DATE", "{}-Q{}".format(*quarter)


def read_clock_stamp(match: re.Match[str], context: Context) -> Reading:
    """A live page's entry time ("1604 Adm Mike Mullen says ..."): that time on the page's
    day; any other four-digit number opening a line is no time."""
    if context.reference is None or match.start() not in context.clock_stamps():
        return None
    hours, minutes = divmod(int(match.group(0)), 100)
    return "TIME", f"{context.reference.isoformat()}T{hours:02d}:{minutes:02d}"


# Before 1600 a bare four-digit number is mostly a clock time ("at about 1100", "between 1040
# and 1050") or an amount; it is a year after a word that dates ("in 1453", "of 1215", "born
# about 1512"), not after a number ("1 in 1000"), or after the earlier year of a range ("1347
# to 1351"); and not before a noun that it counts ("in 1200 stores", "of 1200 to 1500 homes"),
# nor after one ("a crowd of 1500").
EARLY_YEARS = 1600
_EARLY_YEAR_BEFORE = re.compile(
    r"(?:(?<![\d,] )(?<!\bone )\b(?i:in)|\b(?i:of|since|during|circa|c\.)"
    r"|\b(?i:born|died)(?:[ \t]+(?:in|about|around|c\.))?"
    r"|(?P<first>1[0-5]\d\d)[ \t]*(?:to|and|-|–)"
    r")[ \t]*\Z"
)
_AMOUNT_OF = re.compile(
    r"\b(?i:total|number|sum|figure|toll|crowd|average|population|capacity|maximum|minimum)"
    r"[ \t]+of[ \t]+\Z"
)
_COUNTED_AFTER = re.compile(
    r"(?:[ \t]*(?:to|and|-|–)[ \t]*1[0-5]\d\d)?[ \t]+"
    r"(?!(?:was|is|has|as|this|its|his|thus|plus)\b)[a-z]+s\b"
)


def _early_year_dated(match: re.Match[str], context: Context) -> bool:
    """Whether a bare number before 1600 is dated as a year by the words around it."""
    if match.group(0) != match["year"]:
        return True  # "the year 1066", "mid-1400"
    before = _EARLY_YEAR_BEFORE.search(
        context.text, max(0, match.start() - BEFORE_REACH), match.start()
    )
    if (
        before is None
        or _COUNTED_AFTER.match(context.text, match.end())
        or just_before(_AMOUNT_OF, context, match.start())
    ):
        return False
    return before["first"] is None or context.year == int(before["first"])


def read_year(match: re.Match[str], context: Context) -> Reading:
    if match.group(0) == match["year"] and (stamp := read_clock_stamp(match, context)):
        return stamp
    year = spelled_year(match["year"])
    if year < EARLY_YEARS and not _early_year_dated(match, context):
        return None
    context.year = year
    return "DATE", str(year)


def read_spelled_year(match: re.Match[str], context: Context) -> Reading:
    """nineteen ninety-six / the year two thousand ("two thousand" alone is a count)."""
    if match["year"].lower().startswith("two") and not match.group(0).lower().startswith("the"):
        return None
    return read_year(match, context)


def read_year_period(match: re.Match[str], context: Context) -> Reading:
    """the 1988 quarter / the 1989 period: that year's quarter of the financial report (its
    year after "the first nine months")."""
    year = int(match["year"])
    quarter = context.quarter or context.last_quarter()
    if quarter is None or (context.months_at > context.quarter_at and "period" in match.group(0)):
        return "DATE", str(year)
    return "DATE", f"{year}-Q{quarter[1]}"


# Before 1600 only "the" makes a decade of a round number: "the 1520s", not "1000s dead".
_THE = re.compile(r"\b[Tt]he[ \t]+\Z")


def read_decade(match: re.Match[str], context: Context) -> Reading:
    """the 1990s / the '80s / the early nineties: the decade's three digits."""
    if digits := group(match, "digits"):
        if (
            int(digits) < EARLY_YEARS
            and match.start() == match.start("digits")
            and not just_before(_THE, context, match.start())
        ):
            return None  # "1000s dead", "We don't need 1040s"; not "the 1520s"
        return "DATE", digits[:3]
    if group(match, "short"):
        short = int(match["short"])
        return "DATE", f"{19 if short >= 30 else 20}{short // 10}"
    reference_year = context.reference.year if context.reference else 1999
    century = reference_year // 100 - (reference_year % 100 < 20)
    return "DATE", f"{century}{DECADE_WORDS[match['word'].lower()]}"


def read_century(match: re.Match[str], context: Context) -> Reading:
    """the 20th century: its two digits, 19."""
    ordinal = match["ordinal"].lower()
    number = int(ordinal[:-2]) if ordinal[0].isdigit() else CENTURY_ORDINALS[ordinal]
    return "DATE", f"{number - 1:02d}"


def _weekday_date(context: Context, weekday: int, start: int, end: int, relative: str) -> date:
    reference = context.reference
    assert reference is not None
    offset = weekday - reference.isoweekday()
    if relative == "the previous" and context.day is not None:
        return context.day - timedelta(days=(context.day.isoweekday() - weekday) % 7 or 7)
    if relative in {"last", "this past", "the previous", "past"}:
        return reference + timedelta(days=offset - 7 if offset >= 0 else offset)
    if relative in {"next", "coming", "this coming"}:
        return reference + timedelta(days=offset + 7 if offset <= 0 else offset)
    if relative == "the following" and context.day is not None:
        return context.day + timedelta(days=(weekday - context.day.isoweekday()) % 7 or 7)
    # "Friday's vote" has happened (PTB-tokenised: "Friday 's vote")
    possessive = context.text[end : end + 3].lstrip(" ")[:2] in {"'s", "’s"}
    if not relative and not possessive and context.planned_in_past(start):
        return reference + timedelta(days=(offset + 3) % 7 - 3)  # told near its day, either side
    if relative == "this" or (
        context.event_ahead(start, end)
        if possessive
        else context.tense(start, end, modals=False) > 0
    ):
        return reference + timedelta(days=offset % 7)
    return reference - timedelta(days=(-offset) % 7)


def part_suffix(match: re.Match[str]) -> str:
    part = group(match, "part")
    return "T" + PARTS_OF_DAY[part.lower()] if part else ""


def clock_time(text: str) -> str:
    """ "10:35 p.m." -> "22:35", "noon" -> "12:00", "four in the afternoon" -> "16:00"."""
    lowered = text.lower()
    if re.match(r"noon|midday", lowered):
        return "12:00"
    if lowered == "midnight" or re.fullmatch(r"(?:12|twelve)\W.*night", lowered):
        return "24:00"
    found = re.match(r"(\d{1,2})(?:[:.](\d\d))?", lowered)
    if found is None:  # "four in the morning"
        hour, minute = HOUR_WORDS[lowered.split()[0]], 0
    else:
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
    later = re.search(r"p\.?\s?m|afternoon|evening", lowered) or (
        lowered.endswith("night") and hour >= 6  # "ten at night"; "two in the night" is 02:00
    )
    if later and hour < 12:
        hour += 12
    elif re.search(r"a\.?\s?m|morning", lowered) and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


# "the" or a possessive before a weekday and a capitalised word after it: "the Sunday Times",
# "Radio 5 Live's Sunday Roast", "this week's Sunday Half Hour".
_THE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)[ \t]+\Z")
# A capitalised word after a weekday that is no month: "Times", "Telegraph", "Mirror".
_NEWSPAPER = re.compile(
    rf"[ \t]+(?!(?:{_capitalised(MONTHS)}|{_capitalised(MONTH_ABBREVIATIONS)})\b)[A-Z]"
)


def read_weekday(match: re.Match[str], context: Context) -> Reading:
    """Friday / last Friday / Friday night: the closest such day before the reference date
    (after it when the clause speaks of the future)."""
    if (
        not group(match, "relative")
        and _NEWSPAPER.match(context.text, match.end())
        and just_before(_THE_BEFORE, context, match.start())
    ):
        return None  # "the Sunday Times", "BBC Radio 4's Sunday Worship": a title
    weekday = WEEKDAYS[match["weekday"].lower()]
    suffix = part_suffix(match)
    relative = words_of(match, "relative")
    plural = _AND_WEEKDAY_PLURAL.match(context.text, match.end())
    if plural and not relative and not suffix:  # "Monday and Tuesday nights"
        return "SET", f"XXXX-WXX-{weekday}{part_suffix(plural)}"
    stretch = _weekday_stretch(match, context)
    if stretch and stretch.first == 1 and not relative and context.tense(*stretch.span) == 0:
        return "SET", f"XXXX-WXX-{weekday}{suffix}"  # "open Monday to Friday": every week
    timex_type = "DATE"  # TimeBank keeps "Friday night" a DATE, with the part of day in its value
    if context.reference is None:
        return timex_type, f"XXXX-WXX-{weekday}{suffix}"
    week = _WEEK_AFTER.match(context.text, stretch.span[1] if stretch else match.end())
    if week and not relative:  # "on Tuesday last week", "Wednesday to Friday next week"
        monday = context.reference - timedelta(days=context.reference.isoweekday() - 1)
        day = monday + timedelta(weeks=_RELATIVE_SHIFT[week["relative"]], days=weekday - 1)
    elif (
        stretch
        and stretch.span[1] == match.end()
        and context.day is not None
        and context.day.isoweekday() == stretch.first
    ):  # the end of "from Thursday to Saturday" comes after its start
        day = context.day + timedelta(days=(weekday - stretch.first) % 7 or 7)
    elif (
        not relative
        and (joined := _joined_weekday(match, context))
        and ((weekday - joined) % 7 in range(1, JOINED_DAYS_APART + 1))
    ):
        day = context.day + timedelta(days=(weekday - joined) % 7)  # "Thursday or Friday"
    else:
        day = _weekday_date(context, weekday, match.start(), match.end(), relative)
    context.day = day
    return timex_type, day.isoformat() + suffix


# Weekdays that bound a stretch of days: "Monday to Friday", "from Thursday through Saturday".
_TO = r"(?:<S>(?i:to|through|thru|until|till)<S>|[ \t]*[-–][ \t]*)"
_WEEKDAY_TO_AFTER = re.compile(expand(rf"{_TO}<WEEKDAY>\b"))
_WEEKDAY_TO_BEFORE = re.compile(expand(rf"<WEEKDAY>{_TO}\Z"))
# A weekday joined to the one before it: "later on Thursday or Friday", "Sunday or Monday".
_WEEKDAY_OR_BEFORE = re.compile(
    expand(r"<WEEKDAY>(?:<S><PART>)?<S>(?i:or|and)<S>(?:(?i:early|late)<S>)?(?:(?i:on)<S>)?\Z")
)
# The week a weekday is named in, right after it: "Tuesday last week".
_WEEK_AFTER = re.compile(r"(?:[ \t]*,)?[ \t]+(?P<relative>last|next|this)[ \t]+week\b")
# "on Monday and Tuesday nights": the first day shares the plural's recurrence, as in TimeBank.
_AND_WEEKDAY_PLURAL = re.compile(expand(r"<S>(?i:and|or)<S><WEEKDAY>(?:s\b|<S><PART>s\b)"))


@dataclass(frozen=True)
class WeekdayStretch:
    span: tuple[int, int]  # from the first weekday's start to the last one's end
    first: int  # ISO weekdays, 1 = Monday
    last: int


def _weekday_stretch(match: re.Match[str], context: Context) -> WeekdayStretch | None:
    """The stretch of weekdays that ``match`` opens or closes, if any."""
    weekday = WEEKDAYS[match["weekday"].lower()]
    after = _WEEKDAY_TO_AFTER.match(context.text, match.end())
    if after:
        return WeekdayStretch(
            (match.start(), after.end()), weekday, WEEKDAYS[after["weekday"].lower()]
        )
    before = _WEEKDAY_TO_BEFORE.search(
        context.text, max(0, match.start() - BEFORE_REACH), match.start()
    )
    if before:
        return WeekdayStretch(
            (before.start(), match.end()), WEEKDAYS[before["weekday"].lower()], weekday
        )
    return None


def _joined_weekday(match: re.Match[str], context: Context) -> int | None:
    """The weekday joined by "or" or "and" right before ``match``, if it was the day last
    read, so that this one follows it: "the dome should work later on Thursday or Friday"."""
    before = _WEEKDAY_OR_BEFORE.search(
        context.text, max(0, match.start() - BEFORE_REACH), match.start()
    )
    if before is None or context.day is None:
        return None
    weekday = WEEKDAYS[before["weekday"].lower()]
    return weekday if context.day.isoweekday() == weekday else None


_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last": -1}
# "today's youth", "in today's world": the present age, no day; TimeBank leaves these out.
GENERIC_AFTER_TODAY = (
    "youth|young|world|society|generations?|children|kids|teenagers|parents|families|consumers"
    "|students|computers|technology|culture|standards|politics|media"
)
_GENERIC_TODAY = re.compile(rf"[ \t]*['’]s[ \t]+(?:{GENERIC_AFTER_TODAY})\b")


def read_deictic_day(match: re.Match[str], context: Context) -> Reading:
    """today / yesterday / tomorrow / tonight / last night / this morning."""
    if in_title(match, context):
        return None
    word = match["deictic"].lower()
    if word == "today" and _GENERIC_TODAY.match(context.text, match.end()):
        return None
    suffix = part_suffix(match) or ("TNI" if word == "tonight" else "")
    timex_type = "TIME" if suffix else "DATE"
    if context.reference is None:
        return (timex_type, "PRESENT_REF") if word in {"today", "this"} else None
    day = context.reference + timedelta(days=_DEICTIC_SHIFT.get(word, 0))
    if word != "this":
        context.day = day
    return timex_type, day.isoformat() + suffix


def read_mid_part(match: re.Match[str], context: Context) -> Reading:
    """mid-afternoon / mid morning yesterday: that part of the day named, else of the day the
    narrative has reached, like a clock time."""
    if group(match, "deictic") and context.reference is not None:
        day: date | None = context.reference + timedelta(
            days=_DEICTIC_SHIFT[match["deictic"].lower()]
        )
    else:
        day = _day_named_after(match, context) or context.day_of_time(match.start(), match.end())
    suffix = part_suffix(match)
    return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + suffix


def read_clock(match: re.Match[str], context: Context) -> Reading:
    """5 p.m. / noon Saturday / 9 a.m. EST Tuesday / 5 p.m. EST, Nov. 6."""
    if in_title(match, context) or just_before(_HIGH, context, match.start()):
        return None  # "High Noon", "high noon comes today"
    named = True
    if group(match, "weekday") and context.reference is not None:
        day: date | None = _weekday_date(
            context, WEEKDAYS[match["weekday"].lower()], match.start(), match.end(), ""
        )
    elif group(match, "deictic") and context.reference is not None:
        day = context.reference + timedelta(days=_DEICTIC_SHIFT[match["deictic"].lower()])
    elif group(match, "month"):
        reading = read_month_day(match, context)
        day = date.fromisoformat(reading[1]) if reading and reading[1][0].isdigit() else None
    else:
        day = _day_named_after(match, context)
        if day is None:  # a time on a day told of before: the day stays where it was named
            named, day = False, context.day_of_time(match.start(), match.end())
    time_of_day = clock_time(match["clock"])
    if day is None:
        return "TIME", f"XXXX-XX-XXT{time_of_day}"
    if named:
        context.day = day
    return "TIME", f"{day.isoformat()}T{time_of_day}"


# Between a clock time and the day named for it: a zone the rule leaves out ("10:30 a.m. ET on
# May 8"), the time elsewhere ("noon CDT (1700 GMT) on Tuesday"), a comma ("By 1 a.m., on April
# 20").
_BEFORE_ON = (
    r"(?:[ \t]+(?:ET|PT|CT|MT|local[ \t]+time))?(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]*,)?"
    r"<S>(?i:on)<S>"
)
_ON_WEEKDAY = re.compile(expand(rf"{_BEFORE_ON}<WEEKDAY>\b(?!<COMMA>(?:<MONTH>|<DAY>))"))
_ON_DATE = [
    re.compile(
        expand(
            rf"{_BEFORE_ON}(?:<WEEKDAY><COMMA>)?<MONTH><S><DAY>(?:<COMMA><YEAR><YEAREND>)?(?!\w)"
        )
    ),
    re.compile(
        expand(
            rf"{_BEFORE_ON}(?:<WEEKDAY><COMMA>)?<DAY>(?:<S>of)?<S><MONTH>"
            r"(?:<COMMA><YEAR><YEAREND>)?(?!\w)"
        )
    ),
]
# "at around 10pm last night", "at 9am this morning"
_NIGHT_AFTER = re.compile(
    r"[ \t]+(?:(?P<last>last)|to|this)[ \t]*(?:night|morning|evening)\b", re.IGNORECASE
)


def _day_named_after(match: re.Match[str], context: Context) -> date | None:
    """The day a clock time is given for right after it: "at midnight on Sunday", "at 3am on
    5 May"."""
    if context.reference is None:
        return None
    night = _NIGHT_AFTER.match(context.text, match.end())
    if night:
        return context.reference - timedelta(days=1 if night["last"] else 0)
    on = _ON_WEEKDAY.match(context.text, match.end())
    if on:
        return _weekday_date(
            context, WEEKDAYS[on["weekday"].lower()], on.start("weekday"), on.end(), ""
        )
    for pattern in _ON_DATE:
        on = pattern.match(context.text, match.end())
        if on:
            try:
                reading = read_month_day(on, context)
            except ValueError:  # "on 31 April"
                return None
            return date.fromisoformat(reading[1]) if reading else None
    return None


_RELATIVE_SHIFT = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "the previous": -1,
    "the past": -1,
    "the last": -1,
    "the latest": -1,  # "the latest fiscal year": the last one completed
    "the prior": -1,
    "this": 0,
    "current": 0,
    "the current": 0,
    "the same": 0,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the next": 1,
    "the following": 1,
}
# "the following year" counts from the year the story is at, "next year" from the reference.
_NARRATIVE = frozenset({"the following", "the previous", "the prior", "the next"})


def read_relative_unit(match: re.Match[str], context: Context) -> Reading:
    """last week / this month / next year / the past decade / earlier this year / the latest
    fiscal year."""
    relative = words_of(match, "relative")
    shift = _RELATIVE_SHIFT[relative]
    if match["unit"].istitle() and match["relative"].istitle():
        return None  # "This Week", "Next Year": a title, not a time
    unit = match["unit"].lower()
    if unit in {"decade", "century"} and shift < 0 and relative.startswith(("the", "past")):
        return "DURATION", duration_value(1, unit)  # "the past decade" is the last ten years
    reference = context.reference
    if relative in _NARRATIVE and unit == "year" and context.year is not None:
        return "DATE", str(context.year + shift)
    if relative in _NARRATIVE and unit == "month" and context.month is not None:
        return "DATE", "{:04d}-{:02d}".format(*shift_month(*context.month, shift))
    if relative in _NARRATIVE and unit == "day":
        return read_narrative_day(match, context)  # "the next day" moves the narrative's day
    base = context.day if relative in _NARRATIVE and context.day else reference
    if base is None:
        return None
    if unit == "day":
        day = base + timedelta(days=shift)
        context.day = day
        return "DATE", day.isoformat()
    if unit == "week":
        return "DATE", week_value(base + timedelta(weeks=shift))
    if unit == "weekend":
        return "DATE", _weekend_value(context, base, shift, match)
    if unit == "month":
        return "DATE", "{:04d}-{:02d}".format(*shift_month(base.year, base.month, shift))
    if unit == "quarter":
        # "this quarter's loss" right after the quarter reported is that one; "the current
        # quarter" is the calendar's.
        reported = relative == "this" and context.quarter_near(match.start(), SAME_QUARTER_REACH)
        quarter = reported or shift_quarter(*quarter_of(base), shift)
        context.name_quarter(quarter, match.start())
        return "DATE", "{}-Q{}".format(*quarter)
    if unit == "decade":
        return "DATE", str(base.year // 10 + shift)
    if unit == "century":
        return "DATE", f"{base.year // 100 + shift:02d}"
    return "DATE", str(base.year + shift)


def _weekend_value(context: Context, base: date, shift: int, match: re.Match[str]) -> str:
    saturday = base + timedelta(days=(6 - base.isoweekday()) % 7)
    if shift < 0 or (shift == 0 and context.tense(match.start(), match.end(), modals=False) < 0):
        saturday -= timedelta(days=7) if saturday > base else timedelta(0)
    elif shift > 0 and saturday - base < timedelta(days=2):
        saturday += timedelta(days=7)
    return week_value(saturday) + "-WE"


def read_the_weekend(match: re.Match[str], context: Context) -> Reading:
    """the weekend: the last one, or the coming one when the clause speaks of the future."""
    if context.reference is None:
        return None
    saturday = context.reference + timedelta(days=(6 - context.reference.isoweekday()) % 7)
    if (
        context.tense(match.start(), match.end(), modals=False) <= 0
        and saturday > context.reference
    ):
        saturday -= timedelta(days=7)
    return "DATE", week_value(saturday) + "-WE"


def read_current_year(match: re.Match[str], context: Context) -> Reading:
    """the fiscal year / the full year / the current year / "For the year, sales rose":
    the reference year."""
    return ("DATE", str(context.reference.year)) if context.reference else None


def read_year_end(match: re.Match[str], context: Context) -> Reading:
    """year-end / year's end: like "the end of the year", the reference year (mod END)."""
    return ("DATE", str(context.reference.year)) if context.reference else None


def read_edge_of_unit(match: re.Match[str], context: Context) -> Reading:
    """the end of the year / the beginning of the month: that unit of the reference date."""
    reference = context.reference
    if reference is None:
        return None
    unit = match["unit"].lower()
    if unit == "month":
        return "DATE", f"{reference.year:04d}-{reference.month:02d}"
    if unit == "week":
        return "DATE", week_value(reference)
    return "DATE", str(reference.year)


_FALL_OF = re.compile(r"[ \t]+of[ \t]+(?!(?:that|this|last|next|the[ \t]+same)\b|\d)")


def read_season(match: re.Match[str], context: Context) -> Reading:
    """last fall / this summer / the winter of 1994 / in spring."""
    season = SEASONS[match["season"].lower()]
    relative = words_of(match, "relative")
    if group(match, "year"):
        return "DATE", f"{spelled_year(match['year'])}-{season}"
    if not relative and match.group(0).lower() == match["season"].lower():
        before = context.text[max(0, match.start() - 12) : match.start()].lower().split()
        if not before or before[-1] not in {"in", "during", "by", "since", "until", "the"}:
            return None  # "spring" and "fall" are verbs too
        if _FALL_OF.match(context.text, match.end()) and season == "FA":
            return None  # "the fall of Saigon", "the fall of the USSR"; not "the fall of 1975"
    reference = context.reference
    if reference is None:
        return "DATE", f"XXXX-{season}"
    months = SEASON_MONTHS[season]
    # the year a season of the reference year's calendar is labelled with (winter: December's)
    year = reference.year - (season == "WI" and reference.month <= 2)
    in_season = reference.month in months
    started = in_season or (reference.month > months[-1] and season != "WI")
    if relative in {"last", "this past", "past"}:
        year -= 0 if started and not in_season else 1
    elif relative in {"next", "coming", "this coming"}:
        year += 1 if started else 0
    elif relative != "this":
        tense = context.tense(match.start(), match.end())
        if tense > 0 and started and not in_season:
            year += 1
        elif tense < 0 and not started:
            year -= 1
    return "DATE", f"{year}-{season}"


_HOLIDAY_RELATIVE = {"this past": "last", "past": "last", "this coming": "next", "coming": "next"}


def read_holiday(match: re.Match[str], context: Context) -> Reading:
    """Christmas / last Thanksgiving / Election Day 1992."""
    name = " ".join(match["holiday"].lower().replace("’", "'").split())
    if group(match, "year"):
        day = holiday_date(name, int(match["year"]))
        return ("DATE", _holiday_value(name, day)) if day else None
    reference = context.reference
    if reference is None:  # a fixed-date holiday keeps its month and day: XXXX-12-25
        day = holiday_date(name, 2000)
        return ("DATE", f"XXXX-{day:%m-%d}") if day and name in FIXED_HOLIDAYS else None
    day = holiday_date(name, reference.year)
    if day is None:
        return None
    relative = words_of(match, "relative")
    relative = _HOLIDAY_RELATIVE.get(relative, relative)
    tense = context.tense(match.start(), match.end())
    if (relative == "last" and day >= reference) or (
        not relative and tense < 0 and day > reference
    ):
        day = holiday_date(name, reference.year - 1) or day
    elif (relative == "next" and day <= reference) or (tense > 0 and day < reference):
        day = holiday_date(name, reference.year + 1) or day
    context.day = day
    return "DATE", _holiday_value(name, day)


def _holiday_value(name: str, day: date) -> str:
    return week_value(day) if name == "easter week" else day.isoformat()


FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
}


# Days counted from Easter Sunday; "Easter week" is the week that ends on it, from its Monday.
EASTER_DAYS = {
    "easter": 0,
    "easter sunday": 0,
    "good friday": -2,
    "easter monday": 1,
    "easter week": -6,
}


def easter_sunday(year: int) -> date:
    """Western Easter: the anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap, leap_rest = divmod(century, 4)
    correction = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap - correction + 15) % 30
    weekday = (32 + 2 * leap_rest + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def holiday_date(name: str, year: int) -> date | None:
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_DAYS:
        return easter_sunday(year) + timedelta(days=EASTER_DAYS[name])
    nth_weekday = {  # (month, weekday 0=Monday, which one: 1st.., -1 = last)
        "thanksgiving": (11, 3, 4),
        "thanksgiving day": (11, 3, 4),
        "labor day": (9, 0, 1),
        "memorial day": (5, 0, -1),
    }
    if name == "election day":  # the Tuesday after the first Monday of November
        first = date(year, 11, 2)
        return first + timedelta(days=(1 - first.weekday()) % 7)
    if name not in nth_weekday:
        return None
    month, weekday, which = nth_weekday[name]
    if which > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (which - 1))
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# --- readers: quarters, the language of financial reports -----------------------------------


def read_ordinal_quarter(match: re.Match[str], context: Context) -> Reading:
    """the third quarter / fourth-quarter / the 1988 second quarter / the first half of 1990 /
    last year's third quarter / the first half of next year / the year-ago third quarter."""
    number = ORDINALS[match["ordinal"].lower()]
    half = match["kind"].lower() == "half" or match["kind"].lower().startswith("two")
    if number < 0:
        number = 2 if half else 4
    if half and number > 2:
        return None
    year: int | None = None
    # "the first half of next year" is "next year's first half"
    whose = words_of(match, "whose") or (
        f"{match['ofrelative'].split()[0].lower()} year's" if group(match, "ofrelative") else ""
    )
    if named := group(match, "year") or group(match, "ofyear") or group(match, "yearafter"):
        year = int(named)
    elif group(match, "ofshort"):
        year = _year_without_century(match["ofshort"])  # "the third quarter of '09"
    elif context.reference is not None:
        if whose:
            year = (
                context.reference.year + ("next" in whose) - ("last" in whose or "year-" in whose)
            )
        else:
            year = context.reference.year
            if (
                number > quarter_of(context.reference)[1]
                and context.tense(match.start(), match.end()) < 0
            ):
                year -= 1
    if half:
        return "DATE", f"{year if year is not None else 'XXXX'}-H{number}"
    if year is None:
        return "DATE", f"XXXX-Q{number}"
    # A forecast ("losses through the third quarter of 1990", "no estimate yet of its effect on
    # fourth-quarter results" within it) names no quarter being reported; a fiscal quarter
    # numbered like the current one is, when the clause reports it in the past tense.
    current = quarter_of(context.reference) if context.reference else None
    forecast = current is not None and (
        (year, number) > current
        or ((year, number) == current and context.tense(match.start(), match.end()) >= 0)
    )
    # An earlier calendar quarter ("after a flat second quarter") is a comparison, unless it is
    # a fiscal quarter: "fiscal second quarter", "the second quarter ended Sept. 30".
    earlier = (
        current is not None
        and (year, number) < shift_quarter(*current, -1)
        and "fiscal" not in match.group(0).lower()
        and not _QUARTER_ENDED.match(context.text, match.end())
    )
    if not forecast and not earlier and whose in {"", "this year's"}:
        context.name_quarter((year, number), match.start())
    return "DATE", f"{year}-Q{number}"


def read_named_quarter(match: re.Match[str], context: Context) -> Reading:
    """the quarter / the latest quarter / this quarter / the year-ago period: the quarter
    being reported, which is the last one named or else the last one completed."""
    determiner = words_of(match, "determiner")
    if context.reference is None:
        return None
    if match.group(0).lower().endswith(("the period", "that period")) and (
        "quarter" not in context.text[: match.start()].lower()
    ):
        return None  # "during that period the fans waited": no quarter has been reported
    if "year-" in determiner or "last year" in determiner or group(match, "ago"):
        year, quarter = context.quarter_near(match.start()) or context.last_quarter()
        return "DATE", f"{year - 1}-Q{quarter}"
    if determiner == "this":  # "this period's loss" right after the quarter reported is that one
        quarter = context.quarter_near(match.start(), SAME_QUARTER_REACH) or quarter_of(
            context.reference
        )
    elif determiner == "the current":
        quarter = quarter_of(context.reference)
    elif determiner in {"last", "the previous", "the prior"}:
        quarter = shift_quarter(*quarter_of(context.reference), -1)
    elif determiner in {"next", "the next", "the coming"}:
        quarter = shift_quarter(*quarter_of(context.reference), 1)
    elif (named := context.quarter_near(match.start(), SAME_QUARTER_REACH)) and (
        _QUARTER_ENDED.match(context.text, match.end())
    ):
        quarter = named  # "the fiscal first quarter ... the quarter ended Sept. 29": one quarter
    elif ended := _QUARTER_ENDED.match(context.text, match.end()):
        month, day = month_number(ended["month"]), day_number(ended["day"])
        year = _year_for_day(context, month, day, ended.start(), ended.end()) or 0
        # the calendar quarter that holds most of the three months ending that day
        quarter = quarter_of(date(year, month, min(day, 28)) - timedelta(days=45))
    elif determiner in {"the latest", "the most recent"}:  # the one just reported, if named
        quarter = context.quarter_near(match.start()) or context.last_quarter()
    else:
        quarter = context.quarter or context.last_quarter()
    context.name_quarter(quarter, match.start())
    return "DATE", "{}-Q{}".format(*quarter)


_QUARTER_ENDED = re.compile(expand(r"<S>(?:that<S>|which<S>)?(?i:ended|ending)<S><MONTH><S><DAY>"))


def read_year_earlier(match: re.Match[str], context: Context) -> Reading:
    """a year earlier / year-ago / the year-earlier period: the same quarter a year back
    when the text is about quarters, else the year before."""
    quarter = context.quarter_near(match.start())
    if quarter is not None:
        return "DATE", f"{quarter[0] - 1}-Q{quarter[1]}"
    if context.reference is None:
        return None
    return "DATE", str(context.reference.year - 1)


# --- readers: counted and vague spans of time -----------------------------------------------


def read_ago(match: re.Match[str], context: Context) -> Reading:
    """three years ago / a week earlier / two days before: a date counted from an anchor."""
    amount = parse_number(match["number"])
    unit = match["unit"].lower().removesuffix("s")
    unit = "century" if unit.startswith("centur") else unit
    direction = match["direction"].lower()
    sign = 1 if direction in {"from now", "hence"} else -1
    if unit == "year" and amount == 1 and context.quarter_near(match.start()) is not None:
        return read_year_earlier(match, context)
    narrative = direction in {"earlier", "before"} and unit in {"day", "night", "week"}
    base = context.day if narrative and context.day else context.reference
    if base is None or unit in CLOCK_UNITS:
        return None
    if amount is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if amount != int(amount):
        return None
    return "DATE", counted_date(base, int(amount) * sign, unit)


def counted_date(base: date, steps: int, unit: str) -> str:
    """The value of the day, week, month... ``steps`` units (of one name: "year") from ``base``,
    at that unit's granularity."""
    if unit in {"day", "night"}:
        return (base + timedelta(days=steps)).isoformat()
    if unit in {"week", "weekend", "fortnight"}:
        return week_value(base + timedelta(weeks=steps * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return "{:04d}-{:02d}".format(*shift_month(base.year, base.month, steps))
    if unit == "quarter":
        return "{}-Q{}".format(*shift_quarter(*quarter_of(base), steps))
    scale = {"year": 1, "decade": 10, "century": 100}[unit]
    return str(base.year + scale * steps)


def read_duration(match: re.Match[str], context: Context) -> Reading:
    """three years / the past two months / a 16-hour / a minute and a half / (will be repaid)
    in five years."""
    unit = match["unit"]
    if unit.lower().startswith("weekend"):
        return None
    following = context.text[match.end() : match.end() + 4].lower()
    number = match["number"].lower()
    if (
        unit.lower().startswith("quarter")
        and ("-" in match.group(0) or following == " of ")
        and number not in VAGUE_QUANTITIES
    ):
        return None  # "three-quarters", "a quarter of the market" are fractions, unlike
        # "several quarters of losses"
    if number in {"a", "an"} and unit.lower() == "second" and following[:1].isspace():
        return None  # "a second group" is an ordinal
    if number in {"a", "an"} and just_before(_RATE_BEFORE, context, match.start()):
        return "SET", duration_value(1, unit)  # "$2 million a year", "four flights a week"
    if (
        match.group(0).lower() == "one day"
        and just_before(_SOMEDAY_BEFORE, context, match.start())
        and context.tense(match.start(), match.end()) >= 0
    ):
        return "DATE", "FUTURE_REF"  # "Islam will one day be the second religion": some day
    amount = parse_number(match["number"])
    if amount is not None and group(match, "half"):  # "an hour and a half"
        amount += 0.5
    name = unit.lower().removesuffix("s")
    name = "century" if name.startswith("centur") else name
    if name == "month" and amount is not None and amount >= 4:
        context.months_at = match.start()  # "the first nine months": not a quarter any more
    if (
        context.reference is not None
        and amount is not None
        and amount == int(amount)
        and name not in CLOCK_UNITS
        and match.start("number") == match.start()
        and just_before(_IN_BEFORE, context, match.start())
        and not just_before(_SUPERLATIVE_IN, context, match.start())
        and context.tense(match.start(), match.end()) > 0
    ):  # "will be redeemed in five years": the date that far ahead
        return "DATE", counted_date(context.reference, int(amount), name)
    return "DURATION", duration_value(amount, unit)


_IN_BEFORE = re.compile(r"\b[Ii]n[ \t]+\Z")
# "the first pandemic in 40 years", "its highest level in a decade": the stretch up to now.
_SUPERLATIVE_IN = re.compile(
    r"\b(?:first|only|worst|best|most|least|\w{3,}est)\b[^,;.]{0,60}\b[Ii]n[ \t]+\Z"
)
# A modal or a subject right before "one day" makes it an adverb of the future.
_SOMEDAY_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|shall|should|must|he|she|they|we|I|you)[ \t]+\Z",
    re.IGNORECASE,
)
# What comes before "a year" when it is a rate: an amount, or a plural count ("flights").
_RATE_BEFORE = re.compile(
    r"(?:\d|\d[^()\n]{0,40}(?:\)|-RRB-)"  # "$150,000 (96,000 pounds) a month"
    r"|\b(?:million|billion|trillion|thousand|hundred|times|once|twice|percent)"
    r"|\b\w\w+(?<![siu])s)[ \t]+\Z",
    re.IGNORECASE,
)


def read_unit_long(match: re.Match[str], context: Context) -> Reading:
    """a day-long meeting: one unit; a decades-long battle: some number of them."""
    unit = match["unit"]
    return "DURATION", duration_value(None if unit.lower().endswith("s") else 1, unit)


def read_vague_duration(match: re.Match[str], context: Context) -> Reading:
    """years / the coming months / recent weeks: some number of units."""
    if in_title(match, context):
        return None
    if words_of(match, "order") == "recent" and match["unit"].lower() == "years":
        return "DATE", "PAST_REF"  # TimeBank reads "recent years" as the recent past
    return "DURATION", duration_value(None, match["unit"])


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def read_set(match: re.Match[str], context: Context) -> Reading:
    """daily / every month / each Thursday / twice a year / Tuesday nights."""
    if group(match, "adverb"):
        if match["adverb"][0].isupper() and _CAPITAL_AFTER.match(context.text, match.end()):
            return None  # "the Daily Mail", "The Weekly Standard": a title
        return "SET", SET_ADVERBS[match["adverb"].lower()]
    if group(match, "weekday"):
        return "SET", f"XXXX-WXX-{WEEKDAYS[match['weekday'].lower()]}{part_suffix(match)}"
    if group(match, "month"):
        return "SET", f"XXXX-{month_number(match['month']):02d}"
    number = group(match, "number")
    amount = 2.0 if number and number.lower() == "other" else parse_number(number or "1")
    return "SET", duration_value(amount, match["unit"])


def constant(timex_type: str, value: str) -> Reader:
    """A reader for words with one fixed meaning ("now" is PRESENT_REF)."""

    def read(_match: re.Match[str], _context: Context) -> Reading:
        return timex_type, value

    return read


def read_present(match: re.Match[str], context: Context) -> Reading:
    """now / currently / the current system: the present, unless a title ("Hope for Haiti
    Now")."""
    return None if in_title(match, context) else ("DATE", "PRESENT_REF")


def read_narrative_day(match: re.Match[str], context: Context) -> Reading:
    """the next day / the day before / that same day: moves from the day last named. Before an
    event ("the day before the plunge") "before" is a preposition and the day is that event's,
    which only an apposition names: "Oct. 12, the day before the plunge"."""
    base = context.day or context.reference
    if base is None:
        return None
    words = set(match.group(0).lower().split())  # words: "afternoon" is no "after"
    shift = (
        1
        if words & {"next", "following", "after"}
        else -1
        if words & {"previous", "before", "prior"}
        else 0
    )
    suffix = part_suffix(match)
    timex_type = "TIME" if suffix else "DATE"
    if shift == 0 and context.month_without_day and context.month is not None:
        return timex_type, "{:04d}-{:02d}-XX{}".format(*context.month, suffix)  # "in May, that day"
    reference = context.reference
    if (
        shift > 0
        and reference is not None
        and base < reference
        and context.firmly_ahead(match.start(), match.end())
    ):
        base = reference  # "The next day, the president will ...": after today, not after April
    day = base + timedelta(days=shift)
    context.day = day
    return timex_type, day.isoformat() + suffix


def read_narrative_month(match: re.Match[str], context: Context) -> Reading:
    """that month / the same month / later that month: the month last named."""
    reference = context.reference
    base = context.month or ((reference.year, reference.month) if reference else None)
    return ("DATE", "{:04d}-{:02d}".format(*base)) if base is not None else None


def read_narrative_year(match: re.Match[str], context: Context) -> Reading:
    """that year / the same year / later that year: the year last named."""
    base = context.year or (context.reference.year if context.reference else None)
    return ("DATE", str(base)) if base is not None else None


# --- the rules ------------------------------------------------------------------------------

_PAST_REF = "recently|lately|the past|more recently|recent years"
_FUTURE_REF = (
    "the future|the near future|the distant future|as soon as possible|the near term"
    "|(?<=in )the short term(?!-)|(?<=at )a later date"
)
# "current" as an adjective ("the current system") is the present, as TimeBank reads it; not
# "the current year" (a rule of its own), a "current account" or "the then current price".
_PRESENT_REF = (
    r"now|right now|currently|nowadays|these days|at present|the present"
    r"|(?<!then )(?<!then-)current(?=[ \t]+[A-Za-z])(?![ \t]+(?:year|quarter|month|week|period"
    r"|fiscal|decade|century|accounts?|that|which|of|and|or|is|was|flows?|flowing)\b)"
)

# "last year", "that year" after a month or a day: "June last year", "25 June that year"
_RELATIVE_YEAR = (
    r"(?:<COMMA>|<S>(?:of|in)<S>|<S>)(?P<rel>(?i:last|this|next|that|the same|the following"
    r"|the next|the previous|the prior))<S>(?i:year)\b"
)

RULES: list[Rule] = [
    Rule(
        "month day year",
        r"<L>(?:(?:(?i:this|this coming|this past|next|last)<S>)?<WEEKDAY><COMMA>)?<MONTH><S>"
        # "January the 12th"; not "May the 3 men", "March the first trials"
        r"(?:(?i:the)<S>(?=\d\d?(?:st|nd|rd|th)\b))?<DAY>"
        rf"(?:<COMMA><YEAR><YEAREND>|{_RELATIVE_YEAR})?(?!\w)",
        read_month_day,
    ),
    Rule(
        "day month year",
        r"<L>(?:<WEEKDAY><COMMA>)?(?:(?i:the)<S>)?<DAY>(?:<S>of)?<S><MONTH>"
        rf"(?:<COMMA><YEAR><YEAREND>|{_RELATIVE_YEAR})?(?!\w)",
        read_month_day,
    ),
    Rule(
        "day paired after",
        r"(?<=[ -])(?:(?<=\d and )|(?<=\d or )|(?<=\d to )|(?<=\d through )|(?<=\d-))"
        r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%-]|[:.,]\d)",
        read_day_paired_after,
    ),
    Rule(
        "day paired before",
        r"<L>(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?=(?:<S>(?:and|or|to|through)<S>|-)"
        r"(?P<second>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:<S>of)?<S><MONTH>(?:<COMMA><YEAR>)?)",
        read_day_paired_before,
    ),
    Rule(
        "day alone",
        r"(?:(?<=\b[Oo]n )|<L><WEEKDAY><COMMA>)(?i:the)<S>(?P<day>[12]\d|3[01]|0?[1-9])"
        r"(?:st|nd|rd|th)(?=[ \t]*(?:[,.;:!?)\"']|-RRB-|\Z))",
        read_day_alone,
    ),
    Rule(
        "week of a day",
        r"<L>(?i:the<S>week<S>of)<S><MONTH><S><DAY>(?:<COMMA><YEAR><YEAREND>)?(?!\w)",
        read_week_of,
    ),
    Rule(
        "numeric date",
        r"(?<![\w/.-])(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/"
        r"(?P<year>\d{4}|\d{2})(?![\w/])",
        read_numeric_date,
    ),
    Rule(
        "iso date",
        r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-"
        r"(?P<day>0[1-9]|[12]\d|3[01])(?![\w/])",
        read_numeric_date,
    ),
    Rule(
        "clock",
        r"<L>(?:(?i:about|around|approximately|shortly after|shortly before|just after|"
        r"just before)<S>)?<CLOCK><ZONE>(?:<COMMA>(?:<WEEKDAY>\b"
        # not the first day of "9am to 5pm, Monday to Friday", nor a weekday before its date
        rf"(?!{_TO}(?:{_capitalised(WEEKDAYS)})\b"
        rf"|<COMMA>(?:{_capitalised(MONTHS)}|{_capitalised(MONTH_ABBREVIATIONS)})\b)|"
        r"(?P<deictic>(?i:today|yesterday|tomorrow))\b"
        # "12:23 a.m. EDT, Saturday Sept. 4, 2010"
        rf"|(?:(?:{_capitalised(WEEKDAYS)})<COMMA>)?<MONTH><S><DAY>(?:<COMMA><YEAR><YEAREND>)?))?",
        read_clock,
    ),
    Rule(
        "month year",
        r"<L>(?:<EDGE>[ \t-]*)?<MONTH>(?:<COMMA>|<S>of<S>)<YEARSPELLED><YEAREND>",
        read_month_year,
    ),
    Rule(
        "month of a relative year",
        rf"<L>(?:<EDGE>[ \t-]*)?<MONTHNAME>{_RELATIVE_YEAR}",
        read_month_year,
    ),
    Rule(
        "month",
        r"<L>(?:(?P<relative>(?i:last|next|this|this past|this coming|past|coming|that))<S>"
        r"|<EDGE>[ \t-]*)?<MONTHNAME>(?![\w-]|[ \t]*\d)",
        read_month,
    ),
    Rule(
        "month quarter",
        r"<L>(?i:the)<S>(?:(?i:fiscal)<S>)?<MONTHNAME><S>(?i:quarter)(?![\w-])",
        read_month_quarter,
    ),
    Rule(
        "year",
        r"<L>(?:(?i:fiscal|calendar|the year|the fiscal year|model year)<S>|<EDGE><S>"
        r"|(?i:mid|post|pre)-)?<YEAR><YEAREND>",
        read_year,
    ),
    Rule(
        "clock stamp",  # after "year", which reads the stamps that look like years itself
        r"(?<![\w/.,:-])[0-2]\d[0-5]\d(?=(?:[ \t]*:)?[ \t]+[A-Z])",
        read_clock_stamp,
    ),
    Rule(
        "spelled year",
        rf"<L>(?:(?i:the year)<S>)?(?P<year>(?i:two thousand|{_SPELLED_YEAR}))\b",
        read_spelled_year,
    ),
    Rule(
        "year period",
        r"<L>(?i:the)<S><YEAR><S>(?i:period|quarter)\b",
        read_year_period,
    ),
    Rule(
        "decade",
        r"<L>(?:<PARTOF>(?i:the)<S>|(?i:the)<S>(?i:early|mid|late)[ \t-]*"
        r"|(?i:early|mid|late)[ \t-]*)?(?:(?P<digits>1\d\d0|20\d0)|['’](?P<short>\d0))['’]?s\b",
        read_decade,
    ),
    Rule(
        "decade word",
        r"<L>(?:<PARTOF>)?(?i:the)<S>(?:(?i:early|mid|late)[ \t-]*)?(?P<word>(?i:"
        + _alternation(DECADE_WORDS)
        + r"))\b",
        read_decade,
    ),
    Rule(
        "century",
        r"<L>(?:(?i:the)<S>)?(?:(?i:early|mid|late)[ \t-]*)?"
        r"(?P<ordinal>\d{1,2}(?:st|nd|rd|th)|(?i:"
        + _alternation(CENTURY_ORDINALS)
        + r"))[ \t-]+(?i:century)\b",
        read_century,
    ),
    Rule(
        "weekday",
        r"<L>(?:(?P<relative>(?i:last|next|this|this coming|this past|coming|the previous"
        r"|the following))<S>)?<WEEKDAY>(?!\w)(?:<S><PART>\b)?",
        read_weekday,
    ),
    Rule(
        "deictic day",
        r"<L>(?:(?i:early|late|earlier|later)<S>)?(?P<deictic>(?i:today|yesterday|tomorrow"
        r"|tonight))\b(?:<S><PART>\b)?",
        read_deictic_day,
    ),
    Rule(
        "this morning",
        r"<L>(?:(?i:early|late|earlier|later)<S>)?(?P<deictic>(?i:this))<S>"
        r"(?P<part>(?i:morning|afternoon|evening))\b",
        read_deictic_day,
    ),
    Rule(
        "mid part of day",
        r"<L>(?i:mid)[ \t-]?(?P<part>(?i:morning|afternoon|evening))\b"
        r"(?:<S>(?P<deictic>(?i:today|yesterday|tomorrow))\b)?",
        read_mid_part,
    ),
    Rule("last night", r"<L>(?P<deictic>(?i:last))<S>(?P<part>(?i:night))\b", read_deictic_day),
    Rule(
        "relative unit",
        r"<L>(?:<EDGE><S>)?(?P<relative>(?i:last|past|previous|this|current|next|coming"
        r"|the current|the coming|the following|the next|the previous|the prior|the past"
        r"|the last|the latest(?=[ \t]+fiscal)))<S>(?:(?i:fiscal)<S>(?=(?i:year|quarter)))?"
        r"(?P<unit>(?i:day|week|weekend|month|quarter|year|decade|century))(?![\w-])",
        read_relative_unit,
    ),
    Rule("the weekend", r"<L>(?i:the<S>weekend)\b", read_the_weekend),
    Rule(
        "the reported year",
        r"(?:(?<=\b[Ff]or )|(?<=\b[Oo]f )|(?<=\b[Dd]uring )|(?<=\bthrough ))(?i:the<S>year)"
        r"(?![\w'’-]|[ \t]+(?:ago|earlier|before|after|later|ended|ending|to|that|when|in)\b)",
        read_current_year,
    ),
    Rule(
        "fiscal year ended",
        r"<L>(?i:the(?:<S>fiscal)?<S>year)(?=<S>(?i:ended|ending)\b)",
        constant("DURATION", "P1Y"),
    ),
    Rule(
        "current year",
        r"<L>(?i:the(?:<S>current)?<S>(?:fiscal|full|calendar)<S>year|the current year)\b",
        read_current_year,
    ),
    Rule("year end", r"<L>(?i:year-end|year end|year['’]s end)(?![\w-])", read_year_end),
    Rule(
        "edge of unit",
        r"<L>(?i:the<S>(?:end|beginning|start|middle)<S>of<S>(?:the|this)<S>)"
        r"(?P<unit>(?i:year|month|week))\b",
        read_edge_of_unit,
    ),
    Rule(
        "season",
        r"<L>(?:(?P<relative>(?i:last|next|this|this past|this coming|past|coming))<S>"
        r"(?:(?i:early|late)<S>)?|(?:(?i:the)<S>)?(?i:early|late|mid)[ \t-]*)?"
        r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
        r"(?:<S>(?:(?i:of)<S>)?<YEARSPELLED><YEAREND>)?(?![\w-])",
        read_season,
    ),
    Rule(
        "holiday",
        r"<L>(?:(?P<relative>(?i:last|next|this past|this coming|this|past|coming))<S>)?"
        r"(?P<holiday>Christmas(?: Eve| Day)?"
        r"|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Independence Day|Halloween"
        r"|Valentine['’]s Day|Election Day|Labor Day|Memorial Day|Veterans Day"
        r"|Good Friday|Easter(?: Sunday| Monday| [Ww]eek)?)"
        r"(?:<COMMA><YEAR>)?\b(?![ \t]+(?i:eggs?|bunny|island|rising|parade|trees?|cards?"
        r"|decorations|lights|carols?|crackers?|puddings?|jumpers?|traditions?)\b)",
        read_holiday,
    ),
    Rule(
        "ordinal quarter",
        r"<L>(?:(?P<whose>(?i:this year['’]s|last year['’]s|next year['’]s|the year-ago"
        r"|the year-earlier|year-ago|year-earlier))<S>|(?i:the)<S>)?(?:<YEAR><S>)?"
        r"(?:(?i:fiscal|calendar)[ \t-]+)?<ORDINAL><S>(?P<kind>(?i:quarter|half"
        # "the first two quarters of 1990" is its first half; "the last two" are the latest two
        r"|(?<=[Ff]irst[ \t])two<S>quarters))(?![\w-])"
        r"(?:<S>(?i:of)<S>(?:(?:(?i:fiscal)<S>)?(?P<ofyear>1[6-9]\d\d|20\d\d)"
        r"|['’](?P<ofshort>\d\d)\b|(?P<ofrelative>(?i:this|last|next)<S>year)\b)"
        # "third quarter 2007"
        r"|<S>(?P<yearafter>1[6-9]\d\d|20\d\d)<YEAREND>)?",
        read_ordinal_quarter,
    ),
    Rule(
        "ordinal quarter adjective",
        r"<L>(?:(?i:fiscal|calendar)[ \t-]+)?<ORDINAL>-(?P<kind>(?i:quarter|half))(?![\w-])",
        read_ordinal_quarter,
    ),
    Rule(
        "named quarter",
        r"<L>(?P<determiner>(?i:the latest|the current|the most recent|the previous|the prior"
        r"|the same|the year-ago|the year-earlier|the comparable year-ago"
        r"|the comparable year-earlier|the comparable|the corresponding|last year['’]s|the"
        r"|this|that|year-ago|year-earlier))<S>(?:(?i:fiscal)<S>)?(?i:quarter|period)(?![\w-])"
        r"(?P<ago><S>(?i:a year ago|a year earlier|last year))?",
        read_named_quarter,
    ),
    Rule(
        "year earlier",
        r"<L>(?i:year-ago|year-earlier|a year earlier|a year ago|a year before)(?![\w-])",
        read_year_earlier,
    ),
    Rule(
        "ago",
        r"<L>(?:<APPROX><S>)?<NUMBER>[ \t-]+<UNIT><S>(?:(?i:or so)<S>)?"
        r"(?P<direction>(?i:ago|earlier|from now|hence|before(?![ \t]+[\w$])))\b"
        r"(?![ \t]+(?:the|a|an|he|she|it|they|we|I|his|her|their)\b)",
        read_ago,
    ),
    Rule(
        "vague ago",
        r"<L>(?i:years|months|weeks|days|decades)<S>(?i:ago)\b",
        constant("DATE", "PAST_REF"),
    ),
    Rule(
        "duration",
        r"<L>(?:(?:(?i:the)<S>)?(?i:past|last|next|first|final|coming|previous|following"
        r"|remaining|latest|initial|ensuing|additional|further)<S>|(?i:the)<S>|<APPROX><S>)?<NUMBER>"
        r"(?:<S>(?i:to|or)<S><NUMBER2>)?<S>(?:(?i:more|additional|full|straight|consecutive"
        r"|trading|business|working|calendar|long)<S>)?<UNIT>(?P<half><S>(?i:and<S>a<S>half))?"
        r"(?:<S>(?i:or so))?(?![\w-]|[ \t]+old\b)",
        read_duration,
    ),
    Rule(
        "duration adjective",
        r"<L>(?:<APPROX><S>)?<NUMBER>-<UNIT>(?:-long)?(?![\w-])",
        read_duration,
    ),
    Rule(
        "unit long",
        r"<L><UNIT>-(?i:long)(?![\w-])",
        read_unit_long,
    ),
    Rule(
        "vague duration",
        r"<L>(?:(?i:the)<S>)?(?:(?P<order>(?i:past|last|next|coming|recent|previous|following"
        r"|first|final|remaining|ensuing|intervening))<S>)?"
        # "the early hours of Thursday" is a part of that day, no stretch of hours
        r"(?P<unit>(?i:years|months|weeks|days|decades|centuries|(?<!early )(?<!small )hours"
        r"|minutes))"
        # "weeks or months" is one stretch of time, read by its first unit
        r"(?:<S>(?i:or|and)<S>(?i:years|months|weeks|days|decades|hours))?"
        r"(?:<S>(?i:ahead|to come))?(?![\w-]|[ \t]+(?:old|apart)\b)",
        read_vague_duration,
    ),
    Rule(
        "set",
        r"<L>(?:(?P<adverb>(?i:"
        + _alternation(SET_ADVERBS)
        + r"))|(?i:every|each|per|once a|twice a|once an)<S>(?:<WEEKDAY>|<MONTHNAME>"
        r"|(?:(?P<number>(?i:other|two|three|four|five|six|\d+))<S>)?<UNIT>))\b",
        read_set,
    ),
    Rule(
        "weekday plural",
        r"<L><WEEKDAY>(?=s\b|[ \t]+(?i:morning|afternoon|evening|night)s\b)(?:s\b)?"
        r"(?:<S><PART>s\b)?",
        read_set,
    ),
    Rule(
        "fortnight",
        r"<L>(?:(?i:the)<S>)?(?:(?i:past|last|next|coming|previous|following)<S>)?"
        r"(?i:fortnight)(?![\w'’-])",
        constant("DURATION", "P2W"),
    ),
    Rule(
        "a while",
        r"(?<=\b[Ff]or )(?i:a(?:<S>(?:long|good|little))?<S>while|quite<S>a<S>while)\b",
        constant("DURATION", "PXX"),
    ),
    Rule("present", rf"<L>(?i:{_PRESENT_REF})\b", read_present),
    Rule("past", rf"<L>(?i:{_PAST_REF})\b", constant("DATE", "PAST_REF")),
    Rule("future", rf"<L>(?i:{_FUTURE_REF})\b", constant("DATE", "FUTURE_REF")),
    Rule(
        "narrative day",
        r"<L>(?i:(?:earlier|later)<S>that<S>day|that(?:<S>same)?<S>day(?!<S>\w+ed\b)"
        r"|the<S>same<S>day|the<S>(?:next|following|previous|prior)<S>day"
        r"|the<S>day<S>(?:before|after)(?![ \t]+[\w$])"
        r"|(?<=,[ \t])the<S>day(?=<S>(?:before|after)<S>[\w$])"
        r"|(?:the<S>(?:next|following|previous)|that)<S>"
        r"(?P<part>morning|afternoon|evening|night))\b",
        read_narrative_day,
    ),
    Rule(
        "narrative month",
        r"<L>(?i:(?:(?:earlier|later)<S>)?that<S>month|the<S>same<S>month)\b",
        read_narrative_month,
    ),
    Rule(
        "narrative year",
        r"<L>(?i:(?:earlier|later)<S>that<S>year|that<S>year|the<S>same<S>year"
        r"|later<S>in<S>the<S>year|earlier<S>in<S>the<S>year)\b",
        read_narrative_year,
    ),
]

# --- cues -----------------------------------------------------------------------------------
# Every match of a rule contains, or sits beside, one of its cue words (lower-cased word
# tokens; "<digits>" is any run of digits, "<year>" a four-digit year 1000-2099). The tagger
# runs a rule only around its cues, so the rare words carry the cost of the scan; a rule
# without cues scans the whole text. tests/extractors/test_timex_cues.py checks the table
# against every gold case.
_UNIT_WORDS = frozenset(UNITS) | {unit + "s" for unit in UNITS} | {"centuries"}
_PARTS = frozenset(PARTS_OF_DAY)


def _with_mid(words: object) -> frozenset[str]:
    """The words and their "mid" forms written solid ("midsummer", "midmarch")."""
    return frozenset(form for word in words for form in (str(word), f"mid{word}"))


_MONTH_WORDS = _with_mid([*MONTHS, *MONTH_ABBREVIATIONS])

CUES: dict[str, frozenset[str]] = {
    "month day year": _MONTH_WORDS,
    "day month year": _MONTH_WORDS,
    "day paired after": frozenset({"<digits>"}),
    "day paired before": frozenset({"<digits>"}),
    "day alone": frozenset({"st", "nd", "rd", "th"}),  # "22nd" is the words "22" and "nd"
    "week of a day": _MONTH_WORDS,
    "numeric date": frozenset({"<digits>"}),
    "iso date": frozenset({"<year>"}),
    # "10 a.m.", "10am", noon; "14:30" only before a time zone
    "clock": frozenset({"a", "am", "p", "pm", "noon", "midnight", "midday"})
    | _PARTS
    | frozenset({"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"})
    | frozenset({"bst", "cet", "cest"}),
    "month year": _MONTH_WORDS,
    "month of a relative year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "month quarter": _MONTH_WORDS,
    "year": frozenset({"<year>"}),
    "clock stamp": frozenset({"<digits>"}),
    "spelled year": frozenset({"thousand", "eighteen", "nineteen"}),
    "year period": frozenset({"<year>"}),
    "decade": frozenset({"<digits>"}),
    "decade word": frozenset(DECADE_WORDS),
    "century": frozenset({"century"}),
    "weekday": frozenset(WEEKDAYS),
    "deictic day": frozenset({"today", "yesterday", "tomorrow", "tonight"}),
    "this morning": _PARTS,
    "mid part of day": frozenset({"mid", "midmorning", "midafternoon", "midevening"}),
    "last night": frozenset({"night"}),
    "relative unit": _UNIT_WORDS,
    "the weekend": frozenset({"weekend"}),
    "the reported year": frozenset({"year"}),
    "fiscal year ended": frozenset({"year"}),
    "current year": frozenset({"year"}),
    "year end": frozenset({"year"}),
    "edge of unit": frozenset({"year", "month", "week"}),
    "season": _with_mid(SEASONS),
    "holiday": frozenset({"christmas", "thanksgiving", "halloween", "day", "year", "easter"})
    | frozenset({"friday"}),
    "ordinal quarter": frozenset({"quarter", "quarters", "half"}),
    "ordinal quarter adjective": frozenset({"quarter", "half"}),
    "named quarter": frozenset({"quarter", "period"}),
    "year earlier": frozenset({"year"}),
    "ago": _UNIT_WORDS,
    "vague ago": _UNIT_WORDS,
    "duration": _UNIT_WORDS,
    "duration adjective": _UNIT_WORDS,
    "unit long": _UNIT_WORDS,
    "vague duration": _UNIT_WORDS,
    "set": frozenset(SET_ADVERBS) | {"every", "each", "per", "once", "twice"},
    "weekday plural": frozenset(WEEKDAYS) | {day + "s" for day in WEEKDAYS},
    "fortnight": frozenset({"fortnight"}),
    "a while": frozenset({"while"}),
    "present": frozenset({"now", "currently", "nowadays", "days", "present", "current"}),
    "past": frozenset({"recently", "lately", "past", "years"}),
    "future": frozenset({"future", "possible", "term", "date"}),
    "narrative day": frozenset({"day"}) | _PARTS,
    "narrative month": frozenset({"month"}),
    "narrative year": frozenset({"year"}),
}
