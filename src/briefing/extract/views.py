"""Analyst views: who (a research firm or its analysts), what in short, and the stance.

A view needs a named source: a firm from the lexicon, or a name after "analysts
at"/before "analysts said". "Market analysts note ..." names nobody: no fact.
"""

from __future__ import annotations

import re

from ..models import Fact
from . import wordlists
from .mentions import Mention

_ANALYSTS_AT = re.compile(
    r"\b(?:analysts?|strategists?|economists?|researchers?)\s+(?:at|from|with)\s+"
    r"(?P<name>[A-Z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][\w&.'-]*){0,4})")
_SAYING = frozenset(["said", "says", "say", "saying", "suggests", "suggested", "suggest", "expects", "expected", "expect", "sees", "see", "believes", "believed", "argues", "argued", "noted", "notes", "wrote", "writes", "warned", "warns", "cautioned", "cautions", "thinks", "think", "thought", "predicts", "predicted", "forecast", "forecasts", "estimates", "estimated", "projects", "projected", "told"])
_LEAD_IN = re.compile(r"^(?:in\s+an?\s+(?:research\s+)?(?:note|report)(?:\s+on\s+\w+)?,?\s+|on\s+\w+\s+|"
                      r"that\s+|it\s+)+", re.IGNORECASE)
MAX_VIEW_WORDS = 24
MAX_SOURCE_GAP = 60


def sentence_views(text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
    verbs, _ = wordlists.view_words()
    sources = _sources(text, start, end, mentions)
    if not sources:
        return []
    for verb in verbs.finditer(text, start, end):
        source = _source_before(text, verb.start(), sources)
        if source is None:
            continue
        view = _view(text, verb, end)
        if not view:
            continue
        return [Fact(kind="analyst_view", subject=source, source=source, view=view,
                     stance=stance_of(view), evidence=text[start:end], span=[start, end])]
    return []


def _sources(text: str, start: int, end: int, mentions: list[Mention]) -> list[tuple[int, str]]:
    found = [(m.end, m.name) for m in mentions if m.kind == "firm"]
    for m in _ANALYSTS_AT.finditer(text, start, end):
        known = [x for x in mentions if x.start == m.start("name") and x.kind == "firm"]
        found.append((m.end(), known[0].name if known else m.group("name").rstrip(".,")))
    return sorted(found)


def _source_before(text: str, pos: int, sources: list[tuple[int, str]]) -> str | None:
    before = [(e, n) for e, n in sources if e <= pos]
    if not before:
        return None
    end, name = before[-1]
    gap = text[end:pos]
    gap = re.sub(r"\([^()]{0,60}\)", " ", gap)
    if len(gap) > MAX_SOURCE_GAP or re.search(r"[;.]|\b(?:while|but|as|which)\b", gap):
        return None
    return name


def _view(text: str, verb: re.Match[str], end: int) -> str:
    word = verb.group().lower()
    rest = text[verb.end():end].strip()
    if word in _SAYING:
        rest = _LEAD_IN.sub("", rest)
    else:
        rest = f"{verb.group()} {rest}"
    if word in ("is", "are", "was", "were", "remains", "remained") and not re.match(
            r"(?:\w+\s+){0,2}(?:bullish|bearish|optimistic|pessimistic|cautious|neutral|positive|"
            r"negative|constructive|upbeat)", rest, re.IGNORECASE):
        return ""
    words = rest.split()
    short = " ".join(words[:MAX_VIEW_WORDS]).rstrip(" ,;:.")
    return short if len(words) >= 2 else ""


def stance_of(view: str) -> str:
    """The stance whose word comes first in the view; none -> neutral."""
    _, stances = wordlists.view_words()
    best: tuple[int, str] | None = None
    for stance, pattern in stances:
        m = pattern.search(view)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), stance)
    return best[1] if best else "neutral"
