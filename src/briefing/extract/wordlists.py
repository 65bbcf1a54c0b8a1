"""The extractor's word lists, read once from ``briefing/data/extract``.

Words that users may want to change live in data files, not in code; this module
only reads them and builds the compiled patterns the other modules share.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "extract"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


_WILD = r"(?:[\w'.%&-]+\s+){0,2}?"  # a word, or a figure ("a 0.1% gain")


def _units(phrase: str) -> list[str]:
    """A phrase as regex pieces: one per character, a run of spaces, or ``*``."""
    units: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i and units and units[-1] != _WILD:
            units.append(r"\s+")
        if word == "*":  # the space before it is taken above, the one after by _WILD
            units.append(_WILD)
            continue
        units.extend(re.escape(c) for c in word)
    return units


def trie_pattern(phrases: list[str], fold: bool = False) -> str:
    """One regex for many phrases, factored by common prefixes: the engine branches on
    one character instead of trying every phrase at every position. Longest wins."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for unit in _units(phrase.lower() if fold else phrase):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    end = "" in node
    branches = [unit + _emit(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LOWERED: dict[bool, tuple[str, str]] = {}


def lowered(text: str) -> str:
    """``text`` with capitals lowered, same length, so offsets still hold. The last
    long and the last short text are remembered (one document is scanned many times)."""
    slot = len(text) > 256
    last = _LOWERED.get(slot)
    if last is not None and last[0] is text:
        return last[1]
    low = text.lower()  # fast; a rare character that lowers to two would shift offsets
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    _LOWERED[slot] = (text, low)
    return low


class Folded:
    """A case-blind pattern that is fast: a lower-case regex run over ``lowered(text)``
    (Python's IGNORECASE matching is several times slower). Match texts are lower case."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.finditer(lowered(text), pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.search(lowered(text), pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.match(lowered(text), pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.regex.fullmatch(lowered(text), pos, endpos)


def alternation(phrases: list[str], flags: int = 0) -> re.Pattern[str] | Folded:
    """One compiled, word-bounded alternation of phrases; the longest match wins."""
    fold = bool(flags & re.IGNORECASE)
    body = trie_pattern(sorted(set(phrases)), fold=fold)
    pattern = rf"(?<![\w$-])(?:{body})(?![\w-])"
    return Folded(pattern) if fold else re.compile(pattern, flags)


@dataclass(frozen=True)
class MoveWords:
    verbs: dict[str, str]  # phrase (lower case) -> direction
    adjs: dict[str, str]
    flats: frozenset[str]
    agents: dict[str, str]
    causes: dict[str, str]
    labels: dict[str, str]  # a list's heading: "Risers" -> up


@cache
def move_words() -> MoveWords:
    tables: dict[str, dict[str, str]] = {"verb": {}, "adj": {}, "flat": {}, "agent": {},
                                         "cause": {}, "label": {}}
    for direction, form, phrases in _rows("moves.tsv"):
        for phrase in phrases.split("|"):
            tables[form][phrase] = direction
    return MoveWords(tables["verb"], tables["adj"], frozenset(tables["flat"]), tables["agent"],
                     tables["cause"], tables["label"])


@cache
def multiples() -> dict[str, float]:
    """"doubled" -> 100: move verbs that state their own size in percent."""
    return {phrase: float(pct) for phrase, pct in _rows("multiples.tsv")}


@cache
def fractions() -> dict[str, float]:
    """"a fifth" -> 20: a share of a company's worth that sizes its move."""
    return {phrase: float(pct) for phrase, pct in _rows("fractions.tsv")}


@cache
def qualifiers() -> dict[str, str | None]:
    return {p: (None if q == "none" else q) for p, q in _rows("qualifiers.tsv")}


@cache
def number_words() -> dict[str, float]:
    return {w: float(v) for w, v in _rows("number_words.tsv")}


@dataclass(frozen=True)
class Periods:
    after: Folded  # right after the number (a comma may come first; "in 2025" too)
    lead: Folded  # opening the sentence
    verb: re.Pattern[str] | Folded  # inside the verb ("ended the week")
    month_verb: re.Pattern[str] | Folded  # a month as the verb's object ("ended November")
    label: Folded  # a short label before the number: "MTD: Taiex -1.9%", "(YTD +14.6%)"
    row_label: Folded  # the whole label before a quote line's signed figure: "| Week: ", "; Nov "
    column: Folded  # a table's column of figures over a period: "1W", "YTD"
    link: re.Pattern[str] | Folded  # a comparison: "outperforming", "compared with"
    day: re.Pattern[str] | Folded  # a day named: "on Monday", "today"
    close_with: re.Pattern[str] | Folded  # "ending the week with", "closed March with"


@cache
def periods() -> Periods:
    """Phrases scoping a number to more than a day."""
    rows = {where: phrases.split("|") for where, phrases in _rows("periods.tsv")}
    after = trie_pattern(rows["after"], fold=True)
    lead = trie_pattern(rows["lead"], fold=True)
    label = trie_pattern(rows["label"], fold=True)
    month = trie_pattern(rows["month_label"], fold=True)
    # "in the first half hour", "in the first half of the session" and "in the month's first
    # session" stay within the day
    unless = rf"(?![\w'’-])(?!\s+(?:{trie_pattern(rows['unless'], fold=True)})(?![\w-]))"
    close_with = [f"{verb} {period} with" for verb in rows["close_verb"] for period in rows["close_period"]]
    return Periods(Folded(rf"\s*,?\s*(?:(?:{after}){unless}|in (?:19|20)\d\d\b)"),
                   Folded(rf"(?:{lead}){unless}"),
                   alternation(rows["verb"] + rows["month_verb"] + close_with, re.IGNORECASE),
                   alternation(rows["month_verb"], re.IGNORECASE),
                   Folded(rf"\s*(?:(?:{label})\s*(?::|(?=[+\-−]?\d))|(?:{month})\s*:?\s*(?=[+\-−]\d))"),
                   Folded(rf"\s*(?:{label}|{month})\s*:?\s*"),
                   Folded(rf"\b(?:{trie_pattern(rows['column'], fold=True)})\b%?"),
                   alternation(rows["link"], re.IGNORECASE), alternation(rows["day"], re.IGNORECASE),
                   alternation(close_with, re.IGNORECASE))


@cache
def sessions() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {p.lower(): s for p, s in _rows("sessions.tsv")}
    return alternation(list(table), re.IGNORECASE), table


@dataclass(frozen=True)
class SectorWords:
    heads: tuple[str, ...]
    modifiers: dict[str, str]  # word -> canonical sector
    nouns: dict[str, str]
    pattern: re.Pattern[str]


@cache
def market_phrases() -> tuple[Folded | re.Pattern[str], dict[str, str]]:
    """"Taiwan stocks" -> "Taiex": a market named by its place, and its main index."""
    table = {" ".join(p.lower().split()): index for index, phrases, *_ in _rows("markets.tsv")
             for p in phrases.split("|")}
    # "Taiwan share prices", "Tokyo stock prices" (agency usage): the shares, by their prices
    table |= {f"{p[:-1]} prices": index for p, index in list(table.items())
              if p.endswith((" shares", " stocks"))}
    return alternation(list(table), re.IGNORECASE), table


@cache
def report_markets() -> dict[str, str]:
    """"US" -> "U.S. stocks": a report's market named as its shares."""
    return {code: phrase for code, phrase in _rows("report_markets.tsv")}


@cache
def house_markets() -> dict[str, str]:
    """"Geojit Financial Services" -> "IN": a local house's one home market."""
    return {house: code for code, houses in _rows("house_markets.tsv") for house in houses.split("|")}


@cache
def sole_gauges() -> frozenset[str]:
    """The indices whose market's shares are the index even without its level: "Emerging
    market stocks added 0.8%" is MSCI's gauge, the one wires mean."""
    return frozenset(row[0] for row in _rows("markets.tsv") if row[2:] == ["any"])


@cache
def futures_of() -> dict[str, str]:
    """"Nasdaq futures" -> "Nasdaq 100": the index whose futures a name's futures are."""
    return {named: traded for named, traded, *_ in _rows("futures.tsv")}


@cache
def futures_contracts() -> dict[str, str]:
    """"SPI 200" -> "S&P/ASX 200": futures traded under a name of their own, no cash index's,
    and the one index they track."""
    return {traded: named for named, traded, *rest in _rows("futures.tsv") if rest == ["contract"]}


@cache
def sector_words() -> SectorWords:
    heads: list[str] = []
    modifiers: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for kind, canonical, words in _rows("sectors.tsv"):
        target = {"modifier": modifiers, "noun": nouns}.get(kind)
        if kind == "head":
            heads = words.split("|")
        elif target is not None:
            target.update((w, canonical) for w in words.split("|"))
    mods, head, noun = trie_pattern(list(modifiers)), trie_pattern(heads), trie_pattern(list(nouns))
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<mod>{mods})(?:\s+and\s+(?P<mod2>{mods}))?[\s-]"
        rf"(?:(?:stocks|shares)\s)?(?P<head>{head})|(?P<noun>{noun}))(?![\w-])"
    )
    return SectorWords(tuple(heads), modifiers, nouns, pattern)


