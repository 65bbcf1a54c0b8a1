"""Main-text extraction quality and speed on ../shared/bench/article-extraction.

Scores `briefing.fetch.pages.main_text` beside trafilatura alone (fast mode,
no comments: its best setting here) with the benchmark's own method: \\w+
tokens, multisets of 4-token shingles, precision and recall per page averaged
over pages (an empty result counts 0 in recall and is left out of precision),
F1 of the two averages.

    python bench/extract_main_text.py [--data DIR] [--limit N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# this script's own folder would shadow the standard library (bench/email.py hides
# `email`), so the source tree takes its place before anything else is imported
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT / "src")

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable

import trafilatura

from briefing.fetch.pages import main_text

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "article-extraction"
TOKEN = re.compile(r"\w+")


def shingles(text: str | None, n: int = 4) -> Counter:
    words = TOKEN.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 0)))


def load(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    cases = []
    for key in sorted(truth)[:limit]:
        html = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
        cases.append((html, truth[key]["url"], truth[key]["articleBody"]))
    return cases


def score(extractors: dict[str, Callable[[str, str], str | None]], cases: list) -> dict:
    """Figures per extractor; on each page the extractors take turns, so a busy
    machine slows them alike and the time ratio stays fair."""
    found = {name: {"p": [], "r": [], "t": []} for name in extractors}
    for i, (html, url, truth) in enumerate(cases):
        want = shingles(truth)
        names = list(extractors)[:: 1 if i % 2 else -1]
        for name in names:
            start = time.perf_counter()
            got = shingles(extractors[name](html, url))
            found[name]["t"].append(time.perf_counter() - start)
            if not got:
                found[name]["r"].append(0.0)
                continue
            overlap = sum((got & want).values())
            found[name]["p"].append(overlap / sum(got.values()))
            found[name]["r"].append(overlap / max(sum(want.values()), 1))
    return {name: _figures(f["p"], f["r"], f["t"]) for name, f in found.items()}


def _figures(precisions: list, recalls: list, times: list) -> dict[str, float]:
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r),
            "median_ms": statistics.median(times) * 1000, "mean_ms": statistics.mean(times) * 1000,
            "pages_per_s": len(times) / sum(times)}


def trafilatura_alone(html: str, url: str) -> str | None:
    return trafilatura.extract(html, url=url, fast=True, include_comments=False)


def ours(html: str, url: str) -> str:
    return main_text(html, url).text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    cases = load(args.data, args.limit)
    for extract in (ours, trafilatura_alone):  # warm both up: imports and lazy tables
        extract(*cases[0][:2])
    results = score({"trafilatura": trafilatura_alone, "briefing": ours}, cases)
    print(f"{len(cases)} pages from {args.data}")
    print(f"{'extractor':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'median ms':>10} "
          f"{'mean ms':>8} {'pages/s':>8}")
    for name, r in results.items():
        print(f"{name:<12} {r['precision']:>9.4f} {r['recall']:>7.4f} {r['f1']:>7.4f} "
              f"{r['median_ms']:>10.1f} {r['mean_ms']:>8.1f} {r['pages_per_s']:>8.1f}")
    ours_r, base = results["briefing"], results["trafilatura"]
    ratio = ours_r["mean_ms"] / base["mean_ms"]
    print(f"extract_main_text: F1 {ours_r['f1']:.4f} vs trafilatura {base['f1']:.4f}, "
          f"{ours_r['pages_per_s']:.1f} pages/s, {ratio:.2f}x trafilatura's time per page")


if __name__ == "__main__":
    main()
