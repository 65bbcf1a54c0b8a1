"""Whose move is it: the subject(s) of a move word, or None when that is not clear.

The subject is the nearest name on the left, when everything between the two is
harmless ("Tencent shares also rose"), or an aside (", which ...,", "(0700.HK)"),
or, for a trailing "-ing" verb, the subject of the main clause. A name right after
a preposition ("stocks on the Hang Seng Index") is never a subject. Lists ("A, B
and C") share one move word.
"""

from __future__ import annotations

import re
from functools import cache

from . import wordlists
from .mentions import MEMBER_AFTER, Mention
from .numbers import PERCENT, quantities
from .triggers import Trigger

# "than" and "as" are checked first and the words before them afterwards (a lookbehind
# over the match): the same matches, but the lookbehinds no longer run at every position
BOUNDARY = wordlists.Folded(
    r";|\s[—–]\s|\s--?\s|\b(?:while|whereas|but|although|though|amid|despite|when|because|"
    r"unlike|said|says|if)\b|"
    # "slipped after hours", "rose 2% before the bell": a session, no clause
    r"\b(?:after(?![\s-]+hours\b(?!\s+of\b)|\s+the\s+bell\b)|before(?!\s+the\s+bell\b))\b|"
    r"\bthan\b(?<!more than)(?<!less than)(?<!fewer than)(?<!rather than)|"
    r"\bas\b(?<!much as)(?<!many as)(?<!well as)(?<!high as)(?<!low as)(?<!far as)"
    r"(?!\s+(?:much|many|well|high|low|far|little|a\s+whole)\b)"
)
WINDOW_END = wordlists.Folded(
    BOUNDARY.pattern + r"|\b(?:with|which|who|that|led by|dragged|weighed|"
    r"lifting|dragging|pushing|sending|helping|taking|lifts|lifted|drags|pushes|pushed|sends|"
    r"weighs|boosts|boosted|boosting|meaning|implying)\b"
)
ASIDE = re.compile(r"\([^()]{0,80}\)|,\s+(?:(?:in|of|to|for|from|with)\s+(?=wh))?(?:which|who|whose|whom|where)\b"
                   r"[^,;]{0,80},|"  # "X, in which Y holds a stake, rose"
                    r"(?P<appositive>,\s+(?:the|a|an|another|also (?:a|an|the)|two|three|four|both|home to|one of|once|now|itself|its|our|their|tracking|"
                    # what an index holds: "The VN30 Index, comprising the 30 largest stocks,"
                    r"comprising|consisting of|made up of|composed of|"
                    # a company's results day: "Chipotle, also reporting after the bell,",
                    # "Nike, due to report on Thursday,"
                    r"(?:also\s+)?(?:reporting|(?:due|set|scheduled|slated)\s+to\s+report)|"
                    # a price set against a mark: "opened at $39, below their $40 IPO price,"
                    r"(?:just\s+|well\s+)?(?:below|above|under)\s+(?:its|their)|"
                    r"(?:widely\s+)?(?:seen|viewed|regarded|known) as|considered|not|"
                    r"(?:often\s+|sometimes\s+|widely\s+)?(?:dubbed|nicknamed|billed\s+as)|"
                    # "CCB and ICBC, favourite dividend plays of southbound funds," (not ",
                    # while shares of hospital operators,": a clause)
                    r"(?!(?:while|whereas|but|and|or|as|with|then|though|although|when)\s)"
                    r"(?:[a-z][\w-]*\s+){0,2}[a-z]+ of|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}(?:'s|’s)|"
                    # "Banks, last month's laggards,", "Utilities, typically sought for their
                    # dividends,", "Property shares, sensitive to rates,": a sector's background
                    r"(?:last|this|the)\s+(?:week|month|quarter|year)(?:'s|’s)|"
                    r"(?:typically|usually|often|traditionally|generally)\s+[a-z]+|"
                    r"(?:highly\s+|most\s+)?(?:sensitive|exposed)\s+to|"
                    # what an index holds: "the FTSE 100, heavy with miners, gained 1.2%"
                    r"(?:heavily\s+)?(?:heavy|laden|packed|rich|dominated|weighted)\s+(?:with|in|by|toward|towards))"
                    r"\s[^,;]{0,60},)|"
                    r",\s+(?:by contrast|in contrast|on the other hand|meanwhile|however|though|too|in turn|"
                    r"for (?:its|their) part),|"
                    # "— the three most valuable U.S. companies —"; ", dragged lower by miners,"; ", weighed by";
                    # ", supported by defensive heavyweights,"
                    r"\s[—–]\s[^—–;]{1,80}?\s[—–]\s|"
                    r",\s+(?:dragged|weighed|pulled|pushed|lifted|boosted|buoyed|hit|led|supported|"
                    r"helped|underpinned|held\s+back|propped\s+up)\s+"
                    r"(?:(?:down|lower|higher|up)\s+)?by\s[^,;]{1,60},(?!\s*(?:which|who|whose)\b)")