@cache
def index_makers() -> tuple[str, ...]:
    """Index compilers that name a sector's gauge by a bare sector word ("the CSI liquor
    index"): sectors.tsv's "index-maker" row."""
    return tuple(w for kind, _value, words in _rows("sectors.tsv") if kind == "index-maker"
                 for w in words.split("|"))


@cache
def lines(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _rows(name))


def places() -> frozenset[str]:
    """Words of place names ("Hong", "Kong", "Europe"): part of a name, never one alone."""
    return lines("places.txt")


@cache
def market_words() -> re.Pattern[str] | Folded:
    """The words a call on markets is told in (views.tsv's market-word row)."""
    rows = {kind: phrases.split("|") for kind, _value, phrases in _rows("views.tsv")}
    return alternation(rows["market-word"], re.IGNORECASE)


@cache
def view_words() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    verbs: list[str] = []
    stances: list[tuple[str, re.Pattern[str]]] = []
    for kind, _value, phrases in _rows("views.tsv"):
        if kind == "verb":
            verbs = phrases.split("|")
        elif kind in ("bearish", "bullish", "neutral"):
            stances.append((kind, alternation(phrases.split("|"), re.IGNORECASE)))
    return alternation(verbs), stances


@dataclass(frozen=True)
class ViewShifts:
    """What turns a stance word around: a negation before it, or a rating change."""
    negation: re.Pattern[str] | Folded
    unnegated: re.Pattern[str] | Folded
    changes: re.Pattern[str] | Folded
    change_stances: dict[str, str]  # change verb (lower case) -> stance
    trend: Folded  # a trend word, then its verdict ("the rally ... has room to run")
    trend_stances: dict[str, str]  # trend word or verdict (lower case) -> "up"/"down"/"on"/"ends"


