"""Index, stock and sector moves of one Chinese sentence.

Chinese reports put the name, then at most a few time words, then the move word,
then its numbers: "恒生科技指数今日跌超2%", "收跌1.26%，报19870点，跌253点". A clause
(between commas) with no name of its own continues the last name ("华虹半导体
(01347.HK)跌超7%"). A move of one name stated across clauses is one fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...models import Fact
from . import words
from .clauses import is_code, split_clauses
from .names import Mention
from .numbers import Quantity, quantities
from .subjects import REF, group, is_gap, list_tail, subject_only, unknown_company

KINDS = {"index": "index_move", "company": "stock_move", "firm": "stock_move",
         "sector": "sector_move"}
MAX_VERBS = 12  # more move words in one clause is no prose: skip it
MAX_CONTINUE = 8  # chars between two move words of one subject ("高开后回落")
# "收报80.95元": a bare 元 is the currency of the stock's market
MARKET_CURRENCY = {"HK": "HKD", "CN": "CNY", "TW": "TWD", "US": "USD", "JP": "JPY",
                   "KR": "KRW", "SG": "SGD", "EU": "EUR", "UK": "GBP"}
MAX_PCT = {"index_move": 30.0, "stock_move": 300.0, "sector_move": 50.0}
_LEVEL_BEFORE = re.compile(r"(?:报|收报|收于|报收|收在|至|到|收)$")
_LEVEL_WORD = re.compile(r"[报收至到]")
_THRESHOLD_AFTER = re.compile(r"关口|大关|水平|整数关|以上|以下|附近|一线")
_FORECAST = re.compile(r"预计|预期|预测|估计|认为|相信|判断|目标|有望|或将|若|如果|一旦|假如|料将")
_SIGNED = re.compile(r"(?<![\w.])[+-](?=\d+(?:\.\d+)?%)")


@dataclass
class Verb:
    start: int
    end: int
    direction: str  # up | down | flat
    form: str  # verb | bare | share


@dataclass
class Sentence:
    """One sentence being read: where it is, its session words, its moves so far."""

    text: str
    norm: str
    start: int
    end: int
    sessions: list[tuple[int, str]] = field(default_factory=list)  # (end offset, session)
    facts: dict[str, list[Fact]] = field(default_factory=dict)  # subject -> its moves

    def session_at(self, pos: int) -> str | None:
        """The last session word up to ``pos`` ("收跌" -> close); "一度涨3%" before any has none."""
        before = [s for e, s in self.sessions if e <= pos]
        return before[-1] if before else None

    def add(self, subject: Mention, fact: Fact, pos: int) -> None:
        fact.evidence, fact.span = self.text[self.start:self.end], [self.start, self.end]
        fact.session = self.session_at(pos)
        _merge(self.facts.setdefault(subject.name, []), fact)


def sentence_moves(text: str, norm: str, start: int, end: int, mentions: list[Mention],
                   previous: list[Mention]) -> tuple[list[Fact], list[Mention]]:
    """Move facts of ``text[start:end]`` and the sentence's last subject (for "该股" in the
    next sentence); ``norm`` is the normalized text, ``previous`` the last sentence's subject."""
    verbs = _verbs(norm, start, end)
    if not verbs:  # no move here; a name may still be "该股" of the next sentence
        movers = [m for m in mentions if m.kind in ("company", "index")]
        return [], movers[-1:]
    pattern, table = words.sessions()
    sent = Sentence(text, norm, start, end,
                    [(m.end(), table[m.group()]) for m in pattern.finditer(norm, start, end)])
    forecast = _FORECAST.search(norm, start, end)
    stop = forecast.start() if forecast else end
    current: list[Mention] = []
    clauses = split_clauses(norm, start, end)
    in_clause = zip(_by_clause(mentions, clauses), _by_clause(verbs, clauses), strict=True)
    for i, (own, said) in enumerate(in_clause):
        cs, ce = clauses[i]
        if ce > stop:
            break
        if is_code(norm, cs, ce):
            continue
        if not current and REF.match(norm, cs, ce):
            current = previous
        after = clauses[i + 1] if i + 1 < len(clauses) else None
        named = subject_only(text, norm, cs, ce, own, after)
        if not said:
            current = named or current
            _levels(sent, cs, ce, current)
        elif len(said) <= MAX_VERBS:  # a clause's first move word takes the names before it
            current = _clause_moves(sent, (cs, ce), said, own, current) or named or current
    return _settle(sent.facts), current


