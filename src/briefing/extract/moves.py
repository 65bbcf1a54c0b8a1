"""Index, stock and sector moves of one sentence: subject, direction and numbers.

A *predicate* is a run of move words that share one subject ("closed at 19,870,
down 210 points, or 1.05%"). Its numbers are read from the subject up to the next
clause ("while ...", "as ...", the next predicate's subject) and typed there:
percent -> change_pct, points -> points, "to/at N" -> level (index) or price
(stock), money -> price with its currency. When unsure, no number (or no fact).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise, takewhile

from ..models import Fact
from . import wordlists
from .lexicon import load_lexicon
from .mentions import Mention, is_place
from .numbers import PERCENT, Quantity, fraction_size, is_year, quantities
from .sessions import session_of
from .subjects import (
    ASIDE,
    BOUNDARY,
    WINDOW_END,
    clean_gap,
    fronted_subject,
    list_after,
    subject_of,
)
from .triggers import MEMBERS_NEXT, MODAL_BEFORE, TO_RATING, Trigger, find_triggers

KINDS = {"index": "index_move", "company": "stock_move", "firm": "stock_move",
         "sector": "sector_move", "market": "index_move"}
_LEVEL_BEFORE = re.compile(
    r"(?:\b(?:to|at|near|around|of|to close at|to end at|to finish at|at about|to about|"
    r"to report|to reach|to record|to register|reaching|reported|(?:to|at)\s+(?:a\s+)?record)\s+|"
    r"^[\w\s&.•·*–-]{0,40}:\s*)$",
    re.IGNORECASE)
# "the Dow has pared its loss to about 150 points": the move's size, no level
_PARED_TO = re.compile(r"\b(?:loss|losses|declines?|gains?|advance)\s+to\s+(?:about\s+|around\s+|"
                       r"nearly\s+|some\s+)?$", re.IGNORECASE)
# a level crossed is no change in points: "Shanghai Composite reclaims 3,400 points"
_THRESHOLD_BEFORE = re.compile(r"\b(?:below|above|beneath|past|through|from|since|under|over|"
                               r"than|beyond|the|its|a|after|tops|topped|topping|crosses|crossed|"
                               r"reclaims|reclaimed|regains|regained)\s+$", re.IGNORECASE)
# "hit a high of HK$120 before finishing at HK$115": an intraday extreme, not the price
_EXTREME_BEFORE = re.compile(r"\b(?:hit|hits|hitting|touched|touches|touching|reached|reaches|"
                             r"reaching|struck)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:high|low|peak)\s+of\s+$", re.IGNORECASE)
_MULTIPLE_AFTER = re.compile(r"\s*(?:times|x)\b|-(?:day|week|month|year|session)", re.IGNORECASE)
_SCALED = re.compile(r"\d\s?(?:trillion|billion|million|bn|mn|tn|[bm])\b", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"\d[\d,.]*\s?(?:{PERCENT}|points?|pts)?\s*$")
# "If the Hang Seng falls 5%, margin calls could follow": a condition, not a move
# "with IG calling the FTSE 100 up 35 points, the DAX 120 points higher", "The FTSE 100 is
# expected to open 22 points lower at 8,970, Germany's DAX down 110 points": where a
# bookmaker or a broker calls the open, every name after it is a call, not a move
_CALLING = re.compile(r"\bcall(?:ing|s)\s+(?:the\s+)?(?=[A-Z])|"
                      r"\b(?:expected|seen|called|indicated|tipped)\s+to\s+open\b")
# "if the index falls 5%", "Nomura sees the Taiex falling 5%", "she saw the Kospi rebounding
# toward 2,800" (not "Tuesday saw the Nikkei tumble 3%"): a condition or a forecast
_CONDITION_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|sees?|seeing|expects?|expecting|"
                               r"(?:[Ss]?he|[Tt]hey|[Ww]e|I)\s+saw|"
                               r"forecasts?|forecasting|predicts?|predicting|projects?)\s+"
                               r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
# "..., last trading 6.2% lower", "..., having fallen 1.5%": the same subject goes on
_GOING_ON = re.compile(r"\b(?:last|having)\b")
_DETERMINED = re.compile(r"(?:the|a|an)\s+\w")
_LAST_JOINT = re.compile(r".*(?P<joint>,(?!\d)|\band\b)\s*")
_THEN = re.compile(r",?\s+(?:and\s+)?then\s+")  # "fell 0.5% by the break, then pared losses"
_BUT = re.compile(r"[^;]{0,40}?,?\s+(?:but|yet)\s+(?:then\s+)?(?:[\w.%]+,?\s+){0,10}?[^\s]*\s*")
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|dropped)\s+"
                            r"(?:by\s+)?$|(?:%|pc|pct|cent),\s*or\s+$", re.IGNORECASE)
# "slumped 17.8p, or 6%, to 278p": the money before "or N%" is the change, not the price
_OR_PCT_AFTER = re.compile(rf",?\s*or\s+\d[\d,.]*\s?(?:{PERCENT})(?![\w])")
# "closed 4.2p higher at 305.6p": the money before the way is the change, not the price
_WAY_AFTER = re.compile(r"\s+(?:higher|lower)\b", re.IGNORECASE)
_OBJECT_VERB = re.compile(r"(?:weigh(?:s|ed|ing)? on|drag(?:s|ged|ging)? on|sold off|sell(?:s|ing)? off)$",
                          re.IGNORECASE)
# "led the way on Monday as the S&P 500 rose": a clause of "as" with the market its subject
_AS_CLAUSE = re.compile(r"[^,;.]{0,30}?\bas\s+(?:the\s+)?", re.IGNORECASE)
# "citing persistent weakness in Chinese chemicals demand": a firm's reason, no market move
_REASON_BEFORE = re.compile(r"\b(?:citing|cited|cites)\s+(?:\w+\s+)?$")
_PAST_BEFORE = re.compile(r"\b(?:from|after|following|since)\s+$", re.IGNORECASE)
# "slipped in afternoon trade, | dragged lower by miners, | and was last | down 0.3%"
_AGENT_ASIDE_OPENS = re.compile(r"[^,;.%]{0,40},\s*")
_AGENT_ASIDE_CLOSES = re.compile(r",\s*and\s+(?:(?:was|is|were|are)\s+)?(?:(?:last|now)\s+)?")
_WHICH_ASIDE = re.compile(r"\s*,\s*(?:which|that)\s[^,;]*,\s*")
_LED = re.compile(r"(?:led|leading|leads|lead)\s", re.IGNORECASE)
_INCLUDING = re.compile(r"\s*,?\s*(?:including|such as|like|led by)\s+(?:the\s+)?$")
_MARK_AFTER = re.compile(r"\s*(?:-?point\s+)?(?:mark|level|threshold|line|barrier)\b", re.IGNORECASE)
_GAP_SEP = re.compile(r"\s*(?:,|;|,?\s+and|,?\s+while)\s+(?:the\s+)?")
_PCT = re.compile(rf"\d[\d,.]*\s?(?:{PERCENT})(?![\w])")
_TO_NUMBER = re.compile(r"\s+(?:to|at)\s+(?:[A-Z]{0,3}\$|€|£|¥)?\d(?:[\d,.]*\d)?")
# a gapped name's own figure: "Zions 4%", "KeyCorp between 2% and 3%", "Regions 1.5-2%"
_RANGE_START = rf"between\s+\d[\d,.]*\s?(?:{PERCENT})?\s+and\s+|\d[\d,.]*\s?(?:{PERCENT})?(?:\s*[-–]\s*|\s+to\s+)"
_GAPPED_PCT = re.compile(rf"\s+(?:(?:more than|nearly|almost|about|around|over|some)\s+|{_RANGE_START})?"
                         rf"{_PCT.pattern}(?:{_TO_NUMBER.pattern})?")
# "lifting local retailers", "dragging down other shippers"
# after "lifted Tesco": a rating change ("to buy", "to 'hold'") or an analyst's figure
# ("price target to 1,050p", "'s estimates", "year-end target to 27,000"), no move
_RATED_TO = re.compile(r"\s+(?:" + TO_RATING + r"|(?:to|at)\s+['‘\"“])|(?:['’]s)?\s+"
                       r"(?:(?:year-end|\d{1,2}-month|(?:end|mid)-\d{4}|\d{4})\s+)?"
                       r"(?:(?:share\s+)?price\s+)?(?:targets?|ratings?|estimates?|forecasts?)\b",
                       re.IGNORECASE)
# "Indian equity benchmarks ended sharply higher": a market told by no index, its verb after
_UNNAMED_MARKET = re.compile(r"\s*(?P<words>(?:[\w.'’-]+\s+){0,3}?)(?i:stocks|shares|equities|"
                             r"benchmarks|indices|indexes|markets?|bourses?|Wall\s+Street)\s+(?:[a-z]+\s+){0,3}")
_MARKET_OBJECT = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                            r"(?:stocks|shares|markets?|equities|bourses?)\b")
# a headline's "as TSMC drags; Taiex loses 1.5%", "...; Reliance drags": it drags the market
# (also with a sentence adverb after it: "Internet stocks dragged, however.")
_CLAUSE_END = re.compile(r"(?:,\s+(?:however|though|too|meanwhile|instead))?\s*(?:[;.]|$)")
_SIZE_OF = re.compile(r"\b(?:gains?|losses|declines?|advances?|drops?|falls?|rises?|rally)"
                      r"\s+of\s+$", re.IGNORECASE)
# "an early 3% gain", "a 3.5% intraday drop to close down 0.6%": the figure sizes the noun
_SIZED_NOUN = re.compile(r"\s+(?:(?:intraday|early|earlier|initial|morning|midday)\s+)?"
                         r"(?:gain|loss|advance|rise|drop|fall|decline|rally|jump|slide)\b")
_RESPECTIVELY = re.compile(r"[\s,]*respectively\b")
_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|and)\s*$")
_NUMBER_WORD = re.compile(r"[\d.,%]+|per|cent|percent|pct|points?")
_BARE_RANGE_JOIN = re.compile(r"\s*(?:to|and|-|–)\s*")
_SIGN_JOIN = re.compile(r"\s+[-−–]")
# a quote line: "Hang Seng Index 17,651.15 -215.30 -1.21%", "38,903.29 (-112.40, -0.29%)"
_SIGN = r"(?:[+\-−]|[▲▼]\s?)"
_QUOTE_PCT_AFTER = re.compile(rf"[,\s(]+{_SIGN}?\d[\d,.]*\s?%")
# ... and "23,012.6 ▼ 134.2 (0.58%)": after a signed change, the percent may go unsigned
_QUOTE_AFTER_LEVEL = re.compile(rf"[,\s|(]+{_SIGN}\d[\d,.]*(?:[,\s|(]+{_SIGN}?\d[\d,.]*\s?%|\s?%)")
_SIGN_BEFORE = re.compile(rf"{_SIGN}$")
# "..., bringing its decline since the September peak to 6.3%", "extending this year's gain
# to 27%": a running total, over more than the day
RUNNING_TOTAL = re.compile(r"\b(?:taking|took|bringing|brought|extending|extended|pushing|"
                           r"lifting|widening|deepening)\s+(?:its|their|the\s+[\w-]+['’]s|"
                           r"this\s+year['’]s)\s+(?P<words>(?:[\w-]+\s+){1,6}?)to\s+$",
                           re.IGNORECASE)
MAX_PCT = {"index_move": 30.0, "stock_move": 1000.0, "sector_move": 50.0}


@dataclass(slots=True)
class Predicate:
    subjects: list[Mention]
    triggers: list[Trigger] = field(default_factory=list)
    own_window: bool = False  # numbers start at its move word, not at the subject
    end: int = 0
    floor: int = 0  # where the previous move of the same subject ends
    earlier: bool = False  # a later move of the same name follows ("... but closed lower")
    after: int = 0  # where the previous move word of the same subject ends
    stop: int = 0  # where a clause with a subject of its own starts ("..., and crude rose 3%")


def sentence_moves(text: str, start: int, end: int, mentions: list[Mention],
                   triggers: list[Trigger], resolve_ref, session: str | None,
                   market_went: str | None = None) -> list[Fact]:
    """Facts of the moves in ``text[start:end]`` (its move words: ``triggers``);
    ``resolve_ref(mention)`` -> Mention | None for "it", "the gauge"; ``session``: the one
    the sentence names, for moves whose own clause names none; ``market_went``: the one way
    the markets of the sentences before went, if they went one."""
    predicates = _predicates(text, start, end, mentions, triggers, market_went)
    calling = _CALLING.search(text, start, end)
    facts: list[tuple[Predicate, Fact]] = []
    for pred in predicates:
        subjects = [resolve_ref(m) if m.kind == "ref" else m for m in pred.subjects]
        if not subjects or any(s is None for s in subjects) or \
                _CONDITION_BEFORE.search(text, max(start, subjects[0].start - 40),
                                         subjects[0].start) or \
                _called(text, calling, subjects[0]):
            continue
        indices = {m.name for m in mentions if m.kind == "index"}
        facts += [(pred, fact) for fact in _facts(text, start, end, pred, subjects, indices)]
    facts = _percent_restated(text, facts)
    # "is down 0.6%, after sliding as much as 1.4% in the morning": the session an earlier
    # move names is its own, not the sentence's
    if session in {f.session for p, f in facts if p.earlier}:
        session = None
    for pred, fact in facts:
        # "rose early but closed 0.3% lower": the close is not the earlier move's, nor
        # an intraday extreme's ("as much as 1.5%")
        if not (pred.earlier or fact.qualifier == "up to"):
            fact.session = fact.session or session
    return [fact for _, fact in facts]


# what may stand between a move in points or pence and its percent: "opened 30 points lower
# at 8,790, down 0.3%", "fell 12p to 455p, down 2.6%"
_POINTS_GAP = frozenset({"points", "point", "pts", "p", "pence", "cents", "lower", "higher",
                         "at", "to", "by"})


def _percent_restated(text: str, facts: list[tuple[Predicate, Fact]]
                      ) -> list[tuple[Predicate, Fact]]:
    """"The FTSE 100 opened 30 points lower at 8,790, down 0.3%": the percent after a
    move told in points or pence is the same move's, one fact (not a week's: "..., up 2%
    for the week")."""
    out: list[tuple[Predicate, Fact]] = []
    for pred, fact in facts:
        if out and _restates(text, out[-1], (pred, fact)):
            out[-1][1].change_pct, out[-1][1].qualifier = fact.change_pct, fact.qualifier
            continue
        out.append((pred, fact))
    return out


