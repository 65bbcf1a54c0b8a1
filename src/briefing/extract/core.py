"""``extract_facts``: sentences -> mentions -> moves, views, flows, macro -> deduped facts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial

from ..errors import ExtractError
from ..models import Fact
from . import wordlists
from .dedupe import dedupe
from .flows import RANKED_HINT, sentence_flows
from .langdetect import language_of
from .lexicon import Lexicon, load_lexicon
from .macro import sentence_macro
from .mentions import (
    DESCRIBED_REF,
    HOUSE_REF,
    LAST_REF,
    RELATED_REF,
    STOCK_REF,
    THEY_REF,
    Mention,
    find_mentions,
    is_place,
    is_title_case,
)
from .moves import (
    BLANK_LINE,
    continued_list_triggers,
    inline_label_triggers,
    labelled_sectors,
    percent_from_market,
    row_trigger,
    scope_to_label,
    sectors_by_members,
    sentence_moves,
    under_direction_labels,
    under_period_labels,
)
from .nouns import (
    day_and_period,
    fronted_extremes,
    has_noun_move,
    noun_moves,
    running_totals,
    sector_objects,
    sector_trends,
    undone_extremes,
)
from .sentences import split_sentences
from .sessions import session_of
from .triggers import TO_RATING, Trigger, find_triggers
from .views import (
    CARRIED,
    IMPERATIVE_LINE,
    carried_house,
    cited_house,
    note_author,
    picking_house,
    sentence_views,
    signed_by,
)
from .zh import extract_facts_zh

# what the sentences before a reference told: the companies each moved, the sources of its
# views and the subjects of those views
Told = tuple[set[str], set[str], set[str]]
MAX_CHARS = 5_000_000  # a report, not a dump: larger input is refused with a clear error
_DIGIT = re.compile(r"\d")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")  # a note's house speaking
_ROWS = re.compile(r"\n[ \t]*[-•*–—][ \t]*[A-Z][^\n:]{1,60}:")  # a note's bulleted rows
_VIEW_HINT = wordlists.Folded(r"\b(?:said|says|say|suggest|expect|see|sees|believ|argu|forecast|predict|"
                        r"recommend|flag|note|wrote|warn|caution|upgrad|downgrad|rais|cut|lift|"
                        r"lower|trim|boost|slash|hike|bump|added|moved|resume|target|rating|maintain|kept|keep|retain|reiterat|analyst|strategist|"
                        r"economist|according|estimat|initiat|start|turn|favo|prefer|like|advis|(?:tp|pt)\b|"
                        r"told|think|thought|project|rates|rated|named|removed|top pick|"
                        r"conviction|catalyst watch|overweight|underweight|cautious|constructive|bullish|"
                        r"bearish|optimis|pessimis|positive|negative|upbeat|downbeat|accumulat|"
                        # "would buy Tencent on dips": a move word after "on" is no trigger
                        r"on (?:any )?(?:dips|dip|weakness|pullbacks|rallies)\b|"
                        # a note's rating label over a list: "Neutral: banks and property"
                        r"(?:neutral|hold|buy|sell|reduce|outperform|underperform)\s*:|"
                        r"has an? (?:buy|sell|hold|reduce|add|accumulate|outperform|underperform))")
# "bought a net HK$1.1 billion of Tencent": a flow that needs the sentence's names
_NAMED_FLOW = re.compile(r"\d\s*(?:billion|million|trillion|bn|mn|tn)?\s+(?:\w+\s+)?"
                         r"(?:worth\s+)?of\s+(?:the\s+)?[A-Z]")
_DATELINE = {"HONG KONG": "HK", "Hong Kong": "HK", "SHANGHAI": "CN", "Shanghai": "CN",
             "Shenzhen": "CN", "TOKYO": "JP", "Tokyo": "JP", "SEOUL": "KR", "Seoul": "KR",
             "TAIPEI": "TW", "Taipei": "TW", "NEW YORK": "US", "Wall Street": "US",
             "LONDON": "EU", "FRANKFURT": "EU", "PARIS": "EU", "Europe": "EU"}


def extract_facts(text: str, lang: str | None = None, lexicon: Lexicon | None = None) -> list[Fact]:
    """The typed facts of a market report, each with its sentence as evidence; ``lang``
    ("en", "zh", "zh-HK", ...) is a hint, None lets the text's script decide."""
    lang = language_of(lang, text) if isinstance(text, str) else lang or "en"
    if lang == "zh":
        return extract_facts_zh(text, lexicon)
    if lang != "en":
        raise ExtractError(f"extract: language {lang!r} is not supported yet (only 'en')")
    if not isinstance(text, str):
        raise ExtractError(f"extract: expected text, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ExtractError(f"extract: text of {len(text):,} characters is over the "
                           f"{MAX_CHARS:,} limit")
    if not text.strip() or _is_binary(text):
        return []
    lexicon = lexicon or load_lexicon()
    names = _Names(text, lexicon, detect_market(text, lexicon))
    facts: list[Fact] = []
    labelled = under_period_labels(text, names.sentences)  # "For the week:" over its lines
    listed = under_direction_labels(text, names.sentences)  # "FTSE 100 - Risers" over its rows
    links = _under_link_label(text, names.sentences)
    author = (note_author(text, names.sentences[0], names.of(0)) or
              signed_by(text, names.sentences[-1], names.of(len(names.sentences) - 1))) \
        if names.sentences and (_WE.search(text) or _ROWS.search(text) or
                                IMPERATIVE_LINE.search(text)) else None
    # "We maintain BUY on ..." in a note, its rows "- Sony Group: raise to Buy", or its
    # imperative lines "- Downgrade Li Auto to hold"
    told_views: list[Fact] = []  # the views of the sentence before
    for i, (start, end) in enumerate(names.sentences):
        if i in links:
            continue
        triggers = find_triggers(text, start, end, states=True)
        if i in listed and not triggers:
            triggers = [t for t in [row_trigger(text, start, end, listed[i])] if t]
        if not triggers:
            triggers = inline_label_triggers(text, start, end)  # "Top gainers: Trent (3.2%)"
        needs_names = bool(triggers) or _VIEW_HINT.search(text, start, end) is not None \
            or has_noun_move(text, start, end) or _NAMED_FLOW.search(text, start, end) is not None \
            or RANKED_HINT.search(text, start, end) is not None
        mentions = names.of(i) if needs_names else []
        triggers = [t for t in triggers if not t.state or _after_sector(text, t, mentions)]
        # "The bank nonetheless kept ...": the house of the views, or the note, told before
        told = (names.viewers.get(i - 1) or cited_house(text, names.of(i - 1)) or
                picking_house(text, start, end, names.of(i - 1))) \
            if i and CARRIED.match(text, start, end) else None
        carried = carried_house(text, start, end, told, names.of(i - 1)) if told else None
        if carried and all(m.start != carried.start or m.kind == "ref" for m in mentions):
            # "It also reiterated its overweight stance": the house, not an index's "it"
            mentions = [carried, *(m for m in mentions if m.start != carried.start)]
        triggers = triggers + continued_list_triggers(text, start, end, triggers, mentions)
        found = _sentence_facts(text, start, end, mentions, triggers, partial(names.earlier, i),
                                partial(names.movers_before, i), author, _one_way(facts))
        names.movers[i] = {f.subject for f in found if f.kind == "stock_move"}
        told_views = _follow_up_views(found, told_views if i else [])
        names.viewers[i] = {f.source for f in told_views}
        names.viewed[i] = {f.subject for f in told_views if f.subject}
        for fact in found if i else ():
            percent_from_market(text, names.sentences[i - 1], fact)
        facts.extend(scope_to_label(found, text, labelled[i]) if i in labelled else found)
    movers = {f.subject for f in facts if f.kind == "stock_move"}
    facts = [f for f in facts if not _off_market(f)]
    for fact in facts:
        _local_dollar(fact, names.market, lexicon)
        _market_view(fact, names.market, lexicon)
        _unnamed_view(fact, names.market, movers)
    return dedupe(facts)