_WORD = re.compile(r"[\w'’$€£¥₩₹.%-]+|[^\s\w]")
_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and|,?\s+&|,?\s+as well as|,?\s+or)(?:\s+the)?\s+$")
MAX_GAP_WORDS = 8
# a copula ends the phrase before it: "the biggest decliners on the index were Lenovo, ...";
# so does a clause's opening word ("under pressure after LVMH shed 3.2%")
_STOP_BACK = frozenset({"and", "or", "but", "while", "whereas", "then", "&", "both", "either",
                        "was", "were", "is", "are", "after", "before", "as", "when", "because",
                        "although", "though",
                        # a free-standing bullet or dash: "- STOXX 600 +0.8% at 548.20 - DAX +1.2%"
                        "-", "–", "—", "•", "·", "*", "▪", "●"})
SUBJECT_KINDS = {"index", "company", "firm", "sector", "market"}
# "Salesforce was the blue-chip average's biggest decliner, off 4.9%": an index that ranks
# its members is no subject; the clause's own is
_RANKS_MEMBERS = re.compile(r"['’]s(?:\s+[\w-]+){0,2}?" + MEMBER_AFTER.pattern)


@cache
def _gap_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    table = wordlists.gap_words()
    return table["filler"], table["preposition"], tuple(table["allowed"])


_OWN_FIGURE = re.compile(r"\s*[(,]\s*")  # "led by PDD (+4.2%)", "led by Entain, down 41p"
_TRADED_ON = re.compile(r"\s+(?:in|on)\s+(?:the\s+)?")
_COMMA_NOW = re.compile(r",\s*(?:now\s+)?$")
# "BMW and Daimler followed it lower, each losing about 2%": a participle after the clause's
# comma, "each" or "both" may come between, tells the move of the clause's subject(s)
_COMMA_EACH_END = re.compile(r",\s*(?:(?:each|both)\s+)?$")  # "has turned positive, now up 0.4%"
# "topped the DAX", "led the index": the name after it is what the mover ranked first on
_TOPPED = re.compile(r"\b(?:topped|tops|topping|led|leads|leading)\s+(?:the\s+)?$")
# "..., leading the FTSE 250 down 1.3%", "led the Kospi 2% lower": the way and figure right
# after the name led are its own, as after "dragged"
_LED_THE = re.compile(r"\b(?:led|leads|leading)\s+(?:the\s+)?$")
_LED_INTO = re.compile(r"\s+(?:\d[\d.]*\s?(?:%|percent|per\s+cent)\s+)?")


@cache
def _agent_end() -> re.Pattern[str]:
    """A phrase naming the movers at the end of a text, with its wildcards ("gainers on *
    included": "gainers on the benchmark included")."""
    agents = wordlists.trie_pattern(sorted(wordlists.move_words().agents), fold=True)
    return re.compile(rf"\s(?:{agents})$")


def _after_agent(text: str, start: int) -> bool:
    """Whether a phrase naming the movers ("led by", "dragged down by") ends right at ``start``."""
    before = " ".join(text[max(0, start - 40):start].lower().split())
    return _agent_end().search(before) is not None


def _sector_before(text: str, left: list[Mention]) -> int:
    """Where the last name of ``left`` starts, with the sector that describes it right
    before it: "led by optical module makers Zhongji Innolight (+9.4%)"."""
    if len(left) > 1 and left[-2].kind == "sector" and not text[left[-2].end:left[-1].start].strip():
        return left[-2].start
    return left[-1].start


def subject_of(text: str, trigger: Trigger, mentions: list[Mention],
               floor: int) -> list[Mention] | None:
    """The mention(s) whose move ``trigger`` reports; ``floor`` = where the clause starts."""
    if trigger.participle and _COMMA_EACH_END.search(text, floor, trigger.start):
        main = _main_subject(text, trigger, mentions, floor)
        if main is not None:
            return main
    found = _nearest_subject(text, trigger, mentions, floor)
    if found is None and trigger.form == "adj" and \
            _COMMA_NOW.search(text, floor, trigger.start):
        # "Rolls-Royce was the top riser on the FTSE 100, up 12p", "Alibaba closed at $185,
        # up 0.4%" -- not "NIO delivered 40,397 cars, up 92%": the clause must be the quote's
        main = _main_subject(text, trigger, mentions, floor)
        if main and (_QUOTE_CLAUSE.match(text, main[-1].end, trigger.start) or
                     _set_apart_then(text, main[-1].end, trigger)):
            return main
    if found and found[0].kind in ("index", "ref") and \
            _TOPPED.search(text, max(floor, found[0].start - 12), found[0].start) and not (
                trigger.form == "adj" and _LED_INTO.fullmatch(text, found[-1].end, trigger.start)
                and _LED_THE.search(text, max(floor, found[0].start - 12), found[0].start)):
        # "Glencore topped the index, up 4.1%": the figure is the company's that topped it
        main = _main_subject(text, trigger, mentions, floor)
        return main if main and main[0].kind in ("company", "firm") else None
    return found