def _restates(text: str, first: tuple[Predicate, Fact], then: tuple[Predicate, Fact]) -> bool:
    (pred, fact), (next_pred, next_fact) = first, then
    if not (pred.triggers and next_pred.triggers) or fact.change_pct is not None or \
            next_fact.change_pct is None or fact.points is None and fact.price is None or \
            (fact.subject, fact.direction) != (next_fact.subject, next_fact.direction) or \
            any((next_fact.points, next_fact.level, next_fact.price)) or multi_day(next_fact):
        return False
    move = next_pred.triggers[0]
    gap = text[pred.triggers[-1].end:move.start]
    # "..., down 0.3%"; a quote line's "up 312.2 pts (+0.39%)"
    restated = text[move.start:move.end].lower() in ("up", "down") and \
        gap.rstrip().endswith(",") or move.form == "sign" and gap.rstrip().endswith("(")
    return restated and len(gap) < 60 and "%" not in gap and \
        set(re.findall(r"[A-Za-z]+", gap.lower())) <= _POINTS_GAP


def _predicates(text: str, start: int, end: int, mentions: list[Mention],
                triggers: list[Trigger], market_went: str | None = None) -> list[Predicate]:
    preds: list[Predicate] = []
    seen: list[Trigger] = []
    relative: list[Predicate] = []  # sectors' moves told against a market named later
    for trig in triggers:
        if trig.form == "agent":
            pred = _agent(text, trig, seen, mentions, end)
            if pred is not None:
                preds.append(pred)
            continue
        trig = _led_market(text, trig, mentions)
        if trig.form == "cause":
            preds.extend(_caused(text, trig, mentions, start, end))
            continue
        seen.append(trig)
        if trig.form == "sign" and _period_labelled(text, trig.start):
            # "KOSPI 2,455.91 (-1.95%; Nov -3.9%)", "Nifty 50: 24,853.15 | Week: +0.9%": the
            # row's name moved over the period; the label ("Week") is never a subject
            row = _row_name(text, trig.start, mentions, start)
            if row is not None:
                preds.append(Predicate([row], [trig], own_window=True))
            continue
        order = _another_move(text, preds[-1], trig, mentions) if preds else None
        if order:
            # "opened higher but closed 0.3% lower", "fell 1% before closing higher": the
            # same name's other move; which one came first in the day matters for its session
            later = Predicate(preds[-1].subjects, [trig], own_window=True)
            (later if order == "after" else preds[-1]).earlier = True
            preds.append(later)
            continue
        if _after_agent_aside(text, preds, trig):
            preds.append(Predicate(preds[-2].subjects, [trig], own_window=True))
            continue
        passive = _passive_subject(text, preds, trig, mentions)
        if passive is not None:
            preds.append(Predicate([passive], [trig], own_window=True))
            continue
        if preds and _change_then_record_close(text, preds[-1], trig):
            preds[-1].triggers.append(trig)
            continue
        if preds and _continues(text, preds[-1], trig, mentions):
            if _WHICH_ASIDE.fullmatch(text, preds[-1].subjects[-1].end, trig.start):
                # "Optical-module makers, which had doubled this year, led the retreat": the
                # aside's move is an earlier one, kept only with its figure
                aside = preds[-1] if any(t.has_number for t in preds[-1].triggers) else preds.pop()
                aside.earlier = True
                _end_at_aside(text, aside, trig)
                if trig.direction not in ("up", "down", "flat"):
                    continue  # "..., bucked the trend": its way is told elsewhere, unread here
                preds.append(Predicate(aside.subjects, [trig], own_window=True))
                continue
            if trig.has_number and any(t.has_number for t in preds[-1].triggers) and \
                    not (_in_points_too(text, preds[-1], trig) or
                         _record_close_then_change(text, preds[-1], trig)):
                # "closed 0.3% lower, having fallen as much as 1.5%": two moves
                preds[-1].earlier = True
                _end_at_aside(text, preds[-1], trig)
                preds.append(Predicate(preds[-1].subjects, [trig], own_window=True))
            else:
                preds[-1].triggers.append(trig)
            continue
        if preds and _closes_main_clause(text, preds[-1], trig, mentions):
            # "hit a record high after the engine maker raised its guidance, closing up 7.2%"
            preds.append(Predicate(preds[-1].subjects, [trig], own_window=True))
            continue
        subjects = subject_of(text, trig, mentions, start)
        if trig.participle and subjects and preds and \
                _in_subordinate(text, preds[-1].triggers[-1].end, subjects[0].start):
            continue  # "Tencent rose after Meituan reported results, climbing 3%": whose?
        if text[trig.start:trig.end].lower() in wordlists.gap_words()["sector_verb"] and \
                not (subjects and subjects[0].kind == "sector"):
            continue  # "The new shares were sold to funds": a placement, no move
        if trig.state and not _telegraphic_head(text, trig, subjects, start):
            continue  # "Energy firm Shell", "the weak yen": a sector's verbless state only
        if trig.weak and subjects and subjects[0].kind not in ("sector", "index", "ref") and \
                not (_ends_headline(text, trig, end) or _ends_clause(text, trig, end)):
            continue  # "Tencent gained" may be anything; "Insurers advanced" is a move
        if (trig.relative or trig.by_members) and subjects and \
                subjects[0].kind in ("sector", "index"):
            trig = _restated_way(text, trig, triggers)  # "Miners lagged, down 1.1%"
        if trig.relative and trig.direction == "market":  # "with miners leading the way"
            trig = _as_market(preds, trig, _unnamed_market_way(text, start, seen, mentions))
        if trig.relative and trig.direction == "against":  # "Retailers bucked the trend"
            if not (subjects and subjects[0].kind == "sector") or \
                    _capitalised_tail(text, subjects[0]):
                continue  # "Turkish Airlines bucked the trend": a company's, no sector's
            trig = _against_market(preds, trig)
        if trig.relative and not (subjects and subjects[0].kind == "sector" and
                                  _market_went(preds, trig.direction)):
            if subjects and subjects[0].kind == "sector" and not _markets(preds):
                relative.append(Predicate(subjects, [trig], own_window=True, end=trig.end))
            continue  # "The Nikkei fell 1%, but exporters outperformed": which way?
        if trig.by_members and subjects:  # a sector's only: an index's members are no proof
            trig = _by_members(text, trig, triggers, end) if subjects[0].kind == "sector" else None
            if trig is None:
                continue
        fronted = None if subjects or trig.weak else \
            fronted_subject(text, trig, mentions, start, end)
        if subjects or fronted:  # a fronted subject's numbers start at the move word
            preds.append(Predicate(subjects or fronted, [trig], own_window=bool(fronted)))
            _add_sector_head(text, preds[-1], mentions)
            preds += _led_sector(text, trig, mentions)
        elif _OBJECT_VERB.search(text, trig.start, trig.end):  # "a strong yen weighed on exporters"
            pred = _agent(text, trig, seen, mentions, end)
            if pred is not None:
                preds.append(pred)
        elif preds and not preds[-1].stop:  # "Chevron added 1.5%, and U.S. crude jumped 3%"
            joint = _LAST_JOINT.match(text, preds[-1].triggers[-1].end, trig.start)
            # "fell 1.8% and 1.5% respectively as ore prices weakened": a figure after the
            # joint is the move's own, no new clause
            if joint and not text[joint.end():joint.end() + 1].isdigit() \
                    and _own_subject(text, joint.end(), trig):
                preds[-1].stop = joint.start("joint")
    for pred in preds:
        _stop_at_named_clause(text, pred, mentions)
    preds = [p for p in preds if not _told_in_aside(text, p) and not _against_main_move(text, p, preds)]
    relative = [p for p in relative if not _told_in_aside(text, p)]
    preds += _market_after(text, relative, preds, market_went)
    _set_windows(text, preds, end)
    return _with_gapped(text, preds, mentions, triggers, end)


