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
MAX_COMPARED = 50  # facts of one group compared with each other (bounds the work)


def merge_facts(facts: list[Fact]) -> list[Fact]:
    said = [(_group(fact), _says(fact)) for fact in facts]
    groups: dict[tuple, list[dict]] = {}
    for group, says in said:
        groups.setdefault(group, []).append(says)
    kept, seen = [], set()
    for fact, (group, mine) in zip(facts, said, strict=True):
        key = (group, tuple(sorted(mine.items())))
        others = groups[group]
        if key in seen or len(others) > 1 and any(
                _covers(theirs, mine) for theirs in others[:MAX_COMPARED]):
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
