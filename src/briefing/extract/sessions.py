"""The trading session a stretch of a sentence names: morning, midday, afternoon, close."""

from __future__ import annotations

import re

from . import wordlists


def session_of(text: str, start: int, end: int) -> str | None:
    """The session ``text[start:end]`` names; a phrase ("the morning session") outranks a bare
    verb ("ended"), so "ended the morning session up 0.3%" is the morning."""
    pattern, table = wordlists.sessions()
    found = [(" ".join(m.group().lower().split()), m.end())
             for m in pattern.finditer(text, start, end)]
    phrases = [f for f, _ in found if " " in f]
    # a bare verb names the close only when a move follows ("ended 0.5% higher"), not in
    # "the rally ended a three-day losing streak"
    verbs = [f for f, at in found if " " not in f and _CLOSE_MOVE.match(text, at, end)]
    return table.get((phrases or verbs or [""])[0])


_CLOSE_MOVE = re.compile(r"\s+(?:up|down|higher|lower|flat|unchanged|little|at|near|off|"
                         r"the (?:session|day)|"
                         r"firmer|weaker|stronger|slightly|sharply|marginally|modestly|"
                         r"virtually|broadly|largely|essentially|barely|steady|"
                         r"in (?:the )?(?:red|green|positive|negative)|[+\-−]?\d)", re.IGNORECASE)
