"""Shared helpers of the extract tests: run the extractor, compare a few keys."""

from __future__ import annotations

from briefing.extract import extract_facts

KEYS = ("kind", "subject", "direction", "change_pct", "range", "qualifier", "points", "level",
        "price", "currency", "amount", "session", "source", "stance")


def facts(text: str, keys: tuple[str, ...] = KEYS) -> list[dict]:
    """The facts of ``text`` as dicts of their non-null ``keys`` (evidence checked here)."""
    out = []
    for fact in extract_facts(text):
        start, end = fact.span
        assert text[start:end] == fact.evidence, "span must point at the evidence"
        out.append({k: getattr(fact, k) for k in keys if getattr(fact, k) is not None})
    return out


def has(found: list[dict], expected: dict) -> bool:
    return any(all(f.get(k) == v for k, v in expected.items()) for f in found)


def moves(text: str, keys: tuple[str, ...] = KEYS) -> list[dict]:
    return [f for f in facts(text, keys) if f["kind"].endswith("_move")]
