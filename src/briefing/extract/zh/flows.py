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
# "银行板块获主力资金净流入": the flow is the sector's, not the fund's
_TARGET_BEFORE = re.compile(r"(?:获|遭|受)$")
_AMOUNT_GAP = re.compile(r"(?:了|约|逾|超|超过|近|达|达到|合计|共|为|港股|A股|台股|美股|\s)*")
# a bare 元 in a flow: the currency of the market the sentence is about
_MARKET_OF_YUAN = (("HKD", re.compile(r"港股|港股通|南向|北水|港元")), ("TWD", re.compile(r"台股|新台币")))
_SIGN = {"HKD": "HK${}", "USD": "US${}", "CNY": "{} yuan", "TWD": "NT${}"}
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


def sentence_flows(text: str, norm: str, start: int, end: int) -> list[Fact]:
    table = words.flow_words()
    out: dict[str, Fact] = {}
    for who in table.who_pattern.finditer(norm, start, end):
        subject = table.who[who.group()]
        verb = table.direction_pattern.search(norm, who.end(), min(end, who.end() + MAX_WHO_GAP + 4))
        if subject in out or verb is None or _NO_GAP.search(norm, who.end(), verb.start()) \
                or verb.start() - who.end() > MAX_WHO_GAP or _TARGET_BEFORE.search(
                    norm, max(start, who.start() - 2), who.start()):
            continue
        fact = Fact(kind="capital_flow", subject=subject, direction=table.directions[verb.group()],
                    evidence=text[start:end], span=[start, end])
        money = quantities(norm, verb.end(), min(end, verb.end() + 24))
        if money and (money[0].currency or money[0].scale > 1) and \
                _AMOUNT_GAP.fullmatch(norm, verb.end(), money[0].start):
            if money[0].bare_yuan:
                money[0].currency = _yuan(norm, start, end)
            fact.amount, fact.currency = amount_text(money[0]), money[0].currency
        out[subject] = fact
    return list(out.values())


def _yuan(norm: str, start: int, end: int) -> str:
    for currency, pattern in _MARKET_OF_YUAN:
        if pattern.search(norm, start, end):
            return currency
    return "CNY"


def amount_text(q: Quantity) -> str:
    """A Chinese amount in English words: 38.2亿港元 -> "HK$3.82 billion", 超百亿港元 ->
    "more than HK$10 billion"."""
    value = q.value * q.scale
    lead = f"{q.qualifier} " if q.qualifier in ("more than", "nearly", "about") else ""
    for size, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if value >= size:
            number = f"{round(value / size, 4):g}{word}"
            break
    else:
        number = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return lead + _SIGN.get(q.currency or "", "{}").format(number)


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
