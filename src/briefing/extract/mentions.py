"""Who a sentence talks about: lexicon names, sectors, back-references, unknown names.

Each ``Mention`` has a kind: ``index``, ``company``, ``firm`` (from the lexicon or an
unknown name as written), ``sector``, ``market`` ("Taiwan stocks": its main index),
``ref`` (a pronoun or "the gauge", resolved by the caller) or ``generic`` ("the market",
"investors": never a subject, but it blocks a move from jumping to a name further left).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import wordlists
from .lexicon import Entry, Lexicon, tokens

_CAP = r"[A-Z][\w&.'’-]*"
# up to 12 words: two long names joined by "and" ("... Commercial Trust and Mapletree Pan Asia ...")
_UNKNOWN = re.compile(rf"{_CAP}(?:(?:\s+(?:&|and|of|de|do|da|dos|das|du|la|dei|di|del|della|der|"
                      rf"van|von)\s+|\s+){_CAP}){{0,11}}")  # "Banco do Brasil", "Monte dei Paschi"
_SUFFIX = re.compile(r"(?:,?\s+(?:Holdings|Group|HOLDINGS|GROUP|" + "|".join(
    re.escape(form) + r"\.?" for form in sorted(wordlists.lines("legal_forms.txt"), key=len,
                                                reverse=True)) + r")(?![\w]))+")
_COUNTRY_AFTER = re.compile(r" ([A-Z][a-z]{3,})(?![\w'’-]| [A-Z])")
_GROUP_AFTER = re.compile(r"\s+(?:Holdings?|Group|Financial|HOLDINGS?|GROUP)(?![\w])")
_GROUP_WORD = re.compile(r"\b(?:Holdings?|Group|Financial)\b", re.IGNORECASE)
# "Alphabet's Class C shares": a share class belongs to the name before it
_SHARE_CLASS = re.compile(r"(?:['’]s)?\s+[Cc]lass\s+[A-Z](?![\w'’-])")
# "Nasdaq 100 contracts climbed 0.8%", "the S&P contract up 0.1%": an index's contracts are
# its futures (not "options contracts")
_FUTURES = re.compile(r"\s+(?:index\s+)?(?:(?:futures|E-minis?|e-minis?)(?:\s+contracts?)?|contracts?)"
                      r"(?![\w])")
# "Futures tied to the blue-chip Dow", "futures on the STOXX 600": the index's futures
# ("contracts on the Nasdaq 100": index contracts are its futures, not options contracts)
_FUTURES_ON = re.compile(r"(?<![\w-])(?:[Ff]utures|E-minis?|e-minis?|(?<![Oo]ptions\s)[Cc]ontracts|"
                         r"(?P<those>those))"
                         r"(?:\s+contracts)?\s+(?:tied\s+to|linked\s+to|on|tracking)\s+(?:the\s+)?$")
# "e-mini futures on the S&P 500 down 0.4% and those on the Nasdaq 100 off 0.7%"
_FUTURES_WORD = re.compile(r"\b(?:[Ff]utures|E-minis?|e-minis?|[Cc]ontracts)\b")
# "the equal-weighted Nasdaq-100": another index than the Nasdaq-100
_VARIANT_BEFORE = re.compile(r"(?<![\w-])(?:[Ee]qual[- ]weight(?:ed)?|[Ee]qually[- ]weighted)\s+$")
# "(NASDAQ: ACMR)", "[SHE:002050]": the exchange is not the name, only the code after it is
# looked up
_PAREN = re.compile(r"\.?\s*[(<\[](?:[A-Z][A-Za-z]{1,5}:\s?)?([A-Z0-9][A-Za-z0-9.\-]{0,11})[)>\]]")
# Reuters writes instrument codes bare after a name: ".DJI", "0700.HK", "CLc1", "EUR="
_RIC = re.compile(r"\s+(\.[A-Z0-9][A-Za-z0-9]{1,14}|[A-Z0-9]{1,8}\.[A-Z]{1,3}|[A-Z]{1,6}c\d|"
                  r"[A-Z]{3}=)(?=[\s,;:)]|\.?$|\.\s)")
# "The iShares Russell 2000 ETF", "the SPDR S&P 500 ETF Trust", "the iShares Bitcoin Trust",
# "the SPDR Gold Trust": a fund, named as written, never the index it tracks nor its sponsor
_FUND = re.compile(r"(?<![\w&.'’-])(?:[A-Z]|i[A-Z])[\w&.'’+-]*(?:\s+(?:[A-Z0-9][\w&.'’+-]*|&)){0,6}?"
                   r"\s+(?:ETF(?:\s+Trust)?|(?:Bitcoin|Ethereum|Ether|Gold|Silver)\s+Trust)"
                   r"(?![\w-])")
_CODE_PREFIX = re.compile(r":[A-Z0-9]")
_CODE = re.compile(r"[A-Z0-9]*(?:[A-Z]\d|\d[A-Z])[A-Z0-9]*|[A-Z]{1,6}c\d")
_NONSPACE = re.compile(r"\S+")
_GLUED_PRICE = re.compile(r"[A-Z][A-Za-z]{0,2}\d[\d,]*[.,]\d+")  # "RM13.50", "Rp1,300": a price
_ADJECTIVE = re.compile(r"-(?:listed|based|traded|focused|heavy|backed|owned|controlled|linked|"
                        r"related|made|style|led|driven|fuelled|fueled|powered|sensitive|"
                        r"exposed|oriented|themed|parent|owner|operator|maker|affiliate)$")
# "a Bloomberg Intelligence gauge of the shares", "Black Monday": a name that names no mover
_MAKER_OF = re.compile(r"\s+(?:gauge|measure|basket|tracker|index\s+of)\b")
# "Watchmaker Swatch Group", "Toymakers": a "-maker" word describes the company after it
_MAKER_WORD = re.compile(r"[A-Z][a-z]+makers?")
# "the Photoshop maker", "the ChatGPT owner": a product named to describe its company
_PRODUCT_OF = re.compile(r"\s+(?:maker|makers|owner|operator|developer|creator)\b")
# "Cambricon, often dubbed China's Nvidia, surged": a nickname of the company named before
_NICKNAMED = re.compile(r"\b(?:dubbed|nicknamed|billed\s+as|touted\s+as|so-called)"
                        r"\s+(?:(?:the|a|an)\s+|[A-Z][\w.&-]*'s?\s+)?$")
# "Memory prices are still rising", "Lithium prices fell": a good's prices, not a company
_PRICES_OF = re.compile(r"\s+prices\b")
# "strong AI ASIC demand", "the Labubu craze": a theme or product before its trend noun
_THEME_OF = re.compile(r"\s+(?:" + "|".join(
    re.escape(w) for w in sorted(wordlists.lines("theme_nouns.txt"), key=len, reverse=True))
    + r")\b(?![-'’])")
# "Iron ore (SGX) flat", "Copper (LME) futures +1.2%": the exchange a commodity trades on
_VENUE_OF = re.compile(r"\b(?P<commodity>[A-Za-z]+(?: [a-z]+)?)(?:\s+(?:futures|prices?|contracts?))?"
                       r"\s*\($")
_PAREN_WORDS = re.compile(r"\s*\([A-Z][\w ]{1,30}\)")
_HK_CODE = re.compile(r"\d{4,5}")
_HK_SUFFIX = re.compile(r"-(?:W|SW|S|R)$")
_DAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday"})
_WORD_BEFORE = re.compile(r"(?<![\w.&'’-])([A-Z][\w&.'’-]*) $")
# "Sumitomo Realty & Development", "Keppel Land & Marine": a name goes on after "&"
_AMPERSAND_NAME = re.compile(r" & [A-Z]")
_RUNNING_ON = re.compile(r"['’]s\b|,|\s*\(|\s+[a-z0-9$]")
_OPENING = re.compile(r"[\s\"'“‘•*-]+")
_LINE_OPENING = re.compile(r"[\s•*·–▲▼△▽-]+")  # a bullet or a row's arrow before its first word
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_ACRONYM_BEFORE = re.compile(r"(?<![\w&./'’-])([A-Z]{2,6}) $")
# "Nikkei 300 fell", not "Nikkei 38,540" (a level) nor "Nikkei 300 points"
_NUMBER_AFTER = re.compile(r" \d{2,4}(?= (?!points?\b|pts\b|per\b|percent\b|pct\b)[A-Za-z(])")
_WORDS_THEN_INDEX = re.compile(r"(?: [A-Z][\w&'-]*){1,3}( [Ii]ndex)\b")
# "The S&P 500 technology index", "the S&P 500 financials sector (index)": a sector's index
_SECTOR_INDEX = re.compile(r" (?P<sector>[a-z][a-z ]{1,30}?) (?:sector )?"
                           r"(?:index|sub-index|sector)\b")
_NAME_GOES_ON = re.compile(r"[\d&+] $")
_WORD_NUMBER_BEFORE = re.compile(r"(?<![\w.&'’-])([A-Z][\w&'’-]*) \d{1,3} $")  # "One 97 "
_INDEX_TAIL = re.compile(r"\s+index\b")
# "this year", "those losses": a determiner with its noun, not a subject
_NOUN_AFTER = re.compile(r"\s+(?:year|week|month|quarter|morning|afternoon|session|day|time|"
                         r"gains|losses|advances|declines)\b")
# "shares in Hong Kong", "stocks in Shanghai and Shenzhen": the places are where, not who
_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|on|at|from|to|across|of|for|by|than)\s+"
                                 r"(?:(?:[A-Z][\w.]*\s+){1,2}(?:and|or)\s+)?$")
# "in Shenzhen and Kidswant": a place after these is where a move was, no part of a name
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|across)\s+$")
# "Gains in HSBC and Standard Chartered ..., as the Asia-focused lenders rallied", "the two
# lenders": the companies named before, no sector
_NAMED_BEFORE = re.compile(r"\b(?i:the|both)\s+(?:two|three|four|[\w-]+-(?:focused|exposed))\s+$")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]")
# "Paris -0.4%, Frankfurt +0.2%", "Milan: ▼0.7%": a live blog's round-up of bourses by city
_SIGNED_AFTER = re.compile(r"\s*:?\s*\(?(?:[+\-−]|[▲▼]\s?)\d")
# "the Paris Bourse ended down 1.2%": a city's exchange is its market (not "the Johannesburg
# Stock Exchange's Top-40 index", nor an exchange's own shares: "... Stock Exchange Group")
_EXCHANGE_AFTER = re.compile(r"\s+(?:[Bb]ourse|[Ss]tock [Ee]xchange|[Ss]tock [Mm]arket)\b"
                             r"(?!['’]s|\s+(?:Group|[Ss]hares)\b)")
_OWNER_BEFORE = re.compile(r"(?:['’]s|\bits|\btheir)\s+$")
# a wire headline's topic slug: "STOCKS-Asia slips", "GLOBAL MARKETS-Stocks rise"
# not "NYSE-listed", nor a Hong Kong share class ("XIAOMI-W")
_SLUG = re.compile(r"(?:[A-Z]{2,}\s+)*[A-Z]{3,}(?:\s\d)?-(?![a-z]|(?:W|SW|S|R)\b)")
# "AirPods 2 dropped to $139": a product and its model number, not a company
_MODEL_NUMBER = re.compile(r"\s\d{1,3}\s+[a-z]")
MEMBER_AFTER = re.compile(r"\s+(?:gainers?|losers?|decliners?|advancers?|performers?|risers?|"
                           r"fallers?|constituents?|components?|members?|heavyweights?|"
                           r"laggards?|leaders?|"
                           r"stock(?!\s+(?:index|average|gauge|market|exchange)\b))\b")
# "'s shares", "'s Nasdaq-listed shares", "'s local shares": a company's own listing
_SHARES_AFTER = re.compile(r"\s+(?:(?:[\w.]+\s+)?[\w.]+-listed\s+|(?:" + "|".join(
    sorted(wordlists.gap_words()["listing_where"])) + r")\s+)?(?:shares|stock|ADRs)\b")
_CONTRACTION = re.compile(r"[’'](?:m|re|ve|ll|d|t)\b")
# "Profit-taking", "Bargain-hunting", "Short-covering" open sentences capitalised; a
# name's parts are capitalised after a hyphen too ("Coca-Cola", "Rolls-Royce")
_COMMON_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
INDEX_WORDS = frozenset({"Index", "Average", "Composite", "Indices"})
STOCK_REF = "the stock"  # the name of a mention that refers back to a company
DESCRIBED_REF = "the company described"  # ... by what it does ("The chipmaker is down 9%")
HOUSE_REF = "the brokerage"  # ... and to a research house ("The brokerage also upgraded")
# ... and, as the object of a call, by a relative clause ("rating on the stock, which rose")
RELATED_REF = "the company called"
THEY_REF = "they"  # ... and, opening a sentence, to the shares moved just before
# a live line's subjectless quote, "Last up 6.8% at ¥24,950", "Last -2.1%": the shares of
# the one company the line before moved
LAST_REF = "last quoted"
_LAST_QUOTE = re.compile(r"Last\s+(?:(?:up|down|higher|lower)\s+)?[+\-−]?\s?\d")
# "the bank", "the firm" only before a rating change ("The bank also downgraded CR Land"):
# elsewhere they may be a lender or a company named before
_CHANGED = wordlists.trie_pattern(sorted(wordlists.view_shifts().change_stances), fold=True)
_HOUSE_REF = wordlists.Folded(r"(?<![\w$-])the\s+(?:[\w.-]+\s+){0,2}?(?:brokerage|broker|"
                              r"investment bank|research house|(?:bank|firm)(?=\s+(?:also\s+)?"
                              rf"(?:{_CHANGED})\s))(?![\w-])")
# "Shares fell 3.2%" opening a sentence, or after a name as a label ("Tesla — Shares fell
# 4%"): a company named before (not "Shares in Asia")
_BARE_SHARES = re.compile(r"(?:[^\s—–:]+\s+){0,5}?(?:[^\s—–:]+\s*(?:[—–:]|\s-)\s+)?"
                          r"(?P<ref>Shares)\s+(?!(?:in|of|on|across|around|at|from|for|and|to|"
                          r"with|elsewhere|listed|traded)\b)[a-z]")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str
    name: str
    ticker: str | None = None
    company: str | None = None  # a research firm's listed company ("HSBC": HSBC Holdings)


# an index told by its size: "The 225-issue benchmark closed down 2.7%", "the 30-stock average"
_SIZED_REF = (r"the\s+\d+-(?:issue|stock|share|member|company)\s+"
              r"(?:benchmark|index|gauge|average|barometer)")


@cache
def _patterns() -> tuple[wordlists.Folded, frozenset[str]]:
    """One case-blind pass finds sector phrases, back-references and generic subjects."""
    sectors = wordlists.sector_words()
    fold = wordlists.trie_pattern
    mods, heads = fold(list(sectors.modifiers), True), fold(list(sectors.heads), True)
    nouns = fold(list(sectors.nouns), True)
    refs = fold(sorted(wordlists.lines("pronouns.tsv")), True)
    generic = fold(sorted(wordlists.lines("descriptions.tsv")), True)
    # a bare modifier names a sector only right after "in"/"by" and before the clause
    # ends: "gains in utilities offset weakness in tech", "led by shipping and insurance"
    linked = r"(?:-(?:related|linked))?"  # "Defence-related names", "AI-linked shares"
    noun_head = r"(?:\s+(?:sector\s+)?sub-index|\s+sector)?"  # "The financials sub-index gained"
    # the sector's companies own the shares: "Chinese developers' Hong Kong-listed shares"
    owned = r"(?:['’]\s+(?:(?:[\w.]+\s+)?[\w.]+-listed\s+)?(?:stocks|shares|counters))?"
    bare_end = r"(?=\s*(?:[,.;:]|$)|\s+(?:offset|while|as|on|after|amid)\b)"
    demonym = r"(?:(?:chinese|japanese|korean|european|u\.s\.|us)\s+)?"  # "a rebound in Chinese tech"
    # a sector scorecard's line opens with a bare modifier: "Coal: -1.7%", "Defence &
    # military: +3.8%", "· Liquor -0.7%" (checked to open its line in find_mentions)
    label = rf"(?P<label>{mods})(?:\s*(?:&|and)\s*(?:{mods}))?(?=(?::\s*|\s+)[+\-−]\s?\d[\d.,]*\s?%)"
    # ... or is listed in one line with its signed figure: "Sectors: Tech -1.4%, Property -1.1%"
    scored = rf"(?<=[,:] )(?P<scored>{mods})(?=\s[+\-−]\d[\d.,]*\s?%)"
    # a place's sector index: "Europe's autos and parts index", "Europe's aerospace and
    # defence index" (not "the food index": a consumer price index's part)
    # ... or an index compiler's ("the CSI liquor index", "a KRX defense-related index")
    makers = "".join(rf"|(?<=\b{re.escape(w.lower())} )" for w in wordlists.index_makers())
    indexed = rf"(?:(?<=['’]s ){makers})(?P<indexed>{mods}|{nouns})(?:\s+(?:and|&)\s+[a-z]+)?" \
        rf"{linked}\s+(?:sub-)?index"
    pattern = wordlists.Folded(
        rf"(?<![\w$-])(?:{indexed}|(?P<mod>{mods})(?:\s+and\s+(?P<mod2>{mods}))?{linked}[\s-]"
        rf"(?:(?:stocks|shares)\s)?(?P<head>{heads})|(?P<noun>{nouns}){noun_head}{owned}|"
        rf"(?P<ref>{refs}|{_SIZED_REF})|"
        rf"(?P<generic>{generic})|(?<=\sin |\sby ){demonym}(?P<bare>{mods})"
        rf"(?:\s+and\s+(?P<bare2>{mods}))?{bare_end}|{scored}|{label})(?![\w-])"
    )
    return pattern, wordlists.lines("nonnames.txt")


@cache
def _stock_ref() -> wordlists.Folded:
    """"The stock slid", "its Hong Kong-listed shares", "the liquor maker's shares",
    "shares of (in) the carmaker": a company named before, resolved by the caller."""
    describer = wordlists.trie_pattern(sorted(wordlists.gap_words()["descriptor"]), fold=True)
    description = rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{describer})"
    place = wordlists.trie_pattern(sorted(wordlists.places()), fold=True)
    return wordlists.Folded(
        rf"(?<![\w$-])(?:(?:the|its)\s+(?:{description}['’]s\s+|"
        r"(?:[a-z][\w-]*\s+){1,3}?(?=stock\b))?(?:(?:[\w.]+\s+)?[\w.]+-(?:listed|traded)\s+|"
        rf"(?:{place})(?:\s+(?:{place}))?\s+)?(?:[ah][- ])?(?:shares|stock|adrs)"
        r"(?!\s+(?:of|in|market|markets|exchange|exchanges|index|indices|indexes|connect|"
        r"benchmark|gauge|futures|options|picks?|pickers?)\b)|"
        rf"shares\s+(?:of|in)\s+the\s+{description})(?![\w-])")


@cache
def _stripped() -> frozenset[str]:
    """Words dropped from either end of an unknown name: the non-names that cannot be
    part of one ("The", "Shares", "Monday")."""
    return wordlists.lines("nonnames.txt") - wordlists.lines("nameparts.txt")


@cache
def _sector_table(modifier: bool) -> dict[str, str]:
    sectors = wordlists.sector_words()
    table = sectors.modifiers if modifier else sectors.nouns
    return {" ".join(k.lower().split()): v for k, v in table.items()}


def find_mentions(text: str, start: int, end: int, lexicon: Lexicon, market: str | None,
                  allow_unknown: bool = True) -> list[Mention]:
    found: list[Mention] = []
    funds = _funds(text, start, end)
    for m in lexicon.find(text, start, end, market):
        if m.entry.kind == "company" and text[m.start - 1:m.start] == "/":
            continue  # "the Caixin/S&P Global PMI": a survey's sponsors, no company's move
        if _CODE_PREFIX.match(text, m.end):
            continue  # "BX:TMUBMUSD10Y": MarketWatch's code of a quote, no name
        if m.entry.kind == "company" and _commodity_venue(text, m.start):
            continue  # "Brent (ICE) -1%": the exchange the oil trades on, no move of its own
        if m.entry.kind in ("company", "firm") and _another_group(text, m.end, end, m.entry):
            continue  # "China Rare Earth Holdings" is not China Rare Earth, "Truist Financial"
            # not the broker Truist: an unknown name
        if m.entry.kind != "company" and any(f.start <= m.start < f.end for f in funds):
            continue
        mention = _lexicon_mention(text, m.start, m.end, end, m.entry, lexicon.listed_as(m.entry))
        if mention.kind == "index" and MEMBER_AFTER.match(text, mention.end, end) or \
                mention.kind == "firm" and _MAKER_OF.match(text, mention.end, end):
            mention.kind = "generic"  # "the top Hang Seng gainer", "a Bloomberg ... gauge"
        if mention.kind == "company" and _NICKNAMED.search(text, max(start, m.start - 40), m.start):
            mention.kind = "generic"
        if _described_tech(text, mention, m.entry, found):
            mention = Mention(mention.start, mention.end, "ref", text[m.start:m.end])
        if mention.kind == "company" and mention.name in wordlists.lines("own_adrs.txt"):
            mention = _own_adr(text, end, mention)
        if mention.kind == "index":
            mention = _sector_index(text, end, mention) or _futures_on(text, start, mention) \
                or _longer_index(text, start, end, mention)
        _add(found, _local_arm(text, end, mention))
    for m in [*funds, *_stock_refs(text, start, end)]:
        _add(found, m)
    pattern, _ = _patterns()
    for m in pattern.finditer(text, start, end):
        if m.group("generic") and _NOUN_AFTER.match(text, m.end()):
            continue
        if _lower_acronym(text, m):
            continue  # "as it firms up": no "IT firms"
        if m.group("ref") and text[m.start():m.end()] == "IT":
            continue  # "as IT, banking stocks bleed": the sector, listed, not "it"
        if m.group("ref"):
            _add(found, _other_index(m, lexicon, market, found, text) or
                 Mention(m.start(), m.end(), "ref", m.group()))
        elif m.group("generic"):
            _add(found, Mention(m.start(), m.end(), "generic", m.group()))
        elif m.group("indexed"):
            if _proper_index_name(text, m.start()):
                continue  # "The CSI Liquor Index": the index's own name, an index
            word = m.group("indexed")
            _add(found, Mention(m.start(), m.end(), "sector",
                                _sector(word, word in _sector_table(True))))
        elif m.group("mod2") or m.group("bare"):  # "luxury and auto stocks": two sectors
            first, second = ("mod", "mod2") if m.group("mod") else ("bare", "bare2")
            _add(found, Mention(m.start(), m.end(first), "sector",
                                _sector(m.group(first), True)))
            if m.group(second):
                _add(found, Mention(m.start(second), m.end(), "sector",
                                    _sector(m.group(second), True)))
        elif m.group("label"):  # "Gold: +0.5%", "Coal: -1.7%" may quote a commodity
            if not _LINE_OPENING.sub("", text[start:m.start()]) and \
                    (m.group("label") not in wordlists.lines("commodities.txt") or
                     _under_sector_header(text, start)):
                _add(found, Mention(m.start(), m.end(), "sector", _sector(m.group("label"), True)))
        elif m.group("scored"):  # in a line about sectors only: "Gold -0.5%" may be the metal
            if _SECTORS_NAMED.search(text, start, m.start()) or _under_sector_header(text, start):
                _add(found, Mention(m.start(), m.end(), "sector", _sector(m.group("scored"), True)))
        elif allow_unknown and _ends_a_name(text, start, m.start(), m.end()):
            continue  # "Devon Energy fell": the unknown-name pass takes the whole name
        elif m.group("noun") and _NAMED_BEFORE.search(text, max(start, m.start() - 30),
                                                      m.start()):
            continue
        else:
            word = m.group("mod") or m.group("noun")
            _add(found, Mention(m.start(), m.end(), "sector", _sector(word, bool(m.group("mod")))))
    for m in _clause_sectors(text, start, end):
        _add(found, m)
    for m in [m for m in found if m.kind == "sector"]:
        for listed in _listed_modifiers(text, start, end, m):
            _add(found, listed)
    _add_markets(text, start, end, lexicon, found)
    if allow_unknown:
        found.sort(key=lambda x: x.start)
        gaps, pos = [], start
        for m in found:
            gaps.append((pos, m.start))
            pos = m.end
        gaps.append((pos, end))
        # "SET: 1,245.8 (+1.5%)" outside Thailand: an index's local name, no unknown company
        unknown = [u for gap in gaps for u in _unknown_names(text, *gap)
                   if not lexicon.local_elsewhere(u.name)]
        found = _join_names(text, start, found, unknown)
    found.sort(key=lambda x: x.start)
    return _take_tickers(text, found, lexicon, market, end)


def _funds(text: str, start: int, end: int) -> list[Mention]:
    if "ETF" not in text[start:end] and "Trust" not in text[start:end]:
        return []
    out = []
    for m in _FUND.finditer(text, start, end):
        first = m.start()
        words = m.group().split()
        if words[0] in _stripped():  # "The iShares ..."
            if len(words) == 2:
                continue  # "The ETF": a reference, no name
            first = text.index(words[1], first + len(words[0]))
        out.append(Mention(first, m.end(), "company", text[first:m.end()]))
    return out


# a clause opens after these: "gold miners shine, tech sinks", "as tech sinks"
_CLAUSE_OPENS = re.compile(r"(?:[,;:]|\bas|\bwhile|\bbut)\s+$")


def _clause_sectors(text: str, start: int, end: int) -> list[Mention]:
    """A bare sector word opening a clause: "Tech sinks as Nvidia slides"."""
    found = []
    for m in wordlists.clause_sectors().finditer(text, start, end):
        if m.start() == start or _OPENING.fullmatch(text, start, m.start()) or \
                _CLAUSE_OPENS.search(text, max(start, m.start() - 8), m.start()):
            found.append(Mention(m.start(), m.end(), "sector", _sector(m.group("word").lower(), True)))
    return found


# a list of sectors opens a clause: "led by transportation equipment, ...", "..., brokerage, ..."
_LIST_OPENS = re.compile(r"(?:^|[,:;(•*]|\b(?:by|in|while|with|as)\b)\s*$")


@cache
def _modifier_lists() -> tuple[wordlists.Folded, wordlists.Folded]:
    """A bare sector modifier listed before a sector or after it."""
    mods = wordlists.trie_pattern(list(wordlists.sector_words().modifiers), True)
    joint = r"(?:,\s+(?:and\s+)?|,?\s+and\s+)"
    before = wordlists.Folded(rf"(?<![\w$-])(?P<mod>{mods}){joint}$")
    after = wordlists.Folded(rf"{joint}(?P<mod>{mods})(?=\s*(?:[,.;:]|$)|\s+(?:were|was|are|is|"
                             r"led|also|both)\b)")
    return before, after


def _listed_modifiers(text: str, start: int, end: int, sector: Mention) -> list[Mention]:
    """Sectors listed with a sector by their bare modifier: "transportation equipment,
    securities house and electric appliance issues", "semiconductors and consumer
    electronics led the gains" (not a commodity: "banks and oil were lower")."""
    before, after = _modifier_lists()
    found: list[Mention] = []
    left = sector.start
    while (m := before.search(text, max(start, left - 40), left)) is not None:
        found.append(_listed(text, m))
        left = m.start()
    # the sentence's own start opens a list too (the pattern's "^" is the text's start only)
    if found and not _opens_list(text, start, left):
        found = []
    right = sector.end
    while (m := after.match(text, right, end)) is not None:
        found.append(_listed(text, m))
        right = m.end()
    commodities = frozenset() if _SECTORS_NAMED.search(text, start, sector.start) else \
        wordlists.lines("commodities.txt")
    return [f for f in found if f.name and text[f.start:f.end].lower() not in commodities]


