"""Capital flows: who moved money (southbound, foreign investors, ETFs), in or out, how much.

Each "who" phrase of a sentence ("Foreigners", "retail investors") takes the first flow
word after it ("sold a net", "were net buyers of") and the first amount after that,
up to the next "who". A channel named anywhere in the sentence (southbound,
northbound) names the flow. Generic movers ("funds", "investors") need a strong flow
word ("net inflows", "poured into"), never a plain "bought".
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Fact
from . import wordlists
from .mentions import Mention
from .numbers import SCALED_MONEY, Quantity, quantities
from .triggers import MODAL_BEFORE

STRONG_WHO = frozenset({"southbound", "northbound", "foreign investors", "ETF",
                        "institutional investors", "retail investors", "investment trusts",
                        "proprietary traders", "insurers", "trust banks"})
# "dealers" are securities dealers in a flow report, car dealers elsewhere: a plain "sold"
# is not enough for them
AMBIGUOUS_WHO = frozenset({"dealers"})
# "Retail" alone is a column of a flow table ("Foreigners -KRW 612bn | Retail +KRW 402bn"),
# elsewhere it is retail sales or stores: only beside other investors
TABLE_WHO = frozenset({"retail"})
CHANNELS = ("southbound", "northbound")
_GENERIC = frozenset({"bought", "buying", "sold", "selling", "step in", "stepped in",
                      "stepping in", "dumped", "dumping", "scooped up", "scooping up",
                      "scoops up", "offloaded", "offloading", "purchased",
                      "unloaded", "unloading", "buy", "buys", "sell", "sells", "dump", "dumps", "offloads", "unloads"})
# verbs of other senses without an amount: "added to their selling", "pulled back"
# "drew criticism", "absorbed the shock", "shed light"
# ... and their money told in their own clause
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:where|which|when|while|as|after|but|and)\b")
_NEEDS_MONEY = frozenset({"added", "invested", "attracted", "attracting", "attracts", "pulled", "pulling", "yanked",
                          "pull", "pulls", "pull in", "yank", "yanks", "yanking",
                          "pulled in", "pulls in", "pulling in",
                          "drew", "draws", "drawing", "gathered", "gathers", "absorbed", "absorbs", "raked in", "rakes in",
                          "shed", "sheds", "draw", "attract", "gather", "absorb", "rake in", "take in",
                          "gathering", "raking in"})
# "investors piled into tech shares": the crowd's buying, told of a generic mover with no
# amount, is the day's mood, not a flow (a named kind of investor is: "retail investors")
_CROWDING = frozenset({"piled into", "pile into"})
MAX_REACH = 80
_NAME_WORD = r"(?:[A-Z0-9]|i[A-Z])[\w&./+-]*"  # "SPDR", "S&P", "iShares", "CSI"
_FUND_NAME = re.compile(rf"(?<![\w&./+-])(?!The\s)((?:{_NAME_WORD}\s+){{1,6}})$")
_TRUST = re.compile(r"\s+Trust\b")
# or a named family of funds, plural: "poured 4.6 billion yuan into the CSI 300 ETFs" is those
# funds' flow, not the movers' total (mainland money into onshore ETFs is no southbound flow)
_FUND_AFTER = re.compile(rf"\s+(?P<prep>from|out of|into|to)\s+(?:the\s+)?(?P<name>{_NAME_WORD}"
                         rf"(?:\s+{_NAME_WORD}){{0,6}}\s+(?:(?:ETF|Fund)(?:\s+Trust)?|Trust|Shares|ETFs|Funds))\b")
# "Investors pulled £1.2 billion from UK equity funds" (or "from U.S. equity ETFs"): the
# funds' flow, named by their kind (a named kind of investor stays the mover)
# (or bought "a net $9.7 billion of U.S. equity funds"; not "of money from funds")
# the movers whose money into a kind of fund is that fund's flow: "Global funds pulled $1.2
# billion from China equity funds" (EPFR's investors are the world's, not a market's foreigners)
_TO_FUNDS = frozenset({"funds", "foreign investors"})
_FUND_TYPE_AFTER = re.compile(r"\s+(?P<prep>from|out of|into|to|of|in)\s+(?P<name>(?:(?!(?:from|into|"
                              r"to|in|of|for)\s)[\w.-]+\s+){1,3}?(?:funds|ETFs))\b")
# "Investors yanked $11.8 billion out of U.S. stocks": plain investors' money moved from or
# into a market's assets is that asset class's flow, named as written; a kind of fund that
# moved it is the mover ("Emerging market funds pulled $1.8 billion from China stocks")
# "put $1.9 billion into German equity ETFs": "put" moves money only into a fund, with an
# amount ("put pressure on", "put options" are no flow); "put a net" is a flow word itself
_PUT = re.compile(r"\s+(?:put|puts|putting)\s+(?!a\s+net\b)")
_PUT_GAP = re.compile(r"(?:a\s+)?(?:net\s+)?")
# "poured $2.3 billion into the XLF, while pulling $1.4 billion from technology ETFs": the
# same movers' money in a participle clause, to or from another fund
_WHILE_MOVING = re.compile(r"[^;]{0,60}?,?\s+(?:while|and|but)\s+(?:also\s+)?(?:pulling|withdrawing|"
                           r"yanking|redeeming|putting|pouring|ploughing|plowing|adding)\s+")
_ASSETS_AFTER = re.compile(r"\s+(?P<prep>from|out\s+of|into)\s+(?P<name>(?:[A-Z][\w.-]*\s+){1,2}"
                           r"(?:stocks|equities|shares|bonds))\b")
# ", a proxy for pension funds,", ", often seen as proxies for ...,": an aside
# the money moved from or into one thing by its name, which no pattern above has read
_NAMED_PLACE = re.compile(r"\s+(?:from|out\s+of|into)\s+the\s+[A-Z]")
_ASIDE_BEFORE = re.compile(r",\s+(?:(?:[a-z]+\s+)?(?:seen|viewed|regarded)\s+as\s+(?:(?:the|a|an)\s+)?|"
                           r"(?:the|a|an)\s+)[^,;]{0,50}$")
_ASIDE_END = re.compile(r"\s*,")
_OF = re.compile(r"\s+(?:worth\s+)?of\s+(?:the\s+)?")
# what the money bought, if not a whole market: "of the chipmaker's stock", "of telecom
# shares", "sold bank stocks worth ₹7,140 crore"; one stock or sector's flow, not the movers' total
_OBJECT_WORD = r"(?!(?:stocks|shares|equities|as|and|or|while|after|but|with|on|in|to|from|for|at)\s)[\w&-]+"
_OBJECT_AFTER = re.compile(rf"\s+(?:worth\s+)?of\s+(?P<obj>(?:the|its)\s+(?:[\w-]+['’]s\s+)?(?:stock|shares)"
                           rf"(?![\w-])(?!\s+(?:market|exchange))|(?:{_OBJECT_WORD}\s+){{1,3}}(?:stocks|shares|equities)\b)")
_OBJECT_BEFORE = re.compile(rf"\s+(?P<obj>(?:{_OBJECT_WORD}\s+){{1,3}}(?:stocks|shares|equities))\s+worth\s+$")
_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s+")
# the sign of a flow table's figure (not a dash between spaces), after the row's noun or
# period if any: "Foreigners: -KRW", "Southbound (Sept): +HK$", "Northbound flows (MTD): -RMB"
_SIGN = re.compile(r"(?:\s+(?:net\s+)?flows?)?(?:\s*\([^()\n\d$]{0,8}\d{0,2}[^()\n\d$]{0,8}\))?"
                   r"\s*:?\s*([+\-\u2212])(?=\S)")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w&.-]*\s+$")
# "Inflows into Indian equity mutual funds", "net outflows from bond funds": the flow is
# the funds'
_FLOWS_INTO = re.compile(r"\b(?P<noun>(?i:inflows?|outflows?))\s+(?:into|to|from|out\s+of)\s+"
                         r"(?:[\w.-]+\s+){0,4}$")
_INTO = re.compile(r"\s+(?:to|into)\s")
_OF_FLOWS = re.compile(r"\s+(?:of|in)\s+(?:net\s+)?")
_STREAK = re.compile(r"\s+(?:streak|spree)\b", re.IGNORECASE)
# "returned to the market after a three-day selling spree": a streak that ended is the past
_STREAK_ENDED = re.compile(r"\b(?:after|ending|ended|snapping|snapped|breaking|broke|halting|"
                           r"halted)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "bought ... via the northbound Stock Connect": the route of the mover's money, no mover
_ROUTE = re.compile(r"\b(?:via|through)\s+(?:the\s+)?$")
# "the northbound leg of Stock Connect": the route's part and the route are one mover
_PART_OF_ROUTE = re.compile(r"\s*(?:(?:leg|link|channel)\s+of\s+(?:the\s+)?)?")
# "Insurers were sold off": the mover is what was sold, a fall in price, not a seller
_PARTICIPLES = frozenset({"sold", "bought", "dumped", "offloaded", "unloaded", "purchased"})
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")
# "hedge funds lost $5 billion on the bet", "lost $2 billion in value": a loss, not a flow
_LOSS = re.compile(r"\s+(?:on\s|in\s+(?:market\s+)?value\b)")
_THEY = re.compile(r"\b[Tt]hey\b")
# "they" opens its sentence, after a time or a link word at most ("On Wednesday alone, they")
_THEY_OPENS = re.compile(r"(?:(?:On|Over|In|During|For|By|Since|Across|Last|This)\s+[^,;]{0,40}?,?\s+|"
                         r"(?:Meanwhile|Separately|However|Still),\s+)?")
_RESPECTIVELY = re.compile(r"\brespectively\b")
# "pared their holdings by NT$5.6 billion": the change; "to NT$2 trillion" is what they hold
_THEIR_HOLDINGS = re.compile(r"\btheir\s+holdings$")
_BY = re.compile(r"\bby\s+$")
# "reduced their holdings of Canadian stocks, selling C$3.1 billion of shares": the clause
# after the comma tells the amount
_HOLDINGS_GAP = re.compile(r"[^,;]{0,60},\s+")
# "amid persistent foreign outflows": a mover's inflows or outflows without an amount are a
# trend, not a flow
_TREND = re.compile(r"(?i:flows)$")
# "the CSOP Hang Seng Tech Index ETF fell 2.2%, as tech names sold off": a fund's price move
# told before the flow word is the fund's own news; an amountless flow word after it is not
_MOVED_FIRST = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)")
# "southbound inflows could reach $150 billion": a forecast, no flow ("May" is a month)
_MODAL = re.compile(r"\b(?:will|would|could|may|might|should)\b")
# "steady southbound inflows would support valuations": a flow noun before a modal is a case made
_MODAL_AFTER = re.compile(r"\s+(?:will|would|could|may|might|should)\b")
# a speaker's quote or a house's outlook: "Foreign selling looks overdone," said ...; "We
# expect ..., with support from southbound inflows": without an amount, an opinion, no flow
# "raised its target, citing steady southbound inflows": a reason a house gives, no news;
# "Wong expects the index to trade ..., with support from southbound buying": the outlook's
_OPINION = re.compile(r"[\"“]|\b(?:[Ww]e|I)\s+(?:expect|see|think|believe)\b|\bciting\b|"
                      r"\b(?:expects|predicts|forecasts)\s[^,.;]{0,60}\bto\s")
# "foreign selling of Taiwanese stocks looked overdone": a verdict on the flow in its clause
# (the verdicts of views.tsv) is an opinion of it
_VERDICT_REACH = re.compile(r"[^,;.]{0,80}")


@cache
def _verdict() -> wordlists.Folded:
    words = [w for w, k in wordlists.view_shifts().trend_stances.items() if k in ("goes-on", "ends")]
    return wordlists.Folded(rf"(?<![\w-])(?:{wordlists.trie_pattern(sorted(words), fold=True)})(?![\w-])")


def _judged(text: str, pos: int) -> bool:
    clause = _VERDICT_REACH.match(text, pos)
    return bool(_verdict().search(text, pos, clause.end()))


# "Tencent drew the largest net purchases", "Meituan saw the biggest net selling": a name
# ranked by its flow; "with Kweichow Moutai attracting 1.1 billion yuan"
_RANKED = re.compile(r"\s+(?P<verb>drew|draws|drawing|saw|sees|seeing|attracted|attracts|attracting|"
                     r"recorded|received|logged|suffered)\s+(?:the\s+)?(?:(?P<top>largest|biggest|most|"
                     r"highest|heaviest|top)\s+)?(?:(?:southbound|northbound|foreign)\s+)?")
# "China Mobile was net sold to the tune of HK$388 million", "Meituan was the most sold, with
# net outflows of HK$1.1 billion": one stock's flow told in the passive
# a live blog's verbless line: "Tencent the most-bought name at HK$1.1bn" (a ranked stock)
_PASSIVE_RANKED = re.compile(r"\s+(?:(?:was\s+)?the\s+most[\s-]|was\s+(?P<net>net[\s-]))"
                             r"(?P<passive>sold|bought|purchased)\b(?P<item>\s+(?:name|stock|counter|ETF)\b)?")
# its amount, in its own clause: "to the tune of", ", with net outflows of"
_PASSIVE_GAP = re.compile(r"[^;]{0,45}")
_OTHER_CLAUSE = re.compile(r"\b(?:while|but|whereas|and|as)\b")
# a sentence that may hold one, or a fund described in an aside (core.py then finds its names)
RANKED_HINT = re.compile(_RANKED.pattern + r"(?=net\s|inflows?\b|outflows?\b|redemptions\b|buying\b|selling\b|"
                                           r"[^\s\d]{0,3}\d)|,\s+(?:the|a|an)\s[^,;]{0,50}?"
                                           r"\b(?:fund|ETF),|" + _PASSIVE_RANKED.pattern)
_ATTRACTS = frozenset({"drew", "draws", "drawing", "attracted", "attracts", "attracting"})
# a stock's flow is net buying or selling; "net sales" are its revenue, "net inflows"
# a fund manager's business unless the sentence is about investors' flows
_STOCK_FLOWS = frozenset({"net purchases", "net purchase", "net buying", "net selling"})
# plain "buying" is a flow only as a ranking with its amount told as money traded: "drew the
# most buying, with a net HK$1.9 billion"; "saw the heaviest selling since 2020" alone is no flow
_RANKED_TRADING = frozenset({"buying", "selling"})
# only whose trading and a connective may come between: "drew the most buying from mainland
# investors, at a net HK$900 million"; not "the heaviest selling in a year, shedding HK$40 billion"
_TRADING_AMOUNT = re.compile(r"(?:\s+(?:from|by|among)\s+[^\d,;]{1,40}?)?(?:\s+(?:on|in|over|during)\s+(?:the\s+)?"
                             r"(?:day|session|week|month|[A-Z][a-z]+day))?\s*,?\s*(?:(?:at|of|with|worth|"
                             r"totall?ing|amounting\s+to)\s+)?(?:a\s+)?(?P<net>net\s+)?")
_FUND_FLOWS = frozenset({"net inflow", "net inflows", "net outflow", "net outflows", "inflow",
                         "inflows", "outflow", "outflows", "redemptions"})
# its ticker may follow in brackets: "the iShares Bitcoin Trust (IBIT) recorded ..."
_PRODUCT = re.compile(rf"(?<![\w&./+()-])(?!The\s)(?P<name>(?:(?:{_NAME_WORD}|\(\w+\))\s+){{1,7}}"
                      r"(?:ETF|Fund|Product|Trust|Tracker))(?:\s+\([A-Z0-9.]{1,8}\))?$")
_FUND_HEAD = re.compile(r"\b(?:ETF|Fund|Product|Trust|Tracker)\b")
# "followed by Xiaomi at HK$1.9 billion": the next name of the ranking, same direction
_FOLLOWED = re.compile(r",?\s+followed\s+by\s+")
_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")
_AT = re.compile(r"\s+(?:at|with)\s+|\s*\(")
RANK_REACH = 60
# "saw the biggest net purchases by southbound traders, at ...": whose flow, no distance
_BY_WHO = re.compile(r"\s+(?:by|from|among)\s+")
# "..., trimming their net buying for the week to 2.1 billion yuan": the same movers'
# running total, a second flow; so is the year's: "..., taking total outflows so far in 2025
# to ₹1.58 lakh crore", "bringing the year's net selling to ..."
_RUNNING = re.compile(r",\s+(?:trimming|bringing|taking|lifting|raising|extending|cutting|"
                      r"reducing|pushing|boosting|paring|narrowing|widening)\s+(?:(?:their|its|the)\s+)?"
                      r"(?:(?:year|month|week)['’]s\s+)?(?:(?:weekly|monthly|cumulative|total|"
                      r"year-to-date|net)\s+){0,2}")
_RUNNING_TO = re.compile(r"[^,;]{0,40}?\bto\s+")


def _channel(text: str, whos: list[tuple[int, int, str]]) -> str | None:
    """The channel the sentence names. "Stock Connect" alone names no direction: used by
    foreign investors it is the northbound link ("Foreign investors bought a net 3.2 billion
    yuan of mainland shares via Stock Connect"), else the southbound one."""
    link = next(((who, text[s:e]) for s, e, who in whos if who in CHANNELS), None)
    if link is None:
        return None
    if link[1].lower() == "stock connect" and any(w == "foreign investors" for _, _, w in whos):
        return "northbound"
    return link[0]


def sentence_flows(text: str, start: int, end: int, session: str | None,
                   mentions: list[Mention]) -> list[Fact]:
    pattern, directions, who_pattern, who_table = wordlists.flow_words()
    whos = [(m.start(), m.end(), _canon(m.group(), who_table))
            for m in who_pattern.finditer(text, start, end) if not _name_tail(text, start, m)]
    whos = whos or _they(text, start, end, who_pattern, who_table)
    whos = [w for k, w in enumerate(whos) if not (k and (_describes(text, whos[k - 1], w) or
                                                         _one_phrase(text, whos[k - 1], w)))]
    ranked = _ranked_flows(text, start, end, session, mentions,
                           any(who in STRONG_WHO for _, _, who in whos))
    if not whos:
        return [fact for _, fact in ranked]
    channel = _channel(text, whos)
    facts: list[Fact] = []
    taken = start  # the end of the funds a flow has named: no flow of their own without money
    for i, (w_start, w_end, who) in enumerate(whos):
        if text[w_start:w_end].lower() in TABLE_WHO and not _among_investors(whos, who) or \
                _ROUTE.search(text, max(start, w_start - 12), w_start):
            continue
        stop = min([whos[i + 1][0] if i + 1 < len(whos) else end,  # or the next stock's flow
                    *(owner for owner, _ in ranked if owner > w_end)])
        into = _FLOWS_INTO.search(text, max(start, w_start - 40), w_start)
        if into:  # "Inflows into equity mutual funds rose 3.8% to ₹41,887 crore"
            fact = _flow_noun_before(text, start, end, session, who, into, w_end, stop)
            if fact and not any(f.subject == fact.subject for f in facts):
                facts.append(fact)
            continue
        verb = _PUT.match(text, w_end, stop) or \
            _flow_word(text, pattern, max(start, w_end - 20) if _is_noun_form(text, w_end)
                       else w_end, min(stop, w_end + MAX_REACH))
        if verb is None:
            signed = _signed_flow(text, start, end, session, w_end, who, stop)
            facts += [signed] if signed else []
            continue
        if verb.group().split()[0].lower() in _PARTICIPLES and \
                _PASSIVE.search(text, w_end, verb.start()):
            continue
        phrase = " ".join(verb.group().lower().split())
        direction = directions.get(phrase)
        money = _amounts(text, verb.end(), stop) or _amount_before(text, w_end, verb)
        if phrase in _NEEDS_MONEY and money and _CLAUSE_BREAK.search(text, verb.end(), money[0].start):
            money = []  # "Investors gathered in Davos, where $2 trillion ...": another clause's money
        if _THEIR_HOLDINGS.search(phrase) and not (money and _BY.search(text, verb.end(), money[0].start)):
            verb = _holdings_participle(text, pattern, directions, direction, verb.end(), stop)
            if verb is None:
                continue
            phrase = " ".join(verb.group().lower().split())
            money = _amounts(text, verb.end(), stop)
        if _MODAL.search(text, w_end, money[0].start if money else verb.end()) or \
                MODAL_BEFORE.search(text, max(start, w_start - 30), w_start) or \
                _MODAL_AFTER.match(text, verb.end()) or not money and (_OPINION.search(text, start, end) or w_start < taken or
                               _TREND.search(text, w_start, w_end) or _judged(text, verb.end()) or
                               _MOVED_FIRST.search(text, w_end, verb.start())):
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
        elif len(money) > 1 and _RESPECTIVELY.search(text, verb.end(), stop):
            continue  # "European and Asian funds gained $3.2 billion and $1.4 billion, respectively"
        # foreigners' money in Hong Kong is no southbound flow: "Mainland investors bought ...,
        # while foreign investors were net sellers"
        subject = channel if channel and (who == "funds" or who == "foreign investors" and
                                          channel == "northbound") else who
        if who == "ETF":
            subject = _fund_before(text, start, w_start, w_end) or subject
        if who in ("ETF", "funds"):
            subject = _named_before_aside(text, start, w_start, w_end, mentions) or \
                _fund_kind_before(text, start, w_start, w_end) or subject
        if text[w_start:w_end].lower() == "trust" and (subject == who or phrase in _GENERIC):
            continue  # "lost trust"; "the Northern Trust sold $2 billion of bonds" is a bank
        if phrase in wordlists.fund_flow_verbs() and not _fund_lost(text, who, subject, money):
            continue
        fund = _FUND_AFTER.match(text, money[0].end if money else verb.end(), end) or \
            (_FUND_TYPE_AFTER.match(text, money[0].end, end) if money and who in _TO_FUNDS else None) or \
            (_ASSETS_AFTER.match(text, money[0].end, end) if money and subject == "funds" else None)
        if _PUT.match(verb.group()) and not (fund and money and
                                             _PUT_GAP.fullmatch(text, verb.end(), money[0].start)):
            continue
        named = _named_after(text, money[0].end, mentions) if money else None
        if fund:  # "investors pulled $2.1 billion from the SPDR S&P 500 ETF Trust"
            subject, taken = fund.group("name"), fund.end()
            if fund.group("prep") not in ("of", "in"):  # "parked $61 billion in money funds"
                direction = "in" if fund.group("prep") in ("into", "to") else "out"
            elif direction is None:
                continue
        elif named is not None and direction is not None:
            subject = named  # "bought a net HK$1.1 billion of Tencent": Tencent's flow, not all
        elif money and _part_of_market(text, verb.end(), money[0]):
            continue  # "unloaded 870 billion won of the chipmaker's stock": not their total
        elif who == "funds" and money and _NAMED_PLACE.match(text, money[0].end):
            continue  # "yanked $1.2 billion from the Acme Gold Basket": that one's flow, unnamed
        elif direction is None or not _strong_enough(who, text[w_start:w_end], phrase,
                                                      bool(money), _among_investors(whos, who)):
            continue
        elif phrase == "added" and not _INTO.match(text, money[0].end):
            continue  # "added $6.1 billion to equity funds", not "added $3 billion of bets"
        fact = _flow(text, start, end, session, subject, direction, money[0] if money else None)
        if not any(f.subject == subject and f.direction == direction for f in facts):
            facts.append(fact)
            facts += _running_total(text, start, end, session, subject,
                                    money[0].end if money else verb.end(), stop)
            if fund:
                listed, taken = _listed_funds(text, start, end, session, direction, taken,
                                              fund.group("prep"))
                facts += listed + _while_moving(text, start, end, session, taken)
    facts = _told_twice(facts)
    return facts + _leaders(text, start, end, session, mentions, facts) + [fact for _, fact in ranked]


# "pulled in $1.17 billion, led by BlackRock's iShares Bitcoin Trust with $970 million",
# "bought a net HK$9 billion, led by Tencent at HK$2.1 billion": the name leading the
# movers' flow, with its own share of the money right after it
_LED_BY = re.compile(r",?\s+led\s+by\s+(?:the\s+)?")
_LEADER_FUND = re.compile(rf"(?:{_NAME_WORD}['’]s\s+)?(?P<name>(?:{_NAME_WORD}\s+){{0,7}}?"
                          r"(?:ETF|Fund|Trust|Tracker)(?:\s+Trust)?)\b")
# the leader's amount, not its trading: "led by Tencent with HK$3 billion in turnover"
_NOT_FLOW_MONEY = re.compile(r"\s+(?:of|in)\s+(?:[\w-]+\s+)?(?:turnover|trading|volume|value|sales|revenue|"
                             r"market\s+(?:value|cap))\b")


def _leaders(text: str, start: int, end: int, session: str | None, mentions: list[Mention],
             flows: list[Fact]) -> list[Fact]:
    """The fund or stock "led by" which the movers' flow went, with its amount; its
    direction is that of the flow told before it, which must have been read."""
    pattern, directions, _, _ = wordlists.flow_words()
    facts: list[Fact] = []
    for led in _LED_BY.finditer(text, start, end) if flows else ():
        told = [(m, directions.get(" ".join(m.group().lower().split())))
                for m in pattern.finditer(text, start, led.start())]
        last = next(((m, d) for m, d in reversed(told) if d), None)
        # "..., as the Hang Seng rose 2%, led by Tencent": the leader of a move
        direction = last[1] if last and not _MOVED_FIRST.search(text, last[0].end(), led.start()) else None
        name, name_end = _leader_name(text, led.end(), mentions)
        at = _AT.match(text, name_end, end) if name else None
        money = _amounts(text, at.end(), end) if at else []
        if direction is None or not any(f.direction == direction and f.amount for f in flows) or \
                not money or money[0].start != at.end() or _NOT_FLOW_MONEY.match(text, money[0].end):
            continue
        facts.append(_flow(text, start, end, session, name, direction, money[0]))
    return facts


def _leader_name(text: str, pos: int, mentions: list[Mention]) -> tuple[str | None, int]:
    """The fund by its name ("BlackRock's iShares Bitcoin Trust") or the listed company
    the lexicon knows that starts at ``pos``, and where it ends."""
    fund = _LEADER_FUND.match(text, pos)
    if fund:
        return fund.group("name"), fund.end()
    company = next((m for m in mentions if m.start == pos and m.kind == "company" and
                    (m.ticker or m.company)), None)
    return (company.company or company.name, company.end) if company else (None, pos)


def _they(text: str, start: int, end: int, who_pattern, who_table: dict[str, str]
          ) -> list[tuple[int, int, str]]:
    """"Foreign investors net sold ... . Over the same period they net bought ...": "they"
    are the investors who open the sentence before, when they are a strong "who"."""
    they = _THEY.search(text, start, end)
    if they is None or not _THEY_OPENS.fullmatch(text, start, they.start()) or \
            text.startswith(" had ", they.end()):
        return []  # "Analysts said they bought": whose? "In May, they had sold": a past month's
    who = they and who_pattern.match(text, _sentence_before(text, start), start)
    canon = who and _canon(who.group(), who_table)
    return [(they.start(), they.end(), canon)] if canon in STRONG_WHO else []


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before ``start`` opens: after a full stop and a capital ("in the
    week through Nov. 8, Ministry of Finance data showed" goes on)."""
    pos = max(0, start - 2)
    while (dot := text.rfind(". ", 0, pos)) >= 0:
        if text[dot + 2:dot + 3].isupper():
            return dot + 2
        pos = dot
    return 0


def _fund_lost(text: str, who: str, subject: str, money: list[Quantity]) -> bool:
    """Whether "lost", "gained" tell a fund's flow: a named fund or kind of fund with an
    amount, not a bet's loss ("investors lost $2 trillion", "lost $5 billion on the bet")."""
    return who in ("ETF", "funds") and subject != who and bool(money) and \
        not _LOSS.match(text, money[0].end)


def _told_twice(facts: list[Fact]) -> list[Fact]:
    """"U.S. equity funds saw outflows, as investors pulled a net $12.5 billion": one flow,
    the kind of fund's, with the amount the plain "investors" or "funds" moved."""
    for plain in [f for f in facts if f.subject == "funds" and f.amount]:
        kind = next((f for f in facts if f.subject.endswith(" funds") and not f.amount
                     and f.direction == plain.direction), None)
        if kind is not None:
            kind.amount, kind.currency = plain.amount, plain.currency
            facts.remove(plain)
    # "ETF inflows were led by the Yuanta Taiwan 50 ETF, which took in NT$6.8 billion": the
    # ETFs' amountless flow is the named fund's, told first as a class
    for plain in [f for f in facts if f.subject == "ETF" and not f.amount]:
        if any(f is not plain and f.direction == plain.direction and f.amount and
               _FUND_HEAD.search(f.subject) for f in facts):
            facts.remove(plain)
    return facts


def _listed_funds(text: str, start: int, end: int, session: str | None, direction: str,
                  pos: int, prep: str) -> tuple[list[Fact], int]:
    """"bought a net $9.7 billion of U.S. equity funds, $4.8 billion of European funds and
    $1.1 billion of Asian funds", "pulled $3.3 billion from tech funds and $1.9 billion from
    European equity funds": each kind of fund with its amount, told with the first one's
    preposition; and where they end."""
    facts: list[Fact] = []
    while joint := _NEXT.match(text, pos, end):
        money = _amounts(text, joint.end(), end)
        fund = _FUND_TYPE_AFTER.match(text, money[0].end, end) \
            if money and money[0].start == joint.end() else None
        if fund is None or fund.group("prep") != prep:
            break
        facts.append(_flow(text, start, end, session, fund.group("name"), direction, money[0]))
        pos = fund.end()
    return facts, pos


def _while_moving(text: str, start: int, end: int, session: str | None, pos: int) -> list[Fact]:
    """", while pulling $1.4 billion from technology ETFs" right after the movers' first fund:
    the other fund's flow, its direction the preposition's."""
    clause = _WHILE_MOVING.match(text, pos, end)
    money = _amounts(text, clause.end(), end) if clause else []
    if not money or not _PUT_GAP.fullmatch(text, clause.end(), money[0].start):
        return []
    fund = _FUND_AFTER.match(text, money[0].end, end) or _FUND_TYPE_AFTER.match(text, money[0].end, end)
    if fund is None or fund.group("prep") in ("of", "in"):
        return []
    direction = "in" if fund.group("prep") in ("into", "to") else "out"
    return [_flow(text, start, end, session, fund.group("name"), direction, money[0])]


def _flow_noun_before(text: str, start: int, end: int, session: str | None, who: str,
                      into: re.Match[str], who_end: int, stop: int) -> Fact | None:
    """The money of a flow noun before its funds, its direction the noun's."""
    money = _amounts(text, who_end, min(stop, who_end + MAX_REACH))
    if not money or _MODAL.search(text, into.start(), money[0].start):
        return None
    direction = "in" if into.group("noun").lower().startswith("in") else "out"
    return _flow(text, start, end, session, who, direction, money[0])


def _running_total(text: str, start: int, end: int, session: str | None, subject: str,
                   pos: int, stop: int) -> list[Fact]:
    """"were net sellers of 6.7 billion yuan, trimming their net buying for the week to 2.1
    billion yuan": the total's direction is its flow noun's."""
    pattern, directions, _, _ = wordlists.flow_words()
    running = _RUNNING.search(text, pos, stop)
    noun = pattern.match(text, running.end(), stop) if running else None
    to = _RUNNING_TO.match(text, noun.end(), stop) if noun else None
    money = _amounts(text, to.end(), stop) if to else []
    direction = directions.get(" ".join(noun.group().lower().split())) if noun else None
    if not money or money[0].start != to.end() or direction is None:
        return []
    return [_flow(text, start, end, session, subject, direction, money[0])]


def _ranked_flows(text: str, start: int, end: int, session: str | None,
                  mentions: list[Mention], about_flows: bool) -> list[tuple[int, Fact]]:
    """Flows of one stock or fund, told by its name: "Tencent drew the largest net purchases,
    at HK$3.2 billion, followed by Xiaomi at HK$1.9 billion"; each with where its name starts."""
    pattern, directions, _, _ = wordlists.flow_words()
    facts: list[tuple[int, Fact]] = []
    for verb in _RANKED.finditer(text, start, end):
        owner, name, is_fund = _flow_owner(text, start, verb.start(), mentions)
        noun = pattern.match(text, verb.end(), end)
        phrase = " ".join(noun.group().lower().split()) if noun else ""
        money = _amounts(text, noun.end() if noun else verb.end(), end)
        fund_flow = phrase in _FUND_FLOWS and (is_fund or about_flows and phrase.startswith("net"))
        if phrase in _STOCK_FLOWS or fund_flow or \
                phrase in _RANKED_TRADING and _ranked_trading(text, verb, noun.end(), money, about_flows):
            direction = directions[phrase]
        elif not noun and verb.group("verb") in _ATTRACTS and about_flows and money and \
                money[0].start == verb.end():
            direction = "in"  # "with Kweichow Moutai attracting 1.1 billion yuan"
        else:
            continue
        if name is None:
            continue
        rest = _FOLLOWED.search(text, verb.end(), end)
        reach = min(rest.start() if rest else end,
                    verb.end() + RANK_REACH + _movers_told(text, noun.end() if noun else verb.end(), end))
        money = [q for q in money if q.end <= reach]
        pair = _ranked_before(text, start, owner, mentions)
        if pair:  # "Tencent and Alibaba drew the biggest net purchases"
            facts += _ranked_pair(text, start, end, session, [*pair, (owner, name)],
                                  direction, money)
            continue
        facts.append((owner, _flow(text, start, end, session, name, direction,
                                   money[0] if money else None)))
        facts += [(owner, f) for f in _followers(text, start, end, session, mentions, rest,
                                                 direction)]
    return facts + _passive_ranked(text, start, end, session, mentions, about_flows)


def _ranked_trading(text: str, verb: re.Match[str], pos: int, money: list[Quantity],
                    about_flows: bool) -> bool:
    """"Meituan saw the heaviest selling, at HK$1.3 billion": a name ranked by its trading
    with the amount in its clause, among investors' flows or told as net."""
    gap = verb.group("top") and money and _TRADING_AMOUNT.fullmatch(text, pos, money[0].start)
    if not gap or _LOSS.match(text, money[0].end):
        return False
    return about_flows or gap.group("net") is not None


def _passive_ranked(text: str, start: int, end: int, session: str | None,
                    mentions: list[Mention], about_flows: bool) -> list[tuple[int, Fact]]:
    """"China Mobile was net sold to the tune of HK$388 million": "net" tells a flow; "the
    most sold" does with an amount in its clause, told as a flow or among investors' flows."""
    pattern = wordlists.flow_words()[0]
    facts: list[tuple[int, Fact]] = []
    for verb in _PASSIVE_RANKED.finditer(text, start, end):
        owner, name, _ = _flow_owner(text, start, verb.start(), mentions)
        gap = _PASSIVE_GAP.match(text, verb.end(), end)
        money = [q for q in _amounts(text, verb.end(), gap.end())
                 if not _OTHER_CLAUSE.search(text, verb.end(), q.start) and
                 not _NOT_FLOW_MONEY.match(text, q.end)][:1]
        told = verb.group("net") or money and (about_flows or verb.group("item") or
                                               pattern.search(text, verb.end(), money[0].start))
        if name is None or not told:
            continue
        facts.append((owner, _flow(text, start, end, session, name,
                                   "out" if verb.group("passive") == "sold" else "in",
                                   money[0] if money else None)))
    return facts


def _movers_told(text: str, pos: int, end: int) -> int:
    """The length of "by southbound traders" right at ``pos``, or 0."""
    by = _BY_WHO.match(text, pos, end)
    who = by and wordlists.flow_words()[2].match(text, by.end(), end)
    return who.end() - pos if who else 0


def _ranked_before(text: str, start: int, owner: int,
                   mentions: list[Mention]) -> list[tuple[int, str]]:
    """The companies listed right before a ranked name that share its verb, each with
    where it starts: "Tencent and" in "Tencent and Alibaba drew the biggest net purchases"."""
    names: list[tuple[int, str]] = []
    while company := next((m for m in mentions if m.kind == "company" and (m.ticker or m.company)
                           and m.end > start and _JOIN.fullmatch(text, m.end, owner)), None):
        names.insert(0, (company.start, company.company or company.name))
        owner = company.start
    return names


def _ranked_pair(text: str, start: int, end: int, session: str | None,
                 names: list[tuple[int, str]], direction: str, money: list[Quantity],
                 ) -> list[tuple[int, Fact]]:
    """Names sharing one ranked flow: one amount each, in order, with "respectively";
    else whose amount is whose is not told, and none has one."""
    if not (len(money) == len(names) and
            _RESPECTIVELY.search(text, money[-1].end, min(end, money[-1].end + 20))):
        money = []
    return [(owner, _flow(text, start, end, session, name, direction,
                          money[k] if money else None)) for k, (owner, name) in enumerate(names)]


def _flow_owner(text: str, start: int, pos: int,
                mentions: list[Mention]) -> tuple[int, str | None, bool]:
    """Where the fund or listed company named right before ``pos`` starts, its name and
    whether it is a fund: "the CSOP Xiaomi Daily (2x) Leveraged Product", "The Tracker Fund
    of Hong Kong"."""
    product = _PRODUCT.search(text, max(start, pos - 100), pos)
    if product:
        return product.start(), product.group("name"), True
    company = next((m for m in mentions if m.end == pos and m.kind == "company" and
                    (m.ticker or m.company)), None)
    if company is None:
        return pos, None, False
    return company.start, company.company or company.name, bool(_FUND_HEAD.search(company.name))


def _followers(text: str, start: int, end: int, session: str | None, mentions: list[Mention],
               rest: re.Match[str] | None, direction: str) -> list[Fact]:
    """"followed by Xiaomi at HK$1.9 billion and Meituan at HK$1.2 billion"."""
    facts: list[Fact] = []
    pos = rest.end() if rest else None
    while pos is not None:
        company = next((m for m in mentions if m.start == pos and m.kind == "company" and
                        (m.ticker or m.company)), None)
        at = _AT.match(text, company.end, end) if company else None
        money = _amounts(text, at.end(), end) if at else []
        if not money or money[0].start != at.end():
            break
        facts.append(_flow(text, start, end, session, company.company or company.name,
                           direction, money[0]))
        joint = _NEXT.match(text, money[0].end, end)
        pos = joint.end() if joint else None
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
            if q.money and q.unit is None and SCALED_MONEY.search(q.money)]


def _amount_before(text: str, who_end: int, verb: re.Match[str]) -> list[Quantity]:
    """"bond funds drew $7.1 billion of inflows": the amount of a flow noun before it."""
    return [q for q in _amounts(text, who_end, verb.start())
            if _OF_FLOWS.fullmatch(text, q.end, verb.start())]


def _flow_word(text: str, pattern: re.Pattern[str], pos: int, endpos: int) -> re.Match[str] | None:
    """The first flow word in ``text[pos:endpos]`` that is not a streak in an aside or one
    that ended: "purchased a net 412 billion won, snapping a six-day selling streak" is a
    purchase; "returned after a three-day selling spree" tells no selling."""
    for m in pattern.finditer(text, pos, endpos):
        streak = _STREAK.match(text, m.end())
        if not (streak and ("," in text[pos:m.start()] or
                            _STREAK_ENDED.search(text, max(pos, m.start() - 60), m.start()))):
            return m
    return None


def _holdings_participle(text: str, pattern: re.Pattern[str], directions: dict[str, str],
                         direction: str | None, pos: int, stop: int) -> re.Match[str] | None:
    """"cut their holdings, selling $2 billion": the participle after a change in holdings
    that moves money the same way, with its amount."""
    gap = _HOLDINGS_GAP.match(text, pos, stop)
    verb = pattern.match(text, gap.end(), stop) if gap else None
    if verb is None or not verb.group().lower().endswith("ing") or \
            directions.get(" ".join(verb.group().lower().split())) != direction:
        return None
    return verb if _amounts(text, verb.end(), stop) else None


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


def _part_of_market(text: str, verb_end: int, money: Quantity) -> bool:
    """Whether the money bought one stock told by reference ("of the stock", "of its
    shares") or one sector ("of telecom shares", "sold bank stocks worth ...")."""
    obj = _OBJECT_AFTER.match(text, money.end) or _OBJECT_BEFORE.fullmatch(text, verb_end, money.start)
    if obj is None:
        return False
    words = obj.group("obj")
    sectors = wordlists.sector_words()
    return words.startswith(("the ", "its ")) or bool(sectors.pattern.search(words)) or \
        any(w in sectors.modifiers for w in words.split()[:-1])


def _fund_before(text: str, start: int, who_start: int, who_end: int) -> str | None:
    """"The Huatai-PineBridge CSI 300 ETF drew inflows", "the Invesco QQQ Trust shed $1.8
    billion": one fund, by its name."""
    name = _FUND_NAME.search(text, max(start, who_start - 80), who_start)
    if name is None or text[who_start:who_end] not in ("ETF", "Trust"):
        return None
    trust = _TRUST.match(text, who_end)
    return text[name.start(1):trust.end() if trust else who_end]


def _fund_kind_before(text: str, start: int, who_start: int, who_end: int) -> str | None:
    """"Money market funds attracted $41 billion, while bond funds drew $6 billion", "Equity
    ETFs took in $19.6 billion": each kind of fund as written (not both "funds")."""
    if text[who_start:who_end].lower() not in ("funds", "etfs"):
        return None
    clause = text[start:who_end]  # the sentence so far: "^" is its start
    kind = wordlists.fund_kind().search(clause)
    return clause[kind.start("kind"):] if kind else None


def _named_before_aside(text: str, start: int, who_start: int, who_end: int,
                        mentions: list[Mention]) -> str | None:
    """"The Tracker Fund of Hong Kong, the city's largest exchange-traded fund, drew ...":
    a fund word in an aside describes the name before it, whose flow it is."""
    aside = _ASIDE_BEFORE.search(text, max(start, who_start - 60), who_start) \
        if _ASIDE_END.match(text, who_end) else None
    named = next((m for m in mentions if aside and m.end == aside.start() and
                  m.kind == "company" and (m.ticker or m.company)), None)
    return (named.company or named.name) if named else None


def _describes(text: str, mover: tuple[int, int, str], who: tuple[int, int, str]) -> bool:
    """"Trust banks, a proxy for pension funds, bought ...": a mover in an aside right after
    another describes it and moves no money of its own."""
    aside = _ASIDE_BEFORE.search(text, mover[1], who[0])
    return aside is not None and aside.start() == mover[1] and bool(_ASIDE_END.match(text, who[1]))


def _one_phrase(text: str, mover: tuple[int, int, str], who: tuple[int, int, str]) -> bool:
    """"via the northbound Stock Connect", "the northbound leg of Stock Connect": a mover
    right after another names the same one."""
    return bool(_PART_OF_ROUTE.fullmatch(text, mover[1], who[0]))


def _canon(phrase: str, table: dict[str, str]) -> str:
    low = " ".join(phrase.lower().split())
    return table.get(low, low)


def _is_noun_form(text: str, end: int) -> bool:
    """"foreign buying", "southbound net buying": the who phrase holds the flow word."""
    return bool(re.match(r"\s*(?:net\s+)?(?:buying|selling)\b", text[end:end + 20])) or \
        text[max(0, end - 7):end].strip().lower() in ("buying", "selling", "inflows", "utflows")


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
    if phrase in _CROWDING and not has_money:
        return False
    return phrase not in _GENERIC and (has_money or " " in phrase or phrase.endswith("flows"))