# ", and the small-cap Russell 2000 ...": a clause of another name's (no "and the index")
_NAMED_CLAUSE_OPENS = re.compile(r",\s+(?:and|while|whereas)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _stop_at_named_clause(text: str, pred: Predicate, mentions: list[Mention]) -> None:
    """"The Dow shed 400 points, and the Russell 2000 entered a bear market, closing more
    than 20% below its peak": the figures after a clause that opens with another index or
    company are that name's, even when its move word is not read."""
    last = pred.triggers[-1].end
    own = {m.name for m in pred.subjects}
    for m in mentions:
        if m.start >= last and (pred.stop == 0 or m.start < pred.stop) and \
                m.kind in ("index", "company") and m.name not in own and \
                _NAMED_CLAUSE_OPENS.search(text, max(last, m.start - 40), m.start):
            pred.stop = text.rindex(",", last, m.start)
            return


_ASIDE_CLOSES = re.compile(r"\s*,\s*")


def _against_main_move(text: str, pred: Predicate, preds: list[Predicate]) -> bool:
    """"The FTSE 100, supported by defensive heavyweights, eased 0.1%": names in a
    ", <moved> by <names>," aside the other way from the main verb right after it held up
    (or lagged) only against it, no move of their own known."""
    if pred.triggers[0].form != "agent":
        return False
    closes = pred.subjects[-1].end
    return any(p.triggers[0].start > closes and
               _ASIDE_CLOSES.fullmatch(text, closes, p.triggers[0].start) and
               p.triggers[0].direction == _OTHER_WAY.get(pred.triggers[0].direction)
               for p in preds)


def _told_in_aside(text: str, pred: Predicate) -> bool:
    """"Defence stocks, which had surged through the conflict, bucked the trend": a move told
    only in a which-aside, with no figure, is the subject's background (the main verb, unread
    here, may say the other way)."""
    aside = _WHICH_ASIDE.match(text, pred.subjects[-1].end)
    if aside is None or text[aside.end():aside.end() + 1].isdigit():
        return False  # "the FTSE 100, which was flat at 9,127.": a number's comma
    return not any(t.has_number for t in pred.triggers) and \
        all(aside.start() < t.start < aside.end() for t in pred.triggers)


# what may open the clause of a telegraphic sector state: the line's start, a stop, a dash,
# a bullet, or a joint ("Nikkei drops 2%; exporters hit", "..., with banks weak")
_STATE_CLAUSE_OPENS = re.compile(r"(?:[;:.!?•—–\n]|\s-|,(?:\s+(?:and|while|with|but))?|"
                                 r"\b(?:and|while|with|but))\s*$")


@cache
def _demonym_before() -> re.Pattern[str]:
    demonyms = wordlists.trie_pattern(sorted(wordlists.gap_words()["sector_demonym"]))
    return re.compile(rf"\b(?:{demonyms})\s+$")


def _telegraphic_head(text: str, trig: Trigger, subjects: list[Mention] | None,
                      start: int) -> bool:
    """"Trading houses firm; Mitsubishi Corp +2.4%", "Homebuilders bid after rates dip": a
    state word is a move only right after a plural sector head that opens its clause."""
    if not subjects or any(m.kind != "sector" for m in subjects):
        return False
    opens = subjects[0].start
    people = _demonym_before().search(text, max(start, opens - 20), opens)
    if people:  # "Italian banks hit; UniCredit -3.5%": where the sector trades opens the clause
        opens = people.start()
    return text[subjects[-1].end:trig.start] == " " and (
        not text[start:opens].strip() or
        _STATE_CLAUSE_OPENS.search(text, max(start, opens - 12), opens) is not None)


def _ends_headline(text: str, trig: Trigger, end: int) -> bool:
    """"FTSE 100 hits record as Shell, BP gain": a present-tense verb closing a headline (no
    full stop) tells the names' move."""
    rest = text[trig.end:end].strip()
    word = text[trig.start:trig.end].lower()
    present = word.endswith("s") or f"{word}s" in wordlists.gap_words()["weak"]  # not "lost"
    return (not rest or rest[0] == ";") and present and text[:end].rstrip()[-1:] not in ".!?"


def _ends_clause(text: str, trig: Trigger, end: int) -> bool:
    """"Energy shares rose as TotalEnergies and BP advanced.": a gain word that ends its
    clause tells the names' move (not "Tencent gained market share")."""
    rest = text[trig.end:end].lstrip()
    return text[trig.start:trig.end].lower() in wordlists.gap_words()["clause_end_move"] and \
        (not rest or rest[0] in ".;")


def _by_members(text: str, trig: Trigger, triggers: list[Trigger], end: int) -> Trigger | None:
    """"Banks lagged: ICBC fell 1.2% and CMB slipped 0.7%": the sector moved as its members
    after it did, all one way (and the way its own word says, if it says one); a short cause
    before them is no clause of theirs ("bucked the trend as crude fell, with BPCL up 3%")."""
    gap = MEMBERS_NEXT.match(text, trig.end, end)
    stop = BOUNDARY.search(text, gap.end() if gap else trig.end, end)
    moved = {t.direction for t in triggers if trig.end <= t.start < (stop.start() if stop else end)
             and t.has_number and t.direction != "flat"}
    if len(moved) != 1 or trig.direction not in (*moved, "members", "market", "against"):
        return None
    return replace(trig, direction=moved.pop())


def _restated_way(text: str, trig: Trigger, triggers: list[Trigger]) -> Trigger:
    """"Mining stocks lagged, down 1.1%", "the CAC 40 underperformed, down 1.3%": a word
    relative to the market told with the sector's or index's own figure right after it moved
    that figure's way (if the word's own way, when it has one, agrees)."""
    after = next((t for t in triggers if t.start >= trig.end), None)
    if after is None or after.form != "adj" or not after.has_number or \
            text[trig.end:after.start].strip() != "," or \
            trig.direction not in (after.direction, "members", "market", "against"):
        return trig
    return replace(trig, direction=after.direction, relative=False, by_members=False)


def _markets(preds: list[Predicate]) -> list[Predicate]:
    return [p for p in preds if p.subjects[0].kind in ("index", "market")]


def _market_went(preds: list[Predicate], direction: str) -> bool:
    """"The ASX 200 inched up 0.1% as defensives outperformed": beating a rising market is
    a rise, trailing a falling one a fall; the market's move is the sentence's last before."""
    market = _markets(preds)
    return bool(market) and _direction(market[-1]) == direction


def _market_after(text: str, relative: list[Predicate], preds: list[Predicate],
                  market_went: str | None) -> list[Predicate]:
    """"Energy stocks led the way as the S&P 500 rose 1%", "Banks outperformed as the FTSE
    100 climbed": against the market of the as-clause right after, the same rules; in a
    sentence that names no market, against the one way the markets before it went ("The
    Nikkei rose 1%. Banks outperformed.")."""
    moved = []
    for pred in relative:
        trig = pred.triggers[0]
        market = next((p for p in _markets(preds) if p.subjects[0].start >= trig.end), None)
        if market is None and not _markets(preds):
            went = market_went
        elif market is None or not _AS_CLAUSE.fullmatch(text, trig.end, market.subjects[0].start):
            continue
        else:
            went = _direction(market)
        if went in ("up", "down") and trig.direction in ("market", went, "against"):
            way = _OTHER_WAY[went] if trig.direction == "against" else went
            moved.append(replace(pred, triggers=[replace(trig, direction=way)]))
    return moved


def _as_market(preds: list[Predicate], trig: Trigger, unnamed_way: str | None) -> Trigger:
    """"Australian shares closed higher, with miners leading the way": a sector that led
    the market moved the market's way (a market told by no index: its opening clause's)."""
    market = _markets(preds)
    if market or unnamed_way is None:
        return replace(trig, direction=(_direction(market[-1]) if market else None) or "market")
    return replace(trig, direction=unnamed_way, relative=False)  # no market's move to check


def _unnamed_market_way(text: str, start: int, seen: list[Trigger],
                        mentions: list[Mention]) -> str | None:
    """"Indian shares ended sharply higher, with banks leading the charge": the way of a
    market the sentence opens with and names by no index; no name may stand before its verb
    ("Zorblax shares rose" is a company's)."""
    moved = [t for t in seen if t.direction in ("up", "down")]
    opening = moved[0] if moved and {t.direction for t in moved} == {moved[0].direction} else None
    if opening is None or any(start <= m.start < opening.start for m in mentions):
        return None
    market = _UNNAMED_MARKET.fullmatch(text, start, opening.start)
    plain = wordlists.places() | wordlists.lines("nonnames.txt")
    if market is None or any(w[:1].isupper() and w not in plain for w in market["words"].split()):
        return None
    return opening.direction


_OTHER_WAY = {"up": "down", "down": "up"}


def _capitalised_tail(text: str, mention: Mention) -> bool:
    """"Turkish Airlines": a capitalised sector word after a capitalised word in the
    sentence may be a company's name."""
    before = text[max(0, mention.start - 30):mention.start].split()
    return text[mention.start:mention.start + 1].isupper() and bool(before) and \
        before[-1][:1].isupper() and not before[-1].endswith((".", ":", ";"))


def _against_market(preds: list[Predicate], trig: Trigger) -> Trigger:
    """"The Nikkei fell 1% ..., but retailers bucked the trend": a sector against the
    market moved the other way from the sentence's last market move (none: the market of
    an as-clause after it or of the sentences before, see ``_market_after``)."""
    market = _markets(preds)
    went = _direction(market[-1]) if market else None
    if went not in _OTHER_WAY:
        return trig
    return replace(trig, direction=_OTHER_WAY[went], relative=False)


def _end_at_aside(text: str, pred: Predicate, later: Trigger) -> None:
    """"The CSI 300, which had dropped 1.1% on Monday, recovered to end 0.4% higher": a move
    told in a which-aside ends at the aside's comma, so the main clause's words (its
    session, its figures) are not the aside's."""
    which = _WHICH_ASIDE.match(text, pred.subjects[-1].end, later.start)
    if which and pred.triggers[0].start < which.end():
        pred.end = text.rindex(",", which.start(), which.end())


def _set_windows(text: str, preds: list[Predicate], end: int) -> None:
    """Where each predicate's numbers end: the next clause or the next one's subject."""
    for i, pred in enumerate(preds):
        if pred.end:  # a window fixed already: the names of "led by", "X lifted ..."
            continue
        limit = pred.stop or end
        if i + 1 < len(preds):
            nxt = preds[i + 1]
            begins = nxt.triggers[0].start if nxt.subjects is pred.subjects or \
                nxt.subjects[0].start < pred.triggers[-1].end else nxt.subjects[0].start
            number = _NUMBER_BEFORE.search(text, max(0, begins - 30), begins) \
                if nxt.triggers[0].number_before else None
            # "was up 3% at midday and closed 2.1% higher": 2.1% is the next one's
            limit = min(limit, number.start() if number else begins)
        stop = WINDOW_END.search(text, pred.triggers[-1].end, limit)
        sized = _with_size().match(text, stop.start(), limit) if stop else None
        pred.end = sized.end() if sized else stop.start() if stop else limit
        if i and preds[i - 1].subjects is pred.subjects:
            pred.floor = preds[i - 1].end
            pred.after = preds[i - 1].triggers[-1].end


@cache
def _with_size() -> re.Pattern[str]:
    """"... with a 6.1% jump": the move's size told as a noun, still the subject's (not "with
    a 5% jump in Xiaomi": another's)."""
    nouns = wordlists.trie_pattern(sorted(wordlists.gap_words()["size_noun"]))
    size = rf"(?:(?:more than|nearly|almost|about|over)\s+)?\d[\d.]*\s?(?:{PERCENT})"
    # "with a 6.1% jump" or "with a gain of 3.6 percent"
    return re.compile(rf"with\s+(?:an?\s+)?(?:{size}\s+(?:{nouns})s?\b|(?:{nouns})\s+of\s+{size})"
                      r"(?!\s+(?:in|for|at|of|by|from|on)\b)")


def _with_gapped(text: str, preds: list[Predicate], mentions: list[Mention],
                 triggers: list[Trigger], end: int) -> list[Predicate]:
    """"Sony gained 2.1%, Toyota 1.5% and Honda 0.9%": each name after the first, with a
    percent of its own and no move word, moved the same way (the verb is not repeated)."""
    out: list[Predicate] = []
    for pred in preds:
        out.append(pred)
        last = pred.triggers[-1].end
        after = [m for m in mentions if m.start >= last and m.kind in KINDS]
        first = _PCT.search(text, last, pred.end) if after and pred.end > last else None
        direction = _direction(pred) if first else None
        if direction in (None, "flat"):
            continue
        to = _TO_NUMBER.match(text, first.end(), pred.end)  # "5% to HK$40.10, and ..."
        anchor = _past_day(text, to.end() if to else first.end(), pred.end)
        for m in (m for m in after if m.start >= anchor):
            number = _GAPPED_PCT.match(text, m.end, end)
            if not _GAP_SEP.fullmatch(text, anchor, m.start) or number is None or \
                    any(m.end <= t.start <= number.end() + 12 for t in triggers):
                break
            moved = Trigger(m.end, m.end, direction, "gap", True, False)
            out.append(Predicate([m], [moved], own_window=True, end=number.end()))
            pred.end = min(pred.end, m.start)
            anchor = number.end()
    return out


_SPACE = re.compile(r"\s+")


def _past_day(text: str, pos: int, end: int) -> int:
    """"is up 0.9% on the day, the CAC 40 1.2%": the day or session named after the first
    figure still lets the next names share its verb; where that phrase ends."""
    space = _SPACE.match(text, pos, end)
    day = wordlists.periods().day.match(text, space.end(), end) if space else None
    if day is None:  # "lost 5.1% over the five sessions and Chevron 4.3%": the period's too
        day = wordlists.periods().after.match(text, pos, end)
    return day.end() if day else pos


# advice names a sector to buy, no move ("advising investors to focus on AI server names
# such as Quanta, which rose 3.7%")
_ADVISED_TO = re.compile(r"\b(?:advis|recommend|urg|tell|told)\w*\s+(?:investors|clients)\s+to\s+"
                         r"(?:focus on|buy|favou?r|add|accumulate|look at|stick with)\s+(?:the\s+)?$",
                         re.IGNORECASE)
# a member's move told in a which-aside with a perfect tense is an earlier one
_EARLIER_ASIDE = re.compile(r",\s*which\s+(?:has|have|had)\s")


def _add_sector_head(text: str, pred: Predicate, mentions: list[Mention]) -> None:
    """"bank shares including Intesa and UniCredit dropped", "export-oriented shares such as
    automakers fell": the sector moved too."""
    first = pred.subjects[0]
    if _EARLIER_ASIDE.search(text, first.end, pred.triggers[0].start):
        return  # "names such as MHI, which has surged 58%": not today's move
    if _INCLUDING.search(text, max(0, first.start - 40), first.start):
        head = [m for m in mentions if m.kind == "sector" and m.end <= first.start]
        if head and _INCLUDING.fullmatch(text, head[-1].end, first.start) and \
                not _ADVISED_TO.search(text, max(0, head[-1].start - 40), head[-1].start):
            pred.subjects = [*pred.subjects, head[-1]]


# "Chip stocks lead Nasdaq 1.8% lower", "Energy leads S&P 500 lower": as "drag ... lower"
_LED_WAY = re.compile(r"(?P<verb>led|leading|leads|lead)\s+(?:\S+\s+){1,3}(?:lower|higher)",
                      re.IGNORECASE)
# ... and "Miners lead FTSE 100 0.9% lower": the verb right before the index, its figure after
_LED_BEFORE = re.compile(r"\b(?P<verb>led|leading|leads|lead)\s+(?:the\s+)?$", re.IGNORECASE)
_FIGURE_GAP = re.compile(rf"\s+{_PCT.pattern}\s+")


def _led_market(text: str, trig: Trigger, mentions: list[Mention]) -> Trigger:
    """"Chip stocks lead Nasdaq 1.8% lower": the leader went that way with no figure, and
    the index it led moved with the figure after it; ``trig`` read as a causing verb."""
    verb = None
    if trig.form == "verb":
        led = _LED_WAY.fullmatch(text, trig.start, trig.end)
        if led and any(m.kind in ("index", "ref") and led.end("verb") < m.start and m.end <= trig.end
                       for m in mentions):
            verb = led.span("verb")
    elif trig.form == "adj" and trig.number_before:
        index = max((m for m in mentions if m.end <= trig.start), key=lambda m: m.end, default=None)
        led = _LED_BEFORE.search(text, max(0, index.start - 12), index.start) \
            if index and index.kind in ("index", "ref") and \
            _FIGURE_GAP.fullmatch(text, index.end, trig.start) else None
        verb = led.span("verb") if led else None
    if verb is None:
        return trig
    return replace(trig, start=verb[0], end=verb[1], form="cause", has_number=False,
                   number_before=False, participle=text[verb[0]:verb[1]].lower() == "leading")


def _led_sector(text: str, trig: Trigger, mentions: list[Mention]) -> list[Predicate]:
    """"LVMH led luxury names lower": the sector led moved that way too (its figure unstated)."""
    if not _LED.match(text, trig.start):
        return []
    led = [m for m in mentions if m.kind == "sector" and trig.start < m.start and m.end <= trig.end]
    moved = Trigger(trig.start, trig.end, trig.direction, "agent", False, False)
    return [Predicate(led, [moved], own_window=True, end=trig.end)] if led else []


def _members_named(text: str, subjects: list[Mention], mentions: list[Mention],
                   end: int) -> list[Mention]:
    """"dragged down by tech heavyweights Tencent and Alibaba": the companies a sector
    names right after it moved with it."""
    if len(subjects) != 1 or subjects[0].kind != "sector":
        return []
    nxt = next((m for m in mentions if m.start >= subjects[0].end), None)
    if nxt is None or nxt.kind != "company" or text[subjects[0].end:nxt.start] != " ":
        return []
    return list_after(text, nxt, mentions, end)


@cache
def _agent_gap() -> re.Pattern[str]:
    """"dragged down by European banks", "weighed down by mainland developers", "by Macau
    casino operators", "a retreat in Hong Kong-listed drugmakers": what may stand between
    the phrase and the sector it names."""
    place = wordlists.trie_pattern(sorted(wordlists.places()), fold=True)
    # "weighing on rate-sensitive real estate stocks", "dumped beaten-down property names"
    adjective = wordlists.trie_pattern(sorted(wordlists.gap_words()["sector_adjective"]))
    # ... but no sector word: "gains in secondary-battery materials makers" are battery stocks
    sector = wordlists.trie_pattern(sorted(wordlists.sector_words().modifiers), fold=True)
    hyphenated = rf"(?!(?i:{sector})\b)[a-z]+-(?!(?i:{sector})\b)[a-z]+"
    demonym = wordlists.trie_pattern(sorted(wordlists.gap_words()["sector_demonym"]))
    return re.compile(r"\s*(?:the\s+)?(?:(?:gains|losses|declines|strength|weakness|a rally|"
                      r"a drop|a slump|a jump)\s+(?:in|at|for|of)\s+(?:the\s+)?)?"
                      rf"(?:(?:{adjective}|{hyphenated})\s+){{0,2}}"
                      rf"(?:(?:{demonym}|(?i:{place})(?:-listed|-based)?)\s+){{0,2}}(?:heavyweight\s+)?")


def _agent(text: str, trig: Trigger, seen: list[Trigger], mentions: list[Mention],
           end: int) -> Predicate | None:
    """"closed higher, led by banks and insurers": the names after the phrase moved."""
    direction = trig.direction
    if direction == "same":
        moved = [t for t in seen if t.direction != "flat"]
        if not moved or _business_moved(text, moved[-1]):
            return None
        direction = moved[-1].direction
    if _PAST_BEFORE.search(text, max(0, trig.start - 12), trig.start):
        return None  # "took profits after a rally in tech": an earlier move
    if _CONDITION_BEFORE.search(text, max(0, trig.start - 40), trig.start):
        return None  # "do not expect a sustained rebound in casino stocks": a forecast
    if MODAL_BEFORE.search(text, max(0, trig.start - 24), trig.start):
        return None  # "a strong yen could hit exporters", "could weigh on exporters": a warning
    if _REASON_BEFORE.search(text, max(0, trig.start - 30), trig.start):
        return None  # "raised its forecast, citing strength in e-commerce": the business's
    if _advised(text, trig):
        return None  # "use any weakness in tech to add exposure": advice, no move
    if not wordlists.gap_words()["earlier"].isdisjoint(text[trig.start:trig.end].lower().split()):
        return None  # "booked profits on a recent rally in internet names"
    # a name the lexicon knows, or a sector: "a rally in Monroe, La." is not a market move
    phrase = text[trig.start:trig.end].lower()
    sector_only = phrase in wordlists.gap_words()["sector_agent"] or \
        phrase in wordlists.gap_words()["object_verb"]
    after = [m for m in mentions if m.start >= trig.end and (m.kind == "sector" or (
             m.kind in ("company", "firm") and m.ticker is not None))]
    if not after:
        return None
    # "led by a 6.5% jump in shares of Goldman Sachs": a listed company's, even a broker's
    shares = after[0].kind != "sector" and _SHARES_OF.fullmatch(text, trig.end, after[0].start)
    if not shares and (after[0].kind == "firm" or
                       not _agent_gap().fullmatch(text, trig.end, after[0].start)):
        return None
    subjects = list_after(text, after[0], mentions, end)
    if _its_news(text, subjects[0]):
        return None
    if sector_only and subjects[0].kind != "sector" and \
            not (seen and _closing_names(text, subjects, end)):
        return None  # "tariffs hit Apple" may be its business
    if _judged().match(text, subjects[-1].end, end):
        return None  # "Foreign selling in chip stocks looks overdone": a view of it
    subjects += _members_named(text, subjects, mentions, end)
    moved_trig = Trigger(trig.start, trig.end, direction, "agent", False, False)
    return Predicate(subjects, [moved_trig], own_window=True, end=trig.end)


_OWNED_WORDS = re.compile(r"(?:['’]s|(?<=s)['’])((?:\s+[a-z][\w-]*){1,3})")  # "Electronics'"


def _its_news(text: str, name: Mention) -> bool:
    """"supported by Berkshire Hathaway's disclosure", "hit by Nvidia's results": what the
    company said or did, no move of its shares; "led by Tencent's sharp gains" or "HSBC's
    local shares" is one (a number or a capitalised place after "'s" is read as before)."""
    owned = _OWNED_WORDS.match(text, name.end)
    if owned is None:
        return False
    gaps = wordlists.gap_words()
    moved = gaps["listing"] | gaps["listing_where"] | gaps["size_noun"]
    return not any(w in moved or w[:-1] in moved or w[:-2] in moved
                   for w in owned.group(1).lower().split())


def _advised(text: str, trig: Trigger) -> bool:
    words = text[max(0, trig.start - 12):trig.start].split()
    return bool(words) and words[-1].lower() in wordlists.gap_words()["advice"]


def _closing_names(text: str, subjects: list[Mention], end: int) -> bool:
    """"Taiex sinks as tariff shock hits TSMC, Foxconn": a headline's list of listed
    companies closing it (or its clause before a semicolon) after "hits", past a market's
    move, tells their shares' fall; one name alone may be its business ("tariffs hit
    Apple")."""
    rest = text[subjects[-1].end:end].strip()
    return len(subjects) > 1 and all(m.kind == "company" and m.ticker for m in subjects) and \
        (not rest or rest[0] == ";") and text[:end].rstrip()[-1:] not in ".!?"


@cache
def _judged() -> wordlists.Folded:
    """What follows an agent's names when the clause judges or foresees their move ("looks
    overdone", "has further to run", "is likely to continue"): the verdicts of views.tsv,
    a few judging words before them (gaps.tsv "judging"), or a forecast ("foreseeing");
    or what ends it ("fizzled", gaps.tsv "fading")."""
    gaps = wordlists.gap_words()
    verdicts = [w for w, k in wordlists.view_shifts().trend_stances.items()
                if k in ("goes-on", "ends")]
    judging, verdict, foreseeing, fading = (
        wordlists.trie_pattern(sorted(words), fold=True) for words in
        (gaps["judging"], verdicts, gaps["foreseeing"], gaps["fading"]))
    return wordlists.Folded(rf"\s+(?:(?:{judging})\s+){{0,3}}(?:{verdict})(?![\w-])|"
                            rf"\s+(?:still\s+)?(?:{foreseeing})\s+[a-z]|\s+(?:{fading})(?![\w-])")


def _business_moved(text: str, trig: Trigger) -> bool:
    """"exports rose 12.7%, led by semiconductors": what leads a business figure is a
    part of it, no mover."""
    words = text[max(0, trig.start - 20):trig.start].split()
    return bool(words) and words[-1].lower() in wordlists.gap_words()["business"]


@cache
def _object_gap() -> re.Pattern[str]:
    """"lifted the other lenders", "lifting the broader defence sector", "lifted Europe's
    telecoms sector 1.1%": what may stand between a causing verb and its object."""
    place = wordlists.trie_pattern(sorted(wordlists.places()), fold=True)
    return re.compile(r"\s+(?:the\s+)?(?:other\s+|broader\s+|wider\s+)?(?:(?:local|domestic)\s+)?"
                      rf"(?:(?i:{place})['’]s\s+)?")


def _caused(text: str, trig: Trigger, mentions: list[Mention], start: int,
            end: int) -> list[Predicate]:
    """"Tencent and Alibaba dragged the index down 2%", "TSMC lifts Taiex 1.5%": the names
    before the verb moved that way (their figures are not stated here); the name right
    after it moved too, with the numbers that follow it."""
    if MODAL_BEFORE.search(text, max(start, trig.start - 24), trig.start):
        return []
    after = next((m for m in mentions if m.start >= trig.end), None)
    # "dragging on the DAX" is a drag, not the index's fall; "dragging on travel stocks" a fall
    drag_on = _OBJECT_VERB.search(text, trig.start, trig.end) is not None
    named = after is not None and _object_gap().fullmatch(text, trig.end, after.start) and (
        after.kind == "sector" or not drag_on and (after.kind in ("index", "ref") or
                                                    after.ticker is not None))
    if not named and not _MARKET_OBJECT.match(text, trig.end) and \
            not _CLAUSE_END.match(text, trig.end, end):  # "lifted its dividend"
        return []
    if named and _RATED_TO.match(text, after.end):  # "lifted Tesco to buy": a view
        return []
    preds = []
    # ", lifting the AEX 1.1%": the clause's subject moved by a verb of its own, and the
    # name nearest the participle may sit in another clause ("after peer Applied Materials
    # posted results")
    after_comma = trig.participle and text[start:trig.start].rstrip().endswith(",")
    subjects = [] if after_comma else subject_of(text, trig, mentions, start)
    if subjects:
        preds.append(Predicate(subjects, [trig], own_window=True, end=trig.end))
    if named:  # not "drag Hong Kong stocks lower": no one to name
        moved = Trigger(after.end, after.end, trig.direction, "cause", False, False)
        # "lifted retailers and tech giants": each sector listed
        objects = list_after(text, after, mentions, end) if after.kind == "sector" else [after]
        # "lifted technology shares, offsetting a 3.8% slide in UnitedHealth": a sector's
        # figure follows it in its clause; after a comma the figures are others'
        comma = _CLAUSE_BREAK.search(text, objects[-1].end, end) if after.kind == "sector" else None
        preds.append(Predicate(objects, [moved], own_window=True, end=comma.start() if comma else 0))
    return preds


_CLAUSE_BREAK = re.compile(r"[,;]")


def _called(text: str, calling: re.Match[str] | None, subject: Mention) -> bool:
    """A name after a call of the open, in the same clause ("..., after the Nasdaq fell
    1.8%" is a move of its own; so is a move of futures, which trade before the open:
    "are called to open higher, with FTSE 100 futures up 0.3%"); so is a name "indicated"
    before its open ("The FTSE 100 is indicated 25 points lower"), unlike its futures."""
    if subject.name.endswith(" futures"):
        return False
    return _INDICATED.match(text, subject.end) is not None or calling is not None and \
        subject.start >= calling.end() and not BOUNDARY.search(text, calling.end(), subject.start)


_INDICATED = re.compile(r"\s+(?:is|are|was|were)\s+indicated\b")


def _another_move(text: str, pred: Predicate, trig: Trigger,
                  mentions: list[Mention]) -> str | None:
    """"..., but closed 0.3% lower", "... before closing higher", "... after falling as much
    as 1.5%" with no name between: another move of the same name, made "before" (later in
    the day) or "after" (earlier); None when ``trig`` is not one."""
    last = pred.triggers[-1]
    if trig.has_number and _BUT.fullmatch(text, last.end, trig.start) and \
            not _named_between(mentions, last.end, trig.start):
        return "before"
    between = text[last.end:trig.start]
    # the joint nearest the move word decides: "jumped 11% after the company disclosed a
    # stake in OpenAI, before closing 7.8% higher"
    stop = max([*WINDOW_END.finditer(between), *_THEN.finditer(between)],
               key=lambda m: m.start(), default=None)
    if stop is None or _named_between(mentions, last.end + stop.start(), trig.start):
        return None
    word = stop.group().split()[-1].lower()
    order = "before" if word == "then" else word
    # a move earlier in the day counts with its figure only ("after hitting a record high")
    if order not in ("before", "after") or order == "after" and not trig.has_number:
        return None
    words = [w.strip(",;") for w in between[stop.end():].lower().split()
             if not _NUMBER_WORD.fullmatch(w.strip(",;"))]
    return order if set(words) <= wordlists.gap_words()["paring"] else None


def _named_between(mentions: list[Mention], start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in mentions)


def _after_agent_aside(text: str, preds: list[Predicate], trig: Trigger) -> bool:
    """"The Footsie slipped in afternoon trade, dragged lower by heavyweight miners, and was
    last down 0.3%": the move after a ", <moved> by <names>," aside is the main subject's."""
    if len(preds) < 2 or preds[-1].triggers[0].form != "agent" or \
            preds[-2].subjects is preds[-1].subjects:
        return False
    main, aside = preds[-2].triggers[-1], preds[-1].triggers[0]
    return bool(_AGENT_ASIDE_OPENS.fullmatch(text, main.end, aside.start)) and \
        bool(_AGENT_ASIDE_CLOSES.fullmatch(text, preds[-1].subjects[-1].end, trig.start))


def _passive_subject(text: str, preds: list[Predicate], trig: Trigger,
                     mentions: list[Mention]) -> Mention | None:
    """"The Shanghai Composite was held back by weakness in banks and finished flat": the
    move after "<name> was <moved> by <names> and" is the name's (an index's or a company's)."""
    if not preds or preds[-1].triggers[0].form != "agent" or \
            not _PASSIVE_CLOSES.fullmatch(text, preds[-1].subjects[-1].end, trig.start):
        return None
    agent = preds[-1].triggers[0]
    name = next((m for m in reversed(mentions) if m.end <= agent.start), None)
    if name is None or name.kind not in ("index", "company"):
        return None
    opens = text[name.end:agent.start]
    by_agent = text[agent.start:agent.end].lower().endswith(" by")
    return name if _PASSIVE_OPENS.fullmatch(opens) and (by_agent or opens.endswith("by ")) \
        else None


_SHARES_OF = re.compile(r"\s*(?:the\s+)?shares\s+(?:of|in)\s+")
_PASSIVE_OPENS = re.compile(r"\s+(?:was|were)\s+(?:(?:held\s+back|pulled\s+down|hurt|hit)\s+by\s+)?")
# "... and finished flat", "... and closed 0.3% lower", "... and was last down 1%"
_PASSIVE_CLOSES = re.compile(r"\s+and\s+(?:(?:was|were|closed|ended|finished|settled)\s+)?"
                             r"(?:(?:last|now)\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+)?")


def _continues(text: str, pred: Predicate, trig: Trigger, mentions: list[Mention]) -> bool:
    """A move word with no name of its own since the last one shares its subject."""
    last = pred.triggers[-1]
    if any(last.end <= m.start and m.end <= trig.start for m in mentions):
        return False
    if (last.form == "cause" or last.caused) and trig.participle:
        # "X dragged the index lower, falling 2%", "X pushed the Kospi lower, falling 2%"
        return False
    between = text[last.end:trig.start]
    if WINDOW_END.search(between) or len(between) >= 60:
        return False
    joint = _LAST_JOINT.match(text, last.end, trig.start)
    return joint is None or not _own_subject(text, joint.end(), trig)


_POINTS_NEXT = re.compile(r"\s+(?:(?:some|about|nearly|almost|over|more than)\s+)?\d[\d,.]*\s?"
                          r"(?:points?|pts)\b")
_POINTS_IN = re.compile(r"\d\s?(?:points?|pts)\b")
_EARLIER_BEFORE = re.compile(r"\b(?:having|after|before)\s+$")


def _in_points_too(text: str, pred: Predicate, trig: Trigger) -> bool:
    """"finished 1.8% lower at 47,230.91, shedding 866 points": the same move told in
    points (not "..., having shed 300 points earlier", an earlier move)."""
    first = pred.triggers[0]
    return trig.participle and trig.direction == _direction(pred) \
        and bool(_POINTS_NEXT.match(text, trig.end)) \
        and not _POINTS_IN.search(text, first.start, trig.start) \
        and not _EARLIER_BEFORE.search(text, max(0, trig.start - 10), trig.start)


# "closed at a record NT$1,300, up 2.8%": the close's price, then its change
_RECORD_CLOSE = re.compile(r"(?:clos|end|finish)\w*\s+at\s+(?:a\s+)?record", re.IGNORECASE)
_PERCENT_IN = re.compile(r"\d\s?(?:%|percent|per cent)")


def _record_close_then_change(text: str, pred: Predicate, trig: Trigger) -> bool:
    """"closed at a record NT$1,300 on Friday, up 2.8 percent": one move, its price and then
    its change (not "closed at a record, up 2% on the week, after rising 1%")."""
    first = pred.triggers[-1]
    return len(pred.triggers) == 1 and trig.direction == first.direction and \
        bool(_RECORD_CLOSE.fullmatch(text, first.start, first.end)) and \
        not _PERCENT_IN.search(text, first.end, trig.start)


# "rose 1.2%, or 520 points, to ": the change, then "close at a record 44,293.13"
_CHANGE_TO = re.compile(r"[^;()]{0,40}\bto\s+$")


def _change_then_record_close(text: str, pred: Predicate, trig: Trigger) -> bool:
    """"rose 1.2% to close at a record 44,293.13": one move, its change and then the
    close's level (not "fell 1% on Monday and closed at a record 3,000 on Friday")."""
    first = pred.triggers[-1]
    return len(pred.triggers) == 1 and trig.direction == first.direction and \
        bool(_RECORD_CLOSE.fullmatch(text, trig.start, trig.end)) and \
        bool(_CHANGE_TO.fullmatch(text, first.end, trig.start)) and \
        bool(_PERCENT_IN.search(text, first.end, trig.start))


# a clause under the main one, up to its subject ("after Meituan"; not "..., with Vanke")
_SUBORDINATE = re.compile(r"\b(?:after|before|because|when|if|as|amid|despite)\b")
_WITH = re.compile(r",\s*with\s")
_CONTRAST = re.compile(r";|\b(?:while|whereas|but|although|though|unlike)\b")


def _in_subordinate(text: str, start: int, subject: int) -> bool:
    """Whether a clause under the main one opens between ``start`` and its ``subject``
    ("after Meituan reported ..."), not a with-clause of its own ("after ..., with Vanke")
    nor a contrast's ("after its update, while utilities lagged, falling 0.8%")."""
    opened = [m.end() for m in _SUBORDINATE.finditer(text, start, subject)]
    return bool(opened) and not _WITH.search(text, opened[-1], subject) and \
        not _CONTRAST.search(text, opened[-1], subject)


def _closes_main_clause(text: str, pred: Predicate, trig: Trigger,
                        mentions: list[Mention]) -> bool:
    """"X rose after the company raised its guidance, closing up 7.2%": a participle after
    a clause that names no one goes on with the main clause's move, if it had no figure."""
    last = pred.triggers[-1]
    between = text[last.end:trig.start]
    after_extreme = _EXTREME_NEXT.match(text, last.end) and _AND_ENDED.search(between)
    return (trig.participle or _to_close().search(between) or _AND_WAS.fullmatch(between) or
            after_extreme) and trig.has_number and \
        len(between) < (160 if after_extreme else 120) and \
        WINDOW_END.search(between) is not None and not (last.form == "cause" or last.caused) and \
        (after_extreme or not any(t.has_number for t in pred.triggers)) and \
        not _named_between(mentions, last.end, trig.start) and \
        not _CONTRAST.search(between) and \
        (trig.form == "adj" or text[:trig.start].rstrip().endswith(","))


# "extended gains after the release and was up 0.9%": a short phrase, then the copula of
# the same subject (not "rose after retail sales jumped and were up 5%": the sales')
_AND_WAS = re.compile(r"\s+(?:after|on|following)\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,2}"
                      r"and\s+(?:was|were|is|are)(?:\s+(?:last|now))?\s+")


# "rose as much as 9.8% after the company said ..., and ended up 6.1%": after an intraday
# extreme, the close the clause ends in
_EXTREME_NEXT = re.compile(r"\s+as\s+much\s+as\s")
_AND_ENDED = re.compile(r",\s+and\s+(?:ended|closed|finished|settled|was|were)(?:\s+(?:last|now))?\s+$")


@cache
def _to_close() -> re.Pattern[str]:
    """"extended gains after the announcement to trade 0.5% higher": the move the main
    clause's ended in (its figure may come before the move word)."""
    verbs = wordlists.trie_pattern(sorted(wordlists.gap_words()["result_verb"]))
    return re.compile(rf"\bto\s+(?:{verbs})\s+(?:[\d.,]+\s?(?:{PERCENT}|points?)\s+)?$",
                      re.IGNORECASE)


def _own_subject(text: str, start: int, trig: Trigger) -> bool:
    """"fell 1.2%, and the 10-year yield rose", "..., and the won weakened": after a joint,
    a subject of its own."""
    return bool(_DETERMINED.match(text, start, trig.start)) or \
        not clean_gap(_GOING_ON.sub(" ", text[start:trig.start]), trig)


def _facts(text: str, start: int, end: int, pred: Predicate, subjects: list[Mention],
           indices: set[str]) -> list[Fact]:
    """The facts of one predicate; ``indices``: the indices the sentence names."""
    first = pred.triggers[0]
    lo = _window_start(text, pred, first)
    hi = pred.end if pred.end >= first.end else end
    qs = _bare_range_starts(text, [q for q in quantities(text, lo, hi)
                                   if not is_year(q, text) and not q.drop])
    pcts = [q for q in qs if q.unit == "pct"]
    # "pared early gains of 5% to close 1.2% higher": 5% is the size of the gains, not the move
    # ("giving back an early 3% gain to trade 1.2% lower": 3% sizes the gain)
    pcts = [q for q in pcts if not _SIZE_OF.search(text, max(0, q.start - 30), q.start)
            and not _SIZED_NOUN.match(text, q.end)] or pcts
    direction = _direction(pred)
    if direction is None:
        return []
    # "Defensive plays such as Unilever and National Grid ..., rising 1.2% and 1.6%": the
    # figures are the names', not the sector head's after them
    heads = sum(1 for _ in takewhile(lambda s: _is_head(s, subjects), reversed(subjects)))
    shares = _share_pcts(text, pcts, len(subjects) - heads)
    listings = _per_listing(text, pcts) if len(subjects) == 1 and \
        KINDS[subjects[0].kind] == "stock_move" else None
    if listings:  # "fell 8.6% in Hong Kong and 6.1% in Shenzhen": a move for each listing
        subjects, shares = subjects * len(listings), listings
    if shares is None and pcts and _RESPECTIVELY.match(text, pcts[-1].end):
        return []  # "Japan's Topix and Korea's Kospi gained 1.2% and 2.5% respectively": whose?
    # "soared 9% in early trade before paring gains to close up 6.2%": each move's session
    session = session_of(text, pred.after or min(lo, pred.subjects[0].start), hi, first.start)
    facts = []
    for i, subj in enumerate(subjects):
        kind = KINDS[subj.kind]
        fact = Fact(kind=kind, subject=subj.company or subj.name, evidence=text[start:end],
                    span=[start, end], direction=direction, ticker=subj.ticker,
                    session=session)
        pct = shares[i] if shares is not None and i < len(shares) else None
        if _is_head(subj, subjects):
            pct = None
        if isinstance(pct, tuple):
            fact.range = [pct[0].value, pct[1].value]
            fact.qualifier = pct[0].qualifier or pct[1].qualifier
        elif pct is not None:
            fact.change_pct, fact.qualifier = pct.value, pct.qualifier
            if pct.value > MAX_PCT[kind] and not multi_day(fact) and \
                    subj.name not in _volatility_gauges():
                # no day's move is so large; "has risen 34% so far this year" may be
                fact.change_pct = fact.qualifier = None
        elif pct is None and kind == "stock_move":
            fact.change_pct, fact.qualifier = _stated_size(text, first)
        # "..., the Nasdaq rose 1%, to close at 43,275.9, 5,864.6 and 18,489.6 respectively":
        # a list of levels for several names is not this one's
        if len(subjects) == 1 and not _RESPECTIVELY.search(text, lo, hi):
            _fill_numbers(text, fact, qs)
        # "Australian shares closed 0.6% higher, with the S&P/ASX 200 index finishing at
        # 8,412.20": the sentence names the main index too
        if subj.kind == "market" and fact.level is None and subj.name not in indices and \
                subj.name not in wordlists.sole_gauges() and not _city_with_figure(text, subj, fact):
            continue  # "Taiwan stocks fell 0.6%" may be any gauge; "... at 22,870.35" is the index
        if direction == "flat" and (fact.change_pct or fact.points) or \
                _points_of_a_player(fact, subj, qs):
            continue
        facts.append(fact)
    return facts


def percent_from_market(text: str, before: tuple[int, int], fact: Fact) -> None:
    """"Taiwan shares closed up 1.47 percent. The Taiex ended up 398.21 points at
    27,515.43": the market's percent in the sentence ``before`` is its index's move when
    the index's points and level give that percent; the evidence then spans both."""
    if fact.kind != "index_move" or fact.change_pct is not None or fact.range or \
            not fact.points or not fact.level or fact.direction not in ("up", "down"):
        return
    pattern, table = wordlists.market_phrases()
    start, end = before
    phrase = pattern.search(text, start, end)
    if phrase is None or table.get(" ".join(phrase.group().lower().split())) != fact.subject:
        return
    pcts = [q for q in quantities(text, phrase.end(), end) if q.unit in ("pct", "pp")]
    moved = find_triggers(text, phrase.end(), end)
    if len(pcts) != 1 or not moved or moved[0].direction != fact.direction or \
            not _gives_percent(text, fact, pcts[0]):
        return
    fact.change_pct, fact.qualifier = pcts[0].value, pcts[0].qualifier
    fact.span = [start, fact.span[1]]
    fact.evidence = text[start:fact.span[1]]


def _gives_percent(text: str, fact: Fact, pct: Quantity) -> bool:
    """Whether ``fact``'s points over its level before the move round to ``pct``."""
    sign = 1 if fact.direction == "up" else -1
    implied = 100 * fact.points / (fact.level - sign * fact.points)
    written = re.match(r"[\d,]*\.?(\d*)", text[pct.start:pct.end])
    decimals = len(written.group(1)) if written else 0
    return abs(implied - pct.value) <= 0.5 * 10 ** -decimals + 1e-9


def _city_with_figure(text: str, subject: Mention, fact: Fact) -> bool:
    """"Tokyo shed 0.4 percent", "Shanghai ended flat": in agency wraps a city alone is its
    main index; with no figure ("..., while Manila fell") it is only a roundup's aside."""
    figure = fact.change_pct is not None or fact.points is not None or fact.range is not None
    return is_place(text[subject.start:subject.end]) and (figure or fact.direction == "flat")


def multi_day(fact: Fact) -> bool:
    """Whether a move's percent spans more than the day, read again from its evidence:
    "has gained 12% so far this year", "For the week, ...", "ended the week down 2%".
    Such a move is extracted (reports state it), but a daily post must not state it as
    the day's; when the number occurs more than once, every occurrence must say so."""
    value = fact.range[1] if fact.range else fact.change_pct
    if not fact.kind.endswith("_move") or value is None:
        return False
    text = fact.evidence
    pcts = [q for q in quantities(text) if q.unit == "pct"]
    # "For the year, Intel lost half its value": a stated fraction is read the same way
    spots = [q for q in pcts if q.value == value] or _fractions_of(text, value)
    return bool(spots) and all(_over_days(text, q, pcts) or _compared_with_period(text, q, pcts)
                               or _in_period_column(text, q) for q in spots)


def _fractions_of(text: str, value: float) -> list[Quantity]:
    """The fractions of the move verbs in ``text`` that state ``value`` in percent."""
    if value not in wordlists.fractions().values():
        return []
    found = (fraction_size(text, t.end, len(text)) for t in find_triggers(text, 0, len(text)))
    return [q for q in found if q is not None and q.value == value]


def _points_of_a_player(fact: Fact, subject: Mention, qs: list[Quantity]) -> bool:
    """"Danilo Gallinari added 25 points": a name the lexicon does not know, whose only
    figure is points, is not a share moving."""
    return fact.kind == "stock_move" and subject.ticker is None and fact.change_pct is None \
        and fact.range is None and fact.price is None and any(q.unit == "points" for q in qs)


def _stated_size(text: str, trig: Trigger) -> tuple[float | None, str | None]:
    """"more than quadrupled": a move verb that states its size (300%, `more than`), or
    a fraction after it ("lost a fifth of its market value": 20%)."""
    size = wordlists.multiples().get(text[trig.start:trig.end].lower())
    if size is None:  # "plunged by a fifth", "lost more than half of its value"
        fraction = fraction_size(text, trig.end, len(text))
        return (fraction.value, fraction.qualifier) if fraction else (None, None)
    before = _qualifier_before().search(text, max(0, trig.start - 24), trig.start)
    return size, wordlists.qualifiers().get(" ".join(before.group(1).split())) if before else None


@cache
def _volatility_gauges() -> frozenset[str]:
    """The indices the lexicon names a volatility index or a fear gauge ("The VIX plunged
    35%"): a day's move of such a gauge may pass any cap of a price index's."""
    return frozenset(e.canonical for e in load_lexicon().entries.values() if e.kind == "index"
                     and any(_VOLATILITY_NAME.search(a) for a in (*e.aliases, *e.local_aliases)))


_VOLATILITY_NAME = re.compile(r"\b(?:volatility\s+index|fear\s+gauge)\b", re.IGNORECASE)


@cache
def _qualifier_before() -> wordlists.Folded:
    """A qualifier of qualifiers.tsv right before a word ("nearly doubled")."""
    quals = wordlists.trie_pattern([q for q, n in wordlists.qualifiers().items() if n], fold=True)
    return wordlists.Folded(rf"(?<![\w])({quals})\s+$")


def _window_start(text: str, pred: Predicate, first: Trigger) -> int:
    subj_end = pred.subjects[-1].end
    if pred.own_window and first.number_before:  # "... before closing 2.2% lower"
        return max(first.start - 30, subj_end, pred.floor)
    if subj_end > first.start or pred.own_window:  # fronted: "Down 4.5%, AIA Group was ..."
        return first.start
    for aside in ASIDE.finditer(text, subj_end, first.start):  # ", which is 8% of the index,"
        subj_end = aside.end()
    # far from the move word after the asides ("The ChiNext, tracking ..., closed 1.35% higher")
    return first.start if first.start - subj_end >= 80 else subj_end


def _direction(pred: Predicate) -> str | None:
    """The move's direction; on a conflict, the one that comes with a number."""
    moved = [t for t in pred.triggers if t.direction != "flat"]
    if not moved:
        return "flat"
    if len({t.direction for t in moved}) > 1:
        numbered = [t for t in moved if t.has_number]
        return numbered[0].direction if numbered else None
    return moved[0].direction


def _is_head(subj: Mention, subjects: list[Mention]) -> bool:
    """A sector that heads the names moved, not a mover itself."""
    return subj.kind == "sector" and (subjects[0].kind != "sector" or
                                      subj.start < subjects[0].start)


def _share_pcts(text: str, pcts: list[Quantity], n: int) -> list | None:
    """One percent (or range) per subject: shared, ``respectively``, or None if unclear."""
    if not pcts:
        return None
    rng = _range(text, pcts)
    if rng is not None:
        return [rng] * n
    if n < len(pcts) and _RESPECTIVELY.match(text, pcts[-1].end):
        return None  # "Tencent and the Hang Seng Index rose 1% and 2%, respectively": whose?
    if n == 1:
        return [pcts[0]]
    if len(pcts) == 1:
        return [pcts[0]] * n
    if len(pcts) == n:
        return list(pcts)
    return None


@cache
def _listing_joint() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"... in Hong Kong and ...", "... in Shanghai": a percent's own exchange town."""
    place = wordlists.trie_pattern(sorted(wordlists.places()))
    town = rf"\s+in\s+(?:{place})(?:\s+(?:{place}))?\b"
    return re.compile(rf"{town}\s*,?\s+and\s+"), re.compile(town)


def _per_listing(text: str, pcts: list[Quantity]) -> list[Quantity] | None:
    """"rose 4.2% in Hong Kong and 2.8% in Shanghai": the first two percents, each with
    the town of its listing."""
    joint, town = _listing_joint()
    if len(pcts) < 2 or not joint.fullmatch(text, pcts[0].end, pcts[1].start) or \
            not town.match(text, pcts[1].end):
        return None
    return pcts[:2]


def _range(text: str, pcts: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    for a, b in pairwise(pcts):
        join = text[a.end:b.start]
        between = text[max(0, a.start - 9):a.start].lower().endswith("between ")
        if _RANGE_JOIN.fullmatch(join) and a.value < b.value and \
                (between or "and" not in join):
            return a, b
    return None


def _bare_range_starts(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"between 3 and 6 percent", "3 to 5 percent": the first number is a percent too."""
    for a, b in pairwise(qs):
        join = text[a.end:b.start]
        # a range goes up; "225.86 -12.99 -5.44%" is a quote line's signed change
        if a.unit is None and not a.currency and b.unit == "pct" and a.value < b.value and \
                _BARE_RANGE_JOIN.fullmatch(join) and not _SIGN_JOIN.fullmatch(join):
            a.unit = "pct"
    return qs


def _quote_line_change(text: str, fact: Fact, q: Quantity) -> bool:
    """A signed bare number right before the percent: the change in points (or money)."""
    sign = _SIGN_BEFORE.search(text, max(0, q.start - 2), q.start)
    if sign is None or not _QUOTE_PCT_AFTER.match(text, q.end):
        return False
    return ("up" if sign.group()[0] in "+▲" else "down") == fact.direction


def _fill_numbers(text: str, fact: Fact, qs: list[Quantity]) -> None:
    for q in qs:
        if _EXTREME_BEFORE.search(text, max(0, q.start - 40), q.start) or \
                _MULTIPLE_AFTER.match(text, q.end) or _undone_size(text, q):
            continue  # a high hit before the close; "13 times earnings", "a 3-month high"
        before = text[max(0, q.start - 16):q.start]
        if q.unit == "points" and fact.kind == "index_move" and _LEVEL_BEFORE.search(before) \
                and not _PARED_TO.search(text, max(0, q.start - 24), q.start):
            fact.level = q.value if fact.level is None else fact.level  # "at 3,350.12 points"
        elif q.unit == "points" and fact.kind == "index_move" and fact.points is None:
            if not _THRESHOLD_BEFORE.search(before) and not _MARK_AFTER.match(text, q.end):
                fact.points = q.value
                if fact.change_pct is None and fact.range is None:  # "down more than 300 points"
                    fact.qualifier = q.qualifier
        elif q.unit is None and q.currency and fact.kind == "stock_move" and fact.price is None:
            if not _not_the_price(text, fact, q, before):
                fact.price, fact.currency = q.value, q.currency
        elif q.unit is None and not q.currency and _quote_line_change(text, fact, q):
            if fact.kind == "index_move" and fact.points is None:  # "(-112.40, -0.29%)"
                fact.points = q.value
        elif q.unit is None and not q.currency and (_LEVEL_BEFORE.search(before) or
                                                    _QUOTE_AFTER_LEVEL.match(text, q.end)) \
                and q.qualifier is None and not q.word:
            if fact.kind == "index_move" and fact.level is None:
                fact.level = q.value
            elif fact.kind == "stock_move" and fact.price is None:
                fact.price = q.value


def _not_the_price(text: str, fact: Fact, q: Quantity, before: str) -> bool:
    """Money near a move that is not its price: the change ("up 12p at 455p", "slumped 17.8p,
    or 6%, to 278p", a quote line's "Salesforce +$11.42 (+3.5%)"), a sum, an offer price
    ("since its IPO at $34"), the opening price of a close ("opened at $56.10 and closed up
    25% at $63.59"), or an analyst's target ("TP 300,000 won")."""
    wide = text[max(0, q.start - 30):q.start]
    return bool(_THRESHOLD_BEFORE.search(before) or _SCALED.search(q.money or "")
                or _CHANGE_BEFORE.search(before) or _OR_PCT_AFTER.match(text, q.end)
                or _WAY_AFTER.match(text, q.end) or _OFFER_PRICE_BEFORE.search(wide)
                or _SIGN_BEFORE.search(text, max(0, q.start - 1), q.start)
                and _QUOTE_PCT_AFTER.match(text, q.end)
                or fact.session == "close" and _OPEN_PRICE_BEFORE.search(wide)
                or _TARGET_BEFORE.search(wide))


# "since its March IPO at $34", "above the offer price of $40": the price shares were sold at
_OFFER_PRICE_BEFORE = re.compile(r"\b(?:IPO|offer|offering|listing|issue)\s+(?:price\s+)?"
                                 r"(?:at|of)\s+$|\bpriced\s+(?:\w+\s+)?at\s+$", re.IGNORECASE)
_OPEN_PRICE_BEFORE = re.compile(r"\bopen(?:ed|s|ing)\s+at\s+$", re.IGNORECASE)
# an analyst's target, not where the shares trade: "(Citi: Buy, TP 300,000 won)", "target
# cut to HK$165 from HK$190", "a price target of $45" (not the company Target)
_TARGET_BEFORE = re.compile(r"(?:\b(?:TP|PT)|\btargets?|\b[Tt]arget\s+price)\b[^.;,()%]{0,20}$")


def _undone_size(text: str, q: Quantity) -> bool:
    """"erased an early advance of 300 points to end down 178.9 points": the size of a
    move undone earlier in the day, neither the close's points nor a level."""
    size_of = _SIZE_OF.search(text, max(0, q.start - 30), q.start)
    return size_of is not None and \
        _undoing_before().search(text, max(0, size_of.start() - 30), size_of.start()) is not None


@cache
def _undoing_before() -> re.Pattern[str]:
    verbs = wordlists.trie_pattern(sorted(wordlists.gap_words()["undoing"]))
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:an?|its|their|the)\s+)?(?:[a-z]+\s+)?$",
                      re.IGNORECASE)


def _over_days(text: str, q: Quantity, pcts: list[Quantity]) -> bool:
    """The number's own words put it over more than a day: a phrase after it ("in October"),
    opening the sentence ("For the quarter, ..."; not "..., and it added 0.4% on
    Wednesday"), in the verb ("ended the week"), a running total ("taking its gain to") or
    a label before it ("MTD: Taiex -1.9%", "(YTD +14.6%)")."""
    periods = wordlists.periods()
    return bool(periods.after.match(text, q.end)
                or periods.lead.match(text) and not _names_a_day(text, q.end, _next(q, pcts))
                or _period_verb_before(text, q, pcts)
                or RUNNING_TOTAL.search(text, max(0, q.start - 80), q.start)
                or periods.label.match(text, _label_start(text, q.start))
                or _gapped_after_period(text, q, pcts))


# "Exxon lost 5.1% over the week and Chevron 4.3%": only a name between the period and the
# next figure, which shares the verb and so the period
_GAPPED_NAME = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3}\s+"
                          r"(?:(?:more than|nearly|almost|about|around|over|some)\s+)?$")