@cache
def _set_apart() -> dict[str, re.Pattern[str]]:
    """A verb that sets a name apart from the market, then its own figure: "Givaudan bucked
    the trend, up 1.4%", "Kering lagged, down 3%", "SAP outperformed, up 2%"; by the way the
    figure may go: any after a relative verb, only its own after "outperformed" ("Insurers
    outperformed, down 0.2%": unclear)."""
    verbs = wordlists.move_words().verbs
    ways = {"any": [p for p, way in verbs.items() if way in ("against", "members", "market")]}
    for way in ("up", "down"):
        ways[way] = [p for p, w in verbs.items() if w == way and
                     p.startswith(("outperform", "underperform"))]
    return {way: re.compile(rf"\s+(?:(?:shares|stock)\s+)?(?:{wordlists.trie_pattern(sorted(phrases))})"
                            r",\s*(?:now\s+)?") for way, phrases in ways.items()}


def _set_apart_then(text: str, start: int, trigger: Trigger) -> bool:
    """Whether a verb setting a name apart stands between ``start`` and ``trigger``."""
    return any(pattern.fullmatch(text, start, trigger.start) for way, pattern in
               _set_apart().items() if way in ("any", trigger.direction))


def _nearest_subject(text: str, trigger: Trigger, mentions: list[Mention],
                     floor: int) -> list[Mention] | None:
    """The name right before the move word, with the list it ends, if the gap is clean."""
    left = [m for m in mentions if floor <= m.start and m.end <= trigger.start]
    shared = _shared_figure(text, trigger, left)
    if shared:
        return shared
    if left and left[-1].kind in SUBJECT_KINDS and trigger.form in ("sign", "adj") and \
            _OWN_FIGURE.fullmatch(text, left[-1].end, trigger.start) and \
            _after_agent(text, _sector_before(text, left)):
        # "led by PDD (+4.2%) and ...", "fell 1%, led by Unilever, down 3%": its own figure,
        # even in an aside
        return [left[-1]]
    asides = aside_spans(text, floor, trigger.start, mentions)
    left = [m for m in left if not _inside(m, asides) or _alias_in_parens(text, m)]
    if not left:
        return None
    nearest, held = left[-1], None
    for m in reversed(left):  # "the Topix index of all Prime Market issues finished up"
        held = _WHAT_INDEX_HOLDS.match(text, m.end, trigger.start) if m.kind == "index" else None
        if held and held.end() >= nearest.end:
            nearest = m
            break
    label = left[0]
    if not text[floor:label.start].strip() and _label_dash().fullmatch(text, label.end,
                                                                      trigger.start):
        return [label]  # a movers list: "Nvidia — up 3%", "Nike — The sneaker giant jumped 6.8%"
    gap_start = held.end() if held else nearest.end
    nearest = _sector_traded_on(text, left) or nearest
    described = _index_described().match(text, gap_start, trigger.start) \
        if nearest.kind == "index" else None
    if nearest.name.endswith(" futures"):
        described = _CALLED_OPEN.match(text, gap_start, trigger.start) or described
    gap = _without_asides(text, described.end() if described else gap_start, trigger.start,
                          asides)
    if not clean_gap(gap, trigger):
        return None
    if nearest.kind not in SUBJECT_KINDS and nearest.kind != "ref" or \
            nearest.kind in ("index", "ref") and _RANKS_MEMBERS.match(text, nearest.end):
        return None
    group = _list_before(text, nearest, left)
    if len(group) > 1 and _fronted_phrase(text, floor, group[0]):
        group = group[1:]
    if len(group) > 1 and _BARE_SHARES.match(text, group[-1].end, trigger.start):
        return None  # "downgraded Adidas and Puma, shares dropped 4%": whose shares?
    relative = re.match(r"\s*,\s*(?:which|who|whose)\b", text[group[-1].end:trigger.start])
    if _after_preposition(text, group[0], floor) and not relative:
        return None
    return group


# "led by Iberdrola and Telefonica, each up about 1.5%" (", both down 2%", ", each 2%
# lower"), "..., up 1.5% apiece": one figure every name of the list took
_EACH_FIGURE = rf"(?:(?:about|around|nearly|some|more than)\s+)?\d[\d,.]*\s?(?:{PERCENT})"
_EACH_BEFORE = re.compile(rf"\s*,\s*(?:each|both)\s+(?:{_EACH_FIGURE}\s+)?")
_EACH_AFTER = re.compile(rf"\s*{_EACH_FIGURE}\s+(?:each|apiece)\b")


