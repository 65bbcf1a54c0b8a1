"""The guard: every number and every name a post states must come from a fact.

A post's text is read into claims (a number with its unit, currency and
qualifier) and names (lexicon matches, company-like names, tickers). The story
gives the supported claims: the fact fields, and the numbers of the fact's own
evidence and view as written. A claim is supported when a fact states the same
value, or states it with a qualifier that makes the post's wording true:
"over 7%" for a fact of more than 7%, "2%" for more than 2%, "about 2%" for
2.3% — but never "2%" for 2.3%.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..extract import wordlists
from ..extract.lexicon import Lexicon, Match, load_lexicon
from ..extract.numbers import SCALES
from ..models import Fact, Post, Story
from .phrasing import CURRENCY_SIGNS, CURRENCY_WORDS


@dataclass(frozen=True)
class Violation:
    where: str  # the post field: "title", "sections[1].paragraphs[0]", "take.advice"
    kind: str  # percent | points | money | number | name
    text: str  # as written in the post
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind} {self.text!r}: {self.reason}"


@dataclass(frozen=True)
class Claim:
    unit: str  # pct | pp | bp | points | money | plain
    value: float
    qualifier: str | None = None  # more than | nearly | about | up to | less than
    precision: float = 1.0  # the place of the last digit written: 0.1 for "2.3"
    currency: str | None = None
    text: str = ""


# -- reading numbers ---------------------------------------------------------------

_SIGNS = {sign: code for code, sign in CURRENCY_SIGNS.items() if sign} | {
    "US$": "USD", "C$": "CAD", "RMB": "CNY", "¥": "JPY"}
_CODES = {code: code for code in CURRENCY_SIGNS} | {"RMB": "CNY"}
_WORDS = {word.strip(): code for code, word in CURRENCY_WORDS.items()} | {
    "yen": "JPY", "euros": "EUR", "euro": "EUR", "港元": "HKD", "美元": "USD", "元": "CNY"}
_SCALES = {**SCALES, "万": 1e4, "亿": 1e8}
_UNITS = {"%": "pct", "％": "pct", "percent": "pct", "per cent": "pct",
          "percentage points": "pp", "percentage point": "pp", "个百分点": "pp",
          "basis points": "bp", "basis point": "bp", "bps": "bp", "bp": "bp",
          "points": "points", "point": "points", "pts": "points", "点": "points"}
_KINDS = {"pct": "percent", "pp": "percent", "bp": "points", "points": "points",
          "money": "money", "plain": "number"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = re.compile(
    rf"(?:(?P<cur>{_alternation([*_SIGNS, *_CODES])})\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{_alternation(list(_SCALES))})(?![A-Za-z]))?"
    rf"(?:\s?(?P<unit>{_alternation(list(_UNITS))})(?![A-Za-z]))?"
    rf"(?:\s?(?P<word>{_alternation(list(_WORDS))})(?![A-Za-z]))?"
)
_TICKER = re.compile(r"\b\d{3,6}\.[A-Z]{1,2}\b")


def _qualifier_pattern() -> re.Pattern[str]:
    phrases = _alternation(list(wordlists.qualifiers()))
    return re.compile(rf"(?<![\w-])(?P<q>{phrases})\s*$", re.IGNORECASE)


_QUALIFIER = _qualifier_pattern()


def _word_number_pattern() -> re.Pattern[str]:
    """'three percent', 'half a percentage point': a number word is a number before a unit."""
    words = _alternation(list(wordlists.number_words()))
    units = _alternation([u for u in _UNITS if u.isascii() and len(u) > 2  # not "at one point":
                          and not u.startswith("point")] + [s for s in _SCALES if len(s) > 2])
    return re.compile(rf"(?<![\w-])(?P<word>{words})[\s-]+(?P<unit>{units})\b", re.IGNORECASE)


_WORD_NUMBER = _word_number_pattern()


def read_claims(text: str) -> Iterator[tuple[Claim, int, int]]:
    """The numbers of ``text`` with their units, and where each is written."""
    for m in _NUMBER.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before.isalnum() or before in "._" or after.isalnum() or (
                after == "." and text[m.end() + 1:m.end() + 2].isalnum()):
            continue  # part of a word, a ticker or a version: "Q3", "5G", "1347.HK"
        yield _claim(m, text), m.start(), m.end()
    for m in _WORD_NUMBER.finditer(text):
        unit, scale = _UNITS.get(m["unit"].lower()), _SCALES.get(m["unit"].lower(), 1.0)
        value = wordlists.number_words()[m["word"].lower()] * scale
        qualifier, written = _qualifier(text, m.start(), m.group())
        yield Claim(unit or "money", value, qualifier, scale, None, written), m.start(), m.end()


def _qualifier(text: str, start: int, written: str) -> tuple[str | None, str]:
    """The qualifier written just before a number, and the number with it."""
    found = _QUALIFIER.search(text, max(0, start - 30), start)
    if not found:
        return None, written
    return wordlists.qualifiers()[found["q"].lower()] or "less than", f"{found['q']} {written}"


def _claim(m: re.Match[str], text: str) -> Claim:
    digits = m["num"].replace(",", "")
    scale = _SCALES[m["scale"].lower()] if m["scale"] else 1.0
    currency = _SIGNS.get(m["cur"] or "") or _CODES.get(m["cur"] or "") or _WORDS.get(m["word"] or "")
    unit = _UNITS[m["unit"].lower()] if m["unit"] else "money" if currency or m["scale"] else "plain"
    if "." in digits:
        precision = 10.0 ** -len(digits.split(".")[1])
    else:
        precision = 10.0 ** (len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0)
    qualifier, written = _qualifier(text, m.start(), m.group().strip())
    return Claim(unit, float(digits) * scale, qualifier, precision * scale, currency, written)


# -- what the story supports -------------------------------------------------------

def fact_claims(fact: Fact) -> list[Claim]:
    """The claims a fact's fields make, then the numbers of its own words."""
    claims = []
    if fact.change_pct is not None:
        claims.append(Claim("pct", fact.change_pct, fact.qualifier))
    for end in fact.range or []:
        claims.append(Claim("pct", end))
    if fact.points is not None:
        claims.append(Claim("points", fact.points, fact.qualifier))
    if fact.level is not None:
        claims.append(Claim("plain", fact.level))
    if fact.price is not None:
        claims.append(Claim("money", fact.price, None, 0.01, fact.currency))
    for words in (fact.amount, fact.evidence, fact.view):
        claims += [c for c, _, _ in read_claims(words or "")]
    return claims


