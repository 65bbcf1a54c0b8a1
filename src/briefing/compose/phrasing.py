"""Words for facts: numbers as a desk writes them, moves as verbs.

Every number this module prints comes from a Fact field, so a post built from
these phrases states nothing that no source stated.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from ..merge import decimals
from ..models import Fact

CURRENCY_SIGNS = {"HKD": "HK$", "USD": "$", "TWD": "NT$", "EUR": "€", "GBP": "£", "JPY": "¥",
                  "CNY": "", "KRW": "", "INR": "₹", "AUD": "A$", "SGD": "S$", "CAD": "C$",
                  "NZD": "NZ$"}
CURRENCY_WORDS = {"CNY": " yuan", "KRW": " won", "GBX": " pence", "VND": " dong", "IDR": " rupiah",
                  "THB": " baht", "MYR": " ringgit"}
MARKET_NAMES = {"HK": "Hong Kong", "CN": "China", "US": "US", "EU": "European", "UK": "UK",
                "DE": "German", "FR": "French", "JP": "Japanese", "KR": "South Korean",
                "TW": "Taiwan", "IN": "Indian", "AU": "Australian", "SG": "Singapore"}
QUALIFIER_WORDS = {"more than": "more than", "nearly": "nearly", "about": "about",
                   "up to": "as much as"}

# Verbs by direction and size of the move: (limit, headline singular, plural, past).
_VERBS = {
    "down": [(0.5, "Eases", "Ease", "eased"), (1.5, "Falls", "Fall", "fell"),
             (3.0, "Drops", "Drop", "dropped"), (6.0, "Slides", "Slide", "slid"),
             (None, "Plunges", "Plunge", "plunged")],
    "up": [(0.5, "Edges Up", "Edge Up", "edged up"), (1.5, "Rises", "Rise", "rose"),
           (3.0, "Climbs", "Climb", "climbed"), (6.0, "Jumps", "Jump", "jumped"),
           (None, "Surges", "Surge", "surged")],
    "flat": [(None, "Holds Steady", "Hold Steady", "was little changed")],
}
_TENSES = {"present": 1, "plural": 2, "past": 3}


def number(value: float) -> str:
    """12345.6 -> '12,345.6'; 2.0 -> '2'. Never rounds away a stated digit."""
    return f"{value:,.{decimals(value)}f}"


def pct(fact: Fact) -> str:
    """'more than 2%', '3% to 5%', or '' when the fact states no percent."""
    if fact.range:
        low, high = fact.range
        return f"{number(low)}% to {number(high)}%"
    if fact.change_pct is None:
        return ""
    word = QUALIFIER_WORDS.get(fact.qualifier or "", "")
    return f"{word} {number(fact.change_pct)}%".strip()


def level(value: float) -> str:
    """An index level as quoted: whole, or with at least two decimals (5,412.30)."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.{max(2, decimals(value))}f}"


def short_view(view: str, limit: int = 12) -> str:
    """An analyst's view cut to its first clause and at most ``limit`` words.

    Keeps a post from reproducing a long run of the source's words.
    """
    clause = view.split(";")[0].split(", ")[0].strip().rstrip(".")
    words = clause.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def attributed(fact: Fact, verb: str) -> str:
    """'CICC says a bottom is forming'; 'Huatai flagged two plays' when the view is a predicate."""
    source = fact.source or "An analyst"
    view = short_view(fact.view or "")
    if not view:
        return f"{source} {verb} it has a view, stated in the source"
    first = view.split()[0]
    if first.endswith("ed") or first in ("sees", "expects", "says", "warns", "remains"):
        return f"{source} {view}"
    if view[:2] != view[:2].upper():  # keep acronyms: "AI demand", "HK tech"
        view = view[:1].lower() + view[1:]
    return f"{source} {verb} {view}"


def money(value: float, currency: str | None) -> str:
    """A share price as quoted: at least two decimals (HK$0.385 keeps three), with its currency."""
    sign = CURRENCY_SIGNS.get(currency or "", "")
    return f"{sign}{value:,.{max(2, decimals(value))}f}{CURRENCY_WORDS.get(currency or '', '')}"


def verb(fact: Fact, tense: str = "past") -> str:
    """The move's verb, sized by its percent: 'plunged', 'Edges Up', 'Drop' (plural)."""
    size = fact.change_pct or (fact.range[1] if fact.range else 1.0)
    for row in _VERBS.get(fact.direction or "flat", _VERBS["flat"]):
        if row[0] is None or size < row[0]:
            return row[_TENSES[tense]]
    raise AssertionError("unreachable: every verb table ends with an open limit")


def move(fact: Fact) -> str:
    """'slid 4.6% to HK$58.20', 'ended 2.2% lower at 5,412.3', 'was little changed'."""
    if fact.direction == "flat":
        return "was little changed"
    text = verb(fact)
    if fact.change_pct is not None or fact.range:
        text += f" {pct(fact)}"
    elif fact.points is not None:
        text += f" {number(fact.points)} points"
    if fact.level is not None:
        text += f" to {level(fact.level)}"
    elif fact.price is not None:
        text += f" to {money(fact.price, fact.currency)}"
    return text


def session_phrase(fact: Fact) -> str:
    return {"morning": " in morning trade", "midday": " by midday",
            "afternoon": " in afternoon trading", "close": " at the close"}.get(fact.session or "", "")


def choose(options: list[str], key: str) -> str:
    """A deterministic pick: the same story always reads the same way."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return options[digest[0] % len(options)]


def named(fact: Fact) -> str:
    """How running text names the subject: 'the Hang Seng Index', 'Hua Hong Semiconductor',
    'property stocks' (a sector word alone reads as the sector's stocks)."""
    if fact.kind == "index_move" and not fact.subject.lower().startswith("the "):
        return f"the {fact.subject}"
    if fact.kind == "sector_move" and not fact.subject.endswith("s"):
        return f"{fact.subject} stocks"
    return fact.subject


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def text_fragment_url(url: str, evidence: str) -> str:
    """The source URL with a text fragment that highlights the evidence sentence."""
    words = evidence.split()
    if len(words) <= 10:
        fragment = quote(" ".join(words), safe="")
    else:
        start, end = " ".join(words[:5]), " ".join(words[-4:])
        fragment = f"{quote(start, safe='')},{quote(end, safe='')}"
    return f"{url.split('#')[0]}#:~:text={fragment}"