def _by_clause(items: list, clauses: list[tuple[int, int]]) -> list[list]:
    """The items (sorted, with .start and .end) that lie inside each clause, in one pass."""
    out: list[list] = []
    i = 0
    for cs, ce in clauses:
        inside = []
        while i < len(items) and items[i].start < ce:
            if items[i].start >= cs and items[i].end <= ce:
                inside.append(items[i])
            i += 1
        out.append(inside)
    return out


def _verbs(norm: str, start: int, end: int) -> list[Verb]:
    """Move words, and signs of percents ("+0.56%") as move words of their own."""
    table = words.move_words()
    out = []
    for m in table.pattern.finditer(norm, start, end):
        direction = table.directions[m.group()]
        if direction != "none":
            out.append(Verb(m.start(), m.end(), direction, table.forms[m.group()]))
    taken = {v.end + k for v in out for k in range(5)}
    for m in _SIGNED.finditer(norm, start, end):
        if m.start() not in taken:  # "涨+1%" is one move
            out.append(Verb(m.start(), m.end(), "up" if m.group() == "+" else "down", "bare"))
    return sorted(out, key=lambda v: v.start)


def _clause_moves(sent: Sentence, clause: tuple[int, int], verbs: list[Verb],
                  own: list[Mention], current: list[Mention]) -> list[Mention]:
    """The moves of one clause; returns the subjects of its last move ([] when none)."""
    text, norm = sent.text, sent.norm
    cs, ce = clause
    subjects: list[Mention] = []
    moved: list[Mention] = []
    pos = cs
    for i, verb in enumerate(verbs):
        before = [m for m in own if pos <= m.start and m.end <= verb.start]
        if before:
            if not is_gap(norm, before[-1], verb.start):
                tail = list_tail(text, norm, before[-1], verb.start)
                if not tail:
                    return moved
                before = before + tail
            subjects = group(norm, before)
        elif i == 0:
            gap_ok = words.gap_pattern().fullmatch(norm, cs, verb.start)
            named = None if gap_ok else unknown_company(text, norm, cs, verb.start)
            subjects = current if gap_ok else [named] if named else []
        elif verb.start - pos > MAX_CONTINUE:
            return moved
        if not subjects:
            return moved
        seg_end = verbs[i + 1].start if i + 1 < len(verbs) else ce
        found = _verb_facts(norm, verb, seg_end, subjects)
        for subject, fact in found:
            sent.add(subject, fact, verb.end)
        moved = subjects if found else moved
        pos = verb.end
    return moved


def _verb_facts(norm: str, verb: Verb, seg_end: int,
                subjects: list[Mention]) -> list[tuple[Mention, Fact]]:
    qs = quantities(norm, verb.end, seg_end)
    if verb.form != "verb" and not (qs and _adjacent(norm, verb.end, qs[0])):
        return []
    if verb.form == "share" and qs[0].unit != "pct":
        return []
    pcts = _pcts(norm, verb, qs, len(subjects))
    out = []
    for i, subject in enumerate(subjects):
        kind = KINDS[subject.kind]
        fact = Fact(kind=kind, subject=subject.name, evidence="", span=[0, 0],
                    direction=verb.direction, ticker=subject.ticker)
        pct = pcts[i] if pcts else None
        if isinstance(pct, list):
            fact.range, fact.qualifier = pct, None
        elif pct is not None and pct.value <= MAX_PCT[kind]:
            fact.change_pct, fact.qualifier = pct.value, pct.qualifier or _reach(norm, verb)
        if len(subjects) == 1:
            _fill(norm, fact, qs, verb.end, subject.market)
        if subject.entries or subject.kind == "sector" or _clear_unknown(fact, norm, verb):
            out.append((subject, fact))
    return out


def _clear_unknown(fact: Fact, norm: str, verb: Verb) -> bool:
    """An unknown company's move counts only with a percent or as a limit move."""
    return bool(fact.change_pct or fact.range) or norm[verb.start:verb.end] in ("涨停", "跌停")


_FILLER = re.compile(r"(?:了|已经|已|达到|达|为|至|到|扩大至|收窄至|扩大到|收窄到|进一步|一度|再|逾|超过|超|"
                     r"近|接近|将近|约|大约|多于|高于|过|\s)*")


def _adjacent(norm: str, pos: int, q: Quantity) -> bool:
    return bool(_FILLER.fullmatch(norm, pos, q.start))