def story_claims(story: Story) -> list[Claim]:
    return [claim for fact in _facts(story) for claim in fact_claims(fact)]


def date_claims(story: Story) -> list[Claim]:
    """The story's year, month and day: a post may say "in 2026"."""
    return [Claim("plain", float(part)) for part in story.date.split("-") if part.isdigit()]


def _facts(story: Story) -> Iterator[Fact]:
    for item in story.facts:
        yield item.fact
        for other in item.others:
            yield other.fact


def _units_match(post: Claim, fact: Claim) -> bool:
    if post.unit == "plain":
        return fact.unit in ("plain", "money")
    if post.unit == "money":
        return fact.unit in ("money", "plain") and (
            post.currency is None or fact.currency is None or post.currency == fact.currency)
    return post.unit == fact.unit


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _to_place(value: float, place: float, how: str) -> float:
    steps = round(value / place, 9)  # absorb float noise before flooring: 2.3/0.1
    return {"round": math.floor(steps + 0.5), "floor": math.floor(steps),
            "ceil": math.ceil(steps)}[how] * place


def supports(fact: Claim, post: Claim) -> bool:
    """Does a fact's claim make the post's wording true?"""
    if not _units_match(post, fact):
        return False
    v, f, q, fq = post.value, fact.value, post.qualifier, fact.qualifier
    if q is None:  # dropping "more than" keeps the figure the source gave as its floor
        return _same(v, f) and fq in (None, "more than")
    if fq is not None:  # a qualified figure supports only its own qualifier
        return _same(v, f) and fq == q
    if q == "more than":
        return f > v and _same(_to_place(f, post.precision, "floor"), v)
    if q == "about":
        return _same(_to_place(f, post.precision, "round"), v)
    if q == "nearly":
        return f < v and _same(_to_place(f, post.precision, "round"), v)
    if q == "less than":
        return f < v and _same(_to_place(f, post.precision, "ceil"), v)
    return q == "up to" and _same(v, f)


# -- names ---------------------------------------------------------------------

# The last word of a company or index name as desks write it: "Acme Robotics Holdings".
_NAME_ENDS = (
    "Holdings Group Corp Corporation Inc Ltd Limited Bank Electric Electronics Motor Motors "
    "Industries Technology Technologies Semiconductor Semiconductors Energy Pharmaceutical "
    "Pharmaceuticals Petroleum Airlines Insurance Securities Capital Properties Resources "
    "Mining Steel Telecom Mobile Systems Networks Partners Research Index Average Composite")
_COMPANY_LIKE = re.compile(r"\b(?:[A-Z][\w&'.-]*\s+){1,4}(?:" + _NAME_ENDS.replace(" ", "|") + r")\b")


@dataclass
class _Names:
    canonical: set[str]  # casefolded canonical names the story's facts and credits give
    words: str  # casefolded text of the facts: a name written there is supported
    tickers: set[str]


def _story_names(story: Story, lexicon: Lexicon) -> _Names:
    names: set[str] = set()
    words = []
    tickers: set[str] = set()
    for fact in _facts(story):
        for name in (fact.subject, fact.source):
            if name:
                names |= {name.casefold(), (lexicon.canonical(name) or name).casefold()}
        for text in (fact.evidence, fact.view or ""):
            names |= {m.entry.canonical.casefold() for m in lexicon.find(text)}
        words += [fact.subject or "", fact.source or "", fact.evidence, fact.view or ""]
        tickers |= {fact.ticker} if fact.ticker else set()
    for article in story.articles:
        names |= {n.casefold() for n in (article.source, article.credit) if n}
        words += [article.source, article.credit or ""]
    return _Names(names, "\n".join(words).casefold(), tickers)


