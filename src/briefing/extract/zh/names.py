"""Names in Chinese text: the lexicon's Chinese names (longest match) and sector words.

The index is built once per lexicon from its entries' ``zh`` lists, normalized like
the text (so simplified and traditional forms meet). A name that belongs to a firm
and a company (高盛, 汇丰) keeps both: moves take the company, views the firm.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from ..lexicon import Entry, Lexicon
from ..wordlists import trie_pattern
from . import words

_KIND_ORDER = {"company": 0, "index": 1, "firm": 2}
_FUTURES = re.compile(r"期货|期指|夜期")
_LATIN = re.compile(r"(?<![A-Za-z0-9&.-])[A-Za-z][A-Za-z0-9&.-]*[A-Za-z0-9](?![A-Za-z0-9&-])")
_HK_SUFFIX = re.compile(r"-(?:SW|W|S|B|U|R)(?![A-Za-z])")


@dataclass
class Mention:
    start: int
    end: int
    name: str  # English canonical name, sector name, or the name as written
    kind: str  # index | company | firm | sector
    ticker: str | None = None
    entries: list[Entry] = field(default_factory=list)

    @property
    def market(self) -> str | None:
        return self.entries[0].market if self.entries else None

    def as_firm(self) -> str | None:
        return next((e.canonical for e in self.entries if e.kind == "firm"), None)


class NameIndex:
    """Normalized Chinese name -> entries, with one prefix-factored pattern of all names."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.names: dict[str, list[Entry]] = {}
        for entry in lexicon.entries.values():
            for name in entry.zh:
                self._add(name, entry)
        for name, canonical in words.extra_names():
            entry = lexicon.entry(canonical)
            if entry is not None:
                self._add(name, entry)
        for found in self.names.values():
            found.sort(key=lambda e: _KIND_ORDER.get(e.kind, 3))
        self.pattern = re.compile(trie_pattern(sorted(self.names))) if self.names else None
        self.lexicon = lexicon
        # 汇丰 is the bank (company) and its research (firm): so is a Latin "HSBC"
        self.company_of_firm = {e.canonical: found[0] for found in self.names.values()
                                for e in found[1:] if e.kind == "firm" and
                                found[0].kind == "company"}

    def latin(self, word: str) -> list[Entry]:
        """The entries of a Latin name written exactly as the lexicon has it ("Meta", "NVDA")."""
        canonical = self.lexicon.canonical(word)
        entry = self.lexicon.entry(canonical) if canonical else None
        if entry is None or word not in (entry.canonical, entry.ticker, *entry.aliases):
            return []
        company = self.company_of_firm.get(entry.canonical)
        return [company, entry] if company else [entry]

    def _add(self, name: str, entry: Entry) -> None:
        found = self.names.setdefault(words.normalize(name), [])
        if entry not in found:
            found.append(entry)


@cache
def name_index(lexicon: Lexicon) -> NameIndex:
    return NameIndex(lexicon)


def find_names(norm: str, start: int, end: int, index: NameIndex) -> list[Mention]:
    """Lexicon names (Chinese, then Latin), and sector words outside them, in text order."""
    found: list[Mention] = []
    if index.pattern is not None:
        found = [_lexicon_mention(norm, m, index.names[m.group()], end)
                 for m in index.pattern.finditer(norm, start, end)]
    starts = [n.start for n in found]
    more = [s for s in _sectors(norm, start, end) + _latin(norm, start, end, index)
            if not _overlaps(s, found, starts)]
    return sorted(found + more, key=lambda m: m.start) if more else found


def _overlaps(mention: Mention, names: list[Mention], starts: list[int]) -> bool:
    """Whether a sector word lies in a lexicon name ("恒生科技指数" is no tech sector)."""
    i = bisect_right(starts, mention.start)
    return any(n.start < mention.end and mention.start < n.end for n in names[max(0, i - 1):i + 1])


def _lexicon_mention(norm: str, m: re.Match[str], entries: list[Entry], end: int) -> Mention:
    first = entries[0]
    mention = Mention(m.start(), m.end(), first.canonical, first.kind, first.ticker,
                      entries)
    futures = _FUTURES.match(norm, m.end(), end)
    if futures and first.kind == "index":
        mention.name, mention.ticker, mention.end = f"{first.canonical} futures", None, \
            futures.end()
    suffix = _HK_SUFFIX.match(norm, mention.end, end)
    if suffix and first.kind == "company":
        mention.end = suffix.end()
    return mention


def _latin(norm: str, start: int, end: int, index: NameIndex) -> list[Mention]:
    """Names written in Latin letters inside Chinese text ("Meta涨3%")."""
    out = []
    for m in _LATIN.finditer(norm, start, end):
        entries = index.latin(m.group())
        if entries:
            first = entries[0]
            out.append(Mention(m.start(), m.end(), first.canonical, first.kind, first.ticker,
                               entries))
    return out


def _sectors(norm: str, start: int, end: int) -> list[Mention]:
    table = words.sector_words()
    out = []
    for m in table.pattern.finditer(norm, start, end):
        sector = table.nouns.get(m.group("noun") or "") or table.modifiers[m.group("mod")]
        out.append(Mention(m.start(), m.end(), sector, "sector"))
    return out
