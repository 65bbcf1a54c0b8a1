"""Throughput of the Chinese extractor on ~3 KB Chinese market reports.

    python bench/extract_speed_zh.py [--articles N] [--size BYTES]

Reports are built from the Chinese dev set's paragraphs (tests/data/extract_dev_zh.jsonl),
joined until each is about --size bytes of UTF-8. The first call (which loads the
lexicon and compiles the patterns) is timed apart. Times are CPU time of this process,
so other work on the machine does not skew them. Ends with one summary line:
``extract-speed-zh: N articles/s, X ms/article, first call Y ms``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.extract.zh import extract_facts_zh

DEV = ROOT / "tests" / "data" / "extract_dev_zh.jsonl"


def reports(count: int, size: int) -> list[str]:
    paragraphs = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    out, i = [], 0
    while len(out) < count:
        parts: list[str] = []
        while len("\n".join(parts).encode("utf-8")) < size:
            parts.append(paragraphs[i % len(paragraphs)])
            i += 1
        out.append("\n".join(parts))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=3000, help="bytes per report")
    args = parser.parse_args(argv)
    docs = reports(args.articles, args.size)
    t0 = time.process_time()
    extract_facts_zh(docs[0])
    first = time.process_time() - t0
    t0 = time.process_time()
    facts = sum(len(extract_facts_zh(doc)) for doc in docs)
    elapsed = time.process_time() - t0
    rate = len(docs) / elapsed
    print(f"{len(docs)} reports of ~{args.size} bytes, {facts} facts, {elapsed:.2f} s")
    print(f"extract-speed-zh: {rate:.0f} articles/s, {1000 * elapsed / len(docs):.2f} ms/article, "
          f"first call {1000 * first:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