# what the list's sectors share may come first: "Rate-sensitive banking, auto and realty stocks"
_LIST_ADJECTIVE = re.compile(r"\b[A-Za-z]+-[a-z]+\s+$")


def _opens_list(text: str, start: int, left: int) -> bool:
    """Whether a list of sectors starting at left opens its sentence or a clause, or is
    the object of a verb that moves sectors ("as selling hits chip, financial stocks")."""
    if (m := _LIST_ADJECTIVE.search(text, max(start, left - 30), left)) is not None:
        left = m.start()
    return left == start or _LIST_OPENS.search(text, max(start, left - 8), left) is not None \
        or _moving_verb_before().search(text, max(start, left - 30), left) is not None


@cache
def _moving_verb_before() -> wordlists.Folded:
    """A verb that moves the sectors after it: a cause ("lifts") or a sector agent ("hits")."""
    verbs = [*wordlists.move_words().causes, *wordlists.gap_words()["sector_agent"]]
    return wordlists.Folded(rf"(?<![\w-])(?:{wordlists.trie_pattern(sorted(verbs), True)})\s+$")


# "In terms of sectors, ...", "Sector scorecard:", "On the sectoral front, ...": a commodity's
# word there is its sector
_SECTORS_NAMED = re.compile(r"\b[Ss]ector(?:s|al)?\b")


