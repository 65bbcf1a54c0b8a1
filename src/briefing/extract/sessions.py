"""The trading session a stretch of a sentence names: morning, midday, afternoon, close."""

from __future__ import annotations

import re

from . import wordlists


def session_of(text: str, start: int, end: int, near: int | None = None) -> str | None:
    """The session ``text[start:end]`` names; a phrase ("the morning session") outranks a bare
    verb ("ended"), so "ended the morning session up 0.3%" is the morning. With ``near`` (a
    move word's position), the one closest to it: "rose 1.2% in the morning session and
    ended the day up 0.8%" names the morning for "rose", the close for "up"."""
    pattern, table = wordlists.sessions()
    found = [(" ".join(m.group().lower().split()), m.start(), m.end())
             for m in pattern.finditer(text, start, end)]
    # a bare verb names the close only when a move follows ("ended 0.5% higher"), not in
    # "the rally ended a three-day losing streak"
    found = [f for f in found if " " in f[0] or _CLOSE_MOVE.match(text, f[2], end)]
    if not found:
        return None
    if near is not None:
        return table[min(found, key=lambda f: (max(near - f[2], f[1] - near), " " not in f[0]))[0]]
    phrases = [f for f in found if " " in f[0]]
    return table[(phrases or found)[0][0]]


_CLOSE_MOVE = re.compile(r"\s+(?:up|down|higher|lower|flat|unchanged|little|at|near|off|"
                         r"the (?:session|day)|"
                         r"firmer|weaker|stronger|slightly|sharply|marginally|modestly|"
                         r"virtually|broadly|largely|essentially|barely|steady|"
                         r"in (?:the )?(?:red|green|positive|negative)|[+\-−]?\d)", re.IGNORECASE)
