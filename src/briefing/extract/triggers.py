"""Move words in a sentence ("fell", "was 1.6% lower", "little changed") with a direction.

A verb reports a move of the subject on its left. A bare direction word ("down",
"higher") counts only next to a number or after a verb like "was"/"ended"; a
verb used as a noun ("a fall", "the rise") is not a move. Weak verbs ("added",
"eased") count only when a number follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import wordlists
from .numbers import SCALED_MONEY, fraction_size, quantities

NOUN_BEFORE = frozenset(
    ["a", "an", "the", "its", "their", "this", "that", "these", "those", "further", "sharp", "steep", "big", "bigger", "biggest", "strong", "slight", "modest", "early", "initial", "recent", "any", "no", "one", "day's", "week's", "session's"]
)
# a participle right after these describes a noun ("amid falling prices"), not a move
ADJECTIVE_BEFORE = frozenset(["citing", "amid", "on", "of", "with", "by", "from", "despite",
                              "against", "over", "about", "due", "because", "cited", "flagging",
                              "flagged", "noting", "noted", "highlighting", "blaming",
                              # what is said or feared: "saying rising costs could", "sees
                              # falling prices", "warned soaring rates would"
                              "saying", "says", "said", "warning", "warns", "warned",
                              "arguing", "argues", "argued", "sees", "expects", "expected",
                              "fears", "feared", "worries", "worried"])
# "..., with only energy higher", "with banks and miners in the red": a with-clause's
# verbless move (not "with every sector but energy in the red": the others')
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:only\s+)?(?![^,;]*\b(?:but|except|save|other than|not)\s)"
                           r"[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}\s+$")
COPULA = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|ended|closed|finished|opened|traded|trading|settled|"
    r"ends|closes|finishes|opens|trades|settles|"
    r"stood|ending|closing|finishing|last|edged|moved|turned|drifted|headed|slightly|sharply|"
    r"marginally|modestly|broadly|mostly|largely|trending|now)\s+(?:also\s+)?|[,:]\s*)$",
    re.IGNORECASE,
)
# a rating a broker moves a stock to: "lifted Tesco to buy" is a call, not a price move;
# the rating may be quoted ("cut Rightmove to 'underweight'") or numbered ("cuts Shiseido to 3
# (neutral)", Japanese brokers' scales)
TO_RATING = (r"(?:to|at)\s+(?:[1-5]\s+\()?['‘\"“]?(?:buy|sell|hold|reduce|neutral|overweight|underweight|outperform|"
             r"underperform|equal[- ]weight|market[- ]perform|sector[- ](?:weight|perform)|"
             r"market[- ]weight|peer[- ]perform|(?:most\s+)?(?:un)?favou?rable)\b")
# a verb that moves its object: "sent chip stocks higher", "pushed the Kospi lower", also its
# second object ("sending energy shares higher and airlines lower")
_CAUSED_BEFORE = re.compile(
    r"\b(?:sen[dt]|sends|sending|push(?:es|ed|ing)?|drove|drives?|driving|knock(?:s|ed|ing)?|"
    r"tip(?:s|ped|ping)?|pull(?:s|ed|ing)?|drag(?:s|ged|ging)?)\s+(?:[\w.&'’-]+\s+){1,4}"
    r"(?:(?:higher|lower),?\s+and\s+(?:[\w.&'’-]+\s+){1,4})?$",
    re.IGNORECASE,
)
# "a break below could drag the index towards 24,900": a forecast ("May" is a month)
MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|should|can)\s+(?:\w+\s+)?$")
# "snapped an 11-game losing streak": a team's, not a market's
_GAMES = re.compile(r"\b(?:game|match)\b")
# a figure right after the move word: "rose 2%", a shared range "gained 1.5-2.8%" (a hyphen
# before a bare number is a score's: "up 109-98")
_QTY_NEAR = re.compile(
    r"\s*(?:by\s+)?(?:between\s+|more than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|"
    r"some\s+|roughly\s+|as much as\s+|up to\s+|just\s+|only\s+|just under\s+|below\s+|above\s+|past\s+|"
    r"through\s+)?(?:[A-Z]{0,3}\$|Rs\.?\s?|[₹€£]\s?)?\d[\d,.]*(?:[-–]\d[\d,.]*\s?(?=%|per\s?cent|percent|pct)|"
    r"(?![\d,.]*-\d))\s*(?:%|per\s?cent|percent|"
    r"pct|pc|p\b|points?|pts|\b)|\s*(?:by\s+)?(?:more than\s+|nearly\s+|about\s+|over\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|half a)(?:\s+and\s+a\s+half)?[\s-]+"
    r"(?:per\s?cent|percent|sen|cents?)"
    # "gained a more modest 0.4 percent", "lost a hefty 2%": a described percentage
    r"|\s*an?\s+(?:(?:more|less|much|far|even)\s+)?[a-z]+\s+\d[\d,.]*\s*"
    r"(?:%|per\s?cent|percent|pct)(?!\s+(?:gain|rise|fall|drop|decline|increase|jump|advance|"
    r"loss|slide|rally|surge|slump|climb|retreat|rebound)s?\b)",  # "giving back an early 3% gain"
    re.IGNORECASE,
)
# a live blog's figure after the turn of the move: "Kospi pares gains, now +0.3%", "Sony
# adds to gains, now up 2.1%" (the figure's own sign or word says the way)
_NOW_FIGURE = re.compile(r",\s*now\s+(?:(?P<up>up\s+|\+\s?)|down\s+|[\-−–]\s?)\d[\d,.]*\s*(?:%|per\s?cent|percent|pct)",
                         re.IGNORECASE)
# a causing verb with a percent or points right after moved its subject: Australian
# copy's "CBA lifted 1.2%", "with Webjet lifting 2.9%", "Netflix was lifted 3.7%"
_OWN_PCT_NEXT = re.compile(r"\s*(?:(?:as much as|more than|nearly|almost|about|around|over|some)\s+)?"
                           r"\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b|pct\b|pc\b|points?\b|pts\b)"
                           r"(?!\s+of\b)", re.IGNORECASE)  # not "lifted 30% of its members"
_EDGING = re.compile(r"\w+ing (?:up|down|higher|lower)")  # "edging up", not "weighing on"
# "hit a fresh record, closing up 1.4%", "..., ending 2.1 per cent lower", "..., trading 0.5%
# higher": the main clause's subject closed (or trades) that way
_CLOSING_BEFORE = re.compile(r",\s*(?:closing|ending|finishing|settling|trading)\s+(?:\S+\s+){0,3}$",
                             re.IGNORECASE)
# "had at one point dropped" tells when, no "a 1 point drop"
_QTY_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent|(?<!\bat one )(?<!\bat some )\bpoints?|\bpence|\d\s?(?:pct|pc|pts|p)),?\s+$",
                         re.IGNORECASE)
# "ended at 25,431.07, a loss of 0.9%": a move told as a noun right after a level's number
_LEVEL_BEFORE = re.compile(r"\d(?:\s?(?:points|pts))?,\s*$")
# "Sensex tanks 1,000 points, Nifty below 24,000": a round level past which a name listed
# after another's move went; only a name right after the clause joint, no verb of its own
# ("the Nikkei stayed above 40,000" is no move)
_PAST_LEVEL = frozenset({"below", "above"})
_NAME_AFTER_JOINT = re.compile(r"[,;]\s+(?:[A-Z][\w&./-]*)(?:\s+[A-Z0-9][\w&./-]*){0,3}\s+$")


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    direction: str
    form: str  # verb | adj | flat | sign | agent | cause
    has_number: bool  # a quantity follows right after (or precedes an adj)
    participle: bool  # "-ing" form
    number_before: bool = False  # "1.6% lower"
    weak: bool = False  # a weak verb with no number: "Insurers advanced", not "Tencent gained"
    by_members: bool = False  # "Banks lagged: ICBC fell 1.2%": told by the members' moves
    caused: bool = False  # "pushed the Kospi lower": the move of a verb's object
    relative: bool = False  # "as defensives outperformed": a move only if the market's agrees
    state: bool = False  # "Homebuilders bid": a sector's verbless state (moves.py checks its head)


@cache
def _compiled() -> tuple[wordlists.Folded, _WeakWords]:
    words = wordlists.move_words()
    late = wordlists.gap_words()["sector_agent"]
    groups = [("flat", sorted(words.flats)),
              *[(f"agent_{d}", [p for p, x in words.agents.items() if x == d and p not in late])
                for d in ("down", "up", "same")],
              *[(f"cause_{d}", [p for p, x in words.causes.items() if x == d])
                for d in ("down", "up")]]
    for form, table in (("verb", words.verbs), ("adj", words.adjs)):
        # the market's before the members': "led the way" before a bare "led"
        for direction in ("down", "up", "market", "members", "against"):
            phrases = [p for p, d in table.items() if d == direction]
            if phrases:
                groups.append((f"{form}_{direction}", phrases))
    # after the verbs: "hit a record" is a verb, "hit exporters" an agent
    groups += [(f"lateagent_{d}", [p for p in late if words.agents[p] == d])
               for d in sorted({words.agents[p] for p in late})]
    parts = []
    for name, phrases in groups:
        parts.append(f"(?P<{name}>" + wordlists.trie_pattern(phrases, fold=True) + ")")
    pattern = wordlists.Folded(r"(?<![\w$-])(?:" + "|".join(parts) + r")(?![\w-])")
    weak = _WeakWords(wordlists.gap_words()["weak"], wordlists.gap_words()["weak_wild"])
    return pattern, weak


class _WeakWords:
    """The weak move words: a set, and a pattern for the phrases with a "*" ("pared * losses
    to" is weak as "pared its losses to")."""

    def __init__(self, plain, wild) -> None:
        self.plain = frozenset(p.lower() for p in plain)
        self.wild = wordlists.Folded(wordlists.trie_pattern(sorted(wild), fold=True))

    def __contains__(self, word: str) -> bool:
        return word in self.plain or self.wild.fullmatch(word) is not None


# the sign comes first and the character before it is checked after (a lookbehind over
# both): the same matches, and the engine can skip ahead to sign characters
_SIGNED = re.compile(r"(?P<sign>[+\-−–▲▼△▽↑↓])(?<![\w.,%][+\-−–▲▼△▽↑↓])"
                     r"(?=\s?\d[\d,.]*\s?(?:%|per\s?cent|percent|pct)"
                     r"|\s?\d[\d,.]*\s?(?:points?|pts)\b"
                     r"|\s?\d[\d,.]*\s+\(\d[\d,.]*\s?%\))")  # "▲ 862.23 (1.03%)"


# "hit its 20% daily limit", "were locked at the 10% daily upper limit", "hit the daily
# limit down", "hit their 10% limit-up", "hitting their 10% daily caps", "hit their daily
# upside limit of 10 percent", India's "locked at its 20% lower circuit" (or "locked in a 5%
# upper circuit"), Vietnam's "hit the daily ceiling of 7%" (its "daily floor" is the limit down): a move to the exchange's price
# limit (a bare "limit" only with its way: not "hit its credit limit"); a headline drops the
# article ("brokerages hit daily limit")
_PCT = r"\d+(?:\.\d+)?\s?(?:%|percent|per\s?cent)"
_DAILY_LIMIT = re.compile(
    r"\b(?:hit|hits|hitting|touched|touches|(?:was|were|are|is)\s+locked\s+(?:at|in)|"
    r"locked\s+(?:at|in))\s+"
    rf"(?:(?:the|its|their|a)\s+)?(?P<pct>{_PCT}\s+)?(?:daily\s+(?:(?:upper|upside|(?P<lower>lower|downside))"
    r"\s+)?(?:trading\s+|price\s+)?(?:limit|caps?|ceiling|(?P<floor>floor))|"
    r"(?:upper|upside|(?P<lower2>lower|downside))\s+"
    r"(?:trading\s+|price\s+)?(?:limit|circuit)|limit(?=-(?:up|down)\b))"
    rf"(?:\s+|-)?(?:up\b|(?P<down>down\b))?(?:\s+of\s+(?P<pct2>{_PCT}))?", re.IGNORECASE)
_MOVED_BY = re.compile(r"\b(?:opens|opened|closes|closed|ends|ended|finishes|finished|trades|"
                       r"traded|settled|settles)\s+(?:(?:about|nearly|"
                       r"more than|some)\s+)?\S+\s+$", re.IGNORECASE)
# ("Nifty IT gained the most, up 2.1 per cent": a ranking, no object)
_INTRANSITIVE = re.compile(r"\s*(?:[,.;:]|$|(?:on|after|as|while|with|in|amid|among|following|"
                           r"for|again|too|either|sharply|slightly|further|hardest)\b|"
                           r"the\s+most(?=\s*(?:[,.;:]|$|among\b))|"
                           # a time told after it ("are getting hammered this morning")
                           r"(?:this|last)\s+(?:morning|afternoon|session|week|month)\b|"
                           r"(?:today|yesterday|overnight)\b|over\s+the\s+(?:week|month|session)\b|"
                           r"at\s+(?:the\s+)?(?:open|close|noon|midday|lunch)\b)")
# "Shipbuilders bucked the trend: HD Hyundai rose 3.1%", "Banks lagged, with HSBC down 1%",
# also after a short cause ("struggled on tariff worries, with Kia down 1.7%", "outperformed
# after the ministry unveiled subsidies, with Midea up 3.2%")
MEMBERS_NEXT = re.compile(r"\s*(?:(?:on|as|after|following)\s[^,;:.]{1,80})?(?::|,\s*with)\s")
# "Miners lagged, down 1.1%": the sector's own figure right after its relative word
_OWN_FIGURE_NEXT = re.compile(r",\s*(?:up|down)\s+\d")
# "with miners leading.", "; brokerages lead", "Financials are leading, while ...": a bare
# lead that ends its clause (a short cause may close it) leads the market's way, as "led the
# way" does; not "leading the decline" nor "leading indicators"
_LEAD_ENDS_CLAUSE = re.compile(r"\s*(?:(?:on|as|after|following)\s[^,;:.]{1,80})?"
                               r"(?:[.;!?]|,\s*(?:while|whereas|but)\b|$)")
_PARTICLE = re.compile(r"\s+(?:(?:out|flat|short)\b|to\s+(?P<verb>[a-z]+)\b|"
                       r"(?P<in>in)\b(?!\s+\w+\s+trad))")
# "was roughly flat and the Nasdaq slipped": a clause joint may follow too
_FLAT_AFTER = re.compile(r"\s*(?:$|[,.;)]|at\b|on\b|in\b|after\b|by\b|and\b|while\b|but\b|"
                         r"as\b|with\b)")


def find_triggers(text: str, start: int, end: int, states: bool = False) -> list[Trigger]:
    """The move words of text[start:end]; ``states``: a sector's verbless state words too
    ("Banks weak"), for the sentence's own moves (core.py keeps those after a sector)."""
    pattern, weak = _compiled()
    found = []
    for m in pattern.finditer(text, start, end):
        trigger = _trigger(text, m, start, end, weak)
        if trigger is None and m.start() > start and text[m.start()].isupper() and " " in m.group():
            trigger = _after_name_word(text, m, start, end, weak)
        if trigger is not None:
            found.append(trigger)
    limits = _DAILY_LIMIT.finditer(text, start, end) if text.find("limit", start, end) >= 0 \
        or text.find("circuit", start, end) >= 0 or text.find("daily cap", start, end) >= 0 \
        or text.find("daily ceiling", start, end) >= 0 or text.find("daily floor", start, end) >= 0 \
        else ()
    for m in limits:  # mainland China's price limits
        direction = "down" if m.group("down") or m.group("lower") or m.group("lower2") \
            or m.group("floor") else "up"
        found.append(Trigger(m.start(), m.end(), direction, "verb",
                             bool(m.group("pct") or m.group("pct2")), False))
    for m in _SIGNED.finditer(text, start, end):
        direction = "up" if m.group("sign") in "+▲△↑" else "down"
        found.append(Trigger(m.start(), m.end(), direction, "sign", True, False))
    states_found = _states(text, start, end) if states else []
    if states_found:  # "exporters hit" at a clause's end: the state, not the agent "hit" (no object)
        taken = {t.start for t in states_found}
        found = [t for t in found if t.start not in taken] + states_found
    return sorted(found, key=lambda t: t.start)


@cache
def _state_pattern() -> re.Pattern[str]:
    """A state word right after a plural word ("Banks weak", "Defence names cooling off")
    that ends its clause or comes before a short cause or a time ("bid after rates dip",
    "on fire again"); not "Energy firm Shell" nor "weak demand". A bare way word ("Miners
    up: BHP +2%") only as a label before the colon of its members' figures."""
    words = wordlists.gap_words()
    up = wordlists.trie_pattern(sorted(words["state_up"]))
    down = wordlists.trie_pattern(sorted(words["state_down"]))
    label_up = wordlists.trie_pattern(sorted(words["label_up"]))
    label_down = wordlists.trie_pattern(sorted(words["label_down"]))
    return re.compile(rf"(?<=[a-z]s )(?:(?:(?P<up>{up})|(?P<down>{down}))"
                      r"(?=\s*(?:[;:,.!?—–]|\s-\s|$)|\s+(?:again|after|as|amid|with|ahead|"
                      r"despite|following|today|too|while|this)\b|"
                      r"(?<!heavy)(?<!strong)\s+on\b)"  # not "heavy on debt", "strong on capital"
                      rf"|(?:(?P<label_up>{label_up})|(?P<label_down>{label_down}))"
                      r"(?=:\s+[^\n;]{0,80}?(?:[+\-−]\d|\d\s?%)))")


def _states(text: str, start: int, end: int) -> list[Trigger]:
    """"Trading houses firm; Mitsubishi +2.4%": a sector's telegraphic state, no number."""
    return [Trigger(m.start(), m.end(), "up" if m.group("up") or m.group("label_up") else "down",
                    "verb", False,
                    m.group().endswith("ing"), weak=True, state=True)
            for m in _state_pattern().finditer(text, start, end)]


def _after_name_word(text: str, m: re.Match[str], start: int, end: int,
                     weak: _WeakWords) -> Trigger | None:
    """"with CTBC Financial Holding up 1.9%": a capital inside the sentence ends a name, not
    the verb "holding up"; the move is the word after it."""
    pattern, _ = _compiled()
    rest = pattern.match(text, m.start() + m.group().index(" ") + 1, end)
    return _trigger(text, rest, start, end, weak) if rest else None


def _business_noun(before: str, words: list[str]) -> bool:
    """"a 10% revenue gain", "a sales drop": after a business word the move word is a
    noun when a figure or an article stands before that word."""
    head = before[:before.rfind(words[-1])]
    return len(words) > 1 and (words[-2].lower() in NOUN_BEFORE or bool(_QTY_BEFORE.search(head)))


def _now_figure_agrees(text: str, pos: int, end: int, direction: str) -> bool:
    """", now +0.3%" after a move of the same way ("pares gains, now -0.1%" has turned)."""
    now = _NOW_FIGURE.match(text, pos, end) if "now" in text[pos:pos + 8] else None
    return now is not None and (now.group("up") is not None) == (direction == "up")


def _trigger(text: str, m: re.Match[str], start: int, end: int,
             weak: _WeakWords) -> Trigger | None:
    group = m.lastgroup or ""
    form, _, direction = group.partition("_")
    form = form.removeprefix("late")
    direction = direction or "flat"
    word = " ".join(m.group().lower().split())
    before = text[max(start, m.start() - 30):m.start()]
    after_number = bool(_QTY_NEAR.match(text, m.end(), end)) or \
        word.startswith("top") and bool(_topped_with_size().match(text, m.end(), end)) or \
        fraction_size(text, m.end(), end) is not None or \
        _now_figure_agrees(text, m.end(), end, direction)  # "lost a fifth of its market value"
    if form == "cause" and _OWN_PCT_NEXT.match(text, m.end(), end):
        form = "verb"  # no object: the subject's own move
    if form == "verb":
        if word.startswith(("a ", "an ")) and word.endswith(" of") and not (
                _LEVEL_BEFORE.search(before) and _OWN_PCT_NEXT.match(text, m.end(), end)):
            return None  # "a loss of" elsewhere: a company's loss, a size of something else
        words = before.split()
        prev = words[-1].lower() if words else ""
        # a capital inside the sentence is a name ("Ping An rose"), not an article
        named = bool(words) and words[-1][:1].isupper() and \
            (len(words) > 1 or m.start() - 30 > start)
        if (prev in NOUN_BEFORE and not named or _QTY_BEFORE.search(before)) and \
                " " not in word:
            return None  # "a fall", "a 10% rise": nouns
        if prev == "on" and " " not in word and not word.endswith("ing"):
            return None  # "buy internet names on dips", "sell on rallies": nouns ("kept on rising" a verb)
        if "brunt" in word and _moves_money(text, start, end):
            return None  # "..., with TSMC bearing the brunt of the selling at NT$19.8 billion"
        business = wordlists.gap_words()["business"]
        if " " in word and not business.isdisjoint(word.split()) or \
                prev in business and _business_noun(before, words):
            return None  # "posted a 10% revenue gain": the business's, not the shares'
        if prev in ADJECTIVE_BEFORE and word.endswith("ing") and not after_number:
            return None  # "citing rising competition", "amid falling prices": adjectives
        if direction in ("members", "market", "against") and after_number:
            return None  # "lagged 2% behind the index": relative, no move of its own
        sized = _sized_after(text, m.end(), end) if word in weak and not after_number else None
        if sized and direction in ("against", sized):
            # "bucked the trend with a gain of 3.6 percent": the noun tells the way and size
            return Trigger(m.start(), m.end(), sized, "verb", True, _participle(word))
        if word in weak and not after_number:
            # relative to the market: a move only with the members' moves after it
            by_members = word.startswith(("outperform", "underperform")) or \
                direction in ("members", "market", "against")
            members = MEMBERS_NEXT.match(text, m.end(), end) is not None
            if direction == "members" and not (members or _OWN_FIGURE_NEXT.match(text, m.end(), end)):
                if not (word.startswith("lead") and _LEAD_ENDS_CLAUSE.match(text, m.end(), end)):
                    return None
                direction = "market"
            if not _INTRANSITIVE.match(text, m.end(), end):
                if word in wordlists.gap_words()["object_verb"]:
                    # "as a stronger yen hammered exporters": its object moved (a sector only)
                    return Trigger(m.start(), m.end(), direction, "agent", False, False)
                return None
            # "Insurers advanced, ...": a move of a sector or an index only (see moves.py)
            return Trigger(m.start(), m.end(), direction, "verb", False, _participle(word),
                           weak=True, by_members=by_members and members,
                           relative=by_members and not members)
        if _other_sense(text, m.end(), end, word) or _GAMES.search(word):
            return None
        # "bore the brunt of a sell-off": the object is the phrase's own
        if not after_number and not word.endswith(" of") and _OBJECT_NEXT.match(text, m.end(), end) or \
                _COUNTED_OBJECT.match(text, m.end(), end):
            return None  # "dropped an investigation", "added 19 million subscribers": objects
    elif form == "flat" and word in ("flat", "unchanged"):
        if not _FLAT_AFTER.match(text[m.end():end]):
            return None
    elif form == "adj":
        if word in _PAST_LEVEL and not _NAME_AFTER_JOINT.search(text, max(start, m.start() - 40),
                                                                 m.start()):
            return None
        number_before = bool(_QTY_BEFORE.search(before)) and not after_number
        # "opens 0.5% lower on tariff concerns" is a move, "30% lower on mobile" a comparison
        moved = number_before and _MOVED_BY.search(before)
        if not moved and _bad_adj(text, m, end) or (word in weak and not after_number):
            return None
        cause = None if after_number or number_before else \
            _CAUSED_BEFORE.search(text, max(start, m.start() - 60), m.start())
        caused = cause is not None and \
            not MODAL_BEFORE.search(text, max(start, cause.start() - 24), cause.start())
        if not (after_number or number_before or caused or COPULA.search(before) or
                _WITH_SUBJECT.search(text, max(start, m.start() - 60), m.start())):
            return None
        if not (after_number or number_before) and _VERB_NEXT.match(text, m.end(), end):
            return None  # "ended up paying", "ended up being"
        return Trigger(m.start(), m.end(), direction, form, True if number_before else
                       after_number, bool(_CLOSING_BEFORE.search(before)), number_before,
                       caused=caused)
    # "fared better, closing flat": a flat phrase led by an "-ing" form is a participle too
    return Trigger(m.start(), m.end(), direction, form, after_number,
                   _participle(word) or bool(_EDGING.fullmatch(word)) or
                   form == "flat" and word.split(maxsplit=1)[0].endswith("ing"))


def _participle(word: str) -> bool:
    """"falling", "taking a beating": an "-ing" form; "took a beating" is none, though its
    last word ends so."""
    return word.endswith("ing") and word.split(maxsplit=1)[0].endswith("ing")


def _moves_money(text: str, start: int, end: int) -> bool:
    """"Foreigners sold a net $1 billion of shares, with TSMC bearing the brunt": the name
    that bore the brunt of a flow of money is that flow's object, no price move."""
    return any(q.money and SCALED_MONEY.search(q.money) for q in quantities(text, start, end))


def _other_sense(text: str, pos: int, end: int, word: str) -> bool:
    """"declined to comment", "rallied to beat", "dropped out", "fell flat", "fell short",
    "weighed in":
    the verb is not a price move here."""
    m = _PARTICLE.match(text, pos, end)
    if m is None:
        return False
    verb = m.group("verb")
    if verb:  # "declined to" is a refusal unless a level, an article, a qualifier follows
        return verb in wordlists.gap_words()["refusal"] or (
            word.startswith("declin") and verb not in wordlists.gap_words()["level_words"])
    return not m.group("in") or "weigh" in word  # "weighed in", "the biggest weight in the index"


# "higher on Friday", "lower on worries ..." are moves; "30% lower on mobile" is a comparison
_NOT_OF_SUBJECT = re.compile(
    r"\s+(?:to|than|from|the|in(?!\s+[\w-]+\s+(?:trad|deal))|"
    r"for(?!\s+(?:a\s+|the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)|straight|consecutive)\b)|on(?!\s+(?:\w+day|the (?:day|session|"
    r"week|month|year|back)|hopes?|bets?|optimism|expectations?|news|reports?|speculation|"
    r"concerns?|worries|fears?|signs?|data|relief|renewed|fresh|strong|weak|upbeat|"
    r"better|worse)\b))\b")
_VERB_NEXT = re.compile(r"\s+(?!trading\b)[a-z]+ing\b")
# "a", "its" and no number in the next three words: an object ("dropped an investigation"),
# not "down a further 2%"
_OBJECT_NEXT = re.compile(r"\s+(?:a|an|its|their|his|her)\s(?!(?:[^\s.,;]+\s+){0,2}[^\s.,;]*\d)")
# a count of things ("added 19 million subscribers", "shed 5,000 jobs") or a sum of money
# ("the ETF lost $156 million"), not a move's size; a comma after the number ends it
# ("Nifty ends below 25,000, Sensex slips")
_COUNTED_OBJECT = re.compile(
    r"\s+(?:(?:about|nearly|more than|some|over|around|almost|up to|just|only)\s+)?(?:(?:[A-Z]{0,3}[$€£¥]|Rs\.?|₹)\s?"
    r"\d[\d,.]*\s*(?:million|billion|trillion|crore|lakh|bn|mn|m|b)\b|\d(?:[\d,.]*\d)?"
    r"(?:\s+(?:million|billion|trillion|thousand))?\s+(?!(?:per|percent|pct|pc|points?|pts|"
    r"percentage|basis|bps|pence|cents?|sen|yen|won|yuan|rupees?|euros?|dollars?|pounds?|"
    r"francs?|crowns?|kroner|kronor|p|to|at|in|on|or|from|by|and|as|after|before|while|for|this|last|since|"
    r"over|during|when|with|so|year|month|week|day|intraday)\b)[a-z])", re.IGNORECASE)
# "2.2% lower to 88.90", "... lower to $88.90", "higher to HK$62": a move to a price
_NUMBER_NEXT = re.compile(r"\s+(?:to\s+)?(?:[a-z]{0,3}\$|rs\.?\s?|[₹€£¥₩]\s?)?\d")


def _bad_adj(text: str, m: re.Match[str], end: int) -> bool:
    """"up to", "higher than", "down from", "lower rates", "turned down an offer": not a
    move of the subject."""
    rest = text[m.end():min(end, m.end() + 30)].lower()
    if m.group().lower() == "up" and rest.startswith(" to"):
        return True
    if _OBJECT_NEXT.match(text, m.end(), end):
        return True
    return bool(_NOT_OF_SUBJECT.match(rest)) and not _NUMBER_NEXT.match(rest) \
        and not _venue_next().match(rest)


@cache
def _topped_with_size() -> re.Pattern[str]:
    """"Siemens Energy tops DAX with 9% jump": the index it topped, then its size as a noun."""
    nouns = wordlists.trie_pattern(sorted(wordlists.gap_words()["size_noun"]))
    return re.compile(r"\s+(?:the\s+)?[A-Z][\w&.-]*\s+(?:(?:[A-Z][\w&.-]*|\d+)\s+){0,2}with\s+(?:an?\s+)?\d[\d.]*\s?"
                      rf"(?:%|per\s?cent|percent)\s+(?:{nouns})s?\b")


@cache
def _size_noun_of() -> re.Pattern[str]:
    """"... with a gain of 3.6 percent": a move's size told as a noun with "of" right after
    its verb (not "with a gain of 5% in Xiaomi": another's). "with a 1.2% gain" is read by
    moves.py's size window."""
    nouns = wordlists.trie_pattern(sorted(wordlists.gap_words()["size_noun"]))
    return re.compile(rf"\s+with\s+an?\s+(?P<noun>{nouns})\s+of\s+\d[\d.]*\s?(?:%|per\s?cent|percent)"
                      r"(?!\s+(?:in|for|at|of|by|from|on)\b|\w)")


def _sized_after(text: str, pos: int, end: int) -> str | None:
    """The way a size noun right after a weak verb tells ("bucked the trend with a gain
    of 1.2%"), or None."""
    m = _size_noun_of().match(text, pos, end)
    if m is None:
        return None
    return "down" if m.group("noun").lower() in wordlists.gap_words()["size_noun_down"] else "up"


@cache
def _venue_next() -> re.Pattern[str]:
    """"was 2% lower in London", "was 1.5% higher in Hong Kong": where the shares trade,
    not a comparison ("30% lower in price")."""
    place = wordlists.trie_pattern(sorted(wordlists.places()), fold=True)
    return re.compile(rf"\s+in\s+(?:{place})\b(?!['’])")