def _under_sector_header(text: str, start: int) -> bool:
    """A line of a block (no blank line between) whose header names sectors ("Sector
    scorecard (Shenwan level-1):", "Sectors:"): "Coal: -1.7%" is the coal sector's."""
    block = text.rfind("\n\n", max(0, start - 600), start)
    first = block + 2 if block >= 0 else max(0, start - 600)
    header = text.find("\n", first, start)
    return header > 0 and _SECTORS_NAMED.search(text, first, header) is not None


def _listed(text: str, m: re.Match[str]) -> Mention:
    word = m.group("mod")
    if word in _acronyms() and not text[m.start("mod"):m.end("mod")].isupper():
        return Mention(m.start("mod"), m.end("mod"), "sector", "")  # "it", not "IT"
    return Mention(m.start("mod"), m.end("mod"), "sector", _sector(word, True))


def _other_index(ref: re.Match[str], lexicon: Lexicon, market: str | None,
                 found: list[Mention], text: str = "") -> Mention | None:
    """"the tech index", "the broader index", "the all-share index" name another index than
    the one just named: the one the report's market calls so ("broader index" in Japan: the
    Topix; "all-share index" in South Africa: the JSE All-Share; "secondary index" in
    Korea: the Kosdaq), if any;
    not after a tech index the sentence names ("knocked the Nasdaq-100 off its high; the
    tech-heavy index is now up 0.1%": that one, a plain reference)."""
    words = ref.group()
    if "weighted" in words:
        return _cap_weighted_parent(ref, lexicon, market, found)
    if _LONE_BENCHMARK.fullmatch(words):
        return _report_benchmark(text or ref.string, ref, lexicon, market, found)
    if "tech" not in words and "broader" not in words and "all-share" not in words and \
            "secondary" not in words and "wider" not in words:
        return None
    if "tech" in words and _tech_index_before(found, ref.start()):
        return None
    canonical = lexicon.canonical(words, market)
    entry = lexicon.entry(canonical) if canonical else None
    if entry is None or entry.kind != "index":
        return _parent_index(ref, lexicon, market, found) if _BROADER.search(words) else None
    return Mention(ref.start(), ref.end(), "index", entry.canonical, entry.ticker)