def _shared_figure(text: str, trigger: Trigger, left: list[Mention]) -> list[Mention] | None:
    """The names a phrase naming the movers lists ("led by", "dragged down by"), when the
    figure right after them is told as each one's."""
    if not left or left[-1].kind not in SUBJECT_KINDS or trigger.form not in ("sign", "adj"):
        return None
    each = _EACH_BEFORE.fullmatch(text, left[-1].end, trigger.start) or \
        _OWN_FIGURE.fullmatch(text, left[-1].end, trigger.start) and \
        _EACH_AFTER.match(text, trigger.end)
    group = _list_before(text, left[-1], left) if each else []
    return group if len(group) > 1 and _after_agent(text, group[0].start) else None


_BARE_COMMA = re.compile(r",\s+")
# a clause of bare "shares" after a list: "..., shares fell" names no one of the list
_BARE_SHARES = re.compile(r"\s*,\s*(?:the\s+)?(?:shares|stocks?)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:the|its|their)\s+")


def _fronted_phrase(text: str, floor: int, first: Mention) -> bool:
    """"Among the OMCs, Bharat Petroleum fell": a name in the phrase opening the clause,
    closed by a comma, is no member of the list after it."""
    opening = text[floor:first.start].split(None, 1)
    _, prepositions, _ = _gap_words()
    return len(opening) > 0 and opening[0][0].isupper() and opening[0].lower() in prepositions \
        and (len(opening) == 1 or bool(_DETERMINER.fullmatch(opening[1]))) \
        and bool(_BARE_COMMA.match(text, first.end))


def _sector_traded_on(text: str, left: list[Mention]) -> Mention | None:
    """"A gauge of consumer stocks in the CSI 300 climbed 2.4%": the index is where the
    sector trades, the sector moved."""
    if len(left) < 2 or left[-1].kind != "index" or left[-2].kind != "sector":
        return None
    return left[-2] if _TRADED_ON.fullmatch(text, left[-2].end, left[-1].start) else None


def _main_subject(text: str, trigger: Trigger, mentions: list[Mention],
                  floor: int) -> list[Mention] | None:
    """"Intel bucked the trend, falling 1.6%": the subject of the clause's main verb; after
    a with-clause, its own ("..., with banks the worst sector, falling 4.2%": the banks')."""
    starts = [m.end() for m in BOUNDARY.finditer(text, floor, trigger.start)]
    withs = [m.end() for m in _WITH_CLAUSE.finditer(text, floor, trigger.start)]
    clause = max(starts + withs, default=floor)
    if clause in withs and _PCT_IN.search(text, clause, trigger.start):
        return None  # "with A up 6.1%, B gaining 7.8% and C, ..., soaring 9%": C's, not A's
    cands = [m for m in mentions if clause <= m.start and m.end <= trigger.start]
    joint = _gapped_clause(text, clause, trigger.start, cands)
    if joint is not None:
        # "Tech led, up 4.2%, and energy the weakest, falling 3.1%": the gapped clause's own
        cands = [m for m in cands if m.start >= joint]
    descriptors = wordlists.gap_words()["descriptor"]
    for i, m in enumerate(cands):
        if m.kind not in SUBJECT_KINDS | {"ref"}:
            continue
        if i + 1 < len(cands):  # "Chip-testing equipment maker Advantest"
            between = text[m.end:cands[i + 1].start].split()
            if between and between[-1].lower() in descriptors and \
                    all(w.islower() for w in between):
                continue
        if _after_preposition(text, m, clause):
            return None
        return list_after(text, m, mentions, trigger.start)
    return None


_CLAUSE_JOINT = re.compile(r",\s+(?:and|or)\s+")


def _gapped_clause(text: str, start: int, end: int, cands: list[Mention]) -> int | None:
    """Where a clause that leaves its verb out opens (", and <name> the weakest, ..."), when
    a name of its own follows the joint."""
    joints = [m.end() for m in _CLAUSE_JOINT.finditer(text, start, end)]
    own = [m for m in cands if joints and m.start >= joints[-1] and m.kind in SUBJECT_KINDS]
    if not own or own[0] in list_after(text, cands[0], cands, end):
        return None  # "Sony, Toyota, and Honda led": one list
    return joints[-1]


def list_after(text: str, first: Mention, mentions: list[Mention], stop: int) -> list[Mention]:
    group = [first]
    for m in mentions:
        if m.start >= group[-1].end and m.end <= stop:
            if _joins_list(first, m, text[group[-1].end:m.start]):
                group.append(m)
            elif m.start > group[-1].end:
                break
    return group


def aside_spans(text: str, start: int, end: int,
                mentions: list[Mention]) -> list[tuple[int, int]]:
    """The asides in ``text[start:end]``: parentheses, relative clauses, and appositives
    to a name before them ("Ping An, China's largest insurer by market value,"), not a
    clause's own subject after an opening word ("Meanwhile, the Hang Seng Index, which
    ..., rose")."""
    spans, pos = [], start
    while (aside := ASIDE.search(text, pos, end)) is not None:
        if aside.group("appositive") and (not any(
                start <= m.start and m.end <= aside.start() for m in mentions) or
                _names_the_relative(text, aside.start(), aside.end(), end)):
            pos = aside.start() + 1
            continue
        spans.append(aside.span())
        pos = aside.end()
    return spans


