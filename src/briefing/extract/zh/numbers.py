"""Numbers of normalized Chinese text: digits or number words, scale (万/亿) and unit.

"1.26%" and "百分之二" are percents, "三成" is 30%, "一倍" 100%; "253点" points;
"38亿港元" money with its currency (a bare "元" is marked: its currency is the
market's); "25个基点" basis points. Qualifiers in front
("超2%", "逾三成") or behind ("2%以上") are read here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import words

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_POWERS = {"十": 10, "百": 100, "千": 1000}
SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}
_CN = "零〇一二两三四五六七八九十百千"
_NUMBER = re.compile(
    rf"百分之(?P<cnpct>[{_CN}]+)"
    rf"|(?P<cnnum>[{_CN}]+)(?P<cnunit>成|倍|个百分点)"
    rf"|(?P<cnamount>[{_CN}]+)(?P<cnscale>万亿|亿|万)(?P<cncur>港元|港币|美元|元人民币|人民币|元)"
    r"|(?<![\d.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<scale>万亿|亿|万|千(?!克))?\s?"
    r"(?P<unit>%|个百分点|百分点|个基点|基点|bp|点|成|倍|港元|港币|港圆|美元|元人民币|人民币|元新台币|新台币|元)?")
# how an English post writes an amount in each currency
CURRENCY_SIGNS = {"HKD": "HK${}", "USD": "US${}", "CNY": "{} yuan", "TWD": "NT${}"}
_UNITS = {"%": "pct", "成": "pct", "倍": "pct", "个百分点": "pp", "百分点": "pp",
          "个基点": "bp", "基点": "bp", "bp": "bp", "点": "points"}


@dataclass
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None = None  # pct | pp | bp | points | None
    currency: str | None = None  # HKD | CNY | USD (money)
    scale: float = 1.0  # 1e8 for "亿"
    qualifier: str | None = None
    bare_yuan: bool = False  # "元" alone: the currency of the market it is quoted in


def chinese_number(cn: str) -> float | None:
    """"三" -> 3, "二十五" -> 25, "三千五百" -> 3500; None for what is not a number."""
    total, digit = 0, None
    for ch in cn:
        if ch in _DIGITS:
            if digit is not None:
                return None  # "三三" is no number
            digit = _DIGITS[ch]
        elif ch in _POWERS:
            total += (1 if digit is None else digit) * _POWERS[ch]
            digit = None
    return float(total + (digit or 0))


def quantities(text: str, start: int, end: int) -> list[Quantity]:
    """The numbers of normalized ``text[start:end]`` that carry a unit, scale or currency."""
    found = []
    for m in _NUMBER.finditer(text, start, end):
        q = _quantity(m)
        if q is not None:
            q.qualifier = _qualifier(text, start, q)
            found.append(q)
    return found


def _quantity(m: re.Match[str]) -> Quantity | None:
    if m.group("cnpct"):
        value = chinese_number(m.group("cnpct"))
        return None if value is None else Quantity(m.start(), m.end(), value, "pct")
    if m.group("cnamount"):
        value = chinese_number(m.group("cnamount"))
        if value is None:
            return None
        return Quantity(m.start(), m.end(), value, scale=SCALES[m.group("cnscale")],
                        currency=words.flow_words().currencies.get(m.group("cncur")),
                        bare_yuan=m.group("cncur") == "元")
    if m.group("cnnum"):
        value = chinese_number(m.group("cnnum"))
        if value is None:
            return None
        return Quantity(m.start(), m.end(), *_scaled_unit(value, m.group("cnunit")))
    value = float(m.group("num").replace(",", ""))
    unit, scale = m.group("unit"), m.group("scale")
    if not unit and not scale:
        return Quantity(m.start(), m.end(), value)
    q = Quantity(m.start(), m.end(), value, scale=SCALES.get(scale or "", 1.0))
    if unit in _UNITS:
        q.value, q.unit = _scaled_unit(value, unit)
    elif unit:
        q.currency = words.flow_words().currencies.get(unit)
        q.bare_yuan = unit == "元"
    return q


def _scaled_unit(value: float, unit: str) -> tuple[float, str]:
    if unit == "成":
        return value * 10, "pct"
    if unit == "倍":
        return value * 100, "pct"
    return value, _UNITS[unit]


@cache
def _qualifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict, dict]:
    table = words.qualifiers()
    before = words.pattern(table["before"])
    after = words.pattern(table["after"])
    return (re.compile(rf"(?:{before.pattern})(?:了|达)?$"), after, table["before"],
            table["after"])


def _qualifier(text: str, start: int, q: Quantity) -> str | None:
    before, after, before_table, after_table = _qualifier_patterns()
    m = before.search(text, max(start, q.start - 4), q.start)
    if m:
        return before_table[m.group().rstrip("了达")]
    m = after.match(text, q.end)
    return after_table[m.group()] if m and q.unit == "pct" else None