@cache
def view_shifts() -> ViewShifts:
    rows = {kind: phrases.split("|") for kind, _value, phrases in _rows("views.tsv")}
    changes = {word: stance for stance in ("bearish", "bullish")
               for word in rows[f"change-{stance}"]}
    trends = {word.lower(): kind for kind in ("up", "down", "goes-on", "ends")
              for word in rows[f"trend-{kind}"]}
    words = trie_pattern(sorted(w for w, k in trends.items() if k in ("up", "down")), fold=True)
    verdicts = trie_pattern(sorted(w for w, k in trends.items() if k in ("goes-on", "ends")),
                            fold=True)
    trend = Folded(rf"(?<![\w-])(?P<trend>{words})(?![\w-])(?:\s+[\w',-]+){{0,6}}?\s+"
                   rf"(?P<verdict>{verdicts})(?![\w-])")
    return ViewShifts(alternation(rows["negation"], re.IGNORECASE),
                      alternation(rows["unnegated"], re.IGNORECASE),
                      alternation(list(changes), re.IGNORECASE), changes, trend, trends)


@cache
def joined_call() -> Folded:
    """A second call of one firm after a joint ("..., while staying underweight European
    shares", "..., and moved UK stocks to overweight", "..., and said it remains overweight
    Japanese equities", "..., and said he remains underweight technology", "..., while it
    downgraded Baidu to neutral", "..., and cut its target price for Moutai", "..., and raised
    its Taiex target", "..., and recommended chip stocks": group ``prefer``); it ends where its
    object starts (group ``target``: a target's "its").
    The call leaves out who makes it ("said it"): "cut Toyota to neutral from buy" reads bearish."""
    rows = {kind: phrases.split("|") for kind, _value, phrases in _rows("views.tsv")}
    verbs, states, nouns, changes, picks = (
        trie_pattern(sorted(rows[f"joined-{k}"]), fold=True)
        for k in ("verb", "state", "noun", "change", "preference"))
    # a headline's bare comma joins a change only: "turns bearish on banks, cuts MUFG to neutral"
    return Folded(rf"(?:,?\s+(?P<conj>and|but|while|whereas)|,)\s+"
                  rf"(?:(?:said\s+)?(?:it|they|he|she)\s+(?:now\s+)?)?(?P<call>"
                  rf"(?:(?:{verbs})\s+(?:(?:its|their|an|a)\s+)?)?(?:(?P<state>{states})"
                  rf"(?:\s+(?:{nouns}))?(?:\s+(?:on|about|towards?))?|"
                  rf"(?P<prefer>{picks})|(?P<change>{changes})(?P<target>\s+(?:its|their)(?:\s+(?:[\w-]+\s+)?"
                  r"(?:target\s+price|price\s+target|target)\s+(?:for|on|of))?)?))\s+(?:the\s+)?")