# "rose 8.2%, the top gainer on the Taiex, which is up 0.9%": after the move's figure, the
# appositive names what the relative clause that ends the window moved
_FIGURE_BEFORE = re.compile(r"(?:%|percent|per cent)$")
_RELATIVE_TO_END = re.compile(r"\s*(?:which|that)\s[^,;]{0,40}")
_TO_PRICE = re.compile(r"\b(?:to|at)\s+$")  # "closed up 4.2% at 28.96 Swiss francs, the top ..."


def _names_the_relative(text: str, start: int, end: int, window_end: int) -> bool:
    return bool(_RELATIVE_TO_END.fullmatch(text, end, window_end)) and (
        bool(_FIGURE_BEFORE.search(text, max(0, start - 8), start)) or _price_before(text, start))


def _price_before(text: str, start: int) -> bool:
    """Whether the move's price ("to HK$380", "at 28.96 Swiss francs") ends at ``start``."""
    window = max(0, start - 40)
    price = next((q for q in quantities(text, window, start)
                  if q.currency and not text[q.end:start].strip()), None)
    return price is not None and bool(_TO_PRICE.search(text, max(window, price.start - 4), price.start))


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


def _alias_in_parens(text: str, m: Mention) -> bool:
    """"the weighted index (Taiex)": a name alone in parentheses may stand."""
    return text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"


def _without_asides(text: str, start: int, end: int, asides: list[tuple[int, int]]) -> str:
    pieces, pos = [], start
    for s, e in asides:
        if s >= start and e <= end:
            pieces.append(text[pos:s])
            pos = e
    pieces.append(text[pos:end])
    return " ".join(pieces)


# "pared losses to close 0.2% lower", "gave up early gains and ended 0.4% lower": the
# closing clause belongs to the subject's move, and so does the paring before it
@cache
def _label_dash() -> re.Pattern[str]:
    """The dash after a movers list's name, then what stands for the name: "— up 3%", "—
    shares rose", "— The sneaker giant jumped", "— Shares of the online pet retailer popped",
    "— the Photoshop maker slid" (a product's name may describe it)."""
    nouns = wordlists.trie_pattern(sorted(wordlists.gap_words()["descriptor"]))
    return re.compile(rf"\s*(?:[—–]|\s-)\s*(?:(?:[Ii]ts\s+|[Tt]he\s+)?(?:[Ss]hares|[Ss]tock)\s+|"
                      rf"(?:[Ss]hares\s+of\s+the|[Tt]he)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:{nouns})"
                      r"(?:['’]s\s+(?:shares|stock))?\s+)?")


# "was last down 0.3%", "were last seen trading 2.1% higher"; a call's "FTSE 100 futures were indicated 0.3% higher" (passive: not
# "Tencent indicated 3% higher sales")
_WAS_LAST = re.compile(r"\b(?<=was |ere | is |are )(?:last(?:\s+seen)?|indicated)\b")
_LAST_ALONE = re.compile(r"\s+last\s+")
# "The index had at one point dropped as much as 6.1%": when, within the day
_AT_ONE_POINT = re.compile(r"\bat (?:one|some) (?:point|stage|time)\b")
# "Maruti bucked the trend and rose 0.9%": going against the market, then the move
_BUCKED = re.compile(r"\b(?:bucked|bucks|bucking|defied|defies|defying)\s+the\s+(?:[\w-]+\s+)?"
                     r"(?:trend|market|selloff|sell-off|slide|decline|rally)\s+(?:and|to)\b")
# "The tech sector as a whole gained 1.8%": the whole of the subject, no clause of "as"
_AS_A_WHOLE = re.compile(r"\bas\s+a\s+whole\b")
_TO_CLOSE = re.compile(r"\b(?:to (?:close|end|finish|settle|trade)|"
                       r"and (?:closed|ended|finished|settled)|"
                       r"before (?:closing|ending|finishing|settling))\b")


# the name's own shares are the clause's subject: "X (shares) was/closed ...", not "X's
# profit was ..." or "X sales were ..."; a live blog's "Energy's the worst sector, down 1.6%"
# ("'s" before "the" is "is": no possessive comes before an article)
_QUOTE_CLAUSE = re.compile(r"['’]s(?=\s+the\b)|"
                           r"\s*(?:(?:shares|stock)\s+)?(?:\w+ly\s+)?(?:(?:has|have)\s+)?(?:was|"
                           r"were|is|are|closed|ended|finished|traded|stood|settled|opened|"
                           r"turned|(?:snaps|snapped|extends|extended|ends|breaks|broke)\s+"
                           r"(?:[\w-]+\s+){0,3}streak)\b")
