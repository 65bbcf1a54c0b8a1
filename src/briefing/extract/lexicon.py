"""The lexicon: indices, companies and research firms with every alias reports use.

Bundled TSV files live in ``briefing/data/lexicon``; users add files of the same
format (``[extract] lexicon = [...]``). A row's kind is its ``kind`` cell, else the
file's header says: ``local_aliases`` marks indices, ``ticker`` companies, neither firms.
The bundled lexicon is read once per process; lookups are dicts of token tuples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..errors import ExtractError
from . import wordlists

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
BUNDLED = ("indices.tsv", "companies.tsv", "firms.tsv", "local_names.tsv")
TOKEN = re.compile(r"[^\W_]+(?:[&.\-][^\W_]+)*\+?|&")  # "S&P", "JD.com", "FANG+"
_END = ""
# a name starts after a wire headline's slug ("HK STOCKS-Hang Seng"), not inside a word
_START = re.compile(r"(?<![\w&.])(?<![^A-Z]-)(?:[A-Z0-9]|[a-z][A-Z])[^\W_]*"
                    r"(?:(?:[&.]|-(?!(?<=[A-Z]{4}-)[A-Z][a-z]))[^\W_]+)*\+?")
_COLUMNS = {"canonical", "kind", "ticker", "market", "aliases", "local_aliases", "zh"}
_KINDS = ("index", "company", "firm")


@dataclass(slots=True)
class Entry:
    canonical: str
    kind: str  # index | company | firm
    ticker: str | None = None
    market: str | None = None
    aliases: list[str] = field(default_factory=list)
    local_aliases: list[str] = field(default_factory=list)
    zh: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Match:
    start: int
    end: int
    entry: Entry


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


class Lexicon:
    """Alias -> entry lookups; ``canonical(name)`` for scorers and later stages."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        self._exact: dict[tuple[str, ...], Entry] = {}
        self._folded: dict[tuple[str, ...], Entry] = {}
        self._local: dict[str, dict[tuple[str, ...], Entry]] = {}
        self._local_folded: dict[str, dict[tuple[str, ...], Entry]] = {}
        self._trie: dict = {}  # casefolded word -> child node; _END marks an alias end
        self._listed: dict[str, Entry] = {}  # a firm's canonical -> the company it is listed as
        # first words of names that start in lower case ("equal-weighted S&P 500"): a match
        # may start there too, else the capitalised tail would name another index
        self._lower_first: set[str] = set()
        self._lower_start: re.Pattern[str] | None = None
        self._local_keys: frozenset[tuple[str, ...]] | None = None  # every market's, at once
        self._local_first: frozenset[str] = frozenset()
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        """Add (or, for a known canonical name, extend) an entry; later files win."""
        old = self.entries.get(entry.canonical)
        local_market, local_names = entry.market or "", entry.local_aliases
        if old is not None and old.kind == entry.kind:
            old.aliases += entry.aliases
            old.local_aliases += entry.local_aliases
            old.zh += entry.zh
            old.ticker = entry.ticker or old.ticker
            # a row of local names only ("Rio" in Australia) names the report's market,
            # not where the company is listed
            if entry.aliases or entry.ticker or not entry.local_aliases:
                old.market = entry.market or old.market
            entry = old
        self.entries[entry.canonical] = entry
        names = [entry.canonical, *entry.aliases]
        if entry.ticker and any(c.isalpha() for c in entry.ticker):
            names.append(entry.ticker)
        for name in names:
            self._index(name, entry, self._exact)
        for name in local_names:
            self._index(name, entry, self._local.setdefault(local_market, {}), local_market)
        self._local_keys = None

    def _index(self, name: str, entry: Entry, table: dict[tuple[str, ...], Entry],
               market: str = "") -> None:
        key = tuple(t for t, _, _ in tokens(name))
        if len(key) > 1 and key[0].casefold() == "the":  # "the Dow": the text's "the" is free
            key = key[1:]
        if not key:
            return
        if table is self._exact and key in table:
            self._twin(table[key], entry)
        table[key] = entry
        folded = tuple(t.casefold() for t in key)
        if table is self._exact:
            self._folded[folded] = entry
        else:
            self._local_folded.setdefault(market, {})[folded] = entry
        node = self._trie
        for word in key:
            node = node.setdefault(word.casefold(), {})
        node[_END] = True
        # a lower-case start only for a brand ("adidas"), a name with a capital in it
        # ("equal-weighted S&P 500") or a description unambiguous anywhere ("dollar index"),
        # never for a local description ("composite index")
        named = len(key) == 1 or table is self._exact or \
            any(w[:1].isupper() or w[:1].isdigit() for w in key[1:])
        if key[0][:1].islower() and named and key[0] not in self._lower_first:
            self._lower_first.add(key[0])
            self._lower_start = None

    def _twin(self, old: Entry, new: Entry) -> None:
        """"HSBC" names a research firm and a listed company: a move is the company's."""
        pair = {old.kind: old, new.kind: new}
        if set(pair) == {"firm", "company"}:
            self._listed[pair["firm"].canonical] = pair["company"]

    def listed_as(self, firm: Entry) -> Entry | None:
        """The company a research firm's shares trade as, when the lexicon knows it."""
        return self._listed.get(firm.canonical)

    def canonical(self, name: str, market: str | None = None) -> str | None:
        """The canonical name of an alias, or None; case and a leading "the" are ignored."""
        key = tuple(t for t, _, _ in tokens(name))
        if key and key[0].casefold() == "the":
            key = key[1:]
        entry = self._lookup(key, market, fold_single=True)
        return entry.canonical if entry else None

    def local_elsewhere(self, name: str) -> bool:
        """Whether a name is some market's own name of its index ("SET" in Thailand)."""
        if self._local_keys is None:
            self._local_keys = frozenset(k for table in self._local.values()
                                         for k, e in table.items() if e.kind == "index")
            self._local_first = frozenset(k[0] for k in self._local_keys)
        first = TOKEN.match(name)  # most names fail on their first word: no full tokenising
        if first is None or first.group() not in self._local_first:
            return False
        return tuple(t for t, _, _ in tokens(name)) in self._local_keys

    def entry(self, canonical: str) -> Entry | None:
        return self.entries.get(canonical)

    def _lookup(self, key: tuple[str, ...], market: str | None,
                fold_single: bool = False) -> Entry | None:
        if not key:
            return None
        # the market's own names first: "Nestle" in an Indian report is Nestle India
        local = self._local.get(market or "", {})
        found = local.get(key) or self._exact.get(key)
        if found is None and (len(key) > 1 or fold_single):
            folded = tuple(t.casefold() for t in key)
            found = self._local_folded.get(market or "", {}).get(folded) or \
                self._folded.get(folded)
        return found

    def find(self, text: str, start: int = 0, end: int | None = None,
             market: str | None = None) -> list[Match]:
        """Longest, left-to-right, non-overlapping alias matches in ``text[start:end]``.

        A name starts with a capital, a digit or "iX"; from there a trie of words is
        walked (words separated by spaces, or a possessive "'s"); one-word aliases match
        in their own case only ("Link" is not "link")."""
        end = len(text) if end is None else end
        found: list[Match] = []
        pos = start
        starts = self._starts(text, start, end)
        for i, m in enumerate(starts):
            if m.start() < pos:
                continue
            best = self._walk_from(text, m, end, market)
            if best is not None:
                inside = [x for c in starts[i + 1:] if c.start() < best.end
                          and (x := self._walk_from(text, c, end, market)) is not None]
                best = self._longest(best, inside, m.group()[:1].islower())
            if best is None:
                continue
            if found and found[-1].entry is best.entry and not text[found[-1].end:best.start].strip():
                found[-1].end = best.end  # "Hong Kong's benchmark Hang Seng Index": one name
            else:
                found.append(best)
            pos = best.end
        return found

    @staticmethod
    def _longest(best: Match, inside: list[Match], lower: bool) -> Match:
        """"the blue-chip Dow Jones Industrial Average": a longer name inside wins; "Saudi
        Arabia's Tadawul All Share Index": a longer name of the same index inside a name
        extends it."""
        if lower:
            return max([best, *inside], key=lambda x: x.end)
        same = [x for x in inside if x.entry is best.entry and x.end > best.end]
        return Match(best.start, max(x.end for x in same), best.entry) if same else best

    def _walk_from(self, text: str, first: re.Match[str], end: int,
                   market: str | None) -> Match | None:
        node = self._trie.get(first.group().casefold())
        return self._walk(text, first, node, end, market) if node is not None else None

    def _starts(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """Where a name may start: a capital, a digit, "iX", or a lower-case first word."""
        if self._lower_start is None:
            # a trie, not a list of words: the engine branches once per position
            words = wordlists.trie_pattern(sorted(self._lower_first))
            self._lower_start = re.compile(rf"(?<![\w&.\-])(?:{words or '(?!)'})(?![\w&\-]|\.\w)")
        lower = list(self._lower_start.finditer(text, start, end))
        capital = list(_START.finditer(text, start, end))
        return sorted(capital + lower, key=lambda m: m.start()) if lower else capital

    def _walk(self, text: str, first: re.Match[str], node: dict, end: int,
              market: str | None) -> Match | None:
        words, best, cursor = [first.group()], None, first.end()
        while True:
            # "China Northern Rare Earth (Group) High-Tech": a name ends outside its brackets
            closed = text.count("(", first.start(), cursor) == text.count(")", first.start(), cursor)
            if _END in node and (closed or text[cursor:cursor + 1] == ")"):
                entry = self._lookup(tuple(words), market)
                if entry is not None:
                    best = Match(first.start(), cursor + (not closed), entry)
            nxt = _next_word(text, cursor, end)
            if nxt is None or (child := node.get(nxt.group().casefold())) is None:
                return best
            words.append(nxt.group())
            node, cursor = child, nxt.end()

    def markets(self) -> set[str]:
        return {e.market for e in self.entries.values() if e.market}


def _next_word(text: str, cursor: int, end: int) -> re.Match[str] | None:
    """The word after a space, after an abbreviation's dot ("S.F. Holding", "Warner Bros.
    Discovery"), after an apostrophe ("Taiwan's main stock index", "O'Reilly") or a slash
    ("S&P/ASX 200"); other punctuation ends a name. The trie decides whether the word continues one."""
    sep = text[cursor:cursor + 2]
    if sep in (" (", ") "):  # a word in brackets inside a name
        return TOKEN.match(text, cursor + 2, end)
    if sep[:1] == " ":
        return TOKEN.match(text, cursor + 1, end)
    if sep == ". ":
        return TOKEN.match(text, cursor + 2, end)
    if sep[:1] in ("'", "’", "/"):  # "S&P/ASX 200"
        return TOKEN.match(text, cursor + 1, end)
    return None


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def read_file(path: Path) -> Iterator[Entry]:
    """The entries of one lexicon file; errors name the file, the line and the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExtractError(f"{path}: lexicon file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractError(f"{path}: cannot read lexicon file: {exc}") from None
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = _header(cells, path, lineno)
            continue
        yield _entry(dict(zip(header, cells, strict=False)), cells, header, path, lineno)
    if header is None:
        raise ExtractError(f"{path}: no header row (expected columns like canonical<TAB>aliases)")


def _header(cells: list[str], path: Path, lineno: int) -> list[str]:
    names = [c.lower() for c in cells]
    unknown = [c for c in names if c not in _COLUMNS]
    if "canonical" not in names or unknown:
        raise ExtractError(
            f"{path}:{lineno}: bad header {cells!r}: needs 'canonical' and only columns "
            f"from {', '.join(sorted(_COLUMNS))}")
    return names


def _entry(row: dict[str, str], cells: list[str], header: list[str], path: Path,
           lineno: int) -> Entry:
    if len(cells) > len(header):
        raise ExtractError(f"{path}:{lineno}: {len(cells)} columns, the header has {len(header)}")
    if not row.get("canonical"):
        raise ExtractError(f"{path}:{lineno}: empty canonical name")
    kind = row.get("kind") or \
        ("index" if "local_aliases" in header else "company" if "ticker" in header else "firm")
    if kind not in _KINDS:
        raise ExtractError(f"{path}:{lineno}: kind {kind!r} is not one of {', '.join(_KINDS)}")
    return Entry(
        canonical=row["canonical"], kind=kind, ticker=row.get("ticker") or None,
        market=(row.get("market") or None), aliases=_split(row.get("aliases", "")),
        local_aliases=_split(row.get("local_aliases", "")), zh=_split(row.get("zh", "")),
    )


@cache
def _bundled_entries() -> tuple[Entry, ...]:
    entries: list[Entry] = []
    for name in BUNDLED:
        path = LEXICON_DIR / name
        if path.is_file():
            entries.extend(read_file(path))
    return tuple(entries)


@cache
def _load(extra: tuple[str, ...]) -> Lexicon:
    lexicon = Lexicon()
    for entry in _bundled_entries():
        lexicon.add(_copy(entry))
    for name in extra:
        for entry in read_file(Path(name)):
            lexicon.add(entry)
    return lexicon


def _copy(entry: Entry) -> Entry:
    return Entry(entry.canonical, entry.kind, entry.ticker, entry.market, list(entry.aliases),
                 list(entry.local_aliases), list(entry.zh))


def load_lexicon(extra_files: Iterable[str | Path] = ()) -> Lexicon:
    """The bundled lexicon plus the user's files; each distinct set is read once."""
    return _load(tuple(str(Path(p).expanduser().resolve()) for p in extra_files))