def _follow_up_views(found: list[Fact], before: list[Fact]) -> list[Fact]:
    """A view that names nothing, from the house whose call the sentence before told, says
    more of that call ("Jefferies started Zomato at buy. The brokerage sees 35% upside",
    "... cut its S&P 500 target. Its strategists also lowered their EPS forecast"): it takes
    that call's subject (and dedupe keeps one), not the report's whole market. "The bank
    said the market could rally" stays a market view. Returns the sentence's views."""
    views = [f for f in found if f.kind == "analyst_view"]
    for fact in views:
        if fact.subject != fact.source or _THE_MARKET.search(fact.evidence):
            continue
        told = {f.subject for f in before if f.source == fact.source and f.subject != f.source}
        if len(told) == 1:
            fact.subject = told.pop()
    return views


# "the market" a view speaks of, with nothing else named: the report's market
_THE_MARKET = re.compile(r"\b[Tt]he\s+(?:(?:broader|overall|wider|local|stock|equity)\s+)?"
                         r"market\b(?!['’]|\s+(?:value|cap|close|open|share|regulator)\b)")


def _market_view(fact: Fact, market: str | None, lexicon: Lexicon) -> None:
    """"The market is likely to consolidate," said X in a Taipei report: the view is
    about the Taiex, the main index of the report's market (when markets.tsv gives its
    shares one: not the US, mainland China or India)."""
    if fact.kind != "analyst_view" or fact.subject != fact.source or market is None or \
            not _THE_MARKET.search(fact.evidence):
        return
    indices = {index for phrase, index in wordlists.market_phrases()[1].items()
               if phrase.endswith(" stocks")  # a market's shares, not a city's exchange
               and (entry := lexicon.entry(index)) is not None and entry.market == market}
    if len(indices) == 1:
        fact.subject = indices.pop()


