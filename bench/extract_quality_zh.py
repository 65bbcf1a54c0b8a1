"""Precision / recall / F1 of the Chinese extractor per fact kind on the Chinese dev set.

    python bench/extract_quality_zh.py [--dev PATH] [--lexicon FILE ...] [--errors]

Reads tests/data/extract_dev_zh.jsonl. Subjects of labels and facts are both mapped
through the lexicon (English names) or the English sector, flow and macro word
tables before comparing; moves also compare direction and change_pct (within 0.05)
or range. Ends with one line: ``extract-quality-zh: index_move P=.. R=.. F1=.., ...``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.extract import Lexicon, load_lexicon, wordlists  # noqa: E402
from briefing.extract.zh import extract_facts_zh  # noqa: E402

DEV = ROOT / "tests" / "data" / "extract_dev_zh.jsonl"
KINDS = ("index_move", "stock_move", "sector_move", "analyst_view", "capital_flow", "macro")
_FUTURES = re.compile(r"\s+futures$", re.IGNORECASE)


def examples(dev: Path = DEV) -> list[dict]:
    return [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def norm_subject(kind: str, name: str | None, lexicon: Lexicon) -> str:
    name = (name or "").strip()
    if kind in ("index_move", "stock_move", "analyst_view"):
        base = _FUTURES.sub("", name)
        suffix = " futures" if base != name else ""
        return (lexicon.canonical(base) or base).casefold() + suffix
    if kind == "sector_move":
        sectors = wordlists.sector_words()
        return _lookup(name, {**sectors.modifiers, **sectors.nouns})
    if kind == "capital_flow":
        return _lookup(name, wordlists.flow_words()[3])
    if kind == "macro":
        return _lookup(name, wordlists.macro_words()[1])
    return name.casefold()


def _lookup(name: str, table: dict[str, str]) -> str:
    low = name.casefold()
    hits = [(len(k), v) for k, v in table.items()
            if re.search(rf"\b{re.escape(k.casefold())}\b", low)]
    return max(hits)[1].casefold() if hits else low


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.05


def matches(label: dict, fact: dict, lexicon: Lexicon) -> bool:
    kind = label["kind"]
    if fact["kind"] != kind:
        return False
    if kind == "analyst_view":
        return norm_subject(kind, label.get("source"), lexicon) == \
            norm_subject(kind, fact.get("source"), lexicon)
    if norm_subject(kind, label["subject"], lexicon) != \
            norm_subject(kind, fact["subject"], lexicon):
        return False
    if label.get("direction") != fact.get("direction"):
        return False
    if kind in ("index_move", "stock_move"):
        if label.get("range"):
            return bool(fact.get("range")) and all(
                _close(a, b) for a, b in zip(label["range"], fact["range"], strict=False))
        return _close(label.get("change_pct"), fact.get("change_pct")) and not fact.get("range")
    return True


def score(rows: list[dict], lexicon: Lexicon, errors: bool = False) -> dict[str, list[int]]:
    """kind -> [tp, fp, fn]"""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        facts = [f.__dict__ for f in extract_facts_zh(row["text"], lexicon=lexicon)]
        labels = list(row["facts"])
        for fact in facts:
            hit = next((lb for lb in labels if matches(lb, fact, lexicon)), None)
            if hit is not None:
                labels.remove(hit)
                counts[fact["kind"]][0] += 1
            else:
                counts[fact["kind"]][1] += 1
                if errors:
                    print(f"FP {row['id']}: {_show(fact)}\n    {fact['evidence'][:160]}")
        for label in labels:
            counts[label["kind"]][2] += 1
            if errors:
                print(f"FN {row['id']}: {_show(label)}")
    return counts


def _show(fact: dict) -> str:
    keys = ("kind", "subject", "direction", "change_pct", "range", "qualifier", "source", "view")
    return " ".join(f"{k}={fact.get(k)}" for k in keys if fact.get(k) is not None)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--lexicon", action="append", default=[], help="extra lexicon file")
    parser.add_argument("--errors", action="store_true", help="print every FP and FN")
    args = parser.parse_args(argv)
    lexicon = load_lexicon(args.lexicon)
    rows = examples(args.dev)
    counts = score(rows, lexicon, args.errors)
    print(f"{len(rows)} documents")
    print(f"{'kind':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}")
    summary = []
    total = [0, 0, 0]
    for kind in KINDS:
        tp, fp, fn = counts[kind]
        total = [a + b for a, b in zip(total, counts[kind], strict=True)]
        p, r, f = prf(tp, fp, fn)
        print(f"{kind:<14}{tp:>5}{fp:>5}{fn:>5}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
        summary.append(f"{kind} P={p:.2f} R={r:.2f} F1={f:.2f}")
    p, r, f = prf(*total)
    print("extract-quality-zh: " + ", ".join(summary) + f", all P={p:.2f} R={r:.2f} F1={f:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
