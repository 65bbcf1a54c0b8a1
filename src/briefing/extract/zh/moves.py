"""Index, stock and sector moves of one Chinese sentence.

Chinese reports put the name, then at most a few time words, then the move word,
then its numbers: "恒生科技指数今日跌超2%", "收跌1.26%，报19870点，跌253点". A clause
(between commas) with no name of its own continues the last name ("华虹半导体
(01347.HK)跌超7%"). A move of one name stated across clauses is one fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import Fact
from . import words
from .clauses import is_code, split_clauses
from .names import Mention
from .numbers import Quantity, quantities

KINDS = {"index": "index_move", "company": "stock_move", "firm": "stock_move",
         "sector": "sector_move"}
MAX_CONTINUE = 8  # chars between two move words of one subject ("高开后回落")
MAX_PCT = {"index_move": 30.0, "stock_move": 300.0, "sector_move": 50.0}
_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及|,)\s*")
_LEVEL_BEFORE = re.compile(r"(?:报|收报|收于|报收|收在|至|到|收)$")
_THRESHOLD_AFTER = re.compile(r"关口|大关|水平|整数关|以上|以下|附近|一线")
_FORECAST = re.compile(r"预计|预期|预测|估计|认为|相信|判断|目标|有望|或将|若|如果|一旦|假如|料将")
_LEADS = re.compile(r"(?:其中|个股方面|个股中|个股|另外|此外|同时|而|另|蓝筹股中|蓝筹中|权重股中)?")
_NOT_NAME = re.compile(r"的|是|在|了|和|与|指数|板块|股价|资金|市场|港股|成交|行业|概念|龙头|个股")
_VIA_PRICE = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:后|的)(?:股价|股份)?|[\u4e00-\u9fff]{0,12}?股价")
_REF = re.compile(r"(?:今日|今天|当日|同日|随后)?(?:该股|该指数|其股价|该公司股价)")
_SIGNED = re.compile(r"(?<![\w.])[+-](?=\d+(?:\.\d+)?%)")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}(?:-(?:SW|W|S|B))?")


@dataclass
class Verb:
    start: int
    end: int
    direction: str  # up | down | flat
    form: str  # verb | bare | share


def sentence_moves(text: str, norm: str, start: int, end: int, mentions: list[Mention],
                   previous: list[Mention]) -> tuple[list[Fact], list[Mention]]:
    """Move facts of ``text[start:end]`` and the sentence's last subject (for "该股" in the
    next sentence); ``norm`` is the normalized text, ``previous`` the last sentence's subject."""
    facts: dict[str, list[Fact]] = {}
    current: list[Mention] = []
    clauses = split_clauses(norm, start, end)
    for i, (cs, ce) in enumerate(clauses):
        if is_code(norm, cs, ce):
            continue
        if _FORECAST.search(norm, start, ce):
            break
        if not current and _REF.match(norm, cs, ce):
            current = previous
        own = [m for m in mentions if cs <= m.start and m.end <= ce]
        current = _subject_only(text, norm, cs, ce, own, clauses[i + 1:]) or current
        verbs = _verbs(norm, cs, ce)
        if not verbs:
            _levels(norm, cs, ce, current, facts, span=(start, end), text=text)
            continue
        current = _clause_moves(text, norm, (cs, ce), verbs, own, current, facts,
                                (start, end)) or current
    return _settle(facts), current


def _verbs(norm: str, start: int, end: int) -> list[Verb]:
    """Move words, and signs of percents ("+0.56%") as move words of their own."""
    table = words.move_words()
    out = []
    for m in table.pattern.finditer(norm, start, end):
        direction = table.directions[m.group()]
        if direction != "none":
            out.append(Verb(m.start(), m.end(), direction, table.forms[m.group()]))
    for m in _SIGNED.finditer(norm, start, end):
        if not any(v.start <= m.start() < v.end + 4 for v in out):
            out.append(Verb(m.start(), m.end(), "up" if m.group() == "+" else "down", "bare"))
    return sorted(out, key=lambda v: v.start)


def _subject_only(text: str, norm: str, cs: int, ce: int, own: list[Mention],
                  rest: list[tuple[int, int]]) -> list[Mention]:
    """A clause that only names a subject: a lexicon name, or an unknown name before its
    stock code ("某某科技(02xxx.HK)涨...")."""
    movers = [m for m in own if m.kind != "firm"]
    if movers:
        return _group(norm, movers)
    if rest and is_code(norm, *rest[0]):
        lead = _LEADS.match(norm, cs, ce)
        name = _HAN_NAME.fullmatch(norm, lead.end(), ce)
        if name and not _NOT_NAME.search(name.group()):
            code = norm[rest[0][0]:rest[0][1]].strip()
            return [Mention(name.start(), name.end(), text[name.start():name.end()],
                            "company", code)]
    return []