def _name_violations(where: str, text: str, names: _Names, lexicon: Lexicon,
                     title_case: bool) -> tuple[list[Violation], list[tuple[int, int]]]:
    """Unsupported names in ``text``, and the spans of every name (masked for numbers)."""
    found, spans = [], []
    for m in _lexicon_matches(text, lexicon):
        spans.append((m.start, m.end))
        if m.entry.canonical.casefold() not in names.canonical:
            found.append(Violation(where, "name", text[m.start:m.end],
                                   f"{m.entry.canonical} is named by no fact of the story"))
    for m in _TICKER.finditer(text):
        if _overlaps(m.span(), spans):
            continue
        spans.append(m.span())
        if m.group() not in names.tickers and m.group().casefold() not in names.words:
            found.append(Violation(where, "name", m.group(), "no fact gives this ticker"))
    if not title_case:  # capitalised headline words say nothing about names
        for m in _COMPANY_LIKE.finditer(text):
            if _overlaps(m.span(), spans):
                continue
            spans.append(m.span())
            forms = _name_forms(m.group(), _starts_sentence(text, m.start()))
            if forms and not any(f.casefold() in names.words or f.casefold() in names.canonical
                                 for f in forms):
                found.append(Violation(where, "name", forms[-1], "no fact of the story names it"))
    return found, spans


def _lexicon_matches(text: str, lexicon: Lexicon) -> list[Match]:
    """Lexicon names, also inside hyphenated words ("Nvidia-style", "Tencent-backed")."""
    found = lexicon.find(text)
    spans = [(m.start, m.end) for m in found]
    found += [m for m in lexicon.find(text.replace("-", " "))
              if not _overlaps((m.start, m.end), spans)]
    return found


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _name_forms(name: str, sentence_start: bool) -> list[str]:
    """The ways to read a capitalised run as a name: 'Buy Acme Holdings' -> also 'Acme Holdings'.

    Sentence openers ("Meanwhile", "The") are never part of a name; a sentence's
    first word may be an imperative ("Buy"), so the name without it is read too.
    """
    words = name.split()
    nonnames = wordlists.lines("nonnames.txt")
    while len(words) > 2 and words[0] in nonnames:
        words.pop(0)
    forms = [" ".join(words)] if len(words) > 1 and words[0] not in nonnames else []
    if sentence_start and len(words) > 2:
        forms.append(" ".join(words[1:]))
    return forms


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;"


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# -- the check -------------------------------------------------------------------

def post_texts(post: Post) -> Iterator[tuple[str, str, bool]]:
    """(where, text, is_headline) for every field of the post a reader sees."""
    yield "title", post.title, True
    yield "dek", post.dek, True
    for i, text in enumerate(post.lead):
        yield f"lead[{i}]", text, False
    for i, kf in enumerate(post.key_facts):
        yield f"key_facts[{i}].label", kf.label, True
        yield f"key_facts[{i}].text", kf.text, False
    for i, section in enumerate(post.sections):
        yield f"sections[{i}].heading", section.heading, True
        for j, text in enumerate(section.paragraphs):
            yield f"sections[{i}].paragraphs[{j}]", text, False
    yield "take.why_it_matters", post.take.why_it_matters, False
    yield "take.risks", post.take.risks, False
    yield "take.advice", post.take.advice, False


def check_post(post: Post, story: Story, lexicon: Lexicon | None = None) -> list[Violation]:
    """Every number and name of ``post`` that no fact of ``story`` supports, in reading order."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    supported = story_claims(story)
    dates = date_claims(story)
    names = _story_names(story, lexicon)
    found: list[Violation] = []
    for where, text, headline in post_texts(post):
        bad_names, spans = _name_violations(where, text, names, lexicon, headline)
        found += bad_names
        for claim, _, _ in read_claims(_mask(text, spans)):
            if not any(supports(fact, claim) for fact in supported + dates):
                found.append(Violation(where, _KINDS[claim.unit], claim.text,
                                       _why(claim, supported)))
    return found


def _why(claim: Claim, supported: list[Claim]) -> str:
    near = sorted({_show(c) for c in supported if _units_match(claim, c) and c.unit == claim.unit})
    given = f"; the facts give {', '.join(near[:5])}" if near else ""
    return f"no fact states this{given}"


def _show(claim: Claim) -> str:
    text = f"{claim.value:,}".removesuffix(".0")
    text += "%" if claim.unit == "pct" else " points" if claim.unit == "points" else ""
    text = f"{claim.currency} {text}" if claim.currency else text
    return f"{claim.qualifier} {text}" if claim.qualifier else text
