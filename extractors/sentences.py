"""Split article text into sentences with their character offsets.

A deliberately small splitter: newlines always end a sentence (news text keeps one
paragraph or one sentence a line), and so does ., ! or ? before a capital letter
unless the word before it is a known abbreviation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vs",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
    ]
)
# End punctuation with its closing quotes and brackets (PTB "''" and "-RRB-" too), before a
# capital or digit that may follow an opening quote; or a newline.
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?](?:[ \t]*(?:''|-RRB-)|["'”’)\]])*)\s+"""
    r"""(?=(?:``[ \t]*|-LRB-[ \t]*|["'“‘(\[])*[A-Z0-9])|\n\s*"""
)
# Initials and dotted abbreviations ("N.J.", "U.S.", "A.") seldom end a sentence.
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each non-empty sentence of ``text``, in order."""
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group(0)[0] == ".":
            word = text[start : boundary.start()].rsplit(maxsplit=1)[-1:]
            bare = word[0].strip("(\"'`") if word else ""
            if bare.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(bare):
                continue
        end = boundary.end("stop") if boundary.group("stop") else boundary.start()
        if text[start:end].strip():
            yield _trim(text, start, end)
        start = boundary.end()
    if text[start:].strip():
        yield _trim(text, start, len(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
