"""Split text into sentences, keeping character offsets into the input.

A line break ends a sentence (headlines and bullets have no final period); inside a
line a sentence ends at ``.``, ``!`` or ``?`` followed by space and a capital, a
digit or a quote, unless the period ends a known abbreviation. HTML tags passed as
text are treated as breaks, so no evidence ever contains markup.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    ["inc", "corp", "co", "ltd", "plc", "llc", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "nos", "vs", "v", "etc", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "gov", "dept", "fig", "mt", "bhd", "pte", "ag", "sa", "nv", "bros", "cos", "hk", "rs"]
)
# every alternative starts with one literal character ("[.!?]+" spelt out as three), so
# the engine jumps from candidate to candidate instead of trying each alternative everywhere
_END = r"[.!?]*[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9$])"
# a note's own next call after a semicolon is a sentence of its own ("We like banks; we are
# cautious on developers"), so each call keeps the house's voice
_BREAK = re.compile(r"\n|\r|;(?=[ \t]+we\s)|</?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,400})?/?>|<!--[^<>]{0,400}-->|"
                    rf"\.{_END}|!{_END}|\?{_END}")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,8})$")
_BULLET = re.compile(r"[\s\-–—*•·●▪◦>#]+")
MAX_SENTENCE = 2000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` of each sentence; ``text[start:end]`` is the sentence, stripped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(text):
        if match.group()[0] == "." and _is_abbreviation(text, match.start()):
            continue
        if match.group() == ";" and _in_quote(text, start, match.start()):
            continue  # a quote's "we" is the speaker's, told after the quote closes
        end = match.end() if match.group()[0] in ".!?" else match.start()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _in_quote(text: str, start: int, pos: int) -> bool:
    return text.count('"', start, pos) % 2 == 1 or \
        text.count("“", start, pos) > text.count("”", start, pos)


def _is_abbreviation(text: str, dot: int) -> bool:
    found = _WORD_BEFORE.search(text, max(0, dot - 10), dot)
    if not found:
        return False
    if text[found.start() - 1:found.start()].isdigit():
        return False  # a unit after a number ends the sentence: "a target of 390p. Shares"
    if text[dot + 1:dot + 2] == ")" and text[found.start() - 1:found.start()] == "(" and \
            found.group(1).isupper():
        return True  # a London ticker in brackets: "Rolls-Royce Holdings (RR.) 951.40p"
    word = found.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # an initial ("J. Smith") or a dotted acronym ("U.S.")
    return len(word) == 1 or ("." in word and len(word) <= 5)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    lead = _BULLET.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3:
        return
    while end - start > MAX_SENTENCE:  # run-on text: cut, never scan unbounded
        spans.append((start, start + MAX_SENTENCE))
        start += MAX_SENTENCE
    spans.append((start, end))
