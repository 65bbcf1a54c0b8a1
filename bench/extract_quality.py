"""Precision / recall / F1 of ``extract_facts`` per fact kind on the labelled dev set.

    python bench/extract_quality.py [--lexicon FILE ...] [--errors] [--dev PATH] [--dev-zh PATH]

Reads tests/data/extract_dev_en.jsonl and, when ../shared/reference exists, the
reference article with tests/data/reference_labels.json; then, reported
separately, the Chinese set tests/data/extract_dev_zh.jsonl (the extractor
detects the language). Subjects of labels and of extracted facts are both mapped
through the lexicon before comparing. A view matches on its source; how often the
matched views also name the labelled subject is reported beside the table. Ends with one
summary line: ``extract-quality: en: index_move P=.. R=.. F1=.., ...; zh: ...``.
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

from briefing.extract import (
    Lexicon,
    extract_facts,
    load_lexicon,
    wordlists,
)

DEV = ROOT / "tests" / "data" / "extract_dev_en.jsonl"
DEV_ZH = ROOT / "tests" / "data" / "extract_dev_zh.jsonl"
REF_LABELS = ROOT / "tests" / "data" / "reference_labels.json"
REF_TEXT = ROOT.parent / "shared" / "reference" / "hktech-article.txt"
KINDS = ("index_move", "stock_move", "sector_move", "analyst_view", "capital_flow", "macro")
_SUFFIX = re.compile(r"\s+(?:group|holdings|inc\.?|corp\.?|co\.?|ltd\.?|plc|limited|"
                     r"corporation|company)$", re.IGNORECASE)
VIEW_SUBJECTS = "view subjects"  # matched views: [subject as labelled, another subject]
_FUTURES = re.compile(r"\s+(?:futures|e-minis?|e-mini futures)$", re.IGNORECASE)


def examples(dev: Path = DEV, ref_text: Path | None = REF_TEXT) -> list[dict]:
    """The labelled paragraphs of ``dev``, and the reference post when ``ref_text`` exists."""
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if ref_text is not None and ref_text.is_file():
        ref = json.loads(REF_LABELS.read_text(encoding="utf-8"))
        rows.append({"id": ref["id"], "market": ref["market"], "facts": ref["facts"],
                     "text": ref_text.read_text(encoding="utf-8")})
    return rows


def norm_subject(kind: str, name: str | None, lexicon: Lexicon, market: str | None) -> str:
    name = (name or "").strip()
    if kind in ("index_move", "stock_move", "analyst_view"):
        base = _FUTURES.sub("", name)
        suffix = " futures" if base != name else ""
        canon = lexicon.canonical(base, market) or lexicon.canonical(_SUFFIX.sub("", base), market)
        if suffix and canon:  # "Nasdaq futures": the Nasdaq 100's, as the extractor names them
            canon = wordlists.futures_of().get(canon, canon)
        # "Target Corp" as labelled, "Target" as written: one company
        return _SUFFIX.sub("", canon or base.removeprefix("the ")).casefold() + suffix
    if kind == "sector_move":
        return _lookup(name, _sectors()) or name.casefold()
    if kind == "capital_flow":  # a fund type, else a sector or a name ("bank stocks", "ZTE")
        return _lookup(name, wordlists.flow_words()[3]) or _lookup(name, _sectors()) or \
            norm_subject("stock_move", name, lexicon, market)
    if kind == "macro":
        return _lookup(name, wordlists.macro_words().table) or name.casefold()
    return name.casefold()


def view_subject(name: str | None, lexicon: Lexicon, market: str | None) -> str:
    """A view's subject as compared: a market by its index ("Hong Kong stocks": the Hang
    Seng Index), a sector by the sector table, else a company or index by the lexicon."""
    _, markets = wordlists.market_phrases()
    phrase = " ".join((name or "").replace("equities", "stocks").replace("-", " ").split())
    return (markets.get(phrase.casefold()) or _lookup(phrase, _sectors()) or
            norm_subject("stock_move", phrase, lexicon, market)).casefold()


def _sectors() -> dict[str, str]:
    return {**wordlists.sector_words().modifiers, **wordlists.sector_words().nouns}


def _lookup(name: str, table: dict[str, str]) -> str | None:
    """The value of the longest key of ``table`` that ``name`` contains as words, or None."""
    low = name.casefold()
    hits = [(len(k), v) for k, v in table.items() if re.search(rf"\b{re.escape(k.casefold())}\b", low)]
    return max(hits)[1].casefold() if hits else None


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.05


def _told_in_full(labelled: str, found: str, text: str) -> bool:
    """Labelled "Arcadium", found "Arcadium Lithium", the full name the text told: one
    company (not the other way: "TSMC ADR" is no TSMC, a name cut short no match)."""
    return found.startswith(labelled + " ") and found in text.casefold()


def matches(label: dict, fact: dict, lexicon: Lexicon, market: str | None,
            text: str = "") -> bool:
    kind = label["kind"]
    if fact["kind"] != kind:
        return False
    if kind == "analyst_view":
        return norm_subject(kind, label.get("source"), lexicon, market) == \
            norm_subject(kind, fact.get("source"), lexicon, market)
    labelled = norm_subject(kind, label["subject"], lexicon, market)
    found = norm_subject(kind, fact["subject"], lexicon, market)
    if labelled != found and not (kind == "stock_move" and _told_in_full(labelled, found, text)):
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
        facts = [f.__dict__ for f in extract_facts(row["text"], lexicon=lexicon)]
        labels = list(row["facts"])
        for fact in facts:
            hit = next((lb for lb in labels if matches(lb, fact, lexicon, row["market"], row["text"])), None)
            if hit is not None:
                labels.remove(hit)
                counts[fact["kind"]][0] += 1
                if fact["kind"] == "analyst_view":
                    same = view_subject(hit.get("subject"), lexicon, row["market"]) == \
                        view_subject(fact["subject"], lexicon, row["market"])
                    counts[VIEW_SUBJECTS][0 if same else 1] += 1
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
    keys = ("kind", "subject", "direction", "change_pct", "range", "qualifier", "source")
    return " ".join(f"{k}={fact.get(k)}" for k in keys if fact.get(k) is not None)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, rows: list[dict], lexicon: Lexicon, errors: bool) -> str:
    """Print one language's table; return its part of the summary line."""
    counts = score(rows, lexicon, errors)
    print(f"\n{name}: {len(rows)} documents")
    print(f"{'kind':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}")
    summary = []
    total = [0, 0, 0]
    for kind in KINDS:
        tp, fp, fn = counts[kind]
        total = [a + b for a, b in zip(total, counts[kind], strict=True)]
        p, r, f = prf(tp, fp, fn)
        print(f"{kind:<14}{tp:>5}{fp:>5}{fn:>5}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
        summary.append(f"{kind} P={p:.2f} R={r:.2f} F1={f:.2f}")
    same, other, _ = counts[VIEW_SUBJECTS]
    share = same / (same + other) if same + other else 1.0
    print(f"analyst_view subjects: {same} of {same + other} matched views name the labelled "
          f"subject ({share:.2f})")
    p, r, f = prf(*total)
    return f"{name}: " + ", ".join(summary) + f", all P={p:.2f} R={r:.2f} F1={f:.2f}, " \
        f"view subjects {share:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicon", action="append", default=[], help="extra lexicon file")
    parser.add_argument("--dev", type=Path, default=DEV, help="the English set")
    parser.add_argument("--dev-zh", type=Path, default=DEV_ZH, help="the Chinese set")
    parser.add_argument("--errors", action="store_true", help="print every FP and FN")
    args = parser.parse_args(argv)
    lexicon = load_lexicon(args.lexicon)
    parts = [report("en", examples(args.dev), lexicon, args.errors)]
    if args.dev_zh.is_file():
        parts.append(report("zh", examples(args.dev_zh, None), lexicon, args.errors))
    print("extract-quality: " + "; ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
