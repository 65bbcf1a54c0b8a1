"""Macro data points of Chinese reports: CPI, PMI, GDP, rates, with the value given.

"10月CPI同比上涨0.3%" -> CPI, up, change 0.3; "制造业PMI为49.8%" -> PMI, level 49.8;
"一年期LPR下调10个基点至3.0%" -> interest rate, down, 10 points, level 3.0.
"""

from __future__ import annotations

import re

from ...models import Fact
from . import words
from .numbers import quantities

_MACRO_FILLER = re.compile(r"(?:\([^()]{0,12}\)|同比|环比|按年|按月|年率|月率|终值|初值|读数|增速|增幅|指数|"
                           r"分别|继续|进一步|再度|\s)*")
_MACRO_VERB = re.compile(
    r"(?P<value>(?:降|升|回落|回升|下调|上调|提高|降低|下降|上升)(?:至|到)|为|录得|报|是|达|"
    r"维持在|维持于|持平于|持平)|(?P<change>上涨|增长|上升|回升|下降|下跌|回落|减少|下滑|上调|下调|"
    r"增加|降低|提高|涨|升|跌|降|增|减)")
_NEXT_CLAUSE = re.compile(r"\s*,\s*(?=同比|环比)")
_THEN = re.compile(r"(?:[比较与]上(?:月|季|年|期)|环比|同比|较前值)(?:基本)?"
                   r"(?:(?P<flat>持平|不变)|(?P<change>上升|回升|上涨|提高|增加|下降|回落|下跌|降低|减少))")
_NUMBER_GAP = re.compile(r"(?:了|约|逾|超|近|\s)*")
MAX_MACRO_REACH = 20


def sentence_macro(text: str, norm: str, start: int, end: int) -> list[Fact]:
    """Each macro term, then (after 同比/环比 and the like) its change or value and number;
    a clause that goes on "，环比下降0.3%" is a second fact of the same term."""
    pattern, table = words.macro_words()
    facts = []
    for term in pattern.finditer(norm, start, end):
        if facts and term.start() < facts[-1][1]:
            continue
        pos = term.end()
        while (found := _macro_fact(norm, pos, end, table[term.group()])) is not None:
            fact, pos = found
            fact.evidence, fact.span = text[start:end], [start, end]
            facts.append((fact, pos))
            pos = _NEXT_CLAUSE.match(norm, pos, end).end() if _NEXT_CLAUSE.match(
                norm, pos, end) else end
    return [f for f, _ in facts]


def _macro_fact(norm: str, pos: int, end: int, subject: str) -> tuple[Fact, int] | None:
    verb = _MACRO_VERB.match(norm, _MACRO_FILLER.match(norm, pos, end).end(), end)
    if verb is None:
        return None
    fact = Fact(kind="macro", subject=subject, evidence="", span=[0, 0],
                direction=_direction(verb.group()))
    if verb.group() in ("持平", "持平于"):
        fact.direction = "flat"
        return fact, verb.end()
    qs = [q for q in quantities(norm, verb.end(), min(end, verb.end() + MAX_MACRO_REACH))
          if not q.currency and q.scale == 1]
    if not qs or not _NUMBER_GAP.fullmatch(norm, verb.end(), qs[0].start):
        return None
    first = qs[0]
    if verb.group("value") is not None and first.unit in ("pct", None):
        fact.level = first.value
    elif verb.group("change") is not None and first.unit == "bp":
        fact.points = first.value
    elif verb.group("change") is not None and first.unit in ("pct", "pp"):
        fact.change_pct, fact.qualifier = first.value, first.qualifier
    else:
        return None
    last = first
    for q in qs[1:2]:
        if fact.level is None and q.unit in ("pct", None) and norm[q.start - 1] in "至到":
            fact.level, last = q.value, q
    if fact.direction is None:
        fact.direction = _then(norm, last.end, end)
    return fact, last.end


def _then(norm: str, pos: int, end: int) -> str | None:
    """"为49.8%，比上月上升0.6个百分点" / "…，均与上月持平": the direction said later."""
    m = _THEN.search(norm, pos, end)
    if m is None:
        return None
    return "flat" if m.group("flat") else _direction(m.group("change"))


def _direction(word: str) -> str | None:
    if re.search(r"[降跌减滑]|回落|下调", word):
        return "down"
    if re.search(r"[涨升增]|上调|提高", word):
        return "up"
    return None
