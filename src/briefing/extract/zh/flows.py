"""Capital flows and macro data points of Chinese reports.

"南向资金净买入38.2亿港元" -> southbound, in, "HK$3.82 billion", HKD.
"10月CPI同比上涨0.3%" -> CPI, up, 0.3; "制造业PMI为49.8" -> PMI, level 49.8.
"""

from __future__ import annotations

import re

from ...models import Fact
from . import words
from .numbers import Quantity, quantities

MAX_WHO_GAP = 10  # "南向资金今日全天合计净买入"
_NO_GAP = re.compile(r"[,;:。、]")
_AMOUNT_GAP = re.compile(r"(?:了|约|逾|超|超过|近|达|达到|合计|共|为|\s)*")
_SIGN = {"HKD": "HK${}", "USD": "US${}", "CNY": "{} yuan"}
_MACRO_VALUE_BEFORE = re.compile(r"(?:为|录得|报|至|到|是|在|达)$")
_MACRO_CHANGE = re.compile(r"(?:同比|环比)?(?:上涨|增长|上升|提高|回升|下降|下跌|回落|减少|下滑|"
                           r"上调|下调|增加|降低|涨|升|跌|降|增|减)")
MAX_MACRO_REACH = 16


def sentence_flows(text: str, norm: str, start: int, end: int) -> list[Fact]:
    table = words.flow_words()
    out: dict[str, Fact] = {}
    for who in table.who_pattern.finditer(norm, start, end):
        subject = table.who[who.group()]
        verb = table.direction_pattern.search(norm, who.end(), min(end, who.end() + MAX_WHO_GAP + 4))
        if subject in out or verb is None or _NO_GAP.search(norm, who.end(), verb.start()) \
                or verb.start() - who.end() > MAX_WHO_GAP:
            continue
        fact = Fact(kind="capital_flow", subject=subject, direction=table.directions[verb.group()],
                    evidence=text[start:end], span=[start, end])
        money = quantities(norm, verb.end(), min(end, verb.end() + 24))
        if money and (money[0].currency or money[0].scale > 1) and \
                _AMOUNT_GAP.fullmatch(norm, verb.end(), money[0].start):
            fact.amount, fact.currency = amount_text(money[0]), money[0].currency
        out[subject] = fact
    return list(out.values())


def amount_text(q: Quantity) -> str:
    """A Chinese amount in English words: 38.2亿港元 -> "HK$3.82 billion"."""
    value = q.value * q.scale
    for size, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if value >= size:
            number = f"{round(value / size, 4):g}{word}"
            break
    else:
        number = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return _SIGN.get(q.currency or "", "{}").format(number)


def sentence_macro(text: str, norm: str, start: int, end: int) -> list[Fact]:
    pattern, table = words.macro_words()
    term = pattern.search(norm, start, end)
    if term is None:
        return []
    reach = min(end, term.end() + MAX_MACRO_REACH)
    fact = Fact(kind="macro", subject=table[term.group()], evidence=text[start:end],
                span=[start, end])
    change = _MACRO_CHANGE.search(norm, term.end(), reach)
    for q in quantities(norm, term.end(), reach):
        if q.currency or q.scale > 1:
            continue
        if q.unit == "bp" and change and fact.points is None:
            fact.points = q.value
        elif q.unit == "pct" and change and change.end() <= q.start and fact.change_pct is None:
            fact.change_pct, fact.qualifier = q.value, q.qualifier
        elif q.unit in ("pct", None) and _MACRO_VALUE_BEFORE.search(norm, term.end(), q.start) \
                and fact.level is None and fact.change_pct is None:
            fact.level = q.value
    if change and (fact.change_pct is not None or fact.points is not None):
        fact.direction = _direction(change.group())
    if fact.level is None and fact.change_pct is None and fact.points is None:
        return []
    return [fact]


def _direction(word: str) -> str:
    return "down" if re.search(r"[降跌落减滑]|下调", word) else "up"