def _off_market(fact: Fact) -> bool:
    """A quote that names nothing, takes no stance and has no word of markets in it
    ("The change in wind let the city's air improve," said X, an analyst at a think
    tank; "It makes for better theater," said a chief economist) is about something
    else: it is no call, and a post must not list it as one."""
    return fact.kind == "analyst_view" and fact.subject == fact.source and \
        fact.stance == "neutral" and not wordlists.market_words().search(fact.view or "")


# a view that names nothing, its market unknown: about stocks at large
GENERIC_VIEW_SUBJECT = "stocks"
_STOCK_RATING = (r"(?:buy|sell|hold|outperform|underperform|market[- ]perform|"
                 r"sector[- ]perform|in[- ]line)")
# a call only a company takes: a price target in money, a stock's rating ("cut its price
# target to $115", "raises target to 60,000 yen", "downgraded the airline to sell", "keeps
# 'buy' rating"); not an index's "year-end target to 6,600" nor "use dips to buy"
_STOCK_CALL = re.compile(
    r"\b(?i:price\s+target|target\s+price)\b|\b(?:PT|TP)\b"
    r"|(?i:\btarget\s+(?:to|at|of)\s+(?:(?:[A-Z]{0,3}\$|[¥₹€£]|Rs\.?\s?)\d|[\d,.]+\s*"
    r"(?:p|pence|yen|won|euros?|yuan|rupees)\b))"
    rf"|(?i:\b{_STOCK_RATING}['’\"”]?\s+rating\b|\brating\s+to\s+{_STOCK_RATING}\b"
    rf"|\b(?:up|down)grade[ds]?\s+(?:[\w-]+\s+){{0,3}}?to\s+['‘\"“]?{_STOCK_RATING}\b"
    rf"|\bhas\s+an?\s+{_STOCK_RATING}\b)")


def _unnamed_view(fact: Fact, market: str | None, movers: set[str]) -> None:
    """A view that names nothing (the rules before mark it with its source as subject)
    takes what it is about. A market call that names nothing is about the report's market as a
    whole ("'We see the selloff as a buying opportunity,' said X" in a New York report:
    U.S. stocks); a company's call (a price target, a stock rating) is about the one
    company the report moves. With none or several, which company stays untold: the call
    keeps its source as subject, and posts print source and call, never the subject."""
    if fact.kind != "analyst_view" or fact.subject != fact.source:
        return
    if not _STOCK_CALL.search(fact.view or ""):
        fact.subject = wordlists.report_markets().get(market or "", GENERIC_VIEW_SUBJECT)
    elif len(movers) == 1:
        fact.subject = next(iter(movers))


# the dollar a bare "$" means in a report about one of these markets
_LOCAL_DOLLARS = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}
_BARE_DOLLAR = re.compile(r"(?<![\w$])\$\s?(\d[\d,]*(?:\.\d+)?)")
# a price said to be of a US listing stays in US dollars ("closed in New York at $185.25")
_US_LISTING = re.compile(r"\b(?:New York|Wall Street|Nasdaq|NYSE|U\.?S\.?[- ]listed|ADRs?|"
                         r"American depositary)\b")


def _local_dollar(fact: Fact, market: str | None, lexicon: Lexicon) -> None:
    """"Commonwealth Bank slid 3.1% to $158.27" in a Sydney report is in Australian
    dollars: a bare "$" before the price of a stock of the report's own market (or of one
    the lexicon does not know) is that market's dollar, not the US dollar."""
    local = _LOCAL_DOLLARS.get(market or "")
    if local is None or fact.currency != "USD" or fact.price is None or \
            _US_LISTING.search(fact.evidence):
        return
    entry = lexicon.entry(fact.subject)
    if entry is not None and entry.kind == "firm":
        entry = lexicon.listed_as(entry) or entry
    if entry is not None and entry.market != market:
        return  # "Nvidia rose 3% to $120" in a Hong Kong report: a US price
    if any(float(m.group(1).replace(",", "")) == fact.price
           for m in _BARE_DOLLAR.finditer(fact.evidence)):
        fact.currency = local


