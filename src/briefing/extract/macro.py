"""Macro data points: CPI, PMI, GDP, rates, with the value the sentence gives."""

from __future__ import annotations

import re

from ..models import Fact
from . import wordlists
from .mentions import Mention
from .numbers import is_year, quantities
from .triggers import find_triggers

_VALUE_BEFORE = re.compile(r"\b(?:to|at|of|was|is|were|stood at|came in at|reading of|"
                           r"printed|hit)\s+$", re.IGNORECASE)
MAX_REACH = 60


def sentence_macro(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    pattern, table = wordlists.macro_words()
    term = pattern.search(text, start, end)
    if term is None:
        return []
    subject = table.get(" ".join(term.group().lower().split()), term.group())
    window_end = min(end, term.end() + MAX_REACH + 40)
    qs = [q for q in quantities(text, term.end(), window_end)
          if not is_year(q, text) and not q.drop and not q.currency and q.start - term.end()
          <= MAX_REACH]
    if not qs:
        return []
    triggers = [t for t in find_triggers(text, term.end(), window_end) if t.start < qs[0].start]
    fact = Fact(kind="macro", subject=subject, evidence=text[start:end], span=[start, end])
    if triggers:
        fact.direction = triggers[0].direction
    for q in qs:
        before = text[max(start, q.start - 16):q.start]
        if _VALUE_BEFORE.search(before) and fact.level is None:
            fact.level = q.value
        elif q.unit == "pct" and fact.change_pct is None and triggers and fact.level is None:
            fact.change_pct, fact.qualifier = q.value, q.qualifier
        elif q.unit in ("bps", "pp") and fact.points is None:
            fact.points = q.value
    if fact.level is None and fact.change_pct is None and fact.points is None:
        return []
    return [fact]