def _gapped_after_period(text: str, q: Quantity, pcts: list[Quantity]) -> bool:
    """Also down a chain: "... 3.2% this week, BHP 2.7% and Fortescue 4.1%"."""
    prev = max((p for p in pcts if p.end <= q.start), key=lambda p: p.end, default=None)
    if prev is None:
        return False
    period = wordlists.periods().after.match(text, prev.end, q.start)
    if period is not None:
        return _GAPPED_NAME.fullmatch(text, period.end(), q.start) is not None
    return _GAPPED_NAME.fullmatch(text, prev.end, q.start) is not None and \
        _gapped_after_period(text, prev, pcts)


def _names_a_day(text: str, start: int, end: int) -> bool:
    """"on Monday", "today", "closed": the stretch tells of one day's trading."""
    return bool(wordlists.periods().day.search(text, start, end)
                or wordlists.sessions()[0].search(text, start, end))


def _period_verb_before(text: str, q: Quantity, pcts: list[Quantity]) -> bool:
    """A period in the verb before the number: "ended the week" scopes every figure after
    it, "a weekly loss of" and "ending the week with" only the next ("on track for a weekly
    loss of 1.4%, with the benchmark down 0.5%": the 0.5% is the day's)."""
    for m in wordlists.periods().verb.finditer(text, 0, q.start):
        if not m.group().lower().endswith((" of", " with")) or _next_after(m.end(), pcts) == q.start:
            return True
    return False


