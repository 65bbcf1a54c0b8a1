"""Merging one story's facts: every source's telling kept, conflicts marked, nothing averaged.

Two tellings agree when they can both be true: the same direction and stance,
and every number both give overlapping once rounding and qualifiers are
allowed for ("2.3%" is 2.25-2.35; "more than 7%" is 7-8).
"""

from __future__ import annotations

import re

from .extract.numbers import SCALES
from .models import Article, Fact, StoryFact


def subject_key(fact: Fact) -> str:
    return fact.subject or fact.source or ""


def merge_facts(reports: list[tuple[Article, list[Fact]]]) -> list[StoryFact]:
    """One StoryFact per (kind, subject[, analyst], session) with the other tellings in
    ``others``; ``conflict`` when any two disagree on the direction or a number."""
    tellings: dict[tuple, list[StoryFact]] = {}
    for article, facts in reports:
        for fact in facts:
            key = (fact.kind, subject_key(fact), fact.source if fact.kind == "analyst_view" else None)
            tellings.setdefault(key, []).append(StoryFact(fact, article.url, article.source))
    return [_merge(part) for group in tellings.values() for session in _by_session(group)
            for part in _by_statement(session)]


def _by_session(tellings: list[StoryFact]) -> list[list[StoryFact]]:
    """Apart when two sessions are named (a morning move is not the close); a telling
    without a session joins the one session it agrees with, else stands alone."""
    parts: dict[str | None, list[StoryFact]] = {}
    for telling in tellings:
        if telling.fact.session:
            parts.setdefault(telling.fact.session, []).append(telling)
    if len(parts) <= 1:
        return [tellings]
    for telling in (t for t in tellings if not t.fact.session):
        fits = [p for p in parts.values() if all(agree(telling.fact, o.fact) for o in p)]
        (fits[0] if len(fits) == 1 else parts.setdefault(None, [])).append(telling)
    return list(parts.values())


def _by_statement(tellings: list[StoryFact]) -> list[list[StoryFact]]:
    """Apart when one article gives two different figures: "fell 1.3% on Friday" and
    "lost 3.8% for the week" are two statements, not two sources in conflict. Another
    article's telling joins the statement it agrees with."""
    parts: list[list[StoryFact]] = []
    for telling in tellings:
        fits = [p for p in parts
                if not any(o.article_url == telling.article_url and not agree(o.fact, telling.fact)
                           for o in p)]
        agreeing = [p for p in fits if all(agree(o.fact, telling.fact) for o in p)]
        if agreeing or fits:
            (agreeing or fits)[0].append(telling)
        else:
            parts.append([telling])
    return parts


def _merge(tellings: list[StoryFact]) -> StoryFact:
    """The telling most others agree with (then the most detailed, then the earliest)
    leads; the rest are its ``others``."""
    tellings = _distinct(tellings)
    primary = max(tellings, key=lambda t: (sum(agree(t.fact, o.fact) for o in tellings),
                                           _detail(t.fact)))
    primary.others = [t for t in tellings if t is not primary]
    primary.conflict = any(not agree(a.fact, b.fact)
                           for i, a in enumerate(tellings) for b in tellings[i + 1:])
    return primary


def _distinct(tellings: list[StoryFact]) -> list[StoryFact]:
    """One article stating the same thing twice is one telling (the more detailed)."""
    kept: list[StoryFact] = []
    for telling in sorted(tellings, key=lambda t: -_detail(t.fact)):
        if not any(k.article_url == telling.article_url and agree(k.fact, telling.fact)
                   for k in kept):
            kept.append(telling)
    return sorted(kept, key=tellings.index)


def _detail(fact: Fact) -> int:
    fields = ("change_pct", "range", "level", "price", "points", "amount", "session", "view")
    return sum(getattr(fact, f) is not None for f in fields)


def agree(a: Fact, b: Fact) -> bool:
    """Whether two tellings can both be true: same direction and stance, and every
    number both give overlapping once rounding and qualifiers are allowed for."""
    for name in ("direction", "stance"):
        if getattr(a, name) and getattr(b, name) and getattr(a, name) != getattr(b, name):
            return False
    pairs = [(_percent(a), _percent(b)), (_amount(a.amount), _amount(b.amount))]
    pairs += [(_interval(getattr(a, n)), _interval(getattr(b, n)))
              for n in ("points", "level", "price")]
    return all(x is None or y is None or (x[0] < y[1] and y[0] < x[1]) for x, y in pairs)


def _interval(value: float | None, qualifier: str | None = None) -> tuple[float, float] | None:
    """The values a stated number stands for: 2.3 is 2.25-2.35, "more than 7" 7-8."""
    if value is None:
        return None
    digits = decimals(value)
    unit = 10.0 ** -digits
    low, high = {"more than": (value, value + unit), "nearly": (value - unit, value),
                 "up to": (0.0, value)}.get(qualifier or "", (value - unit / 2, value + unit / 2))
    return round(low, digits + 2), round(high, digits + 2)


def decimals(value: float) -> int:
    return len(f"{value:.6f}".rstrip("0").split(".")[1])


def _percent(fact: Fact) -> tuple[float, float] | None:
    if fact.range:
        low, high = _interval(fact.range[0]), _interval(fact.range[1])
        return low[0], high[1]  # type: ignore[index]
    return _interval(fact.change_pct, fact.qualifier)


_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)?")


def _amount(text: str | None) -> tuple[float, float] | None:
    """'HK$5.2 billion' -> the interval of 5.2e9; None when there is no number."""
    found = _AMOUNT.search((text or "").lower().replace(",", ""))
    if not found:
        return None
    scale = SCALES.get(found.group(2) or "", 1.0)
    low, high = _interval(float(found.group(1)))  # type: ignore[misc]
    return low * scale, high * scale
