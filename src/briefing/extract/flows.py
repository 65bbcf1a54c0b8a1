"""Capital flows: who moved money (southbound, foreign investors, ETFs), in or out, how much.

Each "who" phrase of a sentence ("Foreigners", "retail investors") takes the first flow
word after it ("sold a net", "were net buyers of") and the first amount after that,
up to the next "who". A channel named anywhere in the sentence (southbound,
northbound) names the flow. Generic movers ("funds", "investors") need a strong flow
word ("net inflows", "poured into"), never a plain "bought".
"""

from __future__ import annotations

import re

from ..models import Fact
from . import wordlists
from .mentions import Mention
from .numbers import Quantity, quantities

STRONG_WHO = frozenset({"southbound", "northbound", "foreign investors", "ETF",
                        "institutional investors", "retail investors", "investment trusts",
                        "proprietary traders", "insurers"})
# "dealers" are securities dealers in a flow report, car dealers elsewhere: a plain "sold"
# is not enough for them
AMBIGUOUS_WHO = frozenset({"dealers"})
# "Retail" alone is a column of a flow table ("Foreigners -KRW 612bn | Retail +KRW 402bn"),
# elsewhere it is retail sales or stores: only beside other investors
TABLE_WHO = frozenset({"retail"})
CHANNELS = ("southbound", "northbound")
_GENERIC = frozenset({"bought", "buying", "sold", "selling", "step in", "stepped in",
                      "stepping in", "dumped", "scooped up", "offloaded", "purchased",
                      "unloaded", "buy", "buys", "sell", "sells", "dump", "dumps", "offloads", "unloads"})
# verbs of other senses without an amount: "added to their selling", "pulled back"
# "drew criticism", "absorbed the shock", "shed light"
_NEEDS_MONEY = frozenset({"added", "invested", "attracted", "pulled", "pulling", "yanked",
                          "drew", "draws", "absorbed", "absorbs", "raked in", "rakes in",
                          "shed", "sheds"})
MAX_REACH = 80
_NAME_WORD = r"(?:[A-Z0-9]|i[A-Z])[\w&./+-]*"  # "SPDR", "S&P", "iShares", "CSI"
_FUND_NAME = re.compile(rf"(?<![\w&./+-])(?!The\s)((?:{_NAME_WORD}\s+){{1,6}})$")
_TRUST = re.compile(r"\s+Trust\b")
_FUND_AFTER = re.compile(rf"\s+(?P<prep>from|out of|into)\s+(?:the\s+)?(?P<name>{_NAME_WORD}"
                         rf"(?:\s+{_NAME_WORD}){{0,6}}\s+(?:(?:ETF|Fund)(?:\s+Trust)?|Trust))\b")
_OF = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?")
_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s+")
_SIGN = re.compile(r"\s*:?\s*([+\-\u2212])(?=\S)")  # not a dash between spaces
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w&.-]*\s+$")
_INTO = re.compile(r"\s+(?:to|into)\s")
_OF_FLOWS = re.compile(r"\s+(?:of|in)\s+(?:net\s+)?")
_STREAK = re.compile(r"\s+(?:streak|spree)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b")
# "southbound inflows could reach $150 billion": a forecast, no flow ("May" is a month)
_MODAL = re.compile(r"\b(?:will|would|could|may|might|should)\b")
_SCALED = re.compile(r"(?:billion|million|trillion|crore|lakh|bn|mn|tn|\d[bm])\b",
                     re.IGNORECASE)


def sentence_flows(text: str, start: int, end: int, session: str | None,
                   mentions: list[Mention]) -> list[Fact]:
    pattern, directions, who_pattern, who_table = wordlists.flow_words()
    whos = [(m.start(), m.end(), _canon(m.group(), who_table))
            for m in who_pattern.finditer(text, start, end) if not _name_tail(text, start, m)]
    if not whos:
        return []
    channel = next((w for _, _, w in whos if w in CHANNELS), None)
    facts: list[Fact] = []
    for i, (w_start, w_end, who) in enumerate(whos):
        if text[w_start:w_end].lower() in TABLE_WHO and not _among_investors(whos, who):
            continue
        stop = whos[i + 1][0] if i + 1 < len(whos) else end
        verb = _flow_word(text, pattern, max(start, w_end - 20) if _is_noun_form(text, w_end)
                          else w_end, min(stop, w_end + MAX_REACH))
        if verb is None:
            signed = _signed_flow(text, start, end, session, w_end, who, stop)
            facts += [signed] if signed else []
            continue
        phrase = " ".join(verb.group().lower().split())
        direction = directions.get(phrase)
        money = _amounts(text, verb.end(), stop) or _amount_before(text, w_end, verb)
        if _MODAL.search(text, w_end, money[0].start if money else verb.end()):
            continue
        chain = _joined_before(text, whos, i)
        if chain and direction is not None:
            # "institutions and individuals bought 80.2 billion won and 40.1 billion won,
            # respectively": one amount each, in order; without "respectively", whose is whose?
            if _RESPECTIVELY.search(text, verb.end(), stop) and len(money) > len(chain):
                facts += [_flow(text, start, end, session, whos[j][2], direction, q)
                          for j, q in zip([*chain, i], money)]
                continue
            money = []
        subject = channel if channel and who in ("foreign investors", "funds") else who
        if who == "ETF":
            subject = _fund_before(text, start, w_start, w_end) or subject
        fund = _FUND_AFTER.match(text, money[0].end if money else verb.end(), end)
        named = _named_after(text, money[0].end, mentions) if money else None
        if fund:  # "investors pulled $2.1 billion from the SPDR S&P 500 ETF Trust"
            subject, direction = fund.group("name"), "in" if fund.group("prep") == "into" else "out"
        elif named is not None and direction is not None:
            subject = named  # "bought a net HK$1.1 billion of Tencent": Tencent's flow, not all
        elif direction is None or not _strong_enough(who, text[w_start:w_end], phrase,
                                                      bool(money), _among_investors(whos, who)):
            continue
        elif phrase == "added" and not _INTO.match(text, money[0].end):
            continue  # "added $6.1 billion to equity funds", not "added $3 billion of bets"
        fact = _flow(text, start, end, session, subject, direction, money[0] if money else None)
        if not any(f.subject == subject and f.direction == direction for f in facts):
            facts.append(fact)
    return facts