# "the benchmark", "the city's benchmark": a report's own index, when the report names none
_LONE_BENCHMARK = re.compile(r"(?i:the)\s+(?:(?:city|local)['’]s\s+|local\s+)?benchmark")
# ... read as the index only where it moves or is compared ("dragging the benchmark, which
# closed down 0.6%", "the benchmark's 0.3% gain"), not as a yield's ("the benchmark 10-year")
_BENCHMARK_THEN = re.compile(r"['’]s\b|\s*[,.;:)]|\s+(?:which|was|is|has|had|ended|closed|"
                             r"finished|down|up|lower|higher|[a-z]+ed)\b")


def _report_benchmark(text: str, ref: re.Match[str], lexicon: Lexicon, market: str | None,
                      found: list[Mention]) -> Mention | None:
    """"HSBC fell 5%, dragging the benchmark, which closed down 0.6%": in a report on one
    market that names no index nor market before, the benchmark is that market's (``text``:
    the text as written; the reference was found in its lowered copy)."""
    if market is None or not _BENCHMARK_THEN.match(text, ref.end()) or \
            any(m.kind in ("index", "market") for m in found):
        return None
    canonical = lexicon.canonical("benchmark index", market)
    if canonical is None or wordlists.market_phrases()[0].search(text, 0, ref.start()) or \
            any(m.entry.kind == "index" for m in lexicon.find(text, 0, ref.start(), market)):
        return None  # an index named before: the ordinary back-reference's
    entry = lexicon.entry(canonical)
    return Mention(ref.start(), ref.end(), "index", canonical, entry.ticker if entry else None)


# "S&P 500 Equal Weight Index", "Nasdaq-100 Equal Weighted Index": the parent's name first
_EQUAL_WEIGHT_NAME = re.compile(r"\s+Equal[- ]Weight(?:ed)?(?:\s+Index)?$", re.IGNORECASE)


def _cap_weighted_parent(ref: re.Match[str], lexicon: Lexicon, market: str | None,
                         found: list[Mention]) -> Mention | None:
    """"The equal-weight S&P 500 rose 1.1%, outpacing the cap-weighted index's 0.4% gain":
    the cap-weighted index is the parent of the equal-weight index the sentence names, if
    it names one (else no index: never the equal-weight one itself)."""
    before = sorted((m for m in found if m.kind == "index" and m.end <= ref.start()),
                    key=lambda m: m.end, reverse=True)
    for m in before:
        parent = _EQUAL_WEIGHT_NAME.sub("", m.name)
        if parent != m.name and (canonical := lexicon.canonical(parent, market)) is not None:
            entry = lexicon.entry(canonical)
            return Mention(ref.start(), ref.end(), "index", canonical, entry.ticker if entry else None)
    return None


_BROADER = re.compile(r"\b(?:broader|wider)\b", re.IGNORECASE)
_SUB_INDEX_WORDS = frozenset({"sector", "sub-index", "subindex", "index", "gauge"})


