"""Moves stated as nouns: "a 0.3% gain for the S&P 500", "the S&P 500's 1.7% overnight drop".

The name must sit right after "for/in/on" or right before "'s"; "a 10% drop in profit"
names no one and gives nothing, nor does "Tencent's 10% rise in revenue" or a
hypothetical ("a 10% fall in Tencent would wipe out ...").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ..models import Fact
from . import wordlists
from .mentions import Mention
from .moves import KINDS, RUNNING_TOTAL, multi_day
from .numbers import PERCENT, Quantity, quantities
from .triggers import MODAL_BEFORE

_NOUNS = {"gain": "up", "rise": "up", "advance": "up", "jump": "up", "rally": "up",
          "climb": "up", "increase": "up", "surge": "up", "rebound": "up",
          "drop": "down", "fall": "down", "decline": "down", "loss": "down", "slide": "down",
          "slump": "down", "plunge": "down", "retreat": "down", "decrease": "down",
          "tumble": "down", "dip": "down"}
_POSSESSIVE = re.compile(r"(?:'s|’s|(?<=s)['’])\s+$")  # also "chip stocks' 3% rally"
# a pace: "was on track for a weekly loss of 1.4%", "is set for a 2.1% decline on the week"
_PACE = r"(?:(?:is|was|are|were)\s+)?(?:on\s+track|on\s+course|set|heading|headed|poised)\s+for"
# "The Taiex nevertheless managed a 0.3% gain", "eked out a 0.1 percent rise", "scraped a
# small gain of 0.2%": a narrow move, often against the day's trend (an adverb may come first)
_POSTED = re.compile(r"(?:\s+shares)?(?:\s+(?:still|only|just|also|even|nevertheless|"
                     r"nonetheless|barely))?\s+(?:posted|recorded|logged|booked|notched|notches|registered|"
                     r"delivered|delivers|locked\s+in|locks\s+in|"
                     r"managed|eked\s+out|ekes\s+out|scraped(?:\s+out)?|squeezed\s+out|"
                     rf"saw|suffered|chalked up|clocked|{_PACE}|(?:led|topped)\s+(?:the\s+)?(?:gainers|"
                     r"losers|decliners|advancers|fallers|risers|pack|index|benchmark)\s+with)"
                     r"\s+(?:a|an)\s+(?:\w+\s+)?")
# "bucked the trend with a 2% gain", "Germany's DAX leads with a 0.9% gain": a company's or an
# index's (a sector word here is more often a name's tail: "Turkish Airlines bucked ...")
_STOOD_OUT = re.compile(r"\s+(?:(?:bucked|bucks|bucking|defied|defies|defying)\s+the\s+"
                        r"(?:[\w-]+\s+)?(?:trend|market|selloff|sell-off|slide|decline|rally)|"
                        r"led|leads|leading|stood out|stands out|outperformed|outperforms)"
                        r"\s+with\s+(?:a|an)\s+(?:\w+\s+)?")
# futures calling the open with the move as a noun: "ASX 200 futures were pointing to a 0.4%
# fall", "Futures on the DAX pointed to a 0.4% drop", "CAC 40 futures indicating a 0.1% dip"
_POINTED = re.compile(r"(?:\s+(?:were|was|are|is))?\s+(?:pointing|pointed|points|point|indicating|"
                      r"indicated|indicates|signalling|signaling|signalled|signaled|signals)"
                      r"(?:\s+to)?\s+(?:a|an)\s+(?:\w+\s+)?")
# "..., helping the SMI to a 0.6% gain": the object of a causing verb made the move
_CAUSED = re.compile(r"\b(?:helping|helped|lifting|lifted|pushing|pushed|dragging|dragged|"
                     r"sending|sent|taking|took|driving|drove)\s+(?:the\s+)?$")
_TO_A = re.compile(r"\s+to\s+(?:a|an)\s+(?:\w+\s+)?")
_AFTER_NOUN = re.compile(r"\s+(?:in|of)\s+(?!(?:early|late|morning|afternoon|midday|after-hours|"
                         r"pre-market|trade|trading|the\s+(?:session|day|morning|afternoon))\b)")
_MODAL_NEXT = re.compile(r"(?:\s+shares)?\s+(?:would|could|might|may|will|should|can)\b")
_HINT = re.compile(r"(?:%|percent|per cent)\s+(?:[a-z-]+\s+)?(?:" + "|".join(_NOUNS) + ")")
_OF_NUMBER = re.compile(r" of (?:[a-z]+ ){0,2}\d")  # "a weekly gain of (about) 1.7%": checked in full later
# the verbs that mark a running total ("..., marking a weekly gain of 2.7%")
# ("..., notching a weekly gain of 1.9%", "..., locking in a 1.3% weekly gain")
_MARK_VERB = (r"(?:notched|notching|posted|posting|post|logged|marking|recorded|booked|registered|"
              r"capping|capped|locking\s+in|locked\s+in|lock\s+in|chalking\s+up|securing|"
              rf"delivering|{_PACE})")
_RUNNING_HINT = re.compile(r"\b(?:taking|took|bringing|brought|extending|extended|pushing|"
                           r"lifting|widening|deepening)\s+(?:its|their|the|this)\s|"
                           rf"\s{_MARK_VERB}\s+(?:a|an|its)\s", re.IGNORECASE)
_ITS = re.compile(r"\b(?:its|their)\s", re.IGNORECASE)
# "rose 0.5% to 556.7 and notched a weekly gain of 1.6%", "..., marking a weekly gain of
# 2.7%", "but it still logged a weekly gain", "..., capping a weekly gain of 2.3%", "edged up
# 0.1% to post a weekly gain of 1.4%": the same mover's total, after a joint
_MARKING = (r"(?:,|\b(?:and|but|though|although|while|to))\s+(?:(?:it|they)\s+)?"
            rf"(?:still\s+)?{_MARK_VERB}\s+(?:a|an|its)\s+")
_MARKED = re.compile(_MARKING + r"(?P<words>(?:[\w-]+\s+){1,4}?)of\s+$", re.IGNORECASE)
# "..., and notched a 1.9% weekly gain": the figure before the noun
_MARKED_SIZE = re.compile(_MARKING + "$", re.IGNORECASE)


@cache
def _closed_with() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"..., ending the week with a 0.6% gain" (the same mover's total, after a joint);
    "Stoxx 600 ends March with 4.2% loss" (right after the name; headlines drop the article)."""
    close = wordlists.periods().close_with.pattern
    return (re.compile(rf"(?:,|\b(?:and|but|to))\s+(?:(?:it|they)\s+)?{close}\s+(?:(?:a|an)\s+)?$",
                       re.IGNORECASE),
            re.compile(rf"(?:\s+shares)?\s+{close}\s+(?:(?:a|an)\s+)?(?:\w+\s+)?", re.IGNORECASE))