# what an index holds, between it and its move: "the Russell 2000 index of small caps",
# "the broader Topix index of all Prime Market issues", "the Euro Stoxx 50 gauge of blue chips",
# "the Golden Dragon China index of U.S.-listed Chinese companies"
_HOLDINGS = (r"(?:(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|(?:[\w&'’.-]+\s+){0,4}(?:issues|stocks|shares|"
             r"companies|firms|caps|names|constituents|members))")
# ... and where they trade: "of all issues on the Prime Market"
_LISTED_ON = r"\s+(?:listed\s+)?(?:on|in)\s+the\s+(?:[A-Z][\w-]*\s+){1,3}(?:Market|Board|Section|Exchange)"
_WHAT_INDEX_HOLDS = re.compile(r"\s*(?:(?:gauge|measure|barometer)\s+)?of\s+(?:(?:all|the)\s+)?"
                               rf"(?:{_HOLDINGS}{_LISTED_ON}|{_HOLDINGS})(?=\s|$)")

@cache
def _index_described() -> re.Pattern[str]:
    """Words that describe an index itself right after its name, then "index": "Warsaw's
    WIG20 blue-chip index gained", "the Topix broad index fell"."""
    words = wordlists.trie_pattern(sorted(wordlists.gap_words()["index_self"]))
    return re.compile(rf"(?:\s+(?:{words})){{1,3}}\s+(?:index|gauge)\b")


# futures calling the open, their figure after it: "HSI futures indicate a firmer open,
# +143 pts", "SPI futures point to a soft open (-0.3%)", "... suggest a lower open, down 0.4%"
_CALLED_OPEN = re.compile(r"(?:\s+(?:were|was|are|is))?\s+(?:point(?:s|ed|ing)?|indicat(?:e|es|ed|ing)|"
                          r"signal(?:s|led|ed|ling|ing)?|suggest(?:s|ed|ing)?)\s+(?:to\s+)?(?:a|an)\s+"
                          r"(?:[a-z-]+\s+){0,2}(?:open|opening|start)(?=\s*[,(:])")
# compiled once: these run for every move word
_NUMERIC = re.compile(r"-?(?:[A-Z]{0,3}\$|[€£¥₩₹])?[\d,.]+%?|\d+(?:\.\d+)?[A-Za-z]{1,3}")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+&|,?\s+as well as|,?\s+or)(?:\s+the)?\s*")
_THEME_TRADE = re.compile(r"\s*trade\b")  # "the Trump trade"; "trades higher" is a verb
_PUNCT_END = re.compile(r"[,:;(]\s*$")


@cache
def _listing() -> re.Pattern[str]:
    """A company's listing or share class: "'s London-listed shares", "'s Shanghai shares",
    "'s local shares", "preferred shares" (a place only after "'s"). Not "American depositary receipts": an
    overnight signal in New York, not the home market's move."""
    gaps = wordlists.gap_words()
    place = wordlists.trie_pattern(sorted(wordlists.places() | gaps["listing_where"]))
    kinds = wordlists.trie_pattern(sorted(gaps["listing"]))
    listed = r"[\w.]+-(?:listed|traded)\s+"
    return re.compile(rf"(?:['’]s\s+(?:(?:{place})\s+){{0,2}})?(?:{listed}){{0,2}}(?:{kinds})(?![\w-])")


@cache
def _own_news() -> re.Pattern[str]:
    """The company's own news, then "and" its move: "raised guidance and jumped 4.3%", "cut
    its margin forecast and its shares lost 5.1%" (no comma, clause or other name inside)."""
    verbs = wordlists.trie_pattern(sorted(wordlists.gap_words()["news_verb"]))
    return re.compile(rf"\s+(?:also\s+)?(?:{verbs})(?:\s+(?!and\b|that\b|which\b)[\w%$.'’-]+){{1,5}}"
                      r"\s+and\s+(?:(?:its|the)\s+)?(?:(?:shares|stock)\s+)?(?:also\s+)?")


def _gap_after_news(gap: str, trigger: Trigger) -> str:
    """``gap`` without the company's own news before a verb with a figure; the news must
    fill the gap from the name to the move word."""
    if " and " not in gap or trigger.form != "verb" or trigger.participle or \
            not trigger.has_number:
        return gap
    return " " if _own_news().fullmatch(gap) else gap


