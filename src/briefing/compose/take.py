"""The Take: three opinionated bullets from a playbook kept as data.

The playbook is TOML (bundled, or the user's own file): patterns tried in
order, each with a Jinja2 condition over the facts and three Jinja2 snippets.
Snippets run in a sandbox because a user's playbook is code we did not write.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import ComposeError
from ..models import Fact, Take
from . import phrasing as ph

_BULLETS = ("why_it_matters", "risks", "advice")


@dataclass
class Pattern:
    name: str
    when: Any  # a compiled Jinja2 expression
    bullets: dict[str, jinja2.Template]


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined,
                               finalize=lambda v: "" if v is None else v)
    env.filters.update(move=ph.move, pct=ph.pct, verb=ph.verb, named=ph.named,
                       cap=ph.capitalize, attributed=ph.attributed)
    return env


class Playbook:
    def __init__(self, patterns: list[Pattern]):
        self.patterns = patterns

    @classmethod
    def load(cls, path: str | Path | None = None) -> Playbook:
        """The user's playbook file, or the bundled one."""
        if path:
            where = str(path)
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise ComposeError(f"{where}: cannot read the playbook: {exc.strerror}") from None
        else:
            where = "bundled playbook"
            text = resources.files("briefing").joinpath("data/playbook.toml").read_text("utf-8")
        return cls(_parse(text, where))

    def match(self, facts: list[Fact], main: Fact | None) -> Pattern:
        """The first pattern whose condition holds for these facts."""
        names = signals(facts, main)
        for pattern in self.patterns:
            if _holds(pattern, names):
                return pattern
        raise ComposeError("playbook: no pattern matched; end it with a pattern whose when is 'true'")

    def take(self, facts: list[Fact], main: Fact | None) -> Take:
        pattern = self.match(facts, main)
        names = signals(facts, main)
        return Take(**{b: _render(pattern, b, names) for b in _BULLETS})


def _holds(pattern: Pattern, names: dict[str, Any]) -> bool:
    try:
        return bool(pattern.when(**names))
    except (jinja2.TemplateError, TypeError, AttributeError) as exc:
        raise ComposeError(f"playbook pattern '{pattern.name}' when: {exc}") from None


def _render(pattern: Pattern, bullet: str, names: dict[str, Any]) -> str:
    try:
        return " ".join(pattern.bullets[bullet].render(**names).split())
    except (jinja2.TemplateError, TypeError, AttributeError) as exc:
        raise ComposeError(f"playbook pattern '{pattern.name}' {bullet}: {exc}") from None


def _parse(text: str, where: str) -> list[Pattern]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ComposeError(f"{where}: not valid TOML: {exc}") from None
    env = _environment()
    patterns = []
    for i, item in enumerate(data.get("pattern", []), 1):
        missing = [k for k in ("name", "when", *_BULLETS) if not isinstance(item.get(k), str)]
        if missing:
            raise ComposeError(f"{where}: pattern #{i}: missing or not a string: {missing[0]}")
        try:
            patterns.append(Pattern(
                name=item["name"],
                when=env.compile_expression(item["when"], undefined_to_none=False),
                bullets={b: env.from_string(item[b]) for b in _BULLETS},
            ))
        except jinja2.TemplateSyntaxError as exc:
            raise ComposeError(f"{where}: pattern '{item['name']}': {exc}") from None
    if not patterns:
        raise ComposeError(f"{where}: no [[pattern]] entries")
    return patterns


def signals(facts: list[Fact], main: Fact | None) -> dict[str, Any]:
    """The names a playbook condition or snippet can use."""

    def kind(name: str) -> list[Fact]:
        return [f for f in facts if f.kind == name]

    def by_size(items: list[Fact]) -> list[Fact]:
        return sorted(items, key=lambda f: f.change_pct or 0.0, reverse=True)

    stocks, views, flows = kind("stock_move"), kind("analyst_view"), kind("capital_flow")
    return {
        "main": main,
        "indices": kind("index_move"), "stocks": stocks, "sectors": kind("sector_move"),
        "views": views, "flows": flows, "macros": kind("macro"),
        "falling": by_size([f for f in stocks if f.direction == "down"]),
        "rising": by_size([f for f in stocks if f.direction == "up"]),
        "bullish": [v for v in views if v.stance == "bullish"],
        "bearish": [v for v in views if v.stance == "bearish"],
        "inflows": [f for f in flows if f.direction == "in"],
        "outflows": [f for f in flows if f.direction == "out"],
    }