def _next_after(pos: int, pcts: list[Quantity]) -> int:
    """Where the first percent at or after ``pos`` starts."""
    return min((p.start for p in pcts if p.start >= pos), default=sys.maxsize)


def _next(q: Quantity, pcts: list[Quantity]) -> int:
    """Where the percent after ``q`` starts (or a large number: the text's end)."""
    return min((p.start for p in pcts if p.start > q.start), default=sys.maxsize)


def _label_start(text: str, end: int) -> int:
    """Where a short label before ``end`` may start: its line, parenthesis or "; " part."""
    found = [text.rfind(sep, 0, end) for sep in ("\n", "(", ";", ", ", "|")]
    return max((i + 1 for i in found if i >= 0), default=0)


def _period_labelled(text: str, sign: int) -> bool:
    """"(-0.4%; week +0.9%)", "| YTD: +5.1%", "(Nov -3.9%)": a period's label is all that
    stands between a quote line's separator and its signed figure."""
    return wordlists.periods().row_label.fullmatch(text, _label_start(text, sign), sign) is not None


_ROW_OPENS = re.compile(r"[\s•·▪*>-]*")  # a bullet may open the row


def _row_name(text: str, sign: int, mentions: list[Mention], start: int) -> Mention | None:
    """The index or listed company that opens the quote line of ``sign`` (not a data row's
    "Industrial output: +7.7% (Feb: +5.9%)")."""
    line = max(start, text.rfind("\n", 0, sign) + 1)
    opens = _ROW_OPENS.match(text, line, sign)
    return next((m for m in mentions if m.start == opens.end() and m.end < sign and
                 (m.kind == "index" or m.kind == "company" and m.ticker is not None)), None)