def clean_gap(gap: str, trigger: Trigger) -> bool:
    """Whether only harmless words ("shares also", "was", "in early trade") stand in
    ``gap``, the text between a subject and its move word ``trigger``."""
    gap = _gap_after_news(gap, trigger)
    if _THEME_TRADE.match(gap):
        return False  # "Takaichi trade lifts exporters": a theme, no name's shares
    if trigger.form == "adj" and _LAST_ALONE.fullmatch(gap):
        return True  # "with S&P 500 futures last down 0.1%": the latest quote, no copula
    if "share" in gap or "ADR" in gap or "stock" in gap:  # every listing names its shares
        # or stock: a quick test first ("Rio Tinto's London-listed stock fell 2%")
        gap = _listing().sub(" shares ", gap)
    closing = _TO_CLOSE.search(gap)
    gap = _WAS_LAST.sub(" ", _TO_CLOSE.sub(" ", _BUCKED.sub(" ", gap)))  # "was last down 0.3%"
    gap = _AS_A_WHOLE.sub(" ", gap) if "whole" in gap else gap
    gap = _AT_ONE_POINT.sub(" ", gap) if "at " in gap else gap
    month = wordlists.periods().month_verb.search(gap) if "ed " in gap else None
    if month:  # "ended November up 5.7%": a month's move (told apart as multi-day)
        gap = f"{gap[:month.start()]} ended {gap[month.end():]}"
    if BOUNDARY.search(gap):
        return False
    filler, _, _ = _gap_words()
    if closing:
        filler = filler | wordlists.gap_words()["paring"]
    words = [w for w in _WORD.findall(gap) if w not in ",:-+−()[]<>|▲▼△▽↑↓"]
    if trigger.participle and "," in gap:
        return len(words) <= MAX_GAP_WORDS and ";" not in gap
    counted = [w for w in words if not (closing and w in filler or _numeric(w))]
    if len(counted) > MAX_GAP_WORDS:
        return False
    places, in_place = wordlists.places(), False
    for word in words:  # "Bank shares in Europe dropped": a place after "in" is no name
        in_place = in_place and (word in places or word == "and")  # "in Shanghai and Shenzhen"
        if not (in_place or word in filler or word.lower() in filler or _numeric(word)):
            return False
        in_place = in_place or word in ("in", "across")
    return True


def _numeric(word: str) -> bool:
    return bool(_NUMERIC.fullmatch(word))


def _joins_list(first: Mention, m: Mention, between: str) -> bool:
    """A name of the same kind after a comma or "and" ("and other consumer names"; a
    sector's place is no part of the joint: "property developers and Chinese brokerages");
    a sector after a company only by "and other" ("Meituan and other consumer names")."""
    if _family(m) == _family(first):
        if m.kind == "sector":
            between = _sector_demonym().sub(" ", between)
        return bool(re.fullmatch(r"\s*(?:,|,?\s+and(?:\s+other)?|,?\s+&)\s*", between))
    return m.kind == "sector" and _family(first) == "company" and \
        bool(re.fullmatch(r"\s+and\s+other\s+", between))


def _family(m: Mention) -> str:
    return {"firm": "company"}.get(m.kind, m.kind)


def _list_before(text: str, nearest: Mention, left: list[Mention]) -> list[Mention]:
    group = [nearest]
    for m in reversed(left[:-1]):
        between = _described().sub(" ", _place_owner().sub(" ", text[m.end:group[0].start]))
        if nearest.kind == "sector":
            between = _sector_demonym().sub(" ", between)
        if _family(m) != _family(nearest) or not _LIST_SEP.match(between + " "):
            break
        if not _LIST_JOIN.fullmatch(between):
            break
        group.insert(0, m)
    return group


@cache
def _described() -> re.Pattern[str]:
    """"and its rival JD.com", "and chip-testing equipment maker Advantest", "and its
    Amsterdam-listed unit Prosus": the words that describe the next name in a list are no
    part of the joint."""
    nouns = wordlists.trie_pattern(sorted(wordlists.gap_words()["descriptor"]))
    listed = r"(?:[A-Z]\w*\s+)?[A-Z]\w*-[a-z][\w-]*"  # "Amsterdam-listed", "Hong Kong-based"
    return re.compile(rf"(?:(?<=\band)|(?<=,))\s+(?:(?:its|their|the)\s+)?"
                      rf"(?:(?:[a-z][\w-]*|{listed})\s+){{0,3}}?(?:{nouns})\s*$")


@cache
def _place_owner() -> re.Pattern[str]:
    """"Japan's Topix and Korea's Kospi": a place owning the next name in a list is no
    part of the joint."""
    places = wordlists.trie_pattern(sorted(wordlists.places()))
    return re.compile(rf"(?:(?<=\band)|(?<=,))\s+(?:{places})(?:\s+(?:{places}))?['’]s\s*$")


@cache
def _sector_demonym() -> re.Pattern[str]:
    """"oil counters and Chinese lenders": where the next sector in a list trades is no
    part of the joint; nor is "other" ("liquor makers and other consumer staples")."""
    demonyms = wordlists.trie_pattern(sorted(wordlists.gap_words()["sector_demonym"]))
    return re.compile(rf"(?:(?<=\band)|(?<=,))\s+(?:other(?:\s+(?:{demonyms}))?|{demonyms})\s*$")