def _pcts(norm: str, verb: Verb, qs: list[Quantity], n: int) -> list | None:
    """One percent (a Quantity) or range ([low, high]) per subject, or None when unclear."""
    if not qs or not _adjacent(norm, verb.end, qs[0]):
        return None
    rng = _range(norm, qs)
    if rng is not None:
        return [rng] * n
    pcts = [q for q in qs if q.unit == "pct"]
    if not pcts or qs[0].unit not in ("pct", "points", None) or qs[0].currency:
        return None
    if n == 1 or len(pcts) == 1:
        return [pcts[0]] * n
    return list(pcts) if len(pcts) == n else None


def _range(norm: str, qs: list[Quantity]) -> list[float] | None:
    if len(qs) < 2 or qs[1].unit != "pct" or qs[0].unit not in ("pct", None) or qs[0].scale != 1:
        return None
    join = norm[qs[0].end:qs[1].start]
    if re.fullmatch(r"\s*(?:-|~|至|到)\s*", join) and qs[0].value < qs[1].value and \
            not re.search(r"[由从]$", norm[max(0, qs[0].start - 1):qs[0].start]):
        return [qs[0].value, qs[1].value]
    return None


def _reach(norm: str, verb: Verb) -> str | None:
    """"一度跌2%": the move went this far at one point."""
    reach = words.qualifiers()["reach"]
    before = norm[max(0, verb.start - 4):verb.start]
    return next((q for w, q in reach.items() if before.endswith(w)), None)


def _fill(norm: str, fact: Fact, qs: list[Quantity], seg_start: int,
          market: str | None = None) -> None:
    """Points, level and price of one subject's move from the numbers after its verb."""
    for q in qs:
        before = norm[max(seg_start, q.start - 3):q.start]
        if q.unit == "points" and fact.kind == "index_move":
            if _THRESHOLD_AFTER.match(norm, q.end):
                continue
            if _LEVEL_BEFORE.search(before):
                fact.level = fact.level if fact.level is not None else q.value
            elif fact.points is None and (q.qualifier is None or fact.change_pct is None):
                fact.points = q.value
                fact.qualifier = fact.qualifier or q.qualifier
        elif q.currency and q.scale == 1 and fact.kind == "stock_move" and fact.price is None \
                and "目标" not in norm[max(0, q.start - 6):q.start]:
            fact.price = q.value
            fact.currency = MARKET_CURRENCY.get(market or "", q.currency) if q.bare_yuan \
                else q.currency


def _levels(sent: Sentence, cs: int, ce: int, current: list[Mention]) -> None:
    """"报19870点" with no move word: the level (or price) of the current subject."""
    norm = sent.norm
    if len(current) != 1 or current[0].kind not in ("index", "company") or \
            not _LEVEL_WORD.search(norm, cs, ce):
        return
    qs = [q for q in quantities(norm, cs, ce) if _LEVEL_BEFORE.search(norm, cs, q.start)
          and (q.unit == "points" or q.currency) and q.scale == 1]
    if not qs:
        return
    fact = Fact(kind=KINDS[current[0].kind], subject=current[0].name, evidence="",
                span=[0, 0], ticker=current[0].ticker)
    _fill(norm, fact, qs[:1], cs, current[0].market)
    if fact.level is not None or fact.price is not None:
        sent.add(current[0], fact, ce)


_NUMBERS = ("change_pct", "range", "points", "level", "price")


def _merge(same: list[Fact], fact: Fact) -> None:
    """Merge a move into the subject's last one when it only adds what that one lacks."""
    if same:
        last = same[-1]
        new = [k for k in _NUMBERS if getattr(fact, k) is not None]
        compatible = fact.direction in (None, last.direction) or last.direction is None
        if compatible and all(getattr(last, k) is None for k in new):
            for k in (*new, "currency", "qualifier"):
                if getattr(fact, k) is not None and (k != "qualifier" or "change_pct" in new):
                    setattr(last, k, getattr(fact, k))
            last.direction = last.direction or fact.direction
            return
    same.append(fact)


def _settle(facts: dict[str, list[Fact]]) -> list[Fact]:
    """Drop level-only facts and number-less ones beside a numbered move of the same name."""
    out = []
    for same in facts.values():
        moved = [f for f in same if f.direction is not None]
        numbered = [f for f in moved if any(getattr(f, k) is not None for k in _NUMBERS)]
        if numbered:
            out += numbered
        elif len({f.direction for f in moved}) == 1:
            out.append(moved[0])
    return out
