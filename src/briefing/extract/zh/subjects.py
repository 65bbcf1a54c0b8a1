"""Who moved: the name a Chinese move word belongs to.

Chinese reports put the name right before its move, with at most a few time words
between ("恒生科技指数今日跌超2%"); a list shares one move ("小米集团、美团涨超3%").
A company the lexicon lacks is taken only where the wording leaves no doubt: a
company-like name before its move or its stock code, or an item of a list of known
companies. Names keep the form the text wrote them in.
"""

from __future__ import annotations

import re

from . import words
from .clauses import is_code
from .names import Mention

MAX_ITEM = 8  # characters of a company name the lexicon lacks, in a list
_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及|,)\s*")
_LEADS = re.compile(r"(?:其中|个股方面|个股中|个股|另外|此外|同时|而|另|蓝筹股中|蓝筹中|权重股中)?")
_NOT_NAME = re.compile(r"的|是|在|了|和|与|及|等|其|均|指数|板块|股价|资金|市场|港股|成交|行业|概念|龙头|个股|"
                       r"公司|一家|多家|多只|其他|其余|分别|以及|代码|股票")
_VIA_PRICE = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:后|的)(?:股价|股份)?|[\u4e00-\u9fff]{0,12}?股价")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}(?:-(?:SW|W|S|B))?")
REF = re.compile(r"(?:今日|今天|当日|同日|随后)?(?:该股|该指数|其股价|该公司股价)")


def subject_only(text: str, norm: str, cs: int, ce: int, own: list[Mention],
                 after: tuple[int, int] | None) -> list[Mention]:
    """A clause that only names a subject: a lexicon name, or an unknown name before its
    stock code ("某某科技(02xxx.HK)涨...")."""
    movers = [m for m in own if m.kind != "firm"]
    if movers:
        return group(norm, movers)
    if after and is_code(norm, *after):
        lead = _LEADS.match(norm, cs, ce)
        name = _HAN_NAME.fullmatch(norm, lead.end(), ce)
        if name and not _NOT_NAME.search(name.group()):
            code = norm[after[0]:after[1]].strip()
            return [Mention(name.start(), name.end(), text[name.start():name.end()],
                            "company", code)]
    return []


def group(norm: str, mentions: list[Mention]) -> list[Mention]:
    """The last list of names ("小米集团、美团") among ``mentions``."""
    names = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if not _LIST_JOIN.fullmatch(norm, m.end, names[0].start) or m.kind != names[0].kind:
            break
        names.insert(0, m)
    return names


def is_gap(norm: str, name: Mention, verb_at: int) -> bool:
    """Only time words between a name and its move word, or for a company an event and
    then its share price ("美团公布业绩后股价大涨8%")."""
    gap = words.gap_pattern()
    if gap.fullmatch(norm, name.end, verb_at):
        return True
    via = _VIA_PRICE.match(norm, name.end, verb_at) if name.kind == "company" else None
    return bool(via and gap.fullmatch(norm, via.end(), verb_at))


def list_tail(text: str, norm: str, name: Mention, verb_at: int) -> list[Mention]:
    """Names the lexicon lacks at the end of a list of companies it knows
    ("山东黄金、某某黄金盘中涨停"): each item ends at the next 、 or where only time words
    are left before the move word."""
    if name.kind != "company":
        return []
    tail: list[Mention] = []
    pos = name.end
    while pos < verb_at and norm[pos] == "、":
        item = _list_item(norm, pos + 1, verb_at)
        if item is None:
            return []
        tail.append(Mention(pos + 1, item, text[pos + 1:item], "company"))
        pos = item
    return tail


def _list_item(norm: str, start: int, verb_at: int) -> int | None:
    for end in range(start + 2, min(verb_at, start + MAX_ITEM) + 1):
        if not _HAN_NAME.fullmatch(norm, start, end) or _NOT_NAME.search(norm, start, end):
            return None
        if end < verb_at and norm[end] == "、" or words.gap_pattern().fullmatch(norm, end, verb_at):
            return end
    return None


def unknown_company(text: str, norm: str, cs: int, verb_at: int) -> Mention | None:
    """A company the lexicon does not know, named right before its move ("某某科技涨停")."""
    lead = _LEADS.match(norm, cs, verb_at).end()
    for m in words.company_suffix().finditer(norm, lead, verb_at):
        if m.end() - lead < 3 or not words.gap_pattern().fullmatch(norm, m.end(), verb_at):
            continue
        name = _HAN_NAME.fullmatch(norm, lead, m.end())
        if name and not _NOT_NAME.search(name.group()):
            return Mention(lead, m.end(), text[lead:m.end()], "company")
    return None
