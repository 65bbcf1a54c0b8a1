"""Precision / recall / F1 of the Chinese extractor per fact kind on the Chinese dev set.

    python bench/extract_quality_zh.py [--dev PATH] [--lexicon FILE ...] [--errors]

Reads tests/data/extract_dev_zh.jsonl and scores with the English benchmark's rules
(bench/extract_quality.py ``matches``): subjects mapped through the lexicon and the
English word tables, moves compared on direction and change_pct (within 0.05) or range. Ends with one line: ``extract-quality-zh: index_move P=.. R=.. F1=.., ...``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "bench"))

from extract_quality import KINDS, matches, prf  # the English scorer's rules

from briefing.extract import Lexicon, load_lexicon
from briefing.extract.zh import extract_facts_zh

DEV = ROOT / "tests" / "data" / "extract_dev_zh.jsonl"


def examples(dev: Path = DEV) -> list[dict]:
    return [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def score(rows: list[dict], lexicon: Lexicon, errors: bool = False) -> dict[str, list[int]]:
    """kind -> [tp, fp, fn]"""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        facts = [f.__dict__ for f in extract_facts_zh(row["text"], lexicon=lexicon)]
        labels = list(row["facts"])
        for fact in facts:
            hit = next((lb for lb in labels if matches(lb, fact, lexicon, row["market"])), None)
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
