"""Articles per second of ``extract_facts`` on ~3 KB market reports, one core.

    python bench/extract_speed.py [--seconds 5] [--lexicon FILE ...]

Builds 3 KB reports from the dev set paragraphs (and the reference article when
../shared/reference exists; the real news articles of ../shared/bench when it
exists), warms up once (the lexicon and patterns load once
per process), then times repeated calls. Ends with one summary line:
``extract-speed: N articles/s, ...``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.extract import extract_facts, load_lexicon

DEV = ROOT / "tests" / "data" / "extract_dev_en.jsonl"
REF_TEXT = ROOT.parent / "shared" / "reference" / "hktech-article.txt"
NEWS = ROOT.parent / "shared" / "bench" / "article-extraction" / "ground-truth.json"
SIZE = 3000


def reports() -> list[str]:
    paras = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    out, current = [], ""
    for para in paras:
        current += para + "\n\n"
        if len(current) >= SIZE:
            out.append(current[:SIZE])
            current = ""
    if REF_TEXT.is_file():
        out.append(REF_TEXT.read_text(encoding="utf-8")[:SIZE])
    return out


def _rate(docs: list[str], lexicon, seconds: float) -> float:
    n, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for doc in docs:
            extract_facts(doc, lexicon=lexicon)
        n += len(docs)
    return n / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--lexicon", action="append", default=[])
    args = parser.parse_args(argv)
    t0 = time.process_time()
    lexicon = load_lexicon(args.lexicon)
    docs = reports()
    facts = sum(len(extract_facts(d, lexicon=lexicon)) for d in docs)  # warm-up
    warm = time.process_time() - t0
    rate = _rate(docs, lexicon, args.seconds)
    kb = sum(map(len, docs)) / len(docs) / 1000
    print(f"{len(docs)} reports of ~{kb:.1f} KB (dev-set paragraphs: every sentence a move), "
          f"{facts} facts per pass: {rate:.0f} articles/s")
    extra = ""
    if REF_TEXT.is_file():
        ref = [REF_TEXT.read_text(encoding="utf-8")[:SIZE]]
        ref_rate = _rate(ref, lexicon, args.seconds / 2)
        print(f"reference article, first 3 KB (a published post): {ref_rate:.0f} articles/s")
        extra = f", reference post {ref_rate:.0f} articles/s"
    if NEWS.is_file():
        bodies = [a["articleBody"][:SIZE] for a in json.loads(NEWS.read_text("utf-8")).values()]
        news_rate = _rate([b for b in bodies if len(b) >= SIZE // 2], lexicon, args.seconds / 2)
        print(f"real news articles of ../shared/bench/article-extraction, first 3 KB "
              f"(few market sentences): {news_rate:.0f} articles/s")
        extra += f", real news {news_rate:.0f} articles/s"
    print(f"extract-speed: {rate:.0f} articles/s (dense dev mix, CPU time, one core){extra}, "
          f"{rate * kb / 1000:.2f} MB/s, {1000 / rate:.2f} ms/article, "
          f"first call (load + warm-up) {warm:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
