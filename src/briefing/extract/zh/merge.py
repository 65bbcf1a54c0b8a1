"""One fact per statement: a move a report states twice (headline and body) is one fact.

Facts are compared only within their group (kind, subject, direction), so the work
stays linear in the number of facts. Within a group a fact is dropped when it is an
exact repeat, says less than another ("恒指跌253点" beside "跌253点，跌幅1.27%"), is
number-less beside a numbered one, or is the headline's round figure of a body's
exact one ("跌1%" beside "跌1.26%").
"""

from __future__ import annotations

from ...models import Fact

_SAYS = ("change_pct", "range", "points", "level", "price", "amount", "qualifier", "source",
         "view", "currency")
_NUMBERS = ("change_pct", "range", "points", "level", "price", "amount")
_INTRADAY = ("一度", "盘中", "曾", "最多", "最高")
MAX_COMPARED = 50  # facts of one group compared with each other (bounds the work)


def merge_facts(facts: list[Fact]) -> list[Fact]:
    said = [(_group(fact), _says(fact)) for fact in facts]
    groups: dict[tuple, list[tuple[Fact, dict]]] = {}
    for fact, (group, says) in zip(facts, said, strict=True):
        groups.setdefault(group, []).append((fact, says))
    kept, seen = [], set()
    for fact, (group, mine) in zip(facts, said, strict=True):
        key = (group, tuple(sorted(mine.items())))
        others = groups[group]
        if key in seen or len(others) > 1 and any(
                _covers(theirs, mine) or _headline(fact, mine, other, theirs)
                for other, theirs in others[:MAX_COMPARED]):
            continue
        seen.add(key)
        kept.append(fact)
    return kept


def _group(fact: Fact) -> tuple:
    return fact.kind, fact.subject.casefold(), fact.direction


def _says(fact: Fact) -> dict:
    return {k: _hashable(getattr(fact, k)) for k in _SAYS if getattr(fact, k) is not None}


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def _covers(theirs: dict, mine: dict) -> bool:
    """``theirs`` states the same move as ``mine``, and more (or more exactly)."""
    if len(mine) < len(theirs) and mine.items() <= theirs.items():
        return True
    if not any(k in mine for k in _NUMBERS):
        return any(k in theirs for k in _NUMBERS)
    return _rounded(mine, theirs)


def _rounded(mine: dict, theirs: dict) -> bool:
    pct, exact = mine.get("change_pct"), theirs.get("change_pct")
    if pct is None or exact is None or "qualifier" in mine or not float(pct).is_integer():
        return False
    return not float(exact).is_integer() and abs(exact - pct) < 0.5


def _headline(fact: Fact, mine: dict, other: Fact, theirs: dict) -> bool:
    """"恒指跌超1%" in a headline, "恒指跌1.26%" in the body below: the body's exact figure
    is the same move. Not for a move "at one point" (一度), which is a move of its own."""
    pct, exact = mine.get("change_pct"), theirs.get("change_pct")
    if pct is None or exact is None or "qualifier" in theirs or other.span[0] <= fact.span[0]:
        return False
    if any(word in fact.evidence for word in _INTRADAY):
        return False
    fits = {"more than": exact > pct, "nearly": pct - 0.5 <= exact < pct,
            "about": abs(exact - pct) < 0.5}
    return fits.get(mine.get("qualifier"), False)