def _group(norm: str, mentions: list[Mention]) -> list[Mention]:
    """The last list of names ("小米集团、美团") among ``mentions``."""
    group = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if not _LIST_JOIN.fullmatch(norm, m.end, group[0].start) or m.kind != group[0].kind:
            break
        group.insert(0, m)
    return group


def _clause_moves(text: str, norm: str, clause: tuple[int, int], verbs: list[Verb],
                  own: list[Mention], current: list[Mention], facts: dict[str, list[Fact]],
                  span: tuple[int, int]) -> list[Mention]:
    cs, ce = clause
    subjects: list[Mention] = []
    pos = cs
    for i, verb in enumerate(verbs):
        before = [m for m in own if pos <= m.start and m.end <= verb.start]
        if before:
            if not _is_gap(norm, before[-1], verb.start):
                return subjects
            subjects = _group(norm, before)
        elif i == 0:
            gap_ok = words.gap_pattern().fullmatch(norm, cs, verb.start)
            named = None if gap_ok else _unknown(text, norm, cs, verb.start)
            subjects = current if gap_ok else [named] if named else []
        elif verb.start - pos > MAX_CONTINUE:
            return subjects
        if not subjects:
            return subjects
        seg_end = verbs[i + 1].start if i + 1 < len(verbs) else ce
        session = session_at(norm, span[0], span[1], verb.end)
        for subject, fact in _verb_facts(norm, verb, seg_end, subjects):
            fact.evidence, fact.span = text[span[0]:span[1]], [span[0], span[1]]
            fact.session = session
            _add(facts, subject, fact)
        pos = verb.end
    return subjects


def _is_gap(norm: str, name: Mention, verb_at: int) -> bool:
    """Only time words between a name and its move word, or for a company an event and
    then its share price ("美团公布业绩后股价大涨8%")."""
    gap = words.gap_pattern()
    if gap.fullmatch(norm, name.end, verb_at):
        return True
    via = _VIA_PRICE.match(norm, name.end, verb_at) if name.kind == "company" else None
    return bool(via and gap.fullmatch(norm, via.end(), verb_at))


def session_at(norm: str, start: int, end: int, pos: int) -> str | None:
    """The session of a move: the last session word up to its verb, else the sentence's first."""
    pattern, table = words.sessions()
    found = [m.group() for m in pattern.finditer(norm, start, pos)]
    if not found:
        first = pattern.search(norm, start, end)
        found = [first.group()] if first else []
    return table[found[-1]] if found else None


def _unknown(text: str, norm: str, cs: int, verb_at: int) -> Mention | None:
    """A company the lexicon does not know, named right before its move ("某某科技涨停")."""
    lead = _LEADS.match(norm, cs, verb_at).end()
    for m in words.company_suffix().finditer(norm, lead, verb_at):
        if m.end() - lead < 3 or not words.gap_pattern().fullmatch(norm, m.end(), verb_at):
            continue
        name = _HAN_NAME.fullmatch(norm, lead, m.end())
        if name and not _NOT_NAME.search(name.group()):
            return Mention(lead, m.end(), text[lead:m.end()], "company")
    return None


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
            _fill(norm, fact, qs, verb.end)
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


def _fill(norm: str, fact: Fact, qs: list[Quantity], seg_start: int) -> None:
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
            fact.price, fact.currency = q.value, q.currency


def _levels(norm: str, cs: int, ce: int, current: list[Mention], facts: dict[str, list[Fact]],
            span: tuple[int, int], text: str) -> None:
    """"报19870点" with no move word: the level (or price) of the current subject."""
    if len(current) != 1 or current[0].kind not in ("index", "company"):
        return
    qs = [q for q in quantities(norm, cs, ce) if _LEVEL_BEFORE.search(norm, cs, q.start)
          and (q.unit == "points" or q.currency) and q.scale == 1]
    if not qs:
        return
    fact = Fact(kind=KINDS[current[0].kind], subject=current[0].name,
                evidence=text[span[0]:span[1]], span=[span[0], span[1]],
                ticker=current[0].ticker)
    _fill(norm, fact, qs[:1], cs)
    fact.session = session_at(norm, span[0], span[1], ce)
    if fact.level is not None or fact.price is not None:
        _add(facts, current[0], fact)


_NUMBERS = ("change_pct", "range", "points", "level", "price")


def _add(facts: dict[str, list[Fact]], subject: Mention, fact: Fact) -> None:
    """Merge a move into the subject's last one when it only adds what that one lacks."""
    same = facts.setdefault(subject.name, [])
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
