"""Capital flows of Chinese reports: who moved money, in or out, and how much.

"南向资金净买入38.2亿港元" -> southbound, in, "HK$3.82 billion", HKD. Money into or out
of one stock, fund or sector is that name's flow, with its amount: "其中净买入盈富基金
逾10亿元" (Tracker Fund, in), "银行板块获主力资金净流入12.3亿元" (banks, in),
"中兴通讯遭主力净卖出9.8亿元" (ZTE, out); the fund's own flow is not theirs.
"""

from __future__ import annotations

import re

from ...models import Fact
from . import words
from .names import Mention
from .numbers import CURRENCY_SIGNS, Quantity, quantities

MAX_WHO_GAP = 10  # "南向资金今日全天合计净买入"
_NO_GAP = re.compile(r"[,;:。、]")
# "银行板块获主力资金净流入": the flow is the sector's, not the fund's
_TARGET_BEFORE = re.compile(r"(?:获|遭|受)$")
_AMOUNT_GAP = re.compile(r"(?:了|约|逾|超|超过|近|达|达到|合计|共|为|港股|A股|台股|美股|:|\s)*")
# between a name and the flow verb that is its own: "银行板块获主力资金净流入", "电子行业净流出"
_TARGET_GAP = re.compile(r"(?:(?:获|遭)(?:主力资金|主力|北向资金|南向资金|外资|资金|北水)?)?")
# a bare 元 in a flow: the currency of the market the sentence is about
_MARKET_OF_YUAN = (("HKD", re.compile(r"港股|港股通|南向|北水|港元")),
                   ("TWD", re.compile(r"台股|新台币")))


def sentence_flows(text: str, norm: str, start: int, end: int,
                   names: list[Mention]) -> list[Fact]:
    """At most one flow per who ("南向资金") in a sentence, then the flows of named
    stocks, funds and sectors."""
    table = words.flow_words()
    out: dict[str, Fact] = {}
    for who in table.who_pattern.finditer(norm, start, end):
        subject = table.who[who.group()]
        verb = _direction_after(norm, who, start, end)
        if verb is None:
            continue
        direction = table.directions[verb.group()]
        fact = out.get(subject)
        if fact is None:
            out[subject] = fact = Fact(kind="capital_flow", subject=subject, span=[start, end],
                                       evidence=text[start:end], direction=direction)
        if fact.amount is None and fact.direction == direction:
            # "北水连续第五日净流入，全日经港股通净买入52.3亿港元": the amount comes later
            _amount(norm, verb.end(), start, end, fact)
    return list(out.values()) + _named_flows(text, norm, start, end, names)


def _named_flows(text: str, norm: str, start: int, end: int,
                 names: list[Mention]) -> list[Fact]:
    """A flow verb right after a name's "获主力资金" / "行业", or right before the name:
    that name's money, when its amount follows."""
    table = words.flow_words()
    facts = []
    for verb in table.direction_pattern.finditer(norm, start, end):
        after = next((m for m in names if m.start == verb.end()), None)
        before = next((m for m in names if m.end <= verb.start() and
                       _TARGET_GAP.fullmatch(norm, m.end, verb.start())), None)
        target = after or before
        if target is None or target.kind not in ("company", "sector"):
            continue
        fact = Fact(kind="capital_flow", subject=target.name, ticker=target.ticker,
                    evidence=text[start:end], span=[start, end],
                    direction=table.directions[verb.group()])
        _amount(norm, target.end if after else verb.end(), start, end, fact)
        if fact.amount:  # "净买入美团" alone says no more than a who's flow does
            facts.append(fact)
    return facts


def _direction_after(norm: str, who: re.Match[str], start: int,
                     end: int) -> re.Match[str] | None:
    """"净买入" a few words after the who, in the same clause, unless the who is an agent
    ("获主力资金净流入": the money went to what comes before)."""
    verb = words.flow_words().direction_pattern.search(
        norm, who.end(), min(end, who.end() + MAX_WHO_GAP + 4))
    if verb is None or verb.start() - who.end() > MAX_WHO_GAP or \
            _NO_GAP.search(norm, who.end(), verb.start()) or \
            _TARGET_BEFORE.search(norm, max(start, who.start() - 2), who.start()):
        return None
    return verb


def _amount(norm: str, pos: int, start: int, end: int, fact: Fact) -> None:
    money = quantities(norm, pos, min(end, pos + 24))
    if not money or not (money[0].currency or money[0].scale > 1) or \
            not _AMOUNT_GAP.fullmatch(norm, pos, money[0].start):
        return
    if money[0].bare_yuan:
        money[0].currency = _yuan(norm, start, end)
    fact.amount, fact.currency = amount_text(money[0]), money[0].currency


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
    return lead + CURRENCY_SIGNS.get(q.currency or "", "{}").format(number)