def _parent_index(ref: re.Match[str], lexicon: Lexicon, market: str | None,
                  found: list[Mention]) -> Mention | None:
    """"dragged the Stoxx Europe 600 technology index down 3.1%, while the broader benchmark
    eased 0.5%", "The ASX 200 materials sector rose 2.3%, while the broader benchmark ...":
    after a sector's sub-index, the broader index is its parent, the index its name opens
    with (not the Nasdaq 100's: "100" names no sector)."""
    before = [m for m in found if m.end <= ref.start() and m.kind in ("index", "sector", "generic")]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    words = ref.string[last.start:last.end].split()
    sectors = _sector_table(True).keys() | _sector_table(False).keys()
    for cut in range(len(words) - 1, 0, -1):
        rest = [w.lower() for w in words[cut:]]
        if not any(w in sectors for w in rest) or \
                not all(w in sectors or w in _SUB_INDEX_WORDS for w in rest):
            continue
        canonical = lexicon.canonical(" ".join(words[:cut]), market)
        entry = lexicon.entry(canonical) if canonical else None
        if entry is not None and entry.kind == "index" and entry.canonical != last.name:
            return Mention(ref.start(), ref.end(), "index", entry.canonical, entry.ticker)
    return None


_TECH_NAME = re.compile(r"tech|nasdaq", re.IGNORECASE)


def _tech_index_before(found: list[Mention], pos: int) -> bool:
    return any(m.kind == "index" and m.end <= pos and _TECH_NAME.search(m.name) for m in found)


def _described_tech(text: str, mention: Mention, entry: Entry, found: list[Mention]) -> bool:
    """"the tech-heavy index", a market's local description of its tech index, after the
    sentence names a tech index: that one ("knocked the Nasdaq-100 off its high; the
    tech-heavy index is now up 0.1%"), not the market's usual one."""
    words = text[mention.start:mention.end]
    return mention.kind == "index" and "tech" in words.lower() and \
        words.lower() in {a.lower() for a in entry.local_aliases} and \
        _tech_index_before(found, mention.start)


@cache
def _bare_stock() -> re.Pattern[str]:
    """A wire bullet's "Stock" without its article, then its move: "** Stock last up 6.1%",
    "** YTD, stock up 160%", "** Up to last close, stock had fallen 31% YTD" (not "Stock
    markets fell")."""
    verbs = sorted(_move_words() | {"is", "was", "has", "had", "last", "now", "up", "down"})
    return re.compile(r"(?:[A-Z][\w.]*(?:\s+[\w.]+){0,3},\s+)?(?P<ref>[Ss]tock)\s+"
                      rf"(?=(?:{wordlists.trie_pattern(verbs)})\b)")


@cache
def _clause_shares() -> re.Pattern[str]:
    """A headline's or a bullet row's last clause: "Citi upgrades Amazon to buy, sees AWS
    reacceleration; shares rise 2%" (in a headline also after a comma), "- Xiaomi: Citi TP
    raised to HK$62 (Buy); shares +3.8%", "...; stock up 3.8%": the company named before
    (a bare "stock" only with its move: not "; stock markets fell")."""
    verbs = wordlists.trie_pattern(sorted(_move_words() | {"up", "down"}))
    signed = r"[+\-−–▲▼]\s?\d"
    return re.compile(r"[;,]\s+(?P<ref>shares(?=\s+(?!(?:in|of|on|across|around|at|from|for|"
                      rf"and|to|with|elsewhere|listed|traded)\b)(?:[a-z]|{signed}))|"
                      rf"(?<=;\s)[Ss]tock(?=\s+(?:(?:{verbs})\b|{signed})))")


@cache
def _described() -> re.Pattern[str]:
    """A sentence opening with a company told by what it does, then its move or a copula:
    "The chipmaker is down 9%", "The Swiss drugmaker fell 2%", "The toymaker, which has
    quadrupled this year, was last down 6%" (not "The chipmaker's", "The stock", nor "The
    producer price index dropped")."""
    nouns = sorted(wordlists.gap_words()["descriptor"] - {"stock", "shares"})
    verbs = sorted(_move_words() | {"is", "was", "were", "are", "has", "had", "also", "now"})
    return re.compile(rf"The\s+(?!central\s)(?:[A-Za-z][\w-]*\s+){{0,2}}?"
                      rf"(?:{wordlists.trie_pattern(nouns)})(?=(?:,\s+which\s[^,;]{{0,60}},)?\s+(?:{wordlists.trie_pattern(verbs)})\b)")


@cache
def _described_in_clause() -> re.Pattern[str]:
    """A clause after a joint telling a company by what it does, then its move: ", and the
    planemaker rose 1.9%", "; the luxury group slid", ", as the smartphone maker slid 5.4%",
    "weighed on the index, with the luxury group falling 2.6%", "BHP is doing the heavy
    lifting — the miner is 1.9 per cent higher" (not "the rival", "the parent": another
    company)."""
    gaps = wordlists.gap_words()
    nouns = sorted(gaps["descriptor"] - gaps["relation"])
    return re.compile(r"(?:[;,]\s+(?:and\s+|as\s+|while\s+|with\s+)?|\s(?:and|as|while)\s+|\s(?P<dash>[—–])\s+)"
                      rf"(?P<ref>the\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{wordlists.trie_pattern(nouns)}))"
                      rf"\s+(?=(?:{wordlists.trie_pattern(sorted(_move_words()))})\b|"
                      # a copula only after a dash: ", and the group is now down 5% this
                      # week" may be another period's
                      r"(?(dash)(?:is|was|are|were)\s+(?:now\s+|last\s+)?(?:up|down|\d)|(?!)))")


@cache
def _related_object() -> re.Pattern[str]:
    """A company told as the object of a call, then a relative clause with its move:
    "kept its buy rating on the stock, which rose 4.3%", "its overweight rating on the
    chip designer, whose shares rose 2.2%", "a target for the carmaker, which fell 3%"."""
    gaps = wordlists.gap_words()
    nouns = sorted(gaps["descriptor"] - (gaps["relation"] - {"stock", "shares"}))
    verbs = wordlists.trie_pattern(sorted(_move_words()))
    return re.compile(r"\b(?:on|for|of|in|into|about)\s+"
                      rf"(?P<ref>the\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{wordlists.trie_pattern(nouns)}))"
                      rf",\s+(?:which|whose\s+(?:shares|stock))\s+(?=(?:{verbs})\b)")


def _stock_refs(text: str, start: int, end: int) -> list[Mention]:
    low = wordlists.lowered(text)
    houses = [Mention(m.start(), m.end(), "ref", HOUSE_REF)
              for m in _HOUSE_REF.finditer(text, start, end)] \
        if low.find("broke", start, end) >= 0 or low.find("house", start, end) >= 0 or \
        low.find("bank", start, end) >= 0 or low.find("firm", start, end) >= 0 else []
    described = _described().match(text, start, end) if text.startswith("The ", start) else None
    if described:
        houses.append(Mention(described.start(), described.end(), "ref", DESCRIBED_REF))
    houses += [Mention(m.start("ref"), m.end("ref"), "ref", DESCRIBED_REF)
               for m in _described_in_clause().finditer(text, start, end)]
    if text.find(", wh", start, end) >= 0:  # cheap: few sentences have a relative clause
        houses += [Mention(m.start("ref"), m.end("ref"), "ref", RELATED_REF)
                   for m in _related_object().finditer(text, start, end)]
    if text.startswith("They ", start):  # "They closed up 6.8%": the shares moved before
        houses.append(Mention(start, start + 4, "ref", THEY_REF))
    elif text.startswith("Last ", start) and _LAST_QUOTE.match(text, start, end):
        houses.append(Mention(start, start + 4, "ref", LAST_REF))
    if low.find("share", start, end) < 0 and low.find("stock", start, end) < 0:
        return houses  # most sentences: one scan in C says so
    refs = houses + [Mention(m.start(), m.end(), "ref", STOCK_REF)
            for m in _stock_ref().finditer(text, start, end)  # not "a gauge of the shares"
            if not _PREPOSITION_BEFORE.search(text, max(start, m.start() - 8), m.start())]
    bare = _BARE_SHARES.match(text, start, end)
    if bare and (bare.start("ref") == start or
                 text[start:bare.start("ref")].rstrip()[-1] in "—–:-"):
        refs.append(Mention(bare.start("ref"), bare.end("ref"), "ref", STOCK_REF))
    stock = _bare_stock().match(text, start, end)
    if stock:
        refs.append(Mention(stock.start("ref"), stock.end("ref"), "ref", STOCK_REF))
    clause = _clause_shares().search(text, start, end) if low.find("; shares", start, end) >= 0 \
        or low.find("; stock", start, end) >= 0 \
        or _is_headline(text, start, end) and low.find(", shares", start, end) >= 0 else None
    if clause:
        refs.append(Mention(clause.start("ref"), clause.end("ref"), "ref", STOCK_REF))
    return refs


def _is_headline(text: str, start: int, end: int) -> bool:
    """A headline: one line with no full stop at its end."""
    line = text[start:end].rstrip()
    return bool(line) and line[-1] not in ".!?\"”" and "\n" not in line