def _compared_with_period(text: str, q: Quantity, pcts: list[Quantity]) -> bool:
    """"The stock has gained 42% this year, outperforming the Hang Seng Index, which is up
    27%": a figure compared with one over a period is over the same period, unless the
    rest of the sentence names a day ("..., which fell 1% on Monday")."""
    periods = wordlists.periods()
    return any(p.end <= q.start and periods.after.match(text, p.end)
               and periods.link.search(text, p.end, q.start)
               and not _names_a_day(text, p.end, len(text)) for p in pcts)



def under_period_labels(text: str, sentences: list[tuple[int, int]]) -> dict[int, int]:
    """AP's blocks: "For the week:" alone on a line scopes the lines under it, up to a blank
    line or the next label ("For the year:", "On Friday:"); so does a table's header with a
    period column ("Index Last 1D 1W YTD"). Sentence index -> label start."""
    if ":\n" not in text and not wordlists.periods().column.search(text):
        return {}  # cheap: most texts have neither
    under: dict[int, int] = {}
    label = None
    for i, (start, end) in enumerate(sentences):
        if label is not None and BLANK_LINE.search(text, sentences[i - 1][1], start):
            label = None
        if text[end - 1] == ":" and end - start <= _LABEL_LINE:
            opening = wordlists.periods().lead.match(text, start, end - 1)
            label = start if opening and opening.end() == end - 1 else None
        elif _period_columns(text[start:end]):
            label = start
        elif label is not None and _ends_table(text, label, start, end):
            label = None
        elif label is not None:
            under[i] = label
    return under