def _under_link_label(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """"Read more:" alone on a line heads other stories' headlines (another day's moves):
    the lines under it, up to a blank line or a line of prose (ending in "."), state no
    fact of this report."""
    if ":\n" not in text:
        return set()  # cheap: most texts have no label line
    labels = wordlists.lines("link_labels.txt")
    under: set[int] = set()
    label = False
    for i, (start, end) in enumerate(sentences):
        line = text[start:end].strip()
        if label and (BLANK_LINE.search(text, sentences[i - 1][1], start) or
                      line.endswith(".")):
            label = False
        if line.endswith(":") and line[:-1].strip().lower() in labels:
            label = True
        elif label:
            under.add(i)
    return under


class _Names:
    """The sentences of a text and the names of each, found once and only when asked:
    a back-reference may need those of a sentence that reported no move."""

    def __init__(self, text: str, lexicon: Lexicon, market: str | None) -> None:
        self.text, self.lexicon, self.market = text, lexicon, market
        self.sentences = split_sentences(text)
        self._found: dict[int, list[Mention]] = {}
        self.movers: dict[int, set[str]] = {}  # the companies whose shares each sentence moved
        self.viewers: dict[int, set[str]] = {}  # the sources of each sentence's views
        self.viewed: dict[int, set[str]] = {}  # the subjects of each sentence's views

    def of(self, i: int) -> list[Mention]:
        if i not in self._found:
            start, end = self.sentences[i]
            found = find_mentions(self.text, start, end, self.lexicon, self.market,
                                  allow_unknown=not is_title_case(self.text, start, end))
            self._found[i] = [self._in_full(i, m, found) for m in found]
        return self._found[i]

    def _in_full(self, i: int, short: Mention, found: list[Mention]) -> Mention:
        """"Enphase Energy's forecast missed: Enphase fell 15%": a name the lexicon does
        not know that opens the full name of exactly one company named earlier in the text
        is that company (as written when two share it: "American Express ... American
        Airlines"). So is a place read as its market when it follows a company in a list:
        "Zurich Insurance ... with Allianz up 1.8% and Zurich adding 1.4%"."""
        if short.kind == "market" and _listed_after_company(self.text, short, found):
            opening = self.text[short.start:short.end] + " "
        elif short.kind != "company" or self.lexicon.entry(short.name) is not None:
            return short
        else:
            opening = short.name + " "
        full: dict[str, Mention] = {}
        pos = self.text.find(opening, 0, short.start)  # cheap: most names are told once
        while pos >= 0:
            j = bisect_right(self.sentences, (pos, len(self.text))) - 1
            named = found if j == i else self.of(j) if j >= 0 else []
            full.update((m.name, m) for m in named if m.start == pos and m.kind == "company"
                        and m.end > pos + len(opening))
            pos = self.text.find(opening, pos + 1, short.start)
        if len(full) != 1:
            return short
        whole = next(iter(full.values()))
        if short.kind == "market":  # not right after the full name: "Tokyo Electron rose
            # 3%, and Tokyo ended 0.5% higher" is the market
            named_here = any(m.name == whole.name for m in found if m.end <= short.start)
            return short if named_here else replace(whole, start=short.start, end=short.end)
        return replace(short, name=whole.name, ticker=short.ticker or whole.ticker,
                       company=whole.company)

    def earlier(self, i: int) -> Iterator[list[Mention]]:
        """The names of the sentences before the i-th, nearest first (three at most)."""
        return map(self.of, range(i - 1, max(-1, i - 4), -1))

    def movers_before(self, i: int) -> Iterator[Told]:
        """The companies that moved in the sentences of ``earlier``, the sources of their
        views and the companies those views were on, in the same order."""
        return ((self.movers.get(j, set()), self.viewers.get(j, set()), self.viewed.get(j, set()))
                for j in range(i - 1, max(-1, i - 4), -1))


# "Allianz up 1.8% and Zurich adding 1.4%": a place listed after a company's move
_LIST_JOINT = re.compile(r"[^;:]{0,40}(?:,|\band)\s+$")


def _listed_after_company(text: str, place: Mention, found: list[Mention]) -> bool:
    """Whether the place reads as the next name in a list of companies, not a market."""
    before = [m for m in found if m.end <= place.start]
    if not before or before[-1].kind != "company" or not is_place(text[place.start:place.end]):
        return False
    return bool(_LIST_JOINT.fullmatch(text, before[-1].end, place.start))


def _sentence_facts(text: str, start: int, end: int, mentions: list[Mention],
                    triggers: list[Trigger],
                    earlier: Callable[[], Iterator[list[Mention]]],
                    movers: Callable[[], Iterable[Told]] = tuple,
                    author: str | None = None, market_went: str | None = None) -> list[Fact]:
    def resolve(ref: Mention) -> Mention | None:
        return resolve_ref(ref, mentions, earlier(), text[start:ref.start], movers(), text)

    # "The brokerage also upgraded Alibaba": the house named before is the view's source
    mentions = [(resolve(m) or m) if m.name == HOUSE_REF else m for m in mentions]
    nouns = noun_moves(text, start, end, mentions) if mentions else []
    session = session_of(text, start, end) if nouns or triggers else None
    facts = sentence_moves(text, start, end, mentions, triggers, resolve, session,
                           market_went) if triggers else []
    facts += running_totals(text, start, end, facts) + day_and_period(text, start, end, facts) + \
        undone_extremes(text, start, end, facts, mentions) + \
        fronted_extremes(text, start, end, facts, mentions) if facts else []
    facts += sector_trends(text, start, end) + sector_objects(text, start, end) if triggers else []
    for fact in nouns:
        fact.session = session
    facts += nouns
    facts += labelled_sectors(text, start, end)  # "Leaders: coal, banks"
    if triggers and any(m.kind == "sector" for m in mentions):
        # "Insurers tagged along, with China Life up 3.6%": told by its members' moves
        facts += sectors_by_members(text, start, end, mentions, triggers, facts)
    if mentions:
        facts += sentence_views(text, start, end, mentions, resolve, author)
    if _DIGIT.search(text, start, end) or triggers:
        facts += sentence_flows(text, start, end, session, mentions)
        facts += sentence_macro(text, start, end, mentions)
    elif wordlists.flow_words()[0].search(text, start, end):
        facts += sentence_flows(text, start, end, session, mentions)
    return facts


def _after_sector(text: str, trig: Trigger, mentions: list[Mention]) -> bool:
    """"Banks weak": a state word is a trigger only right after a sector (not "sterling
    stays strong", whose clause may be a view's)."""
    return any(m.kind == "sector" and m.end + 1 == trig.start and text[m.end] == " "
               for m in mentions)


def _one_way(facts: list[Fact]) -> str | None:
    """The way the markets told so far all went ("up", "down"), None when they went both
    ways or none was told: "Banks outperformed" after "The Nikkei rose 1%" rose."""
    ways = {f.direction for f in facts if f.kind == "index_move"}
    return ways.pop() if len(ways) == 1 and ways <= {"up", "down"} else None


def resolve_ref(ref: Mention, mentions: list[Mention], earlier: Iterator[list[Mention]],
                opening: str, movers: Iterable[Told] = (),
                text: str = "") -> Mention | None:
    """"it", "the gauge": the one index named earlier in this sentence or in the last one
    (a market named by place names its main index: "Hong Kong stocks fell. The benchmark
    index dropped 1.2%"); "the sector": the one sector; "the stock", "its shares": the one
    company named earlier in this sentence, else in the last sentence that names anyone
    (``opening``: the sentence's text before ``ref``; ``movers``: the companies each
    earlier sentence moved, and the sources of its views; ``text``: the whole text, for its
    paragraphs)."""
    if ref.name == STOCK_REF:
        return _company_before(ref, mentions, earlier, opening, movers, text)
    if ref.name == HOUSE_REF:
        return _house_before(ref, mentions, earlier, opening)
    if ref.name == DESCRIBED_REF:
        return _only_company(ref, mentions, earlier, movers=movers, text=text)
    if ref.name == THEY_REF:
        return _mover_before(earlier, movers)
    if ref.name == LAST_REF:  # "Last up 6.8%": only after a line that names one company
        return _mover_before(earlier, movers, only_named=True)
    if ref.name == RELATED_REF:
        return _only_company(ref, mentions, earlier, houses_too=False)
    if "broader" in ref.name or "wider" in ref.name or "all-share" in ref.name or \
            "secondary" in ref.name or "weighted" in ref.name:
        return None  # the index named before is the narrower one ("the Nikkei ..., while the
        # all-share index": which one?), or the main one
    place = _place_before(opening)
    if place is not None:  # "..., while in Abu Dhabi, the index rose": that market's index
        return _main_index_of(place, ref) if _MAIN_OR_BARE.fullmatch(ref.name) else None
    kinds = {"sector"} if ref.name == "the sector" else {"index", "market"}
    before = {m.name: m for m in mentions if m.kind in kinds and m.end <= ref.start}
    named = before or _nearest_named(earlier, kinds)
    if "tech" in ref.name:  # "the tech-heavy gauge": never the Hang Seng Index
        named = {name: m for name, m in named.items() if _TECH.search(name)}
    elif _MAIN.search(ref.name):  # "the benchmark": never the Hang Seng Tech Index
        named = {name: m for name, m in named.items() if not _TECH.search(name)}
    if _CASH_REF.search(ref.name) and any(not name.endswith(" futures") for name in named):
        # "SPI 200 futures fell 0.5%, a discount to the S&P/ASX 200's close. The benchmark
        # ended 0.2% higher": the index, not its futures
        named = {name: m for name, m in named.items() if not name.endswith(" futures")}
    if len(named) != 1:
        return None
    found = next(iter(named.values()))
    if found.name.endswith(" futures") and _CASH_REF.search(ref.name):
        # "TSX futures were down 0.3% after the index closed 0.2% higher": the index itself
        # (after "Nasdaq futures", the Nasdaq 100's, the index may be either Nasdaq's)
        cash = found.name.removesuffix(" futures")
        if cash in wordlists.futures_contracts():  # "SPI 200 futures": the S&P/ASX 200's
            return replace(found, name=wordlists.futures_contracts()[cash])
        return None if cash in wordlists.futures_of().values() else replace(found, name=cash)
    return replace(found, kind="index") if found.kind == "market" else found


def _nearest_named(earlier: Iterator[list[Mention]], kinds: set[str]) -> dict[str, Mention]:
    """The names of ``kinds`` in the nearest sentence before that names any ("Banks led gains
    on the FTSE 100. Lloyds gained 5%. The index closed up 0.4%": the FTSE 100)."""
    for names in earlier:
        named = {m.name: m for m in names if m.kind in kinds}
        if named:
            return named
    return {}


_IN_PLACE = re.compile(r"\b[Ii]n\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)(?:,\s*|\s+)$")


def _place_before(opening: str) -> str | None:
    """"in Abu Dhabi, " or "in Abu Dhabi " right before a reference: the place (not
    "In March, ")."""
    found = _IN_PLACE.search(opening)
    if found is None or set(found.group(1).split()) & wordlists.lines("nonnames.txt"):
        return None
    return found.group(1)


def _main_index_of(place: str, ref: Mention) -> Mention | None:
    """The main index of a market named by its place ("Abu Dhabi"): its shares' in
    markets.tsv ("Abu Dhabi stocks")."""
    index = wordlists.market_phrases()[1].get(" ".join(place.lower().split()) + " stocks")
    return Mention(ref.start, ref.end, "index", index) if index else None


_TECH = re.compile(r"tech|nasdaq", re.IGNORECASE)
# what after "In Abu Dhabi, " is that market's main index ("the index", "the benchmark index")
_MAIN_OR_BARE = re.compile(r"(?i:the)\s+(?:(?:main|benchmark|key)\s+)?(?:(?:share|stock)\s+)?"
                           r"(?:index|gauge|benchmark)")
_CASH_REF = re.compile(r"\b(?:index|gauge|benchmark|average)\b")  # not "the contracts", "they"
_MAIN = re.compile(r"benchmark|main|key|blue-chip")
_NAMED = frozenset({"company", "firm", "index", "market"})
_SAYING = wordlists.alternation(sorted(wordlists.lines("saying.txt") | {"according"}))
# a back-reference that tells nothing of the company: "The stock", "its shares"
_PLAIN_STOCK = re.compile(r"(?:(?:the|its|their)\s+(?:company['’]s\s+)?)?(?:stock|shares)",
                          re.IGNORECASE)
# a back-reference told by a description of its owner: "the German bank's shares"
_DESCRIBED_OWNER = re.compile(r"\w['’]s\s")
# what may open a sentence before "the stock" that refers back: "Still, ", "On Monday, the"
_OPENING = re.compile(r"(?:[A-Z]\w*(?:\s+\w+){0,3},\s+)?(?:[a-z][\w-]*,?\s+)*")
# a house's rating change: what stands between the house and the company it rates
# ("upgrades", "cut", "initiates coverage of", "starts"), then the rating ("to buy", "at
# outperform", "from buy to hold")
_RATES = re.compile(r"\s+(?:(?:also|now)\s+)?(?:upgrade[sd]?|downgrade[sd]?|cuts?|raise[sd]?|"
                    r"lift(?:s|ed)?|lower(?:s|ed)?|move[sd]?|initiate[sd]?|start(?:s|ed)?|"
                    r"resume[sd]?|reinstate[sd]?|begins?|began)\s+"
                    r"(?:(?:coverage|covering)\s+(?:of|on)\s+)?", re.IGNORECASE)
_RATING_NEXT = re.compile(rf"(?:\s+from\s+[\w-]+(?:\s+[\w-]+)?)?\s+{TO_RATING}", re.IGNORECASE)


def _company_before(ref: Mention, mentions: list[Mention], earlier: Iterator[list[Mention]],
                    opening: str, movers: Iterable[Told],
                    text: str = "") -> Mention | None:
    """The one company of the nearest names before ``ref``: this sentence's, or, when
    ``ref`` opens its sentence, the last sentence's that names anyone (there, else the one
    research house: "Goldman Sachs posted record revenue. The stock rose 3%"; of two, the
    one whose shares moved there: "Shares in BP jumped after activist investor Elliott
    Management built a stake. The stock was last up 5.3%"; not a house whose view it told:
    "Wedbush cut its target to $45. The stock is down 31%"). None when those name two (or
    two moved), only an index, or only a word that may be no name, or when they end the
    paragraph before and that paragraph names another company."""
    before = [m for m in mentions if m.kind in _NAMED and m.end <= ref.start]
    kinds = ("company", "firm")
    if _SAYING.search(opening):  # "Analysts at CLSA said the stock ...": the house speaks
        kinds = ("company",)
    moved: set[str] = set()
    if not before and _OPENING.fullmatch(opening):
        # no house that spoke; of its names, the one it moved, else, for a description, the
        # one its views were on ("Peel Hunt said the sell-off in Wise looked overdone. Shares
        # in the payments group rose 3.9%"; a bare "The stock" after "upgraded Acme" may
        # follow no company)
        described = _PLAIN_STOCK.fullmatch(text, ref.start, ref.end) is None if text else False
        told = (([m for m in found if m.name not in spoke], went or (viewed if described else set()))
                for found, (went, spoke, viewed) in zip(earlier, movers))
        before, moved = next(((found, went) for found, went in told
                              if any(m.kind in _NAMED for m in found)), ([], set()))
        if before and _others_in_paragraph(text, ref, before, (found for found, _ in told)):
            return None
        if moved and _DESCRIBED_OWNER.search(text, ref.start, ref.end):
            before, moved = _listed_houses_as_companies(before, moved)
    rated = _rated_company(text, before, ref) if text else None
    if rated is not None:
        return rated
    for kind in kinds:
        found = {m.company or m.name: m for m in before if m.kind == kind}
        if len(found) > 1 and len(moved & found.keys()) == 1:
            found = {name: m for name, m in found.items() if name in moved}
        if len(found) > 1 and opening.rstrip().endswith((";", ",")):
            # a headline's "...; shares rise 2%", a row's "..., shares +3.8%": a lone word
            # ("sees AWS reacceleration", a rating's "(Buy)") may be no company
            found = {name: m for name, m in found.items() if _known(m)} or found
        if found:
            only = next(iter(found.values()))
            # a lone word is a company once the last sentence moved its shares ("Coty
            # shares jumped. The stock added 2%")
            named = _known(only) or (only.company or only.name) in moved
            return only if len(found) == 1 and named else None
    return None


def _rated_company(text: str, named: list[Mention], ref: Mention) -> Mention | None:
    """The one company a house's rating change names, with no other company after it
    before ``ref``: its shares are the ones that move ("Morgan Stanley cuts Target to
    equal-weight; the shares are down 3.7%", "Nomura initiates coverage of Eternal at buy;
    the stock jumps 4.6%"), never the house's, though the lone word may be no known name."""
    houses = [m.end for m in named if m.kind == "firm"]
    if not houses:
        return None
    companies = [m for m in named if m.kind == "company" and m.end <= ref.start]
    rated = [m for m in companies if _RATING_NEXT.match(text, m.end) and
             any(_RATES.fullmatch(text, end, m.start) for end in houses)]
    if len(rated) != 1 or any(m.start > rated[0].end and (m.company or m.name) !=
                              (rated[0].company or rated[0].name) for m in companies):
        return None
    return rated[0]


def _listed_houses_as_companies(named: list[Mention], moved: set[str]
                                ) -> tuple[list[Mention], set[str]]:
    """"UniCredit rose after raising its stake in Commerzbank. The German bank's shares
    slipped": a described owner may be a listed bank named there that spoke no view (a
    research house too) as well as the company that moved, so neither is picked for it
    by having moved."""
    listed = [replace(m, kind="company") if m.kind == "firm" and m.company else m for m in named]
    return (listed, set()) if listed != named else (named, moved)


def _others_in_paragraph(text: str, ref: Mention, named: list[Mention],
                         further: Iterator[list[Mention]]) -> bool:
    """Whether ``named`` (the names of the nearest sentence that names anyone) lie in the
    paragraph before ``ref``'s, and that paragraph names two companies: a paragraph opening
    "At least 20 brokers raised their targets on the stock" after one telling Netflix's
    jump and its peers' moves refers to which?"""
    if not text or not BLANK_LINE.search(text, named[-1].end, ref.start):
        return False
    companies = {m.company or m.name for m in named if m.kind == "company"}
    first = named[0].start
    for found in further:  # the earlier sentences of that paragraph, nearest first
        if found and BLANK_LINE.search(text, found[-1].end, first):
            break
        companies |= {m.company or m.name for m in found if m.kind == "company"}
        first = found[0].start if found else first
    return len(companies) > 1


def _mover_before(earlier: Iterator[list[Mention]],
                  movers: Iterable[Told],
                  only_named: bool = False) -> Mention | None:
    """"Shares of Xiaomi jumped 9.6%. They were up 6.8% at midday": the one company whose
    shares the last sentence moved; None when it moved two or names a sector ("Banks
    rallied, with HSBC up 3%. They ...": the banks); a bank that is also a research house
    counts ("UBS shares jumped 7.8%. They closed up 4.2%")."""
    found, (moved, _, _) = next(earlier, []), next(iter(movers), (set(), set(), set()))
    if len(moved) != 1 or any(m.kind == "sector" for m in found):
        return None
    if only_named and len({m.company or m.name for m in found if m.kind in ("company", "firm")}) != 1:
        return None  # "TEL soared, outpacing Advantest. Last up 6.8%": which one's quote?
    return next((m for m in found if m.kind in ("company", "firm") and
                 (m.company or m.name) in moved), None)


def _only_company(ref: Mention, mentions: list[Mention], earlier: Iterator[list[Mention]],
                  houses_too: bool = True, movers: Iterable[Told] = (),
                  text: str = "") -> Mention | None:
    """"Intel shares are sinking. The chipmaker is down 9%": the one company the sentences
    before name; None when they name two ("Intel fell. AMD rose. The chipmaker ...": which?).
    A house that rates a company ("Barclays upgraded Airbus to overweight; the planemaker
    rose") or whose view a sentence before told ("Peel Hunt said the sell-off in Wise looked
    overdone. Shares in the payments group rose") is the speaker, not the one described,
    unless the description may fit a listed house ("the lender")."""
    here = [m for m in mentions if m.end <= ref.start]
    spoke, acted_on = _acting_houses(text, here) if text else (set(), [])
    if len({m.company or m.name for m in acted_on}) == 1 and here[-1] is acted_on[-1] and \
            not _HOUSE_LIKE.search(text, ref.start, ref.end):
        return acted_on[-1]  # the company this sentence's house rates, named last before it
    found_before = list(earlier)
    for found, (_, views, _) in zip(found_before, movers):
        spoke |= {m.name for m in found if m.kind == "firm" and m.name in views}
    if spoke and _HOUSE_LIKE.search(text, ref.start, ref.end) and any(
            m.company for m in here + [m for found in found_before for m in found]
            if m.name in spoke):
        spoke = set()
    before = here + [m for found in found_before for m in found]
    before = [m for m in before if not (m.kind == "firm" and m.name in spoke)]
    kinds = ("company", "firm") if houses_too else ("company",)
    found = {m.company or m.name: m for m in before if m.kind in kinds}
    only = next(iter(found.values()), None)
    return only if len(found) == 1 and only.kind == "company" and _known(only) else None


# a house acting on a company: its rating change ("upgraded Airbus to"), its target ("raised
# its price target for Sony"), its standing rating ("keeps a buy rating on China Mobile")
_ACTS_ON = re.compile(
    rf"{_RATES.pattern}|\s+(?:(?:also|now)\s+)?(?:raise[sd]?|lift(?:s|ed)?|cuts?|lower(?:s|ed)?|"
    r"trim(?:s|med)?|boost(?:s|ed)?)\s+(?:its|their|the)\s+(?:price\s+)?target\s+(?:for|on)\s+|"
    r".{0,80}?\b(?:keeps?|kept|maintains?|maintained|reiterated|reiterates|has)\s+an?\s+"
    r"[\w-]+\s+rating\s+on\s+", re.IGNORECASE)
# a description that may fit a listed research house as well ("the lender", "the bank's")
_HOUSE_LIKE = re.compile(r"\b(?:bank|lender|broker|brokerage|firm)\b", re.IGNORECASE)


def _acting_houses(text: str, named: list[Mention]) -> tuple[set[str], list[Mention]]:
    """The houses of ``named`` right before a company they act on (rate, target, keep at),
    and the companies acted on."""
    companies = [m for m in named if m.kind == "company"]
    pairs = [(h.name, m) for h in named if h.kind == "firm" for m in companies
             if m.start > h.end and _ACTS_ON.fullmatch(text, h.end, m.start)]
    return {house for house, _ in pairs}, [m for _, m in pairs]


# "Standard Chartered, which the brokerage kept at overweight": the clause's name is rated,
# so "the brokerage" is a house named before it
_WHICH_BEFORE = re.compile(r",\s+which\s+$")


def _house_before(ref: Mention, mentions: list[Mention],
                  earlier: Iterator[list[Mention]], opening: str = "") -> Mention | None:
    """The one research house named before ``ref`` in its sentence, else in the nearest
    sentence that names one; placed where ``ref`` stands (``opening``: the sentence's text
    before ``ref``)."""
    clause = _WHICH_BEFORE.search(opening)
    rated = ref.start - len(opening) + clause.start() if clause else -1
    before = [m for m in mentions if m.kind == "firm" and m.end <= ref.start and m.end != rated]
    if not before:
        before = next(([m for m in found if m.kind == "firm"] for found in earlier
                       if any(m.kind == "firm" for m in found)), [])
    houses = {m.name: m for m in before}
    if len(houses) != 1:
        return None
    return replace(next(iter(houses.values())), start=ref.start, end=ref.end)


def _known(m: Mention) -> bool:
    """A lexicon name, or a name as written of more than one word ("Acme Robotics"):
    not a lone capitalised word ("OK", "Gross") that may be no company at all."""
    return m.kind == "firm" or m.ticker is not None or " " in m.name


def detect_market(text: str, lexicon: Lexicon) -> str | None:
    """The market a report is about: the market whose shares its lead names ("Australian
    shares are set to open higher ..." before Wall Street's indices), else its most named
    indices, else its dateline, else the home market of the local houses it quotes."""
    lead = _lead_market(text, lexicon)
    if lead is not None:
        return lead
    head = min(len(text), 1200)  # positions, not a slice: the text's lowered copy is reused
    votes: Counter[str] = Counter()
    homes: Counter[str] = Counter()
    for m in lexicon.find(text, 0, head):
        if m.entry.market:
            votes[m.entry.market] += 2 if m.entry.kind == "index" else 1
        elif m.entry.kind == "firm" and m.entry.canonical in wordlists.house_markets():
            homes[wordlists.house_markets()[m.entry.canonical]] += 1
    for word, market in _DATELINE.items():
        votes[market] += text.count(word, 0, head)
    votes = +votes or homes  # a market nothing names gets no vote: no market, not the first listed
    return votes.most_common(1)[0][0] if votes else None


_LEAD = 160  # the lead's opening words: where a report names its subject
_SHARES_PHRASE = re.compile(r"(?:stocks|shares|equities)$", re.IGNORECASE)


def _lead_market(text: str, lexicon: Lexicon) -> str | None:
    """The market of the first market phrase of the lead that names shares ("Australian
    shares", not a bare city)."""
    pattern, table = wordlists.market_phrases()
    found = pattern.search(text, 0, min(len(text), _LEAD))
    if found is None or not _SHARES_PHRASE.search(found.group()):
        return None
    entry = lexicon.entry(table[" ".join(found.group().lower().split())])
    return entry.market if entry is not None else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def _is_binary(text: str) -> bool:
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > len(sample) * 0.05
