"""One fact per statement: the same move stated twice (headline and body) is one fact."""

from __future__ import annotations

import re

from ..models import Fact
from . import wordlists
from .moves import multi_day
from .numbers import SCALES

RATE = "interest rate"  # the indicator of every policy rate (macro.tsv)
NUMBERS = ("change_pct", "range", "points", "level", "price", "amount")


def _filled(fact: Fact) -> int:
    return sum(getattr(fact, k) is not None for k in
               (*NUMBERS, "qualifier", "session", "currency", "ticker", "view"))


def _key(fact: Fact) -> tuple:
    rng = tuple(fact.range) if fact.range else None
    return (fact.kind, fact.subject.casefold(), fact.direction, fact.change_pct, rng,
            fact.source if fact.kind == "analyst_view" else None,
            _money(fact) if fact.kind == "capital_flow" else None,
            fact.level if fact.kind == "macro" else None)


_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]*)")


def _money(fact: Fact) -> tuple | None:
    """"HK$6.1 bln" (headline) and "HK$6.1 billion" (body) are one amount."""
    found = _AMOUNT.search((fact.amount or "").lower())
    if not found:
        return None
    return fact.currency, float(found.group(1).replace(",", "")) * SCALES.get(found.group(2), 1.0)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """Keep the richest of each duplicate group (ties: the first); drop a number-less
    move when the same subject's move in the same direction has numbers."""
    best: dict[tuple, int] = {}
    kept: list[Fact | None] = []
    for fact in facts:
        key = _key(fact)
        if key in best and not _other_points(fact, kept[best[key]]):  # type: ignore[arg-type]
            i = best[key]
            if _filled(fact) > _filled(kept[i]):  # type: ignore[arg-type]
                kept[i] = fact
            continue
        best[key] = len(kept)
        kept.append(fact)
    facts = _join_halves([f for f in kept if f is not None])
    facts = _drop_told_by_numbers(_drop_told_again(_drop_rounded(facts)))
    return _drop_generic_rate(facts)


def _other_points(fact: Fact, kept: Fact) -> bool:
    """"rose 4.86 points to 1,612.33. The index opened 1.15 points higher": with no percent,
    other points are another move (the close and the open), not one told twice."""
    return fact.change_pct is None and fact.points is not None and kept.points is not None \
        and abs(fact.points - kept.points) > 0.5


def _drop_told_by_numbers(facts: list[Fact]) -> list[Fact]:
    """A number-less move goes when a move of the same subject and direction has numbers."""
    bare = [f for f in facts if not _numbered(f) and f.kind != "analyst_view"]
    if not bare:  # the common case: no move to look up, no multi_day() to run
        return facts
    subjects = {_move_of(f) for f in bare}
    numbered = {_told_by(f) for f in facts if _numbered(f) and _move_of(f) in subjects}
    told = [f for f in bare if {_told_by(f), (*_move_of(f), f.evidence)} & numbered]
    return [f for f in facts if not any(f is t for t in told)]


def _numbered(fact: Fact) -> bool:
    return any(getattr(fact, k) is not None for k in NUMBERS)


def _told_by(fact: Fact) -> tuple:
    """What a number-less move must share with a numbered one to be told by it: "The
    benchmark inched up. ... For the week, the S&P 500 climbed 1.6%": a week's move tells
    the day's only in its own sentence ("ended higher for a fifth week, gaining 2.3%")."""
    key = _move_of(fact)
    return (*key, fact.evidence) if multi_day(fact) else key


def _move_of(fact: Fact) -> tuple:
    return fact.kind, fact.subject.casefold(), fact.direction


def _drop_rounded(facts: list[Fact]) -> list[Fact]:
    """"Nvidia Jumps 4%" (headline) and "jumped 4.1%" (body): one move, keep the exact one."""
    # exact moves grouped by (kind, subject, direction): each fact is compared only with
    # its own group, not with every exact move of the document
    exact: dict[tuple, list[Fact]] = {}
    for e in facts:
        if e.change_pct is not None and not e.change_pct.is_integer():
            exact.setdefault((e.kind, e.subject, e.direction), []).append(e)
    return [f for f in facts if not any(_rounds_to(f, e) for e in
                                        exact.get((f.kind, f.subject, f.direction), ()))]


def _rounds_to(f: Fact, exact: Fact) -> bool:
    if f.change_pct is None or not float(f.change_pct).is_integer() or f.qualifier:
        return False
    same = (f.kind, f.subject, f.direction) == (exact.kind, exact.subject, exact.direction)
    return same and abs(exact.change_pct - f.change_pct) < 0.5  # type: ignore[operator]