@cache
def advice_call() -> tuple[Folded, Folded]:
    """Advice to investors in a house's call ("..., and advised investors to take profits on
    Macau gaming stocks", "recommending that clients focus on brokerages and utilities"): the
    lead (an optional joint, the advice verb and who is advised; group ``joint``), and the
    act, which ends where its object starts (group ``bullish`` or ``bearish``; a rotation
    "from small caps into" is bullish on what it moves into)."""
    rows = {kind: phrases.split("|") for kind, _value, phrases in _rows("views.tsv")}
    verb, audience, bullish, bearish, rotate = (
        trie_pattern(sorted(rows[f"advice-{k}"]), fold=True)
        for k in ("verb", "audience", "bullish", "bearish", "rotate"))
    lead = Folded(rf"(?P<joint>(?:,?\s+(?:and|but|while)|,)\s+)?(?<![\w-])(?:{verb})\s+"
                  rf"(?:that\s+)?(?:{audience})\s+(?:to\s+)?")
    rotation = rf"(?:{rotate})\s+(?:from\s+[^,;.]{{1,60}}?\s+)?(?:into|toward|towards|to)"
    act = Folded(rf"(?:(?P<bullish>{bullish}|{rotation})|(?P<bearish>{bearish}))(?![\w-])\s+")
    return lead, act


@cache
def sector_trends() -> Folded:
    """A sector's trend noun in a cause ("on chip rally", "as tech sell-off deepens"): the
    groups ``sector`` and ``trend`` (the trend words of views.tsv)."""
    rows = {kind: words.split("|") for kind, _value, words in _rows("sectors.tsv")}
    trends = [w for w, k in view_shifts().trend_stances.items() if k in ("up", "down")]
    sector, before, after, trend = (trie_pattern(sorted(words), fold=True) for words in (
        rows["trend-sector"], rows["trend-before"], rows["trend-after"], trends))
    # ... or owning it in a lead-in, no article before ("Tech's slide is deepening"; not
    # "the bank's rally": one bank)
    owner = rf"(?<!the )(?<!a )(?<!its )(?P<owner>{sector})['’]s\s+"
    return Folded(rf"(?<![\w-])(?:(?:{before})\s+(?:(?:a|an|the)\s+)?(?P<sector>{sector})\s+|"
                  rf"{owner})(?P<trend>{trend})(?=\s*(?:[,;:.]|$)|\s+(?:is\s+)?(?:{after})\b)")


@cache
def clause_sectors() -> re.Pattern[str]:
    """A bare sector word before a lower-case word ("tech sinks"): the group ``word`` (the
    words of "clause-sector", sectors.tsv); the caller checks that it opens a clause. Not
    before a trend noun ("as tech rally hopes fade": sector_trends() reads those; "tech
    rallies" is a verb), an index's word ("tech gauge up 1.8%": Hong Kong's tech index) nor
    what the sector's word describes ("property prices rose 2%": homes, not shares)."""
    rows = {kind: words.split("|") for kind, _value, words in _rows("sectors.tsv")}
    trends = [w for w in view_shifts().trend_stances if not w.endswith("s")]
    nouns = trie_pattern(sorted([*trends, "index", "gauge", "sub-index", "price", "prices",
                                 "market", "markets"]))
    return re.compile(rf"(?<![\w$-])(?P<word>{trie_pattern(sorted(rows['clause-sector']))})"
                      rf"(?=\s+[a-z])(?!\s+(?:{nouns})(?![\w-]))")