@cache
def _for() -> re.Pattern[str]:
    """"a 0.3% gain for the S&P 500", "a 4.7% slide in drugmaker Novo Nordisk", "a 1.2% gain
    in oil giant Saudi Aramco": what stands between the noun and the name."""
    nouns = wordlists.trie_pattern(sorted(wordlists.gap_words()["descriptor"]))
    return re.compile(r"\s+(?:for|in|on|by|at)\s+(?:the\s+)?"
                      rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\s+(?=[A-Z]))?")


@cache
def _noun_after() -> re.Pattern[str]:
    nouns = "|".join(sorted(_NOUNS, key=len, reverse=True))
    return re.compile(rf"\s+(?:(?P<word>[a-z-]+)\s+)?(?P<noun>{nouns})(?:e?s)?\b")


@cache
def _noun_of() -> re.Pattern[str]:
    nouns = "|".join(sorted(_NOUNS, key=len, reverse=True))
    return re.compile(rf"(?P<noun>{nouns})(?:e?s)?\s+of\s+$")


def has_noun_move(text: str, start: int, end: int) -> bool:
    return _HINT.search(text, start, end) is not None or \
        _OF_NUMBER.search(text, start, end) is not None


def noun_moves(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    if not has_noun_move(text, start, end):
        return []
    facts = []
    for q in quantities(text, start, end):
        if q.unit != "pct" or q.drop:
            continue
        m = _noun_after().match(text, q.end, end)
        if m is not None and m.group("word") in wordlists.gap_words()["preposition"]:
            continue  # "rose 2.2% tracking gains in Tencent": the percent is the verb's
        before = _noun_of().search(text, max(start, q.start - 30), q.start) \
            if m is None and not _AFTER_NOUN.match(text, q.end) else None
        if before is not None:  # "posted a weekly gain of 1.7%", not "a rise of 10% in profit"
            subject = next((n for n in mentions if _POSTED.fullmatch(text, n.end, before.start())
                            or _called_open(text, n, before.start())), None)
            m = before
        elif m is not None:
            subject = _subject(text, q.start, m.end(), mentions)
        else:
            continue
        if _business_before(text, start, m.start("noun")) or \
                _booked_on(text, max(q.end, m.end()), end):
            continue  # "posted a 10% revenue gain": the business's, not the shares'
        if subject is None or subject.kind not in KINDS or subject.kind == "market" or \
                _MODAL_NEXT.match(text, max(m.end(), subject.end)):  # "would wipe out ..."
            continue
        facts.append(Fact(kind=KINDS[subject.kind], subject=subject.company or subject.name,
                          ticker=subject.ticker,
                          direction=_NOUNS[m.group("noun")], change_pct=q.value,
                          qualifier=q.qualifier, evidence=text[start:end], span=[start, end]))
    return facts


@cache
def _on_deal() -> re.Pattern[str]:
    words = wordlists.trie_pattern(sorted(wordlists.gap_words()["booked_on"]))
    return re.compile(rf"\s+on\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b")


def _booked_on(text: str, pos: int, end: int) -> bool:
    """"booked a loss of 4% on the sale": the company's accounts, not its shares."""
    return _on_deal().match(text, pos, end) is not None


def _business_before(text: str, start: int, noun_start: int) -> bool:
    words = text[max(start, noun_start - 20):noun_start].split()
    return bool(words) and words[-1].lower() in wordlists.gap_words()["business"]


def sector_trends(text: str, start: int, end: int) -> list[Fact]:
    """"Kospi jumps 2% on chip rally", "Nikkei drops as tech sell-off deepens": the
    sector's move, its way the trend noun's."""
    sectors, stances = wordlists.sector_words().modifiers, wordlists.view_shifts().trend_stances
    return [Fact(kind="sector_move", subject=sectors[m.group("sector") or m.group("owner")],
                 direction=stances[m.group("trend")], evidence=text[start:end], span=[start, end])
            for m in wordlists.sector_trends().finditer(text, start, end)]


def sector_objects(text: str, start: int, end: int) -> list[Fact]:
    """"Wall Street falls as Nvidia slump drags tech": the bare sector moved the verb's way."""
    sectors, words = wordlists.sector_words().modifiers, wordlists.move_words()
    facts = []
    for m in wordlists.sector_objects().finditer(text, start, end):
        if MODAL_BEFORE.search(text, max(start, m.start() - 24), m.start()):
            continue  # "higher yields could weigh on tech": a warning
        verb = " ".join(m.group("verb").lower().split())
        facts.append(Fact(kind="sector_move", subject=sectors[m.group("sector")],
                          direction=words.causes.get(verb) or words.agents.get(verb) or
                          words.verbs[verb],
                          evidence=text[start:end], span=[start, end]))
    return facts


def running_totals(text: str, start: int, end: int, moves: list[Fact]) -> list[Fact]:
    """"The Hang Seng Index fell 0.4%, bringing its decline since the September peak to
    6.3%", "..., marking a weekly gain of 2.7%": the running total of the sentence's one
    mover (its way is the noun's)."""
    movers = [f for f in moves if f.kind in ("index_move", "stock_move")]
    if not movers or not (_RUNNING_HINT.search(text, start, end) or
                          wordlists.periods().close_with.search(text, start, end)):
        return []
    facts = []
    pcts = [q for q in quantities(text, start, end) if q.unit == "pct" and not q.drop]
    for i, q in enumerate(pcts):
        phrase = (RUNNING_TOTAL.search(text, max(start, q.start - 80), q.start) or
                  _MARKED.search(text, max(start, q.start - 60), q.start))
        noun = _noun_word().search(phrase.group("words")) if phrase else None
        if phrase is None:  # "... and notched a 1.9% weekly gain", "..., ending the week with a 0.6% gain"
            phrase = _MARKED_SIZE.search(text, max(start, q.start - 40), q.start) or \
                _closed_with()[0].search(text, max(start, q.start - 50), q.start)
            noun = _noun_after().match(text, q.end) if phrase else None
        owner = _running_owner(movers, pcts[0] if i == 1 else None, phrase) if noun else None
        if owner is None or any(f.change_pct == q.value for f in moves):
            continue
        kind, subject, ticker = owner
        fact = Fact(kind=kind, subject=subject, ticker=ticker, direction=_NOUNS[noun.group("noun").lower()],
                    change_pct=q.value, qualifier=q.qualifier, evidence=text[start:end],
                    span=[start, end])
        if multi_day(fact):
            facts.append(fact)
    return facts


# "gaining 0.6% on the day and 1.7% over the week": a second figure sharing the verb
_AND_FIGURE = re.compile(rf",?\s+and\s+(?=\d[\d.]*\s?(?:{PERCENT}))")


def day_and_period(text: str, start: int, end: int, moves: list[Fact]) -> list[Fact]:
    """"The FTSE 100 gained 0.6% on the day and 1.7% over the week": after the day's figure
    and its day, the index's figure over the longer period, the same way (one verb)."""
    movers = [f for f in moves if f.kind == "index_move" and f.change_pct is not None]
    if not movers or not _AND_FIGURE.search(text, start, end):
        return []
    pcts = [q for q in quantities(text, start, end) if q.unit == "pct" and not q.drop]
    facts = []
    for first, second in pairwise(pcts):
        owners = [f for f in movers if f.change_pct == first.value]
        if len(owners) != 1 or any(f.change_pct == second.value for f in moves) or \
                not _day_then_and(text, first.end, second.start) or \
                not wordlists.periods().after.match(text, second.end):
            continue
        day = owners[0]
        fact = Fact(kind=day.kind, subject=day.subject, ticker=day.ticker, direction=day.direction,
                    change_pct=second.value, qualifier=second.qualifier,
                    evidence=text[start:end], span=[start, end])
        if multi_day(fact):
            facts.append(fact)
    return facts


def _day_then_and(text: str, start: int, end: int) -> bool:
    """" on the day and ": only the day's name between the two figures, then "and"."""
    space = _SPACE.match(text, start, end)
    day = wordlists.periods().day.match(text, space.end(), end) if space else None
    return day is not None and _AND.fullmatch(text, day.end(), end) is not None


_SPACE = re.compile(r"\s+")
_AND = re.compile(r",?\s+and\s+")


def undone_extremes(text: str, start: int, end: int, moves: list[Fact],
                    mentions: list[Mention]) -> list[Fact]:
    """"The Nasdaq erased an early gain of as much as 1.2% to finish down 0.8%", "...,
    reversing a morning drop of as much as 0.9%": the earlier move the sentence's one mover
    undid (its way is the noun's); of several names, the mover the verb follows ("The S&P 500
    gave up a 0.8% gain ..., and the Nasdaq ended flat"), none when that one has no move read
    ("Tencent reversed early gains of 3% and Alibaba fell 2%")."""
    movers = [f for f in moves if f.kind in ("index_move", "stock_move")]
    undoing = _undoing()
    if not movers or not undoing[0].search(text, start, end):
        return []
    names = [m for m in mentions if m.kind in ("company", "index")]
    several = len({m.company or m.name for m in names}) > 1
    facts = []
    for q in quantities(text, start, end):
        before = max(start, q.start - 60)
        phrase = undoing[1].search(text, before, q.start)  # "erased early gains of "
        noun = _noun_word().search(phrase.group("words")) if phrase else None
        if phrase is None:  # "erasing a 1.1% gain earlier in the session"
            phrase = undoing[2].search(text, before, q.start)
            noun = _noun_after().match(text, q.end) if phrase else None
        owner = None if not noun or q.unit != "pct" else \
            _undoer(text, phrase.start(), names, movers) if several else \
            _running_owner(movers, None, phrase)
        if owner is None or q.drop or any(f.change_pct == q.value for f in moves):
            continue
        if not (phrase.group("early") or q.qualifier == "up to" or _early_word(noun) or
                _EARLIER_AFTER.match(text, noun.end())):
            continue  # "erasing its 10% loss for the year": no move of this session
        kind, subject, ticker = owner
        facts.append(Fact(kind=kind, subject=subject, ticker=ticker,
                          direction=_NOUNS[noun.group("noun").lower()], change_pct=q.value,
                          qualifier=q.qualifier, evidence=text[start:end], span=[start, end]))
    return facts


# "After falling as much as 1.1% in morning deals, the Nifty 50 recouped ...": a clause put
# before the subject that tells its intraday extreme
_FRONTED_EXTREME = re.compile(r"\s*after\s+(?P<verb>[a-z]+)\s+"
                              r"(?:by\s+)?as\s+much\s+as\s+", re.IGNORECASE)
# up to the comma; not across another day or period ("as much as 3% last week")
_CLAUSE_TO_SUBJECT = re.compile(r"(?:(?!\b(?:week|month|year|quarter|yesterday|[a-z]+day)\b)"
                                r"[^,.;]){0,40},\s+(?:the\s+)?", re.IGNORECASE)


def fronted_extremes(text: str, start: int, end: int, moves: list[Fact],
                     mentions: list[Mention]) -> list[Fact]:
    """"After falling as much as 1.1% in morning deals, the Nifty 50 finished 0.5% higher",
    "After rising as much as 2%, the Kospi ended flat": the extreme is the subject's,
    the name right after the clause's comma, when its own move in the sentence was read."""
    clause = _FRONTED_EXTREME.match(text, start, end)
    way = wordlists.move_words().verbs.get(clause.group("verb").lower()) if clause else None
    q = next(iter(quantities(text, clause.end(), end)), None) if way else None
    if q is None or q.start != clause.end() or q.unit != "pct" or q.drop:
        return []
    to_subject = _CLAUSE_TO_SUBJECT.match(text, q.end, end)
    name = next((m for m in mentions if to_subject and m.start == to_subject.end()
                 and m.kind in ("company", "index")), None)
    owners = {(f.kind, f.subject, f.ticker) for f in moves
              if name and f.subject == (name.company or name.name)
              and f.kind in ("index_move", "stock_move")}
    if len(owners) != 1 or any(f.change_pct == q.value for f in moves):
        return []
    kind, subject, ticker = owners.pop()
    return [Fact(kind=kind, subject=subject, ticker=ticker, direction=way, change_pct=q.value,
                 qualifier="up to", evidence=text[start:end], span=[start, end])]


def _undoer(text: str, verb: int, names: list[Mention],
            movers: list[Fact]) -> tuple[str, str, str | None] | None:
    """The mover whose name the undoing verb follows, right after it or after its own
    figure ("the Nasdaq gained 0.6%, erasing ..."); not across an aside ("Tencent, the
    biggest weight in the Hang Seng, erased ...")."""
    name = max((m for m in names if m.end <= verb), key=lambda m: m.end, default=None)
    if name is None:
        return None
    owners = {(f.kind, f.subject, f.ticker) for f in movers if f.subject == (name.company or name.name)}
    pcts = {f.change_pct for f in movers if f.subject == (name.company or name.name)}
    if len(owners) != 1 or not (_BARE_GAP.fullmatch(text, name.end, verb) or any(
            q.unit == "pct" and q.value in pcts for q in quantities(text, name.end, verb))):
        return None
    return owners.pop()


_EARLY = frozenset({"early", "earlier", "initial", "morning", "intraday"})


def _early_word(noun: re.Match[str]) -> bool:
    """"giving up a 0.8% intraday advance": the word before the noun puts it in this session."""
    return (noun.groupdict().get("word") or "").lower() in _EARLY


_BARE_GAP = re.compile(r"\s*(?:shares\s+|stock\s+)?(?:had\s+|has\s+|later\s+)?")
# "erasing a 1.1% gain earlier", "gave up a 0.8% gain to finish 0.2% lower": this session's
_EARLIER_AFTER = re.compile(r"\s+(?:earlier|in\s+the\s+morning|in\s+early\s+trad|"
                            r"to\s+(?:finish|close|end|settle)\s+(?!the\b))")


@cache
def _undoing() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The undoing verbs; one with its article and the noun before the figure; one with
    its article before the figure."""
    verbs = wordlists.trie_pattern(sorted(wordlists.gap_words()["undoing"]))
    # "giving up most of a 0.8% intraday advance": part of the earlier move undone, its size whole
    article = (r"\s+(?:(?:most|much|all|part|half|some)\s+of\s+)?(?:(?:an?|its|their|the)\s+)?"
               r"(?:(?P<early>early|earlier|initial|morning|intraday)\s+)?")
    return (re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{verbs}){article}(?P<words>[a-z]+)\s+of\s+$", re.IGNORECASE),
            re.compile(rf"\b(?:{verbs}){article}$", re.IGNORECASE))


def _running_owner(movers: list[Fact], first: Quantity | None,
                   phrase: re.Match[str]) -> tuple[str, str, str | None] | None:
    """Whose running total: the sentence's one mover, or, of several, the first, when its
    percent is the sentence's first and comes just before "its" ("The CSI 300 lost 1.2%,
    bringing its weekly loss to 3.4%, and the Shanghai Composite slid 0.9%"; not after
    "Tencent rose 2% and Meituan fell 1%, taking its ...")."""
    owners = {(f.kind, f.subject, f.ticker) for f in movers}
    if len(owners) > 1:  # a participle after the first figure's comma is its mover's too
        if first is None or not (_ITS.search(phrase.group(0)) or _PARTICIPLE.match(phrase.group(0))):
            return None
        owners = {(f.kind, f.subject, f.ticker) for f in movers if f.change_pct == first.value}
    return owners.pop() if len(owners) == 1 else None


_PARTICIPLE = re.compile(r",\s+[a-z]+ing\s")


@cache
def _noun_word() -> re.Pattern[str]:
    nouns = "|".join(sorted(_NOUNS, key=len, reverse=True))
    return re.compile(rf"\b(?P<noun>{nouns})(?:e?s)?\b", re.IGNORECASE)


def _subject(text: str, q_start: int, noun_end: int, mentions: list[Mention]) -> Mention | None:
    after = _for().match(text, noun_end)
    named = next((m for m in mentions if m.start == after.end()), None) if after else None
    if named is not None:
        return named
    before = next((m for m in mentions if _POSSESSIVE.fullmatch(text, m.end, q_start)
                   or _POSTED.fullmatch(text, m.end, q_start) or _called_open(text, m, q_start) or
                   _closed_with()[1].fullmatch(text, m.end, q_start) or
                   m.kind != "sector" and _STOOD_OUT.fullmatch(text, m.end, q_start) or
                   _TO_A.fullmatch(text, m.end, q_start) and
                   _CAUSED.search(text, max(0, m.start - 20), m.start)), None)
    if before is not None and not _AFTER_NOUN.match(text, noun_end):
        return before
    return None


def _called_open(text: str, m: Mention, q_start: int) -> bool:
    """Futures "pointing to a 0.4% fall": the futures' own move (a cash index so told is a
    forecast)."""
    return m.name.endswith(" futures") and _POINTED.fullmatch(text, m.end, q_start) is not None