def _drop_told_again(facts: list[Fact]) -> list[Fact]:
    """"Dow futures fall 210 points" (headline) and "lost 210 points, or 0.5%" (body): one
    move; the copy with no percent goes when another copy has its every number and one."""
    with_pct: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.change_pct is not None:
            with_pct.setdefault((f.kind, f.subject, f.direction), []).append(f)
    return [f for f in facts if not any(_told_in(f, g) for g in
                                        with_pct.get((f.kind, f.subject, f.direction), ()))]


HALF = ("points", "level", "price", "currency", "session")
# "with the Taiex ending the week at 22,100.5, up 175.3 points": the points may be the
# period's, another move than the day's percent
_PERIOD_WORD = re.compile(r"\b(?:week|month|year|quarter|so far|since)", re.IGNORECASE)


def _join_halves(facts: list[Fact]) -> list[Fact]:
    """"TSMC up NT$25 at NT$1,130 (+2.26%)", "Sensex -0.7% (-582 pts) at 80,912.3": the
    change and the percent beside it are one statement; the percent's fact takes the
    other half's numbers and the half goes (moves only: a macro figure's level is a rate)."""
    halves = {(*_move_of(f), f.evidence): f for f in facts
              if f.kind.endswith("_move") and f.change_pct is None}
    if not halves:  # the common case; multi_day below is costly
        return facts
    with_pct: dict[tuple, list[Fact]] = {}
    for f in facts:
        key = (*_move_of(f), f.evidence)
        if key in halves and f.change_pct is not None and f.range is None and \
                not f.qualifier and not multi_day(f):
            with_pct.setdefault(key, []).append(f)
    joined = []
    for f in facts:
        pct = with_pct.get((*_move_of(f), f.evidence), [])
        if f.change_pct is None and len(pct) == 1 and _fits_beside(f, pct[0]):
            for k in HALF:
                if getattr(pct[0], k) is None:
                    setattr(pct[0], k, getattr(f, k))
            joined.append(f)
    return [f for f in facts if not any(f is j for j in joined)]


def _fits_beside(half: Fact, pct: Fact) -> bool:
    """The half has numbers, no qualifier or range, and none that the percent's fact
    tells otherwise (another session or price is another move; "up 1.2% for the week" is
    the week's)."""
    own = [k for k in HALF if getattr(half, k) is not None]
    return half.range is None and not half.qualifier and not _PERIOD_WORD.search(half.evidence) and \
        any(getattr(half, k) is not None for k in ("points", "level", "price")) and \
        all(getattr(pct, k) in (None, getattr(half, k)) for k in own)


def _told_in(f: Fact, richer: Fact) -> bool:
    own = [k for k in ("points", "level", "price") if getattr(f, k) is not None]
    return f.change_pct is None and f.range is None and bool(own) and \
        (all(getattr(f, k) == getattr(richer, k) for k in own) or _points_of(f, richer))


def _points_of(f: Fact, richer: Fact) -> bool:
    """"the Sensex surging 1,131 points ... The 30-share barometer ended at 78,553.20, up
    1.46 per cent": points alone that the percent over the level before gives are the same
    move told again."""
    if f.points is None or f.level is not None or f.price is not None or f.qualifier or \
            richer.level is None or richer.points is not None or richer.qualifier or \
            f.session not in (None, richer.session):
        return False
    sign = 1 if richer.direction == "up" else -1
    implied = 100 * f.points / (richer.level - sign * f.points)
    return abs(implied - richer.change_pct) <= 0.05  # type: ignore[operator]


def _drop_generic_rate(facts: list[Fact]) -> list[Fact]:
    """"ECB cuts rates by 25 bps to 2%" (headline) and "lowered its deposit rate by a quarter
    point to 2%" (body): one decision; the rate by name stays, with the points told."""
    table = wordlists.macro_words().table
    rates = [f for f in facts if f.kind == "macro" and table.get(f.subject.casefold()) == RATE]
    generic = [f for f in rates if f.subject.casefold().rstrip("s") == RATE]
    if not generic:
        return facts
    told = []
    for g in generic:
        named = next((f for f in rates if f not in generic and f.direction == g.direction and
                      (f.level, f.range) == (g.level, g.range)), None)
        if named is not None:
            named.points = named.points if named.points is not None else g.points
            told.append(g)
    return [f for f in facts if not any(f is t for t in told)]