_LABEL_LINE = 30  # "For the week:": a label line is short
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")  # ends a label's block


def under_direction_labels(text: str, sentences: list[tuple[int, int]]) -> dict[int, str]:
    """"FTSE 100 - Risers" over "Airtel Africa (AAF) 201.60p 4.78%": a list's heading gives
    its lines' direction, up to a blank line or the next heading. Sentence index -> direction."""
    if "\n" not in text or not _heading_end().search(text):
        return {}  # cheap: most texts have no list heading
    labels = wordlists.move_words().labels
    under: dict[int, str] = {}
    direction = None
    for i, (start, end) in enumerate(sentences):
        if direction is not None and BLANK_LINE.search(text, sentences[i - 1][1], start):
            direction = None
        heading = _LIST_HEADING.fullmatch(text, start, end) if end - start <= _LABEL_LINE else None
        if heading is not None and heading.group("words").lower() in labels:
            direction = labels[heading.group("words").lower()]
        elif direction is not None:
            under[i] = direction
    return under


@cache
def _heading_end() -> re.Pattern[str]:
    """A line ending in a list heading's words ("... Risers", "Top losers:")."""
    words = wordlists.trie_pattern(sorted(wordlists.move_words().labels))
    return re.compile(rf"\b(?:{words}):?[ \t]*$", re.IGNORECASE | re.MULTILINE)


# a heading's words, after a market's name and a dash if any ("FTSE 100 - Fallers")
_LIST_HEADING = re.compile(r"(?:[^\n%]*?\s[-–—]\s)?(?P<words>[A-Za-z]+(?:\s[A-Za-z]+)?):?\s*")
# a list row's one percent, unsigned ("Fresnillo (FRES) 1,532.00p 3.45%")
_ROW_PERCENT = re.compile(r"(?<![\w.,+\-−–▲▼])\d[\d,]*(?:\.\d+)?%")


def row_trigger(text: str, start: int, end: int, direction: str) -> Trigger | None:
    """The move of a list's row under its heading: the row's one unsigned percent."""
    found = list(_ROW_PERCENT.finditer(text, start, end))
    if len(found) != 1 or text.rfind("\n", start, end) >= 0:
        return None
    at = found[0].start()
    return Trigger(at, at, direction, "sign", True, False)


# a label opening a line, a market's name inside it: "Top Nifty gainers:", "Biggest losers:"
_INLINE_LABEL = re.compile(r"(?:(?:Top|Biggest|Main)\s+)?(?:[A-Z][\w&.-]*\s+){0,2}"
                           r"(?P<words>[Gg]ainers|[Ll]osers|[Rr]isers|[Ff]allers)\s*:")
# a name's unsigned figure in brackets after it: "Trent (3.2%)"
_BRACKET_PERCENT = re.compile(r"\((?P<pct>\d[\d,]*(?:\.\d+)?(?:%|\s?per\s?cent))\)")


def inline_label_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """"Top Nifty gainers: Trent (3.2%), Bharat Electronics (2.8%)": the label before the
    colon gives each name's bracketed unsigned percent its direction."""
    head = _INLINE_LABEL.match(text, start, end)
    if head is None:
        return []
    direction = wordlists.move_words().labels.get(head.group("words").lower())
    return [Trigger(m.start("pct"), m.start("pct"), direction, "sign", True, False)
            for m in _BRACKET_PERCENT.finditer(text, head.end(), end)] if direction else []


def _sector_item_body(named: bool) -> str:
    """One sector of a list, its head noun, its figure if any and its members in brackets
    if any: "coal", "oil & gas", "bank stocks", "tech -1.2%", "banks (+1.4%)", "EV makers
    (Li Auto -5.6%, XPeng -6.1%)"."""
    sectors = wordlists.sector_words()
    words = wordlists.trie_pattern(sorted(sectors.modifiers) + sorted(sectors.nouns), True)
    word, pct, members = ("?P<word>", "?P<pct>", "?P<members>") if named else ("?:",) * 3
    return (rf"(?<![\w-])({word}{words})(?:\s+(?:stocks|shares|names))?(?![\w-])"
            rf"(?:[ \t]*\(?({pct}[+\-−]?\d[\d,]*(?:\.\d+)?)[ \t]?%\)?)?"
            # the members named in brackets: "banks (KB Financial +2.2%)"
            rf"(?:[ \t]*\(({members}[A-Z][^()\n]{{0,{_MEMBERS}}})\))?")


