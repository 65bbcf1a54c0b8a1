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
_MACRO_FILLER = re.compile(r"(?:同比|环比|按年|按月|年率|月率|终值|初值|读数|增速|增幅|指数|"
                           r"分别|继续|进一步|再度|\s)*")
_MACRO_VERB = re.compile(
    r"(?P<value>(?:降|升|回落|回升|下调|上调|提高|降低|下降|上升)(?:至|到)|为|录得|报|是|达|"
    r"维持在|维持于|持平于)|(?P<change>上涨|增长|上升|回升|下降|下跌|回落|减少|下滑|上调|下调|"
    r"增加|降低|提高|涨|升|跌|降|增|减)")
_NUMBER_GAP = re.compile(r"(?:了|约|逾|超|近|\s)*")
MAX_MACRO_REACH = 20


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
    """A macro term, then (after 同比/环比 and the like) its change or value, then the number."""
    pattern, table = words.macro_words()
    term = pattern.search(norm, start, end)
    if term is None:
        return []
    verb = _MACRO_VERB.match(norm, _MACRO_FILLER.match(norm, term.end(), end).end(), end)
    if verb is None:
        return []
    qs = [q for q in quantities(norm, verb.end(), min(end, verb.end() + MAX_MACRO_REACH))
          if not q.currency and q.scale == 1]
    if not qs or not _NUMBER_GAP.fullmatch(norm, verb.end(), qs[0].start):
        return []
    fact = Fact(kind="macro", subject=table[term.group()], evidence=text[start:end],
                span=[start, end], direction=_direction(verb.group()))
    first = qs[0]
    if verb.group("value") is not None and first.unit in ("pct", None):
        fact.level = first.value
    elif verb.group("change") is not None and first.unit == "bp":
        fact.points = first.value
    elif verb.group("change") is not None and first.unit in ("pct", "pp"):
        fact.change_pct, fact.qualifier = first.value, first.qualifier
    else:
        return []
    for q in qs[1:2]:
        if fact.level is None and q.unit in ("pct", None) and norm[q.start - 1] in "至到":
            fact.level = q.value
    return [fact]


def _direction(word: str) -> str | None:
    if re.search(r"[降跌减滑]|回落|下调", word):
        return "down"
    if re.search(r"[涨升增]|上调|提高", word):
        return "up"
    return None
