"""Quantities in a sentence: percent, points, bare numbers, money; their qualifiers.

``quantities(text, start, end)`` scans a window of a sentence once with one
compiled pattern (no nested quantifiers, so time is linear in the input) and
returns typed ``Quantity`` records. It knows nothing of subjects or moves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import wordlists

CURRENCIES = {
    "HK$": "HKD", "US$": "USD", "NT$": "TWD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "RMB": "CNY", "CNY": "CNY",
    "USD": "USD", "HKD": "HKD", "EUR": "EUR", "JPY": "JPY", "KRW": "KRW", "TWD": "TWD",
    "GBP": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "won": "KRW",
    "euros": "EUR", "euro": "EUR", "dollars": "USD", "Hong Kong dollars": "HKD",
    "HK dollars": "HKD", "Taiwan dollars": "TWD", "New Taiwan dollars": "TWD",
    "pence": "GBX", "p": "GBX",  # London quotes in pence: GBX, never pounds
    "Rs": "INR", "Rs.": "INR", "₹": "INR", "INR": "INR", "rupees": "INR",
    "dong": "VND", "VND": "VND", "rupiah": "IDR", "IDR": "IDR", "baht": "THB", "THB": "THB",
    "ringgit": "MYR", "MYR": "MYR", "CHF": "CHF", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
    "CAD": "CAD", "AUD": "AUD", "SGD": "SGD", "BRL": "BRL", "MXN": "MXN", "ZAR": "ZAR",
    "SAR": "SAR", "AED": "AED", "RM": "MYR", "Rp": "IDR",  # "RM412.6 million", "Rp1.2 trillion"
    # Brazil's real ("R$2.3 billion" is never dollars), the rand, the lira
    "R$": "BRL", "reais": "BRL", "rand": "ZAR", "lira": "TRY",
    "Swiss francs": "CHF", "Swiss franc": "CHF",  # Zurich quotes: "to 76.12 Swiss francs"
    # Nordic quotes: "to 587 Danish crowns", "88.14 Swedish crowns"
    "Danish crowns": "DKK", "Danish crown": "DKK", "Swedish crowns": "SEK", "Swedish crown": "SEK",
    "Norwegian crowns": "NOK", "Norwegian crown": "NOK", "Danish kroner": "DKK",
    "Norwegian kroner": "NOK", "Swedish kronor": "SEK",
}
# ISO codes, written before or after the amount ("EUR 12.40", "1,864.50 EUR")
_ISO_CUR = ["USD", "HKD", "EUR", "JPY", "KRW", "TWD", "GBP", "INR", "VND", "IDR", "THB", "MYR",
            "CNY", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "SGD", "BRL", "MXN", "ZAR", "SAR",
            "AED"]
_CURRENCY_FOLDED = {k.lower(): v for k, v in CURRENCIES.items()}
_PREFIX_CUR = ["HK$", "US$", "NT$", "S$", "A$", "C$", "R$", "RMB", *_ISO_CUR, "Rs.", "Rs", "RM", "Rp",
               "$", "€", "£", "¥", "₩", "₹"]
_SUFFIX_CUR = ["New Taiwan dollars", "Hong Kong dollars", "HK dollars", "Taiwan dollars",
               "yuan", "renminbi", "yen", "won", "euros", "euro", "dollars", "pence", "rupees",
               "dong", "rupiah", "baht", "ringgit", "reais", "rand", "lira", "Swiss francs",
               "Swiss franc", "Danish crowns", "Danish crown", "Swedish crowns", "Swedish crown",
               "Norwegian crowns", "Norwegian crown", "Danish kroner", "Norwegian kroner",
               "Swedish kronor", *_ISO_CUR]
# a sum of money in millions or more ("$1.2 billion", "R$3bn"): the size of a flow, not a price
# ("1.1 tril. won", "850 bil. won": Korean desks' abbreviations)
SCALED_MONEY = re.compile(r"\d\s?(?:trillion|billion|million|crore|cr|lakh|trln|trn|tril|bln|bil|mln|bn|mn|tn|"
                          r"b|m)\b", re.IGNORECASE)
# the words that scale an amount, for every stage that reads one back (merge, guard)
SCALES = {"trillion": 1e12, "tn": 1e12, "trn": 1e12, "trln": 1e12, "tril": 1e12, "t": 1e12, "billion": 1e9,
          "bn": 1e9, "bil": 1e9, "bln": 1e9, "b": 1e9, "mln": 1e6,
          "crore": 1e7, "cr": 1e7, "million": 1e6, "mn": 1e6, "m": 1e6, "lakh": 1e5, "thousand": 1e3,
          "k": 1e3}
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
PERCENT = r"%|percent(?:age points?)?|per\s?cent|pct|pc|percentage points?"
# "-2bp", "(+2.5 bp)" as quote lines write it, not "2 BP"
POINTS = r"basis points|bps|(?<=\d)bp|(?<=\d\s)bp(?=\))|points?|pts"


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None  # "pct", "pp", "points", "bps" or None
    currency: str | None
    qualifier: str | None
    drop: bool  # "less than 2%": the number is a bound, not a value
    money: str | None  # the amount as written, for flows
    word: bool  # written as a word ("four percent")


@cache
def _pattern() -> re.Pattern[str]:
    """The number itself, its scale and unit: every match starts at a digit or a number
    word, so the engine skips the rest of the text fast. Run over ``lowered(text)``."""
    words = wordlists.trie_pattern(list(wordlists.number_words()), fold=True)
    suf = "|".join(re.escape(c.lower()) for c in _SUFFIX_CUR)
    iso = "|".join(c.lower() for c in _ISO_CUR)  # "VND1.45 trillion", "USD2bn"
    return re.compile(
        # a sign of letters may be written on the figure: "RM24.4 million", "Rp1.2 trillion",
        # "VND1.45 trillion"
        rf"(?:(?:(?<![\w.,])|(?<=(?<![a-z])r[mp])|(?<=(?<![a-z])(?:{iso})))(?P<num>{NUM})|"
        rf"(?<![\w])(?P<word>{words})(?=[\s-]+(?:{PERCENT}|"
        r"basis points?|bps)))"
        r"(?:\s?(?P<scale>trillion|billion|million|crore|cr|lakh crore|lakh|trln|trn|tril\.?|bln|bil\.?|mln|bn|"
        r"mn|tn|b|m)(?![\w]))?"
        rf"(?:(?:\s*|-)(?P<unit>{PERCENT}|{POINTS})(?![\w])|\s(?P<scur>{suf})(?![\w])|"
        r"(?P<pence>p)(?![\w]|\.m))?"  # "455p", not "3p.m."
    )


@cache
def _prefix() -> re.Pattern[str]:
    """What may stand right before a number: a qualifier, then a currency sign."""
    quals = wordlists.trie_pattern(list(wordlists.qualifiers()), fold=True)
    pre = "|".join(re.escape(c.lower()) for c in _PREFIX_CUR)
    # a sign is a word of its own: "sellers 2 million" has no "Rs"
    return re.compile(rf"(?:(?<![\w])(?P<qual>{quals})\s+)?(?P<cur>(?<![a-z])(?:{pre}))?\s?$")


_TIME_AFTER = re.compile(r"\s?(?::\d|[ap]\.?m\b|GMT|HKT|ET\b|BST|local time|o'clock)", re.IGNORECASE)


def quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    end = len(text) if end is None else end
    low = wordlists.lowered(text)
    found = []
    for m in _pattern().finditer(low, start, end):
        first = m.start()
        pre = _prefix().search(low, max(start, first - 30), first)
        q = _quantity(text, m, pre)
        if q is not None:
            found.append(q)
    return found


def _quantity(text: str, m: re.Match[str], pre: re.Match[str] | None) -> Quantity | None:
    if _TIME_AFTER.match(text, m.end("num") if m.group("num") else m.end()):
        return None
    first = m.start("num") if m.group("num") else m.start()
    if first > 1 and text[first - 1] in ":/." and text[first - 2].isdigit():  # 10:30, 1/2
        return None
    value = _value(m)
    if value is None:
        return None
    qual_text = " ".join(((pre and pre.group("qual")) or "").split())
    qualifier = wordlists.qualifiers().get(qual_text) if qual_text else None
    drop = bool(qual_text) and qualifier is None
    cur_text = (pre and pre.group("cur")) or m.group("scur") or m.group("pence")
    currency = _CURRENCY_FOLDED.get(" ".join(cur_text.split())) if cur_text else None
    money_start = pre.start("cur") if pre is not None and pre.group("cur") else m.start()
    start = pre.start("qual") if pre is not None and pre.group("qual") else money_start
    money = text[money_start:m.end()].strip() if currency else None
    return Quantity(start, m.end(), value, _unit(m.group("unit")), currency, qualifier, drop,
                    money, bool(m.group("word")))


def _value(m: re.Match[str]) -> float | None:
    if m.group("word"):
        return wordlists.number_words().get(" ".join(m.group("word").lower().split()))
    raw = m.group("num").replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return None


def _unit(unit: str | None) -> str | None:
    if not unit:
        return None
    u = unit.lower()
    if "point" in u and "percent" in u:
        return "pp"
    if u in ("basis points", "bps", "bp"):
        return "bps"
    if u.startswith("point") or u == "pts":
        return "points"
    return "pct"


def is_year(q: Quantity, text: str) -> bool:
    raw = text[q.start:q.end]
    return q.unit is None and not q.currency and raw.isdigit() and 1900 <= q.value <= 2100


@cache
def _fraction_pattern() -> wordlists.Folded:
    """A fraction right after a move verb: "by a fifth" (not "by a quarter point") or "a fifth of
    its market value" (its worth, not "a fifth of its revenue"); a qualifier may come first."""
    quals = wordlists.trie_pattern([q for q, n in wordlists.qualifiers().items() if n], fold=True)
    fracs = wordlists.trie_pattern(list(wordlists.fractions()), fold=True)
    worth = wordlists.trie_pattern(sorted(wordlists.gap_words()["worth"]), fold=True)
    return wordlists.Folded(
        rf"\s+(?:by\s+(?:(?P<qual>{quals})\s+)?(?P<frac>{fracs})(?![\w-])"
        r"(?!\s+(?:of|an?|percent|per\s?cent|percentage|points?|basis)\b)|"
        rf"(?:(?P<qual2>{quals})\s+)?(?P<frac2>{fracs})\s+(?:of\s+)?(?:its|their)\s+"
        rf"(?:{worth})(?![\w-]))")


def fraction_size(text: str, pos: int, end: int) -> Quantity | None:
    """The move's size as a fraction right at ``pos`` ("plunged| by a fifth", "lost| more
    than half of its value"): a percent spanning the phrase, with its qualifier."""
    m = _fraction_pattern().match(text, pos, end)
    # "has lost half its value this year": a running total, no move of the day
    if m is None or wordlists.periods().after.match(text, m.end()):
        return None
    frac = m.group("frac") or m.group("frac2")
    qual = m.group("qual") or m.group("qual2")
    qualifier = wordlists.qualifiers().get(" ".join(qual.lower().split())) if qual else None
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    return Quantity(start, m.end(), wordlists.fractions()[" ".join(frac.lower().split())],
                    "pct", None, qualifier, False, None, True)