_MEMBERS = 80  # "(Li Auto -5.6%, XPeng -6.1%)": a few names and their figures
_SIGNED_PCT = re.compile(r"[+\-−]\d[\d,]*(?:\.\d+)?\s?%")


@cache
def _sector_item() -> re.Pattern[str]:
    return re.compile(_sector_item_body(True), re.IGNORECASE)


@cache
def _sector_list_line() -> re.Pattern[str]:
    """A line that is a direction's label over sectors only: "Leaders: coal, banks",
    "- Laggards: robotics and computing power", "Top sectors: energy +1.1%, utilities"."""
    labels = wordlists.trie_pattern(sorted(wordlists.move_words().labels), True)
    item, joint = _sector_item_body(False), r"\s*(?:,|;|/|&|\band\b)\s*"
    return re.compile(rf"^[ \t]*(?:[-•*·▪][ \t]*)?(?P<label>{labels})[ \t]*:[ \t]*"
                      # atomic items: "oil & gas & ..." must not be split two ways over again
                      rf"(?P<items>(?>{item})(?:{joint}(?>{item}))*+)[ \t]*\.?[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)


def _against(pct: str | None, direction: str) -> bool:
    """"Laggards: tech +1.2%": a signed figure whose sign is not the label's way."""
    return bool(pct) and pct[0] in "+-−" and (pct[0] == "+") != (direction == "up")


def _figures(item: re.Match[str]) -> list[str | None]:
    """An item's own figure and its members' signed figures: all must go the label's way."""
    members = item.group("members") or ""
    return [item.group("pct"), *(m.group() for m in _SIGNED_PCT.finditer(members))]


@cache
def _sector_names() -> dict[str, str]:
    sectors = wordlists.sector_words()
    return {k.lower(): v for k, v in (sectors.modifiers | sectors.nouns).items()}


def labelled_sectors(text: str, start: int, end: int) -> list[Fact]:
    """"Leaders: coal, banks" / "Laggards: robotics, computing power": a wrap's line moves
    each bare sector its label's way. Every item must be a sector word (a name or a figure
    leaves the line to the move triggers); commodities alone ("Gainers: gold, copper") may
    be the metals themselves, so they count only beside a sector that is no commodity."""
    if text.find(":", start, end) < 0:
        return []  # cheap: a label line has its colon
    labels, commodities = wordlists.move_words().labels, wordlists.lines("commodities.txt")
    facts: list[Fact] = []
    # from its line's start: a bullet may stand before the sentence ("- Gainers: energy")
    for line in _sector_list_line().finditer(text, text.rfind("\n", 0, start) + 1, end):
        items = list(_sector_item().finditer(text, *line.span("items")))
        direction = labels[" ".join(line.group("label").lower().split())]
        if all(" ".join(m.group("word").lower().split()) in commodities for m in items) or \
                any(_against(pct, direction) for m in items for pct in _figures(m)):
            continue  # a sign against the label: not the list it seems
        for m in items:
            pct = m.group("pct")
            facts.append(Fact(kind="sector_move", direction=direction,
                              subject=_sector_names()[" ".join(m.group("word").lower().split())],
                              change_pct=float(pct.lstrip("+-−").replace(",", "")) if pct else None,
                              evidence=text[start:end], span=[start, end]))
    return facts


# a name and its bracketed figure continuing a move's list: ", followed by TCS (1.7 per cent)"
_LIST_LINK = re.compile(r"(?:,?\s*followed\s+by|,(?:\s+and)?|\s+and)\s+"
                        r"(?P<name>[^\s(),;%\d][^(),;%\d]{0,40}?)\s*" + _BRACKET_PERCENT.pattern)
# the pool of a ranking, not its head: "the top loser among Sensex stocks"
_POOL_BEFORE = re.compile(r"\b(?:among|on|in)\s+(?:the\s+)?$", re.IGNORECASE)
# a move's own figure, the list's head: "realty jumped 2.65 per cent"
_HEAD_PERCENT = re.compile(r"\d[\d,]*(?:\.\d+)?(?:%|\s?per\s?cent|\s?percent)")
_HEAD_GAP = 12  # "rose by 2.6%": the head's figure right after its verb


def continued_list_triggers(text: str, start: int, end: int, triggers: list[Trigger],
                            mentions: list[Mention]) -> list[Trigger]:
    """"Infosys jumped 2.6%, followed by TCS (1.7 per cent) and Wipro (1.2 per cent)": a
    move's list goes on with names of its subject's kind and their bracketed unsigned
    figures, which move the same way; only when every move of the clause before agrees, and
    up to the first item that is not just a name ("led by HDFC Bank (12%)": a weight)."""
    if not triggers or text.find("(", start, end) < 0 or \
            not _BRACKET_PERCENT.search(text, start, end):
        return []  # cheap: most sentences have no bracketed figure
    found: list[Trigger] = []
    for head in _HEAD_PERCENT.finditer(text, start, end):
        clause = max(start, text.rfind(";", start, head.start()) + 1)
        direction = _head_direction(text, clause, head, triggers)
        subject = next((m for m in reversed(mentions) if clause <= m.start < head.start() and
                        not _POOL_BEFORE.search(text, max(clause, m.start - 12), m.start)),
                       None) if direction else None
        # a known name leads the list, not "Promoter holdings rose 2%, Infosys (15%)"
        kind = subject.kind if subject and (subject.ticker or subject.kind != "company") else None
        link = _LIST_LINK.match(text, head.end(), end) if kind else None
        while link is not None and any((m.start, m.end) == link.span("name") and m.kind == kind
                                       for m in mentions):
            found.append(Trigger(link.start("pct"), link.start("pct"), direction, "sign",
                                 True, False))
            link = _LIST_LINK.match(text, link.end(), end)
    return found


def _head_direction(text: str, clause: int, head: re.Match[str],
                    triggers: list[Trigger]) -> str | None:
    """The direction of a list's head figure: a move's verb right before it, and every move
    of its clause the same way."""
    before = [t for t in triggers if clause <= t.start < head.start()]
    verb = max(before, key=lambda t: t.end, default=None)
    if verb is None or not verb.has_number or not 0 <= head.start() - verb.end <= _HEAD_GAP or \
            text.find(",", verb.end, head.start()) >= 0:
        return None
    directions = {t.direction for t in before}
    return directions.pop() if len(directions) == 1 and directions <= {"up", "down"} else None


def scope_to_label(facts: list[Fact], text: str, label: int) -> list[Fact]:
    """A move the label puts over its period quotes it, so ``multi_day`` reads the period;
    the day's move in a table ("1D") keeps its own line."""
    for fact in facts:
        scoped = replace(fact, evidence=text[label:fact.span[1]], span=[label, fact.span[1]])
        if fact.kind.endswith("_move") and multi_day(scoped):
            fact.evidence, fact.span = scoped.evidence, scoped.span
    return facts


def _period_columns(line: str) -> list[str] | None:
    """A table's header with a period column ("Index Last 1D 1W YTD"): its column names."""
    if "%" in line or len(line) > _HEADER_LINE:  # most lines: a figure, or prose
        return None
    names = line.split()
    column = wordlists.periods().column
    if len(names) < 3 or not any(column.fullmatch(n) for n in names) or \
            any(_FIGURE.match(n) for n in names):
        return None  # names only, no figures
    return names


_FIGURE = re.compile(r"[+\-−]?\d[\d,.]*%?$")
_HEADER_LINE = 120


def _ends_table(text: str, label: int, start: int, end: int) -> bool:
    """Under a table's header, a line that is no row ends the table."""
    header = _period_columns(text[label:text.find("\n", label)])
    return header is not None and not _row_of(text[start:end], header)


def _row_of(row: str, header: list[str]) -> list[Quantity] | None:
    """A table's row: a name, then one figure a column."""
    numbers = quantities(row)
    return numbers if ":" not in row and len(numbers) == len(header) - 1 else None


def _in_period_column(text: str, q: Quantity) -> bool:
    """"Index Last 1D 1W YTD" over "Hang Seng 23,108.3 -0.7% +2.1% +15.2%": a row's numbers
    fill the columns after its name, so +2.1% is the week's and +15.2% the year's."""
    header = _period_columns(text[:text.find("\n")]) if "\n" in text else None
    row_start = text.rfind("\n", 0, q.start) + 1
    row_end = text.find("\n", q.end)
    row = text[row_start:row_end if row_end >= 0 else len(text)]
    numbers = _row_of(row, header) if header else None
    if numbers is None:
        return False
    column = next((i for i, n in enumerate(numbers) if n.start == q.start - row_start), None)
    return column is not None and bool(wordlists.periods().column.fullmatch(header[column + 1]))



# what may open a sector's clause before it: a bullet, a desk's timestamp ("09:20 BST —",
# "11.40am AEST:", "2:05 pm:"), a set-aside ("Profit-taking aside,")
_SECTOR_OPENING = re.compile(
    r"[\s\-•·*]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[:—–-]\s*)?"
    r"(?:[^,;:.]{1,40}\baside,\s*)?(?:the\s+)?", re.IGNORECASE)
# where the members start: "..., with SK hynix up 6%", "...: Rheinmetall -5.2%", "... — HAL up 5%"
_MEMBERS_LINK = re.compile(r",\s*with\s+|:\s+|\s[—–-]\s+")
# the members' clause ends at the sentence's next clause of its own
_MEMBERS_STOP = re.compile(r";|,?\s+(?:while|whereas|but|though|although)\s|\.\s")
# a move word after these is a noun, no verb of the sector's: "powered Seoul's rally"
_NOUN_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|its))\s+$", re.IGNORECASE)
_HEAD_MAX = 90  # "are on the back foot as ceasefire hopes build"


def sectors_by_members(text: str, start: int, end: int, mentions: list[Mention],
                       triggers: list[Trigger], found: list[Fact]) -> list[Fact]:
    """"Insurers tagged along, with China Life up 3.6%", "Defence names on the back foot:
    Rheinmetall -5.2%, Saab -4.1%": a sector opening its clause with a verb that is no move
    word moved the one way its named members after it all moved; the figures are theirs,
    never the sector's. Not when its own clause has a move word (those decide), nor when it
    is no subject ("Investors sold banks, with HSBC down 2%")."""
    sector = _opening_sector(text, start, end, mentions)
    if sector is None or any(f.kind == "sector_move" and f.subject == sector.name for f in found):
        return []
    link = _MEMBERS_LINK.search(text, sector.end, min(end, sector.end + _HEAD_MAX))
    if link is None or any(sector.end <= t.start < link.start() and
                           not _NOUN_BEFORE.search(text, sector.end, t.start) for t in triggers) or \
            any(m.kind in ("company", "index") and sector.end <= m.start < link.start()
                for m in mentions) or _MEMBERS_STOP.search(text, sector.end, link.start()) or \
            not _plain_head(text[sector.end:link.start()]):
        return []  # the clause tells its own move, or another name's
    direction = _members_way(text, link.end(), end, mentions, triggers)
    return [_sector_fact(text, start, end, sector, direction)] if direction else []


def _opening_sector(text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The sector that opens the sentence (after a bullet or timestamp) as its subject."""
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.kind != "sector" or \
            _SECTOR_OPENING.fullmatch(text, start, first.start) is None:
        return None
    return first


def _plain_head(head: str) -> bool:
    """A head with a verb of its own ("tagged along", "have run hard"), not a label's empty
    one ("Property developers: Longfor fell 4%"), nor mixed, relative or doubtful ("were
    mixed", "held up better", "could not keep up")."""
    words = re.findall(r"[\w'’-]+", head.lower())
    return bool(words) and not set(words) & wordlists.gap_words()["members_head_no"]


def _members_way(text: str, at: int, end: int, mentions: list[Mention],
                 triggers: list[Trigger]) -> str | None:
    """The one way the companies listed from ``at`` moved, each with its figure; None when a
    name of another kind leads or joins the list, or the names went both ways."""
    stop = _MEMBERS_STOP.search(text, at, end)
    stop_at = stop.start() if stop else end
    named = [m for m in mentions if at <= m.start < stop_at]
    if not named or any(m.kind != "company" for m in named) or \
            text[at:named[0].start].strip().lower() not in ("", "the", "shares of"):
        return None
    moves = [t for t in triggers if at <= t.start < stop_at]
    ways = {t.direction for t in triggers if t.start >= at}  # "..., while Westpac added 0.4%"
    if not moves or len(ways) != 1 or not ways <= {"up", "down"} or \
            not all(t.has_number for t in moves):
        return None
    return ways.pop()


def _sector_fact(text: str, start: int, end: int, sector: Mention, direction: str) -> Fact:
    return Fact(kind="sector_move", subject=sector.name, direction=direction,
                evidence=text[start:end], span=[start, end])