@cache
def sector_objects() -> Folded:
    """A bare sector word as the object of a verb that moves it, ending its clause ("as Nvidia
    slump drags tech;", "Nvidia, Microsoft lift tech", "tariff jitters hit tech", "as tariff
    fears weigh on biotech"): the groups
    ``verb`` and ``sector`` (the bare words of "trend-sector", sectors.tsv)."""
    rows = {kind: words.split("|") for kind, _value, words in _rows("sectors.tsv")}
    words = move_words()
    verbs = [*words.causes, *gap_words()["sector_agent"], *gap_words()["sector_object"]]
    verb, sector = (trie_pattern(sorted(w), fold=True) for w in (verbs, rows["trend-sector"]))
    return Folded(rf"(?<![\w-])(?P<verb>{verb})\s+(?P<sector>{sector})(?=\s*(?:[,;:.]|$))")


@cache
def flow_words() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    directions: dict[str, str] = {}
    who: dict[str, str] = {}
    for row in _rows("flows.tsv"):
        if row[0] == "who":
            who.update((p.lower(), row[1]) for p in row[2].split("|"))
        elif row[0] in ("in", "out", "fund-in", "fund-out"):
            directions.update((p.lower(), row[0].removeprefix("fund-")) for p in row[1].split("|"))
    return (
        alternation(list(directions), re.IGNORECASE),
        directions,
        alternation(list(who), re.IGNORECASE),
        who,
    )


@cache
def fund_flow_verbs() -> frozenset[str]:
    """Flow words said only of a fund: "the ETF lost $156 million"."""
    return frozenset(p.lower() for row in _rows("flows.tsv") if row[0] in ("fund-in", "fund-out")
                     for p in row[1].split("|"))


@cache
def fund_kind() -> Folded:
    """A kind of fund opening a clause, up to "funds" or "ETFs": "Money market funds", ",
    while bond funds", "U.S. equity funds", "Equity ETFs"; the group ``kind`` is the subject
    as written."""
    kinds = trie_pattern(sorted(next(row[1] for row in _rows("flows.tsv") if row[0] == "kind")
                                .split("|")), fold=True)
    return Folded(rf"(?:^|[,;]\s+|\b(?:while|and|but|with)\s+)"
                  rf"(?P<kind>(?:(?!(?:while|and|but|with)\s)[\w.-]+\s+){{0,3}}?(?:{kinds})\s+(?:funds|etfs))$")


@dataclass(frozen=True)
class MacroWords:
    pattern: re.Pattern[str]
    table: dict[str, str]  # phrase (lower case) -> indicator
    moves: re.Pattern[str]
    directions: dict[str, str]
    forecasts: re.Pattern[str]  # "expect", "polled", "target": what follows is no data
    activity: dict[str, str]  # "contracted" -> down: how a survey's activity moved
    # a survey told by its compiler alone in a release line ("Ifo: 88.4 (prev 88.4)"):
    # the compiler's name (lower case) -> the survey's name in ``table``
    releases: dict[str, str]
    release_line: re.Pattern[str]  # the compiler's name with its figure right after


@cache
def macro_words() -> MacroWords:
    table: dict[str, str] = {}
    directions: dict[str, str] = {}
    forecasts: list[str] = []
    activity: dict[str, str] = {}
    releases: dict[str, str] = {}
    for row in _rows("macro.tsv"):
        if row[0] == "release":
            releases.update((w.lower(), row[1]) for w in row[2].split("|"))
        elif row[0] == "direction":
            directions.update((w, row[1]) for w in row[2].split("|"))
        elif row[0] == "activity":
            activity.update((w, row[1]) for w in row[2].split("|"))
        elif row[0] == "forecast":
            forecasts += row[1].split("|")
        else:
            table.update((p.lower(), row[0]) for p in row[1].split("|"))
    return MacroWords(alternation(list(table), re.IGNORECASE), table,
                      alternation(list(directions), re.IGNORECASE), directions,
                      alternation(forecasts, re.IGNORECASE), activity, releases,
                      re.compile(rf"(?<![\w'’-])(?:{alternation(list(releases)).pattern})"
                                 r"(?=\s*:?\s*[+\-\u2212]?\d)(?!\s*:?\s*(?:19|20)\d\d\b)",
                                 re.IGNORECASE))


@cache
def gap_words() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for kind, words in _rows("gaps.tsv"):  # a kind may take more than one line
        table[kind] = table.get(kind, frozenset()) | frozenset(words.split("|"))
    return table