def _ends_a_name(text: str, start: int, pos: int, end: int) -> bool:
    """In running text a capitalised sector word right after a capitalised name word or
    place ends that name: "Devon Energy fell", "Japan Airlines (9201.T)" (not "The Energy
    sector", nor after a demonym: "Chinese Banks rally", nor in a capitalised headline
    that passed for running text: "Weak Yen Lifts Exporters"; an acronym's plural names a
    kind of share: "Singapore REITs rose"). A legal form or a country may close the name
    after it: "United Utilities Group fell", "Adaro Energy Indonesia rose"; so may "&" and
    the rest of the name: "Sumitomo Realty & Development gained"."""
    country = _COUNTRY_AFTER.match(text, end)
    closing = _SUFFIX.match(text, end) or country and country.group(1) in wordlists.places() \
        and country
    if not text[pos].isupper() or _PLURAL_ACRONYM.fullmatch(text, pos, end) or \
            not _RUNNING_ON.match(text, closing.end() if closing else end) and \
            not _AMPERSAND_NAME.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, start, pos)
    return before is not None and not before.group(1).endswith(("'s", "’s")) \
        and before.group(1) not in _patterns()[1]


def _join_names(text: str, start: int, known: list[Mention],
                unknown: list[Mention]) -> list[Mention]:
    """A known company's name right before or after an unknown name is part of a longer
    name: "Hindustan Unilever", "Alibaba Pictures" (not Unilever, not "Pictures"). One
    word opening the sentence may be no name ("Unless Tencent"), nor "Top-cap Samsung"."""
    companies = {m.start: m for m in known if m.kind == "company"}
    ends = {m.end: m for m in known if m.kind == "company"}
    out, joined = [], set()
    for name in unknown:
        after, before = companies.get(name.end + 1), ends.get(name.start - 1)
        one_opening_word = " " not in name.name and not _OPENING.sub("", text[start:name.start])
        if after is not None and text[name.end] == " " and "-" not in name.name \
                and not one_opening_word:
            joined.add(id(after))
            name = Mention(name.start, after.end, "company", text[name.start:after.end])
        elif before is not None and text[before.end] == " " and \
                not _OWNER_BEFORE.search(text, before.start, name.start):
            joined.add(id(before))
            name = Mention(before.start, name.end, "company", text[before.start:name.end])
        out.append(name)
    return [m for m in known if id(m) not in joined] + out


def _add_markets(text: str, start: int, end: int, lexicon: Lexicon,
                 found: list[Mention]) -> None:
    """"Taiwan stocks": a ``market`` mention named after its main index."""
    pattern, table = wordlists.market_phrases()
    for m in pattern.finditer(text, start, end):
        if _OWNER_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "NetEase's Hong Kong shares": a company's listing, not the market
        exchange = _EXCHANGE_AFTER.match(text, m.end(), end) if is_place(m.group()) else None
        if is_place(m.group()) and not exchange and (
                not (_VERB_AFTER.match(text, m.end(), end) or _SIGNED_AFTER.match(text, m.end(), end))
                or _PREPOSITION_BEFORE.search(text, max(start, m.start() - 30), m.start())):
            continue  # "Shanghai lost 0.4%" names the market; not "Singapore Airlines" nor
            # "Tencent shares in Hong Kong rose"
        entry = lexicon.entry(table[" ".join(m.group().split())])
        if entry is not None:
            _add(found, Mention(m.start(), exchange.end() if exchange else m.end(), "market",
                                entry.canonical, entry.ticker))


def is_place(words: str) -> bool:
    return all(w in wordlists.places() for w in words.title().split())


def _take_tickers(text: str, found: list[Mention], lexicon: Lexicon, market: str | None,
                  end: int) -> list[Mention]:
    """"Tencent (0700.HK)", "United Microelectronics Corp. (UMC)": one mention. A known
    alias in the parentheses names the entry."""
    out: list[Mention] = []
    for m in found:
        if out and out[-1].end > m.start:
            continue
        paren = (_PAREN.match(text, m.end, end) or _RIC.match(text, m.end, end)) \
            if m.kind in ("company", "index", "firm") else None
        known = _quoted_as(m, paren, lexicon, market) if m.kind == "company" and \
            m.ticker is None else None
        bracketed = _PAREN_WORDS.match(text, m.end, end) if m.kind == "company" else None
        if bracketed and known is None:  # "Bank of China (Hong Kong)": another company
            canonical = lexicon.canonical(text[m.start:bracketed.end()], market)
            known = lexicon.entry(canonical) if canonical else None
            paren = bracketed if known is not None else paren
        if known is not None:  # "TENCENT (00700)", "Meituan-W (03690)": quote-page style
            m = Mention(m.start, paren.end() if paren else m.end, known.kind, known.canonical,
                        known.ticker)
        elif paren:
            inner = lexicon.find(text, paren.start(1), paren.end(1), market)
            if inner and m.kind == "company" and m.ticker is None \
                    and _shares_a_word(m.name, inner[0].entry):
                entry = inner[0].entry
                m = Mention(m.start, paren.end(), entry.kind, entry.canonical, entry.ticker)
            elif inner and inner[0].entry.kind == "firm" and m.kind == "company":
                pass  # "Siemens: raised to buy (UBS)": the house that rates, no ticker
            else:
                m = Mention(m.start, paren.end(), m.kind, m.name, m.ticker or _ticker(paren),
                            m.company)
        out.append(m)
    return out


def _quoted_as(m: Mention, paren: re.Match[str] | None, lexicon: Lexicon,
               market: str | None):
    """The lexicon entry of a name as Hong Kong quote pages write it: a stock code in
    parentheses ("(00700)"), or capitals and a share-class suffix ("XIAOMI-W", "BABA-SW")."""
    code = paren.group(1) if paren else ""
    canonical = lexicon.canonical(f"{int(code):04d}.HK") if _HK_CODE.fullmatch(code) else None
    if canonical is None and (m.name.isupper() or _HK_SUFFIX.search(m.name)):
        canonical = lexicon.canonical(_HK_SUFFIX.sub("", m.name), market)
    entry = lexicon.entry(canonical) if canonical else None
    return entry if entry is not None and entry.kind == "company" else None


def _shares_a_word(name: str, entry) -> bool:
    """Whether a name written before a ticker is the ticker's company: "United
    Microelectronics Corp. (UMC)" is, "Smucker (SJM)" is not SJM Holdings (another
    market's company whose code is the same letters)."""
    words = {w.casefold() for w, _, _ in tokens(name)}
    return any(w.casefold() in words for alias in (entry.canonical, *entry.aliases)
               for w, _, _ in tokens(alias))


def _ticker(paren: re.Match[str]) -> str | None:
    inner = paren.group(1)
    exchange = ":" in paren.group()  # "(NYSE: HIMS)": surely a ticker
    return inner if exchange or any(c.isdigit() for c in inner) or "." in inner else None


# compiled once: these run for every name and every sentence
_LABEL = re.compile(r"[^—–:\n]{1,60}?\s*(?:[—–:]|\s-)\s+(?=(?:The|Its|Shares|Stock)\s)")
_DOTTED_SUFFIX = re.compile(r"\b(?:Co|Corp|Inc|Ltd)$")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _lexicon_mention(text: str, start: int, end: int, limit: int, entry,
                     listed) -> Mention:
    """A lexicon name, with a corporate suffix or "futures" after it taken in."""
    if text[end:end + 1] == "." and _DOTTED_SUFFIX.search(text[start:end]) \
            and end + 1 <= limit:
        end += 1  # the alias ended in "Co": its dot, then maybe " Ltd."
    suffix = _SUFFIX.match(text, end, limit)
    if suffix:
        end = suffix.end()
    share_class = _SHARE_CLASS.match(text, end, limit)
    if share_class and entry.kind == "company":
        end = share_class.end()
    name = entry.canonical
    futures = _FUTURES.match(text, end, limit)
    if futures and entry.kind == "index":
        return Mention(start, futures.end(), "index", _futures_name(name))
    if listed is not None:
        return Mention(start, end, entry.kind, name, listed.ticker, listed.canonical)
    return Mention(start, end, entry.kind, name, entry.ticker)


def _local_arm(text: str, end: int, m: Mention) -> Mention:
    """"Unilever Indonesia", "Nestle Malaysia": a known company, then a country, is its
    arm listed there, another company (not "Tencent Hong Kong", nor "Apple U.S.")."""
    after = _COUNTRY_AFTER.match(text, m.end, end) if m.kind == "company" else None
    if after is None or after.group(1) not in wordlists.places():
        return m
    return Mention(m.start, after.end(), "company", text[m.start:after.end()])


def _another_group(text: str, end: int, limit: int, entry) -> bool:
    """Whether the name goes on with "Holdings", "Group" or "Financial" when none of the
    entry's names has such a word: a parent or another company (the lexicon lists "Xiaomi
    Group" when it is Xiaomi's)."""
    if _GROUP_AFTER.match(text, end, limit) is None:
        return False
    return not any(_GROUP_WORD.search(name) for name in (entry.canonical, *entry.aliases))


