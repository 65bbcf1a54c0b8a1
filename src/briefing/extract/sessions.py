"""The trading session a stretch of a sentence names: morning, midday, afternoon, close."""

from __future__ import annotations

import re

from . import wordlists

OUTSIDE = "-"  # premarket, after hours: outside the day's session, so no session


def session_of(text: str, start: int, end: int, near: int | None = None) -> str | None:
    """The session ``text[start:end]`` names; a phrase ("the morning session") outranks a bare
    verb ("ended"), so "ended the morning session up 0.3%" is the morning. With ``near`` (a
    move word's position), the one closest to it: "rose 1.2% in the morning session and
    ended the day up 0.8%" names the morning for "rose", the close for "up"."""
    pattern, table = wordlists.sessions()
    found = [(" ".join(m.group().lower().split()), m.start(), m.end())
             for m in pattern.finditer(text, start, end)]
    # a bare verb names the close only when a move follows ("ended 0.5% higher"), not in
    # "the rally ended a three-day losing streak"; a label only opens a line
    found = [f for f in found if _named(text, f, table[f[0]], end)]
    if not found:
        return None
    if near is not None:
        # "rose 2% in premarket trading after closing 1.1% lower": the move's own tail
        if _outside_hours(text, near):
            return None
        best = min(found, key=lambda f: (max(near - f[2], f[1] - near), " " not in f[0]))
        return None if table[best[0]] == OUTSIDE else table[best[0]]
    if any(table[f[0]] == OUTSIDE for f in found):
        return None  # "closed up 1.2% before falling 4% after hours": each move's own words tell
    phrases = [f for f in found if " " in f[0]]
    return table[(phrases or found)[0][0]]


def _outside_hours(text: str, near: int) -> bool:
    """"rose 2% in premarket trading", "falling 4% after hours": the move's own tail says it
    was outside the day's session."""
    pattern, table = wordlists.sessions()
    tail = re.split(r"[;\n]", text[near:near + _TAIL], maxsplit=1)[0]
    return any(table[" ".join(m.group().lower().split())] == OUTSIDE
               for m in pattern.finditer(tail))


def _named(text: str, found: tuple[str, int, int], session: str, end: int) -> bool:
    phrase, start, stop = found
    if phrase.endswith(":"):
        return bool(_LINE_OPENING.search(text[text.rfind("\n", 0, start) + 1:start]))
    return " " in phrase or session == OUTSIDE or bool(_CLOSE_MOVE.match(text, stop, end))


_TAIL = 30  # "slumped 6% in after-hours trading": how far a move's own words reach
# what may come before a label on its line: a time stamp ("16:10 HKT - "), or the short
# name the label's quote is of ("HSI midday: 20,312.3, -1.9%", "ASX 200 open: +0.4%")
_LINE_OPENING = re.compile(r"^\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Za-z]{2,4}\s*)?"
                           r"[-–—:|]?\s*)?(?:[A-Z][\w&/.-]*(?:\s+[A-Z0-9][\w&/.-]*){0,2}\s+)?$")
_CLOSE_MOVE = re.compile(r"\s+(?:up|down|higher|lower|flat|unchanged|little|at|near|off|"
                         r"the (?:session|day)|"
                         r"firmer|weaker|stronger|slightly|sharply|marginally|modestly|"
                         r"virtually|broadly|largely|essentially|barely|steady|"
                         r"in (?:the )?(?:red|green|positive|negative)|[+\-−]?\d)", re.IGNORECASE)
