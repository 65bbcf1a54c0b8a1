"""The movers chart: bar geometry for an inline SVG drawn by chart.svg.j2.

Only moves that state a single percent are drawn; a move without one (or
with only a range) is left out, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .compose import phrasing as ph
from .compose.rules import consistent, one_statement_each
from .models import StoryFact
from .sanitize import plain_text

WIDTH = 640
LABEL_WIDTH = 200  # subject names
VALUE_WIDTH = 140  # "down more than 7%", right-aligned before the bars
ROW_HEIGHT = 26
MAX_BARS = 12


@dataclass
class Bar:
    label: str
    value: str  # "down more than 2%": as stated, qualifier included
    direction: str  # up | down
    x: float
    y: float
    width: float


@dataclass
class Chart:
    title: str
    description: str
    bars: list[Bar]
    width: int
    height: int
    axis_x: float
    value_x: float


def movers_chart(facts: list[StoryFact]) -> Chart | None:
    """Index moves first, then stocks, each by size; None when nothing can be drawn."""
    told = (consistent(item) for item in one_statement_each(facts))  # what the text states
    moves = [f for f in told if f is not None and f.kind in ("index_move", "stock_move")
             and f.change_pct is not None and f.direction in ("up", "down")]
    moves.sort(key=lambda f: (f.kind != "index_move", -(f.change_pct or 0.0)))
    moves = moves[:MAX_BARS]
    if not moves:
        return None
    plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    directions = {f.direction for f in moves}
    # Zero sits mid-plot when moves go both ways, else at the edge the bars grow from.
    share = {frozenset({"down"}): 1.0, frozenset({"up"}): 0.0}.get(frozenset(directions), 0.5)
    axis = LABEL_WIDTH + VALUE_WIDTH + plot * share
    scale = (plot * max(share, 1 - share) - 4) / max(f.change_pct for f in moves)
    bars = []
    for row, fact in enumerate(moves):
        width = max(fact.change_pct * scale, 1.0)
        x = axis - width if fact.direction == "down" else axis
        bars.append(Bar(label=plain_text(fact.subject), value=f"{fact.direction} {ph.pct(fact)}",
                        direction=fact.direction,
                        x=round(x, 1), y=row * ROW_HEIGHT + 8, width=round(width, 1)))
    summary = "; ".join(f"{b.label} {b.value}" for b in bars)
    return Chart(title="Biggest moves, in percent", description=summary, bars=bars, width=WIDTH,
                 height=len(bars) * ROW_HEIGHT + 16, axis_x=round(axis, 1),
                 value_x=LABEL_WIDTH + VALUE_WIDTH - 8)