def _sector_index(text: str, end: int, m: Mention) -> Mention | None:
    """"The S&P 500 technology index rose 1.8%": the sector's move, not the index's."""
    after = _SECTOR_INDEX.match(text, m.end, end)
    if after is None:
        return None
    word = after.group("sector")  # "aerospace and defense": the first part a sector names
    sector = next(filter(None, (_sector_table(True).get(part) or _sector_table(False).get(part)
                                for part in (word, *word.split(" and ")))), None)
    if sector is None and set(word.split()) - wordlists.gap_words()["index_self"]:
        # "the Topix transport equipment index": a sub-index, not the Topix
        return Mention(m.start, after.end(), "generic", text[m.start:after.end()])
    return Mention(m.start, after.end(), "sector", sector) if sector else None


# "TSMC ADRs", "TSMC's ADRs", "Taiwan Semiconductor Manufacturing's U.S.-listed shares"
_ADR_AFTER = re.compile(r"(?:['’]s)?\s+(?:ADRs?\b|American depositary (?:receipts|shares)\b|"
                        r"(?:U\.S\.|US|New York|NYSE)[- ](?:listed|traded)\s+(?:shares|stock)\b)")


def _own_adr(text: str, end: int, m: Mention) -> Mention:
    """"TSMC ADRs jumped 4%": a company whose ADR desks quote as its own line (Taiwan's
    overnight lead) moves as that ADR, not as its home shares."""
    after = _ADR_AFTER.match(text, m.end, end)
    if after is None:
        return m
    return Mention(m.start, after.end(), m.kind, f"{m.name} ADR", m.ticker, m.company)


def _futures_on(text: str, start: int, m: Mention) -> Mention | None:
    """"Futures tied to the Dow rose 0.4%": the index's futures, named as "Dow futures" are."""
    before = _FUTURES_ON.search(text, max(start, m.start - 40), m.start)
    if before is None or m.name.endswith(" futures"):
        return None
    if before.group("those") and not _FUTURES_WORD.search(text, start, before.start()):
        return None  # "those on the Nasdaq 100" are futures after futures only, not its shares
    return Mention(before.start(), m.end, "index", _futures_name(m.name))


def _futures_name(index: str) -> str:
    """"Nasdaq futures", "futures tied to the Nasdaq": the Nasdaq 100's, the ones traded."""
    return f"{wordlists.futures_of().get(index, index)} futures"


def _longer_index(text: str, start: int, end: int, m: Mention) -> Mention:
    """"Nifty 500", "KRX Semiconductor index", "S&P 500 Value index": a known index's
    name inside a longer one names another index, kept as written."""
    first, last = m.start, m.end
    acronym = _ACRONYM_BEFORE.search(text, start, m.start)
    variant = _VARIANT_BEFORE.search(text, max(start, m.start - 20), m.start)
    if acronym and acronym.group(1) not in _patterns()[1] \
            and acronym.group(1) not in wordlists.places():
        first = acronym.start()
    elif variant:
        first = variant.start()
    number = _NUMBER_AFTER.match(text, m.end, end)
    last = number.end() if number else last
    tail = _WORDS_THEN_INDEX.match(text, last, end)
    if first == m.start and last == m.end and tail is None:
        return m
    name = text[first:tail.start(1) if tail else last]
    return Mention(first, tail.end() if tail else last, "index",
                   f"{name} Index" if tail else name)


def _lower_acronym(text: str, m: re.Match[str]) -> bool:
    """A sector word the data writes in capitals ("IT", "AI", "EV") written otherwise."""
    return any(m.group(g) in _acronyms() and not text[m.start(g):m.end(g)].isupper()
               for g in ("mod", "mod2", "bare", "bare2") if m.group(g))


@cache
def _acronyms() -> frozenset[str]:
    words = wordlists.sector_words().modifiers
    return frozenset(w.lower() for w in words if w.isupper() and w.lower() not in words)


def _sector(word: str, modifier: bool) -> str:
    low = " ".join(word.split())
    return _sector_table(modifier).get(low, low)


def _proper_index_name(text: str, start: int) -> bool:
    """"The CSI Liquor Index" after an index compiler is the index's name; "the CSI liquor
    index" a description of the sector's gauge (after "Europe's" either is the sector's)."""
    return text[start].isupper() and text[start - 3:start - 1] not in ("'s", "’s")


def _add(found: list[Mention], new: Mention) -> None:
    if all(new.end <= m.start or new.start >= m.end for m in found):
        found.append(new)


def _unknown_names(text: str, start: int, end: int) -> list[Mention]:
    _, nonnames = _patterns()
    out = []
    for m in _UNKNOWN.finditer(text, start, end):
        if text[m.end():m.end() + 1] in ("$", "=") or _MODEL_NUMBER.match(text, m.end()) \
                or _CODE_PREFIX.match(text, m.end()) \
                or _SLUG.match(m.group()) or _MAKER_OF.match(text, m.end()) \
                or m.group().split()[-1] in _DAY_NAMES and " " in m.group() \
                or _strip(m.group()) in nonnames or _is_indicator(m.group()) \
                or text[m.start() - 1:m.start()] in (".", "/", "-") or _CODE.fullmatch(m.group()) \
                or _GLUED_PRICE.fullmatch(_strip(m.group())) \
                or _PRODUCT_OF.match(text, m.end()) or _PRICES_OF.match(text, m.end()) \
                or _THEME_OF.match(text, m.end()) \
                or _commodity_venue(text, m.start()) \
                or text[m.start() - 1:m.start()].isalpha():
            continue  # "NT$998"; codes, not names: "EUR=", ".DXY", "CMCU3", "NKc1"; "iPhone";
            # a word's tail after a hyphen: "Eid al-Fitr", "pre-Christmas"
        parts = _split_and(text, [(w.group(), w.start())
                                  for w in _NONSPACE.finditer(text, m.start(), m.end())])
        if len(parts) > 1 and any(_sector_plural(text, [(p[0][0], m.start())])
                                  for p in parts if len(p) == 1):
            continue  # "Teck and IT were the only laggards": sector indices, no companies
        for words in parts:
            if len(words) == 1 and _GLUED_PRICE.fullmatch(_strip(words[0][0])):
                continue  # "fell 2.2% to RM13.12 and YTL Power lost 3.7%": the price before "and"
            mention = _unknown(text, words, nonnames)
            if mention is not None:
                out.append(mention)
    return out


def _commodity_venue(text: str, start: int) -> bool:
    """Whether a name in parentheses follows a commodity: the exchange it trades on."""
    if text[start - 1:start] != "(":
        return False
    before = _VENUE_OF.search(text, max(0, start - 40), start)
    commodities = wordlists.lines("quoted_commodities.txt")
    return before is not None and (before.group("commodity").lower() in commodities or
                                   before.group("commodity").split()[-1] in commodities)


def _is_indicator(name: str) -> bool:
    """"WPI rose 2.4%", "Tankan improved": an economic indicator's name, no company."""
    return _strip(name).lower() in wordlists.macro_words().table


