"""The Chinese extractor's word lists, read once from ``briefing/data/extract_zh``.

All lists are in simplified characters: text is first mapped by ``normalize``
(full-width forms to ASCII, traditional to simplified characters), one character
to one, so every offset into the normalized text is an offset into the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..wordlists import trie_pattern

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "extract_zh"


def _lines(name: str) -> list[str]:
    """The lines of a data file, normalized like the text they are matched against."""
    return [normalize(line) for line in _raw_lines(name)]


def _raw_lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("\t")] for line in _lines(name)]


def pattern(words, flags: int = 0) -> re.Pattern[str]:
    """One compiled alternation of words, factored by prefix; the longest match wins."""
    return re.compile(trie_pattern(sorted(set(words))), flags)


@cache
def _table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table.update({0x3000: " ", 0xFE6A: "%", 0x2014: "-", 0x2013: "-", 0xFF5E: "~"})
    for line in _raw_lines("traditional.txt"):
        for pair in line.split():
            if len(pair) == 2:
                table[ord(pair[0])] = pair[1]
    return table


def normalize(text: str) -> str:
    """Full-width to ASCII, traditional to simplified; same length as ``text``."""
    return text.translate(_table())


@dataclass(frozen=True)
class MoveWords:
    directions: dict[str, str]  # word -> up | down | flat | none
    forms: dict[str, str]  # word -> verb | bare | share
    pattern: re.Pattern[str]


@cache
def move_words() -> MoveWords:
    directions: dict[str, str] = {}
    forms: dict[str, str] = {}
    for direction, form, words in _rows("moves.tsv"):
        for word in words.split("|"):
            directions[word], forms[word] = direction, form
    return MoveWords(directions, forms, pattern(directions))


@cache
def qualifiers() -> dict[str, dict[str, str]]:
    """position (before | after | reach) -> word -> qualifier."""
    table: dict[str, dict[str, str]] = {}
    for position, qualifier, words in _rows("qualifiers.tsv"):
        table.setdefault(position, {}).update((w, qualifier) for w in words.split("|"))
    return table


@cache
def gap_pattern() -> re.Pattern[str]:
    """What may stand between a name and its move word: gap words, dates, codes, spaces."""
    words = trie_pattern(sorted(set(_lines("gaps.txt"))))
    return re.compile(rf"(?:{words}|{_DATES}|{_SINCE}|{_VERSUS}|{_HK_CLASS}|\([^()]{{0,16}}\)|\s)*")


# share-class marks of Hong Kong names ("小米集团-W", "百度集团-SW"),
_HK_CLASS = r"-(?:SW|W|S|B|U|R)(?![A-Za-z])"
# dates and times ("11月24日", "截至10:30"), spans of time ("三日", "近一个月累计"),
# comparisons ("较今年高位", "与前一交易日")
_DATES = r"(?:截至|截止)?(?:\d{1,2}月)?\d{1,2}[日号]|(?:截至|截止)?\d{1,2}:\d{2}|截至(?:发稿|收盘|午间|截稿)?"
_SINCE = r"近?(?:[0-9]+|[一二两三四五六七八九十]+)个?(?:交易日|日|天|周|星期|个月|月|年)(?:以来|内|来)?"
_VERSUS = (r"[较与比](?:[^,;。]{0,8}?)(?:高位|高点|低位|低点|峰值|发行价|招股价|上市价|交易日|"
           r"昨日|昨天|上日|前日|上周|年初|去年底|收市|收盘|日市|前收)(?:相比)?")


@cache
def sessions() -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(_rows("sessions.tsv"))
    return pattern(table), table


@dataclass(frozen=True)
class SectorWords:
    modifiers: dict[str, str]
    nouns: dict[str, str]
    pattern: re.Pattern[str]  # groups: noun, or mod + head


@cache
def sector_words() -> SectorWords:
    heads: list[str] = []
    modifiers: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for kind, sector, words in _rows("sectors.tsv"):
        if kind == "head":
            heads = words.split("|")
        else:
            ({"modifier": modifiers, "noun": nouns}[kind]).update(
                (w, sector) for w in words.split("|"))
    body = (rf"(?P<mod>{trie_pattern(sorted(modifiers))})(?:{trie_pattern(sorted(heads))})|"
            rf"(?P<noun>{trie_pattern(sorted(nouns))})")
    return SectorWords(modifiers, nouns, re.compile(body))


@dataclass(frozen=True)
class ViewWords:
    verbs: re.Pattern[str]
    lead: re.Pattern[str]
    ratings: dict[str, str]  # Chinese rating -> English rating
    rating_stances: dict[str, str]  # English rating -> stance
    stances: list[tuple[str, re.Pattern[str]]]
    phrases: list[tuple[re.Pattern[str], str, str]]  # regex, stance, English


_RATING_STANCE = {"buy": "bullish", "outperform": "bullish", "overweight": "bullish",
                  "recommend": "bullish", "neutral": "neutral", "underweight": "bearish",
                  "sell": "bearish"}


@cache
def view_words() -> ViewWords:
    rows = _rows("views.tsv")
    table = {kind: words.split("|") for kind, _, words in rows if kind in ("verb", "lead")}
    ratings = {w: value for kind, value, words in rows if kind == "rating"
               for w in words.split("|")}
    stances = [(kind, pattern(words.split("|"))) for kind, _, words in rows
               if kind in ("bullish", "bearish")]
    rating_re = trie_pattern(sorted(ratings))
    phrases = [(re.compile(regex.replace("RATING", rating_re)), stance, english)
               for regex, stance, english in _rows("view_phrases.tsv")]
    lead = re.compile(rf"(?:{trie_pattern(sorted(table['lead']))}|\s|[,:])*")
    return ViewWords(pattern(table["verb"]), lead, ratings, _RATING_STANCE, stances, phrases)


@dataclass(frozen=True)
class FlowWords:
    who: dict[str, str]
    who_pattern: re.Pattern[str]
    directions: dict[str, str]
    direction_pattern: re.Pattern[str]
    currencies: dict[str, str]


@cache
def flow_words() -> FlowWords:
    tables: dict[str, dict[str, str]] = {"who": {}, "direction": {}, "currency": {}}
    for kind, value, words in _rows("flows.tsv"):
        tables[kind].update((w, value) for w in words.split("|"))
    return FlowWords(tables["who"], pattern(tables["who"]), tables["direction"],
                     pattern(tables["direction"]), tables["currency"])


@cache
def macro_words() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {w: subject for subject, words in _rows("macro.tsv") for w in words.split("|")}
    return pattern(table), table


@cache
def company_suffix() -> re.Pattern[str]:
    return re.compile(trie_pattern(sorted(_lines("company_suffixes.txt"))))


@cache
def extra_names() -> list[tuple[str, str]]:
    """Chinese names the lexicon lacks: (name, English canonical name)."""
    return [(name, canonical) for name, canonical in _rows("names.tsv")]