# "a gauge tracking the 30 largest tech firms": a chosen few of the sector, not its gauge
# (while "an index tracking mainland developers" is the sector's)
_SOME_OF = re.compile(r"the|\d[\d,]*|\w+est", re.IGNORECASE)


def _some_of_them(between: list[str]) -> bool:
    return any(_SOME_OF.fullmatch(w) for w in between)


def _after_preposition(text: str, m: Mention, floor: int) -> bool:
    _, prepositions, allowed = _gap_words()
    before = text[max(floor, m.start - 40):m.start]
    if _PUNCT_END.search(before) or not before.strip() or _fronted_time().search(before) \
            or _opening_setting(text, floor, m):
        return False
    if _excluded_list().search(before):
        return True
    words = before.split()
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        word = words[i].lower().strip(",")
        two = " ".join(words[i - 1:i + 1]) if i > 0 else ""
        if two in allowed or two.lower() in allowed or word in allowed:
            return two.lower().endswith((" tracking", " measuring")) and _some_of_them(words[i + 1:])
        if word in ("which", "whom"):
            return False  # "a sell-off in which the S&P 500 fell 1.3%": the preposition's
            # object is the relative pronoun; the name after it is the clause's subject
        if word in prepositions:
            return True
        possessive = word.endswith(("'s", "’s"))  # "sales at China's top developers"
        if words[i][0].isupper() and not possessive or words[i].endswith((",", ";", ":")) \
                or word in _STOP_BACK:
            return False
    return False


_CLAUSE_MARK = re.compile(r"[;—–]")  # "UBTech +14%; on the mainland Sanhua hits limit-up"


def _opening_setting(text: str, floor: int, m: Mention) -> bool:
    """"On the mainland BYD rose 2%", "In the afternoon Tencent extended gains": a phrase of
    where or when opening the sentence or a clause after ";", a preposition and one noun, sets
    the scene: the name right after it is the subject (a comma is often left out there)."""
    opening = _CLAUSE_MARK.split(text[floor:m.start])[-1].split()
    _, prepositions, _ = _gap_words()
    return len(opening) == 3 and opening[0].lower() in prepositions \
        and opening[1].lower() == "the" and opening[2].isalpha() and opening[2].islower()


@cache
def _fronted_time() -> re.Pattern[str]:
    """A clause opened by a time with no comma: "At midday the", "By the close the"."""
    times = wordlists.trie_pattern(sorted(wordlists.gap_words()["time_object"]))
    return re.compile(r"(?:^|[–—:;]\s*|\.\s+)(?:(?:Halfway|Midway|Early|Late)\s+(?:through|in)|"
                      r"At|By|In|Through|During|Into|After|Before|Since|Towards?)\s+"
                      rf"(?:the\s+)?(?:(?:early|late|first|final|last|morning|afternoon)\s+)?(?:{times})"
                      r"\s+(?:the\s+)?$")


@cache
def _excluded_list() -> re.Pattern[str]:
    """"excluding food and energy", "which excludes fresh fruit, vegetables and energy": the
    last of a list left out of a figure."""
    words = wordlists.trie_pattern(sorted(wordlists.gap_words()["exclusion"]), True)
    return re.compile(rf"(?<![\w-])(?:{words})[\s-]+(?:[\w-]+,?\s+){{0,4}}(?:and|&)\s+$")


_WITH_CLAUSE = re.compile(r",\s+with\s")
_PCT_IN = re.compile(rf"\d\s?(?:{PERCENT})\b|\d%")
_FRONTED = re.compile(r"\s*(?:[,:]\s*)?(?:with\s+)?")
_SHARES_BEFORE = re.compile(r"(?:\b(?:as|with|and|while|but|sending|pushing|driving)\s+|"
                            r"[,;]\s*)(?:its\s+|their\s+|the\s+)?(?:[\w.]+-listed\s+)?"
                            r"(?:[AH][- ])?(?:shares|stock)\s+(?:\w+ly\s+)?$")


def fronted_subject(text: str, trigger: Trigger, mentions: list[Mention], floor: int,
                    end: int) -> list[Mention] | None:
    """"Down 4.5%, AIA Group was the biggest drag"; "Apple ... as shares slide 6%"."""
    if trigger.form in ("adj", "sign") and trigger.has_number and \
            not text[floor:trigger.start].strip(" -•*"):
        comma = text.find(",", trigger.end, min(end, trigger.end + 30))
        after = [m for m in mentions if comma >= 0 and m.start > comma]
        if after and _FRONTED.fullmatch(text[comma:after[0].start]) and \
                after[0].kind in SUBJECT_KINDS:
            return [after[0]]
    if _SHARES_BEFORE.search(text, max(floor, trigger.start - 40), trigger.start):
        companies = {m.name: m for m in mentions if m.kind in ("company", "firm")
                     and m.end <= trigger.start}
        if len(companies) == 1:
            return list(companies.values())
    return None