def _split_and(text: str, words: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """"A and B" is two names unless A is a place ("Hong Kong and China Gas")."""
    joins = [i for i, (w, _) in enumerate(words) if w == "and"]
    if not joins:
        return [words]
    first_part = [_strip(w) for w, _ in words[:joins[0]]]
    # "Hong Kong and China Gas", "Land and Houses": no name before "and", so one name
    one_name = len(joins) == 1 and first_part and all(
        w in wordlists.places() or w in wordlists.lines("nonnames.txt") for w in first_part) \
        and not _where_then_name(text, words, joins[0])
    after = words[-1][1] + len(words[-1][0])
    label = text[after:after + 8].lstrip().startswith(":")
    one_name = one_name or (len(joins) == 1 and label)  # "Marks and Spencer: +1.9%"
    one_name = one_name or (len(joins) == 1 and _one_formal_name(words, joins[0]))
    if one_name:
        return [words]
    parts, current = [], []
    for w in words:
        if w[0] == "and":
            parts.append(current)
            current = []
        else:
            current.append(w)
    parts.append(current)
    return [p for p in parts if p]


def _where_then_name(text: str, words: list[tuple[str, int]], join: int) -> bool:
    """"hit the limit-up in Shenzhen and Kidswant surged": a place after a preposition of
    location is where the last move was, and the word after "and" (no place) starts the next
    name; "Hong Kong and China Gas", "Hongkong and Shanghai Hotels" go on with a place."""
    first = [_strip(w) for w, _ in words[:join]]
    return all(w in wordlists.places() for w in first) \
        and _strip(words[join + 1][0]) not in wordlists.places() \
        and _LOCATION_BEFORE.search(text, max(0, words[0][1] - 8), words[0][1]) is not None


def _one_formal_name(words: list[tuple[str, int]], join: int) -> bool:
    """"Tihama Advertising and Public Relations Co.", "Saudi Research and Media Group": a
    legal form or "Group" closing the whole while the words before "and" (two or more) have
    none is one company's full name; a place after "and" starts a second name ("Jarir
    Marketing and Saudi Electricity Co.")."""
    closing = wordlists.lines("legal_forms.txt") | {"Group"}
    before, after = [_strip(w) for w, _ in words[:join]], [_strip(w) for w, _ in words[join + 1:]]
    return len(before) >= 2 and len(after) >= 2 and after[-1] in closing \
        and before[-1] not in closing and after[0] not in wordlists.places()


def _unknown(text: str, words: list[tuple[str, int]], nonnames: frozenset[str]) -> Mention | None:
    stripped = _stripped()
    if [w for w, _ in words[:2]] == ["Holdings", "of"]:
        return None  # "Holdings of SPDR Gold Shares rose 0.4% to 951 tonnes": a fund's gold
    words = _after_adjective(text, words)
    while words and (_strip(words[0][0]) in stripped or words[0][0] in ("and", "of", "&")
                     or _MAKER_WORD.fullmatch(_strip(words[0][0]))
                     or words[0][0].endswith(("'s", "’s")) and not _owns_shares(text, words)
                     and _possessive_name(words) is None):
        words.pop(0)
    possessive = _possessive_name(words)
    if possessive is not None:
        return possessive
    while words and (_strip(words[-1][0]) in stripped or words[-1][0] in ("and", "of", "&")
                     or _ADJECTIVE.search(_strip(words[-1][0]))
                     or _CODE.fullmatch(_strip(words[-1][0]))) \
            and _strip(words[-1][0]) not in INDEX_WORDS:
        words.pop()
    if len(words) > 2 and _SHARE_CLASS.fullmatch(" " + " ".join(w for w, _ in words[-2:])):
        del words[-2:]  # "Zorblax Widgets Class B": the company is Zorblax Widgets
    # "Saab AB", "Acme Widgets Inc.": the name is without its legal form, the mention with it
    full_end = words[-1][1] + len(_strip(words[-1][0])) if words else 0
    while words and _strip(words[-1][0]) in wordlists.lines("legal_forms.txt"):
        words.pop()  # a legal form alone ("... (Persero) Tbk") is no name
    if len(words) == 1 and (_GROUP_WORD.fullmatch(_strip(words[0][0]))
                            or _strip(words[0][0]).lower() in _acronyms()):
        return None  # "Group" left of a name cut after a word that is no name alone; a
        # sector's acronym alone ("as gains in FMCG offset IT drag")
    places = wordlists.places()
    if any(_CONTRACTION.search(w) for w, _ in words):  # "I’m", "You’re": a quote, no name
        return None
    if not words or all(_strip(w) in nonnames or _strip(w) in places or w.islower()
                        or _strip(w).isupper() and _strip(w).title() in places  # "DUBAI:"
                        or _COMMON_COMPOUND.fullmatch(_strip(w)) for w, _ in words) \
            and not _place_and_sector(words) or _sector_plural(text, words):
        return None
    first, last = words[0][1], words[-1][1] + len(words[-1][0])
    name = _strip(text[first:last])
    if not name or len(name) < 2 or not any(c.isalpha() for c in name):
        return None
    last_word = _strip(words[-1][0])
    kind = "index" if last_word in INDEX_WORDS and len(words) > 1 else "company"
    tail = _INDEX_TAIL.match(text, first + len(name))
    if (tail or kind == "index") and _is_price_index(words):
        return None  # "the Baltic Dry Index fell": freight rates, no equity index
    if (tail or kind == "index") and _NAME_GOES_ON.search(text, 0, first):
        return None  # "Magnificent 7 Total Return Index": only the tail of an index's name
    if tail and kind == "company":
        return Mention(first, tail.end(), "index", name + " Index")
    head = _WORD_NUMBER_BEFORE.search(text, max(0, first - 40), first)
    if head and head.group(1) not in nonnames:
        return None  # "One 97 Communications": only the tail of a name with a number inside
    return Mention(first, max(first + len(name), full_end), kind, name)


def _is_price_index(words: list[tuple[str, int]]) -> bool:
    """Whether an index's name tells a commodity or freight price benchmark."""
    return any(_strip(w) in wordlists.lines("price_indices.txt") for w, _ in words)


def _possessive_name(words: list[tuple[str, int]]) -> Mention | None:
    """"Kohl's Corp", "Dillard's Inc.": a name ending in "'s" before its legal form is the
    company's own (not an owner before a name: "SoftBank's Arm Holdings")."""
    first, pos = words[0] if words else ("", 0)
    if len(words) < 2 or not first.endswith(("'s", "’s")) or first[:-2] in wordlists.places() \
            or any(_strip(w) not in wordlists.lines("legal_forms.txt") for w, _ in words[1:]):
        return None
    last, last_pos = words[-1]
    return Mention(pos, last_pos + len(_strip(last)), "company", first)


def _owns_shares(text: str, words: list[tuple[str, int]]) -> bool:
    """"Wolfspeed's shares plunged": a name alone owning shares is a company (not the
    owner before a name: "Japan's Acme Robotics")."""
    word, pos = words[0]
    return len(words) == 1 and bool(_SHARES_AFTER.match(text, pos + len(word)))


def _after_adjective(text: str, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"Nasdaq-listed Acme Robotics", "Hong Kong-listed Zorblax": where a company is listed
    or based is no part of its name; "Zorblax's U.S.-listed shares": the owner before it is."""
    for i, (word, _) in enumerate(words[:4]):
        if _ADJECTIVE.search(_strip(word)):
            owner = next((j for j in range(i) if words[j][0].endswith(("'s", "’s"))), None)
            if owner is not None and _SHARES_AFTER.match(text, words[owner][1] + len(words[owner][0])):
                return words[:owner + 1]
            return words[i + 1:]
    return words


def _sector_plural(text: str, words: list[tuple[str, int]]) -> bool:
    """"Chemicals were the weakest sector", "Realty jumped 2.6%": a sector word alone,
    capitalised only as the sentence's first word, is no company (but "Volvo Cars" is)."""
    word, pos = _strip(words[0][0]).lower(), words[0][1]
    before = text[max(0, pos - 3):pos].rstrip()
    bare = word in _sector_table(True) or word.endswith("s") and word[:-1] in _sector_table(True)
    return len(words) == 1 and bare and (not before or before[-1] in ".!?:\n")


def _place_and_sector(words: list[tuple[str, int]]) -> bool:
    """"Japan Airlines", "United Utilities": a place, then a sector word ending the name."""
    last = _strip(words[-1][0])
    sectors = wordlists.sector_words()
    return len(words) > 1 and words[0][0] in wordlists.places() \
        and (last in sectors.modifiers or last in sectors.nouns)


def _strip(word: str) -> str:
    word = word.rstrip(".,;:!?)\"'’”")
    for suffix in ("'s", "’s"):
        word = word.removesuffix(suffix)
    return word


def is_title_case(text: str, start: int, end: int) -> bool:
    """A headline in Title Case ("Hong Kong Tech Stocks Slide As ..."): capitalised words
    there say nothing about names. Told by a capitalised move word or small word."""
    head = text[start:start + 64]  # "Delta Air Lines (DAL) — The airline stock ...": a label
    label = _LABEL.match(text, start, end) if "—" in head or "–" in head or ":" in head or \
        " - " in head else None
    first = _TITLE_WORD.search(text, label.end() if label else start, end)
    small, capitalised = _title_words()
    # most sentences have no capitalised small word after their first: one scan says so
    if first is None or capitalised.search(text, first.end(), end) is None:
        return False
    words = _TITLE_WORD.findall(text, first.end(), end)
    # "Shares of Zoom Video fell 4%": a move word in lower case tells running text
    return any(w[0].isupper() and w.lower() in small for w in words) and \
        not any(w in _move_words() for w in words)


@cache
def _move_words() -> frozenset[str]:
    moves = wordlists.move_words()
    return frozenset(p for p in (*moves.verbs, *moves.adjs) if " " not in p)


@cache
def _title_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """The small words, and a pattern finding any of them capitalised (more than the
    words themselves: a quick test before the exact one)."""
    small = frozenset(_move_words() | {"as", "with", "from", "amid", "after", "over", "into",
                                       "stocks", "shares", "on", "in", "for", "and", "the",
                                       "to", "of"})
    capitalised = re.compile(
        "|".join(f"{w[0].upper()}(?i:{re.escape(w[1:])})(?![\\w'-])" for w in sorted(small)))
    return small, capitalised