def _name_tail(text: str, start: int, who: re.Match[str]) -> bool:
    """"Citic Capital", "Fidelity Funds": a generic mover in capitals after a capitalised
    word is the end of a name."""
    return text[who.start()].isupper() and bool(_CAPITAL_BEFORE.search(
        text, max(start, who.start() - 30), who.start())) and \
        _canon(who.group(), wordlists.flow_words()[3]) == "funds"


def _signed_flow(text: str, start: int, end: int, session: str | None, who_end: int,
                 who: str, stop: int) -> Fact | None:
    """A flow table's line: "Foreigners: -KRW 312.5bn | Institutions: +KRW 105.2bn"."""
    sign = _SIGN.match(text, who_end, stop)
    money = _amounts(text, sign.end(), stop) if sign else []
    if not money or money[0].start != sign.end() or who not in STRONG_WHO:
        return None
    return _flow(text, start, end, session, who, "in" if sign.group(1) == "+" else "out",
                 money[0])


def _amounts(text: str, start: int, end: int) -> list[Quantity]:
    return [q for q in quantities(text, start, end)
            if q.money and q.unit is None and _SCALED.search(q.money)]


def _amount_before(text: str, who_end: int, verb: re.Match[str]) -> list[Quantity]:
    """"bond funds drew $7.1 billion of inflows": the amount of a flow noun before it."""
    return [q for q in _amounts(text, who_end, verb.start())
            if _OF_FLOWS.fullmatch(text, q.end, verb.start())]


def _flow_word(text: str, pattern: re.Pattern[str], pos: int, endpos: int) -> re.Match[str] | None:
    """The first flow word in ``text[pos:endpos]`` that is not a streak in an aside:
    "purchased a net 412 billion won, snapping a six-day selling streak" is a purchase."""
    for m in pattern.finditer(text, pos, endpos):
        if not (_STREAK.match(text, m.end()) and "," in text[pos:m.start()]):
            return m
    return None


def _flow(text: str, start: int, end: int, session: str | None, subject: str, direction: str,
          money: Quantity | None) -> Fact:
    fact = Fact(kind="capital_flow", subject=subject, direction=direction,
                evidence=text[start:end], span=[start, end], session=session)
    if money is not None:
        fact.amount, fact.currency = money.money, money.currency
    return fact


def _joined_before(text: str, whos: list[tuple[int, int, str]], i: int) -> list[int]:
    """The movers listed right before ``whos[i]`` that share its verb ("institutions and")."""
    chain: list[int] = []
    while i - len(chain) > 0:
        j = i - len(chain) - 1
        if not _JOIN.fullmatch(text, whos[j][1], whos[j + 1][0]):
            break
        chain.insert(0, j)
    return chain


def _named_after(text: str, pos: int, mentions: list[Mention]) -> str | None:
    """The company an amount buys or sells: "HK$1.1 billion (worth) of Tencent (shares)";
    one the lexicon knows ("of Indian equities" names no company)."""
    of = _OF.match(text, pos)
    company = next((m for m in mentions if of and m.start == of.end() and
                    m.kind in ("company", "firm") and (m.ticker or m.company)), None)
    return (company.company or company.name) if company else None


def _fund_before(text: str, start: int, who_start: int, who_end: int) -> str | None:
    """"The Huatai-PineBridge CSI 300 ETF drew inflows": one fund, by its name."""
    name = _FUND_NAME.search(text, max(start, who_start - 80), who_start)
    if name is None or text[who_start:who_end] != "ETF":
        return None
    trust = _TRUST.match(text, who_end)
    return text[name.start(1):trust.end() if trust else who_end]


def _canon(phrase: str, table: dict[str, str]) -> str:
    low = " ".join(phrase.lower().split())
    return table.get(low, low)


def _is_noun_form(text: str, end: int) -> bool:
    """"foreign buying", "southbound net buying": the who phrase holds the flow word."""
    return bool(re.match(r"\s*(?:net\s+)?(?:buying|selling)\b", text[end:end + 20])) or \
        text[max(0, end - 7):end].strip().lower() in ("buying", "selling")


def _among_investors(whos: list[tuple[int, int, str]], who: str) -> bool:
    """Whether the sentence names another kind of investor: "trusts sold NT$1.8 billion
    and dealers sold NT$3.2 billion" are securities dealers, not car dealers."""
    return any(w != who and w in STRONG_WHO for _, _, w in whos)


def _strong_enough(subject: str, who: str, phrase: str, has_money: bool,
                   among_investors: bool = False) -> bool:
    if phrase in _NEEDS_MONEY and not has_money:
        return False
    if subject in STRONG_WHO and (who.lower() not in AMBIGUOUS_WHO or among_investors):
        return True
    return phrase not in _GENERIC and (has_money or " " in phrase or phrase.endswith("flows"))
