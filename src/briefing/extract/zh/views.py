"""Analyst views of Chinese reports: a named firm, its verb, and the view in English.

"中金公司认为，港股中期底部或正在形成" -> source CICC, view "a bottom is forming".
The English comes from a table of common view phrases (view_phrases.tsv); a view the
table does not know is marked "view stated in Chinese source" for a writer to
translate, never guessed.
"""

from __future__ import annotations

import re

from ...models import Fact
from . import words
from .names import Mention
from .numbers import CURRENCY_SIGNS, quantities

UNKNOWN_VIEW = "view stated in Chinese source"
MAX_PHRASES = 2
_FRONTING = frozenset({"将", "对", "把"})  # "高盛将小米目标价上调…": a view only with a known phrase
_MARKETS = {"港股": "Hong Kong stocks", "A股": "A-shares", "中国资产": "Chinese assets",
            "中资股": "Chinese stocks", "中国股票": "Chinese stocks", "中概股": "US-listed Chinese stocks",
            "美股": "US stocks", "科技股": "tech stocks", "恒生科技": "Hang Seng Tech Index"}
_MARKET_WORD = re.compile("|".join(sorted(_MARKETS, key=len, reverse=True)))


def sentence_views(text: str, norm: str, start: int, end: int,
                   mentions: list[Mention]) -> list[Fact]:
    """At most one view per sentence: the first firm followed by a view verb."""
    table = words.view_words()
    for firm in mentions:
        source = firm.as_firm()
        if source is None:
            continue
        lead = table.lead.match(norm, firm.end, end)
        verb = table.verbs.match(norm, lead.end(), end)
        if verb is None:
            continue
        others = [m for m in mentions if m is not firm and m.start >= verb.start()]
        view, stance = render_view(norm, verb.start(), end, others)
        if verb.group() in _FRONTING and view == UNKNOWN_VIEW:
            continue  # "中金公司将于下周…": no known view phrase, no view
        return [Fact(kind="analyst_view", subject=_about(norm, verb.start(), end, others) or source,
                     source=source, view=view, stance=stance, evidence=text[start:end],
                     span=[start, end])]
    return []


def _about(norm: str, pos: int, end: int, mentions: list[Mention]) -> str | None:
    """What a view is about: the first company, index or sector after its verb, else the
    market it names ("看好港股": Hong Kong stocks)."""
    named = next((x.name for x in mentions if x.kind in ("company", "index", "sector")), None)
    market = _MARKET_WORD.search(norm, pos, end)
    return named or (_MARKETS[market.group()] if market else None)


def render_view(norm: str, start: int, end: int, mentions: list[Mention]) -> tuple[str, str]:
    """(English view, stance) of the view text ``norm[start:end]``; ``mentions`` are the
    names in it (what a rating or target is on)."""
    table = words.view_words()
    found: list[tuple[int, int, str, str]] = []
    for regex, stance, english in table.phrases:
        m = regex.search(norm, start, end)
        if m is None or any(m.start() < e and s < m.end() for s, e, *_ in found):
            continue
        rating = table.ratings.get(m.groupdict().get("rating") or "", "")
        if stance == "RATING":
            stance = table.rating_stances.get(rating, "neutral")
        named = [x for x in mentions if start <= x.start < m.end() + 4]
        found.append((m.start(), m.end(), _fill(english, norm, m, rating, named, end), stance))
    if not found:
        return UNKNOWN_VIEW, _stance(norm, start, end)
    found.sort()
    phrases = [f[2] for f in found if UNKNOWN_VIEW not in f[2]][:MAX_PHRASES]
    return "; ".join(phrases) or UNKNOWN_VIEW, found[0][3]


def _fill(english: str, norm: str, m: re.Match[str], rating: str,
          named: list[Mention], end: int) -> str:
    company = next((x.name for x in named if x.kind == "company"), None)
    index = next((x.name for x in named if x.kind == "index"), None)
    market = _MARKET_WORD.search(norm, m.start(), m.end())
    company = company or index or (_MARKETS[market.group()] if market else None)
    target = _target(norm, m.end(), end)
    return english.format(
        rating=rating, on=f" on {company}" if company else "",
        on_bare=f" {company}" if company else "", for_=f" for {index}" if index else "",
        to=f" to {target}" if target else "", of=f" of {target}" if target else "",
        object=_object(norm, m.end(), end, named))


def _target(norm: str, pos: int, end: int) -> str:
    """"HK$52" from "目标价至52港元", "4,500 points" from "目标上调至4500点"."""
    for q in quantities(norm, pos, min(end, pos + 16)):
        number = f"{q.value:,.2f}".rstrip("0").rstrip(".")
        if q.currency and q.scale == 1:
            return CURRENCY_SIGNS.get(q.currency, "{}").format(number)
        if q.unit == "points":
            return f"{number} points"
    return ""


def _object(norm: str, pos: int, end: int, mentions: list[Mention]) -> str:
    """What a firm is positive on, in English; the honest marker when it is not known."""
    near = [x for x in mentions if pos <= x.start <= pos + 4 and x.kind != "firm"]
    if near:
        return " " + near[0].name + (" stocks" if near[0].kind == "sector" else "")
    m = _MARKET_WORD.match(norm, pos, end) or _MARKET_WORD.search(norm, pos, min(end, pos + 6))
    return f" {_MARKETS[m.group()]}" if m else f" ({UNKNOWN_VIEW})"


def _stance(norm: str, start: int, end: int) -> str:
    best: tuple[int, str] | None = None
    for stance, pattern in words.view_words().stances:
        m = pattern.search(norm, start, end)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), stance)
    return best[1] if best else "neutral"
